#pragma once
// A SAP Business One Service Layer simulator: the sandbox/demo back end and the fixture of the
// connector's integration tests. It mirrors the documented quirks of the real SL (see
// /work/shared/reference/sapb1-service-layer.md, "What a faithful simulator must do"): exact
// Set-Cookie shapes, case-sensitive routes, 401/301 in two body shapes, sliding idle timeout, page
// size 20 with nextLinks that drop $filter, string-typed odata.count, B1-style validation texts,
// no idempotency, $batch change sets, Apache's empty 500 on Expect: 100-continue, and faults that
// commit an entry but lose the response.
//
// Threading: the server lives in the thread that calls listen() (a SimThread in tests); every
// public method below is thread-safe.
#include "accounting/masterdata.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace mlc::sim {

class SimHttpServer;
struct SimRequest;
struct SimResponse;
class B1SimState;

struct B1SimConfig {
    QString companyDb = QStringLiteral("SBODEMO");
    QString userName = QStringLiteral("manager");
    QString password;                 // tests set it; wrong creds -> 401 code 100000027 "Login failed"
    int sessionTimeoutMinutes = 30;   // echoed as SessionTimeout; sliding idle timeout
    int loginDelayMs = 0;             // slow login (real: 3-8 s)
    int latencyMs = 0;                // added to every request
    int defaultPageSize = 20;         // server PageSize; Prefer: odata.maxpagesize / B1S-PageSize override; 0 = off
    bool nextLinkDropsQuery = true;   // nextLink keeps only $skip (real SL drops $filter/$select sometimes)
    bool sessionErrorAsString = false;// 401/301 body: false = {"error":{"code":301,"message":{"lang":"en-us","value":...}}}; true = {"error":{"code":"301","message":"..."}}
    QString odataVersion = QStringLiteral("v1"); // "v1" (odata.metadata/odata.nextLink) or "v2" (@odata.context/@odata.nextLink)
    bool emulateExpectContinue500 = true; // request with "Expect: 100-continue" -> empty 500 + Connection: close (Apache LB quirk)
    QDate lockedBefore;               // ReferenceDate before this -> 400 "period locked" style error
    QString localCurrency = QStringLiteral("EUR");
    QStringList currencies = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF")};

    // Additions beyond the agreed API:
    QString version = QStringLiteral("1000190");   // Login "Version"
    QString routeId = QStringLiteral(".node1");    // ROUTEID cookie value
    int amountDecimals = 2;                        // AdminInfo TotalsAccuracy; more decimals in an amount -> 400
    // > 0: sessions expire after this many idle seconds instead of sessionTimeoutMinutes, while the
    // Login answer still advertises SessionTimeout in minutes as the real SL does (soak tests want
    // real expiries every few seconds without a client that re-logs in proactively).
    int sessionTimeoutSecondsOverride = 0;
    // > 0: a request whose query string (after '?', percent-encoded) is longer is answered 414 the
    // way IIS does in front of SL (its maxQueryString defaults to 2,048).
    int maxQueryStringLength = 0;
    // Local-currency units per foreign unit, used to fill Debit/Credit of FC lines.
    QMap<QString, QString> exchangeRates = {{QStringLiteral("USD"), QStringLiteral("0.92")},
                                            {QStringLiteral("GBP"), QStringLiteral("1.17")},
                                            {QStringLiteral("CHF"), QStringLiteral("1.04")}};
};

struct B1Fault {
    enum class Kind { Status, Delay, Drop, CommitThenDrop, CommitThenStatus };
    QByteArray method = "POST";       // "" = any
    QString pathSuffix = QStringLiteral("JournalEntries"); // the path after /b1s/v1/: exact, or the entity-set name ("JournalEntries" also hits "JournalEntries(5)")
    Kind kind = Kind::Status;
    int status = 500;                 // for Status / CommitThenStatus
    int delayMs = 0;                  // for Delay (the request is then processed normally)
    int count = 1;                    // how many matching requests it hits
};

class B1Simulator : public QObject {
    Q_OBJECT
public:
    explicit B1Simulator(const B1SimConfig &config = {}, QObject *parent = nullptr);
    ~B1Simulator() override;

    bool listen(quint16 port = 0, bool tls = false); // tls: bundled self-signed cert for localhost/127.0.0.1
    QString serviceRoot() const;                     // "http://127.0.0.1:PORT/b1s/v1" (or https://localhost:PORT/b1s/v2)
    quint16 port() const;
    static QByteArray certificateSha256Hex();        // lower-case hex SHA-256 of the bundled cert (for pinning)
    static QString certificatePemPath();             // a readable PEM copy of the cert (written to the temp dir)

    // All of the following are thread-safe.
    void setMasterData(const mlc::accounting::MasterData &data); // default: demoMasterData()
    static mlc::accounting::MasterData demoMasterData();
    void setConfig(const B1SimConfig &config);
    B1SimConfig config() const;
    void injectFault(const B1Fault &fault);
    void clearFaults();
    void expireAllSessions();        // next request with an old cookie -> 401/301
    void advanceClock(qint64 seconds); // simulated clock for the idle timeout
    int loginCount() const;
    int logoutCount() const;
    int sessionRejections() const;   // requests answered 401/301 because the session was expired/unknown/missing
    int idleExpiries() const;        // sessions that expired by idle timeout and were then used (each counted once)
    int activeSessions() const;
    // Requests whose path (after /b1s/vN/) equals pathSuffix or whose entity set is pathSuffix;
    // operations inside a $batch count as well. Empty = all.
    int requestCount(const QString &pathSuffix = {}, const QByteArray &method = {}) const;
    QList<QJsonObject> journalEntries() const; // every committed entry as stored (with JdtNum, Number, lines)
    int journalEntryCount() const;
    // "METHOD /b1s/v1/path?query (decoded) [cookies: B1SESSION,ROUTEID] [Expect: 100-continue]";
    // cookie values (session ids) are never logged.
    QList<QByteArray> requestLog() const;
    void resetCounters();

private:
    SimResponse handle(const SimRequest &request);

    mutable QMutex m_mutex;
    std::unique_ptr<B1SimState> m_state; // guarded by m_mutex
    SimHttpServer *m_server = nullptr;    // lives in the listening thread
};

} // namespace mlc::sim
