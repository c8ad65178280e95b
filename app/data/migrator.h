#pragma once

#include "dberror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Motcua {

// One numbered schema change, as shipped in resources/sql/migrations.
struct Migration
{
    int version = 0;
    QString name; // file name without the number, e.g. "roles"
    QByteArray sql;
    QByteArray checksum; // SHA-256 hex of the file
};

struct SchemaStatus
{
    int applied = 0; // highest applied version
    int known = 0;   // highest version this program ships
    QList<int> pending;
    bool upToDate() const { return pending.isEmpty(); }
};

// Applies the numbered migrations under an advisory lock and records each with
// its checksum in schema_migrations. Refuses to touch a database whose applied
// migrations were changed since, or that is newer than this program.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db);

    // The migrations compiled into the program, in version order.
    static QList<Migration> bundled();

    // Compares the database with the bundled migrations without changing it.
    DbResult<SchemaStatus> status() const;
    // Brings the database up to date; returns the versions it applied.
    DbResult<QList<int>> migrate();

    // What the app does at start: a schema newer than the program, or a changed
    // migration, is an error; pending migrations are applied when the connected
    // role may (a superuser), otherwise they are an error naming the fix.
    DbStatus ensureCurrent();

private:
    QSqlDatabase m_db;
};

} // namespace Motcua
