#pragma once

#include <QStringList>
#include <QTextStream>

namespace Motcua::Bench {

// `motcua-bench scorecard [--rows 1000000,10000000] [--reuse] [--runs K]
//  [--seconds S] [--pairs P] [--dsn DSN]`: for each size, the history of
// `motcua-bench history` (built, or reused with --reuse), then the
// supervisor's screen through ScorecardRepository as a supervisor role: the
// whole branch scorecard (entries, total, daily chart, every figure with its
// percentiles) for several months and years, and the overdue-now list; the
// median of K runs after a warm-up. One line per size:
//   rows=… month_ms=… year_ms=… overdue_ms=…
// Then the cost of the bookkeeping on intake: 8 counters at 8 units (other
// units at every turn, so that the intakes are dated today), one uncounted
// run of S/2 seconds (S = 20), then P pairs (8) of S/4-second turns with the
// bookkeeping on and off (off: the triggers disabled and the receive's own
// counting cut out), in the order on-off, off-on, on-off, ...; every turn and
// every pair's ratio on stderr, and on stdout the median of the pairs' ratios:
//   bookkeeping_ratio=… (intakes per second with / without)
int runScorecardBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Bench
