// The scorecard's rules without a database: service-time buckets and their
// percentiles, the composite score with parts missing, the formula text.
#include "core/scorecard.h"

#include <QTest>

using namespace Motcua;

Q_DECLARE_METATYPE(Motcua::ScoreWeights)

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
    void ranking_data();
    void ranking();
    void chartBuckets_data();
    void chartBuckets();
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

namespace {

// An entry named `name` at counter `number` that resolved `inTime` of
// `resolved` dossiers, received `received` and was rated `satisfied` of
// `rated` times (satisfied, the rest not).
ScorecardEntry entry(const char *name,
                     int number,
                     qint64 received,
                     qint64 resolved,
                     qint64 inTime,
                     qint64 rated = 0,
                     qint64 satisfied = 0)
{
    ScorecardEntry e;
    e.name = QString::fromUtf8(name);
    e.counterId = number;
    e.counterNumber = number;
    e.figures.receivedInPerson = received;
    e.figures.receivedFirstVisit = received;
    e.figures.resolvedOnTime = inTime;
    e.figures.resolvedLate = resolved - inTime;
    e.figures.ratedVerySatisfied = satisfied;
    e.figures.ratedUnsatisfied = rated - satisfied;
    return e;
}

} // namespace

void TestScorecard::ranking_data()
{
    QTest::addColumn<QList<ScorecardEntry>>("entries");
    QTest::addColumn<ScoreWeights>("weights");
    QTest::addColumn<QStringList>("order");
    const ScoreWeights onTimeOnly{1, 0, 0, 0};
    QTest::newRow("best score first")
            << QList<ScorecardEntry>{entry("A", 1, 10, 10, 5), entry("B", 2, 10, 10, 9)}
            << onTimeOnly << QStringList{QStringLiteral("B"), QStringLiteral("A")};
    QTest::newRow("equal scores: more received first")
            << QList<ScorecardEntry>{entry("A", 1, 5, 5, 4), entry("B", 2, 10, 10, 8)} << onTimeOnly
            << QStringList{QStringLiteral("B"), QStringLiteral("A")};
    QTest::newRow("equal scores and volume: counter 2 before counter 10")
            << QList<ScorecardEntry>{entry("", 10, 10, 10, 8), entry("", 2, 10, 10, 8)}
            << onTimeOnly << QStringList{QStringLiteral("2"), QStringLiteral("10")};
    QTest::newRow("all equal: by name")
            << QList<ScorecardEntry>{entry("Trần", 0, 10, 10, 8), entry("Bùi", 0, 10, 10, 8)}
            << onTimeOnly << QStringList{QStringLiteral("Bùi"), QStringLiteral("Trần")};
    QTest::newRow("no score ranks last, even with volume")
            << QList<ScorecardEntry>{entry("Idle", 1, 50, 0, 0), entry("Busy", 2, 5, 5, 1)}
            << onTimeOnly << QStringList{QStringLiteral("Busy"), QStringLiteral("Idle")};
    // Volume against the most received: 10 of 20 is half.
    QTest::newRow("volume weighs against the most received")
            << QList<ScorecardEntry>{entry("Small", 1, 10, 10, 10), entry("Large", 2, 20, 20, 10)}
            << ScoreWeights{1, 0, 3, 0}
            << QStringList{QStringLiteral("Large"), QStringLiteral("Small")};
    QTest::newRow("the weights decide: satisfaction over on time")
            << QList<ScorecardEntry>{entry("Fast", 1, 10, 10, 10, 10, 2),
                                     entry("Kind", 2, 10, 10, 5, 10, 10)}
            << ScoreWeights{1, 3, 0, 0}
            << QStringList{QStringLiteral("Kind"), QStringLiteral("Fast")};
    QTest::newRow("the same, on-time weighs most")
            << QList<ScorecardEntry>{entry("Fast", 1, 10, 10, 10, 10, 2),
                                     entry("Kind", 2, 10, 10, 5, 10, 10)}
            << ScoreWeights{3, 1, 0, 0}
            << QStringList{QStringLiteral("Fast"), QStringLiteral("Kind")};
}

