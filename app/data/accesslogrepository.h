#pragma once

#include "core/unusualaccess.h"
#include "dberror.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace Motcua {

// One row of the access log (migration 0022).
struct AccessLogEntry
{
    QDateTime at;
    QString actor;
    int unitId = 0;
    int counterId = 0;
    QString kind; // code | id_number | tax_code | name | open
    QString query;
    qint64 dossierId = 0;
    int dossierUnitId = 0;
};

// A flagged access with the names a supervisor reads.
struct UnusualAccessRow
{
    UnusualAccess access;
    QString fullName; // the actor's, or the role name when not staff
    QString unitName;
    int counterNumber = 0;
};

// Reads the access log: supervisors and administrators only (PostgreSQL
// refuses it to clerks: DbError::PermissionDenied). Writing happens in the
// searches and openings themselves (DossierRepository).
class AccessLogRepository
{
public:
    explicit AccessLogRepository(QSqlDatabase db);

    // Entries of the Vietnam days from..to (inclusive), oldest first; one
    // person's only when `actor` is given.
    DbResult<QList<AccessLogEntry>> entries(const QDate &from,
                                            const QDate &to,
                                            const QString &actor = {}) const;

    // The unusual access of the Vietnam days from..to, by the rules of
    // core/unusualaccess.h: the log gives each person's busiest hour and
    // their days, the rules decide. Sorted by person, then rule.
    DbResult<QList<UnusualAccessRow>> unusual(const QDate &from,
                                              const QDate &to,
                                              const AccessThresholds &thresholds) const;

private:
    DbResult<QList<AccessPeak>> peaks(const QString &sql,
                                      const QDateTime &from,
                                      const QDateTime &to,
                                      int threshold) const;

    QSqlDatabase m_db;
};

} // namespace Motcua
