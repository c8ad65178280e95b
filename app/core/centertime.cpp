#include "centertime.h"

#include "vntime.h"

#include <QDebug>

namespace Motcua::CenterTime {

namespace {

struct Zone
{
    QTimeZone zone;
    bool fromDatabase = false;
};

// Built once; QTimeZone is implicitly shared and read-only afterwards, so any
// thread may use it.
const Zone &centerZone()
{
    static const Zone z = [] {
        QTimeZone tz{QByteArray(zoneId)};
        if (tz.isValid())
            return Zone{tz, true};
        qWarning("The time zone %s is not in the system's tz database (install tzdata): "
                 "using UTC+07:00.",
                 zoneId);
        return Zone{QTimeZone(VnTime::offsetSeconds), false};
    }();
    return z;
}

} // namespace

QTimeZone zone()
{
    return centerZone().zone;
}

bool hasZoneDatabase()
{
    return centerZone().fromDatabase;
}

QDateTime toCenter(const QDateTime &instant)
{
    if (!instant.isValid())
        return QDateTime();
    return instant.toTimeZone(centerZone().zone);
}

QDateTime now()
{
    return toCenter(QDateTime::currentDateTimeUtc());
}

QDate today()
{
    return now().date();
}

QDate dateOf(const QDateTime &instant)
{
    return toCenter(instant).date();
}

QDateTime at(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, centerZone().zone);
}

QDateTime startOfDay(const QDate &day)
{
    return day.startOfDay(centerZone().zone);
}

QDateTime fromIsoText(const QString &text)
{
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    if (t.size() < 16 || t.at(10) != QLatin1Char('T'))
        return QDateTime();
    const QString clock = t.mid(11);
    const bool offset = clock.endsWith(QLatin1Char('Z')) || clock.contains(QLatin1Char('+'))
                        || clock.contains(QLatin1Char('-'));
    if (offset)
        return QDateTime::fromString(t, Qt::ISODate);
    // No offset: the center's wall clock. Read apart, so that no PC's local
    // zone (or its daylight-saving gap) ever sees it.
    const QDate date = QDate::fromString(t.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(clock, Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return at(date, time);
}

QString format(const QDateTime &instant, const QString &pattern)
{
    return instant.isValid() ? toCenter(instant).toString(pattern) : QString();
}

QString timeDate(const QDateTime &instant)
{
    return format(instant, QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString dateTime(const QDateTime &instant)
{
    return format(instant, QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString dueText(const QDateTime &instant)
{
    return format(instant, QStringLiteral("HH:mm, dd/MM/yyyy"));
}

QString isoMinutes(const QDateTime &instant)
{
    return format(instant, QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace Motcua::CenterTime
