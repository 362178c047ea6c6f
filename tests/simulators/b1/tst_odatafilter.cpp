// $filter parser/evaluator and query options of the B1 simulator.
#include "b1/odatafilter.h"
#include "b1/odataquery.h"

#include <QJsonArray>
#include <QTest>

using namespace mlc::sim;

class TestODataFilter : public QObject {
    Q_OBJECT
private:
    static QJsonObject row()
    {
        return QJsonObject{
            {QStringLiteral("CardCode"), QStringLiteral("V10001")},
            {QStringLiteral("CardName"), QStringLiteral("O'Brien & Söhne GmbH")},
            {QStringLiteral("CardType"), QStringLiteral("cSupplier")},
            {QStringLiteral("FederalTaxID"), QStringLiteral("DE987654321")},
            {QStringLiteral("Valid"), QStringLiteral("tYES")},
            {QStringLiteral("Frozen"), QStringLiteral("tNO")},
            {QStringLiteral("JdtNum"), 42},
            {QStringLiteral("Debit"), 100.1},
            {QStringLiteral("ReferenceDate"), QStringLiteral("2026-01-15")},
            {QStringLiteral("Memo"), QJsonValue(QJsonValue::Null)},
        };
    }
    static ODataEnumAliases aliases()
    {
        return {{QStringLiteral("CardType"), {{QStringLiteral("S"), QStringLiteral("cSupplier")}, {QStringLiteral("C"), QStringLiteral("cCustomer")}}},
                {QStringLiteral("Valid"), {{QStringLiteral("Y"), QStringLiteral("tYES")}, {QStringLiteral("N"), QStringLiteral("tNO")}}}};
    }

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("expected");
        QTest::newRow("escaped quote") << QStringLiteral("CardName eq 'O''Brien & Söhne GmbH'") << true;
        QTest::newRow("unescaped differs") << QStringLiteral("CardName eq 'O''Brien'") << false;
        QTest::newRow("ne") << QStringLiteral("CardCode ne 'V10000'") << true;
        QTest::newRow("enum by name") << QStringLiteral("CardType eq 'cSupplier'") << true;
        QTest::newRow("enum by value") << QStringLiteral("CardType eq 'S'") << true;
        QTest::newRow("enum other value") << QStringLiteral("CardType eq 'C'") << false;
        QTest::newRow("yes/no value") << QStringLiteral("Valid eq 'Y' and Frozen eq 'tNO'") << true;
        QTest::newRow("case-sensitive") << QStringLiteral("CardCode eq 'v10001'") << false;
        QTest::newRow("number eq") << QStringLiteral("JdtNum eq 42") << true;
        QTest::newRow("number ge") << QStringLiteral("JdtNum ge 43") << false;
        QTest::newRow("number lt") << QStringLiteral("JdtNum lt 43") << true;
        QTest::newRow("decimal exact") << QStringLiteral("Debit eq 100.10") << true;
        QTest::newRow("decimal gt") << QStringLiteral("Debit gt 100.09") << true;
        QTest::newRow("date eq") << QStringLiteral("ReferenceDate eq '2026-01-15'") << true;
        QTest::newRow("date compact") << QStringLiteral("ReferenceDate eq '20260115'") << true;
        QTest::newRow("datetime literal") << QStringLiteral("ReferenceDate ge datetime'2026-01-15T00:00:00'") << true;
        QTest::newRow("date lt") << QStringLiteral("ReferenceDate lt '2026-01-15'") << false;
        QTest::newRow("and/or precedence") << QStringLiteral("JdtNum eq 1 and JdtNum eq 2 or CardCode eq 'V10001'") << true;
        QTest::newRow("parentheses") << QStringLiteral("JdtNum eq 1 and (JdtNum eq 2 or CardCode eq 'V10001')") << false;
        QTest::newRow("not") << QStringLiteral("not (CardType eq 'C')") << true;
        QTest::newRow("startswith") << QStringLiteral("startswith(CardName, 'O''Brien')") << true;
        QTest::newRow("contains") << QStringLiteral("contains(CardName,'Söhne')") << true;
        QTest::newRow("endswith") << QStringLiteral("endswith(CardName,'AG')") << false;
        QTest::newRow("substringof") << QStringLiteral("substringof('Brien', CardName)") << true;
        QTest::newRow("null eq") << QStringLiteral("Memo eq null") << true;
        QTest::newRow("missing ne") << QStringLiteral("U_Missing ne 'x'") << true;
        QTest::newRow("missing eq") << QStringLiteral("U_Missing eq 'x'") << false;
        QTest::newRow("empty") << QString() << true;
    }
    void matches()
    {
        QFETCH(QString, filter);
        QFETCH(bool, expected);
        auto f = ODataFilter::parse(filter);
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        QCOMPARE(f->matches(row(), aliases()), expected);
    }

    void caseInsensitive()
    {
        auto f = ODataFilter::parse(QStringLiteral("CardCode eq 'v10001'"));
        QVERIFY(f.ok());
        QVERIFY(!f->matches(row()));
        QVERIFY(f->matches(row(), {}, true));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("unterminated") << QStringLiteral("CardName eq 'O'Brien'");
        QTest::newRow("missing paren") << QStringLiteral("(JdtNum eq 1");
        QTest::newRow("arithmetic") << QStringLiteral("JdtNum add 1 eq 2");
        QTest::newRow("unknown function") << QStringLiteral("tolower(CardName) eq 'x'");
        QTest::newRow("dangling and") << QStringLiteral("JdtNum eq 1 and");
        QTest::newRow("bad char") << QStringLiteral("JdtNum == 1");
    }
    void rejects()
    {
        QFETCH(QString, filter);
        auto f = ODataFilter::parse(filter);
        QVERIFY(!f.ok());
        QVERIFY(f.error().message.startsWith(QLatin1String("Invalid $filter expression")));
    }

    void requiredEqualities()
    {
        auto f = ODataFilter::parse(QStringLiteral("Reference3 eq 'E1R1' and (JdtNum gt 3 or Memo eq 'x')"));
        QVERIFY(f.ok());
        const auto eqs = f->requiredEqualities();
        QCOMPARE(eqs.size(), 1);
        QCOMPARE(eqs.first().first, QStringLiteral("Reference3"));
        QCOMPARE(eqs.first().second.toString(), QStringLiteral("E1R1"));
        auto g = ODataFilter::parse(QStringLiteral("Reference3 eq 'a' or Reference3 eq 'b'"));
        QVERIFY(g.ok());
        QVERIFY(g->requiredEqualities().isEmpty()); // an `or` must not be narrowed through an index
        QCOMPARE(g->properties(), QStringList{QStringLiteral("Reference3")});
        // ... but through the union of its terms' index hits.
        const auto alts = g->alternativeEqualities();
        QCOMPARE(alts.size(), 2);
        QCOMPARE(alts.at(0).second.toString(), QStringLiteral("a"));
        QCOMPARE(alts.at(1).first, QStringLiteral("Reference3"));
        QCOMPARE(alts.at(1).second.toString(), QStringLiteral("b"));
        auto three = ODataFilter::parse(QStringLiteral("Reference3 eq 'a' or (Reference3 eq 'b' or Reference eq 'c')"));
        QVERIFY(three.ok());
        QCOMPARE(three->alternativeEqualities().size(), 3);
        for (const char *mixed : {"Reference3 eq 'a' or JdtNum gt 3", "Reference3 eq 'a' and Memo eq 'x'",
                                  "Reference3 eq 'a'", "not (Reference3 eq 'a' or Reference3 eq 'b')",
                                  "Reference3 ne 'a' or Reference3 eq 'b'"}) {
            auto m = ODataFilter::parse(QLatin1String(mixed));
            QVERIFY2(m.ok(), mixed);
            QVERIFY2(m->alternativeEqualities().isEmpty(), mixed);
        }
    }

    void queryOptions()
    {
        QUrlQuery uq;
        uq.setQuery(QStringLiteral("$orderby=B desc,A asc&$select=A,B&$top=2&$skip=1&$inlinecount=allpages"));
        auto q = ODataQuery::fromUrlQuery(uq, false);
        QVERIFY(q.ok());
        QCOMPARE(q->top, 2);
        QCOMPARE(q->skip, 1);
        QVERIFY(q->inlineCount);
        QList<QJsonObject> rows = {
            {{QStringLiteral("A"), 1}, {QStringLiteral("B"), QStringLiteral("x")}, {QStringLiteral("C"), 0}},
            {{QStringLiteral("A"), 2}, {QStringLiteral("B"), QStringLiteral("y")}},
            {{QStringLiteral("A"), 0}, {QStringLiteral("B"), QStringLiteral("y")}},
        };
        QList<const QJsonObject *> ptrs = {&rows[0], &rows[1], &rows[2]};
        q->sort(ptrs);
        QCOMPARE(ptrs.at(0)->value(QStringLiteral("A")).toInt(), 0);
        QCOMPARE(ptrs.at(1)->value(QStringLiteral("A")).toInt(), 2);
        QCOMPARE(ptrs.at(2)->value(QStringLiteral("A")).toInt(), 1);
        QCOMPARE(q->project(rows[0]).keys(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));

        QUrlQuery bad;
        bad.setQuery(QStringLiteral("$inlinecount=yes"));
        QVERIFY(!ODataQuery::fromUrlQuery(bad, false).ok());
        QUrlQuery v4;
        v4.setQuery(QStringLiteral("$inlinecount=allpages"));
        QVERIFY(!ODataQuery::fromUrlQuery(v4, true).ok()); // OData V3 only
        QUrlQuery badTop;
        badTop.setQuery(QStringLiteral("$top=-1"));
        QVERIFY(!ODataQuery::fromUrlQuery(badTop, false).ok());
    }
};

QTEST_GUILESS_MAIN(TestODataFilter)
#include "tst_odatafilter.moc"
