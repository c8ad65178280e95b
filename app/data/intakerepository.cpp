#include "intakerepository.h"

#include "calendarcache.h"
#include "calendarrepository.h"
#include "core/duedate.h"
#include "core/duration.h"
#include "pgresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray documentsJson(const IntakeDraft &draft)
{
    QJsonArray docs;
    for (const DocumentEntry &d : draft.documents) {
        if (!d.received)
            continue;
        docs.append(QJsonObject{
                {QStringLiteral("checklist_item_id"), d.checklistItemId},
                {QStringLiteral("name"), d.name},
                {QStringLiteral("originals"), d.originals},
                {QStringLiteral("certified_copies"), d.certifiedCopies},
                {QStringLiteral("photocopies"), d.photocopies},
        });
    }
    return docs;
}

// Values that PostgreSQL stores as typed: NFC, without surrounding spaces.
Applicant normalised(Applicant a)
{
    for (QString *s : {&a.fullName,
                       &a.idNumber,
                       &a.taxCode,
                       &a.phone,
                       &a.email,
                       &a.province,
                       &a.ward,
                       &a.street,
                       &a.representativeName,
                       &a.representativeIdNumber})
        *s = s->normalized(QString::NormalizationForm_C).trimmed();
    return a;
}

} // namespace

IntakeRepository::IntakeRepository(QSqlDatabase db, CalendarCache *calendars)
    : m_db(std::move(db))
    , m_calendars(calendars)
    , m_statements(m_db)
{}

DbResult<QDateTime> IntakeRepository::dueDate(const Procedure &procedure,
                                              int unitId,
                                              const QDateTime &receivedAt)
{
    auto calendar = m_calendars ? m_calendars->calendar(unitId)
                                : CalendarRepository(m_db).effectiveCalendar(unitId);
    if (!calendar)
        return calendar.error();
    const DueDateCalculator calculator(*calendar);
    const ProcessingTime time{procedure.processingValue,
                              procedure.processingUnit == QLatin1String("working_hours")
                                      ? DurationUnit::WorkingHours
                                      : DurationUnit::WorkingDays};
    DueDateOptions options;
    if (procedure.cutoff.isValid())
        options.cutoff = procedure.cutoff;
    const Result<QDateTime> due = calculator.dueDate(receivedAt, time, options);
    if (!due.ok())
        return DbError::make(DbError::InvalidData, due.error());
    return due.value();
}

DbResult<ReceivedDossier> IntakeRepository::receive(const IntakeDraft &draft,
                                                    const Procedure &procedure,
                                                    const IntakePlace &place,
                                                    const QDateTime &receivedAt,
                                                    int serviceSeconds,
                                                    ReceiptClock clock)
{
    // Not an error of the intake: the server is away, and the outbox retries.
    if (!m_db.isOpen())
        return DbError::fromSqlState(QLatin1String(SqlState::ConnectionDoesNotExist),
                                     QStringLiteral("not connected"));
    QJsonObject p{
            {QStringLiteral("key"), draft.key.toString(QUuid::WithoutBraces)},
            {QStringLiteral("unit_id"), place.unitId},
            {QStringLiteral("procedure_id"), procedure.id},
            {QStringLiteral("department_id"), procedure.departmentId},
            {QStringLiteral("return_channel"), draft.returnChannel},
            {QStringLiteral("applicant"), normalised(draft.applicant).toJson()},
            {QStringLiteral("documents"), documentsJson(draft)},
            {QStringLiteral("sets_count"), draft.setsCount},
            {QStringLiteral("fee"), double(procedure.fee)},
            {QStringLiteral("received_at"), isoUtc(receivedAt)},
            {QStringLiteral("service_seconds"), qMax(0, serviceSeconds)},
    };
    if (clock == ReceiptClock::Counter)
        p.insert(QStringLiteral("from_outbox"), true);
    if (place.counterId > 0)
        p.insert(QStringLiteral("counter_id"), place.counterId);
    if (draft.resumesOutcomeId > 0)
        p.insert(QStringLiteral("resumes"), QString::number(draft.resumesOutcomeId));
    const QByteArray json = QJsonDocument(p).toJson(QJsonDocument::Compact);

    // A concurrent retry of the same key loses on the unique key: it then
    // finds the winner's dossier, so both calls answer with one dossier.
    for (int attempt = 0; attempt < 2; ++attempt) {
        DbResult<ReceivedDossier> r = receiveOnce(json);
        if (r || attempt > 0 || !m_db.isOpen() || r.error().code == DbError::ConnectionLost
            || r.error().code == DbError::SecureConnectionFailed)
            return r;
        // A statement prepared on a connection that was since reopened is
        // gone; a concurrent retry of this key may have won. Both are worth
        // one more try, which the key makes safe.
    }
    return DbError::make(DbError::Conflict, DbError::tr("The dossier could not be received."));
}

