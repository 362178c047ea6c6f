#pragma once
// How documents post (Settings and the first-run assistant): the G/L accounts for reclaimable tax,
// shipping and company-card clearing, the employee business-partner prefix, which date is the
// posting date and in which time zone, and which Concur field feeds each B1 dimension.
#include <QGroupBox>

class QComboBox;

namespace mlc::tray {

class SettingsForm;

class PostingSection : public QGroupBox {
    Q_OBJECT
public:
    explicit PostingSection(SettingsForm *form, QWidget *parent = nullptr);
};

// An editable combo box of IANA time zones, the first entry meaning "this computer's zone".
QComboBox *timeZoneCombo(QWidget *parent, const QString &accessibleName);

} // namespace mlc::tray
