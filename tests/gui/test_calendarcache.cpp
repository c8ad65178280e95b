// One working-calendar cache per session (CalendarCache, owned by the
// ConnectionKeeper), refreshed by the server's notification when a supervisor
// changes the calendar and at the turn of the day: an open intake page shows
// the new due date, and the next receipt carries it.
#include "testdatabase.h"

#include "core/centertime.h"
#include "core/vntime.h"
#include "data/calendarcache.h"
#include "data/calendarrepository.h"
#include "data/catalog.h"
#include "data/connectionkeeper.h"
#include "data/localstore.h"
#include "gui/intake/intakepage.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Motcua;
using namespace Motcua::Test;

namespace {
const QString kClerk = QStringLiteral("cache_clerk");
const QString kSupervisor = QStringLiteral("cache_supervisor");
} // namespace

class TestCalendarCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void holidayReachesOpenIntakePage();
    void ownUnitOnlyForgetsThatUnit();
    void turnOfDayForgetsEverything();

private:
    std::unique_ptr<TestDatabase> m_db;
    ConnectionSettings m_clerk;
    ConnectionSettings m_supervisor;
};

void TestCalendarCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotcuaTest"));
    MOTCUA_REQUIRE_SERVER();
}

void TestCalendarCache::init()
{
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_clerk = m_db->createStaff(QStringLiteral("clerk"));
    m_supervisor = m_db->createStaff(QStringLiteral("supervisor"));
    QVERIFY(m_clerk.open(kClerk).ok());
    QVERIFY(m_supervisor.open(kSupervisor).ok());
}

void TestCalendarCache::cleanup()
{
    for (const QString &c : {kClerk, kSupervisor}) {
        QSqlDatabase::database(c, false).close();
        QSqlDatabase::removeDatabase(c);
    }
    m_db.reset();
}