namespace {

// The receive and its durability confirmation, as the pipeline prepares them.
constexpr Pg::PreparedStatement kPipelinedReceive{
        "motcua_pipelined_receive",
        "SELECT dossier_id, code, (extract(epoch FROM received_at) * 1000)::bigint, "
        "(extract(epoch FROM due_at) * 1000)::bigint, replayed "
        "FROM motcua_receive($1::jsonb)",
        1};
constexpr Pg::PreparedStatement kPipelinedConfirm{
        "motcua_pipelined_confirm", "SELECT motcua_confirm_durable()", 0};

} // namespace

DbResult<ReceivedDossier> IntakeRepository::receiveOnce(const QByteArray &json)
{
    // The receive commits without waiting for the disk; the intake is
    // acknowledged only once its commit is durable, which the confirmation
    // waits for (migrations 0006, 0012). Both go in one round trip, each its
    // own transaction; the confirmation runs once the receive has committed
    // (a replayed receive included), and a failed receive is retried or
    // reported without one.
    // Both are prepared once per connection: the server then neither parses
    // nor plans them again.
    PGconn *connection = Pg::connectionOf(m_db);
    QSqlDriver *driver = m_db.driver();
    const bool receiveHeld = Pg::isPrepared(driver, connection, kPipelinedReceive);
    const bool confirmHeld = Pg::isPrepared(driver, connection, kPipelinedConfirm);
    Pg::PipelinedPair pair = Pg::execPipelinedPair(
            connection, kPipelinedReceive, json, kPipelinedConfirm, !receiveHeld, !confirmHeld);
    if (pair.firstPrepared != receiveHeld)
        Pg::setPrepared(driver, connection, kPipelinedReceive, pair.firstPrepared);
    if (pair.secondPrepared != confirmHeld)
        Pg::setPrepared(driver, connection, kPipelinedConfirm, pair.secondPrepared);
    if (!pair.idle)
        return receiveThroughQtSql(json);
    if (!pair.first)
        return pair.error ? *pair.error
                          : DbError::make(DbError::Other,
                                          DbError::tr("The server returned no dossier."));
    const Pg::LibPq *pq = Pg::libpq();
    if (const DbStatus received = Pg::statusOf(pair.first.get()); !received) {
        // This connection does not hold the statements after all (a new
        // connection where the old one was); the caller's retry prepares.
        if (received.error().is(SqlState::InvalidSqlStatementName)) {
            Pg::setPrepared(driver, connection, kPipelinedReceive, false);
            Pg::setPrepared(driver, connection, kPipelinedConfirm, false);
        }
        return received.error();
    }
    PGresult *row = pair.first.get();
    if (pq->ntuples(row) < 1)
        return DbError::make(DbError::Other, DbError::tr("The server returned no dossier."));
    // Instants as milliseconds since the epoch: no text format to parse.
    const auto instant = [&](int column) {
        return QDateTime::fromMSecsSinceEpoch(
                QByteArray(pq->getvalue(row, 0, column)).toLongLong());
    };
    ReceivedDossier r;
    r.id = QByteArray(pq->getvalue(row, 0, 0)).toLongLong();
    r.code = QString::fromUtf8(pq->getvalue(row, 0, 1));
    r.receivedAt = instant(2);
    r.dueAt = instant(3);
    r.replayed = pq->getvalue(row, 0, 4)[0] == 't';
    // The confirmation's row is not the acknowledgment: its commit is, which
    // the sync's answer reports. A session ended while that commit waits
    // (for the disk or the synchronous standby: a failover) still delivers
    // the row, flushed out with the server's farewell; the intake is then not
    // acknowledged, and the outbox retries it under its key.
    if (pair.error)
        return *pair.error;
    if (!pair.second)
        return DbError::fromSqlState(QLatin1String(SqlState::ConnectionFailure),
                                     QStringLiteral("no confirmation"));
    if (const DbStatus confirmed = Pg::statusOf(pair.second.get()); !confirmed)
        return confirmed.error();
    return r;
}

