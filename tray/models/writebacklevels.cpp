#include "writebacklevels.h"

namespace mlc::tray {

QStringList WriteBackLevels::levels()
{
    return {QStringLiteral("off"), QStringLiteral("acknowledge"), QStringLiteral("confirm"),
            QStringLiteral("confirm-and-pay")};
}

QString WriteBackLevels::label(const QString &level)
{
    if (level == QLatin1String("off")) return tr("Off");
    if (level == QLatin1String("acknowledge")) return tr("Acknowledge documents");
    if (level == QLatin1String("confirm")) return tr("Confirm postings");
    if (level == QLatin1String("confirm-and-pay")) return tr("Confirm postings and payments");
    return level;
}

QString WriteBackLevels::description(const QString &level)
{
    if (level == QLatin1String("off"))
        return tr("Sends nothing to Concur: ml-connector only signs in and reads approved documents, so Concur is "
                  "never changed.");
    if (level == QLatin1String("acknowledge"))
        return tr("Acknowledges each document once ml-connector has recorded it, so it leaves Concur's list of "
                  "documents ready to export and every sync stays quick.");
    if (level == QLatin1String("confirm"))
        return tr("Acknowledges each document and tells Concur whether it was posted to SAP Business One (with the "
                  "journal entry number and posting date) or will not be; Concur Expense Pay reimburses only "
                  "reports confirmed as posted.");
    if (level == QLatin1String("confirm-and-pay"))
        return tr("Acknowledges and confirms each document and also tells Concur when an employee's reimbursement "
                  "has been paid, once a person marks it paid (expense reports only).");
    return tr("A level this version of the tray does not know; the service decides what it sends.");
}

QString WriteBackLevels::summary(const QJsonObject &writeBack)
{
    const QString level = writeBack.value(QLatin1String("level")).toString();
    if (level.isEmpty() || level == QLatin1String(Off))
        return {};
    const QJsonObject counts = writeBack.value(QLatin1String("counts")).toObject();
    const auto count = [&](const char *step, const char *state) {
        return counts.value(QLatin1String(step) + QLatin1Char('/') + QLatin1String(state)).toInt();
    };
    // The steps the level sends (an unknown, newer level: whatever the service counted).
    const qsizetype rank = levels().indexOf(level);
    const bool known = rank >= 0;
    const bool ack = !known || rank >= 1;
    const bool posting = !known || rank >= 2;
    const bool payment = !known || rank >= 3;
    QStringList parts;
    if (ack)
        parts << tr("%n document(s) acknowledged", nullptr, count("ack", "done"));
    if (posting)
        parts << tr("%n posting outcome(s) confirmed", nullptr, count("posting", "done"));
    if (payment && (known || count("payment", "done") > 0))
        parts << tr("%n payment(s) confirmed", nullptr, count("payment", "done"));
    // Waiting: what this level still sends (a lower level holds the rest back, unsent).
    const int waiting = (ack ? count("ack", "pending") : 0) + (posting ? count("posting", "pending") : 0)
        + (payment ? count("payment", "pending") : 0);
    if (waiting > 0)
        parts << tr("%n waiting to be sent", nullptr, waiting);
    // Refused ones wait in the review queue whatever the level is now.
    const int refused = count("ack", "refused") + count("posting", "refused") + count("payment", "refused");
    if (refused > 0)
        parts << tr("%n refused by Concur (in the review queue)", nullptr, refused);
    return tr("%1 — %2").arg(label(level), parts.join(QStringLiteral(", ")));
}

QString WriteBackLevels::summaryHelp()
{
    return tr("Acknowledged: Concur knows that ml-connector has recorded the document. Posting outcome confirmed: Concur has "
              "been told whether the document was posted to SAP Business One or will not be. Payment confirmed: "
              "Concur has been told that the reimbursement was paid. Waiting: sent at the next sync. Refused: Concur "
              "did not accept it; the document waits in the review queue.");
}

} // namespace mlc::tray
