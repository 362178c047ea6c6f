#pragma once
// Client mode of the command line (issue #3): when a service runs for the same data directory,
// the commands that change state or need the engine act THROUGH it over the pipe, so that the
// service stays the one writer that validates, audits (with the caller's identity) and applies
// every change (design §1). Read-only commands keep reading the database.
#include "commands.h"

#include <QString>
#include <QTextStream>
#include <optional>

namespace mlc::cli {

// True for the command lines that client mode handles: sync, test-connections, review
// map|retry|skip, mappings set|import, config set|unset, secret set (well-formed ones only; a
// usage error is reported by the local command as before).
bool isClientModeCommand(const QString &command, const CommandArgs &args);

// Runs a client-mode command through the service answering on args.pipe (default name when
// empty) if it serves `dataDir`; prints one line to `err` saying which mode was used.
// Returns the exit code, or nullopt when the command should run directly on the database
// (forceLocal, no service answering, another data directory, not a client-mode command).
std::optional<int> runThroughService(const QString &command, const CommandArgs &args, const QString &dataDir,
                                     bool forceLocal, QTextStream &out, QTextStream &err);

} // namespace mlc::cli
