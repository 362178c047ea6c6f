#pragma once
// Add or change one mapping: which kind, the Concur value, the B1 code (typed, or chosen in the
// B1 picker when a service connection is given).
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace mlc::tray {

class ServiceConnection;

class MappingDialog : public QDialog {
    Q_OBJECT
public:
    explicit MappingDialog(QWidget *parent = nullptr);
    // Enables "Find in B1…" (the picker searches through the service).
    void setService(ServiceConnection *service);

    void setMapping(const QString &kind, const QString &source, const QString &target);
    QString kind() const;
    QString source() const;
    QString target() const;

private:
    void updateOk();
    void pick();

    QComboBox *m_kind;
    QLineEdit *m_source;
    QLineEdit *m_target;
    QPushButton *m_ok = nullptr;
    QPushButton *m_pick = nullptr;
    ServiceConnection *m_service = nullptr;
};

} // namespace mlc::tray
