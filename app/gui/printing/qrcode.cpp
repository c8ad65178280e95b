#include "qrcode.h"

#include <qrencode.h>

#include <cstring>
#include <memory>

namespace Motcua {

QImage qrCodeImage(const QString &text, int moduleSize)
{
    constexpr int quietZone = 4; // modules, as ISO/IEC 18004 requires
    if (text.isEmpty() || moduleSize <= 0)
        return QImage();
    const QByteArray utf8 = text.toUtf8();
    // Case-sensitive, mixed modes chosen by libqrencode; version 0 = smallest that fits.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return QImage();

    const int modules = code->width + 2 * quietZone;
    if (modules > 32767 / moduleSize)
        return QImage();
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    if (image.isNull())
        return QImage();
    image.fill(0xff);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module's colour (1 = dark); the rest is libqrencode's.
            if (!(code->data[y * code->width + x] & 1))
                continue;
            const int left = (x + quietZone) * moduleSize;
            const int top = (y + quietZone) * moduleSize;
            for (int row = top; row < top + moduleSize; ++row)
                std::memset(image.scanLine(row) + left, 0, size_t(moduleSize));
        }
    }
    return image;
}

} // namespace Motcua
