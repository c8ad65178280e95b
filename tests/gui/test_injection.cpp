// The injection corpus (tests/support/injectioncorpus) through every free-text
// field of the intake and the handover, with real widgets: each input is pasted
// (clipboard and Ctrl+V) and is either stored exactly as pasted (read back with
// SQL; names and notes in NFC, without surrounding spaces) or refused with a
// message at its field and nothing stored. A multi-line field refuses an
// over-limit paste before it reaches its document; a one-line field that cut a
// paste at its maxLength says so. Prints bad_inputs=N stored_exact=S refused=R
// crashes=0 (the line scripts/reliability.sh sums).
#include "injectioncorpus.h"
#include "testdatabase.h"

#include "core/freetext.h"
#include "core/identifiers.h"
#include "core/vntext.h"
#include "data/catalog.h"
#include "data/dossierrepository.h"
#include "data/intakerepository.h"
#include "gui/handover/actionreasondialog.h"
#include "gui/handover/dossierview.h"
#include "gui/handover/handoverdialog.h"
#include "gui/handover/handoverpage.h"
#include "gui/intake/intakepage.h"
#include "gui/intake/outcomedialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

const QString kClerk = QStringLiteral("injection_clerk");
const QString kCccd = QStringLiteral("079190001234");
const QString kName = QStringLiteral("Nguyễn Thị Ánh Tuyết");

struct Tally
{
    int inputs = 0;
    int storedExact = 0;
    int refused = 0;
};

// The corpus plus, for this field, its limit exactly and one character over.
QList<InjectionItem> corpusFor(FreeText::Field field, bool withHuge)
{
    QList<InjectionItem> items = injectionCorpus(withHuge);
    const int max = FreeText::maxLength(field);
    items << InjectionItem{QStringLiteral("exactly the limit"), textOfLength(max), {}, false}
          << InjectionItem{QStringLiteral("one over the limit"), textOfLength(max + 1), {}, false};
    return items;
}

// As a clerk pastes: the clipboard, then Ctrl+V over the whole field.
void paste(QWidget *field, const QString &text)
{
    QApplication::clipboard()->setText(text);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->selectAll();
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
}

QString shownErrors(QWidget *root)
{
    QString shown;
    for (QLabel *l : root->findChildren<QLabel *>(QStringLiteral("errorLabel")))
        if (!l->isHidden())
            shown += l->text();
    return shown;
}

} // namespace

class TestInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void intakeApplicantFields_data();
    void intakeApplicantFields();
    void intakeOutcomeTexts_data();
    void intakeOutcomeTexts();
    void handoverFields_data();
    void handoverFields();
    void handoverSearch();
    void summary();

private:
    std::unique_ptr<IntakePage> makeIntakePage();
    std::unique_ptr<HandoverPage> makeHandoverPage();
    void prepareIntake(IntakePage &page, bool complete);
    DossierDetail receiveDossier(bool ready);
    DossierRepository repoAs(const QString &who);
    QVariant scalar(const QString &sql, const QVariant &bind = {});

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    StaffIdentity m_who;
    Procedure m_procedure;
    QTemporaryDir m_dir;
    Tally m_tally;
};

void TestInjection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotcuaTest"));
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("clerk"), m_db->createStaff(QStringLiteral("clerk")));
    auto db = m_staff.value(QStringLiteral("clerk")).open(kClerk);
    QVERIFY(db.ok());
    m_who = *StaffIdentity::load(*db);
    auto procedures = CatalogRepository(*db).proceduresInForce(QDate::currentDate());
    QVERIFY(procedures.ok());
    for (const Procedure &p : *procedures)
        if (p.code == QLatin1String("1.001193"))
            m_procedure = p;
    QVERIFY(m_procedure.id != 0);
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT code FROM units WHERE id = ?"));
    q.addBindValue(m_procedure.departmentId);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    m_staff.insert(QStringLiteral("department"),
                   m_db->createStaff(QStringLiteral("department"), q.value(0).toString()));
}

void TestInjection::cleanupTestCase()
{
    for (const QString &c : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(c, false).close();
        QSqlDatabase::removeDatabase(c);
    }
    m_db.reset();
}

