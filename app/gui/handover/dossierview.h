#pragma once

#include "data/dossierrepository.h"
#include "data/ratingrepository.h"
#include "data/staffidentity.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;
class QTextDocument;

namespace Ui {
class DossierView;
}

namespace Motcua {

class LiveNotifier;
struct UnitInfo;

// One dossier as the counter sees it: applicant, documents, procedure,
// places, state, due date and its history, and the full control sheet with
// the timeliness of each step. Offers exactly the state changes the
// lifecycle allows the user's role, asks what they need, and prints the
// control sheet, the apology letter and the supplement request.
class DossierView : public QWidget
{
    Q_OBJECT

public:
    explicit DossierView(QWidget *parent = nullptr);
    ~DossierView() override;

    // The repository acts as the logged-in user; the notifier is optional.
    void setContext(DossierRepository *repo,
                    const StaffIdentity &who,
                    LiveNotifier *live = nullptr);
    // Where the citizens' ratings of the shown dossier are read (optional).
    void setRatings(RatingRepository *ratings) { m_ratings = ratings; }

    void showDossier(const DossierDetail &d);
    void clear();
    // Reads the shown dossier again; false (with the message shown) on failure.
    bool reload();
    const std::optional<DossierDetail> &dossier() const { return m_dossier; }

    // The actions offered now, in the lifecycle's order, and their buttons.
    QList<DossierAction> offeredActions() const;
    QPushButton *actionButton(DossierAction action) const;
    // Starts an action as its button does: returns the dialog it opened (the
    // handover or the reason dialog), or null when it was applied at once.
    QDialog *startAction(DossierAction action);
    // Applies an action to the version shown; shows a refusal plainly and
    // reloads on a conflict.
    bool applyAction(DossierAction action, const ActionInput &input);

    QString message() const;
    // The citizens' ratings as last read, and as the rating line shows them.
    const QList<CitizenRating> &citizenRatings() const { return m_citizenRatings; }
    QString ratingText() const;
    // Reads the citizens' ratings of the shown dossier again (after a
    // terminal or kiosk rated it).
    void refreshRatings();
    // The print preview opened last (control sheet, apology, Mẫu 02).
    QDialog *lastPreview() const { return m_preview; }

    std::unique_ptr<QTextDocument> controlSheetDocument() const;
    QDialog *printControlSheet();
    QDialog *printApology();

signals:
    void dossierChanged(qint64 id);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillDetails();
    void fillEvents();
    void fillActions();
    void showMessage(const QString &text, bool error);
    void fillRatings();
    QDialog *printSupplementRequest(const QString &reason);
    UnitInfo unitInfo() const;

    std::unique_ptr<Ui::DossierView> ui;
    DossierRepository *m_repo = nullptr;
    StaffIdentity m_who;
    LiveNotifier *m_live = nullptr;
    std::optional<DossierDetail> m_dossier;
    QList<QPushButton *> m_actionButtons;
    RatingRepository *m_ratings = nullptr;
    QList<CitizenRating> m_citizenRatings;
    QPointer<QDialog> m_preview;
};

} // namespace Motcua
