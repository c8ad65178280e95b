#include "dberror.h"

#include <QSqlError>

namespace Motcua {

DbError DbError::make(Code code, const QString &message, const QString &detail)
{
    DbError e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    return e;
}

DbError DbError::fromSql(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    QString state = error.nativeErrorCode();
    // A statement on a closed connection fails without any error at all.
    if (error.type() == QSqlError::NoError && text.isEmpty())
        state = QLatin1String(SqlState::ConnectionDoesNotExist);
    // QPSQL reports failed connections without a SQLSTATE.
    if (state.isEmpty() && text.contains(QLatin1String("password authentication failed")))
        state = QLatin1String(SqlState::InvalidPassword);
    else if (state.isEmpty() && error.type() == QSqlError::ConnectionError)
        state = QLatin1String(SqlState::ConnectionFailure);
    return fromSqlState(state, text);
}

namespace {

// libpq reports TLS failures as text only (QPSQL gives no SQLSTATE for a
// failed connection); returns the message for one, or an empty string. Only
// refusals at connection set-up: an "SSL error" on a running session is a
// lost connection and stays one (transient).
QString secureConnectionMessage(const QString &text)
{
    auto has = [&text](const char *s) {
        return text.contains(QLatin1String(s));
    };
    if (has("does not match host name"))
        return DbError::tr("The server's certificate does not match the host name. Connect with "
                           "the name the certificate was issued for (for example the server's "
                           "DNS name rather than its IP address), or ask your administrator.");
    if (has("certificate verify failed"))
        return DbError::tr("The server's certificate is not signed by the trusted certificate "
                           "authority. Check the root certificate (sslrootcert) of this "
                           "connection, or ask your administrator.");
    if (has("root certificate file") && has("does not exist"))
        return DbError::tr("The root certificate to check the server against was not found. "
                           "Give its file (sslrootcert) in the connection settings.");
    if (has("server does not support SSL"))
        return DbError::tr("The server does not offer an encrypted connection, but these "
                           "connection settings require one.");
    if (has("pg_hba.conf") && has("no encryption"))
        return DbError::tr("The server accepts only encrypted connections. Choose the SSL mode "
                           "verify-full (or require) in the connection settings.");
    return {};
}

} // namespace

DbError DbError::fromSqlState(const QString &sqlState, const QString &serverText)
{
    DbError e;
    e.sqlState = sqlState;
    e.detail = serverText.trimmed();
    const bool connectionClass = e.inClass(SqlState::ConnectionExceptionClass);
    const QString secure = (sqlState.isEmpty() || connectionClass
                            || e.inClass(SqlState::InvalidAuthorizationClass))
                                   ? secureConnectionMessage(e.detail)
                                   : QString();
    if (!secure.isEmpty()) {
        e.code = SecureConnectionFailed;
        e.message = secure;
    } else if (connectionClass || e.is(SqlState::AdminShutdown) || e.is(SqlState::CrashShutdown)
               || e.is(SqlState::CannotConnectNow)
               || (sqlState.isEmpty()
                   && e.detail.contains(QLatin1String("server closed the connection")))) {
        e.code = ConnectionLost;
        e.message = tr("The database server cannot be reached. Your work is kept; it will be "
                       "sent when the connection is back.");
    } else if (e.is(SqlState::InsufficientPrivilege)) {
        e.code = PermissionDenied;
        e.message = tr("Your account is not allowed to do this.");
    } else if (e.is(SqlState::InvalidPassword)
               || e.is(SqlState::InvalidAuthorizationSpecification)) {
        e.code = AuthenticationFailed;
        e.message = tr("Wrong user name or password.");
    } else if (e.is(SqlState::UniqueViolation)) {
        e.code = Duplicate;
        e.message = tr("This record already exists.");
    } else if (e.inClass(SqlState::IntegrityViolationClass)
               || e.inClass(SqlState::DataExceptionClass)) {
        e.code = InvalidData;
        e.message = tr("The database refused the data as invalid.");
    } else if (e.is(SqlState::SerializationFailure) || e.is(SqlState::DeadlockDetected)) {
        e.code = Conflict;
        e.message = tr("Somebody else changed this record at the same time. Please try again.");
    } else if (e.is(SqlState::LockNotAvailable)) {
        // lock_not_available: a lock_timeout ran out (the scorecard's month
        // roll, migration 0014, waits at most 2 s for the intake).
        e.code = Conflict;
        e.message = tr("The database is busy with other work. Please try again.");
    } else if (e.detail.contains(QLatin1String("password authentication failed"))) {
        e.code = AuthenticationFailed;
        e.message = tr("Wrong user name or password.");
    } else if (e.detail.contains(QLatin1String("could not connect"))
               || e.detail.contains(QLatin1String("connection to server"))) {
        e.code = ConnectionLost;
        e.message = tr("The database server cannot be reached.");
    } else {
        e.code = Other;
        e.message = tr("The database reported an error.");
    }
    return e;
}

bool DbError::isTransient() const
{
    return code == ConnectionLost || code == Conflict;
}

QString DbError::describe() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace Motcua
