// The supervisors' scorecard against the real server: hand-counted fixtures
// made through the intake and the dossier's life (received, returned,
// withdrawn, stopped, extended, paused, refused, posted), then every figure,
// the ranking, the chart, the overdue list, the compliance review, report
// II.06a, the bottlenecks, and the bookkeeping rebuilt from scratch.
#include "intakedrafts.h"
#include "testdatabase.h"

#include "core/compliance.h"
#include "core/timeliness.h"
#include "core/vntime.h"
#include "data/catalog.h"
#include "data/dossierrepository.h"
#include "data/intakerepository.h"
#include "data/live.h"
#include "data/ratingrepository.h"
#include "data/reviewsrepository.h"
#include "data/scorecardrepository.h"
#include "data/staffidentity.h"
#include "data/statutoryreportrepository.h"

#include <QSignalSpy>

using namespace Motcua;
using namespace Motcua::Test;

namespace {

QDate vnToday()
{
    return VnTime::toVietnam(QDateTime::currentDateTimeUtc()).date();
}

QString describe(const DbError &e)
{
    return e.describe();
}

// Both bookkeeping tables as text, in key order.
QStringList bookkeeping(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    for (const char *table : {"scorecard_days", "scorecard_months"}) {
        q.exec(QStringLiteral("SELECT t::text FROM %1 t ORDER BY day, unit_id, counter_id, clerk")
                       .arg(QLatin1String(table)));
        while (q.next())
            out << QLatin1String(table) + QLatin1Char(' ') + q.value(0).toString();
    }
    return out;
}

// Every figure of a line, the histogram included, as one comparable text.
QString figuresText(const ScorecardFigures &f)
{
    QStringList hist;
    for (qint64 n : f.serviceHistogram)
        hist << QString::number(n);
    return QStringLiteral("received %1/%2/%3 first %4 resolved %5/%6/%7 in progress %8/%9 "
                          "supplements %10 refusals %11 rated %12/%13/%14 hist %15")
            .arg(f.receivedInPerson)
            .arg(f.receivedPost)
            .arg(f.receivedOnline)
            .arg(f.receivedFirstVisit)
            .arg(f.resolvedEarly)
            .arg(f.resolvedOnTime)
            .arg(f.resolvedLate)
            .arg(f.inProgressInTime)
            .arg(f.inProgressOverdue)
            .arg(f.supplementRequests)
            .arg(f.refusals)
            .arg(f.ratedVerySatisfied)
            .arg(f.ratedSatisfied)
            .arg(f.ratedUnsatisfied)
            .arg(hist.join(QLatin1Char(',')));
}

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

QString tableText(QSqlDatabase db, const char *table)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT t::text FROM %1 t ORDER BY 1").arg(QLatin1String(table)));
    while (q.next())
        out << q.value(0).toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestScorecardData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rebuildEqualsTriggers();
    void clerkFigures();
    void unitFigures();
    void ranking_data();
    void ranking();
    void dailyChart();
    void overdueNowInDueOrder();
    void drillDown();
    void compliance_data();
    void compliance();
    void report();
    void bottlenecks();
    void periodsAcrossMonths_data();
    void periodsAcrossMonths();
    void carriedOverInReport();
    void rollKeepsFigures_data();
    void rollKeepsFigures();
    void writesBeforeTheMarkAddToTheirMonth();
    void bucketEdgesAgree();
    void timelinessAgrees_data();
    void timelinessAgrees();
    void weights();
    void rebuildIsForAdministrators();
    void freshness();
    void liveUpdate();
    void lateReceiptsRedrawTheirDay();

private:
    QSqlDatabase conn(const QString &who);
    DossierRepository repoAs(const QString &who);
    // The citizen rates at the terminal of clerk a's counter (migration 0021).
    bool rateAtTerminal(qint64 dossierId, RatingOccasion occasion, RatingLevel level);
    DossierDetail receive(const QString &who,
                          const QString &name,
                          const QString &idNumber,
                          int serviceSeconds,
                          qint64 resumes = 0);
    void step(DossierDetail &d, const QString &who, DossierAction a, const ActionInput &in = {});
    void setDue(DossierDetail &d, const QString &interval);
    ScorecardRepository supervisor() { return ScorecardRepository(conn(QStringLiteral("sup"))); }
    ReviewsRepository reviews() { return ReviewsRepository(conn(QStringLiteral("sup"))); }
    StatutoryReportRepository reports()
    {
        return StatutoryReportRepository(conn(QStringLiteral("sup")));
    }
    ScorecardQuery query(ScorecardLevel level, QDate from = {}, QDate to = {}) const;

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, ConnectionSettings> m_staff;
    QHash<QString, StaffIdentity> m_who;
    Procedure m_procedure;
    int m_unit = 0;
    QHash<QString, DossierDetail> m_d;
    qint64 m_refusal = 0;
    qint64 m_counterSupplement = 0;
};

QSqlDatabase TestScorecardData::conn(const QString &who)
{
    const QString name = QStringLiteral("scorecard_") + who;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    auto db = m_staff.value(who).open(name);
    return db ? *db : QSqlDatabase();
}

DossierRepository TestScorecardData::repoAs(const QString &who)
{
    QSqlDatabase db = conn(who);
    return DossierRepository(db, *StaffIdentity::load(db));
}

bool TestScorecardData::rateAtTerminal(qint64 dossierId, RatingOccasion occasion, RatingLevel level)
{
    const DbStatus rated
            = RatingRepository(conn(QStringLiteral("terminal"))).rate(dossierId, occasion, level);
    if (!rated)
        qWarning() << describe(rated.error());
    return rated.ok();
}

ScorecardQuery TestScorecardData::query(ScorecardLevel level, QDate from, QDate to) const
{
    ScorecardQuery q;
    q.period = {from.isValid() ? from : vnToday(), to.isValid() ? to : vnToday()};
    q.level = level;
    q.unitId = m_unit;
    return q;
}

DossierDetail TestScorecardData::receive(const QString &who,
                                         const QString &name,
                                         const QString &idNumber,
                                         int serviceSeconds,
                                         qint64 resumes)
{
    IntakeDraft d;
    d.procedureId = m_procedure.id;
    d.procedureCode = m_procedure.code;
    d.applicant.fullName = name;
    d.applicant.idNumber = idNumber;
    d.resumesOutcomeId = resumes;
    for (const ChecklistItem &c : m_procedure.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    const StaffIdentity &w = m_who.value(who);
    auto r = IntakeRepository(conn(who)).receive(
            d, m_procedure, {w.unitId, w.counterId}, QDateTime::currentDateTime(), serviceSeconds);
    if (!r) {
        qWarning() << describe(r.error());
        return {};
    }
    return *repoAs(who).load(r->code);
}

void TestScorecardData::step(DossierDetail &d,
                             const QString &who,
                             DossierAction a,
                             const ActionInput &in)
{
    auto next = repoAs(who).apply(d.summary.id, d.version, a, in);
    QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : describe(next.error())));
    d = *next;
}

