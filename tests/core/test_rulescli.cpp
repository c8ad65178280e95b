#include "cli/rulescommands.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Motcua;

class TestRulesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void run_data();
    void run();
    void holidaysCsv();

private:
    int call(const QString &command, const QStringList &args, QString *out, QString *err);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

int TestRulesCli::call(const QString &command, const QStringList &args, QString *out, QString *err)
{
    QTextStream o(out);
    QTextStream e(err);
    int code = -1;
    if (command == QLatin1String("due-date"))
        code = Cli::dueDateCommand(args, o, e);
    else if (command == QLatin1String("lunar-to-solar"))
        code = Cli::lunarToSolarCommand(args, o, e);
    else if (command == QLatin1String("holidays"))
        code = Cli::holidaysCommand(args, o, e);
    else if (command == QLatin1String("check"))
        code = Cli::checkCommand(args, o, e);
    o.flush();
    e.flush();
    return code;
}

void TestRulesCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("ok.csv"),
          "date,type,note\n"
          "2026-01-01,holiday,T\xe1\xba\xbft D\xc6\xb0\xc6\xa1ng l\xe1\xbb\x8b"
          "ch\n"
          "2026-01-10,makeup_workday,\"L\xc3\xa0m b\xc3\xb9, th\xe1\xbb\xa9 B\xe1\xba\xa3y\"\n");
    write(QStringLiteral("badtype.csv"),
          "date,type,note\n2026-01-01,holiday,\n2026-01-02,day_off,x\n");
    write(QStringLiteral("noheader.csv"), "2026-01-01,holiday,\n");
}

