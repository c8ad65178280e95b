#include "rulescommands.h"

#include "commands.h"

#include "core/calendarcsv.h"
#include "core/centertime.h"
#include "core/duedate.h"
#include "core/freetext.h"
#include "core/holidays.h"
#include "core/identifiers.h"
#include "core/lunarcalendar.h"
#include "core/timeliness.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>

namespace Motcua::Cli {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Cli)
};

constexpr int exitOk = 0;
constexpr int exitInvalid = 1;
constexpr int exitUsage = 2;

struct Spec
{
    QStringList single;   // options taking one value, at most once
    QStringList multiple; // options taking a value, repeatable
    QStringList flags;    // options without a value
};

struct Args
{
    QMap<QString, QStringList> values; // option name (with "--") -> values, in order
    QStringList flags;
    QStringList positional;

    QString value(const QString &name) const { return values.value(name).value(0); }
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
};

// Hand parser: QCommandLineParser wants the whole argv and prints on its own.
Result<Args> parseArgs(const QStringList &args, const Spec &spec)
{
    using R = Result<Args>;
    Args parsed;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            parsed.positional.append(arg);
            continue;
        }
        QString name = arg;
        QString value;
        bool hasInlineValue = false;
        const int eq = arg.indexOf(QLatin1Char('='));
        if (eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasInlineValue = true;
        }
        const bool takesValue = spec.single.contains(name) || spec.multiple.contains(name);
        if (spec.flags.contains(name)) {
            if (hasInlineValue)
                return R::failure(Tr::tr("The option %1 takes no value.").arg(name));
            parsed.flags.append(name);
            continue;
        }
        if (!takesValue)
            return R::failure(Tr::tr("Unknown option: %1").arg(name));
        if (!hasInlineValue) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
                return R::failure(Tr::tr("The option %1 needs a value.").arg(name));
            value = args.at(++i);
        }
        if (spec.single.contains(name) && parsed.values.contains(name))
            return R::failure(Tr::tr("The option %1 is given more than once.").arg(name));
        parsed.values[name].append(value);
    }
    return R::success(parsed);
}

int usageError(QTextStream &err, const QString &message)
{
    err << message << Qt::endl;
    return exitUsage;
}

// "2026-03-02T10:00" (the center's wall clock), or with seconds, a space instead of T, Z or ±HH:MM.
Result<QDateTime> parseInstant(const QString &text)
{
    using R = Result<QDateTime>;
    const QDateTime parsed = CenterTime::fromIsoText(text);
    if (!parsed.isValid())
        return R::failure(
                Tr::tr("\"%1\" is not a date and time like 2026-03-02T10:00.").arg(shown(text)));
    return R::success(parsed);
}

QString shown(const QDateTime &t)
{
    return CenterTime::isoMinutes(t);
}

Result<WorkingHours> hoursOption(const Args &a)
{
    if (!a.has(QStringLiteral("--hours")))
        return Result<WorkingHours>::success(WorkingHours());
    return WorkingHours::parse(a.value(QStringLiteral("--hours")));
}

bool parseInt(const QString &text, int *value)
{
    bool ok = false;
    *value = text.trimmed().toInt(&ok);
    return ok;
}

QString named(const QString &option, const QString &message)
{
    return QStringLiteral("%1: %2").arg(option, message);
}

} // namespace

int dueDateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Spec spec;
    spec.single = QStringList{QStringLiteral("--received"),
                              QStringLiteral("--duration"),
                              QStringLiteral("--cutoff"),
                              QStringLiteral("--hours"),
                              QStringLiteral("--calendar"),
                              QStringLiteral("--finished")};
    spec.multiple = QStringList{QStringLiteral("--pause")};
    spec.flags = QStringList{QStringLiteral("--help")};
    const Result<Args> parsed = parseArgs(args, spec);
    if (!parsed.ok())
        return usageError(err, parsed.error());
    const Args &a = parsed.value();
    if (a.has(QStringLiteral("--help"))) {
        out << Tr::tr("Usage: due-date --received 2026-03-02T10:00 --duration 3d|4h|0.5d "
                      "[--cutoff 15:00] [--hours \"mon-fri 07:30-11:30,13:00-17:00\"] "
                      "[--calendar FILE.csv] [--pause FROM/TO]... [--finished TIME]")
            << Qt::endl;
        return exitOk;
    }
    if (!a.positional.isEmpty())
        return usageError(err, Tr::tr("Unexpected argument: %1").arg(a.positional.first()));
    for (const QString &required : {QStringLiteral("--received"), QStringLiteral("--duration")}) {
        if (!a.has(required))
            return usageError(err, Tr::tr("The option %1 is required.").arg(required));
    }

    const Result<QDateTime> received = parseInstant(a.value(QStringLiteral("--received")));
    if (!received.ok())
        return usageError(err, named(QStringLiteral("--received"), received.error()));
    const Result<ProcessingTime> duration
            = ProcessingTime::parse(a.value(QStringLiteral("--duration")));
    if (!duration.ok())
        return usageError(err, named(QStringLiteral("--duration"), duration.error()));

    DueDateOptions options;
    if (a.has(QStringLiteral("--cutoff"))) {
        const QString text = a.value(QStringLiteral("--cutoff"));
        const int minutes = WorkingHours::parseClock(text);
        if (minutes < 0 || minutes >= 24 * 60)
            return usageError(err,
                              named(QStringLiteral("--cutoff"),
                                    Tr::tr("\"%1\" is not a time like 15:00.").arg(shown(text))));
        options.cutoff = QTime(minutes / 60, minutes % 60);
    }
    const Result<WorkingHours> hours = hoursOption(a);
    if (!hours.ok())
        return usageError(err, named(QStringLiteral("--hours"), hours.error()));

    QVector<CalendarDay> days;
    if (a.has(QStringLiteral("--calendar"))) {
        const QString path = a.value(QStringLiteral("--calendar"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(err,
                              named(QStringLiteral("--calendar"),
                                    Tr::tr("Cannot read %1: %2").arg(path, file.errorString())));
        const std::optional<QString> text = FreeText::strictUtf8(file.readAll());
        if (!text)
            return usageError(
                    err,
                    named(QStringLiteral("--calendar"),
                          Tr::tr("%1 is not UTF-8 text; save it as CSV UTF-8.").arg(path)));
        const auto csv = CalendarCsv::parse(*text);
        if (!csv.ok())
            return usageError(err, named(QStringLiteral("--calendar ") + path, csv.error()));
        days = csv.value();
    }

    for (const QString &text : a.values.value(QStringLiteral("--pause"))) {
        const QStringList ends = text.split(QLatin1Char('/'));
        if (ends.size() != 2)
            return usageError(err,
                              named(QStringLiteral("--pause"),
                                    Tr::tr("\"%1\" is not a pause FROM/TO.").arg(shown(text))));
        const Result<QDateTime> from = parseInstant(ends.at(0));
        const Result<QDateTime> to = parseInstant(ends.at(1));
        if (!from.ok() || !to.ok())
            return usageError(err,
                              named(QStringLiteral("--pause ") + text,
                                    from.ok() ? to.error() : from.error()));
        options.pauses.append({from.value(), to.value()});
    }
    const Result<QVector<Pause>> pauses
            = DueDateCalculator::checkedPauses(received.value(), options.pauses);
    if (!pauses.ok())
        return usageError(err, named(QStringLiteral("--pause"), pauses.error()));

    QDateTime finished;
    if (a.has(QStringLiteral("--finished"))) {
        const Result<QDateTime> f = parseInstant(a.value(QStringLiteral("--finished")));
        if (!f.ok())
            return usageError(err, named(QStringLiteral("--finished"), f.error()));
        finished = f.value();
    }

    const DueDateCalculator calculator(WorkingCalendar(hours.value(), days));
    const Result<QDateTime> due = calculator.dueDate(received.value(), duration.value(), options);
    if (!due.ok())
        return usageError(err, due.error());
    out << "due=" << shown(due.value()) << Qt::endl;
    if (finished.isValid())
        out << "status=" << timelinessKey(classifyFinished(due.value(), finished)) << Qt::endl;
    return exitOk;
}

int lunarToSolarCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Spec spec;
    spec.flags = QStringList{QStringLiteral("--leap"), QStringLiteral("--help")};
    const Result<Args> parsed = parseArgs(args, spec);
    if (!parsed.ok())
        return usageError(err, parsed.error());
    const Args &a = parsed.value();
    if (a.has(QStringLiteral("--help"))) {
        out << Tr::tr("Usage: lunar-to-solar DAY MONTH YEAR [--leap]") << Qt::endl;
        return exitOk;
    }
    if (a.positional.size() != 3)
        return usageError(err, Tr::tr("Expected DAY MONTH YEAR, e.g. lunar-to-solar 10 3 2026."));
    const QStringList names{QStringLiteral("DAY"), QStringLiteral("MONTH"), QStringLiteral("YEAR")};
    int numbers[3] = {};
    for (int i = 0; i < 3; ++i) {
        if (!parseInt(a.positional.at(i), &numbers[i]))
            return usageError(
                    err,
                    named(names.at(i),
                          Tr::tr("\"%1\" is not a number.").arg(shown(a.positional.at(i)))));
    }
    const Result<QDate> date = LunarCalendar::lunarToSolar(
            numbers[0], numbers[1], numbers[2], a.has(QStringLiteral("--leap")));
    if (!date.ok()) {
        err << date.error() << Qt::endl;
        return exitInvalid;
    }
    out << date.value().toString(Qt::ISODate) << Qt::endl;
    return exitOk;
}

int holidaysCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Spec spec;
    spec.single = QStringList{QStringLiteral("--year"),
                              QStringLiteral("--hours"),
                              QStringLiteral("--national-day-extra")};
    spec.flags = QStringList{QStringLiteral("--help")};
    const Result<Args> parsed = parseArgs(args, spec);
    if (!parsed.ok())
        return usageError(err, parsed.error());
    const Args &a = parsed.value();
    if (a.has(QStringLiteral("--help"))) {
        out << Tr::tr("Usage: holidays suggest --year YEAR [--hours SPEC] "
                      "[--national-day-extra 1|3]")
            << Qt::endl;
        return exitOk;
    }
    if (a.positional != QStringList{QStringLiteral("suggest")})
        return usageError(err, Tr::tr("Expected: holidays suggest --year YEAR"));
    if (!a.has(QStringLiteral("--year")))
        return usageError(err, Tr::tr("The option %1 is required.").arg(QStringLiteral("--year")));
    int year = 0;
    if (!parseInt(a.value(QStringLiteral("--year")), &year))
        return usageError(err,
                          named(QStringLiteral("--year"),
                                Tr::tr("\"%1\" is not a year.")
                                        .arg(shown(a.value(QStringLiteral("--year"))))));
    HolidayOptions options;
    if (a.has(QStringLiteral("--national-day-extra"))) {
        const QString text = a.value(QStringLiteral("--national-day-extra"));
        if (!parseInt(text, &options.nationalDayExtra)
            || (options.nationalDayExtra != 1 && options.nationalDayExtra != 3))
            return usageError(err,
                              named(QStringLiteral("--national-day-extra"),
                                    Tr::tr("\"%1\" must be 1 or 3 (September).").arg(shown(text))));
    }
    const Result<WorkingHours> hours = hoursOption(a);
    if (!hours.ok())
        return usageError(err, named(QStringLiteral("--hours"), hours.error()));
    const auto days = Holidays::suggest(year, hours.value(), options);
    if (!days.ok())
        return usageError(err, named(QStringLiteral("--year"), days.error()));
    out << CalendarCsv::write(days.value());
    out.flush();
    return exitOk;
}

int checkCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Spec spec;
    spec.single = QStringList{QStringLiteral("--birth-year"), QStringLiteral("--today")};
    spec.flags = QStringList{QStringLiteral("--help")};
    const Result<Args> parsed = parseArgs(args, spec);
    if (!parsed.ok())
        return usageError(err, parsed.error());
    const Args &a = parsed.value();
    if (a.has(QStringLiteral("--help"))) {
        out << Tr::tr("Usage: check cccd|cmnd|mst|phone VALUE [--birth-year YEAR]") << Qt::endl;
        return exitOk;
    }
    if (a.positional.size() != 2)
        return usageError(err, Tr::tr("Expected: check cccd|cmnd|mst|phone VALUE"));
    const QString kind = a.positional.at(0);
    const QString value = a.positional.at(1);

    std::optional<int> birthYear;
    if (a.has(QStringLiteral("--birth-year"))) {
        int y = 0;
        if (!parseInt(a.value(QStringLiteral("--birth-year")), &y))
            return usageError(err,
                              named(QStringLiteral("--birth-year"),
                                    Tr::tr("\"%1\" is not a year.")
                                            .arg(shown(a.value(QStringLiteral("--birth-year"))))));
        if (kind != QLatin1String("cccd"))
            return usageError(err,
                              Tr::tr("The option %1 applies to cccd only.")
                                      .arg(QStringLiteral("--birth-year")));
        birthYear = y;
    }
    QDate today = CenterTime::today();
    if (a.has(QStringLiteral("--today"))) {
        today = QDate::fromString(a.value(QStringLiteral("--today")), Qt::ISODate);
        if (!today.isValid())
            return usageError(err,
                              named(QStringLiteral("--today"),
                                    Tr::tr("\"%1\" is not a date like 2026-03-02.")
                                            .arg(shown(a.value(QStringLiteral("--today"))))));
    }

    Identifiers::Check result;
    if (kind == QLatin1String("cccd")) {
        result = Identifiers::checkCccd(value, birthYear, today);
    } else if (kind == QLatin1String("cmnd")) {
        result = Identifiers::checkCmnd(value);
    } else if (kind == QLatin1String("mst")) {
        result = Identifiers::checkTaxCode(value, today);
    } else if (kind == QLatin1String("phone")) {
        result = Identifiers::checkPhone(value);
    } else {
        return usageError(err,
                          Tr::tr("Unknown identifier kind \"%1\": use cccd, cmnd, mst or phone.")
                                  .arg(shown(kind)));
    }
    if (!result.valid) {
        out << Tr::tr("invalid: %1").arg(result.reason) << Qt::endl;
        return exitInvalid;
    }
    out << result.normalized << Qt::endl;
    return exitOk;
}

} // namespace Motcua::Cli
