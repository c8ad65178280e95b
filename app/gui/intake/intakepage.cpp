#include "intakepage.h"
#include "gui/palette.h"

#include "ui_intakepage.h"

#include "applicantform.h"
#include "checklistmodel.h"
#include "gui/catalogue/procedurelistmodel.h"
#include "gui/fieldmarker.h"
#include "gui/printing/counterforms.h"

#include "core/centertime.h"
#include "data/calendarcache.h"
#include "data/catalog.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

namespace Motcua {

IntakePage::IntakePage(QSqlDatabase db,
                       const StaffIdentity &who,
                       const QString &storeDir,
                       QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::IntakePage>())
    , m_db(db)
    , m_who(who)
    , m_repo(db)
    , m_store(who.roleName, storeDir)
    , m_outbox(new IntakeOutbox(who.roleName, storeDir, this))
    , m_procedures(new ProcedureListModel(this))
    , m_filter(new ProcedureFilterModel(this))
    , m_checklist(new ChecklistModel(this))
{
    ui->setupUi(this);
    applyShortcuts();
    m_marker = std::make_unique<FieldMarker>(ui->errorLabel);
    m_previewOpener = [this](std::shared_ptr<QTextDocument> doc) {
        CounterForms::preview(std::move(doc), this);
    };

    m_filter->setSourceModel(m_procedures);
    ui->procedureView->setModel(m_filter);
    ui->procedureView->verticalHeader()->hide();
    ui->procedureView->hideColumn(ProcedureListModel::SectorColumn);
    ui->procedureView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->procedureView->horizontalHeader()->setSectionResizeMode(ProcedureListModel::NameColumn,
                                                                QHeaderView::Stretch);
    ui->checklistView->setModel(m_checklist);
    ui->checklistView->verticalHeader()->hide();
    ui->checklistView->setWordWrap(true);
    auto *header = ui->checklistView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::DocumentColumn, QHeaderView::Stretch);
    ui->checklistView->installEventFilter(this);
    ui->procedureView->installEventFilter(this);
    ui->procedureSearch->installEventFilter(this);
    setupTabOrder();

    connect(ui->procedureSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (m_filter->rowCount() > 0)
            ui->procedureView->setCurrentIndex(m_filter->index(0, ProcedureListModel::NameColumn));
    });
    connect(ui->procedureSearch,
            &QLineEdit::returnPressed,
            this,
            &IntakePage::chooseCurrentProcedure);
    connect(ui->procedureView, &QAbstractItemView::activated, this, [this] {
        chooseCurrentProcedure();
    });
    connect(ui->applicantForm, &ApplicantForm::edited, this, &IntakePage::scheduleSave);
    connect(ui->applicantForm,
            &ApplicantForm::identifierEntered,
            this,
            &IntakePage::lookUpApplicant);
    connect(ui->applicantForm, &ApplicantForm::filledFromQr, this, [this](const QString &note) {
        // The look-up ran while the CCCD was filled in: keep what it said too.
        showInfo(m_lookupNote.isEmpty() ? note : note + QLatin1Char(' ') + m_lookupNote);
        m_lookupNote.clear();
    });
    connect(m_checklist, &ChecklistModel::entriesEdited, this, [this] {
        updateVerdict();
        scheduleSave();
    });
    connect(ui->receiveButton, &QPushButton::clicked, this, &IntakePage::receive);
    connect(ui->supplementButton, &QPushButton::clicked, this, &IntakePage::requestSupplement);
    connect(ui->refuseButton, &QPushButton::clicked, this, &IntakePage::refuse);
    connect(ui->resumeButton, &QPushButton::clicked, this, &IntakePage::resumeSupplement);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, &IntakePage::saveNow);
    m_flushTimer.setInterval(5000);
    connect(&m_flushTimer, &QTimer::timeout, this, &IntakePage::flushOutbox);
    connect(m_outbox, &IntakeOutbox::delivered, this, &IntakePage::onDelivered);
    connect(m_outbox, &IntakeOutbox::rejected, this, &IntakePage::onRejected);
    connect(m_outbox, &IntakeOutbox::sizeChanged, this, &IntakePage::updateBanner);
    m_previewTimer.setInterval(60 * 1000);
    connect(&m_previewTimer, &QTimer::timeout, this, &IntakePage::updateDuePreview);
    m_previewTimer.start();

    reloadProcedures();
    if (auto saved = m_store.load(); saved && !saved->isEmpty()) {
        loadDraft(*saved);
        showInfo(tr("The intake you were typing (started at %1) was restored.")
                         .arg(CenterTime::format(saved->startedAt, QStringLiteral("HH:mm"))));
    } else {
        newIntake();
    }
    updateBanner();
    if (m_outbox->size() > 0)
        m_flushTimer.start();
}

