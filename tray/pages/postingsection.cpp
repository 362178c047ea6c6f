#include "postingsection.h"

#include "settingsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace mlc::tray {

QComboBox *timeZoneCombo(QWidget *parent, const QString &accessibleName)
{
    auto *zone = new QComboBox(parent);
    zone->setEditable(true);
    zone->setInsertPolicy(QComboBox::NoInsert);
    zone->setAccessibleName(accessibleName);
    zone->addItem(QComboBox::tr("This computer's time zone (%1)").arg(QString::fromLatin1(QTimeZone::systemTimeZoneId())),
                  QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/')) // region/city names; skip aliases such as "EST5EDT"
            zone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    }
    zone->setMaxVisibleItems(20);
    return zone;
}

PostingSection::PostingSection(SettingsForm *form, QWidget *parent)
    : QGroupBox(tr("Posting"), parent)
{
    setObjectName(QStringLiteral("postingSection"));
    auto *layout = new QFormLayout(this);
    const auto account = [&](const QString &key, const QString &name, const QString &objectName) {
        auto *e = new QLineEdit(this);
        e->setAccessibleName(name);
        e->setObjectName(objectName);
        e->setPlaceholderText(tr("G/L account code in SAP Business One"));
        form->bindLine(key, e);
        return e;
    };
    layout->addRow(tr("Input &tax account:"), account(QStringLiteral("posting/inputTaxAccount"), tr("Input tax account"),
                                                      QStringLiteral("inputTaxAccount")));
    layout->addRow(tr("&Freight account:"), account(QStringLiteral("posting/freightAccount"), tr("Freight account"),
                                                    QStringLiteral("freightAccount")));
    layout->addRow(tr("Company &card clearing account:"),
                   account(QStringLiteral("posting/clearingAccount/CBCP"), tr("Company card clearing account"),
                           QStringLiteral("clearingAccountCBCP")));
    auto *prefix = new QLineEdit(this);
    prefix->setAccessibleName(tr("Employee business partner prefix"));
    prefix->setPlaceholderText(tr("e.g. E: employee 1001 is business partner E1001"));
    form->bindLine(QStringLiteral("posting/employeeCardPrefix"), prefix);
    layout->addRow(tr("&Employee business partner prefix:"), prefix);

    auto *date = new QComboBox(this);
    date->setAccessibleName(tr("Posting date"));
    date->setObjectName(QStringLiteral("referenceDate"));
    date->addItem(tr("The date Concur processed the payment (recommended)"), QStringLiteral("payment"));
    date->addItem(tr("The date the report was submitted"), QStringLiteral("submit"));
    date->addItem(tr("The date of the sync"), QStringLiteral("sync"));
    form->bindCombo(QStringLiteral("posting/referenceDate"), date, QStringLiteral("payment"));
    layout->addRow(tr("Posting &date:"), date);
    auto *zone = timeZoneCombo(this, tr("Company time zone"));
    zone->setObjectName(QStringLiteral("postingTimeZone"));
    form->bindCombo(QStringLiteral("posting/timeZone"), zone);
    layout->addRow(tr("Company time &zone:"), zone);

    // Which Concur field feeds each B1 dimension (a cost-center mapping then translates the value).
    const QStringList fields = {
        QStringLiteral("allocationCustom1Code"), QStringLiteral("allocationCustom2Code"),
        QStringLiteral("allocationCustom3Code"), QStringLiteral("employeeOrgUnit1Code"),
        QStringLiteral("employeeOrgUnit2Code"),  QStringLiteral("employeeOrgUnit3Code"),
        QStringLiteral("reportCustom1Code"),     QStringLiteral("entryCustom1Code"),
    };
    for (int dim = 1; dim <= 5; ++dim) {
        auto *source = new QComboBox(this);
        source->setEditable(true);
        source->setInsertPolicy(QComboBox::NoInsert);
        source->setAccessibleName(tr("Concur field for dimension %1").arg(dim));
        source->setObjectName(QStringLiteral("dimensionSource%1").arg(dim));
        source->addItem(tr("(not used)"), QString());
        for (const QString &f : fields)
            source->addItem(f, f);
        form->bindCombo(QStringLiteral("mapping/dimension/%1/source").arg(dim), source);
        layout->addRow(tr("Dimension %1 from:").arg(dim), source);
    }
    auto *note = new QLabel(tr("Other clearing accounts (per Concur payment type) are set with the command line: "
                               "ml-connector config set posting/clearingAccount/<code> <account>."),
                            this);
    note->setWordWrap(true);
    layout->addRow(note);
}

} // namespace mlc::tray
