#pragma once

#include "core/scorecard.h"
#include "data/dberror.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class WeightsDialog;
}

namespace Motcua {

class FieldMarker;

// Asks an administrator for the four weights of the composite score and the
// reason for the change. OK checks the fields (errors shown at the field),
// then hands the weights to the saver, if one is set; a refusal from the
// server is shown in the dialog, which stays open.
class WeightsDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<DbStatus(const ScoreWeights &, const QString &)>;

    explicit WeightsDialog(const ScoreWeights &current, QWidget *parent = nullptr);
    ~WeightsDialog() override;

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    void setWeights(const ScoreWeights &w);
    ScoreWeights weights() const;
    QString reason() const;
    void setReason(const QString &reason);
    QString errorText() const;

    // Checks the fields; false with the error shown at the field.
    bool validate();

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFormula();

    std::unique_ptr<Ui::WeightsDialog> ui;
    std::unique_ptr<FieldMarker> m_marker;
    Saver m_saver;
};

} // namespace Motcua
