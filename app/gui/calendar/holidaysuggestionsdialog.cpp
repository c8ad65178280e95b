#include "holidaysuggestionsdialog.h"

#include "ui_holidaysuggestionsdialog.h"

#include "calendardaydialog.h"

#include "core/holidays.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace Motcua {

namespace {

enum Column { DateCol, TypeCol, NoteCol, StatusCol, ColCount };

} // namespace

HolidaySuggestionsDialog::HolidaySuggestionsDialog(int year,
                                                   const WorkingHours &hours,
                                                   const QMap<QDate, CalendarDay> &existing,
                                                   Saver saver,
                                                   QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::HolidaySuggestionsDialog>())
    , m_year(year)
    , m_hours(hours)
    , m_existing(existing)
    , m_saver(std::move(saver))
    , m_marker(nullptr)
{
    ui->setupUi(this);
    m_marker = FieldMarker(ui->errorLabel);
    ui->errorLabel->hide();
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save checked days"));
    setWindowTitle(tr("Pre-fill %1 from the lunar calendar").arg(year));
    ui->introLabel->setText(
            tr("The public holidays of %1 under the Labour Code, computed from the Vietnamese "
               "lunar calendar, with days off in lieu. Only a suggestion: check the days the "
               "government has announced. Days already in the calendar are kept as they are.")
                    .arg(year));
    ui->nationalDayCombo->addItem(tr("1 September"), 1);
    ui->nationalDayCombo->addItem(tr("3 September"), 3);
    ui->suggestionsTable->setColumnCount(ColCount);
    ui->suggestionsTable->setHorizontalHeaderLabels(
            {tr("Date"), tr("Type"), tr("Note"), tr("In the calendar")});
    ui->suggestionsTable->verticalHeader()->hide();
    ui->suggestionsTable->horizontalHeader()->setSectionResizeMode(NoteCol, QHeaderView::Stretch);
    connect(ui->nationalDayCombo, &QComboBox::currentIndexChanged, this, [this] { suggest(); });
    // Space toggles the current row's box (the item delegate does it).
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &HolidaySuggestionsDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    suggest();
    ui->suggestionsTable->setFocus();
}

HolidaySuggestionsDialog::~HolidaySuggestionsDialog() = default;

void HolidaySuggestionsDialog::suggest()
{
    HolidayOptions options;
    options.nationalDayExtra = ui->nationalDayCombo->currentData().toInt();
    const auto suggested = Holidays::suggest(m_year, m_hours, options);
    m_suggestions = suggested.ok() ? suggested.value() : QVector<CalendarDay>();
    if (!suggested.ok())
        m_marker.showMessage(suggested.error());

    QTableWidget *t = ui->suggestionsTable;
    t->setRowCount(0);
    const QLocale locale;
    for (const CalendarDay &d : std::as_const(m_suggestions)) {
        const int row = t->rowCount();
        t->insertRow(row);
        auto *date
                = new QTableWidgetItem(locale.toString(d.date, QStringLiteral("ddd dd/MM/yyyy")));
        date->setData(Qt::UserRole, d.date);
        const auto existing = m_existing.constFind(d.date);
        const bool offered = existing == m_existing.constEnd();
        if (offered) {
            date->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            date->setCheckState(Qt::Checked);
        } else {
            // Announced days win: shown for comparison, never offered.
            date->setFlags(Qt::ItemIsSelectable);
        }
        t->setItem(row, DateCol, date);
        t->setItem(row, TypeCol, new QTableWidgetItem(CalendarDayDialog::typeName(d.type)));
        t->setItem(row, NoteCol, new QTableWidgetItem(d.note));
        t->setItem(row,
                   StatusCol,
                   new QTableWidgetItem(
                           offered ? tr("new")
                                   : tr("kept: %1 — %2")
                                             .arg(CalendarDayDialog::typeName(existing->type),
                                                  existing->note)));
    }
    t->resizeColumnToContents(DateCol);
    t->resizeColumnToContents(TypeCol);
    if (t->rowCount() > 0)
        t->setCurrentCell(0, DateCol);
}

bool HolidaySuggestionsDialog::isOffered(const QDate &date) const
{
    for (int row = 0; row < ui->suggestionsTable->rowCount(); ++row) {
        const QTableWidgetItem *item = ui->suggestionsTable->item(row, DateCol);
        if (item->data(Qt::UserRole).toDate() == date)
            return item->flags() & Qt::ItemIsUserCheckable;
    }
    return false;
}

void HolidaySuggestionsDialog::setChecked(const QDate &date, bool checked)
{
    for (int row = 0; row < ui->suggestionsTable->rowCount(); ++row) {
        QTableWidgetItem *item = ui->suggestionsTable->item(row, DateCol);
        if (item->data(Qt::UserRole).toDate() == date && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QVector<CalendarDay> HolidaySuggestionsDialog::checkedDays() const
{
    QVector<CalendarDay> out;
    for (int row = 0; row < ui->suggestionsTable->rowCount(); ++row) {
        const QTableWidgetItem *item = ui->suggestionsTable->item(row, DateCol);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            out.append(m_suggestions.at(row));
    }
    return out;
}

bool HolidaySuggestionsDialog::validate()
{
    m_marker.clear();
    if (checkedDays().isEmpty())
        return m_marker.fail(ui->suggestionsTable, tr("Check at least one day to add."));
    if (ui->reasonEdit->text().trimmed().isEmpty())
        return m_marker.fail(ui->reasonEdit,
                             tr("Say why these days are added (e.g. the announcement)."));
    return true;
}

bool HolidaySuggestionsDialog::save()
{
    if (!validate())
        return false;
    const auto added = m_saver(checkedDays(), ui->reasonEdit->text().trimmed());
    if (!added) {
        m_marker.showMessage(added.error().describe());
        return false;
    }
    m_added = *added;
    accept();
    return true;
}

} // namespace Motcua
