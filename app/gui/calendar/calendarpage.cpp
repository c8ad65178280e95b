#include "calendarpage.h"
#include "gui/palette.h"

#include "ui_calendarpage.h"

#include "calendardaydialog.h"
#include "holidaysuggestionsdialog.h"
#include "workinghoursdialog.h"

#include "core/calendarcsv.h"
#include "core/centertime.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace Motcua {

namespace {

enum Column { DateCol, TypeCol, NoteCol, ScopeCol, ColCount };

QColor background(DayType type)
{
    switch (type) {
    case DayType::Holiday:
        return Palette::holiday;
    case DayType::CompensatoryOff:
        return Palette::compensatoryOff;
    case DayType::MakeupWorkday:
        return Palette::makeupWorkday;
    }
    return QColor();
}

QString intervalsText(const QVector<WorkInterval> &intervals)
{
    QStringList parts;
    for (const WorkInterval &i : intervals)
        parts << WorkingHours::formatClock(i.start) + QStringLiteral("–")
                         + WorkingHours::formatClock(i.end);
    return parts.join(QStringLiteral(", "));
}

} // namespace

CalendarPage::CalendarPage(QSqlDatabase db, const StaffIdentity &who, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::CalendarPage>())
    , m_repo(std::move(db))
    , m_who(who)
{
    ui->setupUi(this);
    ui->daysTable->setColumnCount(ColCount);
    ui->daysTable->verticalHeader()->hide();
    ui->daysTable->horizontalHeader()->setSectionResizeMode(NoteCol, QHeaderView::Stretch);
    for (QPushButton *b : {ui->editDayButton, ui->hoursButton, ui->prefillButton, ui->importButton})
        b->setVisible(canEdit());
    m_selected = CenterTime::today();
    ui->yearSpin->setValue(m_selected.year());
    buildMonths();

    connect(ui->yearSpin, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(ui->unitCombo, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(ui->editDayButton, &QPushButton::clicked, this, [this] { editDay(m_selected); });
    connect(ui->hoursButton, &QPushButton::clicked, this, &CalendarPage::editHours);
    connect(ui->prefillButton,
            &QPushButton::clicked,
            this,
            &CalendarPage::prefillFromLunarCalendar);
    connect(ui->importButton, &QPushButton::clicked, this, &CalendarPage::chooseImportFile);
    connect(ui->exportButton, &QPushButton::clicked, this, &CalendarPage::chooseExportFile);
    connect(ui->daysTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (QTableWidgetItem *item = ui->daysTable->item(row, DateCol))
            selectDate(item->data(Qt::UserRole).toDate());
    });
    connect(ui->daysTable, &QTableWidget::cellActivated, this, [this](int row) {
        if (QTableWidgetItem *item = ui->daysTable->item(row, DateCol))
            editDay(item->data(Qt::UserRole).toDate());
    });
    fillUnits();
    reload();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::buildMonths()
{
    for (int month = 1; month <= 12; ++month) {
        auto *box = new QWidget(ui->monthsWidget);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(2, 2, 2, 2);
        auto *title = new QLabel(box);
        title->setObjectName(QStringLiteral("monthTitle%1").arg(month));
        title->setAlignment(Qt::AlignCenter);
        auto *cal = new QCalendarWidget(box);
        cal->setObjectName(QStringLiteral("month%1").arg(month));
        cal->setNavigationBarVisible(false);
        cal->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        cal->setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
        cal->setFirstDayOfWeek(Qt::Monday);
        cal->setMinimumSize(230, 160);
        layout->addWidget(title);
        layout->addWidget(cal);
        ui->monthsGrid->addWidget(box, (month - 1) / 4, (month - 1) % 4);
        m_months.append(cal);
        // Programmatic changes block the signals, so this is the user moving.
        connect(cal, &QCalendarWidget::selectionChanged, this, [this, cal] {
            selectDate(cal->selectedDate());
        });
        connect(cal, &QCalendarWidget::clicked, this, &CalendarPage::selectDate);
        connect(cal, &QCalendarWidget::activated, this, [this](const QDate &date) {
            editDay(date);
        });
    }
}

QCalendarWidget *CalendarPage::monthCalendar(int month) const
{
    return month >= 1 && month <= 12 ? m_months.at(month - 1) : nullptr;
}

int CalendarPage::year() const
{
    return ui->yearSpin->value();
}

void CalendarPage::setYear(int year)
{
    ui->yearSpin->setValue(year); // reloads
}

int CalendarPage::scope() const
{
    return ui->unitCombo->currentData().toInt();
}

void CalendarPage::setScope(int unitId)
{
    ui->unitCombo->setCurrentIndex(qMax(0, ui->unitCombo->findData(unitId))); // reloads
}

QString CalendarPage::scopeName() const
{
    return scope() == CalendarRepository::CityWide ? tr("every unit (city-wide)")
                                                   : ui->unitCombo->currentText();
}

void CalendarPage::fillUnits()
{
    const int current = scope();
    auto units = m_repo.units();
    const QSignalBlocker block(ui->unitCombo);
    ui->unitCombo->clear();
    ui->unitCombo->addItem(tr("All units (city-wide)"), CalendarRepository::CityWide);
    if (!units) {
        emit errorOccurred(units.error().message);
    } else {
        for (const UnitRef &u : *units)
            ui->unitCombo->addItem(QStringLiteral("%1 — %2").arg(u.code, u.name), u.id);
    }
    ui->unitCombo->setCurrentIndex(qMax(0, ui->unitCombo->findData(current)));
}

void CalendarPage::reload()
{
    const int shownYear = year();
    const int unit = scope();
    auto entries = m_repo.entriesOfYear(unit, shownYear);
    auto hours = m_repo.effectiveHours(unit);
    auto own = m_repo.ownHours(unit);
    if (!entries || !hours || !own) {
        const DbError &e = !entries ? entries.error() : !hours ? hours.error() : own.error();
        emit errorOccurred(e.message);
        return;
    }
    m_entries = *entries;
    m_hours = *hours;
    m_effective.clear();
    for (const CalendarEntry &e : std::as_const(m_entries))
        m_effective.insert(e.day.date, e); // the unit's row comes last and wins
    ui->hoursValue->setText(tr("Working hours: %1 (%2)")
                                    .arg(m_hours.toString(),
                                         own->has_value() ? tr("this scope's own")
                                         : unit == CalendarRepository::CityWide
                                                 ? tr("built-in standard")
                                                 : tr("the city default")));

    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        QCalendarWidget *cal = m_months.at(month - 1);
        const QDate first(shownYear, month, 1);
        const QSignalBlocker block(cal);
        cal->setDateRange(first, first.addMonths(1).addDays(-1));
        cal->setCurrentPage(shownYear, month);
        if (auto *title
            = ui->monthsWidget->findChild<QLabel *>(QStringLiteral("monthTitle%1").arg(month)))
            title->setText(locale.standaloneMonthName(month) + QLatin1Char(' ')
                           + QString::number(shownYear));
    }
    if (m_selected.year() != shownYear)
        m_selected = QDate(shownYear, m_selected.month(), qMin(m_selected.day(), 28));
    paintMonths();
    fillTable();
    selectDate(m_selected);
}

void CalendarPage::paintMonths()
{
    for (QCalendarWidget *cal : std::as_const(m_months)) {
        QTextCharFormat plain;
        plain.setForeground(cal->palette().color(QPalette::Text));
        // QCalendarWidget paints weekends red by default; here rest days come
        // from the working hours.
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
            cal->setWeekdayTextFormat(Qt::DayOfWeek(day), plain);
        cal->setDateTextFormat(QDate(), QTextCharFormat());
        for (QDate d = cal->minimumDate(); d <= cal->maximumDate(); d = d.addDays(1)) {
            QTextCharFormat f = plain;
            const auto entry = m_effective.constFind(d);
            if (entry != m_effective.constEnd()) {
                f.setBackground(background(entry->day.type));
                f.setForeground(Qt::white);
                f.setFontWeight(QFont::Bold);
                f.setFontUnderline(entry->unitId != CalendarRepository::CityWide);
                f.setToolTip(entry->day.note.isEmpty()
                                     ? CalendarDayDialog::typeName(entry->day.type)
                                     : CalendarDayDialog::typeName(entry->day.type)
                                               + QStringLiteral(" — ") + entry->day.note);
            } else if (!m_hours.isWorkingDay(d.dayOfWeek())) {
                f.setBackground(Palette::restDayBackground);
                f.setForeground(Palette::restDayText);
                f.setToolTip(tr("Weekly rest day"));
            }
            cal->setDateTextFormat(d, f);
        }
    }
}

void CalendarPage::fillTable()
{
    QTableWidget *t = ui->daysTable;
    const QSignalBlocker block(t);
    t->setRowCount(0);
    t->setHorizontalHeaderLabels({tr("Date"), tr("Type"), tr("Note"), tr("Applies to")});
    const QLocale locale;
    for (const CalendarEntry &e : std::as_const(m_entries)) {
        const int row = t->rowCount();
        t->insertRow(row);
        auto *date = new QTableWidgetItem(
                locale.toString(e.day.date, QStringLiteral("ddd dd/MM/yyyy")));
        date->setData(Qt::UserRole, e.day.date);
        t->setItem(row, DateCol, date);
        auto *type = new QTableWidgetItem(CalendarDayDialog::typeName(e.day.type));
        type->setForeground(background(e.day.type));
        t->setItem(row, TypeCol, type);
        t->setItem(row, NoteCol, new QTableWidgetItem(e.day.note));
        QString applies
                = e.unitId == CalendarRepository::CityWide ? tr("all units") : tr("this unit only");
        if (e.unitId == CalendarRepository::CityWide
            && m_effective.value(e.day.date).unitId != CalendarRepository::CityWide)
            applies = tr("all units (overridden here)");
        t->setItem(row, ScopeCol, new QTableWidgetItem(applies));
    }
    t->resizeColumnToContents(DateCol);
    t->resizeColumnToContents(TypeCol);
}

void CalendarPage::selectDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_selected = date;
    for (int month = 1; month <= 12; ++month) {
        QCalendarWidget *cal = m_months.at(month - 1);
        // Only the month holding the selected date shows a selection.
        QPalette p = palette();
        if (date.year() != year() || date.month() != month) {
            p.setColor(QPalette::Highlight, Qt::transparent);
            p.setColor(QPalette::HighlightedText, p.color(QPalette::Text));
        }
        cal->setPalette(p);
        if (date.year() == year() && date.month() == month && cal->selectedDate() != date) {
            const QSignalBlocker block(cal);
            cal->setSelectedDate(date);
        }
    }
    showSelected();
}

