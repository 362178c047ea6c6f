#include "reviewpage.h"

#include "masterdatapicker.h"

#include "models/reasonlabels.h"
#include "models/reviewqueuemodel.h"
#include "models/serviceconnection.h"

#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QTableWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace mlc::tray {

namespace {

// What a blocker maps, for a person: the Concur name where the reason has one ("the Concur vendor
// Globex Widgets Pty" rather than Concur's 32-character vendor code), else ReasonLabels'.
QString sourceLabel(const QString &blocker, const QJsonArray &reasons)
{
    for (const QJsonValue &v : reasons) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("blockerKey")).toString() != blocker)
            continue;
        const QJsonObject args = o.value(QLatin1String("args")).toObject();
        const QString name = args.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            break;
        if (args.value(QLatin1String("subject")).toString() == QLatin1String("employee"))
            return ReviewPage::tr("the Concur employee %1 (%2)").arg(name, args.value(QLatin1String("employeeId")).toString());
        return ReviewPage::tr("the Concur vendor %1").arg(name);
    }
    return ReasonLabels::mappingSource(blocker);
}

// Concur refused a write-back about the document (reason concur.refused): Retry sends that again
// and posts nothing by itself. `was` gets the state the document had then ("posted": its journal
// entry is in B1 and never posts again).
bool refusedByConcur(const QJsonArray &reasons, QString *was = nullptr)
{
    for (const QJsonValue &v : reasons) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("code")).toString() != QLatin1String("concur.refused"))
            continue;
        if (was)
            *was = o.value(QLatin1String("args")).toObject().value(QLatin1String("was")).toString();
        return true;
    }
    return false;
}

} // namespace

