#pragma once

#include <QStringList>
#include <QTextStream>

namespace Motcua::Bench {

// `motcua-bench scorecard [--rows 1000000,10000000] [--reuse] [--runs K]
//  [--seconds S] [--dsn DSN]`: for each size, the history of `motcua-bench
// history` (built, or reused with --reuse), then the supervisor's screen
// through ScorecardRepository as a supervisor role: the whole branch
// scorecard (entries, total, daily chart, every figure with its percentiles)
// for several months and years, and the overdue-now list; the median of K
// runs after a warm-up. One line per size:
//   rows=… month_ms=… year_ms=… overdue_ms=…
// Then the cost of the bookkeeping on intake: 8 counters for S seconds (20),
// one uncounted run, then with the bookkeeping on, off, on, off (off: the
// triggers disabled and the receive's own counting cut out):
//   bookkeeping_ratio=… (intakes per second with / without)
int runScorecardBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Bench
