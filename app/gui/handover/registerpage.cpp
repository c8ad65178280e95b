#include "registerpage.h"
#include "gui/statuslabel.h"

#include "ui_registerpage.h"

#include "core/centertime.h"
#include "core/dossierlifecycle.h"
#include "gui/printing/dossierforms.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QSaveFile>
#include <QTextDocument>

namespace Motcua {

namespace {

QString stateText(const QString &key)
{
    const auto s = stateFromKey(key);
    return s ? stateLabel(*s) : key;
}

} // namespace

RegisterPage::RegisterPage(QSqlDatabase db, const StaffIdentity &who, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::RegisterPage>())
    , m_who(who)
    , m_repo(db)
{
    ui->setupUi(this);
    ui->rowsTable->verticalHeader()->hide();
    const QDate today = CenterTime::today();
    ui->fromEdit->setDate(QDate(today.year(), today.month(), 1));
    ui->toEdit->setDate(today);
    loadUnits();
    connect(ui->showButton, &QPushButton::clicked, this, &RegisterPage::reload);
    connect(ui->csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Export the register as CSV"),
                                                          QStringLiteral("so-theo-doi.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(ui->pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Export the register as PDF"),
                                                          QStringLiteral("so-theo-doi.pdf"),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(ui->printButton, &QPushButton::clicked, this, [this] {
        DossierForms::preview(document(), this, QPageLayout::Landscape);
    });
    showStatus(QString(), false);
    fillTable();
}

RegisterPage::~RegisterPage() = default;

void RegisterPage::loadUnits()
{
    ui->unitCombo->clear();
    // Clerks keep the register of their own unit; supervisors look at any.
    const bool anyUnit = m_who.job != StaffIdentity::Job::Clerk || m_who.unitId == 0;
    if (anyUnit) {
        auto units = m_repo.receivingUnits();
        if (!units) {
            showStatus(units.error().message, true);
        } else {
            for (const UnitRef &u : *units)
                ui->unitCombo->addItem(u.name, u.id);
        }
    }
    if (m_who.unitId != 0 && ui->unitCombo->findData(m_who.unitId) < 0)
        ui->unitCombo->insertItem(0, m_who.unitName, m_who.unitId);
    const int own = ui->unitCombo->findData(m_who.unitId);
    ui->unitCombo->setCurrentIndex(own >= 0 ? own : 0);
    ui->unitCombo->setEnabled(anyUnit);
}

int RegisterPage::unitId() const
{
    return ui->unitCombo->currentData().toInt();
}

QStringList RegisterPage::columnTitles() const
{
    return {tr("No."),
            tr("Dossier code"),
            tr("Applicant"),
            tr("Procedure"),
            tr("Received"),
            tr("Due"),
            tr("Transferred"),
            tr("Returned"),
            tr("Notes")};
}

bool RegisterPage::showRegister(int unitId, const QDate &from, const QDate &to)
{
    const int index = ui->unitCombo->findData(unitId);
    if (index >= 0)
        ui->unitCombo->setCurrentIndex(index);
    ui->fromEdit->setDate(from);
    ui->toEdit->setDate(to);
    auto rows = m_repo.rows(unitId, from, to);
    if (!rows) {
        showStatus(rows.error().message, true);
        return false;
    }
    m_rows = *rows;
    m_from = from;
    m_to = to;
    fillTable();
    showStatus(tr("%n dossier(s) received from %1 to %2.", nullptr, int(m_rows.size()))
                       .arg(QLocale().toString(from, QLocale::ShortFormat),
                            QLocale().toString(to, QLocale::ShortFormat)),
               false);
    return true;
}

void RegisterPage::reload()
{
    if (unitId() != 0)
        showRegister(unitId(), ui->fromEdit->date(), ui->toEdit->date());
}

void RegisterPage::fillTable()
{
    QTableWidget *t = ui->rowsTable;
    t->clear();
    t->setColumnCount(9);
    t->setHorizontalHeaderLabels(columnTitles());
    t->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const RegisterRow &row = m_rows.at(r);
        const QString notes = row.note.isEmpty()
                                      ? stateText(row.state)
                                      : tr("%1 — %2").arg(stateText(row.state), row.note);
        const QStringList cells = {QString::number(r + 1),
                                   row.code,
                                   row.applicantName,
                                   row.procedureName,
                                   CenterTime::timeDate(row.receivedAt),
                                   CenterTime::timeDate(row.dueAt),
                                   CenterTime::timeDate(row.transferredAt),
                                   CenterTime::timeDate(row.returnedAt),
                                   notes};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            t->setItem(r, c, item);
        }
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(8, QHeaderView::Stretch);
    const bool any = !m_rows.isEmpty();
    ui->csvButton->setEnabled(any);
    ui->pdfButton->setEnabled(any);
    ui->printButton->setEnabled(any);
}

bool RegisterPage::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showStatus(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    const auto written = writeRegisterCsv(m_rows, columnTitles(), stateText, &file);
    if (!written || !file.commit()) {
        showStatus(tr("Cannot write %1.").arg(path), true);
        return false;
    }
    showStatus(tr("Exported to %1.").arg(path), false);
    return true;
}

std::unique_ptr<QTextDocument> RegisterPage::document() const
{
    UnitInfo unit;
    unit.name = ui->unitCombo->currentText();
    return DossierForms::registerBook(m_rows, unit, m_from, m_to);
}

bool RegisterPage::exportPdf(const QString &path)
{
    auto doc = document();
    if (!DossierForms::printToPdf(*doc, path, QPageLayout::Landscape)) {
        showStatus(tr("Cannot write %1.").arg(path), true);
        return false;
    }
    showStatus(tr("Exported to %1.").arg(path), false);
    return true;
}

void RegisterPage::showStatus(const QString &text, bool error)
{
    showStatusLine(ui->statusLabel, text, error);
    if (error)
        emit errorOccurred(text);
}

void RegisterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillTable();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
