#include "desktop.h"

#include "language.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "supervisor/boardwindow.h"

#include "data/connectionkeeper.h"
#include "data/migrator.h"

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

// Logs in without a dialog (scripts, screenshots): libpq supplies the password.
bool loginDirectly(const ConnectionSettings &settings, StaffIdentity &who, QString &why)
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
                                         Tr::tr("Print \"shown\" when the login window is shown, "
                                                "then quit."));
    const QCommandLineOption boardOption(
            QStringLiteral("board"),
            Tr::tr("Show the public board of the branches full screen instead of the main "
                   "window."));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         Tr::tr("With --board: Esc does not close the board."));
    parser.addOptions({userOption, screenshotOption, probeOption, boardOption, kioskOption});
    parser.process(app);

    Language language;
    language.installSaved();

    ConnectionSettings initial = ConnectionSettings::load(QSettings());
    if (initial.user.isEmpty())
        initial.user = qEnvironmentVariable("PGUSER");

    if (parser.isSet(probeOption)) {
        auto *dialog = new LoginDialog(initial, kConnectionName);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QTimer::singleShot(0, dialog, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
        return app.exec();
    }

    ConnectionSettings settings = initial;
    StaffIdentity who;
    bool loggedIn = false;
    if (parser.isSet(userOption)) {
        settings.user = parser.value(userOption);
        QString why;
        loggedIn = loginDirectly(settings, who, why);
        if (!loggedIn)
            std::fprintf(stderr, "motcua: %s\n", qPrintable(why));
    }
    if (!loggedIn) {
        LoginDialog dialog(settings, kConnectionName);
        if (dialog.exec() != QDialog::Accepted)
            return 1;
        settings = dialog.settings();
        who = dialog.identity();
        QSettings stored;
        settings.save(stored);
    }

    auto *keeper = new ConnectionKeeper(settings, kConnectionName, &app);
    std::unique_ptr<QWidget> shown;
    if (parser.isSet(boardOption)) {
        auto board = std::make_unique<BoardWindow>(keeper->database());
        board->setConnectionKeeper(keeper);
        board->setKiosk(parser.isSet(kioskOption));
        board->showFullScreen();
        shown = std::move(board);
    } else {
        shown = std::make_unique<MainWindow>(keeper, who, &language);
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
