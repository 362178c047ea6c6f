#pragma once
// Where the service keeps its state, shared by the service, the command line and the tray so that
// all three find the same database and the same pipe.
#include <QString>

namespace mlc::core {

// %ProgramData%\ml-connector on Windows (GenericDataLocation would be the calling account's
// AppData\Local there, different for the service and the tray), the generic data location elsewhere.
QString defaultDataDir();
// The file in which a running service announces its pipe.
QString servicePipeFile(const QString &dataDir);
// The pipe the data directory's service announced, or empty.
QString announcedPipe(const QString &dataDir);

} // namespace mlc::core
