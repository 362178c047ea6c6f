// Pipe method of the write-back to Concur (issue #10, setting concur/writeBack):
//   payments.mark {key, reference, date (YYYY-MM-DD), amount?, method? (E|C)}
//       -> a reimbursement paid: Concur's payment confirmation goes out at the next cycle
//          (level confirm-and-pay, expense reports posted in B1 only; the reference must be unique).
#include "servicecore.h"

#include "cli/connections.h"
#include "store/store.h"
#include "sync/syncengine.h"

namespace mlc::service {

void ServiceCore::handlePaymentsMark(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString key = params.value(QStringLiteral("key")).toString();
    sync::Payment payment;
    payment.reference = params.value(QStringLiteral("reference")).toString();
    payment.date = QDate::fromString(params.value(QStringLiteral("date")).toString(), Qt::ISODate);
    payment.amount = params.value(QStringLiteral("amount")).toString();
    payment.method = params.value(QStringLiteral("method")).toString(QStringLiteral("E"));
    if (key.isEmpty())
        return reply.fail(QStringLiteral("input.invalid"), tr("payments.mark needs a key, a reference and a date."));
    if (engineBusy())
        return reply.fail(QStringLiteral("busy"), tr("A sync cycle is running; try again when it has finished."));
    EngineUse use(*this);
    auto engine = requestEngine();
    if (!engine.ok())
        return reply.fail(engine.error());
    if (auto r = engine.value()->markPaid(key, payment, actorFor(peer)); !r.ok())
        return reply.fail(r.error());
    reply.ok(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("payment"), QStringLiteral("pending")}});
    broadcastStatus();
}

QJsonObject ServiceCore::writeBackStatus()
{
    auto level = m_store.setting(QLatin1String(concur::WriteBackSettingKey));
    QJsonObject o{{QStringLiteral("level"),
                   concur::toString(concur::writeBackLevelFromString(level.ok() ? level.value() : QString())
                                        .value_or(concur::WriteBackLevel::Off))}};
    if (auto counts = m_store.writeBackCounts(); counts.ok()) {
        QJsonObject c;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            c.insert(it.key(), it.value());
        o.insert(QStringLiteral("counts"), c);
    }
    return o;
}

} // namespace mlc::service
