// End to end against both simulators over loopback HTTP, with the real Concur and Service Layer
// clients: what finance staff and the IT admin would check after a run.
#include "endtoendfixture.h"

#include "core/decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>

using namespace mlc;
using test::EndToEnd;

namespace {

QString reference3(const QJsonObject &e) { return e.value(QStringLiteral("Reference3")).toString(); }

// Every entry balances in its currency and no Reference3 appears twice.
void checkLedger(const QList<QJsonObject> &entries)
{
    QSet<QString> seen;
    for (const QJsonObject &e : entries) {
        QVERIFY2(!seen.contains(reference3(e)), qPrintable(QStringLiteral("posted twice: ") + reference3(e)));
        seen.insert(reference3(e));
        Decimal debit, credit, fcDebit, fcCredit;
        for (const QJsonValue &v : e.value(QStringLiteral("JournalEntryLines")).toArray()) {
            const QJsonObject l = v.toObject();
            debit += Decimal::fromJson(l.value(QStringLiteral("Debit"))).value_or(Decimal());
            credit += Decimal::fromJson(l.value(QStringLiteral("Credit"))).value_or(Decimal());
            fcDebit += Decimal::fromJson(l.value(QStringLiteral("FCDebit"))).value_or(Decimal());
            fcCredit += Decimal::fromJson(l.value(QStringLiteral("FCCredit"))).value_or(Decimal());
        }
        QVERIFY2(fcDebit == fcCredit, qPrintable(reference3(e)));
        // Foreign-currency entries balance in their currency; B1 converts each line to local
        // currency itself (and books its own rounding difference).
        if (fcDebit.isZero())
            QVERIFY2(debit == credit, qPrintable(reference3(e) + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact))));
    }
}

int expected(const QList<sim::GeneratedDocument> &docs, const char *outcome)
{
    int n = 0;
    for (const auto &d : docs)
        n += d.expectedOutcome == QLatin1String(outcome) ? 1 : 0;
    return n;
}

} // namespace

class TestEndToEnd : public QObject {
    Q_OBJECT
private slots:
    void generatedSetPostsBalancedWithOneLogin();
    void concurSeesOnlyTokenCallsAndGets();
    void reloginAfterIdleExpiry();
    void expiredAccessTokenIsRefreshedOnce();
    void rehomesToNewGeolocation();
    void longCollectionsArePagedCompletely();
    void commitThenDropGivesNoDuplicate();
    void malformedDocumentGoesToReviewRestPosts();
    void mappingFixReleasesBlockedDocuments();
    void batchModePostsTheSameEntries();
    void noSecretInLogsOrDatabase();
};

void TestEndToEnd::generatedSetPostsBalancedWithOneLogin()
{
    EndToEnd e;
    QVERIFY(e.ready());
    const auto docs = e.seed(60, 0.2);
    auto s = e.cycle();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QCOMPARE(s->review, expected(docs, "review"));
    QCOMPARE(s->posted + s->nothingToPost, expected(docs, "post"));
    QCOMPARE(e.b1->journalEntryCount(), s->posted);
    checkLedger(e.b1->journalEntries());
    QCOMPARE(e.b1->loginCount(), 1);
    // The second cycle finds every document done: nothing new in B1, still one login.
    auto again = e.cycle();
    QVERIFY(again.ok());
    QCOMPARE(again->posted, 0);
    QCOMPARE(e.b1->journalEntryCount(), s->posted);
    QCOMPARE(e.b1->loginCount(), 1);
}

void TestEndToEnd::concurSeesOnlyTokenCallsAndGets()
{
    EndToEnd e;
    QVERIFY(e.ready());
    e.seed(30, 0.1);
    QVERIFY(e.cycle().ok());
    QVERIFY(e.cycle().ok());
    const auto requests = e.concur->requests();
    QVERIFY(requests.size() > 2);
    for (const auto &r : requests) {
        const bool tokenCall = r.method == "POST" && r.path == QLatin1String("/oauth2/v0/token");
        QVERIFY2(r.method == "GET" || tokenCall, qPrintable(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path));
    }
    QCOMPARE(e.concur->writeCalls(), 0);
}

