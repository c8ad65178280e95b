// The server's due dates (migration 0017) are core's, case by case: every row
// of the core due-date tables, then seeded random cases over units with
// their own hours and days, city-wide holidays, days off in lieu and make-up
// days, against core's DueDateCalculator fed by the client's own
// CalendarRepository::effectiveCalendar. Batched: one query per kind of case.
// Prints "due_date_cases=N mismatches=M" and fails on the first mismatch.
#include "duedatecases.h"
#include "testdatabase.h"

#include "core/duedate.h"
#include "core/vntime.h"
#include "data/calendarrepository.h"

#include <QRandomGenerator>

#include <cstdio>

using namespace Motcua;
using namespace Motcua::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRandomDueCases = 10000;
constexpr int kRandomResumedCases = 3000;
constexpr int kRandomInstantCases = 3000;
constexpr quint32 kSeed = 20260302;

// One due date to compute on both sides.
struct DueCase
{
    QString name;
    int unitId = 0;
    QString value; // numeric text, as procedures.processing_value
    QString timeUnit;
    QString cutoff; // "HH:mm[:ss]" or empty
    QDateTime received;
};

struct ResumedCase
{
    QString name;
    int unitId = 0;
    QDateTime due;
    QDateTime paused;
    QDateTime resumed;
};

QString ms(const QDateTime &t)
{
    return QString::number(t.toMSecsSinceEpoch());
}

QString shown(const QDateTime &t)
{
    return t.isValid() ? VnTime::toVietnam(t).toString(Qt::ISODateWithMs) : u"(none)"_s;
}

QString arrayLiteral(const QStringList &items)
{
    QStringList quoted;
    for (const QString &i : items)
        quoted << (i.isEmpty() ? u"NULL"_s : u'"' + i + u'"');
    return u'{' + quoted.join(u',') + u'}';
}

// Whether core's calendar works at instant t, ends of intervals included, to
// the second: the rule motcua_is_working_instant states.
bool coreWorkingInstant(const WorkingCalendar &cal, const QDateTime &t)
{
    const QDateTime local = VnTime::toVietnam(t);
    const double s = local.time().msecsSinceStartOfDay() / 1000.0;
    for (const WorkInterval &iv : cal.intervalsOn(local.date())) {
        if (s >= iv.start * 60 && s <= iv.end * 60)
            return true;
    }
    if (local.time() == QTime(0, 0)) {
        for (const WorkInterval &iv : cal.intervalsOn(local.date().addDays(-1))) {
            if (iv.end == 24 * 60)
                return true;
        }
    }
    return false;
}

} // namespace

class TestDueDateServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void coreRows();
    void randomCases();

private:
    int addUnit(const QString &code);
    void setHours(int unitId, const QString &spec);
    void setDays(int unitId, const QVector<CalendarDay> &days);
    // Runs the cases on both sides; counts them and the mismatches.
    void compareDue(const QList<DueCase> &cases, QList<QDateTime> *coreDue = nullptr);
    void compareResumed(const QList<ResumedCase> &cases);
    void compareInstants(const QList<QPair<int, QDateTime>> &cases);
    WorkingCalendar calendarOf(int unitId);

    std::unique_ptr<TestDatabase> m_db;
    QSqlDatabase m_su;
    QHash<int, WorkingCalendar> m_calendars;
    int m_cases = 0;
    int m_mismatches = 0;
    QString m_firstMismatch;
};

void TestDueDateServer::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Migrated);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_su = m_db->open();
    QVERIFY(m_su.isOpen());
}

void TestDueDateServer::cleanupTestCase()
{
    std::printf("due_date_cases=%d mismatches=%d\n", m_cases, m_mismatches);
    std::fflush(stdout);
    m_su = QSqlDatabase();
    m_db.reset();
}

int TestDueDateServer::addUnit(const QString &code)
{
    QSqlQuery q(m_su);
    q.prepare(u"INSERT INTO units (code, name, kind, province) VALUES (?, ?, 'branch', "
              "'Thành phố Hồ Chí Minh') RETURNING id"_s);
    q.addBindValue(code);
    q.addBindValue(u"Chi nhánh "_s + code);
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

void TestDueDateServer::setHours(int unitId, const QString &spec)
{
    const Result<WorkingHours> hours = WorkingHours::parse(spec);
    QVERIFY2(hours.ok(), qPrintable(hours.error()));
    const DbStatus s = CalendarRepository(m_su).replaceHours(unitId, hours.value(), u"test"_s);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));
    m_calendars.clear();
}

