// The counter intake, typed like a clerk would: the applicant (Vietnamese
// text included), a procedure found without diacritics, the checklist ticked
// by keyboard, and the three outcomes checked in the database. Also: the
// draft survives a crash, and a receive without a server waits in the outbox.
// CMake runs it on a PC at UTC and on one in New York: the times shown and
// printed are the center's wall clock all the same, and the local files with
// citizens' data are the clerk's alone.
#include "killableserver.h"
#include "testdatabase.h"

#include "data/localstore.h"
#include "gui/intake/intakepage.h"
#include "gui/intake/outcomedialogs.h"
#include "gui/language.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>

#include <sys/stat.h>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

const QString kConnection = QStringLiteral("intake_clerk");
const QString kName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
const QString kCccd = QStringLiteral("079190001234"); // TP HCM, female, born 1990
const QString kBirth = QStringLiteral("15/03/1990");

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

// The permission bits of a file or folder, as stat(2) reports them.
int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Types into the focused field, checks it is the expected one, and tabs on.
void typeField(const char *name, const QString &text)
{
    QWidget *w = focused();
    QVERIFY(w);
    QCOMPARE(w->objectName(), QString::fromLatin1(name));
    typeText(w, text);
    QTest::keyClick(w, Qt::Key_Tab);
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void receiveTypedIntake();
    void incompleteChecklistBlocksReceive();
    void badIdShownAtField_data();
    void badIdShownAtField();
    void supplementRequestThenResumed();
    void refusalNeedsReason();
    void draftSurvivesCrash();
    void offlineReceiveIsQueuedAndDeliveredOnce();
    void dueTimesShowTheCenterClock();
    void localFilesArePrivate();
    void serverKilledWhileTyping();
    void clerkLandsOnIntake();
    void scannedCccdQrFillsForm();
    void badScannedQrChangesNothing_data();
    void badScannedQrChangesNothing();

private:
    std::unique_ptr<IntakePage> makePage();
    void typeApplicant(IntakePage &page, const QString &birth = kBirth);
    void chooseBirthRegistration(IntakePage &page);
    void tickRows(IntakePage &page, const QList<int> &rows);
    QVariant scalar(const QString &sql);
    void dropClerkConnection();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    ConnectionSettings m_clerk;
    QStringList m_previews;
};

void TestIntake::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotcuaTest"));
    MOTCUA_REQUIRE_SERVER();
}

// Every test gets its own database, clerk and local store.
void TestIntake::init()
{
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_clerk = m_db->createStaff(QStringLiteral("clerk"));
    QVERIFY(m_clerk.open(kConnection).ok());
    m_dir = std::make_unique<QTemporaryDir>();
    m_previews.clear();
}

void TestIntake::cleanup()
{
    QSqlDatabase::database(kConnection, false).close();
    QSqlDatabase::removeDatabase(kConnection);
    m_db.reset();
}

std::unique_ptr<IntakePage> TestIntake::makePage()
{
    QSqlDatabase db = QSqlDatabase::database(kConnection, false);
    auto who = StaffIdentity::load(db);
    if (!who)
        return nullptr;
    auto page = std::make_unique<IntakePage>(db, *who, m_dir->path());
    page->setPreviewOpener(
            [this](std::shared_ptr<QTextDocument> doc) { m_previews << doc->toPlainText(); });
    page->resize(1366, 720);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get()))
        return nullptr;
    return page;
}

QVariant TestIntake::scalar(const QString &sql)
{
    QSqlQuery q(m_db->open());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

// The server drops the clerk's session and the connection stays down.
void TestIntake::dropClerkConnection()
{
    QSqlQuery kill(m_db->open());
    QVERIFY_SQL(kill,
                exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE usename = '%1'")
                             .arg(m_clerk.user)));
    QSqlDatabase::database(kConnection, false).close();
}

