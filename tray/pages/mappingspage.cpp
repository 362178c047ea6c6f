#include "mappingspage.h"

#include "mappingdialog.h"
#include "models/mappingsmodel.h"
#include "models/serviceconnection.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QIdentityProxyModel>
#include <QMessageBox>
#include <QShortcut>
#include <QStyle>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
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

// Adds a warning icon and the reason as tooltip to the B1 code of mappings whose target cannot be
// used in B1 any more (the models library has no widgets, so the icon is added here).
class MappingProblemsProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setProblems(const QHash<QString, QString> &problems)
    {
        // The rows stay (and so does the selection): only the B1 code's decoration and tooltip change.
        m_problems = problems;
        if (rowCount() > 0)
            emit dataChanged(index(0, MappingsModel::Target), index(rowCount() - 1, MappingsModel::Target),
                             {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
    }
    int problemCount() const { return int(m_problems.size()); }

    static QString describe(const QString &problem)
    {
        if (problem == QLatin1String("missing")) return MappingsPage::tr("This code does not exist in SAP Business One any more.");
        if (problem == QLatin1String("frozen")) return MappingsPage::tr("This code is frozen in SAP Business One.");
        if (problem == QLatin1String("inactive")) return MappingsPage::tr("This code is inactive in SAP Business One.");
        if (problem == QLatin1String("not-supplier")) return MappingsPage::tr("This business partner is not a supplier.");
        if (problem == QLatin1String("title")) return MappingsPage::tr("This is a title account: nothing can be posted to it.");
        if (problem == QLatin1String("control")) return MappingsPage::tr("This is a control account: B1 refuses manual postings to it.");
        return problem;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == MappingsModel::Target && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
            auto *model = static_cast<MappingsModel *>(sourceModel());
            const MappingRow r = model->row(index.row());
            const auto it = m_problems.constFind(r.kind + QLatin1Char('/') + r.source);
            if (it != m_problems.constEnd()) {
                if (role == Qt::DecorationRole)
                    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
                return QString(describe(*it) + QLatin1Char(' ')
                    + MappingsPage::tr("Documents that use this mapping wait in review until it is changed or deleted."));
            }
        }
        if (index.column() == MappingsModel::Target && role == Qt::AccessibleDescriptionRole) {
            auto *model = static_cast<MappingsModel *>(sourceModel());
            const MappingRow r = model->row(index.row());
            const auto it = m_problems.constFind(r.kind + QLatin1Char('/') + r.source);
            if (it != m_problems.constEnd())
                return describe(*it);
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QHash<QString, QString> m_problems; // "kind/source" -> problem
};

MappingsPage::MappingsPage(MappingsModel *model, ServiceConnection *service, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_service(service)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("mappingsKind"));
    m_kind->setAccessibleName(tr("Kind of mapping"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const char *kind : {"vendor", "account", "costcenter", "currency"})
        m_kind->addItem(MappingsModel::kindLabel(QLatin1String(kind)), QLatin1String(kind));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mappingsSearch"));
    m_search->setPlaceholderText(tr("Search Concur value or B1 code"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the mappings"));
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_add = new QPushButton(tr("&Add…"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("mappingsDelete"));
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_add);
    top->addWidget(m_delete);
    top->addWidget(m_import);
    top->addWidget(m_export);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mappingsTable"));
    m_table->setAccessibleName(tr("Mappings"));
    m_proxy = new MappingProblemsProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QHeaderView *header = m_table->horizontalHeader();
    // Kind and origin as wide as their longest label in the reader's language (German runs longer).
    const QFontMetrics metrics = m_table->fontMetrics();
    int kind = 10 * em;
    for (const char *k : {"vendor", "account", "costcenter", "currency"})
        kind = qMax(kind, metrics.horizontalAdvance(MappingsModel::kindLabel(QLatin1String(k))) + em);
    int origin = 15 * em;
    for (const char *o : {"explicit", "auto:same-code", "auto:tax-id", "auto:normalised-name", "auto:employee-id", "auto:iso-code"})
        origin = qMax(origin, metrics.horizontalAdvance(MappingsModel::originLabel(QLatin1String(o))) + em);
    header->resizeSection(MappingsModel::Kind, kind);
    header->resizeSection(MappingsModel::Source, 18 * em);
    header->resizeSection(MappingsModel::Target, 8 * em);
    header->resizeSection(MappingsModel::Origin, origin);
    header->setSectionResizeMode(MappingsModel::Changed, QHeaderView::Stretch);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("mappingsResult"));
    m_result->setWordWrap(true);
    auto *hint = new QLabel(tr("Double-click a mapping or press Enter to change it, Delete to remove it. Saving a "
                               "mapping posts the documents that waited for it."),
                            this);
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("mappingsCheck"));
    m_check->setWordWrap(true);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_check);
    layout->addWidget(hint);
    layout->addWidget(m_result);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { m_model->setKind(m_kind->currentData().toString()); });
    connect(m_add, &QPushButton::clicked, this, [this] { edit(m_kind->currentData().toString(), {}, {}); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const MappingRow r = m_model->row(index.row()); // the proxy keeps the source's rows
        edit(r.kind, r.source, r.target);
    });
    connect(m_delete, &QPushButton::clicked, this, &MappingsPage::deleteCurrent);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &MappingsPage::deleteCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MappingsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MappingsPage::updateActions);
    connect(m_import, &QPushButton::clicked, this, &MappingsPage::importCsv);
    connect(m_export, &QPushButton::clicked, this, &MappingsPage::exportCsv);
    connect(m_service, &ServiceConnection::stateChanged, this, &MappingsPage::updateActions);
    updateActions();
}

