#pragma once

#include "result.h"

#include <QString>
#include <QVector>

#include <array>

namespace Motcua {

// A half-open working interval [start, end) in minutes since midnight, Vietnam wall clock.
struct WorkInterval
{
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    friend bool operator==(const WorkInterval &a, const WorkInterval &b)
    {
        return a.start == b.start && a.end == b.end;
    }
};

// Working time per weekday, as a center announces it. A day without intervals is a weekly rest
// day; holidays and swapped days live in WorkingCalendar, not here.
class WorkingHours
{
public:
    // Mon–Fri 07:30–11:30, 13:00–17:00: the usual schedule of state agencies.
    WorkingHours();

    static WorkingHours standard() { return WorkingHours(); }
    // No working time at all; fill it with setIntervals().
    static WorkingHours none();

    // Parses "mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30". Days: mon..sun, ranges
    // ("mon-fri") or lists ("mon,wed"); groups separated by ';'. Unlisted days are rest days.
    static Result<WorkingHours> parse(const QString &spec);
    // The canonical spec: equal consecutive days are merged into ranges; parse(toString()) ==
    // *this.
    QString toString() const;

    // day is Qt::DayOfWeek (1 = Monday .. 7 = Sunday).
    const QVector<WorkInterval> &intervals(int day) const { return m_days[dayIndex(day)]; }
    // Sorts the intervals; rejects reversed, empty or overlapping ones (and leaves *this
    // unchanged).
    Status setIntervals(int day, QVector<WorkInterval> intervals);

    bool isWorkingDay(int day) const { return !intervals(day).isEmpty(); }
    int dayMinutes(int day) const { return m_minutes[dayIndex(day)]; }
    int weekMinutes() const;

    // The standard working day ("Monday-type"): its length converts working days to minutes and
    // its intervals are used on make-up workdays. Monday, or the first worked day after it when a
    // center does not open on Mondays.
    int standardDay() const;
    int standardDayMinutes() const { return dayMinutes(standardDay()); }

    friend bool operator==(const WorkingHours &a, const WorkingHours &b)
    {
        return a.m_days == b.m_days;
    }
    friend bool operator!=(const WorkingHours &a, const WorkingHours &b) { return !(a == b); }

    // "07:30" <-> 450; minutes in 0..1440 ("24:00" is accepted as an end). -1 on error.
    static int parseClock(const QString &text);
    static QString formatClock(int minutes);

private:
    static int dayIndex(int day) { return (day >= 1 && day <= 7) ? day - 1 : 0; }

    std::array<QVector<WorkInterval>, 7> m_days;
    std::array<int, 7> m_minutes{};
};

} // namespace Motcua
