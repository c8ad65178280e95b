#include "lunarcalendar.h"

#include <QCoreApplication>

#include <cmath>

namespace Motcua::LunarCalendar {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::LunarCalendar)
};

constexpr double timeZone = 7.0;
constexpr double pi = 3.14159265358979323846;
constexpr double synodicMonth = 29.530588853;
constexpr double newMoonEpoch = 2415021.076998695; // first new moon of 1900, in julian days

qint64 intPart(double d)
{
    return qint64(std::floor(d));
}

// Julian day of the k-th new moon after 1900-01-01 (Meeus, "Astronomical Algorithms").
double newMoon(qint64 k)
{
    const double T = k / 1236.85;
    const double T2 = T * T;
    const double T3 = T2 * T;
    const double dr = pi / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
    const double M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
    const double Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
    const double F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
    double c1 = (0.1734 - 0.000393 * T) * std::sin(M * dr) + 0.0021 * std::sin(2 * dr * M);
    c1 = c1 - 0.4068 * std::sin(Mpr * dr) + 0.0161 * std::sin(dr * 2 * Mpr);
    c1 = c1 - 0.0004 * std::sin(dr * 3 * Mpr);
    c1 = c1 + 0.0104 * std::sin(dr * 2 * F) - 0.0051 * std::sin(dr * (M + Mpr));
    c1 = c1 - 0.0074 * std::sin(dr * (M - Mpr)) + 0.0004 * std::sin(dr * (2 * F + M));
    c1 = c1 - 0.0004 * std::sin(dr * (2 * F - M)) - 0.0006 * std::sin(dr * (2 * F + Mpr));
    c1 = c1 + 0.0010 * std::sin(dr * (2 * F - Mpr)) + 0.0005 * std::sin(dr * (2 * Mpr + M));
    double deltaT;
    if (T < -11)
        deltaT = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
    else
        deltaT = -0.000278 + 0.000265 * T + 0.000262 * T2;
    return jd1 + c1 - deltaT;
}

// Sun's longitude in radians, [0, 2π), at julian day jdn (fractional, UT).
double sunLongitude(double jdn)
{
    const double T = (jdn - 2451545.0) / 36525;
    const double T2 = T * T;
    const double dr = pi / 180;
    const double M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
    const double L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
    double DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * std::sin(dr * M);
    DL += (0.019993 - 0.000101 * T) * std::sin(dr * 2 * M) + 0.000290 * std::sin(dr * 3 * M);
    double L = (L0 + DL) * dr;
    L = L - pi * 2 * std::floor(L / (pi * 2));
    return L;
}

// Local (UTC+7) julian day number of the k-th new moon.
qint64 newMoonDay(qint64 k)
{
    return intPart(newMoon(k) + 0.5 + timeZone / 24);
}

// Index 0..11 of the 30° sector the sun is in at the start of local day dayNumber.
int sunSector(qint64 dayNumber)
{
    return int(intPart(sunLongitude(dayNumber - 0.5 - timeZone / 24) / pi * 6));
}

// Julian day of the start of the 11th lunar month (the one containing the winter solstice)
// of solar year `year`.
qint64 lunarMonth11(int year)
{
    const qint64 off = QDate(year, 12, 31).toJulianDay() - 2415021;
    const qint64 k = intPart(off / synodicMonth);
    qint64 nm = newMoonDay(k);
    if (sunSector(nm) >= 9)
        nm = newMoonDay(k - 1);
    return nm;
}

