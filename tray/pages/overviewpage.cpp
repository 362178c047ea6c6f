#include "overviewpage.h"

#include "models/overviewstats.h"
#include "models/serviceconnection.h"
#include "models/settingssnapshot.h"
#include "models/statedatabase.h"
#include "models/writebacklevels.h"
#include "postedchart.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mlc::tray {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// The audit trail records a cycle as "fetched 40, posted 34, recovered 0, review 6, failed 0,
// pending 0[ (stopped early …)][ (page limit …)]" (sync/syncengine.cpp); shown in the reader's
// language. Anything else is shown as recorded.
QString cycleText(const QString &detail)
{
    static const QRegularExpression re(QStringLiteral(
        "^fetched (\\d+), posted (\\d+), recovered (\\d+), review (\\d+), failed (\\d+), pending (\\d+)(.*)$"));
    const QRegularExpressionMatch m = re.match(detail);
    if (!m.hasMatch())
        return detail;
    QString text = OverviewPage::tr("fetched %1, posted %2, found in B1 %3, to review %4, failed %5, pending %6")
                       .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6));
    if (m.captured(7).contains(QLatin1String("stopped early")))
        text += OverviewPage::tr(" (stopped early by a stop request)");
    if (m.captured(7).contains(QLatin1String("page limit")))
        text += OverviewPage::tr(" (page limit reached: the rest is read in the next sync)");
    return text;
}

} // namespace

