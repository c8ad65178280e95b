#include "core/calendarcsv.h"
#include "core/holidays.h"

#include <QTest>

using namespace Motcua;

namespace {

QString summary(const QVector<CalendarDay> &days)
{
    QStringList parts;
    for (const CalendarDay &d : days)
        parts.append(d.date.toString(QStringLiteral("MM-dd")) + QLatin1Char(' ')
                     + (d.type == DayType::Holiday ? QStringLiteral("H") : QStringLiteral("C")));
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestHolidays : public QObject
{
    Q_OBJECT

private slots:
    void suggest_data();
    void suggest();
    void notes();
    void errors();
};

void TestHolidays::suggest_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("hours");
    QTest::addColumn<int>("nationalDayExtra");
    QTest::addColumn<QString>("expected");

    const QString weekdays = QStringLiteral("mon-fri 07:30-11:30,13:00-17:00");
    // 2026: Tết 17 Feb (Tue), eve 16 Feb; Hùng Kings 26 Apr is a Sunday -> Monday 27 Apr off.
    QTest::newRow("2026 Monday-Friday")
            << 2026 << weekdays << 1
            << "01-01 H, 02-16 H, 02-17 H, 02-18 H, 02-19 H, 02-20 H, 04-26 H, 04-27 C, "
               "04-30 H, 05-01 H, 09-01 H, 09-02 H";
    // 2027: 1 Jan Fri; Tết 6 Feb is a Saturday (eve 5 Feb): Sat, Sun, +Mon..Tue -> two days off
    // in lieu on Wed 10 and Thu 11; Hùng Kings 16 Apr (Fri); 1 May is a Saturday -> Mon 3 May.
    QTest::newRow("2027 with Tết over a weekend")
            << 2027 << weekdays << 1
            << "01-01 H, 02-05 H, 02-06 H, 02-07 H, 02-08 H, 02-09 H, 02-10 C, 02-11 C, "
               "04-16 H, 04-30 H, 05-01 H, 05-03 C, 09-01 H, 09-02 H";
    // A center open on Saturday mornings: Saturday is not a rest day, Sunday is.
    QTest::newRow("2027 with Saturday hours")
            << 2027 << QStringLiteral("mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30") << 1
            << "01-01 H, 02-05 H, 02-06 H, 02-07 H, 02-08 H, 02-09 H, 02-10 C, "
               "04-16 H, 04-30 H, 05-01 H, 09-01 H, 09-02 H";
    // 2026 with 3 Sep as the adjacent day.
    QTest::newRow("2026 with 3 September")
            << 2026 << weekdays << 3
            << "01-01 H, 02-16 H, 02-17 H, 02-18 H, 02-19 H, 02-20 H, 04-26 H, 04-27 C, "
               "04-30 H, 05-01 H, 09-02 H, 09-03 H";
    // 2028: 1 Jan is a Saturday -> Monday 3 Jan; 2 Sep is a Saturday -> Monday 4 Sep.
    QTest::newRow("2028: 1 Jan and 2 Sep on Saturday")
            << 2028 << weekdays << 1
            << "01-01 H, 01-03 C, 01-25 H, 01-26 H, 01-27 H, 01-28 H, 01-29 H, 01-31 C, "
               "04-04 H, 04-30 H, 05-01 H, 05-02 C, 09-01 H, 09-02 H, 09-04 C";
}

void TestHolidays::suggest()
{
    QFETCH(int, year);
    QFETCH(QString, hours);
    QFETCH(int, nationalDayExtra);
    QFETCH(QString, expected);
    const Result<WorkingHours> h = WorkingHours::parse(hours);
    QVERIFY(h.ok());
    HolidayOptions options;
    options.nationalDayExtra = nationalDayExtra;
    const auto r = Holidays::suggest(year, h.value(), options);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(summary(r.value()), expected);
}

void TestHolidays::notes()
{
    const auto r = Holidays::suggest(2026);
    QVERIFY(r.ok());
    const QString csv = CalendarCsv::write(r.value());
    QVERIFY(csv.startsWith(QStringLiteral("date,type,note\n2026-01-01,holiday,Tết Dương lịch\n")));
    QVERIFY(csv.contains(QStringLiteral("2026-02-17,holiday,Tết Nguyên đán (mùng 1)")));
    QVERIFY(csv.contains(QStringLiteral("2026-04-26,holiday,Giỗ Tổ Hùng Vương")));
    QVERIFY(csv.contains(QStringLiteral("2026-04-27,compensatory_off,Nghỉ bù Giỗ Tổ Hùng Vương")));
    QVERIFY(csv.contains(QStringLiteral("2026-04-30,holiday,\"Ngày Giải phóng miền Nam, ")));
    QVERIFY(csv.contains(QStringLiteral("2026-05-01,holiday,Quốc tế Lao động")));
    QVERIFY(csv.contains(QStringLiteral("2026-09-01,holiday,\"Quốc khánh (ngày liền kề 1/9")));
    // The written CSV reads back unchanged.
    const auto back = CalendarCsv::parse(csv);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value(), r.value());
}

void TestHolidays::errors()
{
    QVERIFY(!Holidays::suggest(1500).ok());
    HolidayOptions options;
    options.nationalDayExtra = 4;
    QVERIFY(!Holidays::suggest(2026, WorkingHours(), options).ok());
    QVERIFY(!Holidays::suggest(2026, WorkingHours::none()).ok());
}

QTEST_APPLESS_MAIN(TestHolidays)
#include "test_holidays.moc"
