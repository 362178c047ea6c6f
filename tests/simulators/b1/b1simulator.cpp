#include "b1simulator.h"

#include "b1journalbook.h"
#include "b1masterindex.h"
#include "batchmultipart.h"
#include "odataquery.h"
#include "simhttpserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QUuid>

// Q_INIT_RESOURCE must be used outside a namespace; a static library's resources are otherwise
// dropped by the linker.
static void initB1SimResources()
{
    Q_INIT_RESOURCE(b1sim);
}

namespace mlc::sim {

namespace {

constexpr int MaxLogLines = 20000; // keeps a 100k-document benchmark from growing the log without bound
const QString kJournalEntries = QStringLiteral("JournalEntries");

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject errorObject(int code, const QString &text)
{
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("message"),
                                     QJsonObject{{QStringLiteral("lang"), QStringLiteral("en-us")},
                                                 {QStringLiteral("value"), text}}}}}};
}

QByteArray readResource(const QString &path)
{
    initB1SimResources();
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray certificatePem()
{
    static const QByteArray pem = readResource(QStringLiteral(":/mlc/b1sim/b1sim-localhost.crt"));
    return pem;
}

// Value of one cookie in a Cookie header ("B1SESSION=abc; ROUTEID=.node1").
QByteArray cookieValue(const QByteArray &cookieHeader, const QByteArray &name)
{
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray p = part.trimmed();
        const int eq = p.indexOf('=');
        if (eq > 0 && p.left(eq).trimmed() == name)
            return p.mid(eq + 1).trimmed();
    }
    return {};
}

QByteArray cookieNames(const QByteArray &cookieHeader)
{
    QByteArrayList names;
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray p = part.trimmed();
        const int eq = p.indexOf('=');
        if (eq > 0)
            names.append(p.left(eq).trimmed());
    }
    return names.join(',');
}

// "odata.maxpagesize=50" inside a Prefer header that may list several preferences.
int preferredPageSize(const QByteArray &prefer)
{
    for (const QByteArray &part : prefer.split(',')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("odata.maxpagesize=")) {
            bool ok = false;
            const int n = p.mid(18).trimmed().toInt(&ok);
            if (ok && n >= 0)
                return n;
        }
    }
    return -1;
}

bool prefers(const QByteArray &prefer, const QByteArray &token)
{
    for (const QByteArray &part : prefer.split(',')) {
        if (part.trimmed() == token)
            return true;
    }
    return false;
}

struct Route {
    QString name; // entity set or function name
    QString key;  // inside the parentheses, quotes removed
    bool hasKey = false;
    bool numericKey = false;
    QString tail; // after "/" (e.g. "$count", "Cancel")
};

Route parseRoute(const QString &rest)
{
    Route r;
    const int paren = rest.indexOf(QLatin1Char('('));
    const int slash = rest.indexOf(QLatin1Char('/'));
    if (paren > 0 && (slash < 0 || paren < slash)) {
        r.name = rest.left(paren);
        const int close = rest.indexOf(QLatin1Char(')'), paren);
        if (close < 0)
            return Route{rest, {}, false, false, {}};
        QString key = rest.mid(paren + 1, close - paren - 1);
        if (key.size() >= 2 && key.startsWith(QLatin1Char('\'')) && key.endsWith(QLatin1Char('\''))) {
            key = key.mid(1, key.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        } else {
            r.numericKey = true;
        }
        r.key = key;
        r.hasKey = true;
        if (close + 1 < rest.size() && rest.at(close + 1) == QLatin1Char('/'))
            r.tail = rest.mid(close + 2);
        else if (close + 1 < rest.size())
            r.name = rest; // garbage after ')'
    } else if (slash > 0) {
        r.name = rest.left(slash);
        r.tail = rest.mid(slash + 1);
    } else {
        r.name = rest;
    }
    return r;
}

QString entitySetOf(const QString &rest)
{
    int end = int(rest.size());
    for (QChar c : {QLatin1Char('('), QLatin1Char('/')}) {
        const int i = rest.indexOf(c);
        if (i >= 0 && i < end)
            end = i;
    }
    return rest.left(end);
}

bool suffixMatches(const QString &pattern, const QString &rest)
{
    return pattern.isEmpty() || pattern == rest || pattern == entitySetOf(rest);
}

QByteArray apacheErrorPage(int status)
{
    // What an Apache load balancer in front of SL answers when the node fails.
    return "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head><title>" + QByteArray::number(status) + ' '
        + reasonPhrase(status) + "</title></head><body><h1>" + reasonPhrase(status)
        + "</h1><p>The proxy server received an invalid response from an upstream server.</p></body></html>\n";
}

} // namespace

// Everything the handler touches; guarded by B1Simulator::m_mutex.
class B1SimState {
public:
    struct Session {
        qint64 lastUsedMs = 0;
        bool expired = false;
        bool idleCounted = false;
    };
    struct Collection {
        QString name;
        QString entityType; // for "Property 'X' of 'Y' is invalid"
        QString keyProperty;
        const QList<QJsonObject> *rows = nullptr;
        bool journal = false;
    };

    B1SimConfig config;
    B1MasterIndex master;
    B1JournalBook book;
    QHash<QByteArray, Session> sessions;
    qint64 clockOffsetMs = 0;
    QList<B1Fault> faults;
    int logins = 0, logouts = 0, rejections = 0, idleExpiries = 0;
    QHash<QPair<QString, QByteArray>, int> requestCounts; // (path after /b1s/vN/, method)
    QList<QByteArray> log;
    quint16 port = 0;
    bool tls = false;
    ODataEnumAliases aliases;

