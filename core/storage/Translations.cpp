#include "storage/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tl {

namespace {
QTranslator *s_app = nullptr;
QTranslator *s_qt = nullptr;
QString s_current;
} // namespace

bool Translations::install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    for (QTranslator **t : {&s_app, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    s_current = language;
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(language));
    s_app = new QTranslator(app);
    const bool ok = s_app->load(QStringLiteral(":/i18n/township-ledger_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(s_app);
    s_qt = new QTranslator(app);
    if (s_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    return ok;
}

QString Translations::current()
{
    return s_current;
}

} // namespace tl
