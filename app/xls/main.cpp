// township-ledger-xls: reads a legacy Excel 97–2003 workbook (.xls) through libfreexl for the
// other programs, which start it for every .xls they import (see core/import/sheets/
// SheetSourceXls.cpp). libfreexl crashes on some damaged files; here that ends only this process.
//
//   township-ledger-xls --sheets FILE
//   township-ledger-xls --read FILE [--sheet NAME]

#include "import/sheets/XlsInProcess.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

int main(int argc, char *argv[])
{
    // For the arguments as the system gave them (file names in any language, also on Windows).
    QCoreApplication app(argc, argv);
#ifdef Q_OS_WIN
    _setmode(_fileno(stdout), _O_BINARY); // the answer's line ends as written
#endif
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    return tl::sheetsource::xlsHelperMain(QCoreApplication::arguments(), stdout);
}
