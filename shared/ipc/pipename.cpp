#include "ipc/pipename.h"

#include <QDir>
#include <QFile>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mlc::ipc {

namespace {
const QString kSocketFile = QStringLiteral("ml-connector.sock");
const QString kPipeName = QStringLiteral("ml-connector");
} // namespace

QString systemRuntimeDirectory()
{
    return QStringLiteral("/run/ml-connector");
}

QString runtimeDirectory()
{
#ifdef Q_OS_WIN
    return {};
#else
    // sudo and su may pass on another user's XDG_RUNTIME_DIR: use it only when it is ours and
    // private, as the spec requires ("owned by the user, access mode 0700").
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg)) {
        struct stat st{};
        if (::stat(QFile::encodeName(xdg).constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::geteuid()
            && (st.st_mode & 077) == 0)
            return QDir::cleanPath(xdg);
    }
    return systemRuntimeDirectory();
#endif
}

QString defaultServerName()
{
#ifdef Q_OS_WIN
    return kPipeName;
#else
    return QDir(runtimeDirectory()).filePath(kSocketFile);
#endif
}

QStringList defaultServerCandidates()
{
    QStringList out{defaultServerName()};
#ifndef Q_OS_WIN
    const QString system = QDir(systemRuntimeDirectory()).filePath(kSocketFile);
    if (!out.contains(system))
        out << system;
#endif
    return out;
}

QString fullServerName(const QString &name)
{
#ifdef Q_OS_WIN
    const QString prefix = QStringLiteral("\\\\.\\pipe\\");
    return name.startsWith(prefix) ? name : prefix + name;
#else
    if (name.contains(QLatin1Char('/')))
        return QDir::cleanPath(QDir::isAbsolutePath(name) ? name : QDir::current().absoluteFilePath(name));
    return QDir(runtimeDirectory()).filePath(name);
#endif
}

} // namespace mlc::ipc
