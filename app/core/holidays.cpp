#include "holidays.h"

#include "lunarcalendar.h"

#include <QCoreApplication>
#include <QMap>

namespace Motcua::Holidays {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Holidays)
};

void add(QMap<QDate, CalendarDay> &days, const QDate &date, const QString &note)
{
    auto it = days.find(date);
    if (it != days.end()) {
        // Two holidays on one day (rare lunar coincidences) stay one day off.
        it->note += QStringLiteral(" / ") + note;
        return;
    }
    days.insert(date, {date, DayType::Holiday, note});
}

QString ordinalTetDay(int day)
{
    return QStringLiteral("Tết Nguyên đán (mùng %1)").arg(day);
}

} // namespace

Result<QVector<CalendarDay>> suggest(int year,
                                     const WorkingHours &hours,
                                     const HolidayOptions &options)
{
    using R = Result<QVector<CalendarDay>>;
    if (year <= LunarCalendar::firstYear || year > LunarCalendar::lastYear)
        return R::failure(Tr::tr("Holidays can be suggested for the years %1–%2 only.")
                                  .arg(LunarCalendar::firstYear + 1)
                                  .arg(LunarCalendar::lastYear));
    if (options.nationalDayExtra != 1 && options.nationalDayExtra != 3)
        return R::failure(Tr::tr("The day added to National Day must be 1 or 3 September."));
    if (hours.weekMinutes() == 0)
        return R::failure(Tr::tr("The working hours contain no working time."));

    const Result<QDate> tet = LunarCalendar::lunarToSolar(1, 1, year);
    const Result<QDate> hungKings = LunarCalendar::lunarToSolar(10, 3, year);
    if (!tet.ok())
        return R::failure(tet.error());
    if (!hungKings.ok())
        return R::failure(hungKings.error());

    QMap<QDate, CalendarDay> days;
    add(days, QDate(year, 1, 1), QStringLiteral("Tết Dương lịch"));
    add(days, tet.value().addDays(-1), QStringLiteral("Tết Nguyên đán (ngày cuối năm âm lịch)"));
    for (int d = 1; d <= 4; ++d)
        add(days, tet.value().addDays(d - 1), ordinalTetDay(d));
    add(days, hungKings.value(), QStringLiteral("Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
    add(days, QDate(year, 4, 30), QStringLiteral("Ngày Giải phóng miền Nam, thống nhất đất nước"));
    add(days, QDate(year, 5, 1), QStringLiteral("Quốc tế Lao động"));
    add(days, QDate(year, 9, 2), QStringLiteral("Quốc khánh"));
    add(days,
        QDate(year, 9, options.nationalDayExtra),
        QStringLiteral("Quốc khánh (ngày liền kề %1/9, theo thông báo hằng năm)")
                .arg(options.nationalDayExtra));

    // Holidays in date order, so a run of them on rest days gets consecutive days in lieu.
    const QList<CalendarDay> holidays = days.values();
    for (const CalendarDay &h : holidays) {
        if (hours.isWorkingDay(h.date.dayOfWeek()))
            continue;
        QDate d = h.date.addDays(1);
        while (!hours.isWorkingDay(d.dayOfWeek()) || days.contains(d))
            d = d.addDays(1);
        days.insert(d,
                    {d,
                     DayType::CompensatoryOff,
                     QStringLiteral("Nghỉ bù %1 (%2)")
                             .arg(h.note, h.date.toString(QStringLiteral("dd/MM/yyyy")))});
    }
    return R::success(QVector<CalendarDay>(days.cbegin(), days.cend()));
}

} // namespace Motcua::Holidays
