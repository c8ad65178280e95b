// Ratings come from the citizen (migration 0021): only a rating device writes
// them, through motcua_rate(), which checks the device's counter, the time
// window and "once", and takes unit, counter and clerk from the receipt or
// handover. Each rule is tried against the real server, as each role.
#include "intakedrafts.h"
#include "testdatabase.h"

#include "data/catalog.h"
#include "data/intakerepository.h"
#include "data/ratingrepository.h"
#include "data/staffidentity.h"

using namespace Motcua;
using namespace Motcua::Test;

class TestRating : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void terminalRatesItsCountersReceipt();
    void handoverRatedOnceWithTheClerkWhoServed();
    void wrongCountersTerminalRefused();
    void afterTheWindowRefused();
    void kioskRatesLaterByCode();
    void kioskWindowEnds();
    void postHandoverIsNotRated();
    void pendingIsTheCountersLatest();
    void staffMayNotRate_data();
    void staffMayNotRate();
    void devicesReadNothingElse_data();
    void devicesReadNothingElse();
    void clerkSeesTheCitizensRating();

private:
    QSqlDatabase conn(const QString &who);
    RatingRepository ratings(const QString &who) { return RatingRepository(conn(who)); }
    // Received by the clerk at their counter, `secondsAgo` ago (the outbox
    // sends a receipt with the time it was made).
    qint64 receive(const QString &name, qint64 secondsAgo = 0);
    // A handover of the dossier at a counter (written by the fixture).
    void handOver(qint64 dossierId,
                  const QString &interval = QStringLiteral("0 seconds"),
                  const QString &channel = QStringLiteral("applicant"),
                  int counterId = 0);
    QString rowOf(qint64 dossierId, const QString &occasion);

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_roles;
    StaffIdentity m_clerk;
    Procedure m_procedure;
    int m_otherCounter = 0;
};

QSqlDatabase TestRating::conn(const QString &who)
{
    const QString name = QStringLiteral("rating_") + who;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    auto db = m_roles.value(who).open(name);
    return db ? *db : QSqlDatabase();
}

void TestRating::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    for (const char *job : {"clerk", "supervisor", "admin"})
        m_roles.insert(QLatin1String(job), m_db->createStaff(QLatin1String(job)));
    auto clerk = StaffIdentity::load(conn(QStringLiteral("clerk")));
    QVERIFY(clerk.ok());
    m_clerk = *clerk;
    QVERIFY(m_clerk.counterId > 0);
    auto procedures = CatalogRepository(conn(QStringLiteral("clerk")))
                              .proceduresInForce(QDate::currentDate());
    QVERIFY(procedures.ok());
    m_procedure = procedures->first();
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT u.code FROM units u WHERE u.id = ?"));
    q.addBindValue(m_procedure.departmentId);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    m_roles.insert(QStringLiteral("department"),
                   m_db->createStaff(QStringLiteral("department"), q.value(0).toString()));
    q.prepare(QStringLiteral("SELECT id FROM counters WHERE id <> ? ORDER BY unit_id <> ?, id "
                             "LIMIT 1"));
    q.addBindValue(m_clerk.counterId);
    q.addBindValue(m_clerk.unitId);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    m_otherCounter = q.value(0).toInt();
    m_roles.insert(QStringLiteral("terminal"),
                   m_db->createRatingDevice(QStringLiteral("counter"), m_clerk.counterId));
    m_roles.insert(QStringLiteral("other_terminal"),
                   m_db->createRatingDevice(
                           QStringLiteral("counter"), m_otherCounter, 0, QStringLiteral("other")));
    // A kiosk of another unit than the clerk's: any unit's kiosk rates.
    q.prepare(QStringLiteral("SELECT id FROM units WHERE id <> ? AND kind <> 'department' "
                             "ORDER BY id LIMIT 1"));
    q.addBindValue(m_clerk.unitId);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    m_roles.insert(QStringLiteral("kiosk"),
                   m_db->createRatingDevice(QStringLiteral("kiosk"), 0, q.value(0).toInt()));
}

