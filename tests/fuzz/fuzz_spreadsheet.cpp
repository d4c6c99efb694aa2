// The spreadsheet import: the input as a workbook file (in /dev/shm), detected (.xlsx and .ods
// through liborcus, .xls through libfreexl, or refused with a reason), its sheets listed and each
// read to the end; every cell then goes through ImportValues as the importer would.
//
// Legacy .xls (an OLE2 compound file) is fuzzed by its own target, fuzz_xls (this file with
// TL_FUZZ_XLS defined), which CI does not run: libfreexl 1.0.6 itself crashes on some damaged
// files (double free, SEGV inside freexl_open_info; tests/fuzz/known-crashes/fuzz_xls/), which no
// change in our code can prevent. fuzz_spreadsheet leaves OLE2 inputs out so that CI stays
// deterministic; run `bash tests/fuzz/run.sh 600 fuzz_xls` to fuzz the .xls reader. The programs
// read .xls through the helper township-ledger-xls; fuzz_xls calls the reader it runs in-process.

#include "FuzzSupport.h"

#include "import/ImportValues.h"
#include "import/sheets/SheetSource.h"
#ifdef TL_FUZZ_XLS
#include "import/sheets/XlsInProcess.h"
#endif

#include <cstring>

using namespace tl;

namespace {
// Sheets read per input: a damaged workbook may claim thousands.
constexpr int kMaxSheets = 4;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char kOle2[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";
    const bool ole2 = size >= 8 && std::memcmp(data, kOle2, 8) == 0;
#ifdef TL_FUZZ_XLS
    if (!ole2)
        return -1; // not kept in the corpus
#else
    if (ole2)
        return -1;
#endif
    // The name does not matter (the format is told by content); the seeds' own suffix is kept
    // out of it so that a renamed file is what every input looks like.
    const QString &path = fuzz::scratchPath("input.xlsx");
    fuzz::writeScratch(path, data, size);

    QString error;
    const SheetSource::Format format = SheetSource::detect(path, &error);
    if (format == SheetSource::Format::Unknown) {
        if (error.isEmpty())
            fuzz::fail("an unreadable file without a reason");
        return 0;
    }
#ifdef TL_FUZZ_XLS
    // The programs read .xls through the helper program township-ledger-xls (a crash of libfreexl
    // there is only a "damaged file" message); this is what that helper runs, in this process.
    if (format != SheetSource::Format::Xls)
        return 0;
    const auto sheetNames = [](const QString &p, QString *e) {
        return sheetsource::xlsSheetNamesInProcess(p, nullptr, e);
    };
    const auto read = [](const QString &p, const QString &s, const SheetSource::RowSink &k, QString *e) {
        return sheetsource::readXlsInProcess(p, s, k, nullptr, e);
    };
#else
    const auto sheetNames = &SheetSource::sheetNames;
    const auto read = &SheetSource::read;
#endif
    error.clear();
    QStringList sheets = sheetNames(path, &error);
    if (sheets.isEmpty() && error.isEmpty())
        fuzz::fail("no sheets and no reason");
    if (sheets.size() > kMaxSheets)
        sheets = sheets.mid(0, kMaxSheets);
    sheets.prepend(QString()); // the first sheet, as the importer asks by default

    const auto sink = [&](int row, const QVariantList &values) {
        if (row < 1)
            fuzz::fail("a row number below 1", QString::number(row));
        if (values.isEmpty())
            fuzz::fail("an empty row delivered");
        QString e;
        for (const QVariant &v : values) {
            (void)ImportValues::text(v);
            (void)ImportValues::date(v, &e);
        }
        return true;
    };
    for (const QString &sheet : sheets) {
        error.clear();
        const SheetSource::Result result = read(path, sheet, sink, &error);
        if (result == SheetSource::Result::Failed && error.isEmpty())
            fuzz::fail("a failed read without a reason", sheet);
        if (result == SheetSource::Result::Cancelled)
            fuzz::fail("a read cancelled that nobody cancelled", sheet);
    }
    return 0;
}
