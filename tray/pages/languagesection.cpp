#include "languagesection.h"

#include "core/translations.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace mlc::tray {

LanguageSection::LanguageSection(QWidget *parent)
    : QGroupBox(tr("Language"), parent)
{
    setObjectName(QStringLiteral("languageSection"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->setAccessibleName(tr("Language of this window"));
    m_combo->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const core::Language &l : core::availableLanguages())
        m_combo->addItem(l.nativeName, l.code);
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(core::currentLanguageSetting())));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Lan&guage:"), m_combo);
    layout->addRow(QString(), m_note);
    // A personal choice, saved at once (it is not one of the service's settings).
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_combo->currentData().toString();
        if (code == core::currentLanguageSetting())
            return;
        if (core::setLanguageSetting(code))
            m_note->setText(tr("Saved for you. The new language shows the next time the tray starts."));
    });
}

} // namespace mlc::tray
