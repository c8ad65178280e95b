#pragma once

#include "dberror.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

class QSettings;

namespace Motcua {

// Where and as whom to connect. Everything libpq accepts works: a service name
// (pg_service.conf), PG* environment variables (empty fields fall back to
// them), multi-host lists ("db1,db2" with ports "5432,5432") with
// target_session_attrs, sslmode, or a whole DSN (key=value or postgresql:// URI).
// The password is held in memory only and never saved.
struct ConnectionSettings
{
    QString service;
    QString hosts; // comma-separated, libpq's host list
    QString ports; // comma-separated, one per host or one for all
    QString database;
    QString user;
    QString password;           // never written to disk
    QString sslMode;            // disable, prefer, require, verify-ca, verify-full
    QString targetSessionAttrs; // any, read-write, read-only, primary, standby, prefer-standby
    QString applicationName = QStringLiteral("motcua");
    QMap<QString, QString> extra; // further libpq keywords from a DSN

    // Parses a libpq DSN (key=value pairs or a postgresql:// URI) with libpq's
    // own parser. Returns the error libpq gave when it does not parse.
    static DbResult<ConnectionSettings> fromDsn(const QString &dsn);

    // The libpq keywords and values this describes, without empty ones.
    QMap<QString, QString> keywords() const;
    // For display: "user@host:port/db", without the password.
    QString displayName() const;

    // Opens a QPSQL connection under the given Qt connection name.
    DbResult<QSqlDatabase> open(const QString &connectionName) const;

    // Remembers everything but the password.
    void save(QSettings &settings) const;
    static ConnectionSettings load(const QSettings &settings);
};

} // namespace Motcua
