// The supervisor workspace against a real server: the branches ranked with
// what they received, the drill-down branch → counter → clerk → dossiers and
// back by keyboard, the formula on screen, a dossier received elsewhere
// reaching the screen live, the overdue list, the weights dialog, and no
// scorecard for clerks.
#include "testdatabase.h"

#include "data/catalog.h"
#include "data/intakerepository.h"
#include "data/live.h"
#include "data/scorecardrepository.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/supervisor/bottleneckpanel.h"
#include "gui/supervisor/compliancepanel.h"
#include "gui/supervisor/reportpanel.h"
#include "gui/supervisor/scorecardmodel.h"
#include "gui/supervisor/supervisorpage.h"
#include "gui/supervisor/weightsdialog.h"

#include <QAction>
#include <QChartView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

const QString kBranchA = QStringLiteral("000.10.31.H29");
const QString kBranchB = QStringLiteral("000.20.31.H29");

IntakeDraft completeDraft(const Procedure &p, const QString &name)
{
    IntakeDraft d;
    d.procedureId = p.id;
    d.procedureCode = p.code;
    d.applicant.fullName = name;
    d.applicant.idNumber = QStringLiteral("079203001234");
    d.applicant.phone = QStringLiteral("0912345678");
    for (const ChecklistItem &c : p.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    return d;
}

// The model row of the entry of this unit (branch level), or -1.
int rowOfUnit(const ScorecardModel *m, int unitId)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->entries().at(r).unitId == unitId)
            return r;
    }
    return -1;
}

qint64 receivedShown(const ScorecardModel *m, int unitId)
{
    const int row = rowOfUnit(m, unitId);
    if (row < 0)
        return -1;
    // What the screen shows, read back as a number.
    return m->index(row, ScorecardModel::Received).data().toString().toLongLong();
}

} // namespace

class TestSupervisor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rankingShowsWhatBranchesReceived();
    void drillDownAndBackByKeyboard();
    void intakeElsewhereUpdatesLive();
    void overdueDossierIsListed();
    void weightsDialogNeedsReason();
    void clerkHasNoScorecard();
    void screenshot();

private:
    struct Clerk
    {
        ConnectionSettings settings;
        StaffIdentity who;
        QSqlDatabase db;
    };
    Clerk clerk(const QString &unitCode, const QString &suffix);
    ReceivedDossier receive(const Clerk &c, const QString &name);
    std::unique_ptr<MainWindow> supervisorWindow(const QString &name);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Session> m_session;
    Clerk m_a;
    Clerk m_b;
    ConnectionSettings m_supervisor;
    ConnectionSettings m_admin;
    Procedure m_procedure;
    QList<ReceivedDossier> m_receivedA;
};

void TestSupervisor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotcuaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_supervisor"));
    QSettings().remove(QStringLiteral("supervisor"));
    MOTCUA_REQUIRE_SERVER();
    m_language = std::make_unique<Language>();
    m_language->switchTo(QStringLiteral("en"));
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_a = clerk(kBranchA, QStringLiteral("_a"));
    m_b = clerk(kBranchB, QStringLiteral("_b"));
    QVERIFY(m_a.who.unitId != m_b.who.unitId);
    m_supervisor = m_db->createStaff(QStringLiteral("supervisor"));
    m_admin = m_db->createStaff(QStringLiteral("admin"));

    auto procedures = CatalogRepository(m_a.db).proceduresInForce(QDate::currentDate());
    QVERIFY(procedures.ok());
    for (const Procedure &p : *procedures) {
        if (p.processingUnit == QLatin1String("working_days") && !p.cutoff.isValid()) {
            m_procedure = p;
            break;
        }
    }
    QVERIFY(m_procedure.id > 0);
    for (const QString &name : {QStringLiteral("Nguyễn Văn An"),
                                QStringLiteral("Trần Thị Bình"),
                                QStringLiteral("Lê Văn Cường")})
        m_receivedA << receive(m_a, name);
    receive(m_b, QStringLiteral("Phạm Thị Dung"));
    receive(m_b, QStringLiteral("Võ Minh Em"));
}