// Moves the due instant (superuser): `interval` from now, e.g. "-1 hour".
void TestScorecardData::setDue(DossierDetail &d, const QString &interval)
{
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("UPDATE dossiers SET due_at = now() + ?::interval WHERE id = ?"));
    q.addBindValue(interval);
    q.addBindValue(d.summary.id);
    QVERIFY_SQL(q, exec());
    d = *repoAs(QStringLiteral("a")).loadById(d.summary.id);
}

void TestScorecardData::initTestCase()
{
    MOTCUA_REQUIRE_SERVER();
    m_db = std::make_unique<TestDatabase>(TestDatabase::Content::Demo);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_staff.insert(QStringLiteral("a"), m_db->createStaff(QStringLiteral("clerk")));
    m_staff.insert(QStringLiteral("b"),
                   m_db->createStaff(QStringLiteral("clerk"), {}, QStringLiteral("b")));
    m_staff.insert(QStringLiteral("sup"), m_db->createStaff(QStringLiteral("supervisor")));
    m_staff.insert(QStringLiteral("admin"), m_db->createStaff(QStringLiteral("admin")));
    for (const QString &who : {QStringLiteral("a"), QStringLiteral("b")}) {
        auto w = StaffIdentity::load(conn(who));
        QVERIFY(w.ok());
        m_who.insert(who, *w);
    }
    m_unit = m_who.value(QStringLiteral("a")).unitId;
    m_staff.insert(QStringLiteral("terminal"),
                   m_db->createRatingDevice(QStringLiteral("counter"),
                                            m_who.value(QStringLiteral("a")).counterId));
    QCOMPARE(m_who.value(QStringLiteral("b")).unitId, m_unit);
    auto procedures
            = CatalogRepository(conn(QStringLiteral("a"))).proceduresInForce(QDate::currentDate());
    QVERIFY(procedures.ok());
    for (const Procedure &p : *procedures) {
        if (p.processingUnit == QLatin1String("working_days") && !p.cutoff.isValid()) {
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
    m_staff.insert(QStringLiteral("dep"),
                   m_db->createStaff(QStringLiteral("department"), q.value(0).toString()));

    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    const QString dep = QStringLiteral("dep");
    ActionInput applicant;
    applicant.handover.channel = QStringLiteral("applicant");

    // d1: returned to the applicant early, rated very satisfied.
    DossierDetail d1
            = receive(a, QStringLiteral("Nguyễn Văn Một"), QStringLiteral("079200000001"), 60);
    step(d1, a, DossierAction::Transfer);
    step(d1, dep, DossierAction::StartProcessing);
    step(d1, dep, DossierAction::MarkReady);
    step(d1, a, DossierAction::Return, applicant);
    QVERIFY(rateAtTerminal(d1.summary.id, RatingOccasion::Handover, RatingLevel::VerySatisfied));
    m_d.insert(QStringLiteral("d1"), d1);

    // d2: two supplement requests while processing (the first with a stock
    // phrase), still waiting for the second: the clock stands still.
    DossierDetail d2
            = receive(a, QStringLiteral("Trần Thị Hai"), QStringLiteral("079200000002"), 60);
    step(d2, a, DossierAction::Transfer);
    step(d2, dep, DossierAction::StartProcessing);
    ActionInput stock;
    stock.note = QStringLiteral("Bổ sung.");
    step(d2, dep, DossierAction::RequestSupplement, stock);
    step(d2, a, DossierAction::ReceiveSupplement);
    ActionInput specific;
    specific.note = QStringLiteral("Thiếu bản chứng thực giấy chứng nhận quyền sử dụng đất");
    step(d2, dep, DossierAction::RequestSupplement, specific);
    m_d.insert(QStringLiteral("d2"), d2);

    // d3: withdrawn at the applicant's request (counts as on time).
    DossierDetail d3 = receive(a, QStringLiteral("Lê Văn Ba"), QStringLiteral("079200000003"), 60);
    ActionInput withdraw;
    withdraw.note = QStringLiteral("Người nộp rút hồ sơ để nộp lại sau");
    step(d3, a, DossierAction::Withdraw, withdraw);
    m_d.insert(QStringLiteral("d3"), d3);

    // d4: overdue now, nobody apologised.
    DossierDetail d4
            = receive(a, QStringLiteral("Phạm Thị Bốn"), QStringLiteral("079200000004"), 60);
    setDue(d4, QStringLiteral("-1 hour"));
    m_d.insert(QStringLiteral("d4"), d4);

    // d5: extended after its due date had passed; in time again.
    DossierDetail d5
            = receive(a, QStringLiteral("Hoàng Văn Năm"), QStringLiteral("079200000005"), 60);
    step(d5, a, DossierAction::Transfer);
    setDue(d5, QStringLiteral("-2 hours"));
    ActionInput extend;
    extend.note = QStringLiteral("Cần xác minh thêm tại địa phương, xin lỗi ông");
    extend.newDue = m_db->workingInstantAfter(d5.receivingUnitId, QDateTime::currentDateTime());
    step(d5, dep, DossierAction::Extend, extend);
    m_d.insert(QStringLiteral("d5"), d5);

    // d6: returned by post after its due date: late, no apology.
    DossierDetail d6 = receive(a, QStringLiteral("Vũ Thị Sáu"), QStringLiteral("079200000006"), 60);
    step(d6, a, DossierAction::Transfer);
    step(d6, dep, DossierAction::StartProcessing);
    step(d6, dep, DossierAction::MarkReady);
    setDue(d6, QStringLiteral("-30 minutes"));
    ActionInput post;
    post.handover.channel = QStringLiteral("post");
    post.handover.trackingNumber = QStringLiteral("EMS123456789VN");
    step(d6, a, DossierAction::Return, post);
    m_d.insert(QStringLiteral("d6"), d6);

    // d7: handed to an "authorised" person with no authorisation; satisfied.
    DossierDetail d7 = receive(a, QStringLiteral("Đỗ Văn Bảy"), QStringLiteral("079200000007"), 60);
    step(d7, a, DossierAction::Transfer);
    step(d7, dep, DossierAction::StartProcessing);
    step(d7, dep, DossierAction::MarkReady);
    ActionInput other;
    other.handover.channel = QStringLiteral("authorised");
    other.handover.collectorName = QStringLiteral("Người Nhận Hộ");
    other.handover.collectorIdNumber = QStringLiteral("079299999999");
    other.handover.authorisation = QStringLiteral("   ");
    step(d7, a, DossierAction::Return, other);
    QVERIFY(rateAtTerminal(d7.summary.id, RatingOccasion::Handover, RatingLevel::Satisfied));
    m_d.insert(QStringLiteral("d7"), d7);

    // d8: stopped by the department with a stock phrase (finished early).
    DossierDetail d8
            = receive(a, QStringLiteral("Bùi Thị Tám"), QStringLiteral("079200000008"), 60);
    step(d8, a, DossierAction::Transfer);
    ActionInput stop;
    stop.note = QStringLiteral("Không hợp lệ");
    step(d8, dep, DossierAction::Stop, stop);
    m_d.insert(QStringLiteral("d8"), d8);

    // At the counter: a refusal with a stock phrase, two supplement requests
    // for one applicant, then the dossier received (not a first visit).
    IntakeRepository intake(conn(a));
    const IntakePlace place{m_unit, m_who.value(a).counterId};
    IntakeDraft refused;
    refused.procedureId = m_procedure.id;
    refused.applicant.fullName = QStringLiteral("Ngô Văn Chín");
    refused.applicant.idNumber = QStringLiteral("079200000009");
    auto refusal = intake.refuse(refused, m_procedure, place, QStringLiteral("Khác"), 20);
    QVERIFY2(refusal.ok(), qPrintable(refusal.ok() ? QString() : describe(refusal.error())));
    m_refusal = *refusal;
    IntakeDraft missing;
    missing.procedureId = m_procedure.id;
    missing.applicant.fullName = QStringLiteral("Dương Thị Mười");
    missing.applicant.idNumber = QStringLiteral("079200000010");
    const QList<MissingDocument> what{
            {m_procedure.checklist.first().name, QStringLiteral("Cần 01 bản chính")}};
    QVERIFY(intake.requestSupplement(missing, m_procedure, place, what, QString(), 40).ok());
    missing.key = newIntakeKey();
    auto second = intake.requestSupplement(missing, m_procedure, place, what, QString(), 40);
    QVERIFY(second.ok());
    m_counterSupplement = *second;
    m_d.insert(QStringLiteral("r"),
               receive(a,
                       QStringLiteral("Dương Thị Mười"),
                       QStringLiteral("079200000010"),
                       60,
                       m_counterSupplement));

    // Clerk b: one in time, one overdue (due before d4).
    m_d.insert(QStringLiteral("b1"),
               receive(b, QStringLiteral("Lý Văn Mười Một"), QStringLiteral("079200000011"), 30));
    DossierDetail b2
            = receive(b, QStringLiteral("Mai Thị Mười Hai"), QStringLiteral("079200000012"), 30);
    setDue(b2, QStringLiteral("-3 hours"));
    m_d.insert(QStringLiteral("b2"), b2);
    for (auto it = m_d.cbegin(); it != m_d.cend(); ++it)
        QVERIFY2(it.value().summary.id > 0, qPrintable(it.key()));
}

void TestScorecardData::cleanupTestCase()
{
    m_db.reset();
}

void TestScorecardData::rebuildEqualsTriggers()
{
    QSqlDatabase su = m_db->open();
    const QStringList before = bookkeeping(su);
    QVERIFY(!before.isEmpty());
    auto rebuilt = ScorecardRepository(conn(QStringLiteral("admin"))).rebuild();
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : describe(rebuilt.error())));
    QCOMPARE(bookkeeping(su), before);
}

