#pragma once
// Secrets in a JSON file that an admin names explicitly ("file:<path>"): the headless-Linux choice
// for servers without a Secret Service. It is never a silent fallback. The file is owner-only
// (0600): created that way, and refused when group or others may read or write it. Writes are
// atomic (QSaveFile: a crash leaves the old file or the new one, never half of one).
// Values are base64 in the JSON so binary secrets survive. On Windows the file gets an owner-only,
// protected DACL instead of mode 0600 (and is refused when another account may access it): in
// %ProgramData%\ml-connector it would otherwise inherit the operators' read access (ownerfile.h).
#include "secrets/secretstore.h"

#include <QHash>
#include <QMutex>

namespace mlc {

class FileSecretStore : public SecretStore {
public:
    explicit FileSecretStore(const QString &path);

    Result<QByteArray> read(const QString &key) override;
    Result<void> write(const QString &key, const QByteArray &value) override;
    Result<void> remove(const QString &key) override;
    QString backendName() const override; // "file (0600)" (Windows: "file (owner-only)")

    QString path() const { return m_path; }
    // Checks that the file, if it exists, is owner-only and well-formed. The service calls this at
    // start so a misconfigured file is reported before the first cycle.
    Result<void> check();

private:
    Result<QHash<QString, QByteArray>> load() const;
    Result<void> save(const QHash<QString, QByteArray> &values) const;

    QString m_path;
    mutable QMutex m_mutex;
};

} // namespace mlc
