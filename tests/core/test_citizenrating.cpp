#include "core/citizenrating.h"

#include <QTest>

using namespace Motcua;

class TestCitizenRating : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void digits_data();
    void digits();
    void requestState_data();
    void requestState();
};

void TestCitizenRating::keysRoundTrip()
{
    for (RatingLevel l :
         {RatingLevel::VerySatisfied, RatingLevel::Satisfied, RatingLevel::Unsatisfied})
        QCOMPARE(ratingLevelFromKey(ratingLevelKey(l)).value_or(RatingLevel(-1)), l);
    for (RatingOccasion o : {RatingOccasion::Receipt, RatingOccasion::Handover})
        QCOMPARE(ratingOccasionFromKey(ratingOccasionKey(o)).value_or(RatingOccasion(-1)), o);
    QVERIFY(!ratingLevelFromKey(QStringLiteral("delighted")));
    QVERIFY(!ratingOccasionFromKey(QStringLiteral("post")));
    QCOMPARE(ratingSourceFromKey(QStringLiteral("kiosk")).value_or(RatingSource::Clerk),
             RatingSource::Kiosk);
    QVERIFY(!ratingSourceFromKey(QString()));
}

void TestCitizenRating::digits_data()
{
    QTest::addColumn<int>("digit");
    QTest::addColumn<int>("level"); // -1: none
    QTest::newRow("1 very satisfied") << 1 << int(RatingLevel::VerySatisfied);
    QTest::newRow("2 satisfied") << 2 << int(RatingLevel::Satisfied);
    QTest::newRow("3 not satisfied") << 3 << int(RatingLevel::Unsatisfied);
    QTest::newRow("0") << 0 << -1;
    QTest::newRow("4") << 4 << -1;
}

void TestCitizenRating::digits()
{
    QFETCH(int, digit);
    QFETCH(int, level);
    const auto l = ratingLevelForDigit(digit);
    QCOMPARE(l.has_value(), level >= 0);
    if (l)
        QCOMPARE(int(*l), level);
}

void TestCitizenRating::requestState_data()
{
    QTest::addColumn<bool>("rated");
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<int>("state");
    const qint64 tenMinutes = 600;
    QTest::newRow("rated, long ago")
            << true << qint64(86400 * 90) << tenMinutes << int(RatingRequestState::Rated);
    QTest::newRow("just happened")
            << false << qint64(0) << tenMinutes << int(RatingRequestState::Open);
    QTest::newRow("last second") << false << tenMinutes << tenMinutes
                                 << int(RatingRequestState::Open);
    QTest::newRow("a second late")
            << false << tenMinutes + 1 << tenMinutes << int(RatingRequestState::Expired);
    QTest::newRow("kiosk, 29 days")
            << false << qint64(86400 * 29) << qint64(86400 * 30) << int(RatingRequestState::Open);
    QTest::newRow("kiosk, 31 days") << false << qint64(86400 * 31) << qint64(86400 * 30)
                                    << int(RatingRequestState::Expired);
}

void TestCitizenRating::requestState()
{
    QFETCH(bool, rated);
    QFETCH(qint64, secondsAgo);
    QFETCH(qint64, window);
    QFETCH(int, state);
    const QDateTime now(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    QCOMPARE(int(ratingRequestState(rated, now.addSecs(-secondsAgo), now, window)), state);
}

QTEST_APPLESS_MAIN(TestCitizenRating)
#include "test_citizenrating.moc"
