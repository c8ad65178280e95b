#pragma once

#include "dberror.h"

#include "core/eventchain.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Motcua {

// One stored control-sheet event with its chain columns as read back.
struct ChainedEvent
{
    EventChain::Event event;
    QByteArray prevHash; // empty when NULL
    QByteArray hash;     // empty when NULL
    QString dossierCode;
};

// Reads the control sheet for the hash-chain audit (motcua-admin audit
// verify). Nothing here computes a hash: the events come back as stored, and
// app/core/eventchain recomputes them apart from the server's function.
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db);

    // Every event (unitId 0) or those of the dossiers received by the unit, in
    // chain order (dossier, then id), handed to `visit` one at a time. One
    // READ ONLY REPEATABLE READ transaction, so the chains are read as of one
    // instant while counters keep writing; a cursor fetched in batches, so the
    // whole control sheet never sits in memory.
    DbStatus forEachEvent(int unitId, const std::function<void(const ChainedEvent &)> &visit) const;

private:
    QSqlDatabase m_db;
};

} // namespace Motcua
