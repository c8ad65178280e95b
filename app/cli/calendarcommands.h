#pragma once

#include "commands.h"

namespace Motcua::Cli {

// calendar import FILE.csv [--unit CODE] [--reason TEXT]
// calendar export FILE.csv [--unit CODE] [--year Y]
// The working calendar's announced days against the database, in the CSV of
// core/calendarcsv ("date,type,note"). Without --unit the city-wide days; with
// it the unit's own. Import upserts in one transaction (an imported date
// replaces the stored one) and prints imported=N inserted=I updated=U
// unchanged=K. Exit codes as in commands.h: a refusal by the database
// (a clerk's role) or an invalid file or unit is 1.
int calendarCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Cli