void TestIntake::typeApplicant(IntakePage &page, const QString &birth)
{
    page.focusFirstField();
    QCOMPARE(focused()->objectName(), QStringLiteral("kindCombo"));
    QTest::keyClick(focused(), Qt::Key_Tab); // a person: the tax code row is hidden
    typeField("idEdit", kCccd);
    typeField("nameEdit", kName);
    typeField("birthDateEdit", birth);
    typeField("phoneEdit", QStringLiteral("+84 912 345 678"));
    typeField("emailEdit", QStringLiteral("tuyet@example.vn"));
    typeField("provinceEdit", QStringLiteral("TP Hồ Chí Minh"));
    typeField("wardEdit", QStringLiteral("Phường Bến Thành"));
    typeField("streetEdit", QStringLiteral("12 Lê Lợi"));
    typeField("representativeNameEdit", QString());
    typeField("representativeIdEdit", QString());
    QCOMPARE(focused()->objectName(), QStringLiteral("procedureSearch"));
}

void TestIntake::chooseBirthRegistration(IntakePage &page)
{
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("procedureSearch"));
    search->setFocus();
    typeText(search, QStringLiteral("thu tuc dang ky khai sinh"));
    auto *view = page.findChild<QTableView *>(QStringLiteral("procedureView"));
    QVERIFY(view->model()->rowCount() >= 1);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(page.chosenProcedure());
    QCOMPARE(page.chosenProcedure()->code, QStringLiteral("1.001193"));
    QCOMPARE(focused()->objectName(), QStringLiteral("checklistView"));
}

// Space ticks the current row, Down moves on.
void TestIntake::tickRows(IntakePage &page, const QList<int> &rows)
{
    auto *view = page.findChild<QTableView *>(QStringLiteral("checklistView"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    const int last = rows.isEmpty() ? 0 : *std::max_element(rows.begin(), rows.end());
    for (int r = 0; r <= last; ++r) {
        QCOMPARE(view->currentIndex().row(), r);
        if (rows.contains(r))
            QTest::keyClick(view, Qt::Key_Space);
        QTest::keyClick(view, Qt::Key_Down);
    }
}

void TestIntake::receiveTypedIntake()
{
    auto page = makePage();
    QVERIFY(page);
    const QUuid key = page->currentDraft().key;
    typeApplicant(*page);
    QTest::keyClick(focused(), Qt::Key_Backtab);
    chooseBirthRegistration(*page);
    QVERIFY(!page->verdict().complete);
    // The declaration, the birth certificate (one of three), the ID shown.
    tickRows(*page, {0, 1, 4});
    QVERIFY2(page->verdict().complete,
             qPrintable(page->verdict().missing.isEmpty() ? QString()
                                                          : page->verdict().missing[0].name));
    const DocumentEntry first = page->currentDraft().documents.at(0);
    QVERIFY(first.received);
    QCOMPARE(first.originals, 1); // prefilled with the required count
    page->grab().save(QStringLiteral("/tmp/intake.png"));

    QTest::qWait(1100); // a measurable service time
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(page->lastReceived().has_value());
    const ReceivedDossier d = *page->lastReceived();

    const QString unitCode = scalar(QStringLiteral("SELECT u.code FROM units u JOIN staff s ON "
                                                   "s.unit_id = u.id WHERE s.role_name = '%1'")
                                            .arg(m_clerk.user))
                                     .toString();
    QVERIFY(!unitCode.isEmpty());
    QSqlQuery q(m_db->open());
    QVERIFY_SQL(q,
                exec(QStringLiteral(
                        "SELECT code, applicant_name, applicant_id_number, applicant_phone, "
                        "due_at > received_at, service_seconds, idempotency_key::text, "
                        "to_char(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD'), id "
                        "FROM dossiers")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(),
             unitCode + QLatin1Char('-') + q.value(7).toString() + QStringLiteral("-0001"));
    QCOMPARE(q.value(0).toString(), d.code);
    QCOMPARE(q.value(1).toString(), kName.normalized(QString::NormalizationForm_C));
    QCOMPARE(q.value(2).toString(), kCccd);
    QCOMPARE(q.value(3).toString(), QStringLiteral("0912345678"));
    QVERIFY(q.value(4).toBool());
    QVERIFY2(q.value(5).toInt() >= 1, qPrintable(q.value(5).toString()));
    QCOMPARE(q.value(6).toString(), key.toString(QUuid::WithoutBraces));
    const qint64 id = q.value(8).toLongLong();
    QVERIFY(!q.next());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dossier_documents WHERE dossier_id = %1")
                            .arg(id))
                     .toInt(),
             3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dossier_events WHERE dossier_id = %1 "
                                   "AND kind = 'received'")
                            .arg(id))
                     .toInt(),
             1);

    // The receipt was opened, the code is on the page, a new intake started.
    QCOMPARE(m_previews.size(), 1);
    QVERIFY(m_previews.first().contains(d.code));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("resultLabel"))->text().contains(d.code));
    QVERIFY(page->currentDraft().key != key);
    QVERIFY(page->currentDraft().applicant.fullName.isEmpty());
    QCOMPARE(focused()->objectName(), QStringLiteral("kindCombo"));

    // The same applicant comes again: the CCCD fills the empty fields.
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeText(focused(), kCccd);
    const Applicant again = page->currentDraft().applicant;
    QCOMPARE(again.fullName, kName.normalized(QString::NormalizationForm_C));
    QCOMPARE(again.street, QStringLiteral("12 Lê Lợi"));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("infoLabel"))->isHidden());
}