void TestRating::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestRating::receive(const QString &name, qint64 secondsAgo)
{
    const IntakeDraft d = completeDraft(m_procedure, name);
    auto r = IntakeRepository(conn(QStringLiteral("clerk")))
                     .receive(d,
                              m_procedure,
                              {m_clerk.unitId, m_clerk.counterId},
                              QDateTime::currentDateTime(),
                              60);
    if (!r) {
        qWarning() << r.error().describe();
        return 0;
    }
    if (secondsAgo > 0) {
        // The server dates every receipt (0017): the fixture moves it back.
        QSqlQuery q(m_db->open());
        q.prepare(QStringLiteral("UPDATE dossiers SET received_at = now() - ? * interval '1 s' "
                                 "WHERE id = ?"));
        q.addBindValue(secondsAgo);
        q.addBindValue(r->id);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return 0;
        }
    }
    return r->id;
}

void TestRating::handOver(qint64 dossierId,
                          const QString &interval,
                          const QString &channel,
                          int counterId)
{
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral(
            "INSERT INTO handovers (dossier_id, at, channel, tracking_number, unit_id, "
            "counter_id, clerk) SELECT ?, now() - ?::interval, ?, 'RR1', c.unit_id, c.id, ? "
            "FROM counters c WHERE c.id = ?"));
    q.addBindValue(dossierId);
    q.addBindValue(interval);
    q.addBindValue(channel);
    q.addBindValue(m_clerk.roleName);
    q.addBindValue(counterId ? counterId : m_clerk.counterId);
    QVERIFY_SQL(q, exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

// "level unit counter staff via device" of the dossier's rating, or empty.
QString TestRating::rowOf(qint64 dossierId, const QString &occasion)
{
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT level, unit_id, counter_id, staff, via, device FROM ratings "
                             "WHERE dossier_id = ? AND occasion = ?"));
    q.addBindValue(dossierId);
    q.addBindValue(occasion);
    if (!q.exec() || !q.next())
        return QString();
    QStringList parts;
    for (int i = 0; i < 6; ++i)
        parts << q.value(i).toString();
    return parts.join(QLatin1Char(' '));
}

void TestRating::terminalRatesItsCountersReceipt()
{
    const qint64 id = receive(QStringLiteral("Nguyễn Văn Nhận"));
    QVERIFY(id > 0);
    auto pending = ratings(QStringLiteral("terminal")).pending();
    QVERIFY2(pending.ok(), qPrintable(pending.ok() ? QString() : pending.error().describe()));
    QVERIFY(pending->has_value());
    QCOMPARE((*pending)->dossierId, id);
    QCOMPARE((*pending)->occasion, RatingOccasion::Receipt);
    QCOMPARE((*pending)->clerkName, QStringLiteral("Test clerk"));
    QCOMPARE((*pending)->procedureName, m_procedure.name);
    QVERIFY((*pending)->expiresAt > QDateTime::currentDateTime().addSecs(9 * 60));
    auto device = ratings(QStringLiteral("terminal")).terminal();
    QVERIFY(device.ok());
    QVERIFY(!device->kiosk);

    QVERIFY(ratings(QStringLiteral("terminal"))
                    .rate(id, RatingOccasion::Receipt, RatingLevel::Unsatisfied)
                    .ok());
    // Unit, counter and clerk of the receipt; the device that took it.
    QCOMPARE(rowOf(id, QStringLiteral("receipt")),
             QStringLiteral("unsatisfied %1 %2 %3 terminal %4")
                     .arg(m_clerk.unitId)
                     .arg(m_clerk.counterId)
                     .arg(m_clerk.roleName, m_roles.value(QStringLiteral("terminal")).user));
    // Rated: nothing pending any more.
    pending = ratings(QStringLiteral("terminal")).pending();
    QVERIFY(pending.ok());
    QVERIFY(!pending->has_value());
    // Counted for the clerk who served, on the scorecard.
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT sum(rated_unsatisfied) FROM scorecard_days "
                             "WHERE unit_id = ? AND counter_id = ? AND clerk = ?"));
    q.addBindValue(m_clerk.unitId);
    q.addBindValue(m_clerk.counterId);
    q.addBindValue(m_clerk.roleName);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestRating::handoverRatedOnceWithTheClerkWhoServed()
{
    const qint64 id = receive(QStringLiteral("Trần Thị Trả"), 3 * 86400);
    QVERIFY(id > 0);
    handOver(id);
    auto pending = ratings(QStringLiteral("terminal")).pending();
    QVERIFY(pending.ok() && pending->has_value());
    QCOMPARE((*pending)->dossierId, id);
    QCOMPARE((*pending)->occasion, RatingOccasion::Handover);
    QVERIFY(ratings(QStringLiteral("terminal"))
                    .rate(id, RatingOccasion::Handover, RatingLevel::VerySatisfied)
                    .ok());
    // Twice: refused, the first answer stays.
    for (RatingLevel again : {RatingLevel::Unsatisfied, RatingLevel::VerySatisfied}) {
        const DbStatus twice
                = ratings(QStringLiteral("terminal")).rate(id, RatingOccasion::Handover, again);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, DbError::Duplicate);
        QCOMPARE(twice.error().sqlState, QString::fromLatin1(SqlState::UniqueViolation));
    }
    // Not from the kiosk either.
    const DbStatus kiosk = ratings(QStringLiteral("kiosk"))
                                   .rate(id, RatingOccasion::Handover, RatingLevel::Unsatisfied);
    QCOMPARE(kiosk.error().code, DbError::Duplicate);
    QCOMPARE(rowOf(id, QStringLiteral("handover")),
             QStringLiteral("very_satisfied %1 %2 %3 terminal %4")
                     .arg(m_clerk.unitId)
                     .arg(m_clerk.counterId)
                     .arg(m_clerk.roleName, m_roles.value(QStringLiteral("terminal")).user));
}

