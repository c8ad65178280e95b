#pragma once

#include <QStringList>
#include <QTextStream>

namespace Motcua::Bench {

// `motcua-bench soak --dsn ADMIN_DSN [--db NAME] [--counters N] [--seconds S]
// [--reuse]`: N simulated counters receive dossiers through the app's own data
// layer for S seconds while the operator (or scripts/reliability.sh, or
// scripts/failover.sh) kills, restarts or fails over the server. A counter
// whose intake fails on a lost connection reconnects (same hosts, ports and
// target_session_attrs as the administrator's DSN, as its own clerk role) and
// sends the same draft again with the same idempotency key, as the app's
// outbox does; only an intake the server answered counts as acknowledged.
// Afterwards it checks, as the superuser: every acknowledged intake present
// with the code it was told, no code twice, no gap in any unit's daily
// sequence, every dossier with all its documents and its `received` event.
// Last line:
//   soak counters=N seconds=S acknowledged=A retried=R replayed=P lost=L
//   duplicated=D gaps=G incomplete=I longest_outage_ms=X
// Exit status 0 when A > 0 and L = D = G = I = 0.
int runSoakBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Bench
