// Fuzz target for the posting decision (issue #7): mutated Concur FIS documents through the FIS
// page reader and accounting::JournalBuilder::build (every case), and a share of them through
// sync::SyncEngine against FakeB1 (enginebatch.h), with the invariants of documentchecks.h.
//
//   fuzz_documents [-cases=N] [-first=N] [-seed=S] [-engine-every=K] [-engine-batch=M] [-case=N]
//                  [-out=DIR] [-max-failures=F] [-verbose] [files or dirs to replay...]
//
// Cases first .. first+cases-1 run; every K-th case also goes into an engine batch of M. A run can
// be split into shards by -first/-cases at multiples of K*M (scripts/fuzz.sh does, one per core):
// the shards then run exactly the cases and batches of the whole run.
//
// Deterministic: case N of seed S is the same document on every run and platform (its own
// generator, Rng::forCase), so `-seed=S -case=N` replays one case (and its engine batch). Every
// failure prints its seed and case and is saved under -out (default ./fuzz-failures) as the FIS
// page entry it was, ready to become a regression file in tests/fuzz/corpus/ (replayed on every
// run). Under ASan/UBSan (scripts/fuzz.sh) a crash or UB report saves the case it happened in.
#include "documentchecks.h"
#include "documentmutator.h"
#include "enginebatch.h"
#include "seeddocuments.h"

#include "accounting/journalbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <QJsonArray>

#include <csignal>
#include <optional>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define MLC_FUZZ_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MLC_FUZZ_SANITIZED 1
#endif
#endif
#ifdef MLC_FUZZ_SANITIZED
#include <sanitizer/common_interface_defs.h>
// UBSan (a runtime of its own with GCC) ignores the ASan death callback: make its reports abort,
// so the SIGABRT handler below saves the case. UBSAN_OPTIONS still overrides these.
extern "C" const char *__ubsan_default_options() { return "halt_on_error=1:abort_on_error=1:print_stacktrace=1"; }
#endif

using namespace mlc;
using namespace mlc::fuzz;

namespace {

class NoMappings : public accounting::MappingLookup {
public:
    std::optional<QString> explicitTarget(const QString &, const QString &) const override { return std::nullopt; }
};

struct Options {
    long cases = 5000;
    long first = 0;
    quint64 seed = 1;
    int engineEvery = 25;
    int engineBatch = 12;
    long onlyCase = -1;
    QString out = QStringLiteral("fuzz-failures");
    int maxFailures = 20;
    bool verbose = false; // print the builder's decision for every replayed file
    QStringList replay;
};

struct Totals {
    long cases = 0;
    long posted = 0, review = 0, nothing = 0, unreadable = 0, balanced = 0;
    int batches = 0;
    long engineDocs = 0, enginePosted = 0, engineReview = 0, engineSkipped = 0, b1Entries = 0;
    int failures = 0;
    qint64 slowestNs = 0;
    long slowestCase = -1;
};

// ---------------------------------------------------------------------------------------------
// What to save when the process dies (ASan/UBSan report, signal): prepared before each case so
// the handler only calls write(2)/open(2).

char g_crashPath[4096];
char g_crashNote[512];
QByteArray g_inflight;

void onDeath()
{
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        [[maybe_unused]] auto n = ::write(fd, g_inflight.constData(), size_t(g_inflight.size()));
        ::close(fd);
    }
    [[maybe_unused]] auto n = ::write(2, g_crashNote, std::strlen(g_crashNote));
}

void onSignal(int sig)
{
    onDeath();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void armCrashSave(const QString &outDir, const QString &name, const QByteArray &content, const QString &reproduce)
{
    g_inflight = content;
    const QByteArray path = QFile::encodeName(QDir(outDir).absoluteFilePath(QStringLiteral("crash-") + name));
    std::snprintf(g_crashPath, sizeof g_crashPath, "%s", path.constData());
    std::snprintf(g_crashNote, sizeof g_crashNote, "\nfuzz_documents: CRASH in %s; saved to %s; reproduce: %s\n",
                  qPrintable(name), path.constData(), qPrintable(reproduce));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// ---------------------------------------------------------------------------------------------

// Every list of the document shuffled (Fisher-Yates), recursively; deep nesting is left alone.
QJsonValue shuffledLists(const QJsonValue &v, Rng &rng, int depth = 0)
{
    if (depth > 16)
        return v;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = shuffledLists(it.value(), rng, depth + 1);
        return o;
    }
    if (!v.isArray())
        return v;
    QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i)
        a.replace(i, shuffledLists(a.at(i), rng, depth + 1));
    for (int i = int(a.size()) - 1; i > 0; --i) {
        const int j = rng.bounded(i + 1);
        const QJsonValue t = a.at(i);
        a.replace(i, a.at(j));
        a.replace(j, t);
    }
    return a;
}