void TestIntake::incompleteChecklistBlocksReceive()
{
    auto page = makePage();
    QVERIFY(page);
    typeApplicant(*page);
    chooseBirthRegistration(*page);
    tickRows(*page, {4});
    const ChecklistVerdict v = page->verdict();
    QVERIFY(!v.complete);
    QStringList names;
    for (const MissingDocument &m : v.missing)
        names << m.name;
    QVERIFY2(names.join(u'|').contains(QStringLiteral("Tờ khai đăng ký khai sinh")),
             qPrintable(names.join(u'|')));
    QVERIFY(names.join(u'|').contains(QStringLiteral("Giấy chứng sinh")));
    const QString verdictText = page->findChild<QLabel *>(QStringLiteral("verdictLabel"))->text();
    QVERIFY(verdictText.contains(QStringLiteral("Tờ khai đăng ký khai sinh")));

    QTest::keyClick(focused(), Qt::Key_Return); // Enter in the checklist
    QCOMPARE(page->receive(), IntakePage::Outcome::Blocked);
    QTest::qWait(200);
    QVERIFY(!page->lastReceived());
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("errorLabel"))->isHidden());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dossiers")).toInt(), 0);
}

void TestIntake::badIdShownAtField_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("too short") << QStringLiteral("07919000123") << kBirth
                               << QStringLiteral("12 digits");
    QTest::newRow("no such province")
            << QStringLiteral("000190001234") << kBirth << QStringLiteral("province");
    QTest::newRow("birth year differs")
            << kCccd << QStringLiteral("15/03/1991") << QStringLiteral("1991");
    QTest::newRow("letters") << QStringLiteral("07919000123A") << kBirth
                             << QStringLiteral("digits only");
}

void TestIntake::badIdShownAtField()
{
    QFETCH(QString, id);
    QFETCH(QString, birth);
    QFETCH(QString, reasonPart);
    auto page = makePage();
    QVERIFY(page);
    auto *idEdit = page->findChild<QLineEdit *>(QStringLiteral("idEdit"));
    idEdit->setFocus();
    typeText(idEdit, id);
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    typeText(name, kName);
    typeText(page->findChild<QLineEdit *>(QStringLiteral("birthDateEdit")), birth);
    QVERIFY(page->chooseProcedure(QStringLiteral("1.001193")));
    tickRows(*page, {0, 1, 4});
    QCOMPARE(page->receive(), IntakePage::Outcome::Blocked);
    const auto errors = page->findChildren<QLabel *>(QStringLiteral("errorLabel"));
    QString shown;
    for (QLabel *l : errors)
        if (!l->isHidden())
            shown += l->text();
    QVERIFY2(shown.contains(reasonPart), qPrintable(shown));
    QVERIFY(idEdit->toolTip().contains(reasonPart));
    QCOMPARE(focused(), idEdit);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dossiers")).toInt(), 0);
}

