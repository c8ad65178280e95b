// The handover workspace driven like a clerk at the counter: a scanner types
// the dossier code and Enter into whatever has the focus, the result is
// handed to an authorised person, and the citizen rates it with key 1 on the
// counter's rating terminal, which the clerk's view then shows; actions follow the
// lifecycle, a stale view gets the conflict and reloads; the control sheet
// and the register are printed and exported. A hall kiosk rates a receipt
// later by its scanned code.
#include "testdatabase.h"

#include "core/centertime.h"

#include "data/catalog.h"
#include "data/dossierrepository.h"
#include "data/intakerepository.h"
#include "data/live.h"
#include "data/ratingrepository.h"
#include "gui/handover/actionreasondialog.h"
#include "gui/handover/dossierview.h"
#include "gui/handover/handoverdialog.h"
#include "gui/handover/handoverpage.h"
#include "gui/handover/registerpage.h"
#include "gui/printing/dossierforms.h"
#include "gui/rating/ratingkioskwindow.h"
#include "gui/rating/ratingterminalwindow.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

const QString kClerk = QStringLiteral("handover_clerk");

// keyClicks aborts on characters outside Latin-1 on Qt 6.4.
void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClicks(w, QString(ch));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// What a barcode scanner does: the code's keys and Enter into the focus widget.
void scan(const QString &code)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY(w);
    typeText(w, code);
    QTest::keyClick(w, Qt::Key_Return);
}

// In reading order, so that a cell's text wrapped over lines reads as one.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(20000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scannerOpensDossierFromAnyField_data();
    void scannerOpensDossierFromAnyField();
    void returnToAuthorisedPersonAndRate();
    void kioskRatesByScannedReceipt();
    void illegalActionNotOffered();
    void reasonRequiredAtField();
    void staleViewGetsConflictAndReloads();
    void controlSheetListsEveryEvent();
    void extensionOffersApology();
    void registerOfUnitToday();

private:
    DossierDetail receive(const QString &name, const QString &idNumber);
    DossierDetail advance(DossierDetail d, const QString &who, DossierAction a);
    DossierRepository repoAs(const QString &who);
    std::unique_ptr<HandoverPage> makePage();
    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    Procedure m_procedure;
    StaffIdentity m_who;
    QString m_returnedCode;
    QTemporaryDir m_dir;
};

void TestHandover::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("clerk"), m_db->createStaff(QStringLiteral("clerk")));
    m_staff.insert(QStringLiteral("clerk2"),
                   m_db->createStaff(QStringLiteral("clerk"), {}, QStringLiteral("2")));
    auto db = m_staff.value(QStringLiteral("clerk")).open(kClerk);
    QVERIFY(db.ok());
    m_who = *StaffIdentity::load(*db);
    auto procedures = CatalogRepository(*db).proceduresInForce(QDate::currentDate());
    QVERIFY(procedures.ok());
    m_procedure = procedures->first();
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT code FROM units WHERE id = ?"));
    q.addBindValue(m_procedure.departmentId);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    m_staff.insert(QStringLiteral("department"),
                   m_db->createStaff(QStringLiteral("department"), q.value(0).toString()));
}

void TestHandover::cleanupTestCase()
{
    m_db.reset();
}

DossierRepository TestHandover::repoAs(const QString &who)
{
    const QString conn = QStringLiteral("handover_") + who;
    QSqlDatabase db = QSqlDatabase::contains(conn) ? QSqlDatabase::database(conn)
                                                   : *m_staff.value(who).open(conn);
    return DossierRepository(db, *StaffIdentity::load(db));
}