DbResult<ReceivedDossier> IntakeRepository::receiveThroughQtSql(const QByteArray &json)
{
    // Not retried here: receive() retries under the same key.
    auto ran = m_statements.exec(QStringLiteral("SELECT * FROM motcua_receive(?::jsonb)"),
                                 {QString::fromUtf8(json)},
                                 StatementCache::Retry::Never);
    if (!ran)
        return ran.error();
    QSqlQuery &q = **ran;
    if (!q.next())
        return DbError::make(DbError::Other, DbError::tr("The server returned no dossier."));
    ReceivedDossier r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.receivedAt = q.value(2).toDateTime();
    r.dueAt = q.value(3).toDateTime();
    r.replayed = q.value(4).toBool();
    q.finish();
    if (DbStatus durable = confirmDurable(); !durable)
        return durable.error();
    return r;
}

DbStatus IntakeRepository::confirmDurable()
{
    auto ran = m_statements.exec(
            QString::fromLatin1(kPipelinedConfirm.sql), {}, StatementCache::Retry::Never);
    if (!ran)
        return ran.error();
    (*ran)->finish();
    return Done{};
}

DbResult<qint64> IntakeRepository::recordOutcome(const char *kind,
                                                 const IntakeDraft &draft,
                                                 const Procedure &procedure,
                                                 const IntakePlace &place,
                                                 const QString &reason,
                                                 const QList<MissingDocument> &missing,
                                                 int serviceSeconds)
{
    QJsonArray missingJson;
    for (const MissingDocument &m : missing)
        missingJson.append(QJsonObject{{QStringLiteral("name"), m.name},
                                       {QStringLiteral("reason"), m.reason}});
    const Applicant a = normalised(draft.applicant);
    QSqlQuery q(m_db);
    // motcua_record_outcome (migration 0018) records it for the caller's own
    // unit at server time; a retried submit returns the outcome it recorded.
    q.prepare(QStringLiteral("SELECT motcua_record_outcome(?::uuid, ?, ?, NULLIF(?, 0), ?, ?, ?, "
                             "?, ?, ?::jsonb, ?::jsonb, ?)"));
    const QString key = draft.key.toString(QUuid::WithoutBraces);
    q.addBindValue(key);
    q.addBindValue(QLatin1String(kind));
    q.addBindValue(place.unitId);
    q.addBindValue(place.counterId);
    q.addBindValue(procedure.id);
    q.addBindValue(a.fullName.isEmpty() ? QStringLiteral("—") : a.fullName);
    q.addBindValue(a.idNumber);
    q.addBindValue(a.taxCode);
    q.addBindValue(reason.trimmed());
    q.addBindValue(QString::fromUtf8(QJsonDocument(missingJson).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(qMax(0, serviceSeconds));
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    if (!q.next())
        return DbError::make(DbError::Other, DbError::tr("The server recorded nothing."));
    return q.value(0).toLongLong();
}

DbResult<qint64> IntakeRepository::requestSupplement(const IntakeDraft &draft,
                                                     const Procedure &procedure,
                                                     const IntakePlace &place,
                                                     const QList<MissingDocument> &missing,
                                                     const QString &note,
                                                     int serviceSeconds)
{
    if (missing.isEmpty())
        return DbError::make(DbError::InvalidData,
                             DbError::tr("A supplement request must list what is missing."));
    const QString reason
            = note.trimmed().isEmpty() ? DbError::tr(
                      "%n document(s) missing or incomplete", nullptr, int(missing.size()))
                                       : note.trimmed();
    return recordOutcome(
            "supplement_requested", draft, procedure, place, reason, missing, serviceSeconds);
}

DbResult<qint64> IntakeRepository::refuse(const IntakeDraft &draft,
                                          const Procedure &procedure,
                                          const IntakePlace &place,
                                          const QString &reason,
                                          int serviceSeconds)
{
    if (reason.trimmed().isEmpty())
        return DbError::make(DbError::InvalidData, DbError::tr("A refusal must state its reason."));
    return recordOutcome("refused", draft, procedure, place, reason, {}, serviceSeconds);
}

DbResult<std::optional<Applicant>> IntakeRepository::findApplicant(const char *column,
                                                                   const QString &value) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                      "SELECT applicant_kind, applicant_name, coalesce(applicant_id_number, ''), "
                      "  coalesce(applicant_tax_code, ''), applicant_birth_date, applicant_phone, "
                      "  applicant_email, applicant_province, applicant_ward, applicant_street "
                      "FROM dossiers WHERE ")
              + QLatin1String(column) + QStringLiteral(" = ? ORDER BY received_at DESC LIMIT 1"));
    q.addBindValue(value.trimmed());
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    if (!q.next())
        return std::optional<Applicant>();
    Applicant a;
    a.kind = q.value(0).toString();
    a.fullName = q.value(1).toString();
    a.idNumber = q.value(2).toString();
    a.taxCode = q.value(3).toString();
    a.birthDate = q.value(4).toDate();
    a.phone = q.value(5).toString();
    a.email = q.value(6).toString();
    a.province = q.value(7).toString();
    a.ward = q.value(8).toString();
    a.street = q.value(9).toString();
    return std::optional<Applicant>(a);
}

