#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace Motcua {

// The SQLSTATEs the application tells apart (PostgreSQL, Appendix A), by
// name: every comparison of a server's error code uses these, never a literal.
namespace SqlState {
// Classes (the first two characters).
constexpr char ConnectionExceptionClass[] = "08";
constexpr char DataExceptionClass[] = "22";
constexpr char IntegrityViolationClass[] = "23";
constexpr char InvalidAuthorizationClass[] = "28";
// Codes.
constexpr char FeatureNotSupported[] = "0A000";
constexpr char ConnectionDoesNotExist[] = "08003";
constexpr char ConnectionFailure[] = "08006";
constexpr char ProtocolViolation[] = "08P01";
constexpr char InvalidParameterValue[] = "22023";
constexpr char ForeignKeyViolation[] = "23503";
constexpr char UniqueViolation[] = "23505";
constexpr char InvalidSqlStatementName[] = "26000"; // a prepared statement the session lacks
constexpr char InvalidAuthorizationSpecification[] = "28000";
constexpr char InvalidPassword[] = "28P01";
constexpr char SerializationFailure[] = "40001";
constexpr char DeadlockDetected[] = "40P01";
constexpr char InsufficientPrivilege[] = "42501";
constexpr char DuplicatePreparedStatement[] = "42P05";
constexpr char ObjectNotInPrerequisiteState[] = "55000";
constexpr char LockNotAvailable[] = "55P03";
constexpr char AdminShutdown[] = "57P01";
constexpr char CrashShutdown[] = "57P02";
constexpr char CannotConnectNow[] = "57P03";
constexpr char NoDataFound[] = "P0002"; // PL/pgSQL's no_data_found
} // namespace SqlState

// A database failure as the rest of the application sees it: a domain code and
// a translated message. SQLSTATEs are mapped to codes in one place
// (DbError::fromSql), so no layer above the data layer ever parses them.
struct DbError
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::DbError)

public:
    enum Code {
        ConnectionLost,   // the server is unreachable; retry later
        PermissionDenied, // the role may not do this (grants, row-level security)
        AuthenticationFailed,
        Duplicate,   // a unique value already exists
        InvalidData, // a check, foreign key or not-null rule refused the data
        Conflict,    // somebody else changed the row first, serialization failure, or a
                     // lock not available in time
        NotFound,
        SchemaTooOld,     // the database lacks migrations this program needs
        SchemaTooNew,     // the database has migrations this program does not know
        MigrationChanged, // an applied migration differs from the program's copy
        // The encrypted connection the settings ask for could not be made: the
        // server's certificate does not match the host name or is not signed by
        // the trusted authority, or the server and the client disagree on
        // encryption. Retrying does not help; the settings or the server must change.
        SecureConnectionFailed,
        Other
    };

    Code code = Other;
    QString message;  // translated, for the user
    QString sqlState; // empty when the error did not come from the server
    QString detail;   // the server's own text, for logs and administrators

    static DbError fromSql(const QSqlError &error);
    // From a SQLSTATE (a SqlState constant, or the server's) and the server's text.
    static DbError fromSqlState(const QString &sqlState, const QString &serverText);
    static DbError make(Code code, const QString &message, const QString &detail = {});

    // Whether retrying the same work later may succeed (lost connection,
    // serialization failure, deadlock).
    bool isTransient() const;
    // Whether the server reported this SQLSTATE (a SqlState constant).
    bool is(const char *state) const { return sqlState == QLatin1String(state); }
    // Whether the SQLSTATE is of this class (a SqlState ...Class constant).
    bool inClass(const char *stateClass) const
    {
        return sqlState.startsWith(QLatin1String(stateClass));
    }
    // One line for logs and the command line: message plus the server's text.
    QString describe() const;
};

// The value of a data-layer call or the reason it failed: the application's
// one result type (core/result.h) with the data layer's domain error.
template<class T>
using DbResult = Expected<T, DbError>;

// For calls that return nothing but may fail.
using DbStatus = DbResult<Done>;

} // namespace Motcua
