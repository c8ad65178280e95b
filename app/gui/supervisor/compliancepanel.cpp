#include "compliancepanel.h"
#include "gui/statuslabel.h"

#include "core/centertime.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Motcua {

namespace {

const QList<ComplianceFinding::Kind> kKinds = {
        ComplianceFinding::RepeatedSupplement,
        ComplianceFinding::BlankReason,
        ComplianceFinding::LateWithoutApology,
        ComplianceFinding::ExtensionAfterDue,
        ComplianceFinding::HandedWithoutAuthorisation,
};

enum Column { KindColumn, CodeColumn, UnitColumn, ApplicantColumn, AtColumn, DetailColumn };

constexpr int kDossierRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;

} // namespace

CompliancePanel::CompliancePanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_repo(db)
    , m_kindCombo(new QComboBox(this))
    , m_kindLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_kindLabel->setBuddy(m_kindCombo);
    m_countsLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kindLabel);
    filterRow->addWidget(m_kindCombo);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_countsLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);

    m_table->setColumnCount(6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);

    // Enter and a double click both activate (the style decides single click).
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        activateRow(index.row());
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &CompliancePanel::applyFilter);

    retranslate();
    showStatus(QString(), false);
}

QString CompliancePanel::kindLabel(ComplianceFinding::Kind kind)
{
    switch (kind) {
    case ComplianceFinding::RepeatedSupplement:
        return tr("Repeated supplement requests");
    case ComplianceFinding::BlankReason:
        return tr("Blank or boilerplate reason");
    case ComplianceFinding::LateWithoutApology:
        return tr("Late without apology");
    case ComplianceFinding::ExtensionAfterDue:
        return tr("Extended after the due date");
    case ComplianceFinding::HandedWithoutAuthorisation:
        return tr("Handed over without authorisation");
    }
    return {};
}

QString CompliancePanel::detailText(const ComplianceFinding &f)
{
    switch (f.kind) {
    case ComplianceFinding::RepeatedSupplement:
        return f.outcomeId > 0 ? tr("%1 supplement requests at the counter for the same applicant "
                                    "and procedure (%2)")
                                         .arg(f.count)
                                         .arg(f.procedureName)
                               : tr("%1 supplement requests for this dossier while it was "
                                    "processed (everything missing must be asked at once)")
                                         .arg(f.count);
    case ComplianceFinding::BlankReason:
        switch (f.step) {
        case ComplianceFinding::CounterRefusal:
            return tr("Refusal with the reason \"%1\"").arg(f.reason);
        case ComplianceFinding::CounterSupplement:
            return tr("Supplement request with the reason \"%1\"").arg(f.reason);
        case ComplianceFinding::ProcessingStop:
            return tr("Processing stopped with the reason \"%1\"").arg(f.reason);
        case ComplianceFinding::ProcessingSupplement:
        case ComplianceFinding::NoStep:
            break;
        }
        return tr("Supplement requested while processing with the reason \"%1\"").arg(f.reason);
    case ComplianceFinding::LateWithoutApology:
        return f.finishedAt.isValid() ? tr("Finished %1, due %2, with no apology or extension")
                                                .arg(CenterTime::dateTime(f.finishedAt),
                                                     CenterTime::dateTime(f.dueAt))
                                      : tr("Still unfinished, due %1, with no apology or extension")
                                                .arg(CenterTime::dateTime(f.dueAt));
    case ComplianceFinding::ExtensionAfterDue:
        return tr("Extended %1, after the due date %2 had passed; new due date %3")
                .arg(CenterTime::dateTime(f.at),
                     CenterTime::dateTime(f.dueAt),
                     CenterTime::dateTime(f.newDueAt));
    case ComplianceFinding::HandedWithoutAuthorisation:
        return tr("Result handed to %1 (ID %2) without an authorisation")
                .arg(f.collectorName, f.collectorIdNumber);
    }
    return {};
}

void CompliancePanel::setPeriod(const ScorecardPeriod &period)
{
    m_period = period;
}

int CompliancePanel::count(ComplianceFinding::Kind kind) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(), [kind](const auto &f) {
        return f.kind == kind;
    }));
}

void CompliancePanel::setKindFilter(std::optional<ComplianceFinding::Kind> kind)
{
    const int index = kind ? m_kindCombo->findData(int(*kind)) : 0;
    m_kindCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void CompliancePanel::refresh()
{
    if (!m_period.isValid()) {
        showStatus(tr("Choose a period."), false);
        return;
    }
    auto found = m_repo.compliance(m_period, m_unitId);
    if (!found) {
        showStatus(found.error().message, true);
        return;
    }
    m_findings = *found;
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const auto &a, const auto &b) {
        return a.at > b.at;
    });
    showStatus(m_findings.isEmpty() ? tr("No findings in this period.") : QString(), false);
    retranslate();
}

void CompliancePanel::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_table->setHorizontalHeaderLabels({tr("Kind"),
                                        tr("Dossier code"),
                                        tr("Unit"),
                                        tr("Applicant"),
                                        tr("When"),
                                        tr("Detail")});

    const QVariant current = m_kindCombo->currentData();
    const QSignalBlocker block(m_kindCombo);
    m_kindCombo->clear();
    m_kindCombo->addItem(tr("All kinds (%1)").arg(m_findings.size()), -1);
    QStringList counts;
    for (ComplianceFinding::Kind kind : kKinds) {
        const int n = count(kind);
        m_kindCombo->addItem(tr("%1 (%2)").arg(kindLabel(kind)).arg(n), int(kind));
        if (n > 0)
            counts << tr("%1: %2").arg(kindLabel(kind)).arg(n);
    }
    const int index = current.isValid() ? m_kindCombo->findData(current) : 0;
    m_kindCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_countsLabel->setText(counts.join(QStringLiteral(" · ")));
    fillTable();
}

void CompliancePanel::fillTable()
{
    m_table->clearContents();
    m_table->setRowCount(int(m_findings.size()));
    for (int r = 0; r < m_findings.size(); ++r) {
        const ComplianceFinding &f = m_findings.at(r);
        const QString at = CenterTime::timeDate(f.at);
        // "Trung tâm … – Chi nhánh Gò Vấp" reads "Chi nhánh Gò Vấp" (full in the tip).
        const int dash = f.unitName.lastIndexOf(QStringLiteral(" – "));
        const QString unit = dash > 0 ? f.unitName.mid(dash + 3) : f.unitName;
        const QStringList cells = {kindLabel(f.kind),
                                   f.code.isEmpty() ? tr("(at the counter)") : f.code,
                                   unit,
                                   f.applicantName,
                                   at,
                                   detailText(f)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == UnitColumn ? f.unitName : cells.at(c));
            item->setData(kDossierRole, f.dossierId);
            item->setData(kKindRole, int(f.kind));
            if (f.dossierId <= 0 && c == CodeColumn)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c : {ApplicantColumn, UnitColumn})
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
    applyFilter();
}

void CompliancePanel::applyFilter()
{
    const int kind = m_kindCombo->currentData().toInt();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, KindColumn);
        m_table->setRowHidden(r, kind >= 0 && item && item->data(kKindRole).toInt() != kind);
    }
}

void CompliancePanel::activateRow(int row)
{
    const QTableWidgetItem *item = m_table->item(row, KindColumn);
    if (!item)
        return;
    const qint64 id = item->data(kDossierRole).toLongLong();
    if (id > 0)
        emit openDossier(id);
}

void CompliancePanel::showStatus(const QString &text, bool error)
{
    showStatusLine(m_statusLabel, text, error);
    if (error)
        emit errorOccurred(text);
}

void CompliancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Motcua
