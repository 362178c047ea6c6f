#include "writeback.h"

#include "accounting/jsonfields.h"
#include "core/decimal.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace mlc::sync {

using store::LedgerRow;
using store::LedgerState;
using store::WriteBack;
using store::WriteBackState;

namespace {

const QLatin1String kAck("ack");
const QLatin1String kPosting("posting");
const QLatin1String kPayment("payment");
const QLatin1String kLevelApplied("writeback/levelApplied");
constexpr int kMessageMax = 1300; // FIS messageShortText/messageLongText

QString stepLabel(const QString &step)
{
    if (step == kAck)
        return QStringLiteral("acknowledgement");
    if (step == kPosting)
        return QStringLiteral("posting confirmation");
    return QStringLiteral("payment confirmation");
}

bool superseded(const LedgerRow &row)
{
    return row.skippedBy == QLatin1String("rules") && row.skipReason.startsWith(QLatin1String("superseded"));
}

// The journal entry's posting date (ReferenceDate) from the payload the ledger stored.
QDate postingDateOf(const LedgerRow &row)
{
    const QJsonObject je = QJsonDocument::fromJson(row.payload).object();
    return QDate::fromString(je.value(QLatin1String("ReferenceDate")).toString().left(10), Qt::ISODate);
}

} // namespace

QJsonObject reviewReason(const LedgerRow &row, const QString &code)
{
    for (const QJsonValue &r : row.reasons) {
        if (r.toObject().value(QLatin1String("code")).toString() == code)
            return r.toObject();
    }
    return {};
}

bool hasReviewReason(const LedgerRow &row, const QString &code)
{
    return !reviewReason(row, code).isEmpty();
}

WriteBacks::WriteBacks(store::Store &store, WriteBackTarget *target, WriteBackOptions options)
    : m_store(store)
    , m_target(target)
    , m_options(std::move(options))
{
}

QDateTime WriteBacks::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

bool WriteBacks::admits(const QString &step) const
{
    using concur::WriteBackLevel;
    if (step == kAck)
        return m_options.level >= WriteBackLevel::Acknowledge;
    if (step == kPosting)
        return m_options.level >= WriteBackLevel::Confirm;
    return m_options.level >= WriteBackLevel::ConfirmAndPay;
}

Result<void> WriteBacks::audit(const QString &action, const QString &docKey, const QString &detail, const QString &actor)
{
    return m_store.appendAuditEvent(actor.isEmpty() ? m_options.actor : actor, QStringLiteral("concur"), action, docKey, detail);
}

bool WriteBacks::refusedByConcur(const LedgerRow &row)
{
    return row.state == LedgerState::Review && hasReviewReason(row, QLatin1String(kConcurRefused));
}

Result<void> WriteBacks::ensure(const LedgerRow &row, const QString &step, const QJsonObject &detail, bool reopenDone)
{
    if (row.fisId.isEmpty() || !admits(step))
        return {};
    auto existing = m_store.writeBack(row.key, step);
    if (!existing.ok())
        return existing.error();
    if (existing->has_value()) {
        WriteBack w = **existing;
        if (!(reopenDone && w.state == WriteBackState::Done))
            return {};
        // Concur lists it as READY again although it was acknowledged: acknowledge it again.
        w.state = WriteBackState::Pending;
        w.attempts = 0;
        w.nextAttemptAt = QDateTime();
        w.answer = QStringLiteral("READY again in Concur");
        return m_store.putWriteBack(w);
    }
    WriteBack w;
    w.ledgerKey = row.key;
    w.step = step;
    w.docType = row.docType;
    w.fisId = row.fisId;
    w.detail = detail;
    return m_store.putWriteBack(w);
}

Result<void> WriteBacks::documentSeen(const LedgerRow &row)
{
    if (!admits(kAck) || refusedByConcur(row))
        return {};
    MLC_TRY(ensure(row, kAck, {}, true));
    return outcomeRecorded(row);
}

