#include "workinghours.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Motcua {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::WorkingHours)
};

const char *const dayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int parseDay(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (int i = 0; i < 7; ++i) {
        if (key == QLatin1String(dayKeys[i]))
            return i + 1;
    }
    return 0;
}

} // namespace

WorkingHours::WorkingHours()
{
    const QVector<WorkInterval> day{{7 * 60 + 30, 11 * 60 + 30}, {13 * 60, 17 * 60}};
    for (int d = 1; d <= 5; ++d)
        setIntervals(d, day);
}

WorkingHours WorkingHours::none()
{
    WorkingHours h;
    for (int d = 1; d <= 7; ++d)
        h.setIntervals(d, {});
    return h;
}

int WorkingHours::parseClock(const QString &text)
{
    const QString t = text.trimmed();
    const int colon = t.indexOf(QLatin1Char(':'));
    if (colon < 1 || colon > 2 || t.size() != colon + 3)
        return -1;
    for (int i = 0; i < t.size(); ++i) {
        if (i != colon && (t.at(i) < QLatin1Char('0') || t.at(i) > QLatin1Char('9')))
            return -1;
    }
    const int h = t.left(colon).toInt();
    const int m = t.mid(colon + 1).toInt();
    if (m > 59 || h > 24 || (h == 24 && m != 0))
        return -1;
    return h * 60 + m;
}

QString WorkingHours::formatClock(int minutes)
{
    return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Status WorkingHours::setIntervals(int day, QVector<WorkInterval> intervals)
{
    if (day < 1 || day > 7)
        return Status::failure(Tr::tr("Unknown weekday number %1.").arg(day));
    for (const WorkInterval &iv : std::as_const(intervals)) {
        if (iv.start < 0 || iv.end > 24 * 60 || iv.start >= iv.end)
            return Status::failure(Tr::tr("The interval %1-%2 is empty or reversed.")
                                           .arg(formatClock(qBound(0, iv.start, 1440)),
                                                formatClock(qBound(0, iv.end, 1440))));
    }
    std::sort(intervals.begin(), intervals.end(), [](const WorkInterval &a, const WorkInterval &b) {
        return a.start < b.start;
    });
    for (int i = 1; i < intervals.size(); ++i) {
        if (intervals.at(i).start < intervals.at(i - 1).end)
            return Status::failure(Tr::tr("The intervals %1-%2 and %3-%4 overlap.")
                                           .arg(formatClock(intervals.at(i - 1).start),
                                                formatClock(intervals.at(i - 1).end),
                                                formatClock(intervals.at(i).start),
                                                formatClock(intervals.at(i).end)));
    }
    int total = 0;
    for (const WorkInterval &iv : std::as_const(intervals))
        total += iv.length();
    m_days[day - 1] = std::move(intervals);
    m_minutes[day - 1] = total;
    return Status::success();
}

int WorkingHours::weekMinutes() const
{
    int total = 0;
    for (int m : m_minutes)
        total += m;
    return total;
}

int WorkingHours::standardDay() const
{
    for (int d = 1; d <= 7; ++d) {
        if (m_minutes[d - 1] > 0)
            return d;
    }
    return 1;
}

Result<WorkingHours> WorkingHours::parse(const QString &spec)
{
    using R = Result<WorkingHours>;
    WorkingHours hours = none();
    std::array<bool, 7> seen{};
    const QStringList groups = spec.split(QLatin1Char(';'));
    for (const QString &rawGroup : groups) {
        const QString group = rawGroup.simplified();
        if (group.isEmpty())
            continue;
        const int space = group.indexOf(QLatin1Char(' '));
        if (space < 0)
            return R::failure(Tr::tr("\"%1\": expected days followed by intervals, e.g. "
                                     "\"mon-fri 07:30-11:30,13:00-17:00\".")
                                      .arg(group));
        const QString daysPart = group.left(space);
        // Intervals may be written with spaces after the commas.
        const QString intervalsPart = group.mid(space + 1).remove(QLatin1Char(' '));

        QVector<int> days;
        for (const QString &item : daysPart.split(QLatin1Char(','))) {
            const QStringList ends = item.split(QLatin1Char('-'));
            if (ends.size() > 2)
                return R::failure(Tr::tr("\"%1\" is not a day or a day range.").arg(item));
            const int first = parseDay(ends.first());
            const int last = ends.size() == 2 ? parseDay(ends.last()) : first;
            if (first == 0 || last == 0)
                return R::failure(
                        Tr::tr("Unknown day \"%1\": use mon, tue, wed, thu, fri, sat or sun.")
                                .arg(first == 0 ? ends.first() : ends.last()));
            if (last < first)
                return R::failure(Tr::tr("The day range \"%1\" is reversed.").arg(item));
            for (int d = first; d <= last; ++d)
                days.append(d);
        }

        QVector<WorkInterval> intervals;
        for (const QString &item : intervalsPart.split(QLatin1Char(','))) {
            const QStringList ends = item.split(QLatin1Char('-'));
            if (ends.size() != 2)
                return R::failure(
                        Tr::tr("\"%1\" is not a time interval like 07:30-11:30.").arg(item));
            const int start = parseClock(ends.first());
            const int end = parseClock(ends.last());
            if (start < 0 || start >= 24 * 60)
                return R::failure(Tr::tr("\"%1\" is not a valid time (HH:MM).").arg(ends.first()));
            if (end < 0)
                return R::failure(Tr::tr("\"%1\" is not a valid time (HH:MM).").arg(ends.last()));
            intervals.append({start, end});
        }

        for (int d : std::as_const(days)) {
            if (seen[d - 1])
                return R::failure(
                        Tr::tr("\"%1\" is listed twice.").arg(QLatin1String(dayKeys[d - 1])));
            seen[d - 1] = true;
            const Status s = hours.setIntervals(d, intervals);
            if (!s.ok())
                return R::failure(s.error());
        }
    }
    if (hours.weekMinutes() == 0)
        return R::failure(Tr::tr("The working hours contain no working time."));
    return R::success(hours);
}

QString WorkingHours::toString() const
{
    QStringList groups;
    int d = 1;
    while (d <= 7) {
        if (m_days[d - 1].isEmpty()) {
            ++d;
            continue;
        }
        int last = d;
        while (last < 7 && m_days[last] == m_days[d - 1])
            ++last;
        QString days = QLatin1String(dayKeys[d - 1]);
        if (last > d)
            days += QLatin1Char('-') + QLatin1String(dayKeys[last - 1]);
        QStringList intervals;
        for (const WorkInterval &iv : m_days[d - 1])
            intervals.append(formatClock(iv.start) + QLatin1Char('-') + formatClock(iv.end));
        groups.append(days + QLatin1Char(' ') + intervals.join(QLatin1Char(',')));
        d = last + 1;
    }
    return groups.join(QStringLiteral("; "));
}

} // namespace Motcua
