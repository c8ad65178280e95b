#include "outcomedialogs.h"

#include "ui_refusaldialog.h"
#include "ui_supplementdialog.h"

#include "core/freetext.h"
#include "core/vntext.h"
#include "gui/fieldmarker.h"
#include "gui/freetextwidgets.h"

#include <QPushButton>
#include <QShortcut>

namespace Motcua {

namespace {

// Ctrl+Return confirms from inside the multi-line field, too.
void addConfirmShortcut(QDialog *dialog, QDialogButtonBox *buttons, const QString &okText)
{
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setToolTip(QDialog::tr("Ctrl+Return"));
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), dialog);
    QObject::connect(confirm, &QShortcut::activated, dialog, &QDialog::accept);
}

} // namespace

RefusalDialog::RefusalDialog(const QString &applicant, const QString &procedure, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RefusalDialog>())
{
    ui->setupUi(this);
    m_marker = std::make_unique<FieldMarker>(ui->errorLabel);
    ui->summaryLabel->setText(
            tr("<b>%1</b><br>%2").arg(applicant.toHtmlEscaped(), procedure.toHtmlEscaped()));
    addConfirmShortcut(this, ui->buttons, tr("Refuse and &print (Ctrl+Return)"));
    ui->reasonEdit->setMaxLength(FreeText::maxLength(FreeText::Field::Reason));
    connect(ui->reasonEdit, &LimitedTextEdit::pasteRefused, this, [this](const QString &message) {
        m_marker->clear();
        m_marker->fail(ui->reasonEdit, message);
    });
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &RefusalDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui->reasonEdit->setFocus();
}

RefusalDialog::~RefusalDialog() = default;

QString RefusalDialog::reason() const
{
    return VnText::nfc(ui->reasonEdit->toPlainText());
}

void RefusalDialog::setReason(const QString &reason)
{
    ui->reasonEdit->setPlainText(reason);
}

void RefusalDialog::accept()
{
    m_marker->clear();
    if (reason().isEmpty()) {
        m_marker->fail(ui->reasonEdit,
                       tr("State the reason for refusing: it is printed on the form the "
                          "applicant receives."));
        return;
    }
    if (const QString p = FreeText::problem(reason(), FreeText::Field::Reason); !p.isEmpty()) {
        m_marker->fail(ui->reasonEdit, p);
        return;
    }
    QDialog::accept();
}

SupplementDialog::SupplementDialog(const QString &applicant,
                                   const QList<MissingDocument> &missing,
                                   QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SupplementDialog>())
    , m_missing(missing)
{
    ui->setupUi(this);
    m_marker = std::make_unique<FieldMarker>(ui->errorLabel);
    m_marker->clear();
    ui->summaryLabel->setText(
            tr("<b>%1</b><br>Everything missing is listed on the request at once:")
                    .arg(applicant.toHtmlEscaped()));
    for (const MissingDocument &m : missing)
        ui->missingList->addItem(tr("%1 — %2").arg(m.name, m.reason));
    addConfirmShortcut(this, ui->buttons, tr("Request and &print (Ctrl+Return)"));
    ui->noteEdit->setMaxLength(FreeText::maxLength(FreeText::Field::Note));
    connect(ui->noteEdit, &LimitedTextEdit::pasteRefused, this, [this](const QString &message) {
        m_marker->clear();
        m_marker->fail(ui->noteEdit, message);
    });
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &SupplementDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui->noteEdit->setFocus();
}

SupplementDialog::~SupplementDialog() = default;

QString SupplementDialog::note() const
{
    return VnText::nfc(ui->noteEdit->toPlainText());
}

void SupplementDialog::accept()
{
    m_marker->clear();
    if (const QString p = FreeText::problem(note(), FreeText::Field::Note); !p.isEmpty()) {
        m_marker->fail(ui->noteEdit, p);
        return;
    }
    QDialog::accept();
}

} // namespace Motcua