    B1SimState()
    {
        const QHash<QString, QString> yesNo = {{QStringLiteral("Y"), QStringLiteral("tYES")},
                                               {QStringLiteral("N"), QStringLiteral("tNO")}};
        for (const char *p : {"Valid", "Frozen", "ActiveAccount", "FrozenFor", "LockManualTransaction", "Active", "IsActive", "UseAutoStorno"})
            aliases.insert(QString::fromLatin1(p), yesNo);
        aliases.insert(QStringLiteral("CardType"), {{QStringLiteral("C"), QStringLiteral("cCustomer")},
                                                    {QStringLiteral("S"), QStringLiteral("cSupplier")},
                                                    {QStringLiteral("L"), QStringLiteral("cLid")}});
    }

    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs; }
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(nowMs()).date(); }

    void applyRules()
    {
        B1JournalRules rules;
        rules.localCurrency = config.localCurrency;
        rules.currencies = config.currencies;
        rules.lockedBefore = config.lockedBefore;
        rules.amountDecimals = config.amountDecimals;
        rules.exchangeRates = config.exchangeRates;
        book.setRules(rules);
    }

    QString root(bool v4) const
    {
        return (tls ? QStringLiteral("https://localhost:%1") : QStringLiteral("http://127.0.0.1:%1")).arg(port)
            + (v4 ? QStringLiteral("/b1s/v2") : QStringLiteral("/b1s/v1"));
    }

    // --- responses --------------------------------------------------------------------------

    static void framing(SimResponse &r, bool v4)
    {
        r.headers.append(SimHeader("Server", "Apache/2.4.34 (Unix)"));
        if (v4) {
            r.headers.append(SimHeader("OData-Version", "4.0"));
            if (!r.body.isEmpty())
                r.headers.append(SimHeader("Content-Type", "application/json;odata.metadata=minimal;charset=utf-8"));
        } else {
            r.headers.append(SimHeader("DataServiceVersion", "3.0"));
            if (!r.body.isEmpty())
                r.headers.append(SimHeader("Content-Type", "application/json;odata=minimalmetadata;charset=utf-8"));
        }
    }

    static SimResponse jsonReply(int status, const QJsonObject &body, bool v4)
    {
        SimResponse r;
        r.status = status;
        r.body = toJson(body);
        framing(r, v4);
        return r;
    }

    static SimResponse error(int status, int code, const QString &text, bool v4)
    {
        return jsonReply(status, errorObject(code, text), v4);
    }

    static SimResponse error(int status, const Error &e, bool v4)
    {
        bool ok = false;
        const int code = e.code.toInt(&ok);
        return error(status, ok ? code : -1000, e.message, v4);
    }

    SimResponse sessionError(bool v4)
    {
        ++rejections;
        static const QString text = QStringLiteral("Invalid session or session already timeout.");
        if (config.sessionErrorAsString) {
            // DUMP (production v1, 1000190): code and message as strings on 401.
            const QJsonObject body{{QStringLiteral("error"),
                                    QJsonObject{{QStringLiteral("code"), QStringLiteral("301")},
                                                {QStringLiteral("message"), text}}}};
            return jsonReply(401, body, v4);
        }
        return error(401, 301, text, v4);
    }

    QJsonObject framed(const QJsonObject &entity, const QString &context, bool v4) const
    {
        QJsonObject o = entity;
        if (v4)
            o.insert(QStringLiteral("@odata.context"), QString(root(true) + QStringLiteral("/$metadata#") + context));
        else
            o.insert(QStringLiteral("odata.metadata"), QString(root(false) + QStringLiteral("/$metadata#") + context));
        return o;
    }

    // --- sessions ---------------------------------------------------------------------------

    bool checkSession(const SimRequest &req)
    {
        const QByteArray id = cookieValue(req.header("Cookie"), "B1SESSION");
        auto it = id.isEmpty() ? sessions.end() : sessions.find(id);
        if (it == sessions.end() || it->expired)
            return false;
        const qint64 now = nowMs();
        const qint64 idleLimitMs = config.sessionTimeoutSecondsOverride > 0
                                       ? qint64(config.sessionTimeoutSecondsOverride) * 1000
                                       : qint64(config.sessionTimeoutMinutes) * 60 * 1000;
        if (now - it->lastUsedMs > idleLimitMs) {
            it->expired = true;
            if (!it->idleCounted) {
                it->idleCounted = true;
                ++idleExpiries;
            }
            return false;
        }
        it->lastUsedMs = now; // sliding: every request resets the idle timer
        return true;
    }

    SimResponse login(const SimRequest &req, bool v4)
    {
        SimResponse r;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (req.method != "POST") {
            r = error(405, -1000, QStringLiteral("The HTTP method is not supported for Login."), v4);
        } else if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            r = error(400, -1000, QStringLiteral("Invalid login request body."), v4);
        } else {
            const QJsonObject o = doc.object();
            const QString company = o.value(QStringLiteral("CompanyDB")).toString();
            const QString user = o.value(QStringLiteral("UserName")).toString();
            const QString password = o.value(QStringLiteral("Password")).toString();
            // Language: an Edm.String in the metadata, sent as a number by most clients; both work.
            const QJsonValue language = o.value(QStringLiteral("Language"));
            if (!language.isUndefined() && !language.isNull() && !language.isDouble() && !language.isString()) {
                r = error(400, -1000, QStringLiteral("Invalid value for property 'Language'."), v4);
            } else if (company != config.companyDb) {
                r = error(401, 100000027,
                          QStringLiteral("company not exist in company object cache : server(127.0.0.1:30015) company(%1").arg(company), v4);
            } else if (user != config.userName || password != config.password) {
                r = error(401, 100000027, QStringLiteral("Login failed"), v4);
            } else {
                const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
                Session s;
                s.lastUsedMs = nowMs();
                sessions.insert(id, s);
                ++logins;
                const QJsonObject body{{QStringLiteral("SessionId"), QString::fromLatin1(id)},
                                       {QStringLiteral("Version"), config.version},
                                       {QStringLiteral("SessionTimeout"), config.sessionTimeoutMinutes}};
                r = jsonReply(200, framed(body, v4 ? QStringLiteral("B1Sessions/$entity") : QStringLiteral("B1Sessions/@Element"), v4), v4);
                // MAN §3.1 verbatim: no Path and a trailing ';' on B1SESSION; two separate header lines.
                r.headers.prepend(SimHeader("Set-Cookie", "ROUTEID=" + config.routeId.toLatin1() + "; path=/b1s"));
                r.headers.prepend(SimHeader("Set-Cookie", "B1SESSION=" + id + ";HttpOnly;"));
            }
        }
        r.delayMs += config.loginDelayMs;
        return r;
    }

    // --- collections ------------------------------------------------------------------------

    bool collection(const QString &name, Collection *c) const
    {
        c->name = name;
        c->journal = false;
        if (name == QLatin1String("BusinessPartners")) {
            c->entityType = QStringLiteral("BusinessPartner");
            c->keyProperty = QStringLiteral("CardCode");
            c->rows = &master.partnerRows();
        } else if (name == QLatin1String("ChartOfAccounts")) {
            c->entityType = QStringLiteral("ChartOfAccount");
            c->keyProperty = QStringLiteral("Code");
            c->rows = &master.accountRows();
        } else if (name == QLatin1String("ProfitCenters")) {
            c->entityType = QStringLiteral("ProfitCenter");
            c->keyProperty = QStringLiteral("CenterCode");
            c->rows = &master.profitCenterRows();
        } else if (name == QLatin1String("Dimensions")) {
            c->entityType = QStringLiteral("Dimension");
            c->keyProperty = QStringLiteral("DimensionCode");
            c->rows = &master.dimensionRows();
        } else if (name == QLatin1String("Currencies")) {
            c->entityType = QStringLiteral("Currency");
            c->keyProperty = QStringLiteral("Code");
            c->rows = &master.currencyRows();
        } else if (name == kJournalEntries) {
            c->entityType = QStringLiteral("JournalEntry");
            c->keyProperty = QStringLiteral("JdtNum");
            c->rows = &book.entries();
            c->journal = true;
        } else {
            return false;
        }
        return true;
    }

    // Journal entries know their full property list, so a typo (Ref3) fails like on a real SL.
    static std::optional<QString> unknownJournalProperty(const QStringList &props)
    {
        for (const QString &p : props) {
            if (p.startsWith(QLatin1String("U_")) || B1JournalBook::headerProperties().contains(p))
                continue;
            return p;
        }
        return std::nullopt;
    }

    // Rows matching the filter, narrowed through the journal's indices when the filter pins an
    // indexed property (the connector's `Reference3 eq '…'` lookup stays O(1) with 100k entries).
    QList<const QJsonObject *> select(const Collection &c, const ODataQuery &q, bool caseInsensitive) const
    {
        QList<const QJsonObject *> out;
        if (c.journal && !caseInsensitive) {
            for (const auto &eq : q.filter.requiredEqualities()) {
                QList<int> rows;
                if (book.lookup(eq.first, eq.second, &rows)) {
                    for (int row : std::as_const(rows)) {
                        const QJsonObject &o = book.entries().at(row);
                        if (q.filter.matches(o, aliases))
                            out.append(&o);
                    }
                    std::sort(out.begin(), out.end(), [](const QJsonObject *a, const QJsonObject *b) {
                        return a->value(QStringLiteral("JdtNum")).toInt() < b->value(QStringLiteral("JdtNum")).toInt();
                    });
                    return out;
                }
            }
            // `Reference3 eq 'a' or Reference3 eq 'b' …` (a page of keys at once): the union of
            // the index hits.
            const auto alternatives = q.filter.alternativeEqualities();
            QList<int> rows;
            bool indexed = !alternatives.isEmpty();
            for (const auto &eq : alternatives) {
                QList<int> hits;
                indexed = indexed && book.lookup(eq.first, eq.second, &hits);
                rows += hits;
            }
            if (indexed) {
                std::sort(rows.begin(), rows.end());
                rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
                for (int row : std::as_const(rows)) {
                    const QJsonObject &o = book.entries().at(row);
                    if (q.filter.matches(o, aliases))
                        out.append(&o);
                }
                std::sort(out.begin(), out.end(), [](const QJsonObject *a, const QJsonObject *b) {
                    return a->value(QStringLiteral("JdtNum")).toInt() < b->value(QStringLiteral("JdtNum")).toInt();
                });
                return out;
            }
        }
        out.reserve(c.rows->size());
        for (const QJsonObject &o : *c.rows) {
            if (q.filter.matches(o, aliases, caseInsensitive))
                out.append(&o);
        }
        return out;
    }

    SimResponse getCollection(const Collection &c, const Route &route, const SimRequest &req, bool v4)
    {
        auto parsed = ODataQuery::fromUrlQuery(req.query, v4);
        if (!parsed.ok())
            return error(400, -1000, parsed.error().message, v4);
        const ODataQuery &q = parsed.value();
        if (c.journal) {
            QStringList props = q.filter.properties() + q.select;
            for (const ODataOrderKey &k : q.orderBy)
                props.append(k.property);
            if (const auto bad = unknownJournalProperty(props))
                return error(400, -1000, QStringLiteral("Property '%1' of 'JournalEntry' is invalid").arg(*bad), v4);
        }
        const bool caseInsensitive = req.header("B1S-CaseInsensitive").toLower() == "true";
        QList<const QJsonObject *> rows = select(c, q, caseInsensitive);
        if (route.tail == QLatin1String("$count")) {
            // MAN §3.7: plain-text number.
            SimResponse r;
            r.status = 200;
            r.body = QByteArray::number(rows.size());
            r.headers.append(SimHeader("Content-Type", "text/plain;charset=utf-8"));
            r.headers.append(SimHeader(v4 ? "OData-Version" : "DataServiceVersion", v4 ? "4.0" : "3.0"));
            return r;
        }
        if (!route.tail.isEmpty())
            return error(404, -1000, QStringLiteral("Resource not found for the segment '%1'").arg(route.tail), v4);
        q.sort(rows);

        const int total = int(rows.size());
        const int start = qMin(q.skip, total); // $skip before $top, whatever their order
        const int remaining = q.top >= 0 ? qMin(q.top, total - start) : total - start;
        int pageSize = config.defaultPageSize;
        const int preferred = preferredPageSize(req.header("Prefer"));
        bool preferenceApplied = false;
        if (preferred >= 0) {
            pageSize = preferred; // "odata.maxpagesize is prior to the configuration option PageSize"
            preferenceApplied = true;
        } else if (!req.header("B1S-PageSize").isEmpty()) {
            bool ok = false;
            const int n = req.header("B1S-PageSize").trimmed().toInt(&ok);
            if (ok && n >= 0)
                pageSize = n;
        }
        const int count = pageSize > 0 ? qMin(pageSize, remaining) : remaining;

        QJsonArray value;
        for (int i = start; i < start + count; ++i)
            value.append(q.project(*rows.at(i)));
        QJsonObject body{{QStringLiteral("value"), value}};
        if (q.inlineCount) {
            // v1 renders odata.count as a string ("5"), v2 @odata.count as a number.
            if (v4)
                body.insert(QStringLiteral("@odata.count"), total);
            else
                body.insert(QStringLiteral("odata.count"), QString::number(total));
        }
        if (count < remaining)
            body.insert(v4 ? QStringLiteral("@odata.nextLink") : QStringLiteral("odata.nextLink"),
                        nextLink(c.name, req, start + count, q.top >= 0 ? q.top - count : -1, v4));
        SimResponse r = jsonReply(200, framed(body, c.name, v4), v4);
        if (preferenceApplied)
            r.headers.append(SimHeader("Preference-Applied", "odata.maxpagesize=" + QByteArray::number(preferred)));
        return r;
    }

    QString nextLink(const QString &name, const SimRequest &req, int nextSkip, int nextTop, bool v4) const
    {
        // MAN: v1 "/b1s/v1/Orders?$skip=20"; ODC (v2): "Orders?$skip=20".
        const QString prefix = v4 ? name : QStringLiteral("/b1s/v1/") + name;
        const QString skip = QStringLiteral("$skip=%1").arg(nextSkip);
        if (config.nextLinkDropsQuery)
            return prefix + QLatin1Char('?') + skip; // real SL "inconsistently omits filters/selections"
        QStringList items;
        const int q = req.target.indexOf('?');
        if (q >= 0) {
            for (const QByteArray &item : req.target.mid(q + 1).split('&')) {
                if (item.isEmpty() || item.startsWith("$skip=") || item.startsWith("%24skip="))
                    continue;
                if (item.startsWith("$top=") || item.startsWith("%24top=")) {
                    if (nextTop >= 0)
                        items.append(QStringLiteral("$top=%1").arg(nextTop));
                    continue;
                }
                items.append(QString::fromUtf8(item));
            }
        }
        items.append(skip);
        return prefix + QLatin1Char('?') + items.join(QLatin1Char('&'));
    }

    SimResponse getEntity(const Collection &c, const Route &route, const SimRequest &req, bool v4)
    {
        const QJsonObject *found = nullptr;
        if (c.journal) {
            bool ok = false;
            const int n = route.key.toInt(&ok);
            found = ok && route.numericKey ? book.find(n) : nullptr;
        } else {
            for (const QJsonObject &o : *c.rows) {
                const QJsonValue k = o.value(c.keyProperty);
                if ((k.isString() && k.toString() == route.key) || (k.isDouble() && route.numericKey && QString::number(k.toInt()) == route.key)) {
                    found = &o;
                    break;
                }
            }
        }
        if (!found)
            return error(404, -2028, QStringLiteral("No matching records found (ODBC -2028)"), v4);
        auto parsed = ODataQuery::fromUrlQuery(req.query, v4);
        if (!parsed.ok())
            return error(400, -1000, parsed.error().message, v4);
        if (c.journal) {
            if (const auto bad = unknownJournalProperty(parsed->select))
                return error(400, -1000, QStringLiteral("Property '%1' of 'JournalEntry' is invalid").arg(*bad), v4);
        }
        return jsonReply(200, framed(parsed->project(*found), c.name + (v4 ? QStringLiteral("/$entity") : QStringLiteral("/@Element")), v4), v4);
    }

    // --- journal entries --------------------------------------------------------------------

    SimResponse postJournalEntry(const SimRequest &req, bool v4)
    {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return error(400, -1000, QStringLiteral("Invalid request body: %1").arg(pe.errorString()), v4);
        auto prepared = book.prepare(doc.object(), master, today());
        if (!prepared.ok())
            return error(400, prepared.error(), v4);
        const QJsonObject stored = book.commit(prepared.value());
        const int jdtNum = stored.value(QStringLiteral("JdtNum")).toInt();
        const QByteArray location = (root(v4) + QStringLiteral("/JournalEntries(%1)").arg(jdtNum)).toUtf8();
        if (prefers(req.header("Prefer"), "return-no-content")) {
            SimResponse r;
            r.status = 204;
            framing(r, v4);
            r.headers.append(SimHeader("Location", location));
            r.headers.append(SimHeader("Preference-Applied", "return-no-content"));
            return r;
        }
        SimResponse r = jsonReply(201, framed(stored, kJournalEntries + (v4 ? QStringLiteral("/$entity") : QStringLiteral("/@Element")), v4), v4);
        r.headers.append(SimHeader("Location", location));
        return r;
    }

    SimResponse journalKeyed(const Route &route, const SimRequest &req, bool v4, B1JournalBook::Checkpoint *undo)
    {
        bool ok = false;
        const int jdtNum = route.key.toInt(&ok);
        if (!ok || !route.numericKey)
            return error(400, -1000, QStringLiteral("Invalid key value '%1' for 'JournalEntry'").arg(route.key), v4);
        if (req.method == "DELETE")
            return error(400, -5006, QStringLiteral("The requested action is not supported for this object."), v4);
        if (req.method == "PATCH" && route.tail.isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(req.body);
            if (!doc.isObject())
                return error(400, -1000, QStringLiteral("Invalid request body"), v4);
            const auto res = book.patch(jdtNum, doc.object(), undo);
            if (!res.ok())
                return error(res.error().code == QLatin1String("-2028") ? 404 : 400, res.error(), v4);
            SimResponse r;
            r.status = 204;
            framing(r, v4);
            return r;
        }
        if (req.method == "POST" && route.tail == QLatin1String("Cancel")) {
            const auto res = book.cancel(jdtNum, today());
            if (!res.ok())
                return error(res.error().code == QLatin1String("-2028") ? 404 : 400, res.error(), v4);
            SimResponse r;
            r.status = 204;
            framing(r, v4);
            return r;
        }
        return error(405, -1000, QStringLiteral("The HTTP method is not supported for this resource."), v4);
    }

    SimResponse adminInfo(bool v4) const
    {
        // CompanyService_GetAdminInfo returns the AdminInfo complex type (SAPB1.AdminInfo); these are
        // the properties a connector needs from it (currencies and the totals' decimals).
        const QJsonObject body{
            {QStringLiteral("LocalCurrency"), config.localCurrency},
            {QStringLiteral("SystemCurrency"), config.localCurrency},
            {QStringLiteral("TotalsAccuracy"), config.amountDecimals},
            {QStringLiteral("PriceAccuracy"), 2},
            {QStringLiteral("RateAccuracy"), 4},
            {QStringLiteral("DecimalSeparator"), QStringLiteral(",")},
            {QStringLiteral("ThousandsSeparator"), QStringLiteral(".")},
            {QStringLiteral("MultiCurrencyCheck"), QStringLiteral("mcc_NoMessage")},
        };
        return jsonReply(200, framed(body, QStringLiteral("SAPB1.AdminInfo"), v4), v4);
    }

    SimResponse companyInfo(bool v4) const
    {
        const QJsonObject body{{QStringLiteral("CompanyName"), config.companyDb},
                               {QStringLiteral("Version"), config.version.toInt()}};
        return jsonReply(200, framed(body, QStringLiteral("SAPB1.CompanyInfo"), v4), v4);
    }

    // --- dispatch ---------------------------------------------------------------------------

    // Everything after the session check. `undo` is set inside a $batch change set.
    SimResponse dispatch(const QString &rest, const SimRequest &req, bool v4, B1JournalBook::Checkpoint *undo = nullptr)
    {
        const Route route = parseRoute(rest);
        if (route.name == QLatin1String("Logout") && route.tail.isEmpty() && !route.hasKey) {
            if (req.method != "POST")
                return error(405, -1000, QStringLiteral("The HTTP method is not supported for Logout."), v4);
            sessions.remove(cookieValue(req.header("Cookie"), "B1SESSION"));
            ++logouts;
            SimResponse r;
            r.status = 204;
            framing(r, v4);
            return r;
        }
        if (route.name == QLatin1String("CompanyService_GetAdminInfo") && (req.method == "GET" || req.method == "POST"))
            return adminInfo(v4);
        if (route.name == QLatin1String("CompanyService_GetCompanyInfo") && (req.method == "GET" || req.method == "POST"))
            return companyInfo(v4);
        Collection c;
        if (!collection(route.name, &c))
            return error(404, -1000, QStringLiteral("Resource not found for the segment '%1'").arg(route.name), v4);
        if (c.journal && route.hasKey && !(req.method == "GET" && route.tail.isEmpty()))
            return journalKeyed(route, req, v4, undo);
        if (req.method == "GET")
            return route.hasKey ? getEntity(c, route, req, v4) : getCollection(c, route, req, v4);
        if (c.journal && req.method == "POST" && !route.hasKey && route.tail.isEmpty())
            return postJournalEntry(req, v4);
        return error(400, -5006, QStringLiteral("The requested action is not supported for this object."), v4);
    }

    static bool success(const SimResponse &r) { return r.status >= 200 && r.status < 300; }

    void countRequest(const QString &rest, const QByteArray &method)
    {
        ++requestCounts[qMakePair(rest, method)];
    }

    void appendLog(const QByteArray &line)
    {
        if (log.size() >= MaxLogLines)
            log.erase(log.begin(), log.begin() + MaxLogLines / 10);
        log.append(line);
    }

    // Operations of a $batch are ordinary requests of the same session.
    SimRequest subRequest(const BatchOperation &op, const SimRequest &outer, bool v4, QString *rest) const
    {
        SimRequest r;
        r.method = op.method;
        QByteArray target = op.target;
        const int scheme = target.indexOf("://");
        if (scheme >= 0) {
            const int slash = target.indexOf('/', scheme + 3);
            target = slash >= 0 ? target.mid(slash) : QByteArray("/");
        }
        const QByteArray base = v4 ? "/b1s/v2/" : "/b1s/v1/";
        if (!target.startsWith("/b1s/"))
            target = base + (target.startsWith('/') ? target.mid(1) : target);
        r.target = target;
        const int q = target.indexOf('?');
        r.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
        if (q >= 0)
            r.query.setQuery(QString::fromUtf8(target.mid(q + 1)));
        r.headers = op.headers;
        r.headers.append(SimHeader("Cookie", outer.header("Cookie")));
        r.body = op.body;
        r.localPort = outer.localPort;
        r.tls = outer.tls;
        *rest = r.path.startsWith(QString::fromLatin1(base)) ? r.path.mid(base.size()) : QString();
        return r;
    }

    BatchResponsePart toPart(const SimResponse &r, const QByteArray &contentId, bool v4) const
    {
        BatchResponsePart p;
        p.status = r.status;
        for (const SimHeader &h : r.headers) {
            if (h.first == "Content-Type" || h.first == "Location" || h.first == "Preference-Applied")
                p.headers.append(h);
        }
        // v1 carries Content-ID in the inner HTTP headers, v2 on the MIME part (B1SL test mocks).
        if (v4)
            p.contentId = contentId;
        else if (!contentId.isEmpty())
            p.headers.append(SimHeader("Content-ID", contentId));
        p.body = r.body;
        return p;
    }

    SimResponse batch(const SimRequest &req, bool v4)
    {
        if (req.method != "POST")
            return error(405, -1000, QStringLiteral("The HTTP method is not supported for $batch."), v4);
        auto items = parseBatchRequest(req.body, req.header("Content-Type"));
        if (!items.ok())
            return error(400, -1000, items.error().message, v4);
        const QByteArray boundary = "batchresponse_" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        BatchWriter writer(boundary);
        for (const BatchItem &item : items.value()) {
            if (!item.changeSet) {
                const BatchOperation &op = item.operations.first();
                QString rest;
                const SimRequest sub = subRequest(op, req, v4, &rest);
                countRequest(rest, sub.method);
                appendLog("  [batch] " + sub.method + ' ' + sub.path.toUtf8());
                const SimResponse r = rest.isEmpty() ? error(404, -1000, QStringLiteral("Invalid batch operation target"), v4)
                                                     : dispatch(rest, sub, v4);
                writer.addResponse(toPart(r, op.contentId, v4));
                if (!success(r))
                    break; // "the batch will stop executing once a sub request fails" (MAN §3.10)
                continue;
            }
            // A change set is atomic: every operation succeeds or none is kept.
            B1JournalBook::Checkpoint cp = book.checkpoint();
            QList<BatchResponsePart> parts;
            bool failed = false;
            for (const BatchOperation &op : item.operations) {
                QString rest;
                const SimRequest sub = subRequest(op, req, v4, &rest);
                countRequest(rest, sub.method);
                appendLog("  [changeset] " + sub.method + ' ' + sub.path.toUtf8());
                SimResponse r;
                if (sub.method == "GET")
                    r = error(400, -1000, QStringLiteral("Change sets must not contain any GET requests"), v4);
                else if (rest.isEmpty())
                    r = error(404, -1000, QStringLiteral("Invalid batch operation target"), v4);
                else
                    r = dispatch(rest, sub, v4, &cp);
                if (!success(r)) {
                    book.rollback(cp);
                    // "only one response returns for this change set"
                    writer.addResponse(toPart(r, op.contentId, v4));
                    failed = true;
                    break;
                }
                parts.append(toPart(r, op.contentId, v4));
            }
            if (failed)
                break;
            writer.addChangeSetResponse(parts, "changesetresponse_" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        }
        SimResponse r;
        r.status = v4 ? 200 : 202; // MAN: "202 Accept (OData Version 3) or 200 OK (OData Version 4)"
        r.body = writer.finish();
        r.headers.append(SimHeader("Server", "Apache/2.4.34 (Unix)"));
        r.headers.append(SimHeader(v4 ? "OData-Version" : "DataServiceVersion", v4 ? "4.0" : "3.0"));
        r.headers.append(SimHeader("Content-Type", writer.contentType()));
        return r;
    }

    // Takes one hit of the first fault matching this request, if any.
    std::optional<B1Fault> takeFault(const QString &rest, const QByteArray &method, bool commitKinds)
    {
        for (int i = 0; i < faults.size(); ++i) {
            B1Fault &f = faults[i];
            const bool isCommit = f.kind == B1Fault::Kind::CommitThenDrop || f.kind == B1Fault::Kind::CommitThenStatus;
            if (isCommit != commitKinds || f.count <= 0)
                continue;
            if (!f.method.isEmpty() && f.method != method)
                continue;
            if (!suffixMatches(f.pathSuffix, rest))
                continue;
            const B1Fault hit = f;
            if (--f.count <= 0)
                faults.removeAt(i);
            return hit;
        }
        return std::nullopt;
    }

    static SimResponse faultStatus(int status, bool v4)
    {
        if (status == 502 || status == 503 || status == 504) {
            SimResponse r;
            r.status = status;
            r.body = apacheErrorPage(status);
            r.headers.append(SimHeader("Content-Type", "text/html; charset=iso-8859-1"));
            return r;
        }
        return error(status, -1, QStringLiteral("Internal server error (simulated fault)"), v4);
    }

    SimResponse handle(const SimRequest &req)
    {
        QByteArray line = req.method + ' ' + req.path.toUtf8();
        const int q = req.target.indexOf('?');
        if (q >= 0)
            line += '?' + QByteArray::fromPercentEncoding(req.target.mid(q + 1));
        const QByteArray cookies = cookieNames(req.header("Cookie"));
        if (!cookies.isEmpty())
            line += " [cookies: " + cookies + ']';
        const QByteArray expect = req.header("Expect");
        if (!expect.isEmpty())
            line += " [Expect: " + expect + ']';
        appendLog(line);

        SimResponse r = route(req);
        r.delayMs += config.latencyMs;
        return r;
    }

    SimResponse route(const SimRequest &req)
    {
        // IIS (or a proxy) in front of the Service Layer refuses a long query string before SL sees it.
        if (config.maxQueryStringLength > 0) {
            const int q = req.target.indexOf('?');
            if (q >= 0 && req.target.size() - q - 1 > config.maxQueryStringLength) {
                SimResponse r;
                r.status = 414;
                r.body = "<html><head><title>414 Request-URI Too Long</title></head><body>The request URL is too long."
                         "</body></html>\n";
                r.headers.append(SimHeader("Content-Type", "text/html; charset=iso-8859-1"));
                return r;
            }
        }
        if (config.emulateExpectContinue500 && req.header("Expect").toLower().contains("100-continue")) {
            // DAEMON §3.1: Apache's balancer cut the request: empty 500, Connection: close.
            SimResponse r = SimResponse::empty(500);
            r.headers.append(SimHeader("Set-Cookie", "ROUTEID=.node3; path=/b1s"));
            r.action = SimResponse::Action::RespondThenClose;
            return r;
        }
        const bool v2Enabled = config.odataVersion == QLatin1String("v2");
        bool v4 = false;
        QString rest;
        if (req.path.startsWith(QLatin1String("/b1s/v1/"))) {
            rest = req.path.mid(8);
        } else if (v2Enabled && req.path.startsWith(QLatin1String("/b1s/v2/"))) {
            rest = req.path.mid(8);
            v4 = true;
        } else {
            SimResponse r;
            r.status = 404;
            r.body = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n";
            r.headers.append(SimHeader("Content-Type", "text/html; charset=iso-8859-1"));
            return r;
        }
        countRequest(rest, req.method);

        if (rest == QLatin1String("Login")) {
            if (const auto f = takeFault(rest, req.method, false))
                return applyFault(*f, req, rest, v4);
            return process(req, rest, v4);
        }
        // Route names are case-sensitive: "/login" is an unknown resource behind the session check
        // (NangoHQ PR #6638: 401 "Invalid session or session already timeout").
        if (rest != QLatin1String("Logout")
            && (rest.compare(QLatin1String("Login"), Qt::CaseInsensitive) == 0
                || rest.compare(QLatin1String("Logout"), Qt::CaseInsensitive) == 0))
            return sessionError(v4);
        if (!checkSession(req))
            return sessionError(v4);
        if (const auto f = takeFault(rest, req.method, false))
            return applyFault(*f, req, rest, v4);
        return process(req, rest, v4);
    }

    SimResponse process(const SimRequest &req, const QString &rest, bool v4)
    {
        SimResponse r = rest == QLatin1String("Login") ? login(req, v4)
            : rest == QLatin1String("$batch")          ? batch(req, v4)
                                                       : dispatch(rest, req, v4);
        // Commit-then-lose faults hit only a request that really committed (2xx).
        if (success(r)) {
            if (const auto f = takeFault(rest, req.method, true)) {
                if (f->kind == B1Fault::Kind::CommitThenDrop) {
                    SimResponse dropped = SimResponse::dropped();
                    dropped.delayMs = r.delayMs;
                    return dropped;
                }
                return faultStatus(f->status, v4);
            }
        }
        return r;
    }

    SimResponse applyFault(const B1Fault &f, const SimRequest &req, const QString &rest, bool v4)
    {
        switch (f.kind) {
        case B1Fault::Kind::Status:
            return faultStatus(f.status, v4); // nothing processed
        case B1Fault::Kind::Drop:
            return SimResponse::dropped(); // nothing processed
        case B1Fault::Kind::Delay: {
            // Processed now, answered late: a client timeout then leaves the outcome unknown.
            SimResponse r = process(req, rest, v4);
            r.delayMs += f.delayMs;
            return r;
        }
        case B1Fault::Kind::CommitThenDrop:
        case B1Fault::Kind::CommitThenStatus:
            break;
        }
        return process(req, rest, v4);
    }
};

