#pragma once
// Windows half of FileSecretStore (filesecretstore.cpp keeps POSIX's 0600 mode). NTFS has no mode
// bits: a file is owner-only when its DACL is protected (nothing inherited: under
// %ProgramData%\ml-connector it would otherwise inherit the operators' read access) and allows
// nobody but its owner. Implemented in ownerfile_win.cpp, built on Windows only.
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace mlc::ownerfile {

// Replaces `path` atomically with `data`: a temporary file created with the owner-only DACL (so not
// one byte is ever readable by anybody else), flushed, then moved over the old file (write-through).
Result<void> write(const QString &path, const QByteArray &data);
// Refuses a file that an account other than its owner, the current user, SYSTEM, the
// Administrators or a service SID (NT SERVICE\...) may access (the Windows form of "group or
// others may read it").
// Error code secret.insecure_file.
Result<void> check(const QString &path);

} // namespace mlc::ownerfile
