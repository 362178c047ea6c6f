// Who may operate the connector over the pipe (POSIX credential policy, design §5), and as what:
// the operator/admin role (issue #7 item 8) decided from the kernel's or the token's view of the
// peer, never from what it says. The real peers are in tst_ipcserver (a refused uid) and
// tests/service/tst_pipeaccess (an operator refused an admin method).
#include "ipc/peeraccess.h"

#include <QTest>

using namespace mlc::ipc;

Q_DECLARE_METATYPE(mlc::ipc::PeerCredentials)
Q_DECLARE_METATYPE(mlc::ipc::AccessPolicy)

namespace {
PeerCredentials creds(qint64 uid, qint64 gid, QList<qint64> groups = {}, bool valid = true)
{
    PeerCredentials c;
    c.valid = valid;
    c.pid = 4242;
    c.uid = uid;
    c.gid = gid;
    c.groups = groups;
    return c;
}
} // namespace

class TestPeerAccess : public QObject
{
    Q_OBJECT
private slots:
    void permitted_data()
    {
        QTest::addColumn<PeerCredentials>("peer");
        QTest::addColumn<AccessPolicy>("policy");
        QTest::addColumn<bool>("expected");
        const AccessPolicy withGroup{/*serviceUid*/ 990, /*operatorsGid*/ 1500, {}};
        const AccessPolicy noGroup{990, -1, {}};
        QTest::newRow("service user") << creds(990, 990) << withGroup << true;
        QTest::newRow("root") << creds(0, 0) << withGroup << true;
        QTest::newRow("operator by primary group") << creds(1001, 1500) << withGroup << true;
        QTest::newRow("operator by supplementary group") << creds(1001, 1001, {1001, 27, 1500}) << withGroup << true;
        QTest::newRow("stranger") << creds(1002, 1002, {1002, 100}) << withGroup << false;
        QTest::newRow("stranger, service gid only") << creds(1002, 990, {990}) << withGroup << false;
        QTest::newRow("operator but group missing") << creds(1001, 1500, {1500}) << noGroup << false;
        QTest::newRow("service user, no group") << creds(990, 990) << noGroup << true;
        QTest::newRow("unknown credentials") << creds(990, 990, {}, false) << withGroup << false;
        QTest::newRow("negative uid") << creds(-1, 1500, {1500}) << withGroup << false;
    }

    void permitted()
    {
        QFETCH(PeerCredentials, peer);
        QFETCH(AccessPolicy, policy);
        QFETCH(bool, expected);
        QCOMPARE(peerPermitted(peer, policy), expected);
    }

    void role_data()
    {
        QTest::addColumn<PeerCredentials>("peer");
        QTest::addColumn<AccessPolicy>("policy");
        QTest::addColumn<QString>("expected");
        const AccessPolicy posix{/*serviceUid*/ 990, /*operatorsGid*/ 1500, {}};
        const AccessPolicy windows{-1, -1, QStringLiteral("S-1-5-80-1111")}; // NT SERVICE\ml-connector
        // POSIX: root and the service user are admins; the operators group grants operator only.
        QTest::newRow("root") << creds(0, 0) << posix << QStringLiteral("admin");
        QTest::newRow("service user") << creds(990, 990) << posix << QStringLiteral("admin");
        QTest::newRow("operator") << creds(1001, 1500, {1500}) << posix << QStringLiteral("operator");
        QTest::newRow("operator in gid 0 is no admin") << creds(1001, 0, {0, 1500}) << posix << QStringLiteral("operator");
        QTest::newRow("unknown credentials claiming root") << creds(0, 0, {}, false) << posix << QStringLiteral("operator");
        // Windows: from the impersonated token.
        PeerCredentials system = creds(-1, -1);
        system.sid = QStringLiteral("S-1-5-18");
        system.administrator = true;
        QTest::newRow("SYSTEM") << system << windows << QStringLiteral("admin");
        PeerCredentials elevated = creds(-1, -1);
        elevated.sid = QStringLiteral("S-1-5-21-1-2-3-500");
        elevated.administrator = true;
        QTest::newRow("elevated administrator") << elevated << windows << QStringLiteral("admin");
        PeerCredentials filtered = creds(-1, -1);
        filtered.sid = QStringLiteral("S-1-5-21-1-2-3-1001"); // Administrators deny-only (UAC): not counted
        QTest::newRow("admin account, not elevated") << filtered << windows << QStringLiteral("operator");
        PeerCredentials serviceAccount = creds(-1, -1);
        serviceAccount.sid = QStringLiteral("S-1-5-80-1111");
        QTest::newRow("the service's own account") << serviceAccount << windows << QStringLiteral("admin");
        PeerCredentials unknownToken = creds(-1, -1, {}, false);
        unknownToken.administrator = true;
        QTest::newRow("token not read") << unknownToken << windows << QStringLiteral("operator");
    }

    void role()
    {
        QFETCH(PeerCredentials, peer);
        QFETCH(AccessPolicy, policy);
        QFETCH(QString, expected);
        QCOMPARE(roleName(peerRole(peer, policy)), expected);
    }
};

QTEST_APPLESS_MAIN(TestPeerAccess)
#include "tst_peeraccess.moc"
