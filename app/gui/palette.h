#pragma once

#include <QColor>
#include <QString>

// The application's colours in one place, named by what they mean. Pages use
// these (and the style sheets below) instead of writing hues of their own,
// so that a state looks the same everywhere.
namespace Motcua::Palette {

inline const QColor error{0xb0, 0x00, 0x20};    // errors, late, refused
inline const QColor ok{0x1b, 0x5e, 0x20};       // done, early, connected
inline const QColor info{0x15, 0x65, 0xc0};     // on time, in time, codes
inline const QColor warning{0x8d, 0x5a, 0x00};  // reading from a standby
inline const QColor emphasis{0x0d, 0x47, 0xa1}; // required items

// The supervisor's chart.
inline const QColor chartReceived{0x1e, 0x88, 0xe5};
inline const QColor chartResolved{0x43, 0xa0, 0x47};
inline const QColor chartOnTime{0xe5, 0x39, 0x35};

// The working calendar's day types, and the weekly rest days.
inline const QColor holiday{0xd3, 0x2f, 0x2f};
inline const QColor compensatoryOff{0xf5, 0x7c, 0x00};
inline const QColor makeupWorkday{0x19, 0x76, 0xd2};
inline const QColor restDayBackground{0xe0, 0xe0, 0xe0};
inline const QColor restDayText{0x61, 0x61, 0x61};

// "color: #…;", bold if asked, with extra declarations appended.
inline QString textStyle(const QColor &color, bool bold = false, const QString &extra = QString())
{
    QString s = QStringLiteral("color: %1;").arg(color.name());
    if (bold)
        s += QStringLiteral(" font-weight: bold;");
    if (!extra.isEmpty())
        s += QLatin1Char(' ') + extra;
    return s;
}

// White bold text on the error colour: a message that must not be missed.
inline QString errorBannerStyle(const QString &padding)
{
    return QStringLiteral("color: white; background: %1; font-weight: bold; padding: %2;")
            .arg(error.name(), padding);
}

// The frame of a field whose value is refused.
inline QString errorFrameStyle()
{
    return QStringLiteral("border: 2px solid %1;").arg(error.name());
}

} // namespace Motcua::Palette
