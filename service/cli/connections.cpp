#include "connections.h"

#include "text.h"

#include "concur/concursettings.h"
#include "concur/fisreader.h"
#include "concur/fiswriter.h"
#include "concur/tokenmanager.h"
#include "core/httpclient.h"
#include "sapb1/masterdatareader.h"
#include "sapb1/servicelayerclient.h"
#include "secrets/secretstore.h"
#include "servicecore/settingspolicy.h"
#include "store/store.h"

#include <QUrl>

namespace mlc::cli {

namespace {

// Concur FIS as the engine's document source: onboards with the company request token on first
// use, then reads READY documents page by page (GET only).
class ConcurSource : public sync::DocumentSource {
public:
    ConcurSource(concur::TokenManager &tokens, concur::FisReader &reader)
        : m_tokens(tokens)
        , m_reader(reader)
    {
    }
    Result<void> ensureOnboarded()
    {
        if (m_tokens.isOnboarded())
            return {};
        return m_tokens.onboard();
    }
    Result<void> forEachReady(const QString &docType, const PageHandler &onPage) override
    {
        auto r = forEachReadyFrom(docType, 0, -1, onPage);
        return r.ok() ? Result<void>() : Result<void>(r.error());
    }
    Result<int> forEachReadyFrom(const QString &docType, int firstPage, int maxPages, const PageHandler &onPage) override
    {
        if (auto r = ensureOnboarded(); !r.ok())
            return r.error();
        for (int page = qMax(0, firstPage), read = 0;; ++page, ++read) {
            if (maxPages >= 0 && read >= maxPages)
                return page; // Concur announced more: the next cycle goes on here
            auto p = m_reader.fetchPage(docType, page);
            if (!p.ok())
                return p.error();
            if (!p->content.isEmpty()) {
                if (auto r = onPage(p->content); !r.ok())
                    return r.error();
            }
            if (!p->hasNextPage())
                return -1;
        }
    }

private:
    concur::TokenManager &m_tokens;
    concur::FisReader &m_reader;
};

// The Service Layer as the engine's ledger target.
class B1Target : public sync::LedgerTarget {
public:
    explicit B1Target(sapb1::ServiceLayerClient &client)
        : m_client(client)
    {
    }
    Result<accounting::MasterData> loadMasterData() override { return sapb1::MasterDataReader(m_client).load(); }
    Result<sync::PostedRef> post(const QByteArray &body) override
    {
        auto r = m_client.postJournalEntryJson(body);
        if (!r.ok())
            return r.error();
        return sync::PostedRef{r->jdtNum, r->number};
    }
    Result<std::optional<sync::PostedRef>> findByReference3(const QString &key) override
    {
        auto r = m_client.findByReference3(key);
        if (!r.ok())
            return r.error();
        if (!r->has_value())
            return std::optional<sync::PostedRef>();
        return std::optional<sync::PostedRef>(sync::PostedRef{r->value().jdtNum, r->value().number});
    }
    Result<QHash<QString, sync::PostedRef>> findAllByReference3(const QStringList &keys) override
    {
        auto r = m_client.findAllByReference3(keys);
        if (!r.ok())
            return r.error();
        QHash<QString, sync::PostedRef> out;
        for (auto it = r->cbegin(); it != r->cend(); ++it)
            out.insert(it.key(), sync::PostedRef{it.value().jdtNum, it.value().number});
        return out;
    }
    Result<sync::BatchOutcome> postBatch(const QList<QByteArray> &bodies) override
    {
        auto r = m_client.postBatchJson(bodies);
        if (!r.ok())
            return r.error();
        sync::BatchOutcome out;
        for (const sapb1::PostedEntry &e : r->posted)
            out.posted.append(sync::PostedRef{e.jdtNum, e.number});
        if (!r->committed()) {
            out.failedIndex = qMax(0, r->failedIndex);
            out.failure = r->failure;
        }
        return out;
    }
    int loginCount() const override { return m_client.loginCount(); }
    quint64 requestCount() const override { return m_client.requestCount(); }

private:
    sapb1::ServiceLayerClient &m_client;
};

// Concur FIS write routes for the engine's write-backs (only what concur/writeBack admits leaves).
class ConcurWriteBack : public sync::WriteBackTarget {
public:
    explicit ConcurWriteBack(concur::FisWriter &writer)
        : m_writer(writer)
    {
    }
    Result<QList<concur::FisWriteResult>> acknowledge(const QString &docType, const QStringList &fisIds) override
    {
        return m_writer.acknowledge(docType, fisIds);
    }
    Result<QList<concur::FisWriteResult>> confirmPostings(const QString &docType, const QJsonArray &items) override
    {
        return m_writer.confirmPostings(docType, items);
    }
    Result<QList<concur::FisWriteResult>> confirmPayments(const QString &docType, const QJsonArray &items) override
    {
        return m_writer.confirmPayments(docType, items);
    }

private:
    concur::FisWriter &m_writer;
};

class LiveConnections : public Connections {
public:
    LiveConnections(const concur::ConcurSettings &concurSettings, const sapb1::ServiceLayerConfig &b1Config,
                    SecretStore &secrets)
        : m_concurSettings(concurSettings)
        , m_tokens(m_concurSettings, secrets, m_concurHttp)
        , m_reader(m_concurSettings, m_tokens, m_concurHttp)
        , m_writer(m_concurSettings, m_tokens, m_concurHttp)
        , m_b1(b1Config)
        , m_source(m_tokens, m_reader)
        , m_target(m_b1)
        , m_writeBack(m_writer)
    {
        // Concur's transport obeys the same sandbox rule as B1's (no loopback, no plain HTTP).
        TlsPolicy concurPolicy;
        concurPolicy.allowLoopback = m_concurSettings.allowLoopback;
        m_concurHttp.setTlsPolicy(concurPolicy);
    }
    sync::DocumentSource &source() override { return m_source; }
    sync::LedgerTarget &target() override { return m_target; }
    sync::WriteBackTarget &writeBack() override { return m_writeBack; }
    Result<QJsonObject> testConcur() override
    {
        if (auto r = m_source.ensureOnboarded(); !r.ok())
            return r.error();
        auto token = m_tokens.accessToken();
        if (!token.ok())
            return token.error();
        auto page = m_reader.fetchPage(QStringLiteral("expense"), 0);
        if (!page.ok())
            return page.error();
        return QJsonObject{{QStringLiteral("geolocation"), m_tokens.baseUrl().toString()},
                           {QStringLiteral("accessTokenExpiresAt"), m_tokens.accessTokenExpiresAt().toString(Qt::ISODate)},
                           {QStringLiteral("readyExpenseReports"), page->totalElements}};
    }
    Result<QJsonObject> testB1() override
    {
        auto info = m_b1.testConnection();
        if (!info.ok())
            return info.error();
        return QJsonObject{{QStringLiteral("serviceRoot"), info->serviceRoot},
                           {QStringLiteral("companyDb"), info->companyDb},
                           {QStringLiteral("version"), info->version},
                           {QStringLiteral("sessionTimeoutMinutes"), info->sessionTimeoutMinutes}};
    }
    Result<bool> keepAlive(const QDateTime &now) override
    {
        if (!m_tokens.isOnboarded() || !m_tokens.refreshDue(now))
            return false;
        if (auto r = m_tokens.refresh(); !r.ok())
            return r.error();
        return true;
    }
    void shutdown() override
    {
        if (m_b1.hasSession())
            (void)m_b1.logout();
    }
    // The token manager and the reader hold m_concurSettings by reference: they see it at once.
    void setStopCheck(std::function<bool()> stopRequested) override
    {
        m_concurSettings.stopRequested = std::move(stopRequested);
    }

private:
    concur::ConcurSettings m_concurSettings;
    HttpClient m_concurHttp;
    concur::TokenManager m_tokens;
    concur::FisReader m_reader;
    concur::FisWriter m_writer;
    sapb1::ServiceLayerClient m_b1;
    ConcurSource m_source;
    B1Target m_target;
    ConcurWriteBack m_writeBack;
};

} // namespace

Result<std::unique_ptr<Connections>> Connections::create(store::Store &store, SecretStore &secrets)
{
    auto all = store.settings();
    if (!all.ok())
        return all.error();
    const QHash<QString, QString> s = all.value();
    QStringList missing;
    for (const char *key : {"concur/baseUrl", "concur/clientId", "concur/companyUuid", "b1/serviceRoot",
                            "b1/companyDb", "b1/userName"}) {
        if (s.value(QLatin1String(key)).isEmpty())
            missing << QLatin1String(key);
    }
    if (!missing.isEmpty())
        return makeError(QStringLiteral("config.missing"),
                         tr("Not configured yet: set %1 (ml-connector config set KEY VALUE).")
                             .arg(missing.join(QStringLiteral(", "))));

    concur::ConcurSettings concurSettings;
    concurSettings.bootstrapBaseUrl = s.value(QStringLiteral("concur/baseUrl"));
    concurSettings.clientId = s.value(QStringLiteral("concur/clientId"));
    concurSettings.companyUuid = s.value(QStringLiteral("concur/companyUuid"));
    // The sandbox (set locally by an admin, never over the pipe) is the only way to endpoints on
    // this machine or plain HTTP; checked here too, so a value stored before the rule is refused.
    const bool sandbox = service::sandboxEnabled(s.value(service::sandboxSettingKey()));
    concurSettings.allowLoopback = sandbox;
    for (const char *key : {"concur/baseUrl", "b1/serviceRoot"}) {
        if (auto r = service::checkEndpoint(QLatin1String(key), s.value(QLatin1String(key)), sandbox); !r.ok())
            return makeError(QStringLiteral("config.invalid"), r.error().message, r.error().detail);
    }
    if (auto r = service::checkEndpoint(QLatin1String(concur::WriteBackSettingKey), s.value(QLatin1String(concur::WriteBackSettingKey)), sandbox);
        !r.ok())
        return makeError(QStringLiteral("config.invalid"), r.error().message, r.error().detail);
    concurSettings.writeBack = concur::writeBackLevelFromString(s.value(QLatin1String(concur::WriteBackSettingKey)))
                                   .value_or(concur::WriteBackLevel::Off);
    if (const int limit = s.value(QStringLiteral("concur/pageLimit")).toInt(); limit > 0)
        concurSettings.pageLimit = limit;
    // Hours between keep-alive refresh grants; 0 refreshes at every check (tests, or an admin who
    // wants it hourly). Unset or invalid: the default of 23 hours.
    bool hoursOk = false;
    if (const int hours = s.value(QStringLiteral("concur/keepAliveHours")).toInt(&hoursOk); hoursOk && hours >= 0)
        concurSettings.keepAliveHours = hours;

    sapb1::ServiceLayerConfig b1;
    b1.serviceRoot = QUrl(s.value(QStringLiteral("b1/serviceRoot")));
    if (!b1.serviceRoot.isValid())
        return makeError(QStringLiteral("config.invalid"), tr("b1/serviceRoot is not a valid URL."));
    b1.companyDb = s.value(QStringLiteral("b1/companyDb"));
    b1.userName = s.value(QStringLiteral("b1/userName"));
    b1.tls.pinnedSha256Hex = s.value(QStringLiteral("b1/pinnedSha256")).toLatin1();
    b1.tls.caFile = s.value(QStringLiteral("b1/caFile"));
    b1.tls.allowLoopback = sandbox;
    if (const int pageSize = s.value(QStringLiteral("b1/pageSize")).toInt(); pageSize > 0)
        b1.pageSize = pageSize;
    SecretStore *store_ = &secrets;
    b1.passwordProvider = [store_]() { return store_->read(secretkey::B1Password); };
    return std::unique_ptr<Connections>(std::make_unique<LiveConnections>(concurSettings, b1, secrets));
}

} // namespace mlc::cli
