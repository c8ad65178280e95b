#include "unusualaccess.h"

#include "vntime.h"

namespace Motcua::UnusualAccessRules {

std::optional<UnusualAccess> fromPeak(const AccessPeak &peak, UnusualAccessRule rule, int threshold)
{
    if (threshold < 1 || peak.count < threshold)
        return std::nullopt;
    return UnusualAccess{peak.actor, rule, peak.count, threshold, peak.from, peak.to};
}

std::optional<UnusualAccess> outsideHours(const AccessDay &day,
                                          const WorkingCalendar &calendar,
                                          int toleranceMinutes)
{
    if (day.count < 1 || !day.day.isValid())
        return std::nullopt;
    const UnusualAccess flagged{day.actor,
                                UnusualAccessRule::OutsideWorkingHours,
                                day.count,
                                qMax(0, toleranceMinutes),
                                day.first,
                                day.last};
    const QVector<WorkInterval> &intervals = calendar.intervalsOn(day.day);
    if (intervals.isEmpty())
        return flagged; // a day off: any access is outside working hours
    const auto minuteOf = [&](const QDateTime &t) {
        const qint64 wall = VnTime::toWallMinutes(t);
        // An access logged on another date than the day (never, from the
        // log's own grouping) counts as outside.
        if (VnTime::julianDayOf(wall) != day.day.toJulianDay())
            return -1;
        return VnTime::minuteOfDay(wall);
    };
    const int tolerance = qMax(0, toleranceMinutes);
    const int first = minuteOf(day.first);
    const int last = minuteOf(day.last);
    if (first < 0 || last < 0 || first < intervals.first().start - tolerance
        || last > intervals.last().end + tolerance)
        return flagged;
    return std::nullopt;
}

} // namespace Motcua::UnusualAccessRules
