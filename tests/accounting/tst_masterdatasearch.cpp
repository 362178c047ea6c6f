// The map picker's ranking over B1 master data (issue #8 item 3) and the check that flags mapping
// targets B1 no longer has or has frozen.
#include "accountingfixture.h"

#include "accounting/masterdatasearch.h"

#include <QTest>

using namespace fixture;

class TestMasterDataSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_md = masterData(); }
    void ranking_data();
    void ranking();
    void onlyUsableTargetsAreOffered();
    void paging();
    void targetProblems_data();
    void targetProblems();

private:
    MasterData m_md;
};

namespace {
QStringList codes(const MasterDataSearchResult &r)
{
    QStringList out;
    for (const MasterDataHit &h : r.hits)
        out << h.code;
    return out;
}
} // namespace

void TestMasterDataSearch::ranking_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("dimension");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QString>("sourceName");
    QTest::addColumn<QString>("sourceCode");
    QTest::addColumn<QStringList>("first"); // the first hits, in order

    // The reason's candidates first (in their order), then the most similar names.
    QTest::newRow("candidates first") << QStringLiteral("vendor") << 0 << QString() << sl({"V104", "V102"})
                                      << QStringLiteral("Acme Incorporated") << QString() << sl({"V104", "V102", "V101"});
    QTest::newRow("similar name next") << QStringLiteral("vendor") << 0 << QString() << QStringList()
                                       << QStringLiteral("Anna Schmid") << QStringLiteral("1001") << sl({"E1001"});
    QTest::newRow("typed code beats similarity") << QStringLiteral("vendor") << 0 << QStringLiteral("v10")
                                                 << QStringList() << QStringLiteral("Anna Schmidt") << QString()
                                                 << sl({"V100", "V101", "V102", "V104"});
    QTest::newRow("typed name, accents ignored") << QStringLiteral("vendor") << 0 << QStringLiteral("MULLER")
                                                 << QStringList() << QString() << QString() << sl({"V100"});
    QTest::newRow("account: same code, then its group") << QStringLiteral("account") << 0 << QString() << QStringList()
                                                         << QString() << QStringLiteral("6200") << sl({"6200", "6100", "6300"});
    QTest::newRow("profit centers of one dimension") << QStringLiteral("costcenter") << 1 << QString() << QStringList()
                                                     << QString() << QStringLiteral("SALE") << sl({"SALES", "OPS", "RND"});
    QTest::newRow("profit center text filter") << QStringLiteral("costcenter") << 2 << QStringLiteral("nor") << QStringList()
                                               << QString() << QString() << sl({"NORTH"});
}

void TestMasterDataSearch::ranking()
{
    QFETCH(QString, kind);
    QFETCH(int, dimension);
    QFETCH(QString, text);
    QFETCH(QStringList, candidates);
    QFETCH(QString, sourceName);
    QFETCH(QString, sourceCode);
    QFETCH(QStringList, first);
    MasterDataQuery q;
    q.kind = kind;
    q.dimension = dimension;
    q.text = text;
    q.candidates = candidates;
    q.sourceName = sourceName;
    q.sourceCode = sourceCode;
    const MasterDataSearchResult r = searchMasterData(m_md, q);
    QCOMPARE(codes(r).mid(0, first.size()), first);
    for (const MasterDataHit &h : r.hits)
        QCOMPARE(h.candidate, candidates.contains(h.code));
}

