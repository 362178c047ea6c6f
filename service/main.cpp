// ml-connector: the service executable: the command line, the console host (`run --console`, also
// under systemd) and the Windows service (`run --service`, registered by `install`).
#include "cli/cli.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Byte-exact output: `audit export` writes RFC 4180 CSV (CRLF rows) to stdout, which text mode
    // would turn into CR CR LF. Windows consoles show plain LF lines fine.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ml-connector"));
    QCoreApplication::setOrganizationName(QStringLiteral("ml-connector"));
    // The command line speaks the system's language (LANGUAGE/LC_MESSAGES/LANG; Windows: the display
    // language) when it is one of the shipped translations; --json and CSV output never change.
    mlc::core::installPreferredTranslations({}, /*useSetting=*/false);
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
