#include "duedate.h"

#include "centertime.h"
#include "vntime.h"

#include <QCoreApplication>

#include <algorithm>

namespace Motcua {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::DueDate)
};

// Bounds every day walk: a calendar with no working time for a century is broken.
constexpr int maxDaysWalked = 36600;

QString shown(const QDateTime &t)
{
    return CenterTime::format(t, QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

DueDateCalculator::DueDateCalculator(const WorkingCalendar &calendar)
    : m_calendar(calendar)
{}

qint64 DueDateCalculator::startMinutes(qint64 receivedWall, bool deferToNextDay) const
{
    qint64 jd = VnTime::julianDayOf(receivedWall);
    int mod = VnTime::minuteOfDay(receivedWall);
    if (deferToNextDay) {
        ++jd;
        mod = 0;
    }
    for (int n = 0; n < maxDaysWalked; ++n, ++jd, mod = 0) {
        const WorkingCalendar::DayView day = m_calendar.dayJd(jd);
        for (const WorkInterval &iv : *day.intervals) {
            if (iv.end > mod)
                return VnTime::wallMinutesOf(jd, std::max(iv.start, mod));
        }
    }
    return invalidMinutes;
}

qint64 DueDateCalculator::advance(qint64 from, qint64 work) const
{
    qint64 jd = VnTime::julianDayOf(from);
    int mod = VnTime::minuteOfDay(from);
    for (int n = 0; n < maxDaysWalked; ++n, ++jd, mod = 0) {
        const WorkingCalendar::DayView day = m_calendar.dayJd(jd);
        // Whole days are skipped without looking at their intervals.
        if (mod == 0 && work > day.minutes) {
            work -= day.minutes;
            continue;
        }
        for (const WorkInterval &iv : *day.intervals) {
            if (iv.end <= mod)
                continue;
            const int start = std::max(iv.start, mod);
            const int available = iv.end - start;
            // "<=": running out exactly at the end of an interval keeps that end as the due time.
            if (work <= available)
                return VnTime::wallMinutesOf(jd, start + int(work));
            work -= available;
        }
    }
    return invalidMinutes;
}

qint64 DueDateCalculator::workingMinutesBetween(qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    qint64 total = 0;
    qint64 jd = VnTime::julianDayOf(from);
    const qint64 lastJd = VnTime::julianDayOf(to);
    int mod = VnTime::minuteOfDay(from);
    for (; jd <= lastJd; ++jd, mod = 0) {
        const WorkingCalendar::DayView day = m_calendar.dayJd(jd);
        const int endMod = jd == lastJd ? VnTime::minuteOfDay(to) : 24 * 60;
        if (mod == 0 && endMod == 24 * 60) {
            total += day.minutes;
            continue;
        }
        for (const WorkInterval &iv : *day.intervals) {
            const int s = std::max(iv.start, mod);
            const int e = std::min(iv.end, endMod);
            if (e > s)
                total += e - s;
        }
    }
    return total;
}

qint64 DueDateCalculator::dueMinutes(qint64 receivedWall,
                                     qint64 workingMinutes,
                                     int cutoffMinute) const
{
    const bool defer = cutoffMinute >= 0 && VnTime::minuteOfDay(receivedWall) > cutoffMinute;
    const qint64 start = startMinutes(receivedWall, defer);
    if (start == invalidMinutes)
        return invalidMinutes;
    return advance(start, workingMinutes);
}

qint64 DueDateCalculator::dueMinutes(qint64 receivedWall,
                                     qint64 workingMinutes,
                                     int cutoffMinute,
                                     const PauseMinutes *pauses,
                                     int pauseCount) const
{
    const bool defer = cutoffMinute >= 0 && VnTime::minuteOfDay(receivedWall) > cutoffMinute;
    const qint64 start = startMinutes(receivedWall, defer);
    if (start == invalidMinutes)
        return invalidMinutes;
    return advancePaused(start, workingMinutes, pauses, pauseCount);
}

qint64 DueDateCalculator::advancePaused(qint64 current,
                                        qint64 work,
                                        const PauseMinutes *pauses,
                                        int pauseCount) const
{
    for (int i = 0; i < pauseCount; ++i) {
        const PauseMinutes &p = pauses[i];
        if (p.to <= current)
            continue;
        if (p.from > current) {
            const qint64 available = workingMinutesBetween(current, p.from);
            if (work <= available)
                return advance(current, work);
            work -= available;
        }
        current = p.to;
    }
    return advance(current, work);
}

Result<QVector<Pause>> DueDateCalculator::checkedPauses(const QDateTime &received,
                                                        const QVector<Pause> &pauses)
{
    using R = Result<QVector<Pause>>;
    for (int i = 0; i < pauses.size(); ++i) {
        const Pause &p = pauses.at(i);
        if (!p.from.isValid() || !p.to.isValid())
            return R::failure(Tr::tr("Pause %1 has no start or no end.").arg(i + 1));
        if (p.to < p.from)
            return R::failure(Tr::tr("Pause %1 is reversed: it ends (%2) before it starts (%3).")
                                      .arg(i + 1)
                                      .arg(shown(p.to), shown(p.from)));
        if (received.isValid() && p.from < received)
            return R::failure(Tr::tr("Pause %1 starts (%2) before the dossier was received (%3).")
                                      .arg(i + 1)
                                      .arg(shown(p.from), shown(received)));
    }
    QVector<Pause> sorted = pauses;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Pause &a, const Pause &b) {
        return a.from < b.from;
    });
    for (int i = 1; i < sorted.size(); ++i) {
        if (sorted.at(i).from < sorted.at(i - 1).to)
            return R::failure(Tr::tr("The pauses %1–%2 and %3–%4 overlap.")
                                      .arg(shown(sorted.at(i - 1).from),
                                           shown(sorted.at(i - 1).to),
                                           shown(sorted.at(i).from),
                                           shown(sorted.at(i).to)));
    }
    return R::success(sorted);
}