void TestScorecard::ranking()
{
    QFETCH(QList<ScorecardEntry>, entries);
    QFETCH(ScoreWeights, weights);
    QFETCH(QStringList, order);
    qint64 most = 0;
    for (const ScorecardEntry &e : std::as_const(entries))
        most = qMax(most, e.figures.received());
    rankEntries(entries, weights);
    QStringList names;
    for (int i = 0; i < entries.size(); ++i) {
        const ScorecardEntry &e = entries.at(i);
        names << (e.name.isEmpty() ? QString::number(e.counterNumber) : e.name);
        QCOMPARE(e.rank, i + 1);
        QCOMPARE(e.score, compositeScore(e.figures, most, weights));
    }
    QCOMPARE(names, order);
}

void TestScorecard::chartBuckets_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("grain");
    QTest::addColumn<QDate>("firstStart");
    QTest::addColumn<int>("buckets");
    // 2026-01-07 is a Wednesday.
    const QDate wednesday(2026, 1, 7);
    QTest::newRow("a day") << wednesday << 1 << int(ChartGrain::Day) << wednesday << 1;
    QTest::newRow("31 days, a bar each")
            << wednesday << 31 << int(ChartGrain::Day) << wednesday << 31;
    QTest::newRow("32 days: weeks from the Monday before")
            << wednesday << 32 << int(ChartGrain::Week) << QDate(2026, 1, 5) << 5;
    QTest::newRow("120 days: still weeks")
            << QDate(2026, 1, 5) << 120 << int(ChartGrain::Week) << QDate(2026, 1, 5) << 18;
    QTest::newRow("121 days: months")
            << wednesday << 121 << int(ChartGrain::Month) << QDate(2026, 1, 1) << 5;
    QTest::newRow("a year: twelve months")
            << QDate(2026, 1, 1) << 365 << int(ChartGrain::Month) << QDate(2026, 1, 1) << 12;
    QTest::newRow("no days") << wednesday << 0 << int(ChartGrain::Day) << QDate() << 0;
}

void TestScorecard::chartBuckets()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(int, grain);
    QFETCH(QDate, firstStart);
    QFETCH(int, buckets);
    QList<DailyVolume> volumes;
    qint64 received = 0;
    qint64 resolved = 0;
    qint64 inTime = 0;
    for (int i = 0; i < days; ++i) {
        DailyVolume v{from.addDays(i), i + 1, i, i / 2};
        received += v.received;
        resolved += v.resolved;
        inTime += v.resolvedInTime;
        volumes << v;
    }
    ChartGrain g = ChartGrain::Day;
    const QList<ChartBucket> bars = Motcua::chartBuckets(volumes, &g);
    QCOMPARE(int(g), grain);
    QCOMPARE(bars.size(), buckets);
    if (bars.isEmpty())
        return;
    QCOMPARE(bars.first().start, firstStart);
    // Every day lands in exactly one bar, and the bars follow each other.
    qint64 r = 0;
    qint64 s = 0;
    qint64 t = 0;
    for (int i = 0; i < bars.size(); ++i) {
        r += bars.at(i).received;
        s += bars.at(i).resolved;
        t += bars.at(i).resolvedInTime;
        if (i > 0)
            QVERIFY(bars.at(i).start > bars.at(i - 1).start);
        if (g == ChartGrain::Week)
            QCOMPARE(bars.at(i).start.dayOfWeek(), 1);
        if (g == ChartGrain::Month)
            QCOMPARE(bars.at(i).start.day(), 1);
    }
    QCOMPARE(r, received);
    QCOMPARE(s, resolved);
    QCOMPARE(t, inTime);
}

QTEST_APPLESS_MAIN(TestScorecard)
#include "test_scorecard.moc"