void CalendarPage::showSelected()
{
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b><br>")
                           .arg(locale.toString(m_selected, QLocale::LongFormat).toHtmlEscaped());
    if (const auto entry = entryOn(m_selected)) {
        text += CalendarDayDialog::typeName(entry->day.type).toHtmlEscaped();
        if (!entry->day.note.isEmpty())
            text += QStringLiteral(" — ") + entry->day.note.toHtmlEscaped();
        text += QStringLiteral("<br>")
                + (entry->unitId == CalendarRepository::CityWide ? tr("Applies to every unit.")
                                                                 : tr("This unit's own entry."))
                          .toHtmlEscaped();
        if (entry->day.type == DayType::MakeupWorkday)
            text += QStringLiteral("<br>")
                    + tr("Worked: %1")
                              .arg(intervalsText(m_hours.intervals(m_hours.standardDay())))
                              .toHtmlEscaped();
    } else if (m_hours.isWorkingDay(m_selected.dayOfWeek())) {
        text += tr("Working day: %1")
                        .arg(intervalsText(m_hours.intervals(m_selected.dayOfWeek())))
                        .toHtmlEscaped();
    } else {
        text += tr("Weekly rest day").toHtmlEscaped();
    }
    ui->dayDetails->setText(text);
}

std::optional<CalendarEntry> CalendarPage::entryOn(const QDate &date) const
{
    const auto it = m_effective.constFind(date);
    if (it == m_effective.constEnd())
        return std::nullopt;
    return *it;
}

