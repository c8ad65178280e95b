#pragma once

#include "catalog.h"
#include "dberror.h"

#include "core/workingcalendar.h"
#include "core/workinghours.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace Motcua {

// One row of the calendar table: an announced day and the units it applies to.
struct CalendarEntry
{
    CalendarDay day;
    int unitId = 0; // CalendarRepository::CityWide: every unit
};

// What an import did, row by row.
struct CalendarImportSummary
{
    int inserted = 0;  // dates the scope did not have
    int updated = 0;   // dates whose type or note changed
    int unchanged = 0; // dates already stored exactly so

    int total() const { return inserted + updated + unchanged; }
};

// The working calendar as supervisors maintain it: working hours per unit (or
// the city default) and the announced days (holidays, days off in lieu,
// make-up workdays), city-wide or for one unit. Every change runs in one
// transaction with its reason, which the audit triggers copy into audit_log.
// Writing needs a supervisor's or administrator's role; PostgreSQL refuses it
// to clerks (DbError::PermissionDenied) and nothing is changed.
//
// A scope is a unit id, or CityWide (0) for the rows with no unit: the city
// default working hours and the days that apply to every unit.
class CalendarRepository
{
public:
    static constexpr int CityWide = 0;

    explicit CalendarRepository(QSqlDatabase db);

    // The calendar a unit works by, as the due-date rules need it: the unit's own
    // working hours if it has any, else the city default, else WorkingHours();
    // the city-wide days plus the unit's own, the unit's winning on the same
    // date. CityWide gives the city default calendar.
    DbResult<WorkingCalendar> effectiveCalendar(int unitId) const;
    // Just the hours part of effectiveCalendar().
    DbResult<WorkingHours> effectiveHours(int unitId) const;
    // The hours stored for exactly this scope; nullopt when it has none (a unit
    // then uses the city default, the city the built-in standard).
    DbResult<std::optional<WorkingHours>> ownHours(int unitId) const;

    // The days of one calendar year that apply to the scope: for CityWide the
    // city-wide rows only; for a unit the city-wide rows and the unit's own
    // (both kept, so a caller can show which one overrides). Sorted by date,
    // the city-wide row first.
    DbResult<QList<CalendarEntry>> entriesOfYear(int unitId, int year) const;
    // The rows stored for exactly this scope between from and to (inclusive;
    // an invalid date leaves that end open), sorted by date: what export writes
    // and import reads back.
    DbResult<QVector<CalendarDay>> scopeDays(int unitId,
                                             const QDate &from = {},
                                             const QDate &to = {}) const;

    // Stores the day for the scope, replacing the entry on that date if any.
    DbStatus setDay(int unitId, const CalendarDay &day, const QString &reason);
    // Removes the scope's entry on that date (NotFound when there is none).
    DbStatus removeDay(int unitId, const QDate &date, const QString &reason);
    // Upserts every day into the scope in one transaction: an imported date
    // replaces the stored type and note. All or nothing.
    DbResult<CalendarImportSummary> importDays(int unitId,
                                               const QVector<CalendarDay> &days,
                                               const QString &reason);
    // Inserts only the dates the scope does not have yet (a pre-fill never
    // overwrites an announced day); returns how many were added.
    DbResult<int> addMissingDays(int unitId,
                                 const QVector<CalendarDay> &days,
                                 const QString &reason);

    // Replaces the scope's working hours. Refuses hours without any working time
    // (a unit that should use the city default is reset instead).
    DbStatus replaceHours(int unitId, const WorkingHours &hours, const QString &reason);
    // Deletes the scope's own hours: a unit falls back to the city default, the
    // city to the built-in standard.
    DbStatus resetHours(int unitId, const QString &reason);

    // The units that keep a calendar of their own (center, branches, local
    // teams), active ones, by code.
    DbResult<QList<UnitRef>> units() const;
    // NotFound when no unit has that code.
    DbResult<int> unitIdByCode(const QString &code) const;

private:
    DbResult<std::optional<WorkingHours>> loadHours(int unitId) const;

    QSqlDatabase m_db;
};

} // namespace Motcua
