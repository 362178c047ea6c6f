// The review queue model against a fixture database written by the service's own Store: paging
// by key set (nothing skipped or repeated across pages), filters, sort, live refresh.
#include "models/reviewqueuemodel.h"
#include "models/statedatabase.h"
#include "store/store.h"

#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;

namespace {

store::LedgerRow row(const QString &docType, int n, const QString &amount, const QString &reasonCode,
                     store::LedgerState state = store::LedgerState::Review)
{
    store::LedgerRow r;
    r.docType = docType;
    r.docId = QStringLiteral("D%1").arg(n, 5, 10, QLatin1Char('0'));
    r.revision = QStringLiteral("1");
    r.key = docType + QLatin1Char('|') + r.docId + QStringLiteral("|1");
    r.title = (docType == QLatin1String("invoice") ? QStringLiteral("Invoice %1 Acme") : QStringLiteral("Trip %1 Anna"))
                  .arg(n);
    r.currency = QStringLiteral("EUR");
    r.amount = amount;
    r.state = state;
    QJsonObject reason;
    reason.insert(QStringLiteral("code"), reasonCode);
    reason.insert(QStringLiteral("message"), QString(QStringLiteral("Reason ") + reasonCode));
    reason.insert(QStringLiteral("blockerKey"), QString());
    r.reasons = QJsonArray{reason};
    return r;
}

} // namespace

class TestReviewQueueModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pagesCoverTheQueueExactlyOnce();
    void filters_data();
    void filters();
    void sortsAmountsByValue();
    void refreshKeepsUnchangedRows();
    void showsAmountsInTheUsersLocale();
    void readsADatabaseWithoutTheReasonIndex();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Store> m_writer;
    std::unique_ptr<tray::StateDatabase> m_reader;
};

void TestReviewQueueModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto st = store::Store::open(m_dir->filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(st.ok());
    m_writer = std::move(st.value());
    QVERIFY(m_writer->begin().ok());
    for (int i = 0; i < 450; ++i) {
        const QString type = i % 3 == 0 ? QStringLiteral("invoice") : QStringLiteral("expense");
        const QString code = i % 5 == 0 ? QStringLiteral("vendor.unmapped") : QStringLiteral("account.unmapped");
        QVERIFY(m_writer->upsertLedger(row(type, i, QStringLiteral("%1.25").arg(i), code)).ok());
    }
    // Documents outside the queue never show.
    QVERIFY(m_writer->upsertLedger(row(QStringLiteral("expense"), 900, QStringLiteral("1.00"), QStringLiteral("x"),
                                       store::LedgerState::Posted)).ok());
    QVERIFY(m_writer->commit().ok());
    auto reader = tray::StateDatabase::open(m_dir->filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(reader.ok());
    m_reader = std::move(reader.value());
}

void TestReviewQueueModel::cleanup()
{
    m_reader.reset();
    m_writer.reset();
    m_dir.reset();
}

void TestReviewQueueModel::pagesCoverTheQueueExactlyOnce()
{
    tray::ReviewQueueModel model;
    model.setPageSize(100);
    model.setDatabase(m_reader->database());
    QCOMPARE(model.rowCount(), 100); // one page, not the table
    QCOMPARE(model.matchingCount(), 450);
    QVERIFY(model.canFetchMore());
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 450);
    QSet<QString> keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys.insert(model.row(r).key);
    QCOMPARE(keys.size(), 450);
    QVERIFY(!keys.contains(QStringLiteral("expense|D00900|1")));
    // Newest first by default.
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.row(r - 1).queuedAt >= model.row(r).queuedAt);
}

void TestReviewQueueModel::filters_data()
{
    QTest::addColumn<QString>("docType");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("reasonCode");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("minAmount");
    QTest::addColumn<QString>("maxAmount");
    QTest::newRow("invoices") << QStringLiteral("invoice") << QString() << QString() << 150 << QString() << QString();
    QTest::newRow("expenses") << QStringLiteral("expense") << QString() << QString() << 300 << QString() << QString();
    QTest::newRow("vendor reason") << QString() << QString() << QStringLiteral("vendor.unmapped") << 90 << QString() << QString();
    QTest::newRow("invoices with vendor reason") << QStringLiteral("invoice") << QString()
                                                 << QStringLiteral("vendor.unmapped") << 30 << QString() << QString();
    QTest::newRow("search title, any case") << QString() << QStringLiteral("acme") << QString() << 150 << QString() << QString();
    QTest::newRow("search one document") << QString() << QStringLiteral("trip 17 anna") << QString() << 1 << QString() << QString();
    QTest::newRow("search with LIKE wildcards is literal") << QString() << QStringLiteral("%") << QString() << 0 << QString() << QString();
    // Amounts i.25 for i = 0 … 449: ranges by value, both ends inclusive.
    QTest::newRow("amount from 100") << QString() << QString() << QString() << 350 << QStringLiteral("100") << QString();
    QTest::newRow("amount from 9, by value not text") << QString() << QString() << QString() << 441 << QStringLiteral("9")
                                                      << QString();
    QTest::newRow("amount 100 to 199.25") << QString() << QString() << QString() << 100 << QStringLiteral("100")
                                          << QStringLiteral("199.25");
    QTest::newRow("amount up to 0.25, inclusive") << QString() << QString() << QString() << 1 << QString()
                                                  << QStringLiteral("0.25");
    QTest::newRow("invoices from 300") << QStringLiteral("invoice") << QString() << QString() << 50 << QStringLiteral("300")
                                       << QString();
}