DbResult<std::optional<Applicant>> IntakeRepository::findPerson(const QString &idNumber) const
{
    return findApplicant("applicant_id_number", idNumber);
}

DbResult<std::optional<Applicant>> IntakeRepository::findBusiness(const QString &taxCode) const
{
    return findApplicant("applicant_tax_code", taxCode);
}

DbResult<QList<PendingSupplement>> IntakeRepository::pendingSupplements(
        const QString &idNumberOrTaxCode) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o.id, o.at, p.name, o.missing, o.draft FROM intake_outcomes o "
                             "JOIN procedures p ON p.id = o.procedure_id "
                             "WHERE o.kind = 'supplement_requested' AND o.resumed_by IS NULL "
                             "  AND (o.applicant_id_number = ? OR o.applicant_tax_code = ?) "
                             "ORDER BY o.at DESC"));
    q.addBindValue(idNumberOrTaxCode.trimmed());
    q.addBindValue(idNumberOrTaxCode.trimmed());
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    QList<PendingSupplement> out;
    while (q.next()) {
        PendingSupplement s;
        s.outcomeId = q.value(0).toLongLong();
        s.at = q.value(1).toDateTime();
        s.procedureName = q.value(2).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
            s.missing.append(
                    {v[QLatin1String("name")].toString(), v[QLatin1String("reason")].toString()});
        s.draft = IntakeDraft::fromJson(
                QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        // Continuing makes a new submission: a new key, pointing back here.
        s.draft.key = newIntakeKey();
        s.draft.startedAt = QDateTime::currentDateTimeUtc();
        s.draft.resumesOutcomeId = s.outcomeId;
        out.append(s);
    }
    return out;
}

} // namespace Motcua