void CalendarPage::focusCalendar()
{
    if (QCalendarWidget *cal = monthCalendar(m_selected.year() == year() ? m_selected.month() : 1))
        cal->setFocus();
}

CalendarDayDialog *CalendarPage::editDay(const QDate &date)
{
    if (!canEdit() || !date.isValid())
        return nullptr;
    const int unit = scope();
    std::optional<CalendarDay> own;
    std::optional<CalendarDay> inherited;
    auto entries = m_repo.entriesOfYear(unit, date.year());
    if (!entries) {
        emit errorOccurred(entries.error().message);
        return nullptr;
    }
    for (const CalendarEntry &e : *entries) {
        if (e.day.date != date)
            continue;
        if (e.unitId == unit)
            own = e.day;
        else
            inherited = e.day;
    }
    auto *dialog = new CalendarDayDialog(
            date,
            scopeName(),
            own,
            inherited,
            [this,
             unit](const QDate &d, const std::optional<CalendarDay> &day, const QString &why) {
                return day ? m_repo.setDay(unit, *day, why) : m_repo.removeDay(unit, d, why);
            },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, date] {
        reload();
        selectDate(date);
        emit calendarChanged();
    });
    dialog->open();
    return dialog;
}

WorkingHoursDialog *CalendarPage::editHours()
{
    if (!canEdit())
        return nullptr;
    const int unit = scope();
    auto own = m_repo.ownHours(unit);
    if (!own) {
        emit errorOccurred(own.error().message);
        return nullptr;
    }
    auto *dialog = new WorkingHoursDialog(
            scopeName(),
            unit != CalendarRepository::CityWide,
            *own,
            m_hours,
            [this, unit](const std::optional<WorkingHours> &hours, const QString &why) {
                return hours ? m_repo.replaceHours(unit, *hours, why)
                             : m_repo.resetHours(unit, why);
            },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit calendarChanged();
    });
    dialog->open();
    return dialog;
}

