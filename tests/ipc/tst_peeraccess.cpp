// Who may operate the connector over the pipe (POSIX credential policy, design §5).
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
        const AccessPolicy withGroup{/*serviceUid*/ 990, /*operatorsGid*/ 1500};
        const AccessPolicy noGroup{990, -1};
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
};

QTEST_APPLESS_MAIN(TestPeerAccess)
#include "tst_peeraccess.moc"
