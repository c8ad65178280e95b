// The supervisor's review panels and the public board, on fixtures made the
// way the counters and departments make them: a refusal with a boilerplate
// reason and a dossier sent back for supplements twice show up in the
// compliance review and open their dossier; report II.06a adds up a
// hand-counted unit on screen, in CSV and in the PDF; the board follows a
// dossier received at another connection through the live notifications.
#include "testdatabase.h"

#include "core/vntime.h"
#include "data/catalog.h"
#include "data/dossierrepository.h"
#include "data/intakerepository.h"
#include "data/live.h"
#include "data/registerrepository.h"
#include "data/staffidentity.h"
#include "gui/supervisor/boardwindow.h"
#include "gui/supervisor/bottleneckpanel.h"
#include "gui/supervisor/compliancepanel.h"
#include "gui/supervisor/reportpanel.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

const QString kBoilerplate = QStringLiteral("Hồ sơ không hợp lệ");

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(20000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QDate vietnamToday()
{
    return VnTime::toVietnam(QDateTime::currentDateTimeUtc()).date();
}

int rowOf(const QTableWidget *t, int column, const QString &text)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, column) && t->item(r, column)->text() == text)
            return r;
    }
    return -1;
}

} // namespace

class TestReviews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void complianceListsFindings();
    void complianceOpensDossier_data();
    void complianceOpensDossier();
    void bottlenecksSlowestFirst();
    void reportTotalsOfUnit();
    void boardFollowsLiveIntake();

private:
    QSqlDatabase connectionOf(const QString &who);
    StaffIdentity identityOf(const QString &who);
    DossierDetail receive(const QString &clerk, const QString &name, const QString &idNumber);
    DossierDetail advance(DossierDetail d,
                          const QString &who,
                          DossierAction a,
                          const ActionInput &input = {});
    ScorecardPeriod today() const { return {vietnamToday(), vietnamToday()}; }

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    Procedure m_procedure;
    DossierDetail m_twice; // sent back for supplements twice
    QTemporaryDir m_dir;
};

void TestReviews::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("clerk"), m_db->createStaff(QStringLiteral("clerk")));
    // The report's unit: nobody else receives there.
    m_staff.insert(QStringLiteral("clerk2"),
                   m_db->createStaff(QStringLiteral("clerk"),
                                     QStringLiteral("000.20.31.H29"),
                                     QStringLiteral("2")));
    m_staff.insert(QStringLiteral("supervisor"), m_db->createStaff(QStringLiteral("supervisor")));
    auto procedures = CatalogRepository(connectionOf(QStringLiteral("clerk")))
                              .proceduresInForce(QDate::currentDate());
    QVERIFY(procedures.ok());
    // Days to process: a result returned today is early whatever the hour.
    for (const Procedure &p : *procedures) {
        if (p.processingUnit == QLatin1String("working_days") && p.processingValue >= 3) {
            m_procedure = p;
            break;
        }
    }
    QVERIFY(m_procedure.id > 0);
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("SELECT code FROM units WHERE id = ?"));
    q.addBindValue(m_procedure.departmentId);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    m_staff.insert(QStringLiteral("department"),
                   m_db->createStaff(QStringLiteral("department"), q.value(0).toString()));
}

void TestReviews::cleanupTestCase()
{
    m_db.reset();
}

QSqlDatabase TestReviews::connectionOf(const QString &who)
{
    const QString conn = QStringLiteral("reviews_") + who;
    if (QSqlDatabase::contains(conn))
        return QSqlDatabase::database(conn);
    auto db = m_staff.value(who).open(conn);
    if (!db)
        qWarning() << db.error().describe();
    return *db;
}

StaffIdentity TestReviews::identityOf(const QString &who)
{
    return *StaffIdentity::load(connectionOf(who));
}