OverviewPage::OverviewPage(StateDatabase *db, ServiceConnection *service, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_service(service)
{
    m_state = valueLabel(this);
    m_state->setWordWrap(true);
    m_lastRun = valueLabel(this);
    m_nextRun = valueLabel(this);
    m_postedToday = valueLabel(this);
    m_postedMonth = valueLabel(this);
    m_inReview = valueLabel(this);
    m_failed = valueLabel(this);
    m_awaiting = valueLabel(this);
    m_inReview->setObjectName(QStringLiteral("overviewInReview"));
    m_state->setObjectName(QStringLiteral("overviewState"));
    m_cycles = valueLabel(this);
    m_cycles->setWordWrap(true);
    m_feedback = valueLabel(this);
    m_feedback->setWordWrap(true);

    auto *service_ = new QGroupBox(tr("Service"), this);
    auto *serviceForm = new QFormLayout(service_);
    serviceForm->addRow(tr("State:"), m_state);
    serviceForm->addRow(tr("Last sync:"), m_lastRun);
    serviceForm->addRow(tr("Next sync:"), m_nextRun);

    auto *documents = new QGroupBox(tr("Documents"), this);
    auto *docForm = new QFormLayout(documents);
    docForm->addRow(tr("Posted today:"), m_postedToday);
    docForm->addRow(tr("Posted this month:"), m_postedMonth);
    docForm->addRow(tr("Waiting for review:"), m_inReview);
    docForm->addRow(tr("Failed, retried automatically:"), m_failed);
    docForm->addRow(tr("Awaiting confirmation from B1:"), m_awaiting);

    auto *chartBox = new QGroupBox(tr("Posted per day (last two weeks)"), this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    m_chart = new PostedChart(chartBox);
    chartLayout->addWidget(m_chart);

    m_concurHealth = valueLabel(this);
    m_concurHealth->setObjectName(QStringLiteral("concurHealth"));
    m_concurHealth->setWordWrap(true);
    m_b1Health = valueLabel(this);
    m_b1Health->setObjectName(QStringLiteral("b1Health"));
    m_b1Health->setWordWrap(true);
    // What is written back to Concur (issue #10): only when an administrator turned it on.
    m_writeBack = valueLabel(this);
    m_writeBack->setObjectName(QStringLiteral("overviewWriteBack"));
    m_writeBack->setWordWrap(true);
    m_writeBack->setToolTip(WriteBackLevels::summaryHelp());
    m_writeBack->setAccessibleDescription(WriteBackLevels::summaryHelp());
    auto *connections = new QGroupBox(tr("Connections"), this);
    m_connections = new QFormLayout(connections);
    m_connections->addRow(tr("SAP Concur:"), m_concurHealth);
    m_connections->addRow(tr("SAP Business One:"), m_b1Health);
    m_connections->addRow(tr("Write-back to Concur:"), m_writeBack);

    auto *recent = new QGroupBox(tr("Recent syncs"), this);
    auto *recentLayout = new QVBoxLayout(recent);
    recentLayout->addWidget(m_cycles);

    m_runNow = new QPushButton(tr("&Run sync now"), this);
    m_runNow->setObjectName(QStringLiteral("overviewRunNow"));
    m_pause = new QPushButton(tr("&Pause schedule"), this);
    m_review = new QPushButton(tr("Open the review &queue"), this);
    m_test = new QPushButton(tr("&Test connections"), this);
    m_test->setObjectName(QStringLiteral("overviewTestConnections"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runNow);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_review);
    buttons->addWidget(m_test);
    buttons->addStretch();

    // Two columns: the state of things on the left, what happened on the right.
    auto *left = new QVBoxLayout;
    left->addWidget(service_);
    left->addWidget(documents);
    left->addWidget(connections);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(chartBox);
    right->addWidget(recent);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addStretch();

    connect(m_runNow, &QPushButton::clicked, this, &OverviewPage::runNow);
    connect(m_pause, &QPushButton::clicked, this, &OverviewPage::togglePause);
    connect(m_review, &QPushButton::clicked, this, &OverviewPage::openReviewQueue);
    connect(m_test, &QPushButton::clicked, this, &OverviewPage::testConnections);
    connect(m_service, &ServiceConnection::stateChanged, this, &OverviewPage::refresh);
    connect(m_service, &ServiceConnection::statusChanged, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::refresh()
{
    const bool online = m_service->isConnected();
    const QJsonObject status = m_service->status();
    const bool paused = status.value(QLatin1String("paused")).toBool();
    if (!online) {
        m_state->setText(tr("Not running"));
        m_lastRun->clear();
        m_nextRun->setText(tr("unknown while the service is not running"));
    } else {
        const QString state = status.value(QLatin1String("state")).toString();
        const QString version = status.value(QLatin1String("version")).toString();
        QString text = state == QLatin1String("running") ? tr("Syncing now") : paused ? tr("Paused") : tr("Running");
        if (!status.value(QLatin1String("lastError")).toString().isEmpty())
            text += QStringLiteral(" — ") + tr("last sync failed: %1").arg(status.value(QLatin1String("lastError")).toString());
        m_state->setText(tr("%1 (version %2)").arg(text, version));
        const QString last = when(status.value(QLatin1String("lastRun")).toString());
        const QString next = when(status.value(QLatin1String("nextRun")).toString());
        m_lastRun->setText(last);
        m_nextRun->setText(paused ? tr("paused") : next.isEmpty() ? tr("not scheduled") : next);
    }
    m_pause->setText(paused ? tr("Resume &schedule") : tr("&Pause schedule"));
    m_runNow->setEnabled(online);
    m_pause->setEnabled(online);
    m_test->setEnabled(online);
    m_test->setToolTip(online ? QString() : m_service->offlineReason());
    if (!online) {
        m_concurHealth->setText(tr("unknown while the service is not running"));
        m_b1Health->setText(tr("unknown while the service is not running"));
    } else if (m_concurHealth->text().isEmpty() || m_concurHealth->text() == tr("unknown while the service is not running")) {
        m_concurHealth->setText(tr("not tested yet"));
        m_b1Health->setText(tr("not tested yet"));
    }
    m_runNow->setToolTip(online ? QString() : m_service->offlineReason());
    m_pause->setToolTip(online ? QString() : m_service->offlineReason());
    QString writeBack;
    if (online) {
        writeBack = WriteBackLevels::summary(status.value(QLatin1String("writeBack")).toObject());
    } else {
        // The level as stored; what was sent is the service's to say.
        const auto settings = SettingsSnapshot::read(m_db->database());
        const QString level = settings.ok() ? settings->value(QLatin1String(WriteBackLevels::SettingKey)).trimmed().toLower()
                                            : QString();
        if (!level.isEmpty() && level != QLatin1String(WriteBackLevels::Off))
            writeBack = tr("%1 — %2").arg(WriteBackLevels::label(level), tr("unknown while the service is not running"));
    }
    m_writeBack->setText(writeBack);
    m_connections->setRowVisible(m_writeBack, !writeBack.isEmpty());

    const OverviewStats s = OverviewStats::read(m_db->database());
    const QLocale locale;
    m_postedToday->setText(locale.toString(s.postedToday));
    m_postedMonth->setText(locale.toString(s.postedThisMonth));
    m_inReview->setText(locale.toString(s.byState.value(QStringLiteral("review"))));
    m_failed->setText(locale.toString(s.byState.value(QStringLiteral("failed"))));
    m_awaiting->setText(locale.toString(s.byState.value(QStringLiteral("posting"))));
    if (m_lastRun->text().isEmpty() || !online) {
        // The service's own record starts with its run; the audit trail knows every cycle.
        m_lastRun->setText(s.recentCycles.isEmpty() ? tr("not yet")
                                                    : locale.toString(s.recentCycles.first().at.toLocalTime(), QLocale::ShortFormat));
    }
    m_chart->setData(s.postedPerDay);
    QStringList lines;
    for (const CycleLine &c : s.recentCycles)
        lines << QStringLiteral("%1 — %2").arg(locale.toString(c.at.toLocalTime(), QLocale::ShortFormat), cycleText(c.detail));
    m_cycles->setText(lines.isEmpty() ? tr("No sync has run yet.") : lines.join(QLatin1Char('\n')));
    if (!s.error.isEmpty())
        m_feedback->setText(tr("The connector's database could not be read: %1").arg(s.error));
}

void OverviewPage::runNow()
{
    m_runNow->setEnabled(false);
    m_feedback->setText(tr("Sync started…"));
    m_service->call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, this, [this](const Result<QJsonObject> &r) {
        m_feedback->setText(r.ok() ? tr("Sync finished.") : r.error().message);
        refresh();
    }, 30 * 60 * 1000);
}

void OverviewPage::togglePause()
{
    const bool paused = m_service->status().value(QLatin1String("paused")).toBool();
    m_service->call(paused ? QStringLiteral("resume") : QStringLiteral("pause"), {}, this, [this](const Result<QJsonObject> &r) {
        if (!r.ok())
            m_feedback->setText(r.error().message);
        refresh();
    });
}

void OverviewPage::testConnections()
{
    m_test->setEnabled(false);
    m_concurHealth->setText(tr("Testing…"));
    m_b1Health->setText(tr("Testing…"));
    m_service->call(QStringLiteral("testConnections"), {}, this, [this](const Result<QJsonObject> &r) {
        m_test->setEnabled(m_service->isConnected());
        const auto show = [&](QLabel *label, const QString &system) {
            if (!r.ok()) {
                label->setText(r.error().message);
                label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
                return;
            }
            const QJsonObject one = r->value(system).toObject();
            const bool ok = one.value(QLatin1String("ok")).toBool();
            label->setText(ok ? tr("connected (tested %1)").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                              : one.value(QLatin1String("message")).toString());
            label->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
        };
        show(m_concurHealth, QStringLiteral("concur"));
        show(m_b1Health, QStringLiteral("b1"));
    }, 120000);
}

} // namespace mlc::tray
