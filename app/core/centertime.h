#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The center's clock. Everything the application shows, prints or exports, and
// every "today" and period bound, is on the wall clock of the center's time zone
// (Asia/Ho_Chi_Minh), whatever the time zone of the PC it runs on: a receipt
// printed on a PC left at UTC says the same hour as the screen of one set to
// Hà Nội. Nothing converts with the PC's local zone (toLocalTime(),
// QDateTime::currentDateTime(), QDate::currentDate(), Qt::LocalTime).
//
// Instants are stored and passed around as instants (any time spec); only
// these functions turn them into wall-clock dates and times.
namespace Motcua::CenterTime {

// The IANA name of the center's zone.
inline constexpr char zoneId[] = "Asia/Ho_Chi_Minh";

// The zone from the system's tz database (Debian: the tzdata package). Without
// that database, the fixed offset UTC+07:00, which the zone has kept since
// 1975 (a warning is logged once).
QTimeZone zone();
// Whether zone() came from the tz database rather than the fallback offset.
bool hasZoneDatabase();

// The same instant on the center's clock (time spec Qt::TimeZone). Invalid
// stays invalid.
QDateTime toCenter(const QDateTime &instant);
// Now, on the center's clock.
QDateTime now();
// The center's calendar day now.
QDate today();
// The center's calendar day of an instant (invalid for an invalid instant).
QDate dateOf(const QDateTime &instant);

// The instant at this wall-clock date and time at the center.
QDateTime at(const QDate &date, const QTime &time);
// The first instant of a center day; [startOfDay(from), startOfDay(to + 1))
// is the period from..to in the center's days.
QDateTime startOfDay(const QDate &day);

// Reads "yyyy-MM-ddTHH:mm[:ss]" (or a space for the T) with an optional Z or
// ±HH:MM; without one the text is the center's wall clock. Invalid when it is
// not such a text.
QDateTime fromIsoText(const QString &text);

// The instant on the center's clock in a QDateTime::toString() pattern; an
// empty string for an invalid instant.
QString format(const QDateTime &instant, const QString &pattern);
// "14:05 23/06/2025": times on screens and in lists.
QString timeDate(const QDateTime &instant);
// "23/06/2025 14:05": rows of registers and their exports.
QString dateTime(const QDateTime &instant);
// "14:05, 23/06/2025": a due date in a sentence.
QString dueText(const QDateTime &instant);
// "2025-06-23T14:05": motcua-admin's output, which fromIsoText() reads back.
QString isoMinutes(const QDateTime &instant);

} // namespace Motcua::CenterTime