ReviewPage::ReviewPage(ReviewQueueModel *model, ServiceConnection *service, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_service(service)
{
    // Filter bar.
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search document, employee or vendor"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the review queue"));
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Document type"));
    m_type->addItem(tr("All documents"), QString());
    m_type->addItem(tr("Expense reports"), QStringLiteral("expense"));
    m_type->addItem(tr("Invoices"), QStringLiteral("invoice"));
    m_reason = new QComboBox(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reviewPeriod"));
    m_period->setAccessibleName(tr("Queued when"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("This month"), -1);
    m_period->addItem(tr("Before this month"), -2);
    const auto amountEdit = [this](const QString &name, const QString &accessible, const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        // Digits with an optional decimal point or comma (typed as finance staff write them).
        e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}([.,]\\d{0,4})?")), e));
        e->setMaximumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 24);
        return e;
    };
    m_minAmount = amountEdit(QStringLiteral("reviewMinAmount"), tr("Amount from"), tr("from"));
    m_maxAmount = amountEdit(QStringLiteral("reviewMaxAmount"), tr("Amount up to"), tr("up to"));
    m_count = new QLabel(this);
    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(reasonLabel);
    filters->addWidget(m_reason, 1);
    auto *filters2 = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Queued:"), this);
    periodLabel->setBuddy(m_period);
    auto *amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_minAmount);
    filters2->addWidget(periodLabel);
    filters2->addWidget(m_period);
    filters2->addWidget(amountLabel);
    filters2->addWidget(m_minAmount);
    filters2->addWidget(new QLabel(QStringLiteral("–"), this));
    filters2->addWidget(m_maxAmount);
    filters2->addStretch();
    filters2->addWidget(m_count);

    // The queue.
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Documents waiting for review"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewQueueModel::Queued, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ReviewQueueModel::Reason, QHeaderView::Stretch);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(ReviewQueueModel::Document, 15 * em);
    // Wide enough for the type's name and every heading in the reader's language (German runs longer).
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(ReviewQueueModel::Type,
                          qMax(8 * em, qMax(metrics.horizontalAdvance(ReviewQueueModel::tr("Expense report")),
                                            metrics.horizontalAdvance(ReviewQueueModel::tr("Invoice"))) + em));
    header->resizeSection(ReviewQueueModel::Queued, 8 * em);
    header->resizeSection(ReviewQueueModel::Amount, 9 * em);
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, qMax(header->sectionSize(column), header->sectionSizeHint(column)));

    // Details and actions.
    m_details = new QTextBrowser(this);
    m_details->setAccessibleName(tr("Document details"));
    m_details->setOpenLinks(false);
    m_mapLabel = new QLabel(this);
    m_mapLabel->setWordWrap(true);
    m_target = new QComboBox(this);
    m_target->setEditable(true);
    m_target->setAccessibleName(tr("Map to"));
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_pick = new QPushButton(tr("&Find in B1…"), this);
    m_pick->setToolTip(tr("Search the suppliers, accounts or profit centers in SAP Business One, best matches first."));
    m_map = new QPushButton(tr("&Map"), this);
    m_map->setToolTip(tr("Save this mapping; every document waiting for it is posted again."));
    m_retry = new QPushButton(tr("Re&try"), this);
    m_retry->setToolTip(tr("Check the selected documents again (after a change in SAP Business One)."));
    m_skip = new QPushButton(tr("S&kip…"), this);
    m_skip->setToolTip(tr("Take the selected documents out of the queue for good, with a reason."));
    for (QWidget *w : {static_cast<QWidget *>(m_pick), static_cast<QWidget *>(m_map), static_cast<QWidget *>(m_retry),
                       static_cast<QWidget *>(m_skip)})
        w->setProperty("helpTip", w->toolTip());

    // The journal entry preview: what would post now, clearly not posted.
    m_previewBox = new QGroupBox(tr("Journal entry preview – not posted"), this);
    m_previewStatus = new QLabel(m_previewBox);
    m_previewStatus->setWordWrap(true);
    m_previewStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTableWidget(0, 5, m_previewBox);
    m_preview->setAccessibleName(tr("Journal entry preview, not posted"));
    m_preview->setHorizontalHeaderLabels({tr("Account / BP"), tr("Debit"), tr("Credit"), tr("Dimensions"), tr("Line memo")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setTabKeyNavigation(false);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    auto *previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_previewStatus);
    previewLayout->addWidget(m_preview, 1);
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(200);
    connect(m_previewDelay, &QTimer::timeout, this, &ReviewPage::requestPreview);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(m_target, 1);
    mapRow->addWidget(m_pick);
    mapRow->addWidget(m_map);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_retry);
    actionRow->addWidget(m_skip);
    actionRow->addStretch();
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideSplit = new QSplitter(Qt::Vertical, side);
    sideSplit->addWidget(m_details);
    sideSplit->addWidget(m_previewBox);
    sideSplit->setChildrenCollapsible(false);
    sideSplit->setSizes({260, 240});
    sideLayout->addWidget(sideSplit, 1);
    sideLayout->addWidget(m_mapLabel);
    sideLayout->addLayout(mapRow);
    sideLayout->addLayout(actionRow);
    sideLayout->addWidget(m_feedback);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({640, 460}); // the queue keeps room for the reason column (German labels run longer)

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(filters2);
    layout->addWidget(split, 1);

    // Names for tests and accessibility tools.
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_type->setObjectName(QStringLiteral("reviewType"));
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_target->setObjectName(QStringLiteral("mapTarget"));
    m_map->setObjectName(QStringLiteral("mapButton"));
    m_pick->setObjectName(QStringLiteral("pickButton"));
    m_previewBox->setObjectName(QStringLiteral("previewBox"));
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_feedback->setObjectName(QStringLiteral("reviewFeedback"));

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &ReviewPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_type, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
    connect(m_minAmount, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_maxAmount, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateDetails();
        updateActions();
    });
    connect(m_map, &QPushButton::clicked, this, &ReviewPage::mapCurrent);
    connect(m_pick, &QPushButton::clicked, this, &ReviewPage::pickTarget);
    connect(m_target->lineEdit(), &QLineEdit::returnPressed, this, &ReviewPage::mapCurrent);
    connect(m_retry, &QPushButton::clicked, this, &ReviewPage::retrySelected);
    connect(m_skip, &QPushButton::clicked, this, &ReviewPage::skipSelected);
    connect(m_service, &ServiceConnection::stateChanged, this, &ReviewPage::updateActions);

    setTabOrder(m_search, m_type);
    setTabOrder(m_type, m_reason);
    setTabOrder(m_reason, m_period);
    setTabOrder(m_period, m_minAmount);
    setTabOrder(m_minAmount, m_maxAmount);
    setTabOrder(m_maxAmount, m_table);
    setTabOrder(m_table, m_target);
    setTabOrder(m_target, m_pick);
    setTabOrder(m_pick, m_map);
    setTabOrder(m_map, m_retry);
    setTabOrder(m_retry, m_skip);
    setTabOrder(m_skip, m_preview);
    refresh();
}

