#pragma once
// The two connection sections of Settings and of the first-run assistant: SAP Concur and the SAP
// Business One Service Layer. Each binds its fields to a SettingsForm, has write-only secret fields,
// and a Test button that asks the service to connect with the saved settings. The B1 section shows
// the certificate a server presented (SHA-256 fingerprint) and lets an admin trust exactly that one.
// The Concur section also holds the write-back level (concur/writeBack), with what each level sends.
#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QComboBox;
class QFormLayout;

namespace mlc::tray {

class ServiceConnection;
class SettingsForm;

class ConnectionSection : public QGroupBox {
    Q_OBJECT
public:
    // Runs the service's connection test and shows this section's part of the answer.
    void test();
    // Enables the Test button when connected and nothing is unsaved.
    void updateActions();
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }

protected:
    ConnectionSection(const QString &title, const QString &system, SettingsForm *form, ServiceConnection *service,
                      QWidget *parent);
    // The answer for this system: {ok, info{…}} or {ok:false, code, message, detail}.
    virtual void showResult(const QJsonObject &result) = 0;
    void addTestRow(QFormLayout *layout);
    void setResult(const QString &text, bool ok);

    SettingsForm *m_form;
    ServiceConnection *m_service;
    QString m_system;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
};

class ConcurSection : public ConnectionSection {
    Q_OBJECT
public:
    ConcurSection(SettingsForm *form, ServiceConnection *service, QWidget *parent = nullptr);
    void refreshSecrets(); // the onboarding line

protected:
    void showResult(const QJsonObject &result) override;

private:
    void updateWriteBackDescription();

    QLabel *m_onboarding;
    QLineEdit *m_requestToken;
    QComboBox *m_writeBack;
    QLabel *m_writeBackDescription;
};

class B1Section : public ConnectionSection {
    Q_OBJECT
public:
    B1Section(SettingsForm *form, ServiceConnection *service, QWidget *parent = nullptr);
    QPushButton *trustButton() const { return m_trust; }
    QLineEdit *pinEdit() const { return m_pin; }

protected:
    void showResult(const QJsonObject &result) override;

private:
    QLineEdit *m_pin;
    QLabel *m_presented;
    QPushButton *m_trust;
    QString m_presentedFingerprint;
};

// "ab12cd…" → "AB:12:CD:…", the way Windows and browsers show a certificate's fingerprint.
QString formatFingerprint(const QString &hex);

} // namespace mlc::tray
