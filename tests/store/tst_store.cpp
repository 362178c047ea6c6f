// The store's database behaviour: schema migrations, read-only mode, ledger rows, state counts,
// review blockers, transactions, settings (no secrets), concurrent use from two threads (WAL) and
// the cost of a ledger state change.
#include "rawdb.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace mlc;
using namespace mlc::store;

namespace {

LedgerRow makeRow(const QString &docId, const QString &revision = QStringLiteral("1"),
                  LedgerState state = LedgerState::New)
{
    LedgerRow r;
    r.docType = QStringLiteral("expense");
    r.docId = docId;
    r.revision = revision;
    r.key = r.docType + QLatin1Char('|') + docId + QLatin1Char('|') + revision;
    r.fisId = QStringLiteral("FIS-") + docId;
    r.idemKey = QStringLiteral("E") + docId.right(4) + QStringLiteral("R") + revision;
    r.title = QStringLiteral("Trip ") + docId;
    r.currency = QStringLiteral("USD");
    r.amount = QStringLiteral("123.45");
    r.state = state;
    return r;
}

// Takes the objects of schemas 3 and 4 out again (to fake a database an older version wrote).
QString dropSchema3(RawDb &raw)
{
    for (const char *sql : {"DROP TABLE writeback", "DROP INDEX ledger_queue_by_reason", "DROP TRIGGER ledger_reasons_insert", "DROP TRIGGER ledger_reasons_update",
                            "DROP TRIGGER ledger_reasons_delete", "DROP TABLE ledger_reasons", "DROP INDEX ledger_queue"}) {
        const QString error = raw.exec(QLatin1String(sql));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

std::unique_ptr<Store> openOrFail(const QString &path, bool readOnly = false)
{
    auto s = Store::open(path, readOnly);
    if (!s.ok()) {
        qWarning("open failed: %s", qPrintable(s.error().toString()));
        return nullptr;
    }
    return std::move(s).value();
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db-%1/connector.db").arg(++m_n)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migratesFromEmpty()
    {
        const QString path = freshPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Store::kSchemaVersion);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        for (const char *table : {"ledger", "ledger_blockers", "mappings", "audit", "settings"}) {
            QVERIFY2(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                    .arg(QLatin1String(table)))
                             .toInt()
                         == 1,
                     table);
        }
    }

    void reopenKeepsDataAndVersion()
    {
        const QString path = freshPath();
        {
            auto store = openOrFail(path);
            QVERIFY(store);
            QVERIFY(store->upsertLedger(makeRow(QStringLiteral("R1"))).ok());
            QVERIFY(store->setSetting(QStringLiteral("sync/interval"), QStringLiteral("15")).ok());
        }
        auto again = openOrFail(path);
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), Store::kSchemaVersion);
        auto row = again->ledger(QStringLiteral("expense|R1|1"));
        QVERIFY(row.ok());
        QVERIFY(row->has_value());
        QCOMPARE(again->setting(QStringLiteral("sync/interval")).value(), QStringLiteral("15"));
    }

    void newerSchemaRefused()
    {
        const QString path = freshPath();
        QVERIFY(openOrFail(path));
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 99")), QString());
        }
        for (bool ro : {false, true}) {
            auto s = Store::open(path, ro);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, QStringLiteral("store.schema"));
        }
    }

    void readOnlyNeedsAnExistingMigratedFile()
    {
        const QString missing = freshPath();
        auto s = Store::open(missing, true);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("store.open"));
        QVERIFY(!QFile::exists(missing)); // the tray never creates the database

        const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
        { RawDb raw(empty); QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE x(a)")), QString()); }
        auto old = Store::open(empty, true);
        QVERIFY(!old.ok());
        QCOMPARE(old.error().code, QStringLiteral("store.schema"));
    }

    void readOnlyRefusesWrites()
    {
        const QString path = freshPath();
        auto writer = openOrFail(path);
        QVERIFY(writer);
        QVERIFY(writer->upsertLedger(makeRow(QStringLiteral("R1"))).ok());
        auto reader = openOrFail(path, true);
        QVERIFY(reader);
        QVERIFY(reader->isReadOnly());

        auto expectReadOnly = [](const Result<void> &r) {
            return !r.ok() && r.error().code == QLatin1String("store.read_only");
        };
        QVERIFY(expectReadOnly(reader->upsertLedger(makeRow(QStringLiteral("R2")))));
        QVERIFY(expectReadOnly(reader->putMapping({QStringLiteral("account"), QStringLiteral("6100"),
                                                   QStringLiteral("61000000"), {}, {}, {}})));
        QVERIFY(expectReadOnly(reader->setSetting(QStringLiteral("a"), QStringLiteral("b"))));
        QVERIFY(expectReadOnly(reader->setBlockers(QStringLiteral("expense|R1|1"), {QStringLiteral("account/1")})));
        QVERIFY(expectReadOnly(reader->begin()));
        AuditEntry e;
        e.action = QStringLiteral("setting");
        auto a = reader->appendAudit(e);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, QStringLiteral("store.read_only"));

        // Reads work, and the reader sees what the writer commits later (WAL).
        QVERIFY(reader->ledger(QStringLiteral("expense|R1|1"))->has_value());
        QVERIFY(writer->upsertLedger(makeRow(QStringLiteral("R3"))).ok());
        QVERIFY(reader->ledger(QStringLiteral("expense|R3|1"))->has_value());
        QCOMPARE(reader->ledgerCounts()->value(QStringLiteral("new")), 2);
    }

    void ledgerRoundTrip_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("ascii") << QStringLiteral("W4JPAB Trip to Minneapolis") << QByteArray("{\"a\":1}")
                               << QByteArray("{\"Lines\":[]}");
        QTest::newRow("unicode") << QStringLiteral("W4JPAB Trip to Minneapolis — Anna O'Brien, Jürgen Müller 東京 🚆")
                                 << QStringLiteral("{\"name\":\"Zoë Ñúñez — \\\"quoted\\\"\"}").toUtf8()
                                 << QByteArray();
        QByteArray big;
        big.reserve(4 * 1024 * 1024);
        for (int i = 0; i < 4 * 1024 * 1024; ++i)
            big.append(char(i % 251)); // includes NUL and high bytes
        QTest::newRow("4 MiB document") << QStringLiteral("big") << big << big.left(300000);
    }
    void ledgerRoundTrip()
    {
        QFETCH(QString, title);
        QFETCH(QByteArray, document);
        QFETCH(QByteArray, payload);
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        LedgerRow row = makeRow(QStringLiteral("D0719B539ED64FE612AB"), QStringLiteral("2"), LedgerState::Review);
        row.title = title;
        row.document = document;
        row.payload = payload;
        row.payloadHash = QStringLiteral("ab").repeated(32);
        row.jdtNum = 4711;
        row.number = 815;
        row.reasons = QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("vendor.unmapped")},
                                             {QStringLiteral("message"), QStringLiteral("No vendor for Müller")},
                                             {QStringLiteral("blockerKey"), QStringLiteral("vendor/employee:12345AB")},
                                             {QStringLiteral("candidates"), QJsonArray{QStringLiteral("V100")}}}};
        row.attempts = 3;
        row.nextRetryAt = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
        row.lastError = QStringLiteral("B1 said: \"Invalid account\"");
        row.skippedBy = QStringLiteral("pipe:anna");
        row.skipReason = QStringLiteral("duplicate — handled manually");
        row.rejectedBasis = QStringLiteral("cd").repeated(32);
        QVERIFY(store->upsertLedger(row).ok());

        auto got = store->ledger(row.key);
        QVERIFY(got.ok());
        QVERIFY(got->has_value());
        const LedgerRow &r = **got;
        QCOMPARE(r.key, row.key);
        QCOMPARE(r.docType, row.docType);
        QCOMPARE(r.fisId, row.fisId);
        QCOMPARE(r.docId, row.docId);
        QCOMPARE(r.revision, row.revision);
        QCOMPARE(r.idemKey, row.idemKey);
        QCOMPARE(r.title, title);
        QCOMPARE(r.currency, row.currency);
        QCOMPARE(r.amount, row.amount);
        QCOMPARE(toString(r.state), toString(LedgerState::Review));
        QCOMPARE(r.payloadHash, row.payloadHash);
        QVERIFY(r.document == document);
        QVERIFY(r.payload == payload);
        QCOMPARE(r.jdtNum, 4711);
        QCOMPARE(r.number, 815);
        QCOMPARE(r.reasons, row.reasons);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.nextRetryAt, row.nextRetryAt);
        QCOMPARE(r.lastError, row.lastError);
        QCOMPARE(r.skippedBy, row.skippedBy);
        QCOMPARE(r.skipReason, row.skipReason);
        QCOMPARE(r.rejectedBasis, row.rejectedBasis);
        QVERIFY(r.createdAt.isValid());
        QVERIFY(r.updatedAt.isValid());
        QVERIFY(qAbs(r.updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        QVERIFY(!store->ledger(QStringLiteral("expense|nope|1"))->has_value());
    }

    void upsertReplacesAndKeepsCreatedAt()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        LedgerRow row = makeRow(QStringLiteral("R1"));
        row.lastError = QStringLiteral("timeout");
        row.nextRetryAt = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(store->upsertLedger(row).ok());
        const LedgerRow first = **store->ledger(row.key);
        QTest::qWait(5);

        row.state = LedgerState::Posted;
        row.lastError.clear();
        row.nextRetryAt = QDateTime();
        row.jdtNum = 77;
        QVERIFY(store->upsertLedger(row).ok());
        const LedgerRow second = **store->ledger(row.key);
        QCOMPARE(toString(second.state), toString(LedgerState::Posted));
        QCOMPARE(second.jdtNum, 77);
        QVERIFY(second.lastError.isEmpty());
        QVERIFY(!second.nextRetryAt.isValid());
        QCOMPARE(second.createdAt, first.createdAt);
        QVERIFY(second.updatedAt > first.updatedAt);
        QCOMPARE(store->ledgerCounts()->value(QStringLiteral("posted")), 1);
        QCOMPARE(store->ledgerCounts()->value(QStringLiteral("new")), 0);
    }

    void invalidRowRefused()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        LedgerRow row = makeRow(QStringLiteral("R1"));
        row.key.clear();
        auto r = store->upsertLedger(row);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("store.invalid"));
    }

    void lookupsByDocIdAndIdemKey()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("RPT1"), QStringLiteral("1"), LedgerState::Posted)).ok());
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("RPT1"), QStringLiteral("2"), LedgerState::Review)).ok());
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("RPT2"))).ok());
        LedgerRow inv = makeRow(QStringLiteral("RPT1"));
        inv.docType = QStringLiteral("invoice");
        inv.key = QStringLiteral("invoice|RPT1|1");
        inv.idemKey = QStringLiteral("I99R1");
        QVERIFY(store->upsertLedger(inv).ok());

        auto revs = store->ledgerByDocId(QStringLiteral("expense"), QStringLiteral("RPT1"));
        QVERIFY(revs.ok());
        QCOMPARE(revs->size(), 2);
        QStringList keys;
        for (const LedgerRow &r : *revs)
            keys << r.key;
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("expense|RPT1|1"), QStringLiteral("expense|RPT1|2")}));

        auto byIdem = store->ledgerByIdemKey(QStringLiteral("I99R1"));
        QVERIFY(byIdem.ok() && byIdem->has_value());
        QCOMPARE((*byIdem)->key, QStringLiteral("invoice|RPT1|1"));
        QVERIFY(!store->ledgerByIdemKey(QStringLiteral("E000R9"))->has_value());
    }

    void statesAndCounts()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        const QList<QPair<LedgerState, int>> plan = {{LedgerState::Posted, 5}, {LedgerState::Review, 3},
                                                     {LedgerState::Failed, 2}, {LedgerState::Skipped, 1}};
        int n = 0;
        for (const auto &p : plan) {
            for (int i = 0; i < p.second; ++i)
                QVERIFY(store->upsertLedger(makeRow(QStringLiteral("D%1").arg(++n), QStringLiteral("1"), p.first)).ok());
        }
        auto counts = store->ledgerCounts();
        QVERIFY(counts.ok());
        QCOMPARE(counts->size(), 7); // every state, zeros included
        QCOMPARE(counts->value(QStringLiteral("posted")), 5);
        QCOMPARE(counts->value(QStringLiteral("review")), 3);
        QCOMPARE(counts->value(QStringLiteral("failed")), 2);
        QCOMPARE(counts->value(QStringLiteral("skipped")), 1);
        QCOMPARE(counts->value(QStringLiteral("posting")), 0);
        QVERIFY(counts->contains(QStringLiteral("posting")));

        auto review = store->ledgerInState(LedgerState::Review);
        QVERIFY(review.ok());
        QCOMPARE(review->size(), 3);
        for (const LedgerRow &r : *review)
            QCOMPARE(toString(r.state), toString(LedgerState::Review));
        QCOMPARE(store->ledgerInState(LedgerState::Posted, 2)->size(), 2);
        QCOMPARE(store->ledgerInState(LedgerState::Posting)->size(), 0);
    }

    void stateNames_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("new") << int(LedgerState::New) << QStringLiteral("new");
        QTest::newRow("mapped") << int(LedgerState::Mapped) << QStringLiteral("mapped");
        QTest::newRow("posting") << int(LedgerState::Posting) << QStringLiteral("posting");
        QTest::newRow("posted") << int(LedgerState::Posted) << QStringLiteral("posted");
        QTest::newRow("review") << int(LedgerState::Review) << QStringLiteral("review");
        QTest::newRow("failed") << int(LedgerState::Failed) << QStringLiteral("failed");
        QTest::newRow("skipped") << int(LedgerState::Skipped) << QStringLiteral("skipped");
    }
    void stateNames()
    {
        QFETCH(int, state);
        QFETCH(QString, name);
        QCOMPARE(toString(LedgerState(state)), name);
        QCOMPARE(ledgerStateFromString(name), std::optional<LedgerState>(LedgerState(state)));
        QVERIFY(!ledgerStateFromString(name + QLatin1Char('x')).has_value());
    }

    void blockers()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        const QString a = QStringLiteral("expense|A|1"), b = QStringLiteral("expense|B|1");
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("A"), QStringLiteral("1"), LedgerState::Review)).ok());
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("B"), QStringLiteral("1"), LedgerState::Review)).ok());
        const QString vendor = QStringLiteral("vendor/employee:12345AB");
        const QString account = QStringLiteral("account/6100");
        const QString cc = QStringLiteral("costcenter/1:21-KING");
        QVERIFY(store->setBlockers(a, {vendor, account}).ok());
        QVERIFY(store->setBlockers(b, {account, cc, account}).ok()); // duplicates collapse

        QCOMPARE(*store->ledgerKeysBlockedBy(account), (QStringList{a, b}));
        QCOMPARE(*store->ledgerKeysBlockedBy(vendor), QStringList{a});
        QCOMPARE(*store->ledgerKeysBlockedBy(cc), QStringList{b});
        QCOMPARE(*store->blockersOf(b), (QStringList{account, cc}));

        QVERIFY(store->setBlockers(a, {cc}).ok()); // replaces A's set
        QCOMPARE(*store->ledgerKeysBlockedBy(vendor), QStringList{});
        QCOMPARE(*store->ledgerKeysBlockedBy(cc), (QStringList{a, b}));
        QVERIFY(store->setBlockers(b, {}).ok());
        QCOMPARE(*store->ledgerKeysBlockedBy(account), QStringList{});
        QCOMPARE(*store->ledgerKeysBlockedBy(cc), QStringList{a});
    }

    void blockersNeedTheirLedgerRow()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        const QString key = QStringLiteral("expense|NEW|1");
        // Outside a transaction a blocker for an unknown document is refused ...
        auto r = store->setBlockers(key, {QStringLiteral("account/6100")});
        QVERIFY(!r.ok());
        QVERIFY(!store->inTransaction());
        QCOMPARE(*store->ledgerKeysBlockedBy(QStringLiteral("account/6100")), QStringList{});
        // ... inside one, the row may follow the blockers (the check is deferred to COMMIT).
        QVERIFY(store->begin().ok());
        QVERIFY(store->setBlockers(key, {QStringLiteral("account/6100")}).ok());
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("NEW"), QStringLiteral("1"), LedgerState::Review)).ok());
        QVERIFY(store->commit().ok());
        QCOMPARE(*store->ledgerKeysBlockedBy(QStringLiteral("account/6100")), QStringList{key});
    }

    void transactions()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        QVERIFY(store->begin().ok());
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("T1"))).ok());
        store->rollback();
        QVERIFY(!store->ledger(QStringLiteral("expense|T1|1"))->has_value());

        QVERIFY(store->begin().ok());
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("T2"))).ok());
        QVERIFY(store->begin().ok()); // nested
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("T3"))).ok());
        QVERIFY(store->commit().ok());
        QVERIFY(store->inTransaction());
        QVERIFY(store->commit().ok());
        QVERIFY(!store->inTransaction());
        QVERIFY(store->ledger(QStringLiteral("expense|T2|1"))->has_value());
        QVERIFY(store->ledger(QStringLiteral("expense|T3|1"))->has_value());

        // An inner rollback discards everything, and the outer commit says so.
        QVERIFY(store->begin().ok());
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("T4"))).ok());
        QVERIFY(store->begin().ok());
        store->rollback();
        auto c = store->commit();
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("store.rolled_back"));
        QVERIFY(!store->ledger(QStringLiteral("expense|T4|1"))->has_value());

        auto stray = store->commit();
        QVERIFY(!stray.ok());
        QCOMPARE(stray.error().code, QStringLiteral("store.no_transaction"));
    }

    // The sync engine's `posting` intents are committed with synchronous=FULL (durable when
    // commit() returns, even after a power cut); every other transaction stays NORMAL.
    void durableTransactions()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        QCOMPARE(store->synchronousLevel(), 1); // NORMAL
        QVERIFY(store->begin(Durability::Full).ok());
        QCOMPARE(store->synchronousLevel(), 2); // FULL
        QVERIFY(store->upsertLedger(makeRow(QStringLiteral("F1"))).ok());
        QVERIFY(store->begin().ok()); // nested in a durable one: fine
        QVERIFY(store->begin(Durability::Full).ok());
        QVERIFY(store->commit().ok());
        QVERIFY(store->commit().ok());
        QCOMPARE(store->synchronousLevel(), 2);
        QVERIFY(store->commit().ok());
        QCOMPARE(store->synchronousLevel(), 1);
        QVERIFY(store->ledger(QStringLiteral("expense|F1|1"))->has_value());

        QVERIFY(store->begin(Durability::Full).ok());
        store->rollback();
        QCOMPARE(store->synchronousLevel(), 1);

        // SQLite cannot make the rest of an ordinary transaction durable: refused, not ignored.
        QVERIFY(store->begin().ok());
        auto nested = store->begin(Durability::Full);
        QVERIFY(!nested.ok());
        QCOMPARE(nested.error().code, QStringLiteral("store.invalid"));
        QVERIFY(store->commit().ok());
        QCOMPARE(store->synchronousLevel(), 1);
    }

    // Schema 2 adds ledger.rejected_basis; a schema 1 database keeps its rows.
    void migratesSchema1Ledger()
    {
        const QString path = freshPath();
        {
            auto store = openOrFail(path);
            QVERIFY(store);
            QVERIFY(store->upsertLedger(makeRow(QStringLiteral("M1"), QStringLiteral("1"), LedgerState::Posted)).ok());
        }
        {
            RawDb raw(path);
            QCOMPARE(dropSchema3(raw), QString());
            QCOMPARE(raw.exec(QStringLiteral("ALTER TABLE ledger DROP COLUMN rejected_basis")), QString());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 1")), QString());
        }
        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        auto row = store->ledger(QStringLiteral("expense|M1|1"));
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE(toString(row->value().state), QStringLiteral("posted"));
        QVERIFY(row->value().rejectedBasis.isEmpty());
        LedgerRow r = row->value();
        r.state = LedgerState::Review;
        r.rejectedBasis = QStringLiteral("ab").repeated(32);
        QVERIFY(store->upsertLedger(r).ok());
        QCOMPARE(store->ledger(r.key)->value().rejectedBasis, r.rejectedBasis);
        // Posting it makes the rejection history moot.
        QVERIFY(store->markLedgerPosted(r.key, 12, 34).ok());
        QVERIFY(store->ledger(r.key)->value().rejectedBasis.isEmpty());
    }

    // Schema 3: the reason codes of queued documents in ledger_reasons (the tray's reason filter),
    // kept by triggers through every way a row enters, changes in or leaves the queue, filled for
    // the rows already queued by the migration, and never failing a write over odd reasons.
    void reviewReasonCodesFollowTheLedger()
    {
        const auto reason = [](const QString &code) {
            return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), QStringLiteral("m")}};
        };
        const QString path = freshPath();
        const auto codes = [&path](const QString &key) {
            RawDb raw(path);
            QSqlQuery q(QSqlDatabase::database(raw.name()));
            q.prepare(QStringLiteral("SELECT code FROM ledger_reasons WHERE ledger_key = ? ORDER BY code"));
            q.addBindValue(key);
            QStringList out;
            if (q.exec()) {
                while (q.next())
                    out << q.value(0).toString();
            }
            return out;
        };
        {
            auto store = openOrFail(path);
            QVERIFY(store);
            LedgerRow r = makeRow(QStringLiteral("Q1"), QStringLiteral("1"), LedgerState::Review);
            r.reasons = QJsonArray{reason(QStringLiteral("vendor.unmapped")), reason(QStringLiteral("account.unmapped"))};
            QVERIFY(store->upsertLedger(r).ok()); // insert
            QCOMPARE(codes(r.key), (QStringList{QStringLiteral("account.unmapped"), QStringLiteral("vendor.unmapped")}));
            r.reasons = QJsonArray{reason(QStringLiteral("totals.mismatch"))};
            QVERIFY(store->upsertLedger(r).ok()); // changed reasons
            QCOMPARE(codes(r.key), QStringList{QStringLiteral("totals.mismatch")});
            QVERIFY(store->markLedgerPosted(r.key, 1, 2).ok()); // left the queue
            QVERIFY(codes(r.key).isEmpty());
            r.state = LedgerState::Review;
            QVERIFY(store->upsertLedger(r).ok()); // back in it
            QCOMPARE(codes(r.key), QStringList{QStringLiteral("totals.mismatch")});
            r.state = LedgerState::Skipped;
            QVERIFY(store->upsertLedger(r).ok());
            QVERIFY(codes(r.key).isEmpty());
            // Rows in other states never enter it.
            LedgerRow failed = makeRow(QStringLiteral("Q2"), QStringLiteral("1"), LedgerState::Failed);
            failed.reasons = QJsonArray{reason(QStringLiteral("vendor.unmapped"))};
            QVERIFY(store->upsertLedger(failed).ok());
            QVERIFY(codes(failed.key).isEmpty());
            // Odd reasons (written behind the store's back) add nothing and fail nothing.
            LedgerRow odd = makeRow(QStringLiteral("Q3"), QStringLiteral("1"), LedgerState::Review);
            odd.reasons = QJsonArray{QStringLiteral("just text"), QJsonObject{{QStringLiteral("code"), 7}}, reason(QStringLiteral("date.missing"))};
            QVERIFY(store->upsertLedger(odd).ok());
            QCOMPARE(codes(odd.key), QStringList{QStringLiteral("date.missing")});
        }
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("UPDATE ledger SET reasons = 'not json' WHERE key = 'expense|Q3|1'")), QString());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE ledger SET reasons = '{\"code\":\"x\"}' WHERE key = 'expense|Q3|1'")), QString());
        }
        QVERIFY(codes(QStringLiteral("expense|Q3|1")).isEmpty());
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("DELETE FROM ledger WHERE key = 'expense|Q3|1'")), QString());
        }

        // A schema 2 database: its queued rows are indexed by the migration.
        const QString old = freshPath();
        {
            auto store = openOrFail(old);
            QVERIFY(store);
            LedgerRow r = makeRow(QStringLiteral("O1"), QStringLiteral("1"), LedgerState::Review);
            r.reasons = QJsonArray{reason(QStringLiteral("currency.unknown"))};
            QVERIFY(store->upsertLedger(r).ok());
            LedgerRow posted = makeRow(QStringLiteral("O2"), QStringLiteral("1"), LedgerState::Posted);
            QVERIFY(store->upsertLedger(posted).ok());
        }
        {
            RawDb raw(old);
            QCOMPARE(dropSchema3(raw), QString());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 2")), QString());
        }
        {
            auto store = openOrFail(old);
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        }
        RawDb raw(old);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT group_concat(ledger_key || '=' || code) FROM ledger_reasons")).toString(),
                 QStringLiteral("expense|O1|1=currency.unknown"));
        QVERIFY(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ledger_queue'")).toInt() == 1);
    }

    void settings()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        QCOMPARE(*store->setting(QStringLiteral("sync/interval"), QStringLiteral("30")), QStringLiteral("30"));
        QVERIFY(store->setSetting(QStringLiteral("sync/interval"), QStringLiteral("15")).ok());
        QVERIFY(store->setSetting(QStringLiteral("sapb1/url"), QStringLiteral("https://b1:50000/b1s/v2")).ok());
        QVERIFY(store->setSetting(QStringLiteral("sapb1/company"), QStringLiteral("SBODEMO_Ü")).ok());
        QCOMPARE(*store->setting(QStringLiteral("sync/interval"), QStringLiteral("30")), QStringLiteral("15"));
        auto b1 = store->settings(QStringLiteral("sapb1/"));
        QVERIFY(b1.ok());
        QCOMPARE(b1->size(), 2);
        QCOMPARE(b1->value(QStringLiteral("sapb1/company")), QStringLiteral("SBODEMO_Ü"));
        QCOMPARE(store->settings()->size(), 3);
        QVERIFY(store->removeSetting(QStringLiteral("sync/interval")).ok());
        QCOMPARE(*store->setting(QStringLiteral("sync/interval"), QStringLiteral("30")), QStringLiteral("30"));
    }

    void secretLookingSettingRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("refused");
        QTest::newRow("password") << QStringLiteral("sapb1/password") << true;
        QTest::newRow("Password") << QStringLiteral("sapb1/Password") << true;
        QTest::newRow("client secret") << QStringLiteral("concur/client_secret") << true;
        QTest::newRow("refresh token") << QStringLiteral("concur/RefreshToken") << true;
        QTest::newRow("request token") << QStringLiteral("concur/company_request_token") << true;
        QTest::newRow("camel secret") << QStringLiteral("concur/clientSecret") << true;
        QTest::newRow("camel password") << QStringLiteral("b1/dbPassword") << true;
        QTest::newRow("glued token") << QStringLiteral("concur/accesstoken") << true;
        QTest::newRow("passwd") << QStringLiteral("proxy.passwd") << true;
        QTest::newRow("user") << QStringLiteral("sapb1/user") << false;
        QTest::newRow("secret store choice") << QStringLiteral("secrets/backend") << false;
        QTest::newRow("pinned cert") << QStringLiteral("b1/pinnedSha256") << false;
        QTest::newRow("client id") << QStringLiteral("concur/client_id") << false;
    }
    void secretLookingSettingRefused()
    {
        QFETCH(QString, key);
        QFETCH(bool, refused);
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        auto r = store->setSetting(key, QStringLiteral("hunter2"));
        QCOMPARE(!r.ok(), refused);
        if (refused) {
            QCOMPARE(r.error().code, QStringLiteral("store.secret_setting"));
            QVERIFY(r.error().message.contains(key));
            QVERIFY(!r.error().toString().contains(QLatin1String("hunter2")));
            QVERIFY(store->settings()->isEmpty());
        } else {
            QCOMPARE(*store->setting(key), QStringLiteral("hunter2"));
        }
    }

    void twoThreadsOnOneFile()
    {
        // Two connections in two threads write interleaved transactions and audit entries (the
        // service's engine thread and its IPC thread, for example). WAL + BEGIN IMMEDIATE + the
        // busy timeout must serialise them without errors and without forking the audit chain.
        const QString path = freshPath();
        { QVERIFY(openOrFail(path)); }
        constexpr int kBatches = 20, kPerBatch = 25;
        std::atomic<int> failures{0};
        QString firstError;
        QMutex errorMutex;
        auto worker = [&](const QString &prefix) {
            auto s = Store::open(path);
            if (!s.ok()) {
                ++failures;
                return;
            }
            Store &store = *s.value();
            auto note = [&](const Error &e) {
                ++failures;
                QMutexLocker lock(&errorMutex);
                if (firstError.isEmpty())
                    firstError = e.toString();
            };
            for (int b = 0; b < kBatches; ++b) {
                if (auto r = store.begin(); !r.ok()) {
                    note(r.error());
                    continue;
                }
                for (int i = 0; i < kPerBatch; ++i) {
                    if (auto r = store.upsertLedger(makeRow(prefix + QString::number(b * kPerBatch + i))); !r.ok())
                        note(r.error());
                }
                if (auto r = store.commit(); !r.ok())
                    note(r.error());
                AuditEntry e;
                e.action = QStringLiteral("fetch");
                e.detail = prefix + QString::number(b);
                if (auto r = store.appendAudit(e); !r.ok())
                    note(r.error());
                if (auto c = store.ledgerCounts(); !c.ok())
                    note(c.error());
            }
        };
        QThread *t1 = QThread::create(worker, QStringLiteral("A"));
        QThread *t2 = QThread::create(worker, QStringLiteral("B"));
        t1->start();
        t2->start();
        QVERIFY(t1->wait(60000));
        QVERIFY(t2->wait(60000));
        delete t1;
        delete t2;
        QVERIFY2(failures == 0, qPrintable(firstError));

        auto store = openOrFail(path, true);
        QVERIFY(store);
        QCOMPARE(store->ledgerCounts()->value(QStringLiteral("new")), 2 * kBatches * kPerBatch);
        QCOMPARE(store->audit()->size(), 2 * kBatches);
        QCOMPARE(*store->verifyAuditChain(), qint64(-1));
    }

    void manyGroupedStateChangesAllLand()
    {
        // Many ledger changes in grouped transactions all land. Speed is measured by the bench
        // target, not asserted here (a timed test on a shared CI core proves nothing).
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        constexpr int kDocs = 2000;
        const QByteArray document(3000, 'd');
        const QByteArray payload(1500, 'p');
        QList<LedgerRow> rows;
        rows.reserve(kDocs);
        for (int i = 0; i < kDocs; ++i) {
            LedgerRow r = makeRow(QStringLiteral("PERF%1").arg(i));
            r.document = document;
            rows.append(r);
        }
        int changes = 0;
        for (int batch = 0; batch < kDocs; batch += 100) {
            QVERIFY(store->begin().ok());
            for (int i = batch; i < batch + 100; ++i) {
                LedgerRow &r = rows[i];
                QVERIFY(store->upsertLedger(r).ok()); // new
                r.state = LedgerState::Posting;
                r.payload = payload;
                QVERIFY(store->upsertLedger(r).ok()); // posting (intent)
                r.state = LedgerState::Posted;
                r.jdtNum = i;
                QVERIFY(store->upsertLedger(r).ok()); // posted
                changes += 3;
            }
            QVERIFY(store->commit().ok());
        }
        QCOMPARE(changes, 3 * kDocs);
        QCOMPARE(store->ledgerCounts()->value(QStringLiteral("posted")), kDocs);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
