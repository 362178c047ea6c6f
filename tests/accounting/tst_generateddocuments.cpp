// Cross-check with the simulator's seeded document generator (another team's reading of §2):
// every document it marks "post" must build a balanced entry, every "review" document must carry
// the reason it was made for. Also a throughput guard on realistic documents.
#include "accounting/journalbuilder.h"
#include "concur/demoscenario.h"
#include "concur/documentgenerator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace mlc::accounting;

namespace {

class NoMappings : public MappingLookup {
public:
    std::optional<QString> explicitTarget(const QString &, const QString &) const override { return std::nullopt; }
};

QString describe(const BuildResult &r)
{
    QStringList parts;
    for (const ReviewReason &x : r.reasons)
        parts.append(x.code + QStringLiteral(" [") + x.blockerKey + QStringLiteral("] ") + x.message);
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestGeneratedDocuments : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_md = mlc::sim::DemoScenario::masterData();
        m_md.buildIndex();
        m_settings = PostingSettings::fromKeyValues(mlc::sim::DemoScenario::settings());
    }
    void outcomesMatch_data();
    void outcomesMatch();
    void throughput();

private:
    MasterData m_md;
    PostingSettings m_settings;
    NoMappings m_mappings;
};

void TestGeneratedDocuments::outcomesMatch_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 42") << 42u;
    QTest::newRow("seed 2024") << 2024u;
}

void TestGeneratedDocuments::outcomesMatch()
{
    QFETCH(quint32, seed);
    const JournalBuilder builder(m_md, m_mappings, m_settings);
    mlc::sim::DocumentGenerator generator(seed);
    const auto docs = generator.generate(400, 0.2);
    QVERIFY(docs.size() >= 300);
    int posted = 0, reviewed = 0;
    QStringList problems;
    for (const auto &g : docs) {
        const BuildResult r = builder.build(g.docType, g.document, QDate(2024, 5, 17));
        const QString id = g.docType + QLatin1Char(' ') + r.identity.docId;
        if (g.expectedOutcome == QLatin1String("post")) {
            if (!r.postable())
                problems.append(id + QStringLiteral(": expected to post, got ") + describe(r));
            else if (!r.entry->isBalanced())
                problems.append(id + QStringLiteral(": unbalanced"));
            else
                ++posted;
        } else {
            bool found = false;
            for (const ReviewReason &x : r.reasons)
                found = found || x.code == g.expectedReasonCode;
            // The generator's unknown employee sometimes files a card-only report: nothing is owed
            // to or by the employee, so no BP line and nothing to map (our reading of §2). It posts.
            if (!found && g.expectedReasonCode == QLatin1String("vendor.unmapped") && g.docType == QLatin1String("expense")
                && r.postable()) {
                bool bpLine = false;
                for (const JournalLine &l : r.entry->lines)
                    bpLine = bpLine || l.isBpLine();
                found = !bpLine;
            }
            if (!found)
                problems.append(id + QStringLiteral(": expected ") + g.expectedReasonCode + QStringLiteral(", got ")
                                + (r.reasons.isEmpty() ? QStringLiteral("no reason") : describe(r))
                                + (qEnvironmentVariableIsSet("MLC_DUMP") ? QString::fromUtf8(QJsonDocument(g.document).toJson(QJsonDocument::Compact)) : QString()));
            else
                ++reviewed;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 disagree:\n").arg(problems.size()).arg(docs.size())
                                            + problems.mid(0, 10).join(QLatin1Char('\n'))));
    QVERIFY(posted > 0);
    QVERIFY(reviewed > 0);
}

void TestGeneratedDocuments::throughput()
{
    const JournalBuilder builder(m_md, m_mappings, m_settings);
    mlc::sim::DocumentGenerator generator(7);
    const auto docs = generator.generate(500, 0.1);
    QElapsedTimer t;
    t.start();
    int rounds = 0;
    qint64 builds = 0;
    while (t.elapsed() < 300 || rounds < 2) {
        for (const auto &g : docs)
            builds += builder.build(g.docType, g.document, QDate(2024, 5, 17)).reasons.size() >= 0 ? 1 : 0;
        ++rounds;
    }
    const double perDocMs = double(t.nsecsElapsed()) / 1e6 / double(builds);
    qInfo("build(): %.4f ms per generated document (%lld builds)", perDocMs, builds);
    QVERIFY2(perDocMs < 1.0, qPrintable(QString::number(perDocMs)));
}

QTEST_GUILESS_MAIN(TestGeneratedDocuments)
#include "tst_generateddocuments.moc"
