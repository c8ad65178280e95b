#pragma once

#include "data/catalog.h"
#include "data/connectionsettings.h"

#include <QStringList>
#include <QTextStream>

#include <atomic>
#include <memory>
#include <vector>

namespace Motcua::Bench {

// `motcua-bench intake [--counters 1,8,32,100] [--seconds 20] [--dsn DSN]`:
// simulated counters (one connection each) receive dossiers through
// IntakeRepository and LiveNotifier, the app's own path, spread over 40
// receiving units with the main center carrying a quarter of the counters;
// pgbench's TPC-B with as many clients runs on the same server in the same
// run. One line per count:
//   counters=N tps=… p50_ms=… p99_ms=… tpcb_tps=… tpcb_p99_ms=… ratio=…
// then `duplicates=… gaps=…` over every code issued.
int runIntakeBench(const QStringList &args, QTextStream &out, QTextStream &err);

// One simulated counter: a counter of its unit with a clerk role of its own.
struct IntakeLogin
{
    int unitId = 0;
    int counterId = 0;
    ConnectionSettings settings;
    int unitIndex = 0; // in IntakeSite::counters
};

// Where the intakes run: per receiving unit (the main center first), the
// counters prepared for it; the procedures in force.
struct IntakeSite
{
    QList<QList<IntakeLogin>> counters;
    QList<Procedure> procedures;
    // Per receiving unit, how many codes its days from today backwards hold
    // (today's as found when the site was prepared, then every intake of the
    // process's runs): runs continue today's codes, and a unit's intakes go
    // back a day only once 9,000 of a day's 9,999 numbers are taken.
    std::shared_ptr<std::vector<std::atomic<int>>> codesIssued;
};

struct IntakeRunResult
{
    double tps = 0;
    double p50 = 0;
    double p99 = 0;
    int failures = 0;
    QString firstError;
    double seconds = 0;            // measured time
    std::vector<double> latencies; // ms, sorted
};

// Two runs of the same kind as one: their transactions over their time, their
// latencies together.
IntakeRunResult combined(const IntakeRunResult &a, const IntakeRunResult &b);

// Creates `database` again (migrated, demo data) with 40 receiving units and
// enough counters, each with its clerk role (named rolePrefix_unit_number),
// for every run size in `runs`. With fresh = false the database is kept and
// only what is missing is added.
DbResult<IntakeSite> prepareIntakeSite(const ConnectionSettings &admin,
                                       const QString &database,
                                       const QString &rolePrefix,
                                       const QList<int> &runs,
                                       bool fresh = true);

// Where each of the `counters` simulated counters of a run sits: the k-th
// counter of its unit (a quarter at the main center); null where the site
// has no desk prepared for it.
QList<const IntakeLogin *> desksOfRun(const IntakeSite &site, int counters);
// How many counters of such a run share counter i's unit (and its daily codes).
int countersSharingUnit(int i, int counters);

// `counters` simulated counters receive dossiers for `seconds` through
// IntakeRepository and LiveNotifier; counters log in before the clock starts.
// Intakes are received now, as at a counter, unless their unit's codes for
// today run out (see IntakeSite::codesIssued).
IntakeRunResult runIntakes(const IntakeSite &site, int counters, int seconds);
// The same at the given desks (one simulated counter each; null: a failure).
IntakeRunResult runIntakesAt(const IntakeSite &site,
                             const QList<const IntakeLogin *> &desks,
                             int seconds);

} // namespace Motcua::Bench
