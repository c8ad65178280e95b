#pragma once

#include "core/intakedraft.h"
#include "data/catalog.h"

namespace Motcua::Test {

// A complete intake of `procedure` for the data tests: every checklist item
// received in the numbers the checklist asks for.
inline IntakeDraft completeDraft(const Procedure &procedure,
                                 const QString &fullName,
                                 const QString &idNumber = QString())
{
    IntakeDraft d;
    d.procedureId = procedure.id;
    d.procedureCode = procedure.code;
    d.applicant.fullName = fullName;
    d.applicant.idNumber = idNumber;
    for (const ChecklistItem &c : procedure.checklist)
        d.documents.append({c.id, c.name, true, c.originals, c.certifiedCopies, c.photocopies});
    return d;
}

} // namespace Motcua::Test
