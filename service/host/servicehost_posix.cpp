#include "servicehost.h"

#include "cli/exitcodes.h"
#include "cli/text.h"

namespace mlc::cli {

int runUnderServiceManager(const QString &, const std::function<int(ServiceHostControl &)> &, QTextStream &err)
{
    err << tr("run --service is the Windows service host. On Linux, systemd runs "
              "`ml-connector run --console` (see service/systemd/ml-connector.service).")
        << '\n';
    return ExitUsage;
}

} // namespace mlc::cli
