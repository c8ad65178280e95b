// The center's clock (CenterTime): the wall clock of Asia/Ho_Chi_Minh for
// instants given in any time spec, the center's days and their bounds, and
// the texts shown and printed. CMake runs this suite under TZ=UTC and
// TZ=America/New_York: the answers must not move with the PC's zone.
#include "core/centertime.h"
#include "core/vntime.h"

#include <QTest>

using namespace Motcua;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestCenterTime : public QObject
{
    Q_OBJECT

private slots:
    void processZoneIsTheOneAsked();
    void zoneFromTheDatabase();
    void fixedOffsetOfTheRulesHoldsSince1975();
    void wallClockOfAnInstant_data();
    void wallClockOfAnInstant();
    void dayBounds_data();
    void dayBounds();
    void nowAndToday();
    void texts_data();
    void texts();
    void invalidStaysEmpty();
    void isoTextRoundTrip_data();
    void isoTextRoundTrip();
};

// Guards the run itself: under ctest TZ is set, and the PC is then away from
// the center's offset, so a conversion through the local zone would show.
void TestCenterTime::processZoneIsTheOneAsked()
{
    const QByteArray tz = qgetenv("TZ");
    if (tz.isEmpty())
        QSKIP("TZ is not set: run through ctest for the two zones.");
    QCOMPARE(QTimeZone::systemTimeZoneId(), tz);
    QVERIFY(QDateTime::currentDateTime().offsetFromUtc() != VnTime::offsetSeconds);
}

void TestCenterTime::zoneFromTheDatabase()
{
    QVERIFY2(CenterTime::hasZoneDatabase(), "install tzdata (scripts/install-deps.sh)");
    QCOMPARE(CenterTime::zone().id(), QByteArray("Asia/Ho_Chi_Minh"));
}

// The deadline arithmetic (VnTime) counts on UTC+7 with no daylight saving.
void TestCenterTime::fixedOffsetOfTheRulesHoldsSince1975()
{
    const QTimeZone z = CenterTime::zone();
    const QDateTime from = utc(1976, 1, 1, 0, 0);
    const QDateTime to = utc(2100, 1, 1, 0, 0);
    // Qt lists a "transition" at the end of 32-bit time (2038) that changes nothing.
    for (const QTimeZone::OffsetData &t : z.transitions(from, to)) {
        QCOMPARE(t.offsetFromUtc, VnTime::offsetSeconds);
        QCOMPARE(t.daylightTimeOffset, 0);
    }
    QVERIFY(!z.hasDaylightTime());
    QCOMPARE(z.offsetFromUtc(from), VnTime::offsetSeconds);
    QCOMPARE(z.offsetFromUtc(to), VnTime::offsetSeconds);
    const QDateTime t = utc(2026, 3, 2, 20, 30);
    QCOMPARE(CenterTime::toCenter(t), VnTime::toVietnam(t));
    QCOMPARE(CenterTime::toCenter(t).toString(Qt::ISODate),
             VnTime::toVietnam(t).toString(Qt::ISODate)); // "…T03:30:00+07:00" both
}

void TestCenterTime::wallClockOfAnInstant_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");

    QTest::newRow("UTC morning") << utc(2026, 3, 2, 1, 12) << QDate(2026, 3, 2) << QTime(8, 12);
    QTest::newRow("UTC evening is the next day")
            << utc(2026, 3, 2, 17, 0) << QDate(2026, 3, 3) << QTime(0, 0);
    QTest::newRow("one second before the center's midnight")
            << utc(2026, 12, 31, 16, 59, 59) << QDate(2026, 12, 31) << QTime(23, 59, 59);
    QTest::newRow("Tokyo offset") << QDateTime(
            QDate(2026, 3, 2), QTime(12, 0), Qt::OffsetFromUTC, 9 * 3600)
                                  << QDate(2026, 3, 2) << QTime(10, 0);
    QTest::newRow("New York zone, daylight saving")
            << QDateTime(QDate(2026, 7, 1), QTime(21, 30), QTimeZone("America/New_York"))
            << QDate(2026, 7, 2) << QTime(8, 30);
    QTest::newRow("New York zone, winter")
            << QDateTime(QDate(2026, 1, 5), QTime(21, 30), QTimeZone("America/New_York"))
            << QDate(2026, 1, 6) << QTime(9, 30);
    // What the database driver hands back: the PC's local time.
    QTest::newRow("local time spec")
            << utc(2026, 3, 2, 1, 12).toLocalTime() << QDate(2026, 3, 2) << QTime(8, 12);
}

void TestCenterTime::wallClockOfAnInstant()
{
    QFETCH(QDateTime, instant);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    const QDateTime center = CenterTime::toCenter(instant);
    QCOMPARE(center, instant); // the same instant
    QCOMPARE(center.date(), date);
    QCOMPARE(center.time(), time);
    QCOMPARE(center.offsetFromUtc(), VnTime::offsetSeconds);
    QCOMPARE(CenterTime::dateOf(instant), date);
    QCOMPARE(CenterTime::at(date, time), instant);
}

