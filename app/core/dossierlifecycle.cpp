#include "dossierlifecycle.h"

#include <QCoreApplication>

namespace Motcua {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::DossierLifecycle)
};

struct Rule
{
    DossierAction action;
    QList<DossierState> from;
    std::optional<DossierState> to; // empty: the state stays (an extension)
    QList<ActorRole> roles;
};

using S = DossierState;
using A = DossierAction;
using R = ActorRole;

const QList<Rule> &rules()
{
    static const QList<Rule> all = {
            {A::Transfer, {S::Received}, S::Transferred, {R::Clerk, R::Supervisor, R::Admin}},
            {A::StartProcessing,
             {S::Transferred},
             S::InProcessing,
             {R::Department, R::Supervisor, R::Admin}},
            {A::RequestSupplement,
             {S::Transferred, S::InProcessing},
             S::AwaitingSupplement,
             {R::Department, R::Clerk, R::Supervisor, R::Admin}},
            {A::ReceiveSupplement,
             {S::AwaitingSupplement},
             S::InProcessing,
             {R::Clerk, R::Department, R::Supervisor, R::Admin}},
            {A::Extend,
             {S::Transferred, S::InProcessing, S::AwaitingSupplement},
             std::nullopt,
             {R::Department, R::Supervisor, R::Admin}},
            {A::Stop,
             {S::Transferred, S::InProcessing, S::AwaitingSupplement},
             S::Stopped,
             {R::Department, R::Supervisor, R::Admin}},
            {A::Withdraw,
             {S::Received, S::Transferred, S::InProcessing, S::AwaitingSupplement},
             S::Withdrawn,
             {R::Clerk, R::Supervisor, R::Admin}},
            {A::MarkReady, {S::InProcessing}, S::Ready, {R::Department, R::Supervisor, R::Admin}},
            {A::Return, {S::Ready}, S::Returned, {R::Clerk, R::Supervisor, R::Admin}},
    };
    return all;
}

const Rule &ruleFor(DossierAction a)
{
    for (const Rule &r : rules()) {
        if (r.action == a)
            return r;
    }
    return rules().first();
}

QString roleLabel(ActorRole r)
{
    switch (r) {
    case R::Clerk:
        return Tr::tr("counter clerks");
    case R::Supervisor:
        return Tr::tr("supervisors");
    case R::Admin:
        return Tr::tr("administrators");
    case R::Department:
        return Tr::tr("processing departments");
    }
    return {};
}

} // namespace

QString stateKey(DossierState s)
{
    switch (s) {
    case S::Received:
        return QStringLiteral("received");
    case S::Transferred:
        return QStringLiteral("transferred");
    case S::InProcessing:
        return QStringLiteral("in_processing");
    case S::AwaitingSupplement:
        return QStringLiteral("awaiting_supplement");
    case S::Ready:
        return QStringLiteral("ready");
    case S::Returned:
        return QStringLiteral("returned");
    case S::Stopped:
        return QStringLiteral("stopped");
    case S::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<DossierState> stateFromKey(const QString &key)
{
    for (S s : {S::Received,
                S::Transferred,
                S::InProcessing,
                S::AwaitingSupplement,
                S::Ready,
                S::Returned,
                S::Stopped,
                S::Withdrawn}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString stateLabel(DossierState s)
{
    switch (s) {
    case S::Received:
        return Tr::tr("Received");
    case S::Transferred:
        return Tr::tr("Transferred to the department");
    case S::InProcessing:
        return Tr::tr("In processing");
    case S::AwaitingSupplement:
        return Tr::tr("Waiting for the citizen's supplement");
    case S::Ready:
        return Tr::tr("Ready for return");
    case S::Returned:
        return Tr::tr("Returned");
    case S::Stopped:
        return Tr::tr("Processing stopped");
    case S::Withdrawn:
        return Tr::tr("Withdrawn by the applicant");
    }
    return {};
}

QString actionKey(DossierAction a)
{
    switch (a) {
    case A::Transfer:
        return QStringLiteral("transferred");
    case A::StartProcessing:
        return QStringLiteral("processing");
    case A::RequestSupplement:
        return QStringLiteral("supplement");
    case A::ReceiveSupplement:
        return QStringLiteral("supplemented");
    case A::Extend:
        return QStringLiteral("extended");
    case A::Stop:
        return QStringLiteral("stopped");
    case A::Withdraw:
        return QStringLiteral("withdrawn");
    case A::MarkReady:
        return QStringLiteral("ready");
    case A::Return:
        return QStringLiteral("returned");
    }
    return {};
}

std::optional<DossierAction> actionFromKey(const QString &key)
{
    for (const Rule &r : rules()) {
        if (actionKey(r.action) == key)
            return r.action;
    }
    return std::nullopt;
}

QString actionLabel(DossierAction a)
{
    switch (a) {
    case A::Transfer:
        return Tr::tr("Transfer to the department");
    case A::StartProcessing:
        return Tr::tr("Start processing");
    case A::RequestSupplement:
        return Tr::tr("Request a supplement");
    case A::ReceiveSupplement:
        return Tr::tr("Supplement received");
    case A::Extend:
        return Tr::tr("Extend with apology");
    case A::Stop:
        return Tr::tr("Stop processing");
    case A::Withdraw:
        return Tr::tr("Withdrawn by the applicant");
    case A::MarkReady:
        return Tr::tr("Result ready for return");
    case A::Return:
        return Tr::tr("Return the result");
    }
    return {};
}

Result<DossierState> DossierLifecycle::apply(DossierState from,
                                             DossierAction action,
                                             ActorRole role)
{
    const Rule &rule = ruleFor(action);
    if (!rule.from.contains(from)) {
        QStringList allowed;
        for (S s : rule.from)
            allowed << stateLabel(s);
        return Result<DossierState>::failure(
                Tr::tr("\"%1\" is not possible: the dossier is \"%2\"; it must be %3.")
                        .arg(actionLabel(action), stateLabel(from), allowed.join(Tr::tr(" or "))));
    }
    if (!rule.roles.contains(role)) {
        QStringList who;
        for (R r : rule.roles)
            who << roleLabel(r);
        return Result<DossierState>::failure(
                Tr::tr("\"%1\" is for %2 only.")
                        .arg(actionLabel(action), who.join(QStringLiteral(", "))));
    }
    return Result<DossierState>::success(rule.to.value_or(from));
}

bool DossierLifecycle::needsReason(DossierAction action)
{
    return action == A::Extend || action == A::Stop || action == A::Withdraw
           || action == A::RequestSupplement;
}

bool DossierLifecycle::isFinished(DossierState s)
{
    return s == S::Returned || s == S::Stopped || s == S::Withdrawn;
}

QList<DossierAction> DossierLifecycle::allowedActions(DossierState from, ActorRole role)
{
    QList<DossierAction> out;
    for (const Rule &r : rules()) {
        if (r.from.contains(from) && r.roles.contains(role))
            out << r.action;
    }
    return out;
}

} // namespace Motcua