void TestEndToEnd::reloginAfterIdleExpiry()
{
    sim::B1SimConfig c;
    c.sessionTimeoutMinutes = 30;
    EndToEnd e(c);
    QVERIFY(e.ready());
    e.seed(5, 0);
    QVERIFY(e.cycle().ok());
    QCOMPARE(e.b1->loginCount(), 1);
    e.sims.call([&] { e.b1->advanceClock(31 * 60); }); // the server forgets the idle session
    e.seed(5, 0, 99);
    auto s = e.cycle();
    QVERIFY(s.ok());
    QVERIFY(s->posted >= 4);
    QCOMPARE(e.b1->loginCount(), 2);
    checkLedger(e.b1->journalEntries());
}

void TestEndToEnd::expiredAccessTokenIsRefreshedOnce()
{
    EndToEnd e;
    QVERIFY(e.ready());
    e.seed(5, 0);
    QVERIFY(e.cycle().ok());
    const int refreshes = e.concur->tokenGrants(QStringLiteral("refresh_token"));
    e.concur->expireAccessTokens();
    e.seed(3, 0, 5);
    auto s = e.cycle();
    QVERIFY(s.ok());
    QVERIFY(s->errors.isEmpty());
    QCOMPARE(e.concur->tokenGrants(QStringLiteral("refresh_token")), refreshes + 1);
    QCOMPARE(e.concur->tokenGrants(QStringLiteral("password")), 1); // onboarded once only
}

void TestEndToEnd::rehomesToNewGeolocation()
{
    EndToEnd e;
    QVERIFY(e.ready());
    e.seed(4, 0);
    QVERIFY(e.cycle().ok());
    e.concur->setHomeRegion(QStringLiteral("eu2"));
    e.concur->expireAccessTokens();
    e.seed(4, 0, 77);
    auto s = e.cycle();
    QVERIFY(s.ok());
    QVERIFY2(s->errors.isEmpty(), qPrintable(s->errors.join(QLatin1Char('\n'))));
    QVERIFY(s->fetched >= 8);
    const QByteArray stored = e.secrets.read(secretkey::ConcurCompanyToken).value();
    QVERIFY(stored.contains(e.concur->baseUrl(QStringLiteral("eu2")).toUtf8()));
    bool usedEu2 = false;
    for (const auto &r : e.concur->requests())
        usedEu2 = usedEu2 || (r.region == QLatin1String("eu2") && r.method == "GET");
    QVERIFY(usedEu2);
}

void TestEndToEnd::longCollectionsArePagedCompletely()
{
    EndToEnd e;
    QVERIFY(e.ready());
    const auto docs = e.seed(1030, 0); // > 1,000 documents, 25 per Concur page
    auto s = e.cycle(true);
    QVERIFY(s.ok());
    QCOMPARE(s->fetched, 1030);
    QCOMPARE(s->posted + s->nothingToPost, expected(docs, "post"));
    checkLedger(e.b1->journalEntries());
}

void TestEndToEnd::commitThenDropGivesNoDuplicate()
{
    EndToEnd e;
    QVERIFY(e.ready());
    const auto docs = e.seed(8, 0);
    sim::B1Fault f;
    f.kind = sim::B1Fault::Kind::CommitThenDrop;
    f.count = 2;
    e.b1->injectFault(f);
    auto s = e.cycle();
    QVERIFY(s.ok());
    QCOMPARE(s->recovered, 2);
    QCOMPARE(s->posted + s->recovered + s->nothingToPost, expected(docs, "post"));
    QCOMPARE(e.b1->journalEntryCount(), s->posted + s->recovered);
    checkLedger(e.b1->journalEntries());
}

void TestEndToEnd::malformedDocumentGoesToReviewRestPosts()
{
    EndToEnd e;
    QVERIFY(e.ready());
    sim::DocumentGenerator gen(3);
    QList<sim::GeneratedDocument> docs;
    for (int i = 0; i < 4; ++i)
        docs << gen.expense();
    docs.insert(2, gen.expense(QStringLiteral("document.malformed")));
    for (const auto &d : docs)
        e.concur->addDocument(d.docType, d.document);
    auto s = e.cycle();
    QVERIFY(s.ok());
    QCOMPARE(s->review, 1);
    QCOMPARE(s->posted + s->nothingToPost, 4);
    const auto queued = e.db->ledgerInState(store::LedgerState::Review);
    QCOMPARE(queued->first().reasons.first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("document.malformed"));
}

