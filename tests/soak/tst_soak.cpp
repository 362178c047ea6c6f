// Soak: the real console service (`ml-connector run --console --pipe …`) for minutes against both
// simulators, with the B1 session expiring after a few idle seconds, Concur access tokens that live
// five seconds, and new approved documents arriving all the time. The gaps between cycles vary
// (every 2 s / 3 s: inside the idle timeout; every 6 s and pauses: after it), so the run proves both
// that the warm B1 session is reused and that a real expiry costs exactly one login and no failed
// cycle. Duration: MLC_SOAK_SECONDS (default 300).
#include "../service/consoleservicefixture.h"

#include "accounting/documentidentity.h"
#include "core/decimal.h"
#include "ipc/ipcclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <iterator>

using namespace mlc;

namespace {

constexpr int kIdleTimeoutSeconds = 4;   // the simulated B1 idle expiry
constexpr int kAccessTokenSeconds = 5;   // Concur access token lifetime
constexpr int kDefaultSoakSeconds = 300;
constexpr int kMinSoakSeconds = 30;      // shorter trial runs still see every kind of gap
constexpr int kFeedIntervalMs = 1500;    // a new approved document this often

int soakSeconds()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("MLC_SOAK_SECONDS", &ok);
    return ok ? std::max(fromEnv, kMinSoakSeconds) : kDefaultSoakSeconds;
}

// The gaps the run cycles through. A pause longer than the idle timeout (or a schedule slower than
// it) makes the next cycle meet an expired session; a fast schedule keeps it warm.
struct Phase {
    const char *spec; // schedule while the phase lasts; nullptr = paused
    int seconds;
};
const Phase kPhases[] = {
    {"every 2s", 20}, // warm
    {nullptr, 7},     // paused: expiry
    {"every 3s", 21}, // warm
    {"every 6s", 18}, // every gap expires
    {nullptr, 5},     // paused: expiry
};

QString errorText(const Result<QJsonObject> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

QJsonObject statusOf(ipc::IpcClient &client)
{
    auto r = client.call(QStringLiteral("status"));
    return r.ok() ? r.value() : QJsonObject();
}

// settings.set is refused with "busy" while a cycle is inside a transaction: try again shortly.
Result<QJsonObject> setSchedule(ipc::IpcClient &client, const QString &spec)
{
    Result<QJsonObject> r = makeError(QStringLiteral("soak"), QStringLiteral("not tried"));
    for (int attempt = 0; attempt < 200; ++attempt) {
        r = client.call(QStringLiteral("settings.set"),
                        {{QStringLiteral("key"), QStringLiteral("schedule/spec")}, {QStringLiteral("value"), spec}});
        if (r.ok() || !r.error().code.contains(QLatin1String("busy")))
            return r;
        QTest::qWait(50);
    }
    return r;
}

// Per entry: local debits == credits; for foreign-currency entries (B1 converts each line, so the
// local side may differ by a rounding cent) the document-currency debits == credits.
QStringList unbalancedEntries(const QList<QJsonObject> &entries)
{
    QStringList bad;
    for (const QJsonObject &entry : entries) {
        Decimal debit, credit, fcDebit, fcCredit;
        bool foreign = false;
        for (const QJsonValue &v : entry.value(QStringLiteral("JournalEntryLines")).toArray()) {
            const QJsonObject line = v.toObject();
            foreign = foreign || !line.value(QStringLiteral("FCCurrency")).toString().isEmpty();
            debit += Decimal::fromJson(line.value(QStringLiteral("Debit"))).value_or(Decimal());
            credit += Decimal::fromJson(line.value(QStringLiteral("Credit"))).value_or(Decimal());
            fcDebit += Decimal::fromJson(line.value(QStringLiteral("FCDebit"))).value_or(Decimal());
            fcCredit += Decimal::fromJson(line.value(QStringLiteral("FCCredit"))).value_or(Decimal());
        }
        const bool balanced = foreign ? fcDebit == fcCredit : debit == credit;
        if (!balanced || (!foreign && debit.isZero()))
            bad << entry.value(QStringLiteral("Reference3")).toString() + QStringLiteral(": ") + debit.toString(2) +
                       QStringLiteral(" / ") + credit.toString(2) + QStringLiteral(" FC ") + fcDebit.toString(2) +
                       QStringLiteral(" / ") + fcCredit.toString(2);
    }
    return bad;
}

} // namespace

class TestSoak : public QObject {
    Q_OBJECT
private slots:
    void serviceSurvivesExpiriesAndKeepsPostingOnce();
};

