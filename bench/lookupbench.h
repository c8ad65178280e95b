#pragma once

#include <QStringList>
#include <QTextStream>

namespace Motcua::Bench {

// `motcua-bench lookup [--rows 10000000] [--lookups 2000] [--reuse] [--dsn DSN]`:
// fills a fresh database with that many dossiers over three years in 40
// units (Vietnamese names in their real proportions: thousands of Nguyễns),
// then times DossierRepository::find, the app's lookup, for random codes,
// CCCDs and unaccented name starts. Prints the p99 of each:
//   rows=… code_ms=… cccd_ms=… name_ms=…
int runLookupBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Motcua::Bench
