// The working calendar in the database: which hours and days a unit works by,
// changes with their reason in the audit trail, CSV import and export, and
// the due date the intake will compute from it.
#include "testdatabase.h"

#include "core/calendarcsv.h"
#include "core/duedate.h"
#include "core/vntime.h"
#include "data/calendarrepository.h"

using namespace Motcua;
using namespace Motcua::Test;

namespace {

const QString kBenThanh = QStringLiteral("000.10.31.H29"); // own hours, Saturday morning open
const QString kGoVap = QStringLiteral("000.20.31.H29");    // city default hours
const QString kThuDuc = QStringLiteral("000.30.31.H29");

// A named connection for one test, closed and removed when it goes.
class Connection
{
public:
    Connection(const ConnectionSettings &settings, const QString &name)
        : m_name(name)
    {
        auto db = settings.open(name);
        if (db)
            m_db = *db;
        else
            qWarning() << db.error().describe();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

int unitId(const QSqlDatabase &db, const QString &code)
{
    if (code.isEmpty())
        return CalendarRepository::CityWide;
    auto id = CalendarRepository(db).unitIdByCode(code);
    return id ? *id : -1;
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString describe(const DbError &e)
{
    return e.describe();
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init() { MOTCUA_REQUIRE_SERVER(); }
    void effectiveHours_data();
    void effectiveHours();
    void builtInHoursWithoutRows();
    void effectiveDays_data();
    void effectiveDays();
    void setAndRemoveDayAudited();
    void missingReasonRefused();
    void importCounts_data();
    void importCounts();
    void csvRoundTrip();
    void addMissingNeverOverwrites();
    void replaceAndResetHours();
    void clerkRefused();
    void dueDateOverHoliday_data();
    void dueDateOverHoliday();
};

void TestCalendar::effectiveHours_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("spec");
    QTest::newRow("city default") << QString() << QStringLiteral("mon-fri 07:30-11:30,13:00-17:00");
    QTest::newRow("unit without own hours uses the city's")
            << kGoVap << QStringLiteral("mon-fri 07:30-11:30,13:00-17:00");
    QTest::newRow("unit with own hours")
            << kBenThanh << QStringLiteral("mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30");
}

void TestCalendar::effectiveHours()
{
    QFETCH(QString, unit);
    QFETCH(QString, spec);
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    CalendarRepository repo(db);
    const int id = unitId(db, unit);
    QVERIFY(id >= 0);
    auto calendar = repo.effectiveCalendar(id);
    QVERIFY2(calendar.ok(), qPrintable(describe(calendar.error())));
    const auto expected = WorkingHours::parse(spec);
    QVERIFY(expected.ok());
    QCOMPARE(calendar->hours().toString(), expected.value().toString());
    QCOMPARE(repo.effectiveHours(id)->toString(), expected.value().toString());
    // Own hours only where the scope has rows.
    auto own = repo.ownHours(id);
    QVERIFY(own.ok());
    QCOMPARE(own->has_value(), unit != kGoVap);
}

void TestCalendar::builtInHoursWithoutRows()
{
    TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    CalendarRepository repo(tdb.open());
    auto calendar = repo.effectiveCalendar(CalendarRepository::CityWide);
    QVERIFY(calendar.ok());
    QVERIFY(calendar->hours() == WorkingHours::standard());
    QVERIFY(calendar->days().isEmpty());
    QVERIFY(!repo.ownHours(CalendarRepository::CityWide)->has_value());
}

void TestCalendar::effectiveDays_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("type"); // empty: a normal day
    // Set up below: Gò Vấp works 27/4/2026 (city-wide day off in lieu) and has
    // a day off of its own on 10/3/2026.
    QTest::newRow("city-wide day, city scope")
            << QString() << QDate(2026, 4, 27) << QStringLiteral("compensatory_off");
    QTest::newRow("city-wide day, other unit")
            << kThuDuc << QDate(2026, 4, 27) << QStringLiteral("compensatory_off");
    QTest::newRow("unit's row wins")
            << kGoVap << QDate(2026, 4, 27) << QStringLiteral("makeup_workday");
    QTest::newRow("unit-only day") << kGoVap << QDate(2026, 3, 10) << QStringLiteral("holiday");
    QTest::newRow("unit-only day, other unit") << kThuDuc << QDate(2026, 3, 10) << QString();
    QTest::newRow("unit-only day, city scope") << QString() << QDate(2026, 3, 10) << QString();
    QTest::newRow("city-wide holiday reaches units")
            << kGoVap << QDate(2026, 9, 2) << QStringLiteral("holiday");
}

void TestCalendar::effectiveDays()
{
    QFETCH(QString, unit);
    QFETCH(QDate, date);
    QFETCH(QString, type);
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    CalendarRepository repo(db);
    const int goVap = unitId(db, kGoVap);
    QVERIFY(repo.setDay(goVap,
                        {QDate(2026, 4, 27), DayType::MakeupWorkday, QStringLiteral("Trực")},
                        QStringLiteral("test"))
                    .ok());
    QVERIFY(repo.setDay(goVap,
                        {QDate(2026, 3, 10), DayType::Holiday, QStringLiteral("Riêng")},
                        QStringLiteral("test"))
                    .ok());

    auto calendar = repo.effectiveCalendar(unitId(db, unit));
    QVERIFY2(calendar.ok(), qPrintable(describe(calendar.error())));
    const auto actual = calendar->dayType(date);
    QCOMPARE(actual ? dayTypeKey(*actual) : QString(), type);

    // The year's list for a unit keeps both rows of an overridden date.
    auto entries = repo.entriesOfYear(goVap, 2026);
    QVERIFY(entries.ok());
    int onThe27th = 0;
    for (const CalendarEntry &e : *entries) {
        if (e.day.date == QDate(2026, 4, 27)) {
            QCOMPARE(e.unitId, onThe27th == 0 ? CalendarRepository::CityWide : goVap);
            ++onThe27th;
        }
    }
    QCOMPARE(onThe27th, 2);
}

void TestCalendar::setAndRemoveDayAudited()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const ConnectionSettings supervisor = tdb.createStaff(QStringLiteral("supervisor"));
    QSqlDatabase su = tdb.open();
    Connection c(supervisor, QStringLiteral("cal_supervisor"));
    QVERIFY(c.isOpen());
    CalendarRepository repo(c.db());
    const QDate date(2026, 6, 15);

