#pragma once
// A QHash secret store for the Concur tests: counts and records every write so that tests can
// check that a token grant is persisted in exactly one write, and can make writes fail.
#include "secrets/secretstore.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace mlc::concur::test {

class TestSecretStore : public SecretStore {
public:
    Result<QByteArray> read(const QString &key) override
    {
        ++reads;
        const auto it = values.constFind(key);
        if (it == values.constEnd())
            return makeError(QStringLiteral("secret.not_found"), QStringLiteral("no secret"), key);
        return it.value();
    }
    Result<void> write(const QString &key, const QByteArray &value) override
    {
        writes.append({key, value});
        if (failWrites)
            return makeError(QStringLiteral("secret.write_failed"), QStringLiteral("keychain locked"));
        values.insert(key, value);
        return {};
    }
    Result<void> remove(const QString &key) override
    {
        removed.append(key);
        values.remove(key);
        return {};
    }
    QString backendName() const override { return QStringLiteral("test"); }

    int writesTo(const QString &key) const
    {
        int n = 0;
        for (const auto &w : writes)
            n += w.first == key ? 1 : 0;
        return n;
    }

    QHash<QString, QByteArray> values;
    QList<QPair<QString, QByteArray>> writes;
    QStringList removed;
    int reads = 0;
    bool failWrites = false;
};

} // namespace mlc::concur::test
