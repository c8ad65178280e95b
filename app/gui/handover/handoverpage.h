#pragma once

#include "data/dossierrepository.h"
#include "data/ratingrepository.h"
#include "data/staffidentity.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class HandoverPage;
}

namespace Motcua {

class DossierView;
class LiveNotifier;

// The handover and lookup workspace: one search field for a scanned or typed
// dossier code, a CCCD, a tax code or a name (with or without diacritics),
// the results, and the chosen dossier's view with its actions.
//
// A receipt scanner types the code and Enter into whatever has the focus: the
// page watches the keys typed anywhere on it, and a burst that forms a dossier
// code followed by Enter opens that dossier (the characters a scan left in
// another line edit are taken out again).
class HandoverPage : public QWidget
{
    Q_OBJECT

public:
    HandoverPage(QSqlDatabase db, const StaffIdentity &who, QWidget *parent = nullptr);
    ~HandoverPage() override;

    void setLiveNotifier(LiveNotifier *live);
    void focusSearch();
    DossierView *dossierView() const;
    QLineEdit *searchField() const;
    int resultCount() const;

    // Opens the dossier with this code (as scanned); false when not found.
    bool openCode(const QString &code);
    // Finds dossiers; a single hit opens at once.
    void search(const QString &query);

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showStatus(const QString &text, bool error);
    void openRow(int row);
    void showResults(const QList<DossierSummary> &results);
    void setResultsHeader();
    bool handleKey(QWidget *target, QKeyEvent *event);

    std::unique_ptr<Ui::HandoverPage> ui;
    QSqlDatabase m_db;
    StaffIdentity m_who;
    DossierRepository m_repo;
    RatingRepository m_ratings;
    QList<DossierSummary> m_results;
    QString m_burst;
    QElapsedTimer m_sinceKey;
};

} // namespace Motcua
