#include "ratingchoice.h"

#include "ui_ratingchoice.h"

#include "core/centertime.h"

#include <QKeyEvent>

namespace Motcua {

RatingChoice::RatingChoice(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::RatingChoice>())
{
    ui->setupUi(this);
    connect(ui->veryButton, &QPushButton::clicked, this, [this] { chooseDigit(1); });
    connect(ui->satisfiedButton, &QPushButton::clicked, this, [this] { chooseDigit(2); });
    connect(ui->unsatisfiedButton, &QPushButton::clicked, this, [this] { chooseDigit(3); });
    retranslate();
}

RatingChoice::~RatingChoice() = default;

QString RatingChoice::levelLabel(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return tr("Very satisfied");
    case RatingLevel::Satisfied:
        return tr("Satisfied");
    case RatingLevel::Unsatisfied:
        return tr("Not satisfied");
    }
    return {};
}

QString RatingChoice::occasionLabel(RatingOccasion occasion)
{
    return occasion == RatingOccasion::Receipt ? tr("receipt of the dossier")
                                               : tr("handover of the result");
}

void RatingChoice::showRequest(const RatingRequest &request)
{
    m_request = request;
    retranslate();
    ui->veryButton->setFocus();
}

bool RatingChoice::chooseDigit(int digit)
{
    const auto level = ratingLevelForDigit(digit);
    if (!level)
        return false;
    emit chosen(*level);
    return true;
}

void RatingChoice::keyPressEvent(QKeyEvent *event)
{
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_3
        && chooseDigit(event->key() - Qt::Key_0))
        return;
    QWidget::keyPressEvent(event);
}

void RatingChoice::retranslate()
{
    ui->veryButton->setText(levelLabel(RatingLevel::VerySatisfied) + QStringLiteral("\n(1)"));
    ui->satisfiedButton->setText(levelLabel(RatingLevel::Satisfied) + QStringLiteral("\n(2)"));
    ui->unsatisfiedButton->setText(levelLabel(RatingLevel::Unsatisfied) + QStringLiteral("\n(3)"));
    if (!m_request) {
        ui->detailsLabel->clear();
        return;
    }
    const RatingRequest &r = *m_request;
    QString details = tr("<b>%1</b> — %2<br>The %3 at %4, served by <b>%5</b>")
                              .arg(r.code.toHtmlEscaped(),
                                   r.procedureName.toHtmlEscaped(),
                                   occasionLabel(r.occasion),
                                   CenterTime::timeDate(r.at),
                                   r.clerkName.toHtmlEscaped());
    if (!r.unitName.isEmpty())
        details += QStringLiteral("<br>")
                   + tr("%1, counter %2").arg(r.unitName.toHtmlEscaped()).arg(r.counterNumber);
    ui->detailsLabel->setText(details);
}

void RatingChoice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Motcua
