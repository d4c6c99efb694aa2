#include "TestSupport.h"

#include "model/DemoGenerator.h"
#include "model/Validation.h"

#include <QDir>
#include <QtGlobal>

#ifdef QT_WIDGETS_LIB
#include <QWidget>
#endif

#include <catch2/catch.hpp>

namespace tl::test {

std::unique_ptr<Ledger> newLedger(const QString &path)
{
    Township t;
    t.name = QStringLiteral("测试镇");
    t.county = QStringLiteral("测试县");
    auto r = Ledger::create(path, t);
    INFO(r.message.toStdString());
    REQUIRE(r.ledger);
    return std::move(r.ledger);
}

std::unique_ptr<Ledger> demoLedger(const QString &path, int villages)
{
    Township t;
    t.name = DemoGenerator::defaultTownshipName();
    t.isDemo = true;
    auto r = Ledger::create(path, t);
    REQUIRE(r.ledger);
    DemoOptions o;
    o.villages = villages;
    o.today = fixedToday();
    QString error;
    INFO(error.toStdString());
    REQUIRE(DemoGenerator::populate(*r.ledger, o, &error));
    return std::move(r.ledger);
}

QString makeId(const QString &region, const QDate &birth, int sequence)
{
    const QString body = region + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return body + Validators::idNumberCheckChar(body);
}

QString fullWidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out += (c.unicode() > 0x20 && c.unicode() < 0x7f) ? QChar(char16_t(c.unicode() + 0xFEE0)) : c;
    return out;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
#ifdef QT_WIDGETS_LIB
    const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
#else
    Q_UNUSED(widget);
    Q_UNUSED(name);
#endif
}

} // namespace tl::test
