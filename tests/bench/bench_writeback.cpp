// bench_writeback: what a QUIET sync cycle (nothing new in Concur) costs against the backlog of
// documents already processed, with concur/writeBack `off` and `acknowledge` (issue #10). Not a
// test: prints a table (ctest label `bench`, excluded from the normal run; scripts/bench.sh writeback).
//
//   bench_writeback [--sizes 1000,10000,100000] [--levels off,acknowledge] [--runs 3] [--review 20]
//
// Each configuration gets fresh simulators (Concur FIS + Service Layer, in their own thread, as the
// integration tests use them) and a fresh database, with the product's engine options and its
// default FIS page size (concur/pageLimit unset):
//  1. A sample goes through the real engine and the live connections: `--review` documents that go
//     to the review queue (their real reasons) and kSamplePosted that post. With `acknowledge` the
//     engine acknowledges all of them through Concur's acknowledgement route.
//  2. The shortcut is checked against that sample: the ledger row derived for a sample document
//     the way the engine derives it (accounting::identify, the FIS id) must equal the engine's row.
//  3. The rest of the backlog (backlog - kSamplePosted generated documents) is added in bulk: each
//     document to the Concur simulator (READY with `off`; ACKNOWLEDGED with `acknowledge`, through
//     ConcurSimulator::acknowledgeDocuments), and in ONE transaction its ledger row in state posted
//     (payload of a sample entry, its own journal entry number), its fetch/post audit events and,
//     with `acknowledge`, its `ack` write-back row `done` (code and answer of a sample row).
//  4. The database is closed (checkpointed) and reopened; the connections stay (B1 session,
//     Concur token), as in the service, which builds an engine per cycle on long-lived connections.
//  5. One untimed cycle (it warms the database's cache, as a running service has it); anything it
//     did that a quiet cycle should not do is printed in the notes below the table.
//  6. `--runs` quiet cycles are timed (median printed). Each is checked: nothing posted, nothing
//     newly queued, no Concur write, every READY document fetched and found done (`duplicates`),
//     every queued document re-checked (`still in review`), the FIS pages the READY count implies,
//     and no new journal entry in the Service Layer simulator. A failed check fails the run (exit 1).
//
// Times: wall is the whole runCycle() (simulators included: they share the 2 cores); connector CPU
// is this process's CPU time minus the simulator thread's; "review count ms" is the ledger count the
// service runs after every cycle (ServiceCore::broadcastReviewCount), outside runCycle(); the
// notes give the write-back counts of the service's status (on request) and each wall time's range.
#include "../integration/endtoendfixture.h"

#include "accounting/documentidentity.h"
#include "sync/syncsettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <pthread.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace mlc;
using store::LedgerRow;
using store::LedgerState;

namespace {

constexpr int kSamplePosted = 50;        // documents of the sample that post through the real engine
constexpr int kChunk = 2000;             // generated documents held in memory at a time
constexpr qint64 kFirstBulkJdtNum = 5000000; // journal entry numbers of the bulk rows (the simulator's are far lower)
const QStringList kDocTypes = {QStringLiteral("expense"), QStringLiteral("invoice")};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QStringLiteral("%1 on %2 cores").arg(QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)).arg(QThread::idealThreadCount());
}

double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

double threadCpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

struct Config {
    int backlog = 0;
    QString level;
};

struct Run {
    double wallMs = 0;
    double connectorCpuMs = 0;
    double simCpuMs = 0;
    double reviewCountMs = 0;
    double writeBackCountMs = 0;
    int getPages = 0;
    int tokenCalls = 0;
    int concurWrites = 0;
    qint64 b1Requests = 0;
    sync::CycleSummary summary;
};

struct Outcome {
    QString error;   // empty: every check passed
    QString setupNote;
    QString settleNote; // what the untimed first cycle did that a quiet cycle should not
    int ready = 0;   // READY in Concur during the quiet cycles
    int expectedPages = 0;
    QList<Run> runs;
};

