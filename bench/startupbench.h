#pragma once

#include <QStringList>
#include <QTextStream>

namespace Motcua::Bench {

// `motcua-bench startup [--runs N]`: launch-to-login-window time of motcua and
// of a bare QWidget program, medians over N runs each, and the peak resident
// memory of motcua. Prints `startup_ms=… bare_ms=… ratio=… peak_mb=…`.
int runStartupBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Bench
