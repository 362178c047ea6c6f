#include "postingsettings.h"

namespace mlc::accounting {

QString PostingSettings::clearingAccountKey(const QString &payee)
{
    return QStringLiteral("posting/clearingAccount/") + payee;
}

PostingSettings PostingSettings::fromKeyValues(const QHash<QString, QString> &kv)
{
    PostingSettings s;
    const QLatin1String clearingPrefix("posting/clearingAccount/");
    const QLatin1String dimensionPrefix("mapping/dimension/");
    const QLatin1String sourceSuffix("/source");
    for (auto it = kv.constBegin(); it != kv.constEnd(); ++it) {
        const QString &key = it.key();
        const QString value = it.value().trimmed();
        if (key == inputTaxAccountKey()) {
            s.inputTaxAccount = value;
        } else if (key == freightAccountKey()) {
            s.freightAccount = value;
        } else if (key == QLatin1String("posting/employeeCardPrefix")) {
            s.employeeCardPrefix = value;
        } else if (key == QLatin1String("posting/referenceDate")) {
            const QString v = value.toLower();
            if (v == QLatin1String("submit"))
                s.referenceDate = ReferenceDate::Submit;
            else if (v == QLatin1String("sync"))
                s.referenceDate = ReferenceDate::SyncDate;
            else
                s.referenceDate = ReferenceDate::PaymentProcessing;
        } else if (key == timeZoneKey()) {
            // IANA names are ASCII; anything else is not a zone (and must not become one by chance).
            s.timeZoneName = value;
            if (!value.isEmpty()) {
                bool ascii = true;
                for (const QChar c : value)
                    ascii = ascii && c.unicode() < 0x80;
                s.timeZone = ascii ? QTimeZone(value.toLatin1()) : QTimeZone();
            }
        } else if (key.startsWith(clearingPrefix)) {
            const QString payee = key.mid(clearingPrefix.size()).trimmed().toUpper();
            if (!payee.isEmpty() && !value.isEmpty())
                s.clearingAccountByPayee.insert(payee, value);
        } else if (key.startsWith(dimensionPrefix) && key.endsWith(sourceSuffix)) {
            bool ok = false;
            const int dim = QStringView(key).mid(dimensionPrefix.size(), key.size() - dimensionPrefix.size() - sourceSuffix.size()).toInt(&ok);
            if (ok && dim >= 1 && dim <= 5 && !value.isEmpty())
                s.dimensionSource.insert(dim, value);
        }
    }
    return s;
}

} // namespace mlc::accounting
