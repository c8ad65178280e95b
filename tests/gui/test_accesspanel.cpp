// The supervisors' "Unusual access" tab: a clerk who opened many other
// branches' dossiers within an hour is listed with the rule that flagged them.
#include "testdatabase.h"

#include "core/vntime.h"
#include "data/session.h"
#include "gui/supervisor/supervisorpage.h"
#include "gui/supervisor/unusualaccesspanel.h"

#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace Motcua;
using namespace Motcua::Test;

class TestAccessPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabShowsFlaggedClerk();
};

void TestAccessPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotcuaTest"));
    MOTCUA_REQUIRE_SERVER();
}

void TestAccessPanel::tabShowsFlaggedClerk()
{
    TestDatabase db(TestDatabase::Content::Demo);
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const ConnectionSettings clerk = db.createStaff(QStringLiteral("clerk"));
    const ConnectionSettings supervisor = db.createStaff(QStringLiteral("supervisor"));

    // 25 dossiers of another branch in 50 minutes, a quiet Tuesday morning.
    const QDate day(2026, 3, 10);
    QSqlQuery q(db.open());
    QVERIFY_SQL(
            q,
            exec(QStringLiteral("INSERT INTO access_log (at, actor, unit_id, counter_id, kind, "
                                "dossier_id, "
                                "  dossier_unit_id) "
                                "SELECT '%1'::timestamptz + i * interval '2 minutes', s.role_name, "
                                "  s.unit_id, s.counter_id, 'open', 100 + i, "
                                "  (SELECT id FROM units WHERE kind = 'branch' AND id <> s.unit_id "
                                "   ORDER BY id LIMIT 1) "
                                "FROM staff s, generate_series(0, 24) i WHERE s.role_name = '%2'")
                         .arg(VnTime::wallClock(day, QTime(9, 0)).toUTC().toString(Qt::ISODate),
                              clerk.user)));
    QCOMPARE(q.numRowsAffected(), 25);
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT full_name FROM staff WHERE role_name = '%1'")
                             .arg(clerk.user)));
    QVERIFY(q.next());
    const QString clerkName = q.value(0).toString();

    QVERIFY(supervisor.open(QStringLiteral("ap_supervisor")).ok());
    auto who = StaffIdentity::load(QSqlDatabase::database(QStringLiteral("ap_supervisor"), false));
    QVERIFY(who.ok());
    Session session(supervisor, QStringLiteral("ap_supervisor"), *who);
    SupervisorPage page(&session);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCustomPeriod(day, day);
    UnusualAccessPanel *panel = page.unusualAccessPanel();
    QVERIFY(panel);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("tabs"));
    const int index = tabs->indexOf(panel);
    QVERIFY(index >= 0);
    QVERIFY(tabs->tabText(index).remove(QLatin1Char('&')).contains(QStringLiteral("Unusual")));
    tabs->setCurrentIndex(index);

    QTableWidget *table = panel->table();
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY2(table->item(0, 0)->text().contains(clerkName), qPrintable(table->item(0, 0)->text()));
    QCOMPARE(table->item(0, 2)->text(),
             UnusualAccessPanel::ruleLabel(UnusualAccessRule::OtherBranchOpens));
    QVERIFY2(table->item(0, 3)->text().contains(QStringLiteral("25")),
             qPrintable(table->item(0, 3)->text()));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("10/03/2026 09:00"));

    // A higher limit on the panel: nobody is flagged any more.
    auto *limit = panel->findChild<QSpinBox *>(QStringLiteral("otherBranchSpin"));
    limit->setValue(26);
    emit limit->editingFinished();
    QTRY_COMPARE(table->rowCount(), 0);
    QVERIFY(!panel->statusText().isEmpty());
}

QTEST_MAIN(TestAccessPanel)
#include "test_accesspanel.moc"
