// Printed notices as the county checks them on the bulletin board (GB/T 9704-2012): the demo's
// notices due within a month, in Chinese, one page each; on every page the 落款 comes with the
// text above it; the PDF's text is the text written, once, with full-width Chinese punctuation.
#include "disclosures/Disclosures.h"
#include "disclosures/Notices.h"
#include "disclosures/NoticeLayout.h"
#include "storage/Ledger.h"
#include "storage/Translations.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QTextDocument>

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// What the clerk wrote: the notice's text without layout.
QString sourceText(const tl::NoticeDocument &n)
{
    QTextDocument doc;
    doc.setHtml(tl::NoticeRenderer::html(n, tl::NoticeFonts{}));
    return squeezed(doc.toPlainText());
}

struct Chinese
{
    Chinese() { tl::Translations::install(QStringLiteral("zh_CN")); }
    ~Chinese() { tl::Translations::install(QStringLiteral("en")); }
};
} // namespace

TEST_CASE("notice layout: one page a notice, the 落款 with its text, the text layer as written", "[notices][layout]")
{
    Chinese chinese;
    tl::test::TempDir tmp;
    auto ledger = tl::test::demoLedger(tmp.file(QStringLiteral("demo.ledger")));
    QStringList skipped;
    QList<tl::NoticeDocument> notices = tl::NoticeBuilder::dueWithin(*ledger, tl::test::fixedToday(), 365, &skipped);
    REQUIRE(notices.size() >= 5);
    // And every disclosure recorded, the finance ones with their tables.
    for (const tl::Disclosure &d : tl::DisclosureRepository(*ledger).all()) {
        tl::NoticeDocument n;
        QString why;
        if (tl::NoticeBuilder::forDisclosure(*ledger, d.id, tl::test::fixedToday(), &n, &why))
            notices << n;
    }
    REQUIRE(notices.size() >= 10);
    const QString pdf = tmp.file(QStringLiteral("notices.pdf"));
    QString error;
    REQUIRE(tl::NoticeRenderer::toPdf(notices, pdf, tl::NoticeRenderer::defaultFonts(), &error));

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    // Every demo notice fits on a page: none spills its 落款 onto a page of its own.
    CHECK(pages == notices.size());

    const QRegularExpression halfWidth(QStringLiteral("[\\x{4e00}-\\x{9fff}][:,;]|[:,;][\\x{4e00}-\\x{9fff}]"));
    for (int i = 0; i < std::min<int>(pages, int(notices.size())); ++i) {
        const tl::NoticeDocument &n = notices[i];
        const QString page = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                                                               QString::number(i + 1), QStringLiteral("-l"), QString::number(i + 1), pdf,
                                                               QStringLiteral("-")});
        INFO("page " << i + 1 << ":\n" << page.toStdString());
        // The text copied out of the PDF is the text written, each line once (no clipped copies).
        if (n.html.contains(QStringLiteral("<table"))) {
            // A table is read column by column or row by row: the same characters, each once.
            QString got = squeezed(page), want = sourceText(n);
            std::sort(got.begin(), got.end());
            std::sort(want.begin(), want.end());
            CHECK(got == want);
        } else {
            CHECK(squeezed(page) == sourceText(n));
        }
        CHECK(page.count(n.issuer) == 1);
        // The 落款 never stands alone: the body's last words are on its page.
        const QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        CHECK(lines.size() >= 6);
        CHECK_FALSE(halfWidth.match(page).hasMatch());
    }
}

TEST_CASE("notice layout: a long title is balanced over its lines", "[notices][layout]")
{
    Chinese chinese;
    tl::NoticeDocument n;
    // 21 characters on lines of 20: without balancing the last one stands alone.
    n.title = QStringLiteral("关于购置村委会办公及便民服务设备的决议公告");
    n.html = QStringLiteral("<p class=\"body\">正文。</p>");
    n.issuer = QStringLiteral("某某村村民委员会");
    n.date = QStringLiteral("2026年11月23日");
    tl::test::TempDir tmp;
    const QString pdf = tmp.file(QStringLiteral("title.pdf"));
    QString error;
    REQUIRE(tl::NoticeRenderer::toPdf({n}, pdf, tl::NoticeRenderer::defaultFonts(), &error));
    const QStringList lines = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    INFO(lines.join(QLatin1Char('|')).toStdString());
    CHECK(lines[0].trimmed().size() >= 10);
    CHECK(lines[1].trimmed().size() >= 10);
    CHECK(lines[0].trimmed() + lines[1].trimmed() == n.title);
}

TEST_CASE("notice layout: a long notice keeps its 落款 with the last lines", "[notices][layout]")
{
    Chinese chinese;
    tl::NoticeDocument n;
    n.title = QStringLiteral("关于村务公开事项的公告");
    n.issuer = QStringLiteral("某某村村民委员会");
    n.date = QStringLiteral("2026年11月23日");
    n.supervision = QStringLiteral("村务监督委员会审核（签字）：＿＿＿＿");
    tl::test::TempDir tmp;
    QString error;
    // From a page and a bit to three pages: whatever the length, the last page holds body text.
    for (int paragraphs : {20, 23, 26, 29, 32, 45}) {
        n.html.clear();
        for (int i = 0; i < paragraphs; ++i)
            n.html += QStringLiteral("<p class=\"body\">第%1段，村民代表会议表决通过的事项按规定公开。</p>").arg(i + 1);
        const QString pdf = tmp.file(QStringLiteral("long%1.pdf").arg(paragraphs));
        REQUIRE(tl::NoticeRenderer::toPdf({n}, pdf, tl::NoticeRenderer::defaultFonts(), &error));
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                              .match(run(QStringLiteral("pdfinfo"), {pdf}))
                              .captured(1)
                              .toInt();
        const QString last = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                                                               QString::number(pages), pdf, QStringLiteral("-")});
        INFO(paragraphs << " paragraphs, " << pages << " pages; last page:\n" << last.toStdString());
        CHECK(last.contains(n.issuer));
        CHECK(last.contains(QStringLiteral("段")));
        const QString all = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        CHECK(all.count(n.issuer) == 1);
        CHECK(all.count(QStringLiteral("第%1段").arg(paragraphs)) == 1);
    }
}
