#include "connectionkeeper.h"

#include "calendarcache.h"
#include "pgresult.h"

#include <QSqlQuery>

namespace Motcua {

ConnectionKeeper::ConnectionKeeper(ConnectionSettings settings,
                                   QString connectionName,
                                   QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_name(std::move(connectionName))
    , m_calendars(new CalendarCache(database(), this))
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionKeeper::check);
    m_timer.start();
    if (database().isOpen())
        m_calendars->listen();
}

QSqlDatabase ConnectionKeeper::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString ConnectionKeeper::serverName() const
{
    PGconn *conn = Pg::connectionOf(database());
    const Pg::LibPq *pq = Pg::libpq();
    if (!conn || !pq || pq->status(conn) != CONNECTION_OK)
        return m_settings.displayName();
    const QString host = QString::fromUtf8(pq->host(conn));
    return host + QLatin1Char(':') + QString::fromUtf8(pq->port(conn)) + QLatin1Char('/')
           + QString::fromUtf8(pq->db(conn));
}

bool ConnectionKeeper::check()
{
    QSqlDatabase db = database();
    if (db.isOpen()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1"))) {
            setState(State::Connected);
            return true;
        }
    }
    setState(State::Reconnecting);
    // Reopening the same QSqlDatabase keeps its options and in-memory password,
    // and every repository holding a copy of it sees the new connection.
    db.close();
    if (!db.open())
        return false;
    setState(State::Connected);
    // Changes made while the connection was down were notified to nobody.
    m_calendars->listen();
    m_calendars->invalidate();
    emit reconnected();
    return true;
}

void ConnectionKeeper::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

} // namespace Motcua