void TestMasterDataSearch::onlyUsableTargetsAreOffered()
{
    MasterDataQuery q;
    q.kind = QStringLiteral("vendor");
    q.limit = 100;
    q.candidates = sl({"V103"}); // a frozen candidate is still not offered
    const QStringList vendors = codes(searchMasterData(m_md, q));
    QVERIFY(!vendors.contains(QStringLiteral("V103"))); // frozen
    QVERIFY(!vendors.contains(QStringLiteral("E300"))); // frozen
    QVERIFY(!vendors.contains(QStringLiteral("C500"))); // a customer
    QVERIFY(vendors.contains(QStringLiteral("V100")));
    q.kind = QStringLiteral("account");
    q.candidates.clear();
    const QStringList accounts = codes(searchMasterData(m_md, q));
    QVERIFY(!accounts.contains(QStringLiteral("1600"))); // control account
    QVERIFY(!accounts.contains(QStringLiteral("6000"))); // title
    QVERIFY(!accounts.contains(QStringLiteral("6050"))); // frozen
    QVERIFY(accounts.contains(QStringLiteral("6100")));
    q.kind = QStringLiteral("costcenter");
    q.dimension = 1;
    const QStringList centers = codes(searchMasterData(m_md, q));
    QVERIFY(!centers.contains(QStringLiteral("OLD")));   // inactive
    QVERIFY(!centers.contains(QStringLiteral("NORTH"))); // dimension 2
}

void TestMasterDataSearch::paging()
{
    MasterDataQuery q;
    q.kind = QStringLiteral("account");
    q.sourceCode = QStringLiteral("6100");
    q.limit = 3;
    const MasterDataSearchResult page1 = searchMasterData(m_md, q);
    q.offset = 3;
    const MasterDataSearchResult page2 = searchMasterData(m_md, q);
    QCOMPARE(page1.hits.size(), 3);
    QCOMPARE(page1.total, page2.total);
    QVERIFY(page1.total > 6);
    for (const QString &c : codes(page2))
        QVERIFY(!codes(page1).contains(c));
    QCOMPARE(page1.hits.first().code, QStringLiteral("6100"));
}

void TestMasterDataSearch::targetProblems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("problem");
    QTest::newRow("usable supplier") << QStringLiteral("vendor") << QStringLiteral("employee:1") << QStringLiteral("V100") << QString();
    QTest::newRow("gone supplier") << QStringLiteral("vendor") << QStringLiteral("employee:1") << QStringLiteral("V999") << QStringLiteral("missing");
    QTest::newRow("frozen supplier") << QStringLiteral("vendor") << QStringLiteral("vendor:X") << QStringLiteral("V103") << QStringLiteral("frozen");
    QTest::newRow("customer") << QStringLiteral("vendor") << QStringLiteral("vendor:X") << QStringLiteral("C500") << QStringLiteral("not-supplier");
    QTest::newRow("usable account") << QStringLiteral("account") << QStringLiteral("6999") << QStringLiteral("6100") << QString();
    QTest::newRow("control account") << QStringLiteral("account") << QStringLiteral("6999") << QStringLiteral("1600") << QStringLiteral("control");
    QTest::newRow("title account") << QStringLiteral("account") << QStringLiteral("6999") << QStringLiteral("6000") << QStringLiteral("title");
    QTest::newRow("frozen account") << QStringLiteral("account") << QStringLiteral("6999") << QStringLiteral("6050") << QStringLiteral("frozen");
    QTest::newRow("gone account") << QStringLiteral("account") << QStringLiteral("6999") << QStringLiteral("7777") << QStringLiteral("missing");
    QTest::newRow("active profit center") << QStringLiteral("costcenter") << QStringLiteral("1:S") << QStringLiteral("SALES") << QString();
    QTest::newRow("inactive profit center") << QStringLiteral("costcenter") << QStringLiteral("1:S") << QStringLiteral("OLD") << QStringLiteral("inactive");
    QTest::newRow("profit center of another dimension") << QStringLiteral("costcenter") << QStringLiteral("1:N") << QStringLiteral("NORTH") << QStringLiteral("missing");
    QTest::newRow("known currency") << QStringLiteral("currency") << QStringLiteral("USD") << QStringLiteral("USD") << QString();
    QTest::newRow("unknown currency") << QStringLiteral("currency") << QStringLiteral("CHF") << QStringLiteral("CHF") << QStringLiteral("missing");
}

void TestMasterDataSearch::targetProblems()
{
    QFETCH(QString, kind);
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, problem);
    QCOMPARE(mappingTargetProblem(m_md, kind, source, target), problem);
}

QTEST_GUILESS_MAIN(TestMasterDataSearch)
#include "tst_masterdatasearch.moc"
