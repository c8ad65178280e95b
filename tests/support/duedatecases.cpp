#include "duedatecases.h"

#include "core/vntime.h"

namespace Motcua::Test {

const QVector<DueDateRow> &dueDateRows()
{
    static const QVector<DueDateRow> rows = {
            {"Monday 10:00 + 3d is Thursday 10:00", "2026-03-02T10:00", "3d", "", "", "", "2026-03-05T10:00"},
            {"15 working days = three weeks", "2026-03-02T10:00", "15d", "", "", "", "2026-03-23T10:00"},
            {"before opening counts from 07:30", "2026-03-02T06:00", "2h", "", "", "", "2026-03-02T09:30"},
            {"before opening + 1d ends at 17:00 the same day", "2026-03-02T06:00", "1d", "", "", "", "2026-03-02T17:00"},
            {"exact end of the morning stays 11:30", "2026-03-02T07:30", "4h", "", "", "", "2026-03-02T11:30"},
            {"over lunch counts from 13:00", "2026-03-02T12:00", "1h", "", "", "", "2026-03-02T14:00"},
            {"exact interval end 17:00, not next opening", "2026-03-02T13:00", "4h", "", "", "", "2026-03-02T17:00"},
            {"one minute later rolls to the next morning", "2026-03-02T13:01", "4h", "", "", "", "2026-03-03T07:31"},
            {"after closing counts from next opening", "2026-03-02T18:00", "1h", "", "", "", "2026-03-03T08:30"},
            {"Friday after closing goes to Monday", "2026-03-06T17:30", "2h", "", "", "", "2026-03-09T09:30"},
            {"received on Saturday", "2026-03-07T09:00", "0.5d", "", "", "", "2026-03-09T11:30"},
            {"half day from the afternoon", "2026-03-02T14:00", "0.5d", "", "", "", "2026-03-03T08:30"},
            {"hours across the night", "2026-03-02T16:00", "4h", "", "", "", "2026-03-03T10:30"},
            {"seconds are truncated", "2026-03-02T10:00:59", "1h", "", "", "", "2026-03-02T11:00"},
            {"year boundary, 1 Jan holiday", "2025-12-31T16:00", "1d", "", "", "", "2026-01-02T16:00"},
            {"received on a holiday", "2026-01-01T09:00", "1d", "", "", "", "2026-01-02T17:00"},
            {"make-up Saturday is worked", "2026-01-09T10:00", "1d", "", "", "", "2026-01-10T10:00"},
            {"received on a make-up Saturday", "2026-01-10T08:00", "2h", "", "", "", "2026-01-10T10:00"},
            {"make-up Saturday uses Monday hours, not Saturday's", "2026-01-10T11:00", "2h", "", "", kSaturdayMorning, "2026-01-10T14:30"},
            {"Tết week skipped", "2026-02-13T15:00", "1d", "", "", "", "2026-02-23T15:00"},
            {"compensatory day off skipped", "2026-04-24T10:00", "1d", "", "", "", "2026-04-28T10:00"},
            {"30 April and 1 May skipped", "2026-04-29T10:00", "2d", "", "", "", "2026-05-05T10:00"},
            {"National Day pair skipped", "2026-08-31T13:00", "1d", "", "", "", "2026-09-03T11:30"},
            {"after cut-off counts from next day's opening", "2026-03-02T15:30", "1d", "15:00", "", "", "2026-03-03T17:00"},
            {"same time without cut-off", "2026-03-02T15:30", "1d", "", "", "", "2026-03-03T15:30"},
            {"before cut-off counts normally", "2026-03-02T14:59", "1d", "15:00", "", "", "2026-03-03T14:59"},
            {"exactly at cut-off is not after it", "2026-03-02T15:00", "1d", "15:00", "", "", "2026-03-03T15:00"},
            {"30 seconds after cut-off is after it", "2026-03-02T15:00:30", "1d", "15:00", "", "", "2026-03-03T17:00"},
            {"Friday after cut-off goes to Monday", "2026-03-06T16:00", "4h", "15:00", "", "", "2026-03-09T11:30"},
            {"after cut-off before a holiday", "2025-12-31T15:10", "0.5d", "15:00", "", "", "2026-01-02T11:30"},
            {"Saturday morning counts", "2026-03-06T15:00", "1d", "", "", kSaturdayMorning, "2026-03-09T09:30"},
            {"Saturday 11:00 + 1h ends Monday 08:00", "2026-03-07T11:00", "1h", "", "", kSaturdayMorning, "2026-03-09T08:00"},
            {"Saturday afternoon is closed", "2026-03-07T14:00", "1h", "", "", kSaturdayMorning, "2026-03-09T08:30"},
            {"pause spanning a weekend", "2026-03-02T10:00", "3d", "", "2026-03-05T09:00/2026-03-09T14:00", "", "2026-03-09T15:00"},
            {"pause spanning the Tết holidays", "2026-02-10T10:00", "5d", "", "2026-02-12T10:00/2026-02-24T10:00", "", "2026-02-27T10:00"},
            {"pause on a weekend changes nothing", "2026-03-06T10:00", "1d", "", "2026-03-07T09:00/2026-03-08T18:00", "", "2026-03-09T10:00"},
            {"pause from evening to mid-morning", "2026-03-02T10:00", "1d", "", "2026-03-02T18:00/2026-03-03T09:00", "", "2026-03-03T11:30"},
            {"two pauses, given out of order", "2026-03-02T08:00", "4h", "", "2026-03-02T13:00/2026-03-02T14:00;2026-03-02T09:00/2026-03-02T10:00", "", "2026-03-02T15:30"},
            {"pause after the due instant is ignored", "2026-03-02T10:00", "1h", "", "2026-03-02T11:00/2026-03-04T10:00", "", "2026-03-02T11:00"},
            {"pause starting at receipt", "2026-03-02T10:00", "1h", "", "2026-03-02T10:00/2026-03-03T10:00", "", "2026-03-03T11:00"},
            {"pause with cut-off", "2026-03-02T16:00", "1d", "15:00", "2026-03-02T16:30/2026-03-04T07:30", "", "2026-03-04T17:00"},
    };
    return rows;
}

const QVector<ResumedDueRow> &resumedDueRows()
{
    static const QVector<ResumedDueRow> rows = {
            {"next day", "2026-03-05T10:00", "2026-03-03T10:00", "2026-03-04T10:00", "2026-03-06T10:00"},
            {"over a weekend", "2026-03-09T10:00", "2026-03-06T16:00", "2026-03-13T16:30", "2026-03-16T10:30"},
            {"over 30/4 and 1/5", "2026-04-29T15:00", "2026-04-29T09:00", "2026-04-29T16:00", "2026-05-04T11:00"},
            {"resumed at lunch", "2026-03-05T10:00", "2026-03-05T08:00", "2026-03-05T12:00", "2026-03-05T15:00"},
            {"resumed at night", "2026-03-05T17:00", "2026-03-05T16:00", "2026-03-05T20:00", "2026-03-06T08:30"},
            {"paused after due", "2026-03-09T10:00", "2026-03-09T11:00", "2026-03-12T09:00", "2026-03-09T10:00"},
    };
    return rows;
}

QVector<CalendarDay> days2026()
{
    QVector<CalendarDay> days;
    auto add = [&](const QDate &d, DayType t) {
        days.append({d, t, QString()});
    };
    add(QDate(2026, 1, 1), DayType::Holiday);
    add(QDate(2026, 1, 10), DayType::MakeupWorkday);
    for (int d = 16; d <= 20; ++d)
        add(QDate(2026, 2, d), DayType::Holiday);
    add(QDate(2026, 4, 26), DayType::Holiday);         // Hùng Kings, a Sunday
    add(QDate(2026, 4, 27), DayType::CompensatoryOff); // ... so Monday off
    add(QDate(2026, 4, 30), DayType::Holiday);
    add(QDate(2026, 5, 1), DayType::Holiday);
    add(QDate(2026, 9, 1), DayType::Holiday);
    add(QDate(2026, 9, 2), DayType::Holiday);
    return days;
}

QVector<CalendarDay> resumedDueDays()
{
    return {{QDate(2026, 4, 30), DayType::Holiday, {}}, {QDate(2026, 5, 1), DayType::Holiday, {}}};
}

QDateTime vnTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.timeSpec() == Qt::LocalTime)
        t = VnTime::wallClock(t.date(), t.time());
    return t;
}

} // namespace Motcua::Test
