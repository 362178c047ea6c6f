#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#include "secrets/ownerfile.h"

#include <QDir>
#include <QUuid>

#include <qt_windows.h>
#include <aclapi.h>
#include <sddl.h>

#include <vector>

namespace mlc::ownerfile {

namespace {

QString errorText(DWORD code)
{
    wchar_t *buf = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                   code, 0, reinterpret_cast<LPWSTR>(&buf), 0, nullptr);
    QString s = buf ? QString::fromWCharArray(buf).trimmed() : QString();
    if (buf)
        LocalFree(buf);
    return QStringLiteral("error %1: %2").arg(code).arg(s);
}

Error fileError(const QString &message, DWORD code)
{
    return makeError(QStringLiteral("secret.file"), message, errorText(code));
}

QString sidText(PSID sid)
{
    wchar_t *text = nullptr;
    if (!sid || !ConvertSidToStringSidW(sid, &text))
        return {};
    const QString s = QString::fromWCharArray(text);
    LocalFree(text);
    return s;
}

QString currentUserSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buf(size ? size : 1);
    QString sid;
    if (size && GetTokenInformation(token, TokenUser, buf.data(), size, &size))
        sid = sidText(reinterpret_cast<TOKEN_USER *>(buf.data())->User.Sid);
    CloseHandle(token);
    return sid;
}

} // namespace

Result<void> write(const QString &path, const QByteArray &data)
{
    const QString user = currentUserSid();
    if (user.isEmpty())
        return fileError(QStringLiteral("Cannot tell which account writes the secret file %1.").arg(path), GetLastError());
    // Protected (P): nothing inherited from the folder; the writing account alone (it is the owner).
    const std::wstring sddl = QStringLiteral("D:P(A;;FA;;;%1)").arg(user).toStdWString();
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &sd, nullptr))
        return fileError(QStringLiteral("Cannot build the permissions of the secret file %1.").arg(path), GetLastError());
    SECURITY_ATTRIBUTES sa{};
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = sd;
    const QString native = QDir::toNativeSeparators(path);
    const std::wstring target = native.toStdWString();
    const QString tempPath = native + QStringLiteral(".%1.tmp").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const std::wstring temp = tempPath.toStdWString();
    HANDLE h = CreateFileW(temp.c_str(), GENERIC_WRITE, 0, &sa, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    LocalFree(sd);
    if (h == INVALID_HANDLE_VALUE)
        return fileError(QStringLiteral("Cannot write the secret file %1.").arg(path), GetLastError());
    DWORD written = 0;
    const bool ok = WriteFile(h, data.constData(), DWORD(data.size()), &written, nullptr) && written == DWORD(data.size())
        && FlushFileBuffers(h);
    const DWORD writeError = GetLastError();
    CloseHandle(h);
    if (!ok) {
        DeleteFileW(temp.c_str());
        return fileError(QStringLiteral("Cannot write the secret file %1.").arg(path), writeError);
    }
    // The moved file keeps its own (owner-only) security descriptor.
    if (!MoveFileExW(temp.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const DWORD code = GetLastError();
        DeleteFileW(temp.c_str());
        return fileError(QStringLiteral("Cannot replace the secret file %1.").arg(path), code);
    }
    return {};
}

Result<void> check(const QString &path)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    const DWORD rc = GetNamedSecurityInfoW(native.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                                           &owner, nullptr, &dacl, nullptr, &sd);
    if (rc != ERROR_SUCCESS)
        return fileError(QStringLiteral("Cannot read the permissions of the secret file %1.").arg(path), rc);
    const QString ownerSid = sidText(owner);
    const QStringList allowed{ownerSid, currentUserSid(), QStringLiteral("S-1-5-18") /* SYSTEM */,
                              QStringLiteral("S-1-5-32-544") /* Administrators */};
    QStringList others;
    if (!dacl) {
        others << QStringLiteral("everyone (no access list)");
    } else {
        for (DWORD i = 0; i < dacl->AceCount; ++i) {
            void *ace = nullptr;
            if (!GetAce(dacl, i, &ace))
                continue;
            if (static_cast<ACE_HEADER *>(ace)->AceType != ACCESS_ALLOWED_ACE_TYPE)
                continue; // deny ACEs only take access away
            const auto *allowedAce = static_cast<ACCESS_ALLOWED_ACE *>(ace);
            const QString sid = sidText(const_cast<DWORD *>(&allowedAce->SidStart));
            // S-1-5-80-*: a service's own SID (NT SERVICE\<name>), the account install lets read
            // the file it runs with (secretsFileSddl): a service, not a person.
            if (allowedAce->Mask != 0 && !allowed.contains(sid, Qt::CaseInsensitive)
                && !sid.startsWith(QLatin1String("S-1-5-80-")))
                others << sid;
        }
    }
    LocalFree(sd);
    if (!others.isEmpty())
        return makeError(QStringLiteral("secret.insecure_file"),
                         QStringLiteral("The secret file %1 is accessible to other accounts; refusing to use it. Remove it "
                                        "and set the secrets again (the connector writes it owner-only).")
                             .arg(path),
                         QStringLiteral("allowed: %1").arg(others.join(QStringLiteral(", "))));
    return {};
}

} // namespace mlc::ownerfile
