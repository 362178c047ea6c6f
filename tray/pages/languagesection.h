#pragma once
// The tray's language (this user's choice, not a service setting: every user of the computer may
// read the tray in another language). Takes effect when the tray starts again.
#include <QGroupBox>

class QComboBox;
class QLabel;

namespace mlc::tray {

class LanguageSection : public QGroupBox {
    Q_OBJECT
public:
    explicit LanguageSection(QWidget *parent = nullptr);
    QComboBox *combo() const { return m_combo; }

private:
    QComboBox *m_combo;
    QLabel *m_note;
};

} // namespace mlc::tray