Result<void> WriteBacks::outcomeRecorded(const LedgerRow &row)
{
    if (!admits(kPosting))
        return {};
    QJsonObject detail;
    if (row.state == LedgerState::Posted && row.jdtNum > 0) {
        detail = {{QStringLiteral("status"), QStringLiteral("success")}};
    } else if (row.state == LedgerState::Skipped && row.skippedBy == QLatin1String("rules")) {
        if (superseded(row))
            return {}; // a later revision is the one Concur hears about
        detail = {{QStringLiteral("status"), QStringLiteral("success")},
                  {QStringLiteral("message"), QStringLiteral("Nothing to post in SAP Business One: %1.").arg(row.skipReason)}};
    } else if (row.state == LedgerState::Skipped) {
        detail = {{QStringLiteral("status"), QStringLiteral("error")},
                  {QStringLiteral("message"), QStringLiteral("Not posted to SAP Business One: %1").arg(row.skipReason)}};
    } else if (row.state == LedgerState::Review && hasReviewReason(row, QStringLiteral("document.malformed"))) {
        detail = {{QStringLiteral("status"), QStringLiteral("error")},
                  {QStringLiteral("message"), QStringLiteral("Cannot be posted to SAP Business One: %1")
                                                   .arg(reviewReason(row, QStringLiteral("document.malformed")).value(QLatin1String("message")).toString())}};
    } else {
        return {}; // still on its way (posting, waiting in review): nothing to confirm yet
    }
    MLC_TRY(ensure(row, kAck, {}, false)); // a confirmation needs the acknowledgement first
    return ensure(row, kPosting, detail, false);
}

Result<void> WriteBacks::paid(const LedgerRow &row, const Payment &payment, const QString &actor)
{
    if (!admits(kPayment))
        return makeError(QStringLiteral("input.invalid_state"),
                         QStringLiteral("Payment confirmations are off: the write-back level (concur/writeBack) is %1, "
                                        "they need confirm-and-pay.")
                             .arg(concur::toString(m_options.level)));
    if (row.docType != QLatin1String("expense"))
        return makeError(QStringLiteral("input.invalid"), QStringLiteral("Concur takes payment confirmations for expense reports only."));
    if (row.state != LedgerState::Posted || row.jdtNum <= 0)
        return makeError(QStringLiteral("input.invalid_state"),
                         QStringLiteral("%1 is not posted in SAP Business One, so it cannot be marked paid.").arg(row.key));
    if (payment.reference.trimmed().isEmpty() || payment.reference.size() > 80)
        return makeError(QStringLiteral("input.invalid"), QStringLiteral("A payment reference (up to 80 characters) is required."));
    if (!payment.date.isValid())
        return makeError(QStringLiteral("input.invalid"), QStringLiteral("A valid payment date is required."));
    if (payment.method != QLatin1String("E") && payment.method != QLatin1String("C"))
        return makeError(QStringLiteral("input.invalid"), QStringLiteral("The payment method is E (transfer) or C (cheque)."));
    auto existing = m_store.writeBack(row.key, kPayment);
    if (!existing.ok())
        return existing.error();
    if (existing->has_value() && (*existing)->state != WriteBackState::Dismissed)
        return makeError(QStringLiteral("input.invalid_state"),
                         QStringLiteral("%1 is already marked paid (reference %2).")
                             .arg(row.key, (*existing)->detail.value(QLatin1String("reference")).toString()));
    QJsonObject detail{{QStringLiteral("reference"), payment.reference.trimmed()},
                       {QStringLiteral("date"), payment.date.toString(Qt::ISODate)},
                       {QStringLiteral("method"), payment.method},
                       {QStringLiteral("by"), actor}};
    if (!payment.amount.trimmed().isEmpty()) {
        const auto amount = Decimal::fromString(payment.amount.trimmed());
        if (!amount || !(*amount > Decimal()))
            return makeError(QStringLiteral("input.invalid"), QStringLiteral("The amount paid must be a positive number."));
        detail.insert(QStringLiteral("amount"), amount->toString(2));
    }
    WriteBack w;
    w.ledgerKey = row.key;
    w.step = kPayment;
    w.docType = row.docType;
    w.fisId = row.fisId;
    w.detail = detail;
    MLC_TRY(paymentItem(row, w, m_options.companyId)); // the amount must be known now, not at sending
    MLC_TRY(m_store.putWriteBack(w));
    return audit(QStringLiteral("payment"), row.key,
                 QStringLiteral("marked paid on %1, reference %2; Concur is told at the next cycle")
                     .arg(payment.date.toString(Qt::ISODate), payment.reference.trimmed()),
                 actor);
}

