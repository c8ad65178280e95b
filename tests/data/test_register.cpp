// The register (Sổ theo dõi hồ sơ) of a unit and period against the real
// server: one row per dossier received, with its transfer and return times.
#include "testdatabase.h"

#include "core/vntime.h"
#include "data/catalog.h"
#include "data/dossierrepository.h"
#include "data/intakerepository.h"
#include "data/registerrepository.h"

#include <QBuffer>

using namespace Motcua;
using namespace Motcua::Test;

class TestRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rowsOfUnitAndPeriod_data();
    void rowsOfUnitAndPeriod();
    void eventTimesAndNotes();
    void invalidPeriodIsRefused();
    void csvForExcel();
    void receivingUnitsListed();

private:
    DossierDetail receive(const QString &name, const QString &idNumber);
    DossierRepository repoAs(const QString &who);
    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    Procedure m_procedure;
    StaffIdentity m_clerk;
    QList<DossierDetail> m_received;
};

void TestRegister::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("clerk"), m_db->createStaff(QStringLiteral("clerk")));
    auto db = m_staff.value(QStringLiteral("clerk")).open(QStringLiteral("register_clerk"));
    QVERIFY(db.ok());
    m_clerk = *StaffIdentity::load(*db);
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

    // Three dossiers: one left received, one transferred, one returned.
    m_received << receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("079203001111"))
               << receive(QStringLiteral("Trần Thị Bình"), QStringLiteral("079303002222"))
               << receive(QStringLiteral("Lê \"Út\", Cường"), QStringLiteral("079203003333"));
    DossierDetail &t = m_received[1];
    t = *repoAs(QStringLiteral("clerk"))
                 .apply(t.summary.id, t.version, DossierAction::Transfer, {});
    DossierDetail &r = m_received[2];
    auto step = [&](const QString &who, DossierAction a, const ActionInput &in = {}) {
        auto next = repoAs(who).apply(r.summary.id, r.version, a, in);
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().describe()));
        r = *next;
    };
    step(QStringLiteral("clerk"), DossierAction::Transfer);
    step(QStringLiteral("department"), DossierAction::StartProcessing);
    step(QStringLiteral("department"), DossierAction::MarkReady);
    ActionInput h;
    h.handover.channel = QStringLiteral("applicant");
    h.note = QStringLiteral("Nhận đủ kết quả");
    step(QStringLiteral("clerk"), DossierAction::Return, h);
}

void TestRegister::cleanupTestCase()
{
    m_db.reset();
}

DossierRepository TestRegister::repoAs(const QString &who)
{
    const QString conn = QStringLiteral("register_") + who;
    QSqlDatabase db = QSqlDatabase::contains(conn) ? QSqlDatabase::database(conn)
                                                   : *m_staff.value(who).open(conn);
    return DossierRepository(db, *StaffIdentity::load(db));
}

DossierDetail TestRegister::receive(const QString &name, const QString &idNumber)
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("register_clerk"));
    IntakeDraft d;
    d.procedureId = m_procedure.id;
    d.applicant.fullName = name;
    d.applicant.idNumber = idNumber;
    for (const ChecklistItem &c : m_procedure.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    auto r = IntakeRepository(db).receive(
            d, m_procedure, {m_clerk.unitId, m_clerk.counterId}, QDateTime::currentDateTime(), 60);
    if (!r)
        qWarning() << r.error().describe();
    return *repoAs(QStringLiteral("clerk")).load(r->code);
}

void TestRegister::rowsOfUnitAndPeriod_data()
{
    QTest::addColumn<int>("fromDays"); // relative to today
    QTest::addColumn<int>("toDays");
    QTest::addColumn<bool>("ownUnit");
    QTest::addColumn<int>("expected");
    QTest::newRow("today") << 0 << 0 << true << 3;
    QTest::newRow("this week up to today") << -6 << 0 << true << 3;
    QTest::newRow("yesterday") << -1 << -1 << true << 0;
    QTest::newRow("tomorrow") << 1 << 1 << true << 0;
    QTest::newRow("another unit today") << 0 << 0 << false << 0;
}

void TestRegister::rowsOfUnitAndPeriod()
{
    QFETCH(int, fromDays);
    QFETCH(int, toDays);
    QFETCH(bool, ownUnit);
    QFETCH(int, expected);
    int unit = m_clerk.unitId;
    if (!ownUnit) {
        QSqlQuery q(m_db->open());
        QVERIFY_SQL(q,
                    exec(QStringLiteral("SELECT id FROM units WHERE kind = 'branch' AND id <> %1 "
                                        "LIMIT 1")
                                 .arg(m_clerk.unitId)));
        QVERIFY(q.next());
        unit = q.value(0).toInt();
    }
    // The day of receipt is the Vietnam day.
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    auto rows = RegisterRepository(QSqlDatabase::database(QStringLiteral("register_clerk")))
                        .rows(unit, today.addDays(fromDays), today.addDays(toDays));
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().describe()));
    QCOMPARE(rows->size(), expected);
    if (expected == 3) {
        QStringList codes;
        for (const RegisterRow &r : *rows)
            codes << r.code;
        QCOMPARE(codes,
                 (QStringList{m_received.at(0).summary.code,
                              m_received.at(1).summary.code,
                              m_received.at(2).summary.code}));
    }
}

