// The explicit headless-Linux secret file: owner-only permissions, refusal of a file others can
// read, atomic writes, persistence, and errors that never echo a secret.
#include "secrets/filesecretstore.h"
#ifdef Q_OS_WIN
#include "secrets/ownerfile.h"
#endif

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#include <aclapi.h>
#include <sddl.h>
#endif

using namespace mlc;

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QByteArray kSecret = QByteArrayLiteral("s3cr3t-Value-Never-Printed");

#ifdef Q_OS_WIN
QString sidText(PSID sid)
{
    wchar_t *text = nullptr;
    if (!ConvertSidToStringSidW(sid, &text))
        return {};
    const QString s = QString::fromWCharArray(text);
    LocalFree(text);
    return s;
}

QString currentUserSid()
{
    HANDLE token = nullptr;
    OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token);
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QByteArray buf(int(size), '\0');
    GetTokenInformation(token, TokenUser, buf.data(), size, &size);
    CloseHandle(token);
    return sidText(reinterpret_cast<TOKEN_USER *>(buf.data())->User.Sid);
}

// The SIDs the file's DACL allows anything, and whether the DACL is protected.
QStringList allowedSids(const QString &path, bool *isProtected)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetNamedSecurityInfoW(native.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl, nullptr, &sd)
        != ERROR_SUCCESS)
        return {};
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    GetSecurityDescriptorControl(sd, &control, &revision);
    *isProtected = control & SE_DACL_PROTECTED;
    QStringList out;
    for (DWORD i = 0; dacl && i < dacl->AceCount; ++i) {
        void *ace = nullptr;
        if (GetAce(dacl, i, &ace) && static_cast<ACE_HEADER *>(ace)->AceType == ACCESS_ALLOWED_ACE_TYPE)
            out << sidText(&static_cast<ACCESS_ALLOWED_ACE *>(ace)->SidStart);
    }
    LocalFree(sd);
    return out;
}
#endif

bool writeRaw(const QString &path, const QByteArray &data, QFileDevice::Permissions perms)
{
#ifdef Q_OS_WIN
    // Owner-only on Windows is a DACL, not mode bits (QFile's would only set "read-only").
    if (perms == kOwnerOnly)
        return ownerfile::write(path, data).ok();
#endif
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
#ifdef Q_OS_WIN
        QCOMPARE(store.backendName(), QStringLiteral("file (owner-only)"));
#else
        QCOMPARE(store.backendName(), QStringLiteral("file (0600)"));
#endif
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

#ifdef Q_OS_WIN
    // Issue #7 item 10: NTFS has no mode bits; inside %ProgramData%\ml-connector the file would
    // inherit the operators' read access. It is created with a protected DACL for its writer only,
    // and a file another account may read is refused.
    void createdWithOwnerOnlyDacl()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        FileSecretStore store(path);
        QVERIFY(store.write(secretkey::B1Password, kSecret).ok());
        QVERIFY(store.write(secretkey::ConcurClientSecret, "cs").ok()); // the replacement keeps it
        bool isProtected = false;
        const QStringList sids = allowedSids(path, &isProtected);
        QVERIFY(!sids.isEmpty());
        for (const char *broad : {"S-1-1-0", "S-1-5-11", "S-1-5-32-545", "S-1-5-32-546"}) // Everyone, Authenticated Users, Users, Guests
            QVERIFY2(!sids.contains(QLatin1String(broad)), qPrintable(sids.join(QLatin1Char(' '))));
        if (!qEnvironmentVariableIsSet("MLC_UNDER_WINE")) {
            // wine keeps no file DACLs (it reports one made from the Unix mode bits)
            QVERIFY(isProtected);
            QCOMPARE(sids, QStringList{currentUserSid()});
        }
        QVERIFY(store.check().ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("secrets.json")}); // no temporary left
        auto r = FileSecretStore(path).read(secretkey::B1Password);
        QVERIFY(r.ok() && r.value() == kSecret);
    }

    void refusesFileOthersMayRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        const QByteArray content = "{\"secrets\":{\"sapb1/password\":\"" + kSecret.toBase64() + "\"}}";
        QVERIFY(writeRaw(path, content, kOwnerOnly));
        // Everyone may read it, as a file under ProgramData may.
        PSECURITY_DESCRIPTOR sd = nullptr;
        const std::wstring sddl = QStringLiteral("D:P(A;;FA;;;%1)(A;;FR;;;WD)").arg(currentUserSid()).toStdWString();
        QVERIFY(ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &sd, nullptr));
        BOOL present = FALSE;
        BOOL defaulted = FALSE;
        PACL dacl = nullptr;
        GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted);
        std::wstring native = QDir::toNativeSeparators(path).toStdWString();
        const DWORD rc = SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                               nullptr, nullptr, dacl, nullptr);
        LocalFree(sd);
        QCOMPARE(rc, DWORD(ERROR_SUCCESS));
        bool isProtected = false;
        if (!allowedSids(path, &isProtected).contains(QStringLiteral("S-1-1-0")))
            QSKIP("this file system keeps no DACL granting Everyone (wine without xattrs)");
        FileSecretStore store(path);
        const auto check = store.check();
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, QStringLiteral("secret.insecure_file"));
        QCOMPARE(store.read(secretkey::B1Password).error().code, QStringLiteral("secret.insecure_file"));
        QVERIFY(!check.error().toString().contains(QString::fromLatin1(kSecret)));
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
        QVERIFY2(r.error().code == QLatin1String("secret.file"), qPrintable(r.error().toString()));
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
