#pragma once

#include "palette.h"

#include <QLabel>
#include <QString>

namespace Motcua {

// A workspace's status line: hidden when empty, bold red for an error.
inline void showStatusLine(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? Palette::textStyle(Palette::error, true) : QString());
    label->setVisible(!text.isEmpty());
}

} // namespace Motcua
