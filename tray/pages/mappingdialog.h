#pragma once
// Add or change one mapping: which kind, the Concur value, the B1 code.
#include <QDialog>

class QComboBox;
class QLineEdit;

namespace mlc::tray {

class MappingDialog : public QDialog {
    Q_OBJECT
public:
    explicit MappingDialog(QWidget *parent = nullptr);

    void setMapping(const QString &kind, const QString &source, const QString &target);
    QString kind() const;
    QString source() const;
    QString target() const;

private:
    void updateOk();

    QComboBox *m_kind;
    QLineEdit *m_source;
    QLineEdit *m_target;
    QPushButton *m_ok = nullptr;
};

} // namespace mlc::tray
