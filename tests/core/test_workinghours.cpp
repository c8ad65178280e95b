#include "core/workinghours.h"

#include <QTest>

using namespace Motcua;

class TestWorkingHours : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void setIntervalsRejectsOverlap();
    void standardDayWithoutMonday();
};

void TestWorkingHours::defaults()
{
    const WorkingHours h;
    QCOMPARE(h.toString(), QStringLiteral("mon-fri 07:30-11:30,13:00-17:00"));
    QCOMPARE(h.standardDayMinutes(), 480);
    QCOMPARE(h.weekMinutes(), 5 * 480);
    QVERIFY(h.isWorkingDay(Qt::Friday));
    QVERIFY(!h.isWorkingDay(Qt::Saturday));
    QVERIFY(!h.isWorkingDay(Qt::Sunday));
}

void TestWorkingHours::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("saturdayMinutes");
    QTest::addColumn<int>("standardMinutes");

    QTest::newRow("default spec") << QStringLiteral("mon-fri 07:30-11:30,13:00-17:00")
                                  << QStringLiteral("mon-fri 07:30-11:30,13:00-17:00") << 0 << 480;
    QTest::newRow("saturday morning")
            << QStringLiteral("mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30")
            << QStringLiteral("mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30") << 240 << 480;
    QTest::newRow("spaces, upper case, unordered intervals")
            << QStringLiteral("  MON-Fri   13:00-17:00, 07:30-11:30 ;sat 08:00-12:00 ")
            << QStringLiteral("mon-fri 07:30-11:30,13:00-17:00; sat 08:00-12:00") << 240 << 480;
    QTest::newRow("day list and single days merge into a range")
            << QStringLiteral("mon,tue 08:00-12:00; wed 08:00-12:00; fri 08:00-12:00")
            << QStringLiteral("mon-wed 08:00-12:00; fri 08:00-12:00") << 0 << 240;
    QTest::newRow("single digit hour and 24:00 end")
            << QStringLiteral("sat-sun 7:00-24:00") << QStringLiteral("sat-sun 07:00-24:00") << 1020
            << 1020;
    QTest::newRow("touching intervals allowed")
            << QStringLiteral("mon 08:00-10:00,10:00-12:00")
            << QStringLiteral("mon 08:00-10:00,10:00-12:00") << 0 << 240;
}

void TestWorkingHours::parse()
{
    QFETCH(QString, spec);
    QFETCH(QString, canonical);
    QFETCH(int, saturdayMinutes);
    QFETCH(int, standardMinutes);
    const Result<WorkingHours> r = WorkingHours::parse(spec);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().toString(), canonical);
    QCOMPARE(r.value().dayMinutes(Qt::Saturday), saturdayMinutes);
    QCOMPARE(r.value().standardDayMinutes(), standardMinutes);
    const Result<WorkingHours> again = WorkingHours::parse(canonical);
    QVERIFY(again.ok());
    QVERIFY(again.value() == r.value());
}

void TestWorkingHours::parseErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("overlapping intervals")
            << QStringLiteral("mon-fri 07:30-11:30,11:00-17:00") << QStringLiteral("overlap");
    QTest::newRow("reversed interval")
            << QStringLiteral("mon 17:00-13:00") << QStringLiteral("reversed");
    QTest::newRow("empty interval")
            << QStringLiteral("mon 13:00-13:00") << QStringLiteral("reversed");
    QTest::newRow("unknown day") << QStringLiteral("mon-fry 07:30-11:30") << QStringLiteral("fry");
    QTest::newRow("Vietnamese day name")
            << QStringLiteral("t2 07:30-11:30") << QStringLiteral("t2");
    QTest::newRow("reversed day range")
            << QStringLiteral("fri-mon 07:30-11:30") << QStringLiteral("reversed");
    QTest::newRow("bad minutes") << QStringLiteral("mon 07:60-11:30") << QStringLiteral("07:60");
    QTest::newRow("bad hour") << QStringLiteral("mon 07:30-25:00") << QStringLiteral("25:00");
    QTest::newRow("not a time") << QStringLiteral("mon 7h30-11h30") << QStringLiteral("7h30");
    QTest::newRow("24:00 as start") << QStringLiteral("mon 24:00-24:00") << QStringLiteral("24:00");
    QTest::newRow("missing intervals")
            << QStringLiteral("mon-fri") << QStringLiteral("expected days");
    QTest::newRow("day listed twice")
            << QStringLiteral("mon-fri 08:00-12:00; fri 13:00-17:00") << QStringLiteral("twice");
    QTest::newRow("interval without dash")
            << QStringLiteral("mon 08:00") << QStringLiteral("08:00");
    QTest::newRow("nothing at all") << QStringLiteral(" ; ") << QStringLiteral("no working time");
}

void TestWorkingHours::parseErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, messagePart);
    const Result<WorkingHours> r = WorkingHours::parse(spec);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(messagePart), qPrintable(r.error()));
}

void TestWorkingHours::setIntervalsRejectsOverlap()
{
    WorkingHours h;
    const Status s = h.setIntervals(Qt::Monday, {{8 * 60, 12 * 60}, {11 * 60, 13 * 60}});
    QVERIFY(!s.ok());
    // Unchanged after the failure.
    QCOMPARE(h.dayMinutes(Qt::Monday), 480);
    QVERIFY(h.setIntervals(Qt::Monday, {{13 * 60, 14 * 60}, {8 * 60, 9 * 60}}).ok());
    QCOMPARE(h.intervals(Qt::Monday).first().start, 8 * 60);
    QCOMPARE(h.dayMinutes(Qt::Monday), 120);
}

void TestWorkingHours::standardDayWithoutMonday()
{
    const Result<WorkingHours> r
            = WorkingHours::parse(QStringLiteral("tue-sat 08:00-12:00,13:00-16:00"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().standardDay(), int(Qt::Tuesday));
    QCOMPARE(r.value().standardDayMinutes(), 420);
}

QTEST_APPLESS_MAIN(TestWorkingHours)
#include "test_workinghours.moc"
