#include "wanbench.h"

#include "benchdb.h"
#include "delayproxy.h"

#include "data/connectionkeeper.h"
#include "data/dossierrepository.h"
#include "data/session.h"
#include "gui/handover/dossierview.h"
#include "gui/handover/handoverpage.h"
#include "gui/intake/applicantform.h"
#include "gui/intake/checklistmodel.h"
#include "gui/intake/intakepage.h"
#include "gui/language.h"
#include "gui/login/logindialog.h"
#include "gui/mainwindow.h"
#include "gui/supervisor/supervisorpage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace Motcua::Bench {

namespace {

const QString kDatabase = QStringLiteral("motcua_bench_wan");
const QString kClerkConnection = QStringLiteral("main"); // the desktop's own name
const QString kSupervisorConnection = QStringLiteral("wan_supervisor");
// The birth registration of the demo catalogue, as in the intake tests.
const QString kProcedure = QStringLiteral("1.001193");
// The connection keeper probes every 3 s (one round trip each); held off so
// that no probe lands at random in a measured action.
constexpr int kKeeperIdleMs = 3600 * 1000;

// The longest the event loop went without running: the longest gap between
// the ticks of a 1 ms timer (a loop that runs at once ticks every ~1 ms).
class LoopProbe : public QObject
{
public:
    LoopProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_since.start();
        m_timer.start();
    }
    void reset()
    {
        m_since.restart();
        m_max = 0;
    }
    double maxGapMs()
    {
        tick();
        return m_max;
    }

private:
    void tick()
    {
        m_max = std::max(m_max, m_since.nsecsElapsed() / 1e6);
        m_since.restart();
    }

    QTimer m_timer;
    QElapsedTimer m_since;
    double m_max = 0;
};

// Sets *painted once the widget has painted a frame after being watched.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, bool *painted)
        : QObject(widget)
        , m_painted(painted)
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) // the paint runs after the filter
            QTimer::singleShot(0, watched, [painted = m_painted] { *painted = true; });
        return false;
    }

private:
    bool *m_painted;
};

// Runs the event loop until `done` holds (checked every millisecond).
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

struct Window
{
    double ms = -1;
    DelayProxy::Counts counts; // during the action and what it set off
    double frameMaxMs = 0;
};

class Runner
{
public:
    Runner(DelayProxy &proxy, QTextStream &err, bool tracing)
        : m_proxy(proxy)
        , m_err(err)
        , m_tracing(tracing)
    {}

    // Waits until nothing moved through the proxy for longer than any timer
    // of the app coalesces (live updates: 200 and 300 ms).
    bool settle()
    {
        const int quiet = 600 + m_proxy.rttMs();
        return waitUntil([this, quiet] { return m_proxy.quietMs() >= quiet; }, 60000);
    }

    // From the event loop: starts the clock, runs `action` and measures until
    // `done` holds; counts the round trips until the proxy is quiet again, so
    // that what the action sets off (a coalesced NOTIFY) is its own.
    std::optional<Window> measure(const QString &name,
                                  const std::function<void()> &action,
                                  const std::function<bool()> &done)
    {
        if (!settle()) {
            m_err << "wan: the connections never went quiet before " << name << '\n';
            return std::nullopt;
        }
        if (m_tracing)
            m_err << "wan: --- " << name << " ---\n";
        m_err.flush();
        const DelayProxy::Counts before = m_proxy.counts();
        m_probe.reset();
        QElapsedTimer clock;
        double doneAt = -1;
        auto check = [&] {
            if (doneAt < 0 && clock.isValid() && done())
                doneAt = clock.nsecsElapsed() / 1e6;
            return doneAt >= 0;
        };
        QTimer::singleShot(0, qApp, [&] {
            clock.start();
            action();
            check();
        });
        if (!waitUntil(check, 120000)) {
            m_err << "wan: " << name << " did not complete\n";
            return std::nullopt;
        }
        settle();
        Window w;
        w.ms = doneAt;
        w.frameMaxMs = m_probe.maxGapMs();
        const DelayProxy::Counts after = m_proxy.counts();
        w.counts.roundTrips = after.roundTrips - before.roundTrips;
        w.counts.startupRoundTrips = after.startupRoundTrips - before.startupRoundTrips;
        w.counts.connections = after.connections - before.connections;
        w.counts.bytesToServer = after.bytesToServer - before.bytesToServer;
        w.counts.bytesToClient = after.bytesToClient - before.bytesToClient;
        m_err << QStringLiteral("wan: %1 %2 ms, %3 round trips (+%4 of start-up on %5 new "
                                "connections), %6 B up, %7 B down, event loop held %8 ms\n")
                         .arg(name)
                         .arg(w.ms, 0, 'f', 1)
                         .arg(w.counts.roundTrips)
                         .arg(w.counts.startupRoundTrips)
                         .arg(w.counts.connections)
                         .arg(w.counts.bytesToServer)
                         .arg(w.counts.bytesToClient)
                         .arg(w.frameMaxMs, 0, 'f', 1);
        m_err.flush();
        return w;
    }

private:
    DelayProxy &m_proxy;
    QTextStream &m_err;
    bool m_tracing;
    LoopProbe m_probe;
};

