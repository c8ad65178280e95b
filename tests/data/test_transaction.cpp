// The RAII transaction: rolls back unless committed, records the audit reason.
#include "data/transaction.h"

#include "testdatabase.h"

using namespace Motcua;
using namespace Motcua::Test;

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endsAsTold_data();
    void endsAsTold();
    void recordsReasonForItsOwnWork();
    void failedStatementLeavesNothing();

private:
    qint64 count(const QSqlDatabase &db);
    std::unique_ptr<TestDatabase> m_tdb;
    QSqlDatabase m_db;
};

void TestTransaction::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_tdb = std::make_unique<TestDatabase>(TestDatabase::Content::Migrated);
    QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->error()));
    m_db = m_tdb->open();
    QSqlQuery q(m_db);
    QVERIFY_SQL(q, exec(QStringLiteral("CREATE TABLE tx_probe (n int PRIMARY KEY)")));
}

qint64 TestTransaction::count(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM tx_probe")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestTransaction::endsAsTold_data()
{
    QTest::addColumn<bool>("commit");
    QTest::addColumn<bool>("explicitRollback");
    QTest::addColumn<qint64>("added");
    QTest::newRow("committed") << true << false << qint64(1);
    QTest::newRow("left at scope end") << false << false << qint64(0);
    QTest::newRow("rolled back") << false << true << qint64(0);
}

void TestTransaction::endsAsTold()
{
    QFETCH(bool, commit);
    QFETCH(bool, explicitRollback);
    QFETCH(qint64, added);
    const qint64 before = count(m_db);
    {
        Transaction tx(m_db);
        QVERIFY2(tx.started().ok(), qPrintable(tx.started().error().describe()));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO tx_probe VALUES (?)"));
        q.addBindValue(int(before) + 100);
        QVERIFY_SQL(q, exec());
        if (commit)
            QVERIFY(tx.commit().ok());
        if (explicitRollback)
            tx.rollback();
    }
    QCOMPARE(count(m_db), before + added);
    // The connection is usable afterwards: no transaction left open.
    QVERIFY(m_db.transaction());
    QVERIFY(m_db.rollback());
}

void TestTransaction::recordsReasonForItsOwnWork()
{
    auto reason = [this] {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT coalesce(current_setting('motcua.reason', true), '')"));
        return q.next() ? q.value(0).toString() : QStringLiteral("?");
    };
    {
        Transaction tx(m_db, QStringLiteral("  Quyết định số 12  "));
        QVERIFY(tx.started().ok());
        QCOMPARE(reason(), QStringLiteral("Quyết định số 12"));
        QVERIFY(tx.commit().ok());
    }
    // Transaction-local: gone with the transaction.
    QCOMPARE(reason(), QString());
}

void TestTransaction::failedStatementLeavesNothing()
{
    const qint64 before = count(m_db);
    {
        Transaction tx(m_db);
        QSqlQuery q(m_db);
        QVERIFY_SQL(q, exec(QStringLiteral("INSERT INTO tx_probe VALUES (-1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO tx_probe VALUES (-1)")));
        const DbError e = DbError::fromSql(q.lastError());
        QVERIFY(e.is(SqlState::UniqueViolation));
        QCOMPARE(e.code, DbError::Duplicate);
        // An aborted transaction cannot commit; the destructor rolls it back.
        QVERIFY(!tx.commit().ok());
    }
    QCOMPARE(count(m_db), before);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "test_transaction.moc"