void TestRating::wrongCountersTerminalRefused()
{
    const qint64 id = receive(QStringLiteral("Lê Văn Sai Quầy"));
    QVERIFY(id > 0);
    handOver(id);
    for (RatingOccasion o : {RatingOccasion::Receipt, RatingOccasion::Handover}) {
        const DbStatus wrong
                = ratings(QStringLiteral("other_terminal")).rate(id, o, RatingLevel::Unsatisfied);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, DbError::PermissionDenied);
        QCOMPARE(wrong.error().sqlState, QString::fromLatin1(SqlState::InsufficientPrivilege));
        QVERIFY(rowOf(id, ratingOccasionKey(o)).isEmpty());
    }
    // The other counter's terminal is not shown this counter's request.
    auto pending = ratings(QStringLiteral("other_terminal")).pending();
    QVERIFY(pending.ok());
    QVERIFY(!pending->has_value() || (*pending)->dossierId != id);
    // A kiosk has no counter: it rates by code only.
    QCOMPARE(ratings(QStringLiteral("kiosk")).pending().error().code, DbError::PermissionDenied);
    QCOMPARE(ratings(QStringLiteral("terminal")).openFor(QStringLiteral("X")).error().code,
             DbError::PermissionDenied);
}

void TestRating::afterTheWindowRefused()
{
    const qint64 id = receive(QStringLiteral("Phạm Văn Muộn"), 11 * 60);
    QVERIFY(id > 0);
    handOver(id, QStringLiteral("11 minutes"));
    // A newer request at the counter would hide these; the check is the server's own.
    for (RatingOccasion o : {RatingOccasion::Receipt, RatingOccasion::Handover}) {
        const DbStatus late
                = ratings(QStringLiteral("terminal")).rate(id, o, RatingLevel::Satisfied);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().sqlState,
                 QString::fromLatin1(SqlState::ObjectNotInPrerequisiteState));
        QCOMPARE(late.error().code, DbError::InvalidData);
        QVERIFY(rowOf(id, ratingOccasionKey(o)).isEmpty());
    }
    auto pending = ratings(QStringLiteral("terminal")).pending();
    QVERIFY(pending.ok());
    QVERIFY(!pending->has_value() || (*pending)->dossierId != id);
    // Just inside the window: accepted.
    const qint64 inTime = receive(QStringLiteral("Phạm Văn Kịp"), 9 * 60);
    QVERIFY(ratings(QStringLiteral("terminal"))
                    .rate(inTime, RatingOccasion::Receipt, RatingLevel::Satisfied)
                    .ok());
}

