#include "masterdatapicker.h"

#include "models/serviceconnection.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mlc::tray {

namespace {

// Down/Up in the search field move through the list; Enter takes the selected row.
class SearchKeys : public QObject {
public:
    SearchKeys(QTableWidget *list, QDialog *dialog)
        : QObject(list)
        , m_list(list)
        , m_dialog(dialog)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_list->setFocus();
            if (m_list->currentRow() < 0 && m_list->rowCount() > 0)
                m_list->selectRow(0);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_list->currentRow() >= 0) {
            m_dialog->accept();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableWidget *m_list;
    QDialog *m_dialog;
};

} // namespace

MasterDataPicker::MasterDataPicker(ServiceConnection *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Choose in SAP Business One"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_releasesLabel = new QLabel(this);
    m_releasesLabel->setWordWrap(true);
    m_releasesLabel->setObjectName(QStringLiteral("pickerReleases"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Type part of the code or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search SAP Business One"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_list = new QTableWidget(0, 3, this);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setAccessibleName(tr("Matches in SAP Business One"));
    m_list->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Why suggested")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pickerStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Choose"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_releasesLabel);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &MasterDataPicker::search);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    m_search->installEventFilter(new SearchKeys(m_list, this));
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &MasterDataPicker::updateOk);
    connect(m_list, &QTableWidget::cellActivated, this, [this] { accept(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &MasterDataPicker::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_search, m_list);
    updateOk();
    resize(620, 460);
}

void MasterDataPicker::setQuery(const QString &kind, const QString &source, const QString &blocker, const QString &key,
                                const QString &subject)
{
    m_kind = kind;
    m_source = source;
    m_blocker = blocker;
    m_key = key;
    QString what;
    if (kind == QLatin1String("vendor"))
        what = tr("Choose the B1 supplier (business partner) for %1.");
    else if (kind == QLatin1String("account"))
        what = tr("Choose the B1 G/L account for %1.");
    else if (kind == QLatin1String("costcenter"))
        what = tr("Choose the B1 profit center for %1.");
    else
        what = tr("Choose the B1 currency for %1.");
    m_heading->setText(what.arg(subject));
    m_search->setFocus();
    search();
}

void MasterDataPicker::search()
{
    if (!m_service->isConnected()) {
        m_status->setText(m_service->offlineReason());
        return;
    }
    QJsonObject params{{QStringLiteral("text"), m_search->text().trimmed()}, {QStringLiteral("limit"), 100}};
    if (!m_kind.isEmpty())
        params.insert(QStringLiteral("kind"), m_kind);
    if (!m_blocker.isEmpty())
        params.insert(QStringLiteral("blocker"), m_blocker);
    else if (!m_source.isEmpty())
        params.insert(QStringLiteral("source"), m_source);
    if (!m_key.isEmpty())
        params.insert(QStringLiteral("key"), m_key);
    const int request = ++m_requests;
    m_status->setText(tr("Searching SAP Business One…"));
    m_service->call(QStringLiteral("masterdata.search"), params, this, [this, request](const Result<QJsonObject> &r) {
        if (request != m_requests)
            return; // a newer search is on its way
        if (!r.ok()) {
            m_status->setText(r.error().message);
            return;
        }
        showResult(r.value());
    }, 120000);
}

void MasterDataPicker::showResult(const QJsonObject &result)
{
    const QString previous = m_list->currentRow() >= 0 && m_list->item(m_list->currentRow(), 0)
        ? m_list->item(m_list->currentRow(), 0)->text() : QString();
    m_releases = result.value(QLatin1String("releases")).toInt();
    const int fully = result.value(QLatin1String("releasesFully")).toInt();
    if (result.value(QLatin1String("blocker")).toString().isEmpty())
        m_releasesLabel->clear();
    else if (m_releases == 0)
        m_releasesLabel->setText(tr("No queued document waits for this mapping."));
    else if (fully == m_releases)
        m_releasesLabel->setText(tr("Whichever you choose, saving it releases %n waiting document(s); nothing else "
                                    "holds them, so they post at once.", nullptr, m_releases));
    else
        m_releasesLabel->setText(tr("Whichever you choose, saving it releases %n waiting document(s)", nullptr, m_releases)
                                 + QLatin1Char(' ')
                                 + tr("(%n of them post at once; the others still wait for something else).", nullptr, fully));
    const QJsonArray items = result.value(QLatin1String("items")).toArray();
    m_list->setRowCount(0);
    m_list->setRowCount(int(items.size()));
    int select = -1;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        QString why;
        if (o.value(QLatin1String("candidate")).toBool())
            why = tr("Suggested");
        else if (o.value(QLatin1String("similarity")).toDouble() >= 0.5)
            why = tr("Similar name (%1%)").arg(qRound(o.value(QLatin1String("similarity")).toDouble() * 100));
        QString name = o.value(QLatin1String("name")).toString();
        if (o.contains(QLatin1String("dimension")))
            name = tr("%1 (dimension %2)").arg(name).arg(o.value(QLatin1String("dimension")).toInt());
        const QString tip = m_releases > 0 ? tr("Mapping to %1 releases %n waiting document(s).", nullptr, m_releases).arg(code)
                                           : QString();
        const QStringList cells{code, name, why};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(tip);
            m_list->setItem(i, c, item);
        }
        if (code == previous)
            select = i;
    }
    if (select < 0 && !items.isEmpty())
        select = 0;
    if (select >= 0)
        m_list->selectRow(select);
    const int total = result.value(QLatin1String("total")).toInt();
    if (items.isEmpty())
        m_status->setText(m_search->text().trimmed().isEmpty() ? tr("SAP Business One has nothing usable of this kind.")
                                                               : tr("Nothing in SAP Business One matches \"%1\".").arg(m_search->text().trimmed()));
    else if (total > items.size())
        m_status->setText(tr("Showing the best %1 of %2 matches; type more to narrow them down.").arg(items.size()).arg(total));
    else
        m_status->setText(tr("%n match(es). Press Enter to choose the selected one.", nullptr, total));
    updateOk();
}

void MasterDataPicker::updateOk()
{
    m_ok->setEnabled(m_list->currentRow() >= 0 && !m_list->selectedItems().isEmpty());
}

void MasterDataPicker::accept()
{
    const int row = m_list->currentRow();
    if (row < 0 || !m_list->item(row, 0))
        return;
    m_chosen = m_list->item(row, 0)->text();
    QDialog::accept();
}

} // namespace mlc::tray
