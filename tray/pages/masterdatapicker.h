#pragma once
// The map picker: a searchable list of real B1 suppliers, G/L accounts, profit centers (of one
// dimension) or currencies, fetched from the service (masterdata.search), the review reason's
// candidates first, then by similarity to the Concur side. It says how many queued documents
// the mapping releases. Keyboard: type to search, Down into the list, Enter to choose.
#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace mlc::tray {

class ServiceConnection;

class MasterDataPicker : public QDialog {
    Q_OBJECT
public:
    MasterDataPicker(ServiceConnection *service, QWidget *parent = nullptr);

    // What to pick: `blocker` ("vendor/employee:42", "account/6999", "costcenter/1:SALES") of the
    // queued document `key` (its candidates rank first), or a kind and a mapping source (from the
    // mappings page; `key` empty). `subject` is the sentence naming the Concur side.
    void setQuery(const QString &kind, const QString &source, const QString &blocker, const QString &key,
                  const QString &subject);
    QString chosenCode() const { return m_chosen; }
    // How many queued documents the last answer said the mapping releases.
    int releases() const { return m_releases; }

    void accept() override;

private:
    void search();
    void showResult(const QJsonObject &result);
    void updateOk();

    ServiceConnection *m_service;
    QString m_kind;
    QString m_source;
    QString m_blocker;
    QString m_key;
    QLabel *m_heading;
    QLabel *m_releasesLabel;
    QLineEdit *m_search;
    QTableWidget *m_list;
    QLabel *m_status;
    QPushButton *m_ok;
    QTimer *m_delay;
    QString m_chosen;
    int m_releases = 0;
    int m_requests = 0; // answers to older requests are dropped
};

} // namespace mlc::tray
