#include "eventchain.h"

#include <QCryptographicHash>

namespace Motcua::EventChain {

namespace {

// A JSON string as PostgreSQL's escape_json writes it: quotes, backslashes
// and control characters escaped, everything else (all of UTF-8) as is.
void string(QByteArray &out, const QString &s)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" + QByteArray::number(int(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void next(QByteArray &out)
{
    out += ", ";
}

void number(QByteArray &out, const std::optional<qint64> &n)
{
    next(out);
    out += n ? QByteArray::number(*n) : QByteArray("null");
}

void text(QByteArray &out, const std::optional<QString> &s)
{
    next(out);
    if (s)
        string(out, *s);
    else
        out += "null";
}

} // namespace

QByteArray serialize(const Event &e, const QByteArray &prevHash)
{
    QByteArray out("[\"motcua-event-v1\"");
    out.reserve(200 + e.note.size() * 3 + e.data.size() * 3);
    number(out, e.id);
    number(out, e.dossierId);
    number(out, e.atMicros);
    text(out, e.actor);
    number(out, e.unitId);
    number(out, e.counterId);
    text(out, e.kind);
    text(out, e.fromState);
    text(out, e.toState);
    text(out, e.note);
    next(out);
    out += e.data.toUtf8(); // jsonb's own text, as json_build_array embeds it
    text(out,
         prevHash.isEmpty() ? std::nullopt
                            : std::optional<QString>(QString::fromLatin1(prevHash.toHex())));
    out += ']';
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