void TestSupervisor::cleanupTestCase()
{
    m_session.reset();
    m_db.reset();
}

TestSupervisor::Clerk TestSupervisor::clerk(const QString &unitCode, const QString &suffix)
{
    Clerk c;
    c.settings = m_db->createStaff(QStringLiteral("clerk"), unitCode, suffix);
    auto db = c.settings.open(QStringLiteral("supervisor_clerk") + suffix);
    if (!db)
        return c;
    c.db = *db;
    if (auto who = StaffIdentity::load(c.db))
        c.who = *who;
    return c;
}

ReceivedDossier TestSupervisor::receive(const Clerk &c, const QString &name)
{
    IntakeRepository repo(c.db);
    auto r = repo.receive(completeDraft(m_procedure, name),
                          m_procedure,
                          {c.who.unitId, c.who.counterId},
                          QDateTime::currentDateTime(),
                          120);
    if (!r) {
        qWarning() << r.error().describe();
        return {};
    }
    return *r;
}

std::unique_ptr<MainWindow> TestSupervisor::supervisorWindow(const QString &name)
{
    m_session.reset();
    if (!m_supervisor.open(name).ok())
        return nullptr;
    auto who = StaffIdentity::load(QSqlDatabase::database(name, false));
    if (!who)
        return nullptr;
    m_session = std::make_unique<Session>(m_supervisor, name, *who);
    auto w = std::make_unique<MainWindow>(m_session.get(), m_language.get());
    w->resize(1366, 768);
    w->show();
    if (!QTest::qWaitForWindowActive(w.get()))
        return nullptr;
    QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
    return w;
}

void TestSupervisor::rankingShowsWhatBranchesReceived()
{
    auto w = supervisorWindow(QStringLiteral("sv_rank"));
    QVERIFY(w);
    SupervisorPage *page = w->supervisorPage();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    const ScorecardModel *m = page->rankingModel();
    QTRY_VERIFY(m->rowCount() >= 2);
    QCOMPARE(receivedShown(m, m_a.who.unitId), 3);
    QCOMPARE(receivedShown(m, m_b.who.unitId), 2);
    // In rank order; the branch with the most received ranks above the other.
    for (int r = 1; r < m->rowCount(); ++r) {
        if (m->entries().at(r).score)
            QVERIFY(m->entries().at(r - 1).rank <= m->entries().at(r).rank);
    }
    QCOMPARE(m->index(rowOfUnit(m, m_a.who.unitId), ScorecardModel::ReceivedInPerson)
                     .data(Qt::UserRole)
                     .toLongLong(),
             3);
    QVERIFY(m->index(rowOfUnit(m, m_a.who.unitId), ScorecardModel::ServiceMedian)
                    .data()
                    .toString()
                    .contains(QLatin1Char(':')));

    // The formula with the weights in force, on screen.
    auto weights = ScorecardRepository(m_session->primary()).weights();
    QVERIFY(weights.ok());
    const QString formula = page->formulaText();
    QCOMPARE(formula, weights->formula());
    QVERIFY2(formula.contains(QString::number(weights->onTime, 'g', 4)), qPrintable(formula));
    QVERIFY2(formula.contains(QString::number(weights->satisfaction, 'g', 4)), qPrintable(formula));
    QVERIFY2(page->freshnessText().contains(QLatin1String("Live (primary)")),
             qPrintable(page->freshnessText()));
    QVERIFY(page->chartView()->chart());
    QVERIFY(!page->chartView()->chart()->series().isEmpty());
    // The review panels are tabs of the workspace, after the ranking and the overdue list.
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->count(), 6);
    QVERIFY(page->findChild<CompliancePanel *>());
    QVERIFY(page->findChild<BottleneckPanel *>());
    QVERIFY(page->findChild<ReportPanel *>());
    // Supervisors do not change the weights.
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("weightsButton"))->isVisible());
}

