#include "dossierrepository.h"

#include "core/duedate.h"
#include "core/identifiers.h"
#include "core/vntext.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Motcua {

namespace {

const char kSummaryColumns[]
        = "SELECT d.id, d.code, d.applicant_name, coalesce(d.applicant_id_number, ''), p.name, "
          "       d.state, d.received_at, d.due_at, u.name "
          "FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
          "JOIN units u ON u.id = d.receiving_unit_id ";

DossierSummary summaryFrom(const QSqlQuery &q)
{
    DossierSummary s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.applicantName = q.value(2).toString();
    s.applicantIdNumber = q.value(3).toString();
    s.procedureName = q.value(4).toString();
    s.state = stateFromKey(q.value(5).toString()).value_or(DossierState::Received);
    s.receivedAt = q.value(6).toDateTime();
    s.dueAt = q.value(7).toDateTime();
    s.unitName = q.value(8).toString();
    return s;
}

// A scanned code may come in lower case or with spaces around it.
const QRegularExpression &codePattern()
{
    static const QRegularExpression re(
            QStringLiteral("^[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*-\\d{6}-\\d{4}$"));
    return re;
}

// QPSQL binds a null QString as NULL; these columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    const QString t = s.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

} // namespace

DossierRepository::DossierRepository(QSqlDatabase db, StaffIdentity who)
    : m_db(db)
    , m_who(std::move(who))
    , m_statements(std::move(db))
{}

ActorRole DossierRepository::role() const
{
    switch (m_who.job) {
    case StaffIdentity::Job::Clerk:
        return ActorRole::Clerk;
    case StaffIdentity::Job::Supervisor:
        return ActorRole::Supervisor;
    case StaffIdentity::Job::Department:
        return ActorRole::Department;
    case StaffIdentity::Job::Admin:
        break;
    }
    return ActorRole::Admin;
}

DbResult<QList<DossierSummary>> DossierRepository::find(const QString &query, int limit) const
{
    const QString text = query.trimmed();
    const QString digits = QString(text).remove(QLatin1Char(' '));
    static const QRegularExpression idPattern(QStringLiteral("^\\d{9}$|^\\d{12}$"));
    static const QRegularExpression taxPattern(QStringLiteral("^\\d{10}(-?\\d{3})?$"));
    // The access is logged by the search statement itself: the log call is a
    // CTE, and the condition on its result has no column, so PostgreSQL checks
    // it once before scanning (a "one-time filter"): the row is written even
    // when nothing is found, and the search costs no extra round trip.
    const QString logged = QStringLiteral(
            "WITH logged AS MATERIALIZED (SELECT motcua_log_access(?, ?, NULL) AS ok) ");
    const QString gate = QStringLiteral("WHERE (SELECT ok FROM logged) AND ");
    QString sql;
    QVariantList values;
    if (codePattern().match(text).hasMatch()) {
        sql = logged + QLatin1String(kSummaryColumns) + gate + QStringLiteral("d.code = ?");
        values = {QStringLiteral("code"), text, text.toUpper()};
    } else if (idPattern.match(digits).hasMatch()) {
        sql = logged + QLatin1String(kSummaryColumns) + gate
              + QStringLiteral("d.applicant_id_number = ? ORDER BY d.received_at DESC LIMIT ?");
        values = {QStringLiteral("id_number"), digits, digits, limit};
    } else if (taxPattern.match(digits).hasMatch()) {
        const auto tax = Identifiers::checkTaxCode(digits);
        sql = logged + QLatin1String(kSummaryColumns) + gate
              + QStringLiteral("d.applicant_tax_code = ? ORDER BY d.received_at DESC LIMIT ?");
        const QString taxCode = tax.valid ? tax.normalized : digits;
        values = {QStringLiteral("tax_code"), taxCode, taxCode, limit};
    } else {
        const QString key = VnText::fold(text);
        if (key.size() < 2)
            return QList<DossierSummary>();
        // The prefix as a range in the index's own (byte-wise) order: one page
        // of ids from an index-only scan, which stops after the page, then
        // those rows. Asked for whole rows at once, the planner would rather
        // fetch every "nguyen van …" and sort them.
        sql = logged
              + QStringLiteral(", page AS MATERIALIZED ("
                               "  SELECT id, applicant_name_key FROM dossiers "
                               "  WHERE applicant_name_key ~>=~ ? AND applicant_name_key ~<~ ? "
                               "  ORDER BY applicant_name_key USING ~<~, id LIMIT ?) ")
              + QLatin1String(kSummaryColumns)
              + QStringLiteral("JOIN page ON page.id = d.id WHERE (SELECT ok FROM logged) "
                               "ORDER BY page.applicant_name_key USING ~<~, page.id");
        values = {QStringLiteral("name"), text, key, key + QChar(0xFFFF), limit};
    }
    auto q = m_statements.exec(sql, values);
    if (!q)
        return q.error();
    QList<DossierSummary> out;
    while ((*q)->next())
        out.append(summaryFrom(**q));
    (*q)->finish();
    return out;
}

