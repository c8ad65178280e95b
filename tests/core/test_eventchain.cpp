#include "core/eventchain.h"

#include <QTest>

using namespace Motcua;
using EventChain::Break;
using EventChain::Event;

Q_DECLARE_METATYPE(Motcua::EventChain::Event)

namespace {

// Three events as the trigger of migration 0019 stored them (PostgreSQL 15,
// a UTF-8 database): the hashes below are what it computed, so the C++ side
// must give the same bytes. tests/data/test_audit.cpp checks the same against
// a live server for more events.
Event received()
{
    Event e;
    e.id = 1;
    e.dossierId = 7;
    e.atMicros = 1772421330123456; // 2026-03-02 10:15:30.123456+07
    e.actor = QStringLiteral("canbo_trungtam");
    e.unitId = 1;
    e.counterId = 2;
    e.kind = QStringLiteral("received");
    e.toState = QStringLiteral("received");
    e.data = QStringLiteral("{\"due_at\": \"2026-03-05T10:15:30+07:00\", \"channel\": "
                            "\"in_person\", \"first_visit\": true, \"service_seconds\": 312}");
    return e;
}

Event supplement()
{
    Event e;
    e.id = 2;
    e.dossierId = 7;
    e.atMicros = 1772424000000000;
    e.actor = QStringLiteral("cv_sotnmt");
    e.kind = QStringLiteral("supplement");
    e.fromState = QStringLiteral("in_processing");
    e.toState = QStringLiteral("awaiting_supplement");
    e.note = QStringLiteral("Thiếu bản sao CCCD — “chứng thực”; 😀");
    e.data = QStringLiteral("{\"n\": 1.50, \"z\": null, \"missing\": [\"Bản sao CCCD\", "
                            "\"Sơ đồ\"]}");
    return e;
}

Event beforeEpochEnd()
{
    Event e;
    e.id = 3;
    e.dossierId = 8;
    e.atMicros = 946684799999999; // 1999-12-31 23:59:59.999999 UTC
    e.actor = QStringLiteral("x");
    e.counterId = 3;
    e.kind = QStringLiteral("note");
    e.note = QStringLiteral("a:b-1:");
    e.data = QStringLiteral("{}");
    return e;
}

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

const QByteArray kReceived
        = hex("a7a06e8f48362b67707e5ab344ef85b283bd6721d71e5ca74094e30721cab1a8");
const QByteArray kSupplement
        = hex("961f3e74cfafb63df24be578c4976ffbacdc9e7a58165ed0fd28ac1603899850");
const QByteArray kNote = hex("42d0679ea61699a12cff3901b7be8c4752f259356a776f65216a704b82fb4d81");

} // namespace

class TestEventChain : public QObject
{
    Q_OBJECT

private slots:
    void sameAsTheServer_data();
    void sameAsTheServer();
    void serializationIsUnambiguous_data();
    void serializationIsUnambiguous();
    void serializationFormat();
    void verifier_data();
    void verifier();
    void firstBrokenIsTheSmallestId();
};

void TestEventChain::sameAsTheServer_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QByteArray>("prev");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("first of a dossier, jsonb data") << received() << QByteArray() << kReceived;
    QTest::newRow("chained, non-ASCII note, NULL unit and counter")
            << supplement() << kReceived << kSupplement;
    QTest::newRow("NULL states, separators in the note, 1999")
            << beforeEpochEnd() << QByteArray() << kNote;
}

void TestEventChain::sameAsTheServer()
{
    QFETCH(Event, event);
    QFETCH(QByteArray, prev);
    QFETCH(QByteArray, expected);
    QCOMPARE(EventChain::hash(event, prev).toHex(), expected.toHex());
}

// Two events that differ only in where a NULL or a character sits never
// serialize alike.
void TestEventChain::serializationIsUnambiguous_data()
{
    QTest::addColumn<Event>("a");
    QTest::addColumn<Event>("b");
    Event base = beforeEpochEnd();
    Event nullFrom = base, emptyFrom = base;
    emptyFrom.fromState = QString();
    QTest::newRow("NULL vs empty from_state") << nullFrom << emptyFrom;
    Event dash = base;
    dash.fromState = QStringLiteral("-");
    QTest::newRow("NULL vs \"-\"") << nullFrom << dash;
    Event moved1 = base, moved2 = base;
    moved1.kind = QStringLiteral("no");
    moved1.note = QStringLiteral("te");
    moved2.kind = QStringLiteral("not");
    moved2.note = QStringLiteral("e");
    QTest::newRow("a character moved between fields") << moved1 << moved2;
    Event unit = base, counter = base;
    unit.unitId = 3;
    unit.counterId.reset();
    QTest::newRow("unit vs counter") << unit << counter;
    Event nfc = base, nfd = base;
    nfc.note = QStringLiteral("Nguyễn");
    nfd.note = QStringLiteral("Nguyễn").normalized(QString::NormalizationForm_D);
    QTest::newRow("NFC vs NFD note") << nfc << nfd;
    Event micro = base;
    micro.atMicros += 1;
    QTest::newRow("one microsecond") << base << micro;
}

void TestEventChain::serializationIsUnambiguous()
{
    QFETCH(Event, a);
    QFETCH(Event, b);
    QVERIFY(EventChain::serialize(a, {}) != EventChain::serialize(b, {}));
    QVERIFY(EventChain::hash(a, {}) != EventChain::hash(b, {}));
}