void TestDueDateServer::setDays(int unitId, const QVector<CalendarDay> &days)
{
    QVector<CalendarDay> noted = days;
    for (CalendarDay &d : noted)
        d.note = u"test"_s; // calendar_days.note is NOT NULL
    auto s = CalendarRepository(m_su).importDays(unitId, noted, u"test"_s);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));
    m_calendars.clear();
}

WorkingCalendar TestDueDateServer::calendarOf(int unitId)
{
    if (!m_calendars.contains(unitId)) {
        auto cal = CalendarRepository(m_su).effectiveCalendar(unitId);
        if (!cal)
            qFatal("effectiveCalendar: %s", qPrintable(cal.error().describe()));
        m_calendars.insert(unitId, *cal);
    }
    return m_calendars.value(unitId);
}

void TestDueDateServer::compareDue(const QList<DueCase> &cases, QList<QDateTime> *coreDue)
{
    QStringList units, values, timeUnits, cutoffs, received;
    for (const DueCase &c : cases) {
        units << QString::number(c.unitId);
        values << c.value;
        timeUnits << c.timeUnit;
        cutoffs << c.cutoff;
        received << ms(c.received);
    }
    QSqlQuery q(m_su);
    q.prepare(u"SELECT (extract(epoch FROM motcua_due_at(t.u, t.v, t.k, t.c, "
              "  timestamptz 'epoch' + t.r * interval '1 millisecond')) * 1000)::bigint "
              "FROM unnest(?::integer[], ?::numeric[], ?::text[], ?::time[], ?::bigint[]) "
              "  WITH ORDINALITY AS t(u, v, k, c, r, n) ORDER BY t.n"_s);
    q.addBindValue(arrayLiteral(units));
    q.addBindValue(arrayLiteral(values));
    q.addBindValue(arrayLiteral(timeUnits));
    q.addBindValue(arrayLiteral(cutoffs));
    q.addBindValue(arrayLiteral(received));
    QVERIFY_SQL(q, exec());
    for (const DueCase &c : cases) {
        QVERIFY(q.next());
        const QDateTime server = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        const DueDateCalculator calc(calendarOf(c.unitId));
        const ProcessingTime time{c.value.toDouble(),
                                  c.timeUnit == u"working_hours"_s ? DurationUnit::WorkingHours
                                                                   : DurationUnit::WorkingDays};
        DueDateOptions options;
        if (!c.cutoff.isEmpty())
            options.cutoff = QTime::fromString(c.cutoff, Qt::ISODate);
        const Result<QDateTime> core = calc.dueDate(c.received, time, options);
        QVERIFY2(core.ok(), qPrintable(c.name + u": "_s + core.error()));
        if (coreDue)
            coreDue->append(core.value());
        ++m_cases;
        if (core.value().toMSecsSinceEpoch() != server.toMSecsSinceEpoch()) {
            if (m_mismatches++ == 0)
                m_firstMismatch
                        = u"%1: unit %2, %3 %4, cut-off %5, received %6: core %7, server %8"_s
                                  .arg(c.name)
                                  .arg(c.unitId)
                                  .arg(c.value,
                                       c.timeUnit,
                                       c.cutoff,
                                       shown(c.received),
                                       shown(core.value()),
                                       shown(server));
        }
    }
}

void TestDueDateServer::compareResumed(const QList<ResumedCase> &cases)
{
    QStringList units, due, paused, resumed;
    for (const ResumedCase &c : cases) {
        units << QString::number(c.unitId);
        due << ms(c.due);
        paused << ms(c.paused);
        resumed << ms(c.resumed);
    }
    QSqlQuery q(m_su);
    q.prepare(u"SELECT (extract(epoch FROM motcua_resumed_due(t.u, "
              "  timestamptz 'epoch' + t.d * interval '1 millisecond', "
              "  timestamptz 'epoch' + t.p * interval '1 millisecond', "
              "  timestamptz 'epoch' + t.r * interval '1 millisecond')) * 1000)::bigint "
              "FROM unnest(?::integer[], ?::bigint[], ?::bigint[], ?::bigint[]) "
              "  WITH ORDINALITY AS t(u, d, p, r, n) ORDER BY t.n"_s);
    q.addBindValue(arrayLiteral(units));
    q.addBindValue(arrayLiteral(due));
    q.addBindValue(arrayLiteral(paused));
    q.addBindValue(arrayLiteral(resumed));
    QVERIFY_SQL(q, exec());
    for (const ResumedCase &c : cases) {
        QVERIFY(q.next());
        const qint64 server = q.value(0).toLongLong();
        const QDateTime core
                = DueDateCalculator(calendarOf(c.unitId)).resumedDue(c.due, c.paused, c.resumed);
        ++m_cases;
        if (core.toMSecsSinceEpoch() != server) {
            if (m_mismatches++ == 0)
                m_firstMismatch = u"%1: unit %2, due %3 paused %4 resumed %5: core %6, server %7"_s
                                          .arg(c.name)
                                          .arg(c.unitId)
                                          .arg(shown(c.due),
                                               shown(c.paused),
                                               shown(c.resumed),
                                               shown(core),
                                               shown(QDateTime::fromMSecsSinceEpoch(server)));
        }
    }
}

