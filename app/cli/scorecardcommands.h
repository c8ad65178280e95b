#pragma once

#include "commands.h"

namespace Motcua::Cli {

// scorecard show --from D --to D [--unit CODE] [--read-from DSN]
//                                                ranked branches (or one unit's counters);
//                                                with --read-from, read from that server (a
//                                                standby) and print first
//                                                "freshness\tstandby|primary\tlag_s=N"
// scorecard report --from D --to D [--unit CODE] report II.06a as CSV on stdout
// scorecard rebuild                              recompute the bookkeeping (administrators)
// scorecard roll                                 add the ended months' days into
//                                                scorecard_months; prints
//                                                "months_before=YYYY-MM-DD"
int scorecardCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Cli
