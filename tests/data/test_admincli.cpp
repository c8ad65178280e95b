// motcua-admin's dossier subcommands in-process, as a processing department's
// system would call them: the same rules, roles and events as the app.
#include "testdatabase.h"

#include "cli/dbcommands.h"
#include "cli/dossiercommands.h"
#include "cli/scorecardcommands.h"
#include "core/vntime.h"
#include "data/catalog.h"
#include "data/intakerepository.h"
#include "data/staffidentity.h"

using namespace Motcua;
using namespace Motcua::Test;

class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void dossierCommand_data();
    void dossierCommand();
    void scorecardCommand_data();
    void scorecardCommand();
    void scorecardRollMovesTheMark();

private:
    static QString dsn(const ConnectionSettings &s);
    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    QString m_code;
};

QString TestAdminCli::dsn(const ConnectionSettings &s)
{
    QStringList parts;
    const auto k = s.keywords();
    for (auto it = k.cbegin(); it != k.cend(); ++it)
        parts << it.key() + QStringLiteral("='") + it.value() + QLatin1Char('\'');
    return parts.join(QLatin1Char(' '));
}

void TestAdminCli::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("clerk"), m_db->createStaff(QStringLiteral("clerk")));
    m_staff.insert(QStringLiteral("supervisor"), m_db->createStaff(QStringLiteral("supervisor")));
    m_staff.insert(QStringLiteral("admin"), m_db->createStaff(QStringLiteral("admin")));
    {
        auto db = m_staff.value(QStringLiteral("clerk")).open(QStringLiteral("cli_clerk"));
        QVERIFY(db.ok());
        const StaffIdentity who = *StaffIdentity::load(*db);
        const Procedure p = CatalogRepository(*db).proceduresInForce(QDate::currentDate())->first();
        IntakeDraft d;
        d.procedureId = p.id;
        d.applicant.fullName = QStringLiteral("Đỗ Thị Giang");
        for (const ChecklistItem &c : p.checklist)
            d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
        auto r = IntakeRepository(*db).receive(
                d, p, {who.unitId, who.counterId}, QDateTime::currentDateTime(), 30);
        QVERIFY(r.ok());
        m_code = r->code;
        QSqlQuery q(*db);
        q.prepare(QStringLiteral("SELECT code FROM units WHERE id = ?"));
        q.addBindValue(p.departmentId);
        QVERIFY_SQL(q, exec());
        QVERIFY(q.next());
        m_staff.insert(QStringLiteral("department"),
                       m_db->createStaff(QStringLiteral("department"), q.value(0).toString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli_clerk"));
}

// Rows run in order: they walk one dossier through its life.
void TestAdminCli::dossierCommand_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expect"); // in stdout (exit 0) or stderr
    auto row = [](const char *name, const char *who, QStringList args, int code, QString expect) {
        QTest::newRow(name) << QString::fromLatin1(who) << args << code << expect;
    };
    row("show",
        "clerk",
        {QStringLiteral("show"), QStringLiteral("CODE")},
        0,
        QStringLiteral("state=received"));
    row("department cannot start before transfer",
        "department",
        {QStringLiteral("status"), QStringLiteral("CODE"), QStringLiteral("processing")},
        1,
        QStringLiteral("Transferred"));
    row("clerk transfers",
        "clerk",
        {QStringLiteral("status"), QStringLiteral("CODE"), QStringLiteral("transferred")},
        0,
        QStringLiteral("state=transferred"));
    row("clerk cannot mark ready",
        "clerk",
        {QStringLiteral("status"), QStringLiteral("CODE"), QStringLiteral("ready")},
        1,
        QStringLiteral("In processing"));
    row("department processes",
        "department",
        {QStringLiteral("status"),
         QStringLiteral("CODE"),
         QStringLiteral("processing"),
         QStringLiteral("--note"),
         QStringLiteral("Đã phân công chuyên viên")},
        0,
        QStringLiteral("state=in_processing"));
    row("extension needs a reason",
        "department",
        {QStringLiteral("status"),
         QStringLiteral("CODE"),
         QStringLiteral("extended"),
         QStringLiteral("--new-due"),
         QStringLiteral("2058-03-06T16:00")},
        1,
        QStringLiteral("reason"));
    row("extension",
        "department",
        {QStringLiteral("status"),
         QStringLiteral("CODE"),
         QStringLiteral("extended"),
         QStringLiteral("--new-due"),
         QStringLiteral("2058-03-06T16:00"),
         QStringLiteral("--note"),
         QStringLiteral("Cần xác minh")},
        0,
        QStringLiteral("due=2058-03-06T16:00"));
    row("bad new due",
        "department",
        {QStringLiteral("status"),
         QStringLiteral("CODE"),
         QStringLiteral("extended"),
         QStringLiteral("--new-due"),
         QStringLiteral("2099-13-05")},
        2,
        QStringLiteral("--new-due"));
    row("unknown state",
        "department",
        {QStringLiteral("status"), QStringLiteral("CODE"), QStringLiteral("finished")},
        2,
        QStringLiteral("finished"));
    row("ready",
        "department",
        {QStringLiteral("status"), QStringLiteral("CODE"), QStringLiteral("ready")},
        0,
        QStringLiteral("state=ready"));
    row("unknown code",
        "department",
        {QStringLiteral("status"),
         QStringLiteral("000.00.31.H29-990101-0001"),
         QStringLiteral("ready")},
        1,
        QStringLiteral("000.00.31.H29-990101-0001"));
    row("control sheet",
        "clerk",
        {QStringLiteral("show"), QStringLiteral("CODE")},
        0,
        QStringLiteral("event="));
}

void TestAdminCli::dossierCommand()
{
    QFETCH(QString, who);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expect);
    args.replaceInStrings(QStringLiteral("CODE"), m_code);
    QStringList dsnArgs{QStringLiteral("--dsn"), dsn(m_staff.value(who))};
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QVERIFY(Cli::takeDsnOption(dsnArgs, err));
    const int code = Cli::dossierCommand(args, out, err);
    out.flush();
    err.flush();
    QVERIFY2(code == exitCode,
             qPrintable(QStringLiteral("exit %1: %2 %3").arg(code).arg(outText, errText)));
    QVERIFY2((exitCode == 0 ? outText : errText).contains(expect), qPrintable(outText + errText));
}

