#pragma once

#include "data/registerrepository.h"
#include "data/staffidentity.h"

#include <QWidget>

#include <memory>

class QTextDocument;

namespace Ui {
class RegisterPage;
}

namespace Motcua {

// The register (Sổ theo dõi hồ sơ) of a receiving unit for a period: one row
// per dossier received, with its hand-off times; exported as CSV for Excel
// or as a landscape PDF, or printed. Clerks see their own unit; supervisors
// and administrators choose any receiving unit.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(QSqlDatabase db, const StaffIdentity &who, QWidget *parent = nullptr);
    ~RegisterPage() override;

    // Shows the register of the unit and period (also sets the fields).
    bool showRegister(int unitId, const QDate &from, const QDate &to);
    const QList<RegisterRow> &rows() const { return m_rows; }
    int unitId() const;

    // Write what is shown; false with the reason shown on failure.
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);
    std::unique_ptr<QTextDocument> document() const;

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadUnits();
    void fillTable();
    void showStatus(const QString &text, bool error);
    QStringList columnTitles() const;

    std::unique_ptr<Ui::RegisterPage> ui;
    StaffIdentity m_who;
    RegisterRepository m_repo;
    QList<RegisterRow> m_rows;
    QDate m_from;
    QDate m_to;
};

} // namespace Motcua
