#include "dossierview.h"
#include "gui/palette.h"

#include "ui_dossierview.h"

#include "core/centertime.h"
#include "gui/printing/dossierforms.h"
#include "gui/rating/ratingchoice.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTextDocument>

namespace Motcua {

namespace {

QString stateText(const QString &key)
{
    const auto s = stateFromKey(key);
    return s ? stateLabel(*s) : key;
}

QColor timelinessColor(Timeliness t)
{
    switch (t) {
    case Timeliness::Early:
        return Palette::ok;
    case Timeliness::OnTime:
    case Timeliness::InTime:
        return Palette::info;
    case Timeliness::Late:
    case Timeliness::Overdue:
        return Palette::error;
    }
    return {};
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

} // namespace

DossierView::DossierView(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::DossierView>())
{
    ui->setupUi(this);
    ui->eventsTable->verticalHeader()->hide();
    ui->documentsTable->verticalHeader()->hide();
    ui->actionsLayout->addStretch(1); // the action buttons keep their size
    connect(ui->printButton, &QPushButton::clicked, this, &DossierView::printControlSheet);
    connect(ui->apologyButton, &QPushButton::clicked, this, &DossierView::printApology);
    clear();
}

DossierView::~DossierView() = default;

void DossierView::setContext(DossierRepository *repo, const StaffIdentity &who, LiveNotifier *live)
{
    m_repo = repo;
    m_who = who;
    m_live = live;
}

void DossierView::clear()
{
    m_dossier.reset();
    ui->titleLabel->setText(tr("No dossier open: scan or type a dossier code."));
    ui->detailsFrame->setEnabled(false);
    ui->printButton->setEnabled(false);
    ui->apologyButton->hide();
    ui->eventsTable->clear();
    ui->eventsTable->setRowCount(0);
    ui->documentsTable->clear();
    ui->documentsTable->setRowCount(0);
    const auto values = findChildren<QLabel *>(QRegularExpression(QStringLiteral("Value$")));
    for (QLabel *l : values)
        l->clear();
    fillActions();
    showMessage(QString(), false);
}

void DossierView::showDossier(const DossierDetail &d)
{
    const bool same = m_dossier && m_dossier->summary.id == d.summary.id;
    m_dossier = d;
    if (!same)
        showMessage(QString(), false);
    m_citizenRatings.clear();
    if (m_ratings) {
        auto ratings = m_ratings->ratingsOf(d.summary.id);
        if (ratings)
            m_citizenRatings = *ratings;
        else
            showMessage(ratings.error().message, true);
    }
    ui->detailsFrame->setEnabled(true);
    ui->printButton->setEnabled(true);
    fillDetails();
    fillEvents();
    fillActions();
}

bool DossierView::reload()
{
    if (!m_dossier || !m_repo)
        return false;
    auto fresh = m_repo->loadById(m_dossier->summary.id);
    if (!fresh) {
        showMessage(fresh.error().message, true);
        return false;
    }
    showDossier(*fresh);
    return true;
}

void DossierView::fillDetails()
{
    const DossierDetail &d = *m_dossier;
    const DossierSummary &s = d.summary;
    ui->titleLabel->setText(
            tr("<b>%1</b> &nbsp; <span style=\"color: #1565c0\">%2</span>")
                    .arg(s.code.toHtmlEscaped(), stateLabel(s.state).toHtmlEscaped()));
    QString applicant = QStringLiteral("<b>%1</b>").arg(s.applicantName.toHtmlEscaped());
    if (!d.representativeName.isEmpty())
        applicant += tr(" (represented by %1, %2)")
                             .arg(d.representativeName.toHtmlEscaped(),
                                  d.representativeIdNumber.toHtmlEscaped());
    ui->applicantValue->setText(applicant);
    QStringList ids;
    for (const QString &id : {s.applicantIdNumber, d.applicantTaxCode}) {
        if (!id.isEmpty())
            ids << id.toHtmlEscaped();
    }
    ui->identityValue->setText(ids.join(QStringLiteral(" · ")));
    QStringList contact;
    for (const QString &c : {d.applicantPhone, d.applicantEmail, d.applicantAddress}) {
        if (!c.isEmpty())
            contact << c.toHtmlEscaped();
    }
    ui->contactValue->setText(contact.join(QStringLiteral(" · ")));
    ui->procedureValue->setText(
            tr("%1 <i>(code %2, version %3)</i>")
                    .arg(s.procedureName.toHtmlEscaped(), d.procedureCode.toHtmlEscaped())
                    .arg(d.procedureVersion));
    ui->departmentValue->setText(d.departmentName.toHtmlEscaped());
    ui->unitValue->setText(
            tr("%1 (%2)").arg(s.unitName.toHtmlEscaped(), d.receivingUnitCode.toHtmlEscaped()));
    ui->receivedValue->setText(CenterTime::timeDate(s.receivedAt));
    QString due = QStringLiteral("<b>%1</b>").arg(CenterTime::timeDate(s.dueAt));
    if (d.pausedSince.isValid())
        due += tr(" — clock stopped since %1").arg(CenterTime::timeDate(d.pausedSince));
    ui->dueValue->setText(due);
    QStringList history;
    for (const QDateTime &t : d.dueHistory)
        history << QStringLiteral("<s>%1</s>").arg(CenterTime::timeDate(t));
    ui->dueHistoryValue->setText(history.isEmpty() ? tr("none")
                                                   : history.join(QStringLiteral(", ")));
    const Timeliness t
            = DossierLifecycle::isFinished(s.state)
                      ? classifyFinished(s.dueAt,
                                         d.finishedAt,
                                         s.state == DossierState::Withdrawn ? FinishKind::Withdrawn
                                                                            : FinishKind::Resolved)
                      : classifyOpen(
                              s.dueAt, QDateTime::currentDateTimeUtc(), d.pausedSince.isValid());
    ui->timelinessValue->setText(QStringLiteral("<b style=\"color: %1\">%2</b>")
                                         .arg(timelinessColor(t).name(), timelinessLabel(t)));
    QString handover = tr("not yet");
    if (d.handover) {
        const Handover &h = *d.handover;
        if (h.channel == QLatin1String("post"))
            handover = tr("by post, tracking number %1").arg(h.trackingNumber.toHtmlEscaped());
        else if (h.channel == QLatin1String("authorised"))
            handover = tr("to %1 (CCCD %2), authorised by %3")
                               .arg(h.collectorName.toHtmlEscaped(),
                                    h.collectorIdNumber.toHtmlEscaped(),
                                    h.authorisation.toHtmlEscaped());
        else
            handover = tr("to the applicant");
        handover += QStringLiteral(", ") + CenterTime::timeDate(h.at);
    }
    ui->handoverValue->setText(handover);
    fillRatings();
    ui->apologyButton->setVisible(!d.dueHistory.isEmpty());

    ui->documentsTable->clear();
    ui->documentsTable->setColumnCount(4);
    ui->documentsTable->setHorizontalHeaderLabels(
            {tr("Document"), tr("Originals"), tr("Certified copies"), tr("Photocopies")});
    ui->documentsTable->setRowCount(int(d.documents.size()));
    for (int r = 0; r < d.documents.size(); ++r) {
        const DossierDocument &doc = d.documents.at(r);
        ui->documentsTable->setItem(r, 0, item(doc.name));
        ui->documentsTable->setItem(r, 1, item(QString::number(doc.originals)));
        ui->documentsTable->setItem(r, 2, item(QString::number(doc.certifiedCopies)));
        ui->documentsTable->setItem(r, 3, item(QString::number(doc.photocopies)));
    }
    ui->documentsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void DossierView::fillEvents()
{
    const DossierDetail &d = *m_dossier;
    QTableWidget *t = ui->eventsTable;
    t->clear();
    t->setColumnCount(7);
    t->setHorizontalHeaderLabels({tr("Time"),
                                  tr("Who"),
                                  tr("Unit, counter"),
                                  tr("What"),
                                  tr("State"),
                                  tr("Note"),
                                  tr("Timeliness")});
    t->setRowCount(int(d.events.size()));
    for (int r = 0; r < d.events.size(); ++r) {
        const DossierEvent &e = d.events.at(r);
        t->setItem(r, 0, item(CenterTime::timeDate(e.at)));
        t->setItem(r, 1, item(e.actorName));
        t->setItem(r,
                   2,
                   item(e.counterNumber > 0
                                ? tr("%1, counter %2").arg(e.unitName).arg(e.counterNumber)
                                : e.unitName));
        t->setItem(r, 3, item(DossierForms::eventLabel(e.kind)));
        t->setItem(r,
                   4,
                   item(e.fromState.isEmpty() || e.fromState == e.toState
                                ? stateText(e.toState)
                                : tr("%1 → %2").arg(stateText(e.fromState), stateText(e.toState))));
        QString note = e.note;
        if (e.kind == QLatin1String("extended"))
            note = tr("%1 (new due %2)").arg(note, CenterTime::timeDate(e.dueAtThen));
        t->setItem(r, 5, item(note));
        const Timeliness tl = DossierForms::stepTimeliness(e);
        auto *ti = item(timelinessLabel(tl));
        ti->setForeground(timelinessColor(tl));
        ti->setToolTip(tr("Against the due date then: %1").arg(CenterTime::timeDate(e.dueAtThen)));
        t->setItem(r, 6, ti);
    }
    // Long unit names and state changes wrap, so that every column fits at 1366 px.
    QHeaderView *h = t->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {2, 4}) {
        h->setSectionResizeMode(column, QHeaderView::Interactive);
        t->setColumnWidth(column, 165);
    }
    h->setSectionResizeMode(5, QHeaderView::Stretch);
    t->resizeRowsToContents();
}

void DossierView::refreshRatings()
{
    if (!m_dossier || !m_ratings)
        return;
    auto ratings = m_ratings->ratingsOf(m_dossier->summary.id);
    if (!ratings) {
        showMessage(ratings.error().message, true);
        return;
    }
    m_citizenRatings = *ratings;
    fillRatings();
}

// Per receipt or handover at a counter: the citizen's answer, where and when,
// or whether it may still come (at a hall kiosk) or has expired.
QString DossierView::ratingText() const
{
    if (!m_dossier)
        return QString();
    QStringList lines;
    for (const CitizenRating &r : m_citizenRatings) {
        const QString what = r.occasion == RatingOccasion::Receipt ? tr("Receipt") : tr("Handover");
        QString line;
        if (r.level) {
            const QString where = r.source == RatingSource::Kiosk      ? tr("hall kiosk")
                                  : r.source == RatingSource::Terminal ? tr("counter terminal")
                                                                       : tr("typed by the clerk");
            line = tr("%1: <b>%2</b> (%3%4, %5)")
                           .arg(what,
                                RatingChoice::levelLabel(*r.level),
                                where,
                                r.deviceLabel.isEmpty() || r.source == RatingSource::Clerk
                                        ? QString()
                                        : QStringLiteral(" ") + r.deviceLabel.toHtmlEscaped(),
                                CenterTime::timeDate(r.ratedAt));
        } else if (r.state == RatingRequestState::Open) {
            line = tr("%1: not rated yet; the citizen may rate it at a hall kiosk until %2")
                           .arg(what, CenterTime::timeDate(r.openUntil));
        } else {
            line = tr("%1: not rated (the time to rate it has passed)").arg(what);
        }
        lines << line;
    }
    if (!lines.isEmpty())
        return lines.join(QStringLiteral("<br>"));
    // Without the ratings' repository: the latest level only.
    const auto level = ratingLevelFromKey(m_dossier->rating);
    return level ? RatingChoice::levelLabel(*level) : tr("none");
}

void DossierView::fillRatings()
{
    ui->ratingValue->setText(ratingText());
}

QList<DossierAction> DossierView::offeredActions() const
{
    if (!m_dossier || !m_repo)
        return {};
    return DossierLifecycle::allowedActions(m_dossier->summary.state, m_repo->role());
}

QPushButton *DossierView::actionButton(DossierAction action) const
{
    for (QPushButton *b : m_actionButtons) {
        if (b->property("action").toInt() == int(action))
            return b;
    }
    return nullptr;
}

void DossierView::fillActions()
{
    // An action may be running from one of these buttons' clicked signal.
    for (QPushButton *b : std::as_const(m_actionButtons)) {
        b->hide();
        b->deleteLater();
    }
    m_actionButtons.clear();
    const QList<DossierAction> actions = offeredActions();
    for (DossierAction a : actions) {
        auto *b = new QPushButton(actionLabel(a), ui->actionsBox);
        b->setObjectName(QStringLiteral("action_") + actionKey(a));
        b->setProperty("action", int(a));
        if (a == DossierAction::Return)
            b->setStyleSheet(QStringLiteral("font-weight: bold;"));
        connect(b, &QPushButton::clicked, this, [this, a] { startAction(a); });
        ui->actionsLayout->insertWidget(ui->actionsLayout->count() - 1, b);
        b->show(); // now, not at the next event loop pass
        m_actionButtons.append(b);
    }
    ui->actionsLabel->setText(m_dossier && actions.isEmpty()
                                      ? tr("No action for you at this stage.")
                                      : tr("Actions:"));
    ui->actionsBox->setVisible(m_dossier.has_value());
}

void DossierView::showMessage(const QString &text, bool error)
{
    ui->messageLabel->setText(text.toHtmlEscaped());
    ui->messageLabel->setStyleSheet(error ? Palette::errorBannerStyle(QStringLiteral("4px"))
                                          : Palette::textStyle(Palette::ok, true));
    ui->messageLabel->setVisible(!text.isEmpty());
    if (error)
        emit errorOccurred(text);
}

QString DossierView::message() const
{
    return ui->messageLabel->text();
}

void DossierView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        if (m_dossier)
            showDossier(*m_dossier);
        else
            clear();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