// The ledger row the engine writes for a document it sees for the first time, with the outcome
// `posted` (SyncEngine::processTransaction + evaluate + markPosted); payload from `tmpl`.
LedgerRow doneRow(const QString &docType, const QJsonObject &document, const QString &fisId, const LedgerRow &tmpl,
                  qint64 jdtNum)
{
    const accounting::DocumentIdentity id = accounting::identify(docType, document);
    LedgerRow row;
    row.key = docType + QLatin1Char('|') + id.docId + QLatin1Char('|') + id.revision;
    row.docType = docType;
    row.fisId = fisId;
    row.docId = id.docId;
    row.revision = id.revision;
    row.idemKey = id.idemKey;
    row.title = id.title;
    row.currency = id.currency;
    row.amount = id.total.toString(2);
    row.document = QJsonDocument(document).toJson(QJsonDocument::Compact);
    row.state = LedgerState::Posted;
    row.payload = tmpl.payload;
    row.payloadHash = tmpl.payloadHash;
    row.jdtNum = jdtNum;
    row.number = jdtNum;
    return row;
}

QString compareRows(const LedgerRow &mine, const LedgerRow &engine)
{
    QStringList diff;
    const auto check = [&](const char *what, const QString &a, const QString &b) {
        if (a != b)
            diff << QStringLiteral("%1 '%2' vs engine '%3'").arg(QLatin1String(what), a.left(60), b.left(60));
    };
    check("key", mine.key, engine.key);
    check("docType", mine.docType, engine.docType);
    check("fisId", mine.fisId, engine.fisId);
    check("docId", mine.docId, engine.docId);
    check("revision", mine.revision, engine.revision);
    check("idemKey", mine.idemKey, engine.idemKey);
    check("title", mine.title, engine.title);
    check("currency", mine.currency, engine.currency);
    check("amount", mine.amount, engine.amount);
    check("document", QString::fromUtf8(mine.document), QString::fromUtf8(engine.document));
    return diff.join(QStringLiteral("; "));
}

QString fail(const QString &what, const QString &why)
{
    return what + QStringLiteral(": ") + why;
}

