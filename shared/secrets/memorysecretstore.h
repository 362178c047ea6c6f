#pragma once
// Secrets in process memory only: for tests and for the sandbox/demo mode.
#include "secrets/secretstore.h"

#include <QHash>
#include <QMutex>

namespace mlc {

class MemorySecretStore : public SecretStore {
public:
    Result<QByteArray> read(const QString &key) override;
    Result<void> write(const QString &key, const QByteArray &value) override;
    Result<void> remove(const QString &key) override;
    QString backendName() const override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_values;
};

} // namespace mlc