void TestScorecardData::clerkFigures()
{
    auto entries = supervisor().scorecard(query(ScorecardLevel::Clerk));
    QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : describe(entries.error())));
    // a, b, and the unit's demo clerk, who did nothing today.
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(2).figures.received(), 0);
    QCOMPARE(entries->at(2).figures.inProgress(), 0);
    QVERIFY(!entries->at(2).name.isEmpty());
    const ScorecardEntry &a = entries->at(0);
    QCOMPARE(a.clerk, m_who.value(QStringLiteral("a")).roleName);
    QCOMPARE(a.name, QStringLiteral("Test clerk"));
    QCOMPARE(a.counterId, -1);
    const ScorecardFigures &f = a.figures;
    // d1–d8 and r, in person; r came back after two supplement requests.
    QCOMPARE(f.receivedInPerson, 9);
    QCOMPARE(f.receivedPost, 0);
    QCOMPARE(f.receivedOnline, 0);
    QCOMPARE(f.receivedFirstVisit, 8);
    // Early: d1, d7, d8; on time: d3 (withdrawn); late: d6.
    QCOMPARE(f.resolvedEarly, 3);
    QCOMPARE(f.resolvedOnTime, 1);
    QCOMPARE(f.resolvedLate, 1);
    // Open: d2 (paused), d5 (extended), r in time; d4 overdue.
    QCOMPARE(f.inProgressInTime, 3);
    QCOMPARE(f.inProgressOverdue, 1);
    // Two while processing d2, two at the counter.
    QCOMPARE(f.supplementRequests, 4);
    QCOMPARE(f.refusals, 1);
    QCOMPARE(f.ratedVerySatisfied, 1);
    QCOMPARE(f.ratedSatisfied, 1);
    QCOMPARE(f.ratedUnsatisfied, 0);
    QList<qint64> hist(serviceBucketEdges().size(), 0);
    hist[serviceBucket(60)] = 9;
    hist[serviceBucket(30)] += 1; // 20 s sent, counted at the lower bound (0017)
    hist[serviceBucket(40)] += 2;
    QCOMPARE(f.serviceHistogram, hist);
    QCOMPARE(*f.serviceMedianSeconds(), 60.0 + 30.0 * (6.0 - 3.0) / 9.0);

    const ScorecardFigures &g = entries->at(1).figures;
    QCOMPARE(entries->at(1).clerk, m_who.value(QStringLiteral("b")).roleName);
    QCOMPARE(g.received(), 2);
    QCOMPARE(g.receivedFirstVisit, 2);
    QCOMPARE(g.resolved(), 0);
    QCOMPARE(g.inProgressInTime, 1);
    QCOMPARE(g.inProgressOverdue, 1);
    QCOMPARE(g.serviceHistogram.at(serviceBucket(30)), 2);
}

void TestScorecardData::unitFigures()
{
    auto total = supervisor().total(query(ScorecardLevel::Clerk));
    QVERIFY(total.ok());
    QCOMPARE(total->received(), 11);
    QCOMPARE(total->receivedFirstVisit, 10);
    QCOMPARE(total->resolved(), 5);
    QCOMPARE(total->inProgressInTime, 4);
    QCOMPARE(total->inProgressOverdue, 2);
    QCOMPARE(total->supplementRequests, 4);
    QCOMPARE(total->refusals, 1);
    QCOMPARE(total->rated(), 2);

    // Right after scorecard(), total() gives the sum of the entries just read:
    // the same figures as reading them afresh.
    for (ScorecardLevel level :
         {ScorecardLevel::Clerk, ScorecardLevel::Counter, ScorecardLevel::Branch}) {
        ScorecardRepository repo = supervisor();
        QVERIFY(repo.scorecard(query(level)).ok());
        auto cached = repo.total(query(level));
        auto fresh = supervisor().total(query(level));
        QVERIFY(cached.ok() && fresh.ok());
        QCOMPARE(cached->received(), fresh->received());
        QCOMPARE(cached->resolved(), fresh->resolved());
        QCOMPARE(cached->inProgressInTime, fresh->inProgressInTime);
        QCOMPARE(cached->inProgressOverdue, fresh->inProgressOverdue);
        QCOMPARE(cached->rated(), fresh->rated());
        QCOMPARE(cached->serviceHistogram, fresh->serviceHistogram);
    }

    // The same at the counter level (both clerks sit at the unit's first
    // counter) and at the branch level.
    auto counters = supervisor().scorecard(query(ScorecardLevel::Counter));
    QVERIFY(counters.ok());
    QVERIFY(!counters->isEmpty());
    const ScorecardEntry &c = counters->first();
    QCOMPARE(c.counterId, m_who.value(QStringLiteral("a")).counterId);
    QCOMPARE(c.counterNumber, m_who.value(QStringLiteral("a")).counterNumber);
    QCOMPARE(c.figures.received(), 11);
    QCOMPARE(c.figures.inProgress(), 6);
    for (int i = 1; i < counters->size(); ++i)
        QCOMPARE(counters->at(i).figures.received(), 0);

    auto branches = supervisor().scorecard(query(ScorecardLevel::Branch));
    QVERIFY(branches.ok());
    QSqlQuery q(m_db->open());
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT count(*) FROM units "
                                    "WHERE kind IN ('center', 'branch', 'local_team')")));
    QVERIFY(q.next());
    QCOMPARE(branches->size(), q.value(0).toInt());
    QCOMPARE(branches->first().unitId, m_unit);
    QCOMPARE(branches->first().name, m_who.value(QStringLiteral("a")).unitName);
    QCOMPARE(branches->first().figures.received(), 11);
    QCOMPARE(branches->first().rank, 1);
    QVERIFY(branches->first().score.has_value());
    // Units with no figures at all score nothing for volume and rank after.
    QCOMPARE(branches->last().figures.received(), 0);
    QVERIFY(!branches->last().score.has_value() || *branches->last().score == 0);
    QCOMPARE(branches->last().rank, branches->size());
}

