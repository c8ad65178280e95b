#include "injectioncorpus.h"

namespace Motcua::Test {

namespace {

InjectionItem item(const char *name, const QString &text)
{
    return {QString::fromLatin1(name), text, text.toUtf8(), false};
}

InjectionItem raw(const char *name, const QString &asText, const QByteArray &bytes)
{
    return {QString::fromLatin1(name), asText, bytes, false};
}

} // namespace

QString textOfLength(int length)
{
    const QString unit = QStringLiteral("Nguyễn Thị Ánh Tuyết ");
    QString s = unit.repeated(length / unit.size() + 1);
    s.truncate(length);
    s[length - 1] = QLatin1Char('x'); // no trailing space to trim
    return s;
}

QList<InjectionItem> injectionCorpus(bool withHuge)
{
    QString c0;
    for (char16_t u = 1; u < 0x20; ++u)
        c0 += QChar(u);
    QList<InjectionItem> items = {
            item("single quote", QStringLiteral("O'Brien Lê")),
            item("double quotes", QStringLiteral("Nguyễn \"Tí\" An")),
            item("SQL", QStringLiteral("'; DROP TABLE dossiers; --")),
            item("SQL comment and semicolon", QStringLiteral("x\"); DELETE FROM handovers; /*")),
            item("printf and arg markers", QStringLiteral("%s %n %x %1 %2 %L1")),
            item("backslashes", QStringLiteral("C:\\new\\table \\\\ \\x00 \\'")),
            item("HTML", QStringLiteral("<b>Bold</b><script>alert(1)</script>&amp;")),
            item("NUL", QStringLiteral("An") + QChar(0) + QStringLiteral("Bình")),
            item("C0 controls U+0001..U+001F", QStringLiteral("A") + c0 + QStringLiteral("Z")),
            item("DEL", QStringLiteral("An\x7F")),
            item("line break", QStringLiteral("An\nBình")),
            raw("invalid UTF-8",
                QString::fromUtf8("Nguy\xff\xfe\xc3n"),
                QByteArray("Nguy\xff\xfe\xc3n")),
            raw("lone surrogate",
                QStringLiteral("Tr") + QChar(0xD800) + QStringLiteral("n"),
                QByteArray("Tr\xed\xa0\x80n")),
            item("U+FFFD", QStringLiteral("Tr\uFFFDn")),
            item("right-to-left mark", QStringLiteral("Nguyễn\u200FAn")),
            item("right-to-left override", QStringLiteral("\u202Egnp.exe An")),
            item("zero-width joiners", QStringLiteral("An\u200DBình\u200C\u200B")),
            item("combining flood (within limit)",
                 QStringLiteral("a") + QString(100, QChar(0x0301))),
            item("combining flood (over limit)",
                 QStringLiteral("Z") + QString(5000, QChar(0x0300))),
            item("Vietnamese NFD",
                 QStringLiteral("Nguyễn Thị Ánh Tuyết").normalized(QString::NormalizationForm_D)),
            item("emoji", QStringLiteral("An \U0001F600")),
            item("surrounding spaces", QStringLiteral("   Lê Văn Tám   ")),
    };
    if (withHuge) {
        InjectionItem big = item("10 MB", QString(10 * 1024 * 1024, QLatin1Char('a')));
        big.huge = true;
        items << big;
    }
    return items;
}

} // namespace Motcua::Test