void TestIntake::supplementRequestThenResumed()
{
    auto page = makePage();
    QVERIFY(page);
    typeApplicant(*page);
    chooseBirthRegistration(*page);
    tickRows(*page, {4}); // only the ID was shown
    const int missing = int(page->verdict().missing.size());
    QVERIFY(missing >= 2);
    QTest::keyClick(focused(), Qt::Key_B, Qt::ControlModifier);
    SupplementDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<SupplementDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("noteEdit"));
    typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
             QStringLiteral("Mang bản chính khi quay lại"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY2(page->lastOutcomeNumber() > 0,
                 qPrintable(page->findChild<QLabel *>(QStringLiteral("errorLabel"))->text()));
    const qint64 outcome = page->lastOutcomeNumber();
    QSqlQuery q(m_db->open());
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT kind, jsonb_array_length(missing), applicant_name, "
                                    "resumed_by IS NULL FROM intake_outcomes WHERE id = %1")
                             .arg(outcome)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("supplement_requested"));
    QCOMPARE(q.value(1).toInt(), missing);
    QCOMPARE(q.value(2).toString(), kName.normalized(QString::NormalizationForm_C));
    QVERIFY(q.value(3).toBool());
    QCOMPARE(m_previews.size(), 1);
    QVERIFY(m_previews.first().contains(QStringLiteral("Giấy chứng sinh")));
    QVERIFY(page->currentDraft().applicant.fullName.isEmpty());

    // The applicant comes back: the CCCD finds the request, Alt+U continues it.
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    auto *idEdit = page->findChild<QLineEdit *>(QStringLiteral("idEdit"));
    idEdit->setFocus();
    typeText(idEdit, kCccd);
    QVERIFY(page->offeredSupplement().has_value());
    QCOMPARE(page->offeredSupplement()->outcomeId, outcome);
    QVERIFY(!page->findChild<QWidget *>(QStringLiteral("resumeBar"))->isHidden());
    QCOMPARE(page->currentDraft().applicant.fullName,
             kName.normalized(QString::NormalizationForm_C));
    QTest::keyClick(idEdit, Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(page->currentDraft().resumesOutcomeId, outcome);
    QCOMPARE(page->chosenProcedure()->code, QStringLiteral("1.001193"));
    QVERIFY(page->currentDraft().documents.at(4).received); // kept from the first visit
    tickRows(*page, {0, 1});
    QVERIFY(page->verdict().complete);
    QCOMPARE(page->receive(), IntakePage::Outcome::Received);
    QCOMPARE(scalar(QStringLiteral("SELECT resumed_by FROM intake_outcomes WHERE id = %1")
                            .arg(outcome))
                     .toLongLong(),
             page->lastReceived()->id);
}

void TestIntake::refusalNeedsReason()
{
    auto page = makePage();
    QVERIFY(page);
    typeApplicant(*page);
    chooseBirthRegistration(*page);
    QTest::keyClick(focused(), Qt::Key_R, Qt::ControlModifier);
    RefusalDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<RefusalDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    // The button rather than the Ctrl+Return shortcut: a shortcut needs the
    // dialog to be the active window, which an offscreen run under load does
    // not always grant in time.
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isHidden());
    QVERIFY(!reason->toolTip().isEmpty());
    QCOMPARE(page->lastOutcomeNumber(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM intake_outcomes")).toInt(), 0);

    const QString why = QStringLiteral("Thủ tục không thuộc thẩm quyền tiếp nhận");
    reason->setFocus();
    typeText(reason, why);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(page->lastOutcomeNumber() > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT reason FROM intake_outcomes WHERE id = %1 AND kind = "
                                   "'refused'")
                            .arg(page->lastOutcomeNumber()))
                     .toString(),
             why);
    QCOMPARE(m_previews.size(), 1);
    QVERIFY(m_previews.first().contains(why));
}

