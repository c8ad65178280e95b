#include "actionreasondialog.h"

#include "ui_actionreasondialog.h"

#include "core/centertime.h"
#include "core/duedate.h"
#include "core/freetext.h"
#include "core/vntext.h"
#include "core/vntime.h"
#include "gui/fieldmarker.h"
#include "gui/freetextwidgets.h"

#include <QPushButton>

namespace Motcua {

ActionReasonDialog::ActionReasonDialog(DossierAction action,
                                       const QString &dossierCode,
                                       const QDateTime &currentDue,
                                       QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ActionReasonDialog>())
    , m_action(action)
    , m_currentDue(currentDue)
{
    ui->setupUi(this);
    m_marker = std::make_unique<FieldMarker>(ui->errorLabel);
    m_marker->clear();
    setWindowTitle(actionLabel(action));
    const QString due = CenterTime::dueText(currentDue);
    ui->introLabel->setText(
            tr("<b>%1</b> — dossier %2, due %3.")
                    .arg(actionLabel(action).toHtmlEscaped(), dossierCode.toHtmlEscaped(), due));
    const bool extend = action == DossierAction::Extend;
    ui->newDueLabel->setVisible(extend);
    ui->newDueEdit->setVisible(extend);
    if (extend) {
        // The editor shows the center's wall clock. It works in UTC, which has no
        // daylight-saving gap to shift a typed hour, and newDue() reads the
        // fields back as the center's.
        ui->newDueEdit->setTimeSpec(Qt::UTC);
        // A week later: the same weekday and hour, so working time unless a holiday.
        const QDateTime later = CenterTime::toCenter(currentDue).addDays(7);
        ui->newDueEdit->setDateTime(QDateTime(later.date(), later.time(), Qt::UTC));
        ui->newDueEdit->setFocus();
    } else {
        ui->reasonEdit->setFocus();
    }
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(actionLabel(action));
    ui->reasonEdit->setMaxLength(FreeText::maxLength(FreeText::Field::Reason));
    connect(ui->reasonEdit, &LimitedTextEdit::pasteRefused, this, [this](const QString &message) {
        m_marker->clear();
        m_marker->fail(ui->reasonEdit, message);
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ActionReasonDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ActionReasonDialog::reject);
}

ActionReasonDialog::~ActionReasonDialog() = default;

QString ActionReasonDialog::reason() const
{
    return VnText::nfc(ui->reasonEdit->toPlainText());
}

QDateTime ActionReasonDialog::newDue() const
{
    if (m_action != DossierAction::Extend)
        return QDateTime();
    return CenterTime::at(ui->newDueEdit->date(), ui->newDueEdit->time());
}

void ActionReasonDialog::accept()
{
    m_marker->clear();
    if (m_action == DossierAction::Extend) {
        using Problem = DueDateHistory::ExtensionProblem;
        const Problem p = DueDateHistory::extensionProblem(m_currentDue, newDue(), reason());
        if (p == Problem::NoDueDate || p == Problem::NewDueMissing
            || p == Problem::NewDueNotLater) {
            m_marker->fail(ui->newDueEdit, tr("The new due date must be after the current one."));
            return;
        }
    }
    if (reason().isEmpty()) {
        m_marker->fail(ui->reasonEdit,
                       tr("State the reason: it is recorded on the control sheet."));
        return;
    }
    if (const QString p = FreeText::problem(reason(), FreeText::Field::Reason); !p.isEmpty()) {
        m_marker->fail(ui->reasonEdit, p);
        return;
    }
    QDialog::accept();
}

} // namespace Motcua
