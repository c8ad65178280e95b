// The scorecard's rules without a database: service-time buckets and their
// percentiles, the composite score with parts missing, the formula text.
#include "core/scorecard.h"

#include <QTest>

using namespace Motcua;

namespace {

QList<qint64> histogram(const QList<QPair<int, qint64>> &cells)
{
    QList<qint64> h(serviceBucketEdges().size(), 0);
    for (const auto &c : cells)
        h[c.first] = c.second;
    return h;
}

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT

private slots:
    void bucketEdges_data();
    void bucketEdges();
    void percentile_data();
    void percentile();
    void emptyHistogramHasNoPercentile();
    void figuresAddUp();
    void shares();
    void composite_data();
    void composite();
    void weightsValidity();
    void formulaText();
};

void TestScorecard::bucketEdges_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("bucket");
    QTest::newRow("negative counts as 0") << -5 << 0;
    QTest::newRow("zero") << 0 << 0;
    QTest::newRow("just below 15 s") << 14 << 0;
    QTest::newRow("15 s opens bucket 1") << 15 << 1;
    QTest::newRow("59 s") << 59 << 3;
    QTest::newRow("one minute") << 60 << 4;
    QTest::newRow("ten minutes") << 600 << 14;
    QTest::newRow("just below two hours") << 7199 << 22;
    QTest::newRow("two hours opens the last") << 7200 << 23;
    QTest::newRow("a day in the last") << 86400 << 23;
}

void TestScorecard::bucketEdges()
{
    QFETCH(int, seconds);
    QFETCH(int, bucket);
    QCOMPARE(serviceBucket(seconds), bucket);
    // Every edge opens its own bucket.
    const QList<int> &e = serviceBucketEdges();
    QCOMPARE(e.size(), 24);
    for (int i = 0; i < e.size(); ++i)
        QCOMPARE(serviceBucket(e.at(i)), i);
}

void TestScorecard::percentile_data()
{
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // Four times in [60, 90): the median lies halfway through the bucket.
    QTest::newRow("median inside one bucket") << histogram({{4, 4}}) << 50.0 << 75.0;
    QTest::newRow("p100 at the bucket's upper edge") << histogram({{4, 4}}) << 100.0 << 90.0;
    QTest::newRow("p0 at the first non-empty bucket's lower edge")
            << histogram({{4, 4}}) << 0.0 << 60.0;
    // Two in [0, 15), two in [60, 90): rank 2 of 4 ends the first bucket.
    QTest::newRow("median at a bucket's end") << histogram({{0, 2}, {4, 2}}) << 50.0 << 15.0;
    QTest::newRow("p75 halfway in the second") << histogram({{0, 2}, {4, 2}}) << 75.0 << 75.0;
    QTest::newRow("p90 of ten: ninth of ten") << histogram({{1, 9}, {10, 1}}) << 90.0 << 30.0;
    // The open last bucket is taken as twice its edge wide: [7200, 14400).
    QTest::newRow("last bucket is open") << histogram({{23, 2}}) << 50.0 << 10800.0;
}

void TestScorecard::percentile()
{
    QFETCH(QList<qint64>, counts);
    QFETCH(double, p);
    QFETCH(double, expected);
    const auto v = histogramPercentile(counts, p);
    QVERIFY(v.has_value());
    QCOMPARE(*v, expected);
}

void TestScorecard::emptyHistogramHasNoPercentile()
{
    QVERIFY(!histogramPercentile({}, 50).has_value());
    QVERIFY(!histogramPercentile(histogram({}), 90).has_value());
    ScorecardFigures f;
    QVERIFY(!f.serviceMedianSeconds().has_value());
}

void TestScorecard::figuresAddUp()
{
    ScorecardFigures a;
    a.receivedInPerson = 3;
    a.resolvedLate = 1;
    a.serviceHistogram = histogram({{2, 1}});
    ScorecardFigures b;
    b.receivedOnline = 2;
    b.resolvedEarly = 4;
    b.ratedSatisfied = 1;
    b.serviceHistogram = histogram({{2, 2}, {5, 1}});
    a += b;
    QCOMPARE(a.received(), qint64(5));
    QCOMPARE(a.resolved(), qint64(5));
    QCOMPARE(a.rated(), qint64(1));
    QCOMPARE(a.serviceHistogram.at(2), qint64(3));
    QCOMPARE(a.serviceHistogram.at(5), qint64(1));
    // An empty histogram takes the other's size.
    ScorecardFigures c;
    c += b;
    QCOMPARE(c.serviceHistogram, b.serviceHistogram);
}