void TestIntake::draftSurvivesCrash()
{
    QUuid key;
    {
        auto page = makePage();
        QVERIFY(page);
        key = page->currentDraft().key;
        typeApplicant(*page);
        chooseBirthRegistration(*page);
        tickRows(*page, {0});
        // Written by the debounce, without any submit or orderly shutdown.
        QTRY_VERIFY(DraftStore(m_clerk.user, m_dir->path()).load().has_value()
                    && DraftStore(m_clerk.user, m_dir->path()).load()->documents.size() > 0
                    && DraftStore(m_clerk.user, m_dir->path()).load()->documents.at(0).received);
    }
    auto page = makePage();
    QVERIFY(page);
    const IntakeDraft d = page->currentDraft();
    QCOMPARE(d.key, key);
    QCOMPARE(d.applicant.fullName, kName.normalized(QString::NormalizationForm_C));
    QCOMPARE(d.applicant.idNumber, kCccd);
    QCOMPARE(d.applicant.street, QStringLiteral("12 Lê Lợi"));
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->text(), kBirth);
    QCOMPARE(page->chosenProcedure()->code, QStringLiteral("1.001193"));
    QVERIFY(d.documents.at(0).received);
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("infoLabel"))->isHidden());
}

void TestIntake::offlineReceiveIsQueuedAndDeliveredOnce()
{
    auto page = makePage();
    QVERIFY(page);
    const QUuid key = page->currentDraft().key;
    typeApplicant(*page);
    chooseBirthRegistration(*page);
    tickRows(*page, {0, 1, 4});

    dropClerkConnection();
    QSqlDatabase clerkDb = QSqlDatabase::database(kConnection, false);

    QCOMPARE(page->receive(), IntakePage::Outcome::Queued);
    QCOMPARE(page->outboxSize(), 1);
    QVERIFY(page->bannerShown());
    QVERIFY2(page->bannerText().contains(QStringLiteral("Server unreachable")),
             qPrintable(page->bannerText()));
    QVERIFY(!page->lastReceived());
    QVERIFY(page->currentDraft().applicant.fullName.isEmpty()); // the clerk keeps working
    QCOMPARE(page->flushOutbox(), 0);                           // still down
    QCOMPARE(page->outboxSize(), 1);
    page->grab().save(QStringLiteral("/tmp/intake-offline.png"));

    QVERIFY(clerkDb.open());
    QCOMPARE(page->flushOutbox(), 1);
    QCOMPARE(page->outboxSize(), 0);
    QVERIFY(!page->bannerShown());
    QVERIFY(page->lastReceived().has_value());
    QCOMPARE(m_previews.size(), 1);
    QVERIFY(m_previews.first().contains(page->lastReceived()->code));
    QCOMPARE(page->flushOutbox(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dossiers WHERE idempotency_key = '%1'")
                            .arg(key.toString(QUuid::WithoutBraces)))
                     .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dossiers")).toInt(), 1);
}

// Issue 15: on a PC at UTC the page said "due 01:12" where the receipt said
// 08:12. The server, not Qt, words the expected wall clock here.
void TestIntake::dueTimesShowTheCenterClock()
{
    auto page = makePage();
    QVERIFY(page);
    typeApplicant(*page);
    chooseBirthRegistration(*page);
    tickRows(*page, {0, 1, 4});
    // The preview and the receive in one minute, so that they count the same due.
    while (QTime::currentTime().second() > 45)
        QTest::qWait(500);
    page->updateDuePreview();
    const QDateTime preview = page->duePreview();
    QVERIFY(preview.isValid());
    const QString facts = page->findChild<QLabel *>(QStringLiteral("factsLabel"))->text();
    QCOMPARE(page->receive(), IntakePage::Outcome::Received);

    // HH:MI, DD/MM/YYYY and the statutory wording, on the center's clock.
    QSqlQuery q(m_db->open());
    QVERIFY_SQL(q,
                prepare(QStringLiteral(
                        "SELECT to_char(t AT TIME ZONE 'Asia/Ho_Chi_Minh', "
                        "               'HH24:MI, DD/MM/YYYY'), "
                        "       to_char(t AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24|MI|DD|MM|YYYY') "
                        "FROM (SELECT CAST(? AS timestamptz) AS t UNION ALL "
                        "      SELECT due_at FROM dossiers UNION ALL "
                        "      SELECT received_at FROM dossiers) AS times")));
    q.addBindValue(preview);
    QVERIFY_SQL(q, exec());
    QStringList shortText;
    QStringList statutory;
    while (q.next()) {
        shortText << q.value(0).toString();
        const QStringList p = q.value(1).toString().split(QLatin1Char('|'));
        statutory << QStringLiteral("%1 giờ %2 phút, ngày %3 tháng %4 năm %5")
                             .arg(p.at(0), p.at(1), p.at(2), p.at(3), p.at(4));
    }
    QCOMPARE(shortText.size(), 3);
    const QString previewText = shortText.at(0);
    const QString dueText = shortText.at(1);

    QVERIFY2(facts.contains(previewText), qPrintable(facts + QStringLiteral(" / ") + previewText));
    QCOMPARE(previewText, dueText); // received in the minute of the preview
    const QString result = page->findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(result.contains(dueText), qPrintable(result + QStringLiteral(" / ") + dueText));
    QCOMPARE(m_previews.size(), 1);
    const QString receipt = m_previews.first();
    QVERIFY2(receipt.contains(statutory.at(1)), qPrintable(receipt + statutory.at(1)));
    QVERIFY2(receipt.contains(statutory.at(2)), qPrintable(receipt + statutory.at(2)));
}

// Decree 13/2023: drafts and queued receives hold citizens' personal data.
// Folders 0700 and files 0600 whatever the umask, and what an older version
// left readable by all is mended when the page opens.
void TestIntake::localFilesArePrivate()
{
    const mode_t oldMask = ::umask(022);
    const auto restoreMask = qScopeGuard([oldMask] { ::umask(oldMask); });
    const QString drafts = m_dir->path() + QStringLiteral("/drafts");
    const QString outbox = m_dir->path() + QStringLiteral("/outbox");
    const QString leftDraft = drafts + QStringLiteral("/left-by-an-old-version.json");
    QVERIFY(QDir().mkpath(drafts) && QDir().mkpath(outbox));
    QFile old(leftDraft);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("{}");
    old.close();
    QCOMPARE(modeOf(drafts), 0755);
    QCOMPARE(modeOf(leftDraft), 0644);

    auto page = makePage();
    QVERIFY(page);
    QCOMPARE(modeOf(drafts), 0700);
    QCOMPARE(modeOf(outbox), 0700);
    QCOMPARE(modeOf(leftDraft), 0600);

    // The draft, written by the debounce.
    QVERIFY(QDir(drafts).removeRecursively());
    typeApplicant(*page);
    chooseBirthRegistration(*page);
    tickRows(*page, {0, 1, 4});
    const QString draftFile = DraftStore(m_clerk.user, m_dir->path()).path();
    QTRY_VERIFY(QFile::exists(draftFile));
    QCOMPARE(modeOf(drafts), 0700);
    QCOMPARE(modeOf(draftFile), 0600);

    // A receive queued without a server.
    dropClerkConnection();
    QCOMPARE(page->receive(), IntakePage::Outcome::Queued);
    const QStringList queued = QDir(outbox).entryList(QDir::Files);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(modeOf(outbox), 0700);
    QCOMPARE(modeOf(outbox + QLatin1Char('/') + queued.first()), 0600);
}

// The real fault: the server is killed (SIGKILL) while a clerk types. What
// was typed stays on the screen and on disk, the receive waits in the outbox,
// the clerk goes on with the next citizen, and once the server has restarted
// the queued intake lands exactly once.
void TestIntake::serverKilledWhileTyping()
{
    KillableServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QByteArray sharedServer = qgetenv("MOTCUA_TEST_ADMIN_DSN");
    qputenv("MOTCUA_TEST_ADMIN_DSN", server.adminDsn().toUtf8());
    const auto restore = qScopeGuard([&] { qputenv("MOTCUA_TEST_ADMIN_DSN", sharedServer); });
    cleanup();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_clerk = m_db->createStaff(QStringLiteral("clerk"));
    QVERIFY(m_clerk.open(kConnection).ok());

    auto page = makePage();
    QVERIFY(page);
    const QUuid key = page->currentDraft().key;
    typeApplicant(*page);
    chooseBirthRegistration(*page);
    QVERIFY2(server.kill(), qPrintable(server.error()));
    tickRows(*page, {0, 1, 4}); // typed while the server is gone
    QCOMPARE(page->currentDraft().applicant.fullName,
             kName.normalized(QString::NormalizationForm_C));
    QTRY_VERIFY(DraftStore(m_clerk.user, m_dir->path()).load().has_value()
                && DraftStore(m_clerk.user, m_dir->path()).load()->documents.size() > 4
                && DraftStore(m_clerk.user, m_dir->path()).load()->documents.at(4).received);

    QCOMPARE(page->receive(), IntakePage::Outcome::Queued);
    QCOMPARE(page->outboxSize(), 1);
    QVERIFY(page->bannerShown());
    QVERIFY2(page->bannerText().contains(QStringLiteral("Server unreachable")),
             qPrintable(page->bannerText()));
    // The next citizen, typed while the server is still down, is kept too.
    typeApplicant(*page);
    const QUuid nextKey = page->currentDraft().key;
    QVERIFY(nextKey != key);
    QTRY_COMPARE(DraftStore(m_clerk.user, m_dir->path()).load()->key, nextKey);
    QCOMPARE(page->flushOutbox(), 0);

    QVERIFY2(server.resume(), qPrintable(server.error()));
    QSqlDatabase clerkDb = QSqlDatabase::database(kConnection, false);
    clerkDb.close();
    QVERIFY2(clerkDb.open(), qPrintable(clerkDb.lastError().text()));
    QCOMPARE(page->flushOutbox(), 1);
    QCOMPARE(page->outboxSize(), 0);
    QVERIFY(!page->bannerShown());
    QVERIFY(page->lastReceived().has_value());
    QVERIFY(m_previews.last().contains(page->lastReceived()->code));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dossiers WHERE idempotency_key = '%1' "
                                   "AND applicant_name = '%2'")
                            .arg(key.toString(QUuid::WithoutBraces),
                                 kName.normalized(QString::NormalizationForm_C)))
                     .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dossiers")).toInt(), 1);
    QCOMPARE(page->currentDraft().key, nextKey);
    QCOMPARE(page->currentDraft().applicant.fullName,
             kName.normalized(QString::NormalizationForm_C));
    page.reset();
    cleanup(); // while the server of this test still runs
}

