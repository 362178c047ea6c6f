#include "trayicon.h"

#include "models/overviewstats.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSqlQuery>
#include <QUrl>

namespace mlc::tray {

namespace {
constexpr qint64 kNotifyEveryMs = 60 * 1000;

QString when(const QJsonObject &status, const char *field)
{
    const QDateTime t = QDateTime::fromString(status.value(QLatin1String(field)).toString(), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// The newest document in the review queue (the one a notification opens).
QString newestReviewKey(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key FROM ledger WHERE state = 'review' ORDER BY updated_at DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return {};
}
} // namespace

QIcon TrayIcon::iconFor(Look look)
{
    QColor colour;
    QString glyph;
    switch (look) {
    case Look::Ok: colour = QColor(0x2e, 0x7d, 0x32); glyph = QStringLiteral("✓"); break;
    case Look::Syncing: colour = QColor(0x15, 0x65, 0xc0); glyph = QStringLiteral("↻"); break;
    case Look::Attention: colour = QColor(0xef, 0x6c, 0x00); glyph = QStringLiteral("!"); break;
    case Look::Error: colour = QColor(0xc6, 0x28, 0x28); glyph = QStringLiteral("×"); break;
    }
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(2, 2, 60, 60));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(40);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, 64, 64), Qt::AlignCenter, glyph);
    return QIcon(pixmap);
}

TrayIcon::TrayIcon(StateDatabase *db, ServiceConnection *service, const QString &logFolder, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_service(service)
    , m_logFolder(logFolder)
{
    m_icon = new QSystemTrayIcon(this);
    m_menu = new QMenu;
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    m_menu->addAction(tr("&Open ml-connector"), this, &TrayIcon::openRequested);
    m_menu->addSeparator();
    m_runNow = m_menu->addAction(tr("&Run sync now"), this, [this] {
        m_service->call(QStringLiteral("runNow"), {}, [](const Result<QJsonObject> &) {});
    });
    m_pause = m_menu->addAction(tr("&Pause schedule"), this, [this] {
        const bool paused = m_service->status().value(QLatin1String("paused")).toBool();
        m_service->call(paused ? QStringLiteral("resume") : QStringLiteral("pause"), {}, [](const Result<QJsonObject> &) {});
    });
    m_menu->addAction(tr("Open &log folder"), this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_logFolder)); });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit tray (the service keeps running)"), qApp, &QCoreApplication::quit);
    m_icon->setContextMenu(m_menu);

    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_notifiedKey.isEmpty())
            emit openRequested();
        else
            emit reviewItemRequested(m_notifiedKey);
    });
    connect(m_service, &ServiceConnection::stateChanged, this, &TrayIcon::update);
    connect(m_service, &ServiceConnection::statusChanged, this, &TrayIcon::update);
    connect(m_service, &ServiceConnection::eventReceived, this, &TrayIcon::onEvent);
    update();
}

void TrayIcon::show()
{
    m_icon->show();
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::update()
{
    const bool online = m_service->isConnected();
    const QJsonObject status = m_service->status();
    const int inReview = OverviewStats::read(m_db->database()).byState.value(QStringLiteral("review"));
    const bool failing = !status.value(QLatin1String("lastError")).toString().isEmpty()
        || status.value(QLatin1String("consecutiveFailures")).toInt() > 0;
    const bool paused = status.value(QLatin1String("paused")).toBool();
    QStringList lines{tr("ml-connector")};
    if (!online) {
        m_look = Look::Error;
        lines << tr("The service is not running.");
    } else if (status.value(QLatin1String("state")).toString() == QLatin1String("running")) {
        m_look = Look::Syncing;
        lines << tr("Syncing now…");
    } else if (failing) {
        m_look = Look::Error;
        lines << tr("The last sync failed.");
    } else if (inReview > 0) {
        m_look = Look::Attention;
    } else {
        m_look = Look::Ok;
    }
    if (online) {
        const QString last = when(status, "lastRun");
        const QString next = when(status, "nextRun");
        lines << tr("Last sync: %1").arg(last.isEmpty() ? tr("not yet") : last);
        lines << (paused ? tr("Schedule paused") : tr("Next sync: %1").arg(next.isEmpty() ? tr("not scheduled") : next));
    }
    lines << tr("%n document(s) waiting for review", nullptr, inReview);
    m_icon->setIcon(iconFor(m_look));
    m_icon->setToolTip(lines.join(QLatin1Char('\n')));
    m_runNow->setEnabled(online);
    m_pause->setEnabled(online);
    m_pause->setText(paused ? tr("Resume &schedule") : tr("&Pause schedule"));

    if (m_lastReviewCount >= 0 && inReview > m_lastReviewCount)
        notify(tr("Documents need your review"),
               tr("%n new document(s) could not be posted and wait in the review queue.", nullptr, inReview - m_lastReviewCount),
               QSystemTrayIcon::Warning, newestReviewKey(m_db->database()));
    m_lastReviewCount = inReview;
}

void TrayIcon::onEvent(const QString &event, const QJsonObject &data)
{
    if (event == QLatin1String("cycle.finished") && !data.value(QLatin1String("ok")).toBool(true)) {
        const QString why = data.value(QLatin1String("errorMessage")).toString();
        notify(tr("Sync failed"), why.isEmpty() ? tr("The last sync failed; it is retried automatically.") : why,
               QSystemTrayIcon::Critical, {});
    }
    if (event == QLatin1String("review.count_changed") || event == QLatin1String("cycle.started")
        || event == QLatin1String("cycle.finished"))
        update();
}

void TrayIcon::notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon, const QString &key)
{
    // At most one notification a minute: a month-end backlog must not bury the desktop.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastNotifiedMs != 0 && now - m_lastNotifiedMs < kNotifyEveryMs)
        return;
    m_lastNotifiedMs = now;
    m_notifiedKey = key;
    m_icon->showMessage(title, text, icon);
}

} // namespace mlc::tray
