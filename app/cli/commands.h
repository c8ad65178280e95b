#pragma once

#include <QStringList>
#include <QTextStream>

namespace Motcua::Cli {

// Exit codes every subcommand keeps: scripts rely on them.
enum ExitCode { Ok = 0, Refused = 1, BadArguments = 2, Failure = 3 };

// A subcommand receives the arguments after its name.
using Command = int (*)(const QStringList &args, QTextStream &out, QTextStream &err);

// An argument quoted back in a message: at most 40 characters and an ellipsis,
// so that a message never repeats a long input whole.
inline QString shown(const QString &argument)
{
    constexpr qsizetype kShown = 40;
    if (argument.size() <= kShown)
        return argument;
    const qsizetype cut = argument.at(kShown - 1).isHighSurrogate() ? kShown - 1 : kShown;
    return argument.left(cut) + QChar(0x2026);
}

} // namespace Motcua::Cli
