#include "procedureeditordialog.h"
#include "gui/fieldmarker.h"

#include "ui_procedureeditordialog.h"

#include "core/centertime.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace Motcua {

namespace {

enum ChecklistColumn {
    NameCol,
    RequiredCol,
    GroupCol,
    OriginalsCol,
    CertifiedCol,
    PhotocopiesCol,
    NoteCol,
    ColCount
};

QSpinBox *countSpin(int value)
{
    auto *spin = new QSpinBox;
    spin->setRange(0, 99);
    spin->setValue(value);
    spin->setFrame(false);
    return spin;
}

} // namespace

ProcedureEditorDialog::ProcedureEditorDialog(const Procedure &base,
                                             bool newProcedure,
                                             const QList<UnitRef> &departments,
                                             const QStringList &sectors,
                                             Saver saver,
                                             QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProcedureEditorDialog>())
    , m_base(base)
    , m_newProcedure(newProcedure)
    , m_saver(std::move(saver))
{
    ui->setupUi(this);
    setWindowTitle(newProcedure ? tr("New procedure")
                                : tr("New version of %1 (current: version %2)")
                                          .arg(base.code)
                                          .arg(base.version));
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_marker = std::make_unique<FieldMarker>(ui->errorLabel);
    m_marker->clear();

    ui->codeEdit->setText(base.code);
    ui->codeEdit->setReadOnly(!newProcedure);
    ui->nameEdit->setText(base.name);
    ui->sectorCombo->addItems(sectors);
    ui->sectorCombo->setCurrentText(base.sector);
    ui->timeUnitCombo->addItem(tr("working days"), QStringLiteral("working_days"));
    ui->timeUnitCombo->addItem(tr("working hours"), QStringLiteral("working_hours"));
    ui->timeSpin->setValue(base.processingValue);
    ui->timeUnitCombo->setCurrentIndex(qMax(0, ui->timeUnitCombo->findData(base.processingUnit)));
    ui->cutoffCheck->setChecked(base.cutoff.isValid());
    if (base.cutoff.isValid())
        ui->cutoffEdit->setTime(base.cutoff);
    ui->cutoffEdit->setEnabled(base.cutoff.isValid());
    connect(ui->cutoffCheck, &QCheckBox::toggled, ui->cutoffEdit, &QWidget::setEnabled);
    ui->feeSpin->setValue(int(base.fee));
    ui->feeNoteEdit->setText(base.feeNote);
    for (const UnitRef &d : departments)
        ui->departmentCombo->addItem(d.name, d.id);
    ui->departmentCombo->setCurrentIndex(qMax(0, ui->departmentCombo->findData(base.departmentId)));
    ui->legalEdit->setPlainText(base.legalBasis);
    // A new version takes effect tomorrow at the earliest: today's dossiers
    // were received under the current one.
    const QDate today = CenterTime::today();
    const QDate tomorrow = today.addDays(1);
    ui->effectiveEdit->setDate(newProcedure ? today
                                            : qMax(tomorrow, base.effectiveFrom.addDays(1)));

    ui->checklistTable->setColumnCount(ColCount);
    ui->checklistTable->setHorizontalHeaderLabels({tr("Document"),
                                                   tr("Required"),
                                                   tr("One-of group"),
                                                   tr("Originals"),
                                                   tr("Certified copies"),
                                                   tr("Photocopies"),
                                                   tr("Note")});
    ui->checklistTable->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    ui->checklistTable->setTabKeyNavigation(false);
    for (const ChecklistItem &item : base.checklist)
        addChecklistRow(item);
    connect(ui->addItemButton, &QPushButton::clicked, this, [this] {
        addChecklistRow();
        ui->checklistTable->setCurrentCell(ui->checklistTable->rowCount() - 1, NameCol);
        ui->checklistTable->editItem(
                ui->checklistTable->item(ui->checklistTable->rowCount() - 1, NameCol));
    });
    connect(ui->removeItemButton, &QPushButton::clicked, this, [this] {
        const int row = ui->checklistTable->currentRow();
        if (row >= 0)
            ui->checklistTable->removeRow(row);
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProcedureEditorDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (newProcedure ? ui->codeEdit : ui->nameEdit)->setFocus();
}

ProcedureEditorDialog::~ProcedureEditorDialog() = default;

void ProcedureEditorDialog::addChecklistRow(const ChecklistItem &item)
{
    QTableWidget *t = ui->checklistTable;
    const int row = t->rowCount();
    t->insertRow(row);
    t->setItem(row, NameCol, new QTableWidgetItem(item.name));
    auto *required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    required->setCheckState(item.required ? Qt::Checked : Qt::Unchecked);
    t->setItem(row, RequiredCol, required);
    t->setItem(row, GroupCol, new QTableWidgetItem(item.altGroup));
    t->setCellWidget(row, OriginalsCol, countSpin(item.originals));
    t->setCellWidget(row, CertifiedCol, countSpin(item.certifiedCopies));
    t->setCellWidget(row, PhotocopiesCol, countSpin(item.photocopies));
    t->setItem(row, NoteCol, new QTableWidgetItem(item.note));
}

Procedure ProcedureEditorDialog::procedure() const
{
    Procedure p = m_base;
    p.id = 0;
    p.code = ui->codeEdit->text().trimmed();
    p.name = ui->nameEdit->text().trimmed();
    p.sector = ui->sectorCombo->currentText().trimmed();
    p.processingValue = ui->timeSpin->value();
    p.processingUnit = ui->timeUnitCombo->currentData().toString();
    p.cutoff = ui->cutoffCheck->isChecked() ? ui->cutoffEdit->time() : QTime();
    p.fee = ui->feeSpin->value();
    p.feeNote = ui->feeNoteEdit->text().trimmed();
    p.departmentId = ui->departmentCombo->currentData().toInt();
    p.departmentName = ui->departmentCombo->currentText();
    p.legalBasis = ui->legalEdit->toPlainText().trimmed();
    p.effectiveFrom = ui->effectiveEdit->date();
    p.effectiveTo = QDate();
    p.checklist.clear();
    const QTableWidget *t = ui->checklistTable;
    for (int row = 0; row < t->rowCount(); ++row) {
        ChecklistItem item;
        item.position = row + 1;
        item.name = t->item(row, NameCol) ? t->item(row, NameCol)->text().trimmed() : QString();
        item.required = t->item(row, RequiredCol)->checkState() == Qt::Checked;
        item.altGroup
                = t->item(row, GroupCol) ? t->item(row, GroupCol)->text().trimmed() : QString();
        item.originals = static_cast<QSpinBox *>(t->cellWidget(row, OriginalsCol))->value();
        item.certifiedCopies = static_cast<QSpinBox *>(t->cellWidget(row, CertifiedCol))->value();
        item.photocopies = static_cast<QSpinBox *>(t->cellWidget(row, PhotocopiesCol))->value();
        item.note = t->item(row, NoteCol) ? t->item(row, NoteCol)->text().trimmed() : QString();
        p.checklist.append(item);
    }
    return p;
}

QString ProcedureEditorDialog::reason() const
{
    return ui->reasonEdit->text().trimmed();
}

bool ProcedureEditorDialog::fieldError(QWidget *field, const QString &message)
{
    return m_marker->fail(field, message);
}

bool ProcedureEditorDialog::validate()
{
    m_marker->clear();
    const Procedure p = procedure();
    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Za-z.\\-_]{1,32}$"));
    if (!codePattern.match(p.code).hasMatch())
        return fieldError(ui->codeEdit,
                          tr("The procedure code is 1 to 32 letters, digits, dots "
                             "or dashes, e.g. 1.001193."));
    if (p.name.isEmpty())
        return fieldError(ui->nameEdit, tr("Type the procedure's name."));
    if (p.sector.isEmpty())
        return fieldError(ui->sectorCombo, tr("Choose or type the sector."));
    if (p.processingValue <= 0)
        return fieldError(ui->timeSpin, tr("The processing time must be more than zero."));
    if (p.departmentId <= 0)
        return fieldError(ui->departmentCombo, tr("Choose the processing department."));
    if (!m_newProcedure && p.effectiveFrom <= m_base.effectiveFrom)
        return fieldError(
                ui->effectiveEdit,
                tr("The new version must take effect after %1, when the current "
                   "version took effect.")
                        .arg(QLocale().toString(m_base.effectiveFrom, QLocale::ShortFormat)));
    if (p.checklist.isEmpty())
        return fieldError(ui->checklistTable, tr("Add at least one document to the checklist."));
    for (const ChecklistItem &item : p.checklist) {
        if (item.name.isEmpty()) {
            ui->checklistTable->setCurrentCell(item.position - 1, NameCol);
            return fieldError(ui->checklistTable,
                              tr("Document %1 of the checklist has no name.").arg(item.position));
        }
    }
    if (reason().isEmpty())
        return fieldError(ui->reasonEdit,
                          tr("Say why the procedure changes (e.g. the new decision "
                             "that changed it)."));
    return true;
}

bool ProcedureEditorDialog::save()
{
    if (!validate())
        return false;
    const DbStatus saved = m_saver(procedure(), reason());
    if (!saved) {
        m_marker->showMessage(saved.error().message
                              + (saved.error().detail.isEmpty()
                                         ? QString()
                                         : QStringLiteral("\n") + saved.error().detail));
        return false;
    }
    accept();
    return true;
}

} // namespace Motcua
