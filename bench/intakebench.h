#pragma once

#include <QStringList>
#include <QTextStream>

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

} // namespace Motcua::Bench