void TestDueDateServer::compareInstants(const QList<QPair<int, QDateTime>> &cases)
{
    QStringList units, at;
    for (const auto &c : cases) {
        units << QString::number(c.first);
        at << ms(c.second);
    }
    QSqlQuery q(m_su);
    q.prepare(
            u"SELECT motcua_is_working_instant(t.u, "
            "  timestamptz 'epoch' + t.a * interval '1 millisecond') "
            "FROM unnest(?::integer[], ?::bigint[]) WITH ORDINALITY AS t(u, a, n) ORDER BY t.n"_s);
    q.addBindValue(arrayLiteral(units));
    q.addBindValue(arrayLiteral(at));
    QVERIFY_SQL(q, exec());
    for (const auto &c : cases) {
        QVERIFY(q.next());
        const bool core = coreWorkingInstant(calendarOf(c.first), c.second);
        ++m_cases;
        if (core != q.value(0).toBool()) {
            if (m_mismatches++ == 0)
                m_firstMismatch
                        = u"working instant: unit %1 at %2: core %3, server %4"_s.arg(c.first)
                                  .arg(shown(c.second))
                                  .arg(core)
                                  .arg(q.value(0).toBool());
        }
    }
}

void TestDueDateServer::coreRows()
{
    // The tables' calendars: 2026 days on standard hours, the same with a
    // Saturday morning, and the resumedDue() rows' 30 April and 1 May.
    const int standard = addUnit(u"DUE.STD"_s);
    const int saturday = addUnit(u"DUE.SAT"_s);
    const int resumedUnit = addUnit(u"DUE.RES"_s);
    QVERIFY(standard > 0 && saturday > 0 && resumedUnit > 0);
    setDays(standard, days2026());
    if (QTest::currentTestFailed())
        return;
    setDays(saturday, days2026());
    if (QTest::currentTestFailed())
        return;
    setHours(saturday, QString::fromUtf8(kSaturdayMorning));
    if (QTest::currentTestFailed())
        return;
    setDays(resumedUnit, resumedDueDays());
    if (QTest::currentTestFailed())
        return;

    QList<DueCase> plain;
    QList<ResumedCase> chained;
    QList<QPair<int, QDateTime>> instants;
    for (const DueDateRow &r : dueDateRows()) {
        const int unit = QByteArray(r.hours).isEmpty() ? standard : saturday;
        const Result<ProcessingTime> time = ProcessingTime::parse(QString::fromUtf8(r.duration));
        QVERIFY(time.ok());
        DueCase c{QString::fromUtf8(r.name),
                  unit,
                  QString::number(time.value().value, 'g', 17),
                  durationUnitKey(time.value().unit),
                  QString::fromUtf8(r.cutoff),
                  vnTime(QString::fromUtf8(r.received))};
        plain << c;
        // A pause on the server is a resumedDue() at each resume (the
        // lifecycle's rule): chained here from the due date without pauses.
        const QStringList pauses = QString::fromUtf8(r.pauses).split(u';', Qt::SkipEmptyParts);
        if (!pauses.isEmpty())
            chained << ResumedCase{c.name,
                                   unit,
                                   QDateTime(),
                                   vnTime(pauses.first().section(u'/', 0, 0)),
                                   vnTime(pauses.first().section(u'/', 1, 1))};
    }
    QList<QDateTime> coreDue;
    compareDue(plain, &coreDue);
    if (QTest::currentTestFailed())
        return;
    // Rows without pauses: the server gives the table's expected due date too.
    int i = 0;
    for (const DueDateRow &r : dueDateRows()) {
        if (QByteArray(r.pauses).isEmpty()) {
            ++m_cases;
            const QString got = VnTime::toVietnam(coreDue.at(i)).toString(u"yyyy-MM-ddTHH:mm"_s);
            if (got != QString::fromUtf8(r.expected) && m_mismatches++ == 0)
                m_firstMismatch = u"%1: expected %2, got %3"_s.arg(
                        QString::fromUtf8(r.name), QString::fromUtf8(r.expected), got);
        }
        instants << qMakePair(plain.at(i).unitId, coreDue.at(i));
        ++i;
    }
    // The rows with pauses: the first pause resumed on both sides.
    for (ResumedCase &c : chained) {
        for (int k = 0; k < plain.size(); ++k) {
            if (plain.at(k).name == c.name)
                c.due = coreDue.at(k);
        }
    }
    QList<ResumedCase> resumedRows = chained;
    for (const ResumedDueRow &r : resumedDueRows())
        resumedRows << ResumedCase{QString::fromUtf8(r.name),
                                   resumedUnit,
                                   vnTime(QString::fromUtf8(r.due)),
                                   vnTime(QString::fromUtf8(r.paused)),
                                   vnTime(QString::fromUtf8(r.resumed))};
    compareResumed(resumedRows);
    if (QTest::currentTestFailed())
        return;
    // The server's own answers for the resumedDue() rows are the table's.
    QSqlQuery q(m_su);
    for (const ResumedDueRow &r : resumedDueRows()) {
        q.prepare(u"SELECT (extract(epoch FROM motcua_resumed_due(?, ?::timestamptz, "
                  "?::timestamptz, ?::timestamptz)) * 1000)::bigint"_s);
        q.addBindValue(resumedUnit);
        for (const char *t : {r.due, r.paused, r.resumed})
            q.addBindValue(vnTime(QString::fromUtf8(t)).toString(Qt::ISODate));
        QVERIFY_SQL(q, exec());
        QVERIFY(q.next());
        ++m_cases;
        QCOMPARE(VnTime::toVietnam(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()))
                         .toString(u"yyyy-MM-ddTHH:mm"_s),
                 QString::fromUtf8(r.expected));
    }
    // Every due date lands in working time.
    compareInstants(instants);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_mismatches == 0, qPrintable(m_firstMismatch));
}

