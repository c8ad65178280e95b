#include "scorecard.h"

#include <QCoreApplication>

#include <algorithm>

namespace Motcua {

const QList<int> &serviceBucketEdges()
{
    // Seconds: fine where counters usually are (1–10 minutes), coarse beyond.
    static const QList<int> edges{0,   15,   30,   45,   60,   90,   120,  150,
                                  180, 240,  300,  360,  420,  480,  600,  720,
                                  900, 1200, 1500, 1800, 2400, 3600, 5400, 7200};
    return edges;
}

int serviceBucket(int seconds)
{
    const QList<int> &e = serviceBucketEdges();
    const auto it = std::upper_bound(e.cbegin(), e.cend(), qMax(0, seconds));
    return int(it - e.cbegin()) - 1;
}

std::optional<double> histogramPercentile(const QList<qint64> &counts, double p)
{
    const QList<int> &e = serviceBucketEdges();
    qint64 total = 0;
    for (qint64 c : counts)
        total += c;
    if (total <= 0)
        return std::nullopt;
    const double rank = qBound(0.0, p, 100.0) / 100.0 * double(total);
    double below = 0;
    for (int i = 0; i < counts.size() && i < e.size(); ++i) {
        const double c = double(counts.at(i));
        if (c > 0 && below + c >= rank) {
            const double lo = e.at(i);
            const double hi = i + 1 < e.size() ? e.at(i + 1) : 2.0 * e.at(i);
            return lo + (hi - lo) * qBound(0.0, (rank - below) / c, 1.0);
        }
        below += c;
    }
    return double(e.last());
}

qint64 ScorecardFigures::served() const
{
    return received() + supplementRequests + refusals;
}

static std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

std::optional<double> ScorecardFigures::onTimeRate() const
{
    return share(resolvedEarly + resolvedOnTime, resolved());
}

std::optional<double> ScorecardFigures::tripsSpared() const
{
    return share(receivedFirstVisit, received());
}

std::optional<double> ScorecardFigures::satisfaction() const
{
    if (rated() <= 0)
        return std::nullopt;
    return (double(ratedVerySatisfied) + 0.5 * double(ratedSatisfied)) / double(rated());
}

std::optional<double> ScorecardFigures::serviceMedianSeconds() const
{
    return histogramPercentile(serviceHistogram, 50);
}

std::optional<double> ScorecardFigures::serviceP90Seconds() const
{
    return histogramPercentile(serviceHistogram, 90);
}

ScorecardFigures &ScorecardFigures::operator+=(const ScorecardFigures &o)
{
    receivedInPerson += o.receivedInPerson;
    receivedPost += o.receivedPost;
    receivedOnline += o.receivedOnline;
    receivedFirstVisit += o.receivedFirstVisit;
    resolvedEarly += o.resolvedEarly;
    resolvedOnTime += o.resolvedOnTime;
    resolvedLate += o.resolvedLate;
    inProgressInTime += o.inProgressInTime;
    inProgressOverdue += o.inProgressOverdue;
    supplementRequests += o.supplementRequests;
    refusals += o.refusals;
    ratedVerySatisfied += o.ratedVerySatisfied;
    ratedSatisfied += o.ratedSatisfied;
    ratedUnsatisfied += o.ratedUnsatisfied;
    if (serviceHistogram.size() < o.serviceHistogram.size())
        serviceHistogram.resize(o.serviceHistogram.size());
    for (int i = 0; i < o.serviceHistogram.size(); ++i)
        serviceHistogram[i] += o.serviceHistogram.at(i);
    return *this;
}

bool ScoreWeights::isValid() const
{
    return onTime >= 0 && satisfaction >= 0 && volume >= 0 && tripsSpared >= 0 && total() > 0;
}

QString ScoreWeights::formula() const
{
    const double sum = total();
    auto w = [](double v) {
        return QString::number(v, 'g', 4);
    };
    return QCoreApplication::translate("Motcua::ScoreWeights",
                                       "Score = (%1 × on-time rate + %2 × satisfaction + %3 × "
                                       "volume ÷ highest volume + %4 × trips spared) ÷ %5 × 100; "
                                       "a part without data is left out of both sums")
            .arg(w(onTime), w(satisfaction), w(volume), w(tripsSpared), w(sum));
}

std::optional<double> compositeScore(const ScorecardFigures &f,
                                     qint64 mostReceived,
                                     const ScoreWeights &w)
{
    double points = 0;
    double weights = 0;
    auto part = [&](std::optional<double> value, double weight) {
        if (value && weight > 0) {
            points += *value * weight;
            weights += weight;
        }
    };
    part(f.onTimeRate(), w.onTime);
    part(f.satisfaction(), w.satisfaction);
    part(mostReceived > 0 ? std::optional<double>(double(f.received()) / double(mostReceived))
                          : std::nullopt,
         w.volume);
    part(f.tripsSpared(), w.tripsSpared);
    if (weights <= 0)
        return std::nullopt;
    return 100.0 * points / weights;
}

void rankEntries(QList<ScorecardEntry> &entries, const ScoreWeights &w)
{
    qint64 most = 0;
    for (const ScorecardEntry &e : std::as_const(entries))
        most = qMax(most, e.figures.received());
    for (ScorecardEntry &e : entries)
        e.score = compositeScore(e.figures, most, w);
    auto nameOf = [](const ScorecardEntry &e) {
        return e.name.isEmpty() ? e.clerk : e.name;
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const auto &a, const auto &b) {
        if (a.score.has_value() != b.score.has_value())
            return a.score.has_value();
        if (a.score && *a.score != *b.score)
            return *a.score > *b.score;
        if (a.figures.received() != b.figures.received())
            return a.figures.received() > b.figures.received();
        if (a.counterNumber != b.counterNumber)
            return a.counterNumber < b.counterNumber;
        return nameOf(a).localeAwareCompare(nameOf(b)) < 0;
    });
    for (int i = 0; i < entries.size(); ++i)
        entries[i].rank = i + 1;
}

ChartGrain chartGrain(int days)
{
    return days <= 31 ? ChartGrain::Day : days <= 120 ? ChartGrain::Week : ChartGrain::Month;
}

QList<ChartBucket> chartBuckets(const QList<DailyVolume> &days, ChartGrain *grain)
{
    const ChartGrain g = chartGrain(int(days.size()));
    if (grain)
        *grain = g;
    QList<ChartBucket> out;
    for (const DailyVolume &d : days) {
        QDate start = d.day;
        if (g == ChartGrain::Week)
            start = d.day.addDays(1 - d.day.dayOfWeek());
        else if (g == ChartGrain::Month)
            start = QDate(d.day.year(), d.day.month(), 1);
        if (out.isEmpty() || out.last().start != start)
            out.append({start});
        ChartBucket &b = out.last();
        b.received += d.received;
        b.resolved += d.resolved;
        b.resolvedInTime += d.resolvedInTime;
    }
    return out;
}

} // namespace Motcua
