#include "libpq.h"

#include <QtGlobal>

#include <dlfcn.h>

namespace Motcua::Pg {

namespace {

template<class F>
bool resolve(void *handle, const char *name, F &out)
{
    out = reinterpret_cast<F>(dlsym(handle, name));
    return out != nullptr;
}

LibPq *load()
{
    void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        qWarning("motcua: cannot load libpq.so.5: %s", dlerror());
        return nullptr;
    }
    static LibPq lib;
    const bool ok
            = resolve(handle, "PQexec", lib.exec) && resolve(handle, "PQexecParams", lib.execParams)
              && resolve(handle, "PQresultStatus", lib.resultStatus)
              && resolve(handle, "PQresultErrorField", lib.resultErrorField)
              && resolve(handle, "PQresultErrorMessage", lib.resultErrorMessage)
              && resolve(handle, "PQclear", lib.clear)
              && resolve(handle, "PQconninfoParse", lib.conninfoParse)
              && resolve(handle, "PQconninfoFree", lib.conninfoFree)
              && resolve(handle, "PQfreemem", lib.freemem)
              && resolve(handle, "PQstatus", lib.status) && resolve(handle, "PQhost", lib.host)
              && resolve(handle, "PQport", lib.port) && resolve(handle, "PQdb", lib.db)
              && resolve(handle, "PQerrorMessage", lib.errorMessage)
              && resolve(handle, "PQtransactionStatus", lib.transactionStatus)
              && resolve(handle, "PQisBusy", lib.isBusy)
              && resolve(handle, "PQsendQueryParams", lib.sendQueryParams)
              && resolve(handle, "PQsendPrepare", lib.sendPrepare)
              && resolve(handle, "PQsendQueryPrepared", lib.sendQueryPrepared)
              && resolve(handle, "PQgetResult", lib.getResult)
              && resolve(handle, "PQenterPipelineMode", lib.enterPipelineMode)
              && resolve(handle, "PQexitPipelineMode", lib.exitPipelineMode)
              && resolve(handle, "PQpipelineSync", lib.pipelineSync)
              && resolve(handle, "PQntuples", lib.ntuples)
              && resolve(handle, "PQgetvalue", lib.getvalue)
              && resolve(handle, "PQgetisnull", lib.getisnull);
    return ok ? &lib : nullptr;
}

} // namespace

const LibPq *libpq()
{
    static LibPq *const lib = load();
    return lib;
}

} // namespace Motcua::Pg
