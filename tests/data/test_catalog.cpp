// The procedure catalogue: versions in force, new effective-dated versions,
// and the same diacritics folding in SQL as in core.
#include "testdatabase.h"

#include "core/vntext.h"
#include "data/catalog.h"

using namespace Motcua;
using namespace Motcua::Test;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init() { MOTCUA_REQUIRE_SERVER(); }
    void demoCatalogueIsComplete();
    void newVersionKeepsTheOldOne();
    void newVersionMustStartLater();
    void clerkCannotEditCatalogue();
    void foldAgreesWithCore_data();
    void foldAgreesWithCore();
};

void TestCatalog::demoCatalogueIsComplete()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    CatalogRepository repo(tdb.open());
    auto procedures = repo.proceduresInForce(QDate(2026, 11, 27));
    QVERIFY(procedures.ok());
    QVERIFY2(procedures->size() >= 30, qPrintable(QString::number(procedures->size())));
    QSet<QString> sectors;
    bool someCutoff = false;
    for (const Procedure &p : *procedures) {
        QVERIFY2(p.checklist.size() >= 1, qPrintable(p.code));
        QVERIFY(p.processingValue > 0);
        QVERIFY(!p.departmentName.isEmpty());
        sectors.insert(p.sector);
        someCutoff |= p.cutoff.isValid();
    }
    QVERIFY(sectors.size() >= 7);
    QVERIFY(someCutoff);
}

void TestCatalog::newVersionKeepsTheOldOne()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const ConnectionSettings admin = tdb.createStaff(QStringLiteral("admin"));
    {
        auto db = admin.open(QStringLiteral("cat_admin"));
        QVERIFY(db.ok());
        CatalogRepository repo(*db);
        const QDate today(2026, 11, 27);
        auto before = repo.proceduresInForce(today);
        QVERIFY(before.ok());
        Procedure p = before->first();
        const int oldId = p.id;
        const int oldVersion = p.version;
        p.name += QStringLiteral(" (sửa đổi)");
        p.fee += 10000;
        p.checklist.removeLast();
        p.effectiveFrom = today.addDays(10);
        auto id = repo.saveNewVersion(p, QStringLiteral("Quyết định 1/2026"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().describe()));
        QVERIFY(*id != oldId);

        // Today the old version is still in force; from the new date the new one.
        auto now = repo.proceduresInForce(today);
        auto later = repo.proceduresInForce(today.addDays(10));
        auto findCode = [&p](const QList<Procedure> &list) {
            return *std::find_if(list.cbegin(), list.cend(), [&p](const Procedure &x) {
                return x.code == p.code;
            });
        };
        QCOMPARE(findCode(*now).id, oldId);
        QCOMPARE(findCode(*now).effectiveTo, today.addDays(10));
        QCOMPARE(findCode(*later).id, *id);
        QCOMPARE(findCode(*later).version, oldVersion + 1);
        QCOMPARE(findCode(*later).checklist.size(), findCode(*now).checklist.size() - 1);
        QCOMPARE(now->size(), later->size());
        auto versions = repo.versions(p.code);
        QCOMPARE(versions->size(), 2);
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cat_admin"));
}

void TestCatalog::newVersionMustStartLater()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    CatalogRepository repo(tdb.open());
    Procedure p = repo.proceduresInForce(QDate(2026, 11, 27))->first();
    p.effectiveFrom = p.effectiveFrom.addDays(-1);
    auto id = repo.saveNewVersion(p, QStringLiteral("x"));
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, DbError::InvalidData);
    QCOMPARE(repo.versions(p.code)->size(), 1);
}

void TestCatalog::clerkCannotEditCatalogue()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const ConnectionSettings clerk = tdb.createStaff(QStringLiteral("clerk"));
    {
        auto db = clerk.open(QStringLiteral("cat_clerk"));
        QVERIFY(db.ok());
        CatalogRepository repo(*db);
        Procedure p = repo.proceduresInForce(QDate(2026, 11, 27))->first();
        p.effectiveFrom = QDate(2027, 1, 1);
        auto id = repo.saveNewVersion(p, QStringLiteral("x"));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, DbError::PermissionDenied);
        QCOMPARE(repo.versions(p.code)->size(), 1);
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cat_clerk"));
}

void TestCatalog::foldAgreesWithCore_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("name") << QStringLiteral("Nguyễn Văn A");
    QTest::newRow("d-stroke") << QStringLiteral("ĐẶNG Đình Đức");
    QTest::newRow("spaces") << QStringLiteral("  Trần   Thị  Hồng ");
    QTest::newRow("procedure") << QStringLiteral("Đăng ký khai sinh có yếu tố nước ngoài");
    QTest::newRow("decomposed") << QString::fromUtf8("Nguye\xcc\x82\xcc\x83n");
}

void TestCatalog::foldAgreesWithCore()
{
    QFETCH(QString, text);
    TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlQuery q(tdb.open());
    q.prepare(QStringLiteral("SELECT motcua_fold(?)"));
    q.addBindValue(text);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), VnText::fold(text));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
