// A dossier's life against the real server: every change an event, by the
// rules and roles of the lifecycle, with a version check between clerks.
#include "testdatabase.h"

#include "data/catalog.h"
#include "data/dossierrepository.h"
#include "data/intakerepository.h"
#include "data/ratingrepository.h"

using namespace Motcua;
using namespace Motcua::Test;

class TestDossier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullLifeToReturnAndRating();
    void illegalChangesAreRefusedWithReason_data();
    void illegalChangesAreRefusedWithReason();
    void twoClerksAtOnceOnlyOneWins();
    void departmentOnlyItsOwnDossiers();
    void findByCodeIdAndName_data();
    void findByCodeIdAndName();

private:
    DossierDetail receive(const QString &name, const QString &idNumber);
    DossierRepository repoAs(const QString &who);
    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    Procedure m_procedure;
};

void TestDossier::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("clerk"), m_db->createStaff(QStringLiteral("clerk")));
    m_staff.insert(QStringLiteral("clerk2"),
                   m_db->createStaff(QStringLiteral("clerk"), {}, QStringLiteral("2")));
    m_staff.insert(QStringLiteral("supervisor"), m_db->createStaff(QStringLiteral("supervisor")));
    auto db = m_staff.value(QStringLiteral("clerk")).open(QStringLiteral("dossier_clerk"));
    QVERIFY(db.ok());
    auto procedures = CatalogRepository(*db).proceduresInForce(QDate::currentDate());
    QVERIFY(procedures.ok());
    m_procedure = procedures->first();
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT code FROM units WHERE id = ?"));
    q.addBindValue(m_procedure.departmentId);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    m_staff.insert(QStringLiteral("department"),
                   m_db->createStaff(QStringLiteral("department"), q.value(0).toString()));
    QVERIFY_SQL(
            q,
            exec(QStringLiteral(
                         "SELECT code FROM units WHERE kind = 'department' AND id <> %1 LIMIT 1")
                         .arg(m_procedure.departmentId)));
    QVERIFY(q.next());
    m_staff.insert(QStringLiteral("otherdept"),
                   m_db->createStaff(QStringLiteral("department"),
                                     q.value(0).toString(),
                                     QStringLiteral("x")));
}

void TestDossier::cleanupTestCase()
{
    m_db.reset();
}

DossierRepository TestDossier::repoAs(const QString &who)
{
    const QString conn = QStringLiteral("dossier_") + who;
    QSqlDatabase db = QSqlDatabase::contains(conn) ? QSqlDatabase::database(conn)
                                                   : *m_staff.value(who).open(conn);
    return DossierRepository(db, *StaffIdentity::load(db));
}

DossierDetail TestDossier::receive(const QString &name, const QString &idNumber)
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("dossier_clerk"));
    const StaffIdentity who = *StaffIdentity::load(db);
    IntakeDraft d;
    d.procedureId = m_procedure.id;
    d.applicant.fullName = name;
    d.applicant.idNumber = idNumber;
    for (const ChecklistItem &c : m_procedure.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    auto r = IntakeRepository(db).receive(
            d, m_procedure, {who.unitId, who.counterId}, QDateTime::currentDateTime(), 60);
    if (!r)
        qWarning() << r.error().describe();
    return *repoAs(QStringLiteral("clerk")).load(r->code);
}

void TestDossier::fullLifeToReturnAndRating()
{
    DossierDetail d = receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("079203001111"));
    auto step = [&](const QString &who, DossierAction a, ActionInput in = {}) {
        auto r = repoAs(who).apply(d.summary.id, d.version, a, in);
        if (r)
            d = *r;
        return r.ok() ? QString() : r.error().message;
    };
    QCOMPARE(step(QStringLiteral("clerk"), DossierAction::Transfer), QString());
    QCOMPARE(step(QStringLiteral("department"), DossierAction::StartProcessing), QString());
    ActionInput reason;
    reason.note = QStringLiteral("Thiếu bản sao giấy khai sinh");
    QCOMPARE(step(QStringLiteral("department"), DossierAction::RequestSupplement, reason),
             QString());
    QVERIFY(d.pausedSince.isValid());
    QCOMPARE(d.summary.state, DossierState::AwaitingSupplement);
    QCOMPARE(step(QStringLiteral("clerk"), DossierAction::ReceiveSupplement), QString());
    QVERIFY(!d.pausedSince.isValid());
    QVERIFY(d.summary.dueAt >= d.events.first().dueAtThen);
    ActionInput extend;
    extend.note = QStringLiteral("Cần xác minh thêm");
    extend.newDue = d.summary.dueAt.addDays(7);
    const QDateTime oldDue = d.summary.dueAt;
    QCOMPARE(step(QStringLiteral("department"), DossierAction::Extend, extend), QString());
    QCOMPARE(d.summary.dueAt, extend.newDue);
    QVERIFY(d.dueHistory.contains(oldDue));
    QCOMPARE(step(QStringLiteral("department"), DossierAction::MarkReady), QString());
    ActionInput handover;
    handover.handover.channel = QStringLiteral("applicant");
    QCOMPARE(step(QStringLiteral("clerk"), DossierAction::Return, handover), QString());
    QCOMPARE(d.summary.state, DossierState::Returned);
    QVERIFY(d.finishedAt.isValid());
    QVERIFY(d.handover.has_value());

    // The control sheet: one event per step, in order, each with its actor.
    QStringList kinds;
    for (const DossierEvent &e : d.events)
        kinds << e.kind;
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("received"),
                          QStringLiteral("transferred"),
                          QStringLiteral("processing"),
                          QStringLiteral("supplement"),
                          QStringLiteral("supplemented"),
                          QStringLiteral("extended"),
                          QStringLiteral("ready"),
                          QStringLiteral("returned")}));
    QCOMPARE(d.events.at(2).actor, m_staff.value(QStringLiteral("department")).user);
    QCOMPARE(d.events.at(5).note, QStringLiteral("Cần xác minh thêm"));
    QCOMPARE(d.events.at(1).dueAtThen,
             oldDue <= d.events.at(1).dueAtThen ? d.events.at(1).dueAtThen : oldDue);

    // The clerk does not rate (migration 0021): receipt and handover wait for
    // the citizen, and the clerk's own rating is refused.
    QSqlDatabase clerkDb = QSqlDatabase::database(QStringLiteral("dossier_clerk"));
    auto ratings = RatingRepository(clerkDb).ratingsOf(d.summary.id);
    QVERIFY(ratings.ok());
    QCOMPARE(ratings->size(), 2);
    QCOMPARE(ratings->at(0).occasion, RatingOccasion::Receipt);
    QCOMPARE(ratings->at(1).occasion, RatingOccasion::Handover);
    for (const CitizenRating &r : *ratings) {
        QVERIFY(!r.level);
        QCOMPARE(r.state, RatingRequestState::Open);
    }
    QVERIFY(!RatingRepository(clerkDb)
                     .rate(d.summary.id, RatingOccasion::Handover, RatingLevel::VerySatisfied)
                     .ok());
    QVERIFY(repoAs(QStringLiteral("clerk")).loadById(d.summary.id)->rating.isEmpty());
}

