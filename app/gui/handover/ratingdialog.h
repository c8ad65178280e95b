#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RatingDialog;
}

namespace Motcua {

// The citizen rates the service on three levels, with big buttons or the
// keys 1, 2, 3; Skip (or Esc) gives no rating. Accepted with level() set.
class RatingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RatingDialog(QWidget *parent = nullptr);
    ~RatingDialog() override;

    // "very_satisfied" | "satisfied" | "unsatisfied", or empty when skipped.
    QString level() const { return m_level; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(const QString &level);

    std::unique_ptr<Ui::RatingDialog> ui;
    QString m_level;
};

} // namespace Motcua
