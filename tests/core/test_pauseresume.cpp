// The clock stops while the dossier waits for the citizen's supplement and
// resumes with the working time that was left, across weekends and holidays.
#include "core/duedate.h"
#include "core/workingcalendar.h"
#include "duedatecases.h"

#include <QtTest>

using namespace Motcua;

class TestPauseResume : public QObject
{
    Q_OBJECT

private slots:
    void resumedDue_data();
    void resumedDue();
};

namespace {
QDateTime vn(const char *text)
{
    return QDateTime(QDateTime::fromString(QLatin1String(text), Qt::ISODate).date(),
                     QDateTime::fromString(QLatin1String(text), Qt::ISODate).time(),
                     Qt::OffsetFromUTC,
                     7 * 3600);
}
} // namespace

void TestPauseResume::resumedDue_data()
{
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QDateTime>("paused");
    QTest::addColumn<QDateTime>("resumed");
    QTest::addColumn<QDateTime>("expected");
    // The rows live in tests/support: the server's equivalence test reuses them.
    for (const Test::ResumedDueRow &r : Test::resumedDueRows())
        QTest::newRow(r.name) << vn(r.due) << vn(r.paused) << vn(r.resumed) << vn(r.expected);
}

void TestPauseResume::resumedDue()
{
    QFETCH(QDateTime, due);
    QFETCH(QDateTime, paused);
    QFETCH(QDateTime, resumed);
    QFETCH(QDateTime, expected);
    WorkingCalendar calendar(WorkingHours(), Test::resumedDueDays());
    const QDateTime got = DueDateCalculator(calendar).resumedDue(due, paused, resumed);
    QCOMPARE(got.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate), expected.toString(Qt::ISODate));
}

QTEST_APPLESS_MAIN(TestPauseResume)
#include "test_pauseresume.moc"
