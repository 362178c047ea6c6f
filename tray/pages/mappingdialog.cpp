#include "mappingdialog.h"

#include "masterdatapicker.h"
#include "models/mappingsmodel.h"
#include "models/reasonlabels.h"
#include "models/serviceconnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mlc::tray {

MappingDialog::MappingDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Mapping"));
    m_kind = new QComboBox(this);
    for (const char *kind : {"vendor", "account", "costcenter", "currency"})
        m_kind->addItem(MappingsModel::kindLabel(QLatin1String(kind)), QLatin1String(kind));
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("e.g. employee:12345AB, 6999, 1:21-KING or USD"));
    m_target = new QLineEdit(this);
    m_target->setPlaceholderText(tr("the code in SAP Business One"));
    m_pick = new QPushButton(tr("&Find in B1…"), this);
    m_pick->setObjectName(QStringLiteral("mappingPick"));
    m_pick->setToolTip(tr("Search SAP Business One for the code."));
    m_pick->setVisible(false);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_pick);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Save"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Concur value:"), m_source);
    auto *targetLabel = new QLabel(tr("&B1 code:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QLineEdit::textChanged, this, &MappingDialog::updateOk);
    connect(m_target, &QLineEdit::textChanged, this, &MappingDialog::updateOk);
    connect(m_pick, &QPushButton::clicked, this, &MappingDialog::pick);
    updateOk();
    resize(460, sizeHint().height());
}

void MappingDialog::setService(ServiceConnection *service)
{
    m_service = service;
    m_pick->setVisible(service != nullptr);
    updateOk();
}

void MappingDialog::pick()
{
    if (!m_service || !m_service->isConnected())
        return;
    MasterDataPicker picker(m_service, this);
    picker.setQuery(kind(), source(), {}, {}, source().isEmpty() ? MappingsModel::kindLabel(kind())
                                                                : ReasonLabels::mappingSource(kind() + QLatin1Char('/') + source()));
    if (picker.exec() == QDialog::Accepted && !picker.chosenCode().isEmpty())
        m_target->setText(picker.chosenCode());
}

void MappingDialog::setMapping(const QString &kind, const QString &source, const QString &target)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_source->setText(source);
    m_target->setText(target);
    m_target->setFocus();
}

QString MappingDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString MappingDialog::source() const
{
    return m_source->text().trimmed();
}

QString MappingDialog::target() const
{
    return m_target->text().trimmed();
}

void MappingDialog::updateOk()
{
    m_ok->setEnabled(!source().isEmpty() && !target().isEmpty());
    if (m_service)
        m_pick->setEnabled(m_service->isConnected());
}

} // namespace mlc::tray
