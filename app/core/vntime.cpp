#include "vntime.h"

namespace Motcua::VnTime {

QDateTime toVietnam(const QDateTime &instant)
{
    if (!instant.isValid())
        return QDateTime();
    return instant.toOffsetFromUtc(offsetSeconds);
}

QDateTime wallClock(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

qint64 toWallMinutes(const QDateTime &instant)
{
    return floorDiv(instant.toSecsSinceEpoch() + offsetSeconds, 60);
}

QDateTime fromWallMinutes(qint64 minutes)
{
    const QDate date = QDate::fromJulianDay(julianDayOf(minutes));
    const int m = minuteOfDay(minutes);
    return wallClock(date, QTime(m / 60, m % 60));
}

} // namespace Motcua::VnTime
