#pragma once

#include <libpq-fe.h>

namespace Motcua::Pg {

// libpq, loaded when first needed rather than linked: its dependency chain
// (OpenSSL, Kerberos, LDAP, GnuTLS…) costs about as much start-up time as a
// bare Qt window, and nothing needs it before the login. The QPSQL driver loads
// the same library when the first connection opens.
struct LibPq
{
    decltype(&::PQexec) exec;
    decltype(&::PQexecParams) execParams;
    decltype(&::PQresultStatus) resultStatus;
    decltype(&::PQresultErrorField) resultErrorField;
    decltype(&::PQresultErrorMessage) resultErrorMessage;
    decltype(&::PQclear) clear;
    decltype(&::PQconninfoParse) conninfoParse;
    decltype(&::PQconninfoFree) conninfoFree;
    decltype(&::PQfreemem) freemem;
    decltype(&::PQstatus) status;
    decltype(&::PQhost) host;
    decltype(&::PQport) port;
    decltype(&::PQdb) db;
    decltype(&::PQerrorMessage) errorMessage;
    decltype(&::PQtransactionStatus) transactionStatus;
    decltype(&::PQisBusy) isBusy;
    decltype(&::PQsendQueryParams) sendQueryParams;
    decltype(&::PQsendPrepare) sendPrepare;
    decltype(&::PQsendQueryPrepared) sendQueryPrepared;
    decltype(&::PQgetResult) getResult;
    decltype(&::PQenterPipelineMode) enterPipelineMode;
    decltype(&::PQexitPipelineMode) exitPipelineMode;
    decltype(&::PQpipelineSync) pipelineSync;
    decltype(&::PQntuples) ntuples;
    decltype(&::PQgetvalue) getvalue;
    decltype(&::PQgetisnull) getisnull;
};

// The loaded library, or nullptr when libpq.so.5 cannot be loaded.
const LibPq *libpq();

} // namespace Motcua::Pg
