#pragma once

#include "core/result.h"
#include "data/calendarrepository.h"
#include "data/staffidentity.h"

#include <QMap>
#include <QWidget>

#include <memory>
#include <optional>

class QCalendarWidget;

namespace Ui {
class CalendarPage;
}

namespace Motcua {

class CalendarDayDialog;
class HolidaySuggestionsDialog;
class WorkingHoursDialog;

// The working calendar of a year: twelve month grids coloured by day type,
// city-wide or for one unit, with the list of announced days. Supervisors and
// administrators edit days and working hours, pre-fill a year's holidays from
// the lunar calendar and exchange CSV files; everybody else reads.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    CalendarPage(QSqlDatabase db, const StaffIdentity &who, QWidget *parent = nullptr);
    ~CalendarPage() override;

    // Reloads units, days and hours of the shown year and scope.
    void reload();
    void focusCalendar();

    int year() const;
    void setYear(int year);
    // CalendarRepository::CityWide or a unit id.
    int scope() const;
    void setScope(int unitId);
    bool canEdit() const { return m_who.canEditCalendar(); }

    QCalendarWidget *monthCalendar(int month) const;
    QDate selectedDate() const { return m_selected; }
    void selectDate(const QDate &date);
    // The entry that applies on that date in the shown scope (the unit's own
    // winning over the city-wide one), if any.
    std::optional<CalendarEntry> entryOn(const QDate &date) const;

    // Open the editors non-modally (tests drive them); nullptr for read-only
    // users or when the data could not be loaded.
    CalendarDayDialog *editDay(const QDate &date);
    WorkingHoursDialog *editHours();
    HolidaySuggestionsDialog *prefillFromLunarCalendar();

    // The work behind the import and export buttons, without file dialogs.
    Result<CalendarImportSummary> importFile(const QString &path, const QString &reason);
    // The shown scope's own days of the shown year.
    Status exportFile(const QString &path);

signals:
    void errorOccurred(const QString &message);
    // After any change was stored.
    void calendarChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMonths();
    void fillUnits();
    void paintMonths();
    void fillTable();
    void showSelected();
    void chooseImportFile();
    void chooseExportFile();
    QString scopeName() const;

    std::unique_ptr<Ui::CalendarPage> ui;
    CalendarRepository m_repo;
    StaffIdentity m_who;
    QList<QCalendarWidget *> m_months;
    QList<CalendarEntry> m_entries;         // the year's rows, city-wide first on a date
    QMap<QDate, CalendarEntry> m_effective; // one per date, the unit's winning
    WorkingHours m_hours;
    QDate m_selected;
};

} // namespace Motcua