void TestDossier::illegalChangesAreRefusedWithReason_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("why");
    QTest::newRow("return before ready") << "clerk" << int(DossierAction::Return) << ""
                                         << "Ready for return";
    QTest::newRow("clerk starts processing") << "clerk" << int(DossierAction::StartProcessing) << ""
                                             << "Transferred to the department";
    QTest::newRow("withdraw without reason") << "clerk" << int(DossierAction::Withdraw) << ""
                                             << "reason";
    QTest::newRow("department returns") << "department" << int(DossierAction::Return) << ""
                                        << "Ready";
}

void TestDossier::illegalChangesAreRefusedWithReason()
{
    QFETCH(QString, who);
    QFETCH(int, action);
    QFETCH(QString, note);
    QFETCH(QString, why);
    const DossierDetail d
            = receive(QStringLiteral("Trần Thị Bình"), QStringLiteral("079203002222"));
    ActionInput in;
    in.note = note;
    auto r = repoAs(who).apply(d.summary.id, d.version, DossierAction(action), in);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
    const DossierDetail after = *repoAs(QStringLiteral("clerk")).loadById(d.summary.id);
    QCOMPARE(after.version, d.version);
    QCOMPARE(after.events.size(), d.events.size());
}

void TestDossier::twoClerksAtOnceOnlyOneWins()
{
    const DossierDetail d = receive(QStringLiteral("Lê Văn Cường"), QStringLiteral("079203003333"));
    auto first = repoAs(QStringLiteral("clerk"))
                         .apply(d.summary.id, d.version, DossierAction::Transfer, {});
    ActionInput w;
    w.note = QStringLiteral("Người nộp rút hồ sơ");
    auto second = repoAs(QStringLiteral("clerk2"))
                          .apply(d.summary.id, d.version, DossierAction::Withdraw, w);
    QVERIFY(first.ok());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, DbError::Conflict);
    QVERIFY2(second.error().message.contains(stateLabel(DossierState::Transferred)),
             qPrintable(second.error().message));
    QCOMPARE(repoAs(QStringLiteral("clerk")).loadById(d.summary.id)->summary.state,
             DossierState::Transferred);
}

void TestDossier::departmentOnlyItsOwnDossiers()
{
    DossierDetail d = receive(QStringLiteral("Phạm Thị Dung"), QStringLiteral("079203004444"));
    d = *repoAs(QStringLiteral("clerk"))
                 .apply(d.summary.id, d.version, DossierAction::Transfer, {});
    auto r = repoAs(QStringLiteral("otherdept"))
                     .apply(d.summary.id, d.version, DossierAction::StartProcessing, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, DbError::PermissionDenied);
    QCOMPARE(repoAs(QStringLiteral("clerk")).loadById(d.summary.id)->summary.state,
             DossierState::Transferred);
}

void TestDossier::findByCodeIdAndName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectName");
    QTest::newRow("scanned code, lower case") << "CODE" << QStringLiteral("Võ Minh Em");
    QTest::newRow("CCCD") << "079203005555" << QStringLiteral("Võ Minh Em");
    QTest::newRow("unaccented name start") << "vo minh" << QStringLiteral("Võ Minh Em");
    QTest::newRow("accented name") << QStringLiteral("Võ Minh Em") << QStringLiteral("Võ Minh Em");
}

void TestDossier::findByCodeIdAndName()
{
    QFETCH(QString, query);
    QFETCH(QString, expectName);
    static QString code;
    if (code.isEmpty())
        code = receive(QStringLiteral("Võ Minh Em"), QStringLiteral("079203005555")).summary.code;
    if (query == QLatin1String("CODE"))
        query = QStringLiteral("  ") + code.toLower() + QStringLiteral(" ");
    auto found = repoAs(QStringLiteral("supervisor")).find(query);
    QVERIFY(found.ok());
    QVERIFY(!found->isEmpty());
    QCOMPARE(found->first().applicantName, expectName);
    QCOMPARE(found->first().code, code);
}

QTEST_GUILESS_MAIN(TestDossier)
#include "test_dossier.moc"