void TestEventChain::serializationFormat()
{
    // As the server printed it (json_build_array).
    QCOMPARE(EventChain::serialize(beforeEpochEnd(), {}),
             QByteArray(R"(["motcua-event-v1", 3, 8, 946684799999999, "x", null, 3, "note", )"
                        R"(null, null, "a:b-1:", {}, null])"));
    // Escapes as escape_json: SELECT json_build_array('a"b\c' || E'\n' || 'd'
    // || chr(1) || chr(31) || chr(127))
    Event e = beforeEpochEnd();
    e.note = QStringLiteral("a\"b\\c\nd") + QChar(1) + QChar(31) + QChar(127)
             + QStringLiteral("\b\f\r\t");
    QVERIFY(EventChain::serialize(e, {}).contains(QByteArray(R"("a\"b\\c\nd\u0001\u001f)")
                                                  + char(127) + QByteArray(R"(\b\f\r\t")")));
    // UTF-8 as is, and the predecessor in hex.
    const QByteArray s = EventChain::serialize(supplement(), kReceived);
    QVERIFY(s.contains("\"Thiếu bản sao CCCD — “chứng thực”; 😀\""));
    QVERIFY(s.endsWith(", \"" + kReceived.toHex() + "\"]"));
}

void TestEventChain::verifier_data()
{
    QTest::addColumn<QList<Event>>("events");
    QTest::addColumn<QList<QByteArray>>("prevs");
    QTest::addColumn<QList<QByteArray>>("hashes");
    QTest::addColumn<qint64>("broken");
    QTest::addColumn<qint64>("firstId");
    QTest::addColumn<int>("why");

    // A dossier of four events chained properly, then tampered with.
    QList<Event> chain;
    QList<QByteArray> prevs, hashes;
    QByteArray prev;
    for (int i = 0; i < 4; ++i) {
        Event e = supplement();
        e.id = 10 + i;
        e.atMicros += i * 1000000;
        chain << e;
        prevs << prev;
        prev = EventChain::hash(e, prev);
        hashes << prev;
    }
    Event other = beforeEpochEnd();
    const QByteArray otherHash = EventChain::hash(other, {});

    QTest::newRow("intact") << (chain + QList<Event>{other}) << (prevs + QList<QByteArray>{{}})
                            << (hashes + QList<QByteArray>{otherHash}) << qint64(0) << qint64(0)
                            << int(Break::None);
    auto edited = chain;
    edited[1].note = QStringLiteral("sửa");
    QTest::newRow("note edited: that event only")
            << edited << prevs << hashes << qint64(1) << qint64(11) << int(Break::Fields);
    auto moved = chain;
    moved[2].atMicros = moved[0].atMicros - 1;
    QTest::newRow("at moved before the first")
            << moved << prevs << hashes << qint64(1) << qint64(12) << int(Break::Fields);
    QList<Event> gone = chain;
    QList<QByteArray> goneP = prevs, goneH = hashes;
    gone.removeAt(2);
    goneP.removeAt(2);
    goneH.removeAt(2);
    QTest::newRow("middle event deleted: the next link")
            << gone << goneP << goneH << qint64(1) << qint64(13) << int(Break::Link);
    QList<Event> head = chain;
    QList<QByteArray> headP = prevs, headH = hashes;
    head.removeFirst();
    headP.removeFirst();
    headH.removeFirst();
    QTest::newRow("first event deleted")
            << head << headP << headH << qint64(1) << qint64(11) << int(Break::Link);
    auto rehashed = hashes;
    rehashed[1] = EventChain::hash(edited[1], prevs[1]);
    QTest::newRow("edited and its own hash rewritten: the next link")
            << edited << prevs << rehashed << qint64(1) << qint64(12) << int(Break::Link);
    auto missing = hashes;
    missing[3].clear();
    QTest::newRow("no hash") << chain << prevs << missing << qint64(1) << qint64(13)
                             << int(Break::Missing);
    // A chain that does not start at its dossier's first event: the next
    // dossier starts fresh (no link to the previous dossier's last event).
    QTest::newRow("dossiers apart") << QList<Event>{chain[0], other} << QList<QByteArray>{{}, {}}
                                    << QList<QByteArray>{hashes[0], otherHash} << qint64(0)
                                    << qint64(0) << int(Break::None);
}

void TestEventChain::verifier()
{
    QFETCH(QList<Event>, events);
    QFETCH(QList<QByteArray>, prevs);
    QFETCH(QList<QByteArray>, hashes);
    QFETCH(qint64, broken);
    QFETCH(qint64, firstId);
    QFETCH(int, why);
    EventChain::Verifier v;
    for (int i = 0; i < events.size(); ++i)
        v.add(events[i], prevs[i], hashes[i]);
    QCOMPARE(v.events(), qint64(events.size()));
    QCOMPARE(v.broken(), broken);
    QCOMPARE(v.firstBrokenId(), firstId);
    QCOMPARE(int(v.firstBreak()), why);
}

void TestEventChain::firstBrokenIsTheSmallestId()
{
    // Dossier 7's event 20 is visited before dossier 8's event 3 (chain
    // order), but event 3 is the first broken one.
    Event late = received();
    late.id = 20;
    Event early = beforeEpochEnd();
    EventChain::Verifier v;
    QCOMPARE(int(v.add(late, {}, QByteArray(32, 'x'))), int(Break::Fields));
    QCOMPARE(int(v.add(early, {}, QByteArray(32, 'y'))), int(Break::Fields));
    QCOMPARE(v.broken(), qint64(2));
    QCOMPARE(v.firstBrokenId(), qint64(3));
    QCOMPARE(v.firstBrokenDossierId(), qint64(8));
    QCOMPARE(v.firstBrokenKind(), QStringLiteral("note"));
}

QTEST_APPLESS_MAIN(TestEventChain)
#include "test_eventchain.moc"