void ReviewPage::refresh()
{
    // Reason filter choices follow the queue; keep the chosen one.
    const QString chosen = m_reason->currentData().toString();
    {
        const QSignalBlocker block(m_reason);
        m_reason->clear();
        m_reason->addItem(tr("All reasons"), QString());
        for (const QString &code : m_model->reasonCodes())
            m_reason->addItem(ReasonLabels::label(code), code);
        m_reason->setCurrentIndex(qMax(0, m_reason->findData(chosen)));
    }
    m_model->refresh();
    m_previewKey.clear(); // mappings or the queue may have changed: build the preview again
    updateCount();
    updateDetails();
    updateActions();
}

void ReviewPage::applyFilter()
{
    ReviewFilter f = m_model->filter();
    f.search = m_search->text();
    f.docType = m_type->currentData().toString();
    f.reasonCode = m_reason->currentData().toString();
    // The period in local dates: n > 0 the last n days including today, -1 this month, -2 before it.
    const QDate today = QDate::currentDate();
    const int period = m_period->currentData().toInt();
    f.queuedFrom = period > 0 ? today.addDays(1 - period) : period == -1 ? QDate(today.year(), today.month(), 1) : QDate();
    f.queuedTo = period == -2 ? QDate(today.year(), today.month(), 1).addDays(-1) : QDate();
    const auto amount = [](const QLineEdit *e) { return e->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')); };
    f.minAmount = amount(m_minAmount);
    f.maxAmount = amount(m_maxAmount);
    m_model->setFilter(f);
}

void ReviewPage::updateCount()
{
    const int n = m_model->matchingCount();
    m_count->setText(tr("%n document(s)", nullptr, n));
}

void ReviewPage::showDocument(const QString &key)
{
    for (int r = 0;; ++r) {
        if (r >= m_model->rowCount()) {
            if (!m_model->canFetchMore())
                return;
            m_model->fetchMore();
            if (r >= m_model->rowCount())
                return;
        }
        if (m_model->row(r).key == key) {
            m_table->selectRow(r);
            m_table->scrollTo(m_model->index(r, 0));
            return;
        }
    }
}

QStringList ReviewPage::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        keys << m_model->row(i.row()).key;
    return keys;
}

QString ReviewPage::currentKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_model->row(rows.first().row()).key : QString();
}

// The first reason a mapping can fix (the service picks the same one).
QString ReviewPage::currentBlocker() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    for (const QJsonValue &v : m_model->row(rows.first().row()).reasons) {
        const QString b = v.toObject().value(QLatin1String("blockerKey")).toString();
        if (!b.isEmpty() && !b.startsWith(QLatin1String("setting/")))
            return b;
    }
    return {};
}