// A LOGIN role of `job` with a password of its own and its staff row in the
// first unit of `unitKind` (a clerk at the unit's first counter). Roles are
// cluster-wide: one left by an earlier run gets a new password.
DbResult<ConnectionSettings> addStaff(QSqlDatabase db,
                                      ConnectionSettings login,
                                      const QString &role,
                                      const QString &job,
                                      const QString &unitKind)
{
    login.user = role;
    login.password = QString::number(QRandomGenerator::global()->generate64(), 36);
    QSqlQuery q(db);
    const QString create = QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE motcua_%3");
    const QString alter = QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'");
    const QString grant = QStringLiteral("GRANT motcua_%2 TO %1");
    if (!q.exec(create.arg(role, login.password, job))
        && (!q.exec(alter.arg(role, login.password)) || !q.exec(grant.arg(role, job))))
        return DbError::fromSql(q.lastError());
    q.prepare(QStringLiteral(
            "INSERT INTO staff (role_name, full_name, unit_id, counter_id, job) "
            "SELECT ?, ?, u.id, CASE WHEN ? = 'clerk' THEN (SELECT c.id FROM counters c "
            "    WHERE c.unit_id = u.id ORDER BY c.number LIMIT 1) END, ? "
            "FROM units u WHERE u.kind = ? ORDER BY u.id LIMIT 1"));
    for (const QString &v : {role, QStringLiteral("Bench ") + job, job, job, unitKind})
        q.addBindValue(v);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    return login;
}

// The dossier goes to its department, which processes it and sends the
// result back to the counter (off the clock, not through the proxy).
DbStatus makeReady(const ConnectionSettings &supervisor, const QString &code)
{
    DbStatus status = Done{};
    {
        auto db = supervisor.open(QStringLiteral("wan_department"));
        if (!db)
            return db.error();
        auto who = StaffIdentity::load(*db);
        if (!who)
            return who.error();
        DossierRepository repo(*db, *who);
        auto d = repo.load(code);
        for (DossierAction a :
             {DossierAction::Transfer, DossierAction::StartProcessing, DossierAction::MarkReady}) {
            if (d)
                d = repo.apply(d->summary.id, d->version, a, {});
        }
        if (!d)
            status = d.error();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wan_department"));
    return status;
}

QString formatMs(double ms)
{
    return QString::number(ms, 'f', 1);
}

} // namespace

