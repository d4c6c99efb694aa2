#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tl {

// Loads the compiled translations (embedded as :/i18n/township-ledger_<lang>.qm) and Qt's own.
// Chinese is the default: the people who use this program read Chinese.
class Translations
{
public:
    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    // Installs the translators for `language` ("zh_CN" or "en"), replacing earlier ones.
    static bool install(const QString &language);
    static QString current();
};

} // namespace tl
