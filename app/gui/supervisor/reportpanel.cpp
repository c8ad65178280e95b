#include "reportpanel.h"
#include "gui/statuslabel.h"

#include "gui/printing/dossierforms.h"
#include "gui/printing/reportforms.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Motcua {

namespace {

constexpr int kColumns = 13;

QTableWidgetItem *headerItem(const QString &text, const QPalette &palette)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(Qt::AlignCenter);
    item->setBackground(palette.color(QPalette::Button));
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    return item;
}

} // namespace

ReportPanel::ReportPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_repo(db)
    , m_units(db)
    , m_unitLabel(new QLabel(this))
    , m_unitCombo(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_csvButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_csvButton->setObjectName(QStringLiteral("csvButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_unitLabel->setBuddy(m_unitCombo);
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitCombo->setMaximumWidth(520);

    auto *menu = new QMenu(m_printButton);
    QAction *previewAction = menu->addAction(QString());
    QAction *pdfAction = menu->addAction(QString());
    previewAction->setObjectName(QStringLiteral("previewAction"));
    pdfAction->setObjectName(QStringLiteral("pdfAction"));
    m_printButton->setMenu(menu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_unitLabel);
    top->addWidget(m_unitCombo, 1);
    top->addSpacing(12);
    top->addWidget(m_periodLabel);
    top->addStretch(1);
    top->addWidget(m_csvButton);
    top->addWidget(m_printButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);

    m_table->setColumnCount(kColumns);
    m_table->horizontalHeader()->hide();
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);

    connect(m_unitCombo, &QComboBox::activated, this, &ReportPanel::refresh);
    connect(m_csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Export report II.06a as CSV"),
                                                          QStringLiteral("bieu-II.06a.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(pdfAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Save report II.06a as PDF"),
                                                          QStringLiteral("bieu-II.06a.pdf"),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(previewAction, &QAction::triggered, this, [this] {
        DossierForms::preview(document(), this, ReportForms::reportOrientation);
    });

    loadUnits();
    retranslate();
    showStatus(QString(), false);
}

ReportPanel::~ReportPanel() = default;

void ReportPanel::loadUnits()
{
    auto units = m_units.receivingUnits();
    if (!units) {
        showStatus(units.error().message, true);
        return;
    }
    m_unitList = *units;
    const QSignalBlocker block(m_unitCombo);
    m_unitCombo->clear();
    m_unitCombo->addItem(QString(), 0);
    for (const UnitRef &u : std::as_const(m_unitList))
        m_unitCombo->addItem(u.name, u.id);
}

void ReportPanel::setPeriod(const ScorecardPeriod &period)
{
    m_period = period;
    retranslate();
}

void ReportPanel::setUnit(int unitId)
{
    const int index = m_unitCombo->findData(unitId);
    m_unitCombo->setCurrentIndex(index >= 0 ? index : 0);
}

int ReportPanel::unitId() const
{
    return m_unitCombo->currentData().toInt();
}

void ReportPanel::refresh()
{
    if (!m_period.isValid()) {
        showStatus(tr("Choose a period."), false);
        return;
    }
    auto rows = m_repo.reportII06a(unitId(), m_period);
    if (!rows) {
        showStatus(rows.error().message, true);
        return;
    }
    m_rows = *rows;
    // Procedures without a sector are counted under "Other" (table, CSV, print).
    for (ReportII06aRow &row : m_rows) {
        if (!row.isTotal && row.sector.isEmpty())
            row.sector = tr("Other");
    }
    m_shownUnit = unitId();
    showStatus(QString(), false);
    fillTable();
}

QStringList ReportPanel::csvHeader() const
{
    return {tr("No."),
            tr("Sector"),
            tr("Received: total"),
            tr("Received: online"),
            tr("Received: in person or by post"),
            tr("Received: carried over"),
            tr("Resolved: total"),
            tr("Resolved: early"),
            tr("Resolved: on time"),
            tr("Resolved: late"),
            tr("In progress: total"),
            tr("In progress: in time"),
            tr("In progress: overdue")};
}

void ReportPanel::retranslate()
{
    m_unitLabel->setText(tr("&Unit:"));
    m_unitCombo->setItemText(0, tr("All units"));
    m_periodLabel->setText(
            m_period.isValid()
                    ? tr("Period: %1 – %2")
                              .arg(QLocale().toString(m_period.from, QLocale::ShortFormat),
                                   QLocale().toString(m_period.to, QLocale::ShortFormat))
                    : QString());
    m_csvButton->setText(tr("Export &CSV…"));
    m_printButton->setText(tr("&Print / PDF…"));
    const QList<QAction *> actions = m_printButton->menu()->actions();
    actions.at(0)->setText(tr("Print &preview…"));
    actions.at(1)->setText(tr("Save as P&DF…"));
    fillTable();
}

void ReportPanel::fillTable()
{
    const QPalette pal = palette();
    m_table->clearSpans();
    m_table->clearContents();
    m_table->setRowCount(headerRows + int(m_rows.size()));

    // The paper form's header: the three groups over their columns.
    m_table->setSpan(0, 0, 2, 1);
    m_table->setSpan(0, 1, 2, 1);
    m_table->setSpan(0, 2, 1, 4);
    m_table->setSpan(0, 6, 1, 4);
    m_table->setSpan(0, 10, 1, 3);
    m_table->setItem(0, 0, headerItem(tr("No."), pal));
    m_table->setItem(0, 1, headerItem(tr("Sector"), pal));
    m_table->setItem(0, 2, headerItem(tr("Received"), pal));
    m_table->setItem(0, 6, headerItem(tr("Resolved"), pal));
    m_table->setItem(0, 10, headerItem(tr("In progress"), pal));
    const QStringList leaves = {tr("Total"),
                                tr("Online"),
                                tr("In person / post"),
                                tr("Carried over"),
                                tr("Total"),
                                tr("Early"),
                                tr("On time"),
                                tr("Late"),
                                tr("Total"),
                                tr("In time"),
                                tr("Overdue")};
    for (int c = 0; c < leaves.size(); ++c)
        m_table->setItem(1, c + 2, headerItem(leaves.at(c), pal));

    const QLocale locale;
    int n = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const ReportII06aRow &row = m_rows.at(r);
        const bool total = row.isTotal;
        QStringList cells
                = {total ? QString() : QString::number(++n), total ? tr("Total") : row.sector};
        for (qint64 v : row.figures())
            cells << locale.toString(v);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c != 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 1)
                item->setToolTip(cells.at(c));
            if (total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(pal.color(QPalette::AlternateBase));
            }
            m_table->setItem(headerRows + r, c, item);
        }
    }
    // The figures share the width; the sector is as wide as its names.
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Stretch);
    h->setSectionResizeMode(0, QHeaderView::Interactive);
    h->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->setColumnWidth(
            0, qMax(m_table->columnWidth(0), fontMetrics().horizontalAdvance(tr("No.")) + 16));
    m_table->setColumnWidth(1, qBound(220, m_table->columnWidth(1), 420));
    m_table->resizeRowsToContents();

    const bool any = !m_rows.isEmpty();
    m_csvButton->setEnabled(any);
    m_printButton->setEnabled(any);
}