void TestRulesCli::run_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");     // exact stdout
    QTest::addColumn<QString>("errPart"); // stderr must contain it (empty: stderr must be empty)

    const QString dd = QStringLiteral("due-date");
    auto L = [](std::initializer_list<const char *> items) {
        QStringList l;
        for (const char *i : items)
            l.append(QString::fromUtf8(i));
        return l;
    };

    // due-date: results.
    QTest::newRow("Monday 10:00 + 3d")
            << dd << L({"--received", "2026-03-02T10:00", "--duration", "3d"}) << 0
            << "due=2026-03-05T10:00\n"
            << "";
    QTest::newRow("option=value syntax")
            << dd << L({"--received=2026-03-02T10:00", "--duration=4h"}) << 0
            << "due=2026-03-02T15:30\n"
            << "";
    QTest::newRow("space instead of T, seconds")
            << dd << L({"--received", "2026-03-02 10:00:00", "--duration", "0.5d"}) << 0
            << "due=2026-03-02T15:30\n"
            << "";
    QTest::newRow("explicit UTC receipt")
            << dd << L({"--received", "2026-03-02T03:00Z", "--duration", "3d"}) << 0
            << "due=2026-03-05T10:00\n"
            << "";
    QTest::newRow("exact end 17:00")
            << dd << L({"--received", "2026-03-02T13:00", "--duration", "4h"}) << 0
            << "due=2026-03-02T17:00\n"
            << "";
    QTest::newRow("cut-off")
            << dd << L({"--received", "2026-03-02T15:30", "--duration", "1d", "--cutoff", "15:00"})
            << 0 << "due=2026-03-03T17:00\n"
            << "";
    QTest::newRow("Saturday hours") << dd
                                    << L({"--received",
                                          "2026-03-06T15:00",
                                          "--duration",
                                          "1d",
                                          "--hours",
                                          "mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30"})
                                    << 0 << "due=2026-03-09T09:30\n"
                                    << "";
    QTest::newRow("calendar: year boundary")
            << dd
            << L({"--received", "2025-12-31T16:00", "--duration", "1d", "--calendar", "@ok.csv"})
            << 0 << "due=2026-01-02T16:00\n"
            << "";
    QTest::newRow("calendar: make-up Saturday")
            << dd
            << L({"--received", "2026-01-09T10:00", "--duration", "1d", "--calendar", "@ok.csv"})
            << 0 << "due=2026-01-10T10:00\n"
            << "";
    QTest::newRow("two pauses") << dd
                                << L({"--received",
                                      "2026-03-02T08:00",
                                      "--duration",
                                      "4h",
                                      "--pause",
                                      "2026-03-02T13:00/2026-03-02T14:00",
                                      "--pause",
                                      "2026-03-02T09:00/2026-03-02T10:00"})
                                << 0 << "due=2026-03-02T15:30\n"
                                << "";
    QTest::newRow("pause over a weekend") << dd
                                          << L({"--received",
                                                "2026-03-02T10:00",
                                                "--duration",
                                                "3d",
                                                "--pause",
                                                "2026-03-05T09:00/2026-03-09T14:00"})
                                          << 0 << "due=2026-03-09T15:00\n"
                                          << "";
    QTest::newRow("finished early") << dd
                                    << L({"--received",
                                          "2026-03-02T10:00",
                                          "--duration",
                                          "3d",
                                          "--finished",
                                          "2026-03-04T16:00"})
                                    << 0 << "due=2026-03-05T10:00\nstatus=early\n"
                                    << "";
    QTest::newRow("finished on time") << dd
                                      << L({"--received",
                                            "2026-03-02T10:00",
                                            "--duration",
                                            "3d",
                                            "--finished",
                                            "2026-03-05T10:00"})
                                      << 0 << "due=2026-03-05T10:00\nstatus=on_time\n"
                                      << "";
    QTest::newRow("finished late") << dd
                                   << L({"--received",
                                         "2026-03-02T10:00",
                                         "--duration",
                                         "3d",
                                         "--finished",
                                         "2026-03-05T10:01"})
                                   << 0 << "due=2026-03-05T10:00\nstatus=late\n"
                                   << "";

    // due-date: malformed arguments.
    QTest::newRow("unknown option")
            << dd << L({"--received", "2026-03-02T10:00", "--duration", "3d", "--speed", "x"}) << 2
            << ""
            << "--speed";
    QTest::newRow("missing value")
            << dd << L({"--received", "2026-03-02T10:00", "--duration"}) << 2 << ""
            << "--duration";
    QTest::newRow("missing value before another option")
            << dd << L({"--received", "--duration", "3d"}) << 2 << ""
            << "--received";
    QTest::newRow("missing --duration") << dd << L({"--received", "2026-03-02T10:00"}) << 2 << ""
                                        << "--duration";
    QTest::newRow("bad time") << dd << L({"--received", "2026-03-02T25:00", "--duration", "3d"})
                              << 2 << ""
                              << "--received";
    QTest::newRow("date without time")
            << dd << L({"--received", "2026-03-02", "--duration", "3d"}) << 2 << ""
            << "--received";
    QTest::newRow("negative duration")
            << dd << L({"--received", "2026-03-02T10:00", "--duration", "-1d"}) << 2 << ""
            << "--duration";
    QTest::newRow("garbage duration")
            << dd << L({"--received", "2026-03-02T10:00", "--duration", "soon"}) << 2 << ""
            << "--duration";
    QTest::newRow("bad cut-off")
            << dd << L({"--received", "2026-03-02T10:00", "--duration", "3d", "--cutoff", "3pm"})
            << 2 << ""
            << "--cutoff";
    QTest::newRow("bad hours") << dd
                               << L({"--received",
                                     "2026-03-02T10:00",
                                     "--duration",
                                     "3d",
                                     "--hours",
                                     "mon-fri 17:00-07:30"})
                               << 2 << ""
                               << "--hours";
    QTest::newRow("unknown day type in the CSV") << dd
                                                 << L({"--received",
                                                       "2026-03-02T10:00",
                                                       "--duration",
                                                       "3d",
                                                       "--calendar",
                                                       "@badtype.csv"})
                                                 << 2 << ""
                                                 << "Line 3: unknown day type \"day_off\"";
    QTest::newRow("CSV without header") << dd
                                        << L({"--received",
                                              "2026-03-02T10:00",
                                              "--duration",
                                              "3d",
                                              "--calendar",
                                              "@noheader.csv"})
                                        << 2 << ""
                                        << "--calendar";
    QTest::newRow("missing calendar file")
            << dd
            << L({"--received", "2026-03-02T10:00", "--duration", "3d", "--calendar", "@nope.csv"})
            << 2 << ""
            << "--calendar";
    QTest::newRow("reversed pause") << dd
                                    << L({"--received",
                                          "2026-03-02T10:00",
                                          "--duration",
                                          "3d",
                                          "--pause",
                                          "2026-03-04T10:00/2026-03-03T10:00"})
                                    << 2 << ""
                                    << "reversed";
    QTest::newRow("overlapping pauses") << dd
                                        << L({"--received",
                                              "2026-03-02T10:00",
                                              "--duration",
                                              "3d",
                                              "--pause",
                                              "2026-03-03T10:00/2026-03-05T10:00",
                                              "--pause",
                                              "2026-03-04T10:00/2026-03-06T10:00"})
                                        << 2 << ""
                                        << "overlap";
    QTest::newRow("pause without slash") << dd
                                         << L({"--received",
                                               "2026-03-02T10:00",
                                               "--duration",
                                               "3d",
                                               "--pause",
                                               "2026-03-03T10:00"})
                                         << 2 << ""
                                         << "--pause";
    QTest::newRow("received twice") << dd
                                    << L({"--received",
                                          "2026-03-02T10:00",
                                          "--received",
                                          "2026-03-03T10:00",
                                          "--duration",
                                          "3d"})
                                    << 2 << ""
                                    << "--received";
    QTest::newRow("stray positional")
            << dd << L({"2026-03-02T10:00", "--duration", "3d"}) << 2 << ""
            << "2026-03-02T10:00";

    // lunar-to-solar.
    const QString lts = QStringLiteral("lunar-to-solar");
    QTest::newRow("Tết 2026") << lts << L({"1", "1", "2026"}) << 0 << "2026-02-17\n"
                              << "";
    QTest::newRow("Hùng Kings 2025") << lts << L({"10", "3", "2025"}) << 0 << "2025-04-07\n"
                                     << "";
    QTest::newRow("leap month 2 of 2023")
            << lts << L({"1", "2", "2023", "--leap"}) << 0 << "2023-03-22\n"
            << "";
    QTest::newRow("month 13") << lts << L({"1", "13", "2025"}) << 1 << ""
                              << "month 13";
    QTest::newRow("leap month the year lacks") << lts << L({"1", "2", "2024", "--leap"}) << 1 << ""
                                               << "no leap month";
    QTest::newRow("day 30 of a 29-day month") << lts << L({"30", "12", "2025"}) << 1 << ""
                                              << "29 days";
    QTest::newRow("not a number") << lts << L({"x", "1", "2026"}) << 2 << ""
                                  << "DAY";
    QTest::newRow("too few arguments") << lts << L({"1", "1"}) << 2 << ""
                                       << "DAY MONTH YEAR";
    QTest::newRow("unknown flag") << lts << L({"1", "1", "2026", "--leep"}) << 2 << ""
                                  << "--leep";

    // holidays.
    const QString hol = QStringLiteral("holidays");
    QTest::newRow("holidays without suggest") << hol << L({"--year", "2026"}) << 2 << ""
                                              << "suggest";
    QTest::newRow("holidays without year") << hol << L({"suggest"}) << 2 << ""
                                           << "--year";
    QTest::newRow("holidays bad year") << hol << L({"suggest", "--year", "twenty"}) << 2 << ""
                                       << "--year";
    QTest::newRow("holidays year out of range")
            << hol << L({"suggest", "--year", "1500"}) << 2 << ""
            << "--year";
    QTest::newRow("holidays bad extra day")
            << hol << L({"suggest", "--year", "2026", "--national-day-extra", "4"}) << 2 << ""
            << "--national-day-extra";

    // check.
    const QString chk = QStringLiteral("check");
    QTest::newRow("valid cccd") << chk << L({"cccd", " 079085012345 "}) << 0 << "079085012345\n"
                                << "";
    QTest::newRow("cccd with matching birth year")
            << chk << L({"cccd", "079085012345", "--birth-year", "1985"}) << 0 << "079085012345\n"
            << "";
    QTest::newRow("cccd with other birth year")
            << chk << L({"cccd", "079085012345", "--birth-year", "1986"}) << 1
            << "invalid: The number gives the birth year 1985, but the birth year entered is "
               "1986.\n"
            << "";
    QTest::newRow("cccd unknown province") << chk << L({"cccd", "003085012345"}) << 1
                                           << "invalid: 003 is not a province code: the first 3 "
                                              "digits must be the province of birth registration.\n"
                                           << "";
    QTest::newRow("cccd born in the future")
            << chk << L({"cccd", "079227000001", "--today", "2026-03-02"}) << 1
            << "invalid: Digits 4–6 give the birth year 2027, which is in the future.\n"
            << "";
    QTest::newRow("valid cmnd") << chk << L({"cmnd", "023456789"}) << 0 << "023456789\n"
                                << "";
    QTest::newRow("valid mst") << chk << L({"mst", "0100109106"}) << 0 << "0100109106\n"
                               << "";
    QTest::newRow("mst branch normalised")
            << chk << L({"mst", "0300588569002"}) << 0 << "0300588569-002\n"
            << "";
    QTest::newRow("mst bad check digit") << chk << L({"mst", "0300588568"}) << 1
                                         << "invalid: The check digit of tax code 0300588568 is "
                                            "wrong: please check for a typing error.\n"
                                         << "";
    QTest::newRow("phone normalised")
            << chk << L({"phone", "+84 912.345.678"}) << 0 << "0912345678\n"
            << "";
    QTest::newRow("landline") << chk << L({"phone", "028 3822 1234"}) << 0 << "02838221234\n"
                              << "";
    QTest::newRow("bad phone") << chk << L({"phone", "0412345678"}) << 1
                               << "invalid: 041 is not a Vietnamese mobile prefix (03x, 05x, 07x, "
                                  "08x, 09x) or landline area code (02x).\n"
                               << "";
    QTest::newRow("unknown kind") << chk << L({"passport", "B1234567"}) << 2 << ""
                                  << "passport";
    QTest::newRow("birth year for a phone")
            << chk << L({"phone", "0912345678", "--birth-year", "1985"}) << 2 << ""
            << "--birth-year";
    QTest::newRow("check without value") << chk << L({"cccd"}) << 2 << ""
                                         << "cccd";
}

