#pragma once

#include "data/registerrepository.h"
#include "data/statutoryreportrepository.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextDocument;

namespace Motcua {

// Report form II.06a (tình hình, kết quả giải quyết thủ tục hành chính) of
// one receiving unit or all of them for the period: on screen with the two
// header rows of the paper form, exported as CSV for Excel, printed or saved
// as a PDF that looks like the paper form.
class ReportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPanel(QSqlDatabase db, QWidget *parent = nullptr);
    ~ReportPanel() override;

    void setPeriod(const ScorecardPeriod &period);
    ScorecardPeriod period() const { return m_period; }
    // 0: all receiving units together.
    void setUnit(int unitId);
    int unitId() const;

    // As last read: one row per sector, then the total.
    const QList<ReportII06aRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    // Rows of the table above the figures (the two-level header).
    static constexpr int headerRows = 2;

    // Write what is shown; false with the reason shown on failure.
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);
    std::unique_ptr<QTextDocument> document() const;
    QStringList csvHeader() const;

public slots:
    void refresh();

signals:
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadUnits();
    void retranslate();
    void fillTable();
    void showStatus(const QString &text, bool error);

    StatutoryReportRepository m_repo;
    RegisterRepository m_units;
    ScorecardPeriod m_period;
    QList<UnitRef> m_unitList;
    QList<ReportII06aRow> m_rows;
    int m_shownUnit = -1;
    QLabel *m_unitLabel;
    QComboBox *m_unitCombo;
    QLabel *m_periodLabel;
    QPushButton *m_csvButton;
    QPushButton *m_printButton;
    QLabel *m_statusLabel;
    QTableWidget *m_table;
};

} // namespace Motcua