void ReviewPage::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->setHtml(m_model->rowCount() == 0
                               ? tr("<p>Nothing is waiting for review.</p>")
                               : tr("<p>Select a document to see why it waits and what you can do.</p>"));
        clearPreview(tr("Select one document to see the journal entry it would post."));
        return;
    }
    if (rows.size() > 1) {
        m_details->setHtml(tr("<p>%n documents selected. Retry or skip them together.</p>", nullptr, int(rows.size())));
        clearPreview(tr("Select one document to see the journal entry it would post."));
        return;
    }
    const ReviewRow r = m_model->row(rows.first().row());
    if (r.key != m_previewKey) {
        m_previewKey = r.key;
        QString was;
        m_previewRefused = refusedByConcur(r.reasons, &was);
        if (m_previewRefused && was == QLatin1String("posted")) {
            // Its entry is in B1 already: a preview of it "not posted" would mislead.
            m_previewDelay->stop();
            clearPreview(tr("Already posted to SAP Business One: its journal entry stays there and is not posted "
                            "again. Retry only sends the write-back to Concur again."));
        } else {
            clearPreview(tr("Building the preview…"));
            m_previewDelay->start();
        }
    }
    const int amountColumn = ReviewQueueModel::Amount;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(r.title.toHtmlEscaped());
    const auto field = [&](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    field(tr("Type"), m_model->index(rows.first().row(), ReviewQueueModel::Type).data().toString());
    field(tr("Amount"), m_model->index(rows.first().row(), amountColumn).data().toString());
    field(tr("In queue since"), QLocale().toString(r.queuedAt.toLocalTime(), QLocale::LongFormat));
    field(tr("Reference"), r.key);
    html += QStringLiteral("</table><h4>%1</h4><ol>").arg(tr("Why it waits").toHtmlEscaped());
    for (const QJsonValue &v : r.reasons) {
        const QJsonObject o = v.toObject();
        // The sentence in the reader's language from the reason's arguments; rows stored before
        // reasons had arguments show the service's English sentence.
        html += QStringLiteral("<li><b>%1</b><br>%2").arg(ReasonLabels::label(o.value(QLatin1String("code")).toString()).toHtmlEscaped(),
                                                        ReasonLabels::text(o).toHtmlEscaped());
        const QJsonArray candidates = o.value(QLatin1String("candidates")).toArray();
        if (!candidates.isEmpty()) {
            QStringList names;
            for (const QJsonValue &c : candidates)
                names << c.toString().toHtmlEscaped();
            html += QStringLiteral("<br><i>%1</i> %2").arg(tr("Closest matches:").toHtmlEscaped(), names.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    m_details->setHtml(html);
}

void ReviewPage::updateActions()
{
    const bool online = m_service->isConnected();
    const QStringList keys = selectedKeys();
    const QString blocker = currentBlocker();
    const QString offline = online ? QString() : m_service->offlineReason();

    // The map row: what is missing and the candidates first.
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        if (!blocker.isEmpty()) {
            const ReviewRow r = m_model->row(m_table->selectionModel()->selectedRows().first().row());
            for (const QJsonValue &v : r.reasons) {
                const QJsonObject o = v.toObject();
                if (o.value(QLatin1String("blockerKey")).toString() == blocker) {
                    for (const QJsonValue &c : o.value(QLatin1String("candidates")).toArray())
                        m_target->addItem(c.toString());
                }
            }
            m_target->setCurrentIndex(-1);
            m_target->setEditText(QString());
        }
    }
    if (blocker.isEmpty()) {
        m_mapLabel->setText(keys.size() == 1 ? tr("Nothing to map for this document.") : QString());
    } else {
        m_mapLabel->setText(tr("Map %1 to a %2:")
                                .arg(sourceLabel(blocker, m_model->row(m_table->selectionModel()->selectedRows().first().row()).reasons)
                                         .toHtmlEscaped(),
                                     ReasonLabels::mappingKind(blocker).toHtmlEscaped()));
    }
    m_target->setEnabled(online && !blocker.isEmpty());
    m_pick->setEnabled(online && !blocker.isEmpty());
    m_pick->setVisible(!blocker.isEmpty());
    m_map->setEnabled(online && !blocker.isEmpty());
    m_retry->setEnabled(online && !keys.isEmpty());
    m_skip->setEnabled(online && !keys.isEmpty());
    m_mapLabel->setVisible(keys.size() == 1);
    m_target->setVisible(!blocker.isEmpty());
    m_map->setVisible(!blocker.isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_pick), static_cast<QWidget *>(m_map),
                       static_cast<QWidget *>(m_retry), static_cast<QWidget *>(m_skip)})
        w->setToolTip(online ? w->property("helpTip").toString() : offline);
}