void TestScorecardData::ranking_data()
{
    QTest::addColumn<int>("level");
    QTest::newRow("clerks") << int(ScorecardLevel::Clerk);
    QTest::newRow("counters") << int(ScorecardLevel::Counter);
    QTest::newRow("branches") << int(ScorecardLevel::Branch);
}

void TestScorecardData::ranking()
{
    QFETCH(int, level);
    auto repo = supervisor();
    auto entries = repo.scorecard(query(ScorecardLevel(level)));
    QVERIFY(entries.ok());
    const ScoreWeights w = *repo.weights();
    qint64 most = 0;
    for (const ScorecardEntry &e : *entries)
        most = qMax(most, e.figures.received());
    for (int i = 0; i < entries->size(); ++i) {
        const ScorecardEntry &e = entries->at(i);
        QCOMPARE(e.rank, i + 1);
        QCOMPARE(e.score, compositeScore(e.figures, most, w));
        if (i > 0) {
            const ScorecardEntry &p = entries->at(i - 1);
            if (e.score)
                QVERIFY(p.score && *p.score >= *e.score);
            if (p.score && e.score && *p.score == *e.score)
                QVERIFY(p.figures.received() >= e.figures.received());
        }
    }
    if (level == int(ScorecardLevel::Clerk)) {
        // a: (40 × 4/5 + 35 × 0.75 + 15 × 1 + 10 × 8/9) / 100;
        // b: (15 × 2/9 + 10 × 1) / 25.
        QVERIFY(qAbs(*entries->at(0).score - (32 + 26.25 + 15 + 80.0 / 9)) < 1e-9);
        QVERIFY(qAbs(*entries->at(1).score - 100 * (15 * 2.0 / 9 + 10) / 25) < 1e-9);
    }
}

void TestScorecardData::dailyChart()
{
    const QDate today = vnToday();
    auto days = supervisor().daily(query(ScorecardLevel::Clerk, today.addDays(-2), today));
    QVERIFY(days.ok());
    QCOMPARE(days->size(), 3);
    QCOMPARE(days->at(0).day, today.addDays(-2));
    QCOMPARE(days->at(0).received, 0);
    QCOMPARE(days->at(1).received, 0);
    QCOMPARE(days->at(2).day, today);
    QCOMPARE(days->at(2).received, 11);
    QCOMPARE(days->at(2).resolved, 5);
    QCOMPARE(days->at(2).resolvedInTime, 4);
}

void TestScorecardData::overdueNowInDueOrder()
{
    for (int unit : {m_unit, 0}) {
        auto list = supervisor().overdueNow(unit);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).code, m_d.value(QStringLiteral("b2")).summary.code);
        QCOMPARE(list->at(1).code, m_d.value(QStringLiteral("d4")).summary.code);
        QCOMPARE(list->at(1).applicantName, QStringLiteral("Phạm Thị Bốn"));
        QCOMPARE(list->at(1).procedureName, m_procedure.name);
        QCOMPARE(list->at(1).unitName, m_who.value(QStringLiteral("a")).unitName);
        QVERIFY(!list->at(1).departmentName.isEmpty());
        QCOMPARE(list->at(1).state, QStringLiteral("received"));
        QVERIFY(list->at(0).dueAt < list->at(1).dueAt);
    }
    QCOMPARE(supervisor().overdueNow(m_unit, 1)->size(), 1);
    // The overdue list reads the open-due index.
    QSqlQuery q(m_db->open());
    QVERIFY_SQL(q, exec(QStringLiteral("SET enable_seqscan = off")));
    QVERIFY_SQL(q,
                exec(QStringLiteral("EXPLAIN SELECT id FROM dossiers WHERE finished_at IS NULL "
                                    "AND paused_since IS NULL AND due_at < "
                                    "date_trunc('minute', now()) ORDER BY due_at LIMIT 200")));
    QString plan;
    while (q.next())
        plan += q.value(0).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QLatin1String("dossiers_open_due_idx")), qPrintable(plan));
}

void TestScorecardData::drillDown()
{
    ScorecardQuery q = query(ScorecardLevel::Clerk);
    auto all = supervisor().dossiers(q);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 11);
    auto b = supervisor().dossiers(q, m_who.value(QStringLiteral("b")).roleName);
    QVERIFY(b.ok());
    QCOMPARE(b->size(), 2);
    QCOMPARE(b->at(0).code, m_d.value(QStringLiteral("b1")).summary.code);
    q.period = {vnToday().addDays(-3), vnToday().addDays(-1)};
    QCOMPARE(supervisor().dossiers(q)->size(), 0);
}

void TestScorecardData::compliance_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("dossiers"); // fixture names; "refusal", "counter"
    QTest::newRow("repeated supplement")
            << int(ComplianceFinding::RepeatedSupplement)
            << QStringList{QStringLiteral("d2"), QStringLiteral("counter")};
    QTest::newRow("blank reason") << int(ComplianceFinding::BlankReason)
                                  << QStringList{QStringLiteral("refusal"),
                                                 QStringLiteral("d2"),
                                                 QStringLiteral("d8")};
    QTest::newRow("late without apology")
            << int(ComplianceFinding::LateWithoutApology)
            << QStringList{QStringLiteral("b2"), QStringLiteral("d4"), QStringLiteral("d6")};
    QTest::newRow("extension after due")
            << int(ComplianceFinding::ExtensionAfterDue) << QStringList{QStringLiteral("d5")};
    QTest::newRow("handed without authorisation")
            << int(ComplianceFinding::HandedWithoutAuthorisation)
            << QStringList{QStringLiteral("d7")};
}