DossierDetail TestReviews::receive(const QString &clerk,
                                   const QString &name,
                                   const QString &idNumber)
{
    const StaffIdentity who = identityOf(clerk);
    IntakeDraft d;
    d.procedureId = m_procedure.id;
    d.applicant.fullName = name;
    d.applicant.idNumber = idNumber;
    for (const ChecklistItem &c : m_procedure.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    auto r = IntakeRepository(connectionOf(clerk))
                     .receive(d,
                              m_procedure,
                              {who.unitId, who.counterId},
                              QDateTime::currentDateTime(),
                              90);
    if (!r) {
        qWarning() << r.error().describe();
        return {};
    }
    return *DossierRepository(connectionOf(clerk), who).load(r->code);
}

DossierDetail TestReviews::advance(DossierDetail d,
                                   const QString &who,
                                   DossierAction a,
                                   const ActionInput &input)
{
    auto r = DossierRepository(connectionOf(who), identityOf(who))
                     .apply(d.summary.id, d.version, a, input);
    if (!r)
        qWarning() << r.error().describe();
    return r ? *r : d;
}

void TestReviews::complianceListsFindings()
{
    // A refusal whose reason says nothing, at the first branch's counter.
    const StaffIdentity clerk = identityOf(QStringLiteral("clerk"));
    IntakeDraft refused;
    refused.procedureId = m_procedure.id;
    refused.applicant.fullName = QStringLiteral("Lê Thị Từ Chối");
    refused.applicant.idNumber = QStringLiteral("079190005555");
    auto refusal = IntakeRepository(connectionOf(QStringLiteral("clerk")))
                           .refuse(refused,
                                   m_procedure,
                                   {clerk.unitId, clerk.counterId},
                                   kBoilerplate,
                                   60);
    QVERIFY2(refusal.ok(), qPrintable(refusal.error().describe()));

    // A dossier sent back for a supplement twice: the first request did not
    // list everything.
    DossierDetail d = receive(QStringLiteral("clerk"),
                              QStringLiteral("Trần Văn Hai Lần"),
                              QStringLiteral("079090006666"));
    QVERIFY(d.summary.id > 0);
    d = advance(d, QStringLiteral("clerk"), DossierAction::Transfer);
    d = advance(d, QStringLiteral("department"), DossierAction::StartProcessing);
    d = advance(d,
                QStringLiteral("department"),
                DossierAction::RequestSupplement,
                {QStringLiteral("Thiếu bản sao giấy khai sinh"), {}, {}});
    d = advance(d, QStringLiteral("clerk"), DossierAction::ReceiveSupplement);
    d = advance(d,
                QStringLiteral("department"),
                DossierAction::RequestSupplement,
                {QStringLiteral("Thiếu giấy xác nhận cư trú"), {}, {}});
    QCOMPARE(d.summary.state, DossierState::AwaitingSupplement);
    m_twice = d;

    CompliancePanel panel(connectionOf(QStringLiteral("supervisor")));
    panel.resize(1200, 600);
    panel.show();
    panel.setPeriod(today());
    panel.refresh();
    const auto &findings = panel.findings();
    const auto twice = std::find_if(findings.cbegin(), findings.cend(), [&](const auto &f) {
        return f.kind == ComplianceFinding::RepeatedSupplement && f.dossierId == d.summary.id;
    });
    QVERIFY(twice != findings.cend());
    QCOMPARE(twice->code, d.summary.code);
    const auto blank = std::find_if(findings.cbegin(), findings.cend(), [&](const auto &f) {
        return f.kind == ComplianceFinding::BlankReason
               && f.applicantName == refused.applicant.fullName;
    });
    QVERIFY2(blank != findings.cend(), "the boilerplate refusal is not listed");
    QCOMPARE(blank->step, ComplianceFinding::CounterRefusal);
    QVERIFY(CompliancePanel::detailText(*blank).contains(kBoilerplate));
    QVERIFY(panel.count(ComplianceFinding::RepeatedSupplement) >= 1);
    QVERIFY(panel.count(ComplianceFinding::BlankReason) >= 1);

    QTableWidget *t = panel.table();
    QCOMPARE(t->rowCount(), int(findings.size()));
    QVERIFY(rowOf(t, 1, d.summary.code) >= 0);
    // Filtered by kind, only that kind shows.
    panel.setKindFilter(ComplianceFinding::BlankReason);
    int visible = 0;
    for (int r = 0; r < t->rowCount(); ++r) {
        if (!t->isRowHidden(r)) {
            ++visible;
            QCOMPARE(t->item(r, 0)->text(),
                     CompliancePanel::kindLabel(ComplianceFinding::BlankReason));
        }
    }
    QCOMPARE(visible, panel.count(ComplianceFinding::BlankReason));
    QVERIFY(t->isRowHidden(rowOf(t, 1, d.summary.code)));
    panel.setKindFilter(std::nullopt);
    QVERIFY(!t->isRowHidden(rowOf(t, 1, d.summary.code)));
    panel.grab().save(m_dir.filePath(QStringLiteral("compliance.png")));
}

void TestReviews::complianceOpensDossier_data()
{
    QTest::addColumn<bool>("keyboard");
    QTest::newRow("double click") << false;
    QTest::newRow("Enter") << true;
}

void TestReviews::complianceOpensDossier()
{
    QFETCH(bool, keyboard);
    QVERIFY(m_twice.summary.id > 0);
    CompliancePanel panel(connectionOf(QStringLiteral("supervisor")));
    panel.resize(1200, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setPeriod(today());
    panel.refresh();
    QSignalSpy spy(&panel, &CompliancePanel::openDossier);
    QTableWidget *t = panel.table();
    const int row = rowOf(t, 1, m_twice.summary.code);
    QVERIFY(row >= 0);
    t->scrollToItem(t->item(row, 1));
    if (keyboard) {
        t->setFocus();
        t->setCurrentCell(row, 1);
        QTest::keyClick(t, Qt::Key_Return);
    } else {
        const QPoint at = t->visualItemRect(t->item(row, 1)).center();
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(t->viewport(), Qt::LeftButton, {}, at);
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_twice.summary.id);
}

void TestReviews::bottlenecksSlowestFirst()
{
    BottleneckPanel panel(connectionOf(QStringLiteral("supervisor")));
    panel.setPeriod(today());
    panel.refresh();
    const auto &rows = panel.rows();
    QVERIFY(!rows.isEmpty());
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).medianHours >= rows.at(i).medianHours);
    QCOMPARE(panel.table()->rowCount(), int(rows.size()));
    panel.setLateShareThreshold(0); // everything late at all stands out
    for (int r = 0; r < rows.size(); ++r)
        QCOMPARE(panel.table()->item(r, 0)->font().bold(), rows.at(r).lateShare > 0);
    panel.setGrouping(BottleneckPanel::Grouping::Department);
    QVERIFY(!panel.rows().isEmpty());
    QVERIFY(std::any_of(panel.rows().cbegin(), panel.rows().cend(), [this](const auto &r) {
        return r.groupId == m_procedure.departmentId;
    }));
}

