#pragma once
// Which pipe methods a client may call, by the role the service gave it at the hello (design §5,
// issue #7 item 8). Operators (finance staff): status, run now, pause/resume, the review actions,
// mappings, reading settings, the audit trail (query and export) and the connection test, and
// settings.set for the operators' settings (settingspolicy.h). Everything else needs an admin:
// secrets, endpoints, trust, the secret store, the operators group, the other security settings,
// and any method not listed here. The sandbox setting is refused over the pipe for everybody.
#include "core/result.h"
#include "ipc/peeraccess.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace mlc::service {

// nullopt: allowed. Otherwise the error to answer with (code not_permitted).
std::optional<Error> pipeRefusal(ipc::PeerRole role, const QString &method, const QJsonObject &params);

} // namespace mlc::service
