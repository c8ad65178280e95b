#pragma once

#include "core/checklist.h"
#include "dberror.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTime>

namespace Motcua {

// One effective-dated version of an administrative procedure.
struct Procedure
{
    int id = 0;
    QString code;
    int version = 1;
    QString name;
    QString sector;
    double processingValue = 0;
    QString processingUnit = QStringLiteral("working_days"); // or working_hours
    QTime cutoff;                                            // invalid: no cut-off
    qint64 fee = 0;
    QString feeNote;
    int departmentId = 0;
    QString departmentName;
    QString legalBasis;
    QDate effectiveFrom;
    QDate effectiveTo; // invalid: open-ended
    QList<ChecklistItem> checklist;
};

struct UnitRef
{
    int id = 0;
    QString code;
    QString name;
    QString kind;
};

// Reads the procedure catalogue and writes new versions of it. Writing needs an
// administrator's role; PostgreSQL refuses it to everybody else.
class CatalogRepository
{
public:
    explicit CatalogRepository(QSqlDatabase db);

    // The version of every procedure in force on the given day, with checklists.
    DbResult<QList<Procedure>> proceduresInForce(const QDate &on) const;
    // Every version of one procedure, newest first, with checklists.
    DbResult<QList<Procedure>> versions(const QString &code) const;
    DbResult<QList<UnitRef>> departments() const;

    // Saves `p` as a new version of its code, in force from p.effectiveFrom.
    // The version in force until then ends that day; dossiers already received
    // keep pointing at it. Returns the new procedure id.
    DbResult<int> saveNewVersion(const Procedure &p, const QString &reason);

private:
    DbResult<QList<Procedure>> load(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace Motcua
