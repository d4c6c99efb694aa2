#include "model/Components.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <freexl.h>
#include <orcus/info.hpp>
#include <xlsxwriter.h>

namespace tl {

namespace {

// The SQLite library the Qt driver was built against is the one that reads the ledger; ask it.
QString sqliteVersion()
{
    const QString name = QStringLiteral("tl-version-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version.isEmpty() ? Components::tr("unknown") : version;
}

} // namespace

QString Components::programVersion()
{
    return QStringLiteral(TL_VERSION);
}

QString Components::programLicense()
{
    return QStringLiteral("MIT");
}

QList<Component> Components::used()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"),
         QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("SQLite"), sqliteVersion(), tr("public domain"), QStringLiteral("https://sqlite.org/")},
        {QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version()), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://libxlsxwriter.github.io/")},
        {QStringLiteral("liborcus"),
         QStringLiteral("%1.%2.%3")
             .arg(orcus::get_version_major())
             .arg(orcus::get_version_minor())
             .arg(orcus::get_version_micro()),
         QStringLiteral("MPL-2.0"), QStringLiteral("https://gitlab.com/orcus/orcus")},
        {QStringLiteral("libfreexl"), QString::fromLatin1(freexl_version()),
         QStringLiteral("MPL-1.1 / GPL-2.0+ / LGPL-2.1+"), QStringLiteral("https://www.gaia-gis.it/fossil/freexl/")},
    };
}

} // namespace tl