Result<QDateTime> DueDateCalculator::countingStart(const QDateTime &received,
                                                   std::optional<QTime> cutoff) const
{
    using R = Result<QDateTime>;
    if (!received.isValid())
        return R::failure(Tr::tr("The receipt time is missing or invalid."));
    if (!m_calendar.hasWorkingTime())
        return R::failure(Tr::tr("The working calendar has no working hours."));
    const QDateTime local = VnTime::toVietnam(received);
    const bool defer = cutoff && cutoff->isValid() && local.time() > *cutoff;
    const qint64 start = startMinutes(VnTime::toWallMinutes(local), defer);
    if (start == invalidMinutes)
        return R::failure(
                Tr::tr("The working calendar has no working day after %1.").arg(shown(received)));
    return R::success(VnTime::fromWallMinutes(start));
}

Result<QDateTime> DueDateCalculator::dueDate(const QDateTime &received,
                                             const ProcessingTime &time,
                                             const DueDateOptions &options) const
{
    using R = Result<QDateTime>;
    if (!received.isValid())
        return R::failure(Tr::tr("The receipt time is missing or invalid."));
    if (!m_calendar.hasWorkingTime())
        return R::failure(Tr::tr("The working calendar has no working hours."));
    const qint64 work = time.workingMinutes(m_calendar.standardDayMinutes());
    if (work <= 0)
        return R::failure(Tr::tr("The processing time must be greater than zero."));
    const Result<QVector<Pause>> pauses = checkedPauses(received, options.pauses);
    if (!pauses.ok())
        return R::failure(pauses.error());

    QVector<PauseMinutes> minutes;
    minutes.reserve(pauses.value().size());
    for (const Pause &p : pauses.value())
        minutes.append({VnTime::toWallMinutes(p.from), VnTime::toWallMinutes(p.to)});

    const QDateTime local = VnTime::toVietnam(received);
    // Compared with seconds: 15:00:30 is after a 15:00 cut-off although counting truncates it.
    const bool defer
            = options.cutoff && options.cutoff->isValid() && local.time() > *options.cutoff;
    const qint64 start = startMinutes(VnTime::toWallMinutes(local), defer);
    const qint64 due
            = start == invalidMinutes
                      ? invalidMinutes
                      : advancePaused(start, work, minutes.constData(), int(minutes.size()));
    if (due == invalidMinutes)
        return R::failure(Tr::tr("The working calendar has too few working days to count %1.")
                                  .arg(time.toString()));
    return R::success(VnTime::fromWallMinutes(due));
}

DueDateHistory::DueDateHistory(const QDateTime &due, const QDateTime &setAt)
{
    if (due.isValid())
        m_entries.append({due, QString(), setAt});
}

DueDateHistory DueDateHistory::fromEntries(const QVector<DueDateChange> &entries)
{
    DueDateHistory h;
    h.m_entries = entries;
    return h;
}

DueDateHistory::ExtensionProblem DueDateHistory::extensionProblem(const QDateTime &currentDue,
                                                                  const QDateTime &newDue,
                                                                  const QString &reason)
{
    if (!currentDue.isValid())
        return ExtensionProblem::NoDueDate;
    if (!newDue.isValid())
        return ExtensionProblem::NewDueMissing;
    if (newDue <= currentDue)
        return ExtensionProblem::NewDueNotLater;
    if (reason.trimmed().isEmpty())
        return ExtensionProblem::NoReason;
    return ExtensionProblem::None;
}

Status DueDateHistory::extend(const QDateTime &newDue,
                              const QString &reason,
                              const QDateTime &setAt)
{
    switch (extensionProblem(newDue, reason)) {
    case ExtensionProblem::None:
        break;
    case ExtensionProblem::NoDueDate:
        return Status::failure(Tr::tr("There is no due date to extend."));
    case ExtensionProblem::NewDueMissing:
        return Status::failure(Tr::tr("The new due date is missing or invalid."));
    case ExtensionProblem::NewDueNotLater:
        return Status::failure(Tr::tr("The new due date (%1) must be later than the current one "
                                      "(%2).")
                                       .arg(shown(newDue), shown(current())));
    case ExtensionProblem::NoReason:
        return Status::failure(Tr::tr("An extension needs a reason."));
    }
    m_entries.append({newDue, reason.trimmed(), setAt});
    return Status::success();
}

QDateTime DueDateCalculator::resumedDue(const QDateTime &due,
                                        const QDateTime &pausedAt,
                                        const QDateTime &resumedAt) const
{
    const qint64 left
            = workingMinutesBetween(VnTime::toWallMinutes(pausedAt), VnTime::toWallMinutes(due));
    if (left <= 0)
        return VnTime::toVietnam(due);
    const qint64 m = dueMinutes(VnTime::toWallMinutes(resumedAt), left);
    return m == invalidMinutes ? VnTime::toVietnam(due) : VnTime::fromWallMinutes(m);
}

} // namespace Motcua
