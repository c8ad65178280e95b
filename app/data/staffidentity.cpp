#include "staffidentity.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

DbResult<StaffIdentity> StaffIdentity::load(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "SELECT r.rolname, r.rolsuper, s.full_name, s.job, u.id, u.code, u.name, "
            "       c.id, c.number "
            "FROM pg_roles r "
            "LEFT JOIN staff s ON s.role_name = r.rolname AND s.active "
            "LEFT JOIN units u ON u.id = s.unit_id "
            "LEFT JOIN counters c ON c.id = s.counter_id "
            "WHERE r.rolname = session_user"));
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    if (!q.next())
        return DbError::make(DbError::NotFound, DbError::tr("Unknown database role."));
    StaffIdentity id;
    id.roleName = q.value(0).toString();
    id.superuser = q.value(1).toBool();
    id.fullName = q.value(2).toString();
    const QString job = q.value(3).toString();
    if (job.isEmpty() && !id.superuser)
        return DbError::make(DbError::PermissionDenied,
                             DbError::tr("The account %1 is not registered as active staff of "
                                         "any unit.")
                                     .arg(id.roleName));
    if (job == QLatin1String("supervisor"))
        id.job = Job::Supervisor;
    else if (job == QLatin1String("clerk"))
        id.job = Job::Clerk;
    else if (job == QLatin1String("department"))
        id.job = Job::Department;
    else
        id.job = Job::Admin;
    if (id.fullName.isEmpty())
        id.fullName = id.roleName;
    id.unitId = q.value(4).toInt();
    id.unitCode = q.value(5).toString();
    id.unitName = q.value(6).toString();
    id.counterId = q.value(7).toInt();
    id.counterNumber = q.value(8).toInt();
    return id;
}

} // namespace Motcua