// --- B1Simulator ------------------------------------------------------------------------------

B1Simulator::B1Simulator(const B1SimConfig &config, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<B1SimState>())
{
    m_state->config = config;
    m_state->applyRules();
    accounting::MasterData demo = B1MasterIndex::demoData();
    demo.localCurrency = config.localCurrency;
    demo.currencies.clear();
    for (const QString &c : config.currencies)
        demo.currencies.append(accounting::Currency(c));
    m_state->master.reset(demo);
}

B1Simulator::~B1Simulator() = default;

bool B1Simulator::listen(quint16 port, bool tls)
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
    }
    m_server = new SimHttpServer([this](const SimRequest &r) { return handle(r); }, this);
    bool ok = false;
    if (tls) {
        const QSslCertificate cert(certificatePem(), QSsl::Pem);
        const QSslKey key(readResource(QStringLiteral(":/mlc/b1sim/b1sim-localhost.key")), QSsl::Rsa, QSsl::Pem);
        ok = !cert.isNull() && !key.isNull() && m_server->listen(port, cert, key);
    } else {
        ok = m_server->listen(port);
    }
    QMutexLocker lock(&m_mutex);
    m_state->port = ok ? m_server->port() : 0;
    m_state->tls = ok && tls;
    return ok;
}

QString B1Simulator::serviceRoot() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->root(m_state->config.odataVersion == QLatin1String("v2"));
}

