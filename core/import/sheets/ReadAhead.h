#pragma once

#include "import/sheets/SheetSource.h"
#include "model/BatchChannel.h"

#include <functional>
#include <thread>

namespace tl {

// A sheet read, and each row prepared, on a second thread while the caller works through the
// rows before: reading and parsing a sheet of 200,000 rows keep one core busy, writing them into
// the ledger the other. The rows come out in the sheet's order; at most a few thousand wait in
// between (BatchChannel), so a sheet of a million rows is not held in memory.
//
// `prepare` runs on the reading thread: it must not touch the ledger (its connection belongs to
// the caller's thread) or anything the caller changes meanwhile.
template <typename Row> class ReadAhead
{
public:
    using Prepare = std::function<Row(int rowNumber, const QVariantList &cells)>;

    ReadAhead(const QString &path, const QString &sheet, Prepare prepare)
        : m_prepare(std::move(prepare))
    {
        m_thread = std::thread([this, path, sheet] {
            m_result = SheetSource::read(
                path, sheet,
                [&](int rowNumber, const QVariantList &cells) {
                    return m_rows.put(m_prepare(rowNumber, cells));
                },
                &m_error);
            m_rows.finish();
        });
    }
    ~ReadAhead()
    {
        stop();
        join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next row, valid until the next call; null at the end of the sheet, after stop(), or
    // when reading failed (result()).
    Row *next() { return m_rows.take(); }
    // The reading thread stops at its next row.
    void stop() { m_rows.close(); }
    // After next() returned null: how the reading ended (Cancelled after stop()), and why.
    SheetSource::Result result()
    {
        join();
        return m_result;
    }
    QString error()
    {
        join();
        return m_error;
    }

private:
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    Prepare m_prepare;
    BatchChannel<Row> m_rows;
    SheetSource::Result m_result = SheetSource::Result::Failed; // the reading thread's until joined
    QString m_error;
    std::thread m_thread;
};

} // namespace tl
