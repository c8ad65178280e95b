#include "migrator.h"

#include "pgresult.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

namespace {

// Arbitrary but fixed: every program that migrates this schema takes this lock.
constexpr qint64 kMigrationLock = 0x6d6f74637561; // "motcua"

const char kCreateTable[] = R"(
SET client_min_messages = warning;
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    checksum    text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    applied_by  name NOT NULL DEFAULT session_user
);
-- Every program checks the schema version at start, whatever its role.
GRANT SELECT ON schema_migrations TO PUBLIC;
)";

struct Applied
{
    int version;
    QString checksum;
};

DbResult<QList<Applied>> readApplied(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL")))
        return DbError::fromSql(q.lastError());
    q.next();
    QList<Applied> out;
    if (!q.value(0).toBool())
        return out;
    if (!q.exec(QStringLiteral("SELECT version, checksum FROM schema_migrations ORDER BY version")))
        return DbError::fromSql(q.lastError());
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString()});
    return out;
}

DbResult<SchemaStatus> compare(const QList<Applied> &applied, const QList<Migration> &bundled)
{
    SchemaStatus st;
    st.known = bundled.isEmpty() ? 0 : bundled.last().version;
    for (const Applied &a : applied) {
        st.applied = qMax(st.applied, a.version);
        auto it = std::find_if(bundled.cbegin(), bundled.cend(), [&a](const Migration &m) {
            return m.version == a.version;
        });
        if (it == bundled.cend())
            return DbError::make(
                    DbError::SchemaTooNew,
                    DbError::tr("The database schema (version %1) is newer than this program "
                                "(version %2). Install the newer Motcua Desk.")
                            .arg(a.version)
                            .arg(st.known));
        if (QString::fromLatin1(it->checksum) != a.checksum)
            return DbError::make(
                    DbError::MigrationChanged,
                    DbError::tr("Migration %1 (%2) was changed after it was applied to this "
                                "database. Restore the original file or add a new migration.")
                            .arg(a.version)
                            .arg(it->name));
    }
    for (const Migration &m : bundled) {
        const bool done = std::any_of(applied.cbegin(), applied.cend(), [&m](const Applied &a) {
            return a.version == m.version;
        });
        if (!done)
            st.pending.append(m.version);
    }
    return st;
}

} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<Migration> Migrator::bundled()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/sql/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.sql = f.readAll();
        m.checksum = QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex();
        out.append(m);
    }
    return out;
}

DbResult<SchemaStatus> Migrator::status() const
{
    auto applied = readApplied(m_db);
    if (!applied)
        return applied.error();
    return compare(*applied, bundled());
}

DbResult<QList<int>> Migrator::migrate()
{
    PGconn *conn = Pg::connectionOf(m_db);
    const QList<Migration> all = bundled();
    // One transaction per migration, all under a session-level advisory lock so
    // that two programs starting at once apply each migration exactly once.
    if (DbStatus locked = Pg::execScript(
                conn, "SELECT pg_advisory_lock(" + QByteArray::number(kMigrationLock) + ")");
        !locked)
        return locked.error();
    auto unlock = qScopeGuard([conn] {
        Pg::execScript(conn,
                       "SELECT pg_advisory_unlock(" + QByteArray::number(kMigrationLock) + ")");
    });
    if (DbStatus created = Pg::execScript(conn, kCreateTable); !created)
        return created.error();
    auto applied = readApplied(m_db);
    if (!applied)
        return applied.error();
    auto st = compare(*applied, all);
    if (!st)
        return st.error();
    QList<int> done;
    for (const Migration &m : all) {
        if (!st->pending.contains(m.version))
            continue;
        DbStatus ran = Pg::execScript(conn, "BEGIN;\n" + m.sql);
        if (ran)
            ran = Pg::execParams(conn,
                                 "INSERT INTO schema_migrations (version, name, checksum) "
                                 "VALUES ($1, $2, $3)",
                                 {QByteArray::number(m.version), m.name.toUtf8(), m.checksum});
        if (ran)
            ran = Pg::execScript(conn, "COMMIT");
        if (!ran) {
            Pg::execScript(conn, "ROLLBACK");
            DbError e = ran.error();
            e.message = DbError::tr("Migration %1 (%2) failed: %3")
                                .arg(m.version)
                                .arg(m.name, e.detail);
            return e;
        }
        done.append(m.version);
    }
    return done;
}

DbStatus Migrator::ensureCurrent()
{
    auto st = status();
    if (!st)
        return st.error();
    if (st->upToDate())
        return Done{};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")))
        return DbError::fromSql(q.lastError());
    if (q.next() && q.value(0).toBool()) {
        auto applied = migrate();
        if (!applied)
            return applied.error();
        return Done{};
    }
    return DbError::make(DbError::SchemaTooOld,
                         DbError::tr("The database schema is at version %1 but this program "
                                     "needs version %2. Ask an administrator to run "
                                     "\"motcua-admin migrate\".")
                                 .arg(st->applied)
                                 .arg(st->known));
}

} // namespace Motcua
