// The ToUnicode maps of a PDF: radicals that share a glyph with an ideograph become the ideograph.
#include "disclosures/PdfText.h"

#include <catch2/catch.hpp>

using namespace tl;

TEST_CASE("PDF text layer: radicals in ToUnicode maps become the ideographs they draw", "[pdftext]")
{
    CHECK(PdfText::unifiedIdeograph(0x2EA0) == 0x6C11); // ⺠ → 民
    CHECK(PdfText::unifiedIdeograph(0x2F08) == 0x4EBA); // ⼈ → 人 (Kangxi radical)
    CHECK(PdfText::unifiedIdeograph(0x2F49) == 0x6708); // ⽉ → 月
    CHECK(PdfText::unifiedIdeograph(0x2E87) == 0x2E87); // its ideograph is outside the BMP: kept
    CHECK(PdfText::unifiedIdeograph(0x6C11) == 0x6C11);
    CHECK(PdfText::unifiedIdeograph(0x0041) == 0x0041);

    const QByteArray pdf = QByteArrayLiteral(
        "1 0 obj\n<< /Length 99 >>\nstream\n"
        "2 beginbfrange\n<0001> <0003> [<6751> <2EA0> <2F49>]\n<2EA0> <2EA0> [<2F08>]\nendbfrange\n"
        "1 beginbfchar\n<2F49> <2F08>\nendbfchar\n"
        "endstream\nendobj\n"
        "(<2F08> outside a map stays)\n");
    int changed = 0;
    const QByteArray fixed = PdfText::withUnifiedIdeographs(pdf, &changed);
    CHECK(changed == 4);
    CHECK(fixed.size() == pdf.size()); // no offset moves
    CHECK(fixed.contains("[<6751> <6C11> <6708>]"));
    CHECK(fixed.contains("<2EA0> <2EA0> [<4EBA>]")); // source code in a range: untouched
    CHECK(fixed.contains("<2F49> <4EBA>"));          // bfchar: only the destination
    CHECK(fixed.contains("(<2F08> outside a map stays)"));
}