quint16 B1Simulator::port() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->port;
}

QByteArray B1Simulator::certificateSha256Hex()
{
    const QSslCertificate cert(certificatePem(), QSsl::Pem);
    return cert.digest(QCryptographicHash::Sha256).toHex();
}

QString B1Simulator::certificatePemPath()
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    const QByteArray pem = certificatePem();
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("mlc-b1sim-%1.pem").arg(QString::fromLatin1(certificateSha256Hex().left(16))));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == pem)
        return path;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size() || !out.commit())
        return {};
    return path;
}

SimResponse B1Simulator::handle(const SimRequest &request)
{
    QMutexLocker lock(&m_mutex);
    return m_state->handle(request);
}

void B1Simulator::setMasterData(const accounting::MasterData &data)
{
    QMutexLocker lock(&m_mutex);
    m_state->master.reset(data);
}

accounting::MasterData B1Simulator::demoMasterData()
{
    return B1MasterIndex::demoData();
}

void B1Simulator::setConfig(const B1SimConfig &config)
{
    QMutexLocker lock(&m_mutex);
    m_state->config = config;
    m_state->applyRules();
}

B1SimConfig B1Simulator::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->config;
}

void B1Simulator::injectFault(const B1Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    if (fault.count > 0)
        m_state->faults.append(fault);
}