DossierDetail TestHandover::receive(const QString &name, const QString &idNumber)
{
    IntakeDraft d;
    d.procedureId = m_procedure.id;
    d.applicant.fullName = name;
    d.applicant.idNumber = idNumber;
    for (const ChecklistItem &c : m_procedure.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    auto r = IntakeRepository(QSqlDatabase::database(kClerk))
                     .receive(d,
                              m_procedure,
                              {m_who.unitId, m_who.counterId},
                              QDateTime::currentDateTime(),
                              60);
    if (!r)
        qWarning() << r.error().describe();
    return *repoAs(QStringLiteral("clerk")).load(r->code);
}

DossierDetail TestHandover::advance(DossierDetail d, const QString &who, DossierAction a)
{
    auto r = repoAs(who).apply(d.summary.id, d.version, a, {});
    if (!r)
        qWarning() << r.error().describe();
    return r ? *r : d;
}

std::unique_ptr<HandoverPage> TestHandover::makePage()
{
    auto page = std::make_unique<HandoverPage>(QSqlDatabase::database(kClerk), m_who);
    page->resize(1366, 768);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get()))
        qWarning("the page did not become active");
    return page;
}

void TestHandover::scannerOpensDossierFromAnyField_data()
{
    QTest::addColumn<QString>("focus");
    QTest::newRow("search field") << "searchEdit";
    QTest::newRow("search field holding an earlier code") << "searchEdit+old";
    QTest::newRow("results list") << "resultsTable";
    QTest::newRow("control sheet table") << "eventsTable";
    QTest::newRow("find button") << "searchButton";
}

void TestHandover::scannerOpensDossierFromAnyField()
{
    QFETCH(QString, focus);
    const DossierDetail d = receive(QStringLiteral("Đỗ Thị Hà"), QStringLiteral("079303004444"));
    auto page = makePage();
    if (focus.endsWith(QLatin1String("+old"))) {
        page->searchField()->setText(QStringLiteral("000.00.31.H29-250101-0001"));
        focus.chop(4);
    }
    auto *target = page->findChild<QWidget *>(focus);
    QVERIFY(target);
    target->setFocus();
    QCOMPARE(QApplication::focusWidget(), target);
    scan(d.summary.code.toLower());
    QVERIFY(page->dossierView()->dossier().has_value());
    QCOMPARE(page->dossierView()->dossier()->summary.code, d.summary.code);
    QCOMPARE(page->searchField()->text(), d.summary.code);
}

