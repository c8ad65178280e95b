// The outcomes of an intake (receive, supplement request, refusal), the outbox
// of receives waiting for the server, and the printed forms.
#include "intakepage.h"

#include "ui_intakepage.h"

#include "applicantform.h"
#include "checklistmodel.h"
#include "gui/fieldmarker.h"
#include "gui/printing/counterforms.h"
#include "outcomedialogs.h"

#include "core/centertime.h"
#include "data/connectionkeeper.h"

namespace Motcua {

void IntakePage::setConnectionKeeper(ConnectionKeeper *keeper)
{
    m_keeper = keeper;
    setCalendarCache(keeper->calendars());
    connect(keeper, &ConnectionKeeper::stateChanged, this, &IntakePage::updateBanner);
    connect(keeper, &ConnectionKeeper::reconnected, this, &IntakePage::flushOutbox);
    updateBanner();
}

bool IntakePage::serverReachable() const
{
    if (m_keeper && m_keeper->state() != ConnectionKeeper::State::Connected)
        return false;
    return m_db.isOpen();
}

int IntakePage::serviceSeconds(const IntakeDraft &draft) const
{
    return int(qMax<qint64>(0, draft.startedAt.secsTo(QDateTime::currentDateTimeUtc())));
}

UnitInfo IntakePage::unitInfo() const
{
    UnitInfo u;
    u.name = m_who.unitName;
    u.code = m_who.unitCode;
    return u;
}

// The draft to submit, or nothing (with the reason at its field).
std::optional<IntakeDraft> IntakePage::readyDraft(bool needComplete)
{
    m_marker->clear();
    const auto applicant = ui->applicantForm->validated();
    if (!applicant)
        return std::nullopt;
    if (!m_procedure) {
        m_marker->fail(ui->procedureSearch, tr("Choose the procedure first."));
        return std::nullopt;
    }
    if (m_who.unitId == 0) {
        m_marker->showMessage(tr("Your account belongs to no unit: it cannot take in dossiers."));
        return std::nullopt;
    }
    if (needComplete && !verdict().complete) {
        m_marker->fail(ui->checklistView,
                       tr("The dossier is not complete: tick what was handed over, or request "
                          "a supplement (Ctrl+B)."));
        return std::nullopt;
    }
    IntakeDraft d = currentDraft();
    d.applicant = *applicant;
    m_store.save(d); // before anything goes to the server
    return d;
}

IntakePage::Outcome IntakePage::receive()
{
    const auto draft = readyDraft(true);
    if (!draft)
        return Outcome::Blocked;
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    const int seconds = serviceSeconds(*draft);
    const IntakePlace place{m_who.unitId, m_who.counterId};
    auto result = serverReachable()
                          ? m_repo.receive(*draft, *m_procedure, place, receivedAt, seconds)
                          : DbResult<ReceivedDossier>(
                                  DbError::make(DbError::ConnectionLost, QString()));
    if (!result && (result.error().isTransient() || !m_db.isOpen())) {
        m_outbox->enqueue(PendingIntake{*draft, *m_procedure, place, receivedAt, seconds});
        m_flushTimer.start();
        showResult(tr("%1 is queued: the receipt is printed when the server has issued the "
                      "code.")
                           .arg(draft->applicant.fullName));
        newIntake();
        updateBanner();
        return Outcome::Queued;
    }
    if (!result) {
        m_marker->showMessage(result.error().message);
        return Outcome::Failed;
    }
    m_lastReceived = *result;
    emit dossierReceived(*m_lastReceived);
    showResult(tr("Received: dossier <b>%1</b>, due %2.")
                       .arg(result->code, CenterTime::dueText(result->dueAt)));
    openReceipt(*draft, *m_procedure, *result);
    newIntake();
    return Outcome::Received;
}

SupplementDialog *IntakePage::requestSupplement()
{
    const auto draft = readyDraft(false);
    if (!draft)
        return nullptr;
    const ChecklistVerdict v = verdict();
    if (v.complete) {
        m_marker->fail(ui->checklistView,
                       tr("Nothing is missing: receive the dossier instead (Ctrl+Enter)."));
        return nullptr;
    }
    auto *dialog = new SupplementDialog(draft->applicant.fullName, v.missing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        submitSupplement(dialog->note(), dialog->missing());
    });
    dialog->open();
    return dialog;
}

