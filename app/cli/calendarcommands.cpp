#include "calendarcommands.h"

#include "dbcommands.h"

#include "core/calendarcsv.h"
#include "core/freetext.h"
#include "data/calendarrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace Motcua::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Cli)
};

struct Parsed
{
    QString action;
    QString file;
    QMap<QString, QString> options;
    QString error; // non-empty: malformed arguments
};

Parsed parse(const QStringList &args)
{
    Parsed p;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            positional << a;
            continue;
        }
        QString name = a;
        QString value;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq > 0) {
            name = a.left(eq);
            value = a.mid(eq + 1);
        } else if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--"))) {
            value = args.at(++i);
        } else {
            p.error = Tr::tr("calendar: the option %1 needs a value.").arg(name);
            return p;
        }
        if (p.options.contains(name)) {
            p.error = Tr::tr("calendar: the option %1 is given more than once.").arg(name);
            return p;
        }
        p.options.insert(name, value);
    }
    if (positional.isEmpty()) {
        p.error = Tr::tr("calendar: say import or export (motcua-admin --help).");
        return p;
    }
    p.action = positional.takeFirst();
    if (p.action != QLatin1String("import") && p.action != QLatin1String("export")) {
        p.error = Tr::tr("calendar: unknown action \"%1\"; use import or export.")
                          .arg(shown(p.action));
        return p;
    }
    if (positional.isEmpty()) {
        p.error = Tr::tr("calendar %1: FILE.csv is missing.").arg(shown(p.action));
        return p;
    }
    p.file = positional.takeFirst();
    if (!positional.isEmpty()) {
        p.error = Tr::tr("calendar %1: unexpected argument \"%2\".")
                          .arg(p.action, positional.first());
        return p;
    }
    const QStringList allowed
            = p.action == QLatin1String("import")
                      ? QStringList{QStringLiteral("--unit"), QStringLiteral("--reason")}
                      : QStringList{QStringLiteral("--unit"), QStringLiteral("--year")};
    for (auto it = p.options.cbegin(); it != p.options.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            p.error = Tr::tr("calendar %1: unknown option %2.").arg(p.action, it.key());
            return p;
        }
        if (it.value().trimmed().isEmpty()) {
            p.error = Tr::tr("calendar %1: the option %2 needs a value.").arg(p.action, it.key());
            return p;
        }
    }
    return p;
}

// A refusal (the role may not, the data is invalid) is the user's to fix;
// anything else is a failure.
int exitFor(const DbError &e)
{
    return e.code == DbError::PermissionDenied || e.code == DbError::InvalidData
                           || e.code == DbError::NotFound
                   ? Refused
                   : Failure;
}

} // namespace

int calendarCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args);
    if (!p.error.isEmpty()) {
        err << p.error << '\n';
        return BadArguments;
    }
    int year = 0;
    if (p.options.contains(QStringLiteral("--year"))) {
        bool ok = false;
        year = p.options.value(QStringLiteral("--year")).toInt(&ok);
        if (!ok || year < 1900 || year > 2199) {
            err << Tr::tr("calendar export: --year must be a year like 2026, not \"%1\".")
                            .arg(shown(p.options.value(QStringLiteral("--year"))))
                << '\n';
            return BadArguments;
        }
    }

    // Read and check the file before touching the database.
    QVector<CalendarDay> days;
    if (p.action == QLatin1String("import")) {
        QFile file(p.file);
        if (!file.open(QIODevice::ReadOnly)) {
            err << Tr::tr("calendar import: cannot read %1: %2").arg(p.file, file.errorString())
                << '\n';
            return Refused;
        }
        const std::optional<QString> text = FreeText::strictUtf8(file.readAll());
        if (!text) {
            err << Tr::tr("calendar import: %1 is not UTF-8 text; save it as CSV UTF-8.")
                            .arg(p.file)
                << '\n';
            return Refused;
        }
        const auto csv = CalendarCsv::parse(*text);
        if (!csv.ok()) {
            err << Tr::tr("calendar import: %1: %2").arg(p.file, csv.error()) << '\n';
            return Refused;
        }
        days = csv.value();
        const QString reason = p.options.value(QStringLiteral("--reason"));
        if (const QString problem = FreeText::problem(reason, FreeText::Field::Reason);
            !problem.isEmpty()) {
            err << Tr::tr("--reason: %1").arg(problem) << '\n';
            return Refused;
        }
    }

    auto db = connectFromOptions();
    if (!db) {
        err << db.error().describe() << '\n';
        return Failure;
    }
    CalendarRepository repo(*db);
    int unitId = CalendarRepository::CityWide;
    if (p.options.contains(QStringLiteral("--unit"))) {
        auto id = repo.unitIdByCode(p.options.value(QStringLiteral("--unit")));
        if (!id) {
            err << QStringLiteral("--unit: ") << id.error().describe() << '\n';
            return exitFor(id.error());
        }
        unitId = *id;
    }

    if (p.action == QLatin1String("import")) {
        const QString reason = p.options.value(
                QStringLiteral("--reason"),
                Tr::tr("Imported from %1 (motcua-admin)").arg(QFileInfo(p.file).fileName()));
        auto summary = repo.importDays(unitId, days, reason);
        if (!summary) {
            err << summary.error().describe() << '\n';
            return exitFor(summary.error());
        }
        out << "imported=" << summary->total() << " inserted=" << summary->inserted
            << " updated=" << summary->updated << " unchanged=" << summary->unchanged << '\n';
        return Ok;
    }

    auto stored = year > 0 ? repo.scopeDays(unitId, QDate(year, 1, 1), QDate(year, 12, 31))
                           : repo.scopeDays(unitId);
    if (!stored) {
        err << stored.error().describe() << '\n';
        return exitFor(stored.error());
    }
    const QByteArray text = CalendarCsv::write(*stored).toUtf8();
    if (p.file == QLatin1String("-")) {
        out << QString::fromUtf8(text);
        out.flush();
        return Ok;
    }
    QFile file(p.file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()
        || !file.flush()) {
        err << Tr::tr("calendar export: cannot write %1: %2").arg(p.file, file.errorString())
            << '\n';
        return Failure;
    }
    out << "exported=" << stored->size() << '\n';
    return Ok;
}

} // namespace Motcua::Cli
