#include "logindialog.h"
#include "gui/palette.h"

#include "ui_logindialog.h"

#include "data/migrator.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QSqlDatabase>

namespace Motcua {

namespace {

// libpq's own values; the first entry (empty) leaves the choice to libpq.
const char *const kSslModes[]
        = {"", "disable", "allow", "prefer", "require", "verify-ca", "verify-full"};
const char *const kTargets[]
        = {"", "any", "read-write", "read-only", "primary", "standby", "prefer-standby"};

} // namespace

LoginDialog::LoginDialog(const ConnectionSettings &initial, QString connectionName, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::LoginDialog>())
    , m_connectionName(std::move(connectionName))
{
    ui->setupUi(this);
    fillCombos();
    ui->userEdit->setText(initial.user);
    ui->serviceEdit->setText(initial.service);
    ui->hostsEdit->setText(initial.hosts);
    ui->portsEdit->setText(initial.ports);
    ui->databaseEdit->setText(initial.database);
    ui->sslModeCombo->setCurrentIndex(qMax(0, ui->sslModeCombo->findData(initial.sslMode)));
    ui->targetCombo->setCurrentIndex(
            qMax(0, ui->targetCombo->findData(initial.targetSessionAttrs)));
    ui->errorLabel->hide();
    // A palette rather than a style sheet: style sheets cost start-up time.
    QPalette errorPalette = ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, Palette::error);
    ui->errorLabel->setPalette(errorPalette);
    showServerSettings(false);
    connect(ui->serverButton, &QToolButton::toggled, this, &LoginDialog::showServerSettings);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (initial.user.isEmpty())
        ui->userEdit->setFocus();
    else
        ui->passwordEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::fillCombos()
{
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    const int ssl = ui->sslModeCombo->currentIndex();
    const int target = ui->targetCombo->currentIndex();
    ui->sslModeCombo->clear();
    for (const char *m : kSslModes)
        ui->sslModeCombo->addItem(*m ? QString::fromLatin1(m) : tr("(default)"),
                                  QString::fromLatin1(m));
    ui->targetCombo->clear();
    for (const char *t : kTargets)
        ui->targetCombo->addItem(*t ? QString::fromLatin1(t) : tr("(default)"),
                                 QString::fromLatin1(t));
    ui->sslModeCombo->setCurrentIndex(qMax(0, ssl));
    ui->targetCombo->setCurrentIndex(qMax(0, target));
}

void LoginDialog::showServerSettings(bool shown)
{
    ui->serverGroup->setVisible(shown);
    ui->serverButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    adjustSize();
}

ConnectionSettings LoginDialog::settings() const
{
    ConnectionSettings s;
    s.user = ui->userEdit->text().trimmed();
    s.password = ui->passwordEdit->text();
    s.service = ui->serviceEdit->text().trimmed();
    s.hosts = ui->hostsEdit->text().trimmed();
    s.ports = ui->portsEdit->text().trimmed();
    s.database = ui->databaseEdit->text().trimmed();
    s.sslMode = ui->sslModeCombo->currentData().toString();
    s.targetSessionAttrs = ui->targetCombo->currentData().toString();
    return s;
}

bool LoginDialog::tryLogin()
{
    ui->errorLabel->hide();
    if (ui->userEdit->text().trimmed().isEmpty()) {
        ui->errorLabel->setText(tr("Type your user name."));
        ui->errorLabel->show();
        ui->userEdit->setFocus();
        return false;
    }
    auto showError = [this](const DbError &e) {
        ui->errorLabel->setText(
                e.message + (e.detail.isEmpty() ? QString() : QStringLiteral("\n") + e.detail));
        ui->errorLabel->show();
        ui->passwordEdit->selectAll();
        ui->passwordEdit->setFocus();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = settings().open(m_connectionName);
    QApplication::restoreOverrideCursor();
    if (!db) {
        showError(db.error());
        return false;
    }
    auto fail = [&](const DbError &e) {
        db->close();
        showError(e);
        return false;
    };
    if (DbStatus schema = Migrator(*db).ensureCurrent(); !schema)
        return fail(schema.error());
    if (m_accountCheck) {
        if (const auto refused = m_accountCheck(*db))
            return fail(*refused);
        accept();
        return true;
    }
    auto identity = StaffIdentity::load(*db);
    if (!identity)
        return fail(identity.error());
    m_identity = *identity;
    accept();
    return true;
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillCombos();
    }
    QDialog::changeEvent(event);
}

} // namespace Motcua