void TestScorecardData::compliance()
{
    QFETCH(int, kind);
    QFETCH(QStringList, dossiers);
    auto findings = reviews().compliance({vnToday(), vnToday()}, m_unit);
    QVERIFY2(findings.ok(), qPrintable(findings.ok() ? QString() : describe(findings.error())));
    QStringList found;
    for (const ComplianceFinding &f : *findings) {
        if (f.kind != kind)
            continue;
        // The facts the screen words the finding from.
        switch (f.kind) {
        case ComplianceFinding::RepeatedSupplement:
            QVERIFY2(f.count > 1, qPrintable(f.code));
            QCOMPARE(f.procedureName.isEmpty(), f.outcomeId == 0);
            break;
        case ComplianceFinding::BlankReason:
            QVERIFY(f.step != ComplianceFinding::NoStep);
            QCOMPARE(f.outcomeId > 0,
                     f.step == ComplianceFinding::CounterRefusal
                             || f.step == ComplianceFinding::CounterSupplement);
            // The server's rule and core's agree on what is blank.
            QVERIFY2(Compliance::isBlankReason(f.reason), qPrintable(f.reason));
            break;
        case ComplianceFinding::LateWithoutApology:
            QVERIFY(f.dueAt.isValid());
            if (f.finishedAt.isValid())
                QVERIFY(f.finishedAt > f.dueAt);
            break;
        case ComplianceFinding::ExtensionAfterDue:
            QVERIFY(f.dueAt.isValid() && f.newDueAt > f.dueAt);
            break;
        case ComplianceFinding::HandedWithoutAuthorisation:
            QVERIFY(!f.collectorName.isEmpty() || !f.collectorIdNumber.isEmpty());
            break;
        }
        QVERIFY(f.at.isValid());
        QVERIFY(!f.unitName.isEmpty());
        if (f.outcomeId == m_refusal)
            found << QStringLiteral("refusal");
        else if (f.outcomeId == m_counterSupplement)
            found << QStringLiteral("counter");
        for (auto it = m_d.cbegin(); it != m_d.cend(); ++it) {
            if (f.dossierId > 0 && it.value().summary.id == f.dossierId) {
                QCOMPARE(f.code, it.value().summary.code);
                found << it.key();
            }
        }
    }
    found.sort();
    dossiers.sort();
    QCOMPARE(found, dossiers);
    // Another unit has none of these.
    auto elsewhere = reviews().compliance({vnToday(), vnToday()}, m_unit + 1000);
    QVERIFY(elsewhere.ok());
    QVERIFY(elsewhere->isEmpty());
}

void TestScorecardData::report()
{
    for (int unit : {m_unit, 0}) {
        auto rows = reports().reportII06a(unit, {vnToday(), vnToday()});
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : describe(rows.error())));
        QCOMPARE(rows->size(), 2); // one sector, then the total
        QCOMPARE(rows->at(0).sector, m_procedure.sector);
        QVERIFY(!rows->at(0).isTotal);
        QVERIFY(rows->last().isTotal);
        QVERIFY(rows->last().sector.isEmpty());
        for (const ReportII06aRow &r : *rows) {
            QCOMPARE(r.receivedTotal, 11);
            QCOMPARE(r.receivedOnline, 0);
            QCOMPARE(r.receivedInPersonOrPost, 11);
            QCOMPARE(r.carriedOver, 0);
            QCOMPARE(r.resolvedTotal, 5);
            QCOMPARE(r.resolvedEarly, 3);
            QCOMPARE(r.resolvedOnTime, 1);
            QCOMPARE(r.resolvedLate, 1);
            QCOMPARE(r.inProgressTotal, 6);
            QCOMPARE(r.inProgressInTime, 4);  // d2 paused, d5, r, b1
            QCOMPARE(r.inProgressOverdue, 2); // d4, b2
        }
    }
}

void TestScorecardData::bottlenecks()
{
    const ScorecardPeriod today{vnToday(), vnToday()};
    for (bool byProcedure : {true, false}) {
        auto rows = byProcedure ? reviews().bottlenecksByProcedure(today)
                                : reviews().bottlenecksByDepartment(today);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : describe(rows.error())));
        QVERIFY(!rows->isEmpty());
        QSet<QString> states;
        for (const BottleneckRow &r : *rows) {
            QVERIFY(r.groupId > 0);
            QVERIFY(!r.group.isEmpty());
            QVERIFY(r.dossiers > 0);
            // Everything happened within this test run.
            QVERIFY2(r.medianHours >= 0 && r.medianHours < 1, qPrintable(r.state));
            QVERIFY(r.p90Hours >= r.medianHours);
            // One late (d6) of five finished.
            QVERIFY(qAbs(r.lateShare - 0.2) < 1e-9);
            states << r.state;
            QVERIFY(r.state != QLatin1String("returned"));
        }
        QVERIFY(states.contains(QStringLiteral("received")));
        QVERIFY(states.contains(QStringLiteral("in_processing")));
        if (byProcedure)
            QVERIFY(rows->first().group.startsWith(m_procedure.code));
    }
}

void TestScorecardData::periodsAcrossMonths_data()
{
    // d1 moved to the 15th of the month before last (superuser), then rebuilt.
    const QDate today = vnToday();
    const QDate m2 = QDate(today.year(), today.month(), 1).addMonths(-2);
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("early");
    QTest::newRow("whole months and part of this one") << m2 << today << 11ll << 3ll;
    QTest::newRow("from the day after") << m2.addDays(15) << today << 10ll << 2ll;
    QTest::newRow("the day itself") << m2.addDays(14) << m2.addDays(14) << 1ll << 1ll;
    QTest::newRow("that month only") << m2 << m2.addMonths(1).addDays(-1) << 1ll << 1ll;
    QTest::newRow("from the middle of the month, over a whole month")
            << m2.addDays(14) << m2.addMonths(2).addDays(-1) << 1ll << 1ll;
    QTest::newRow("today only") << today << today << 10ll << 2ll;
}

void TestScorecardData::periodsAcrossMonths()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, received);
    QFETCH(qint64, early);
    static bool moved = false;
    if (!moved) {
        const QDate today = vnToday();
        const QDate day = QDate(today.year(), today.month(), 1).addMonths(-2).addDays(14);
        QSqlQuery q(m_db->open());
        q.prepare(QStringLiteral("UPDATE dossiers SET received_at = ?, finished_at = ?, "
                                 "due_at = ? WHERE id = ?"));
        q.addBindValue(VnTime::wallClock(day, QTime(9, 0)));
        q.addBindValue(VnTime::wallClock(day, QTime(10, 0)));
        q.addBindValue(VnTime::wallClock(day.addDays(3), QTime(9, 0)));
        q.addBindValue(m_d.value(QStringLiteral("d1")).summary.id);
        QVERIFY_SQL(q, exec());
        QVERIFY(ScorecardRepository(conn(QStringLiteral("admin"))).rebuild().ok());
        moved = true;
        auto days
                = supervisor().daily(query(ScorecardLevel::Clerk, day.addDays(-1), day.addDays(1)));
        QVERIFY(days.ok());
        QCOMPARE(days->size(), 3);
        QCOMPARE(days->at(0).received, 0);
        QCOMPARE(days->at(1).received, 1);
        QCOMPARE(days->at(1).resolvedInTime, 1);
        QCOMPARE(days->at(2).received, 0);
    }
    auto total = supervisor().total(query(ScorecardLevel::Clerk, from, to));
    QVERIFY(total.ok());
    QCOMPARE(total->received(), received);
    QCOMPARE(total->resolvedEarly, early);
    auto branch = supervisor().scorecard(query(ScorecardLevel::Branch, from, to));
    QVERIFY(branch.ok());
    QCOMPARE(branch->first().figures.received(), received);
}

