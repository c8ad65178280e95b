#pragma once

#include "gui/fieldmarker.h"

#include "core/workingcalendar.h"
#include "data/dberror.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class CalendarDayDialog;
}

namespace Motcua {

// Sets one date of the calendar to a day type (or back to a normal day) for
// one scope, with the reason the audit trail keeps. The saver runs on Save; a
// refusal from the database keeps the dialog open with the reason shown.
class CalendarDayDialog : public QDialog
{
    Q_OBJECT

public:
    // day: the type to store, or nullopt to remove the scope's entry.
    using Saver = std::function<DbStatus(
            const QDate &date, const std::optional<CalendarDay> &day, const QString &reason)>;

    // current: the scope's own entry on that date; inherited: the city-wide
    // entry that applies when the scope is a unit without an entry of its own.
    CalendarDayDialog(const QDate &date,
                      const QString &scopeName,
                      const std::optional<CalendarDay> &current,
                      const std::optional<CalendarDay> &inherited,
                      Saver saver,
                      QWidget *parent = nullptr);
    ~CalendarDayDialog() override;

    // The day type as the user reads it ("Holiday", "Day off in lieu", ...).
    static QString typeName(DayType type);

    QDate date() const { return m_date; }
    // The day as chosen; nullopt for "normal day".
    std::optional<CalendarDay> day() const;
    QString reason() const;

    // Checks the fields; on the first error shows it at its field.
    bool validate();
    // Validates, saves through the saver, accepts on success. Public for tests.
    bool save();

private:
    std::unique_ptr<Ui::CalendarDayDialog> ui;
    QDate m_date;
    std::optional<CalendarDay> m_current;
    Saver m_saver;
    FieldMarker m_marker;
};

} // namespace Motcua
