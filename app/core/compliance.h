#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Motcua {

// A finding of the compliance review, as facts: the screen words it
// (CompliancePanel::detailText). Each opens its dossier (dossierId > 0) or,
// for counter outcomes without a dossier, shows the outcome (outcomeId > 0).
struct ComplianceFinding
{
    enum Kind {
        RepeatedSupplement, // more than one supplement request for one dossier
        BlankReason,        // refusal or supplement request with an empty or boilerplate reason
        LateWithoutApology, // finished or overdue after its due date with no apology/extension
        ExtensionAfterDue,  // extension granted after the due date had passed
        HandedWithoutAuthorisation, // result given to someone other than the applicant, no
                                    // authorisation
    };
    // The step whose reason was found blank (BlankReason).
    enum Step {
        NoStep,
        CounterRefusal,       // Mẫu 03 at the counter
        CounterSupplement,    // Mẫu 02 at the counter
        ProcessingSupplement, // while processing: the clock stopped
        ProcessingStop,       // processing stopped
    };
    Kind kind = RepeatedSupplement;
    qint64 dossierId = 0;
    qint64 outcomeId = 0; // intake_outcomes.id for counter outcomes
    QString code;         // dossier code, empty for counter outcomes
    QString unitName;
    QString applicantName;
    QDateTime at; // when it happened (for an extension: when it was granted)

    qint64 count = 0;      // RepeatedSupplement: how many requests
    QString procedureName; // RepeatedSupplement at the counter
    Step step = NoStep;    // BlankReason
    QString reason;        // BlankReason: as typed
    QDateTime dueAt;       // LateWithoutApology: the due date; ExtensionAfterDue: the old one
    QDateTime finishedAt;  // LateWithoutApology: invalid while unfinished
    QDateTime newDueAt;    // ExtensionAfterDue
    QString collectorName; // HandedWithoutAuthorisation
    QString collectorIdNumber;
};

namespace Compliance {

// A stated reason shorter than this (trimmed) says nothing.
constexpr int minimumReasonLength = 10;
// Stock phrases that say nothing about what is wrong ("thiếu giấy tờ",
// "theo quy định", …), folded: lower case, no diacritics, no punctuation.
const QStringList &boilerplatePhrases();
// Whether a refusal's, supplement request's or stop's reason is blank: empty,
// shorter than minimumReasonLength, or a stock phrase once folded and
// stripped of punctuation. The review's SQL applies the same rule to the
// stored reasons (queries/compliance_*.sql bind boilerplatePhrases()).
bool isBlankReason(const QString &reason);

} // namespace Compliance

} // namespace Motcua
