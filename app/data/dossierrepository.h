#pragma once

#include "core/dossierlifecycle.h"
#include "dberror.h"
#include "staffidentity.h"
#include "statementcache.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace Motcua {

// One row of a search result.
struct DossierSummary
{
    qint64 id = 0;
    QString code;
    QString applicantName;
    QString applicantIdNumber;
    QString procedureName;
    DossierState state = DossierState::Received;
    QDateTime receivedAt;
    QDateTime dueAt;
    QString unitName;
};

// One entry of the control sheet (Phiếu kiểm soát quá trình giải quyết).
struct DossierEvent
{
    QDateTime at;
    QString actor;
    QString actorName;
    QString unitName;
    int counterNumber = 0;
    QString kind;
    QString fromState;
    QString toState;
    QString note;
    QJsonObject data;
    QDateTime dueAtThen; // the due date in force when the step happened
};

struct DossierDocument
{
    QString name;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
};

struct Handover
{
    QString channel = QStringLiteral("applicant"); // applicant | authorised | post
    QString collectorName;
    QString collectorIdNumber;
    QString authorisation;
    QString trackingNumber;
    QDateTime at;
};

// Everything the dossier view shows.
struct DossierDetail
{
    DossierSummary summary;
    int version = 0;
    QString applicantKind;
    QString applicantTaxCode;
    QDate applicantBirthDate;
    QString applicantPhone;
    QString applicantEmail;
    QString applicantAddress;
    QString representativeName;
    QString representativeIdNumber;
    int receivingUnitId = 0;
    QString receivingUnitCode;
    int departmentId = 0;
    QString departmentName;
    QString procedureCode;
    int procedureVersion = 0;
    double processingValue = 0;
    QString processingUnit; // working_days | working_hours
    QString returnChannel;
    QDateTime pausedSince;
    QDateTime finishedAt;
    int serviceSeconds = 0;
    QList<DossierDocument> documents;
    QList<DossierEvent> events;
    QList<QDateTime> dueHistory; // earlier due dates, oldest first
    std::optional<Handover> handover;
    QString rating; // the latest citizen rating's level, or empty (RatingRepository has all)
};

// What a state change may carry.
struct ActionInput
{
    QString note;      // the reason, where the action needs one
    QDateTime newDue;  // for an extension
    Handover handover; // for a return
};

// Finds dossiers and changes their state by the lifecycle rules, each change
// an event, with an optimistic version check so that two clerks acting at
// once never both succeed.
class DossierRepository
{
public:
    DossierRepository(QSqlDatabase db, StaffIdentity who);

    // By dossier code (as scanned or typed), CCCD/CMND, tax code, or the
    // start of the applicant's name with or without diacritics. Each search is
    // written to the access log (who, when, where, the kind and the text), in
    // the same statement as the search.
    DbResult<QList<DossierSummary>> find(const QString &query, int limit = 20) const;
    // A dossier shown to a person: loaded as by load()/loadById(), and the
    // opening written to the access log in the same statement.
    DbResult<DossierDetail> open(const QString &code) const;
    DbResult<DossierDetail> openById(qint64 id) const;
    // The same without a log entry: reloads after an action or a change
    // notification, and look-ups that show nobody the dossier.
    DbResult<DossierDetail> load(const QString &code) const;
    DbResult<DossierDetail> loadById(qint64 id) const;

    // Applies an action to the version the caller saw. A refusal (rules,
    // role, stale version) leaves the dossier untouched; a Conflict error
    // means somebody else changed it first: reload to see the new state.
    DbResult<DossierDetail> apply(qint64 id,
                                  int expectedVersion,
                                  DossierAction action,
                                  const ActionInput &input);

    ActorRole role() const;

private:
    DbResult<DossierDetail> fetch(qint64 id, const QString &code, bool opened) const;

    QSqlDatabase m_db;
    StaffIdentity m_who;
    mutable StatementCache m_statements; // the lookups, prepared once
};

} // namespace Motcua
