#include "dossiercommands.h"

#include "dbcommands.h"

#include "core/centertime.h"
#include "core/freetext.h"
#include "core/vntext.h"
#include "data/dossierrepository.h"

#include <QCoreApplication>

namespace Motcua::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Cli)
};

// Generous for any unit's agency code; real codes have about 25 characters.
constexpr int kMaxCodeLength = 64;

QString vn(const QDateTime &t)
{
    return CenterTime::isoMinutes(t);
}

void show(const DossierDetail &d, QTextStream &out)
{
    out << "code=" << d.summary.code << '\n'
        << "state=" << stateKey(d.summary.state) << '\n'
        << "applicant=" << d.summary.applicantName << '\n'
        << "procedure=" << d.procedureCode << " v" << d.procedureVersion << ' '
        << d.summary.procedureName << '\n'
        << "department=" << d.departmentName << '\n'
        << "received=" << vn(d.summary.receivedAt) << '\n'
        << "due=" << vn(d.summary.dueAt) << '\n';
    for (const QDateTime &old : d.dueHistory)
        out << "earlier_due=" << vn(old) << '\n';
    if (d.finishedAt.isValid())
        out << "finished=" << vn(d.finishedAt) << '\n';
    out << "version=" << d.version << '\n';
    for (const DossierEvent &e : d.events)
        out << "event=" << vn(e.at) << ' ' << e.kind << ' ' << e.fromState << "->" << e.toState
            << ' ' << e.actor
            << (e.note.isEmpty() ? QString() : QStringLiteral(" \"") + e.note + QLatin1Char('"'))
            << '\n';
}

} // namespace

int dossierCommand(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    if (args.size() < 2
        || (args[0] != QLatin1String("show") && args[0] != QLatin1String("status"))) {
        err << Tr::tr("Usage: dossier show CODE | dossier status CODE ACTION [--note TEXT] "
                      "[--new-due YYYY-MM-DDTHH:MM]")
            << '\n';
        return BadArguments;
    }
    const QString verb = args.takeFirst();
    const QString code = args.takeFirst();
    // A code is short (000.00.31.H29-260302-0001): anything much longer, or with
    // control characters, is refused here rather than echoed back whole in a
    // "no dossier has the code ..." message.
    if (const QString p = FreeText::problem(code.trimmed(), kMaxCodeLength, false); !p.isEmpty()) {
        err << Tr::tr("dossier %1: not a dossier code. %2").arg(verb, p) << '\n';
        return BadArguments;
    }
    ActionInput input;
    std::optional<DossierAction> action;
    if (verb == QLatin1String("status")) {
        if (args.isEmpty()) {
            err << Tr::tr("dossier status: name the new state, e.g. processing or ready") << '\n';
            return BadArguments;
        }
        const QString key = args.takeFirst();
        action = actionFromKey(key);
        if (!action) {
            err << Tr::tr("dossier status: unknown state \"%1\" (transferred, processing, "
                          "supplement, supplemented, extended, stopped, withdrawn, ready, "
                          "returned)")
                            .arg(shown(key))
                << '\n';
            return BadArguments;
        }
        for (int i = 0; i < args.size(); ++i) {
            if (args[i] == QLatin1String("--note") && i + 1 < args.size()) {
                input.note = VnText::nfc(args[++i]);
                if (const QString p = FreeText::problem(input.note, FreeText::Field::Reason);
                    !p.isEmpty()) {
                    err << Tr::tr("--note: %1").arg(p) << '\n';
                    return Refused;
                }
            } else if (args[i] == QLatin1String("--new-due") && i + 1 < args.size()) {
                const QDateTime t = CenterTime::fromIsoText(args[++i]);
                if (!t.isValid()) {
                    err << Tr::tr("--new-due: \"%1\" is not a date and time like "
                                  "2026-03-02T17:00")
                                    .arg(shown(args[i]))
                        << '\n';
                    return BadArguments;
                }
                input.newDue = t;
            } else {
                err << Tr::tr("dossier status: unknown or incomplete argument \"%1\"")
                                .arg(shown(args[i]))
                    << '\n';
                return BadArguments;
            }
        }
    } else if (!args.isEmpty()) {
        err << Tr::tr("dossier show: unknown argument \"%1\"").arg(shown(args.first())) << '\n';
        return BadArguments;
    }

    auto db = connectFromOptions();
    if (!db) {
        err << db.error().describe() << '\n';
        return Failure;
    }
    auto who = StaffIdentity::load(*db);
    if (!who) {
        err << who.error().describe() << '\n';
        return Failure;
    }
    DossierRepository repo(*db, *who);
    // Shown to a person: the opening is logged; an action (a department's
    // feed) reads it to change it and shows nobody the applicant.
    auto dossier = action ? repo.load(code) : repo.open(code);
    if (!dossier) {
        err << dossier.error().message << '\n';
        return dossier.error().code == DbError::NotFound ? Refused : Failure;
    }
    if (!action) {
        show(*dossier, out);
        return Ok;
    }
    auto changed = repo.apply(dossier->summary.id, dossier->version, *action, input);
    if (!changed) {
        err << changed.error().message << '\n';
        return changed.error().code == DbError::ConnectionLost ? Failure : Refused;
    }
    show(*changed, out);
    return Ok;
}

} // namespace Motcua::Cli