void TestSupervisor::drillDownAndBackByKeyboard()
{
    auto w = supervisorWindow(QStringLiteral("sv_drill"));
    QVERIFY(w);
    SupervisorPage *page = w->supervisorPage();
    auto *view = page->findChild<QTableView *>(QStringLiteral("rankingView"));
    const ScorecardModel *m = page->rankingModel();
    QTRY_VERIFY(rowOfUnit(m, m_a.who.unitId) >= 0);

    // Branch → its counters.
    view->setFocus();
    view->setCurrentIndex(m->index(rowOfUnit(m, m_a.who.unitId), 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(page->depth(), 1);
    QCOMPARE(m->level(), ScorecardLevel::Counter);
    QVERIFY2(page->breadcrumb().contains(ScorecardModel::shortUnitName(m_a.who.unitName)),
             qPrintable(page->breadcrumb()));
    int counterRow = -1;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->entries().at(r).counterId == m_a.who.counterId)
            counterRow = r;
    }
    QVERIFY(counterRow >= 0);
    QCOMPARE(m->index(counterRow, ScorecardModel::Received).data(Qt::UserRole).toLongLong(), 3);

    // Counter → its clerks.
    view->setCurrentIndex(m->index(counterRow, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(page->depth(), 2);
    QCOMPARE(m->level(), ScorecardLevel::Clerk);
    int clerkRow = -1;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->entries().at(r).clerk == m_a.settings.user)
            clerkRow = r;
    }
    QVERIFY(clerkRow >= 0);
    QCOMPARE(m->index(clerkRow, ScorecardModel::Received).data(Qt::UserRole).toLongLong(), 3);

    // Clerk → the dossiers received.
    view->setCurrentIndex(m->index(clerkRow, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(page->depth(), 3);
    QVERIFY(page->showingDossiers());
    QCOMPARE(view->model(), page->dossierModel());
    QCOMPARE(page->dossierModel()->rowCount(), 3);
    QStringList codes;
    for (const OverdueDossier &d : page->dossierModel()->dossiers())
        codes << d.code;
    for (const ReceivedDossier &r : std::as_const(m_receivedA))
        QVERIFY2(codes.contains(r.code), qPrintable(r.code));

    // A dossier opens in the handover workspace.
    QSignalSpy opened(page, &SupervisorPage::openDossier);
    view->setCurrentIndex(page->dossierModel()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), page->dossierModel()->dossiers().first().id);
    QVERIFY(!page->isVisible()); // the handover workspace is shown now
    QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
    QVERIFY(page->isVisible());

    // Back up: Backspace, Alt+Left, the Back button.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Backspace);
    QCOMPARE(page->depth(), 2);
    QCOMPARE(view->model(), page->rankingModel());
    QCOMPARE(view->currentIndex().row(), clerkRow); // where we came from
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(page->depth(), 1);
    page->findChild<QToolButton *>(QStringLiteral("backButton"))->click();
    QCOMPARE(page->depth(), 0);
    QCOMPARE(m->level(), ScorecardLevel::Branch);
    QCOMPARE(view->currentIndex().row(), rowOfUnit(m, m_a.who.unitId));
}

void TestSupervisor::intakeElsewhereUpdatesLive()
{
    auto w = supervisorWindow(QStringLiteral("sv_live"));
    QVERIFY(w);
    SupervisorPage *page = w->supervisorPage();
    const ScorecardModel *m = page->rankingModel();
    QTRY_VERIFY(rowOfUnit(m, m_b.who.unitId) >= 0);
    const qint64 before = receivedShown(m, m_b.who.unitId);
    QVERIFY(before >= 2);

    // Another counter, another connection: receive and announce.
    QVERIFY(receive(m_b, QStringLiteral("Đặng Văn Phúc")).id > 0);
    LiveNotifier notifier(m_b.db);
    notifier.changed(QStringLiteral("intake:%1").arg(m_b.who.unitId));
    QVERIFY(notifier.flush());
    QTRY_COMPARE_WITH_TIMEOUT(receivedShown(m, m_b.who.unitId), before + 1, 1500);
}

void TestSupervisor::overdueDossierIsListed()
{
    QVERIFY(!m_receivedA.isEmpty());
    const ReceivedDossier late = m_receivedA.first();
    QSqlQuery q(m_db->open(QStringLiteral("overdue")));
    q.prepare(QStringLiteral("UPDATE dossiers SET due_at = now() - interval '2 days 3 hours' "
                             "WHERE id = ?"));
    q.addBindValue(late.id);
    QVERIFY_SQL(q, exec());
    QCOMPARE(q.numRowsAffected(), 1);

    auto w = supervisorWindow(QStringLiteral("sv_overdue"));
    QVERIFY(w);
    SupervisorPage *page = w->supervisorPage();
    const DossierListModel *overdue = page->overdueModel();
    QTRY_VERIFY(overdue->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < overdue->rowCount(); ++r) {
        if (overdue->dossiers().at(r).id == late.id)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(overdue->dossiers().at(row).code, late.code);
    const QString lateBy = overdue->index(row, DossierListModel::Late).data().toString();
    QVERIFY2(lateBy.startsWith(QLatin1String("2 d 3 h")), qPrintable(lateBy));

    auto *view = page->findChild<QTableView *>(QStringLiteral("overdueView"));
    QSignalSpy opened(page, &SupervisorPage::openDossier);
    emit view->activated(overdue->index(row, 0));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), late.id);
}

