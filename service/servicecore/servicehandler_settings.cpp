// Pipe methods for the tray's Settings page that are not plain settings (design §5): which secrets
// are stored (never their values). Settings themselves: settings.get / settings.set in
// servicehandler.cpp.
#include "servicecore.h"

#include "secrets/secretstore.h"

#include <QJsonObject>

namespace mlc::service {

void ServiceCore::handleSecretsStatus(const ipc::IpcReply &reply)
{
    // The names are the ones secrets.set and the command line take; only whether each is set
    // leaves the service. The company token says whether Concur onboarding has happened.
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("concur-client-secret"), secretkey::ConcurClientSecret},
        {QStringLiteral("concur-request-token"), secretkey::ConcurRequestToken},
        {QStringLiteral("b1-password"), secretkey::B1Password},
        {QStringLiteral("concur-company-token"), secretkey::ConcurCompanyToken},
    };
    QJsonObject set;
    for (const auto &n : names) {
        const auto v = m_secrets.read(n.second);
        set.insert(n.first, v.ok() && !v->isEmpty());
    }
    reply.ok(QJsonObject{{QStringLiteral("secrets"), set}, {QStringLiteral("store"), m_secrets.backendName()}});
}

} // namespace mlc::service
