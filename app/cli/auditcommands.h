#pragma once

#include "commands.h"

namespace Motcua::Cli {

// audit verify [--unit CODE]
// Recomputes the hash chain of every dossier's control sheet (or of the
// dossiers received by the unit) apart from the server's function, prints
// events=N broken=K and exits 1 when K > 0, naming the first broken event.
int auditCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Cli