void TestCenterTime::dayBounds_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("start");

    QTest::newRow("ordinary day") << QDate(2026, 3, 2) << utc(2026, 3, 1, 17, 0);
    QTest::newRow("new year") << QDate(2027, 1, 1) << utc(2026, 12, 31, 17, 0);
    // A night when New York springs forward: no local gap reaches the center.
    QTest::newRow("New York's spring forward") << QDate(2026, 3, 8) << utc(2026, 3, 7, 17, 0);
}

void TestCenterTime::dayBounds()
{
    QFETCH(QDate, day);
    QFETCH(QDateTime, start);
    QCOMPARE(CenterTime::startOfDay(day), start);
    QCOMPARE(CenterTime::startOfDay(day.addDays(1)), start.addSecs(24 * 3600));
    QCOMPARE(CenterTime::dateOf(start), day);
    QCOMPARE(CenterTime::dateOf(start.addSecs(-1)), day.addDays(-1));
}

void TestCenterTime::nowAndToday()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = CenterTime::now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(before <= now && now <= after);
    QCOMPARE(now.offsetFromUtc(), VnTime::offsetSeconds);
    // The center's day, from UTC arithmetic alone.
    const QDate expected = after.addSecs(VnTime::offsetSeconds).date();
    const QDate today = CenterTime::today();
    QVERIFY2(today == expected || today == expected.addDays(-1), // midnight in between
             qPrintable(today.toString(Qt::ISODate)));
}

void TestCenterTime::texts_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("timeDate");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("iso");

    QTest::newRow("the issue's example")
            << utc(2026, 3, 2, 1, 12) << QStringLiteral("08:12 02/03/2026")
            << QStringLiteral("02/03/2026 08:12") << QStringLiteral("08:12, 02/03/2026")
            << QStringLiteral("2026-03-02T08:12");
    QTest::newRow("across midnight, local spec")
            << utc(2026, 3, 31, 18, 5).toLocalTime() << QStringLiteral("01:05 01/04/2026")
            << QStringLiteral("01/04/2026 01:05") << QStringLiteral("01:05, 01/04/2026")
            << QStringLiteral("2026-04-01T01:05");
}

void TestCenterTime::texts()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, timeDate);
    QFETCH(QString, dateTime);
    QFETCH(QString, due);
    QFETCH(QString, iso);
    QCOMPARE(CenterTime::timeDate(instant), timeDate);
    QCOMPARE(CenterTime::dateTime(instant), dateTime);
    QCOMPARE(CenterTime::dueText(instant), due);
    QCOMPARE(CenterTime::isoMinutes(instant), iso);
    QCOMPARE(CenterTime::format(instant, QStringLiteral("HH:mm:ss")),
             timeDate.left(5) + QStringLiteral(":00"));
}

void TestCenterTime::invalidStaysEmpty()
{
    QVERIFY(!CenterTime::toCenter(QDateTime()).isValid());
    QVERIFY(!CenterTime::dateOf(QDateTime()).isValid());
    QVERIFY(CenterTime::timeDate(QDateTime()).isEmpty());
    QVERIFY(CenterTime::dateTime(QDateTime()).isEmpty());
    QVERIFY(CenterTime::isoMinutes(QDateTime()).isEmpty());
}

void TestCenterTime::isoTextRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("instant");

    QTest::newRow("center wall clock")
            << QStringLiteral("2026-03-02T10:00") << utc(2026, 3, 2, 3, 0);
    QTest::newRow("space and seconds")
            << QStringLiteral("2026-03-02 10:00:30") << utc(2026, 3, 2, 3, 0, 30);
    QTest::newRow("Z") << QStringLiteral("2026-03-02T10:00Z") << utc(2026, 3, 2, 10, 0);
    QTest::newRow("offset") << QStringLiteral("2026-03-02T10:00+09:00") << utc(2026, 3, 2, 1, 0);
    QTest::newRow("negative offset")
            << QStringLiteral("2026-03-02T10:00-05:00") << utc(2026, 3, 2, 15, 0);
    // 02:30 does not exist in New York that night; it does at the center.
    QTest::newRow("in New York's gap")
            << QStringLiteral("2026-03-08T02:30") << utc(2026, 3, 7, 19, 30);
    QTest::newRow("date only") << QStringLiteral("2026-03-02") << QDateTime();
    QTest::newRow("bad month") << QStringLiteral("2099-13-05T10:00") << QDateTime();
    QTest::newRow("bad hour") << QStringLiteral("2026-03-02T25:00") << QDateTime();
    QTest::newRow("words") << QStringLiteral("tomorrow at ten") << QDateTime();
}

void TestCenterTime::isoTextRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, instant);
    const QDateTime parsed = CenterTime::fromIsoText(text);
    QCOMPARE(parsed.isValid(), instant.isValid());
    if (!instant.isValid())
        return;
    QCOMPARE(parsed, instant);
    QCOMPARE(CenterTime::fromIsoText(CenterTime::isoMinutes(parsed)),
             instant.addSecs(-instant.time().second()));
}

QTEST_APPLESS_MAIN(TestCenterTime)
#include "test_centertime.moc"
