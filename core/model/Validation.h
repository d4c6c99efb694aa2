#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl {

// A problem with one field of a record, in words the clerk understands.
struct FieldError
{
    QString field;   // machine name, e.g. "idNumber"
    QString message; // translated reason, e.g. "校验码错误：应为 X"
};
using FieldErrors = QList<FieldError>;

enum class Gender { Unknown, Male, Female };

// 公民身份号码 (GB 11643-1999).
struct IdNumberInfo
{
    bool valid = false;
    QString normalized; // 18 chars, upper-case X
    QString error;      // translated reason when !valid
    QDate birthDate;
    Gender gender = Gender::Unknown;
};

// 统一社会信用代码 (GB 32100-2015).
struct CreditCodeInfo
{
    bool valid = false;
    QString normalized;
    QString error;
};

class Validators
{
    Q_DECLARE_TR_FUNCTIONS(Validators)
public:
    static IdNumberInfo checkIdNumber(const QString &input);
    static QChar idNumberCheckChar(const QString &first17); // '\0' if input is not 17 digits

    static CreditCodeInfo checkCreditCode(const QString &input);
    static QChar creditCodeCheckChar(const QString &first17); // '\0' if not 17 alphabet chars
    static const QString &creditCodeAlphabet();

    // 11-digit mainland mobile number; returns the normalized number or an error.
    static bool checkMobile(const QString &input, QString *normalized, QString *error);
    // A phone printed on notices: a mobile or a landline with area code (0539-1234567).
    static bool checkPhone(const QString &input, QString *normalized, QString *error);
};

} // namespace tl
