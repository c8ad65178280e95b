// The clock stops while the dossier waits for the citizen's supplement and
// resumes with the working time that was left, across weekends and holidays.
#include "core/duedate.h"
#include "core/workingcalendar.h"

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
    QTest::newRow("next day") << vn("2026-03-05T10:00") << vn("2026-03-03T10:00")
                              << vn("2026-03-04T10:00") << vn("2026-03-06T10:00");
    QTest::newRow("over a weekend") << vn("2026-03-09T10:00") << vn("2026-03-06T16:00")
                                    << vn("2026-03-13T16:30") << vn("2026-03-16T10:30");
    QTest::newRow("over 30/4 and 1/5") << vn("2026-04-29T15:00") << vn("2026-04-29T09:00")
                                       << vn("2026-04-29T16:00") << vn("2026-05-04T11:00");
    QTest::newRow("resumed at lunch") << vn("2026-03-05T10:00") << vn("2026-03-05T08:00")
                                      << vn("2026-03-05T12:00") << vn("2026-03-05T15:00");
    QTest::newRow("resumed at night") << vn("2026-03-05T17:00") << vn("2026-03-05T16:00")
                                      << vn("2026-03-05T20:00") << vn("2026-03-06T08:30");
    QTest::newRow("paused after due") << vn("2026-03-09T10:00") << vn("2026-03-09T11:00")
                                      << vn("2026-03-12T09:00") << vn("2026-03-09T10:00");
}

void TestPauseResume::resumedDue()
{
    QFETCH(QDateTime, due);
    QFETCH(QDateTime, paused);
    QFETCH(QDateTime, resumed);
    QFETCH(QDateTime, expected);
    WorkingCalendar calendar(WorkingHours(),
                             {{QDate(2026, 4, 30), DayType::Holiday, {}},
                              {QDate(2026, 5, 1), DayType::Holiday, {}}});
    const QDateTime got = DueDateCalculator(calendar).resumedDue(due, paused, resumed);
    QCOMPARE(got.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate), expected.toString(Qt::ISODate));
}

QTEST_APPLESS_MAIN(TestPauseResume)
#include "test_pauseresume.moc"
