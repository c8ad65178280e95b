#include "weightsdialog.h"

#include "ui_weightsdialog.h"

#include "gui/fieldmarker.h"

#include <QPushButton>

namespace Motcua {

WeightsDialog::WeightsDialog(const ScoreWeights &current, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::WeightsDialog>())
{
    ui->setupUi(this);
    m_marker = std::make_unique<FieldMarker>(ui->errorLabel);
    m_marker->clear();
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &WeightsDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &WeightsDialog::reject);
    for (QDoubleSpinBox *s : {ui->onTimeSpin, ui->satisfactionSpin, ui->volumeSpin, ui->tripsSpin})
        connect(s, &QDoubleSpinBox::valueChanged, this, &WeightsDialog::updateFormula);
    setWeights(current);
}

WeightsDialog::~WeightsDialog() = default;

void WeightsDialog::setWeights(const ScoreWeights &w)
{
    ui->onTimeSpin->setValue(w.onTime);
    ui->satisfactionSpin->setValue(w.satisfaction);
    ui->volumeSpin->setValue(w.volume);
    ui->tripsSpin->setValue(w.tripsSpared);
    updateFormula();
}

ScoreWeights WeightsDialog::weights() const
{
    ScoreWeights w;
    w.onTime = ui->onTimeSpin->value();
    w.satisfaction = ui->satisfactionSpin->value();
    w.volume = ui->volumeSpin->value();
    w.tripsSpared = ui->tripsSpin->value();
    return w;
}

QString WeightsDialog::reason() const
{
    return ui->reasonEdit->text().trimmed();
}

void WeightsDialog::setReason(const QString &reason)
{
    ui->reasonEdit->setText(reason);
}

QString WeightsDialog::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

void WeightsDialog::updateFormula()
{
    ui->formulaLabel->setText(weights().formula());
}

bool WeightsDialog::validate()
{
    m_marker->clear();
    if (!weights().isValid())
        return m_marker->fail(ui->onTimeSpin, tr("At least one weight must be above zero."));
    if (reason().isEmpty())
        return m_marker->fail(ui->reasonEdit, tr("State the reason for the change."));
    return true;
}

void WeightsDialog::accept()
{
    if (!validate())
        return;
    if (m_saver) {
        const DbStatus saved = m_saver(weights(), reason());
        if (!saved) {
            m_marker->showMessage(saved.error().message);
            return;
        }
    }
    QDialog::accept();
}

void WeightsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        updateFormula();
    }
    QDialog::changeEvent(event);
}

} // namespace Motcua
