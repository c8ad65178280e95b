#include "core/lunarcalendar.h"

#include <QTest>

using namespace Motcua;

class TestLunarCalendar : public QObject
{
    Q_OBJECT

private slots:
    void lunarToSolar_data();
    void lunarToSolar();
    void solarToLunar_data();
    void solarToLunar();
    void invalid_data();
    void invalid();
    void leapMonth_data();
    void leapMonth();
    void roundTrip();
};

void TestLunarCalendar::lunarToSolar_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Tết 2024") << 1 << 1 << 2024 << false << QDate(2024, 2, 10);
    QTest::newRow("Tết 2025") << 1 << 1 << 2025 << false << QDate(2025, 1, 29);
    QTest::newRow("Tết 2026") << 1 << 1 << 2026 << false << QDate(2026, 2, 17);
    QTest::newRow("Tết 2027") << 1 << 1 << 2027 << false << QDate(2027, 2, 6);
    // Vietnam (UTC+7) and China (UTC+8) differ: China had 1985-02-20 and 2007-02-18.
    QTest::newRow("Tết 1985 (Vietnam, not China)") << 1 << 1 << 1985 << false << QDate(1985, 1, 21);
    QTest::newRow("Tết 2007 (Vietnam, not China)") << 1 << 1 << 2007 << false << QDate(2007, 2, 17);
    QTest::newRow("Hùng Kings 2025") << 10 << 3 << 2025 << false << QDate(2025, 4, 7);
    QTest::newRow("Hùng Kings 2026") << 10 << 3 << 2026 << false << QDate(2026, 4, 26);
    QTest::newRow("leap month 2 of 2023") << 1 << 2 << 2023 << true << QDate(2023, 3, 22);
    QTest::newRow("ordinary month 2 of 2023") << 1 << 2 << 2023 << false << QDate(2023, 2, 20);
    QTest::newRow("month 3 after the leap month 2023")
            << 1 << 3 << 2023 << false << QDate(2023, 4, 20);
    QTest::newRow("last day of lunar 2025 (30 Tết)")
            << 29 << 12 << 2025 << false << QDate(2026, 2, 16);
    QTest::newRow("month 12 falls in the next solar year")
            << 1 << 12 << 2025 << false << QDate(2026, 1, 19);
    QTest::newRow("Mid-Autumn 2024") << 15 << 8 << 2024 << false << QDate(2024, 9, 17);
}

void TestLunarCalendar::lunarToSolar()
{
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(bool, leap);
    QFETCH(QDate, expected);
    const Result<QDate> r = LunarCalendar::lunarToSolar(day, month, year, leap);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), expected);
}

void TestLunarCalendar::solarToLunar_data()
{
    QTest::addColumn<QDate>("solar");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");

    QTest::newRow("Tết 2026") << QDate(2026, 2, 17) << 1 << 1 << 2026 << false;
    QTest::newRow("eve of Tết 2026 is still lunar 2025")
            << QDate(2026, 2, 16) << 29 << 12 << 2025 << false;
    QTest::newRow("1 Jan 2026 is lunar 13/11/2025")
            << QDate(2026, 1, 1) << 13 << 11 << 2025 << false;
    QTest::newRow("inside leap month 2 of 2023") << QDate(2023, 4, 1) << 11 << 2 << 2023 << true;
    QTest::newRow("Tết 1985 Vietnam") << QDate(1985, 1, 21) << 1 << 1 << 1985 << false;
    QTest::newRow("2007-02-17") << QDate(2007, 2, 17) << 1 << 1 << 2007 << false;
}

void TestLunarCalendar::solarToLunar()
{
    QFETCH(QDate, solar);
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(bool, leap);
    const LunarDate l = LunarCalendar::solarToLunar(solar);
    QCOMPARE(l.day, day);
    QCOMPARE(l.month, month);
    QCOMPARE(l.year, year);
    QCOMPARE(l.leap, leap);
}

void TestLunarCalendar::invalid_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("month 13") << 1 << 13 << 2025 << false << QStringLiteral("month 13");
    QTest::newRow("month 0") << 1 << 0 << 2025 << false << QStringLiteral("month 0");
    QTest::newRow("day 31") << 31 << 1 << 2025 << false << QStringLiteral("day 31");
    QTest::newRow("day 0") << 0 << 1 << 2025 << false << QStringLiteral("day 0");
    QTest::newRow("leap month in a year without one")
            << 1 << 2 << 2024 << true << QStringLiteral("no leap month");
    QTest::newRow("wrong leap month") << 1 << 3 << 2023 << true << QStringLiteral("leap month 2");
    // Lunar 12/2025 runs 2026-01-19..2026-02-16: 29 days.
    QTest::newRow("day 30 in a 29-day month")
            << 30 << 12 << 2025 << false << QStringLiteral("29 days");
    QTest::newRow("year out of range") << 1 << 1 << 1700 << false << QStringLiteral("1700");
}

void TestLunarCalendar::invalid()
{
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(bool, leap);
    QFETCH(QString, messagePart);
    const Result<QDate> r = LunarCalendar::lunarToSolar(day, month, year, leap);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(messagePart), qPrintable(r.error()));
}

void TestLunarCalendar::leapMonth_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("expected");

    QTest::newRow("2020: leap 4") << 2020 << 4;
    QTest::newRow("2023: leap 2") << 2023 << 2;
    QTest::newRow("2024: none") << 2024 << 0;
    QTest::newRow("2025: leap 6") << 2025 << 6;
    QTest::newRow("2026: none") << 2026 << 0;
}

void TestLunarCalendar::leapMonth()
{
    QFETCH(int, year);
    QFETCH(int, expected);
    QCOMPARE(LunarCalendar::leapMonth(year), expected);
}

void TestLunarCalendar::roundTrip()
{
    // Every day of 2020–2030 converts to a lunar date that converts back to it.
    for (QDate d(2020, 1, 1); d <= QDate(2030, 12, 31); d = d.addDays(1)) {
        const LunarDate l = LunarCalendar::solarToLunar(d);
        const Result<QDate> back = LunarCalendar::lunarToSolar(l.day, l.month, l.year, l.leap);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), d);
    }
}

QTEST_APPLESS_MAIN(TestLunarCalendar)
#include "test_lunarcalendar.moc"