QVariant TestInjection::scalar(const QString &sql, const QVariant &bind)
{
    QSqlQuery q(m_db->open());
    q.prepare(sql);
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

std::unique_ptr<IntakePage> TestInjection::makeIntakePage()
{
    QSqlDatabase db = QSqlDatabase::database(kClerk, false);
    auto page = std::make_unique<IntakePage>(db, m_who, m_dir.path());
    page->setPreviewOpener([](std::shared_ptr<QTextDocument>) {});
    page->resize(1366, 720);
    page->show();
    return page;
}

// A valid applicant and the birth registration, complete or not.
void TestInjection::prepareIntake(IntakePage &page, bool complete)
{
    page.newIntake();
    page.findChild<QLineEdit *>(QStringLiteral("idEdit"))->setText(kCccd);
    page.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(kName);
    page.findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))
            ->setText(QStringLiteral("15/03/1990"));
    QVERIFY(page.chooseProcedure(m_procedure.code));
    auto *view = page.findChild<QTableView *>(QStringLiteral("checklistView"));
    view->setFocus();
    const QList<int> rows = complete ? QList<int>{0, 1, 4} : QList<int>{4};
    for (int r = 0; r <= 4; ++r) {
        view->setCurrentIndex(view->model()->index(r, 0));
        if (rows.contains(r))
            QTest::keyClick(view, Qt::Key_Space);
    }
    QCOMPARE(page.verdict().complete, complete);
}

void TestInjection::intakeApplicantFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("withHuge");
    const auto row = [](const char *field, const char *column, FreeText::Field kind, bool huge) {
        QTest::newRow(field) << QString::fromLatin1(field) << QString::fromLatin1(column)
                             << int(kind) << huge;
    };
    row("nameEdit", "applicant_name", FreeText::Field::PersonName, true);
    row("idEdit", "applicant_id_number", FreeText::Field::IdNumber, false);
    row("phoneEdit", "applicant_phone", FreeText::Field::Phone, false);
    row("emailEdit", "applicant_email", FreeText::Field::Email, false);
    row("provinceEdit", "applicant_province", FreeText::Field::AddressPart, false);
    row("wardEdit", "applicant_ward", FreeText::Field::AddressPart, false);
    row("streetEdit", "applicant_street", FreeText::Field::Street, true);
    row("representativeNameEdit", "representative_name", FreeText::Field::PersonName, false);
    row("representativeIdEdit", "representative_id_number", FreeText::Field::IdNumber, false);
}

// Each input into one applicant field, the rest valid, then Receive.
void TestInjection::intakeApplicantFields()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    QFETCH(int, kind);
    QFETCH(bool, withHuge);
    auto page = makeIntakePage();
    for (const InjectionItem &in : corpusFor(FreeText::Field(kind), withHuge)) {
        prepareIntake(*page, true);
        auto *edit = page->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        paste(edit, in.text);
        // A QLineEdit holds at most 32,767 characters: the 10 MB string arrives cut
        // and must then be refused, never stored cut.
        const bool cutByWidget = edit->text() != in.text;
        const int before = scalar(QStringLiteral("SELECT count(*) FROM dossiers")).toInt();
        const IntakePage::Outcome outcome = page->receive();
        ++m_tally.inputs;
        if (outcome == IntakePage::Outcome::Received) {
            // The same rules as the form: names NFC and trimmed, numbers normalised.
            QString expected = VnText::nfc(in.text);
            if (field == QLatin1String("phoneEdit"))
                expected = Identifiers::checkPhone(expected).normalized;
            const QString stored
                    = scalar(QStringLiteral("SELECT %1 FROM dossiers ORDER BY id DESC LIMIT 1")
                                     .arg(column))
                              .toString();
            QVERIFY2(stored == expected,
                     qPrintable(QStringLiteral("%1 / %2: stored %3 chars, typed %4")
                                        .arg(field, in.name)
                                        .arg(stored.size())
                                        .arg(expected.size())));
            QVERIFY2(!cutByWidget, qPrintable(field + QStringLiteral(" / ") + in.name));
            ++m_tally.storedExact;
        } else {
            QVERIFY2(outcome == IntakePage::Outcome::Blocked,
                     qPrintable(field + QStringLiteral(" / ") + in.name + QStringLiteral(": ")
                                + shownErrors(page.get())));
            const QString shown = shownErrors(page.get());
            QVERIFY2(!shown.isEmpty(), qPrintable(field + QStringLiteral(" / ") + in.name));
            QVERIFY2(!edit->toolTip().isEmpty(),
                     qPrintable(field + QStringLiteral(" / ") + in.name
                                + QStringLiteral(": the message is not at the field: ") + shown));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dossiers")).toInt(), before);
            ++m_tally.refused;
        }
    }
}

void TestInjection::intakeOutcomeTexts_data()
{
    QTest::addColumn<bool>("supplement");
    QTest::newRow("supplement note") << true;
    QTest::newRow("refusal reason") << false;
}

