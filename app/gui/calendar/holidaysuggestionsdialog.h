#pragma once

#include "gui/fieldmarker.h"

#include "core/workingcalendar.h"
#include "data/dberror.h"

#include <QDialog>
#include <QMap>

#include <functional>
#include <memory>

namespace Ui {
class HolidaySuggestionsDialog;
}

namespace Motcua {

// Lists the Labour Code holidays the lunar calendar suggests for a year, each
// with a check box. Dates that already have an announced entry are shown with
// it, unchecked and disabled: the announced schedule always wins. Save stores
// the checked ones through the saver.
class HolidaySuggestionsDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns how many days were added.
    using Saver = std::function<DbResult<int>(const QVector<CalendarDay> &, const QString &reason)>;

    // existing: the entries that already apply to the scope, by date.
    HolidaySuggestionsDialog(int year,
                             const WorkingHours &hours,
                             const QMap<QDate, CalendarDay> &existing,
                             Saver saver,
                             QWidget *parent = nullptr);
    ~HolidaySuggestionsDialog() override;

    // Every suggestion, in date order, as shown (rows of the table).
    QVector<CalendarDay> suggestions() const { return m_suggestions; }
    // The suggestions offered for saving (no existing entry) and checked.
    QVector<CalendarDay> checkedDays() const;
    // Checks or unchecks the row of that date, if it can be saved.
    void setChecked(const QDate &date, bool checked);
    bool isOffered(const QDate &date) const;
    int addedCount() const { return m_added; }

    bool validate();
    // Validates, saves through the saver, accepts on success. Public for tests.
    bool save();

private:
    void suggest();

    std::unique_ptr<Ui::HolidaySuggestionsDialog> ui;
    int m_year;
    WorkingHours m_hours;
    QMap<QDate, CalendarDay> m_existing;
    Saver m_saver;
    FieldMarker m_marker;
    QVector<CalendarDay> m_suggestions;
    int m_added = 0;
};

} // namespace Motcua
