#include "duration.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Motcua {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Duration)
};

constexpr double maxDays = 3650;

} // namespace

QString durationUnitKey(DurationUnit unit)
{
    return unit == DurationUnit::WorkingHours ? QStringLiteral("working_hours")
                                              : QStringLiteral("working_days");
}

std::optional<DurationUnit> durationUnitFromKey(const QString &key)
{
    if (key == QLatin1String("working_days"))
        return DurationUnit::WorkingDays;
    if (key == QLatin1String("working_hours"))
        return DurationUnit::WorkingHours;
    return std::nullopt;
}

Result<ProcessingTime> ProcessingTime::parse(const QString &text)
{
    using R = Result<ProcessingTime>;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return R::failure(Tr::tr("The processing time is empty: write e.g. 3d or 4h."));
    if (t.startsWith(QLatin1Char('-')))
        return R::failure(Tr::tr("The processing time \"%1\" is negative.").arg(text.trimmed()));

    int i = 0;
    while (i < t.size()
           && (t.at(i).isDigit() || t.at(i) == QLatin1Char('.') || t.at(i) == QLatin1Char(',')))
        ++i;
    QString number = t.left(i);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    const QString unit = t.mid(i).trimmed();
    bool ok = false;
    const double value = number.isEmpty() ? 0 : QLocale::c().toDouble(number, &ok);
    if (!ok || !std::isfinite(value))
        return R::failure(Tr::tr("\"%1\" is not a processing time: write e.g. 3d, 0.5d or 4h.")
                                  .arg(text.trimmed()));

    ProcessingTime pt;
    if (unit == QLatin1String("d") || unit == QLatin1String("day") || unit == QLatin1String("days")
        || unit == QStringLiteral("ngày")) {
        pt = days(value);
    } else if (unit == QLatin1String("h") || unit == QLatin1String("hour")
               || unit == QLatin1String("hours") || unit == QStringLiteral("giờ")) {
        pt = hours(value);
    } else if (unit == QLatin1String("m") || unit == QLatin1String("min")
               || unit == QLatin1String("mins") || unit == QStringLiteral("phút")) {
        pt = hours(value / 60.0);
    } else if (unit.isEmpty()) {
        return R::failure(Tr::tr("\"%1\" has no unit: add d (working days) or h (working hours).")
                                  .arg(text.trimmed()));
    } else {
        return R::failure(Tr::tr("Unknown unit \"%1\": use d (working days) or h (working hours).")
                                  .arg(unit));
    }
    if (value <= 0)
        return R::failure(Tr::tr("The processing time must be greater than zero."));
    // Checked against an 8-hour day: the exact day length is not known here.
    if (pt.workingMinutes(8 * 60) < 1)
        return R::failure(
                Tr::tr("The processing time \"%1\" is shorter than a minute.").arg(text.trimmed()));
    // On the parsed value: for minutes, `value` is still in minutes.
    if ((pt.unit == DurationUnit::WorkingDays ? pt.value : pt.value / 8.0) > maxDays)
        return R::failure(Tr::tr("The processing time \"%1\" is longer than %2 working days.")
                                  .arg(text.trimmed())
                                  .arg(maxDays));
    return R::success(pt);
}

QString ProcessingTime::toString() const
{
    // The shortest decimal that parses back to the same value; whole minutes
    // that no short decimal writes ("2m" is 2/60 h) print as minutes.
    const QString number = QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
    if (unit == DurationUnit::WorkingHours && number.size() > 6) {
        const double minutes = std::round(value * 60.0);
        if (minutes / 60.0 == value)
            return QString::number(qint64(minutes)) + QLatin1Char('m');
    }
    return number + (unit == DurationUnit::WorkingHours ? QLatin1Char('h') : QLatin1Char('d'));
}

qint64 ProcessingTime::workingMinutes(int standardDayMinutes) const
{
    const double minutes
            = unit == DurationUnit::WorkingHours ? value * 60.0 : value * standardDayMinutes;
    return std::llround(minutes);
}

} // namespace Motcua