void MappingsPage::refresh()
{
    m_model->reload();
    updateActions();
    checkTargets();
}

void MappingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    checkTargets();
}

void MappingsPage::checkTargets()
{
    // Only while the page is shown: the check reads B1's master data through the service, which
    // then holds B1 for a moment (a map or retry from the review queue would have to wait).
    if (!m_service->isConnected() || !isVisible())
        return;
    m_service->call(QStringLiteral("mappings.check"), {}, this, [this](const Result<QJsonObject> &r) {
        if (!r.ok()) {
            m_check->setText(tr("The mappings could not be checked against SAP Business One: %1").arg(r.error().message));
            return;
        }
        QHash<QString, QString> problems;
        for (const QJsonValue &v : r->value(QLatin1String("items")).toArray()) {
            const QJsonObject o = v.toObject();
            problems.insert(o.value(QLatin1String("kind")).toString() + QLatin1Char('/') + o.value(QLatin1String("source")).toString(),
                            o.value(QLatin1String("problem")).toString());
        }
        m_proxy->setProblems(problems);
        m_check->setText(problems.isEmpty()
                             ? QString()
                             : tr("⚠ %n mapping(s) point to a code that is missing, frozen or inactive in SAP Business One. "
                                  "Hover over the warning for details; change or delete them.",
                                  nullptr, int(problems.size())));
    }, 120000);
}

void MappingsPage::deleteCurrent()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || !m_delete->isEnabled())
        return;
    const MappingRow r = m_model->row(rows.first().row());
    const auto answer = QMessageBox::question(
        this, tr("Delete mapping"),
        tr("Delete the mapping of %1 %2 to %3?\n\nEntries already posted are not changed. New documents with %2 are "
           "matched by the automatic rules again, or wait in review.")
            .arg(MappingsModel::kindLabel(r.kind), r.source, r.target),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_result->setText(tr("Deleting the mapping…"));
    m_service->call(QStringLiteral("mappings.delete"), {{QStringLiteral("kind"), r.kind}, {QStringLiteral("source"), r.source}},
                    this, [this, r](const Result<QJsonObject> &reply) {
                        if (!reply.ok())
                            m_result->setText(tr("The mapping was not deleted: %1").arg(reply.error().message));
                        else
                            m_result->setText(tr("Deleted the mapping of %1 %2 (it was %3).")
                                                  .arg(MappingsModel::kindLabel(r.kind), r.source, r.target));
                        refresh();
                    },
                    120000);
}

