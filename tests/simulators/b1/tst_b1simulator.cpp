// The B1 Service Layer simulator over real HTTP: the quirks a connector must survive.
#include "b1/b1simulator.h"
#include "b1/batchmultipart.h"
#include "core/httpclient.h"
#include "simulators/simthread.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace mlc;
using namespace mlc::sim;

namespace {

// The simulator listens on loopback, which only the sandbox may use (TlsPolicy::allowLoopback).
TlsPolicy sandboxPolicy()
{
    TlsPolicy p;
    p.allowLoopback = true;
    return p;
}

const QString kPassword = QStringLiteral("s3cret");

QJsonObject jsonOf(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QString errorValue(const HttpResponse &r)
{
    return jsonOf(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("value")).toString();
}

int errorCode(const HttpResponse &r)
{
    return jsonOf(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
}

QByteArray loginBody(const QString &password = kPassword, const QString &company = QStringLiteral("SBODEMO"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("CompanyDB"), company},
                                     {QStringLiteral("UserName"), QStringLiteral("manager")},
                                     {QStringLiteral("Password"), password},
                                     {QStringLiteral("Language"), 23}})
        .toJson(QJsonDocument::Compact);
}

const char *kGoodEntry = R"({"ReferenceDate":"2026-01-15","Memo":"Expense report 4711","Reference":"EXP-4711","Reference3":"%1",
  "JournalEntryLines":[{"AccountCode":"6100","Debit":100.10,"Credit":0,"LineMemo":"Taxi","CostingCode":"SALES","CostingCode2":"NORTH"},
                       {"ShortName":"E1001","Debit":0,"Credit":100.10,"LineMemo":"Payable to employee"}]})";

QByteArray goodEntry(const QString &ref3)
{
    return QString::fromLatin1(kGoodEntry).arg(ref3).toUtf8();
}

// A bare HTTP/1.1 exchange on its own connection. QNAM (under mlc::HttpClient) silently re-sends
// a request whose connection closed before the answer, so the exact server-side effect of a
// dropped connection is checked with a plain socket.
struct RawExchange {
    QByteArray received;
    bool closedByServer = false;
};

RawExchange rawPost(quint16 port, const QByteArray &path, const QByteArray &cookie, const QByteArray &body)
{
    RawExchange out;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return out;
    socket.write("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie
                 + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket.waitForBytesWritten(5000);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000) {
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            out.closedByServer = true;
            break;
        }
        if (socket.waitForReadyRead(200))
            out.received += socket.readAll();
        else if (socket.error() == QAbstractSocket::RemoteHostClosedError) {
            out.closedByServer = true;
            break;
        }
        if (out.received.contains("\r\n\r\n") && !out.received.startsWith("HTTP/1.1 2"))
            break;
    }
    out.received += socket.readAll();
    return out;
}

} // namespace

