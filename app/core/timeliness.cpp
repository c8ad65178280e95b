#include "timeliness.h"

#include "vntime.h"

#include <QCoreApplication>

namespace Motcua {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Timeliness)
};

constexpr Timeliness allClasses[] = {Timeliness::Early,
                                     Timeliness::OnTime,
                                     Timeliness::Late,
                                     Timeliness::InTime,
                                     Timeliness::Overdue};

} // namespace

QString timelinessKey(Timeliness t)
{
    switch (t) {
    case Timeliness::Early:
        return QStringLiteral("early");
    case Timeliness::OnTime:
        return QStringLiteral("on_time");
    case Timeliness::Late:
        return QStringLiteral("late");
    case Timeliness::InTime:
        return QStringLiteral("in_time");
    case Timeliness::Overdue:
        return QStringLiteral("overdue");
    }
    return QString();
}

std::optional<Timeliness> timelinessFromKey(const QString &key)
{
    for (Timeliness t : allClasses) {
        if (key == timelinessKey(t))
            return t;
    }
    return std::nullopt;
}

QString timelinessLabel(Timeliness t)
{
    switch (t) {
    case Timeliness::Early:
        return Tr::tr("Early");
    case Timeliness::OnTime:
        return Tr::tr("On time");
    case Timeliness::Late:
        return Tr::tr("Late");
    case Timeliness::InTime:
        return Tr::tr("In time");
    case Timeliness::Overdue:
        return Tr::tr("Overdue");
    }
    return QString();
}

Timeliness classifyFinished(const QDateTime &due, const QDateTime &finished, FinishKind kind)
{
    if (kind != FinishKind::Resolved || !due.isValid() || !finished.isValid())
        return Timeliness::OnTime;
    const qint64 dueMin = VnTime::toWallMinutes(due);
    const qint64 finishedMin = VnTime::toWallMinutes(finished);
    if (VnTime::julianDayOf(finishedMin) < VnTime::julianDayOf(dueMin))
        return Timeliness::Early;
    return finishedMin <= dueMin ? Timeliness::OnTime : Timeliness::Late;
}

Timeliness classifyOpen(const QDateTime &due, const QDateTime &now, bool paused)
{
    if (paused || !due.isValid() || !now.isValid())
        return Timeliness::InTime;
    return VnTime::toWallMinutes(now) <= VnTime::toWallMinutes(due) ? Timeliness::InTime
                                                                    : Timeliness::Overdue;
}

Timeliness classifyStep(const QString &kind,
                        const QString &fromState,
                        const QDateTime &dueThen,
                        const QDateTime &at)
{
    if (kind == QLatin1String("withdrawn"))
        return classifyFinished(dueThen, at, FinishKind::Withdrawn);
    if (kind == QLatin1String("ready") || kind == QLatin1String("returned")
        || kind == QLatin1String("stopped"))
        return classifyFinished(dueThen, at);
    return classifyOpen(dueThen, at, fromState == QLatin1String("awaiting_supplement"));
}

} // namespace Motcua
