// 公民身份号码 (GB 11643): Validators::checkIdNumber and idNumberCheckChar on the input as UTF-8,
// plus the phone checks that read the same kind of typed-in digits.

#include "FuzzSupport.h"

#include "model/Validation.h"

using namespace tl;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const IdNumberInfo info = Validators::checkIdNumber(text);
    if (info.valid) {
        if (info.normalized.size() != 18 || !info.error.isEmpty() || !info.birthDate.isValid()
            || info.gender == Gender::Unknown)
            fuzz::fail("a valid ID number without its parts", info.normalized);
        if (Validators::idNumberCheckChar(info.normalized.left(17)) != info.normalized.at(17))
            fuzz::fail("a valid ID number whose check character does not match", info.normalized);
        // Normalizing is idempotent: the normalized form is valid on its own.
        if (!Validators::checkIdNumber(info.normalized).valid)
            fuzz::fail("the normalized ID number is not valid", info.normalized);
    } else if (info.error.isEmpty()) {
        fuzz::fail("an invalid ID number without a reason", text);
    }

    // The check character of the first 17 characters, as typed.
    const QChar check = Validators::idNumberCheckChar(text.left(17));
    if (!check.isNull()) {
        // 17 digits and their check character make a number that at most fails on the birth date.
        const IdNumberInfo whole = Validators::checkIdNumber(text.left(17) + check);
        if (!whole.valid && whole.error.contains(QLatin1String("check")))
            fuzz::fail("the computed check character is refused", text.left(17) + check);
    }
    (void)Validators::idNumberCheckChar(text);

    QString normalized, error;
    if (!Validators::checkMobile(text, &normalized, &error) && error.isEmpty())
        fuzz::fail("a refused mobile number without a reason", text);
    (void)Validators::checkPhone(text, &normalized, &error);
    return 0;
}