    auto audit = [&](const QString &action) {
        QSqlQuery q(su);
        q.prepare(QStringLiteral("SELECT reason, actor::text FROM audit_log "
                                 "WHERE table_name = 'calendar_days' AND row_key = ? "
                                 "AND action = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(date.toString(Qt::ISODate));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            return QStringList();
        return QStringList{q.value(0).toString(), q.value(1).toString()};
    };

    DbStatus set = repo.setDay(CalendarRepository::CityWide,
                               {date, DayType::Holiday, QStringLiteral("Nghỉ đặc biệt")},
                               QStringLiteral("Quyết định 15/QĐ-UBND"));
    QVERIFY2(set.ok(), qPrintable(describe(set.error())));
    QCOMPARE(audit(QStringLiteral("INSERT")),
             QStringList({QStringLiteral("Quyết định 15/QĐ-UBND"), supervisor.user}));

    set = repo.setDay(CalendarRepository::CityWide,
                      {date, DayType::CompensatoryOff, QStringLiteral("Nghỉ bù")},
                      QStringLiteral("Đính chính"));
    QVERIFY(set.ok());
    QCOMPARE(audit(QStringLiteral("UPDATE")).value(0), QStringLiteral("Đính chính"));
    QCOMPARE(repo.effectiveCalendar(CalendarRepository::CityWide)->dayType(date),
             std::optional<DayType>(DayType::CompensatoryOff));

    const DbStatus removed
            = repo.removeDay(CalendarRepository::CityWide, date, QStringLiteral("Hủy ngày nghỉ"));
    QVERIFY(removed.ok());
    QCOMPARE(audit(QStringLiteral("DELETE")).value(0), QStringLiteral("Hủy ngày nghỉ"));
    QVERIFY(!repo.effectiveCalendar(CalendarRepository::CityWide)->dayType(date));

    const DbStatus again = repo.removeDay(CalendarRepository::CityWide, date, QStringLiteral("x"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, DbError::NotFound);
}

void TestCalendar::missingReasonRefused()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    CalendarRepository repo(db);
    const int before = count(db, QStringLiteral("SELECT count(*) FROM calendar_days"));
    const DbStatus set = repo.setDay(CalendarRepository::CityWide,
                                     {QDate(2026, 6, 15), DayType::Holiday, QString()},
                                     QStringLiteral("   "));
    QVERIFY(!set.ok());
    QCOMPARE(set.error().code, DbError::InvalidData);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM calendar_days")), before);
    QVERIFY(!repo.replaceHours(CalendarRepository::CityWide, WorkingHours(), QString()).ok());
}

void TestCalendar::importCounts_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("unchanged");
    QTest::newRow("new dates") << QStringLiteral("date,type,note\n"
                                                 "2028-01-01,holiday,Tết Dương lịch\n"
                                                 "2028-04-30,holiday,30/4\n")
                               << 2 << 0 << 0;
    QTest::newRow("as stored") << QStringLiteral("date,type,note\n"
                                                 "2026-01-01,holiday,Tết Dương lịch\n")
                               << 0 << 0 << 1;
    QTest::newRow("note changed") << QStringLiteral("date,type,note\n"
                                                    "2026-01-01,holiday,Tết Dương lịch 2026\n")
                                  << 0 << 1 << 0;
    QTest::newRow("mixed") << QStringLiteral("date,type,note\n"
                                             "2026-01-01,holiday,Tết Dương lịch\n"
                                             "2026-01-02,holiday,Nghỉ thêm\n"
                                             "2026-12-31,compensatory_off,\"Nghỉ cuối năm, thử\"\n")
                           << 1 << 1 << 1;
}

void TestCalendar::importCounts()
{
    QFETCH(QString, csv);
    QFETCH(int, inserted);
    QFETCH(int, updated);
    QFETCH(int, unchanged);
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    CalendarRepository repo(db);
    const auto days = CalendarCsv::parse(csv);
    QVERIFY2(days.ok(), qPrintable(days.error()));
    const int auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto summary
            = repo.importDays(CalendarRepository::CityWide, days.value(), QStringLiteral("Import"));
    QVERIFY2(summary.ok(), qPrintable(describe(summary.error())));
    QCOMPARE(summary->inserted, inserted);
    QCOMPARE(summary->updated, updated);
    QCOMPARE(summary->unchanged, unchanged);
    // Unchanged dates leave no trace in the audit log.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")) - auditBefore,
             inserted + updated);
    const WorkingCalendar calendar = *repo.effectiveCalendar(CalendarRepository::CityWide);
    for (const CalendarDay &d : days.value()) {
        const auto stored = repo.scopeDays(CalendarRepository::CityWide, d.date, d.date);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first(), d);
        QCOMPARE(calendar.dayType(d.date), std::optional<DayType>(d.type));
    }
}

