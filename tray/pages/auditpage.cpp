#include "auditpage.h"

#include "models/auditmodel.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"
#include "store/store.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace mlc::tray {

AuditPage::AuditPage(StateDatabase *db, AuditModel *model, ServiceConnection *service, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(model)
    , m_service(service)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search document, user, action or detail"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the audit trail"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_check = new QPushButton(tr("&Check integrity"), this);
    m_check->setObjectName(QStringLiteral("auditCheck"));
    m_check->setToolTip(tr("Recompute the chain of fingerprints: any altered, removed or reordered entry is found."));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_check);
    top->addWidget(m_export);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(AuditModel::When, 11 * em);
    header->resizeSection(AuditModel::Who, 9 * em);
    header->resizeSection(AuditModel::Action, 6 * em);
    header->resizeSection(AuditModel::Document, 14 * em);
    header->setSectionResizeMode(AuditModel::Detail, QHeaderView::Stretch);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_check, &QPushButton::clicked, this, &AuditPage::checkChain);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_service, &ServiceConnection::stateChanged, this, &AuditPage::refresh);
    refresh();
}

void AuditPage::refresh()
{
    m_model->refresh();
    const bool online = m_service->isConnected();
    m_export->setEnabled(online);
    m_export->setToolTip(online ? tr("Save the whole audit trail as a CSV file for Excel.") : m_service->offlineReason());
}

void AuditPage::showDocument(const QString &key)
{
    m_search->setText(key);
    m_model->setSearch(key);
}

void AuditPage::checkChain()
{
    auto bad = store::Store::verifyAuditChain(m_db->database());
    if (!bad.ok()) {
        m_result->setText(tr("The audit trail could not be read: %1").arg(bad.error().toString()));
    } else if (bad.value() < 0) {
        m_result->setText(tr("The audit trail is intact: no entry was altered, removed or reordered."));
    } else {
        m_result->setText(tr("The audit trail was altered: entry %1 (or the one before it) does not match its "
                             "fingerprint. Tell your administrator and keep a copy of the data directory.")
                              .arg(bad.value()));
    }
}

void AuditPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit trail"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/ml-connector-audit.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_result->setText(tr("%1 cannot be written: %2").arg(path, file->errorString()));
        return;
    }
    m_export->setEnabled(false);
    m_result->setText(tr("Exporting…"));
    // The service sends the file in pages; each reply asks for the next one.
    auto next = std::make_shared<std::function<void(qint64)>>();
    *next = [this, file, next, path](qint64 after) {
        m_service->call(QStringLiteral("audit.export"), {{QStringLiteral("after"), after}},
                        [this, file, next, path](const Result<QJsonObject> &r) {
                            if (!r.ok()) {
                                file->remove();
                                m_result->setText(tr("The export failed: %1").arg(r.error().message));
                                m_export->setEnabled(m_service->isConnected());
                                *next = nullptr;
                                return;
                            }
                            file->write(r.value().value(QLatin1String("csv")).toString().toUtf8());
                            if (r.value().value(QLatin1String("more")).toBool()) {
                                (*next)(r.value().value(QLatin1String("last")).toInteger());
                                return;
                            }
                            file->close();
                            m_result->setText(tr("The audit trail was saved to %1.").arg(path));
                            m_export->setEnabled(m_service->isConnected());
                            *next = nullptr; // breaks the cycle: the closure owned itself
                        });
    };
    (*next)(0);
}

} // namespace mlc::tray
