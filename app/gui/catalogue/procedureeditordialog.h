#pragma once

#include "data/catalog.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ProcedureEditorDialog;
}

namespace Motcua {

class FieldMarker;

// Edits a procedure as a new effective-dated version (or a new procedure).
// Validates every field where it was typed; the saver runs on Save and a
// refusal from the database keeps the dialog open with the reason shown.
class ProcedureEditorDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<DbStatus(const Procedure &, const QString &reason)>;

    // `base` is the version in force, or a default Procedure for a new one.
    ProcedureEditorDialog(const Procedure &base,
                          bool newProcedure,
                          const QList<UnitRef> &departments,
                          const QStringList &sectors,
                          Saver saver,
                          QWidget *parent = nullptr);
    ~ProcedureEditorDialog() override;

    // The procedure as typed; meaningful once validate() passed.
    Procedure procedure() const;
    QString reason() const;

    // Checks the fields; on the first error shows it, marks and focuses the
    // field and returns false.
    bool validate();
    // Validates, saves through the saver, accepts on success. Public for tests.
    bool save();

    void addChecklistRow(const ChecklistItem &item = {});

private:
    bool fieldError(QWidget *field, const QString &message);

    std::unique_ptr<Ui::ProcedureEditorDialog> ui;
    Procedure m_base;
    bool m_newProcedure;
    Saver m_saver;
    std::unique_ptr<FieldMarker> m_marker;
};

} // namespace Motcua
