#include "settingspage.h"

#include "connectionsections.h"
#include "languagesection.h"
#include "models/serviceconnection.h"
#include "models/settingssnapshot.h"
#include "models/statedatabase.h"
#include "postingsection.h"
#include "schedulesection.h"
#include "settingsform.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mlc::tray {

SettingsPage::SettingsPage(StateDatabase *db, ServiceConnection *service, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_service(service)
    , m_form(new SettingsForm(this))
{
    m_access = new QLabel(this);
    m_access->setObjectName(QStringLiteral("settingsAccess"));
    m_access->setWordWrap(true);
    m_access->setMargin(6);
    m_access->setStyleSheet(QStringLiteral("background: #e8f0fe; color: #102a43; border: 1px solid #a8c0e8;"));

    auto *content = new QWidget(this);
    auto *sections = new QVBoxLayout(content);
    m_concur = new ConcurSection(m_form, service, content);
    m_b1 = new B1Section(m_form, service, content);
    sections->addWidget(m_b1);
    sections->addWidget(m_concur);
    sections->addWidget(new PostingSection(m_form, content));
    sections->addWidget(new ScheduleSection(m_form, content));
    sections->addWidget(new LanguageSection(content));
    sections->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_save = new QPushButton(tr("&Save changes"), this);
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_discard = new QPushButton(tr("Discard changes"), this);
    m_discard->setObjectName(QStringLiteral("settingsDiscard"));
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("settingsFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_feedback, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_access);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_discard, &QPushButton::clicked, this, &SettingsPage::discard);
    connect(m_form, &SettingsForm::dirtyChanged, this, &SettingsPage::updateAccess);
    connect(service, &ServiceConnection::stateChanged, this, [this] {
        updateAccess();
        loadSecrets();
    });
    refresh();
}

bool SettingsPage::isEditable() const
{
    return m_service->isConnected() && m_service->isAdmin();
}

void SettingsPage::refresh()
{
    if (!m_loaded || !m_form->isDirty()) {
        m_loaded = true;
        const auto snapshot = SettingsSnapshot::read(m_db->database());
        if (snapshot.ok())
            m_form->load(snapshot->values);
        else
            m_feedback->setText(tr("The settings could not be read: %1").arg(snapshot.error().message));
    }
    loadSecrets();
    updateAccess();
}

void SettingsPage::loadSecrets()
{
    // Only while the page is shown: reading the secret store can take the service a moment
    // (Windows Credential Manager), and nobody looks at the answer otherwise.
    if (!isVisible())
        return;
    m_form->fetchSecretsState(m_service, [this] { m_concur->refreshSecrets(); });
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadSecrets();
}

void SettingsPage::updateAccess()
{
    const bool editable = isEditable();
    m_form->setEditable(editable);
    const bool dirty = m_form->isDirty();
    m_save->setEnabled(editable && dirty);
    m_discard->setEnabled(dirty);
    m_save->setVisible(editable || dirty);
    m_discard->setVisible(editable || dirty);
    if (!m_service->isConnected()) {
        m_access->setText(tr("The service is not running. You can look at the settings; they can be changed when "
                             "the service runs again."));
    } else if (!m_service->isAdmin()) {
        m_access->setText(tr("You can look at these settings. Only an administrator of this computer can change "
                             "them, because they decide where documents go and which passwords are used."));
    } else {
        m_access->setText(tr("Changes take effect at the next sync. Passwords and tokens are stored in the "
                             "system's credential store and are never shown again."));
    }
}

void SettingsPage::save()
{
    m_save->setEnabled(false);
    m_feedback->setText(tr("Saving…"));
    m_form->save(m_service, [this](const QList<SettingsForm::Failure> &failures) {
        // The status reports some settings (the write-back level): the Overview shows them at once.
        m_service->refreshStatus();
        if (failures.isEmpty()) {
            m_feedback->setText(tr("Saved."));
        } else {
            QStringList lines;
            for (const auto &f : failures)
                lines << tr("%1: %2").arg(f.what, f.message);
            m_feedback->setText(tr("Not saved:\n%1").arg(lines.join(QLatin1Char('\n'))));
        }
        // An endpoint change clears the secrets bound to it: show the service's view again.
        loadSecrets();
        updateAccess();
    });
}

void SettingsPage::discard()
{
    const auto snapshot = SettingsSnapshot::read(m_db->database());
    m_form->load(snapshot.ok() ? snapshot->values : QMap<QString, QString>{});
    m_feedback->clear();
    loadSecrets();
    updateAccess();
}

} // namespace mlc::tray
