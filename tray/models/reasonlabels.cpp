#include "reasonlabels.h"

#include <QHash>

namespace mlc::tray {

QString ReasonLabels::label(const QString &code)
{
    if (code == QLatin1String("vendor.unmapped")) return tr("Vendor or employee not mapped");
    if (code == QLatin1String("vendor.invalid")) return tr("Supplier frozen or not valid in B1");
    if (code == QLatin1String("account.unmapped")) return tr("G/L account not mapped");
    if (code == QLatin1String("costcenter.unmapped")) return tr("Cost center not mapped");
    if (code == QLatin1String("currency.unknown")) return tr("Currency not known in B1");
    if (code == QLatin1String("totals.mismatch")) return tr("Totals do not reconcile");
    if (code == QLatin1String("totals.unaccounted")) return tr("Lines missing for Concur's total");
    if (code == QLatin1String("totals.missing")) return tr("Concur sent no total");
    if (code == QLatin1String("date.missing")) return tr("Posting date missing");
    if (code == QLatin1String("date.invalid")) return tr("Date not readable");
    if (code == QLatin1String("tax_account.missing")) return tr("Input tax account not set");
    if (code == QLatin1String("freight_account.missing")) return tr("Freight account not set");
    if (code == QLatin1String("clearing.missing")) return tr("Card clearing account not set");
    if (code == QLatin1String("payer.unsupported")) return tr("Payment type not supported");
    if (code == QLatin1String("payer.personal_positive")) return tr("Personal charge with a positive amount");
    if (code == QLatin1String("document.malformed")) return tr("Document incomplete");
    if (code == QLatin1String("document.changed_after_posting")) return tr("Changed after posting");
    if (code == QLatin1String("setting.invalid")) return tr("Setting not valid");
    if (code == QLatin1String("b1.rejected")) return tr("Rejected by SAP Business One");
    return code;
}

QString ReasonLabels::mappingKind(const QString &blockerKey)
{
    const QString kind = blockerKey.section(QLatin1Char('/'), 0, 0);
    if (kind == QLatin1String("vendor")) return tr("B1 business partner (CardCode)");
    if (kind == QLatin1String("account")) return tr("B1 G/L account");
    if (kind == QLatin1String("costcenter")) return tr("B1 profit center");
    if (kind == QLatin1String("currency")) return tr("B1 currency code");
    return {};
}

QString ReasonLabels::mappingSource(const QString &blockerKey)
{
    const QString kind = blockerKey.section(QLatin1Char('/'), 0, 0);
    const QString source = blockerKey.section(QLatin1Char('/'), 1);
    if (kind == QLatin1String("vendor") && source.startsWith(QLatin1String("employee:")))
        return tr("the Concur employee %1").arg(source.mid(9));
    if (kind == QLatin1String("vendor") && source.startsWith(QLatin1String("vendor:")))
        return tr("the Concur vendor %1").arg(source.mid(7));
    if (kind == QLatin1String("vendor"))
        return tr("the Concur vendor %1").arg(source);
    if (kind == QLatin1String("account"))
        return tr("the Concur account %1").arg(source);
    if (kind == QLatin1String("costcenter")) {
        // "1:21-KING": dimension 1, code 21-KING
        return tr("the cost center %1 (dimension %2)").arg(source.section(QLatin1Char(':'), 1), source.section(QLatin1Char(':'), 0, 0));
    }
    if (kind == QLatin1String("currency"))
        return tr("the currency %1").arg(source);
    return source;
}

} // namespace mlc::tray
