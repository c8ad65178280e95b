#pragma once

#include "core/dossierlifecycle.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class ActionReasonDialog;
}

namespace Motcua {

class FieldMarker;

// Asks the reason for a state change that needs one (stop, withdrawal,
// supplement request) and, for an extension, the new due date as well.
class ActionReasonDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentDue` is shown and, for an extension, the new date must be after it.
    ActionReasonDialog(DossierAction action,
                       const QString &dossierCode,
                       const QDateTime &currentDue,
                       QWidget *parent = nullptr);
    ~ActionReasonDialog() override;

    QString reason() const;
    QDateTime newDue() const; // invalid unless an extension

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::ActionReasonDialog> ui;
    std::unique_ptr<FieldMarker> m_marker;
    DossierAction m_action;
    QDateTime m_currentDue;
};

} // namespace Motcua