DbResult<qint64> DossierRepository::idOfCode(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM dossiers WHERE code = ?"));
    q.addBindValue(code.trimmed().toUpper());
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    if (!q.next())
        return DbError::make(DbError::NotFound,
                             DbError::tr("No dossier has the code %1.").arg(code.trimmed()));
    return q.value(0).toLongLong();
}

DbResult<DossierDetail> DossierRepository::load(const QString &code) const
{
    auto id = idOfCode(code);
    if (!id)
        return id.error();
    return fetch(*id, false);
}

DbResult<DossierDetail> DossierRepository::loadById(qint64 id) const
{
    return fetch(id, false);
}

DbResult<DossierDetail> DossierRepository::open(const QString &code) const
{
    auto id = idOfCode(code);
    if (!id)
        return id.error();
    return fetch(*id, true);
}

DbResult<DossierDetail> DossierRepository::openById(qint64 id) const
{
    return fetch(id, true);
}

DbResult<DossierDetail> DossierRepository::fetch(qint64 id, bool opened) const
{
    QSqlQuery q(m_db);
    // Opened: logged by the same statement (see find()).
    q.prepare(
            (opened ? QStringLiteral("WITH logged AS MATERIALIZED "
                                     "(SELECT motcua_log_access('open', NULL, ?) AS ok) ")
                    : QString())
            + QLatin1String(kSummaryColumns)
                      .left(QLatin1String(kSummaryColumns).indexOf(QLatin1String("FROM")))
            + QStringLiteral(
                    ", d.version, d.applicant_kind, coalesce(d.applicant_tax_code, ''), "
                    "d.applicant_birth_date, d.applicant_phone, d.applicant_email, "
                    "concat_ws(', ', nullif(d.applicant_street, ''), nullif(d.applicant_ward, ''), "
                    "          nullif(d.applicant_province, '')), "
                    "d.representative_name, d.representative_id_number, d.receiving_unit_id, "
                    "u.code, d.department_id, dep.name, p.code, p.version, p.processing_value, "
                    "p.processing_unit, d.return_channel, d.paused_since, d.finished_at, "
                    "coalesce(d.service_seconds, 0), "
                    "(SELECT level FROM ratings r WHERE r.dossier_id = d.id ORDER BY r.id DESC "
                    "LIMIT 1) "
                    "FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
                    "JOIN units u ON u.id = d.receiving_unit_id "
                    "JOIN units dep ON dep.id = d.department_id WHERE ")
            + (opened ? QStringLiteral("(SELECT ok FROM logged) AND ") : QString())
            + QStringLiteral("d.id = ?"));
    if (opened)
        q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    if (!q.next())
        return DbError::make(DbError::NotFound, DbError::tr("The dossier no longer exists."));
    DossierDetail d;
    d.summary = summaryFrom(q);
    d.version = q.value(9).toInt();
    d.applicantKind = q.value(10).toString();
    d.applicantTaxCode = q.value(11).toString();
    d.applicantBirthDate = q.value(12).toDate();
    d.applicantPhone = q.value(13).toString();
    d.applicantEmail = q.value(14).toString();
    d.applicantAddress = q.value(15).toString();
    d.representativeName = q.value(16).toString();
    d.representativeIdNumber = q.value(17).toString();
    d.receivingUnitId = q.value(18).toInt();
    d.receivingUnitCode = q.value(19).toString();
    d.departmentId = q.value(20).toInt();
    d.departmentName = q.value(21).toString();
    d.procedureCode = q.value(22).toString();
    d.procedureVersion = q.value(23).toInt();
    d.processingValue = q.value(24).toDouble();
    d.processingUnit = q.value(25).toString();
    d.returnChannel = q.value(26).toString();
    d.pausedSince = q.value(27).toDateTime();
    d.finishedAt = q.value(28).toDateTime();
    d.serviceSeconds = q.value(29).toInt();
    d.rating = q.value(30).toString();

    QSqlQuery docs(m_db);
    docs.prepare(QStringLiteral("SELECT name, originals, certified_copies, photocopies "
                                "FROM dossier_documents WHERE dossier_id = ? ORDER BY id"));
    docs.addBindValue(id);
    if (!docs.exec())
        return DbError::fromSql(docs.lastError());
    while (docs.next())
        d.documents.append({docs.value(0).toString(),
                            docs.value(1).toInt(),
                            docs.value(2).toInt(),
                            docs.value(3).toInt()});

    QSqlQuery ev(m_db);
    ev.prepare(QStringLiteral(
            "SELECT e.at, e.actor, coalesce(s.full_name, e.actor), coalesce(u.name, ''), "
            "       coalesce(c.number, 0), e.kind, coalesce(e.from_state, ''), "
            "       coalesce(e.to_state, ''), e.note, e.data::text "
            "FROM dossier_events e LEFT JOIN staff s ON s.role_name = e.actor "
            "LEFT JOIN units u ON u.id = e.unit_id LEFT JOIN counters c ON c.id = e.counter_id "
            "WHERE e.dossier_id = ? ORDER BY e.at, e.id"));
    ev.addBindValue(id);
    if (!ev.exec())
        return DbError::fromSql(ev.lastError());
    QDateTime due = d.summary.dueAt;
    QList<DossierEvent> events;
    while (ev.next()) {
        DossierEvent e;
        e.at = ev.value(0).toDateTime();
        e.actor = ev.value(1).toString();
        e.actorName = ev.value(2).toString();
        e.unitName = ev.value(3).toString();
        e.counterNumber = ev.value(4).toInt();
        e.kind = ev.value(5).toString();
        e.fromState = ev.value(6).toString();
        e.toState = ev.value(7).toString();
        e.note = ev.value(8).toString();
        e.data = QJsonDocument::fromJson(ev.value(9).toString().toUtf8()).object();
        events.append(e);
    }
    // Walk the due date back through the changes, so each step is judged
    // against the due date in force when it happened.
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        DossierEvent &e = events[i];
        const QString oldDue = e.data.value(QLatin1String("old_due")).toString();
        const QString newDue = e.data.value(QLatin1String("new_due")).toString();
        if (!newDue.isEmpty())
            e.dueAtThen = QDateTime::fromString(newDue, Qt::ISODateWithMs);
        else
            e.dueAtThen = due;
        if (!oldDue.isEmpty()) {
            due = QDateTime::fromString(oldDue, Qt::ISODateWithMs);
            d.dueHistory.prepend(due);
        }
    }
    for (DossierEvent &e : events) {
        if (!e.dueAtThen.isValid())
            e.dueAtThen = due;
    }
    d.events = events;

    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("SELECT channel, collector_name, collector_id_number, authorisation, "
                             "tracking_number, at FROM handovers WHERE dossier_id = ?"));
    h.addBindValue(id);
    if (!h.exec())
        return DbError::fromSql(h.lastError());
    if (h.next())
        d.handover = Handover{h.value(0).toString(),
                              h.value(1).toString(),
                              h.value(2).toString(),
                              h.value(3).toString(),
                              h.value(4).toString(),
                              h.value(5).toDateTime()};
    return d;
}

