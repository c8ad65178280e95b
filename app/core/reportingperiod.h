#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Motcua {

// A period of the center's calendar days, both ends included. Supervisors
// choose periods in the days of the center (Asia/Ho_Chi_Minh), whatever the
// time zone of the PC they sit at.
struct ScorecardPeriod
{
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

// The periods a supervisor picks "so far": from the start of the current
// day, week (from Monday), month, quarter or year up to today.
enum class PeriodKind { Today, Week, Month, Quarter, Year };

namespace CenterPeriod {

// The center's time zone, Asia/Ho_Chi_Minh (UTC+7 all year since 1975);
// a fixed UTC+7 where the system has no zone database.
QTimeZone timeZone();
// The center's calendar day at an instant.
QDate dateAt(const QDateTime &instant);
// The period of `kind` that contains `today`, from its first day up to
// `today` (not to its last day: the figures of days to come are empty).
ScorecardPeriod upTo(PeriodKind kind, const QDate &today);
// The same for the center's day at the instant `now`.
ScorecardPeriod current(PeriodKind kind, const QDateTime &now);
// The first instant of the period (its first day at 00:00 in the center)
// and the first instant after it (the day after its last at 00:00), in UTC:
// a dossier belongs to the period when start <= t < end.
QDateTime start(const ScorecardPeriod &period);
QDateTime end(const ScorecardPeriod &period);

// The whole calendar months inside a period: [firstWhole, afterLastWhole),
// first days of months; empty when firstWhole >= afterLastWhole. The days
// before firstWhole and from afterLastWhole on are the partial edges.
struct WholeMonths
{
    QDate firstWhole;
    QDate afterLastWhole;
    bool isEmpty() const { return firstWhole >= afterLastWhole; }
};
WholeMonths wholeMonths(const ScorecardPeriod &period);

} // namespace CenterPeriod

} // namespace Motcua
