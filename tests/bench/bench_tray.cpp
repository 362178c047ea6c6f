// bench_tray: the tray's review queue with 100,000 queued documents (issue #8), measured with the
// real widgets under QT_QPA_PLATFORM=offscreen. Not a test: prints a table (ctest label `bench`,
// excluded from the normal run; scripts/bench.sh tray).
//
//   bench_tray [--runs N] [--data DIR] [--regenerate] [--no-fail]
//
// 1. The database (generated once into DIR, default <build>/bench-data/review-100k, by a child
//    process so its memory is not counted): see reviewqueuedata.h.
// 2. A second child holds the database open read-write, as the running service does, so the tray
//    reads it live (WAL), not as a snapshot.
// 3. This process is the tray: every time is from the user's action (or from opening the
//    database) to the end of the first paint of the table that shows the result, each the median
//    of N runs. Peak memory is VmHWM of this process (Linux).
// Exit code 1 when a limit of the issue is missed (unless --no-fail).
#include "reviewqueuedata.h"

#include "app/mainwindow.h"
#include "models/auditmodel.h"
#include "models/mappingsmodel.h"
#include "models/reviewqueuemodel.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"
#include "pages/reviewpage.h"
#include "store/store.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace mlc;
using namespace mlc::tray;

namespace {

constexpr int kGeneratorVersion = 4; // bump when reviewqueuedata.cpp changes what it writes

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// kB from /proc/self/status (Linux): VmHWM is the peak resident set, VmRSS the current one.
long procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

double mib(long kb)
{
    return double(kb) / 1024.0;
}

// Waits for the end of the next paint of a widget (the viewport of the table) that starts after
// arm(): the finishing call is queued from the paint event, so it runs once the paint is done.
class PaintProbe : public QObject {
public:
    explicit PaintProbe(QWidget *w)
        : m_widget(w)
    {
        w->installEventFilter(this);
    }
    void arm(std::function<bool()> ready = {})
    {
        m_ready = std::move(ready);
        m_armed = true;
        m_done = false;
    }
    // Returns false after timeoutMs without such a paint.
    bool wait(int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_done && t.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        return m_done;
    }
    bool done() const { return m_done; }

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (o == m_widget && e->type() == QEvent::Paint && m_armed && (!m_ready || m_ready())) {
            m_armed = false;
            QMetaObject::invokeMethod(this, [this] { m_done = true; }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    std::function<bool()> m_ready;
    bool m_armed = false;
    bool m_done = false;
};

struct Line {
    QString operation;
    QList<double> ms;
    double limitMs = 0; // 0: the issue sets none
    QString note;
    bool failed = false;

    double median() const
    {
        if (ms.isEmpty())
            return -1;
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        const qsizetype n = s.size();
        return n % 2 ? s.at(n / 2) : (s.at(n / 2 - 1) + s.at(n / 2)) / 2;
    }
    double max() const { return ms.isEmpty() ? -1 : *std::max_element(ms.begin(), ms.end()); }
    bool over() const { return failed || (limitMs > 0 && median() > limitMs); }
};

QList<Line> g_lines;

Line &line(const QString &operation, double limitMs = 0, const QString &note = {})
{
    for (Line &l : g_lines) {
        if (l.operation == operation)
            return l;
    }
    g_lines.append(Line{operation, {}, limitMs, note, false});
    return g_lines.last();
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

template <typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    if (!c) {
        std::fprintf(stderr, "bench_tray: the review page has no %s named '%s'\n", T::staticMetaObject.className(), name);
        std::exit(2);
    }
    return c;
}

// One shown review page on its own database connection (the tray's objects, not its main()).
struct Tray {
    std::unique_ptr<StateDatabase> db;
    std::unique_ptr<ServiceConnection> service;
    std::unique_ptr<ReviewQueueModel> model;
    std::unique_ptr<AuditModel> audit;
    std::unique_ptr<MappingsModel> mappings;
    std::unique_ptr<QWidget> window;
    ReviewPage *page = nullptr;
    QTableView *table = nullptr;
    std::unique_ptr<PaintProbe> probe;
};

// Opens the database and shows the review page (alone, or in the main window), waiting for the
// first paint of the table with rows. Returns the time in ms, or -1.
double openAndPaint(Tray &t, const QString &dbPath, bool mainWindow, QString *mode)
{
    QElapsedTimer timer;
    timer.start();
    auto db = StateDatabase::open(dbPath);
    if (!db.ok()) {
        std::fprintf(stderr, "bench_tray: %s\n", qPrintable(db.error().toString()));
        return -1;
    }
    t.db = std::move(db.value());
    if (mode)
        *mode = t.db->mode() == StateDatabase::Mode::Live ? QStringLiteral("live (WAL)") : QStringLiteral("snapshot");
    t.service = std::make_unique<ServiceConnection>(QStringLiteral("mlc-bench-no-service"));
    t.model = std::make_unique<ReviewQueueModel>();
    t.model->setDatabase(t.db->database());
    if (mainWindow) {
        t.audit = std::make_unique<AuditModel>();
        t.audit->setDatabase(t.db->database());
        t.mappings = std::make_unique<MappingsModel>();
        t.mappings->setDatabase(t.db->database());
        auto *w = new MainWindow(t.db.get(), t.model.get(), t.mappings.get(), t.audit.get(), t.service.get());
        t.window.reset(w);
        w->showPage(MainWindow::Review);
        t.page = qobject_cast<ReviewPage *>(w->page(MainWindow::Review));
    } else {
        t.page = new ReviewPage(t.model.get(), t.service.get());
        t.window.reset(t.page);
    }
    t.window->resize(1280, 800);
    t.table = child<QTableView>(t.page, "reviewTable");
    t.probe = std::make_unique<PaintProbe>(t.table->viewport());
    ReviewQueueModel *model = t.model.get();
    t.probe->arm([model] { return model->rowCount() > 0; });
    t.window->show();
    if (!t.probe->wait())
        return -1;
    return msSince(timer);
}

void close(Tray &t)
{
    t.probe.reset();
    t.window.reset();
    t.page = nullptr;
    t.table = nullptr;
    t.mappings.reset();
    t.audit.reset();
    t.model.reset();
    t.service.reset();
    t.db.reset();
    QCoreApplication::processEvents();
}

// Runs `action`, then waits for the table's first paint after the model was reset (a new result)
// or, with anyPaint, after any change; returns the ms from the action to the end of that paint.
double measure(Tray &t, const std::function<void()> &action, bool anyPaint = false, double *workMs = nullptr)
{
    bool reset = anyPaint;
    QElapsedTimer work;
    const auto c1 = QObject::connect(t.model.get(), &QAbstractItemModel::modelAboutToBeReset, t.model.get(), [&] {
        if (!work.isValid())
            work.start();
    });
    const auto c2 = QObject::connect(t.model.get(), &QAbstractItemModel::modelReset, t.model.get(), [&] { reset = true; });
    t.probe->arm([&reset] { return reset; });
    QElapsedTimer timer;
    timer.start();
    action();
    const bool ok = t.probe->wait();
    const double ms = msSince(timer);
    if (workMs)
        *workMs = work.isValid() ? msSince(work) : ms;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return ok ? ms : -1;
}

void record(Line &l, double ms)
{
    if (ms < 0)
        l.failed = true;
    else
        l.ms << ms;
}

// The holder: the database open read-write as the running service has it (WAL files present).
int holdDatabase(const QString &path)
{
    auto st = store::Store::open(path);
    if (!st.ok()) {
        std::fprintf(stderr, "bench_tray --hold: %s\n", qPrintable(st.error().toString()));
        return 2;
    }
    (void)st.value()->ledgerCounts(); // a read, so the connection has the WAL index mapped
    std::printf("ready\n");
    std::fflush(stdout);
    char buf[16];
    while (std::fread(buf, 1, sizeof buf, stdin) > 0) {
    }
    return 0;
}

void printTable(const QString &mode, int runs)
{
    out() << "\n| operation | time ms (median of " << runs << ") | max ms | limit ms | result |\n|---|---:|---:|---:|---|\n";
    for (const Line &l : std::as_const(g_lines)) {
        out() << "| " << l.operation << (l.note.isEmpty() ? QString() : QStringLiteral(" (") + l.note + QLatin1Char(')')) << " | ";
        if (l.ms.isEmpty())
            out() << "failed | | ";
        else
            out() << QString::number(l.median(), 'f', 1) << " | " << QString::number(l.max(), 'f', 1) << " | ";
        out() << (l.limitMs > 0 ? QString::number(l.limitMs, 'f', 0) : QStringLiteral("—")) << " | "
              << (l.limitMs > 0 || l.failed ? (l.over() ? QStringLiteral("**over**") : QStringLiteral("OK")) : QString()) << " |\n";
    }
    out() << "\nDatabase opened " << mode << ".\n";
    out().flush();
}

// The offscreen platform says "This plugin does not support propagateSizeHints()" for every
// window: noise here. Everything else is printed.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s%s\n", type >= QtWarningMsg ? "warning: " : "", qPrintable(message));
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietHandler);
    // Offscreen unless told otherwise (the numbers are for the widgets' work, not a display server).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QStringList args = [&] {
        QStringList a;
        for (int i = 1; i < argc; ++i)
            a << QString::fromLocal8Bit(argv[i]);
        return a;
    }();
    const auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };

    if (args.value(0) == QLatin1String("--generate")) {
        QCoreApplication app(argc, argv);
        QString summary;
        const QString error = bench::generateReviewQueue(args.value(1), bench::ReviewQueueData{}, &summary);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_tray --generate: %s\n", qPrintable(error));
            return 2;
        }
        std::printf("%s\n", qPrintable(summary));
        return 0;
    }
    if (args.value(0) == QLatin1String("--hold")) {
        QCoreApplication app(argc, argv);
        return holdDatabase(args.value(1));
    }

    QApplication app(argc, argv);
    const int runs = qMax(1, option(QStringLiteral("--runs"), QStringLiteral("7")).toInt());
    const QString dataDir =
        QDir(option(QStringLiteral("--data"), QCoreApplication::applicationDirPath() + QStringLiteral("/../bench-data/review-100k")))
            .absolutePath();
    const bool noFail = args.contains(QStringLiteral("--no-fail"));
    const QString dbPath = QDir(dataDir).filePath(QStringLiteral("ml-connector.db"));
    const QString stampPath = QDir(dataDir).filePath(QStringLiteral("generator-version"));
    const QByteArray stamp = QByteArray::number(kGeneratorVersion);

    // 1. The database, generated in a child process.
    QFile stampFile(stampPath);
    const bool current = QFileInfo::exists(dbPath) && stampFile.open(QIODevice::ReadOnly) && stampFile.readAll().trimmed() == stamp;
    stampFile.close();
    if (!current || args.contains(QStringLiteral("--regenerate"))) {
        QDir().mkpath(dataDir);
        QFile::remove(stampPath);
        out() << "Generating " << dbPath << " (once; --regenerate to redo) ..." << Qt::endl;
        QElapsedTimer t;
        t.start();
        QProcess gen;
        gen.setProcessChannelMode(QProcess::ForwardedChannels);
        gen.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--generate"), dataDir});
        if (!gen.waitForFinished(30 * 60 * 1000) || gen.exitStatus() != QProcess::NormalExit || gen.exitCode() != 0) {
            std::fprintf(stderr, "bench_tray: generating the database failed\n");
            return 2;
        }
        out() << "generated in " << QString::number(double(t.elapsed()) / 1000.0, 'f', 1) << " s" << Qt::endl;
        QFile s(stampPath);
        if (s.open(QIODevice::WriteOnly))
            s.write(stamp + '\n');
    }

    // 2. The service's side: the database held open read-write.
    QProcess holder;
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), dbPath});
    if (!holder.waitForReadyRead(60000) || !holder.readLine().startsWith("ready")) {
        std::fprintf(stderr, "bench_tray: the holder process did not open the database\n");
        return 2;
    }

    // Reading the whole file once, so every run starts with the same (warm) OS page cache, as a
    // tray that opens while the service works on the same file does.
    {
        QFile f(dbPath);
        if (f.open(QIODevice::ReadOnly)) {
            while (!f.read(1 << 20).isEmpty()) {
            }
        }
    }

    QString mode;
    Tray t;

    // 3a. Start: open the database and paint the review page (alone and in the main window). The
    //     first run of all also pays for Qt's one-time start-up (fonts, style): reported apart.
    {
        const double cold = openAndPaint(t, dbPath, false, &mode);
        record(line(QStringLiteral("open + first paint, first in the process"), 300, QStringLiteral("fonts and style load once")), cold);
        close(t);
        for (int i = 0; i < runs; ++i) {
            record(line(QStringLiteral("open + first paint of the review page"), 300), openAndPaint(t, dbPath, false, nullptr));
            close(t);
        }
        for (int i = 0; i < runs; ++i) {
            record(line(QStringLiteral("open + first paint, main window on the review page"), 300, QStringLiteral("all four pages built")),
                   openAndPaint(t, dbPath, true, nullptr));
            if (i + 1 < runs)
                close(t);
        }
    }
    // The main window stays open for the rest: what a user has in front of them.
    auto *search = child<QLineEdit>(t.page, "reviewSearch");
    auto *type = child<QComboBox>(t.page, "reviewType");
    auto *reason = child<QComboBox>(t.page, "reviewReason");
    QTableView *table = t.table;
    ReviewQueueModel *model = t.model.get();
    out() << "queue: " << model->matchingCount() << " documents, " << reason->count() - 1 << " reasons" << Qt::endl;

    // 3b. Scrolling: Page Down from the top (the model fetches 200 rows more when the view nears its
    //     end), and Ctrl+End (to the last loaded row; the view then asks for the next page).
    table->setFocus();
    table->selectRow(0);
    QCoreApplication::processEvents();
    for (int i = 0; i < 10 * runs; ++i)
        record(line(QStringLiteral("Page Down, per step"), 0, QStringLiteral("%1 steps").arg(10 * runs)),
               measure(t, [&] { QTest::keyClick(table, Qt::Key_PageDown); }, true));
    for (int i = 0; i < runs; ++i)
        record(line(QStringLiteral("Ctrl+End, per step"), 0, QStringLiteral("last loaded row, loads the next page")),
               measure(t, [&] { QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); }, true));
    const int loadedAfterScroll = model->rowCount();

    // 3c. Filters. Each choice from the full queue (the previous one undone outside the timing).
    const auto undo = [&](const std::function<void()> &f) {
        measure(t, f);
        QCoreApplication::processEvents();
    };
    table->scrollToTop();
    for (int i = 0; i < runs; ++i) {
        // The reason filter, by keyboard: the next reason in the list each run.
        const int choice = 1 + i % qMax(1, reason->count() - 1);
        reason->setFocus();
        record(line(QStringLiteral("reason filter"), 200),
               measure(t, [&] { reason->setCurrentIndex(choice); }));
        undo([&] { reason->setCurrentIndex(0); });
    }
    for (int i = 0; i < runs; ++i) {
        type->setFocus();
        record(line(QStringLiteral("document type filter (invoices / expense reports)"), 200),
               measure(t, [&] { type->setCurrentIndex(1 + i % 2); }));
        undo([&] { type->setCurrentIndex(0); });
    }
    for (int i = 0; i < runs; ++i) {
        // No date field on the page yet: the model's filter, as the page will set it.
        ReviewFilter f = model->filter();
        f.queuedFrom = QDate::currentDate().addDays(-30 - 7 * i);
        f.queuedTo = QDate::currentDate().addDays(-7 * i);
        record(line(QStringLiteral("date range (30 days)"), 200, QStringLiteral("model filter, no date field on the page yet")),
               measure(t, [&] { model->setFilter(f); }));
        undo([&] {
            ReviewFilter none = model->filter();
            none.queuedFrom = {};
            none.queuedTo = {};
            model->setFilter(none);
        });
    }
    // Search: typing, then the page's pause; measured from the last key and from the query's start.
    struct Term {
        QString text;
        QString label;
    };
    const QList<Term> terms{{QStringLiteral("brien"), QStringLiteral("an employee's name, many matches")},
                            {QStringLiteral("zz-no-such"), QStringLiteral("no match: every row looked at")}};
    for (const Term &term : terms) {
        for (int i = 0; i < runs; ++i) {
            search->setFocus();
            double work = 0;
            const double total = measure(t, [&] { QTest::keyClicks(search, term.text); }, false, &work);
            record(line(QStringLiteral("search \"%1\", query + paint").arg(term.text), 200, term.label), work);
            record(line(QStringLiteral("search \"%1\", last key to result").arg(term.text), 0, QStringLiteral("includes the page's typing pause")),
                   total);
            undo([&] { search->clear(); });
        }
    }
    // Sort by amount: a click on the column header (ascending, descending).
    QHeaderView *header = table->horizontalHeader();
    const QPoint amountHeader(header->sectionViewportPosition(ReviewQueueModel::Amount) + header->sectionSize(ReviewQueueModel::Amount) / 2,
                              header->height() / 2);
    for (int i = 0; i < runs; ++i) {
        record(line(QStringLiteral("sort by amount (header click)"), 200, QStringLiteral("no limit in the issue; the filters' 200 ms")),
               measure(t, [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, amountHeader); }));
    }
    // The other sortable columns a user clicks (no limit in the issue either).
    const auto headerPoint = [header](int section) {
        return QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    };
    for (int i = 0; i < runs; ++i) {
        record(line(QStringLiteral("sort by document (header click)"), 0),
               measure(t, [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(ReviewQueueModel::Document)); }));
    }
    for (int i = 0; i < runs; ++i) {
        record(line(QStringLiteral("sort by reason (header click)"), 0),
               measure(t, [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(ReviewQueueModel::Reason)); }));
    }
    const long hwmTypical = procStatusKb("VmHWM");
    const long rssTypical = procStatusKb("VmRSS");

    // 3d. The worst case for memory: scrolled to the very end, every row loaded.
    undo([&] { table->sortByColumn(ReviewQueueModel::Queued, Qt::DescendingOrder); });
    QElapsedTimer all;
    all.start();
    int fetches = 0;
    while (model->canFetchMore()) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        ++fetches;
        if (fetches > 2000)
            break;
    }
    const double allMs = msSince(all);
    const long hwmAll = procStatusKb("VmHWM");

    printTable(mode, runs);
    out() << "Rows loaded after the scrolling steps: " << loadedAfterScroll << ".\n";
    out() << "Scrolled to the very end (dragging the scroll bar down until every row is loaded): " << model->rowCount()
          << " rows in " << fetches << " steps, " << QString::number(allMs / 1000.0, 'f', 1) << " s.\n\n";
    out() << "| memory (this process, VmHWM) | MiB | limit MiB | result |\n|---|---:|---:|---|\n";
    const auto memLine = [](const QString &what, long kb) {
        out() << "| " << what << " | " << QString::number(mib(kb), 'f', 1) << " | 150 | " << (mib(kb) <= 150 ? "OK" : "**over**") << " |\n";
    };
    memLine(QStringLiteral("peak after all of the above (current RSS %1 MiB)").arg(mib(rssTypical), 0, 'f', 1), hwmTypical);
    memLine(QStringLiteral("peak with every row loaded"), hwmAll);
    out().flush();

    bool over = mib(hwmTypical) > 150 || mib(hwmAll) > 150;
    for (const Line &l : std::as_const(g_lines))
        over = over || l.over();
    close(t);
    holder.closeWriteChannel();
    holder.waitForFinished(10000);
    if (over && !noFail) {
        std::fprintf(stderr, "bench_tray: some numbers miss the issue's limits (see the table)\n");
        return 1;
    }
    return 0;
}