// Offset, from the 11th month starting at a11, of the leap month (the first without a major
// solar term) in a 13-month year.
int leapMonthOffset(qint64 a11)
{
    const qint64 k = intPart((a11 - newMoonEpoch) / synodicMonth + 0.5);
    int last = 0;
    int i = 1;
    int arc = sunSector(newMoonDay(k + i));
    do {
        last = arc;
        ++i;
        arc = sunSector(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
}

bool inRange(const QDate &date)
{
    return date.isValid() && date >= QDate(firstYear, 2, 1) && date <= QDate(lastYear, 12, 31);
}

// Julian day of day 1 of the month, or -1 if the (month, leap) does not exist in the year.
qint64 monthStart(int month, int year, bool leap)
{
    qint64 a11;
    qint64 b11;
    if (month < 11) {
        a11 = lunarMonth11(year - 1);
        b11 = lunarMonth11(year);
    } else {
        a11 = lunarMonth11(year);
        b11 = lunarMonth11(year + 1);
    }
    const qint64 k = intPart(0.5 + (a11 - newMoonEpoch) / synodicMonth);
    int off = month - 11;
    if (off < 0)
        off += 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11);
        int leapMonth = leapOff - 2;
        if (leapMonth < 0)
            leapMonth += 12;
        if (leap && month != leapMonth)
            return -1;
        if (leap || off >= leapOff)
            off += 1;
    } else if (leap) {
        return -1;
    }
    return newMoonDay(k + off);
}

} // namespace

LunarDate solarToLunar(const QDate &date)
{
    if (!inRange(date))
        return LunarDate();
    const qint64 dayNumber = date.toJulianDay();
    const qint64 k = intPart((dayNumber - newMoonEpoch) / synodicMonth);
    qint64 start = newMoonDay(k + 1);
    if (start > dayNumber)
        start = newMoonDay(k);
    qint64 a11 = lunarMonth11(date.year());
    qint64 b11 = a11;
    int lunarYear;
    if (a11 >= start) {
        lunarYear = date.year();
        a11 = lunarMonth11(date.year() - 1);
    } else {
        lunarYear = date.year() + 1;
        b11 = lunarMonth11(date.year() + 1);
    }
    LunarDate result;
    result.day = int(dayNumber - start + 1);
    const int diff = int(intPart((start - a11) / 29.0));
    result.month = diff + 11;
    if (b11 - a11 > 365) {
        const int leapDiff = leapMonthOffset(a11);
        if (diff >= leapDiff) {
            result.month = diff + 10;
            result.leap = diff == leapDiff;
        }
    }
    if (result.month > 12)
        result.month -= 12;
    if (result.month >= 11 && diff < 4)
        lunarYear -= 1;
    result.year = lunarYear;
    return result;
}

int monthLength(int month, int year, bool leap)
{
    if (month < 1 || month > 12 || year < firstYear || year > lastYear)
        return 0;
    const qint64 start = monthStart(month, year, leap);
    if (start < 0)
        return 0;
    // The next new moon after day 1 ends the month.
    const qint64 k = intPart((start - newMoonEpoch) / synodicMonth + 0.5);
    qint64 next = newMoonDay(k + 1);
    if (next <= start)
        next = newMoonDay(k + 2);
    return int(next - start);
}

int leapMonth(int lunarYear)
{
    for (int m = 1; m <= 12; ++m) {
        if (monthLength(m, lunarYear, true) > 0)
            return m;
    }
    return 0;
}

Result<QDate> lunarToSolar(int day, int month, int year, bool leap)
{
    using R = Result<QDate>;
    if (year < firstYear || year > lastYear)
        return R::failure(Tr::tr("The lunar year %1 is outside the supported range %2–%3.")
                                  .arg(year)
                                  .arg(firstYear)
                                  .arg(lastYear));
    if (month < 1 || month > 12)
        return R::failure(
                Tr::tr("The lunar month %1 does not exist: months run from 1 to 12.").arg(month));
    if (day < 1 || day > 30)
        return R::failure(
                Tr::tr("The lunar day %1 does not exist: days run from 1 to 30.").arg(day));
    const int length = monthLength(month, year, leap);
    if (length == 0) {
        const int actualLeap = leapMonth(year);
        if (actualLeap == 0)
            return R::failure(Tr::tr("The lunar year %1 has no leap month.").arg(year));
        return R::failure(Tr::tr("The lunar year %1 has leap month %2, not %3.")
                                  .arg(year)
                                  .arg(actualLeap)
                                  .arg(month));
    }
    if (day > length)
        return R::failure(Tr::tr("Lunar month %1%2 of %3 has only %4 days.")
                                  .arg(month)
                                  .arg(leap ? Tr::tr(" (leap)") : QString())
                                  .arg(year)
                                  .arg(length));
    return R::success(QDate::fromJulianDay(monthStart(month, year, leap) + day - 1));
}

} // namespace Motcua::LunarCalendar