void TestSoak::serviceSurvivesExpiriesAndKeepsPostingOnce()
{
    const int duration = soakSeconds();
    sim::B1SimConfig b1;
    b1.sessionTimeoutMinutes = 30; // advertised in the Login answer, as the real SL does
    b1.sessionTimeoutSecondsOverride = kIdleTimeoutSeconds;
    sim::ConcurSimConfig concur;
    concur.accessTokenSeconds = kAccessTokenSeconds;
    test::EndToEnd e(b1, concur);
    QVERIFY(e.ready());

    // Documents: a first batch, then one more every kFeedIntervalMs; about one in nine is a
    // deliberate review case (it must wait in the review queue, never post, never fail a cycle).
    QList<sim::GeneratedDocument> docs = e.seed(10, 0.1, 4242);
    sim::DocumentGenerator gen(777);
    int fed = 0;
    QTimer feeder;
    feeder.setInterval(kFeedIntervalMs);
    QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] {
        const bool expense = fed % 2 == 0;
        const QString docType = expense ? QStringLiteral("expense") : QStringLiteral("invoice");
        QString reason;
        if (fed % 9 == 8) {
            const QStringList reasons = sim::DocumentGenerator::reviewReasons(docType);
            reason = reasons.at((fed / 9) % reasons.size());
        }
        const sim::GeneratedDocument d = expense ? gen.expense(reason) : gen.invoice(reason);
        e.concur->addDocument(d.docType, d.document);
        docs << d;
        ++fed;
    });

    test::Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(QStringLiteral("tst_soak"));
    QVERIFY2(svc.connect(client), svc.proc.readAll().constData());

    // Every cycle.finished: ok, errors and the B1 login count after it (reuse vs. re-login).
    int cycles = 0;
    int reusedCycles = 0;
    int lastLogins = 0;
    QStringList failures;
    QObject::connect(&client, &ipc::IpcClient::eventReceived, &client,
                     [&](const QString &event, const QJsonObject &data) {
                         if (event != QLatin1String("cycle.finished"))
                             return;
                         ++cycles;
                         const int logins = data.value(QStringLiteral("b1Logins")).toInt();
                         if (cycles > 1 && logins == lastLogins)
                             ++reusedCycles;
                         lastLogins = logins;
                         if (!data.value(QStringLiteral("ok")).toBool()
                             || !data.value(QStringLiteral("errors")).toArray().isEmpty())
                             failures << QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
                     });

    QElapsedTimer clock;
    clock.start();
    feeder.start();
    QString currentSpec;
    bool paused = false;
    for (int i = 0; clock.elapsed() < qint64(duration) * 1000; ++i) {
        const Phase &phase = kPhases[size_t(i) % std::size(kPhases)];
        if (!phase.spec) {
            auto r = client.call(QStringLiteral("pause"));
            QVERIFY2(r.ok(), qPrintable(errorText(r)));
            paused = true;
        } else {
            if (paused) {
                auto r = client.call(QStringLiteral("resume"));
                QVERIFY2(r.ok(), qPrintable(errorText(r)));
                paused = false;
            }
            if (currentSpec != QLatin1String(phase.spec)) {
                currentSpec = QLatin1String(phase.spec);
                auto r = setSchedule(client, currentSpec);
                QVERIFY2(r.ok(), qPrintable(errorText(r)));
            }
        }
        const qint64 left = qint64(duration) * 1000 - clock.elapsed();
        QTest::qWait(int(std::min<qint64>(qint64(phase.seconds) * 1000, std::max<qint64>(left, 0))));
        QVERIFY2(svc.proc.state() == QProcess::Running, svc.proc.readAll().constData());
    }
    feeder.stop();
    const qint64 soakMs = clock.elapsed();

    // Drain: no more scheduled runs; once the running cycle (if any) is over, one explicit run picks
    // up every document that arrived last.
    QVERIFY(client.call(QStringLiteral("pause")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(client).value(QStringLiteral("state")).toString(), QStringLiteral("paused"), 120000);
    auto last = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 300000);
    QVERIFY2(last.ok(), qPrintable(errorText(last)));
    QTRY_COMPARE_WITH_TIMEOUT(cycles, statusOf(client).value(QStringLiteral("cycles")).toInt(), 10000);

    // B1 and Concur counters now, before the stop's logout touches the session.
    const int b1Logins = e.b1->loginCount();
    const int idleExpiries = e.b1->idleExpiries();
    const int rejections = e.b1->sessionRejections();
    const int refreshes = e.concur->tokenGrants(QStringLiteral("refresh_token"));
    const int passwordGrants = e.concur->tokenGrants(QStringLiteral("password"));
    const int concur401 = e.concur->unauthorizedCount();
    const QList<QJsonObject> entries = e.b1->journalEntries();

    QSet<QString> expectedKeys;
    int expectedReview = 0;
    for (const sim::GeneratedDocument &d : std::as_const(docs)) {
        if (d.expectedOutcome == QLatin1String("post"))
            expectedKeys.insert(accounting::identify(d.docType, d.document).idemKey);
        else
            ++expectedReview;
    }
    QSet<QString> postedKeys;
    QStringList duplicates;
    for (const QJsonObject &entry : entries) {
        const QString key = entry.value(QStringLiteral("Reference3")).toString();
        if (postedKeys.contains(key))
            duplicates << key;
        postedKeys.insert(key);
    }

    qInfo().noquote() << QStringLiteral(
                             "\nsoak summary\n"
                             "  duration          %1 s (phases: every 2s / pause 7s / every 3s / every 6s / pause 5s)\n"
                             "  cycles            %2 (%3 reused the B1 session)\n"
                             "  documents         %4 generated, %5 posted, %6 to review\n"
                             "  B1 logins         %7\n"
                             "  B1 idle expiries  %8 (401 answers: %9)\n"
                             "  Concur refreshes  %10 (password grants %11, 401 answers %12)\n"
                             "  failed cycles     %13")
                             .arg(soakMs / 1000)
                             .arg(cycles)
                             .arg(reusedCycles)
                             .arg(docs.size())
                             .arg(entries.size())
                             .arg(expectedReview)
                             .arg(b1Logins)
                             .arg(idleExpiries)
                             .arg(rejections)
                             .arg(refreshes)
                             .arg(passwordGrants)
                             .arg(concur401)
                             .arg(failures.size());

    // No cycle failed: no 401 (B1 expiry or Concur token expiry) ever surfaced as a failure.
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY2(last->value(QStringLiteral("ok")).toBool(), QJsonDocument(*last).toJson().constData());

    // Every document that should post is in B1 exactly once, and balances.
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1Char(' '))));
    QCOMPARE(postedKeys.size(), expectedKeys.size());
    QCOMPARE(postedKeys, expectedKeys);
    const QStringList unbalanced = unbalancedEntries(entries);
    QVERIFY2(unbalanced.isEmpty(), qPrintable(unbalanced.join(QLatin1Char('\n'))));

    // The ledger agrees, nothing is in flight, the review cases wait in review.
    auto st = client.call(QStringLiteral("status"));
    QVERIFY2(st.ok(), qPrintable(errorText(st)));
    QCOMPARE(st->value(QStringLiteral("consecutiveFailures")).toInt(), 0);
    QVERIFY2(!st->contains(QStringLiteral("lastError")), qPrintable(st->value(QStringLiteral("lastError")).toString()));
    const QJsonObject ledger = st->value(QStringLiteral("ledger")).toObject();
    QCOMPARE(ledger.value(QStringLiteral("posted")).toInt(), int(expectedKeys.size()));
    QCOMPARE(ledger.value(QStringLiteral("posting")).toInt(), 0);
    QCOMPARE(ledger.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(st->value(QStringLiteral("reviewCount")).toInt(), expectedReview);

    // B1 sessions: one login at the start, then exactly one per real idle expiry (no re-login storm,
    // no needless proactive login); expiries did happen, and most cycles reused the warm session.
    QVERIFY2(idleExpiries > 0, "no gap outlasted the idle timeout: the soak did not test expiry");
    QCOMPARE(b1Logins, idleExpiries + 1);
    QCOMPARE(rejections, idleExpiries); // each expiry cost one 401, answered by one login and one replay
    QVERIFY2(cycles >= 2 * b1Logins, qPrintable(QStringLiteral("%1 cycles, %2 logins").arg(cycles).arg(b1Logins)));
    QVERIFY(reusedCycles > 0);

    // Concur: onboarded once, then refresh grants as the five-second tokens ran out, no refresh storm.
    QCOMPARE(passwordGrants, 1);
    QVERIFY(refreshes > 0);
    QVERIFY2(refreshes <= 2 * cycles, qPrintable(QStringLiteral("%1 refreshes for %2 cycles").arg(refreshes).arg(cycles)));

    // Graceful stop: exit 0, the B1 session logged out, no secret in the log.
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(60000));
    const QByteArray log = svc.proc.readAll();
    QVERIFY2(svc.proc.exitStatus() == QProcess::NormalExit && svc.proc.exitCode() == 0, log.right(4000).constData());
    QCOMPARE(e.b1->logoutCount(), 1);
    QVERIFY(!log.contains(test::EndToEnd::kB1Password));
    QVERIFY(!log.contains(test::EndToEnd::kClientSecret));
    QVERIFY(!log.contains(test::EndToEnd::kRequestToken));
}

// Qt Test aborts a test function after QTEST_FUNCTION_TIMEOUT (default five minutes), which a soak
// run outlasts by design: allow the soak duration plus ten minutes for start-up, drain and stop.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((qint64(soakSeconds()) + 600) * 1000));
    QCoreApplication app(argc, argv);
    TestSoak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_soak.moc"