IntakePage::~IntakePage()
{
    // Whatever is typed outlives the window.
    if (m_saveTimer.isActive())
        saveNow();
}

// Set after every (re)translation: a button's setText() replaces its shortcut
// with the text's mnemonic.
void IntakePage::applyShortcuts()
{
    ui->receiveButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    ui->supplementButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    ui->refuseButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
}

void IntakePage::setupTabOrder()
{
    setTabOrder(ui->applicantForm->lastField(), ui->procedureSearch);
    setTabOrder(ui->procedureSearch, ui->procedureView);
    setTabOrder(ui->procedureView, ui->checklistView);
    setTabOrder(ui->checklistView, ui->receiveButton);
    setTabOrder(ui->receiveButton, ui->supplementButton);
    setTabOrder(ui->supplementButton, ui->refuseButton);
    setTabOrder(ui->refuseButton, ui->resumeButton);
}

void IntakePage::reloadProcedures()
{
    CatalogRepository catalog(m_db);
    auto procedures = catalog.proceduresInForce(CenterTime::today());
    if (!procedures) {
        m_marker->showMessage(procedures.error().message);
        emit errorOccurred(procedures.error().message);
        return;
    }
    m_procedures->setProcedures(procedures.value());
    ui->procedureView->resizeColumnToContents(ProcedureListModel::CodeColumn);
    if (m_filter->rowCount() > 0)
        ui->procedureView->setCurrentIndex(m_filter->index(0, ProcedureListModel::NameColumn));
}

void IntakePage::newIntake()
{
    m_loading = true;
    m_saveTimer.stop();
    m_draft = IntakeDraft();
    m_procedure.reset();
    m_offered.reset();
    ui->resumeBar->hide();
    ui->applicantForm->clear();
    m_marker->clear();
    ui->procedureSearch->clear();
    m_checklist->setChecklist({});
    showFacts();
    updateVerdict();
    m_store.clear();
    m_loading = false;
    focusFirstField();
}

void IntakePage::focusFirstField()
{
    ui->applicantForm->firstField()->setFocus();
}

void IntakePage::loadDraft(const IntakeDraft &draft)
{
    m_loading = true;
    m_draft = draft;
    m_procedure.reset();
    ui->applicantForm->setApplicant(draft.applicant);
    const Procedure *found = nullptr;
    for (const Procedure &p : m_procedures->procedures()) {
        if (p.id == draft.procedureId)
            found = &p;
    }
    // A newer version may have come into force since: the same code will do.
    for (const Procedure &p : m_procedures->procedures()) {
        if (!found && !draft.procedureCode.isEmpty() && p.code == draft.procedureCode)
            found = &p;
    }
    applyProcedure(found, draft.documents);
    m_loading = false;
    focusFirstField();
}

IntakeDraft IntakePage::currentDraft() const
{
    IntakeDraft d = m_draft;
    d.applicant = ui->applicantForm->applicant();
    d.procedureId = m_procedure ? m_procedure->id : 0;
    d.procedureCode = m_procedure ? m_procedure->code : QString();
    d.documents = m_checklist->entries();
    return d;
}

ChecklistVerdict IntakePage::verdict() const
{
    return m_checklist->verdict();
}

const Procedure *IntakePage::chosenProcedure() const
{
    return m_procedure ? &*m_procedure : nullptr;
}

