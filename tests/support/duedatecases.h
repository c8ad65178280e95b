#pragma once

#include "core/workingcalendar.h"

#include <QDateTime>
#include <QVector>

// The due-date rows of tests/core/test_duedate.cpp and test_pauseresume.cpp,
// shared with the server's equivalence test (tests/data/test_duedate_server).
namespace Motcua::Test {

// A Monday-to-Friday centre that also opens Saturday mornings.
inline constexpr const char *kSaturdayMorning = "mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30";

// One dueDate() row: times are Vietnam wall clock "yyyy-MM-ddTHH:mm[:ss]";
// cutoff "HH:mm" or empty; pauses "from/to;from/to" or empty; hours a
// WorkingHours spec or empty for the standard hours; on days2026().
struct DueDateRow
{
    const char *name;
    const char *received;
    const char *duration;
    const char *cutoff;
    const char *pauses;
    const char *hours;
    const char *expected;
};
const QVector<DueDateRow> &dueDateRows();

// One resumedDue() row, on the standard hours with 30 April and 1 May off.
struct ResumedDueRow
{
    const char *name;
    const char *due;
    const char *paused;
    const char *resumed;
    const char *expected;
};
const QVector<ResumedDueRow> &resumedDueRows();

// A 2026 calendar close to the real one, plus a make-up Saturday to test swaps.
QVector<CalendarDay> days2026();
// The days of the resumedDue() rows.
QVector<CalendarDay> resumedDueDays();
// "2026-03-02T10:00" on the Vietnam wall clock.
QDateTime vnTime(const QString &text);

} // namespace Motcua::Test