void TestScorecardData::carriedOverInReport()
{
    // d5 (open) received two days ago: carried over into today.
    QSqlQuery q(m_db->open());
    q.prepare(QStringLiteral("UPDATE dossiers SET received_at = received_at - interval '2 days' "
                             "WHERE id = ?"));
    q.addBindValue(m_d.value(QStringLiteral("d5")).summary.id);
    QVERIFY_SQL(q, exec());
    auto rows = reports().reportII06a(m_unit, {vnToday(), vnToday()});
    QVERIFY(rows.ok());
    const ReportII06aRow &t = rows->last();
    QCOMPARE(t.receivedTotal, 9); // d1 moved away, d5 earlier
    QCOMPARE(t.carriedOver, 1);
    QCOMPARE(t.resolvedTotal, 4);
    QCOMPARE(t.inProgressTotal, 6);
    // Over the days before: d5 received, in progress at the end, in time.
    auto before = reports().reportII06a(m_unit, {vnToday().addDays(-2), vnToday().addDays(-1)});
    QVERIFY(before.ok());
    QCOMPARE(before->last().receivedTotal, 1);
    QCOMPARE(before->last().inProgressTotal, 1);
    QCOMPARE(before->last().inProgressInTime, 1);
}

void TestScorecardData::rollKeepsFigures_data()
{
    // After periodsAcrossMonths (d1 received and returned early on the 15th
    // of the month before last) and carriedOverInReport (which moved d5 in
    // the dossiers only, not in the bookkeeping).
    const QDate today = vnToday();
    const QDate m0 = firstOfMonth(today);
    const QDate m1 = m0.addMonths(-1);
    const QDate m2 = m0.addMonths(-2);
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("firstVisit");
    QTest::addColumn<qint64>("early");
    QTest::addColumn<qint64>("onTime");
    QTest::addColumn<qint64>("late");
    QTest::addColumn<qint64>("supplements");
    QTest::addColumn<qint64>("rated");
    // d1 alone: received at a first visit and returned early (its rating is
    // dated today).
    QTest::newRow("month before last")
            << m2 << m1.addDays(-1) << 1ll << 1ll << 1ll << 0ll << 0ll << 0ll << 0ll;
    QTest::newRow("last month") << m1 << m0.addDays(-1) << 0ll << 0ll << 0ll << 0ll << 0ll << 0ll
                                << 0ll;
    // The rest: r came back after two supplement requests; d3 withdrawn, d6
    // late; four supplement requests; d1 and d7 rated.
    QTest::newRow("this month") << m0 << m0.addMonths(1).addDays(-1) << 10ll << 9ll << 2ll << 1ll
                                << 1ll << 4ll << 2ll;
    QTest::newRow("three whole months")
            << m2 << m0.addMonths(1).addDays(-1) << 11ll << 10ll << 3ll << 1ll << 1ll << 4ll << 2ll;
    const bool sameYear = m2.year() == today.year();
    QTest::newRow("this year") << QDate(today.year(), 1, 1) << QDate(today.year(), 12, 31)
                               << (sameYear ? 11ll : 10ll) << (sameYear ? 10ll : 9ll)
                               << (sameYear ? 3ll : 2ll) << 1ll << 1ll << 4ll << 2ll;
    QTest::newRow("from d1's day to today")
            << m2.addDays(14) << today << 11ll << 10ll << 3ll << 1ll << 1ll << 4ll << 2ll;
    QTest::newRow("from the 11th of one month to the 11th of the next")
            << m2.addDays(10) << m1.addDays(10) << 1ll << 1ll << 1ll << 0ll << 0ll << 0ll << 0ll;
}

// A month end not rolled up yet (the mark set back to the month before last,
// its months deleted), then rolled by a screen's first read: the figures are
// the hand counts in every state, and the roll writes the months the rebuild
// wrote.
void TestScorecardData::rollKeepsFigures()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, received);
    QFETCH(qint64, firstVisit);
    QFETCH(qint64, early);
    QFETCH(qint64, onTime);
    QFETCH(qint64, late);
    QFETCH(qint64, supplements);
    QFETCH(qint64, rated);
    const QDate m0 = firstOfMonth(vnToday());
    const QDate m2 = m0.addMonths(-2);
    QSqlDatabase su = m_db->open();
    auto check = [&](const ScorecardFigures &f) {
        QCOMPARE(f.received(), received);
        QCOMPARE(f.receivedInPerson, received);
        QCOMPARE(f.receivedFirstVisit, firstVisit);
        QCOMPARE(f.resolvedEarly, early);
        QCOMPARE(f.resolvedOnTime, onTime);
        QCOMPARE(f.resolvedLate, late);
        QCOMPARE(f.supplementRequests, supplements);
        QCOMPARE(f.refusals, supplements > 0 ? 1 : 0);
        QCOMPARE(f.rated(), rated);
        // In progress is of all time: d2, d5, r and b1 in time; d4 and b2 overdue.
        QCOMPARE(f.inProgressInTime, 4);
        QCOMPARE(f.inProgressOverdue, 2);
        qint64 served = 0;
        for (qint64 n : f.serviceHistogram)
            served += n;
        // Service times: every receipt, and the refusal and the two supplement
        // requests at the counter.
        QCOMPARE(served, received + (supplements > 0 ? 3 : 0));
    };
    // Rolled when the fixture was made; rolling again changes nothing.
    ScorecardRepository screen = supervisor();
    auto mark = screen.rollMonths();
    QVERIFY2(mark.ok(), qPrintable(mark.ok() ? QString() : describe(mark.error())));
    QCOMPARE(*mark, m0);
    const QString months = tableText(su, "scorecard_months");
    auto rolled = screen.total(query(ScorecardLevel::Clerk, from, to));
    QVERIFY(rolled.ok());
    check(*rolled);
    if (QTest::currentTestFailed())
        return;
    const QString expected = figuresText(*rolled);
    auto branches = screen.scorecard(query(ScorecardLevel::Branch, from, to));
    QVERIFY(branches.ok());
    const QString expectedBranch = figuresText(branches->first().figures);

    // The month end: the last two months are in the days only.
    QSqlQuery q(su);
    q.prepare(QStringLiteral("UPDATE scorecard_rollup SET months_before = ?"));
    q.addBindValue(m2);
    QVERIFY_SQL(q, exec());
    q.prepare(QStringLiteral("DELETE FROM scorecard_months WHERE day >= ?"));
    q.addBindValue(m2);
    QVERIFY_SQL(q, exec());
    auto unrolled = screen.total(query(ScorecardLevel::Clerk, from, to));
    QVERIFY(unrolled.ok());
    QCOMPARE(figuresText(*unrolled), expected);
    branches = screen.scorecard(query(ScorecardLevel::Branch, from, to));
    QVERIFY(branches.ok());
    QCOMPARE(figuresText(branches->first().figures), expectedBranch);
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT months_before FROM scorecard_rollup")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDate(), m2);

    // The reads above did not write (the mark stayed); a screen opened now
    // rolls, explicitly, before it reads.
    ScorecardRepository opened = supervisor();
    QVERIFY(opened.rollMonthsIfDue().ok());
    auto fresh = opened.total(query(ScorecardLevel::Clerk, from, to));
    QVERIFY2(fresh.ok(), qPrintable(fresh.ok() ? QString() : describe(fresh.error())));
    QCOMPARE(figuresText(*fresh), expected);
    branches = opened.scorecard(query(ScorecardLevel::Branch, from, to));
    QVERIFY(branches.ok());
    QCOMPARE(figuresText(branches->first().figures), expectedBranch);
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT months_before FROM scorecard_rollup")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDate(), m0);
    QCOMPARE(tableText(su, "scorecard_months"), months);
    // Rolled already: nothing changes.
    QCOMPARE(*supervisor().rollMonths(), m0);
    QCOMPARE(tableText(su, "scorecard_months"), months);
}

