#include "datadir.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace mlc::core {

QString defaultDataDir()
{
#ifdef Q_OS_WIN
    const QString programData = qEnvironmentVariable("ProgramData");
    if (!programData.isEmpty())
        return QDir(QDir::fromNativeSeparators(programData)).filePath(QStringLiteral("ml-connector"));
#endif
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("ml-connector"));
}

QString servicePipeFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("service.pipe"));
}

QString announcedPipe(const QString &dataDir)
{
    QFile f(servicePipeFile(dataDir));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(4096)).trimmed();
}

} // namespace mlc::core
