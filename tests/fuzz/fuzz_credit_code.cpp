// 统一社会信用代码 (GB 32100): Validators::checkCreditCode and creditCodeCheckChar on the input as UTF-8.

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

    const CreditCodeInfo info = Validators::checkCreditCode(text);
    if (info.valid) {
        if (info.normalized.size() != 18 || !info.error.isEmpty())
            fuzz::fail("a valid credit code that is not 18 characters", info.normalized);
        if (Validators::creditCodeCheckChar(info.normalized.left(17)) != info.normalized.at(17))
            fuzz::fail("a valid credit code whose check character does not match", info.normalized);
        if (!Validators::checkCreditCode(info.normalized).valid)
            fuzz::fail("the normalized credit code is not valid", info.normalized);
    } else if (info.error.isEmpty()) {
        fuzz::fail("an invalid credit code without a reason", text);
    }

    const QChar check = Validators::creditCodeCheckChar(text.left(17));
    if (!check.isNull() && !Validators::checkCreditCode(text.left(17) + check).valid)
        fuzz::fail("the computed check character is refused", text.left(17) + check);
    (void)Validators::creditCodeCheckChar(text);
    return 0;
}