void ReviewPage::report(const QString &text, bool error)
{
    m_feedback->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_feedback->setText(text);
}

namespace {
// "3 posted, 1 still waiting" from a service summary.
QString summaryText(const QJsonObject &s)
{
    QStringList parts;
    const int posted = s.value(QLatin1String("posted")).toInt() + s.value(QLatin1String("recovered")).toInt();
    const int review = s.value(QLatin1String("review")).toInt() + s.value(QLatin1String("stillInReview")).toInt();
    const int failed = s.value(QLatin1String("failed")).toInt() + s.value(QLatin1String("pending")).toInt();
    parts << ReviewPage::tr("%n posted", nullptr, posted);
    if (review > 0)
        parts << ReviewPage::tr("%n still waiting", nullptr, review);
    if (failed > 0)
        parts << ReviewPage::tr("%n will be retried", nullptr, failed);
    return parts.join(QStringLiteral(", "));
}
} // namespace

void ReviewPage::mapCurrent()
{
    const QString key = currentKey();
    const QString blocker = currentBlocker();
    const QString target = m_target->currentText().trimmed();
    if (key.isEmpty() || blocker.isEmpty() || !m_map->isEnabled())
        return;
    if (target.isEmpty()) {
        report(tr("Enter or choose what %1 maps to.").arg(blocker.section(QLatin1Char('/'), 1)), true);
        m_target->setFocus();
        return;
    }
    m_map->setEnabled(false);
    report(tr("Saving the mapping…"), false);
    const QJsonObject params{{QStringLiteral("key"), key}, {QStringLiteral("target"), target}, {QStringLiteral("blocker"), blocker}};
    m_service->call(QStringLiteral("review.resolve"), params, [this, blocker, target](const Result<QJsonObject> &r) {
        if (!r.ok()) {
            report(r.error().message, true);
        } else {
            report(tr("Mapped %1 to %2: %3.").arg(blocker.section(QLatin1Char('/'), 1), target, summaryText(r.value())), false);
        }
        refresh();
    }, 120000);
}

void ReviewPage::pickTarget()
{
    const QString key = currentKey();
    const QString blocker = currentBlocker();
    if (key.isEmpty() || blocker.isEmpty() || !m_pick->isEnabled())
        return;
    MasterDataPicker picker(m_service, this);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    picker.setQuery(blocker.section(QLatin1Char('/'), 0, 0), blocker.section(QLatin1Char('/'), 1), blocker, key,
                    sourceLabel(blocker, rows.isEmpty() ? QJsonArray() : m_model->row(rows.first().row()).reasons));
    if (picker.exec() != QDialog::Accepted || picker.chosenCode().isEmpty())
        return;
    m_target->setEditText(picker.chosenCode());
    mapCurrent();
}

void ReviewPage::clearPreview(const QString &why)
{
    m_preview->setRowCount(0);
    m_previewStatus->setStyleSheet(QString());
    m_previewStatus->setText(why);
}

void ReviewPage::requestPreview()
{
    const QString key = m_previewKey;
    if (key.isEmpty() || key != currentKey())
        return;
    if (!m_service->isConnected()) {
        clearPreview(tr("The preview needs the service: %1").arg(m_service->offlineReason()));
        return;
    }
    const int request = ++m_previewRequests;
    m_service->call(QStringLiteral("review.preview"), {{QStringLiteral("key"), key}}, this,
                    [this, key, request](const Result<QJsonObject> &r) {
                        if (request != m_previewRequests || key != m_previewKey)
                            return; // another document was selected meanwhile
                        if (!r.ok()) {
                            clearPreview(tr("No preview: %1").arg(r.error().message));
                            return;
                        }
                        showPreview(r.value());
                    },
                    120000);
}

