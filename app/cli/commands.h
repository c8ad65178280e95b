#pragma once

#include <QStringList>
#include <QTextStream>

namespace Motcua::Cli {

// Exit codes every subcommand keeps: scripts rely on them.
enum ExitCode { Ok = 0, Refused = 1, BadArguments = 2, Failure = 3 };

// A subcommand receives the arguments after its name.
using Command = int (*)(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Cli
