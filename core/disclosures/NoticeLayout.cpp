#include "disclosures/NoticeLayout.h"

#include "disclosures/Notices.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace tl::NoticeLayout {

namespace {
const QString kFallback = QStringLiteral("Noto Serif CJK SC");

// GB/T 9704-2012 §7.1: 22 lines a page "in general"; tighter spacing is the standard's own
// adjustment for special cases, down to the face's natural line height.
constexpr int kStandardLines = 22;

bool inTable(const QTextBlock &b)
{
    return QTextCursor(b).currentTable() != nullptr;
}

// The vertical position of a line of a block, in document coordinates.
qreal lineTop(QTextDocument &doc, const QTextBlock &b, int line)
{
    const QRectF r = doc.documentLayout()->blockBoundingRect(b);
    return r.top() + b.layout()->lineAt(line).y();
}

int pageOf(QTextDocument &doc, qreal y)
{
    return int(std::floor(y / doc.pageSize().height()));
}

// Where the title is broken into lines of nearly equal length, so no line holds a lone character.
// A run of Latin letters or digits is never split.
void balanceTitle(QTextDocument &doc)
{
    const QTextBlock title = doc.begin();
    const int lines = title.layout() ? title.layout()->lineCount() : 0;
    if (lines < 2)
        return;
    const QString text = title.text();
    const int per = int(std::ceil(double(text.size()) / lines));
    auto isWordChar = [](QChar c) { return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char(',')); };
    QList<int> breaks;
    int at = per;
    while (at < text.size() && breaks.size() < lines - 1) {
        while (at < text.size() && isWordChar(text[at - 1]) && isWordChar(text[at]))
            ++at;
        // Closing punctuation stays with the character before it (no line starts with ，。）”).
        while (at < text.size() && QStringLiteral("，。、；：？！）》”’,.;:?!)").contains(text[at]))
            ++at;
        if (at < text.size())
            breaks << at;
        at += per;
    }
    QTextCursor c(title);
    for (qsizetype i = breaks.size() - 1; i >= 0; --i) {
        c.setPosition(title.position() + breaks[i]);
        c.insertText(QString(QChar::LineSeparator));
    }
}

// Lengths in device pixels; the document layout scales line heights and margins from the
// screen's 96 dpi to the device's, so they are given to it divided by that factor.
void setPitch(QTextDocument &doc, qreal pitch, qreal sealRoom, int tailBlocks)
{
    const QPaintDevice *device = doc.documentLayout()->paintDevice();
    const qreal scaling = device ? device->logicalDpiY() / 96.0 : 1.0;
    pitch /= scaling;
    sealRoom /= scaling;
    const int total = doc.blockCount();
    int index = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next(), ++index) {
        QTextBlockFormat f = b.blockFormat();
        if (index == 0) {
            f.setBottomMargin(pitch); // one blank line below the title
        } else if (!inTable(b)) {
            f.setLineHeight(pitch, QTextBlockFormat::FixedHeight);
            if (index == total - 2) // the issuer: room for the seal above it
                f.setTopMargin(sealRoom);
            else if (index == total - tailBlocks && tailBlocks == 3) // the supervision line
                f.setTopMargin(pitch * 0.5);
        }
        QTextCursor(b).setBlockFormat(f);
    }
}

// The first block of the 落款 group (supervision line, issuer, date) and the last body block.
QTextBlock nthFromEnd(QTextDocument &doc, int n)
{
    QTextBlock b = doc.lastBlock();
    for (int i = 1; i < n && b.isValid(); ++i)
        b = b.previous();
    return b;
}
} // namespace

namespace {
// Fonts are known only to a GUI application; without one (a core test, a command that prints
// nothing) the names stay as given.
bool fontsKnown()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}
} // namespace

QString firstInstalled(const QStringList &families, const QString &fallback)
{
    if (!fontsKnown())
        return fallback;
    const QStringList installed = QFontDatabase::families();
    for (const QString &f : families)
        if (installed.contains(f, Qt::CaseInsensitive))
            return f;
    return fallback;
}

