#pragma once

#include "connectionkeeper.h"
#include "connectionsettings.h"
#include "dberror.h"
#include "staffidentity.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace Motcua {

class CalendarCache;

// Everything one logged-in window works with, in one object the pages
// borrow; no page opens or drops a connection of its own.
//  - the primary connection (opened by the login, watched and reopened by
//    the ConnectionKeeper this session owns), with the calendar cache kept
//    current by notifications on it;
//  - the staff member's own second connection, opened on first use, so long
//    reads and LISTEN do not queue behind the counter's work (the primary
//    when it cannot be opened);
//  - the optional read replica (a standby the scorecard reads from);
//  - who is logged in (StaffIdentity).
// After a reconnect of the primary, the other connections are opened again
// before reconnected() is emitted.
class Session : public QObject
{
    Q_OBJECT

public:
    // `connectionName`: the Qt Sql connection the login opened with `settings`.
    Session(ConnectionSettings settings,
            QString connectionName,
            StaffIdentity who,
            QObject *parent = nullptr);
    ~Session() override;

    const StaffIdentity &identity() const { return m_who; }
    const ConnectionSettings &settings() const { return m_keeper->settings(); }
    ConnectionKeeper *keeper() const { return m_keeper; }
    ConnectionKeeper::State state() const { return m_keeper->state(); }
    QString serverName() const { return m_keeper->serverName(); }
    CalendarCache *calendars() const { return m_keeper->calendars(); }

    // The application's connection: writes, the counter's work.
    QSqlDatabase primary() const { return m_keeper->database(); }
    // The staff member's own connection (opened on first use), or the primary
    // when it cannot be opened (connectionMessage() says why).
    QSqlDatabase own();
    // Where long reads go: the read replica when one is set and reachable,
    // otherwise own().
    QSqlDatabase reader();

    // Reads from a standby (hosts and ports as libpq takes them; the login
    // is reused); empty hosts read from the primary again. On failure the
    // reads go to the primary and the error says why.
    DbStatus setReadReplica(const QString &hosts, const QString &ports);
    bool readsFromReplica() const { return !m_replicaName.isEmpty(); }
    QString replicaHosts() const { return m_replicaHosts; }
    QString replicaPorts() const { return m_replicaPorts; }
    // Why the own connection or the replica is not used (translated), or empty.
    QString connectionMessage() const { return m_message; }

signals:
    void stateChanged(Motcua::ConnectionKeeper::State state);
    // The primary came back; the other connections were opened again.
    void reconnected();

private:
    void openOwn();
    void openReplica();
    void closeOthers();
    void primaryReconnected();

    ConnectionKeeper *m_keeper;
    StaffIdentity m_who;
    QString m_prefix; // of this session's own Qt connection names
    QString m_ownName;
    QString m_replicaName;
    QString m_replicaHosts;
    QString m_replicaPorts;
    QString m_message;
    bool m_ownTried = false;
};

} // namespace Motcua