DbResult<DossierDetail> DossierRepository::apply(qint64 id,
                                                 int expectedVersion,
                                                 DossierAction action,
                                                 const ActionInput &input)
{
    // The same rules as the server's, checked here first so that a refusal is
    // worded at the field without a round trip; the server decides.
    auto current = loadById(id);
    if (!current)
        return current.error();
    const DossierDetail &d = *current;
    if (d.version != expectedVersion)
        return DbError::make(DbError::Conflict,
                             DbError::tr("Somebody else changed this dossier first; it is now "
                                         "\"%1\". Look at it again before acting.")
                                     .arg(stateLabel(d.summary.state)));
    const Result<DossierState> next = DossierLifecycle::apply(d.summary.state, action, role());
    if (!next.ok())
        return DbError::make(DbError::InvalidData, next.error());
    if (DossierLifecycle::needsReason(action) && input.note.trimmed().isEmpty())
        return DbError::make(DbError::InvalidData,
                             DbError::tr("\"%1\" needs a reason.").arg(actionLabel(action)));
    if (action == DossierAction::Extend
        && DueDateHistory::extensionProblem(d.summary.dueAt, input.newDue, input.note)
                   != DueDateHistory::ExtensionProblem::None)
        return DbError::make(DbError::InvalidData,
                             DbError::tr("An extension needs a new due date after the "
                                         "current one."));
    QJsonObject handover;
    if (action == DossierAction::Return) {
        const Handover &h = input.handover;
        if (h.channel == QLatin1String("post") && h.trackingNumber.trimmed().isEmpty())
            return DbError::make(DbError::InvalidData,
                                 DbError::tr("A return by post needs the tracking number."));
        if (h.channel == QLatin1String("authorised")
            && (h.collectorName.trimmed().isEmpty() || h.collectorIdNumber.trimmed().isEmpty()))
            return DbError::make(DbError::InvalidData,
                                 DbError::tr("An authorised person's name and ID are needed."));
        handover = QJsonObject{{QStringLiteral("channel"), h.channel},
                               {QStringLiteral("collector_name"), h.collectorName},
                               {QStringLiteral("collector_id_number"), h.collectorIdNumber},
                               {QStringLiteral("authorisation"), h.authorisation},
                               {QStringLiteral("tracking_number"), h.trackingNumber}};
    }

    // motcua_dossier_act (migration 0018) applies the action with the
    // server's clock, computes a resumed due date itself and writes the event
    // (and the handover) in the same statement.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT motcua_dossier_act(?, ?, ?, ?, ?, ?::jsonb)"));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    q.addBindValue(actionKey(action));
    q.addBindValue(text(input.note));
    q.addBindValue(action == DossierAction::Extend ? QVariant(input.newDue)
                                                   : QVariant(QMetaType::fromType<QDateTime>()));
    q.addBindValue(action == DossierAction::Return ? QVariant(QString::fromUtf8(
                           QJsonDocument(handover).toJson(QJsonDocument::Compact)))
                                                   : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec()) {
        DbError e = DbError::fromSql(q.lastError());
        if (e.code == DbError::Conflict) {
            auto again = loadById(id);
            if (again)
                e.message = DbError::tr("Somebody else changed this dossier first; it is now "
                                        "\"%1\".")
                                    .arg(stateLabel(again->summary.state));
        } else if (e.code == DbError::PermissionDenied) {
            e.message = DbError::tr("Your account may not change this dossier (it belongs "
                                    "to another unit or department).");
        } else if (e.code == DbError::InvalidData && action == DossierAction::Extend) {
            e.message = DbError::tr("The new due date must fall within the unit's working "
                                    "hours on a working day.");
        }
        return e;
    }
    q.finish();
    return loadById(id);
}

} // namespace Motcua