QJsonObject WriteBacks::postingItem(const LedgerRow &row, const WriteBack &w, const QString &companyId)
{
    const bool success = w.detail.value(QLatin1String("status")).toString() != QLatin1String("error");
    QJsonArray postingDocs;
    if (success && row.jdtNum > 0) {
        const QDate date = postingDateOf(row);
        postingDocs.append(QJsonObject{{QStringLiteral("companyId"), companyId.left(32)},
                                       {QStringLiteral("documentNumber"), QString::number(row.jdtNum)},
                                       {QStringLiteral("fiscalYear"), date.isValid() ? QString::number(date.year()) : QString()},
                                       {QStringLiteral("paymentRelevantLineItems"), QJsonArray()},
                                       {QStringLiteral("postingDate"), date.isValid() ? date.toString(Qt::ISODate) : QString()}});
    }
    QJsonArray messages;
    const QString message = w.detail.value(QLatin1String("message")).toString();
    if (!message.isEmpty()) {
        messages.append(QJsonObject{{QStringLiteral("concurTransactionLineItemId"), QString()},
                                    {QStringLiteral("messageId"), success ? QStringLiteral("MLC-INFO") : QStringLiteral("MLC-NOT-POSTED")},
                                    {QStringLiteral("messageLanguage"), QStringLiteral("EN")},
                                    {QStringLiteral("messageLongText"), QString()},
                                    {QStringLiteral("messageShortText"), accounting::fields::cut(message, kMessageMax)}});
    }
    return QJsonObject{{QStringLiteral("docId"), w.fisId},
                       {QStringLiteral("overallPostingStatusCode"), success ? QStringLiteral("success") : QStringLiteral("error")},
                       {QStringLiteral("postingDocs"), postingDocs},
                       {QStringLiteral("systemMessages"), messages}};
}

