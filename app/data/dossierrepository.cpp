#include "dossierrepository.h"

#include "core/duedate.h"
#include "core/identifiers.h"
#include "core/vntext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

DbResult<DossierDetail> DossierRepository::load(const QString &code) const
{
    return fetch(0, code, false);
}

DbResult<DossierDetail> DossierRepository::loadById(qint64 id) const
{
    return fetch(id, QString(), false);
}

DbResult<DossierDetail> DossierRepository::open(const QString &code) const
{
    return fetch(0, code, true);
}

DbResult<DossierDetail> DossierRepository::openById(qint64 id) const
{
    return fetch(id, QString(), true);
}

namespace {

QDateTime fromEpochMs(const QJsonValue &v)
{
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble())) : QDateTime();
}

} // namespace

// The whole dossier in one statement, a round trip once it is prepared: the
// row, and its documents, events and handover as JSON arrays (instants as
// epoch milliseconds). Found by id, or else by code; opened: the access is
// logged by the same statement (see find()), only when the dossier exists.
DbResult<DossierDetail> DossierRepository::fetch(qint64 id, const QString &code, bool opened) const
{
    static const QString kDetail
            = QStringLiteral("WITH target AS MATERIALIZED (SELECT t.id FROM dossiers t "
                             "WHERE t.id = ? OR t.code = ? LIMIT 1), "
                             "logged AS MATERIALIZED (SELECT bool_and(motcua_log_access('open', "
                             "NULL, t.id)) AS ok FROM target t WHERE ?) ")
              + QLatin1String(kSummaryColumns)
                        .left(QLatin1String(kSummaryColumns).indexOf(QLatin1String("FROM")))
              + QStringLiteral(
                      ", d.version, d.applicant_kind, coalesce(d.applicant_tax_code, ''), "
                      "d.applicant_birth_date, d.applicant_phone, d.applicant_email, "
                      "concat_ws(', ', nullif(d.applicant_street, ''), "
                      "          nullif(d.applicant_ward, ''), nullif(d.applicant_province, '')), "
                      "d.representative_name, d.representative_id_number, d.receiving_unit_id, "
                      "u.code, d.department_id, dep.name, p.code, p.version, p.processing_value, "
                      "p.processing_unit, d.return_channel, d.paused_since, d.finished_at, "
                      "coalesce(d.service_seconds, 0), "
                      "(SELECT level FROM ratings r WHERE r.dossier_id = d.id ORDER BY r.id DESC "
                      " LIMIT 1), "
                      "(SELECT coalesce(json_agg(json_build_array(x.name, x.originals, "
                      "   x.certified_copies, x.photocopies) ORDER BY x.id), '[]') "
                      " FROM dossier_documents x WHERE x.dossier_id = d.id)::text, "
                      "(SELECT coalesce(json_agg(json_build_array("
                      "   round(extract(epoch FROM e.at) * 1000), e.actor, "
                      "   coalesce(s.full_name, e.actor), coalesce(eu.name, ''), "
                      "   coalesce(c.number, 0), e.kind, coalesce(e.from_state, ''), "
                      "   coalesce(e.to_state, ''), e.note, e.data) ORDER BY e.at, e.id), '[]') "
                      " FROM dossier_events e LEFT JOIN staff s ON s.role_name = e.actor "
                      " LEFT JOIN units eu ON eu.id = e.unit_id "
                      " LEFT JOIN counters c ON c.id = e.counter_id "
                      " WHERE e.dossier_id = d.id)::text, "
                      "(SELECT json_build_array(h.channel, h.collector_name, "
                      "   h.collector_id_number, h.authorisation, h.tracking_number, "
                      "   round(extract(epoch FROM h.at) * 1000)) "
                      " FROM handovers h WHERE h.dossier_id = d.id LIMIT 1)::text "
                      "FROM target JOIN dossiers d ON d.id = target.id "
                      "JOIN procedures p ON p.id = d.procedure_id "
                      "JOIN units u ON u.id = d.receiving_unit_id "
                      "JOIN units dep ON dep.id = d.department_id "
                      "WHERE coalesce((SELECT ok FROM logged), true)");
    const QString typed = code.trimmed().toUpper();
    auto q = m_statements.exec(kDetail, {id, typed, opened});
    if (!q)
        return q.error();
    QSqlQuery &row = **q;
    if (!row.next()) {
        if (id > 0)
            return DbError::make(DbError::NotFound, DbError::tr("The dossier no longer exists."));
        return DbError::make(DbError::NotFound,
                             DbError::tr("No dossier has the code %1.").arg(code.trimmed()));
    }
    DossierDetail d;
    d.summary = summaryFrom(row);
    d.version = row.value(9).toInt();
    d.applicantKind = row.value(10).toString();
    d.applicantTaxCode = row.value(11).toString();
    d.applicantBirthDate = row.value(12).toDate();
    d.applicantPhone = row.value(13).toString();
    d.applicantEmail = row.value(14).toString();
    d.applicantAddress = row.value(15).toString();
    d.representativeName = row.value(16).toString();
    d.representativeIdNumber = row.value(17).toString();
    d.receivingUnitId = row.value(18).toInt();
    d.receivingUnitCode = row.value(19).toString();
    d.departmentId = row.value(20).toInt();
    d.departmentName = row.value(21).toString();
    d.procedureCode = row.value(22).toString();
    d.procedureVersion = row.value(23).toInt();
    d.processingValue = row.value(24).toDouble();
    d.processingUnit = row.value(25).toString();
    d.returnChannel = row.value(26).toString();
    d.pausedSince = row.value(27).toDateTime();
    d.finishedAt = row.value(28).toDateTime();
    d.serviceSeconds = row.value(29).toInt();
    d.rating = row.value(30).toString();
    const QJsonArray documents = QJsonDocument::fromJson(row.value(31).toString().toUtf8()).array();
    const QJsonArray eventRows = QJsonDocument::fromJson(row.value(32).toString().toUtf8()).array();
    const QJsonArray handover = QJsonDocument::fromJson(row.value(33).toString().toUtf8()).array();
    // Read to the end, so that the statement (and the access it logged)
    // completes now rather than at this connection's next statement.
    while (row.next()) {
    }
    row.finish();

    for (const QJsonValue &v : documents) {
        const QJsonArray x = v.toArray();
        d.documents.append({x.at(0).toString(), x.at(1).toInt(), x.at(2).toInt(), x.at(3).toInt()});
    }

    QDateTime due = d.summary.dueAt;
    QList<DossierEvent> events;
    for (const QJsonValue &v : eventRows) {
        const QJsonArray x = v.toArray();
        DossierEvent e;
        e.at = fromEpochMs(x.at(0));
        e.actor = x.at(1).toString();
        e.actorName = x.at(2).toString();
        e.unitName = x.at(3).toString();
        e.counterNumber = x.at(4).toInt();
        e.kind = x.at(5).toString();
        e.fromState = x.at(6).toString();
        e.toState = x.at(7).toString();
        e.note = x.at(8).toString();
        e.data = x.at(9).toObject();
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

    if (!handover.isEmpty())
        d.handover = Handover{handover.at(0).toString(),
                              handover.at(1).toString(),
                              handover.at(2).toString(),
                              handover.at(3).toString(),
                              handover.at(4).toString(),
                              fromEpochMs(handover.at(5))};
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