HolidaySuggestionsDialog *CalendarPage::prefillFromLunarCalendar()
{
    if (!canEdit())
        return nullptr;
    const int unit = scope();
    QMap<QDate, CalendarDay> existing;
    for (auto it = m_effective.cbegin(); it != m_effective.cend(); ++it)
        existing.insert(it.key(), it->day);
    auto *dialog = new HolidaySuggestionsDialog(
            year(),
            m_hours,
            existing,
            [this, unit](const QVector<CalendarDay> &days, const QString &why) {
                return m_repo.addMissingDays(unit, days, why);
            },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit calendarChanged();
    });
    dialog->open();
    return dialog;
}

Result<CalendarImportSummary> CalendarPage::importFile(const QString &path, const QString &reason)
{
    using R = Result<CalendarImportSummary>;
    if (!canEdit())
        return R::failure(tr("Your account may not change the working calendar."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const auto days = CalendarCsv::parse(QString::fromUtf8(file.readAll()));
    if (!days.ok())
        return R::failure(tr("%1: %2").arg(path, days.error()));
    auto summary = m_repo.importDays(scope(), days.value(), reason);
    if (!summary)
        return R::failure(summary.error().describe());
    reload();
    emit calendarChanged();
    return R::success(*summary);
}

Status CalendarPage::exportFile(const QString &path)
{
    auto days = m_repo.scopeDays(scope(), QDate(year(), 1, 1), QDate(year(), 12, 31));
    if (!days)
        return Status::failure(days.error().describe());
    const QByteArray text = CalendarCsv::write(*days).toUtf8();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()
        || !file.flush())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

void CalendarPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import calendar days"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this,
                                                 tr("Import calendar days"),
                                                 tr("Reason for the change (for the audit log):"),
                                                 QLineEdit::Normal,
                                                 QString(),
                                                 &ok)
                                   .trimmed();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        QMessageBox::warning(this,
                             tr("Import calendar days"),
                             tr("Nothing was imported: a reason is required."));
        return;
    }
    const auto result = importFile(path, reason);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Import calendar days"), result.error());
        return;
    }
    QMessageBox::information(this,
                             tr("Import calendar days"),
                             tr("%1 days imported: %2 new, %3 changed, %4 already so.")
                                     .arg(result.value().total())
                                     .arg(result.value().inserted)
                                     .arg(result.value().updated)
                                     .arg(result.value().unchanged));
}

void CalendarPage::chooseExportFile()
{
    QString name = QStringLiteral("calendar-%1").arg(year());
    if (scope() != CalendarRepository::CityWide)
        name += QLatin1Char('-') + ui->unitCombo->currentText().section(QLatin1Char(' '), 0, 0);
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export calendar days"),
                                                      name + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status st = exportFile(path);
    if (!st.ok())
        QMessageBox::warning(this, tr("Export calendar days"), st.error());
}

void CalendarPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillUnits();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
