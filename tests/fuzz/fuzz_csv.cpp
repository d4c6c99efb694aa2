// The CSV reader: the input as a .csv file (in /dev/shm), detected and read to the end through
// SheetSource, in whatever encoding and with whatever quoting the bytes have.

#include "FuzzSupport.h"

#include "import/sheets/SheetSource.h"

using namespace tl;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString &path = fuzz::scratchPath("input.csv");
    fuzz::writeScratch(path, data, size);

    QString error;
    const SheetSource::Format format = SheetSource::detect(path, &error);
    if (format == SheetSource::Format::Unknown && error.isEmpty())
        fuzz::fail("an unreadable file without a reason");
    (void)SheetSource::sheetNames(path, &error);

    // Some inputs cancel after the first row, to go through the reader's way out as well.
    const bool cancelEarly = size % 7 == 0;
    int lastRow = 0;
    qsizetype cells = 0;
    const auto sink = [&](int row, const QVariantList &values) {
        if (row <= lastRow)
            fuzz::fail("rows out of order", QStringLiteral("%1 after %2").arg(row).arg(lastRow));
        lastRow = row;
        if (values.isEmpty())
            fuzz::fail("an empty row delivered");
        for (const QVariant &v : values) {
            if (format == SheetSource::Format::Csv && v.isValid() && v.typeId() != QMetaType::QString)
                fuzz::fail("a CSV cell that is not text", QString::fromLatin1(v.typeName()));
        }
        cells += values.size();
        return !cancelEarly;
    };
    error.clear();
    const SheetSource::Result result = SheetSource::read(path, QString(), sink, &error);
    if (result == SheetSource::Result::Failed && error.isEmpty())
        fuzz::fail("a failed read without a reason");
    if (result == SheetSource::Result::Cancelled && !cancelEarly)
        fuzz::fail("a read cancelled that nobody cancelled");
    if (format == SheetSource::Format::Unknown && result != SheetSource::Result::Failed)
        fuzz::fail("a file detect() refused was read");
    return 0;
}
