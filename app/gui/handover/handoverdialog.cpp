#include "handoverdialog.h"

#include "ui_handoverdialog.h"

#include "core/freetext.h"
#include "core/identifiers.h"
#include "core/vntext.h"
#include "gui/fieldmarker.h"
#include "gui/freetextwidgets.h"

#include <QPushButton>

namespace Motcua {

namespace {

// The identity number on record for the person who submitted.
QString idOnRecord(const DossierDetail &d)
{
    if (!d.summary.applicantIdNumber.isEmpty())
        return d.summary.applicantIdNumber;
    return d.representativeIdNumber;
}

} // namespace

HandoverDialog::HandoverDialog(const DossierDetail &dossier, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::HandoverDialog>())
    , m_dossier(dossier)
{
    ui->setupUi(this);
    m_marker = std::make_unique<FieldMarker>(ui->errorLabel);
    m_marker->clear();
    ui->dossierLabel->setText(tr("Dossier <b>%1</b> — %2<br>%3")
                                      .arg(dossier.summary.code.toHtmlEscaped(),
                                           dossier.summary.applicantName.toHtmlEscaped(),
                                           dossier.summary.procedureName.toHtmlEscaped()));
    const QString id = idOnRecord(dossier);
    ui->applicantIdLabel->setText(
            id.isEmpty()
                    ? tr("No identity number is on record for <b>%1</b>: check the collector's "
                         "identity document.")
                              .arg(dossier.summary.applicantName.toHtmlEscaped())
                    : tr("Ask for the identity card of <b>%1</b> and compare its number with the "
                         "one on record:<br><span style=\"font-size: 18pt; font-weight: bold; "
                         "letter-spacing: 2px\">%2</span>")
                              .arg(dossier.summary.applicantName.toHtmlEscaped(),
                                   id.toHtmlEscaped()));
    if (dossier.returnChannel == QLatin1String("post"))
        ui->postRadio->setChecked(true);
    for (auto *radio : {ui->applicantRadio, ui->authorisedRadio, ui->postRadio})
        connect(radio, &QRadioButton::toggled, this, &HandoverDialog::showChannel);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &HandoverDialog::reject);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Hand over"));
    showChannel();
}

HandoverDialog::~HandoverDialog() = default;

void HandoverDialog::showChannel()
{
    m_marker->clear();
    if (ui->authorisedRadio->isChecked()) {
        ui->channelPages->setCurrentWidget(ui->authorisedPage);
        ui->collectorNameEdit->setFocus();
    } else if (ui->postRadio->isChecked()) {
        ui->channelPages->setCurrentWidget(ui->postPage);
        ui->trackingEdit->setFocus();
    } else {
        ui->channelPages->setCurrentWidget(ui->applicantPage);
        ui->identityCheck->setFocus();
    }
}

Handover HandoverDialog::handover() const
{
    Handover h;
    if (ui->authorisedRadio->isChecked()) {
        h.channel = QStringLiteral("authorised");
        h.collectorName = VnText::nfc(ui->collectorNameEdit->text());
        h.collectorIdNumber = Identifiers::checkCccd(ui->collectorIdEdit->text()).normalized;
        h.authorisation = VnText::nfc(ui->authorisationEdit->text());
    } else if (ui->postRadio->isChecked()) {
        h.channel = QStringLiteral("post");
        h.trackingNumber = VnText::nfc(ui->trackingEdit->text());
    } else {
        h.channel = QStringLiteral("applicant");
        h.collectorName = m_dossier.summary.applicantName;
        h.collectorIdNumber = idOnRecord(m_dossier);
    }
    return h;
}

bool HandoverDialog::validate()
{
    m_marker->clear();
    // What cannot be stored as typed is refused at its field.
    const struct
    {
        QLineEdit *edit;
        FreeText::Field kind;
    } texts[] = {{ui->collectorNameEdit, FreeText::Field::PersonName},
                 {ui->collectorIdEdit, FreeText::Field::IdNumber},
                 {ui->authorisationEdit, FreeText::Field::ShortText},
                 {ui->trackingEdit, FreeText::Field::ShortText}};
    for (const auto &t : texts) {
        if (!t.edit->isVisibleTo(this))
            continue;
        if (const QString p = lineEditProblem(t.edit, t.kind); !p.isEmpty())
            return m_marker->fail(t.edit, p);
    }
    if (ui->authorisedRadio->isChecked()) {
        if (ui->collectorNameEdit->text().trimmed().isEmpty())
            return m_marker->fail(ui->collectorNameEdit, tr("Type the authorised person's name."));
        const auto id = Identifiers::checkCccd(ui->collectorIdEdit->text());
        if (!id.valid)
            return m_marker->fail(ui->collectorIdEdit, id.reason);
        if (ui->authorisationEdit->text().trimmed().isEmpty())
            return m_marker->fail(ui->authorisationEdit,
                                  tr("Note the authorisation document (number and date)."));
        return true;
    }
    if (ui->postRadio->isChecked()) {
        if (ui->trackingEdit->text().trimmed().isEmpty())
            return m_marker->fail(ui->trackingEdit,
                                  tr("A return by post needs the tracking number."));
        return true;
    }
    if (!ui->identityCheck->isChecked())
        return m_marker->fail(ui->identityCheck,
                              tr("Confirm that the collector's identity card matches."));
    return true;
}

void HandoverDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace Motcua
