#pragma once

#include "dberror.h"

#include <QSqlDatabase>
#include <QString>

namespace Motcua {

// Who is connected: the staff row of the login role, its job and its place.
struct StaffIdentity
{
    enum class Job { Clerk, Supervisor, Admin, Department };

    QString roleName;
    QString fullName;
    Job job = Job::Clerk;
    bool superuser = false;
    int unitId = 0;
    QString unitCode;
    QString unitName;
    int counterId = 0; // 0 when the staff member has no counter of their own
    int counterNumber = 0;

    bool canEditCatalogue() const { return job == Job::Admin || superuser; }
    bool canEditCalendar() const
    {
        return job == Job::Supervisor || job == Job::Admin || superuser;
    }

    // Reads the identity of the connection's session user. A superuser with no
    // staff row is treated as an administrator without a unit.
    static DbResult<StaffIdentity> load(const QSqlDatabase &db);
};

} // namespace Motcua
