#include "auditcommands.h"

#include "dbcommands.h"

#include "core/eventchain.h"
#include "data/auditrepository.h"
#include "data/calendarrepository.h"

#include <QCoreApplication>

#include <climits>

namespace Motcua::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::Cli)
};

QString reason(EventChain::Break why)
{
    switch (why) {
    case EventChain::Break::Fields:
        return Tr::tr("its fields no longer give its stored hash: the row was changed after it "
                      "was written");
    case EventChain::Break::Link:
        return Tr::tr("it does not follow the event stored before it: an earlier event of the "
                      "dossier was removed, inserted or renumbered");
    case EventChain::Break::Missing:
        return Tr::tr("it has no hash: it was written past the chain's trigger");
    case EventChain::Break::None:
        break;
    }
    return {};
}

QString reasonKey(EventChain::Break why)
{
    switch (why) {
    case EventChain::Break::Fields:
        return QStringLiteral("fields");
    case EventChain::Break::Link:
        return QStringLiteral("link");
    case EventChain::Break::Missing:
        return QStringLiteral("missing");
    case EventChain::Break::None:
        break;
    }
    return {};
}

} // namespace

int auditCommand(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    if (args.isEmpty() || args.first() != QLatin1String("verify")) {
        err << Tr::tr("Usage: audit verify [--unit CODE]") << '\n';
        return BadArguments;
    }
    args.removeFirst();
    QString unitCode;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--unit") && i + 1 < args.size()) {
            unitCode = args.at(++i);
        } else {
            err << Tr::tr("audit verify: unknown or incomplete argument \"%1\"")
                            .arg(shown(args.at(i)))
                << '\n';
            return BadArguments;
        }
    }

    auto db = connectFromOptions();
    if (!db) {
        err << db.error().describe() << '\n';
        return Failure;
    }
    int unitId = 0;
    if (!unitCode.isEmpty()) {
        auto id = CalendarRepository(*db).unitIdByCode(unitCode);
        if (!id) {
            err << QStringLiteral("--unit: ") << id.error().describe() << '\n';
            return id.error().code == DbError::NotFound ? Refused : Failure;
        }
        unitId = *id;
    }

    EventChain::Verifier verifier;
    QString firstCode;
    const DbStatus read = AuditRepository(*db).forEachEvent(unitId, [&](const ChainedEvent &c) {
        if (verifier.add(c.event, c.prevHash, c.hash) != EventChain::Break::None
            && verifier.firstBrokenId() == c.event.id)
            firstCode = c.dossierCode;
    });
    if (!read) {
        err << read.error().describe() << '\n';
        return read.error().code == DbError::PermissionDenied ? Refused : Failure;
    }
    out << "events=" << verifier.events() << " broken=" << verifier.broken() << '\n';
    if (verifier.broken() == 0)
        return Ok;
    out << "first_broken id=" << verifier.firstBrokenId() << " dossier=" << firstCode
        << " kind=" << verifier.firstBrokenKind() << " reason=" << reasonKey(verifier.firstBreak())
        << '\n';
    err << Tr::tr("The control sheet was tampered with: %n event(s) break their chain. The "
                  "first is event %1 of dossier %2 (%3): %4.",
                  nullptr,
                  int(qMin<qint64>(verifier.broken(), INT_MAX)))
                    .arg(verifier.firstBrokenId())
                    .arg(firstCode, verifier.firstBrokenKind(), reason(verifier.firstBreak()))
        << '\n';
    return Refused;
}

} // namespace Motcua::Cli
