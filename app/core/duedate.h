#pragma once

#include "duration.h"
#include "result.h"
#include "workingcalendar.h"

#include <QDateTime>
#include <QTime>
#include <QVector>

#include <limits>
#include <optional>

namespace Motcua {

// The clock stops during [from, to): the dossier waits for the citizen's supplement.
struct Pause
{
    QDateTime from;
    QDateTime to;
};

// A pause in Vietnam wall minutes (see VnTime::toWallMinutes), for the fast path.
struct PauseMinutes
{
    qint64 from;
    qint64 to;
};

struct DueDateOptions
{
    // Per-procedure cut-off: received strictly after it counts from the next working day.
    std::optional<QTime> cutoff;
    // Non-overlapping, in any order; none may start before the receipt.
    QVector<Pause> pauses;
};

// Adds working time to the moment of receipt, on a working calendar (hạn giải quyết).
// Receipt before opening, over lunch or after closing counts from the next working instant; a due
// instant that falls exactly on the end of an interval stays there (17:00, not next morning).
// All times are Vietnam wall clock (UTC+7), at minute precision (seconds are truncated).
class DueDateCalculator
{
public:
    explicit DueDateCalculator(const WorkingCalendar &calendar);

    const WorkingCalendar &calendar() const { return m_calendar; }

    // Accepts any time spec; returns OffsetFromUTC +07:00.
    Result<QDateTime> dueDate(const QDateTime &received,
                              const ProcessingTime &time,
                              const DueDateOptions &options = {}) const;
    // When the clock starts for a dossier received at `received`.
    Result<QDateTime> countingStart(const QDateTime &received,
                                    std::optional<QTime> cutoff = std::nullopt) const;
    // Sorted copy of the pauses, or an error for reversed, overlapping or premature ones.
    static Result<QVector<Pause>> checkedPauses(const QDateTime &received,
                                                const QVector<Pause> &pauses);

    // Fast path in wall minutes, no validation, no allocation: workingMinutes > 0, pauses sorted
    // and disjoint, cutoffMinute = minute of day or -1. Returns invalidMinutes only if the
    // calendar has no working time in the next century.
    static constexpr qint64 invalidMinutes = std::numeric_limits<qint64>::min();
    qint64 dueMinutes(qint64 receivedWall, qint64 workingMinutes, int cutoffMinute = -1) const;
    qint64 dueMinutes(qint64 receivedWall,
                      qint64 workingMinutes,
                      int cutoffMinute,
                      const PauseMinutes *pauses,
                      int pauseCount) const;
    // Start of counting; deferToNextDay applies the cut-off rule.
    qint64 startMinutes(qint64 receivedWall, bool deferToNextDay) const;
    // Working minutes in [from, to); 0 if to <= from. Useful for "time left" displays.
    qint64 workingMinutesBetween(qint64 from, qint64 to) const;

    // The due date after a pause (waiting for the citizen's supplement): the
    // working time that was left at the pause counts again from the resume.
    // A dossier paused after its due date keeps that due date.
    QDateTime resumedDue(const QDateTime &due,
                         const QDateTime &pausedAt,
                         const QDateTime &resumedAt) const;

private:
    qint64 advance(qint64 from, qint64 workingMinutes) const;
    qint64 advancePaused(qint64 from,
                         qint64 workingMinutes,
                         const PauseMinutes *pauses,
                         int pauseCount) const;

    WorkingCalendar m_calendar;
};

// One due date of a dossier: the first is computed at intake, later ones come from extensions.
struct DueDateChange
{
    QDateTime due;
    QString reason; // empty for the original due date
    QDateTime setAt;
};

// The due dates a dossier has had, oldest first (the apology letter shows old and new).
class DueDateHistory
{
public:
    DueDateHistory() = default;
    explicit DueDateHistory(const QDateTime &due, const QDateTime &setAt = QDateTime());
    // Restores a stored history as is.
    static DueDateHistory fromEntries(const QVector<DueDateChange> &entries);

    QDateTime current() const { return m_entries.isEmpty() ? QDateTime() : m_entries.last().due; }
    QDateTime original() const { return m_entries.isEmpty() ? QDateTime() : m_entries.first().due; }
    bool isExtended() const { return m_entries.size() > 1; }
    const QVector<DueDateChange> &entries() const { return m_entries; }

    // What stands in the way of an extension, in the order it is checked.
    enum class ExtensionProblem {
        None,
        NoDueDate,      // there is no due date to extend
        NewDueMissing,  // the new due date is missing or invalid
        NewDueNotLater, // the new due date is not later than the current one
        NoReason,       // no reason stated
    };
    // The extension rule: an extension (with its apology) must move a due
    // date later and state a reason. The counter's dialog, the dossier
    // repository and extend() all ask this; the server checks again.
    static ExtensionProblem extensionProblem(const QDateTime &currentDue,
                                             const QDateTime &newDue,
                                             const QString &reason);
    ExtensionProblem extensionProblem(const QDateTime &newDue, const QString &reason) const
    {
        return extensionProblem(current(), newDue, reason);
    }
    // Applies extensionProblem(); a refusal is worded.
    Status extend(const QDateTime &newDue, const QString &reason, const QDateTime &setAt);

private:
    QVector<DueDateChange> m_entries;
};

} // namespace Motcua
