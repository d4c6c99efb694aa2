#include "shell/StartupLedger.h"

#include "model/DemoGenerator.h"
#include "storage/Ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace tl::ui {

QString StartupLedger::demoPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.") + Ledger::fileSuffix());
}

bool StartupLedger::ensureDemo(const QString &path, QString *error, int villages)
{
    if (QFileInfo::exists(path))
        return true;
    Township township;
    township.name = DemoGenerator::defaultTownshipName();
    township.county = DemoGenerator::defaultCountyName();
    township.isDemo = true;
    QString why;
    {
        Ledger::OpenResult created = Ledger::create(path, township);
        if (!created.ledger) {
            if (error)
                *error = created.message;
            return false;
        }
        DemoOptions options;
        options.villages = villages;
        if (DemoGenerator::populate(*created.ledger, options, &why))
            return true;
    } // the ledger is closed here, so its files can be removed
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    if (error)
        *error = tr("The demo ledger could not be created: %1").arg(why);
    return false;
}

QString StartupLedger::choose(
    const QString &fileArgument, bool forceDemo, const QString &lastFile, bool *isDemoPath)
{
    QString path;
    if (!fileArgument.isEmpty())
        path = fileArgument;
    else if (!forceDemo && !lastFile.isEmpty() && QFileInfo(lastFile).isFile())
        path = lastFile;
    else
        path = demoPath();
    if (isDemoPath)
        *isDemoPath = QFileInfo(path).absoluteFilePath() == QFileInfo(demoPath()).absoluteFilePath();
    return path;
}

} // namespace tl::ui
