#include "desktop.h"

#include "firstpaint.h"

#include "language.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "rating/ratingkioskwindow.h"
#include "rating/ratingterminalwindow.h"
#include "supervisor/boardwindow.h"

#include "data/connectionkeeper.h"
#include "data/migrator.h"
#include "data/ratingrepository.h"
#include "data/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace Motcua {

namespace {

const QString kConnectionName = QStringLiteral("main");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Desktop)
};

enum class DeviceMode { None, Terminal, Kiosk };

// The rating device's screens accept only a device of their kind: a counter
// terminal for --rating-terminal, a hall kiosk for --rating-kiosk.
std::optional<DbError> checkDevice(const QSqlDatabase &db, DeviceMode mode, RatingTerminalInfo *out)
{
    auto device = RatingRepository(db).terminal();
    if (!device)
        return DbError::make(DbError::PermissionDenied,
                             Tr::tr("This account is not a rating device. Log in with the "
                                    "account of the counter's rating terminal or of the hall "
                                    "kiosk."),
                             device.error().detail);
    if (device->kiosk != (mode == DeviceMode::Kiosk))
        return DbError::make(DbError::PermissionDenied,
                             mode == DeviceMode::Kiosk
                                     ? Tr::tr("This account is a counter's rating terminal: "
                                              "start it with --rating-terminal.")
                                     : Tr::tr("This account is a hall kiosk: start it with "
                                              "--rating-kiosk."));
    if (out)
        *out = *device;
    return std::nullopt;
}

// Logs in without a dialog (scripts, screenshots): libpq supplies the password.
bool loginDirectly(const ConnectionSettings &settings,
                   DeviceMode mode,
                   StaffIdentity &who,
                   RatingTerminalInfo &device,
                   QString &why)
{
    auto db = settings.open(kConnectionName);
    if (!db) {
        why = db.error().describe();
        return false;
    }
    if (DbStatus schema = Migrator(*db).ensureCurrent(); !schema) {
        why = schema.error().describe();
        return false;
    }
    if (mode != DeviceMode::None) {
        const auto refused = checkDevice(*db, mode, &device);
        if (refused)
            why = refused->describe();
        return !refused;
    }
    auto identity = StaffIdentity::load(*db);
    if (!identity) {
        why = identity.error().describe();
        return false;
    }
    who = *identity;
    return true;
}

} // namespace

int runDesktop(int argc, char *argv[])
{
    // Answered before QApplication exists, so they work without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("motcua %s\n", MOTCUA_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Motcua"));
    QCoreApplication::setApplicationName(QStringLiteral("motcua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    QCommandLineParser parser;
    parser.addVersionOption();
    parser.addHelpOption();
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        Tr::tr("Log in as this database role without the dialog."),
                                        QStringLiteral("name"));
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"),
            Tr::tr("Save the main window to a PNG file and quit."),
            QStringLiteral("file"));
    const QCommandLineOption probeOption(QStringLiteral("startup-probe"),
                                         Tr::tr("Print \"shown\" when the login window has painted "
                                                "its first frame, then quit."));
    const QCommandLineOption boardOption(
            QStringLiteral("board"),
            Tr::tr("Show the public board of the branches full screen instead of the main "
                   "window."));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         Tr::tr("With --board: Esc does not close the board."));
    const QCommandLineOption terminalOption(
            QStringLiteral("rating-terminal"),
            Tr::tr("Be the rating terminal facing the citizen at a counter (log in as the "
                   "counter's terminal account)."));
    const QCommandLineOption ratingKioskOption(
            QStringLiteral("rating-kiosk"),
            Tr::tr("Be the hall kiosk where citizens rate a dossier by the code on their "
                   "receipt (log in as the kiosk's account)."));
    parser.addOptions({userOption,
                       screenshotOption,
                       probeOption,
                       boardOption,
                       kioskOption,
                       terminalOption,
                       ratingKioskOption});
    parser.process(app);
    const DeviceMode mode = parser.isSet(terminalOption)      ? DeviceMode::Terminal
                            : parser.isSet(ratingKioskOption) ? DeviceMode::Kiosk
                                                              : DeviceMode::None;

    Language language;
    language.installSaved();

    ConnectionSettings initial = ConnectionSettings::load(QSettings());
    if (initial.user.isEmpty())
        initial.user = qEnvironmentVariable("PGUSER");

    if (parser.isSet(probeOption)) {
        auto *dialog = new LoginDialog(initial, kConnectionName);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        FirstPaintProbe::watch(dialog);
        dialog->show();
        return app.exec();
    }

    ConnectionSettings settings = initial;
    StaffIdentity who;
    RatingTerminalInfo device;
    bool loggedIn = false;
    if (parser.isSet(userOption)) {
        settings.user = parser.value(userOption);
        QString why;
        loggedIn = loginDirectly(settings, mode, who, device, why);
        if (!loggedIn)
            std::fprintf(stderr, "motcua: %s\n", qPrintable(why));
    }
    if (!loggedIn) {
        LoginDialog dialog(settings, kConnectionName);
        if (mode != DeviceMode::None)
            dialog.setAccountCheck([mode, &device](const QSqlDatabase &db) {
                return checkDevice(db, mode, &device);
            });
        if (dialog.exec() != QDialog::Accepted)
            return 1;
        settings = dialog.settings();
        who = dialog.identity();
        QSettings stored;
        settings.save(stored);
    }

    // A staff window works through a session (its connections, identity,
    // caches); the devices and the board only need the connection watched.
    const bool staffWindow = mode == DeviceMode::None && !parser.isSet(boardOption);
    auto *session = staffWindow ? new Session(settings, kConnectionName, who, &app) : nullptr;
    auto *keeper
            = session ? session->keeper() : new ConnectionKeeper(settings, kConnectionName, &app);
    std::unique_ptr<QWidget> shown;
    if (mode == DeviceMode::Terminal) {
        auto terminal = std::make_unique<RatingTerminalWindow>(keeper->database(), device);
        terminal->setConnectionKeeper(keeper);
        terminal->showFullScreen();
        shown = std::move(terminal);
    } else if (mode == DeviceMode::Kiosk) {
        auto kiosk = std::make_unique<RatingKioskWindow>(keeper->database(), device);
        kiosk->showFullScreen();
        shown = std::move(kiosk);
    } else if (parser.isSet(boardOption)) {
        auto board = std::make_unique<BoardWindow>(keeper->database());
        board->setConnectionKeeper(keeper);
        board->setKiosk(parser.isSet(kioskOption));
        board->showFullScreen();
        shown = std::move(board);
    } else {
        shown = std::make_unique<MainWindow>(session, &language);
        shown->show();
    }
    QWidget &window = *shown;

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            std::fprintf(saved ? stdout : stderr,
                         "%s %s\n",
                         saved ? "screenshot saved to" : "could not save screenshot to",
                         qPrintable(file));
            QCoreApplication::quit();
        });
    }
    return app.exec();
}

} // namespace Motcua
