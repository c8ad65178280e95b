#include "handoverpage.h"

#include "data/live.h"
#include "gui/statuslabel.h"

#include "ui_handoverpage.h"

#include "core/centertime.h"
#include "core/dossiercode.h"
#include "core/freetext.h"
#include "dossierview.h"
#include "gui/freetextwidgets.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>

namespace Motcua {

namespace {

// A scanner types a code in a few milliseconds per key; a longer pause starts
// a new burst (a person typing a code by hand and Enter is served too).
constexpr int kBurstGapMs = 250;
constexpr int kBurstMaxLength = 64;

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

} // namespace

HandoverPage::HandoverPage(QSqlDatabase db, const StaffIdentity &who, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::HandoverPage>())
    , m_db(db)
    , m_who(who)
    , m_repo(db, who)
    , m_ratings(db)
{
    ui->setupUi(this);
    ui->dossierView->setContext(&m_repo, who);
    ui->dossierView->setRatings(&m_ratings);
    // A citizen's rating at a terminal or kiosk shows on the open dossier.
    auto *listener = new LiveListener(db, this);
    connect(listener, &LiveListener::changed, this, [this](const QStringList &topics) {
        const auto &d = ui->dossierView->dossier();
        if (d && topics.contains(QStringLiteral("rating:%1").arg(d->summary.id)))
            ui->dossierView->refreshRatings();
    });
    ui->splitter->setStretchFactor(0, 0);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({380, 986});
    ui->resultsTable->verticalHeader()->hide();
    setResultsHeader();
    showStatus(QString(), false);

    // A paste the field cut at its maxLength is refused here: the rest of it
    // would be searched for as if it were all.
    const auto searchTyped = [this] {
        if (ui->searchEdit->text().size() >= ui->searchEdit->maxLength())
            showStatus(lineEditProblem(ui->searchEdit, FreeText::Field::Search), true);
        else
            search(ui->searchEdit->text());
    };
    connect(ui->searchEdit, &QLineEdit::returnPressed, this, searchTyped);
    connect(ui->searchButton, &QPushButton::clicked, this, searchTyped);
    connect(ui->resultsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = ui->resultsTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openRow(rows.first().row());
    });
    connect(ui->dossierView, &DossierView::errorOccurred, this, &HandoverPage::errorOccurred);
    connect(ui->dossierView, &DossierView::dossierChanged, this, [this](qint64 id) {
        const auto &d = ui->dossierView->dossier();
        for (int r = 0; r < m_results.size() && d; ++r) {
            if (m_results.at(r).id == id) {
                m_results[r] = d->summary;
                ui->resultsTable->item(r, 2)->setText(stateLabel(d->summary.state));
            }
        }
    });
    // Key presses anywhere in the application pass here first; only those
    // aimed at this page's focused widget are looked at (see handleKey).
    qApp->installEventFilter(this);
}

HandoverPage::~HandoverPage() = default;

void HandoverPage::setLiveNotifier(LiveNotifier *live)
{
    ui->dossierView->setContext(&m_repo, m_who, live);
}

void HandoverPage::focusSearch()
{
    ui->searchEdit->setFocus();
    ui->searchEdit->selectAll();
}

DossierView *HandoverPage::dossierView() const
{
    return ui->dossierView;
}

QLineEdit *HandoverPage::searchField() const
{
    return ui->searchEdit;
}

int HandoverPage::resultCount() const
{
    return int(m_results.size());
}

void HandoverPage::setResultsHeader()
{
    ui->resultsTable->setColumnCount(3);
    ui->resultsTable->setHorizontalHeaderLabels({tr("Code"), tr("Applicant"), tr("State")});
}

void HandoverPage::showStatus(const QString &text, bool error)
{
    showStatusLine(ui->statusLabel, text, error);
}

bool HandoverPage::openCode(const QString &code)
{
    auto d = m_repo.open(code);
    if (!d) {
        showStatus(d.error().message, true);
        return false;
    }
    showStatus(tr("Opened %1.").arg(d->summary.code), false);
    showResults({d->summary});
    ui->dossierView->showDossier(*d);
    return true;
}