void B1Simulator::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_state->faults.clear();
}

void B1Simulator::expireAllSessions()
{
    QMutexLocker lock(&m_mutex);
    for (auto &s : m_state->sessions) {
        s.expired = true;
        s.idleCounted = true; // not an idle expiry
    }
}

void B1Simulator::advanceClock(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_state->clockOffsetMs += seconds * 1000;
}

int B1Simulator::loginCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->logins;
}

int B1Simulator::logoutCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->logouts;
}

int B1Simulator::sessionRejections() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->rejections;
}

int B1Simulator::idleExpiries() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->idleExpiries;
}

int B1Simulator::activeSessions() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto &s : std::as_const(m_state->sessions))
        n += s.expired ? 0 : 1;
    return n;
}

int B1Simulator::requestCount(const QString &pathSuffix, const QByteArray &method) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (auto it = m_state->requestCounts.constBegin(); it != m_state->requestCounts.constEnd(); ++it) {
        if ((method.isEmpty() || it.key().second == method) && suffixMatches(pathSuffix, it.key().first))
            n += it.value();
    }
    return n;
}

QList<QJsonObject> B1Simulator::journalEntries() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->book.entries();
}

int B1Simulator::journalEntryCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->book.count();
}

QList<QByteArray> B1Simulator::requestLog() const
{
    QMutexLocker lock(&m_mutex);
    return m_state->log;
}

void B1Simulator::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_state->logins = m_state->logouts = m_state->rejections = m_state->idleExpiries = 0;
    m_state->requestCounts.clear();
    m_state->log.clear();
}

} // namespace mlc::sim
