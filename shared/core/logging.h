#pragma once
// One logging category per module; verbosity through QT_LOGGING_RULES (e.g. "mlc.*.debug=true").
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConcur)  // mlc.concur
Q_DECLARE_LOGGING_CATEGORY(lcSapB1)   // mlc.sapb1
Q_DECLARE_LOGGING_CATEGORY(lcSync)    // mlc.sync
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // mlc.store
Q_DECLARE_LOGGING_CATEGORY(lcIpc)     // mlc.ipc
Q_DECLARE_LOGGING_CATEGORY(lcService) // mlc.service
Q_DECLARE_LOGGING_CATEGORY(lcHttp)    // mlc.http
