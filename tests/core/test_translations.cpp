// The translations as a clerk reads them: Chinese complete, every placeholder kept, full-width
// punctuation beside Chinese text; English numerus forms without "(s)".
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> out;
    QString context;
    Message m;
    bool inName = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!m.numerus)
                    m.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
        }
    }
    Q_UNUSED(inName);
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(" | ") + m.source.left(80);
}

} // namespace

TEST_CASE("Chinese is complete and keeps every placeholder; English plurals read as English", "[translations]")
{
    const QString dir = QStringLiteral(TL_TESTS_DIR "/../translations/");
    const QList<Message> zh = readTs(dir + QStringLiteral("township-ledger_zh_CN.ts"));
    const QList<Message> en = readTs(dir + QStringLiteral("township-ledger_en.ts"));
    REQUIRE(zh.size() > 2000);
    REQUIRE(en.size() == zh.size());

    const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    // ASCII , : ; ? ! ( ) right after a Chinese character: the half-width form in Chinese text. The
    // access key "(&F)" is written with ASCII brackets, as Chinese Windows programs do.
    const QRegularExpression halfWidth(
        QStringLiteral("[\\x{4E00}-\\x{9FFF}]([,:;?!)]|\\((?!&))"));
    QStringList problems;
    for (const Message &m : zh) {
        if (m.unfinished || m.forms.isEmpty() || m.forms.first().isEmpty()) {
            problems << QStringLiteral("untranslated: ") + where(m);
            continue;
        }
        QStringList wanted;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            wanted << it.next().captured(0);
        for (const QString &form : m.forms) {
            for (const QString &p : wanted)
                if (!form.contains(p))
                    problems << QStringLiteral("lost %1: ").arg(p) + where(m);
            const QRegularExpressionMatch bad = halfWidth.match(form);
            if (bad.hasMatch())
                problems << QStringLiteral("half-width \"%1\": ").arg(bad.captured(0)) + where(m);
        }
    }
    for (const Message &m : en) {
        if (m.unfinished)
            problems << QStringLiteral("en unfinished: ") + where(m);
        if (!m.numerus)
            continue;
        if (m.forms.size() != 2)
            problems << QStringLiteral("en: %1 numerus forms: ").arg(m.forms.size()) + where(m);
        for (const QString &form : m.forms)
            if (form.contains(QStringLiteral("(s)")) || form.contains(QStringLiteral("(es)")))
                problems << QStringLiteral("en \"(s)\": ") + where(m);
    }
    INFO(problems.mid(0, 40).join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
