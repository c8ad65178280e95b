#pragma once

#include "data/connectionsettings.h"
#include "data/staffidentity.h"

#include <QDialog>

#include <functional>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace Motcua {

// Asks for the staff member's own database role and password (server settings
// behind a button), connects as that role, checks the schema, and returns the
// connection and the identity it found. Only the settings without the password
// are remembered.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(const ConnectionSettings &initial,
                QString connectionName,
                QWidget *parent = nullptr);
    ~LoginDialog() override;

    ConnectionSettings settings() const;
    const StaffIdentity &identity() const { return m_identity; }

    // Accounts that are not staff (a rating terminal) are checked by this
    // instead of reading a staff identity: it returns why the account may not
    // use this program, or nothing.
    using AccountCheck = std::function<std::optional<DbError>(const QSqlDatabase &)>;
    void setAccountCheck(AccountCheck check) { m_accountCheck = std::move(check); }

    // Connects with the typed settings; on success accepts the dialog, on
    // failure shows why under the fields. Public for tests.
    bool tryLogin();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void showServerSettings(bool shown);

    std::unique_ptr<Ui::LoginDialog> ui;
    QString m_connectionName;
    StaffIdentity m_identity;
    AccountCheck m_accountCheck;
};

} // namespace Motcua