void TestCalendarCache::holidayReachesOpenIntakePage()
{
    QSqlDatabase db = QSqlDatabase::database(kClerk);
    const StaffIdentity who = *StaffIdentity::load(db);
    ConnectionKeeper keeper(m_clerk, kClerk);
    QVERIFY(keeper.calendars()->isListening());

    // A complete intake left on disk, so the page opens with it.
    auto procedures = CatalogRepository(db).proceduresInForce(QDate::currentDate());
    QVERIFY(procedures.ok());
    const Procedure procedure = procedures->first();
    QTemporaryDir dir;
    IntakeDraft draft;
    draft.key = newIntakeKey();
    draft.startedAt = QDateTime::currentDateTimeUtc();
    draft.procedureId = procedure.id;
    draft.procedureCode = procedure.code;
    draft.applicant.fullName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    draft.applicant.idNumber = QStringLiteral("079190001234");
    draft.applicant.birthDate = QDate(1990, 3, 15);
    for (const ChecklistItem &c : procedure.checklist)
        draft.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    DraftStore(who.roleName, dir.path()).save(draft);

    IntakePage page(db, who, dir.path());
    page.setPreviewOpener([](std::shared_ptr<QTextDocument>) {});
    page.setConnectionKeeper(&keeper);
    page.show();
    QVERIFY(page.chosenProcedure());
    const QDateTime before = page.duePreview();
    QVERIFY(before.isValid());
    const int loads = keeper.calendars()->loads();

    // A supervisor, on another connection, makes the due day a holiday.
    const QDate dueDay = VnTime::toVietnam(before).date();
    QVERIFY(CalendarRepository(QSqlDatabase::database(kSupervisor))
                    .setDay(CalendarRepository::CityWide,
                            {dueDay, DayType::Holiday, QStringLiteral("Nghỉ đột xuất")},
                            QStringLiteral("test"))
                    .ok());
    auto *facts = page.findChild<QLabel *>(QStringLiteral("factsLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(page.duePreview() > before, 5000);
    const QDateTime after = page.duePreview();
    QVERIFY(VnTime::toVietnam(after).date() != dueDay);
    QVERIFY(keeper.calendars()->loads() > loads);
    QVERIFY2(facts->text().contains(CenterTime::dueText(after)), qPrintable(facts->text()));

    // The next receipt carries the new date (received a moment later: the
    // same day, so the same due date unless the clock passed a minute).
    QCOMPARE(page.receive(), IntakePage::Outcome::Received);
    const ReceivedDossier received = *page.lastReceived();
    QVERIFY(received.dueAt >= after);
    QVERIFY(VnTime::toVietnam(received.dueAt).date() != dueDay);
    QVERIFY(received.dueAt.secsTo(after) > -120);
}

void TestCalendarCache::ownUnitOnlyForgetsThatUnit()
{
    QSqlDatabase db = QSqlDatabase::database(kClerk);
    const StaffIdentity who = *StaffIdentity::load(db);
    CalendarCache cache(db);
    QVERIFY(cache.listen());
    QVERIFY(cache.calendar(who.unitId).ok());
    QSqlQuery q(m_db->open());
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT id FROM units WHERE id <> %1 AND kind = 'branch' "
                                    "ORDER BY id LIMIT 1")
                             .arg(who.unitId)));
    QVERIFY(q.next());
    const int otherUnit = q.value(0).toInt();
    QVERIFY(cache.calendar(otherUnit).ok());
    QCOMPARE(cache.loads(), 2);
    QSignalSpy changed(&cache, &CalendarCache::changed);

    // A unit's own day: only that unit's calendar is forgotten.
    CalendarRepository supervisor(QSqlDatabase::database(kSupervisor));
    QVERIFY(supervisor
                    .setDay(otherUnit,
                            {QDate(2026, 11, 20), DayType::Holiday, QStringLiteral("x")},
                            QStringLiteral("test"))
                    .ok());
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    QCOMPARE(changed.first().first().toInt(), otherUnit);
    QVERIFY(cache.holds(who.unitId));
    QVERIFY(!cache.holds(otherUnit));

    // The working hours of the city: everyone's.
    auto hours = supervisor.effectiveHours(CalendarRepository::CityWide);
    QVERIFY(hours.ok());
    QVERIFY(CalendarRepository(QSqlDatabase::database(kSupervisor))
                    .setDay(CalendarRepository::CityWide,
                            {QDate(2026, 11, 23), DayType::Holiday, QStringLiteral("y")},
                            QStringLiteral("test"))
                    .ok());
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
    QCOMPARE(changed.last().first().toInt(), 0);
    QVERIFY(!cache.holds(who.unitId));

    // A rolled-back change notifies nobody.
    QSqlQuery s(QSqlDatabase::database(kSupervisor));
    QVERIFY_SQL(s, exec(QStringLiteral("BEGIN")));
    QVERIFY_SQL(s,
                exec(QStringLiteral("INSERT INTO calendar_days (day, type) "
                                    "VALUES ('2026-12-01', 'holiday')")));
    QVERIFY_SQL(s, exec(QStringLiteral("ROLLBACK")));
    QTest::qWait(300);
    QCOMPARE(changed.size(), 2);
}

void TestCalendarCache::turnOfDayForgetsEverything()
{
    QSqlDatabase db = QSqlDatabase::database(kClerk);
    const StaffIdentity who = *StaffIdentity::load(db);
    CalendarCache cache(db);
    QDateTime now = VnTime::wallClock(QDate(2026, 3, 10), QTime(23, 59));
    cache.setClock([&now] { return now; });
    QCOMPARE(cache.msecsToDayTurn(), qint64(60 * 1000));
    QVERIFY(cache.calendar(who.unitId).ok());
    QVERIFY(cache.calendar(who.unitId).ok());
    QCOMPARE(cache.loads(), 1);
    QSignalSpy changed(&cache, &CalendarCache::changed);
    QVERIFY(!cache.checkDayTurn());

    now = VnTime::wallClock(QDate(2026, 3, 11), QTime(0, 0, 30));
    QVERIFY(cache.checkDayTurn());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!cache.holds(who.unitId));
    QVERIFY(cache.calendar(who.unitId).ok());
    QCOMPARE(cache.loads(), 2);
    QCOMPARE(cache.msecsToDayTurn(), qint64((24 * 3600 - 30) * 1000));

    // Without anybody calling the check: the next look-up notices the date.
    now = now.addDays(1);
    QVERIFY(cache.calendar(who.unitId).ok());
    QCOMPARE(cache.loads(), 3);
    QCOMPARE(changed.size(), 2);
}

QTEST_MAIN(TestCalendarCache)
#include "test_calendarcache.moc"