// The scorecard from the command line: the dossier received above is counted
// for the clerk's unit; rebuilding is for administrators only.
void TestAdminCli::scorecardCommand_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expect");
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const QStringList period{QStringLiteral("--from"), yesterday, QStringLiteral("--to"), tomorrow};
    QTest::newRow("show ranks the branches")
            << "supervisor" << (QStringList{QStringLiteral("show")} + period) << 0
            << QStringLiteral("rank\tscore\treceived");
    QTest::newRow("report II.06a counts the receipt")
            << "supervisor" << (QStringList{QStringLiteral("report")} + period) << 0
            << QStringLiteral("\"TOTAL\",1,0,1,");
    QTest::newRow("no period") << "supervisor" << QStringList{QStringLiteral("show")} << 2
                               << QStringLiteral("--from");
    QTest::newRow("unknown unit") << "supervisor"
                                  << (QStringList{QStringLiteral("show"),
                                                  QStringLiteral("--unit"),
                                                  QStringLiteral("999.99.99.X")}
                                      + period)
                                  << 1 << QStringLiteral("999.99.99.X");
    QTest::newRow("clerk may not rebuild")
            << "clerk" << QStringList{QStringLiteral("rebuild")} << 1 << QString();
    QTest::newRow("administrator rebuilds")
            << "admin" << QStringList{QStringLiteral("rebuild")} << 0 << QStringLiteral("rebuilt");
    // The supervisor's standby path: --read-from names the server the figures
    // come from. The throwaway test server is a primary, so it says so; the
    // standby itself is proven by scripts/failover.sh.
    const QString self = dsn(m_staff.value(QStringLiteral("supervisor")));
    const QStringList show = QStringList{QStringLiteral("show")} + period;
    QTest::newRow("read-from says how fresh")
            << "supervisor" << (show + QStringList{QStringLiteral("--read-from"), self}) << 0
            << QStringLiteral("freshness\tprimary\tlag_s=0\n");
    QTest::newRow("read-from still ranks")
            << "supervisor" << (show + QStringList{QStringLiteral("--read-from"), self}) << 0
            << QStringLiteral("rank\tscore\treceived");
    QTest::newRow("read-from for show only") << "supervisor"
                                             << (QStringList{QStringLiteral("report")} + period
                                                 + QStringList{QStringLiteral("--read-from"), self})
                                             << 2 << QStringLiteral("--read-from");
    QTest::newRow("read-from malformed")
            << "supervisor"
            << (show + QStringList{QStringLiteral("--read-from"), QStringLiteral("nonsense")}) << 2
            << QStringLiteral("--read-from: ");
    QTest::newRow("read-from unreachable")
            << "supervisor"
            << (show
                + QStringList{QStringLiteral("--read-from"),
                              QStringLiteral("host=127.0.0.1 port=1 connect_timeout=2")})
            << 3 << QStringLiteral("--read-from: ");
    // Rolling the ended months up: any staff member, for a cron on the 1st.
    const QDate vnToday = VnTime::toVietnam(QDateTime::currentDateTimeUtc()).date();
    const QString thisMonth = QDate(vnToday.year(), vnToday.month(), 1).toString(Qt::ISODate);
    QTest::newRow("roll prints the mark") << "clerk" << QStringList{QStringLiteral("roll")} << 0
                                          << QStringLiteral("months_before=%1\n").arg(thisMonth);
    QTest::newRow("roll for show only")
            << "admin" << QStringList{QStringLiteral("roll"), QStringLiteral("--read-from"), self}
            << 2 << QStringLiteral("--read-from");
    Q_UNUSED(today);
}