bool IntakePage::chooseProcedure(const QString &code)
{
    const int row = m_procedures->rowOfCode(code);
    if (row < 0)
        return false;
    applyProcedure(&m_procedures->procedure(row), {});
    scheduleSave();
    return true;
}

void IntakePage::chooseCurrentProcedure()
{
    const QModelIndex idx = m_filter->mapToSource(ui->procedureView->currentIndex());
    if (!idx.isValid()) {
        m_marker->fail(ui->procedureSearch, tr("No procedure matches what you typed."));
        return;
    }
    m_marker->clear();
    const Procedure &p = m_procedures->procedure(idx.row());
    // Choosing the same procedure again keeps the ticks already made.
    const QList<DocumentEntry> keep = m_procedure && m_procedure->id == p.id
                                              ? m_checklist->entries()
                                              : QList<DocumentEntry>();
    applyProcedure(&p, keep);
    scheduleSave();
    ui->checklistView->setFocus();
}

void IntakePage::applyProcedure(const Procedure *p, const QList<DocumentEntry> &entries)
{
    if (p)
        m_procedure = *p;
    else
        m_procedure.reset();
    m_checklist->setChecklist(p ? p->checklist : QList<ChecklistItem>(), entries);
    ui->checklistView->resizeRowsToContents();
    if (m_checklist->rowCount() > 0)
        ui->checklistView->setCurrentIndex(m_checklist->index(0, ChecklistModel::DocumentColumn));
    showFacts();
    updateVerdict();
}

void IntakePage::setCalendarCache(CalendarCache *calendars)
{
    disconnect(m_calendarChanges);
    m_repo.setCalendarCache(calendars);
    if (calendars)
        m_calendarChanges
                = connect(calendars, &CalendarCache::changed, this, &IntakePage::updateDuePreview);
    updateDuePreview();
}

void IntakePage::updateDuePreview()
{
    if (m_procedure)
        showFacts();
}

void IntakePage::showFacts()
{
    m_duePreview = QDateTime();
    if (!m_procedure) {
        ui->factsLabel->setText(tr("<i>No procedure chosen yet.</i>"));
        return;
    }
    const Procedure &p = *m_procedure;
    const QLocale locale;
    QString fee = p.fee == 0 ? tr("free") : tr("%1 VND").arg(locale.toString(p.fee));
    if (!p.feeNote.isEmpty())
        fee += QStringLiteral(" — ") + p.feeNote;
    const QString cutoff = p.cutoff.isValid()
                                   ? tr("after %1 counts from the next working day")
                                             .arg(p.cutoff.toString(QStringLiteral("HH:mm")))
                                   : tr("none");
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<b>%1</b> %2<br>").arg(label, value.toHtmlEscaped());
    };
    // The same calendar (the session's cache) as the receipt will use.
    const auto due = m_repo.dueDate(p, m_who.unitId, QDateTime::currentDateTimeUtc());
    if (due)
        m_duePreview = *due;
    const QString dueText = due ? CenterTime::dueText(*due)
                                : tr("cannot be counted now (%1)").arg(due.error().message);
    ui->factsLabel->setText(
            QStringLiteral("<b>%1</b> (%2)<br>").arg(p.name.toHtmlEscaped(), p.code.toHtmlEscaped())
            + row(tr("Processing time:"), ProcedureListModel::processingTimeText(p))
            + row(tr("Due if received now:"), dueText) + row(tr("Fee:"), fee)
            + row(tr("Cut-off:"), cutoff) + row(tr("Processed by:"), p.departmentName)
            + row(tr("Legal basis:"), p.legalBasis));
}

void IntakePage::updateVerdict()
{
    if (!m_procedure) {
        ui->verdictLabel->setText(tr("Choose the procedure to see its checklist."));
        ui->verdictLabel->setStyleSheet(QString());
        return;
    }
    const ChecklistVerdict v = verdict();
    if (v.complete) {
        ui->verdictLabel->setText(
                tr("<b>Complete</b> — Enter or Ctrl+Enter receives the dossier."));
        ui->verdictLabel->setStyleSheet(Palette::textStyle(Palette::ok));
        return;
    }
    QString text = tr("<b>Missing (%n):</b>", nullptr, int(v.missing.size()));
    for (const MissingDocument &m : v.missing)
        text += QStringLiteral("<br>• %1 — %2")
                        .arg(m.name.toHtmlEscaped(), m.reason.toHtmlEscaped());
    ui->verdictLabel->setText(text);
    ui->verdictLabel->setStyleSheet(Palette::textStyle(Palette::error));
}

