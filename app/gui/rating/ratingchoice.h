#pragma once

#include "core/citizenrating.h"
#include "data/ratingrepository.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RatingChoice;
}

namespace Motcua {

// The citizen's question with its three big buttons (Rất hài lòng, Hài lòng,
// Không hài lòng) and what is being rated: the dossier code, the procedure,
// receipt or handover, and the clerk who served. Keys 1, 2 and 3 choose too.
class RatingChoice : public QWidget
{
    Q_OBJECT

public:
    explicit RatingChoice(QWidget *parent = nullptr);
    ~RatingChoice() override;

    void showRequest(const RatingRequest &request);
    // Chooses as the key with that digit does; false for any other digit.
    bool chooseDigit(int digit);

    static QString levelLabel(RatingLevel level);
    static QString occasionLabel(RatingOccasion occasion);

signals:
    void chosen(Motcua::RatingLevel level);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::RatingChoice> ui;
    std::optional<RatingRequest> m_request;
};

} // namespace Motcua