void TestEndToEnd::mappingFixReleasesBlockedDocuments()
{
    EndToEnd e;
    QVERIFY(e.ready());
    sim::DocumentGenerator gen(8);
    // Reports of one employee B1 does not know (card-only reports owe the employee nothing and
    // post without a BP line, so not every one of them is blocked).
    for (int i = 0; i < 6; ++i) {
        sim::GeneratedDocument d = gen.expense();
        QJsonObject employee = d.document.value(QStringLiteral("employee")).toObject();
        employee.insert(QStringLiteral("employeeId"), QStringLiteral("NEW-77"));
        employee.insert(QStringLiteral("employeeFirstName"), QStringLiteral("Zoë"));
        employee.insert(QStringLiteral("employeeLastName"), QStringLiteral("Newcomer"));
        d.document.insert(QStringLiteral("employee"), employee);
        e.concur->addDocument(d.docType, d.document);
    }
    auto s = e.cycle();
    QVERIFY(s.ok());
    const auto blocked = e.db->ledgerKeysBlockedBy(QStringLiteral("vendor/employee:NEW-77"));
    QVERIFY(blocked.ok());
    QVERIFY2(blocked->size() >= 2, "the generator should give several reports owing the employee");
    QCOMPARE(s->review, int(blocked->size()));
    const int postedBefore = e.b1->journalEntryCount();
    QString supplier;
    for (const auto &bp : sim::DemoScenario::masterData().partners) {
        if (bp.usable() && supplier.isEmpty())
            supplier = bp.cardCode;
    }
    auto c = e.connections();
    QVERIFY(c.ok());
    sync::SyncEngine engine(*e.db, c.value()->source(), c.value()->target());
    store::Mapping m;
    m.kind = QStringLiteral("vendor");
    m.sourceKey = QStringLiteral("employee:NEW-77");
    m.target = supplier;
    auto released = engine.applyMapping(m, QStringLiteral("pipe:finance"));
    QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : released.error().toString()));
    QCOMPARE(released->posted, int(blocked->size()));
    QCOMPARE(e.b1->journalEntryCount(), postedBefore + int(blocked->size()));
    QCOMPARE(e.db->ledgerInState(store::LedgerState::Review)->size(), 0);
    checkLedger(e.b1->journalEntries());
}

void TestEndToEnd::batchModePostsTheSameEntries()
{
    EndToEnd e;
    QVERIFY(e.ready());
    const auto docs = e.seed(40, 0.1);
    auto s = e.cycle(true);
    QVERIFY(s.ok());
    QCOMPARE(s->posted + s->nothingToPost, expected(docs, "post"));
    QVERIFY(e.b1->requestCount(QStringLiteral("$batch"), "POST") >= 1);
    // One change set instead of one POST per entry: far fewer requests than entries.
    QVERIFY2(s->b1Requests < s->posted / 2, qPrintable(QString::number(s->b1Requests)));
    checkLedger(e.b1->journalEntries());
}

namespace {
QStringList g_messages;
void capture(QtMsgType, const QMessageLogContext &, const QString &msg) { g_messages << msg; }
}

void TestEndToEnd::noSecretInLogsOrDatabase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*=true"));
    g_messages.clear();
    const auto previous = qInstallMessageHandler(capture);
    QByteArray refreshToken;
    {
        EndToEnd e;
        QVERIFY(e.ready());
        e.seed(20, 0.3);
        sim::B1Fault f;
        f.kind = sim::B1Fault::Kind::CommitThenDrop;
        e.b1->injectFault(f);
        QVERIFY(e.cycle().ok());
        e.concur->expireAccessTokens();
        e.sims.call([&] { e.b1->advanceClock(3600); });
        QVERIFY(e.cycle().ok());
        refreshToken = e.secrets.read(secretkey::ConcurCompanyToken).value();
        e.conns->shutdown();
        e.conns.reset();
        const QByteArray dbBytes = [&] {
            QFile f(e.dir.filePath(QStringLiteral("ml-connector.db")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        for (const char *secret : {EndToEnd::kClientSecret, EndToEnd::kRequestToken, EndToEnd::kB1Password})
            QVERIFY2(!dbBytes.contains(secret), "a secret was written to the database");
        e.db.reset();
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!g_messages.isEmpty());
    const QString all = g_messages.join(QLatin1Char('\n'));
    for (const char *secret : {EndToEnd::kClientSecret, EndToEnd::kRequestToken, EndToEnd::kB1Password})
        QVERIFY2(!all.contains(QLatin1String(secret)), "a secret appeared in the log");
    const QString rt = QJsonDocument::fromJson(refreshToken).object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt.isEmpty());
    QVERIFY2(!all.contains(rt), "the refresh token appeared in the log");
}

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
