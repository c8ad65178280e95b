#include "core/calendarcsv.h"

#include <QTest>

using namespace Motcua;

class TestCalendarCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void roundTrip();
};

void TestCalendarCsv::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("firstDate");
    QTest::addColumn<int>("firstType");
    QTest::addColumn<QString>("firstNote");

    QTest::newRow("plain") << QStringLiteral("date,type,note\n2026-01-01,holiday,Tết Dương lịch\n")
                           << 1 << QDate(2026, 1, 1) << int(DayType::Holiday)
                           << QStringLiteral("Tết Dương lịch");
    QTest::newRow("quoted note with comma and quotes") << QStringLiteral(
            "date,type,note\n2026-02-21,makeup_workday,\"Làm bù, theo \"\"CV 123\"\"\"\n")
                                                       << 1 << QDate(2026, 2, 21)
                                                       << int(DayType::MakeupWorkday)
                                                       << QStringLiteral("Làm bù, theo \"CV 123\"");
    QTest::newRow("CRLF, BOM, blank lines, sorted on output") << QStringLiteral(
            "\uFEFFdate,type,note\r\n\r\n2026-05-01,holiday,x\r\n2026-01-02,compensatory_off,\r\n")
                                                              << 2 << QDate(2026, 1, 2)
                                                              << int(DayType::CompensatoryOff)
                                                              << QString();
    QTest::newRow("note column missing on a row")
            << QStringLiteral("date,type,note\n2026-01-01,holiday\n") << 1 << QDate(2026, 1, 1)
            << int(DayType::Holiday) << QString();
    QTest::newRow("quoted note across lines")
            << QStringLiteral("date,type,note\n2026-01-01,holiday,\"a\nb\"\n") << 1
            << QDate(2026, 1, 1) << int(DayType::Holiday) << QStringLiteral("a\nb");
    QTest::newRow("header only") << QStringLiteral("date,type,note\n") << 0 << QDate() << 0
                                 << QString();
}

void TestCalendarCsv::parse()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QDate, firstDate);
    QFETCH(int, firstType);
    QFETCH(QString, firstNote);
    const auto r = CalendarCsv::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().size(), count);
    if (count == 0)
        return;
    QCOMPARE(r.value().first().date, firstDate);
    QCOMPARE(int(r.value().first().type), firstType);
    QCOMPARE(r.value().first().note, firstNote);
}

void TestCalendarCsv::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty file") << QString() << QStringLiteral("header");
    QTest::newRow("missing header") << QStringLiteral("2026-01-01,holiday,x\n")
                                    << QStringLiteral("Line 1: expected the header");
    QTest::newRow("unknown day type")
            << QStringLiteral("date,type,note\n2026-01-01,holiday,\n2026-01-02,vacation,x\n")
            << QStringLiteral("Line 3: unknown day type \"vacation\"");
    QTest::newRow("bad date") << QStringLiteral("date,type,note\n2026-02-30,holiday,x\n")
                              << QStringLiteral("Line 2: \"2026-02-30\"");
    QTest::newRow("date in another format")
            << QStringLiteral("date,type,note\n01/01/2026,holiday,x\n") << QStringLiteral("Line 2");
    QTest::newRow("too many fields") << QStringLiteral("date,type,note\n2026-01-01,holiday,a,b\n")
                                     << QStringLiteral("Line 2: expected 3 fields");
    QTest::newRow("duplicate date")
            << QStringLiteral(
                       "date,type,note\n2026-01-01,holiday,\n\n2026-01-01,compensatory_off,\n")
            << QStringLiteral("Line 4: 2026-01-01 is already listed on line 2");
    QTest::newRow("unclosed quote") << QStringLiteral("date,type,note\n2026-01-01,holiday,\"oops\n")
                                    << QStringLiteral("Line 2: a quoted field is not closed");
    QTest::newRow("line number counts quoted newlines")
            << QStringLiteral("date,type,note\n2026-01-01,holiday,\"a\nb\"\n2026-01-02,bogus,\n")
            << QStringLiteral("Line 4");
}

void TestCalendarCsv::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const auto r = CalendarCsv::parse(text);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(messagePart), qPrintable(r.error()));
}

void TestCalendarCsv::roundTrip()
{
    const QVector<CalendarDay> days{
            {QDate(2026, 9, 2), DayType::Holiday, QStringLiteral("Quốc khánh")},
            {QDate(2026, 1, 1), DayType::Holiday, QStringLiteral("Tết Dương lịch")},
            {QDate(2026, 2, 28), DayType::MakeupWorkday, QStringLiteral("Làm bù, \"đợt 1\"")},
            {QDate(2026, 2, 23), DayType::CompensatoryOff, QString()},
    };
    const QString text = CalendarCsv::write(days);
    QVERIFY(text.startsWith(QStringLiteral("date,type,note\n2026-01-01,holiday,Tết Dương lịch\n")));
    QVERIFY(text.contains(QStringLiteral("2026-02-28,makeup_workday,\"Làm bù, \"\"đợt 1\"\"\"\n")));
    QVERIFY(text.contains(QStringLiteral("2026-02-23,compensatory_off,\n")));
    const auto back = CalendarCsv::parse(text);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value().size(), 4);
    for (const CalendarDay &d : days)
        QVERIFY(back.value().contains(d));
    QCOMPARE(back.value().first().date, QDate(2026, 1, 1));
}

QTEST_APPLESS_MAIN(TestCalendarCsv)
#include "test_calendarcsv.moc"