// Writers add to a month's row only for a day before the mark: a late
// receipt from an outbox dated last month (the receive's own counting), a
// rating dated last month (the triggers' helper). Today's writes leave the
// months alone.
void TestScorecardData::writesBeforeTheMarkAddToTheirMonth()
{
    const QDate m0 = firstOfMonth(vnToday());
    const QDate m1 = m0.addMonths(-1);
    const QDate lateDay = m1.addDays(9);
    QCOMPARE(*supervisor().rollMonths(), m0);
    QSqlDatabase su = m_db->open();
    const StaffIdentity &a = m_who.value(QStringLiteral("a"));
    auto monthRow = [&](const char *table, QDate day) {
        QSqlQuery q(su);
        q.prepare(QStringLiteral("SELECT received_in_person, received_first_visit, "
                                 "rated_satisfied, service_hist::text FROM %1 "
                                 "WHERE day = ? AND unit_id = ? AND counter_id = ? AND clerk = ?")
                          .arg(QLatin1String(table)));
        q.addBindValue(day);
        q.addBindValue(m_unit);
        q.addBindValue(a.counterId);
        q.addBindValue(a.roleName);
        if (!q.exec() || !q.next())
            return QString();
        return QStringLiteral("%1 %2 %3 %4")
                .arg(q.value(0).toInt())
                .arg(q.value(1).toInt())
                .arg(q.value(2).toInt())
                .arg(q.value(3).toString());
    };
    QVERIFY(monthRow("scorecard_months", m1).isEmpty());

    // Today: the day's row only.
    const QString months = tableText(su, "scorecard_months");
    QVERIFY(receive(QStringLiteral("a"),
                    QStringLiteral("Đinh Văn Mười Ba"),
                    QStringLiteral("079200000013"),
                    60)
                    .summary.id
            > 0);
    // (d6 went back by post: its receipt is rated.)
    QVERIFY(rateAtTerminal(m_d.value(QStringLiteral("d6")).summary.id,
                           RatingOccasion::Receipt,
                           RatingLevel::Satisfied));
    QCOMPARE(tableText(su, "scorecard_months"), months);

    // Last month, from the outbox: its day and its month.
    IntakeDraft d;
    d.procedureId = m_procedure.id;
    d.procedureCode = m_procedure.code;
    d.applicant.fullName = QStringLiteral("Đinh Thị Mười Bốn");
    d.applicant.idNumber = QStringLiteral("079200000014");
    for (const ChecklistItem &c : m_procedure.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    // (A replay that old keeps its time only with a wider window, which an
    // administrator sets after a long outage: migration 0017.)
    QSqlQuery w(su);
    QVERIFY_SQL(w, exec(QStringLiteral("UPDATE receipt_settings SET outbox_window = '93 days'")));
    auto late = IntakeRepository(conn(QStringLiteral("a")))
                        .receive(d,
                                 m_procedure,
                                 {a.unitId, a.counterId},
                                 VnTime::wallClock(lateDay, QTime(9, 30)),
                                 90,
                                 ReceiptClock::Counter);
    QVERIFY_SQL(w, exec(QStringLiteral("UPDATE receipt_settings SET outbox_window = DEFAULT")));
    QVERIFY2(late.ok(), qPrintable(late.ok() ? QString() : describe(late.error())));
    QList<qint64> hist(serviceBucketEdges().size(), 0);
    hist[serviceBucket(90)] = 1;
    QStringList histText;
    for (qint64 n : hist)
        histText << QString::number(n);
    const QString oneReceipt = QStringLiteral("1 1 0 {%1}").arg(histText.join(QLatin1Char(',')));
    QCOMPARE(monthRow("scorecard_days", lateDay), oneReceipt);
    QCOMPARE(monthRow("scorecard_months", m1), oneReceipt);

    // A rating dated last month, through the triggers.
    QSqlQuery q(su);
    q.prepare(QStringLiteral("INSERT INTO ratings (dossier_id, level, at, unit_id, counter_id, "
                             "staff, occasion, via) VALUES (?, 'satisfied', ?, ?, ?, ?, 'receipt', "
                             "'kiosk')"));
    q.addBindValue(late->id);
    q.addBindValue(VnTime::wallClock(lateDay, QTime(10, 0)));
    q.addBindValue(m_unit);
    q.addBindValue(a.counterId);
    q.addBindValue(a.roleName);
    QVERIFY_SQL(q, exec());
    const QString receiptRated = QStringLiteral("1 1 1 {%1}").arg(histText.join(QLatin1Char(',')));
    QCOMPARE(monthRow("scorecard_days", lateDay), receiptRated);
    QCOMPARE(monthRow("scorecard_months", m1), receiptRated);

    // The figures of last month, whole (from the month's row) and in part
    // (from the days).
    for (const ScorecardPeriod &p :
         {ScorecardPeriod{m1, m0.addDays(-1)}, ScorecardPeriod{lateDay, lateDay}}) {
        auto f = supervisor().total(query(ScorecardLevel::Clerk, p.from, p.to));
        QVERIFY(f.ok());
        QCOMPARE(f->received(), 1);
        QCOMPARE(f->receivedFirstVisit, 1);
        QCOMPARE(f->ratedSatisfied, 1);
        QCOMPARE(f->serviceHistogram, hist);
    }
}

void TestScorecardData::bucketEdgesAgree()
{
    QSqlQuery q(conn(QStringLiteral("sup")));
    for (int edge : serviceBucketEdges()) {
        for (int s : {edge - 1, edge}) {
            q.prepare(QStringLiteral("SELECT motcua_service_bucket(?)"));
            q.addBindValue(s);
            QVERIFY_SQL(q, exec());
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), serviceBucket(s) + 1);
        }
    }
}

