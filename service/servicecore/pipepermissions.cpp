#include "pipepermissions.h"

#include "ipc/protocol.h"
#include "settingspolicy.h"

#include <QStringList>

namespace mlc::service {

namespace {

bool operatorMethod(const QString &method)
{
    static const QStringList methods = {
        QStringLiteral("status"),         QStringLiteral("runNow"),          QStringLiteral("pause"),
        QStringLiteral("resume"),         QStringLiteral("review.list"),     QStringLiteral("review.resolve"),
        QStringLiteral("review.retry"),   QStringLiteral("review.skip"),     QStringLiteral("mappings.list"),
        QStringLiteral("mappings.set"),   QStringLiteral("settings.get"),    QStringLiteral("audit.query"),
        QStringLiteral("audit.export"),   QStringLiteral("testConnections"),
        // the review queue's preview and map picker, mapping maintenance (issue #8)
        QStringLiteral("review.preview"), QStringLiteral("masterdata.search"), QStringLiteral("mappings.delete"),
        QStringLiteral("mappings.check"),
        QStringLiteral("secrets.status"),
        // a reimbursement paid, for Concur's payment confirmation (issue #10)
        QStringLiteral("payments.mark"),
    };
    return methods.contains(method);
}

Error notPermitted(const QString &message)
{
    return makeError(ipc::protocol::errNotPermitted(), message);
}

} // namespace

std::optional<Error> pipeRefusal(ipc::PeerRole role, const QString &method, const QJsonObject &params)
{
    const bool admin = role == ipc::PeerRole::Admin;
    if (method == QLatin1String("settings.set")) {
        const QString key = params.value(QStringLiteral("key")).toString();
        switch (settingAccess(key)) {
        case SettingAccess::LocalOnly:
            return notPermitted(QStringLiteral("%1 is never changed over the pipe. An administrator sets it on the "
                                               "service's machine: ml-connector --local config set %1 VALUE")
                                    .arg(key));
        case SettingAccess::Admin:
            if (!admin)
                return notPermitted(QStringLiteral("Only an administrator may change %1 (endpoints, trust, accounts, "
                                                   "the secret store and the operators group are security settings).")
                                        .arg(key));
            return std::nullopt;
        case SettingAccess::Operator:
            return std::nullopt;
        }
    }
    if (admin || operatorMethod(method))
        return std::nullopt;
    if (method == QLatin1String("secrets.set"))
        return notPermitted(QStringLiteral("Only an administrator may set secrets."));
    return notPermitted(QStringLiteral("Only an administrator may call %1.").arg(method));
}

} // namespace mlc::service
