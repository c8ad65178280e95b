#pragma once

#include "connectionsettings.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace Motcua {

class CalendarCache;

// Watches the application's database connection: a cheap probe every few
// seconds notices a lost server, and the connection is opened again with the
// same settings (and the in-memory password) until it comes back.
class ConnectionKeeper : public QObject
{
    Q_OBJECT

public:
    enum class State { Connected, Reconnecting };
    Q_ENUM(State)

    ConnectionKeeper(ConnectionSettings settings,
                     QString connectionName,
                     QObject *parent = nullptr);

    State state() const { return m_state; }
    const ConnectionSettings &settings() const { return m_settings; }
    QSqlDatabase database() const;
    // The server actually reached (host and port), for the status bar.
    QString serverName() const;

    void setInterval(int ms) { m_timer.setInterval(ms); }

    // The session's one working-calendar cache, on this connection, kept
    // current by notifications (and emptied after a reconnect).
    CalendarCache *calendars() const { return m_calendars; }

public slots:
    // Probes now; on failure reopens. Returns whether the connection works.
    bool check();

signals:
    void stateChanged(Motcua::ConnectionKeeper::State state);
    // Emitted after a lost connection was re-established.
    void reconnected();

private:
    void setState(State s);

    ConnectionSettings m_settings;
    QString m_name;
    QTimer m_timer;
    CalendarCache *m_calendars;
    State m_state = State::Connected;
};

} // namespace Motcua