void TestScorecardData::timelinessAgrees_data()
{
    QTest::addColumn<QString>("due"); // Vietnam wall clock
    QTest::addColumn<QString>("finished");
    QTest::addColumn<QString>("state");
    QTest::newRow("day before") << "2026-03-05T10:00"
                                << "2026-03-04T16:59"
                                << "returned";
    QTest::newRow("same day before") << "2026-03-05T10:00"
                                     << "2026-03-05T09:00"
                                     << "returned";
    QTest::newRow("within the due minute") << "2026-03-05T10:00"
                                           << "2026-03-05T10:00:59"
                                           << "returned";
    QTest::newRow("the minute after") << "2026-03-05T10:00"
                                      << "2026-03-05T10:01"
                                      << "returned";
    QTest::newRow("late withdrawn is on time") << "2026-03-05T10:00"
                                               << "2026-03-06T10:00"
                                               << "withdrawn";
    // 23:30 on the 4th in Vietnam is 16:30 UTC on the 4th; 00:30 on the 5th
    // is 17:30 UTC on the 4th: the UTC date would call both the same day.
    QTest::newRow("day boundary at UTC+7, early") << "2026-03-05T08:00"
                                                  << "2026-03-04T23:30"
                                                  << "returned";
    QTest::newRow("day boundary at UTC+7, same day") << "2026-03-05T08:00"
                                                     << "2026-03-05T00:30"
                                                     << "stopped";
    QTest::newRow("late by days") << "2026-03-05T08:00"
                                  << "2026-03-09T08:00"
                                  << "stopped";
}

void TestScorecardData::timelinessAgrees()
{
    QFETCH(QString, due);
    QFETCH(QString, finished);
    QFETCH(QString, state);
    auto vn = [](const QString &s) {
        const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        return VnTime::wallClock(t.date(), t.time());
    };
    const QDateTime d = vn(due);
    const QDateTime f = vn(finished);
    QSqlQuery q(conn(QStringLiteral("sup")));
    q.prepare(QStringLiteral("SELECT motcua_finish_timeliness(?, ?, ?)"));
    q.addBindValue(d);
    q.addBindValue(f);
    q.addBindValue(state);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    const FinishKind kind
            = state == QLatin1String("withdrawn") ? FinishKind::Withdrawn : FinishKind::Resolved;
    QCOMPARE(q.value(0).toString(), timelinessKey(classifyFinished(d, f, kind)));
}

void TestScorecardData::weights()
{
    ScorecardRepository admin(conn(QStringLiteral("admin")));
    const ScoreWeights w{50, 30, 10, 10};
    QCOMPARE(admin.setWeights(w, QStringLiteral("  ")).error().code, DbError::InvalidData);
    QCOMPARE(admin.setWeights(ScoreWeights{0, 0, 0, 0}, QStringLiteral("x")).error().code,
             DbError::InvalidData);
    auto set = admin.setWeights(w, QStringLiteral("Hội đồng thi đua quyết định"));
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : describe(set.error())));
    auto read = supervisor().weights();
    QVERIFY(read.ok());
    QCOMPARE(read->onTime, 50.0);
    QCOMPARE(read->satisfaction, 30.0);
    QCOMPARE(read->volume, 10.0);
    QCOMPARE(read->tripsSpared, 10.0);
    QSqlQuery q(m_db->open());
    QVERIFY_SQL(q,
                exec(QStringLiteral("SELECT reason FROM audit_log "
                                    "WHERE table_name = 'scorecard_weights' ORDER BY id DESC")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Hội đồng thi đua quyết định"));

    auto refused = supervisor().setWeights(ScoreWeights(), QStringLiteral("Tôi muốn đổi"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, DbError::PermissionDenied);
    QCOMPARE(supervisor().weights()->onTime, 50.0);
}

void TestScorecardData::rebuildIsForAdministrators()
{
    auto refused = supervisor().rebuild();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, DbError::PermissionDenied);
}

void TestScorecardData::freshness()
{
    auto f = supervisor().freshness();
    QVERIFY(f.ok());
    QVERIFY(!f->standby);
    QCOMPARE(f->lagMs, 0);
    QVERIFY(qAbs(f->serverNow.secsTo(QDateTime::currentDateTimeUtc())) < 300);
}

void TestScorecardData::liveUpdate()
{
    LiveListener listener(m_db->open(QStringLiteral("listener")));
    QVERIFY(listener.isListening());
    QSignalSpy spy(&listener, &LiveListener::changed);
    LiveNotifier notifier(conn(QStringLiteral("a")));
    notifier.changed(QStringLiteral("intake:%1").arg(m_unit));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 2000);
    QVERIFY(spy.first().first().toStringList().contains(QStringLiteral("intake:%1").arg(m_unit)));
}

// Receipts from a counter's outbox dated yesterday, after the chart kept
// yesterday's totals (migration 0009): the chart counts each at once, for the
// unit and for all units, whether it adds a new bookkeeping row or adds to
// one (the trigger fires before the insert since migration 0024).
void TestScorecardData::lateReceiptsRedrawTheirDay()
{
    const QDate yesterday = vnToday().addDays(-1);
    QSqlDatabase su = m_db->open();
    auto receivedOn = [&](ScorecardLevel level) {
        auto days = supervisor().daily(query(level, yesterday, yesterday));
        return days && days->size() == 1 ? days->first().received : -1;
    };
    auto keptTotals = [&] {
        QSqlQuery q(su);
        q.prepare(QStringLiteral("SELECT count(*) FROM scorecard_day_totals WHERE day = ?"));
        q.addBindValue(yesterday);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    const int unitBefore = receivedOn(ScorecardLevel::Clerk);
    const int allBefore = receivedOn(ScorecardLevel::Branch);
    QVERIFY(unitBefore >= 0);
    QVERIFY(allBefore >= unitBefore);
    QCOMPARE(keptTotals(), 2); // the unit's and all units'

    const StaffIdentity &b = m_who.value(QStringLiteral("b"));
    for (int n = 1; n <= 2; ++n) {
        const IntakeDraft d = completeDraft(m_procedure,
                                            QStringLiteral("Trịnh Văn Hôm Qua %1").arg(n),
                                            QStringLiteral("07920000010%1").arg(n));
        // Within the outbox's window (72 hours): the counter's time is kept.
        auto late = IntakeRepository(conn(QStringLiteral("b")))
                            .receive(d,
                                     m_procedure,
                                     {b.unitId, b.counterId},
                                     VnTime::wallClock(yesterday, QTime(10, n)),
                                     45,
                                     ReceiptClock::Counter);
        QVERIFY2(late.ok(), qPrintable(late.ok() ? QString() : describe(late.error())));
        QCOMPARE(VnTime::toVietnam(late->receivedAt).date(), yesterday);
        QCOMPARE(keptTotals(), 0);
        QCOMPARE(receivedOn(ScorecardLevel::Clerk), unitBefore + n);
        QCOMPARE(receivedOn(ScorecardLevel::Branch), allBefore + n);
        QCOMPARE(keptTotals(), 2);
    }
}

QTEST_GUILESS_MAIN(TestScorecardData)
#include "test_scorecard.moc"