// What an accountant compares between two builds: the outcome, the reasons by what blocks them,
// the header and the lines as a multiset (memos and reason wording name positions, so not those).
QStringList decisionOf(const accounting::BuildResult &r)
{
    QStringList reasons;
    for (const accounting::ReviewReason &x : r.reasons)
        reasons << (x.blockerKey.isEmpty() ? x.code : x.blockerKey);
    reasons.sort();
    reasons.removeDuplicates();
    QStringList out{r.entry ? QStringLiteral("post") : (r.postsNothing ? QStringLiteral("nothing") : QStringLiteral("review")),
                    reasons.join(QLatin1Char(','))};
    if (!r.entry)
        return out;
    const accounting::JournalEntry &e = *r.entry;
    out << e.referenceDate.toString(Qt::ISODate) + QLatin1Char(' ') + e.dueDate.toString(Qt::ISODate) + QLatin1Char(' ')
            + e.memo + QLatin1Char(' ') + e.reference + QLatin1Char(' ') + e.reference2 + QLatin1Char(' ') + e.reference3;
    QStringList lines;
    for (const accounting::JournalLine &l : e.lines) {
        QStringList f{l.accountCode, l.shortName, l.debit.toString(), l.credit.toString(), l.fcCurrency,
                      l.fcDebit.toString(), l.fcCredit.toString()};
        for (const QString &cc : l.costingCodes)
            f << cc;
        lines << f.join(QLatin1Char('/'));
    }
    lines.sort();
    return out + lines;
}

class Fuzzer {
public:
    explicit Fuzzer(const Options &o)
        : m_o(o)
        , m_md(fuzzMasterData())
        , m_settingsKv(fuzzSettings())
        , m_settings(accounting::PostingSettings::fromKeyValues(m_settingsKv))
        , m_builder(m_md, m_mappings, m_settings)
        , m_mutator(seedDocuments(quint32(o.seed)))
    {
    }

    Totals &totals() { return m_t; }
    bool stop() const { return m_t.failures >= m_o.maxFailures; }

    // One case through the reader and the builder. Returns the mutated document for engine use.
    MutatedDocument builderCase(long n)
    {
        Rng rng = Rng::forCase(m_o.seed, quint64(n));
        const QString fisId = QStringLiteral("fuzz-%1-%2").arg(m_o.seed).arg(n);
        MutatedDocument doc = m_mutator.mutate(rng, fisId);
        const QString name = QStringLiteral("seed%1-case%2").arg(m_o.seed).arg(n);
        armCrashSave(m_o.out, name + QStringLiteral(".json"), doc.envelope,
                     QStringLiteral("fuzz_documents -seed=%1 -case=%2").arg(m_o.seed).arg(n));
        QElapsedTimer t;
        t.start();
        const QStringList problems = checkEnvelope(
            doc.envelope, (n % 4) == 0 ? std::optional<quint64>(Rng::forCase(m_o.seed, quint64(n), 2).next()) : std::nullopt);
        const qint64 ns = t.nsecsElapsed();
        if (ns > m_t.slowestNs) {
            m_t.slowestNs = ns;
            m_t.slowestCase = n;
        }
        ++m_t.cases;
        if (!problems.isEmpty())
            fail(name, QStringLiteral("-seed=%1 -case=%2").arg(m_o.seed).arg(n), doc.envelope, doc.mutations, problems);
        return doc;
    }

    void engineBatch(int batch, const QList<MutatedDocument> &docs)
    {
        Rng rng = Rng::forCase(m_o.seed, quint64(batch), 1);
        const EngineBatchPlan plan = planBatch(m_mutator, docs, rng, QStringLiteral("fuzz-%1-b%2").arg(m_o.seed).arg(batch));
        QStringList mutations;
        for (const MutatedDocument &d : docs)
            mutations << d.mutations.join(QStringLiteral("; "));
        runEngine(QStringLiteral("seed%1-batch%2").arg(m_o.seed).arg(batch),
                  QStringLiteral("-seed=%1 -cases=%2 -engine-every=%3 -engine-batch=%4 -case=%5")
                      .arg(m_o.seed)
                      .arg(m_o.first + m_o.cases)
                      .arg(m_o.engineEvery)
                      .arg(m_o.engineBatch)
                      .arg(long(batch) * m_o.engineBatch * m_o.engineEvery),
                  plan, mutations);
    }