void IntakePage::scheduleSave()
{
    if (!m_loading)
        m_saveTimer.start();
}

void IntakePage::saveNow()
{
    m_saveTimer.stop();
    const IntakeDraft d = currentDraft();
    if (d.isEmpty())
        m_store.clear();
    else
        m_store.save(d);
}

// A returning applicant: the empty fields come from the last visit, and a
// pending supplement request is offered to continue.
void IntakePage::lookUpApplicant(const QString &normalized, bool business)
{
    m_lookupNote.clear();
    if (!serverReachable())
        return;
    auto found = business ? m_repo.findBusiness(normalized) : m_repo.findPerson(normalized);
    auto pending = m_draft.resumesOutcomeId != 0
                           ? DbResult<QList<PendingSupplement>>(QList<PendingSupplement>())
                           : m_repo.pendingSupplements(normalized);
    // Known from a dossier, or else from the supplement request left last time.
    std::optional<Applicant> known;
    if (found && found->has_value())
        known = **found;
    else if (pending && !pending->isEmpty())
        known = pending->first().draft.applicant;
    if (known) {
        const int filled = ui->applicantForm->fillEmpty(*known);
        if (filled > 0) {
            m_lookupNote = tr("Returning applicant: %n field(s) filled from the last visit.",
                              nullptr,
                              filled);
            showInfo(m_lookupNote);
        }
    }
    if (!pending || pending->isEmpty()) {
        m_offered.reset();
        ui->resumeBar->hide();
        return;
    }
    m_offered = pending->first();
    ui->resumeLabel->setText(
            tr("This applicant has a pending supplement request (no. %1 of %2) for “%3”.")
                    .arg(m_offered->outcomeId)
                    .arg(CenterTime::timeDate(m_offered->at), m_offered->procedureName));
    ui->resumeBar->show();
}

bool IntakePage::resumeSupplement()
{
    if (!m_offered)
        return false;
    IntakeDraft d = m_offered->draft;
    // A new visit: its own key and service time, linked to the request.
    d.key = newIntakeKey();
    d.startedAt = QDateTime::currentDateTimeUtc();
    d.resumesOutcomeId = m_offered->outcomeId;
    const Applicant typed = ui->applicantForm->applicant();
    loadDraft(d);
    ui->applicantForm->fillEmpty(typed);
    showInfo(tr("Continuing supplement request no. %1: tick the documents brought now.")
                     .arg(m_offered->outcomeId));
    m_offered.reset();
    ui->resumeBar->hide();
    saveNow();
    ui->checklistView->setFocus();
    return true;
}

void IntakePage::showInfo(const QString &text)
{
    ui->infoLabel->setText(text);
    ui->infoLabel->setVisible(!text.isEmpty());
}

void IntakePage::showResult(const QString &text)
{
    ui->resultLabel->setText(text);
    ui->resultLabel->setVisible(!text.isEmpty());
}

bool IntakePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == ui->checklistView && key->modifiers() == Qt::NoModifier) {
        const QModelIndex current = ui->checklistView->currentIndex();
        if (key->key() == Qt::Key_Space && current.isValid()) {
            m_checklist->toggle(current.row());
            return true;
        }
        if (enter) {
            receive();
            return true;
        }
    }
    if (watched == ui->procedureSearch && key->modifiers() == Qt::NoModifier
        && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        ui->procedureView->setFocus();
        return false;
    }
    if (watched == ui->procedureView && enter && key->modifiers() == Qt::NoModifier) {
        chooseCurrentProcedure();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IntakePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        applyShortcuts();
        showFacts();
        updateVerdict();
        updateBanner();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
