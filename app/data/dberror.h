#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

class QSqlError;

namespace Motcua {

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
    static DbError fromSqlState(const QString &sqlState, const QString &serverText);
    static DbError make(Code code, const QString &message, const QString &detail = {});

    // Whether retrying the same work later may succeed (lost connection,
    // serialization failure, deadlock).
    bool isTransient() const;
    // One line for logs and the command line: message plus the server's text.
    QString describe() const;
};

// The value of a data-layer call or the reason it failed.
template<class T>
class DbResult
{
public:
    DbResult(T value)
        : m_value(std::move(value))
    {}
    DbResult(DbError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const DbError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DbError m_error;
};

// For calls that return nothing but may fail.
struct Done
{};
using DbStatus = DbResult<Done>;

} // namespace Motcua
