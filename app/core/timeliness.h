#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Motcua {

// Timeliness classes of report form II.06a. Keys are stable (database, reports, CLI).
enum class Timeliness {
    Early,   // "early": finished before the calendar day of the due date (trước hạn)
    OnTime,  // "on_time": finished on the due day, not after the due instant (đúng hạn)
    Late,    // "late": finished after the due instant (quá hạn)
    InTime,  // "in_time": unfinished, due instant not passed (trong hạn)
    Overdue, // "overdue": unfinished, due instant passed (quá hạn)
};

QString timelinessKey(Timeliness t);
std::optional<Timeliness> timelinessFromKey(const QString &key);
// Translated label for reports and the GUI.
QString timelinessLabel(Timeliness t);

// How a finished dossier ended: the report counts supplement-waiting and withdrawn ones as on time.
enum class FinishKind {
    Resolved,
    WaitingForSupplement,
    Withdrawn,
};

// Compared on the Vietnam wall clock at minute precision (due instants are printed to the
// minute, so finishing within the due minute is on time). No due date (invalid) counts as on time.
Timeliness classifyFinished(const QDateTime &due,
                            const QDateTime &finished,
                            FinishKind kind = FinishKind::Resolved);
// An unfinished dossier at `now`; a paused one (clock stopped) is in time.
Timeliness classifyOpen(const QDateTime &due, const QDateTime &now, bool paused = false);
// One step of the control sheet, judged against the due date in force when it
// happened: finishing steps (kinds "ready", "returned", "stopped",
// "withdrawn") are early / on time / late, withdrawal counting as on time; the
// others are in time / overdue, and a step taken while the clock stood still
// (from "awaiting_supplement") is in time.
Timeliness classifyStep(const QString &kind,
                        const QString &fromState,
                        const QDateTime &dueThen,
                        const QDateTime &at);

} // namespace Motcua