void TestRating::kioskRatesLaterByCode()
{
    const qint64 id = receive(QStringLiteral("Hoàng Văn Sảnh"), 20 * 86400);
    QVERIFY(id > 0);
    handOver(id, QStringLiteral("2 days"));
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT code FROM dossiers WHERE id = ?"));
    q.addBindValue(id);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    const QString code = q.value(0).toString();
    // As the scanner types it (any case, stray spaces): both occasions, oldest first.
    auto open = ratings(QStringLiteral("kiosk")).openFor(QStringLiteral(" ") + code.toLower());
    QVERIFY2(open.ok(), qPrintable(open.ok() ? QString() : open.error().describe()));
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(0).occasion, RatingOccasion::Receipt);
    QCOMPARE(open->at(1).occasion, RatingOccasion::Handover);
    QCOMPARE(open->at(1).counterNumber, m_clerk.counterNumber);
    QCOMPARE(open->at(1).clerkName, QStringLiteral("Test clerk"));
    // Too late for the counter's terminal, in time for the kiosk.
    QCOMPARE(ratings(QStringLiteral("terminal"))
                     .rate(id, RatingOccasion::Handover, RatingLevel::Satisfied)
                     .error()
                     .sqlState,
             QString::fromLatin1(SqlState::ObjectNotInPrerequisiteState));
    QVERIFY(ratings(QStringLiteral("kiosk"))
                    .rate(id, RatingOccasion::Handover, RatingLevel::Satisfied)
                    .ok());
    QCOMPARE(rowOf(id, QStringLiteral("handover")),
             QStringLiteral("satisfied %1 %2 %3 kiosk %4")
                     .arg(m_clerk.unitId)
                     .arg(m_clerk.counterId)
                     .arg(m_clerk.roleName, m_roles.value(QStringLiteral("kiosk")).user));
    open = ratings(QStringLiteral("kiosk")).openFor(code);
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().occasion, RatingOccasion::Receipt);
    QVERIFY(ratings(QStringLiteral("kiosk")).openFor(QStringLiteral("NO-SUCH-CODE"))->isEmpty());
}

void TestRating::kioskWindowEnds()
{
    const qint64 id = receive(QStringLiteral("Đỗ Văn Quá Hạn"), 31 * 86400);
    QVERIFY(id > 0);
    const DbStatus late = ratings(QStringLiteral("kiosk"))
                                  .rate(id, RatingOccasion::Receipt, RatingLevel::Satisfied);
    QCOMPARE(late.error().sqlState, QString::fromLatin1(SqlState::ObjectNotInPrerequisiteState));
    QVERIFY(rowOf(id, QStringLiteral("receipt")).isEmpty());
}

void TestRating::postHandoverIsNotRated()
{
    const qint64 id = receive(QStringLiteral("Bùi Thị Bưu Điện"), 86400);
    QVERIFY(id > 0);
    handOver(id, QStringLiteral("0 seconds"), QStringLiteral("post"));
    const DbStatus post = ratings(QStringLiteral("terminal"))
                                  .rate(id, RatingOccasion::Handover, RatingLevel::Satisfied);
    QCOMPARE(post.error().code, DbError::NotFound);
    QCOMPARE(post.error().sqlState, QString::fromLatin1(SqlState::NoDataFound));
    // Nor a level or occasion the server does not know.
    const qint64 fresh = receive(QStringLiteral("Bùi Văn Lạ"));
    QSqlQuery q(conn(QStringLiteral("terminal")));
    q.prepare(QStringLiteral("SELECT * FROM motcua_rate(?, 'receipt', 'delighted')"));
    q.addBindValue(fresh);
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().nativeErrorCode(), QString::fromLatin1(SqlState::InvalidParameterValue));
}

void TestRating::pendingIsTheCountersLatest()
{
    const qint64 first = receive(QStringLiteral("Người Thứ Nhất"));
    const qint64 second = receive(QStringLiteral("Người Thứ Hai"));
    QVERIFY(first > 0 && second > 0);
    auto pending = ratings(QStringLiteral("terminal")).pending();
    QVERIFY(pending.ok() && pending->has_value());
    QCOMPARE((*pending)->dossierId, second);
    // A handover after them is the newest.
    handOver(first);
    pending = ratings(QStringLiteral("terminal")).pending();
    QVERIFY(pending.ok() && pending->has_value());
    QCOMPARE((*pending)->dossierId, first);
    QCOMPARE((*pending)->occasion, RatingOccasion::Handover);
    // A handover at another counter does not show here.
    const qint64 elsewhere = receive(QStringLiteral("Người Quầy Khác"), 86400);
    handOver(elsewhere, QStringLiteral("0 seconds"), QStringLiteral("applicant"), m_otherCounter);
    pending = ratings(QStringLiteral("terminal")).pending();
    QCOMPARE((*pending)->dossierId, first);
    auto there = ratings(QStringLiteral("other_terminal")).pending();
    QVERIFY(there.ok() && there->has_value());
    QCOMPARE((*there)->dossierId, elsewhere);
}

