#include "ratingdialog.h"

#include "ui_ratingdialog.h"

#include <QKeyEvent>

namespace Motcua {

RatingDialog::RatingDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RatingDialog>())
{
    ui->setupUi(this);
    connect(ui->veryButton, &QPushButton::clicked, this, [this] {
        choose(QStringLiteral("very_satisfied"));
    });
    connect(ui->satisfiedButton, &QPushButton::clicked, this, [this] {
        choose(QStringLiteral("satisfied"));
    });
    connect(ui->unsatisfiedButton, &QPushButton::clicked, this, [this] {
        choose(QStringLiteral("unsatisfied"));
    });
    connect(ui->skipButton, &QPushButton::clicked, this, &RatingDialog::reject);
    ui->veryButton->setText(tr("Very satisfied") + QStringLiteral("\n(1)"));
    ui->satisfiedButton->setText(tr("Satisfied") + QStringLiteral("\n(2)"));
    ui->unsatisfiedButton->setText(tr("Not satisfied") + QStringLiteral("\n(3)"));
    ui->veryButton->setFocus();
}

RatingDialog::~RatingDialog() = default;

void RatingDialog::choose(const QString &level)
{
    m_level = level;
    accept();
}

void RatingDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_1:
        choose(QStringLiteral("very_satisfied"));
        return;
    case Qt::Key_2:
        choose(QStringLiteral("satisfied"));
        return;
    case Qt::Key_3:
        choose(QStringLiteral("unsatisfied"));
        return;
    default:
        break;
    }
    QDialog::keyPressEvent(event);
}

} // namespace Motcua