void TestCalendar::csvRoundTrip()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    CalendarRepository repo(db);
    auto exported
            = repo.scopeDays(CalendarRepository::CityWide, QDate(2026, 1, 1), QDate(2026, 12, 31));
    QVERIFY(exported.ok());
    QVERIFY(exported->size() >= 15);
    for (const CalendarDay &d : *exported)
        QCOMPARE(d.date.year(), 2026);
    const QString text = CalendarCsv::write(*exported);
    const auto parsed = CalendarCsv::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value(), *exported);

    // Back into the same scope: nothing changes.
    auto same = repo.importDays(CalendarRepository::CityWide, parsed.value(), QStringLiteral("rt"));
    QVERIFY(same.ok());
    QCOMPARE(same->unchanged, int(exported->size()));
    QCOMPARE(same->total(), int(exported->size()));

    // Into a unit: the unit now has the same rows of its own.
    const int goVap = unitId(db, kGoVap);
    auto copied = repo.importDays(goVap, parsed.value(), QStringLiteral("rt"));
    QVERIFY(copied.ok());
    QCOMPARE(copied->inserted, int(exported->size()));
    QCOMPARE(*repo.scopeDays(goVap), *exported);
    // Open-ended export covers every year.
    QVERIFY(repo.scopeDays(CalendarRepository::CityWide)->size() > exported->size());
}

void TestCalendar::addMissingNeverOverwrites()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    CalendarRepository repo(db);
    const QVector<CalendarDay> before = *repo.scopeDays(CalendarRepository::CityWide);
    const QVector<CalendarDay> offered = {
            {QDate(2026, 1, 1), DayType::CompensatoryOff, QStringLiteral("khác")},
            {QDate(2026, 3, 3), DayType::Holiday, QStringLiteral("mới")},
    };
    auto added = repo.addMissingDays(
            CalendarRepository::CityWide, offered, QStringLiteral("Pre-fill"));
    QVERIFY2(added.ok(), qPrintable(describe(added.error())));
    QCOMPARE(*added, 1);
    const QVector<CalendarDay> after = *repo.scopeDays(CalendarRepository::CityWide);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(repo.scopeDays(CalendarRepository::CityWide, QDate(2026, 1, 1), QDate(2026, 1, 1))
                     ->first()
                     .type,
             DayType::Holiday);
}