void TestReviews::reportTotalsOfUnit()
{
    // Hand-counted: three received in person today at the unit, one of them
    // returned today (early), two in progress in time; nothing online, nothing
    // carried over.
    const QString clerk2 = QStringLiteral("clerk2");
    DossierDetail a
            = receive(clerk2, QStringLiteral("Phạm Văn Một"), QStringLiteral("079080001001"));
    DossierDetail b
            = receive(clerk2, QStringLiteral("Phạm Văn Hai"), QStringLiteral("079080001002"));
    DossierDetail c
            = receive(clerk2, QStringLiteral("Phạm Văn Ba"), QStringLiteral("079080001003"));
    QVERIFY(a.summary.id > 0 && b.summary.id > 0 && c.summary.id > 0);
    a = advance(a, clerk2, DossierAction::Transfer);
    a = advance(a, QStringLiteral("department"), DossierAction::StartProcessing);
    a = advance(a, QStringLiteral("department"), DossierAction::MarkReady);
    ActionInput handover;
    handover.handover.collectorName = a.summary.applicantName;
    a = advance(a, clerk2, DossierAction::Return, handover);
    QCOMPARE(a.summary.state, DossierState::Returned);
    b = advance(b, clerk2, DossierAction::Transfer);

    ReportPanel panel(connectionOf(QStringLiteral("supervisor")));
    panel.resize(1366, 600);
    panel.show();
    panel.setPeriod(today());
    panel.setUnit(identityOf(clerk2).unitId);
    QCOMPARE(panel.unitId(), identityOf(clerk2).unitId);
    panel.refresh();
    QVERIFY(!panel.rows().isEmpty());
    const ReportII06aRow total = panel.rows().last();
    QVERIFY(total.isTotal);
    QVERIFY(total.sector.isEmpty());
    QCOMPARE(total.receivedTotal, 3);
    QCOMPARE(total.receivedOnline, 0);
    QCOMPARE(total.receivedInPersonOrPost, 3);
    QCOMPARE(total.carriedOver, 0);
    QCOMPARE(total.resolvedTotal, 1);
    QCOMPARE(total.resolvedEarly, 1);
    QCOMPARE(total.resolvedOnTime, 0);
    QCOMPARE(total.resolvedLate, 0);
    QCOMPARE(total.inProgressTotal, 2);
    QCOMPARE(total.inProgressInTime, 2);
    QCOMPARE(total.inProgressOverdue, 0);

    // On screen: the two header rows, then the sectors and the total.
    QTableWidget *t = panel.table();
    QCOMPARE(t->rowCount(), ReportPanel::headerRows + int(panel.rows().size()));
    QCOMPARE(t->item(0, 2)->text(), QStringLiteral("Received"));
    QCOMPARE(t->columnSpan(0, 2), 4);
    QCOMPARE(t->columnSpan(0, 6), 4);
    QCOMPARE(t->columnSpan(0, 10), 3);
    const int last = t->rowCount() - 1;
    QCOMPARE(t->item(last, 1)->text(), QStringLiteral("Total"));
    const QStringList expected = {QStringLiteral("3"),
                                  QStringLiteral("0"),
                                  QStringLiteral("3"),
                                  QStringLiteral("0"),
                                  QStringLiteral("1"),
                                  QStringLiteral("1"),
                                  QStringLiteral("0"),
                                  QStringLiteral("0"),
                                  QStringLiteral("2"),
                                  QStringLiteral("2"),
                                  QStringLiteral("0")};
    for (int col = 0; col < expected.size(); ++col)
        QCOMPARE(t->item(last, col + 2)->text(), expected.at(col));
    QVERIFY(rowOf(t, 1, m_procedure.sector) >= ReportPanel::headerRows);

    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(panel.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString content = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = content.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), int(panel.rows().size()) + 2); // header, rows, "" after the last CRLF
    QVERIFY(lines.first().startsWith(
            QStringLiteral("\"No.\",\"Sector\",\"Received: total\",\"Received: online\"")));
    QCOMPARE(lines.at(lines.size() - 2),
             QStringLiteral("\"\",\"Total\",\"") + expected.join(QStringLiteral("\",\""))
                     + QLatin1Char('"'));
    QVERIFY(content.contains(QStringLiteral("\"1\",\"%1\",").arg(m_procedure.sector)));
    QCOMPARE(content.count(QLatin1Char('\n')), content.count(QStringLiteral("\r\n")));

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(panel.exportPdf(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("II.06a")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")));
    QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    const QRegularExpression totals(QStringLiteral("Tổng cộng\\s+")
                                    + expected.join(QStringLiteral("\\s+")));
    QVERIFY2(totals.match(text).hasMatch(), qPrintable(text));
    if (qEnvironmentVariableIsSet("MOTCUA_KEEP_PICTURES")) {
        QFile::remove(QStringLiteral("/tmp/report-II06a.pdf"));
        QFile::copy(pdf, QStringLiteral("/tmp/report-II06a.pdf"));
        panel.grab().save(QStringLiteral("/tmp/report-panel.png"));
        QFile::remove(QStringLiteral("/tmp/compliance-panel.png"));
        QFile::copy(m_dir.filePath(QStringLiteral("compliance.png")),
                    QStringLiteral("/tmp/compliance-panel.png"));
    }
}

void TestReviews::boardFollowsLiveIntake()
{
    BoardWindow board(connectionOf(QStringLiteral("supervisor")));
    board.resize(1366, 768);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QVERIFY(board.isListening());
    QVERIFY(board.updatedAt().isValid());

    auto units = RegisterRepository(connectionOf(QStringLiteral("supervisor"))).receivingUnits();
    QVERIFY(units.ok());
    QCOMPARE(board.rows().size(), units->size());
    QSet<int> seen;
    for (const BoardRow &r : board.rows())
        seen.insert(r.unitId);
    QCOMPARE(seen.size(), units->size());
    auto *table = board.findChild<QTableWidget *>(QStringLiteral("boardTable"));
    QCOMPARE(table->rowCount(), int(units->size()));

    const int unit = identityOf(QStringLiteral("clerk")).unitId;
    auto receivedToday = [&board, unit]() -> qint64 {
        for (const BoardRow &r : board.rows()) {
            if (r.unitId == unit)
                return r.receivedToday;
        }
        return -1;
    };
    const qint64 before = receivedToday();
    QVERIFY(before >= 1);
    const int refreshes = board.refreshCount();

    // Another workstation receives a dossier and tells the others.
    QVERIFY(receive(QStringLiteral("clerk"),
                    QStringLiteral("Võ Thị Bảng"),
                    QStringLiteral("079195007777"))
                    .summary.id
            > 0);
    LiveNotifier notifier(connectionOf(QStringLiteral("clerk")));
    notifier.changed(QStringLiteral("intake:%1").arg(unit));
    QVERIFY(notifier.flush());
    QTRY_COMPARE_WITH_TIMEOUT(receivedToday(), before + 1, 5000);
    QCOMPARE(board.refreshCount(), refreshes + 1);
    const int row = [&] {
        for (int r = 0; r < board.rows().size(); ++r) {
            if (board.rows().at(r).unitId == unit)
                return r;
        }
        return -1;
    }();
    QCOMPARE(table->item(row, 4)->text(), QLocale().toString(before + 1));

    const QImage shot = board.grab().toImage();
    QCOMPARE(shot.size(), QSize(1366, 768));
    if (qEnvironmentVariableIsSet("MOTCUA_KEEP_PICTURES"))
        shot.save(QStringLiteral("/tmp/board.png"));

    // Esc closes a board that is not a kiosk.
    board.setKiosk(true);
    QTest::keyClick(&board, Qt::Key_Escape);
    QVERIFY(board.isVisible());
    board.setKiosk(false);
    QTest::keyClick(&board, Qt::Key_Escape);
    QVERIFY(!board.isVisible());
}

QTEST_MAIN(TestReviews)
#include "test_reviews.moc"