void TestSupervisor::weightsDialogNeedsReason()
{
    QVERIFY(m_admin.open(QStringLiteral("sv_admin")).ok());
    auto who = StaffIdentity::load(QSqlDatabase::database(QStringLiteral("sv_admin"), false));
    QVERIFY(who.ok());
    Session session(m_admin, QStringLiteral("sv_admin"), *who);
    SupervisorPage page(&session);
    page.resize(1366, 700);
    page.show();
    QTRY_VERIFY(!page.formulaText().isEmpty());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("weightsButton"))->isVisible());

    WeightsDialog *dialog = page.openWeightsDialog();
    QVERIFY(dialog->isVisible());
    ScoreWeights w;
    w.onTime = 50;
    w.satisfaction = 30;
    w.volume = 10;
    w.tripsSpared = 10;
    dialog->setWeights(w);
    dialog->accept(); // no reason
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")));

    dialog->setReason(QStringLiteral("Quý mới: trọng số đúng hạn cao hơn"));
    QSignalSpy refreshed(&page, &SupervisorPage::refreshed);
    dialog->accept();
    QTRY_VERIFY(refreshed.count() > 0);
    QVERIFY2(page.formulaText().contains(QStringLiteral("50 ×")), qPrintable(page.formulaText()));
    auto saved = ScorecardRepository(session.primary()).weights();
    QVERIFY(saved.ok());
    QCOMPARE(saved->onTime, 50.0);
}

void TestSupervisor::clerkHasNoScorecard()
{
    QVERIFY(m_a.settings.open(QStringLiteral("sv_clerk")).ok());
    Session session(m_a.settings, QStringLiteral("sv_clerk"), m_a.who);
    MainWindow w(&session, m_language.get());
    QVERIFY(!w.supervisorPage());
    auto *action = w.findChild<QAction *>(QStringLiteral("supervisorAction"));
    QVERIFY(action);
    QVERIFY(!action->isVisible());
    QVERIFY(!action->isEnabled());
}

// With MOTCUA_SCREENSHOT_DIR set, saves the workspace at 1366×768.
void TestSupervisor::screenshot()
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MOTCUA_SCREENSHOT_DIR not set");
    auto w = supervisorWindow(QStringLiteral("sv_shot"));
    QVERIFY(w);
    SupervisorPage *page = w->supervisorPage();
    QTRY_VERIFY(page->rankingModel()->rowCount() > 0);
    QTest::qWait(100); // layouts settle after the labels got their text
    QVERIFY(w->grab().save(dir + QStringLiteral("/supervisor-ranking.png")));
    page->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    QTest::qWait(100);
    QVERIFY(w->grab().save(dir + QStringLiteral("/supervisor-overdue.png")));
}

QTEST_MAIN(TestSupervisor)
#include "test_supervisor.moc"