void ReviewPage::showPreview(const QJsonObject &p)
{
    // Amounts are the service's exact decimal text; only the digits are grouped for reading.
    const QLocale locale;
    const auto amount = [&](const QString &text) -> QString {
        if (text.isEmpty())
            return {};
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        const QString whole = dot < 0 ? text : text.left(dot);
        bool ok = false;
        const qlonglong n = whole.toLongLong(&ok);
        if (!ok)
            return text;
        QString out = locale.toString(n);
        if (whole.startsWith(QLatin1Char('-')) && n == 0)
            out.prepend(locale.negativeSign());
        if (dot >= 0)
            out += locale.decimalPoint() + text.mid(dot + 1);
        return out;
    };
    const QJsonArray lines = p.value(QLatin1String("lines")).toArray();
    const QJsonArray reasons = p.value(QLatin1String("reasons")).toArray();
    const QString currency = p.value(QLatin1String("currency")).toString();
    m_preview->setRowCount(0);
    m_preview->setRowCount(int(lines.size()) + 1);
    const auto cell = [&](int row, int column, const QString &text, bool right = false) {
        auto *item = new QTableWidgetItem(text);
        if (right)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_preview->setItem(row, column, item);
        return item;
    };
    int missing = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines.at(i).toObject();
        const QString account = l.value(QLatin1String("account")).toString();
        const QString bp = l.value(QLatin1String("shortName")).toString();
        QStringList open;
        for (const QJsonValue &u : l.value(QLatin1String("unresolved")).toArray())
            open << u.toString();
        QString who = bp.isEmpty() ? account : tr("BP %1").arg(bp);
        if (who.isEmpty()) // the account or business partner did not resolve
            who = QStringLiteral("⚠ ") + tr("%1 (not mapped)").arg(sourceLabel(open.value(0), reasons));
        QStringList dims;
        const QJsonArray d = l.value(QLatin1String("dimensions")).toArray();
        for (int k = 0; k < d.size(); ++k) {
            if (!d.at(k).toString().isEmpty())
                dims << QStringLiteral("%1: %2").arg(k + 1).arg(d.at(k).toString());
        }
        for (const QString &b : std::as_const(open)) {
            if (b.startsWith(QLatin1String("costcenter/")))
                dims << QStringLiteral("⚠ ") + tr("%1 (not mapped)").arg(ReasonLabels::mappingSource(b));
        }
        QTableWidgetItem *first = cell(i, 0, who);
        cell(i, 1, amount(l.value(QLatin1String("debit")).toString()), true);
        cell(i, 2, amount(l.value(QLatin1String("credit")).toString()), true);
        cell(i, 3, dims.join(QStringLiteral(", ")));
        cell(i, 4, l.value(QLatin1String("lineMemo")).toString());
        if (!open.isEmpty()) {
            ++missing;
            QStringList what;
            for (const QString &b : std::as_const(open))
                what << tr("%1 is not mapped yet").arg(sourceLabel(b, reasons));
            for (int c = 0; c < 5; ++c) {
                if (QTableWidgetItem *item = m_preview->item(i, c)) {
                    item->setToolTip(what.join(QLatin1Char('\n')));
                    item->setForeground(QColor(0xb0, 0x00, 0x20));
                }
            }
            first->setData(Qt::AccessibleDescriptionRole, what.join(QStringLiteral("; ")));
        }
    }
    const QJsonObject totals = p.value(QLatin1String("totals")).toObject();
    const int last = int(lines.size());
    QFont bold = m_preview->font();
    bold.setBold(true);
    for (QTableWidgetItem *item : {cell(last, 0, tr("Total %1").arg(currency)),
                                   cell(last, 1, amount(totals.value(QLatin1String("debit")).toString()), true),
                                   cell(last, 2, amount(totals.value(QLatin1String("credit")).toString()), true)})
        item->setFont(bold);

    QStringList status;
    const bool balanced = p.value(QLatin1String("balanced")).toBool();
    if (lines.isEmpty())
        status << tr("No lines can be built yet.");
    else if (balanced)
        status << tr("Debits equal credits.");
    else
        status << tr("Not balanced: difference %1 %2.").arg(amount(totals.value(QLatin1String("difference")).toString()), currency);
    if (!p.value(QLatin1String("complete")).toBool(true))
        status << tr("Part of the entry only: some lines cannot be built until the problems above are fixed.");
    if (p.value(QLatin1String("wouldPost")).toBool() && m_previewRefused) {
        status << tr("Retry sends the write-back to Concur again; it does not post this entry by itself.");
    } else if (p.value(QLatin1String("wouldPost")).toBool()) {
        status << tr("Nothing blocks it any more: Retry posts this entry.");
    } else if (p.value(QLatin1String("nothingToPost")).toBool()) {
        status << tr("Nothing would be posted.");
    } else {
        const int open = int(p.value(QLatin1String("reasons")).toArray().size());
        if (missing > 0)
            status << tr("%n line(s) marked ⚠ still need a mapping.", nullptr, missing);
        status << tr("Not posted: %n problem(s) still block it.", nullptr, open);
    }
    const QString date = p.value(QLatin1String("referenceDate")).toString();
    if (!date.isEmpty())
        status.prepend(tr("Posting date %1.").arg(QLocale().toString(QDate::fromString(date, Qt::ISODate), QLocale::ShortFormat)));
    m_previewStatus->setStyleSheet(balanced ? QString() : QStringLiteral("color: #b00020;"));
    m_previewStatus->setText(status.join(QLatin1Char(' ')));
}

