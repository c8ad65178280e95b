#include "reportingperiod.h"

namespace Motcua::CenterPeriod {

namespace {

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

QTimeZone timeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
        return z.isValid() ? z : QTimeZone(7 * 3600);
    }();
    return zone;
}

QDate dateAt(const QDateTime &instant)
{
    if (!instant.isValid())
        return QDate();
    return instant.toTimeZone(timeZone()).date();
}

ScorecardPeriod upTo(PeriodKind kind, const QDate &today)
{
    if (!today.isValid())
        return {};
    QDate from = today;
    switch (kind) {
    case PeriodKind::Today:
        break;
    case PeriodKind::Week:
        from = today.addDays(1 - today.dayOfWeek());
        break;
    case PeriodKind::Month:
        from = firstOfMonth(today);
        break;
    case PeriodKind::Quarter:
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        break;
    case PeriodKind::Year:
        from = QDate(today.year(), 1, 1);
        break;
    }
    return {from, today};
}

ScorecardPeriod current(PeriodKind kind, const QDateTime &now)
{
    return upTo(kind, dateAt(now));
}

QDateTime start(const ScorecardPeriod &period)
{
    return QDateTime(period.from, QTime(0, 0), timeZone()).toUTC();
}

QDateTime end(const ScorecardPeriod &period)
{
    return QDateTime(period.to.addDays(1), QTime(0, 0), timeZone()).toUTC();
}

WholeMonths wholeMonths(const ScorecardPeriod &period)
{
    const QDate &from = period.from;
    const QDate after = period.to.addDays(1);
    WholeMonths m;
    m.firstWhole = from.day() == 1 ? from : firstOfMonth(from).addMonths(1);
    m.afterLastWhole = after.day() == 1 ? after : firstOfMonth(period.to);
    return m;
}

} // namespace Motcua::CenterPeriod
