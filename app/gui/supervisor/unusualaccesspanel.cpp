#include "unusualaccesspanel.h"

#include "ui_unusualaccesspanel.h"

#include "gui/statuslabel.h"

#include "core/centertime.h"

#include <QEvent>
#include <QHeaderView>
#include <QSpinBox>
#include <QTableWidget>

namespace Motcua {

namespace {

enum Column { NameColumn, UnitColumn, RuleColumn, CountColumn, FromColumn, ToColumn };

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

UnusualAccessPanel::UnusualAccessPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::UnusualAccessPanel>())
    , m_repo(std::move(db))
{
    ui->setupUi(this);
    ui->accessTable->setColumnCount(6);
    ui->accessTable->verticalHeader()->hide();
    ui->accessTable->horizontalHeader()->setStretchLastSection(true);
    setHeaders();
    // A changed limit applies at once.
    for (QSpinBox *spin : {ui->otherBranchSpin, ui->idSearchSpin, ui->toleranceSpin})
        connect(spin, &QSpinBox::editingFinished, this, &UnusualAccessPanel::refresh);
    showStatus(QString(), false);
}

UnusualAccessPanel::~UnusualAccessPanel() = default;

QTableWidget *UnusualAccessPanel::table() const
{
    return ui->accessTable;
}

QString UnusualAccessPanel::statusText() const
{
    return ui->statusLabel->text();
}

void UnusualAccessPanel::setPeriod(const ScorecardPeriod &period)
{
    m_period = period;
}

AccessThresholds UnusualAccessPanel::thresholds() const
{
    AccessThresholds t;
    t.otherBranchOpensPerHour = ui->otherBranchSpin->value();
    t.idSearchesPerHour = ui->idSearchSpin->value();
    t.toleranceMinutes = ui->toleranceSpin->value();
    return t;
}

void UnusualAccessPanel::setThresholds(const AccessThresholds &t)
{
    ui->otherBranchSpin->setValue(t.otherBranchOpensPerHour);
    ui->idSearchSpin->setValue(t.idSearchesPerHour);
    ui->toleranceSpin->setValue(t.toleranceMinutes);
}

QString UnusualAccessPanel::ruleLabel(UnusualAccessRule rule)
{
    switch (rule) {
    case UnusualAccessRule::OtherBranchOpens:
        return tr("Many other branches' dossiers opened within an hour");
    case UnusualAccessRule::ManyIdSearches:
        return tr("Many citizens searched by CCCD within an hour");
    case UnusualAccessRule::OutsideWorkingHours:
        return tr("Access outside working hours");
    }
    return QString();
}

void UnusualAccessPanel::setHeaders()
{
    ui->accessTable->setHorizontalHeaderLabels(
            {tr("Staff"), tr("Unit"), tr("Rule"), tr("Count"), tr("From"), tr("To")});
}

void UnusualAccessPanel::showStatus(const QString &text, bool error)
{
    showStatusLine(ui->statusLabel, text, error);
    if (error && !text.isEmpty())
        emit errorOccurred(text);
}

void UnusualAccessPanel::refresh()
{
    if (!m_period.isValid())
        return;
    auto found = m_repo.unusual(m_period.from, m_period.to, thresholds());
    if (!found) {
        m_rows.clear();
        fillTable();
        showStatus(found.error().message, true);
        return;
    }
    m_rows = *found;
    fillTable();
    showStatus(m_rows.isEmpty() ? tr("No unusual access in the period.")
                                : tr("%n unusual access pattern(s) in the period.",
                                     nullptr,
                                     int(m_rows.size())),
               false);
}

QString UnusualAccessPanel::detail(const UnusualAccess &a) const
{
    switch (a.rule) {
    case UnusualAccessRule::OtherBranchOpens:
        return tr("%1 dossiers (limit %2)").arg(a.count).arg(a.threshold);
    case UnusualAccessRule::ManyIdSearches:
        return tr("%1 citizens (limit %2)").arg(a.count).arg(a.threshold);
    case UnusualAccessRule::OutsideWorkingHours:
        return tr("%n access(es) that day", nullptr, a.count);
    }
    return QString();
}

void UnusualAccessPanel::fillTable()
{
    QTableWidget *t = ui->accessTable;
    t->clearContents();
    t->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const UnusualAccessRow &row = m_rows.at(r);
        const QString who = row.counterNumber > 0
                                    ? tr("%1 (%2, counter %3)")
                                              .arg(row.fullName, row.access.actor)
                                              .arg(row.counterNumber)
                                    : tr("%1 (%2)").arg(row.fullName, row.access.actor);
        t->setItem(r, NameColumn, item(who));
        t->setItem(r, UnitColumn, item(row.unitName));
        t->setItem(r, RuleColumn, item(ruleLabel(row.access.rule)));
        t->setItem(r, CountColumn, item(detail(row.access)));
        t->setItem(r, FromColumn, item(CenterTime::dateTime(row.access.from)));
        t->setItem(r, ToColumn, item(CenterTime::dateTime(row.access.to)));
    }
    t->resizeColumnsToContents();
}

void UnusualAccessPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        setHeaders();
        fillTable();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