void TestHandover::returnToAuthorisedPersonAndRate()
{
    DossierDetail d = receive(QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("079203001111"));
    d = advance(d, QStringLiteral("clerk"), DossierAction::Transfer);
    d = advance(d, QStringLiteral("department"), DossierAction::StartProcessing);
    d = advance(d, QStringLiteral("department"), DossierAction::MarkReady);
    QCOMPARE(d.summary.state, DossierState::Ready);
    m_returnedCode = d.summary.code;

    auto page = makePage();
    page->focusSearch();
    scan(d.summary.code);
    DossierView *view = page->dossierView();
    QVERIFY(view->dossier());
    QCOMPARE(view->dossier()->summary.id, d.summary.id);
    QVERIFY(view->offeredActions().contains(DossierAction::Return));
    QPushButton *returnButton = view->actionButton(DossierAction::Return);
    QVERIFY(returnButton);
    QVERIFY(returnButton->isVisible());
    page->grab().save(m_dir.filePath(QStringLiteral("handover-ready.png")));

    // The rating terminal facing the citizen at the clerk's counter, following
    // the live notifications only (no fallback polling during the test).
    const ConnectionSettings device
            = m_db->createRatingDevice(QStringLiteral("counter"), m_who.counterId);
    auto terminalDb = device.open(QStringLiteral("handover_terminal"));
    QVERIFY(terminalDb.ok());
    auto deviceInfo = RatingRepository(*terminalDb).terminal();
    QVERIFY(deviceInfo.ok());
    RatingTerminalWindow terminal(*terminalDb, *deviceInfo);
    terminal.setPollInterval(3600 * 1000);
    terminal.resize(1280, 800);
    terminal.show();
    QVERIFY(terminal.isListening());
    LiveNotifier notifier(QSqlDatabase::database(kClerk));
    page->setLiveNotifier(&notifier);
    const int refreshesBefore = terminal.refreshCount();

    QTest::mouseClick(returnButton, Qt::LeftButton);
    auto *dialog = view->findChild<HandoverDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("authorisedRadio")),
                      Qt::LeftButton);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("collectorNameEdit"));
    auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("collectorIdEdit"));
    auto *auth = dialog->findChild<QLineEdit *>(QStringLiteral("authorisationEdit"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    typeText(name, QStringLiteral("Phạm Thị Ủy Quyền"));
    typeText(id, QStringLiteral("07908500123")); // 11 digits
    typeText(auth, QStringLiteral("GUQ 12/2026"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!id->toolTip().isEmpty());
    QTest::keyClick(id, Qt::Key_End);
    typeText(id, QStringLiteral("4")); // 079085001234: TP HCM, male, 1985
    QTest::mouseClick(ok, Qt::LeftButton);

    // The clerk's screen no longer asks for a rating: the citizen's terminal does.
    QTRY_COMPARE(view->dossier()->summary.state, DossierState::Returned);
    QVERIFY(view->message().contains(QLatin1String("terminal")));
    QTRY_VERIFY(terminal.refreshCount() > refreshesBefore); // the notification
    QTRY_VERIFY(terminal.isAsking() && terminal.request()
                && terminal.request()->dossierId == d.summary.id
                && terminal.request()->occasion == RatingOccasion::Handover);
    QCOMPARE(terminal.request()->clerkName, m_who.fullName);
    terminal.grab().save(m_dir.filePath(QStringLiteral("rating.png")));
    QTest::keyClick(&terminal, Qt::Key_1);
    QVERIFY(terminal.isThanking());
    QVERIFY(terminal.message().isEmpty());

    // The clerk's view shows the citizen's answer once the terminal's
    // notification arrives.
    QTRY_VERIFY(!view->citizenRatings().isEmpty()
                && view->citizenRatings().last().level == RatingLevel::VerySatisfied);
    QCOMPARE(view->citizenRatings().last().source, RatingSource::Terminal);
    QVERIFY(view->ratingText().contains(QLatin1String("Very satisfied")));
    QVERIFY(view->ratingText().contains(deviceInfo->label));
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT d.state, h.channel, h.collector_name, "
                             "h.collector_id_number, h.authorisation, r.level "
                             "FROM dossiers d JOIN handovers h ON h.dossier_id = d.id "
                             "JOIN ratings r ON r.dossier_id = d.id AND r.occasion = 'handover' "
                             "WHERE d.id = ?"));
    q.addBindValue(d.summary.id);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("returned"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("authorised"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Phạm Thị Ủy Quyền"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("079085001234"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("GUQ 12/2026"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("very_satisfied"));
    QVERIFY(view->offeredActions().isEmpty());
    page->grab().save(m_dir.filePath(QStringLiteral("handover-returned.png")));
}

// A citizen rates later at a hall kiosk of another unit: the receipt's QR
// code is scanned (its keys and Enter) into the kiosk, which asks for each
// occasion still open; a second scan of the same code finds nothing left, and
// an unknown code says so at the kiosk.
void TestHandover::kioskRatesByScannedReceipt()
{
    const DossierDetail d
            = receive(QStringLiteral("Đoàn Thị Kiốt"), QStringLiteral("079303002222"));
    QSqlQuery units(m_db->open());
    units.prepare(QStringLiteral("SELECT id FROM units WHERE id <> ? AND kind IN "
                                 "('center', 'branch', 'local_team') ORDER BY id LIMIT 1"));
    units.addBindValue(m_who.unitId);
    QVERIFY_SQL(units, exec());
    QVERIFY(units.next());
    const ConnectionSettings device = m_db->createRatingDevice(
            QStringLiteral("kiosk"), 0, units.value(0).toInt(), QStringLiteral("_hall"));
    auto kioskDb = device.open(QStringLiteral("handover_kiosk"));
    QVERIFY(kioskDb.ok());
    auto deviceInfo = RatingRepository(*kioskDb).terminal();
    QVERIFY2(deviceInfo.ok(), qPrintable(deviceInfo.error().describe()));

    RatingKioskWindow kiosk(*kioskDb, *deviceInfo);
    kiosk.resize(1280, 800);
    kiosk.show();
    kiosk.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&kiosk));
    QVERIFY(!kiosk.isAsking());

    // An unknown code: the reason on screen, nothing asked.
    scan(QStringLiteral("000.00.00.H29-000000-9999"));
    QVERIFY(!kiosk.isAsking());
    QVERIFY(!kiosk.message().isEmpty());

    QTest::keyClick(&kiosk, Qt::Key_Escape);
    scan(d.summary.code);
    QTRY_VERIFY(kiosk.isAsking());
    QCOMPARE(kiosk.openRequests().size(), 1);
    QCOMPARE(kiosk.openRequests().first().dossierId, d.summary.id);
    QCOMPARE(kiosk.openRequests().first().occasion, RatingOccasion::Receipt);
    kiosk.grab().save(m_dir.filePath(QStringLiteral("kiosk.png")));
    QTest::keyClick(&kiosk, Qt::Key_2);
    QVERIFY(kiosk.isThanking());

    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT level, via, occasion FROM ratings WHERE dossier_id = ?"));
    q.addBindValue(d.summary.id);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("satisfied"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("kiosk"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("receipt"));
    QVERIFY(!q.next());

    // Rated once: the same receipt scanned again asks nothing.
    QTest::keyClick(&kiosk, Qt::Key_Escape);
    scan(d.summary.code);
    QVERIFY(!kiosk.isAsking());
    QVERIFY(kiosk.message().contains(d.summary.code));
}

void TestHandover::illegalActionNotOffered()
{
    const DossierDetail d = receive(QStringLiteral("Lý Văn Tám"), QStringLiteral("079203005555"));
    auto page = makePage();
    QVERIFY(page->openCode(d.summary.code));
    DossierView *view = page->dossierView();
    QCOMPARE(view->offeredActions(),
             DossierLifecycle::allowedActions(DossierState::Received, ActorRole::Clerk));
    QVERIFY(!view->offeredActions().contains(DossierAction::Return));
    QVERIFY(!view->actionButton(DossierAction::Return));
    QVERIFY(!view->actionButton(DossierAction::StartProcessing));
    QVERIFY(view->actionButton(DossierAction::Transfer));
    QVERIFY(!view->startAction(DossierAction::Return));
    QCOMPARE(repoAs(QStringLiteral("clerk")).loadById(d.summary.id)->version, d.version);
}

void TestHandover::reasonRequiredAtField()
{
    const DossierDetail d = receive(QStringLiteral("Hồ Thị Chín"), QStringLiteral("079303006666"));
    auto page = makePage();
    QVERIFY(page->openCode(d.summary.code));
    DossierView *view = page->dossierView();
    QTest::mouseClick(view->actionButton(DossierAction::Withdraw), Qt::LeftButton);
    auto *dialog = view->findChild<ActionReasonDialog *>();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
    QCOMPARE(view->dossier()->summary.state, DossierState::Received);
    typeText(dialog->findChild<QWidget *>(QStringLiteral("reasonEdit")),
             QStringLiteral("Người nộp xin rút hồ sơ"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(view->dossier()->summary.state, DossierState::Withdrawn);
    QCOMPARE(view->dossier()->events.last().note, QStringLiteral("Người nộp xin rút hồ sơ"));
}

void TestHandover::staleViewGetsConflictAndReloads()
{
    const DossierDetail d = receive(QStringLiteral("Vũ Văn Mười"), QStringLiteral("079203007777"));
    auto page = makePage();
    QVERIFY(page->openCode(d.summary.code));
    DossierView *view = page->dossierView();
    QVERIFY(view->actionButton(DossierAction::Transfer));
    // Another clerk, on another connection, is faster.
    advance(d, QStringLiteral("clerk2"), DossierAction::Transfer);
    QTest::mouseClick(view->actionButton(DossierAction::Transfer), Qt::LeftButton);
    QVERIFY2(view->message().contains(QStringLiteral("Somebody else changed this dossier first")),
             qPrintable(view->message()));
    QCOMPARE(view->dossier()->summary.state, DossierState::Transferred);
    QCOMPARE(view->dossier()->events.size(), 2);
    QVERIFY(!view->actionButton(DossierAction::Transfer));
    QCOMPARE(repoAs(QStringLiteral("clerk")).loadById(d.summary.id)->events.size(), 2);
}

void TestHandover::controlSheetListsEveryEvent()
{
    QVERIFY(!m_returnedCode.isEmpty());
    auto page = makePage();
    QVERIFY(page->openCode(m_returnedCode));
    DossierView *view = page->dossierView();
    const DossierDetail &d = *view->dossier();
    QCOMPARE(d.events.size(), 5);
    auto *table = view->findChild<QTableWidget *>(QStringLiteral("eventsTable"));
    QCOMPARE(table->rowCount(), 5);
    const QStringList steps{DossierForms::eventLabel(QStringLiteral("received")),
                            actionLabel(DossierAction::Transfer),
                            actionLabel(DossierAction::StartProcessing),
                            actionLabel(DossierAction::MarkReady),
                            actionLabel(DossierAction::Return)};
    for (int r = 0; r < 5; ++r) {
        QCOMPARE(table->item(r, 3)->text(), steps.at(r));
        QVERIFY(!table->item(r, 1)->text().isEmpty()); // who
        QVERIFY(!table->item(r, 6)->text().isEmpty()); // timeliness
    }
    // Each step against the due date in force then: the return finishes
    // (early or on time), the transfer is in time.
    const DossierEvent &returned = d.events.at(4);
    const Timeliness finish = classifyFinished(returned.dueAtThen, returned.at);
    QVERIFY(finish == Timeliness::Early || finish == Timeliness::OnTime);
    QCOMPARE(table->item(4, 6)->text(), timelinessLabel(finish));
    QCOMPARE(table->item(1, 6)->text(), timelinessLabel(Timeliness::InTime));

    auto doc = view->controlSheetDocument();
    QVERIFY(doc);
    const QString pdf = m_dir.filePath(QStringLiteral("control-sheet.pdf"));
    QVERIFY(DossierForms::printToPdf(*doc, pdf, QPageLayout::Portrait));
    if (qEnvironmentVariableIsSet("MOTCUA_KEEP_PICTURES"))
        QFile::copy(pdf, QStringLiteral("/tmp/control-sheet.pdf"));
    const QString text = pdfText(pdf).simplified();
    // Table cells wrap: compare without any white space.
    const QString packed = QString(text).remove(QLatin1Char(' '));
    QVERIFY2(text.contains(QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")),
             qPrintable(text));
    QVERIFY(text.contains(m_returnedCode));
    QVERIFY(packed.contains(QStringLiteral("079085001234")));
    QVERIFY(packed.contains(QStringLiteral("Tiếpnhậnhồsơ")));
    // Every step, with its statutory name and result, is on the form.
    const QString plain = doc->toPlainText();
    for (const QString &step : {QStringLiteral("Tiếp nhận hồ sơ"),
                                QStringLiteral("Chuyển cơ quan giải quyết"),
                                QStringLiteral("Bắt đầu xử lý"),
                                QStringLiteral("Có kết quả, chuyển Bộ phận Một cửa"),
                                QStringLiteral("Trả kết quả"),
                                DossierForms::timelinessText(finish)})
        QVERIFY2(plain.contains(step), qPrintable(step));
    QVERIFY(view->printControlSheet());
    view->lastPreview()->close();
}

void TestHandover::extensionOffersApology()
{
    DossierDetail d = receive(QStringLiteral("Mai Thị Mười Một"), QStringLiteral("079303008888"));
    d = advance(d, QStringLiteral("clerk"), DossierAction::Transfer);
    repoAs(QStringLiteral("department")); // opens the connection
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("handover_department"));
    HandoverPage page(db, *StaffIdentity::load(db));
    page.resize(1366, 768);
    page.show();
    QVERIFY(page.openCode(d.summary.code));
    DossierView *view = page.dossierView();
    QVERIFY(!view->actionButton(DossierAction::Return));
    QVERIFY(view->actionButton(DossierAction::Extend));
    QTest::mouseClick(view->actionButton(DossierAction::Extend), Qt::LeftButton);
    auto *dialog = view->findChild<ActionReasonDialog *>();
    QVERIFY(dialog);
    const QDateTime newDue = m_db->workingInstantAfter(d.receivingUnitId, d.summary.dueAt);
    // The field shows the center's wall clock (ActionReasonDialog).
    const QDateTime wall = CenterTime::toCenter(newDue);
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("newDueEdit"))
            ->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
    typeText(dialog->findChild<QWidget *>(QStringLiteral("reasonEdit")),
             QStringLiteral("Cần xác minh thêm với cơ quan khác"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(view->dossier()->dueHistory, QList<QDateTime>{d.summary.dueAt});
    QCOMPARE(view->dossier()->summary.dueAt.toSecsSinceEpoch() / 60,
             newDue.toSecsSinceEpoch() / 60);
    QVERIFY(view->lastPreview()); // the apology letter, offered for printing
    view->lastPreview()->close();
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("apologyButton"))->isVisible());
    page.grab().save(m_dir.filePath(QStringLiteral("handover-extended.png")));

    ApologyData a;
    a.code = d.summary.code;
    a.applicantName = d.summary.applicantName;
    a.receivedAt = d.summary.receivedAt;
    a.oldDue = d.summary.dueAt;
    a.newDue = newDue;
    a.reason = QStringLiteral("Cần xác minh");
    auto doc = DossierForms::apology(a);
    QVERIFY(doc);
    const QString text = doc->toPlainText();
    QVERIFY(text.contains(QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")));
    QVERIFY(text.contains(CounterForms::statutoryDateTime(newDue)));
    QVERIFY(text.contains(CounterForms::statutoryDateTime(d.summary.dueAt)));
    a.reason.clear();
    QVERIFY(!DossierForms::apology(a));
}

void TestHandover::registerOfUnitToday()
{
    QVERIFY(!m_returnedCode.isEmpty());
    RegisterPage page(QSqlDatabase::database(kClerk), m_who);
    page.resize(1366, 768);
    page.show();
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    QVERIFY(page.showRegister(m_who.unitId, today, today));
    const RegisterRow *row = nullptr;
    for (const RegisterRow &r : page.rows()) {
        if (r.code == m_returnedCode)
            row = &r;
    }
    QVERIFY(row);
    QVERIFY(row->transferredAt.isValid());
    QVERIFY(row->returnedAt.isValid());
    QVERIFY(page.findChild<QTableWidget *>(QStringLiteral("rowsTable"))->rowCount()
            == page.rows().size());

    const QString csv = m_dir.filePath(QStringLiteral("register.csv"));
    QVERIFY(page.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString content = QString::fromUtf8(bytes.mid(3));
    QVERIFY(content.startsWith(QStringLiteral("\"No.\",\"Dossier code\",\"Applicant\"")));
    QVERIFY(content.contains(QStringLiteral("\"%1\",\"Nguyễn Văn Hùng\"").arg(m_returnedCode)));
    QVERIFY(content.contains(stateLabel(DossierState::Returned)));
    QCOMPARE(content.count(QStringLiteral("\r\n")), int(page.rows().size()) + 1);

    const QString pdf = m_dir.filePath(QStringLiteral("register.pdf"));
    QVERIFY(page.exportPdf(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(m_returnedCode), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
    if (qEnvironmentVariableIsSet("MOTCUA_KEEP_PICTURES")) {
        QFile::copy(pdf, QStringLiteral("/tmp/register.pdf"));
        page.grab().save(QStringLiteral("/tmp/register-page.png"));
        for (const QString &png : {QStringLiteral("handover-ready.png"),
                                   QStringLiteral("handover-extended.png"),
                                   QStringLiteral("handover-returned.png"),
                                   QStringLiteral("rating.png")})
            QFile::copy(m_dir.filePath(png), QStringLiteral("/tmp/") + png);
    }
}

QTEST_MAIN(TestHandover)
#include "test_handover.moc"