void TestRegister::eventTimesAndNotes()
{
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    auto rows = RegisterRepository(QSqlDatabase::database(QStringLiteral("register_clerk")))
                        .rows(m_clerk.unitId, today, today);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    const RegisterRow &open = rows->at(0);
    QCOMPARE(open.applicantName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(open.procedureCode, m_procedure.code);
    QCOMPARE(open.receivedAt, m_received.at(0).summary.receivedAt);
    QCOMPARE(open.dueAt, m_received.at(0).summary.dueAt);
    QVERIFY(!open.transferredAt.isValid());
    QVERIFY(!open.returnedAt.isValid());
    QCOMPARE(open.state, QStringLiteral("received"));

    const RegisterRow &transferred = rows->at(1);
    QCOMPARE(transferred.transferredAt, m_received.at(1).events.at(1).at);
    QVERIFY(!transferred.returnedAt.isValid());
    QCOMPARE(transferred.state, QStringLiteral("transferred"));

    const RegisterRow &returned = rows->at(2);
    QCOMPARE(returned.transferredAt, m_received.at(2).events.at(1).at);
    QCOMPARE(returned.returnedAt, m_received.at(2).events.last().at);
    QVERIFY(returned.returnedAt > returned.transferredAt);
    QCOMPARE(returned.state, QStringLiteral("returned"));
    QCOMPARE(returned.note, QStringLiteral("Nhận đủ kết quả"));
}

void TestRegister::invalidPeriodIsRefused()
{
    RegisterRepository repo(QSqlDatabase::database(QStringLiteral("register_clerk")));
    auto rows = repo.rows(m_clerk.unitId, QDate(2026, 3, 2), QDate(2026, 3, 1));
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, DbError::InvalidData);
}

void TestRegister::csvForExcel()
{
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    auto rows = RegisterRepository(QSqlDatabase::database(QStringLiteral("register_clerk")))
                        .rows(m_clerk.unitId, today, today);
    QVERIFY(rows.ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QStringList header{QStringLiteral("STT"),
                             QStringLiteral("Mã hồ sơ"),
                             QStringLiteral("Người nộp"),
                             QStringLiteral("Thủ tục"),
                             QStringLiteral("Ngày nhận"),
                             QStringLiteral("Hẹn trả"),
                             QStringLiteral("Chuyển"),
                             QStringLiteral("Trả"),
                             QStringLiteral("Ghi chú")};
    QVERIFY(writeRegisterCsv(
                    *rows, header, [](const QString &k) { return k.toUpper(); }, &buffer)
                    .ok());
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 5); // header, three rows, the empty string after the last CRLF
    QCOMPARE(lines.at(0).left(20), QStringLiteral("\"STT\",\"Mã hồ sơ\",\"Ng"));
    QVERIFY(lines.at(1).startsWith(
            QStringLiteral("\"1\",\"%1\",\"Nguyễn Văn An\"").arg(m_received.at(0).summary.code)));
    // Quotes in a value are doubled, commas stay inside the quoted field.
    QVERIFY2(lines.at(3).contains(QStringLiteral("\"Lê \"\"Út\"\", Cường\"")),
             qPrintable(lines.at(3)));
    QVERIFY(lines.at(3).endsWith(QStringLiteral("\"RETURNED — Nhận đủ kết quả\"")));
    QVERIFY(lines.at(4).isEmpty());
    const QString received = VnTime::toVietnam(m_received.at(0).summary.receivedAt)
                                     .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    QVERIFY(lines.at(1).contains(received));

    QBuffer closed;
    QVERIFY(!writeRegisterCsv(
                     *rows, header, [](const QString &k) { return k; }, &closed)
                     .ok());
}

void TestRegister::receivingUnitsListed()
{
    auto units = RegisterRepository(QSqlDatabase::database(QStringLiteral("register_clerk")))
                         .receivingUnits();
    QVERIFY(units.ok());
    bool own = false;
    for (const UnitRef &u : *units) {
        QVERIFY(u.kind != QLatin1String("department"));
        own = own || u.id == m_clerk.unitId;
    }
    QVERIFY(own);
}

QTEST_GUILESS_MAIN(TestRegister)
#include "test_register.moc"
