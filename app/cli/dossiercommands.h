#pragma once

#include "commands.h"

namespace Motcua::Cli {

// dossier show CODE | dossier status CODE ACTION [--note TEXT] [--new-due T]
// For processing departments that feed states from their own systems: the
// same rules, roles and events as the app. Refused → exit 1 with the reason.
int dossierCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Cli
