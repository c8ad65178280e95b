#pragma once

#include "data/catalog.h"
#include "data/staffidentity.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CataloguePage;
}

namespace Motcua {

class ProcedureListModel;
class ProcedureFilterModel;
class ProcedureEditorDialog;

// The procedure catalogue: search as you type (with or without diacritics),
// the selected procedure's facts and checklist; administrators add new
// effective-dated versions and new procedures.
class CataloguePage : public QWidget
{
    Q_OBJECT

public:
    CataloguePage(QSqlDatabase db, const StaffIdentity &who, QWidget *parent = nullptr);
    ~CataloguePage() override;

    // Reloads the procedures in force today; keeps the selection by code.
    void reload();
    void focusSearch();
    // The procedure shown on the right, if any.
    const Procedure *selected() const;
    // Opens the editor (non-modal, so tests can drive it); returns it.
    ProcedureEditorDialog *editNewVersion();
    ProcedureEditorDialog *editNewProcedure();

signals:
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    void fillSectors();
    ProcedureEditorDialog *openEditor(const Procedure &base, bool isNew);

    std::unique_ptr<Ui::CataloguePage> ui;
    CatalogRepository m_repo;
    StaffIdentity m_who;
    ProcedureListModel *m_model;
    ProcedureFilterModel *m_filter;
};

} // namespace Motcua
