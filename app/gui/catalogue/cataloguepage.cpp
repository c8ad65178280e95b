#include "cataloguepage.h"

#include "ui_cataloguepage.h"

#include "procedureeditordialog.h"
#include "procedurelistmodel.h"

#include "core/centertime.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace Motcua {

CataloguePage::CataloguePage(QSqlDatabase db, const StaffIdentity &who, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::CataloguePage>())
    , m_repo(std::move(db))
    , m_who(who)
    , m_model(new ProcedureListModel(this))
    , m_filter(new ProcedureFilterModel(this))
{
    ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    ui->procedureView->setModel(m_filter);
    ui->procedureView->verticalHeader()->hide();
    ui->procedureView->horizontalHeader()->setSectionResizeMode(ProcedureListModel::NameColumn,
                                                                QHeaderView::Stretch);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->checklistTable->setColumnCount(5);
    ui->checklistTable->verticalHeader()->hide();
    ui->checklistTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->checklistTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->newVersionButton->setVisible(who.canEditCatalogue());
    ui->newProcedureButton->setVisible(who.canEditCatalogue());
    setFocusProxy(ui->searchEdit);

    connect(ui->searchEdit,
            &QLineEdit::textChanged,
            m_filter,
            &ProcedureFilterModel::setSearchText);
    connect(ui->sectorCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSector(ui->sectorCombo->currentData().toString());
    });
    connect(ui->procedureView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &CataloguePage::showSelected);
    // Keep a selection while the filter narrows, so Enter/arrows work at once.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (m_filter->rowCount() > 0 && !ui->procedureView->currentIndex().isValid())
            ui->procedureView->setCurrentIndex(m_filter->index(0, 0));
        showSelected();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_filter->rowCount() > 0 && !ui->procedureView->currentIndex().isValid())
            ui->procedureView->setCurrentIndex(m_filter->index(0, 0));
        showSelected();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!ui->procedureView->currentIndex().isValid())
            ui->procedureView->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(ui->searchEdit,
            &QLineEdit::returnPressed,
            ui->procedureView,
            qOverload<>(&QWidget::setFocus));
    connect(ui->newVersionButton, &QPushButton::clicked, this, &CataloguePage::editNewVersion);
    connect(ui->newProcedureButton, &QPushButton::clicked, this, &CataloguePage::editNewProcedure);
    reload();
}

CataloguePage::~CataloguePage() = default;

void CataloguePage::reload()
{
    const Procedure *current = selected();
    const QString code = current ? current->code : QString();
    auto procedures = m_repo.proceduresInForce(CenterTime::today());
    if (!procedures) {
        emit errorOccurred(procedures.error().message);
        return;
    }
    m_model->setProcedures(procedures.value());
    fillSectors();
    const int row = m_model->rowOfCode(code);
    const QModelIndex idx = m_filter->mapFromSource(m_model->index(qMax(0, row), 0));
    if (idx.isValid())
        ui->procedureView->setCurrentIndex(idx);
    ui->procedureView->resizeColumnToContents(ProcedureListModel::CodeColumn);
    showSelected();
}