// The supplement request's note and the refusal's reason (multi-line fields).
void TestInjection::intakeOutcomeTexts()
{
    QFETCH(bool, supplement);
    auto page = makeIntakePage();
    const FreeText::Field kind = supplement ? FreeText::Field::Note : FreeText::Field::Reason;
    for (const InjectionItem &in : corpusFor(kind, supplement)) {
        prepareIntake(*page, !supplement);
        const qint64 lastBefore = page->lastOutcomeNumber();
        QPointer<QDialog> dialog = supplement ? static_cast<QDialog *>(page->requestSupplement())
                                              : static_cast<QDialog *>(page->refuse());
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QPlainTextEdit *>(supplement ? QStringLiteral("noteEdit")
                                                                    : QStringLiteral("reasonEdit"));
        QVERIFY(edit);
        paste(edit, in.text);
        const int before = scalar(QStringLiteral("SELECT count(*) FROM intake_outcomes")).toInt();
        ++m_tally.inputs;
        if (edit->document()->isEmpty() && !in.text.isEmpty()) {
            // Refused at the paste: over the limit, the field untouched.
            QVERIFY2(FreeText::codePoints(in.text) > FreeText::maxLength(kind),
                     qPrintable(in.name));
            QVERIFY2(!shownErrors(dialog).isEmpty() && !edit->toolTip().isEmpty(),
                     qPrintable(in.name));
            dialog->reject();
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM intake_outcomes")).toInt(),
                     before);
            ++m_tally.refused;
            continue;
        }
        dialog->accept();
        const QString expected = VnText::nfc(in.text);
        if (dialog && dialog->isVisible()) {
            const QString shown = shownErrors(dialog);
            QVERIFY2(!shown.isEmpty() && !edit->toolTip().isEmpty(), qPrintable(in.name));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM intake_outcomes")).toInt(),
                     before);
            dialog->reject();
            ++m_tally.refused;
            continue;
        }
        QVERIFY2(page->lastOutcomeNumber() != lastBefore,
                 qPrintable(in.name + QStringLiteral(": ") + shownErrors(page.get())));
        const QString stored
                = scalar(QStringLiteral("SELECT reason FROM intake_outcomes WHERE id = ?"),
                         page->lastOutcomeNumber())
                          .toString();
        QVERIFY2(stored == expected,
                 qPrintable(QStringLiteral("%1: stored %2 chars, typed %3")
                                    .arg(in.name)
                                    .arg(stored.size())
                                    .arg(expected.size())));
        ++m_tally.storedExact;
    }
}

DossierRepository TestInjection::repoAs(const QString &who)
{
    const QString conn = QStringLiteral("injection_") + who;
    QSqlDatabase db = QSqlDatabase::contains(conn) ? QSqlDatabase::database(conn)
                                                   : *m_staff.value(who).open(conn);
    return DossierRepository(db, *StaffIdentity::load(db));
}

// A received dossier, taken on to ready for return when asked.
DossierDetail TestInjection::receiveDossier(bool ready)
{
    IntakeDraft d;
    d.procedureId = m_procedure.id;
    d.applicant.fullName = kName;
    d.applicant.idNumber = kCccd;
    for (const ChecklistItem &c : m_procedure.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    auto r = IntakeRepository(QSqlDatabase::database(kClerk))
                     .receive(d,
                              m_procedure,
                              {m_who.unitId, m_who.counterId},
                              QDateTime::currentDateTime(),
                              60);
    if (!r)
        qFatal("receive: %s", qPrintable(r.error().describe()));
    DossierDetail detail = *repoAs(QStringLiteral("clerk")).load(r->code);
    if (!ready)
        return detail;
    for (const auto &[who, action] :
         {std::pair{QStringLiteral("clerk"), DossierAction::Transfer},
          std::pair{QStringLiteral("department"), DossierAction::StartProcessing},
          std::pair{QStringLiteral("department"), DossierAction::MarkReady}}) {
        auto next = repoAs(who).apply(detail.summary.id, detail.version, action, {});
        if (!next)
            qFatal("advance: %s", qPrintable(next.error().describe()));
        detail = *next;
    }
    return detail;
}

std::unique_ptr<HandoverPage> TestInjection::makeHandoverPage()
{
    auto page = std::make_unique<HandoverPage>(QSqlDatabase::database(kClerk), m_who);
    page->resize(1366, 768);
    page->show();
    return page;
}

void TestInjection::handoverFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("kind");
    QTest::newRow("authorised person's name")
            << "collectorNameEdit"
            << "collector_name" << int(FreeText::Field::PersonName);
    QTest::newRow("authorised person's ID")
            << "collectorIdEdit"
            << "collector_id_number" << int(FreeText::Field::IdNumber);
    QTest::newRow("authorisation paper") << "authorisationEdit"
                                         << "authorisation" << int(FreeText::Field::ShortText);
    QTest::newRow("postal tracking number") << "trackingEdit"
                                            << "tracking_number" << int(FreeText::Field::ShortText);
    QTest::newRow("withdrawal reason") << "reasonEdit"
                                       << "note" << int(FreeText::Field::Reason);
}