void TestAdminCli::scorecardCommand()
{
    QFETCH(QString, who);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expect);
    QStringList dsnArgs{QStringLiteral("--dsn"), dsn(m_staff.value(who))};
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QVERIFY(Cli::takeDsnOption(dsnArgs, err));
    const int code = Cli::scorecardCommand(args, out, err);
    out.flush();
    err.flush();
    QVERIFY2(code == exitCode,
             qPrintable(QStringLiteral("exit %1: %2 %3").arg(code).arg(outText, errText)));
    QVERIFY2((exitCode == 0 ? outText : errText).contains(expect), qPrintable(outText + errText));
}

// A month end not rolled up yet (the mark set back two months by the
// superuser, as if nobody had opened the scorecard since): the roll adds the
// days up into their months and moves the mark to this month.
void TestAdminCli::scorecardRollMovesTheMark()
{
    const QDate vnToday = VnTime::toVietnam(QDateTime::currentDateTimeUtc()).date();
    const QDate thisMonth(vnToday.year(), vnToday.month(), 1);
    QSqlDatabase su = m_db->open(QStringLiteral("cli_roll"));
    QSqlQuery q(su);
    // One receipt counted on a day of the month before last.
    q.prepare(QStringLiteral("UPDATE scorecard_days SET day = ? WHERE day = ("
                             "SELECT max(day) FROM scorecard_days)"));
    q.addBindValue(thisMonth.addMonths(-2).addDays(4));
    QVERIFY_SQL(q, exec());
    q.prepare(QStringLiteral("UPDATE scorecard_rollup SET months_before = ?"));
    q.addBindValue(thisMonth.addMonths(-2));
    QVERIFY_SQL(q, exec());
    QVERIFY_SQL(q, exec(QStringLiteral("DELETE FROM scorecard_months")));

    QStringList dsnArgs{QStringLiteral("--dsn"), dsn(m_staff.value(QStringLiteral("supervisor")))};
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QVERIFY(Cli::takeDsnOption(dsnArgs, err));
    const int code = Cli::scorecardCommand({QStringLiteral("roll")}, out, err);
    out.flush();
    err.flush();
    QVERIFY2(code == 0, qPrintable(outText + errText));
    QCOMPARE(outText, QStringLiteral("months_before=%1\n").arg(thisMonth.toString(Qt::ISODate)));
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT (SELECT months_before FROM scorecard_rollup), "
                                    "(SELECT string_agg(day::text || ':' || received_in_person, "
                                    "',') FROM scorecard_months)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDate(), thisMonth);
    QCOMPARE(q.value(1).toString(),
             thisMonth.addMonths(-2).toString(Qt::ISODate) + QStringLiteral(":1"));
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "test_admincli.moc"
