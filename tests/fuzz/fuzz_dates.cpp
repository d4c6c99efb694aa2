// The values clerks type into spreadsheets (ImportValues): date, count, scaled amount, code,
// yes/no and text, on the input as a text cell and on its first 8 bytes as a numeric cell.

#include "FuzzSupport.h"

#include "import/ImportValues.h"

#include <cstring>

using namespace tl;

namespace {

void parseAll(const QVariant &cell, int decimals)
{
    QString error;
    for (const bool monthOnly : {false, true}) {
        error.clear();
        const std::optional<QDate> d = ImportValues::date(cell, &error, monthOnly);
        if (d ? !d->isValid() : error.isEmpty())
            fuzz::fail("a date that is neither a valid date nor a reason", ImportValues::text(cell));
    }
    error.clear();
    const std::optional<qint64> n = ImportValues::count(cell, &error);
    if (n && *n < 0)
        fuzz::fail("a negative count", ImportValues::text(cell));
    error.clear();
    (void)ImportValues::scaled(cell, decimals, &error);
    error.clear();
    const std::optional<QString> code = ImportValues::code(cell, &error);
    if (!code && error.isEmpty())
        fuzz::fail("a refused code without a reason", ImportValues::text(cell));
    error.clear();
    const std::optional<bool> yes = ImportValues::yesNo(cell, &error);
    if (!yes && error.isEmpty())
        fuzz::fail("a refused yes/no without a reason", ImportValues::text(cell));
    (void)ImportValues::isBlank(cell);
    (void)ImportValues::splitList(ImportValues::text(cell));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Amounts are read with 0 (counts of 元), 2 (元 → 分) or 4 (万元 → 元 and finer) decimals.
    const int decimals = size > 0 ? data[0] % 5 : 2;
    parseAll(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), decimals);
    if (size >= sizeof(double)) {
        double v;
        std::memcpy(&v, data, sizeof v);
        parseAll(QVariant(v), decimals);
    }
    if (size > 0)
        parseAll(QVariant(bool(data[0] & 1)), decimals);
    return 0;
}
