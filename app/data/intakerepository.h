#pragma once

#include "catalog.h"
#include "core/intakedraft.h"
#include "core/workingcalendar.h"
#include "dberror.h"
#include "statementcache.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace Motcua {

// A dossier the server acknowledged: its code and dates.
struct ReceivedDossier
{
    qint64 id = 0;
    QString code;
    QDateTime receivedAt;
    QDateTime dueAt;
    bool replayed = false; // the submit had already landed (a retry)
};

// Whose clock dates a receipt (migration 0017): the server's for a live
// intake; the counter's for one replayed from its outbox, which the server
// accepts up to 72 hours back and never in the future (else its own again).
enum class ReceiptClock {
    Server,
    Counter,
};

// Where and by whom an intake is taken.
struct IntakePlace
{
    int unitId = 0;
    int counterId = 0;
};

// A supplement request kept on the server, to continue the intake later.
struct PendingSupplement
{
    qint64 outcomeId = 0;
    QDateTime at;
    QString procedureName;
    QList<MissingDocument> missing;
    IntakeDraft draft;
};

// The three outcomes of an intake, each recorded and countable: receive (a
// dossier with a gapless daily code and a due date), supplement request,
// refusal. Every call is one round trip and idempotent on the draft's key.
class CalendarCache;

class IntakeRepository
{
public:
    // `calendars`: the session's calendar cache (ConnectionKeeper::calendars()),
    // borrowed. Without one, every due date reads the calendar from the
    // server: slower, never stale.
    explicit IntakeRepository(QSqlDatabase db, CalendarCache *calendars = nullptr);

    void setCalendarCache(CalendarCache *calendars) { m_calendars = calendars; }
    CalendarCache *calendarCache() const { return m_calendars; }

    // The due date of a dossier received now for this procedure at this unit:
    // the unit's working calendar (from the cache) with the procedure's cut-off.
    // A preview: the receive's due date is the server's (motcua_due_at), by
    // the same rules from the calendar as it is at the receipt.
    DbResult<QDateTime> dueDate(const Procedure &procedure,
                                int unitId,
                                const QDateTime &receivedAt);

    // Receives the dossier. A retry of a submit that already landed returns
    // the same dossier with replayed = true; no second code is issued. The
    // server dates the receipt (receivedAt counts only for ReceiptClock::Counter,
    // within its window), computes the due date and clamps the service time
    // into [30 s, 4 h]; the dossier returned carries what it stored.
    DbResult<ReceivedDossier> receive(const IntakeDraft &draft,
                                      const Procedure &procedure,
                                      const IntakePlace &place,
                                      const QDateTime &receivedAt,
                                      int serviceSeconds,
                                      ReceiptClock clock = ReceiptClock::Server);
    // Records a supplement request listing everything missing; returns its
    // number. The draft is kept with it.
    DbResult<qint64> requestSupplement(const IntakeDraft &draft,
                                       const Procedure &procedure,
                                       const IntakePlace &place,
                                       const QList<MissingDocument> &missing,
                                       const QString &note,
                                       int serviceSeconds);
    // Records a refusal; the reason is required. Returns its number.
    DbResult<qint64> refuse(const IntakeDraft &draft,
                            const Procedure &procedure,
                            const IntakePlace &place,
                            const QString &reason,
                            int serviceSeconds);

    // The latest applicant data seen with this CCCD/CMND, or this tax code.
    DbResult<std::optional<Applicant>> findPerson(const QString &idNumber) const;
    DbResult<std::optional<Applicant>> findBusiness(const QString &taxCode) const;
    // Open supplement requests (not yet resumed) of an applicant, newest first.
    DbResult<QList<PendingSupplement>> pendingSupplements(const QString &idNumberOrTaxCode) const;

private:
    DbResult<ReceivedDossier> receiveOnce(const QByteArray &json);
    // The same through Qt Sql, when the connection is not idle for libpq.
    DbResult<ReceivedDossier> receiveThroughQtSql(const QByteArray &json);
    DbStatus confirmDurable();
    DbResult<qint64> recordOutcome(const char *kind,
                                   const IntakeDraft &draft,
                                   const Procedure &procedure,
                                   const IntakePlace &place,
                                   const QString &reason,
                                   const QList<MissingDocument> &missing,
                                   int serviceSeconds);
    DbResult<std::optional<Applicant>> findApplicant(const char *column,
                                                     const QString &value) const;

    QSqlDatabase m_db;
    CalendarCache *m_calendars = nullptr;
    // The receive and the confirmation through Qt Sql, prepared once: a
    // fresh QSqlQuery would prepare and deallocate the statement around
    // every intake, two extra round trips on the hot path.
    StatementCache m_statements;
};

} // namespace Motcua
