#include "reviewqueuedata.h"

#include "../integration/endtoendfixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mlc::bench {

namespace {

// Copies of the rows in `state`, copy number i = first..last: a new doc id (key, idem key) and
// document number in the title, the amount times 0.5-2.0 in the currency's own decimals, and a
// queue date in the last 120 days.
QString copyRows(QSqlDatabase &db, const QString &state, int first, int last, int limit, qint64 nowMs)
{
    const QString copies = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) ")
                               .arg(first)
                               .arg(last);
    const QString newDocId = QStringLiteral("src.doc_id || '-' || n.i");
    const QString newKey = QStringLiteral("src.doc_type || '|' || %1 || '|' || src.revision").arg(newDocId);
    const QString sql = copies
        + QStringLiteral(
              "INSERT INTO ledger (key, doc_type, fis_id, doc_id, revision, idem_key, title, currency, amount, state,"
              " payload_hash, payload, document, jdt_num, number, reasons, attempts, next_retry_at, last_error, skipped_by,"
              " skip_reason, created_at, updated_at, rejected_basis)"
              " SELECT %1, src.doc_type, src.fis_id || '-' || n.i, %2, src.revision,"
              " CASE WHEN src.idem_key IS NULL OR src.idem_key = '' THEN src.idem_key ELSE src.idem_key || 'C' || n.i END,"
              " CASE WHEN instr(src.title, ' ') > 0"
              "      THEN substr(src.title, 1, instr(src.title, ' ') - 1) || '-' || n.i || substr(src.title, instr(src.title, ' '))"
              "      ELSE src.title || '-' || n.i END,"
              " src.currency,"
              " CASE WHEN src.amount IS NULL OR src.amount = '' OR CAST(src.amount AS REAL) = 0 THEN src.amount"
              "      WHEN instr(src.amount, '.') = 0"
              "      THEN printf('%d', CAST(CAST(src.amount AS REAL) * (0.5 + (abs(random()) % 1500) / 1000.0) AS INTEGER))"
              "      ELSE printf('%.' || (length(src.amount) - instr(src.amount, '.')) || 'f',"
              "                  CAST(src.amount AS REAL) * (0.5 + (abs(random()) % 1500) / 1000.0)) END,"
              " src.state, src.payload_hash, src.payload, src.document, src.jdt_num, src.number, src.reasons, src.attempts,"
              " src.next_retry_at, src.last_error, src.skipped_by, src.skip_reason,"
              " ? - 10368000000, ? - (abs(random()) % 10368000000), src.rejected_basis"
              " FROM n CROSS JOIN (SELECT * FROM ledger WHERE state = ? AND key NOT LIKE '%|%-%|%') src"
              " LIMIT ?")
              .arg(newKey, newDocId);
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return q.lastError().text();
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(state);
    q.addBindValue(limit);
    if (!q.exec())
        return q.lastError().text();
    // The blockers of the copies (what a mapping releases), from their originals.
    QSqlQuery b(db);
    const QString blockers = copies
        + QStringLiteral("INSERT OR IGNORE INTO ledger_blockers (ledger_key, blocker_key)"
                         " SELECT src.doc_type || '|' || src.doc_id || '-' || n.i || '|' || src.revision, lb.blocker_key"
                         " FROM n CROSS JOIN ledger src JOIN ledger_blockers lb ON lb.ledger_key = src.key"
                         " WHERE src.state = ? AND src.key NOT LIKE '%|%-%|%'"
                         "   AND EXISTS (SELECT 1 FROM ledger c WHERE c.key = src.doc_type || '|' || src.doc_id || '-' || n.i"
                         "               || '|' || src.revision)");
    if (!b.prepare(blockers))
        return b.lastError().text();
    b.addBindValue(state);
    if (!b.exec())
        return b.lastError().text();
    return {};
}

int countState(QSqlDatabase &db, const QString &state)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ledger WHERE state = ?"));
    q.addBindValue(state);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

QString generateReviewQueue(const QString &dataDir, const ReviewQueueData &spec, QString *summary)
{
    const QString target = QDir(dataDir).filePath(QStringLiteral("ml-connector.db"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    QString sampleLine;
    {
        test::EndToEnd e;
        if (!e.ready())
            return QStringLiteral("the simulators or the database did not start");
        (void)e.db->setSetting(QStringLiteral("concur/pageLimit"), QStringLiteral("100"));
        sim::DocumentGenerator gen(4711);
        const auto review = gen.generate(spec.sampleReview, 1.0);
        const auto posted = gen.generate(spec.samplePosted, 0.0);
        e.sims.call([&] {
            for (const auto &d : review)
                e.concur->addDocument(d.docType, d.document);
            for (const auto &d : posted)
                e.concur->addDocument(d.docType, d.document);
        });
        auto cycle = e.cycle(true);
        if (!cycle.ok())
            return QStringLiteral("the sample cycle failed: ") + cycle.error().toString();
        sampleLine = QStringLiteral("sample through the sync engine: %1 fetched, %2 posted, %3 to review")
                         .arg(cycle->fetched)
                         .arg(cycle->posted)
                         .arg(cycle->review);
        e.conns.reset();
        e.db.reset(); // a clean close checkpoints the WAL into the file
        if (!QFile::copy(e.dir.filePath(QStringLiteral("ml-connector.db")), target))
            return QStringLiteral("cannot copy the sample database to ") + target;
    }

    const QString connection = QStringLiteral("bench-generate");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(target);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        const int sampleReview = countState(db, QStringLiteral("review"));
        const int samplePosted = countState(db, QStringLiteral("posted"));
        if (sampleReview <= 0)
            return QStringLiteral("the sample produced no review rows");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        db.transaction();
        const int copies = (spec.reviewRows - sampleReview + sampleReview - 1) / sampleReview;
        error = copyRows(db, QStringLiteral("review"), 1, copies, spec.reviewRows - sampleReview, now);
        if (error.isEmpty() && samplePosted > 0 && spec.postedCopies > 1)
            error = copyRows(db, QStringLiteral("posted"), 1, spec.postedCopies - 1, samplePosted * (spec.postedCopies - 1), now);
        // The sample's own rows get spread dates too (they were all queued "now").
        if (error.isEmpty()) {
            QSqlQuery spread(db);
            spread.prepare(QStringLiteral("UPDATE ledger SET updated_at = ? - (abs(random()) % 10368000000)"
                                          " WHERE key NOT LIKE '%|%-%|%'"));
            spread.addBindValue(now);
            if (!spread.exec())
                error = spread.lastError().text();
        }
        if (!error.isEmpty()) {
            db.rollback();
        } else if (!db.commit()) {
            error = db.lastError().text();
        }
        if (error.isEmpty()) {
            QSqlQuery analyze(db);
            analyze.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (summary) {
                *summary = sampleLine
                    + QStringLiteral("; database: %1 in review, %2 posted, %3 MiB")
                          .arg(countState(db, QStringLiteral("review")))
                          .arg(countState(db, QStringLiteral("posted")))
                          .arg(double(QFileInfo(target).size()) / 1048576.0, 0, 'f', 0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace mlc::bench
