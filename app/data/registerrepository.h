#pragma once

#include "catalog.h"
#include "dberror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QIODevice;

namespace Motcua {

// One line of the register (Sổ theo dõi hồ sơ): a dossier received by the
// unit, with the times of its hand-offs.
struct RegisterRow
{
    qint64 id = 0;
    QString code;
    QString applicantName;
    QString procedureCode;
    QString procedureName;
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime transferredAt; // first transfer to the department; invalid if none yet
    QDateTime returnedAt;    // the handover; invalid if not returned
    QString state;           // DossierState key
    QString note;            // the latest note of the control sheet, if any
};

// Reads the register of a receiving unit. The period is in Vietnam days
// (UTC+7), both ends included.
class RegisterRepository
{
public:
    explicit RegisterRepository(QSqlDatabase db);

    // One row per dossier received by the unit in [from, to], in the order
    // received (the register's order). One query: the event times come from
    // correlated subqueries on dossier_events.
    DbResult<QList<RegisterRow>> rows(int unitId, const QDate &from, const QDate &to) const;
    // The units that receive dossiers (center, branches, local teams), by name.
    DbResult<QList<UnitRef>> receivingUnits() const;

private:
    QSqlDatabase m_db;
};

// Writes the register as CSV for Excel: UTF-8 with a byte-order mark, comma
// separated, CRLF line ends, every field quoted, times in Vietnam time
// (dd/MM/yyyy HH:mm). `stateLabels` maps state keys to the words to print.
// Fails when the device cannot be written.
DbStatus writeRegisterCsv(const QList<RegisterRow> &rows,
                          const QStringList &header,
                          const std::function<QString(const QString &)> &stateLabel,
                          QIODevice *out);

} // namespace Motcua
