// The real OS keychain. On Linux ctest runs this inside run-with-keyring.sh (a private D-Bus session
// with an unlocked gnome-keyring and a throw-away HOME), which sets MLC_KEYCHAIN_REQUIRED=1 so a
// missing backend fails the test; run by hand without a keyring, it skips.
#include "secrets/keychainsecretstore.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace mlc;

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

private:
    const QString m_service = QStringLiteral("ml-connector-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_key = QStringLiteral("test/secret");

    static QByteArray randomValue()
    {
        QByteArray v(48, Qt::Uninitialized);
        for (char &c : v)
            c = char(QRandomGenerator::global()->bounded(256)); // all byte values: binary safety
        return v;
    }

private slots:
    void initTestCase()
    {
        KeychainSecretStore store(m_service);
        auto probe = store.read(QStringLiteral("probe/none"));
        if (!probe.ok() && probe.error().code != QLatin1String("secret.not_found")) {
            if (qEnvironmentVariableIsSet("MLC_KEYCHAIN_REQUIRED"))
                QFAIL(qPrintable(QStringLiteral("keychain unavailable: ") + probe.error().toString()));
            QSKIP(qPrintable(QStringLiteral("no keychain here (") + probe.error().code
                             + QStringLiteral("); ctest runs this test inside run-with-keyring.sh")));
        }
    }

    void writeReadDelete()
    {
        KeychainSecretStore store(m_service);
        QCOMPARE(store.backendName(), QStringLiteral("keychain (") + m_service + QLatin1Char(')'));
        const QByteArray first = randomValue();
        auto w = store.write(m_key, first);
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().toString()));
        auto r = store.read(m_key);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY2(r.value() == first, "read value differs from the written one"); // never print it

        const QByteArray second = randomValue();
        QVERIFY(store.write(m_key, second).ok());
        r = store.read(m_key);
        QVERIFY(r.ok());
        QVERIFY2(r.value() == second, "overwrite did not replace the value");

        // A second store object for the same service sees the same entry (it lives in the keychain).
        KeychainSecretStore other(m_service);
        auto o = other.read(m_key);
        QVERIFY(o.ok());
        QVERIFY(o.value() == second);

        QVERIFY(store.remove(m_key).ok());
        auto gone = store.read(m_key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, QStringLiteral("secret.not_found"));
        QVERIFY(store.remove(m_key).ok()); // idempotent
    }

    void servicesAreSeparate()
    {
        KeychainSecretStore a(m_service);
        KeychainSecretStore b(m_service + QStringLiteral("-other"));
        QVERIFY(a.write(m_key, "a-value").ok());
        auto r = b.read(m_key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("secret.not_found"));
        QVERIFY(a.remove(m_key).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
