#pragma once

#include "dberror.h"

#include <QSqlDatabase>

namespace Motcua {

// Loads the demo data (units, counters, the procedure catalogue, the 2025–2027
// working calendar and demo staff accounts) into an empty, migrated database.
// Needs a superuser connection: it creates the staff LOGIN roles.
class DemoSeed
{
public:
    enum class Outcome { Seeded, AlreadyHasData };
    static DbResult<Outcome> seed(const QSqlDatabase &db);
};

} // namespace Motcua