void MappingsPage::updateActions()
{
    const bool online = m_service->isConnected();
    const QString why = online ? QString() : m_service->offlineReason();
    m_add->setEnabled(online);
    m_delete->setEnabled(online && m_table->selectionModel()->selectedRows().size() == 1);
    m_delete->setToolTip(online ? tr("Remove the selected mapping (kept in the audit trail).") : why);
    m_import->setEnabled(online);
    m_add->setToolTip(online ? tr("Map a Concur value to a B1 code.") : why);
    m_import->setToolTip(online ? tr("Read mappings from a CSV file (kind,source,target).") : why);
    m_export->setToolTip(tr("Save the mappings shown as a CSV file for Excel."));
}

void MappingsPage::edit(const QString &kind, const QString &source, const QString &target)
{
    if (!m_service->isConnected()) {
        m_result->setText(m_service->offlineReason());
        return;
    }
    MappingDialog dialog(this);
    dialog.setService(m_service);
    dialog.setMapping(kind, source, target);
    if (dialog.exec() != QDialog::Accepted)
        return;
    save({{dialog.kind(), dialog.source(), dialog.target()}}, tr("the mapping"));
}

// Saves the mappings one after the other through the service, then reports once.
void MappingsPage::save(const QList<QStringList> &mappings, const QString &what)
{
    if (mappings.isEmpty())
        return;
    m_result->setText(tr("Saving %1…").arg(what));
    auto pending = std::make_shared<QList<QStringList>>(mappings);
    auto failures = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, pending, failures, next, what, total = int(mappings.size())] {
        if (pending->isEmpty()) {
            refresh();
            m_result->setText(failures->isEmpty()
                                  ? tr("Saved %1 (%n mapping(s)). Documents that waited for them were checked again.",
                                       nullptr, total).arg(what)
                                  : tr("Some mappings were not saved:\n%1").arg(failures->join(QLatin1Char('\n'))));
            *next = nullptr;
            return;
        }
        const QStringList m = pending->takeFirst();
        m_service->call(QStringLiteral("mappings.set"),
                        {{QStringLiteral("kind"), m.value(0)}, {QStringLiteral("source"), m.value(1)},
                         {QStringLiteral("target"), m.value(2)}},
                        [failures, next, m](const Result<QJsonObject> &r) {
                            if (!r.ok())
                                failures->append(QStringLiteral("%1 %2: %3").arg(m.value(0), m.value(1), r.error().message));
                            (*next)();
                        },
                        120000);
    };
    (*next)();
}

void MappingsPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import mappings"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    auto parsed = store::Store::mappingsFromCsv(file.readAll());
    if (!parsed.ok()) {
        m_result->setText(tr("%1 is not a mappings file: %2").arg(path, parsed.error().toString()));
        return;
    }
    QList<QStringList> mappings;
    for (const store::Mapping &m : parsed.value())
        mappings.append({m.kind, m.sourceKey, m.target});
    save(mappings, tr("%1").arg(QFileInfo(path).fileName()));
}

void MappingsPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export mappings"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/ml-connector-mappings.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<store::Mapping> mappings;
    for (const MappingRow &r : m_model->allMatching())
        mappings.append(store::Mapping{r.kind, r.source, r.target, r.origin, r.updatedBy, r.updatedAt});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(store::Store::mappingsToCsv(mappings).toUtf8()) < 0 || !file.commit()) {
        m_result->setText(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    m_result->setText(tr("%n mapping(s) saved to %1.", nullptr, int(mappings.size())).arg(path));
}

} // namespace mlc::tray
