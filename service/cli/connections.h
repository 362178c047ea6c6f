#pragma once
// The live (or simulated) Concur and B1 connections of one data directory, built from settings
// and secrets: Concur as the engine's DocumentSource, B1 as its LedgerTarget.
#include "core/result.h"
#include "sync/ports.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <memory>

namespace mlc { class SecretStore; }
namespace mlc::store { class Store; }

namespace mlc::cli {

class Connections {
    // tr() in member functions: the command line's Linguist context (see text.h), as lupdate reads it.
    Q_DECLARE_TR_FUNCTIONS(mlc::cli)
public:
    static Result<std::unique_ptr<Connections>> create(store::Store &store, SecretStore &secrets);
    virtual ~Connections() = default;
    virtual sync::DocumentSource &source() = 0;
    virtual sync::LedgerTarget &target() = 0;
    // Concur's FIS write routes, as far as concur/writeBack admits them (the transport refuses the rest).
    virtual sync::WriteBackTarget &writeBack() = 0;
    // A sync engine on these connections (source, target and write-backs).
    std::unique_ptr<sync::SyncEngine> engine(store::Store &store, sync::SyncOptions options)
    {
        options.writeBack = &writeBack();
        return std::make_unique<sync::SyncEngine>(store, source(), target(), std::move(options));
    }
    // Checks both sides; the object describes what was found (versions, region, timeouts).
    virtual Result<QJsonObject> testConcur() = 0;
    virtual Result<QJsonObject> testB1() = 0;
    virtual void shutdown() = 0; // logs out of B1
    // Daily Concur keep-alive (design §4): a refresh grant when the last grant is older than
    // concur/keepAliveHours (default 23) or the refresh token nears its end, so that the 6-month
    // refresh token never lapses while nothing is approved. Never onboards. Returns true when a
    // grant was made, false when none was due (or the company is not onboarded yet).
    virtual Result<bool> keepAlive(const QDateTime &now) = 0;
    // Asked while a request waits out a Concur Retry-After: true ends the wait and the request
    // (the service passes its stop state, so a stop is never held up by a 429's 20 s wait).
    virtual void setStopCheck(std::function<bool()> stopRequested) = 0;
};

} // namespace mlc::cli
