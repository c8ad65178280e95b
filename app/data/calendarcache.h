#pragma once

#include "core/workingcalendar.h"
#include "dberror.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

namespace Motcua {

// The working calendars one session counts due dates with, one per unit,
// read from the server once and kept until they may have changed:
//  - a change to working_hours or calendar_days anywhere (this client's own
//    edits included) notifies the channel "motcua_calendar" (migration 0020)
//    with the units concerned or '*'; those calendars are forgotten;
//  - at the turn of the day (Vietnam time), everything is forgotten;
//  - after a reconnect (notifications sent meanwhile were lost), likewise.
// The session object that owns the connection (ConnectionKeeper) owns the
// one cache of the application; pages and repositories borrow it.
class CalendarCache : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit CalendarCache(QSqlDatabase db, QObject *parent = nullptr);

    // The unit's effective calendar (CalendarRepository::effectiveCalendar).
    DbResult<WorkingCalendar> calendar(int unitId);

    // Subscribes to the notifications (needs an event loop to receive them)
    // and arms the turn-of-day timer. Again after a reconnect.
    bool listen();
    bool isListening() const { return m_listening; }

    // Replaces the wall clock (tests); re-arms the turn-of-day timer.
    void setClock(Clock clock);
    // Milliseconds from the clock's now to the next Vietnam midnight.
    qint64 msecsToDayTurn() const;
    // How many calendars were read from the server so far (tests, diagnostics).
    int loads() const { return m_loads; }
    bool holds(int unitId) const { return m_calendars.contains(unitId); }

public slots:
    // Forgets every calendar (unitId 0) or one unit's, and says so.
    void invalidate(int unitId = 0);
    // Forgets everything when the Vietnam date is no longer the one the
    // calendars were read on; the timer calls it at midnight. Returns whether
    // the day had turned.
    bool checkDayTurn();

signals:
    // Calendars were forgotten: what was counted with them may differ now.
    // unitId 0: every unit.
    void changed(int unitId);

private:
    QDate today() const;
    void armDayTimer();
    void onNotification(const QString &payload);

    QSqlDatabase m_db;
    Clock m_clock;
    QHash<int, WorkingCalendar> m_calendars;
    QDate m_day; // the Vietnam date the calendars were read on
    QTimer m_dayTimer;
    QMetaObject::Connection m_notifications;
    bool m_listening = false;
    int m_loads = 0;
};

} // namespace Motcua