class TestB1Simulator : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SimThread> m_thread;
    B1Simulator *m_sim = nullptr;
    HttpClient m_http{sandboxPolicy()}; // the simulator listens on loopback: the sandbox
    QByteArray m_cookie; // "B1SESSION=...; ROUTEID=..."

    B1SimConfig baseConfig() const
    {
        B1SimConfig c;
        c.password = kPassword;
        return c;
    }

    void start(const B1SimConfig &config, bool tls = false)
    {
        m_cookie.clear();
        m_thread = std::make_unique<SimThread>();
        m_sim = m_thread->create<B1Simulator>(config);
        bool ok = false;
        m_thread->call([&] { ok = m_sim->listen(0, tls); });
        QVERIFY(ok);
    }

    QUrl url(const QString &relative, const QString &query = {}) const
    {
        QUrl u(m_sim->serviceRoot() + QLatin1Char('/') + relative);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    // Percent-encodes a query value so '&', '+' and quotes survive the trip.
    static QString q(const char *name, const QString &value)
    {
        return QString::fromLatin1(name) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }

    HttpResponse send(const QByteArray &method, const QUrl &u, const QByteArray &body = {}, QList<HttpHeader> headers = {}, int timeoutMs = 10000)
    {
        HttpRequest r;
        r.method = method;
        r.url = u;
        r.body = body;
        r.timeoutMs = timeoutMs;
        if (!m_cookie.isEmpty())
            headers.append(HttpHeader("Cookie", m_cookie));
        if (!body.isEmpty() && method != "GET") {
            bool hasType = false;
            for (const HttpHeader &h : std::as_const(headers))
                hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            if (!hasType)
                headers.append(HttpHeader("Content-Type", "application/json"));
        }
        r.headers = headers;
        return m_http.send(r);
    }

    HttpResponse get(const QString &relative, const QString &query = {}, const QList<HttpHeader> &headers = {})
    {
        return send("GET", url(relative, query), {}, headers);
    }

    HttpResponse post(const QString &relative, const QByteArray &body, const QList<HttpHeader> &headers = {}, int timeoutMs = 10000)
    {
        return send("POST", url(relative), body, headers, timeoutMs);
    }

    // Logs in and keeps the cookies the way the connector must: parsed by hand from Set-Cookie.
    bool login()
    {
        m_cookie.clear();
        const HttpResponse r = post(QStringLiteral("Login"), loginBody());
        if (r.status != 200)
            return false;
        QByteArrayList cookies;
        for (const QByteArray &sc : r.headerValues("Set-Cookie"))
            cookies.append(sc.split(';').first().trimmed());
        m_cookie = cookies.join("; ");
        return !m_cookie.isEmpty();
    }

private slots:
    void cleanup()
    {
        m_thread.reset();
        m_sim = nullptr;
    }

    void loginCookieShapes()
    {
        start(baseConfig());
        const HttpResponse r = post(QStringLiteral("Login"), loginBody());
        QCOMPARE(r.status, 200);
        const QList<QByteArray> cookies = r.headerValues("Set-Cookie");
        QCOMPARE(cookies.size(), 2);
        const QJsonObject body = jsonOf(r);
        const QByteArray id = body.value(QStringLiteral("SessionId")).toString().toLatin1();
        QVERIFY(!id.isEmpty());
        // MAN §3.1 verbatim: no Path and a trailing ';' (what .NET's CookieContainer dropped).
        QCOMPARE(cookies.at(0), QByteArray("B1SESSION=" + id + ";HttpOnly;"));
        QCOMPARE(cookies.at(1), QByteArray("ROUTEID=.node1; path=/b1s"));
        QCOMPARE(body.value(QStringLiteral("Version")).toString(), QStringLiteral("1000190"));
        QCOMPARE(body.value(QStringLiteral("SessionTimeout")).toInt(), 30);
        QVERIFY(body.value(QStringLiteral("odata.metadata")).toString().endsWith(QLatin1String("/b1s/v1/$metadata#B1Sessions/@Element")));
        QCOMPARE(r.header("DataServiceVersion"), QByteArray("3.0"));
        QCOMPARE(m_sim->loginCount(), 1);
    }

    void loginIsSlowWhenConfigured()
    {
        B1SimConfig c = baseConfig();
        c.loginDelayMs = 1000;
        start(c);
        QElapsedTimer t;
        t.start();
        QVERIFY(login());
        QVERIFY(t.elapsed() >= 1000);
        t.restart();
        QCOMPARE(get(QStringLiteral("Currencies")).status, 200);
        QVERIFY(t.elapsed() < 1000); // only the login is slow: reusing the session pays off
    }

    void wrongCredentials_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("message");
        QTest::newRow("password") << QStringLiteral("wrong") << QStringLiteral("SBODEMO") << QStringLiteral("Login failed");
        QTest::newRow("company") << kPassword << QStringLiteral("NODB")
                                 << QStringLiteral("company not exist in company object cache : server(127.0.0.1:30015) company(NODB");
    }
    void wrongCredentials()
    {
        QFETCH(QString, password);
        QFETCH(QString, company);
        QFETCH(QString, message);
        start(baseConfig());
        const HttpResponse r = post(QStringLiteral("Login"), loginBody(password, company));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), 100000027);
        QCOMPARE(errorValue(r), message);
        QVERIFY(r.headerValues("Set-Cookie").isEmpty());
        QCOMPARE(m_sim->loginCount(), 0);
    }

    void routesAreCaseSensitive()
    {
        start(baseConfig());
        const HttpResponse r = post(QStringLiteral("login"), loginBody());
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), 301);
        QCOMPARE(errorValue(r), QStringLiteral("Invalid session or session already timeout."));
        QCOMPARE(m_sim->loginCount(), 0);
    }

    void sessionCookieRequired()
    {
        start(baseConfig());
        QCOMPARE(get(QStringLiteral("BusinessPartners")).status, 401);
        m_cookie = "B1SESSION=made-up; ROUTEID=.node1";
        QCOMPARE(get(QStringLiteral("BusinessPartners")).status, 401);
        QVERIFY(login());
        // ROUTEID is optional; B1SESSION alone is enough.
        m_cookie = m_cookie.split(';').first();
        QCOMPARE(get(QStringLiteral("BusinessPartners")).status, 200);
        QCOMPARE(m_sim->sessionRejections(), 2);
        const QList<QByteArray> log = m_sim->requestLog();
        QVERIFY(log.last().contains("GET /b1s/v1/BusinessPartners [cookies: B1SESSION]"));
        for (const QByteArray &line : log)
            QVERIFY2(!line.contains("made-up"), line.constData()); // cookie values are never logged
    }

    void idleTimeoutSlides_data()
    {
        QTest::addColumn<bool>("asString");
        QTest::newRow("object body (MAN)") << false;
        QTest::newRow("string body (DUMP)") << true;
    }
    void idleTimeoutSlides()
    {
        QFETCH(bool, asString);
        B1SimConfig c = baseConfig();
        c.sessionErrorAsString = asString;
        start(c);
        QVERIFY(login());
        m_sim->advanceClock(29 * 60);
        QCOMPARE(get(QStringLiteral("Currencies")).status, 200);
        m_sim->advanceClock(29 * 60); // 58 min after login, 29 after the last request: still alive
        QCOMPARE(get(QStringLiteral("Currencies")).status, 200);
        m_sim->advanceClock(30 * 60 + 1);
        const HttpResponse r = get(QStringLiteral("Currencies"));
        QCOMPARE(r.status, 401);
        const QJsonObject error = jsonOf(r).value(QStringLiteral("error")).toObject();
        if (asString) {
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("301"));
            QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Invalid session or session already timeout."));
        } else {
            QCOMPARE(error.value(QStringLiteral("code")).toInt(), 301);
            QCOMPARE(errorValue(r), QStringLiteral("Invalid session or session already timeout."));
        }
        QCOMPARE(get(QStringLiteral("Currencies")).status, 401);
        QCOMPARE(m_sim->idleExpiries(), 1); // one session, counted once
        QCOMPARE(m_sim->sessionRejections(), 2);
        QVERIFY(login());
        QCOMPARE(get(QStringLiteral("Currencies")).status, 200);
    }

    // The soak test's hook: expiry after a few idle seconds, while Login still advertises minutes.
    void idleTimeoutSecondsOverride()
    {
        B1SimConfig c = baseConfig();
        c.sessionTimeoutMinutes = 30;
        c.sessionTimeoutSecondsOverride = 5;
        start(c);
        const HttpResponse answer = post(QStringLiteral("Login"), loginBody());
        QCOMPARE(answer.status, 200);
        QCOMPARE(jsonOf(answer).value(QStringLiteral("SessionTimeout")).toInt(), 30);
        QVERIFY(login());
        m_sim->advanceClock(3);
        QCOMPARE(get(QStringLiteral("Currencies")).status, 200);
        m_sim->advanceClock(3); // 6 s after login, 3 s after the last request: the timeout slides
        QCOMPARE(get(QStringLiteral("Currencies")).status, 200);
        m_sim->advanceClock(6);
        QCOMPARE(get(QStringLiteral("Currencies")).status, 401);
        QCOMPARE(m_sim->idleExpiries(), 1);
    }

    void logoutAndExpireAll()
    {
        start(baseConfig());
        QVERIFY(login());
        const HttpResponse out = post(QStringLiteral("Logout"), {});
        QCOMPARE(out.status, 204);
        QCOMPARE(m_sim->logoutCount(), 1);
        QCOMPARE(get(QStringLiteral("Currencies")).status, 401);
        QVERIFY(login());
        m_sim->expireAllSessions();
        QCOMPARE(get(QStringLiteral("Currencies")).status, 401);
        QCOMPARE(m_sim->idleExpiries(), 0);
    }

    void pagingAndNextLink()
    {
        start(baseConfig());
        accounting::MasterData md = B1Simulator::demoMasterData();
        md.partners.clear();
        for (int i = 0; i < 45; ++i) {
            accounting::BusinessPartner bp;
            bp.cardCode = QStringLiteral("B%1").arg(i, 3, 10, QLatin1Char('0'));
            bp.cardName = QStringLiteral("Partner %1").arg(i);
            bp.cardType = i % 3 == 0 ? QStringLiteral("cCustomer") : QStringLiteral("cSupplier"); // 15 customers, 30 suppliers
            md.partners.append(bp);
        }
        m_sim->setMasterData(md);
        QVERIFY(login());

        HttpResponse r = get(QStringLiteral("BusinessPartners"), q("$filter", QStringLiteral("CardType eq 'S'")) + QStringLiteral("&$inlinecount=allpages"));
        QCOMPARE(r.status, 200);
        QJsonObject body = jsonOf(r);
        QCOMPARE(body.value(QStringLiteral("value")).toArray().size(), 20); // default PageSize 20
        QCOMPARE(body.value(QStringLiteral("odata.count")), QJsonValue(QStringLiteral("30"))); // a string
        // Real SL drops $filter from the link: following it blindly returns customers too.
        QCOMPARE(body.value(QStringLiteral("odata.nextLink")).toString(), QStringLiteral("/b1s/v1/BusinessPartners?$skip=20"));
        r = get(QStringLiteral("BusinessPartners"), QStringLiteral("$skip=20"));
        body = jsonOf(r);
        QCOMPARE(body.value(QStringLiteral("value")).toArray().size(), 20);
        QCOMPARE(body.value(QStringLiteral("value")).toArray().first().toObject().value(QStringLiteral("CardCode")).toString(), QStringLiteral("B020"));
        QCOMPARE(body.value(QStringLiteral("odata.nextLink")).toString(), QStringLiteral("/b1s/v1/BusinessPartners?$skip=40"));
        // Re-sending our own query with $skip is the correct way: the last page has no link.
        r = get(QStringLiteral("BusinessPartners"), q("$filter", QStringLiteral("CardType eq 'cSupplier'")) + QStringLiteral("&$skip=20"));
        body = jsonOf(r);
        QCOMPARE(body.value(QStringLiteral("value")).toArray().size(), 10);
        QVERIFY(!body.contains(QStringLiteral("odata.nextLink")));

        // Prefer: odata.maxpagesize wins over B1S-PageSize and is echoed.
        r = get(QStringLiteral("BusinessPartners"), {}, {HttpHeader("Prefer", "odata.maxpagesize=50"), HttpHeader("B1S-PageSize", "5")});
        QCOMPARE(jsonOf(r).value(QStringLiteral("value")).toArray().size(), 45);
        QCOMPARE(r.header("Preference-Applied"), QByteArray("odata.maxpagesize=50"));
        QVERIFY(!jsonOf(r).contains(QStringLiteral("odata.nextLink")));
        r = get(QStringLiteral("BusinessPartners"), {}, {HttpHeader("B1S-PageSize", "7")});
        QCOMPARE(jsonOf(r).value(QStringLiteral("value")).toArray().size(), 7);
        r = get(QStringLiteral("BusinessPartners"), {}, {HttpHeader("Prefer", "odata.maxpagesize=0")});
        QCOMPARE(jsonOf(r).value(QStringLiteral("value")).toArray().size(), 45); // 0 turns paging off

        // $skip before $top whatever their order; $top smaller than a page: no link.
        r = get(QStringLiteral("BusinessPartners"), QStringLiteral("$top=3&$skip=2&$orderby=CardCode desc&$select=CardCode"));
        const QJsonArray rows = jsonOf(r).value(QStringLiteral("value")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first().toObject(), (QJsonObject{{QStringLiteral("CardCode"), QStringLiteral("B042")}}));
        QVERIFY(!jsonOf(r).contains(QStringLiteral("odata.nextLink")));

        r = get(QStringLiteral("BusinessPartners/$count"), q("$filter", QStringLiteral("CardType eq 'C'")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("15"));
    }

    void nextLinkCanKeepQuery()
    {
        B1SimConfig c = baseConfig();
        c.nextLinkDropsQuery = false;
        c.defaultPageSize = 2;
        start(c);
        QVERIFY(login());
        const HttpResponse r = get(QStringLiteral("BusinessPartners"), q("$filter", QStringLiteral("CardType eq 'S'")) + QStringLiteral("&$select=CardCode"));
        const QString link = jsonOf(r).value(QStringLiteral("odata.nextLink")).toString();
        QVERIFY2(link.startsWith(QLatin1String("/b1s/v1/BusinessPartners?$filter=")), qPrintable(link));
        QVERIFY2(link.endsWith(QLatin1String("&$select=CardCode&$skip=2")), qPrintable(link));
    }

    void filterEscapingAndKeys()
    {
        start(baseConfig());
        QVERIFY(login());
        HttpResponse r = get(QStringLiteral("BusinessPartners"), q("$filter", QStringLiteral("CardName eq 'O''Brien & Söhne GmbH'")));
        QCOMPARE(r.status, 200);
        QJsonArray rows = jsonOf(r).value(QStringLiteral("value")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("CardCode")).toString(), QStringLiteral("V10001"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("Valid")).toString(), QStringLiteral("tYES"));

        r = get(QStringLiteral("BusinessPartners"), q("$filter", QStringLiteral("CardName eq 'O'Brien'")));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), -1000);

        r = get(QStringLiteral("BusinessPartners('V10001')"));
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonOf(r).value(QStringLiteral("FederalTaxID")).toString(), QStringLiteral("DE987654321"));
        r = get(QStringLiteral("BusinessPartners('NOPE')"));
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), -2028);
        QCOMPARE(get(QStringLiteral("JournalEntries(999)")).status, 404);
        QCOMPARE(get(QStringLiteral("Dimensions(2)")).status, 200);

        r = get(QStringLiteral("ChartOfAccounts"), q("$filter", QStringLiteral("LockManualTransaction eq 'tYES'")));
        QCOMPARE(jsonOf(r).value(QStringLiteral("value")).toArray().size(), 3);
        r = get(QStringLiteral("ProfitCenters"), q("$filter", QStringLiteral("InWhichDimension eq 2 and Active eq 'Y'")));
        QCOMPARE(jsonOf(r).value(QStringLiteral("value")).toArray().size(), 2);
        r = post(QStringLiteral("CompanyService_GetAdminInfo"), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonOf(r).value(QStringLiteral("LocalCurrency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(jsonOf(r).value(QStringLiteral("TotalsAccuracy")).toInt(), 2);
    }

    void journalEntryRejected_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("message");
        QTest::newRow("unbalanced") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":100.10},{"ShortName":"E1001","Credit":100}]})")
                                    << QStringLiteral("Unbalanced transaction; debit 100.10, credit 100.00 [JournalEntry.JournalEntryLines]");
        QTest::newRow("control account") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"AccountCode":"1600","Credit":5}]})")
                                         << QStringLiteral("Cannot perform transaction in controlling type account [JournalEntryLines.AccountCode][line: 2]");
        QTest::newRow("frozen BP") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"V10002","Credit":5}]})")
                                   << QStringLiteral("Business partner 'V10002' is inactive or frozen [JournalEntryLines.ShortName][line: 2]");
        QTest::newRow("inactive dimension") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5,"CostingCode5":"X"},{"ShortName":"E1001","Credit":5}]})")
                                            << QStringLiteral("Dimension 5 is not active [JournalEntryLines.CostingCode5][line: 1]");
        QTest::newRow("locked period") << QByteArray(R"({"ReferenceDate":"2025-12-31","JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"E1001","Credit":5}]})")
                                       << QStringLiteral("Posting period is locked; change the posting date [JournalEntry.ReferenceDate] , '2025-12-31'");
        QTest::newRow("memo too long") << QByteArray(R"({"Memo":"Expense report 4711 - Team offsite in Lisbon, March 2026","JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"E1001","Credit":5}]})")
                                       << QStringLiteral("Value too long in property 'Memo' of 'JournalEntry'");
    }
    void journalEntryRejected()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, message);
        B1SimConfig c = baseConfig();
        c.lockedBefore = QDate(2026, 1, 1);
        start(c);
        QVERIFY(login());
        const HttpResponse r = post(QStringLiteral("JournalEntries"), payload);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorValue(r), message);
        QVERIFY(errorCode(r) < 0);
        QCOMPARE(jsonOf(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("lang")).toString(),
                 QStringLiteral("en-us"));
        QCOMPARE(m_sim->journalEntryCount(), 0);
    }

    void journalEntryCreatedWithoutIdempotency()
    {
        start(baseConfig());
        QVERIFY(login());
        HttpResponse r = post(QStringLiteral("JournalEntries"), goodEntry(QStringLiteral("E345R1")));
        QCOMPARE(r.status, 201);
        const QJsonObject created = jsonOf(r);
        const int jdtNum = created.value(QStringLiteral("JdtNum")).toInt();
        QVERIFY(jdtNum > 0);
        QVERIFY(created.value(QStringLiteral("Number")).toInt() > 0);
        QCOMPARE(r.header("Location"), (m_sim->serviceRoot() + QStringLiteral("/JournalEntries(%1)").arg(jdtNum)).toUtf8());
        const QJsonArray lines = created.value(QStringLiteral("JournalEntryLines")).toArray();
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("AccountCode")).toString(), QStringLiteral("1600"));

        // The same payload again: a second entry (the connector's lookup must prevent this).
        r = post(QStringLiteral("JournalEntries"), goodEntry(QStringLiteral("E345R1")), {HttpHeader("Prefer", "return-no-content")});
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("Location"), (m_sim->serviceRoot() + QStringLiteral("/JournalEntries(%1)").arg(jdtNum + 1)).toUtf8());
        QCOMPARE(m_sim->journalEntryCount(), 2);

        r = get(QStringLiteral("JournalEntries"), q("$filter", QStringLiteral("Reference3 eq 'E345R1'")) + QStringLiteral("&$select=JdtNum,Number,Reference3"));
        QCOMPARE(r.status, 200);
        const QJsonArray found = jsonOf(r).value(QStringLiteral("value")).toArray();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).toObject().keys(), (QStringList{QStringLiteral("JdtNum"), QStringLiteral("Number"), QStringLiteral("Reference3")}));
        r = get(QStringLiteral("JournalEntries"), q("$filter", QStringLiteral("ReferenceDate eq '2026-01-15' and JdtNum gt %1").arg(jdtNum)));
        QCOMPARE(jsonOf(r).value(QStringLiteral("value")).toArray().size(), 1);
        r = get(QStringLiteral("JournalEntries"), q("$filter", QStringLiteral("Ref3 eq 'E345R1'")));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorValue(r), QStringLiteral("Property 'Ref3' of 'JournalEntry' is invalid"));
        r = get(QStringLiteral("JournalEntries(%1)").arg(jdtNum));
        QCOMPARE(jsonOf(r).value(QStringLiteral("Reference3")).toString(), QStringLiteral("E345R1"));
        QCOMPARE(send("DELETE", url(QStringLiteral("JournalEntries(%1)").arg(jdtNum))).status, 400);
        QCOMPARE(m_sim->journalEntries().first().value(QStringLiteral("Memo")).toString(), QStringLiteral("Expense report 4711"));
    }

    void batchChangeSetIsAtomic()
    {
        start(baseConfig());
        QVERIFY(login());
        const auto op = [](const QByteArray &body, const QByteArray &id) {
            BatchOperation o;
            o.method = "POST";
            o.target = "/b1s/v1/JournalEntries";
            o.headers = {SimHeader("Content-Type", "application/json")};
            o.body = body;
            o.contentId = id;
            return o;
        };
        BatchWriter ok("batch_1");
        ok.addChangeSet({op(goodEntry(QStringLiteral("B1")), "1"), op(goodEntry(QStringLiteral("B2")), "2")}, "changeset_1");
        HttpResponse r = post(QStringLiteral("$batch"), ok.finish(), {HttpHeader("Content-Type", ok.contentType())});
        QCOMPARE(r.status, 202);
        auto items = parseBatchResponse(r.body, r.header("Content-Type"));
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().parts.size(), 2);
        QCOMPARE(items->first().parts.at(0).status, 201);
        QCOMPARE(items->first().parts.at(1).contentId, QByteArray("2"));
        QCOMPARE(QJsonDocument::fromJson(items->first().parts.at(1).body).object().value(QStringLiteral("Reference3")).toString(), QStringLiteral("B2"));
        QCOMPARE(m_sim->journalEntryCount(), 2);

        // Second operation fails: the first is rolled back and only one error part returns.
        BatchWriter bad("batch_2");
        bad.addChangeSet({op(goodEntry(QStringLiteral("B3")), "1"),
                          op(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"V10002","Credit":5}]})", "2")},
                         "changeset_2");
        r = post(QStringLiteral("$batch"), bad.finish(), {HttpHeader("Content-Type", bad.contentType())});
        QCOMPARE(r.status, 202);
        items = parseBatchResponse(r.body, r.header("Content-Type"));
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QVERIFY(!items->first().changeSet);
        QCOMPARE(items->first().parts.size(), 1);
        QCOMPARE(items->first().parts.first().status, 400);
        QCOMPARE(items->first().parts.first().contentId, QByteArray("2"));
        QVERIFY(items->first().parts.first().body.contains("Business partner 'V10002' is inactive or frozen"));
        QCOMPARE(m_sim->journalEntryCount(), 2);
        // The rolled-back entry left no trace: the next JdtNum continues without a gap.
        r = post(QStringLiteral("JournalEntries"), goodEntry(QStringLiteral("B4")));
        QCOMPARE(jsonOf(r).value(QStringLiteral("JdtNum")).toInt(), m_sim->journalEntries().at(1).value(QStringLiteral("JdtNum")).toInt() + 1);

        r = post(QStringLiteral("$batch"), "--batch_9\r\nContent-Type: application/http\r\n\r\nPOST /b1s/v1/JournalEntries\r\n",
                 {HttpHeader("Content-Type", "multipart/mixed;boundary=batch_9")});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), -1000);
        QCOMPARE(errorValue(r), QStringLiteral("Incomplete Batch Request Body!"));
    }

    void commitThenDropLosesTheResponse()
    {
        start(baseConfig());
        QVERIFY(login());
        B1Fault f;
        f.kind = B1Fault::Kind::CommitThenDrop;
        m_sim->injectFault(f);
        const RawExchange raw = rawPost(m_sim->port(), "/b1s/v1/JournalEntries", m_cookie, goodEntry(QStringLiteral("LOST1")));
        QVERIFY(raw.closedByServer);
        QVERIFY(raw.received.isEmpty()); // no status line at all: the outcome is unknown to the client
        QCOMPARE(m_sim->journalEntryCount(), 1); // ... but the entry was committed
        // The lookup the connector must make before any retry finds it.
        HttpResponse r = get(QStringLiteral("JournalEntries"), q("$filter", QStringLiteral("Reference3 eq 'LOST1'")));
        QCOMPARE(jsonOf(r).value(QStringLiteral("value")).toArray().size(), 1);
        // The fault hit once.
        QCOMPARE(post(QStringLiteral("JournalEntries"), goodEntry(QStringLiteral("OK2"))).status, 201);
        QCOMPARE(m_sim->requestCount(QStringLiteral("JournalEntries"), "POST"), 2);
    }

    // The same fault through mlc::HttpClient: Qt's HTTP stack would silently re-send a request whose
    // connection closed before any answer (POSTs included); the client must report the unknown
    // outcome instead, and B1 must hold exactly one entry.
    void commitThenDropThroughHttpClient()
    {
        start(baseConfig());
        QVERIFY(login());
        B1Fault f;
        f.kind = B1Fault::Kind::CommitThenDrop;
        m_sim->injectFault(f);
        const HttpResponse r = post(QStringLiteral("JournalEntries"), goodEntry(QStringLiteral("LOST2")));
        QVERIFY(r.transportFailed());
        QVERIFY(r.outcomeUnknown());
        QCOMPARE(m_sim->requestCount(QStringLiteral("JournalEntries"), "POST"), 1);
        QCOMPARE(m_sim->journalEntryCount(), 1);
    }

    void faultKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("committed");
        QTest::newRow("503 before commit") << int(B1Fault::Kind::Status) << 503 << 0;
        QTest::newRow("500 before commit") << int(B1Fault::Kind::Status) << 500 << 0;
        QTest::newRow("504 after commit") << int(B1Fault::Kind::CommitThenStatus) << 504 << 1;
        QTest::newRow("502 after commit") << int(B1Fault::Kind::CommitThenStatus) << 502 << 1;
        QTest::newRow("drop before commit") << int(B1Fault::Kind::Drop) << 0 << 0;
    }
    void faultKinds()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, committed);
        start(baseConfig());
        QVERIFY(login());
        B1Fault f;
        f.kind = B1Fault::Kind(kind);
        f.status = status;
        m_sim->injectFault(f);
        // Reads are not hit by a POST fault.
        QCOMPARE(get(QStringLiteral("JournalEntries")).status, 200);
        const RawExchange raw = rawPost(m_sim->port(), "/b1s/v1/JournalEntries", m_cookie, goodEntry(QStringLiteral("F1")));
        if (status == 0) {
            QVERIFY(raw.closedByServer);
            QVERIFY(raw.received.isEmpty());
        } else {
            QVERIFY2(raw.received.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')), raw.received.left(40).constData());
        }
        QCOMPARE(m_sim->journalEntryCount(), committed);
        // Only `count` requests are hit: the next POST goes through.
        QCOMPARE(post(QStringLiteral("JournalEntries"), goodEntry(QStringLiteral("F2"))).status, 201);
        QCOMPARE(m_sim->journalEntryCount(), committed + 1);
    }

    void delayedAnswerTimesOutAfterCommit()
    {
        start(baseConfig());
        QVERIFY(login());
        B1Fault f;
        f.kind = B1Fault::Kind::Delay;
        f.delayMs = 1500;
        m_sim->injectFault(f);
        const HttpResponse r = post(QStringLiteral("JournalEntries"), goodEntry(QStringLiteral("SLOW")), {}, 300);
        QCOMPARE(r.error, TransportError::Timeout);
        QCOMPARE(m_sim->journalEntryCount(), 1);
    }

    void expectContinueGetsEmpty500()
    {
        start(baseConfig());
        const HttpResponse r = post(QStringLiteral("Login"), loginBody(), {HttpHeader("Expect", "100-continue")});
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_sim->loginCount(), 0);
        QVERIFY(m_sim->requestLog().last().contains("[Expect: 100-continue]"));
    }

    void httpsWithPinnedCertificate()
    {
        // wine 8 cannot act as a TLS server (Schannel server side is a stub): a real Windows and
        // Linux run this; under wine (MLC_UNDER_WINE, set by cmake/Testing.cmake) it is skipped.
        if (qEnvironmentVariableIsSet("MLC_UNDER_WINE"))
            QSKIP("TLS servers do not work under wine 8");
        start(baseConfig(), true);
        QVERIFY(m_sim->serviceRoot().startsWith(QLatin1String("https://localhost:")));
        const QByteArray pin = B1Simulator::certificateSha256Hex();
        QCOMPARE(pin.size(), 64);

        HttpResponse r = post(QStringLiteral("Login"), loginBody());
        QCOMPARE(r.error, TransportError::Tls); // not trusted without a pin or CA
        QVERIFY(!r.peerChain.isEmpty());
        QCOMPARE(TlsPolicy::fingerprintOf(r.peerChain.first()), pin);

        // A fresh client per policy: QNAM reuses an established TLS connection without a new check.
        const auto loginWith = [&](const TlsPolicy &policy) {
            HttpClient client(policy);
            HttpRequest req;
            req.method = "POST";
            req.url = url(QStringLiteral("Login"));
            req.body = loginBody();
            req.headers = {HttpHeader("Content-Type", "application/json")};
            return client.send(req);
        };
        TlsPolicy pinned = sandboxPolicy();
        pinned.pinnedSha256Hex = pin;
        QCOMPARE(loginWith(pinned).status, 200);

        TlsPolicy ca = sandboxPolicy();
        ca.caFile = B1Simulator::certificatePemPath();
        QVERIFY(QFile::exists(ca.caFile));
        QCOMPARE(loginWith(ca).status, 200);

        TlsPolicy wrong = sandboxPolicy();
        wrong.pinnedSha256Hex = QByteArray(64, 'a');
        QCOMPARE(loginWith(wrong).error, TransportError::Tls);
        QCOMPARE(m_sim->loginCount(), 2);
    }

    void odataV4Framing()
    {
        B1SimConfig c = baseConfig();
        c.odataVersion = QStringLiteral("v2");
        c.defaultPageSize = 2;
        start(c);
        QVERIFY(m_sim->serviceRoot().endsWith(QLatin1String("/b1s/v2")));
        HttpResponse r = post(QStringLiteral("Login"), loginBody());
        QCOMPARE(r.status, 200);
        QVERIFY(jsonOf(r).value(QStringLiteral("@odata.context")).toString().endsWith(QLatin1String("$metadata#B1Sessions/$entity")));
        QVERIFY(login());
        r = get(QStringLiteral("Currencies"), QStringLiteral("$count=true"));
        QCOMPARE(r.header("OData-Version"), QByteArray("4.0"));
        QCOMPARE(jsonOf(r).value(QStringLiteral("@odata.nextLink")).toString(), QStringLiteral("Currencies?$skip=2"));
        QCOMPARE(jsonOf(r).value(QStringLiteral("@odata.count")).toInt(), 4);
        QCOMPARE(get(QStringLiteral("Currencies"), QStringLiteral("$inlinecount=allpages")).status, 400);
        BatchWriter w("b");
        BatchOperation o;
        o.method = "POST";
        o.target = "JournalEntries";
        o.body = goodEntry(QStringLiteral("V2"));
        o.contentId = "1";
        w.addChangeSet({o}, "c");
        r = post(QStringLiteral("$batch"), w.finish(), {HttpHeader("Content-Type", w.contentType())});
        QCOMPARE(r.status, 200); // OData V4 batch answers 200
        QCOMPARE(m_sim->journalEntryCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestB1Simulator)
#include "tst_b1simulator.moc"
