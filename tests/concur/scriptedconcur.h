#pragma once
// A scripted stand-in for one Concur host (SimHttpServer in a SimThread) for the unit tests of
// the token manager and the FIS reader: every request is recorded; answers come from a
// per-test function. The full simulator (tests/simulators/concur) drives the integration tests.
#include "simulators/simhttpserver.h"
#include "simulators/simthread.h"

#include <QMutex>
#include <QMutexLocker>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace mlc::concur::test {

struct Recorded {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray contentType;
    QByteArray authorization;
    QByteArray body;
    QString form(const QString &name) const
    {
        return QUrlQuery(QString::fromLatin1(body)).queryItemValue(name, QUrl::FullyDecoded);
    }
};

class ScriptedHost {
public:
    using Responder = std::function<sim::SimResponse(const sim::SimRequest &, int index)>;

    explicit ScriptedHost(sim::SimThread &thread)
        : m_state(std::make_shared<State>())
    {
        auto state = m_state;
        m_server = thread.create<sim::SimHttpServer>([state](const sim::SimRequest &r) {
            QMutexLocker lock(&state->mutex);
            Recorded rec{r.method, r.path, r.query, r.header("Content-Type"), r.header("Authorization"), r.body};
            state->requests.append(rec);
            const int index = state->requests.size() - 1;
            if (!state->responder)
                return sim::SimResponse::json(500, R"({"error":"no responder"})");
            return state->responder(r, index);
        });
        thread.call([this] { m_listening = m_server->listen(); });
        m_baseUrl = m_server->baseUrl();
    }

    bool listening() const { return m_listening; }
    QString baseUrl() const { return m_baseUrl; }
    void respond(Responder responder)
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->responder = std::move(responder);
    }
    QList<Recorded> requests() const
    {
        QMutexLocker lock(&m_state->mutex);
        return m_state->requests;
    }
    int count(const QString &path) const
    {
        int n = 0;
        for (const Recorded &r : requests())
            n += r.path == path ? 1 : 0;
        return n;
    }
    void clear()
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->requests.clear();
    }

private:
    struct State {
        QMutex mutex;
        Responder responder;
        QList<Recorded> requests;
    };
    std::shared_ptr<State> m_state;
    sim::SimHttpServer *m_server = nullptr;
    bool m_listening = false;
    QString m_baseUrl;
};

inline sim::SimResponse tokenAnswer(const QString &access, const QString &refresh, const QString &geolocation,
                                    bool expiresAsString = true, int expiresIn = 3600)
{
    QByteArray body = "{\"access_token\":\"" + access.toUtf8() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
        + (expiresAsString ? "\"" + QByteArray::number(expiresIn) + "\"" : QByteArray::number(expiresIn));
    if (!refresh.isNull())
        body += ",\"refresh_token\":\"" + refresh.toUtf8() + "\"";
    if (!geolocation.isNull())
        body += ",\"geolocation\":\"" + geolocation.toUtf8() + "\"";
    body += ",\"refresh_expires_in\":1900000000}";
    return sim::SimResponse::json(200, body).withHeader("concur-correlationid", "corr-token");
}

inline sim::SimResponse oauthErrorAnswer(int status, int code, const QByteArray &error, const QByteArray &description,
                                         const QString &geolocation = {})
{
    QByteArray body = "{\"error\":\"" + error + "\",\"error_description\":\"" + description
        + "\",\"code\":" + QByteArray::number(code);
    if (!geolocation.isEmpty())
        body += ",\"geolocation\":\"" + geolocation.toUtf8() + "\"";
    body += "}";
    return sim::SimResponse::json(status, body);
}

} // namespace mlc::concur::test
