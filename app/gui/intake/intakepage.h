#pragma once

#include "data/intakerepository.h"
#include "data/localstore.h"
#include "data/staffidentity.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QTextDocument;

namespace Ui {
class IntakePage;
}

namespace Motcua {

class CalendarCache;
class ChecklistModel;
class ConnectionKeeper;
class FieldMarker;
class ProcedureFilterModel;
class ProcedureListModel;
class RefusalDialog;
class SupplementDialog;
struct UnitInfo;

// Step 3, counter intake: the applicant, the procedure and its checklist, and
// the three outcomes (receive, request a supplement, refuse), by keyboard
// alone. Every change is kept on the local disk; a receive that cannot reach
// the server waits in the outbox and is sent when the connection is back.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    enum class Outcome {
        Received, // the server issued a code (lastReceived())
        Queued,   // the server was unreachable: the intake waits in the outbox
        Blocked,  // the form is not ready; the reason is shown at its field
        Failed    // the server refused; the message is shown, the form kept
    };
    // Shows a printable form; replaced in tests to capture the document.
    using PreviewOpener = std::function<void(std::shared_ptr<QTextDocument>)>;

    // `storeDir` empty: the per-user data directory.
    IntakePage(QSqlDatabase db,
               const StaffIdentity &who,
               const QString &storeDir = {},
               QWidget *parent = nullptr);
    ~IntakePage() override;

    // Follows the connection: banner while it is down, flush when it is back;
    // counts due dates with the session's calendar cache.
    void setConnectionKeeper(ConnectionKeeper *keeper);
    // Counts due dates with this cache (borrowed) and shows the preview again
    // whenever it changes (a supervisor's edit, the turn of the day).
    void setCalendarCache(CalendarCache *calendars);
    // The due date of the chosen procedure if received now, as shown in its
    // facts (invalid without a procedure or when it cannot be counted).
    QDateTime duePreview() const { return m_duePreview; }
    // Counts and shows the preview again.
    void updateDuePreview();
    void setPreviewOpener(PreviewOpener opener) { m_previewOpener = std::move(opener); }

    // Clears the form and starts a new intake with a new key.
    void newIntake();
    void focusFirstField();
    void reloadProcedures();

    IntakeDraft currentDraft() const;
    ChecklistVerdict verdict() const;
    const Procedure *chosenProcedure() const;
    // Chooses the procedure with this code (as Enter in the search would).
    bool chooseProcedure(const QString &code);

    Outcome receive();
    // Open their dialog (non-modal) or return null when the form is not ready.
    SupplementDialog *requestSupplement();
    RefusalDialog *refuse();
    // Continues the pending supplement request offered for this applicant.
    bool resumeSupplement();

    std::optional<ReceivedDossier> lastReceived() const { return m_lastReceived; }
    qint64 lastOutcomeNumber() const { return m_lastOutcomeNumber; }
    std::optional<PendingSupplement> offeredSupplement() const { return m_offered; }
    int outboxSize() const;
    bool bannerShown() const;
    QString bannerText() const;
    // Sends the queued intakes now; returns how many landed.
    int flushOutbox();

signals:
    void errorOccurred(const QString &message);
    // After the server acknowledged a dossier (directly or from the outbox).
    void dossierReceived(const Motcua::ReceivedDossier &dossier);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // intakepage.cpp: the form
    void chooseCurrentProcedure();
    void applyProcedure(const Procedure *p, const QList<DocumentEntry> &entries);
    void showFacts();
    void updateVerdict();
    void loadDraft(const IntakeDraft &draft);
    void scheduleSave();
    void saveNow();
    void lookUpApplicant(const QString &normalized, bool business);
    void showInfo(const QString &text);
    void showResult(const QString &text);
    void setupTabOrder();
    void applyShortcuts();

    // intakeoutcomes.cpp: the outcomes, the outbox and the printed forms
    std::optional<IntakeDraft> readyDraft(bool needComplete);
    void submitSupplement(const QString &note, const QList<MissingDocument> &missing);
    void submitRefusal(const QString &reason);
    void onDelivered(const PendingIntake &intake, const ReceivedDossier &dossier);
    void onRejected(const PendingIntake &intake, const DbError &error);
    void openReceipt(const IntakeDraft &draft,
                     const Procedure &procedure,
                     const ReceivedDossier &dossier);
    void updateBanner();
    UnitInfo unitInfo() const;
    int serviceSeconds(const IntakeDraft &draft) const;
    bool serverReachable() const;

    std::unique_ptr<Ui::IntakePage> ui;
    QSqlDatabase m_db;
    StaffIdentity m_who;
    IntakeRepository m_repo;
    DraftStore m_store;
    IntakeOutbox *m_outbox;
    ProcedureListModel *m_procedures;
    ProcedureFilterModel *m_filter;
    ChecklistModel *m_checklist;
    std::unique_ptr<FieldMarker> m_marker;
    QPointer<ConnectionKeeper> m_keeper;
    PreviewOpener m_previewOpener;

    IntakeDraft m_draft; // key, start, resumed outcome of the intake on screen
    std::optional<Procedure> m_procedure;
    std::optional<PendingSupplement> m_offered;
    std::optional<ReceivedDossier> m_lastReceived;
    qint64 m_lastOutcomeNumber = 0;
    QTimer m_saveTimer;
    QTimer m_flushTimer;
    QTimer m_previewTimer; // "received now" moves on
    QDateTime m_duePreview;
    QMetaObject::Connection m_calendarChanges;
    bool m_loading = false;
    QString m_lookupNote; // what the last applicant look-up filled, for the QR note
};

} // namespace Motcua