// The return to an authorised person or by post, and a reason for a state
// change, each field with every input.
void TestInjection::handoverFields()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    QFETCH(int, kind);
    auto page = makeHandoverPage();
    const bool reason = field == QLatin1String("reasonEdit");
    const bool post = field == QLatin1String("trackingEdit");
    for (const InjectionItem &in : corpusFor(FreeText::Field(kind), false)) {
        const DossierDetail d = receiveDossier(!reason);
        QVERIFY(page->openCode(d.summary.code));
        DossierView *view = page->dossierView();
        const DossierAction action = reason ? DossierAction::Withdraw : DossierAction::Return;
        QVERIFY(view->actionButton(action));
        // The last round's dialogs close with deleteLater: gone before this one opens.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::mouseClick(view->actionButton(action), Qt::LeftButton);
        QPointer<QDialog> dialog;
        for (QDialog *open : view->findChildren<QDialog *>())
            if (open->isVisible()
                && (reason ? qobject_cast<ActionReasonDialog *>(open) != nullptr
                           : qobject_cast<HandoverDialog *>(open) != nullptr))
                dialog = open;
        QVERIFY(dialog);
        bool refusedAtPaste = false;
        if (reason) {
            auto *edit = dialog->findChild<QPlainTextEdit *>(field);
            paste(edit, in.text);
            refusedAtPaste = edit->document()->isEmpty() && !in.text.isEmpty();
        } else {
            dialog->findChild<QRadioButton *>(post ? QStringLiteral("postRadio")
                                                   : QStringLiteral("authorisedRadio"))
                    ->setChecked(true);
            const auto put = [&](const char *name, const QString &valid) {
                auto *e = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
                if (field == QLatin1String(name)) {
                    paste(e, in.text);
                } else {
                    e->clear();
                    e->insert(valid);
                }
            };
            if (post) {
                put("trackingEdit", QString());
            } else {
                put("collectorNameEdit", QStringLiteral("Phạm Thị Ủy Quyền"));
                put("collectorIdEdit", QStringLiteral("079085001234"));
                put("authorisationEdit", QStringLiteral("GUQ 12/2026"));
            }
        }
        if (!refusedAtPaste)
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        ++m_tally.inputs;
        const QString expected = VnText::nfc(in.text);
        if (dialog && dialog->isVisible()) {
            QWidget *edit = dialog->findChild<QWidget *>(field);
            QVERIFY2(!shownErrors(dialog).isEmpty() && !edit->toolTip().isEmpty(),
                     qPrintable(field + QStringLiteral(" / ") + in.name));
            QCOMPARE(repoAs(QStringLiteral("clerk")).loadById(d.summary.id)->version, d.version);
            dialog->reject();
            ++m_tally.refused;
            continue;
        }
        QString stored;
        if (reason) {
            stored = scalar(QStringLiteral("SELECT note FROM dossier_events WHERE dossier_id = ? "
                                           "ORDER BY id DESC LIMIT 1"),
                            d.summary.id)
                             .toString();
        } else {
            QTRY_COMPARE(view->dossier()->summary.state, DossierState::Returned);
            stored = scalar(QStringLiteral("SELECT %1 FROM handovers WHERE dossier_id = ?")
                                    .arg(column),
                            d.summary.id)
                             .toString();
        }
        if (field == QLatin1String("collectorIdEdit"))
            QCOMPARE(stored, Identifiers::checkCccd(expected).normalized);
        else
            QVERIFY2(stored == expected,
                     qPrintable(QStringLiteral("%1 / %2: stored %3 chars, typed %4")
                                        .arg(field, in.name)
                                        .arg(stored.size())
                                        .arg(expected.size())));
        ++m_tally.storedExact;
    }
}

// The search field: every input answers with a message (found or not, or
// why not) and changes nothing.
void TestInjection::handoverSearch()
{
    const DossierDetail d = receiveDossier(false);
    auto page = makeHandoverPage();
    const QString fingerprint
            = QStringLiteral("SELECT md5(string_agg(d::text, '|' ORDER BY id)) FROM dossiers d");
    const QString before = scalar(fingerprint).toString();
    auto *status = page->findChild<QLabel *>(QStringLiteral("statusLabel"));
    for (const InjectionItem &in : corpusFor(FreeText::Field::Search, true)) {
        paste(page->searchField(), in.text);
        status->clear();
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        ++m_tally.inputs;
        QVERIFY2(!status->isHidden() && !status->text().isEmpty(), qPrintable(in.name));
        ++m_tally.refused; // nothing of it is stored: an answer, never a change
    }
    QCOMPARE(scalar(fingerprint).toString(), before);
    QVERIFY(page->openCode(d.summary.code));
}

void TestInjection::summary()
{
    QVERIFY(m_tally.inputs > 0);
    std::printf("bad_inputs=%d stored_exact=%d refused=%d crashes=0\n",
                m_tally.inputs,
                m_tally.storedExact,
                m_tally.refused);
    std::fflush(stdout);
}

QTEST_MAIN(TestInjection)
#include "test_injection.moc"
