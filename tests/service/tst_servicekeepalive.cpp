// The daily Concur keep-alive of the service core (design §4, issue #3 item 3): with no cycle
// running, the core refreshes the company token when the last grant is older than
// concur/keepAliveHours, and not otherwise; a failed refresh is an authentication failure in the
// log, not the end of the service. In-process against the Concur simulator; the check interval is
// shortened and the clock moved instead of waiting a day.
#include "../integration/endtoendfixture.h"

#include "servicecore/servicecore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace mlc;

class TestServiceKeepAlive : public QObject {
    Q_OBJECT
private slots:
    void refreshesOnlyWhenDue_data();
    void refreshesOnlyWhenDue();
    void failedRefreshIsNotFatal();
};

namespace {

// Onboards the company (password grant) as the first cycle would; returns false on failure.
bool onboard(test::EndToEnd &e)
{
    auto c = e.connections();
    return c.ok() && c.value()->testConcur().ok();
}

service::ServiceOptions options(test::EndToEnd &e, int clockOffsetHours)
{
    service::ServiceOptions o;
    o.pipeName = e.dir.filePath(QStringLiteral("keepalive.sock"));
    o.keepAliveCheckMs = 50;
    if (clockOffsetHours != 0)
        o.clock = [clockOffsetHours] { return QDateTime::currentDateTimeUtc().addSecs(qint64(clockOffsetHours) * 3600); };
    return o;
}

} // namespace

void TestServiceKeepAlive::refreshesOnlyWhenDue_data()
{
    QTest::addColumn<QString>("keepAliveHours"); // setting concur/keepAliveHours; empty: default 23
    QTest::addColumn<int>("clockOffsetHours");    // how far the service's clock is ahead
    QTest::addColumn<bool>("expectRefresh");
    QTest::newRow("just onboarded: not due") << QString() << 0 << false;
    QTest::newRow("22 hours later: not due") << QString() << 22 << false;
    QTest::newRow("a day later: due") << QString() << 24 << true;
    QTest::newRow("keepAliveHours 0: due at every check") << QStringLiteral("0") << 0 << true;
    QTest::newRow("keepAliveHours 48, a day later: not due") << QStringLiteral("48") << 24 << false;
}

void TestServiceKeepAlive::refreshesOnlyWhenDue()
{
    QFETCH(QString, keepAliveHours);
    QFETCH(int, clockOffsetHours);
    QFETCH(bool, expectRefresh);
    test::EndToEnd e;
    QVERIFY(e.ready());
    QVERIFY(e.db->setSetting(QStringLiteral("schedule/spec"), QStringLiteral("0 0 1 1 *")).ok()); // no scheduled cycle
    if (!keepAliveHours.isEmpty())
        QVERIFY(e.db->setSetting(QStringLiteral("concur/keepAliveHours"), keepAliveHours).ok());
    QVERIFY(onboard(e));
    const int refreshesBefore = e.concur->tokenGrants(QStringLiteral("refresh_token"));

    service::ServiceCore core(*e.db, e.secrets, [&e] { return e.connections(); });
    QSignalSpy checks(&core, &service::ServiceCore::keepAliveChecked);
    QVERIFY(core.start(options(e, clockOffsetHours)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(checks.count() >= 3, 20000);
    core.stop();

    const int refreshes = e.concur->tokenGrants(QStringLiteral("refresh_token")) - refreshesBefore;
    int refreshedChecks = 0;
    for (const QList<QVariant> &c : std::as_const(checks))
        refreshedChecks += c.at(0).toBool() ? 1 : 0;
    if (expectRefresh) {
        QVERIFY(refreshes >= 1);
        QCOMPARE(refreshes, refreshedChecks); // every reported refresh is one grant at Concur
    } else {
        QCOMPARE(refreshes, 0);
        QCOMPARE(refreshedChecks, 0);
    }
    // All of it without a sync cycle and without touching B1.
    QCOMPARE(core.status().value(QStringLiteral("cycles")).toInt(), 0);
    QCOMPARE(e.b1->loginCount(), 0);
    QCOMPARE(e.concur->tokenGrants(QStringLiteral("password")), 1);
}

void TestServiceKeepAlive::failedRefreshIsNotFatal()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    QVERIFY(e.db->setSetting(QStringLiteral("schedule/spec"), QStringLiteral("0 0 1 1 *")).ok());
    QVERIFY(onboard(e));
    e.concur->revokeRefreshTokens(); // Concur answers the refresh grant with an error

    service::ServiceCore core(*e.db, e.secrets, [&e] { return e.connections(); });
    QSignalSpy checks(&core, &service::ServiceCore::keepAliveChecked);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^authentication failure: the Concur keep-alive")));
    QVERIFY(core.start(options(e, 24)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(checks.count() >= 2, 20000);
    for (const QList<QVariant> &c : std::as_const(checks))
        QCOMPARE(c.at(0).toBool(), false);
    // Still running and answering: the failure is reported, the service goes on.
    QCOMPARE(core.state(), service::ServiceCore::State::Idle);
    QCOMPARE(e.concur->tokenGrants(QStringLiteral("refresh_token")), 0);
    core.stop();
    QCOMPARE(core.state(), service::ServiceCore::State::Stopped);
}

QTEST_GUILESS_MAIN(TestServiceKeepAlive)
#include "tst_servicekeepalive.moc"