void TestRulesCli::run()
{
    QFETCH(QString, command);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, errPart);
    for (QString &a : args) {
        if (a.startsWith(QLatin1Char('@')))
            a = path(a.mid(1));
    }
    QString actualOut;
    QString actualErr;
    const int code = call(command, args, &actualOut, &actualErr);
    QVERIFY2(code == exitCode,
             qPrintable(QStringLiteral("exit %1, out: %2, err: %3")
                                .arg(code)
                                .arg(actualOut, actualErr)));
    QCOMPARE(actualOut, out);
    if (errPart.isEmpty())
        QCOMPARE(actualErr, QString());
    else
        QVERIFY2(actualErr.contains(errPart), qPrintable(actualErr));
}

void TestRulesCli::holidaysCsv()
{
    QString out;
    QString err;
    QCOMPARE(call(QStringLiteral("holidays"),
                  {QStringLiteral("suggest"), QStringLiteral("--year"), QStringLiteral("2026")},
                  &out,
                  &err),
             0);
    QVERIFY(err.isEmpty());
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("date,type,note"));
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.at(1), QStringLiteral("2026-01-01,holiday,Tết Dương lịch"));
    QVERIFY(lines.contains(QStringLiteral("2026-02-17,holiday,Tết Nguyên đán (mùng 1)")));
    QVERIFY(lines.at(8).startsWith(QStringLiteral("2026-04-27,compensatory_off,Nghỉ bù")));

    // The suggestion feeds back into due-date as a calendar.
    QFile f(path(QStringLiteral("2026.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(out.toUtf8());
    f.close();
    out.clear();
    QCOMPARE(call(QStringLiteral("due-date"),
                  {QStringLiteral("--received"),
                   QStringLiteral("2026-02-13T15:00"),
                   QStringLiteral("--duration"),
                   QStringLiteral("1d"),
                   QStringLiteral("--calendar"),
                   f.fileName()},
                  &out,
                  &err),
             0);
    QCOMPARE(out, QStringLiteral("due=2026-02-23T15:00\n"));
}

QTEST_APPLESS_MAIN(TestRulesCli)
#include "test_rulescli.moc"
