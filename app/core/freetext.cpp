#include "freetext.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Motcua::FreeText {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::FreeText)
};

QString codeOf(char32_t c)
{
    return QStringLiteral("U+")
           + QString::number(uint(c), 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

} // namespace

int maxLength(Field field)
{
    switch (field) {
    case Field::PersonName:
        return 200;
    case Field::AddressPart:
        return 200;
    case Field::Street:
        return 500;
    case Field::Email:
        return 254; // RFC 5321
    case Field::Phone:
        return 30;
    case Field::IdNumber:
        return 50;
    case Field::Note:
    case Field::Reason:
        return 2000;
    case Field::Search:
        return 200;
    case Field::ShortText:
        return 500;
    }
    return 200;
}

bool isMultiLine(Field field)
{
    return field == Field::Note || field == Field::Reason;
}

qsizetype codePoints(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

std::optional<QString> strictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString problem(const QString &text, Field field)
{
    return problem(text, maxLength(field), isMultiLine(field));
}

QString problem(const QString &text, int maxLength, bool multiLine)
{
    // The length first: a 10 MB paste is refused without scanning it twice.
    const qsizetype length = codePoints(text);
    if (length > maxLength)
        return Tr::tr("This field takes at most %1 characters; the text has %2.")
                .arg(maxLength)
                .arg(length);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (ch.isSurrogate())
            return Tr::tr("The text holds a broken character (invalid Unicode) at position %1; "
                          "type it again.")
                    .arg(i + 1);
        const char16_t u = ch.unicode();
        const bool lineBreak = u == u'\n' || u == u'\r' || u == u'\t';
        if ((u < 0x20 || (u >= 0x7f && u <= 0x9f)) && !(multiLine && lineBreak)) {
            if (lineBreak)
                return Tr::tr("This field takes one line: remove the line break or tab at "
                              "position %1.")
                        .arg(i + 1);
            return Tr::tr("The text holds an invisible control character (%1) at position %2; "
                          "remove it.")
                    .arg(codeOf(u))
                    .arg(i + 1);
        }
        if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return Tr::tr("The text holds a text-direction override (%1) at position %2, which "
                          "would make it print differently from what is stored; remove it.")
                    .arg(codeOf(u))
                    .arg(i + 1);
    }
    return QString();
}

} // namespace Motcua::FreeText
