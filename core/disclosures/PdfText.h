#pragma once

#include <QByteArray>
#include <QString>

namespace tl::PdfText {

// The text layer of a PDF written by Qt says what the page shows.
//
// Qt writes each embedded font's ToUnicode map from the font's own character map, taking for a
// glyph the lowest code point that shows it. CJK fonts such as Noto Serif CJK draw the radicals
// (⺠ U+2EA0, ⼈ U+2F08, ⽉ U+2F49 …) with the very glyphs of the ideographs 民, 人, 月, so a notice
// that shows 村民 had ⺠ in its text layer: copying, searching and pdftotext gave radicals, and
// an archived notice could not be found by its words. The maps are rewritten in place: each
// radical becomes the ideograph it stands for (Unicode's decompositions of the Kangxi radicals and
// EquivalentUnifiedIdeograph.txt for the supplement). Every code point keeps its four hex digits,
// so no offset in the file moves and the cross-reference table stays right.

// The ideograph a radical stands for; the code point itself when it is none or has no BMP equivalent.
char16_t unifiedIdeograph(char16_t codePoint);

// The PDF with its ToUnicode maps rewritten; *changed counts the code points replaced.
QByteArray withUnifiedIdeographs(QByteArray pdf, int *changed = nullptr);

// The same on a file, rewritten in place (before it is put where the clerk sees it).
bool fixFile(const QString &path, QString *error);

} // namespace tl::PdfText