void TestCalendar::replaceAndResetHours()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const ConnectionSettings supervisor = tdb.createStaff(QStringLiteral("supervisor"));
    QSqlDatabase su = tdb.open();
    Connection c(supervisor, QStringLiteral("cal_hours"));
    QVERIFY(c.isOpen());
    CalendarRepository repo(c.db());
    const int goVap = unitId(su, kGoVap);
    const auto hours = WorkingHours::parse(QStringLiteral("mon-fri 08:00-12:00,13:30-17:30; "
                                                          "sat 08:00-12:00"));
    QVERIFY(hours.ok());
    const DbStatus replaced = repo.replaceHours(goVap, hours.value(), QStringLiteral("Giờ mới"));
    QVERIFY2(replaced.ok(), qPrintable(describe(replaced.error())));
    QVERIFY(*repo.effectiveHours(goVap) == hours.value());
    QCOMPARE(count(su,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                  "'working_hours' AND action = 'INSERT' AND reason = 'Giờ mới'")),
             11);
    // The city default and other units are untouched.
    QVERIFY(*repo.effectiveHours(CalendarRepository::CityWide) == WorkingHours::standard());
    QVERIFY(*repo.effectiveHours(unitId(su, kThuDuc)) == WorkingHours::standard());

    QVERIFY(!repo.replaceHours(goVap, WorkingHours::none(), QStringLiteral("x")).ok());
    QVERIFY(repo.resetHours(goVap, QStringLiteral("Về giờ chung")).ok());
    QVERIFY(*repo.effectiveHours(goVap) == WorkingHours::standard());
    QVERIFY(!repo.ownHours(goVap)->has_value());
}

void TestCalendar::clerkRefused()
{
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const ConnectionSettings clerk = tdb.createStaff(QStringLiteral("clerk"));
    QSqlDatabase su = tdb.open();
    const int daysBefore = count(su, QStringLiteral("SELECT count(*) FROM calendar_days"));
    const int hoursBefore = count(su, QStringLiteral("SELECT count(*) FROM working_hours"));
    const int auditBefore = count(su, QStringLiteral("SELECT count(*) FROM audit_log"));
    {
        Connection c(clerk, QStringLiteral("cal_clerk"));
        QVERIFY(c.isOpen());
        CalendarRepository repo(c.db());
        // Reading is open to every staff member.
        QVERIFY(repo.effectiveCalendar(CalendarRepository::CityWide).ok());

        const DbStatus set = repo.setDay(CalendarRepository::CityWide,
                                         {QDate(2026, 6, 15), DayType::Holiday, QString()},
                                         QStringLiteral("x"));
        QVERIFY(!set.ok());
        QCOMPARE(set.error().code, DbError::PermissionDenied);
        auto imported = repo.importDays(CalendarRepository::CityWide,
                                        {{QDate(2026, 6, 16), DayType::Holiday, QString()},
                                         {QDate(2026, 1, 1), DayType::CompensatoryOff, QString()}},
                                        QStringLiteral("x"));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, DbError::PermissionDenied);
        const DbStatus removed = repo.removeDay(
                CalendarRepository::CityWide, QDate(2026, 1, 1), QStringLiteral("x"));
        QCOMPARE(removed.error().code, DbError::PermissionDenied);
        const DbStatus hours = repo.replaceHours(
                CalendarRepository::CityWide, WorkingHours(), QStringLiteral("x"));
        QCOMPARE(hours.error().code, DbError::PermissionDenied);
        // The connection is still usable after the refusals.
        QVERIFY(repo.entriesOfYear(CalendarRepository::CityWide, 2026).ok());
    }
    QCOMPARE(count(su, QStringLiteral("SELECT count(*) FROM calendar_days")), daysBefore);
    QCOMPARE(count(su, QStringLiteral("SELECT count(*) FROM working_hours")), hoursBefore);
    QCOMPARE(count(su, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
}

void TestCalendar::dueDateOverHoliday_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("due");
    // 30/4 and 1/5/2026 are holidays (Thursday, Friday).
    QTest::newRow("weekend after the holidays")
            << kGoVap << QStringLiteral("2026-04-29T10:00") << QStringLiteral("1d")
            << QStringLiteral("2026-05-04T10:00");
    QTest::newRow("unit open on Saturday morning")
            << kBenThanh << QStringLiteral("2026-04-29T10:00") << QStringLiteral("1d")
            << QStringLiteral("2026-05-02T10:00");
    // Tết 2026: 16–20/2 off.
    QTest::newRow("over Tết") << QString() << QStringLiteral("2026-02-13T16:00")
                              << QStringLiteral("4h") << QStringLiteral("2026-02-23T10:30");
}

void TestCalendar::dueDateOverHoliday()
{
    QFETCH(QString, unit);
    QFETCH(QString, received);
    QFETCH(QString, duration);
    QFETCH(QString, due);
    TestDatabase tdb(TestDatabase::Content::Demo);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.open();
    auto calendar = CalendarRepository(db).effectiveCalendar(unitId(db, unit));
    QVERIFY(calendar.ok());
    const DueDateCalculator calculator(*calendar);
    const QDateTime at = QDateTime::fromString(received, Qt::ISODate);
    const auto time = ProcessingTime::parse(duration);
    QVERIFY(time.ok());
    const auto result = calculator.dueDate(VnTime::wallClock(at.date(), at.time()), time.value());
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(VnTime::toVietnam(result.value()).toString(QStringLiteral("yyyy-MM-ddTHH:mm")), due);
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