void TestScorecard::shares()
{
    ScorecardFigures f;
    QVERIFY(!f.onTimeRate());
    QVERIFY(!f.tripsSpared());
    QVERIFY(!f.satisfaction());
    f.resolvedEarly = 1;
    f.resolvedOnTime = 2;
    f.resolvedLate = 1;
    f.receivedInPerson = 4;
    f.receivedFirstVisit = 3;
    f.ratedVerySatisfied = 1;
    f.ratedSatisfied = 2;
    f.ratedUnsatisfied = 1;
    f.supplementRequests = 2;
    f.refusals = 1;
    QCOMPARE(*f.onTimeRate(), 0.75);
    QCOMPARE(*f.tripsSpared(), 0.75);
    QCOMPARE(*f.satisfaction(), 0.5);
    QCOMPARE(f.served(), qint64(7));
}

void TestScorecard::composite_data()
{
    QTest::addColumn<qint64>("resolvedInTime");
    QTest::addColumn<qint64>("resolvedLate");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("firstVisit");
    QTest::addColumn<qint64>("verySatisfied");
    QTest::addColumn<qint64>("unsatisfied");
    QTest::addColumn<qint64>("mostReceived");
    QTest::addColumn<double>("expected"); // < 0: no score
    // Default weights 40 / 35 / 15 / 10.
    QTest::newRow("perfect") << 10ll << 0ll << 10ll << 10ll << 5ll << 0ll << 10ll << 100.0;
    QTest::newRow("nothing at all") << 0ll << 0ll << 0ll << 0ll << 0ll << 0ll << 0ll << -1.0;
    // Received half the most, all first visit, nothing resolved or rated:
    // (15 × 0.5 + 10 × 1) / 25.
    QTest::newRow("no resolutions, no ratings")
            << 0ll << 0ll << 5ll << 5ll << 0ll << 0ll << 10ll << 70.0;
    // Resolved half on time, no receipts in the period: only on-time (40) and
    // volume (15, share 0) count: 40 × 0.5 / 55.
    QTest::newRow("no receipts: trips spared left out")
            << 1ll << 1ll << 0ll << 0ll << 0ll << 0ll << 10ll << 100.0 * 20.0 / 55.0;
    // Ratings only, half very satisfied, half not: 35 × 0.5 / 35.
    QTest::newRow("ratings only") << 0ll << 0ll << 0ll << 0ll << 1ll << 1ll << 0ll << 50.0;
}

void TestScorecard::composite()
{
    QFETCH(qint64, resolvedInTime);
    QFETCH(qint64, resolvedLate);
    QFETCH(qint64, received);
    QFETCH(qint64, firstVisit);
    QFETCH(qint64, verySatisfied);
    QFETCH(qint64, unsatisfied);
    QFETCH(qint64, mostReceived);
    QFETCH(double, expected);
    ScorecardFigures f;
    f.resolvedOnTime = resolvedInTime;
    f.resolvedLate = resolvedLate;
    f.receivedInPerson = received;
    f.receivedFirstVisit = firstVisit;
    f.ratedVerySatisfied = verySatisfied;
    f.ratedUnsatisfied = unsatisfied;
    const auto score = compositeScore(f, mostReceived, ScoreWeights());
    if (expected < 0) {
        QVERIFY(!score.has_value());
    } else {
        QVERIFY(score.has_value());
        QVERIFY2(qAbs(*score - expected) < 1e-9, qPrintable(QString::number(*score)));
    }
}

void TestScorecard::weightsValidity()
{
    QVERIFY(ScoreWeights().isValid());
    QCOMPARE(ScoreWeights().total(), 100.0);
    ScoreWeights negative;
    negative.volume = -1;
    QVERIFY(!negative.isValid());
    ScoreWeights zero{0, 0, 0, 0};
    QVERIFY(!zero.isValid());
    // A zero weight leaves its part out.
    ScoreWeights onTimeOnly{1, 0, 0, 0};
    ScorecardFigures f;
    f.resolvedOnTime = 3;
    f.resolvedLate = 1;
    f.ratedUnsatisfied = 5;
    QCOMPARE(*compositeScore(f, 0, onTimeOnly), 75.0);
}

void TestScorecard::formulaText()
{
    const QString text = ScoreWeights().formula();
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(QLatin1String("40")) && text.contains(QLatin1String("35"))
                     && text.contains(QLatin1String("100")),
             qPrintable(text));
}

QTEST_APPLESS_MAIN(TestScorecard)
#include "test_scorecard.moc"