void TestRating::staffMayNotRate_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sql");
    const QString call = QStringLiteral("SELECT * FROM motcua_rate(%1, 'receipt', 'unsatisfied')");
    const QString insert = QStringLiteral(
            "INSERT INTO ratings (dossier_id, occasion, level, unit_id, counter_id, staff, via) "
            "SELECT %1, 'receipt', 'unsatisfied', receiving_unit_id, counter_id, received_by, "
            "'terminal' FROM dossiers WHERE id = %1");
    for (const char *job : {"clerk", "supervisor", "admin", "department"}) {
        QTest::addRow("%s calls motcua_rate", job) << QString::fromLatin1(job) << call;
        QTest::addRow("%s inserts a rating", job) << QString::fromLatin1(job) << insert;
        QTest::addRow("%s changes a rating", job)
                << QString::fromLatin1(job)
                << QStringLiteral("UPDATE ratings SET level = 'unsatisfied' WHERE dossier_id = %1");
        QTest::addRow("%s deletes a rating", job)
                << QString::fromLatin1(job)
                << QStringLiteral("DELETE FROM ratings WHERE dossier_id <> %1");
    }
    // The device writes only through its function.
    QTest::addRow("terminal inserts a rating") << QStringLiteral("terminal") << insert;
    QTest::addRow("terminal changes a rating")
            << QStringLiteral("terminal")
            << QStringLiteral("UPDATE ratings SET level = 'unsatisfied' WHERE dossier_id <> %1");
}

void TestRating::staffMayNotRate()
{
    QFETCH(QString, who);
    QFETCH(QString, sql);
    // A receipt of the clerk's counter, open for the terminal; earlier tests
    // left ratings for UPDATE and DELETE to reach.
    const qint64 id = receive(QStringLiteral("Người Được Phục Vụ"));
    QVERIFY(id > 0);
    QSqlQuery q(conn(who));
    QVERIFY(!q.exec(sql.arg(id)));
    QCOMPARE(q.lastError().nativeErrorCode(), QString::fromLatin1(SqlState::InsufficientPrivilege));
    QVERIFY(rowOf(id, QStringLiteral("receipt")).isEmpty());
}

void TestRating::devicesReadNothingElse_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sql");
    for (const char *device : {"terminal", "kiosk"}) {
        for (const char *table : {"dossiers", "ratings", "handovers", "staff", "rating_terminals"})
            QTest::addRow("%s reads %s", device, table)
                    << QString::fromLatin1(device)
                    << QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QTest::addRow("%s receives", device)
                << QString::fromLatin1(device)
                << QStringLiteral("SELECT * FROM motcua_receive('{}'::jsonb)");
    }
}

void TestRating::devicesReadNothingElse()
{
    QFETCH(QString, who);
    QFETCH(QString, sql);
    QSqlQuery q(conn(who));
    QVERIFY(!q.exec(sql));
    QCOMPARE(q.lastError().nativeErrorCode(), QString::fromLatin1(SqlState::InsufficientPrivilege));
}

void TestRating::clerkSeesTheCitizensRating()
{
    const qint64 id = receive(QStringLiteral("Ngô Thị Xem"));
    QVERIFY(id > 0);
    auto before = ratings(QStringLiteral("clerk")).ratingsOf(id);
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 1);
    QCOMPARE(before->first().state, RatingRequestState::Open);
    QVERIFY(before->first().openUntil > QDateTime::currentDateTime().addDays(29));
    QVERIFY(ratings(QStringLiteral("terminal"))
                    .rate(id, RatingOccasion::Receipt, RatingLevel::Satisfied)
                    .ok());
    auto after = ratings(QStringLiteral("supervisor")).ratingsOf(id);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 1);
    const CitizenRating &r = after->first();
    QCOMPARE(r.state, RatingRequestState::Rated);
    QVERIFY(r.level == RatingLevel::Satisfied);
    QCOMPARE(r.source, RatingSource::Terminal);
    QCOMPARE(r.deviceLabel, QStringLiteral("Test counter"));
    QVERIFY(qAbs(r.ratedAt.secsTo(QDateTime::currentDateTime())) < 60);
    // An old receipt nobody rated: expired.
    const qint64 old = receive(QStringLiteral("Ngô Văn Cũ"), 40 * 86400);
    auto expired = ratings(QStringLiteral("clerk")).ratingsOf(old);
    QVERIFY(expired.ok());
    QCOMPARE(expired->first().state, RatingRequestState::Expired);
}

QTEST_GUILESS_MAIN(TestRating)
#include "test_rating.moc"