void IntakePage::submitSupplement(const QString &note, const QList<MissingDocument> &missing)
{
    const auto draft = readyDraft(false);
    if (!draft)
        return;
    const IntakePlace place{m_who.unitId, m_who.counterId};
    auto number = m_repo.requestSupplement(
            *draft, *m_procedure, place, missing, note, serviceSeconds(*draft));
    if (!number) {
        m_marker->showMessage(tr("The supplement request was not recorded: %1 The form is kept; "
                                 "try again.")
                                      .arg(number.error().message));
        return;
    }
    m_lastOutcomeNumber = *number;
    SupplementData data;
    data.number = *number;
    data.at = QDateTime::currentDateTimeUtc();
    data.draft = *draft;
    data.procedure = *m_procedure;
    data.unit = unitInfo();
    data.missing = missing;
    data.note = note;
    data.clerkName = m_who.fullName;
    showResult(tr("Supplement request no. %1 recorded for %2: %n document(s) missing. It "
                  "continues when the applicant comes back.",
                  nullptr,
                  int(missing.size()))
                       .arg(*number)
                       .arg(draft->applicant.fullName));
    if (m_previewOpener)
        m_previewOpener(std::shared_ptr<QTextDocument>(CounterForms::supplementRequest(data)));
    newIntake();
}

RefusalDialog *IntakePage::refuse()
{
    const auto draft = readyDraft(false);
    if (!draft)
        return nullptr;
    auto *dialog = new RefusalDialog(draft->applicant.fullName, m_procedure->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submitRefusal(dialog->reason()); });
    dialog->open();
    return dialog;
}

void IntakePage::submitRefusal(const QString &reason)
{
    const auto draft = readyDraft(false);
    if (!draft)
        return;
    const IntakePlace place{m_who.unitId, m_who.counterId};
    auto number = m_repo.refuse(*draft, *m_procedure, place, reason, serviceSeconds(*draft));
    if (!number) {
        m_marker->showMessage(tr("The refusal was not recorded: %1 The form is kept; try again.")
                                      .arg(number.error().message));
        return;
    }
    m_lastOutcomeNumber = *number;
    RefusalData data;
    data.number = *number;
    data.at = QDateTime::currentDateTimeUtc();
    data.draft = *draft;
    data.procedure = *m_procedure;
    data.unit = unitInfo();
    data.reason = reason;
    data.clerkName = m_who.fullName;
    showResult(tr("Refusal no. %1 recorded for %2.").arg(*number).arg(draft->applicant.fullName));
    if (m_previewOpener)
        m_previewOpener(std::shared_ptr<QTextDocument>(CounterForms::refusal(data)));
    newIntake();
}

void IntakePage::openReceipt(const IntakeDraft &draft,
                             const Procedure &procedure,
                             const ReceivedDossier &dossier)
{
    if (!m_previewOpener)
        return;
    ReceiptData data;
    data.dossier = dossier;
    data.draft = draft;
    data.procedure = procedure;
    data.unit = unitInfo();
    data.clerkName = m_who.fullName;
    data.counterNumber = m_who.counterNumber;
    m_previewOpener(std::shared_ptr<QTextDocument>(CounterForms::receipt(data)));
}

int IntakePage::outboxSize() const
{
    return m_outbox->size();
}

int IntakePage::flushOutbox()
{
    if (m_outbox->size() == 0) {
        m_flushTimer.stop();
        return 0;
    }
    // A closed connection would look like a refusal: wait for the keeper.
    if (!serverReachable())
        return 0;
    const int landed = m_outbox->flush(m_repo);
    if (m_outbox->size() == 0)
        m_flushTimer.stop();
    updateBanner();
    return landed;
}

void IntakePage::onDelivered(const PendingIntake &intake, const ReceivedDossier &dossier)
{
    m_lastReceived = dossier;
    emit dossierReceived(*m_lastReceived);
    showResult(tr("The queued dossier of %1 was received: <b>%2</b>, due %3.")
                       .arg(intake.draft.applicant.fullName.toHtmlEscaped(),
                            dossier.code,
                            CenterTime::dueText(dossier.dueAt)));
    openReceipt(intake.draft, intake.procedure, dossier);
}

void IntakePage::onRejected(const PendingIntake &intake, const DbError &error)
{
    m_marker->showMessage(tr("The server refused the queued dossier of %1: %2")
                                  .arg(intake.draft.applicant.fullName, error.message));
    emit errorOccurred(error.message);
}

bool IntakePage::bannerShown() const
{
    return !ui->outboxBanner->isHidden();
}

QString IntakePage::bannerText() const
{
    return ui->outboxBanner->text();
}

void IntakePage::updateBanner()
{
    const int queued = m_outbox->size();
    const bool down = m_keeper && m_keeper->state() != ConnectionKeeper::State::Connected;
    QString text;
    if (queued == 1)
        text = tr("Server unreachable — the dossier is queued and will be sent when the "
                  "connection is back. You can keep working.");
    else if (queued > 1)
        text = tr("Server unreachable — %1 dossiers are queued and will be sent when the "
                  "connection is back. You can keep working.")
                       .arg(queued);
    else if (down)
        text = tr("Server unreachable — keep typing: a received dossier is queued and sent "
                  "when the connection is back.");
    ui->outboxBanner->setText(text);
    ui->outboxBanner->setVisible(!text.isEmpty());
}

} // namespace Motcua
