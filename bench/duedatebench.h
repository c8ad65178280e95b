#pragma once

#include <QStringList>
#include <QTextStream>

namespace Motcua::Bench {

// Due-date throughput on one thread over a realistic 2026 calendar (suggested holidays, default
// hours): random receipts over the year, 0.5d..15d and 1h..8h, some with a 15:00 cut-off, some
// with a pause. Runs for about 2 s (--seconds S to change) and prints exactly one line,
// "per_second=<integer>". Returns 2 on malformed arguments (nothing printed).
int runDueDateBench(const QStringList &args, QTextStream &out);

} // namespace Motcua::Bench
