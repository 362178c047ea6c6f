#include "mappingdialog.h"

#include "models/mappingsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Save"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Concur value:"), m_source);
    form->addRow(tr("&B1 code:"), m_target);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QLineEdit::textChanged, this, &MappingDialog::updateOk);
    connect(m_target, &QLineEdit::textChanged, this, &MappingDialog::updateOk);
    updateOk();
    resize(460, sizeHint().height());
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
}

} // namespace mlc::tray