void ReviewPage::retrySelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !m_retry->isEnabled())
        return;
    report(tr("Checking %n document(s) again…", nullptr, int(keys.size())), false);
    callForEach(QStringLiteral("review.retry"), keys, {}, tr("Checked %n document(s) again.", nullptr, int(keys.size())));
}

void ReviewPage::skipSelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !m_skip->isEnabled())
        return;
    // Skipping a write-back Concur refused accepts the refusal; a posted entry stays posted.
    bool allRefused = true;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        allRefused = allRefused && refusedByConcur(m_model->row(i.row()).reasons);
    const QString question = allRefused
        ? tr("Why do you accept Concur's refusal for %n document(s)? Nothing more is sent to Concur about them; the "
             "reason is kept in the audit trail.", nullptr, int(keys.size()))
        : tr("Why should %n document(s) not be posted? The reason is kept in the audit trail.", nullptr, int(keys.size()));
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Skip documents"), question, QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        report(tr("A reason is required to skip a document."), true);
        return;
    }
    callForEach(QStringLiteral("review.skip"), keys, {{QStringLiteral("reason"), reason}},
                tr("Skipped %n document(s).", nullptr, int(keys.size())));
}

// One request per document; one report when the last answer is in (the errors, or `done`).
void ReviewPage::callForEach(const QString &method, const QStringList &keys, const QJsonObject &params,
                             const QString &done)
{
    auto remaining = std::make_shared<int>(int(keys.size()));
    auto failures = std::make_shared<QStringList>();
    for (const QString &key : keys) {
        QJsonObject p = params;
        p.insert(QStringLiteral("key"), key);
        m_service->call(method, p, [this, remaining, failures, done](const Result<QJsonObject> &r) {
            if (!r.ok())
                failures->append(r.error().message);
            if (--*remaining > 0)
                return;
            report(failures->isEmpty() ? done : failures->join(QLatin1Char('\n')), !failures->isEmpty());
            refresh();
        }, 120000);
    }
}

} // namespace mlc::tray