    void runEngine(const QString &name, const QString &reproduce, const EngineBatchPlan &plan, const QStringList &mutations)
    {
        QByteArray all;
        for (const EngineDocument &d : plan.documents)
            all += d.envelope + '\n';
        armCrashSave(m_o.out, name + QStringLiteral(".jsonl"), all, QStringLiteral("fuzz_documents ") + reproduce);
        const EngineBatchResult r = runBatch(plan, m_md, m_settingsKv);
        ++m_t.batches;
        m_t.engineDocs += r.documents;
        m_t.enginePosted += r.posted;
        m_t.engineReview += r.review;
        m_t.engineSkipped += r.skipped;
        m_t.b1Entries += r.b1Entries;
        m_t.balanced += r.balancedChecks;
        if (r.problems.isEmpty())
            return;
        ++m_t.failures;
        const QString dir = QDir(m_o.out).filePath(name);
        QDir().mkpath(dir);
        for (int i = 0; i < plan.documents.size(); ++i)
            writeFile(QDir(dir).filePath(QStringLiteral("doc-%1.json").arg(i, 2, 10, QLatin1Char('0'))), plan.documents.at(i).envelope);
        writeFile(QDir(dir).filePath(QStringLiteral("batch.json")), QJsonDocument(plan.toJson()).toJson());
        writeFile(QDir(dir).filePath(QStringLiteral("problems.txt")),
                  (r.problems.join(QLatin1Char('\n')) + QStringLiteral("\n\nmutations:\n") + mutations.join(QLatin1Char('\n'))).toUtf8());
        std::fprintf(stderr, "FAIL engine %s (reproduce: fuzz_documents %s, or replay %s):\n  %s\n", qPrintable(name),
                     qPrintable(reproduce), qPrintable(dir), qPrintable(r.problems.mid(0, 12).join(QStringLiteral("\n  "))));
    }

    // A saved FIS page entry or batch directory.
    void replay(const QString &path)
    {
        const QFileInfo info(path);
        if (info.isDir() && QFileInfo::exists(QDir(path).filePath(QStringLiteral("batch.json")))) {
            QFile f(QDir(path).filePath(QStringLiteral("batch.json")));
            f.open(QIODevice::ReadOnly);
            const QJsonObject planJson = QJsonDocument::fromJson(f.readAll()).object();
            QList<QByteArray> envelopes;
            const QStringList files = QDir(path).entryList({QStringLiteral("doc-*.json")}, QDir::Files, QDir::Name);
            for (const QString &file : files) {
                QFile d(QDir(path).filePath(file));
                d.open(QIODevice::ReadOnly);
                envelopes << d.readAll();
                replayOne(QDir(path).filePath(file), envelopes.last(), false);
            }
            runEngine(QStringLiteral("replay-") + info.fileName(), QStringLiteral("replay ") + path,
                      EngineBatchPlan::fromJson(planJson, envelopes), {});
            return;
        }
        if (info.isDir()) {
            QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files);
            QStringList files;
            while (it.hasNext())
                files << it.next();
            files.sort();
            for (const QString &f : std::as_const(files))
                replay(f);
            return;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz_documents: cannot read %s\n", qPrintable(path));
            ++m_t.failures;
            return;
        }
        replayOne(path, f.readAll(), true);
    }