void TestIntake::clerkLandsOnIntake()
{
    Language language;
    language.switchTo(QStringLiteral("en"));
    auto who = StaffIdentity::load(QSqlDatabase::database(kConnection, false));
    QVERIFY(who.ok());
    Session session(m_clerk, kConnection, *who);
    MainWindow w(&session, &language);
    w.show();
    QVERIFY(w.intakePage());
    QCOMPARE(w.findChild<QStackedWidget *>(QStringLiteral("workspaces"))->currentWidget(),
             w.intakePage());
    auto *action = w.findChild<QAction *>(QStringLiteral("intakeAction"));
    QVERIFY(action->isVisible());
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
    QCOMPARE(w.focusWidget()->objectName(), QStringLiteral("kindCombo"));
    // Ctrl+1 leaves for the catalogue, Ctrl+N comes back to the first field.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.focusWidget()->objectName(), QStringLiteral("searchEdit"));
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(w.focusWidget()->objectName(), QStringLiteral("kindCombo"));
}

// The counter's 2D scanner types the card's QR line into the CCCD field and
// presses Enter: the applicant's fields come from the card, what the clerk had
// typed differently is named in the note, the focus goes to the first empty
// field, and the dossier received stores the card's values.
void TestIntake::scannedCccdQrFillsForm()
{
    auto page = makePage();
    QVERIFY(page);
    auto *street = page->findChild<QLineEdit *>(QStringLiteral("streetEdit"));
    street->setFocus();
    typeText(street, QStringLiteral("99 Khác"));
    auto *idEdit = page->findChild<QLineEdit *>(QStringLiteral("idEdit"));
    idEdit->setFocus();
    // NFD, as some scanners send it, with the scanner's CR before the Enter.
    const QString line = QStringLiteral("079190001234|025123456|") + kName
                         + QStringLiteral("|15031990|Nữ|12 Lê Lợi, Phường Bến Thành, Quận 1, "
                                          "TP Hồ Chí Minh|20042021|");
    typeText(idEdit, line.normalized(QString::NormalizationForm_D));
    QTest::keyClick(idEdit, Qt::Key_Return);

    const auto text = [&page](const char *name) {
        return page->findChild<QLineEdit *>(QString::fromLatin1(name))->text();
    };
    QCOMPARE(text("idEdit"), kCccd);
    QCOMPARE(text("nameEdit"), kName.normalized(QString::NormalizationForm_C));
    QCOMPARE(text("birthDateEdit"), kBirth);
    QCOMPARE(text("provinceEdit"), QStringLiteral("TP Hồ Chí Minh"));
    QCOMPARE(text("wardEdit"), QStringLiteral("Phường Bến Thành, Quận 1"));
    QCOMPARE(text("streetEdit"), QStringLiteral("12 Lê Lợi"));
    QCOMPARE(text("phoneEdit"), QString());
    QCOMPARE(focused()->objectName(), QStringLiteral("phoneEdit"));
    auto *info = page->findChild<QLabel *>(QStringLiteral("infoLabel"));
    QVERIFY(!info->isHidden());
    QVERIFY2(info->text().contains(QStringLiteral("Filled from the CCCD QR code")),
             qPrintable(info->text()));
    QVERIFY2(info->text().contains(QStringLiteral("025123456")), qPrintable(info->text()));
    QVERIFY2(info->text().contains(QStringLiteral("“99 Khác”")), qPrintable(info->text()));
    for (QLabel *l : page->findChildren<QLabel *>(QStringLiteral("errorLabel")))
        QVERIFY2(l->isHidden(), qPrintable(l->text()));

    QVERIFY(page->chooseProcedure(QStringLiteral("1.001193")));
    tickRows(*page, {0, 1, 4});
    QCOMPARE(page->receive(), IntakePage::Outcome::Received);
    QSqlQuery q(m_db->open());
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT applicant_id_number, applicant_name, "
                                    "applicant_birth_date, applicant_street FROM dossiers")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), kCccd);
    QCOMPARE(q.value(1).toString(), kName.normalized(QString::NormalizationForm_C));
    QCOMPARE(q.value(2).toDate(), QDate(1990, 3, 15));
    QCOMPARE(q.value(3).toString(), QStringLiteral("12 Lê Lợi"));
}

