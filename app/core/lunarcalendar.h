#pragma once

#include "result.h"

#include <QDate>

namespace Motcua {

struct LunarDate
{
    int day = 0;
    int month = 0; // 1..12; a leap month repeats the number of the month before it
    int year = 0;  // the lunar year, which starts at Tết
    bool leap = false;

    friend bool operator==(const LunarDate &a, const LunarDate &b)
    {
        return a.day == b.day && a.month == b.month && a.year == b.year && a.leap == b.leap;
    }
};

// The Vietnamese lunar calendar, computed astronomically for UTC+7 (Hồ Ngọc Đức's algorithm:
// mean new moons with periodic terms and the sun's longitude). It differs from the Chinese
// calendar (UTC+8) in some years: Tết 1985 and 2007 fell a day or a month apart.
// Supported lunar years: 1800..2199.
namespace LunarCalendar {

constexpr int firstYear = 1800;
constexpr int lastYear = 2199;

// Rejects month 13, a leap month the year lacks, day 30 of a 29-day month, years out of range.
Result<QDate> lunarToSolar(int day, int month, int year, bool leap = false);
// Invalid (all zero) for dates outside the supported range.
LunarDate solarToLunar(const QDate &date);
// The leap month of a lunar year (1..12), 0 if it has none.
int leapMonth(int lunarYear);
// 29 or 30; 0 if the month does not exist.
int monthLength(int month, int year, bool leap = false);

} // namespace LunarCalendar
} // namespace Motcua
