// ml-connector: the service executable. For now the headless command line; the long-running
// service mode (Windows SCM / systemd / console) builds on the same library.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ml-connector"));
    QCoreApplication::setOrganizationName(QStringLiteral("ml-connector"));
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int rc = mlc::cli::run(args, in, out, err);
    out.flush();
    err.flush();
    return rc;
}