void HandoverPage::search(const QString &query)
{
    const QString text = query.trimmed();
    if (text.isEmpty())
        return;
    if (const QString p = FreeText::problem(text, FreeText::Field::Search); !p.isEmpty()) {
        showStatus(p, true);
        return;
    }
    auto found = m_repo.find(text);
    if (!found) {
        showStatus(found.error().message, true);
        return;
    }
    showResults(*found);
    if (m_results.isEmpty()) {
        showStatus(tr("Nothing found for \"%1\".").arg(text), true);
        return;
    }
    showStatus(tr("%n dossier(s) found.", nullptr, int(m_results.size())), false);
    if (m_results.size() == 1) {
        openRow(0);
        ui->searchEdit->selectAll(); // the next scan replaces the code
    }
}

void HandoverPage::showResults(const QList<DossierSummary> &results)
{
    m_results = results;
    QSignalBlocker block(ui->resultsTable);
    ui->resultsTable->clearContents();
    ui->resultsTable->setRowCount(int(m_results.size()));
    for (int r = 0; r < m_results.size(); ++r) {
        const DossierSummary &s = m_results.at(r);
        ui->resultsTable->setItem(r, 0, item(s.code));
        auto *name = item(s.applicantName);
        name->setToolTip(tr("%1\n%2\n%3\nDue %4")
                                 .arg(s.applicantName,
                                      s.applicantIdNumber,
                                      s.procedureName,
                                      CenterTime::timeDate(s.dueAt)));
        ui->resultsTable->setItem(r, 1, name);
        ui->resultsTable->setItem(r, 2, item(stateLabel(s.state)));
    }
    QHeaderView *h = ui->resultsTable->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(1, QHeaderView::Stretch);
    if (m_results.size() == 1)
        ui->resultsTable->selectRow(0);
}

void HandoverPage::openRow(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    auto d = m_repo.openById(m_results.at(row).id);
    if (!d) {
        showStatus(d.error().message, true);
        return;
    }
    ui->dossierView->showDossier(*d);
}

void HandoverPage::reload()
{
    if (ui->dossierView->dossier())
        ui->dossierView->reload();
}

bool HandoverPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        auto *target = static_cast<QWidget *>(watched);
        // Key events go to the focus widget first, then up to its parents:
        // looking only at the first delivery sees every key once.
        if (target == QApplication::focusWidget() && isVisible()
            && (target == this || isAncestorOf(target)))
            return handleKey(target, static_cast<QKeyEvent *>(event));
    }
    return QWidget::eventFilter(watched, event);
}

bool HandoverPage::handleKey(QWidget *target, QKeyEvent *event)
{
    if (m_sinceKey.isValid() && m_sinceKey.elapsed() > kBurstGapMs)
        m_burst.clear();
    m_sinceKey.restart();
    const int key = event->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter) {
        const QString text = event->text();
        if (!text.isEmpty() && text.at(0).isPrint()
            && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            m_burst = (m_burst + text).right(kBurstMaxLength);
        else if (key != Qt::Key_Shift)
            m_burst.clear();
        return false;
    }
    const QString burst = m_burst;
    m_burst.clear();
    auto *edit = qobject_cast<QLineEdit *>(target);
    QString code;
    bool wholeText = false;
    if (DossierCode::parse(burst).ok()) {
        code = burst.trimmed();
    } else if (edit && DossierCode::parse(edit->text()).ok()) {
        code = edit->text().trimmed(); // a code typed by hand into a line edit
        wholeText = true;
    }
    if (code.isEmpty())
        return false; // an ordinary Enter
    if (edit && edit != ui->searchEdit) {
        // Take the scanned characters out of the field they landed in.
        QString text = edit->text();
        if (wholeText)
            text.clear();
        else if (text.endsWith(burst))
            text.chop(burst.size());
        edit->setText(text);
    }
    ui->searchEdit->setText(code.toUpper());
    if (openCode(code))
        ui->searchEdit->selectAll();
    return true;
}

void HandoverPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        setResultsHeader();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
