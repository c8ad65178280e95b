#include "workinghoursdialog.h"

#include "ui_workinghoursdialog.h"

#include <QCheckBox>
#include <QPushButton>

namespace Motcua {

WorkingHoursDialog::WorkingHoursDialog(const QString &scopeName,
                                       bool isUnit,
                                       const std::optional<WorkingHours> &own,
                                       const WorkingHours &effective,
                                       Saver saver,
                                       QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::WorkingHoursDialog>())
    , m_isUnit(isUnit)
    , m_saver(std::move(saver))
    , m_marker(nullptr)
{
    ui->setupUi(this);
    m_marker = FieldMarker(ui->errorLabel);
    ui->errorLabel->hide();
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    ui->scopeValue->setText(isUnit ? tr("Working hours of %1").arg(scopeName)
                                   : tr("City default working hours (every unit without hours "
                                        "of its own)"));
    ui->useDefaultCheck->setVisible(isUnit);
    ui->useDefaultCheck->setChecked(isUnit && !own);
    ui->specEdit->setText((own ? *own : effective).toString());
    ui->specEdit->setEnabled(!ui->useDefaultCheck->isChecked());
    connect(ui->useDefaultCheck, &QCheckBox::toggled, this, [this](bool on) {
        ui->specEdit->setEnabled(!on);
        updatePreview();
    });
    connect(ui->specEdit, &QLineEdit::textChanged, this, &WorkingHoursDialog::updatePreview);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &WorkingHoursDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    (isUnit ? static_cast<QWidget *>(ui->useDefaultCheck) : ui->specEdit)->setFocus();
}

WorkingHoursDialog::~WorkingHoursDialog() = default;

QString WorkingHoursDialog::reason() const
{
    return ui->reasonEdit->text().trimmed();
}

void WorkingHoursDialog::updatePreview()
{
    if (ui->useDefaultCheck->isChecked()) {
        ui->previewLabel->setText(tr("This unit will work by the city default hours."));
        return;
    }
    const auto parsed = WorkingHours::parse(ui->specEdit->text());
    if (!parsed.ok()) {
        ui->previewLabel->setText(parsed.error());
        return;
    }
    const int minutes = parsed.value().weekMinutes();
    ui->previewLabel->setText(tr("%1 h %2 min of working time a week.")
                                      .arg(minutes / 60)
                                      .arg(minutes % 60, 2, 10, QLatin1Char('0')));
}

bool WorkingHoursDialog::validate()
{
    m_marker.clear();
    if (!ui->useDefaultCheck->isChecked()) {
        const auto parsed = WorkingHours::parse(ui->specEdit->text());
        if (!parsed.ok())
            return m_marker.fail(ui->specEdit, parsed.error());
        if (parsed.value().weekMinutes() <= 0)
            return m_marker.fail(ui->specEdit, tr("Give at least one working day."));
    }
    if (reason().isEmpty())
        return m_marker.fail(ui->reasonEdit, tr("Say why the working hours change."));
    return true;
}

bool WorkingHoursDialog::save()
{
    if (!validate())
        return false;
    std::optional<WorkingHours> hours;
    if (!(m_isUnit && ui->useDefaultCheck->isChecked()))
        hours = WorkingHours::parse(ui->specEdit->text()).valueOr(WorkingHours());
    const DbStatus saved = m_saver(hours, reason());
    if (!saved) {
        m_marker.showMessage(saved.error().describe());
        return false;
    }
    accept();
    return true;
}

} // namespace Motcua
