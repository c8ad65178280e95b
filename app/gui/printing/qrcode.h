#pragma once

#include <QImage>
#include <QString>

namespace Motcua {

// The QR code of `text` (UTF-8) as a black-on-white image: error correction
// level M, a quiet zone of 4 modules, each module `moduleSize` pixels square.
// Returns a null image for empty text, a non-positive module size or text too
// long for a QR code.
QImage qrCodeImage(const QString &text, int moduleSize = 6);

} // namespace Motcua
