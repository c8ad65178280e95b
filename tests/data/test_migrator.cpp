// Migrations: applied once under a lock, recorded with checksums; a changed or
// unknown migration stops the program.
#include "testdatabase.h"

#include "data/migrator.h"

#include <thread>

using namespace Motcua;
using namespace Motcua::Test;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void init() { MOTCUA_REQUIRE_SERVER(); }
    void bundledAreNumberedInOrder();
    void migrateIsIdempotent();
    void freshDatabaseIsMigratedFully();
    void changedMigrationIsAnError();
    void newerSchemaRefusesToRun();
    void olderSchemaNeedsAnAdministrator();
};

void TestMigrator::bundledAreNumberedInOrder()
{
    const QList<Migration> all = Migrator::bundled();
    QVERIFY(all.size() >= 3);
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].version, i + 1);
        QCOMPARE(all[i].checksum.size(), 64);
    }
}

void TestMigrator::migrateIsIdempotent()
{
    TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    Migrator m(tdb.open());
    auto applied = m.migrate();
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().describe()));
    QVERIFY(applied->isEmpty());
    auto st = m.status();
    QVERIFY(st.ok());
    QVERIFY(st->upToDate());
    QCOMPARE(st->applied, Migrator::bundled().last().version);
}

void TestMigrator::freshDatabaseIsMigratedFully()
{
    TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    QSqlQuery q(db);
    QVERIFY_SQL(q, exec(QStringLiteral("CREATE DATABASE \"%1_fresh\"").arg(tdb.name())));
    ConnectionSettings s = tdb.superuser();
    s.database = tdb.name() + QStringLiteral("_fresh");
    {
        auto fresh = s.open(QStringLiteral("fresh"));
        QVERIFY(fresh.ok());
        // Two programs migrating at once: the advisory lock lets each
        // migration run exactly once.
        qsizetype theirs = -1;
        std::thread other([&] {
            {
                auto conn = s.open(QStringLiteral("fresh2"));
                if (conn) {
                    auto applied = Migrator(*conn).migrate();
                    theirs = applied ? applied->size() : -1;
                    conn->close();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("fresh2"));
        });
        auto mine = Migrator(*fresh).migrate();
        other.join();
        QVERIFY(mine.ok());
        QVERIFY(theirs >= 0);
        QCOMPARE(mine->size() + theirs, Migrator::bundled().size());
        QSqlQuery c(*fresh);
        QVERIFY_SQL(c, exec(QStringLiteral("SELECT count(*) FROM schema_migrations")));
        c.next();
        QCOMPARE(c.value(0).toInt(), Migrator::bundled().size());
        fresh->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fresh"));
    QVERIFY_SQL(q, exec(QStringLiteral("DROP DATABASE \"%1_fresh\" WITH (FORCE)").arg(tdb.name())));
}

void TestMigrator::changedMigrationIsAnError()
{
    TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    QSqlQuery q(db);
    QVERIFY_SQL(
            q,
            exec(QStringLiteral("UPDATE schema_migrations SET checksum = 'x' WHERE version = 2")));
    auto st = Migrator(db).status();
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, DbError::MigrationChanged);
    auto applied = Migrator(db).migrate();
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, DbError::MigrationChanged);
}

void TestMigrator::newerSchemaRefusesToRun()
{
    TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    QSqlQuery q(db);
    QVERIFY_SQL(q,
                exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) "
                                    "VALUES (9999, 'from_the_future', 'abc')")));
    DbStatus ready = Migrator(db).ensureCurrent();
    QVERIFY(!ready.ok());
    QCOMPARE(ready.error().code, DbError::SchemaTooNew);
    QVERIFY(ready.error().message.contains(QLatin1String("9999")));
}

void TestMigrator::olderSchemaNeedsAnAdministrator()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    ConnectionSettings clerk = tdb.createStaff(QStringLiteral("clerk"));
    QSqlDatabase db = tdb.open();
    QSqlQuery q(db);
    const int last = Migrator::bundled().last().version;
    QVERIFY_SQL(q,
                exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = %1").arg(last)));
    {
        auto asClerk = clerk.open(QStringLiteral("olderclerk"));
        QVERIFY(asClerk.ok());
        DbStatus ready = Migrator(*asClerk).ensureCurrent();
        QVERIFY(!ready.ok());
        QCOMPARE(ready.error().code, DbError::SchemaTooOld);
        QVERIFY(ready.error().message.contains(QLatin1String("motcua-admin migrate")));
        asClerk->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("olderclerk"));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "test_migrator.moc"