void TestDueDateServer::randomCases()
{
    QRandomGenerator rng(kSeed);
    // City-wide: each year 2025-2028 a dozen holidays, a few days off in lieu
    // and make-up Saturdays; city hours of their own.
    QVector<CalendarDay> city;
    for (int year = 2025; year <= 2028; ++year) {
        QSet<QDate> taken;
        for (int k = 0; k < 20; ++k) {
            const QDate d = QDate(year, 1, 1).addDays(rng.bounded(365));
            if (taken.contains(d))
                continue;
            taken.insert(d);
            DayType t = k < 12 ? DayType::Holiday
                               : (k < 16 ? DayType::CompensatoryOff : DayType::MakeupWorkday);
            city.append({d, t, QString()});
        }
        // Tết: a week off with a make-up Saturday before it.
        const QDate tet = QDate(year, 1, 25).addDays(rng.bounded(20));
        for (int k = 0; k < 7; ++k)
            if (!taken.contains(tet.addDays(k)))
                city.append({tet.addDays(k), DayType::Holiday, QString()});
    }
    setDays(CalendarRepository::CityWide, city);
    if (QTest::currentTestFailed())
        return;
    setHours(CalendarRepository::CityWide, u"mon-fri 07:00-11:30,13:00-16:30"_s);
    if (QTest::currentTestFailed())
        return;

    QList<int> units;
    units << addUnit(u"RND.CITY"_s); // nothing of its own: the city's calendar
    const int saturday = addUnit(u"RND.SAT"_s);
    setHours(saturday, u"mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30"_s);
    const int noMonday = addUnit(u"RND.NOMON"_s);
    // No Monday: Tuesday is the standard day; three intervals, one to 24:00.
    setHours(noMonday,
             u"tue 08:00-12:00,13:00-16:30; wed 06:00-08:00,09:00-12:00,20:00-24:00; "
             "thu-sat 07:15-11:45,13:15-17:10"_s);
    const int ownDays = addUnit(u"RND.DAYS"_s); // city hours, days of its own over the city's
    QVector<CalendarDay> own;
    for (int k = 0; k < 40; ++k) {
        const CalendarDay &c = city.at(int(rng.bounded(int(city.size()))));
        own.append({c.date,
                    c.type == DayType::MakeupWorkday ? DayType::Holiday : DayType::MakeupWorkday,
                    QString()});
        own.append({QDate(2025, 1, 1).addDays(rng.bounded(4 * 365)),
                    DayType::CompensatoryOff,
                    QString()});
    }
    setDays(ownDays, own);
    if (QTest::currentTestFailed())
        return;
    setDays(noMonday, own.mid(0, 20));
    if (QTest::currentTestFailed())
        return;
    units << saturday << noMonday << ownDays;
    QVERIFY(!units.contains(0));

    const QDateTime from = VnTime::wallClock(QDate(2025, 1, 1), QTime(0, 0));
    const QStringList cutoffs
            = {QString(), QString(), u"15:00"_s, u"11:30"_s, u"16:45:30"_s, u"07:30"_s};
    // Minutes of the day around the edges: before opening, the opening, over
    // lunch, the closing, after it, around a cut-off.
    const QList<int> edges = {0,   359, 420, 435, 450, 451,  689,  690,  691,  720, 780,
                              781, 899, 900, 901, 990, 1019, 1020, 1021, 1200, 1439};
    QList<DueCase> cases;
    for (int i = 0; i < kRandomDueCases; ++i) {
        DueCase c;
        c.name = u"random %1"_s.arg(i);
        c.unitId = units.at(int(rng.bounded(int(units.size()))));
        const bool hours = rng.bounded(2) == 0;
        c.timeUnit = hours ? u"working_hours"_s : u"working_days"_s;
        // numeric(6, 2): whole and fractional values.
        const int hundredths = rng.bounded(3) == 0 ? int(rng.bounded(1, hours ? 4000 : 3000))
                                                   : 100 * int(rng.bounded(1, hours ? 40 : 30));
        c.value = u"%1.%2"_s.arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
        c.cutoff = cutoffs.at(int(rng.bounded(int(cutoffs.size()))));
        const int day = int(rng.bounded(3 * 365));
        const int minute = rng.bounded(2) == 0 ? edges.at(int(rng.bounded(int(edges.size()))))
                                               : int(rng.bounded(1440));
        const int second = rng.bounded(3) == 0 ? 0 : int(rng.bounded(60));
        c.received = from.addDays(day).addSecs(minute * 60 + second).addMSecs(rng.bounded(1000));
        cases << c;
    }
    QList<QDateTime> coreDue;
    compareDue(cases, &coreDue);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_mismatches == 0, qPrintable(m_firstMismatch));

    // Pauses: paused between the receipt and two days after the due date,
    // resumed up to ten days later.
    QList<ResumedCase> resumed;
    for (int i = 0; i < kRandomResumedCases; ++i) {
        const DueCase &c = cases.at(i);
        const qint64 span = qMax<qint64>(1, c.received.secsTo(coreDue.at(i)) + 2 * 86400);
        const QDateTime paused = c.received.addSecs(qint64(rng.bounded(quint64(span))));
        const QDateTime back = paused.addSecs(qint64(rng.bounded(10 * 86400)));
        resumed << ResumedCase{c.name, c.unitId, coreDue.at(i), paused, back};
    }
    compareResumed(resumed);
    if (QTest::currentTestFailed())
        return;

    // Working instants: every due date, and random instants (a third on an
    // interval's edge).
    QList<QPair<int, QDateTime>> instants;
    for (int i = 0; i < kRandomInstantCases; ++i) {
        instants << qMakePair(cases.at(i).unitId, coreDue.at(i));
        const int unit = units.at(int(rng.bounded(int(units.size()))));
        QDateTime at = from.addDays(rng.bounded(3 * 365))
                               .addSecs(rng.bounded(3) == 0
                                                ? edges.at(int(rng.bounded(int(edges.size())))) * 60
                                                          + int(rng.bounded(2))
                                                : int(rng.bounded(86400)));
        instants << qMakePair(unit, at);
    }
    compareInstants(instants);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_mismatches == 0, qPrintable(m_firstMismatch));
}

QTEST_GUILESS_MAIN(TestDueDateServer)
#include "test_duedate_server.moc"