Result<QJsonObject> WriteBacks::paymentItem(const LedgerRow &row, const WriteBack &w, const QString &companyId)
{
    const QJsonObject doc = QJsonDocument::fromJson(row.document).object();
    const QJsonObject employee = doc.value(QLatin1String("employee")).toObject();
    QString amount = w.detail.value(QLatin1String("amount")).toString();
    if (amount.isEmpty()) {
        const QJsonObject report = doc.value(QLatin1String("report")).toObject();
        const accounting::fields::Amount due = accounting::fields::amount(report.value(QLatin1String("amountDueEmployee")));
        if (!due.ok() || !(due.value > Decimal()))
            return makeError(QStringLiteral("input.invalid"),
                             QStringLiteral("The report does not say what is due to the employee; give the amount paid."));
        amount = due.value.toString(2);
    }
    const QDate date = QDate::fromString(w.detail.value(QLatin1String("date")).toString(), Qt::ISODate);
    const QDate posted = postingDateOf(row);
    const QJsonObject detail{
        {QStringLiteral("clearingDate"), QString(date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T12:00:00.000Z"))},
        {QStringLiteral("clearingAmount"), amount}, // spliced in as a number when sent
        {QStringLiteral("clearingCurrency"), row.currency},
        {QStringLiteral("receiver"),
         QJsonObject{{QStringLiteral("receiverId"), accounting::fields::text(employee.value(QLatin1String("employeeId")))},
                     {QStringLiteral("receiverName"),
                      accounting::fields::joined(accounting::fields::text(employee.value(QLatin1String("employeeFirstName"))),
                                                 accounting::fields::text(employee.value(QLatin1String("employeeLastName"))))},
                     {QStringLiteral("receiverType"), QStringLiteral("EMPLOYEE")}}},
        {QStringLiteral("clearingReference"),
         QJsonObject{{QStringLiteral("companyCode"), companyId.left(32)},
                     {QStringLiteral("financialDocumentId"), QString::number(row.jdtNum)},
                     {QStringLiteral("fiscalYear"), posted.isValid() ? QString::number(posted.year()) : QString()},
                     {QStringLiteral("paymentRef"), w.detail.value(QLatin1String("reference")).toString()},
                     {QStringLiteral("paymentMethod"), w.detail.value(QLatin1String("method")).toString()}}},
    };
    return QJsonObject{{QStringLiteral("docId"), w.fisId},
                       {QStringLiteral("processingStatusCode"), QStringLiteral("CP")},
                       {QStringLiteral("additionalMessage"), QString()},
                       {QStringLiteral("clearingDetails"), QJsonArray{detail}}};
}

Result<void> WriteBacks::applyLevel()
{
    auto appliedText = m_store.setting(kLevelApplied);
    if (!appliedText.ok())
        return appliedText.error();
    const auto applied = concur::writeBackLevelFromString(appliedText.value()).value_or(concur::WriteBackLevel::Off);
    if (applied == m_options.level)
        return {};
    if (m_options.level >= concur::WriteBackLevel::Confirm && applied < concur::WriteBackLevel::Confirm) {
        // Documents acknowledged (or being acknowledged) before confirmations were on leave the
        // READY queue: their outcomes are confirmed from the ledger.
        int added = 0;
        for (WriteBackState ackState : {WriteBackState::Done, WriteBackState::Pending}) {
            auto n = confirmOutcomesOf(ackState);
            if (!n.ok())
                return n.error();
            added += n.value();
        }
        MLC_TRY(audit(QStringLiteral("setting"), {},
                      QStringLiteral("write-back level %1: posting confirmations checked for %2 documents acknowledged earlier")
                          .arg(concur::toString(m_options.level))
                          .arg(added)));
    }
    return m_store.setSetting(kLevelApplied, concur::toString(m_options.level));
}

Result<int> WriteBacks::confirmOutcomesOf(WriteBackState ackState)
{
    int seen = 0;
    QString after;
    for (;;) {
        auto acked = m_store.writeBacksInState(kAck, ackState, after, 500);
        if (!acked.ok())
            return acked.error();
        if (acked->isEmpty())
            return seen;
        MLC_TRY(m_store.transaction([&]() -> Result<void> {
            for (const WriteBack &a : acked.value()) {
                after = a.ledgerKey;
                auto row = m_store.ledger(a.ledgerKey);
                if (!row.ok())
                    return row.error();
                if (row->has_value()) {
                    MLC_TRY(outcomeRecorded(**row));
                    ++seen;
                }
            }
            return {};
        }));
    }
}

WriteBacks::Verdict WriteBacks::verdictFor(const QString &step, int code)
{
    if (code == 0)
        return Verdict::Done;
    if (code == 199 || code < 0)
        return Verdict::Retry;
    if (step == kAck)
        return code == 101 ? Verdict::Done : Verdict::Refused;
    if (step == kPosting) {
        if (code == 113 || code == 213)
            return Verdict::Done;
        return code == 111 ? Verdict::Retry : Verdict::Refused; // 111: acknowledged again first
    }
    if (code == 298)
        return Verdict::Done; // NOOP: this payment reference is already confirmed
    return code == 111 ? Verdict::Retry : Verdict::Refused; // 111: posting not confirmed yet
}

Result<void> WriteBacks::sendDue(CycleSummary &summary)
{
    if (m_options.level == concur::WriteBackLevel::Off)
        return {};
    for (const QString &step : {QString(kAck), QString(kPosting), QString(kPayment)}) {
        if (!admits(step))
            break;
        if (m_options.stopRequested && m_options.stopRequested())
            return {};
        MLC_TRY(sendStep(step, summary));
    }
    return {};
}

Result<void> WriteBacks::sendStep(const QString &step, CycleSummary &summary)
{
    auto due = m_store.writeBacksDue(step, now(), m_options.maxPerCycle);
    if (!due.ok())
        return due.error();
    if (due->isEmpty())
        return {};
    if (!m_target)
        return makeError(QStringLiteral("concur.config"), QStringLiteral("No Concur connection to send write-backs on."));
    QMap<QString, QList<WriteBack>> byType; // one request per document type and batch
    for (const WriteBack &w : due.value())
        byType[w.docType].append(w);
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        const QList<WriteBack> &all = it.value();
        for (qsizetype from = 0; from < all.size(); from += m_options.batchSize) {
            if (m_options.stopRequested && m_options.stopRequested())
                return {};
            QList<WriteBack> batch;
            QStringList ids;
            QJsonArray items;
            for (const WriteBack &w : all.mid(from, m_options.batchSize)) {
                if (step != kAck) {
                    // A confirmation waits for the step before it (acknowledged / posting confirmed).
                    auto before = m_store.writeBack(w.ledgerKey, step == kPosting ? QString(kAck) : QString(kPosting));
                    if (!before.ok())
                        return before.error();
                    if (before->has_value() && (*before)->state == WriteBackState::Refused) {
                        // Waits for a person (the document is in review): out of the due list
                        // meanwhile, so that it never holds up the others.
                        WriteBack later = w;
                        later.nextAttemptAt = now().addDays(1);
                        MLC_TRY(m_store.putWriteBack(later));
                        continue;
                    }
                    if (!before->has_value() || (*before)->state != WriteBackState::Done)
                        continue;
                    auto row = m_store.ledger(w.ledgerKey);
                    if (!row.ok())
                        return row.error();
                    if (!row->has_value())
                        continue;
                    if (step == kPosting) {
                        items.append(postingItem(**row, w, m_options.companyId));
                    } else {
                        auto item = paymentItem(**row, w, m_options.companyId);
                        if (!item.ok()) {
                            MLC_TRY(record(w, nullptr, &item.error(), summary));
                            continue;
                        }
                        items.append(item.value());
                    }
                } else if (!ids.contains(w.fisId)) {
                    ids.append(w.fisId);
                }
                batch.append(w);
            }
            if (batch.isEmpty())
                continue;
            Result<QList<concur::FisWriteResult>> answer =
                step == kAck       ? m_target->acknowledge(it.key(), ids)
                : step == kPosting ? m_target->confirmPostings(it.key(), items)
                                   : m_target->confirmPayments(it.key(), items);
            ++summary.concurWrites;
            if (!answer.ok() && answer.error().code == QLatin1String("sync.stopped"))
                return {};
            QHash<QString, concur::FisWriteResult> byId;
            if (answer.ok()) {
                for (const concur::FisWriteResult &r : answer.value())
                    byId.insert(r.docId, r);
            } else {
                qCWarning(lcSync).noquote() << "Concur" << stepLabel(step) << "of" << batch.size()
                                            << "documents not answered:" << answer.error().toString();
            }
            MLC_TRY(m_store.transaction([&]() -> Result<void> {
                for (const WriteBack &w : batch) {
                    const auto found = byId.constFind(w.fisId);
                    MLC_TRY(answer.ok() ? record(w, found == byId.cend() ? nullptr : &found.value(), nullptr, summary)
                                        : record(w, nullptr, &answer.error(), summary));
                }
                if (answer.ok())
                    return {};
                // One audit event per unanswered request, not one per document and attempt.
                return audit(QStringLiteral("writeback-retry"), {},
                             QStringLiteral("%1 of %2 %3 documents not answered: %4; each is sent again after its backoff")
                                 .arg(stepLabel(step))
                                 .arg(batch.size())
                                 .arg(it.key(), answer.error().toString()));
            }));
        }
    }
    return {};
}

Result<void> WriteBacks::record(WriteBack w, const concur::FisWriteResult *result, const Error *error, CycleSummary &summary)
{
    Verdict verdict = Verdict::Retry;
    if (result) {
        w.code = result->code;
        w.answer = result->message.isEmpty() ? result->result : result->message;
        verdict = result->code < 0 && result->result == QLatin1String("SUCCESS") ? Verdict::Done : verdictFor(w.step, result->code);
    } else {
        w.answer = error ? error->toString() : QStringLiteral("Concur's answer did not mention this document");
    }
    switch (verdict) {
    case Verdict::Done:
        w.state = WriteBackState::Done;
        w.nextAttemptAt = QDateTime();
        MLC_TRY(m_store.putWriteBack(w));
        if (w.step == kAck)
            ++summary.acknowledged;
        else if (w.step == kPosting)
            ++summary.confirmed;
        else
            ++summary.paymentsConfirmed;
        return audit(QStringLiteral("writeback"), w.ledgerKey,
                     QStringLiteral("Concur accepted the %1 of FIS %2 (code %3%4)")
                         .arg(stepLabel(w.step), w.fisId)
                         .arg(w.code)
                         .arg(w.code > 0 ? QStringLiteral(": ") + w.answer : QString()));
    case Verdict::Refused:
        w.state = WriteBackState::Refused;
        w.nextAttemptAt = QDateTime();
        MLC_TRY(m_store.putWriteBack(w));
        return refuse(w, summary);
    case Verdict::Retry:
        break;
    }
    w.attempts += 1;
    qint64 delay = m_options.retryDelaySeconds;
    for (int i = 1; i < w.attempts && delay < m_options.maxRetryDelaySeconds; ++i)
        delay *= 2;
    w.nextAttemptAt = now().addSecs(qMin<qint64>(delay, m_options.maxRetryDelaySeconds));
    MLC_TRY(m_store.putWriteBack(w));
    if (w.step == kPosting && w.code == 111) {
        // Concur says it was never acknowledged: acknowledge it again first.
        auto ack = m_store.writeBack(w.ledgerKey, kAck);
        if (!ack.ok())
            return ack.error();
        if (ack->has_value()) {
            WriteBack a = **ack;
            a.state = WriteBackState::Pending;
            a.nextAttemptAt = QDateTime();
            a.answer = QStringLiteral("Concur answered the posting confirmation: not acknowledged");
            MLC_TRY(m_store.putWriteBack(a));
        }
    }
    ++summary.writeBacksWaiting;
    if (error)
        return {}; // the whole request went unanswered: sendStep audits it once for the batch
    return audit(QStringLiteral("writeback-retry"), w.ledgerKey,
                 QStringLiteral("%1 of FIS %2 not done: %3; sent again after %4")
                     .arg(stepLabel(w.step), w.fisId, w.answer, w.nextAttemptAt.toString(Qt::ISODate)));
}

Result<void> WriteBacks::refuse(const WriteBack &w, CycleSummary &summary)
{
    ++summary.writeBacksRefused;
    const QString message = QStringLiteral("Concur refused the %1: %2 (code %3)").arg(stepLabel(w.step), w.answer).arg(w.code);
    MLC_TRY(audit(QStringLiteral("writeback-refused"), w.ledgerKey, message));
    auto found = m_store.ledger(w.ledgerKey);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return {};
    LedgerRow row = **found;
    const QString was = row.state == LedgerState::Review && refusedByConcur(row) ? QString() : store::toString(row.state);
    QJsonObject reason{{QStringLiteral("code"), QLatin1String(kConcurRefused)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("args"), QJsonObject{{QStringLiteral("step"), w.step},
                                                            {QStringLiteral("code"), w.code},
                                                            {QStringLiteral("concurMessage"), w.answer},
                                                            {QStringLiteral("was"), was}}}};
    if (row.state != LedgerState::Review)
        row.reasons = QJsonArray();
    row.reasons.append(reason);
    row.state = LedgerState::Review;
    MLC_TRY(m_store.upsertLedger(row));
    qCWarning(lcSync).noquote() << w.ledgerKey << message;
    return {};
}

Result<WriteBacks::Refusal> WriteBacks::refusal(const QString &ledgerKey)
{
    auto found = m_store.ledger(ledgerKey);
    if (!found.ok())
        return found.error();
    if (!found->has_value() || !refusedByConcur(**found))
        return makeError(QStringLiteral("input.invalid_state"), QStringLiteral("%1 has no write-back Concur refused.").arg(ledgerKey));
    auto wbs = m_store.writeBacksOf(ledgerKey);
    if (!wbs.ok())
        return wbs.error();
    return Refusal{**found, wbs.value()};
}

Result<void> WriteBacks::retryRefused(const QString &ledgerKey, const QString &actor)
{
    auto refused = refusal(ledgerKey);
    if (!refused.ok())
        return refused.error();
    LedgerRow &row = refused->row;
    const QList<WriteBack> &writeBacks = refused->writeBacks;
    QString was;
    QJsonArray kept;
    for (const QJsonValue &r : row.reasons) {
        const QJsonObject o = r.toObject();
        if (o.value(QLatin1String("code")).toString() != QLatin1String(kConcurRefused))
            kept.append(r);
        else if (was.isEmpty())
            was = o.value(QLatin1String("args")).toObject().value(QLatin1String("was")).toString();
    }
    return m_store.transaction([&]() -> Result<void> {
        for (WriteBack w : writeBacks) {
            if (w.state != WriteBackState::Refused && w.state != WriteBackState::Pending)
                continue;
            w.state = WriteBackState::Pending;
            w.attempts = 0;
            w.nextAttemptAt = QDateTime();
            w.answer = QStringLiteral("sent again at the request of %1").arg(actor);
            MLC_TRY(m_store.putWriteBack(w));
        }
        row.reasons = kept;
        if (kept.isEmpty())
            row.state = store::ledgerStateFromString(was).value_or(LedgerState::Review);
        MLC_TRY(m_store.upsertLedger(row));
        return audit(QStringLiteral("resolve"), ledgerKey, QStringLiteral("write-back to Concur sent again at the next cycle"), actor);
    });
}

Result<void> WriteBacks::dismissRefused(const QString &ledgerKey, const QString &reason, const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return makeError(QStringLiteral("input.invalid"), QStringLiteral("A reason is required to skip a document."));
    auto refused = refusal(ledgerKey);
    if (!refused.ok())
        return refused.error();
    LedgerRow &row = refused->row;
    const QString before = store::toString(row.state);
    return m_store.transaction([&]() -> Result<void> {
        for (WriteBack w : refused->writeBacks) {
            if (w.state == WriteBackState::Done)
                continue;
            w.state = WriteBackState::Dismissed;
            w.nextAttemptAt = QDateTime();
            w.answer = QStringLiteral("dismissed by %1: %2").arg(actor, reason);
            MLC_TRY(m_store.putWriteBack(w));
        }
        row.reasons = QJsonArray();
        if (row.jdtNum > 0) {
            row.state = LedgerState::Posted; // its journal entry is in B1 and stays there
        } else {
            row.state = LedgerState::Skipped;
            row.skippedBy = actor;
            row.skipReason = reason;
        }
        MLC_TRY(m_store.upsertLedger(row));
        MLC_TRY(m_store.setBlockers(row.key, {}));
        return m_store.appendAuditEvent(actor, QStringLiteral("concur"), QStringLiteral("skip"), ledgerKey,
                                        QStringLiteral("Concur's refusal accepted: %1").arg(reason), before,
                                        store::toString(row.state));
    });
}

} // namespace mlc::sync