void TestIntake::badScannedQrChangesNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("birth year differs from the number")
            << "079190001234||Trần Văn B|15031991|Nữ|1 Lê Lợi, P. A, TP Hồ Chí Minh|20042021"
            << "birth year 1990";
    QTest::newRow("too few fields") << "079190001234|Trần Văn B|15031990"
                                    << "3 of its 7 fields";
    QTest::newRow("unknown province")
            << "003190001234||Trần Văn B|15031990|Nữ|1 Lê Lợi, P. A, TP Hồ Chí Minh|20042021"
            << "not a province code";
}

void TestIntake::badScannedQrChangesNothing()
{
    QFETCH(QString, line);
    QFETCH(QString, reasonPart);
    auto page = makePage();
    QVERIFY(page);
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setFocus();
    typeText(name, kName);
    auto *idEdit = page->findChild<QLineEdit *>(QStringLiteral("idEdit"));
    idEdit->setFocus();
    typeText(idEdit, line);
    QTest::keyClick(idEdit, Qt::Key_Return);

    QString shown;
    for (QLabel *l : page->findChildren<QLabel *>(QStringLiteral("errorLabel")))
        if (!l->isHidden())
            shown += l->text();
    QVERIFY2(shown.contains(reasonPart), qPrintable(shown));
    QVERIFY(idEdit->toolTip().contains(reasonPart));
    QCOMPARE(focused(), idEdit);
    QCOMPARE(idEdit->selectedText(), line); // the next scan replaces it
    QCOMPARE(name->text(), kName);
    for (const char *other : {"birthDateEdit", "provinceEdit", "wardEdit", "streetEdit"})
        QCOMPARE(page->findChild<QLineEdit *>(QString::fromLatin1(other))->text(), QString());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("infoLabel"))->isHidden());
}

QTEST_MAIN(TestIntake)
#include "test_intake.moc"