QStringList bodyFamilies()
{
    return {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("FangSong"),
            QStringLiteral("仿宋"), QStringLiteral("STFangsong"), QStringLiteral("华文仿宋"),
            QStringLiteral("方正仿宋_GBK"), QStringLiteral("方正仿宋简体"), QStringLiteral("方正仿宋"),
            QStringLiteral("FZFangSong-Z02S")};
}

QStringList titleFamilies()
{
    return {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05S"),
            QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("STSong"), QStringLiteral("华文宋体")};
}

NoticeFonts effective(const NoticeFonts &wanted)
{
    NoticeFonts f = wanted;
    if (!fontsKnown())
        return f;
    const QStringList installed = QFontDatabase::families();
    if (f.titleFamily.isEmpty() || !installed.contains(f.titleFamily, Qt::CaseInsensitive))
        f.titleFamily = firstInstalled(titleFamilies(), kFallback);
    if (f.bodyFamily.isEmpty() || !installed.contains(f.bodyFamily, Qt::CaseInsensitive))
        f.bodyFamily = firstInstalled(bodyFamilies(), kFallback);
    return f;
}

std::unique_ptr<QTextDocument> layOut(const NoticeDocument &notice, const NoticeFonts &wanted, QPaintDevice *device,
                                      const QSizeF &page, int dpi)
{
    const NoticeFonts fonts = effective(wanted);
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    doc->setHtml(NoticeRenderer::html(notice, fonts, dpi));
    doc->setPageSize(page);
    doc->documentLayout()->documentSize(); // lays it out
    balanceTitle(*doc);

    const int tailBlocks = notice.supervision.isEmpty() ? 2 : 3;
    QFont body(fonts.bodyFamily);
    body.setPointSizeF(fonts.bodyPt);
    const qreal natural = QFontMetricsF(body, device).height();
    const qreal standard = page.height() / kStandardLines;
    const qreal tightest = std::max(natural, fonts.bodyPt * 1.25 * dpi / 72.0);
    // Two lines of room for the seal above the issuer, one when the page is tight.
    setPitch(*doc, standard, 2 * standard, tailBlocks);
    if (doc->pageCount() > 1) {
        // Fits on one page with tighter lines? Then one page, as posted on the board.
        for (qreal pitch = standard * 0.97; pitch >= tightest; pitch *= 0.97) {
            setPitch(*doc, pitch, std::max(pitch, 1.5 * tightest), tailBlocks);
            if (doc->pageCount() == 1)
                return doc;
        }
        setPitch(*doc, standard, 2 * standard, tailBlocks);
    }
    if (doc->pageCount() == 1)
        return doc;
    // Longer than a page: the 落款 stays with the last lines of the body. When it would open a
    // page of its own, the last body paragraph moves over with it.
    const QTextBlock tail = nthFromEnd(*doc, tailBlocks);
    const QTextBlock lastBody = tail.previous();
    if (lastBody.isValid() && !inTable(lastBody) && lastBody.layout()->lineCount() > 0) {
        const int bodyPage = pageOf(*doc, lineTop(*doc, lastBody, lastBody.layout()->lineCount() - 1));
        const int tailPage = pageOf(*doc, lineTop(*doc, doc->lastBlock(), 0));
        if (tailPage > bodyPage) {
            QTextBlockFormat f = lastBody.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(lastBody).setBlockFormat(f);
        }
    }
    return doc;
}

void drawPage(QTextDocument &doc, QPainter &painter, int index)
{
    const QSizeF page = doc.pageSize();
    const qreal top = index * page.height();
    painter.save();
    painter.translate(0, -top);
    // Lines are whole on a page (the layout moves a line that does not fit to the next one). The
    // clip is a pixel inside the page so a line touching the edge of the previous page is not drawn
    // again, invisibly, into this page's text layer.
    const QRectF clip(0, top + 1, page.width(), page.height() - 2);
    painter.setClipRect(QRectF(0, top, page.width(), page.height()));
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    doc.documentLayout()->draw(&painter, ctx);
    painter.restore();
}

} // namespace tl::NoticeLayout
