#include "connectionsettings.h"

#include "pgresult.h"

#include <QSettings>
#include <QSqlError>

namespace Motcua {

namespace {

// Quotes a value for a libpq conninfo string.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

DbResult<ConnectionSettings> ConnectionSettings::fromDsn(const QString &dsn)
{
    const Pg::LibPq *pq = Pg::libpq();
    if (!pq)
        return DbError::make(DbError::Other,
                             DbError::tr("The PostgreSQL client library (libpq) "
                                         "is not installed."));
    char *errmsg = nullptr;
    PQconninfoOption *opts = pq->conninfoParse(dsn.toUtf8().constData(), &errmsg);
    if (!opts) {
        const QString why = errmsg ? QString::fromUtf8(errmsg).trimmed() : QString();
        pq->freemem(errmsg);
        return DbError::make(DbError::InvalidData,
                             DbError::tr("The connection string is not valid: %1").arg(why));
    }
    ConnectionSettings s;
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString val = QString::fromUtf8(o->val);
        if (key == QLatin1String("service"))
            s.service = val;
        else if (key == QLatin1String("host"))
            s.hosts = val;
        else if (key == QLatin1String("port"))
            s.ports = val;
        else if (key == QLatin1String("dbname"))
            s.database = val;
        else if (key == QLatin1String("user"))
            s.user = val;
        else if (key == QLatin1String("password"))
            s.password = val;
        else if (key == QLatin1String("sslmode"))
            s.sslMode = val;
        else if (key == QLatin1String("target_session_attrs"))
            s.targetSessionAttrs = val;
        else if (key == QLatin1String("application_name"))
            s.applicationName = val;
        else
            s.extra.insert(key, val);
    }
    pq->conninfoFree(opts);
    return s;
}

QMap<QString, QString> ConnectionSettings::keywords() const
{
    QMap<QString, QString> k = extra;
    auto put = [&k](const char *key, const QString &value) {
        if (!value.isEmpty())
            k.insert(QLatin1String(key), value);
    };
    put("service", service);
    put("host", hosts);
    put("port", ports);
    put("dbname", database);
    put("user", user);
    put("password", password);
    put("sslmode", sslMode);
    put("target_session_attrs", targetSessionAttrs);
    put("application_name", applicationName);
    return k;
}

QString ConnectionSettings::displayName() const
{
    const QString u = user.isEmpty() ? qEnvironmentVariable("PGUSER") : user;
    QString h = hosts.isEmpty() ? qEnvironmentVariable("PGHOST") : hosts;
    if (h.isEmpty())
        h = service.isEmpty() ? QStringLiteral("localhost") : QStringLiteral("service=") + service;
    const QString p = ports.isEmpty() ? qEnvironmentVariable("PGPORT") : ports;
    const QString d = database.isEmpty() ? qEnvironmentVariable("PGDATABASE") : database;
    QString out = u.isEmpty() ? h : u + QLatin1Char('@') + h;
    if (!p.isEmpty())
        out += QLatin1Char(':') + p;
    if (!d.isEmpty())
        out += QLatin1Char('/') + d;
    return out;
}

DbResult<QSqlDatabase> ConnectionSettings::open(const QString &connectionName) const
{
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return DbError::make(DbError::Other,
                             DbError::tr("The PostgreSQL driver for Qt (QPSQL) is not installed."));
    // Everything goes through the connect options so that libpq sees host and
    // port lists, service names and the PG* fallbacks exactly as it would in psql.
    // QPSQL turns ';' into a separator, hence the spaces.
    QStringList parts;
    const QMap<QString, QString> k = keywords();
    for (auto it = k.cbegin(); it != k.cend(); ++it) {
        if (it.key() == QLatin1String("password"))
            continue;
        parts << it.key() + QLatin1Char('=') + quoted(it.value());
    }
    if (!k.contains(QStringLiteral("connect_timeout")))
        parts << QStringLiteral("connect_timeout=5");
    db.setConnectOptions(parts.join(QLatin1Char(' ')));
    db.setPassword(password);
    if (!db.open()) {
        DbError e = DbError::fromSql(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return e;
    }
    return db;
}

void ConnectionSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("connection"));
    settings.setValue(QStringLiteral("service"), service);
    settings.setValue(QStringLiteral("hosts"), hosts);
    settings.setValue(QStringLiteral("ports"), ports);
    settings.setValue(QStringLiteral("database"), database);
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("sslmode"), sslMode);
    settings.setValue(QStringLiteral("target_session_attrs"), targetSessionAttrs);
    settings.endGroup();
}

ConnectionSettings ConnectionSettings::load(const QSettings &settings)
{
    ConnectionSettings s;
    auto get = [&settings](const char *key) {
        return settings.value(QStringLiteral("connection/") + QLatin1String(key)).toString();
    };
    s.service = get("service");
    s.hosts = get("hosts");
    s.ports = get("ports");
    s.database = get("database");
    s.user = get("user");
    s.sslMode = get("sslmode");
    s.targetSessionAttrs = get("target_session_attrs");
    return s;
}

} // namespace Motcua
