#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Motcua::EventChain {

// One control-sheet event (a row of dossier_events) as the hash chain sees it.
// Nullable columns are optionals; `data` is the jsonb column's text as the
// server prints it (jsonb has one text form per value).
struct Event
{
    qint64 id = 0;
    qint64 dossierId = 0;
    qint64 atMicros = 0; // UTC, microseconds since 1970-01-01T00:00:00Z
    QString actor;
    std::optional<qint64> unitId;
    std::optional<qint64> counterId;
    QString kind;
    std::optional<QString> fromState;
    std::optional<QString> toState;
    QString note;
    QString data;
};

// The canonical serialization (version 1) of an event chained to `prevHash`
// (empty for the first event of a dossier), UTF-8: the JSON array
// ["motcua-event-v1", id, dossier_id, at, actor, unit_id, counter_id, kind,
// from_state, to_state, note, data, prev_hash] as PostgreSQL's
// json_build_array() prints it: ", " between elements, NULL as null, strings
// escaped as escape_json() does, data as its jsonb text, prevHash in
// lower-case hex. The same bytes as motcua_event_hash() of migration 0019.
QByteArray serialize(const Event &e, const QByteArray &prevHash);

// SHA-256 of serialize(): the hash stored with the event.
QByteArray hash(const Event &e, const QByteArray &prevHash);

enum class Break {
    None,
    Fields,  // the stored hash is not the hash of the event's fields
    Link,    // prev_hash is not the hash of the event before it in its dossier
    Missing, // the event has no hash at all (written past the trigger)
};

// Walks the chains event by event, in the order of dossier then id, and
// counts the events that do not hold. An event edited in place breaks at
// itself only; a removed event breaks the link of the one after it.
class Verifier
{
public:
    // Returns why this event breaks its chain, or Break::None.
    Break add(const Event &e, const QByteArray &prevHash, const QByteArray &storedHash);

    qint64 events() const { return m_events; }
    qint64 broken() const { return m_broken; }
    // The broken event with the smallest id, and why (Break::None: none).
    qint64 firstBrokenId() const { return m_firstId; }
    qint64 firstBrokenDossierId() const { return m_firstDossierId; }
    QString firstBrokenKind() const { return m_firstKind; }
    Break firstBreak() const { return m_firstBreak; }

private:
    qint64 m_events = 0;
    qint64 m_broken = 0;
    std::optional<qint64> m_dossier;
    QByteArray m_lastHash;
    qint64 m_firstId = 0;
    qint64 m_firstDossierId = 0;
    QString m_firstKind;
    Break m_firstBreak = Break::None;
};

} // namespace Motcua::EventChain
