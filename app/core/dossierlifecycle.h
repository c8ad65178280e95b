#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Motcua {

// Where a dossier is in its life (see DOMAIN.md). The keys are what the
// database stores.
enum class DossierState {
    Received,           // received at the counter
    Transferred,        // sent to the processing department
    InProcessing,       // the department works on it
    AwaitingSupplement, // waiting for the citizen's supplement: the clock is stopped
    Ready,              // the result is back at the counter
    Returned,           // handed to the citizen (or posted)
    Stopped,            // processing stopped by the department
    Withdrawn,          // withdrawn at the applicant's request
};

enum class DossierAction {
    Transfer,
    StartProcessing,
    RequestSupplement,
    ReceiveSupplement,
    Extend,
    Stop,
    Withdraw,
    MarkReady,
    Return,
};

// Who acts: counter staff, their supervisors and administrators, or a
// processing department feeding statuses from its own system.
enum class ActorRole { Clerk, Supervisor, Admin, Department };

QString stateKey(DossierState s);
std::optional<DossierState> stateFromKey(const QString &key);
QString stateLabel(DossierState s); // translated
QString actionKey(DossierAction a);
std::optional<DossierAction> actionFromKey(const QString &key);
QString actionLabel(DossierAction a); // translated

// The rules of the dossier's life: which action is allowed from which state
// and to whom, and what it leads to. Every refusal says why.
class DossierLifecycle
{
public:
    // The state the action leads to, or why it is not allowed.
    static Result<DossierState> apply(DossierState from, DossierAction action, ActorRole role);
    // Whether the action needs a stated reason (stop, extend, withdraw,
    // supplement request).
    static bool needsReason(DossierAction action);
    // Finished states: the dossier's timeliness is decided.
    static bool isFinished(DossierState s);
    // The actions a role may take from a state, in a sensible order for menus.
    static QList<DossierAction> allowedActions(DossierState from, ActorRole role);
};

} // namespace Motcua
