// The state changes offered by the dossier view, the handover, and the
// printed forms of the dossier's life. The citizen rates at the counter's
// terminal, not here (migration 0021).
#include "dossierview.h"

#include "actionreasondialog.h"
#include "handoverdialog.h"

#include "data/live.h"
#include "gui/printing/dossierforms.h"

#include <QPushButton>
#include <QTextDocument>

namespace Motcua {

UnitInfo DossierView::unitInfo() const
{
    UnitInfo u;
    if (m_dossier) {
        u.name = m_dossier->summary.unitName;
        u.code = m_dossier->receivingUnitCode;
    } else {
        u.name = m_who.unitName;
        u.code = m_who.unitCode;
    }
    return u;
}

QDialog *DossierView::startAction(DossierAction action)
{
    if (!m_dossier || !offeredActions().contains(action))
        return nullptr;
    const DossierDetail &d = *m_dossier;
    if (action == DossierAction::Return) {
        auto *dialog = new HandoverDialog(d, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            ActionInput input;
            input.handover = dialog->handover();
            if (applyAction(DossierAction::Return, input))
                showMessage(tr("Returned. The citizen can now rate the handover on the "
                               "counter's rating terminal."),
                            false);
        });
        dialog->open();
        return dialog;
    }
    if (DossierLifecycle::needsReason(action)) {
        auto *dialog = new ActionReasonDialog(action, d.summary.code, d.summary.dueAt, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, action] {
            ActionInput input;
            input.note = dialog->reason();
            input.newDue = dialog->newDue();
            if (!applyAction(action, input))
                return;
            if (action == DossierAction::Extend)
                printApology();
            else if (action == DossierAction::RequestSupplement)
                printSupplementRequest(input.note);
        });
        dialog->open();
        return dialog;
    }
    applyAction(action, {});
    return nullptr;
}

bool DossierView::applyAction(DossierAction action, const ActionInput &input)
{
    if (!m_dossier || !m_repo)
        return false;
    const qint64 id = m_dossier->summary.id;
    auto result = m_repo->apply(id, m_dossier->version, action, input);
    if (!result) {
        const DbError error = result.error();
        if (error.code == DbError::Conflict)
            reload(); // show what the other clerk did
        showMessage(error.message, true);
        return false;
    }
    showDossier(*result);
    showMessage(tr("Done: %1. The dossier is now \"%2\".")
                        .arg(actionLabel(action), stateLabel(result->summary.state)),
                false);
    if (m_live)
        m_live->changed(QStringLiteral("dossier:%1").arg(id));
    emit dossierChanged(id);
    return true;
}

std::unique_ptr<QTextDocument> DossierView::controlSheetDocument() const
{
    if (!m_dossier)
        return nullptr;
    return DossierForms::controlSheet(*m_dossier, unitInfo());
}

QDialog *DossierView::printControlSheet()
{
    std::shared_ptr<QTextDocument> doc = controlSheetDocument();
    m_preview = DossierForms::preview(doc, this, QPageLayout::Portrait);
    return m_preview;
}

QDialog *DossierView::printApology()
{
    if (!m_dossier || m_dossier->dueHistory.isEmpty())
        return nullptr;
    const DossierDetail &d = *m_dossier;
    ApologyData a;
    a.code = d.summary.code;
    a.applicantName = d.summary.applicantName;
    a.procedureName = d.summary.procedureName;
    a.receivedAt = d.summary.receivedAt;
    a.newDue = d.summary.dueAt;
    a.oldDue = d.dueHistory.last();
    a.at = QDateTime::currentDateTimeUtc();
    a.unit = unitInfo();
    a.departmentName = d.departmentName;
    // The reason and dates of the latest extension.
    for (auto e = d.events.crbegin(); e != d.events.crend(); ++e) {
        if (e->kind == QLatin1String("extended")) {
            a.reason = e->note;
            a.at = e->at;
            break;
        }
    }
    std::shared_ptr<QTextDocument> doc = DossierForms::apology(a);
    if (!doc)
        return nullptr;
    m_preview = DossierForms::preview(doc, this, QPageLayout::Portrait);
    return m_preview;
}

QDialog *DossierView::printSupplementRequest(const QString &reason)
{
    const DossierDetail &d = *m_dossier;
    SupplementData s;
    s.number = d.summary.id;
    s.at = QDateTime::currentDateTimeUtc();
    Applicant &a = s.draft.applicant;
    a.kind = d.applicantKind;
    a.fullName = d.summary.applicantName;
    a.idNumber = d.summary.applicantIdNumber;
    a.taxCode = d.applicantTaxCode;
    a.phone = d.applicantPhone;
    a.email = d.applicantEmail;
    a.street = d.applicantAddress;
    a.representativeName = d.representativeName;
    a.representativeIdNumber = d.representativeIdNumber;
    s.procedure.name = d.summary.procedureName;
    s.procedure.code = d.procedureCode;
    s.unit = unitInfo();
    s.missing.append({reason, QString()});
    s.note = QStringLiteral("Mã hồ sơ: %1").arg(d.summary.code);
    s.clerkName = m_who.fullName;
    std::shared_ptr<QTextDocument> doc = CounterForms::supplementRequest(s);
    m_preview = CounterForms::preview(doc, this);
    return m_preview;
}

} // namespace Motcua
