#include "session.h"

#include <QSqlError>

namespace Motcua {

namespace {

void dropConnection(QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    name.clear();
}

} // namespace

Session::Session(ConnectionSettings settings,
                 QString connectionName,
                 StaffIdentity who,
                 QObject *parent)
    : QObject(parent)
    , m_keeper(new ConnectionKeeper(std::move(settings), connectionName, this))
    , m_who(std::move(who))
    , m_prefix(connectionName)
{
    connect(m_keeper, &ConnectionKeeper::stateChanged, this, &Session::stateChanged);
    connect(m_keeper, &ConnectionKeeper::reconnected, this, &Session::primaryReconnected);
}

Session::~Session()
{
    closeOthers();
}

void Session::closeOthers()
{
    dropConnection(m_replicaName);
    dropConnection(m_ownName);
}

void Session::openOwn()
{
    m_ownTried = true;
    dropConnection(m_ownName);
    ConnectionSettings own = m_keeper->settings();
    own.applicationName = QStringLiteral("motcua-supervisor");
    m_ownName = m_prefix + QStringLiteral("_own");
    if (auto db = own.open(m_ownName); !db) {
        dropConnection(m_ownName);
        m_message = tr("Cannot open a connection of its own (%1); reading through the main "
                       "connection.")
                            .arg(db.error().message);
    }
}

void Session::openReplica()
{
    dropConnection(m_replicaName);
    if (m_replicaHosts.isEmpty())
        return;
    ConnectionSettings standby = m_keeper->settings();
    standby.hosts = m_replicaHosts;
    standby.ports = m_replicaPorts;
    standby.targetSessionAttrs.clear();
    standby.applicationName = QStringLiteral("motcua-supervisor-read");
    m_replicaName = m_prefix + QStringLiteral("_read");
    if (auto db = standby.open(m_replicaName); !db) {
        dropConnection(m_replicaName);
        m_message = tr("Cannot read from %1 (%2); reading from the primary instead.")
                            .arg(m_replicaHosts, db.error().message);
    }
}

QSqlDatabase Session::own()
{
    if (!m_ownTried)
        openOwn();
    return m_ownName.isEmpty() ? primary() : QSqlDatabase::database(m_ownName, false);
}

QSqlDatabase Session::reader()
{
    if (!m_replicaName.isEmpty())
        return QSqlDatabase::database(m_replicaName, false);
    return own();
}

DbStatus Session::setReadReplica(const QString &hosts, const QString &ports)
{
    m_replicaHosts = hosts.trimmed();
    m_replicaPorts = ports.trimmed();
    m_message.clear();
    if (!m_ownTried)
        openOwn();
    openReplica();
    if (!m_replicaHosts.isEmpty() && m_replicaName.isEmpty())
        return DbError::make(DbError::ConnectionLost, m_message);
    return Done{};
}

void Session::primaryReconnected()
{
    // The other connections were lost with the server (or may have been):
    // reopened in place, so the handles the pages hold stay valid; one that
    // cannot be reopened is dropped, and reads go to the primary.
    m_message.clear();
    auto reopen = [](const QString &name) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
        return db.open() ? QString() : DbError::fromSql(db.lastError()).message;
    };
    if (!m_ownName.isEmpty()) {
        if (const QString why = reopen(m_ownName); !why.isEmpty()) {
            dropConnection(m_ownName);
            m_message = tr("Cannot open a connection of its own (%1); reading through the main "
                           "connection.")
                                .arg(why);
        }
    }
    if (!m_replicaName.isEmpty()) {
        if (const QString why = reopen(m_replicaName); !why.isEmpty()) {
            dropConnection(m_replicaName);
            m_message = tr("Cannot read from %1 (%2); reading from the primary instead.")
                                .arg(m_replicaHosts, why);
        }
    } else if (!m_replicaHosts.isEmpty()) {
        openReplica();
    }
    emit reconnected();
}

} // namespace Motcua
