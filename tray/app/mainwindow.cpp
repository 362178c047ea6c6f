#include "mainwindow.h"

#include "models/auditmodel.h"
#include "models/mappingsmodel.h"
#include "models/overviewstats.h"
#include "models/reviewqueuemodel.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"
#include "pages/auditpage.h"
#include "pages/mappingspage.h"
#include "pages/overviewpage.h"
#include "pages/firstrunassistant.h"
#include "pages/reviewpage.h"
#include "pages/settingspage.h"
#include "models/settingssnapshot.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace mlc::tray {

MainWindow::MainWindow(StateDatabase *db, ReviewQueueModel *reviewModel, MappingsModel *mappingsModel,
                       AuditModel *auditModel, ServiceConnection *service, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_reviewModel(reviewModel)
    , m_service(service)
    , m_mappingsModel(mappingsModel)
    , m_auditModel(auditModel)
{
    setWindowTitle(tr("ml-connector"));
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060;"));
    m_banner->setAccessibleName(tr("Service status"));
    m_banner->setObjectName(QStringLiteral("serviceBanner"));

    m_nav = new QListWidget(this);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setObjectName(QStringLiteral("pageList"));
    m_nav->addItem(tr("Overview"));
    m_nav->addItem(tr("Review queue"));
    m_nav->addItem(tr("Mappings"));
    m_nav->addItem(tr("Audit trail"));
    m_nav->addItem(tr("Settings"));
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 48);

    m_overview = new OverviewPage(db, service, this);
    m_review = new ReviewPage(reviewModel, service, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_overview);
    m_audit = new AuditPage(db, auditModel, service, this);
    m_mappings = new MappingsPage(mappingsModel, service, this);
    m_pages->addWidget(m_review);
    m_pages->addWidget(m_mappings);
    m_pages->addWidget(m_audit);
    m_settings = new SettingsPage(db, service, this);
    m_pages->addWidget(m_settings);

    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_pages, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_overview, &OverviewPage::openReviewQueue, this, [this] { showPage(Review); });
    connect(m_service, &ServiceConnection::stateChanged, this, [this] {
        updateBanner();
        refresh();
        offerFirstRun();
    });
    connect(m_service, &ServiceConnection::eventReceived, this, [this](const QString &event, const QJsonObject &) {
        if (event == QLatin1String("review.count_changed") || event == QLatin1String("cycle.finished"))
            refresh();
    });
    auto *about = new QAction(tr("About ml-connector"), this);
    about->setShortcut(QKeySequence::HelpContents);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    addAction(about);
    auto *aboutButton = new QPushButton(tr("&About"), this);
    aboutButton->setObjectName(QStringLiteral("aboutButton"));
    aboutButton->setFlat(true);
    aboutButton->setToolTip(tr("Versions and the data folder (F1)"));
    connect(aboutButton, &QPushButton::clicked, this, &MainWindow::showAbout);
    statusBar()->addPermanentWidget(aboutButton);

    m_nav->setCurrentRow(Overview);
    updateBanner();
    updateReviewCount();
    resize(1240, 720); // room for the review queue next to its preview, also in German
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(page);
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

void MainWindow::showReviewItem(const QString &key)
{
    showPage(Review);
    m_review->showDocument(key);
}

void MainWindow::selectFirstReviewItem()
{
    if (m_reviewModel->rowCount() > 0)
        m_review->showDocument(m_reviewModel->row(0).key);
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::refresh()
{
    if (m_db->mode() == StateDatabase::Mode::Snapshot && m_service->isConnected() && m_db->reopen().ok()) {
        // The service is back: follow it live again.
        m_reviewModel->setDatabase(m_db->database());
        m_mappingsModel->setDatabase(m_db->database());
        m_auditModel->setDatabase(m_db->database());
    }
    m_overview->refresh();
    m_review->refresh();
    m_mappings->refresh();
    m_audit->refresh();
    m_settings->refresh();
    updateReviewCount();
}

void MainWindow::updateBanner()
{
    if (m_service->isConnected()) {
        m_banner->hide();
        const bool admin = m_service->isAdmin();
        statusBar()->showMessage(admin ? tr("Connected to the service as an administrator.")
                                       : tr("Connected to the service."));
    } else {
        m_banner->setText(m_service->offlineReason());
        m_banner->show();
        statusBar()->showMessage(m_db->mode() == StateDatabase::Mode::Snapshot
                                     ? tr("Showing the state saved when the service stopped.")
                                     : QString());
    }
}

void MainWindow::showAbout()
{
    const QString service = m_service->isConnected()
        ? tr("The service is running, version %1.").arg(m_service->status().value(QLatin1String("version")).toString())
        : tr("The service is not running.");
    QMessageBox::about(this, tr("About ml-connector"),
                       tr("<p><b>ml-connector %1</b></p>"
                          "<p>Copies approved SAP Concur expense reports and invoices into SAP Business One as journal "
                          "entries. It never changes anything in Concur.</p>"
                          "<p>%2</p><p>Data folder: %3</p><p>Qt %4</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped(), service.toHtmlEscaped(),
                                QDir::toNativeSeparators(QFileInfo(m_db->path()).absolutePath()).toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::offerFirstRun()
{
    if (m_firstRunOffered || !m_service->isConnected() || !m_service->isAdmin())
        return;
    const auto snapshot = SettingsSnapshot::read(m_db->database());
    if (!snapshot.ok() || !snapshot->isUnconfigured())
        return;
    m_firstRunOffered = true;
    auto *assistant = new FirstRunAssistant(m_db, m_service, this);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &QWizard::finished, this, [this] {
        showPage(Settings);
        refresh();
    });
    assistant->open();
}

void MainWindow::updateReviewCount()
{
    const int n = OverviewStats::read(m_db->database()).byState.value(QStringLiteral("review"));
    m_nav->item(Review)->setText(n > 0 ? tr("Review queue (%1)").arg(QLocale().toString(n)) : tr("Review queue"));
}

} // namespace mlc::tray
