// The explicit headless-Linux secret file: owner-only permissions, refusal of a file others can
// read, atomic writes, persistence, and errors that never echo a secret.
#include "secrets/filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QByteArray kSecret = QByteArrayLiteral("s3cr3t-Value-Never-Printed");

bool writeRaw(const QString &path, const QByteArray &data, QFileDevice::Permissions perms)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(data);
    f.close();
    return QFile::setPermissions(path, perms);
}
} // namespace

class TestFileSecretStore : public QObject {
    Q_OBJECT

private slots:
    void backendNameWarns()
    {
        FileSecretStore store(QStringLiteral("/nonexistent/x.json"));
        QCOMPARE(store.backendName(), QStringLiteral("file (0600)"));
    }

    void createdOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/secrets.json")); // parent is created too
        FileSecretStore store(path);
        QVERIFY(store.check().ok()); // a missing file is fine: created on first write
        QVERIFY(!QFile::exists(path));
        QVERIFY(store.write(secretkey::B1Password, kSecret).ok());
        QVERIFY(QFile::exists(path));
#ifdef Q_OS_LINUX
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), kOwnerOnly);
#endif
        // Rewriting keeps it owner-only and leaves no temporary file behind.
        QVERIFY(store.write(secretkey::ConcurClientSecret, "cs").ok());
#ifdef Q_OS_LINUX
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), kOwnerOnly);
#endif
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files), QStringList{QStringLiteral("secrets.json")});
    }

    void persistsAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        QVERIFY(FileSecretStore(path).write(secretkey::ConcurCompanyToken, kSecret).ok());
        FileSecretStore again(path);
        auto r = again.read(secretkey::ConcurCompanyToken);
        QVERIFY(r.ok());
        QVERIFY(r.value() == kSecret);
    }

#ifndef Q_OS_WIN
    void refusesFileReadableByOthers_data()
    {
        QTest::addColumn<int>("perms");
        QTest::newRow("0644") << int(kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QTest::newRow("0640") << int(kOwnerOnly | QFileDevice::ReadGroup);
        QTest::newRow("0604") << int(kOwnerOnly | QFileDevice::ReadOther);
        QTest::newRow("0620") << int(kOwnerOnly | QFileDevice::WriteGroup);
    }
    void refusesFileReadableByOthers()
    {
        QFETCH(int, perms);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        const QByteArray content = "{\"secrets\":{\"sapb1/password\":\"" + kSecret.toBase64() + "\"}}";
        QVERIFY(writeRaw(path, content, QFileDevice::Permissions(perms)));

        FileSecretStore store(path);
        auto check = store.check();
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, QStringLiteral("secret.insecure_file"));
        QVERIFY2(check.error().message.contains(QLatin1String("chmod 600")), qPrintable(check.error().message));

        auto r = store.read(secretkey::B1Password);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("secret.insecure_file"));
        auto w = store.write(secretkey::B1Password, "other");
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, QStringLiteral("secret.insecure_file"));
        // Refusal does not "fix" or rewrite the admin's file.
        QCOMPARE(int(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser)), perms);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);

        // After chmod 600 the same file works.
        QVERIFY(QFile::setPermissions(path, kOwnerOnly));
        auto ok = store.read(secretkey::B1Password);
        QVERIFY(ok.ok());
        QVERIFY(ok.value() == kSecret);
    }
#endif

    void malformedFileIsAClearErrorWithoutContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        QVERIFY(writeRaw(path, "{\"secrets\": " + kSecret, kOwnerOnly));
        FileSecretStore store(path);
        auto r = store.read(secretkey::B1Password);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("secret.file"));
        QVERIFY(!r.error().toString().contains(QString::fromLatin1(kSecret)));
        // A write must not clobber a file it could not understand.
        QVERIFY(!store.write(secretkey::B1Password, "x").ok());
    }

    void errorsNeverEchoTheSecret()
    {
        QTemporaryDir dir;
        FileSecretStore store(dir.filePath(QStringLiteral("secrets.json")));
        QVERIFY(store.write(secretkey::B1Password, kSecret).ok());
        auto r = store.read(QStringLiteral("missing"));
        QVERIFY(!r.ok());
        QVERIFY(!r.error().toString().contains(QString::fromLatin1(kSecret)));
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
