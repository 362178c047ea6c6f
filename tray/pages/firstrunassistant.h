#pragma once
// The first-run assistant: on an empty data directory an administrator is led through the same
// sections as the Settings page, one per step (SAP Business One, SAP Concur, posting, schedule),
// each saved through the service when they go on, with the connection tests at hand.
#include <QWizard>

namespace mlc::tray {

class ServiceConnection;
class SettingsForm;
class StateDatabase;

class FirstRunAssistant : public QWizard {
    Q_OBJECT
public:
    FirstRunAssistant(StateDatabase *db, ServiceConnection *service, QWidget *parent = nullptr);
    SettingsForm *form() const { return m_form; }

private:
    SettingsForm *m_form;
};

} // namespace mlc::tray
