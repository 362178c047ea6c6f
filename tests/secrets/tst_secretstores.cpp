// The SecretStore contract, checked on every backend that runs without a desktop session
// (memory and file), plus the spec factory the service uses to pick a backend.
#include "secrets/filesecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretstorefactory.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace mlc;

class TestSecretStores : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> make(const QString &backend)
    {
        if (backend == QLatin1String("memory"))
            return std::make_unique<MemorySecretStore>();
        static int n = 0;
        return std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets-%1.json").arg(++n)));
    }
    static void addBackends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("file") << QStringLiteral("file");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripIsBinarySafe_data() { addBackends(); }
    void roundTripIsBinarySafe()
    {
        QFETCH(QString, backend);
        auto store = make(backend);
        const QByteArray binary("a\0b\xff\xfe\n\"}", 9);
        const QByteArray token = QByteArrayLiteral("{\"refresh_token\":\"r-1\",\"geolocation\":\"https://us.api\"}");
        QVERIFY(store->write(secretkey::B1Password, binary).ok());
        QVERIFY(store->write(secretkey::ConcurCompanyToken, token).ok());
        auto a = store->read(secretkey::B1Password);
        auto b = store->read(secretkey::ConcurCompanyToken);
        QVERIFY(a.ok());
        QVERIFY(b.ok());
        // QVERIFY, not QCOMPARE: a failing comparison must not print the secret.
        QVERIFY(a.value() == binary);
        QVERIFY(b.value() == token);
    }

    void overwriteReplaces_data() { addBackends(); }
    void overwriteReplaces()
    {
        QFETCH(QString, backend);
        auto store = make(backend);
        QVERIFY(store->write(secretkey::ConcurClientSecret, "old").ok());
        QVERIFY(store->write(secretkey::ConcurClientSecret, "new").ok());
        auto r = store->read(secretkey::ConcurClientSecret);
        QVERIFY(r.ok());
        QVERIFY(r.value() == "new");
    }

    void missingKeyIsNotFound_data() { addBackends(); }
    void missingKeyIsNotFound()
    {
        QFETCH(QString, backend);
        auto store = make(backend);
        auto r = store->read(QStringLiteral("nope/none"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("secret.not_found"));
    }

    void removeDeletesAndIsIdempotent_data() { addBackends(); }
    void removeDeletesAndIsIdempotent()
    {
        QFETCH(QString, backend);
        auto store = make(backend);
        QVERIFY(store->write(secretkey::B1Password, "pw-1").ok());
        QVERIFY(store->write(secretkey::ConcurClientSecret, "cs-1").ok());
        QVERIFY(store->remove(secretkey::B1Password).ok());
        QCOMPARE(store->read(secretkey::B1Password).error().code, QStringLiteral("secret.not_found"));
        QVERIFY(store->remove(secretkey::B1Password).ok()); // already gone: still fine
        auto other = store->read(secretkey::ConcurClientSecret);
        QVERIFY(other.ok());
        QVERIFY(other.value() == "cs-1");
    }

    void emptyKeyRefused_data() { addBackends(); }
    void emptyKeyRefused()
    {
        QFETCH(QString, backend);
        auto store = make(backend);
        auto r = store->write(QString(), "x");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("secret.invalid_key"));
    }

    void factory_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("backendName"); // empty: the spec must be refused
        QTest::newRow("default") << QString() << QStringLiteral("keychain (ml-connector)");
        QTest::newRow("keychain") << QStringLiteral("keychain") << QStringLiteral("keychain (ml-connector)");
        QTest::newRow("keychain:svc") << QStringLiteral("keychain:acme-prod") << QStringLiteral("keychain (acme-prod)");
#ifdef Q_OS_WIN
        QTest::newRow("file") << QStringLiteral("file:/etc/mlc/secrets.json") << QStringLiteral("file (owner-only)");
#else
        QTest::newRow("file") << QStringLiteral("file:/etc/mlc/secrets.json") << QStringLiteral("file (0600)");
#endif
        QTest::newRow("memory") << QStringLiteral("memory") << QStringLiteral("memory");
        QTest::newRow("keychain: no service") << QStringLiteral("keychain:") << QString();
        QTest::newRow("file: no path") << QStringLiteral("file:") << QString();
        QTest::newRow("unknown") << QStringLiteral("plaintext:/tmp/x") << QString();
    }
    void factory()
    {
        QFETCH(QString, spec);
        QFETCH(QString, backendName);
        QString error;
        auto store = spec.isNull() ? createSecretStore() : createSecretStore(spec, &error);
        if (backendName.isEmpty()) {
            QVERIFY(!store);
            QVERIFY2(!error.isEmpty(), "a refused spec must say why");
        } else {
            QVERIFY(store);
            QCOMPARE(store->backendName(), backendName);
        }
    }
    void factoryFileStoreUsesThePath()
    {
        const QString path = m_dir.filePath(QStringLiteral("factory.json"));
        auto store = createSecretStore(QStringLiteral("file:") + path);
        QVERIFY(store);
        QVERIFY(store->write(secretkey::B1Password, "pw").ok());
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secretstores.moc"