void TestReviewQueueModel::filters()
{
    QFETCH(QString, docType);
    QFETCH(QString, search);
    QFETCH(QString, reasonCode);
    QFETCH(int, expected);
    QFETCH(QString, minAmount);
    QFETCH(QString, maxAmount);
    tray::ReviewQueueModel model;
    model.setPageSize(1000);
    model.setDatabase(m_reader->database());
    tray::ReviewFilter f;
    f.docType = docType;
    f.search = search;
    f.reasonCode = reasonCode;
    f.minAmount = minAmount;
    f.maxAmount = maxAmount;
    model.setFilter(f);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.matchingCount(), expected);
    QCOMPARE(model.rowCount(), expected);
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!docType.isEmpty())
            QCOMPARE(model.row(r).docType, docType);
        if (!reasonCode.isEmpty())
            QCOMPARE(model.data(model.index(r, 0), tray::ReviewQueueModel::ReasonCodeRole).toString(), reasonCode);
    }
    // The same count while fewer rows are loaded than match (counted in SQL, not from the rows).
    tray::ReviewQueueModel paged;
    paged.setPageSize(7);
    paged.setDatabase(m_reader->database());
    paged.setFilter(f);
    QCOMPARE(paged.rowCount(), qMin(7, expected));
    QCOMPARE(paged.matchingCount(), expected);
}

void TestReviewQueueModel::sortsAmountsByValue()
{
    tray::ReviewQueueModel model;
    model.setPageSize(50);
    model.setDatabase(m_reader->database());
    model.sort(tray::ReviewQueueModel::Amount, Qt::AscendingOrder);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.row(0).amount, QStringLiteral("0.25"));
    QCOMPARE(model.row(9).amount, QStringLiteral("9.25"));
    QCOMPARE(model.row(10).amount, QStringLiteral("10.25")); // not "100.25": by value, not by text
    QCOMPARE(model.row(449).amount, QStringLiteral("449.25"));
}

void TestReviewQueueModel::refreshKeepsUnchangedRows()
{
    tray::ReviewQueueModel model;
    model.setPageSize(1000);
    model.sort(tray::ReviewQueueModel::Document, Qt::AscendingOrder);
    model.setDatabase(m_reader->database());
    QCOMPARE(model.rowCount(), 450);
    int keptRow = -1, leavingRow = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.row(r).key == QLatin1String("expense|D00001|1"))
            leavingRow = r;
        if (model.row(r).key == QLatin1String("expense|D00002|1"))
            keptRow = r;
    }
    QVERIFY(keptRow >= 0 && leavingRow >= 0);
    const QPersistentModelIndex selected = model.index(keptRow, 0);

    // The service posts one document and queues a new one.
    auto posted = row(QStringLiteral("expense"), 1, QStringLiteral("1.25"), QStringLiteral("account.unmapped"),
                      store::LedgerState::Posted);
    QVERIFY(m_writer->upsertLedger(posted).ok());
    QVERIFY(m_writer->upsertLedger(row(QStringLiteral("expense"), 2000, QStringLiteral("5.00"),
                                       QStringLiteral("vendor.unmapped"))).ok());
    model.refresh();
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(selected.isValid());
    QCOMPARE(model.data(selected, tray::ReviewQueueModel::KeyRole).toString(), QStringLiteral("expense|D00002|1"));
    bool hasNew = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(model.row(r).key != QLatin1String("expense|D00001|1"));
        hasNew = hasNew || model.row(r).key == QLatin1String("expense|D02000|1");
    }
    QVERIFY(hasNew);
}

void TestReviewQueueModel::showsAmountsInTheUsersLocale()
{
    QVERIFY(m_writer->upsertLedger(row(QStringLiteral("expense"), 3000, QStringLiteral("1234567.50"),
                                       QStringLiteral("account.unmapped"))).ok());
    tray::ReviewFilter f;
    f.search = QStringLiteral("Trip 3000 ");
    for (const auto &[locale, text] : {std::pair{QLocale(QLocale::English, QLocale::UnitedStates), "1,234,567.50 EUR"},
                                       std::pair{QLocale(QLocale::German, QLocale::Germany), "1.234.567,50 EUR"}}) {
        QLocale::setDefault(locale);
        tray::ReviewQueueModel model;
        model.setDatabase(m_reader->database());
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, tray::ReviewQueueModel::Amount)).toString(), QString::fromUtf8(text));
    }
    QLocale::setDefault(QLocale::c());
}

// A database of schema 2 (a service not upgraded yet) has no ledger_reasons: the reason filter and
// its choices are read from the reasons JSON instead, with the same results.
void TestReviewQueueModel::readsADatabaseWithoutTheReasonIndex()
{
    const QStringList codes{QStringLiteral("account.unmapped"), QStringLiteral("vendor.unmapped")}; // most frequent first
    const auto check = [&](const QSqlDatabase &db) {
        tray::ReviewQueueModel model;
        model.setPageSize(7);
        model.setDatabase(db);
        QCOMPARE(model.reasonCodes(), codes);
        tray::ReviewFilter f;
        f.reasonCode = QStringLiteral("vendor.unmapped");
        model.setFilter(f);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.matchingCount(), 90);
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), 90);
        f.docType = QStringLiteral("invoice");
        model.setFilter(f);
        QCOMPARE(model.matchingCount(), 30);
    };
    check(m_reader->database());
    if (QTest::currentTestFailed())
        return;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
        raw.setDatabaseName(m_dir->filePath(QStringLiteral("ml-connector.db")));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const char *sql : {"DROP TRIGGER ledger_reasons_insert", "DROP TRIGGER ledger_reasons_update",
                                "DROP TRIGGER ledger_reasons_delete", "DROP TABLE ledger_reasons", "DROP INDEX ledger_queue"})
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema2"));
    auto old = tray::StateDatabase::open(m_dir->filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(old.ok());
    check(old.value()->database());
}

QTEST_GUILESS_MAIN(TestReviewQueueModel)
#include "tst_reviewqueuemodel.moc"
