#include "calendarcache.h"

#include "calendarrepository.h"
#include "core/centertime.h"

#include <QSqlDriver>

namespace Motcua {

namespace {
const QString kChannel = QStringLiteral("motcua_calendar");
}

CalendarCache::CalendarCache(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_dayTimer.setSingleShot(true);
    connect(&m_dayTimer, &QTimer::timeout, this, [this] {
        checkDayTurn();
        armDayTimer();
    });
}

QDate CalendarCache::today() const
{
    return CenterTime::dateOf(m_clock());
}

DbResult<WorkingCalendar> CalendarCache::calendar(int unitId)
{
    // Without an event loop (workers, the command line) the timer never
    // fires: the date is checked here as well.
    checkDayTurn();
    if (auto it = m_calendars.constFind(unitId); it != m_calendars.constEnd())
        return *it;
    auto calendar = CalendarRepository(m_db).effectiveCalendar(unitId);
    if (!calendar)
        return calendar.error();
    ++m_loads;
    if (m_calendars.isEmpty())
        m_day = today();
    m_calendars.insert(unitId, *calendar);
    return *calendar;
}

bool CalendarCache::listen()
{
    QSqlDriver *driver = m_db.driver();
    if (!driver)
        return false;
    // Once per driver: a reconnect keeps the driver, so the old connection
    // is replaced rather than doubled.
    disconnect(m_notifications);
    m_notifications = connect(
            driver,
            &QSqlDriver::notification,
            this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == kChannel)
                    onNotification(payload.toString());
            });
    if (driver->subscribedToNotifications().contains(kChannel))
        driver->unsubscribeFromNotification(kChannel);
    m_listening = driver->subscribeToNotification(kChannel);
    armDayTimer();
    return m_listening;
}

void CalendarCache::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (m_dayTimer.isActive())
        armDayTimer();
}

qint64 CalendarCache::msecsToDayTurn() const
{
    const QDateTime now = m_clock();
    const QDateTime midnight = CenterTime::startOfDay(CenterTime::dateOf(now).addDays(1));
    return qMax<qint64>(0, now.msecsTo(midnight));
}

void CalendarCache::armDayTimer()
{
    // A second past midnight, so the clock has surely turned; QTimer takes an
    // int, which a day fits.
    m_dayTimer.start(int(qMin<qint64>(msecsToDayTurn() + 1000, 24 * 3600 * 1000 + 1000)));
}

void CalendarCache::invalidate(int unitId)
{
    if (unitId == 0)
        m_calendars.clear();
    else
        m_calendars.remove(unitId);
    emit changed(unitId);
}

bool CalendarCache::checkDayTurn()
{
    if (m_calendars.isEmpty() || today() == m_day)
        return false;
    invalidate(0);
    return true;
}

void CalendarCache::onNotification(const QString &payload)
{
    const QStringList units = payload.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (units.isEmpty() || units.contains(QStringLiteral("*"))) {
        invalidate(0);
        return;
    }
    for (const QString &u : units) {
        bool ok = false;
        const int id = u.trimmed().toInt(&ok);
        if (!ok) {
            invalidate(0);
            return;
        }
        invalidate(id);
    }
}

} // namespace Motcua
