#pragma once
// When the service syncs (Settings and the first-run assistant): the schedule text and its time
// zone, with the next five runs previewed as the user types (the service's own parser).
#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mlc::tray {

class SettingsForm;

class ScheduleSection : public QGroupBox {
    Q_OBJECT
public:
    explicit ScheduleSection(SettingsForm *form, QWidget *parent = nullptr);
    QLabel *preview() const { return m_preview; }

private:
    void updatePreview();

    QLineEdit *m_spec;
    QComboBox *m_zone;
    QLabel *m_preview;
};

} // namespace mlc::tray
