#pragma once

#include "workinghours.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <array>
#include <optional>
#include <vector>

namespace Motcua {

// Calendar day types kept in the supervisors' table; keys are stable (CSV, database).
enum class DayType {
    Holiday,         // "holiday": day off
    CompensatoryOff, // "compensatory_off": day off in lieu or swapped day
    MakeupWorkday,   // "makeup_workday": a rest day worked to pay for a swap
};

QString dayTypeKey(DayType type);
std::optional<DayType> dayTypeFromKey(const QString &key);

struct CalendarDay
{
    QDate date;
    DayType type = DayType::Holiday;
    QString note;

    friend bool operator==(const CalendarDay &a, const CalendarDay &b)
    {
        return a.date == b.date && a.type == b.type && a.note == b.note;
    }
};

// Weekly working hours plus the announced exceptions. Make-up workdays are worked with the
// standard (Monday-type) intervals. Built for the due-date hot loop: lookups take a julian day
// and never touch QDate/QDateTime.
class WorkingCalendar
{
public:
    explicit WorkingCalendar(const WorkingHours &hours = WorkingHours(),
                             const QVector<CalendarDay> &days = {});

    const WorkingHours &hours() const { return m_hours; }
    void setHours(const WorkingHours &hours);

    // Replaces the entry for day.date, if any.
    void setDay(const CalendarDay &day);
    void removeDay(const QDate &date);
    // Sorted by date.
    QVector<CalendarDay> days() const { return m_specialDays; }
    std::optional<DayType> dayType(const QDate &date) const;

    bool isWorkingDay(const QDate &date) const { return dayMinutesJd(date.toJulianDay()) > 0; }
    const QVector<WorkInterval> &intervalsOn(const QDate &date) const
    {
        return intervalsJd(date.toJulianDay());
    }
    int standardDayMinutes() const { return m_hours.standardDayMinutes(); }
    // False if no weekday has working time: nothing can ever fall due.
    bool hasWorkingTime() const { return m_hours.weekMinutes() > 0; }

    // Fast path, by julian day: one lookup gives the day's intervals and their total.
    struct DayView
    {
        const QVector<WorkInterval> *intervals;
        int minutes;
    };
    DayView dayJd(qint64 jd) const
    {
        const int e = effectiveWeekday(jd);
        return {&m_intervals[size_t(e)], m_dayMinutes[e]};
    }
    const QVector<WorkInterval> &intervalsJd(qint64 jd) const
    {
        return m_intervals[size_t(effectiveWeekday(jd))];
    }
    int dayMinutesJd(qint64 jd) const { return m_dayMinutes[effectiveWeekday(jd)]; }

private:
    enum Kind : quint8 { Normal = 0, Off = 1, Makeup = 2 };
    // 1..7 = use that weekday's hours, 0 = not worked.
    int effectiveWeekday(qint64 jd) const
    {
        const int weekday = int(jd % 7) + 1; // jd >= 0 for every date we handle
        const qint64 offset = jd - m_firstJd;
        if (offset < 0 || offset >= qint64(m_kinds.size()))
            return weekday;
        switch (m_kinds[size_t(offset)]) {
        case Off:
            return 0;
        case Makeup:
            return m_standardDay;
        default:
            return weekday;
        }
    }
    void rebuild();

    WorkingHours m_hours;
    QVector<CalendarDay> m_specialDays;
    // Dense per-day kinds from the first to the last special day.
    qint64 m_firstJd = 0;
    std::vector<quint8> m_kinds;
    int m_standardDay = 1;
    // Indexed by effectiveWeekday(): [0] is the empty day.
    std::array<QVector<WorkInterval>, 8> m_intervals;
    int m_dayMinutes[8] = {};
};

} // namespace Motcua
