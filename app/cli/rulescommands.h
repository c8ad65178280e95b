#pragma once

#include <QStringList>
#include <QTextStream>

// motcua-admin subcommands over the rules engine (motcua_core + Qt Core only). `args` are the
// arguments after the subcommand name. Exit codes: 0 = done (or valid), 1 = the value checked is
// invalid / the lunar date does not exist, 2 = malformed arguments (message on err, naming the
// argument). Options take their value as "--opt value" or "--opt=value".
namespace Motcua::Cli {

// due-date --received T --duration 3d|4h|0.5d [--cutoff HH:MM] [--hours SPEC]
//          [--calendar FILE.csv] [--pause FROM/TO]... [--finished T]
// Prints "due=YYYY-MM-DDTHH:MM" and, with --finished, "status=early|on_time|late". Times without
// an offset are Vietnam wall clock.
int dueDateCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// lunar-to-solar DAY MONTH YEAR [--leap]: prints YYYY-MM-DD.
int lunarToSolarCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// holidays suggest --year Y [--hours SPEC] [--national-day-extra 1|3]: prints calendar CSV.
int holidaysCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// check cccd|cmnd|mst|phone VALUE [--birth-year Y] [--today YYYY-MM-DD]: prints the normalised
// value (exit 0) or the reason it is invalid (exit 1).
int checkCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Cli
