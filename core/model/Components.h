#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tl {

// The libraries the program is built on, with the versions actually loaded and their licences:
// the About box and `township-ledger-cli --version` name them (their licences ask for it, and a
// clerk reporting a problem can copy one line that says exactly what runs).
struct Component
{
    QString name;
    QString version;
    QString license;
    QString url;
};

class Components
{
    Q_DECLARE_TR_FUNCTIONS(Components)
public:
    // The program's own version (the project version in CMakeLists.txt) and licence.
    static QString programVersion();
    static QString programLicense();
    // Qt, SQLite, libxlsxwriter, liborcus, libfreexl: the versions found at run time.
    static QList<Component> used();
};

} // namespace tl
