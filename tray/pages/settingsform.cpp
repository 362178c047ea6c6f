#include "settingsform.h"

#include "models/serviceconnection.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>

namespace mlc::tray {

SettingsForm::SettingsForm(QObject *parent)
    : QObject(parent)
{
}

void SettingsForm::bindLine(const QString &key, QLineEdit *edit)
{
    m_bindings.append({key, edit, nullptr, QString()});
    connect(edit, &QLineEdit::textChanged, this, &SettingsForm::emitDirty);
}

void SettingsForm::bindCombo(const QString &key, QComboBox *combo, const QString &defaultValue)
{
    m_bindings.append({key, nullptr, combo, defaultValue});
    connect(combo, &QComboBox::currentIndexChanged, this, &SettingsForm::emitDirty);
    if (combo->isEditable())
        connect(combo, &QComboBox::editTextChanged, this, &SettingsForm::emitDirty);
}

void SettingsForm::bindSecret(const QString &name, QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    m_secrets.insert(name, edit);
    connect(edit, &QLineEdit::textChanged, this, &SettingsForm::emitDirty);
}

QString SettingsForm::currentValue(const Binding &b) const
{
    if (b.line)
        return b.line->text().trimmed();
    if (!b.combo)
        return QString();
    if (b.combo->isEditable()) {
        const int i = b.combo->findText(b.combo->currentText());
        if (i >= 0 && b.combo->itemData(i).isValid())
            return b.combo->itemData(i).toString();
        return b.combo->currentText().trimmed();
    }
    return b.combo->currentData().toString();
}

void SettingsForm::setWidgetValue(const Binding &b, const QString &value)
{
    if (b.line) {
        b.line->setText(value);
        b.line->setCursorPosition(0);
        return;
    }
    if (!b.combo)
        return;
    const int i = b.combo->findData(value);
    if (i >= 0)
        b.combo->setCurrentIndex(i);
    else if (b.combo->isEditable())
        b.combo->setEditText(value);
    else if (!value.isEmpty()) {
        // A value the list does not offer (set on the command line): shown as it is and kept.
        b.combo->addItem(value, value);
        b.combo->setCurrentIndex(b.combo->count() - 1);
    } else if (b.combo->count() > 0)
        b.combo->setCurrentIndex(0); // the default entry
}

void SettingsForm::load(const QMap<QString, QString> &values)
{
    m_loading = true;
    m_values = values;
    for (const Binding &b : std::as_const(m_bindings))
        setWidgetValue(b, stored(b));
    for (const auto &edit : std::as_const(m_secrets)) {
        if (edit)
            edit->clear();
    }
    m_loading = false;
    emitDirty();
}

void SettingsForm::setSecretsState(const QMap<QString, bool> &isSet)
{
    m_secretSet = isSet;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        if (!it.value())
            continue;
        if (!isSet.contains(it.key()))
            it.value()->setPlaceholderText(tr("unknown while the service is not running"));
        else
            it.value()->setPlaceholderText(isSet.value(it.key()) ? tr("stored – type a new value to replace it")
                                                                  : tr("not set yet"));
    }
}

QString SettingsForm::stored(const Binding &b) const
{
    const QString v = m_values.value(b.key).trimmed();
    return v.isEmpty() ? b.defaultValue : v;
}

void SettingsForm::fetchSecretsState(ServiceConnection *service, std::function<void()> after)
{
    if (!service->isConnected()) {
        setSecretsState({});
        after();
        return;
    }
    service->call(QStringLiteral("secrets.status"), {}, this, [this, after](const Result<QJsonObject> &r) {
        QMap<QString, bool> state;
        if (r.ok()) {
            const QJsonObject set = r->value(QLatin1String("secrets")).toObject();
            for (auto it = set.begin(); it != set.end(); ++it)
                state.insert(it.key(), it.value().toBool());
        }
        setSecretsState(state);
        after();
    });
}

bool SettingsForm::inScope(const QWidget *w) const
{
    if (m_scope.isEmpty())
        return true;
    for (const QWidget *c : m_scope) {
        if (c == w || c->isAncestorOf(w))
            return true;
    }
    return false;
}

QList<QPair<QString, QString>> SettingsForm::changedSettings() const
{
    QList<QPair<QString, QString>> out;
    for (const Binding &b : m_bindings) {
        const QWidget *w = b.line ? static_cast<QWidget *>(b.line) : static_cast<QWidget *>(b.combo);
        if (!w || !inScope(w))
            continue;
        const QString v = currentValue(b);
        if (v != stored(b))
            out.append({b.key, v});
    }
    return out;
}

QStringList SettingsForm::enteredSecrets() const
{
    QStringList out;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        if (it.value() && !it.value()->text().isEmpty() && inScope(it.value()))
            out << it.key();
    }
    return out;
}

bool SettingsForm::isDirty() const
{
    return !changedSettings().isEmpty() || !enteredSecrets().isEmpty();
}

void SettingsForm::setEditable(bool editable)
{
    m_editable = editable;
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.line)
            b.line->setReadOnly(!editable);
        if (b.combo)
            b.combo->setEnabled(editable);
    }
    for (const auto &edit : std::as_const(m_secrets)) {
        if (edit)
            edit->setReadOnly(!editable);
    }
}

void SettingsForm::emitDirty()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    if (dirty != m_lastDirty || dirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void SettingsForm::save(ServiceConnection *service, Done done)
{
    saveNext(service, changedSettings(), enteredSecrets(), {}, std::move(done));
}

void SettingsForm::saveNext(ServiceConnection *service, QList<QPair<QString, QString>> settings, QStringList secrets,
                            QList<Failure> failures, Done done)
{
    if (!settings.isEmpty()) {
        const auto [key, value] = settings.takeFirst();
        service->call(QStringLiteral("settings.set"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, this,
                      [this, service, settings, secrets, failures, done, key = key, value = value](
                          const Result<QJsonObject> &r) mutable {
                          if (r.ok())
                              m_values.insert(key, value);
                          else
                              failures.append({key, r.error().message});
                          saveNext(service, settings, secrets, failures, done);
                      });
        return;
    }
    if (!secrets.isEmpty()) {
        const QString name = secrets.takeFirst();
        const QString value = m_secrets.value(name) ? m_secrets.value(name)->text() : QString();
        service->call(QStringLiteral("secrets.set"), {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}}, this,
                      [this, service, settings, secrets, failures, done, name](const Result<QJsonObject> &r) mutable {
                          if (r.ok()) {
                              m_secretSet.insert(name, true);
                              if (QLineEdit *edit = m_secrets.value(name))
                                  edit->clear();
                          } else {
                              failures.append({name, r.error().message});
                          }
                          saveNext(service, settings, secrets, failures, done);
                      });
        return;
    }
    setSecretsState(m_secretSet);
    emitDirty();
    if (failures.isEmpty())
        emit saved();
    done(failures);
}

} // namespace mlc::tray
