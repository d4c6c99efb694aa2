#include "matters/WorkCalendar.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace tl {

QString WorkCalendar::shippedText()
{
    QFile f(QStringLiteral(":/data/holidays-cn.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

std::shared_ptr<const WorkCalendar> WorkCalendar::parse(const QString &text, QString *error)
{
    auto cal = std::make_shared<WorkCalendar>();
    static const QRegularExpression line(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2}))?\\s+(\\S+)(?:\\s+.*)?$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString l = lines[i].section(QLatin1Char('#'), 0, 0).trimmed();
        if (l.isEmpty())
            continue;
        auto fail = [&](const QString &why) {
            if (error)
                *error = tr("line %1: %2").arg(i + 1).arg(why);
            return nullptr;
        };
        const QRegularExpressionMatch m = line.match(l);
        if (!m.hasMatch())
            return fail(tr("write a date (or two dates joined by \"..\"), then 休 or 班"));
        const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate to = m.captured(2).isEmpty() ? from : QDate::fromString(m.captured(2), Qt::ISODate);
        if (!from.isValid())
            return fail(tr("%1 is not a date").arg(m.captured(1)));
        if (!to.isValid())
            return fail(tr("%1 is not a date").arg(m.captured(2)));
        if (to < from || from.daysTo(to) > 31)
            return fail(tr("a period runs forward and lasts at most a month"));
        const QString kind = m.captured(3);
        const bool off = kind == QStringLiteral("休") || kind.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0;
        const bool worked = kind == QStringLiteral("班") || kind.compare(QLatin1String("work"), Qt::CaseInsensitive) == 0;
        if (!off && !worked)
            return fail(tr("\"%1\" is neither 休 (a holiday) nor 班 (a weekend worked)").arg(kind));
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            (off ? cal->m_off : cal->m_worked).insert(d);
            (off ? cal->m_worked : cal->m_off).remove(d);
            cal->m_years.insert(d.year());
        }
    }
    return cal;
}

std::shared_ptr<const WorkCalendar> WorkCalendar::of(const QString &text)
{
    // Parsed once per text: the findings count periods for every matter of a county.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const WorkCalendar>> cache;
    const QString key = text.trimmed().isEmpty() ? QString() : text;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    std::shared_ptr<const WorkCalendar> cal = parse(key.isEmpty() ? shippedText() : key, nullptr);
    if (!cal)
        cal = std::make_shared<WorkCalendar>();
    if (cache.size() > 16)
        cache.clear();
    cache.insert(key, cal);
    return cal;
}

bool WorkCalendar::isWorkingDay(const QDate &d) const
{
    if (m_off.contains(d))
        return false;
    if (m_worked.contains(d))
        return true;
    return d.dayOfWeek() <= 5;
}

int WorkCalendar::workingDays(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int n = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (isWorkingDay(d))
            ++n;
    return n;
}

QDate WorkCalendar::lastOfWorkingDays(const QDate &from, int count) const
{
    if (!from.isValid() || count <= 0)
        return from;
    QDate d = from;
    int n = isWorkingDay(d) ? 1 : 0;
    while (n < count) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++n;
    }
    return d;
}

} // namespace tl
