#pragma once

#include <QDateTime>

// The arithmetic of the rules (deadlines, timeliness) on the center's wall
// clock, at the fixed offset UTC+7 that Asia/Ho_Chi_Minh has kept without
// daylight saving since 1975 (tests/core/test_centertime.cpp holds the two
// together). What is shown, printed or exported, and the day bounds of
// queries, go through CenterTime (centertime.h) instead.
namespace Motcua::VnTime {

constexpr int offsetSeconds = 7 * 3600;
constexpr qint64 minutesPerDay = 24 * 60;
// Julian day of 1970-01-01, the origin of wall minutes.
constexpr qint64 epochJulianDay = 2440588;

// The same instant expressed with OffsetFromUTC 25200. Invalid stays invalid.
QDateTime toVietnam(const QDateTime &instant);
// A Vietnam wall-clock date and time (OffsetFromUTC 25200).
QDateTime wallClock(const QDate &date, const QTime &time);

// Minutes since 1970-01-01 00:00 Vietnam wall clock; seconds are truncated.
qint64 toWallMinutes(const QDateTime &instant);
QDateTime fromWallMinutes(qint64 minutes);

inline qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
inline qint64 julianDayOf(qint64 wallMinutes)
{
    return epochJulianDay + floorDiv(wallMinutes, minutesPerDay);
}
inline int minuteOfDay(qint64 wallMinutes)
{
    return int(wallMinutes - floorDiv(wallMinutes, minutesPerDay) * minutesPerDay);
}
inline qint64 wallMinutesOf(qint64 julianDay, int minuteOfDay)
{
    return (julianDay - epochJulianDay) * minutesPerDay + minuteOfDay;
}

} // namespace Motcua::VnTime