private:
    void replayOne(const QString &path, const QByteArray &envelope, bool alsoEngine)
    {
        const QString name = QStringLiteral("replay-") + QFileInfo(path).completeBaseName();
        armCrashSave(m_o.out, name + QStringLiteral(".json"), envelope, QStringLiteral("fuzz_documents ") + path);
        ++m_t.cases;
        const QStringList problems = checkEnvelope(envelope, std::optional<quint64>(1));
        if (m_o.verbose)
            std::printf("%s: %s\n", qPrintable(path), qPrintable(m_lastDecision));
        if (!problems.isEmpty())
            fail(name, path, envelope, {QStringLiteral("replayed from ") + path}, problems);
        if (alsoEngine) {
            EngineBatchPlan plan;
            plan.documents.append(EngineDocument{envelope, 0});
            plan.fixMappings = true;
            runEngine(name + QStringLiteral("-engine"), path, plan, {});
        }
    }

    QStringList checkEnvelope(const QByteArray &envelope, std::optional<quint64> reorderSeed)
    {
        QString error;
        const auto tx = readEnvelope(envelope, &error);
        if (!tx)
            return {QStringLiteral("the FIS page around the document is unreadable: ") + error};
        const QDate syncDate(2026, 11, 27);
        const accounting::BuildResult r = m_builder.build(tx->docType, tx->document, syncDate);
        if (m_o.verbose) {
            m_lastDecision = decisionOf(r).join(QStringLiteral(" | "));
            for (const accounting::ReviewReason &x : r.reasons)
                m_lastDecision += QStringLiteral("\n  %1: %2").arg(x.code, x.message);
        }
        BuildCheck c = checkBuild(tx->docType, tx->document, r, m_md, m_md.amountDecimals);
        if (!tx->documentError.isEmpty()) {
            ++m_t.unreadable;
            if (c.outcome != Outcome::Review)
                c.problems << QStringLiteral("an unreadable document (%1) did not go to review").arg(tx->documentError);
        }
        m_t.balanced += c.balancedChecks;
        switch (c.outcome) {
        case Outcome::Posted: ++m_t.posted; break;
        case Outcome::Review: ++m_t.review; break;
        case Outcome::NothingToPost: ++m_t.nothing; break;
        }
        if (reorderSeed) {
            // Pure, deterministic and blind to order: the same document with every list shuffled
            // (entries, allocations, journal lines, line items, advances) gives the same decision
            // and the same lines.
            Rng rng(*reorderSeed);
            const QJsonObject shuffled = shuffledLists(tx->document, rng).toObject();
            const accounting::BuildResult again = m_builder.build(tx->docType, shuffled, syncDate);
            if (decisionOf(again) != decisionOf(r))
                c.problems << QStringLiteral("the same document with its lists in another order gives another decision:\n    %1\n    %2")
                                  .arg(decisionOf(r).join(QStringLiteral(" | ")), decisionOf(again).join(QStringLiteral(" | ")));
        }
        if (c.problems.isEmpty())
            return {};
        // Context for the report: what the builder decided.
        if (r.entry)
            c.problems << QStringLiteral("(entry: %1)").arg(QString::fromUtf8(r.entry->toCompactJson(m_md.amountDecimals)));
        for (const accounting::ReviewReason &x : r.reasons)
            c.problems << QStringLiteral("(reason %1: %2)").arg(x.code, x.message.left(160));
        return c.problems;
    }

    void fail(const QString &name, const QString &reproduce, const QByteArray &envelope, const QStringList &mutations,
              const QStringList &problems)
    {
        ++m_t.failures;
        QDir().mkpath(m_o.out);
        const QString file = QDir(m_o.out).filePath(name + QStringLiteral(".json"));
        writeFile(file, envelope);
        writeFile(QDir(m_o.out).filePath(name + QStringLiteral(".txt")),
                  (problems.join(QLatin1Char('\n')) + QStringLiteral("\n\nmutations:\n") + mutations.join(QLatin1Char('\n'))).toUtf8());
        std::fprintf(stderr, "FAIL %s (reproduce: fuzz_documents %s, or replay %s):\n  %s\n  mutations: %s\n",
                     qPrintable(name), qPrintable(reproduce), qPrintable(file),
                     qPrintable(problems.mid(0, 12).join(QStringLiteral("\n  "))),
                     qPrintable(mutations.join(QStringLiteral("; ")).left(600)));
    }

    Options m_o;
    accounting::MasterData m_md;
    QHash<QString, QString> m_settingsKv;
    accounting::PostingSettings m_settings;
    NoMappings m_mappings;
    accounting::JournalBuilder m_builder;
    DocumentMutator m_mutator;
    Totals m_t;
    QString m_lastDecision;
};