Outcome runConfig(const Config &c, int runs, int reviewDocs)
{
    Outcome o;
    QElapsedTimer setupTimer;
    setupTimer.start();
    test::EndToEnd e;
    if (!e.ready()) {
        o.error = QStringLiteral("the simulators or the database did not start");
        return o;
    }
    const bool acknowledging = c.level != QLatin1String("off");
    // The product's FIS page size (the fixture sets 25 for the tests) and the level under test.
    (void)e.db->removeSetting(QStringLiteral("concur/pageLimit"));
    (void)e.db->setSetting(QLatin1String(concur::WriteBackSettingKey), c.level);
    pthread_t simThread{};
    e.sims.call([&] { simThread = pthread_self(); });
    clockid_t simClock{};
    if (pthread_getcpuclockid(simThread, &simClock) != 0) {
        o.error = QStringLiteral("no CPU clock for the simulator thread");
        return o;
    }

    // 1. The sample through the real engine.
    sim::DocumentGenerator gen(4242);
    const auto review = gen.generate(reviewDocs, 1.0);
    const auto posted = gen.generate(kSamplePosted, 0.0);
    QHash<QString, QString> fisIdOf; // ledger key of a sample document -> its FIS id
    QList<QPair<sim::GeneratedDocument, QString>> postedWithIds;
    for (const auto &d : review)
        (void)e.concur->addDocument(d.docType, d.document);
    for (const auto &d : posted)
        postedWithIds.append({d, e.concur->addDocument(d.docType, d.document)});
    auto conns = e.connections();
    if (!conns.ok()) {
        o.error = fail(QStringLiteral("connections"), conns.error().toString());
        return o;
    }
    auto options = sync::syncOptionsFromSettings(*e.db, QStringLiteral("service"));
    if (!options.ok()) {
        o.error = fail(QStringLiteral("options"), options.error().toString());
        return o;
    }
    const auto sample = conns.value()->engine(*e.db, options.value())->runCycle();
    if (!sample.ok()) {
        o.error = fail(QStringLiteral("sample cycle"), sample.error().toString());
        return o;
    }
    const int sampleDone = sample->posted + sample->nothingToPost;
    if (sampleDone != kSamplePosted || sample->review != reviewDocs || !sample->errors.isEmpty()
        || sample->acknowledged != (acknowledging ? kSamplePosted + reviewDocs : 0)) {
        o.error = fail(QStringLiteral("sample cycle"),
                       QStringLiteral("posted %1, nothing to post %2, review %3, acknowledged %4, errors %5")
                           .arg(sample->posted)
                           .arg(sample->nothingToPost)
                           .arg(sample->review)
                           .arg(sample->acknowledged)
                           .arg(sample->errors.join(QStringLiteral(" | "))));
        return o;
    }

    // 2. The shortcut's rows against the engine's (every sample document that posted).
    QHash<QString, LedgerRow> templates; // docType -> a posted sample row (payload)
    store::WriteBack ackTemplate;
    int compared = 0;
    for (const auto &[d, fisId] : postedWithIds) {
        const LedgerRow mine = doneRow(d.docType, d.document, fisId, LedgerRow(), 0);
        auto engineRow = e.db->ledger(mine.key);
        if (!engineRow.ok() || !engineRow->has_value()) {
            o.error = fail(QStringLiteral("shortcut check"), QStringLiteral("the engine has no row %1").arg(mine.key));
            return o;
        }
        const LedgerRow &er = **engineRow;
        if (er.state != LedgerState::Posted)
            continue; // nothing to post (skipped by the rules): compared only where the engine posted
        if (const QString diff = compareRows(mine, er); !diff.isEmpty()) {
            o.error = fail(QStringLiteral("shortcut check"), er.key + QStringLiteral(": ") + diff);
            return o;
        }
        ++compared;
        if (!templates.contains(er.docType))
            templates.insert(er.docType, er);
        if (acknowledging && ackTemplate.ledgerKey.isEmpty()) {
            auto ack = e.db->writeBack(er.key, QStringLiteral("ack"));
            if (!ack.ok() || !ack->has_value() || (*ack)->state != store::WriteBackState::Done) {
                o.error = fail(QStringLiteral("shortcut check"), QStringLiteral("no done acknowledgement for %1").arg(er.key));
                return o;
            }
            ackTemplate = **ack;
        }
    }
    if (templates.size() != kDocTypes.size()) {
        o.error = fail(QStringLiteral("shortcut check"), QStringLiteral("the sample posted no entry of some document type"));
        return o;
    }

    // 3. The rest of the backlog in bulk.
    const int bulk = c.backlog - kSamplePosted;
    const qint64 audits0 = [&] {
        auto a = e.db->audit({}, 1);
        return a.ok() && !a->isEmpty() ? a->last().seq : 0;
    }();
    if (auto r = e.db->begin(); !r.ok()) {
        o.error = fail(QStringLiteral("bulk"), r.error().toString());
        return o;
    }
    QString bulkError;
    QElapsedTimer phase;
    qint64 generateNs = 0, simulatorNs = 0, storeNs = 0;
    for (int done = 0; done < bulk && bulkError.isEmpty(); done += kChunk) {
        phase.start();
        const auto docs = gen.generate(qMin(kChunk, bulk - done), 0.0);
        generateNs += phase.nsecsElapsed();
        QStringList ids;
        for (int i = 0; i < docs.size() && bulkError.isEmpty(); ++i) {
            const auto &d = docs.at(i);
            phase.start();
            const QString fisId = e.concur->addDocument(d.docType, d.document);
            simulatorNs += phase.nsecsElapsed();
            phase.start();
            ids << fisId;
            const LedgerRow row = doneRow(d.docType, d.document, fisId, templates.value(d.docType), kFirstBulkJdtNum + done + i);
            auto r = e.db->upsertLedger(row);
            if (r.ok())
                r = e.db->appendAuditEvent(QStringLiteral("service"), QStringLiteral("sync"), QStringLiteral("fetch"), row.key,
                                           QStringLiteral("FIS %1 %2").arg(fisId, row.title));
            if (r.ok())
                r = e.db->appendAuditEvent(QStringLiteral("service"), QStringLiteral("sync"), QStringLiteral("post"), row.key,
                                           QStringLiteral("%1 journal entry %2 (number %3), Reference3 %4")
                                               .arg(row.title)
                                               .arg(row.jdtNum)
                                               .arg(row.number)
                                               .arg(row.idemKey));
            if (r.ok() && acknowledging) {
                store::WriteBack w = ackTemplate;
                w.ledgerKey = row.key;
                w.docType = row.docType;
                w.fisId = fisId;
                w.createdAt = QDateTime();
                r = e.db->putWriteBack(w);
            }
            if (!r.ok())
                bulkError = r.error().toString();
            storeNs += phase.nsecsElapsed();
        }
        phase.start();
        if (acknowledging && bulkError.isEmpty() && e.concur->acknowledgeDocuments(ids) != ids.size())
            bulkError = QStringLiteral("the simulator did not acknowledge every bulk document");
        simulatorNs += phase.nsecsElapsed();
    }
    if (!bulkError.isEmpty()) {
        e.db->rollback();
        o.error = fail(QStringLiteral("bulk"), bulkError);
        return o;
    }
    phase.start();
    if (auto r = e.db->commit(); !r.ok()) {
        o.error = fail(QStringLiteral("bulk commit"), r.error().toString());
        return o;
    }
    // 4. Closed (the WAL checkpointed into the file) and reopened; the connections stay.
    e.db.reset();
    if (!e.reopen()) {
        o.error = QStringLiteral("cannot reopen the database");
        return o;
    }
    storeNs += phase.nsecsElapsed();

    // What the quiet cycles must see.
    const int limit = 100; // concur::ConcurSettings::pageLimit, the product default (concur/pageLimit unset)
    auto counts = e.db->ledgerCounts();
    const int doneRows = counts.ok() ? counts->value(QStringLiteral("posted")) + counts->value(QStringLiteral("skipped")) : -1;
    const int queued = counts.ok() ? counts->value(QStringLiteral("review")) : -1;
    if (doneRows != c.backlog || queued != reviewDocs) {
        o.error = fail(QStringLiteral("setup"), QStringLiteral("ledger holds %1 done and %2 queued, expected %3 and %4")
                                                    .arg(doneRows)
                                                    .arg(queued)
                                                    .arg(c.backlog)
                                                    .arg(reviewDocs));
        return o;
    }
    for (const QString &t : kDocTypes) {
        const int ready = e.concur->readyCount(t); // also rebuilds the simulator's READY list now
        o.ready += ready;
        o.expectedPages += qMax(1, (ready + limit - 1) / limit);
    }
    const int expectedReady = acknowledging ? 0 : c.backlog + reviewDocs;
    if (o.ready != expectedReady) {
        o.error = fail(QStringLiteral("setup"), QStringLiteral("%1 READY in Concur, expected %2").arg(o.ready).arg(expectedReady));
        return o;
    }
    if (acknowledging) {
        auto wb = e.db->writeBackCounts();
        const int acked = wb.ok() ? wb->value(QStringLiteral("ack/done")) : -1;
        if (acked != c.backlog + reviewDocs) {
            o.error = fail(QStringLiteral("setup"), QStringLiteral("%1 acknowledgements done, expected %2").arg(acked).arg(c.backlog + reviewDocs));
            return o;
        }
    }
    const qint64 audits1 = [&] {
        auto a = e.db->audit({}, 1);
        return a.ok() && !a->isEmpty() ? a->last().seq : 0;
    }();
    const int journalEntries = e.b1->journalEntryCount();
    o.setupNote = QStringLiteral("%1 %2: set up in %3 s (sample: %4 posted, %5 nothing to post, %6 to review; shortcut rows equal "
                                 "the engine's for %7 documents; %8 bulk rows, %9 audit events; bulk: generator %10 s, simulator %11 s, "
                                 "database %12 s)")
                      .arg(c.backlog)
                      .arg(c.level)
                      .arg(setupTimer.elapsed() / 1000.0, 0, 'f', 1)
                      .arg(sample->posted)
                      .arg(sample->nothingToPost)
                      .arg(sample->review)
                      .arg(compared)
                      .arg(bulk)
                      .arg(audits1 - audits0)
                      .arg(generateNs / 1e9, 0, 'f', 1)
                      .arg(simulatorNs / 1e9, 0, 'f', 1)
                      .arg(storeNs / 1e9, 0, 'f', 1);

    // 5. One untimed cycle first (the service's cycle after the one that processed the sample: it
    // warms the database's page cache as a running service has it). Anything it did that a quiet
    // cycle should not do is reported in the notes; the timed cycles after it must be quiet.
    {
        auto opts = sync::syncOptionsFromSettings(*e.db, QStringLiteral("service"));
        const auto settle = opts.ok() ? conns.value()->engine(*e.db, opts.value())->runCycle()
                                      : Result<sync::CycleSummary>(opts.error());
        if (!settle.ok()) {
            o.error = fail(QStringLiteral("first cycle after the setup"), settle.error().toString());
            return o;
        }
        QStringList changed;
        for (const sync::DocOutcome &d : settle->outcomes) {
            if (d.outcome != QLatin1String("duplicate") && d.outcome != QLatin1String("still-review"))
                changed << QStringLiteral("%1 %2 (%3)").arg(d.key, d.outcome, d.detail.left(120));
        }
        if (settle->posted || settle->review || settle->concurWrites || !changed.isEmpty())
            o.settleNote = QStringLiteral("%1 %2, untimed first cycle after the setup was not quiet: posted %3, queued again %4, "
                                          "Concur writes %5: %6")
                               .arg(c.backlog)
                               .arg(c.level)
                               .arg(settle->posted)
                               .arg(settle->review)
                               .arg(settle->concurWrites)
                               .arg(changed.join(QStringLiteral("; ")));
    }

    // 6. The quiet cycles.
    for (int i = 0; i < runs; ++i) {
        Run run;
        e.concur->resetCounters();
        const int b1Before = e.b1->requestCount();
        const double cpu0 = processCpuMs();
        const double sim0 = threadCpuMs(simClock);
        QElapsedTimer wall;
        wall.start();
        auto opts = sync::syncOptionsFromSettings(*e.db, QStringLiteral("service"));
        if (!opts.ok()) {
            o.error = fail(QStringLiteral("options"), opts.error().toString());
            return o;
        }
        const auto summary = conns.value()->engine(*e.db, opts.value())->runCycle();
        run.wallMs = wall.nsecsElapsed() / 1e6;
        run.simCpuMs = threadCpuMs(simClock) - sim0;
        run.connectorCpuMs = processCpuMs() - cpu0 - run.simCpuMs;
        QElapsedTimer countTimer;
        countTimer.start();
        const auto after = e.db->ledgerCounts();
        run.reviewCountMs = countTimer.nsecsElapsed() / 1e6;
        countTimer.restart();
        (void)e.db->writeBackCounts(); // the service's status (ServiceCore::writeBackStatus), on request
        run.writeBackCountMs = countTimer.nsecsElapsed() / 1e6;
        if (!summary.ok()) {
            o.error = fail(QStringLiteral("quiet cycle"), summary.error().toString());
            return o;
        }
        run.summary = summary.value();
        for (const sim::ConcurRequestRecord &r : e.concur->requests()) {
            if (r.path.endsWith(QLatin1String("/oauth2/v0/token")))
                ++run.tokenCalls;
            else if (r.method == "GET" && r.path.endsWith(QLatin1String("/transactions")))
                ++run.getPages;
        }
        run.concurWrites = e.concur->writeCalls();
        run.b1Requests = e.b1->requestCount() - b1Before;
        const sync::CycleSummary &s = run.summary;
        QStringList wrong;
        if (s.posted || s.review || s.failed || s.pending || s.recovered || s.superseded || s.nothingToPost)
            wrong << QStringLiteral("posted %1, review %2, failed %3, pending %4, recovered %5, superseded %6, nothing to post %7")
                         .arg(s.posted)
                         .arg(s.review)
                         .arg(s.failed)
                         .arg(s.pending)
                         .arg(s.recovered)
                         .arg(s.superseded)
                         .arg(s.nothingToPost);
        if (!s.errors.isEmpty())
            wrong << QStringLiteral("errors: ") + s.errors.join(QStringLiteral(" | "));
        if (s.fetched != o.ready)
            wrong << QStringLiteral("fetched %1 of %2 READY").arg(s.fetched).arg(o.ready);
        if (s.duplicates != (acknowledging ? 0 : c.backlog))
            wrong << QStringLiteral("%1 found done (duplicates), expected %2").arg(s.duplicates).arg(acknowledging ? 0 : c.backlog);
        if (s.stillInReview != reviewDocs)
            wrong << QStringLiteral("%1 still in review, expected %2").arg(s.stillInReview).arg(reviewDocs);
        if (s.concurWrites || run.concurWrites || s.acknowledged || s.writeBacksWaiting || s.writeBacksRefused)
            wrong << QStringLiteral("Concur writes %1 (summary %2, acknowledged %3, waiting %4, refused %5)")
                         .arg(run.concurWrites)
                         .arg(s.concurWrites)
                         .arg(s.acknowledged)
                         .arg(s.writeBacksWaiting)
                         .arg(s.writeBacksRefused);
        if (run.getPages != o.expectedPages)
            wrong << QStringLiteral("%1 FIS pages read, expected %2").arg(run.getPages).arg(o.expectedPages);
        if (!s.pageLimitReached.isEmpty())
            wrong << QStringLiteral("page limit per cycle reached for ") + s.pageLimitReached.join(QStringLiteral(", "));
        if (e.b1->journalEntryCount() != journalEntries)
            wrong << QStringLiteral("%1 new journal entries in B1").arg(e.b1->journalEntryCount() - journalEntries);
        if (!after.ok() || after->value(QStringLiteral("review")) != reviewDocs
            || after->value(QStringLiteral("posted")) + after->value(QStringLiteral("skipped")) != c.backlog)
            wrong << QStringLiteral("the ledger changed");
        if (!wrong.isEmpty()) {
            for (const sync::DocOutcome &d : s.outcomes) {
                if (d.outcome != QLatin1String("duplicate") && d.outcome != QLatin1String("still-review"))
                    wrong << QStringLiteral("%1 %2: %3").arg(d.key, d.outcome, d.detail.left(300));
            }
            o.error = fail(QStringLiteral("quiet cycle %1").arg(i + 1), wrong.join(QStringLiteral("; ")));
            return o;
        }
        o.runs.append(run);
    }
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietHandler);
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int runs = qMax(1, option(QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    const int reviewDocs = qMax(1, option(QStringLiteral("--review"), QStringLiteral("20")).toInt());
    QList<int> sizes;
    for (const QString &s : option(QStringLiteral("--sizes"), QStringLiteral("1000,10000,100000")).split(QLatin1Char(',')))
        sizes << qMax(kSamplePosted, s.trimmed().toInt());
    const QStringList levels = option(QStringLiteral("--levels"), QStringLiteral("off,acknowledge")).split(QLatin1Char(','));
    for (const QString &l : levels) {
        if (!concur::writeBackLevelFromString(l)) {
            std::fprintf(stderr, "bench_writeback: unknown level %s\n", qPrintable(l));
            return 2;
        }
    }

    out() << "load average at the start: " << loadAverage() << "\n";
    out() << "Quiet cycle (nothing new in Concur) against the processed backlog, " << reviewDocs
          << " documents in review, FIS page size 100 (default), median of " << runs << " cycles\n\n"
          << "| backlog | concur/writeBack | READY in Concur | fetched | wall ms | connector CPU ms | simulators CPU ms "
             "| Concur GET pages | Concur writes | B1 requests | found done | still in review | review count ms |\n"
          << "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out().flush();
    QStringList notes;
    int failures = 0;
    for (int size : sizes) {
        for (const QString &level : levels) {
            const Outcome o = runConfig(Config{size, level.trimmed()}, runs, reviewDocs);
            if (!o.setupNote.isEmpty())
                notes << o.setupNote;
            if (!o.settleNote.isEmpty())
                notes << o.settleNote;
            if (!o.error.isEmpty()) {
                ++failures;
                out() << "| " << size << " | " << level << " | FAILED: " << o.error << " |||||||||||\n";
                out().flush();
                continue;
            }
            QList<double> wall, cpu, sim, count, wbCount;
            for (const Run &r : o.runs) {
                wall << r.wallMs;
                cpu << r.connectorCpuMs;
                sim << r.simCpuMs;
                count << r.reviewCountMs;
                wbCount << r.writeBackCountMs;
            }
            notes << QStringLiteral("%1 %2: quiet cycle wall ms min %3 / max %4; the status request's write-back counts %5 ms")
                         .arg(size)
                         .arg(level)
                         .arg(*std::min_element(wall.cbegin(), wall.cend()), 0, 'f', 0)
                         .arg(*std::max_element(wall.cbegin(), wall.cend()), 0, 'f', 0)
                         .arg(median(wbCount), 0, 'f', 1);
            const Run &last = o.runs.last();
            out() << "| " << size << " | " << level << " | " << o.ready << " | " << last.summary.fetched << " | "
                  << QString::number(median(wall), 'f', 0) << " | " << QString::number(median(cpu), 'f', 0) << " | "
                  << QString::number(median(sim), 'f', 0) << " | " << last.getPages
                  << (last.tokenCalls ? QStringLiteral(" (+%1 token)").arg(last.tokenCalls) : QString()) << " | "
                  << last.concurWrites << " | " << last.b1Requests << " | " << last.summary.duplicates << " | "
                  << last.summary.stillInReview << " | " << QString::number(median(count), 'f', 1) << " |\n";
            out().flush();
        }
    }
    out() << "\nChecked in every timed cycle: nothing posted or newly queued, no Concur write, no new journal entry in B1,\n"
             "every READY document fetched and found done, every queued document re-checked, the FIS pages the READY count implies.\n";
    for (const QString &n : notes)
        out() << "  " << n << '\n';
    out() << "load average at the end: " << loadAverage() << '\n';
    return failures == 0 ? 0 : 1;
}
