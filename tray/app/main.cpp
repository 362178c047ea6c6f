// ml-connector-tray: the finance staff's window onto the service (design.md §5a).
#include "mainwindow.h"
#include "singleinstance.h"
#include "trayicon.h"

#include "core/datadir.h"
#include "core/translations.h"
#include "models/auditmodel.h"
#include "models/mappingsmodel.h"
#include "models/reviewqueuemodel.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"
#include "mlcversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

using namespace mlc;
using namespace mlc::tray;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ml-connector-tray"));
    QApplication::setApplicationDisplayName(QStringLiteral("ml-connector"));
    QApplication::setOrganizationName(QStringLiteral("ml-connector"));
    QApplication::setApplicationVersion(QStringLiteral(MLC_VERSION));
    QApplication::setQuitOnLastWindowClosed(false);

    // The language first, so that --help and every page speak it: --lang, else the user's choice
    // in Settings (ui/language), else the system's (core/translations.h). --lang is read here by
    // hand because the parser's own texts must already be translated.
    QString lang;
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            lang = arguments.at(i).mid(7);
    }
    core::installPreferredTranslations(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The ml-connector tray and configurator."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "The service's data directory."),
                                     QStringLiteral("dir"), core::defaultDataDir());
    const QCommandLineOption pipe(QStringLiteral("pipe"), QApplication::translate("main", "The service's pipe."),
                                  QStringLiteral("name"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QApplication::translate("main", "The page to open: overview, review, mappings, audit or settings."),
                                  QStringLiteral("page"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       QApplication::translate("main", "Start in the notification area only."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Save a picture of every page into this folder, then quit."),
                                         QStringLiteral("folder"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("main", "The language for this start: en, de, fr or es "
                                                                      "(default: the one chosen in Settings, else the system's)."),
                                      QStringLiteral("code"));
    parser.addOptions({dataDir, pipe, page, minimized, screenshots, language});
    parser.process(app);
    if (parser.isSet(language) && !core::isAvailableLanguage(parser.value(language))) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown language %1; available: en, de, fr, es.")
                                   .arg(parser.value(language))
                            << Qt::endl;
        return 1;
    }

    SingleInstance instance;
    if (!instance.claim())
        return 0; // the running tray shows its window

    const QString dir = QDir(parser.value(dataDir)).absolutePath();
    auto db = StateDatabase::open(QDir(dir).filePath(QStringLiteral("ml-connector.db")));
    if (!db.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ml-connector"),
                              QApplication::translate("main", "The connector's data cannot be opened in %1.\n\n%2")
                                  .arg(QDir::toNativeSeparators(dir), db.error().message));
        return 2;
    }
    QString pipeName = parser.value(pipe);
    if (pipeName.isEmpty())
        pipeName = core::announcedPipe(dir); // the service writes its pipe name into the data directory

    ServiceConnection service(pipeName);
    ReviewQueueModel reviewModel;
    reviewModel.setDatabase(db.value()->database());
    AuditModel auditModel;
    auditModel.setDatabase(db.value()->database());
    MappingsModel mappingsModel;
    mappingsModel.setDatabase(db.value()->database());
    MainWindow window(db.value().get(), &reviewModel, &mappingsModel, &auditModel, &service);
    TrayIcon tray(db.value().get(), &service, QDir(dir).filePath(QStringLiteral("logs")));

    QObject::connect(&instance, &SingleInstance::showRequested, &window, &MainWindow::bringToFront);
    QObject::connect(&tray, &TrayIcon::openRequested, &window, &MainWindow::bringToFront);
    QObject::connect(&tray, &TrayIcon::reviewItemRequested, &window, [&window](const QString &key) {
        window.bringToFront();
        window.showReviewItem(key);
    });
    if (parser.value(page) == QLatin1String("review"))
        window.showPage(MainWindow::Review);
    else if (parser.value(page) == QLatin1String("mappings"))
        window.showPage(MainWindow::Mappings);
    else if (parser.value(page) == QLatin1String("audit"))
        window.showPage(MainWindow::Audit);
    else if (parser.value(page) == QLatin1String("settings"))
        window.showPage(MainWindow::Settings);
    tray.show();
    if (!parser.isSet(minimized) || !QSystemTrayIcon::isSystemTrayAvailable())
        window.show();
    // Connect once the window is up: the first attempt may wait for a slow service.
    QTimer::singleShot(0, &service, &ServiceConnection::start);
    if (parser.isSet(screenshots)) {
        // For README and the translators: every page as the user sees it, once connected (or not).
        const QString folder = parser.value(screenshots);
        QTimer::singleShot(2500, &window, [&window, folder] {
            QDir().mkpath(folder);
            const QList<QPair<MainWindow::Page, QString>> pages{{MainWindow::Overview, QStringLiteral("overview")},
                                                                {MainWindow::Review, QStringLiteral("review")},
                                                                {MainWindow::Mappings, QStringLiteral("mappings")},
                                                                {MainWindow::Audit, QStringLiteral("audit")},
                                                                {MainWindow::Settings, QStringLiteral("settings")}};
            for (const auto &[which, name] : pages) {
                window.showPage(which);
                if (which == MainWindow::Review)
                    window.selectFirstReviewItem();
                // Let the page finish what it asks the service for (the review page's journal entry
                // preview reads SAP Business One).
                QEventLoop settle;
                QTimer::singleShot(which == MainWindow::Review ? 4000 : 500, &settle, &QEventLoop::quit);
                settle.exec();
                window.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
            }
            QApplication::quit();
        });
    }
    return app.exec();
}
