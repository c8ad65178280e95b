#include "eventchain.h"

#include <QCryptographicHash>

namespace Motcua::EventChain {

namespace {

void field(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
}

void field(QByteArray &out, const std::optional<QByteArray> &bytes)
{
    if (bytes)
        field(out, *bytes);
    else
        out += '-';
}

std::optional<QByteArray> text(const std::optional<QString> &s)
{
    return s ? std::optional<QByteArray>(s->toUtf8()) : std::nullopt;
}

std::optional<QByteArray> number(const std::optional<qint64> &n)
{
    return n ? std::optional<QByteArray>(QByteArray::number(*n)) : std::nullopt;
}

} // namespace

QByteArray serialize(const Event &e, const QByteArray &prevHash)
{
    QByteArray out("motcua-event-v1");
    out.reserve(160 + e.note.size() * 3 + e.data.size() * 3);
    field(out, QByteArray::number(e.id));
    field(out, QByteArray::number(e.dossierId));
    field(out, QByteArray::number(e.atMicros));
    field(out, e.actor.toUtf8());
    field(out, number(e.unitId));
    field(out, number(e.counterId));
    field(out, e.kind.toUtf8());
    field(out, text(e.fromState));
    field(out, text(e.toState));
    field(out, e.note.toUtf8());
    field(out, e.data.toUtf8());
    field(out, prevHash.isEmpty() ? std::nullopt : std::optional<QByteArray>(prevHash.toHex()));
    return out;
}

QByteArray hash(const Event &e, const QByteArray &prevHash)
{
    return QCryptographicHash::hash(serialize(e, prevHash), QCryptographicHash::Sha256);
}

Break Verifier::add(const Event &e, const QByteArray &prevHash, const QByteArray &storedHash)
{
    const bool first = m_dossier != e.dossierId;
    const QByteArray expectedPrev = first ? QByteArray() : m_lastHash;
    m_dossier = e.dossierId;
    m_lastHash = storedHash;
    ++m_events;

    Break why = Break::None;
    if (storedHash.isEmpty())
        why = Break::Missing;
    else if (prevHash != expectedPrev)
        why = Break::Link;
    else if (hash(e, prevHash) != storedHash)
        why = Break::Fields;
    if (why == Break::None)
        return why;
    ++m_broken;
    if (m_firstBreak == Break::None || e.id < m_firstId) {
        m_firstId = e.id;
        m_firstDossierId = e.dossierId;
        m_firstKind = e.kind;
        m_firstBreak = why;
    }
    return why;
}

} // namespace Motcua::EventChain