void CataloguePage::fillSectors()
{
    const QString current = ui->sectorCombo->currentData().toString();
    QStringList sectors;
    for (const Procedure &p : m_model->procedures()) {
        if (!sectors.contains(p.sector))
            sectors << p.sector;
    }
    std::sort(sectors.begin(), sectors.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    const QSignalBlocker block(ui->sectorCombo);
    ui->sectorCombo->clear();
    ui->sectorCombo->addItem(tr("All sectors"), QString());
    for (const QString &s : sectors)
        ui->sectorCombo->addItem(s, s);
    ui->sectorCombo->setCurrentIndex(qMax(0, ui->sectorCombo->findData(current)));
}

void CataloguePage::focusSearch()
{
    ui->searchEdit->setFocus();
    ui->searchEdit->selectAll();
}

const Procedure *CataloguePage::selected() const
{
    const QModelIndex idx = m_filter->mapToSource(ui->procedureView->currentIndex());
    if (!idx.isValid())
        return nullptr;
    return &m_model->procedure(idx.row());
}

void CataloguePage::showSelected()
{
    const Procedure *p = selected();
    ui->detailPane->setEnabled(p != nullptr);
    ui->newVersionButton->setEnabled(p != nullptr);
    ui->checklistTable->setRowCount(0);
    ui->checklistTable->setHorizontalHeaderLabels({tr("Document"),
                                                   tr("Required"),
                                                   tr("Originals"),
                                                   tr("Certified copies"),
                                                   tr("Photocopies")});
    if (!p) {
        for (QLabel *l : {ui->nameValue,
                          ui->codeValue,
                          ui->sectorValue,
                          ui->timeValue,
                          ui->cutoffValue,
                          ui->feeValue,
                          ui->departmentValue,
                          ui->legalValue,
                          ui->effectiveValue})
            l->clear();
        return;
    }
    const QLocale locale;
    ui->nameValue->setText(p->name);
    ui->codeValue->setText(tr("%1 — version %2").arg(p->code).arg(p->version));
    ui->sectorValue->setText(p->sector);
    ui->timeValue->setText(ProcedureListModel::processingTimeText(*p));
    ui->cutoffValue->setText(p->cutoff.isValid()
                                     ? tr("received after %1 counts from the next working day")
                                               .arg(p->cutoff.toString(QStringLiteral("HH:mm")))
                                     : tr("none"));
    QString fee = p->fee == 0 ? tr("free") : tr("%1 VND").arg(locale.toString(p->fee));
    if (!p->feeNote.isEmpty())
        fee += QStringLiteral(" — ") + p->feeNote;
    ui->feeValue->setText(fee);
    ui->departmentValue->setText(p->departmentName);
    ui->legalValue->setText(p->legalBasis);
    ui->effectiveValue->setText(
            p->effectiveTo.isValid()
                    ? tr("from %1 to %2")
                              .arg(locale.toString(p->effectiveFrom, QLocale::ShortFormat),
                                   locale.toString(p->effectiveTo, QLocale::ShortFormat))
                    : tr("since %1").arg(locale.toString(p->effectiveFrom, QLocale::ShortFormat)));

    // Alternatives ("one of") are named by letters in order of appearance:
    // the group keys are for the database, not for the citizen.
    QStringList groups;
    for (const ChecklistItem &c : p->checklist) {
        if (!c.altGroup.isEmpty() && !groups.contains(c.altGroup))
            groups << c.altGroup;
    }
    for (const ChecklistItem &c : p->checklist) {
        const int row = ui->checklistTable->rowCount();
        ui->checklistTable->insertRow(row);
        QString name = c.name;
        if (!c.note.isEmpty())
            name += QStringLiteral("\n") + c.note;
        ui->checklistTable->setItem(row, 0, new QTableWidgetItem(name));
        QString req = c.required ? tr("required") : tr("optional");
        if (!c.altGroup.isEmpty())
            req = tr("one of group %1").arg(QChar(char16_t(u'A' + groups.indexOf(c.altGroup))));
        ui->checklistTable->setItem(row, 1, new QTableWidgetItem(req));
        ui->checklistTable->setItem(row, 2, new QTableWidgetItem(QString::number(c.originals)));
        ui->checklistTable->setItem(
                row, 3, new QTableWidgetItem(QString::number(c.certifiedCopies)));
        ui->checklistTable->setItem(row, 4, new QTableWidgetItem(QString::number(c.photocopies)));
    }
    ui->checklistTable->resizeRowsToContents();
}

ProcedureEditorDialog *CataloguePage::openEditor(const Procedure &base, bool isNew)
{
    auto departments = m_repo.departments();
    if (!departments) {
        emit errorOccurred(departments.error().message);
        return nullptr;
    }
    QStringList sectors;
    for (int i = 1; i < ui->sectorCombo->count(); ++i)
        sectors << ui->sectorCombo->itemData(i).toString();
    auto *dialog = new ProcedureEditorDialog(
            base,
            isNew,
            departments.value(),
            sectors,
            [this](const Procedure &p, const QString &reason) -> DbStatus {
                auto id = m_repo.saveNewVersion(p, reason);
                if (!id)
                    return id.error();
                return Done{};
            },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString code = dialog->procedure().code;
        reload();
        const int row = m_model->rowOfCode(code);
        if (row >= 0)
            ui->procedureView->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
    });
    dialog->open();
    return dialog;
}

ProcedureEditorDialog *CataloguePage::editNewVersion()
{
    const Procedure *p = selected();
    if (!p || !m_who.canEditCatalogue())
        return nullptr;
    return openEditor(*p, false);
}

ProcedureEditorDialog *CataloguePage::editNewProcedure()
{
    if (!m_who.canEditCatalogue())
        return nullptr;
    Procedure p;
    p.processingValue = 1;
    p.effectiveFrom = CenterTime::today();
    return openEditor(p, true);
}

void CataloguePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillSectors();
        showSelected();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
