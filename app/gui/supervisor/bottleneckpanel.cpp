#include "bottleneckpanel.h"
#include "gui/statuslabel.h"

#include "core/dossierlifecycle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Motcua {

namespace {

enum Column { GroupColumn, StateColumn, DossiersColumn, MedianColumn, P90Column, LateColumn };

const QColor kLateBackground(0xff, 0xe0, 0xe0);
const QColor kLateText(0x8b, 0x00, 0x00);

} // namespace

BottleneckPanel::BottleneckPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_repo(db)
    , m_groupLabel(new QLabel(this))
    , m_procedureRadio(new QRadioButton(this))
    , m_departmentRadio(new QRadioButton(this))
    , m_legendLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_procedureRadio->setObjectName(QStringLiteral("procedureRadio"));
    m_departmentRadio->setObjectName(QStringLiteral("departmentRadio"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_table->setObjectName(QStringLiteral("bottlenecksTable"));
    m_procedureRadio->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_procedureRadio);
    group->addButton(m_departmentRadio);

    auto *switchRow = new QHBoxLayout;
    switchRow->addWidget(m_groupLabel);
    switchRow->addWidget(m_procedureRadio);
    switchRow->addWidget(m_departmentRadio);
    switchRow->addStretch(1);
    switchRow->addWidget(m_legendLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(switchRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);

    m_table->setColumnCount(6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();

    connect(m_procedureRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            refresh();
    });
    connect(m_departmentRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            refresh();
    });
    retranslate();
    showStatus(QString(), false);
}

QString BottleneckPanel::stateText(const QString &key)
{
    const auto s = stateFromKey(key);
    return s ? stateLabel(*s) : key;
}

void BottleneckPanel::setPeriod(const ScorecardPeriod &period)
{
    m_period = period;
}

void BottleneckPanel::setGrouping(Grouping grouping)
{
    // Toggling the radio refreshes; setting the one already on does not.
    (grouping == Grouping::Procedure ? m_procedureRadio : m_departmentRadio)->setChecked(true);
}

BottleneckPanel::Grouping BottleneckPanel::grouping() const
{
    return m_departmentRadio->isChecked() ? Grouping::Department : Grouping::Procedure;
}

void BottleneckPanel::setLateShareThreshold(double share)
{
    m_threshold = share;
    retranslate();
}

bool BottleneckPanel::isHighlighted(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).lateShare >= m_threshold
           && m_rows.at(row).lateShare > 0;
}

void BottleneckPanel::refresh()
{
    if (!m_period.isValid()) {
        showStatus(tr("Choose a period."), false);
        return;
    }
    auto rows = grouping() == Grouping::Department ? m_repo.bottlenecksByDepartment(m_period)
                                                   : m_repo.bottlenecksByProcedure(m_period);
    if (!rows) {
        showStatus(rows.error().message, true);
        return;
    }
    m_rows = *rows;
    // The slowest waits on top: the typical wait first, then the long tail.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const auto &a, const auto &b) {
        if (a.medianHours != b.medianHours)
            return a.medianHours > b.medianHours;
        return a.p90Hours > b.p90Hours;
    });
    showStatus(m_rows.isEmpty() ? tr("No dossiers in this period.") : QString(), false);
    fillTable();
}

void BottleneckPanel::retranslate()
{
    m_groupLabel->setText(tr("Group by:"));
    m_procedureRadio->setText(tr("&Procedure"));
    m_departmentRadio->setText(tr("&Department"));
    m_legendLabel->setText(
            tr("Highlighted: late share of %1 or more")
                    .arg(QLocale().toString(m_threshold * 100, 'f', 0) + QStringLiteral(" %")));
    fillTable();
}

void BottleneckPanel::fillTable()
{
    const QLocale locale;
    m_table->clearContents();
    m_table->setHorizontalHeaderLabels(
            {grouping() == Grouping::Department ? tr("Department") : tr("Procedure"),
             tr("State"),
             tr("Dossiers"),
             tr("Median (h)"),
             tr("90th percentile (h)"),
             tr("Late share")});
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const BottleneckRow &row = m_rows.at(r);
        const QStringList cells
                = {row.group,
                   stateText(row.state),
                   locale.toString(row.dossiers),
                   locale.toString(row.medianHours, 'f', 1),
                   locale.toString(row.p90Hours, 'f', 1),
                   locale.toString(row.lateShare * 100, 'f', 1) + QStringLiteral(" %")};
        const bool late = isHighlighted(r);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c >= DossiersColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (late) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(kLateBackground);
                item->setForeground(kLateText);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(GroupColumn, qMin(m_table->columnWidth(GroupColumn), 420));
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void BottleneckPanel::showStatus(const QString &text, bool error)
{
    showStatusLine(m_statusLabel, text, error);
    if (error)
        emit errorOccurred(text);
}

void BottleneckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Motcua
