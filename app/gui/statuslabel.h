#pragma once

#include <QLabel>
#include <QString>

namespace Motcua {

// A workspace's status line: hidden when empty, bold red for an error.
inline void showStatusLine(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    label->setVisible(!text.isEmpty());
}

} // namespace Motcua
