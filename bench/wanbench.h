#pragma once

#include <QStringList>
#include <QTextStream>

namespace Motcua::Bench {

// `motcua-bench wan [--rtt 50] [--trace] [--dsn DSN]`: the desktop's own windows,
// offscreen, on a demo database reached through a DelayProxy that holds every
// chunk rtt/2 each way. A clerk logs in (Enter in the login dialog until the
// main window has painted the intake page), receives an intake, looks the
// dossier up by its code and hands it over; a supervisor refreshes the
// scorecard. One line
//   rtt_ms=… login_ms=… login_rt=… intake_ms=… intake_rt=… lookup_ms=…
//   lookup_rt=… handover_ms=… handover_rt=… scorecard_ms=… scorecard_rt=…
// and one `frame_max_ms=…`: the longest the GUI event loop went without
// running during those actions. Round trips are counted at the proxy, those
// of a connection's start-up (authentication) apart, on stderr; --trace
// prints there what the client sent at each round trip.
// Needs a QApplication.
int runWanBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Bench