bool parseArgs(int argc, char **argv, Options &o)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        auto number = [&a](const char *prefix, auto &target) {
            if (!a.startsWith(prefix))
                return false;
            bool ok = false;
            const qlonglong v = a.mid(qsizetype(std::strlen(prefix))).toLongLong(&ok);
            if (!ok || v < 0) {
                std::fprintf(stderr, "fuzz_documents: bad value in %s\n", a.constData());
                std::exit(2);
            }
            target = decltype(+target)(v);
            return true;
        };
        if (number("-cases=", o.cases) || number("-first=", o.first) || number("-seed=", o.seed) || number("-engine-every=", o.engineEvery)
            || number("-engine-batch=", o.engineBatch) || number("-case=", o.onlyCase) || number("-max-failures=", o.maxFailures))
            continue;
        if (a == "-verbose") {
            o.verbose = true;
        } else if (a.startsWith("-out=")) {
            o.out = QFile::decodeName(a.mid(5));
        } else if (a.startsWith('-')) {
            std::fprintf(stderr, "fuzz_documents: unknown option %s\n", a.constData());
            return false;
        } else {
            o.replay << QFile::decodeName(a);
        }
    }
    o.engineEvery = qMax(1, o.engineEvery);
    o.engineBatch = qMax(1, o.engineBatch);
    o.maxFailures = qMax(1, o.maxFailures);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt SQL loads its SQLite plugin through the application
    Options o;
    if (!parseArgs(argc, argv, o))
        return 2;
    QDir().mkpath(o.out);
    // The engine logs every cycle; thousands of them would bury the findings.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*=false"));
#ifdef MLC_FUZZ_SANITIZED
    __sanitizer_set_death_callback(onDeath);
#endif
    for (int sig : {SIGSEGV, SIGABRT, SIGFPE, SIGILL})
        std::signal(sig, onSignal);

    QElapsedTimer clock;
    clock.start();
    const QStringList missed = selfTest(fuzzMasterData());
    if (!missed.isEmpty()) {
        std::fprintf(stderr, "fuzz_documents: the checks themselves are broken:\n  %s\n",
                     qPrintable(missed.join(QStringLiteral("\n  "))));
        return 3;
    }
    Fuzzer f(o);
    for (const QString &path : std::as_const(o.replay))
        f.replay(path);

    QList<MutatedDocument> pending;
    const long perBatch = long(o.engineEvery) * o.engineBatch;
    const long end = o.first + o.cases;
    if (o.onlyCase >= 0 && o.onlyCase % o.engineEvery != 0) {
        f.builderCase(o.onlyCase);
    } else if (o.onlyCase >= 0) {
        // The case and the engine batch it belongs to, rebuilt from its member cases (give the
        // same -cases as the run that failed: the last batch of a run may be partial).
        const int batch = int(o.onlyCase / perBatch);
        for (long n = batch * perBatch; n < (batch + 1) * perBatch && n < qMax(end, o.onlyCase + 1); n += o.engineEvery)
            pending << f.builderCase(n);
        f.engineBatch(batch, pending);
    } else {
        int batch = -1;
        for (long n = o.first; n < end && !f.stop(); ++n) {
            MutatedDocument d = f.builderCase(n);
            if (n % o.engineEvery != 0)
                continue;
            if (int(n / perBatch) != batch && !pending.isEmpty()) {
                f.engineBatch(batch, pending);
                pending.clear();
            }
            batch = int(n / perBatch);
            pending << d;
            if (pending.size() == o.engineBatch) {
                f.engineBatch(batch, pending);
                pending.clear();
            }
        }
        if (!pending.isEmpty() && !f.stop())
            f.engineBatch(batch, pending);
    }

    const Totals &t = f.totals();
    std::printf("fuzz_documents: seed %llu, %ld cases (posted %ld, review %ld [%ld unreadable], nothing to post %ld), "
                "engine %ld documents in %d batches (posted %ld, review %ld, skipped %ld, B1 entries %ld), "
                "%ld balanced checks, %d failures, slowest case %ld (%.1f ms), %.1f s\n",
                static_cast<unsigned long long>(o.seed), t.cases, t.posted, t.review, t.unreadable, t.nothing, t.engineDocs,
                t.batches, t.enginePosted, t.engineReview, t.engineSkipped, t.b1Entries, t.balanced, t.failures,
                t.slowestCase, double(t.slowestNs) / 1e6, double(clock.elapsed()) / 1000.0);
    // The same counts for scripts/fuzz.sh to add up over shards.
    std::printf("fuzz_documents totals: cases=%ld posted=%ld review=%ld unreadable=%ld nothing=%ld batches=%d "
                "engine_documents=%ld engine_posted=%ld engine_review=%ld engine_skipped=%ld b1_entries=%ld balanced=%ld "
                "failures=%d\n",
                t.cases, t.posted, t.review, t.unreadable, t.nothing, t.batches, t.engineDocs, t.enginePosted,
                t.engineReview, t.engineSkipped, t.b1Entries, t.balanced, t.failures);
    if (t.failures > 0)
        std::printf("fuzz_documents: FAILED (%d); failing documents are in %s\n", t.failures,
                    qPrintable(QDir(o.out).absolutePath()));
    return t.failures > 0 ? 1 : 0;
}
