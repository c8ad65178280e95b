#pragma once

#include "gui/fieldmarker.h"

#include "core/workinghours.h"
#include "data/dberror.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class WorkingHoursDialog;
}

namespace Motcua {

// Edits the working hours of one scope as the spec a center announces
// ("mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30"), checked by the core
// parser where it is typed. A unit may instead go back to the city default.
class WorkingHoursDialog : public QDialog
{
    Q_OBJECT

public:
    // hours: the scope's hours to store, or nullopt to use the default.
    using Saver = std::function<DbStatus(const std::optional<WorkingHours> &hours,
                                         const QString &reason)>;

    // own: the scope's stored hours (nullopt: none); effective: what applies now.
    WorkingHoursDialog(const QString &scopeName,
                       bool isUnit,
                       const std::optional<WorkingHours> &own,
                       const WorkingHours &effective,
                       Saver saver,
                       QWidget *parent = nullptr);
    ~WorkingHoursDialog() override;

    QString reason() const;
    bool validate();
    // Validates, saves through the saver, accepts on success. Public for tests.
    bool save();

private:
    void updatePreview();

    std::unique_ptr<Ui::WorkingHoursDialog> ui;
    bool m_isUnit;
    Saver m_saver;
    FieldMarker m_marker;
};

} // namespace Motcua
