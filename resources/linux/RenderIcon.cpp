// Build tool: draws the application icon at one of the sizes a desktop icon theme wants (the
// hicolor theme's 48, 128 and 256 px) from its SVG, through Qt's SVG image plugin, so that the
// PNGs in the package always match the SVG the program itself shows.
//
//   township-ledger-render-icon app.svg 256 township-ledger.png

#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // No display is needed (or wanted) to draw an icon on a build machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size < 16 || size > 1024) {
        err << "usage: township-ledger-render-icon SVG SIZE OUT.png\n";
        return 2;
    }
    QImageReader reader(args.at(1), "svg");
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull()) {
        err << "cannot draw " << args.at(1) << ": " << reader.errorString() << '\n';
        return 1;
    }
    image = image.convertToFormat(QImage::Format_ARGB32);
    if (!image.save(args.at(3), "PNG")) {
        err << "cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
