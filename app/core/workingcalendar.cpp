#include "workingcalendar.h"

#include <algorithm>

namespace Motcua {

QString dayTypeKey(DayType type)
{
    switch (type) {
    case DayType::Holiday:
        return QStringLiteral("holiday");
    case DayType::CompensatoryOff:
        return QStringLiteral("compensatory_off");
    case DayType::MakeupWorkday:
        return QStringLiteral("makeup_workday");
    }
    return QString();
}

std::optional<DayType> dayTypeFromKey(const QString &key)
{
    for (DayType t : {DayType::Holiday, DayType::CompensatoryOff, DayType::MakeupWorkday}) {
        if (key == dayTypeKey(t))
            return t;
    }
    return std::nullopt;
}

WorkingCalendar::WorkingCalendar(const WorkingHours &hours, const QVector<CalendarDay> &days)
    : m_hours(hours)
{
    for (const CalendarDay &d : days)
        setDay(d);
    rebuild();
}

void WorkingCalendar::setHours(const WorkingHours &hours)
{
    m_hours = hours;
    rebuild();
}

void WorkingCalendar::setDay(const CalendarDay &day)
{
    if (!day.date.isValid())
        return;
    auto it = std::lower_bound(
            m_specialDays.begin(),
            m_specialDays.end(),
            day.date,
            [](const CalendarDay &d, const QDate &date) { return d.date < date; });
    if (it != m_specialDays.end() && it->date == day.date)
        *it = day;
    else
        m_specialDays.insert(it, day);
    rebuild();
}

void WorkingCalendar::removeDay(const QDate &date)
{
    m_specialDays.removeIf([&](const CalendarDay &d) { return d.date == date; });
    rebuild();
}

std::optional<DayType> WorkingCalendar::dayType(const QDate &date) const
{
    auto it = std::lower_bound(m_specialDays.cbegin(),
                               m_specialDays.cend(),
                               date,
                               [](const CalendarDay &d, const QDate &dt) { return d.date < dt; });
    if (it != m_specialDays.cend() && it->date == date)
        return it->type;
    return std::nullopt;
}

void WorkingCalendar::rebuild()
{
    m_standardDay = m_hours.standardDay();
    m_intervals[0].clear();
    m_dayMinutes[0] = 0;
    for (int d = 1; d <= 7; ++d) {
        m_intervals[size_t(d)] = m_hours.intervals(d);
        m_dayMinutes[d] = m_hours.dayMinutes(d);
    }
    m_kinds.clear();
    m_firstJd = 0;
    if (m_specialDays.isEmpty())
        return;
    m_firstJd = m_specialDays.first().date.toJulianDay();
    const qint64 lastJd = m_specialDays.last().date.toJulianDay();
    m_kinds.assign(size_t(lastJd - m_firstJd + 1), Normal);
    for (const CalendarDay &d : std::as_const(m_specialDays)) {
        m_kinds[size_t(d.date.toJulianDay() - m_firstJd)]
                = d.type == DayType::MakeupWorkday ? Makeup : Off;
    }
}

} // namespace Motcua
