#include "calendardaydialog.h"

#include "ui_calendardaydialog.h"

#include <QLocale>
#include <QPushButton>

namespace Motcua {

CalendarDayDialog::CalendarDayDialog(const QDate &date,
                                     const QString &scopeName,
                                     const std::optional<CalendarDay> &current,
                                     const std::optional<CalendarDay> &inherited,
                                     Saver saver,
                                     QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CalendarDayDialog>())
    , m_date(date)
    , m_current(current)
    , m_saver(std::move(saver))
    , m_marker(nullptr)
{
    ui->setupUi(this);
    m_marker = FieldMarker(ui->errorLabel);
    ui->errorLabel->hide();
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    setWindowTitle(tr("Calendar day %1").arg(QLocale().toString(date, QLocale::ShortFormat)));
    ui->dateValue->setText(QLocale().toString(date, QLocale::LongFormat));
    ui->scopeValue->setText(scopeName);

    ui->typeCombo->addItem(tr("Normal day (no entry)"), QString());
    for (DayType t : {DayType::Holiday, DayType::CompensatoryOff, DayType::MakeupWorkday})
        ui->typeCombo->addItem(typeName(t), dayTypeKey(t));
    if (current) {
        ui->typeCombo->setCurrentIndex(ui->typeCombo->findData(dayTypeKey(current->type)));
        ui->noteEdit->setText(current->note);
    }
    if (inherited) {
        ui->inheritedLabel->setText(
                tr("For every unit this day is: %1 — %2. An entry here overrides it for this "
                   "unit only.")
                        .arg(typeName(inherited->type), inherited->note));
    } else {
        ui->inheritedLabel->hide();
    }
    const auto updateNote = [this] {
        ui->noteEdit->setEnabled(!ui->typeCombo->currentData().toString().isEmpty());
    };
    connect(ui->typeCombo, &QComboBox::currentIndexChanged, this, updateNote);
    updateNote();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CalendarDayDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui->typeCombo->setFocus();
}

CalendarDayDialog::~CalendarDayDialog() = default;

QString CalendarDayDialog::typeName(DayType type)
{
    switch (type) {
    case DayType::Holiday:
        return tr("Holiday");
    case DayType::CompensatoryOff:
        return tr("Day off in lieu");
    case DayType::MakeupWorkday:
        return tr("Make-up workday");
    }
    return QString();
}

std::optional<CalendarDay> CalendarDayDialog::day() const
{
    const auto type = dayTypeFromKey(ui->typeCombo->currentData().toString());
    if (!type)
        return std::nullopt;
    return CalendarDay{m_date, *type, ui->noteEdit->text().trimmed()};
}

QString CalendarDayDialog::reason() const
{
    return ui->reasonEdit->text().trimmed();
}

bool CalendarDayDialog::validate()
{
    m_marker.clear();
    const std::optional<CalendarDay> chosen = day();
    if (!chosen && !m_current)
        return m_marker.fail(ui->typeCombo,
                             tr("This day has no entry here: choose a day type to add one."));
    if (chosen && m_current && *chosen == *m_current)
        return m_marker.fail(ui->typeCombo, tr("Nothing was changed."));
    if (reason().isEmpty())
        return m_marker.fail(ui->reasonEdit,
                             tr("Say why the day changes (e.g. the announcement that sets it)."));
    return true;
}

bool CalendarDayDialog::save()
{
    if (!validate())
        return false;
    const DbStatus saved = m_saver(m_date, day(), reason());
    if (!saved) {
        m_marker.showMessage(saved.error().describe());
        return false;
    }
    accept();
    return true;
}

} // namespace Motcua
