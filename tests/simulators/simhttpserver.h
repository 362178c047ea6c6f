#pragma once
// A small HTTP/1.1 server on QTcpServer (or QSslServer for HTTPS) for the Concur and Service
// Layer simulators. Hand-written rather than QHttpServer so that the simulators can reproduce
// transport-level faults: delayed answers, dropped connections, "commit then drop", Apache's
// empty 500 on Expect: 100-continue, and exact Set-Cookie header shapes.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrlQuery>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace mlc::sim {

using SimHeader = QPair<QByteArray, QByteArray>;

struct SimRequest {
    QByteArray method;
    QByteArray target;  // raw request target, e.g. "/b1s/v1/JournalEntries?$filter=..."
    QString path;       // percent-decoded path without the query
    QUrlQuery query;    // decoded query items (use query.queryItemValue(name, QUrl::FullyDecoded))
    QList<SimHeader> headers;
    QByteArray body;
    quint16 localPort = 0;
    bool tls = false;

    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &name) const;
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
};

struct SimResponse {
    enum class Action {
        Respond,          // normal answer, connection kept alive
        RespondThenClose, // answer with Connection: close, then close
        Drop,             // close the connection without answering (the work may have been done)
    };
    int status = 200;
    QList<SimHeader> headers;
    QByteArray body;
    int delayMs = 0;
    Action action = Action::Respond;

    static SimResponse json(int status, const QByteArray &jsonBody);
    static SimResponse empty(int status);
    static SimResponse dropped();
    SimResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(SimHeader(name, value));
        return *this;
    }
};

using SimHandler = std::function<SimResponse(const SimRequest &)>;

class SimHttpServer : public QObject {
    Q_OBJECT
public:
    explicit SimHttpServer(SimHandler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    // port 0 picks a free port. With a certificate and key the server speaks HTTPS only.
    bool listen(quint16 port = 0, const QSslCertificate &cert = QSslCertificate(), const QSslKey &key = QSslKey());
    quint16 port() const;
    bool isTls() const { return m_tls; }
    QString baseUrl() const; // "http://127.0.0.1:PORT" or "https://localhost:PORT"
    void close();

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false; // a (possibly delayed) answer is pending; further requests wait
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void process(QTcpSocket *socket);
    void writeResponse(QTcpSocket *socket, const SimResponse &response);

    SimHandler m_handler;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QTcpSocket *, Connection> m_connections;
};

QByteArray reasonPhrase(int status);

} // namespace mlc::sim
