#include "core/duration.h"

#include <QTest>

using namespace Motcua;

class TestDuration : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void workingMinutes_data();
    void workingMinutes();
    void unitKeys();
};

void TestDuration::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("canonical");

    const int days = int(DurationUnit::WorkingDays);
    const int hours = int(DurationUnit::WorkingHours);
    QTest::newRow("3d") << QStringLiteral("3d") << days << 3.0 << QStringLiteral("3d");
    QTest::newRow("half day") << QStringLiteral("0.5d") << days << 0.5 << QStringLiteral("0.5d");
    QTest::newRow("decimal comma")
            << QStringLiteral("0,5d") << days << 0.5 << QStringLiteral("0.5d");
    QTest::newRow("4h") << QStringLiteral("4h") << hours << 4.0 << QStringLiteral("4h");
    QTest::newRow("90m is 1.5 h") << QStringLiteral("90m") << hours << 1.5
                                  << QStringLiteral("1.5h");
    QTest::newRow("2m has no short decimal")
            << QStringLiteral("2m") << hours << 2.0 / 60.0 << QStringLiteral("2m");
    QTest::newRow("100d") << QStringLiteral("100d") << days << 100.0 << QStringLiteral("100d");
    // Found by fuzz_duration: "13335.5h" printed as "800130m", which the
    // length check measured as 800130 hours and refused.
    QTest::newRow("long hours print as minutes and parse back")
            << QStringLiteral("800130m") << hours << 13335.5 << QStringLiteral("800130m");
    QTest::newRow("spaces and upper case")
            << QStringLiteral(" 15 D ") << days << 15.0 << QStringLiteral("15d");
    QTest::newRow("words") << QStringLiteral("2 days") << days << 2.0 << QStringLiteral("2d");
    QTest::newRow("Vietnamese words")
            << QStringLiteral("8 giờ") << hours << 8.0 << QStringLiteral("8h");
    QTest::newRow("Vietnamese days")
            << QStringLiteral("5 ngày") << days << 5.0 << QStringLiteral("5d");
}

void TestDuration::parse()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(double, value);
    QFETCH(QString, canonical);
    const Result<ProcessingTime> r = ProcessingTime::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(int(r.value().unit), unit);
    QCOMPARE(r.value().value, value);
    QCOMPARE(r.value().toString(), canonical);
}

void TestDuration::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("negative") << QStringLiteral("-1d") << QStringLiteral("negative");
    QTest::newRow("zero") << QStringLiteral("0d") << QStringLiteral("greater than zero");
    QTest::newRow("zero hours") << QStringLiteral("0h") << QStringLiteral("greater than zero");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
    QTest::newRow("no unit") << QStringLiteral("3") << QStringLiteral("no unit");
    QTest::newRow("unknown unit") << QStringLiteral("3w") << QStringLiteral("\"w\"");
    QTest::newRow("garbage") << QStringLiteral("abc") << QStringLiteral("not a processing time");
    QTest::newRow("two dots") << QStringLiteral("1.2.3d")
                              << QStringLiteral("not a processing time");
    QTest::newRow("plus sign") << QStringLiteral("+3d") << QStringLiteral("not a processing time");
    QTest::newRow("shorter than a minute") << QStringLiteral("0.001h") << QStringLiteral("minute");
    QTest::newRow("absurdly long") << QStringLiteral("5000d") << QStringLiteral("longer");
}

void TestDuration::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<ProcessingTime> r = ProcessingTime::parse(text);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(messagePart), qPrintable(r.error()));
}

void TestDuration::workingMinutes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("dayMinutes");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("3d on 8h days") << QStringLiteral("3d") << 480 << qint64(1440);
    QTest::newRow("0.5d on 8h days") << QStringLiteral("0.5d") << 480 << qint64(240);
    QTest::newRow("1d on 7h days") << QStringLiteral("1d") << 420 << qint64(420);
    QTest::newRow("hours ignore the day length") << QStringLiteral("4h") << 420 << qint64(240);
    QTest::newRow("rounded to the minute") << QStringLiteral("0.333d") << 480 << qint64(160);
}

void TestDuration::workingMinutes()
{
    QFETCH(QString, text);
    QFETCH(int, dayMinutes);
    QFETCH(qint64, expected);
    const Result<ProcessingTime> r = ProcessingTime::parse(text);
    QVERIFY(r.ok());
    QCOMPARE(r.value().workingMinutes(dayMinutes), expected);
}

void TestDuration::unitKeys()
{
    QCOMPARE(durationUnitKey(DurationUnit::WorkingDays), QStringLiteral("working_days"));
    QCOMPARE(durationUnitKey(DurationUnit::WorkingHours), QStringLiteral("working_hours"));
    QCOMPARE(durationUnitFromKey(QStringLiteral("working_hours")), DurationUnit::WorkingHours);
    QVERIFY(!durationUnitFromKey(QStringLiteral("weeks")));
}

QTEST_APPLESS_MAIN(TestDuration)
#include "test_duration.moc"
