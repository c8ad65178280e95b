#pragma once

// The hostile inputs every text field and command-line argument must survive:
// stored exactly as typed (names in NFC, without surrounding spaces) or refused
// with a clear message. One list for the GUI and the command-line suites.
#include <QByteArray>
#include <QList>
#include <QString>

namespace Motcua::Test {

struct InjectionItem
{
    QString name;      // for the test log
    QString text;      // what a field receives (typed or pasted)
    QByteArray bytes;  // what a command line or file receives (may be invalid UTF-8)
    bool huge = false; // 10 MB: run through a few fields only
};

// Every item; `withHuge` adds the 10 MB strings.
QList<InjectionItem> injectionCorpus(bool withHuge);

// `length` characters of Vietnamese text, for the "just over the limit" rows.
QString textOfLength(int length);

} // namespace Motcua::Test
