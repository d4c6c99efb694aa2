#pragma once

// The page geometry of a printed notice (GB/T 9704-2012): a grid of about 22 lines of 28
// characters in the 156 × 225 mm text block, the title balanced over its lines, a notice that fits
// on one page kept on one page, and the 落款 (issuer and date) never alone on a page.

#include <QSizeF>
#include <QStringList>

#include <memory>

class QPaintDevice;
class QPainter;
class QTextDocument;

namespace tl {

struct NoticeDocument;
struct NoticeFonts;

namespace NoticeLayout {

// The first installed face of a list (the names Windows, WPS and macOS give them), else `fallback`.
QString firstInstalled(const QStringList &families, const QString &fallback);
QStringList bodyFamilies();  // 仿宋_GB2312, FangSong, STFangsong, 方正仿宋 …
QStringList titleFamilies(); // 方正小标宋, 宋体/SimSun, STSong …
// Fonts as used on paper: a family that is not installed on this machine gives way to the first
// installed of the official faces, then to Noto Serif CJK.
NoticeFonts effective(const NoticeFonts &wanted);

// The notice laid out for `device` in pages of `page` device pixels.
std::unique_ptr<QTextDocument> layOut(const NoticeDocument &notice, const NoticeFonts &fonts, QPaintDevice *device,
                                      const QSizeF &page, int dpi);

// Draws page `index` of a laid-out notice: only the lines that belong to that page, so the text
// layer of a PDF holds each line once.
void drawPage(QTextDocument &doc, QPainter &painter, int index);

} // namespace NoticeLayout
} // namespace tl
