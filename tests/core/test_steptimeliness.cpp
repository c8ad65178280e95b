// Each step of the control sheet is judged against the due date in force then.
#include "core/timeliness.h"

#include <QtTest>

using namespace Motcua;

Q_DECLARE_METATYPE(Motcua::Timeliness)

class TestStepTimeliness : public QObject
{
    Q_OBJECT

private slots:
    void classifyStep_data();
    void classifyStep();
};

void TestStepTimeliness::classifyStep_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("at");
    QTest::addColumn<Timeliness>("expected");
    // Due 2026-03-05 10:00 (+07:00) for every row.
    QTest::newRow("ready the day before") << "ready"
                                          << "in_processing"
                                          << "2026-03-04T16:00" << Timeliness::Early;
    QTest::newRow("returned on the due day") << "returned"
                                             << "ready"
                                             << "2026-03-05T09:59" << Timeliness::OnTime;
    QTest::newRow("returned after the instant") << "returned"
                                                << "ready"
                                                << "2026-03-05T10:01" << Timeliness::Late;
    QTest::newRow("stopped late") << "stopped"
                                  << "in_processing"
                                  << "2026-03-06T08:00" << Timeliness::Late;
    QTest::newRow("withdrawn late counts on time") << "withdrawn"
                                                   << "received"
                                                   << "2026-03-09T08:00" << Timeliness::OnTime;
    QTest::newRow("transfer in time") << "transferred"
                                      << "received"
                                      << "2026-03-02T11:00" << Timeliness::InTime;
    QTest::newRow("processing overdue") << "processing"
                                        << "transferred"
                                        << "2026-03-05T11:00" << Timeliness::Overdue;
    QTest::newRow("resumed while paused") << "supplemented"
                                          << "awaiting_supplement"
                                          << "2026-03-10T08:00" << Timeliness::InTime;
}

void TestStepTimeliness::classifyStep()
{
    QFETCH(QString, kind);
    QFETCH(QString, from);
    QFETCH(QString, at);
    QFETCH(Timeliness, expected);
    const QDateTime due(QDate(2026, 3, 5), QTime(10, 0), Qt::OffsetFromUTC, 7 * 3600);
    const QDateTime when = QDateTime::fromString(at, Qt::ISODate);
    const QDateTime atVn(when.date(), when.time(), Qt::OffsetFromUTC, 7 * 3600);
    QCOMPARE(Motcua::classifyStep(kind, from, due, atVn), expected);
}

QTEST_APPLESS_MAIN(TestStepTimeliness)
#include "test_steptimeliness.moc"
