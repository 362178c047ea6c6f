#include "logging.h"

Q_LOGGING_CATEGORY(lcConcur, "mlc.concur", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSapB1, "mlc.sapb1", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "mlc.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "mlc.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIpc, "mlc.ipc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "mlc.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "mlc.http", QtWarningMsg)
