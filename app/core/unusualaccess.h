#pragma once

#include "workingcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Motcua {

// When access to citizens' data looks unusual (Decree 13/2023/ND-CP: access
// limited to what the job needs). The limits are settings of the review, not
// law: a supervisor tunes them on screen.
struct AccessThresholds
{
    int otherBranchOpensPerHour = 20; // distinct dossiers of other branches opened
    int idSearchesPerHour = 20;       // distinct CCCD/CMND numbers searched
    int toleranceMinutes = 30;        // before opening / after closing time
};

enum class UnusualAccessRule {
    OtherBranchOpens,    // many other branches' dossiers opened within an hour
    ManyIdSearches,      // many distinct citizens searched by CCCD within an hour
    OutsideWorkingHours, // accesses on a day off or well outside working hours
};

// One person's busiest hour for one kind of access, as the log shows it.
struct AccessPeak
{
    QString actor;
    int count = 0;  // distinct dossiers or numbers within the hour
    QDateTime from; // the first access of that hour
    QDateTime to;   // the last one
};

// One person's accesses on one Vietnam calendar day.
struct AccessDay
{
    QString actor;
    int unitId = 0;
    QDate day;
    int count = 0;
    QDateTime first;
    QDateTime last;
};

struct UnusualAccess
{
    QString actor;
    UnusualAccessRule rule = UnusualAccessRule::OtherBranchOpens;
    int count = 0;     // what was counted (accesses of the day for OutsideWorkingHours)
    int threshold = 0; // the limit it reached (tolerance in minutes for OutsideWorkingHours)
    QDateTime from;
    QDateTime to;
};

namespace UnusualAccessRules {

// The peak is unusual when it reaches the threshold (a threshold below 1
// turns the rule off).
std::optional<UnusualAccess> fromPeak(const AccessPeak &peak,
                                      UnusualAccessRule rule,
                                      int threshold);

// A day is unusual when the person's unit does not work that day, or when an
// access falls more than `toleranceMinutes` before the day's first working
// interval or after its last (Vietnam time). Accesses over lunch are not
// flagged.
std::optional<UnusualAccess> outsideHours(const AccessDay &day,
                                          const WorkingCalendar &calendar,
                                          int toleranceMinutes);

} // namespace UnusualAccessRules

} // namespace Motcua
