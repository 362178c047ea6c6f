#pragma once
// Runs a program to its end (sc, the connector's own install/uninstall...) and keeps its merged
// output, for the Windows service tests (tst_windowsservice, tst_wintray).
#include <QProcess>
#include <QString>
#include <QStringList>

namespace mlc::test {

struct Tool {
    int exitCode = -1; // -1: did not start, crashed or did not finish in time
    QString output;
};

inline Tool run(const QString &program, const QStringList &args, int timeoutMs = 120 * 1000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Tool t;
    if (!p.waitForStarted(30000)) {
        t.output = QStringLiteral("cannot start ") + program + QStringLiteral(": ") + p.errorString();
        return t;
    }
    p.waitForFinished(timeoutMs);
    t.output = QString::fromLocal8Bit(p.readAll());
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return t;
}

} // namespace mlc::test