bool ReportPanel::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showStatus(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    if (!writeReportII06aCsv(m_rows, csvHeader(), tr("Total"), &file) || !file.commit()) {
        showStatus(tr("Cannot write %1.").arg(path), true);
        return false;
    }
    showStatus(tr("Exported to %1.").arg(path), false);
    return true;
}

std::unique_ptr<QTextDocument> ReportPanel::document() const
{
    ReportII06aData d;
    d.rows = m_rows;
    d.period = m_period;
    d.at = QDateTime::currentDateTimeUtc();
    const UnitRef *center = nullptr;
    const UnitRef *unit = nullptr;
    for (const UnitRef &u : m_unitList) {
        if (u.kind == QLatin1String("center") && !center)
            center = &u;
        if (u.id == m_shownUnit)
            unit = &u;
    }
    if (unit) {
        d.unit.name = unit->name;
        d.unit.code = unit->code;
        if (center && unit->kind == QLatin1String("branch"))
            d.unit.parentName = center->name;
        d.reportingUnit = unit->name;
    } else {
        // All receiving units: the center reports for its branches and teams.
        // Printed in Vietnamese, as the statutory form.
        d.unit.name = center ? center->name : QString();
        d.reportingUnit = d.unit.name + QStringLiteral(" (tất cả đơn vị tiếp nhận)");
    }
    return ReportForms::reportII06a(d);
}

bool ReportPanel::exportPdf(const QString &path)
{
    auto doc = document();
    if (!DossierForms::printToPdf(*doc, path, ReportForms::reportOrientation)) {
        showStatus(tr("Cannot write %1.").arg(path), true);
        return false;
    }
    showStatus(tr("Exported to %1.").arg(path), false);
    return true;
}

void ReportPanel::showStatus(const QString &text, bool error)
{
    showStatusLine(m_statusLabel, text, error);
    if (error)
        emit errorOccurred(text);
}

void ReportPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Motcua
