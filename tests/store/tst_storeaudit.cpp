// The audit trail: append-only, hash-chained, tamper-evident, exportable.
#include "rawdb.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlc;
using namespace mlc::store;

namespace {
AuditEntry entry(const QString &action, const QString &docKey, const QString &detail = {})
{
    AuditEntry e;
    e.actor = QStringLiteral("service");
    e.origin = QStringLiteral("host/1234");
    e.action = action;
    e.docKey = docKey;
    e.detail = detail;
    return e;
}
} // namespace

class TestStoreAudit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A database with five chained entries; returns its path.
    QString seeded()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit-%1.db").arg(++m_n));
        auto s = Store::open(path);
        if (!s.ok())
            return {};
        Store &store = **s;
        const QString doc = QStringLiteral("expense|R1|1");
        store.appendAudit(entry(QStringLiteral("fetch"), doc));
        store.appendAudit(entry(QStringLiteral("map"), doc, QStringLiteral("vendor employee:1 → V100")));
        AuditEntry review = entry(QStringLiteral("review"), doc);
        review.before = QStringLiteral("mapped");
        review.after = QStringLiteral("review");
        store.appendAudit(review);
        store.appendAudit(entry(QStringLiteral("mapping"), QString(), QStringLiteral("account/6100 → 61000000")));
        store.appendAudit(entry(QStringLiteral("post"), doc, QStringLiteral("JdtNum 17")));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void appendFillsChain()
    {
        auto s = Store::open(m_dir.filePath(QStringLiteral("chain.db")));
        QVERIFY(s.ok());
        Store &store = **s;
        auto first = store.appendAudit(entry(QStringLiteral("fetch"), QStringLiteral("expense|R1|1")));
        QVERIFY(first.ok());
        QCOMPARE(first->seq, 1);
        QCOMPARE(first->prevHash, QString(64, QLatin1Char('0')));
        QCOMPARE(first->hash.size(), 64);
        QVERIFY(first->at.isValid());
        QCOMPARE(first->at.timeSpec(), Qt::UTC);

        AuditEntry given = entry(QStringLiteral("setting"), QString(), QStringLiteral("sync/interval 30 → 15"));
        given.actor.clear(); // defaults to the service
        given.at = QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0, 250), Qt::UTC);
        auto second = store.appendAudit(given);
        QVERIFY(second.ok());
        QCOMPARE(second->seq, 2);
        QCOMPARE(second->prevHash, first->hash);
        QCOMPARE(second->at, given.at);
        QCOMPARE(second->actor, QStringLiteral("service"));
        QCOMPARE(second->hash, Store::auditHash(*second));

        auto all = store.audit();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).hash, second->hash);
        QCOMPARE(all->at(1).at, given.at);
        QCOMPARE(*store.verifyAuditChain(), qint64(-1));

        auto noAction = store.appendAudit(AuditEntry{});
        QVERIFY(!noAction.ok());
    }

    // Found by fuzz_documents (issue #7): a Concur report name with a lone UTF-16 surrogate (JSON
    // allows the escape "\ud800") went into an audit detail; the database keeps valid text only,
    // so the stored row no longer matched its hash and the chain reported tampering that never
    // happened. What is hashed must be what is stored.
    void unpairedSurrogateKeepsTheChainIntact()
    {
        const QString path = m_dir.filePath(QStringLiteral("surrogate.db"));
        const QString name = QStringLiteral("Trip ab") + QChar(0xD800) + QStringLiteral("cd, ") + QChar(0xDC00) + QChar(u'x');
        {
            auto s = Store::open(path);
            QVERIFY(s.ok());
            AuditEntry e = entry(QStringLiteral("fetch"), QStringLiteral("expense|R1|1"), QStringLiteral("FIS 1 ") + name);
            e.before = name;
            e.after = QStringLiteral("ok");
            auto added = (*s)->appendAudit(e);
            QVERIFY(added.ok());
            QCOMPARE(added->hash, Store::auditHash(*added));
            QVERIFY((*s)->appendAudit(entry(QStringLiteral("post"), QStringLiteral("expense|R1|1"))).ok());
            QCOMPARE(*(*s)->verifyAuditChain(), qint64(-1));
            auto stored = (*s)->audit();
            QVERIFY(stored.ok());
            QCOMPARE(stored->at(0).hash, Store::auditHash(stored->at(0)));
            QCOMPARE(stored->at(0).detail, added->detail); // what the caller gets back is what was stored
            QVERIFY(stored->at(0).detail.startsWith(QStringLiteral("FIS 1 Trip ab")));
        }
        auto reopened = Store::open(path, true);
        QVERIFY(reopened.ok());
        QCOMPARE(*(*reopened)->verifyAuditChain(), qint64(-1));
    }

    void queriesByDocumentAndLimit()
    {
        auto s = Store::open(seeded(), true);
        QVERIFY(s.ok());
        Store &store = **s;
        auto doc = store.audit(QStringLiteral("expense|R1|1"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->size(), 4);
        QCOMPARE(doc->front().action, QStringLiteral("fetch"));
        QCOMPARE(doc->back().action, QStringLiteral("post"));
        auto latest = store.audit({}, 2); // the two most recent, oldest first
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), 2);
        QCOMPARE(latest->at(0).seq, 4);
        QCOMPARE(latest->at(1).seq, 5);
        auto page = store.auditAfter(2, 2);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).seq, 3);
        QCOMPARE(page->at(0).before, QStringLiteral("mapped"));
        QCOMPARE(page->at(0).after, QStringLiteral("review"));
    }

    void plainUpdateAndDeleteRefused()
    {
        const QString path = seeded();
        RawDb raw(path);
        QVERIFY(!raw.exec(QStringLiteral("UPDATE audit SET after = 'posted' WHERE seq = 3")).isEmpty());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit WHERE seq = 3")).isEmpty());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT after FROM audit WHERE seq = 3")).toString(), QStringLiteral("review"));
    }

    void tamperingDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("edit after") << QStringLiteral("UPDATE audit SET after = 'posted' WHERE seq = 3") << qint64(3);
        QTest::newRow("edit actor") << QStringLiteral("UPDATE audit SET actor = 'pipe:mallory' WHERE seq = 2") << qint64(2);
        QTest::newRow("edit time") << QStringLiteral("UPDATE audit SET at = at + 1 WHERE seq = 5") << qint64(5);
        QTest::newRow("delete row") << QStringLiteral("DELETE FROM audit WHERE seq = 2") << qint64(3);
        QTest::newRow("delete first") << QStringLiteral("DELETE FROM audit WHERE seq = 1") << qint64(2);
        // An attacker who recomputes the edited row's hash still breaks the link to the next row.
        QTest::newRow("edit + rehash") << QStringLiteral("UPDATE audit SET hash = '%1' WHERE seq = 3") << qint64(4);
    }
    void tamperingDetected()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBad);
        const QString path = seeded();
        {
            auto s = Store::open(path, true);
            QVERIFY(s.ok());
            QCOMPARE(*(*s)->verifyAuditChain(), qint64(-1));
        }
        RawDb raw(path);
        // Whoever edits the file with sqlite3 can drop the append-only triggers; the chain remains.
        QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_update")), QString());
        QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_delete")), QString());
        if (sql.contains(QLatin1String("%1"))) {
            QCOMPARE(raw.exec(QStringLiteral("UPDATE audit SET after = 'posted' WHERE seq = 3")), QString());
            auto s = Store::open(path, true);
            QVERIFY(s.ok());
            auto rows = (*s)->auditAfter(2, 1);
            QVERIFY(rows.ok() && rows->size() == 1);
            sql = sql.arg(Store::auditHash(rows->front()));
        }
        QCOMPARE(raw.exec(sql), QString());
        auto s = Store::open(path, true);
        QVERIFY(s.ok());
        auto bad = (*s)->verifyAuditChain();
        QVERIFY(bad.ok());
        QCOMPARE(*bad, firstBad);
    }

    void csvExport()
    {
        auto s = Store::open(seeded(), true);
        QVERIFY(s.ok());
        auto all = (*s)->audit();
        QVERIFY(all.ok());
        AuditEntry odd = all->front();
        odd.detail = QStringLiteral("comma, \"quote\"\nnew line — Müller");
        QList<AuditEntry> list = *all;
        list.append(odd);
        const QByteArray csv = Store::auditToCsv(list);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.startsWith(QLatin1String("seq,at,actor,origin,action,docKey,before,after,detail,prevHash,hash\r\n")));
        QVERIFY(text.contains(QStringLiteral("\"comma, \"\"quote\"\"\nnew line — Müller\"")));
        QVERIFY(text.contains(all->at(2).hash));
        QVERIFY(text.contains(QLatin1String("expense|R1|1")));
        QCOMPARE(text.count(QLatin1String("\r\n")), 1 + list.size());
    }

    // An audit export is opened in Excel: text that came from Concur, B1 or an operator must never
    // run as a formula there. Cells starting with =, +, -, @, tab or CR get a leading ' (OWASP),
    // negative amounts included ("-12.50" shows as '-12.50: still readable, never a formula).
    void csvExportNeutralisesFormulas()
    {
        AuditEntry e;
        e.seq = 7;
        e.at = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        e.actor = QStringLiteral("+pipe:mallory");
        e.origin = QStringLiteral("@evil");
        e.action = QStringLiteral("mapping");
        e.docKey = QStringLiteral("\tkey");
        e.before = QStringLiteral("-12.50");
        e.after = QStringLiteral("=HYPERLINK(\"http://x.example\",\"click\")");
        e.detail = QStringLiteral("\r=cmd|' /C calc'!A0");
        e.prevHash = QString(64, QLatin1Char('0'));
        e.hash = QString(64, QLatin1Char('a'));
        const QString text = QString::fromUtf8(Store::auditToCsv({e}).mid(3));
        const QString row = text.mid(text.indexOf(QLatin1String("\r\n")) + 2);
        QCOMPARE(row, QStringLiteral("7,2026-03-01T12:00:00.000Z,'+pipe:mallory,'@evil,mapping,'\tkey,'-12.50,"
                                     "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",\"'\r=cmd|' /C calc'!A0\",")
                          + e.prevHash + QLatin1Char(',') + e.hash + QStringLiteral("\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestStoreAudit)
#include "tst_storeaudit.moc"