int runWanBench(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    auto admin = adminSettings(args);
    if (!admin) {
        err << "wan: " << admin.error().describe() << '\n';
        return 3;
    }
    int rtt = 50;
    bool tracing = false;
    for (int i = 0; i < args.size(); ++i) {
        bool ok = false;
        if (args[i] == QLatin1String("--rtt") && i + 1 < args.size())
            rtt = args[++i].toInt(&ok);
        else if (args[i] == QLatin1String("--trace"))
            ok = tracing = true;
        if (!ok || rtt < 0) {
            err << "wan: unknown argument " << args[i] << '\n';
            return 2;
        }
    }
    // The app's drafts, outbox and settings go to a directory of the run's own.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));

    DelayProxy proxy(admin->hosts, admin->ports, rtt);
    if (tracing) {
        proxy.setTrace([](qint64 connection, bool startup, const QString &sent) {
            std::fprintf(stderr,
                         "wan: rt conn %lld%s %s\n",
                         connection,
                         startup ? " start-up" : "",
                         qPrintable(sent));
        });
    }
    if (QString why; !proxy.start(&why)) {
        err << "wan: proxy: " << why << '\n';
        return 3;
    }

    err << "wan: preparing " << kDatabase << " (migrated, demo data)\n";
    err.flush();
    if (DbStatus created = freshDemoDatabase(*admin, kDatabase); !created) {
        err << "wan: " << created.error().describe() << '\n';
        return 3;
    }
    ConnectionSettings far = *admin; // through the proxy
    far.database = kDatabase;
    far.hosts = QStringLiteral("127.0.0.1");
    far.ports = QString::number(proxy.port());
    far.extra.remove(QStringLiteral("hostaddr"));
    far.applicationName = ConnectionSettings().applicationName;
    DbResult<ConnectionSettings> clerk = DbError();
    DbResult<ConnectionSettings> supervisor = DbError();
    {
        ConnectionSettings s = *admin;
        s.database = kDatabase;
        auto db = s.open(QStringLiteral("wan_admin"));
        if (!db) {
            err << "wan: " << db.error().describe() << '\n';
            return 3;
        }
        clerk = addStaff(*db,
                         far,
                         QStringLiteral("wan_clerk"),
                         QStringLiteral("clerk"),
                         QStringLiteral("branch"));
        supervisor = addStaff(*db,
                              far,
                              QStringLiteral("wan_supervisor"),
                              QStringLiteral("supervisor"),
                              QStringLiteral("center"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wan_admin"));
    for (const auto *login : {&clerk, &supervisor}) {
        if (!*login) {
            err << "wan: " << login->error().describe() << '\n';
            return 3;
        }
    }
    ConnectionSettings supervisorNear = *supervisor; // straight to the server
    supervisorNear.hosts = proxy.serverHost();
    supervisorNear.ports = QString::number(proxy.serverPort());

    Runner runner(proxy, err, tracing);
    Language language;
    language.installSaved();
    auto fail = [&err](const QString &what) {
        err << "wan: " << what << '\n';
        return 3;
    };

    // 1. Login: Enter in the login dialog, then what runDesktop does once the
    // dialog is accepted, until the main window has painted the intake page.
    ConnectionSettings typed = *clerk;
    typed.password.clear();
    LoginDialog dialog(typed, kClerkConnection);
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    passwordEdit->setText(clerk->password);
    std::unique_ptr<MainWindow> window;
    bool painted = false;
    QObject::connect(&dialog, &QDialog::accepted, &dialog, [&] {
        // As the desktop does after a login: a session for the staff window.
        auto *session = new Session(dialog.settings(), kClerkConnection, dialog.identity(), qApp);
        session->keeper()->setInterval(kKeeperIdleMs);
        window = std::make_unique<MainWindow>(session, &language);
        new PaintWatch(window.get(), &painted);
        window->resize(1366, 768);
        window->show();
    });
    dialog.show();
    const auto login = runner.measure(
            QStringLiteral("login"),
            [passwordEdit] {
                QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
                QApplication::sendEvent(passwordEdit, &press);
                QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
                QApplication::sendEvent(passwordEdit, &release);
            },
            [&] { return painted && window->intakePage() && window->intakePage()->isVisible(); });
    if (!login)
        return fail(QStringLiteral("login: ")
                    + dialog.findChild<QWidget *>(QStringLiteral("errorLabel"))
                              ->property("text")
                              .toString());

    // 2. An intake typed in full (off the clock), received with the button.
    IntakePage *intake = window->intakePage();
    intake->setPreviewOpener([](std::shared_ptr<QTextDocument>) {}); // no printer here
    Applicant applicant;
    applicant.fullName = QStringLiteral("Trần Thị Bích Ngọc");
    applicant.idNumber = QStringLiteral("079190001234");
    applicant.birthDate = QDate(1990, 3, 15);
    applicant.phone = QStringLiteral("0912345678");
    applicant.province = QStringLiteral("TP Hồ Chí Minh");
    applicant.ward = QStringLiteral("Phường Bến Thành");
    applicant.street = QStringLiteral("12 Lê Lợi");
    intake->findChild<ApplicantForm *>()->setApplicant(applicant);
    if (!intake->chooseProcedure(kProcedure))
        return fail(QStringLiteral("no procedure %1 in the catalogue").arg(kProcedure));
    QAbstractItemModel *checklist
            = intake->findChild<QTableView *>(QStringLiteral("checklistView"))->model();
    for (int row = 0; row < checklist->rowCount(); ++row)
        checklist->setData(checklist->index(row, ChecklistModel::DocumentColumn),
                           Qt::Checked,
                           Qt::CheckStateRole);
    if (!intake->verdict().complete)
        return fail(QStringLiteral("the intake's checklist is not complete"));
    auto *receiveButton = intake->findChild<QPushButton *>(QStringLiteral("receiveButton"));
    const auto received = runner.measure(
            QStringLiteral("intake"),
            [receiveButton] { receiveButton->click(); },
            [intake] { return intake->lastReceived().has_value(); });
    if (!received)
        return fail(QStringLiteral("intake: the server issued no code"));
    const QString code = intake->lastReceived()->code;
    if (DbStatus ready = makeReady(supervisorNear, code); !ready)
        return fail(ready.error().describe());

    // 3. The citizen comes back: the receipt's code is scanned on the
    // handover page.
    window->findChild<QAction *>(QStringLiteral("handoverAction"))->trigger();
    HandoverPage *handover = window->handoverPage();
    DossierView *view = handover->dossierView();
    const auto lookup = runner.measure(
            QStringLiteral("lookup"),
            [handover, code] { handover->openCode(code); },
            [view, code] { return view->dossier() && view->dossier()->summary.code == code; });
    if (!lookup)
        return fail(QStringLiteral("lookup: %1 was not opened").arg(code));

    // 4. The result handed over to the applicant, identity checked.
    QDialog *handoverDialog = view->startAction(DossierAction::Return);
    if (!handoverDialog)
        return fail(QStringLiteral("handover: %1 is not ready for return").arg(code));
    handoverDialog->findChild<QCheckBox *>(QStringLiteral("identityCheck"))->setChecked(true);
    QPushButton *handOver
            = handoverDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const auto returned = runner.measure(
            QStringLiteral("handover"),
            [handOver] { handOver->click(); },
            [view] {
                return view->dossier() && view->dossier()->summary.state == DossierState::Returned;
            });
    if (!returned)
        return fail(QStringLiteral("handover: %1 was not returned").arg(code));

    // 5. A supervisor's window (logged in off the clock) refreshes the scorecard.
    window->hide();
    auto supervisorDb = supervisor->open(kSupervisorConnection);
    if (!supervisorDb)
        return fail(supervisorDb.error().describe());
    auto supervisorWho = StaffIdentity::load(*supervisorDb);
    if (!supervisorWho)
        return fail(supervisorWho.error().describe());
    auto *supervisorSession = new Session(*supervisor, kSupervisorConnection, *supervisorWho, qApp);
    supervisorSession->keeper()->setInterval(kKeeperIdleMs);
    MainWindow board(supervisorSession, &language);
    board.resize(1366, 768);
    board.show();
    board.findChild<QAction *>(QStringLiteral("supervisorAction"))->trigger();
    SupervisorPage *scorecard = board.supervisorPage();
    int refreshes = 0;
    QObject::connect(scorecard, &SupervisorPage::refreshed, &board, [&refreshes] { ++refreshes; });
    if (!waitUntil([&refreshes] { return refreshes > 0; }, 60000))
        return fail(QStringLiteral("scorecard: the supervisor page never showed its figures"));
    int before = 0;
    const auto refreshed = runner.measure(
            QStringLiteral("scorecard"),
            [scorecard, &before, &refreshes] {
                before = refreshes;
                scorecard->refresh();
            },
            [&before, &refreshes] { return refreshes > before; });
    if (!refreshed)
        return fail(QStringLiteral("scorecard: no refresh"));

    out << "rtt_ms=" << rtt;
    const std::pair<const char *, const std::optional<Window> *> windows[]
            = {{"login", &login},
               {"intake", &received},
               {"lookup", &lookup},
               {"handover", &returned},
               {"scorecard", &refreshed}};
    double frameMax = 0;
    for (const auto &[name, w] : windows) {
        out << ' ' << name << "_ms=" << formatMs((*w)->ms) << ' ' << name
            << "_rt=" << (*w)->counts.roundTrips;
        frameMax = std::max(frameMax, (*w)->frameMaxMs);
    }
    out << '\n' << "frame_max_ms=" << formatMs(frameMax) << '\n';
    out.flush();
    return 0;
}

} // namespace Motcua::Bench
