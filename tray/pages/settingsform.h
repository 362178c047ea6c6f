#pragma once
// The edit state of the Settings page and the first-run assistant: which widget shows which
// setting, what the user changed, and saving those changes through the service (settings first,
// then secrets: a changed endpoint clears the secrets bound to the old one, so a password typed
// with the new address must be stored after it). Secrets are write-only: the fields start empty,
// say whether a value is stored, and only a typed value is sent.
#include "core/result.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <functional>

class QComboBox;
class QLineEdit;
class QWidget;

namespace mlc::tray {

class ServiceConnection;

class SettingsForm : public QObject {
    Q_OBJECT
public:
    struct Failure {
        QString what; // the setting key or secret name
        QString message;
    };
    using Done = std::function<void(const QList<Failure> &failures)>;

    explicit SettingsForm(QObject *parent = nullptr);

    void bindLine(const QString &key, QLineEdit *edit);
    // The combo's item data is the stored value; an editable combo stores its text when no item matches.
    // `defaultValue`: what the service uses when the key is not set (shown and compared as such).
    void bindCombo(const QString &key, QComboBox *combo, const QString &defaultValue = {});
    // name: as secrets.set takes it ("b1-password", "concur-client-secret", "concur-request-token").
    void bindSecret(const QString &name, QLineEdit *edit);

    // Shows stored values (and whether each secret is set) and forgets unsaved edits.
    void load(const QMap<QString, QString> &values);
    void setSecretsState(const QMap<QString, bool> &isSet);
    // Asks the service which secrets are stored (offline: unknown), then calls `after`.
    void fetchSecretsState(ServiceConnection *service, std::function<void()> after);
    bool secretIsSet(const QString &name) const { return m_secretSet.value(name); }

    QList<QPair<QString, QString>> changedSettings() const;
    QStringList enteredSecrets() const;
    bool isDirty() const;
    // Limits saving to the keys and secrets of some widgets (an assistant page): empty = all.
    void setScope(const QList<QWidget *> &containers) { m_scope = containers; }

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // Sends the changes one by one; `done` gets the ones the service refused (empty: all saved).
    // Saved values become the new baseline; refused ones stay edited.
    void save(ServiceConnection *service, Done done);
    QString storedValue(const QString &key) const { return m_values.value(key); }

signals:
    void dirtyChanged(bool dirty);
    void saved();

private:
    struct Binding {
        QString key;
        QPointer<QLineEdit> line;
        QPointer<QComboBox> combo;
        QString defaultValue;
    };
    QString stored(const Binding &b) const;
    QString currentValue(const Binding &b) const;
    void setWidgetValue(const Binding &b, const QString &value);
    bool inScope(const QWidget *w) const;
    void emitDirty();
    void saveNext(ServiceConnection *service, QList<QPair<QString, QString>> settings, QStringList secrets,
                  QList<Failure> failures, Done done);

    QList<Binding> m_bindings;
    QMap<QString, QPointer<QLineEdit>> m_secrets;
    QMap<QString, QString> m_values;
    QMap<QString, bool> m_secretSet;
    QList<QWidget *> m_scope;
    bool m_editable = true;
    bool m_loading = false;
    bool m_lastDirty = false;
};

} // namespace mlc::tray
