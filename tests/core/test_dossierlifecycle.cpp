// The dossier's life: every legal change per role, and refusals that say why.
#include "core/dossierlifecycle.h"

#include <QtTest>

using namespace Motcua;
using S = DossierState;
using A = DossierAction;
using R = ActorRole;

Q_DECLARE_METATYPE(Motcua::DossierState)
Q_DECLARE_METATYPE(Motcua::DossierAction)
Q_DECLARE_METATYPE(Motcua::ActorRole)

class TestDossierLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void transition_data();
    void transition();
    void everyCombinationIsDecided();
    void keysRoundTrip();
};

void TestDossierLifecycle::transition_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<A>("action");
    QTest::addColumn<R>("role");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<S>("to");
    QTest::addColumn<QString>("why"); // a word the refusal must contain

    QTest::newRow("clerk transfers")
            << S::Received << A::Transfer << R::Clerk << true << S::Transferred << QString();
    QTest::newRow("department starts") << S::Transferred << A::StartProcessing << R::Department
                                       << true << S::InProcessing << QString();
    QTest::newRow("clerk cannot start processing")
            << S::Transferred << A::StartProcessing << R::Clerk << false << S::Transferred
            << QStringLiteral("departments");
    QTest::newRow("supplement pauses") << S::InProcessing << A::RequestSupplement << R::Department
                                       << true << S::AwaitingSupplement << QString();
    QTest::newRow("supplement at counter resumes")
            << S::AwaitingSupplement << A::ReceiveSupplement << R::Clerk << true << S::InProcessing
            << QString();
    QTest::newRow("extension keeps state") << S::InProcessing << A::Extend << R::Department << true
                                           << S::InProcessing << QString();
    QTest::newRow("clerk cannot extend") << S::InProcessing << A::Extend << R::Clerk << false
                                         << S::InProcessing << QStringLiteral("only");
    QTest::newRow("ready") << S::InProcessing << A::MarkReady << R::Department << true << S::Ready
                           << QString();
    QTest::newRow("return when ready")
            << S::Ready << A::Return << R::Clerk << true << S::Returned << QString();
    QTest::newRow("return not ready") << S::InProcessing << A::Return << R::Clerk << false
                                      << S::InProcessing << QStringLiteral("Ready for return");
    QTest::newRow("return twice") << S::Returned << A::Return << R::Clerk << false << S::Returned
                                  << QStringLiteral("Returned");
    QTest::newRow("withdraw while waiting") << S::AwaitingSupplement << A::Withdraw << R::Clerk
                                            << true << S::Withdrawn << QString();
    QTest::newRow("withdraw after return") << S::Returned << A::Withdraw << R::Clerk << false
                                           << S::Returned << QStringLiteral("Returned");
    QTest::newRow("stop") << S::InProcessing << A::Stop << R::Department << true << S::Stopped
                          << QString();
    QTest::newRow("department cannot return") << S::Ready << A::Return << R::Department << false
                                              << S::Ready << QStringLiteral("clerks");
    QTest::newRow("ready skips processing")
            << S::Transferred << A::MarkReady << R::Department << false << S::Transferred
            << QStringLiteral("In processing");
}

void TestDossierLifecycle::transition()
{
    QFETCH(S, from);
    QFETCH(A, action);
    QFETCH(R, role);
    QFETCH(bool, allowed);
    QFETCH(S, to);
    QFETCH(QString, why);
    const Result<S> r = DossierLifecycle::apply(from, action, role);
    QCOMPARE(r.ok(), allowed);
    if (allowed) {
        QCOMPARE(r.value(), to);
        QVERIFY(DossierLifecycle::allowedActions(from, role).contains(action));
    } else {
        QVERIFY2(r.error().contains(why), qPrintable(r.error()));
        QVERIFY(!DossierLifecycle::allowedActions(from, role).contains(action));
    }
}

void TestDossierLifecycle::everyCombinationIsDecided()
{
    int allowed = 0;
    for (int s = 0; s <= int(S::Withdrawn); ++s) {
        for (int a = 0; a <= int(A::Return); ++a) {
            for (int r = 0; r <= int(R::Department); ++r) {
                const Result<S> res = DossierLifecycle::apply(S(s), A(a), R(r));
                QCOMPARE(res.ok(), DossierLifecycle::allowedActions(S(s), R(r)).contains(A(a)));
                QVERIFY(res.ok() || !res.error().isEmpty());
                allowed += res.ok();
                // Nothing leaves a finished state.
                if (DossierLifecycle::isFinished(S(s)))
                    QVERIFY(!res.ok());
            }
        }
    }
    QVERIFY(allowed > 20);
}

void TestDossierLifecycle::keysRoundTrip()
{
    for (int s = 0; s <= int(S::Withdrawn); ++s)
        QCOMPARE(stateFromKey(stateKey(S(s))), std::optional<S>(S(s)));
    for (int a = 0; a <= int(A::Return); ++a)
        QCOMPARE(actionFromKey(actionKey(A(a))), std::optional<A>(A(a)));
    QVERIFY(!stateFromKey(QStringLiteral("lost")).has_value());
}

QTEST_APPLESS_MAIN(TestDossierLifecycle)
#include "test_dossierlifecycle.moc"
