// Issue #8 item 4: review reasons are stored as a code with named arguments and rendered in the
// reader's language. The sentences are checked without any .qm file: in English (the source
// text) the arguments land in their places; under a German stand-in translator (a QTranslator
// that knows two sentences, as lrelease output would) the German sentence carries the same
// arguments; rows stored before reasons had arguments, and cases this version does not know,
// show the stored English message.
#include "models/reasonlabels.h"

#include "accounting/reviewreason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>
#include <QTranslator>

using namespace mlc;

namespace {

// A stand-in for a compiled German catalogue: only the sentences this test uses.
class GermanFixture : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "ReasonLabels") != 0 && qstrcmp(context, "mlc::tray::ReasonLabels") != 0)
            return {};
        const QByteArray s(source);
        if (s == "There is no B1 account for the Concur account %1.")
            return QStringLiteral("Für das Concur-Konto %1 gibt es kein B1-Konto.");
        if (s == "No supplier found for %1: there is no business partner %2 and no supplier with that name.")
            return QStringLiteral("Kein Lieferant für %1 gefunden: Es gibt keinen Geschäftspartner %2 und keinen Lieferanten mit diesem Namen.");
        if (s == "employee %1 (%2)")
            return QStringLiteral("Mitarbeiter %1 (%2)");
        if (s == "Closest matches: %1.")
            return QStringLiteral("Ähnlichste Treffer: %1.");
        if (s == "Totals do not reconcile: the lines add up to %1, but Concur's %2 is %3 (difference %4, tolerance %5).")
            return QStringLiteral("Summen stimmen nicht: Die Zeilen ergeben %1, aber %2 laut Concur ist %3 (Differenz %4, Toleranz %5).");
        if (s == "request total")
            return QStringLiteral("die Anforderungssumme");
        return {};
    }
};

QJsonObject reason(const char *code, const QJsonObject &args, const char *message)
{
    accounting::ReviewReason r;
    r.code = QLatin1String(code);
    r.args = args;
    r.message = QString::fromUtf8(message);
    return r.toJson(); // as the ledger stores it
}

} // namespace

class TestReasonLabels : public QObject {
    Q_OBJECT
private slots:
    void englishSentencesCarryTheArguments_data();
    void englishSentencesCarryTheArguments();
    void labels();
    void germanFixtureRendersGerman();
    void oldRowsShowTheStoredMessage();
    void unknownCasesShowTheStoredMessage();
    void argsRoundTripThroughTheStoredJson();
};

void TestReasonLabels::englishSentencesCarryTheArguments_data()
{
    QTest::addColumn<QJsonObject>("stored");
    QTest::addColumn<QString>("expected");
    QTest::newRow("account not found")
        << reason("account.unmapped", {{QStringLiteral("case"), QStringLiteral("not-found")}, {QStringLiteral("concurAccount"), QStringLiteral("6999")}},
                  "stored")
        << QStringLiteral("There is no B1 account for the Concur account 6999.");
    QTest::newRow("employee with closest")
        << reason("vendor.unmapped",
                  {{QStringLiteral("case"), QStringLiteral("not-found")}, {QStringLiteral("subject"), QStringLiteral("employee")},
                   {QStringLiteral("employeeId"), QStringLiteral("42")}, {QStringLiteral("name"), QStringLiteral("Anna Berg")},
                   {QStringLiteral("cardCode"), QStringLiteral("E42")}, {QStringLiteral("closest"), QStringLiteral("E41 Anna Berger")}},
                  "stored")
        << QStringLiteral("No supplier found for employee Anna Berg (42): there is no business partner E42 and no supplier "
                          "with that name. Closest matches: E41 Anna Berger.");
    QTest::newRow("cost center, numbers as numbers")
        << reason("costcenter.unmapped", {{QStringLiteral("case"), QStringLiteral("inactive")}, {QStringLiteral("code"), QStringLiteral("OLD")},
                                          {QStringLiteral("dimension"), 2}},
                  "stored")
        << QStringLiteral("The profit center OLD (dimension 2) is inactive in B1.");
    QTest::newRow("totals with exact amounts")
        << reason("totals.mismatch", {{QStringLiteral("total"), QStringLiteral("request")}, {QStringLiteral("computed"), QStringLiteral("100.00")},
                                      {QStringLiteral("expected"), QStringLiteral("100.05")}, {QStringLiteral("difference"), QStringLiteral("0.05")},
                                      {QStringLiteral("tolerance"), QStringLiteral("0.02")}},
                  "stored")
        << QStringLiteral("Totals do not reconcile: the lines add up to 100.00, but Concur's request total is 100.05 "
                          "(difference 0.05, tolerance 0.02).");
    QTest::newRow("an argument that looks like a placeholder stays as it is")
        << reason("account.unmapped", {{QStringLiteral("case"), QStringLiteral("mapped-missing")}, {QStringLiteral("concurAccount"), QStringLiteral("%2")},
                                       {QStringLiteral("target"), QStringLiteral("7000")}},
                  "stored")
        << QStringLiteral("The Concur account %2 is mapped to B1 account 7000, which does not exist.");
    QTest::newRow("malformed field with its place")
        << reason("document.malformed", {{QStringLiteral("case"), QStringLiteral("not-a-number")}, {QStringLiteral("field"), QStringLiteral("amountGross")},
                                         {QStringLiteral("value"), QStringLiteral("abc")}, {QStringLiteral("entry"), 2},
                                         {QStringLiteral("expenseType"), QStringLiteral("Hotel")}, {QStringLiteral("line"), 1}},
                  "stored")
        << QStringLiteral("The amountGross \"abc\" in expense entry 2 (Hotel), journal line 1 is not a number.");
    // Issue #10: a write-back Concur refused (sync/writeback.cpp stores step, code, Concur's
    // message and the state the document had); the code comes as a number.
    QTest::newRow("posting confirmation refused, document posted")
        << reason("concur.refused", {{QStringLiteral("step"), QStringLiteral("posting")}, {QStringLiteral("code"), 102},
                                     {QStringLiteral("concurMessage"), QStringLiteral("The report was recalled.")},
                                     {QStringLiteral("was"), QStringLiteral("posted")}},
                  "stored")
        << QStringLiteral("Concur refused the posting confirmation of this document: The report was recalled (Concur code "
                          "102). Its journal entry stays in SAP Business One and is not posted again. Retry sends it to "
                          "Concur again at the next sync; Skip accepts Concur's answer.");
    QTest::newRow("acknowledgement refused, document waiting")
        << reason("concur.refused", {{QStringLiteral("step"), QStringLiteral("ack")}, {QStringLiteral("code"), 104},
                                     {QStringLiteral("concurMessage"), QStringLiteral("Unknown transaction %1")},
                                     {QStringLiteral("was"), QStringLiteral("review")}},
                  "stored")
        << QStringLiteral("Concur refused the acknowledgement of this document: Unknown transaction %1 (Concur code 104). "
                          "Retry sends it to Concur again at the next sync; Skip accepts Concur's answer (a document not "
                          "yet in SAP Business One is then skipped).");
    QTest::newRow("payment confirmation refused without a message")
        << reason("concur.refused", {{QStringLiteral("step"), QStringLiteral("payment")}, {QStringLiteral("code"), 112},
                                     {QStringLiteral("was"), QStringLiteral("posted")}},
                  "stored")
        << QStringLiteral("Concur refused the payment confirmation of this reimbursement: no reason given (Concur code 112). "
                          "Its journal entry stays in SAP Business One and is not posted again. Retry sends it to Concur "
                          "again at the next sync; Skip accepts Concur's answer.");
    QTest::newRow("a refused step this version does not know")
        << reason("concur.refused", {{QStringLiteral("step"), QStringLiteral("invoicepay")}, {QStringLiteral("code"), 1}},
                  "Concur refused the invoice payment: no (code 1)")
        << QStringLiteral("Concur refused the invoice payment: no (code 1)");
}

void TestReasonLabels::englishSentencesCarryTheArguments()
{
    QFETCH(QJsonObject, stored);
    QFETCH(QString, expected);
    QCOMPARE(tray::ReasonLabels::text(stored), expected);
    // Every code this version renders has a label of its own (not the bare code).
    const QString code = stored.value(QLatin1String("code")).toString();
    QVERIFY2(tray::ReasonLabels::label(code) != code, qPrintable(code));
}

void TestReasonLabels::labels()
{
    QCOMPARE(tray::ReasonLabels::label(QStringLiteral("concur.refused")), QStringLiteral("Refused by Concur"));
    QCOMPARE(tray::ReasonLabels::label(QStringLiteral("some.new_code")), QStringLiteral("some.new_code"));
}

void TestReasonLabels::germanFixtureRendersGerman()
{
    GermanFixture german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString account = tray::ReasonLabels::text(reason(
        "account.unmapped", {{QStringLiteral("case"), QStringLiteral("not-found")}, {QStringLiteral("concurAccount"), QStringLiteral("6999")}},
        "No B1 account for Concur account code 6999."));
    const QString vendor = tray::ReasonLabels::text(reason(
        "vendor.unmapped",
        {{QStringLiteral("case"), QStringLiteral("not-found")}, {QStringLiteral("subject"), QStringLiteral("employee")},
         {QStringLiteral("employeeId"), QStringLiteral("42")}, {QStringLiteral("name"), QStringLiteral("Jörg Weiß")},
         {QStringLiteral("cardCode"), QStringLiteral("E42")}, {QStringLiteral("closest"), QStringLiteral("E41 Jörg Weis")}},
        "No supplier for employee 42 (Jörg Weiß): no business partner E42 and no supplier with that name."));
    const QString totals = tray::ReasonLabels::text(reason(
        "totals.mismatch", {{QStringLiteral("total"), QStringLiteral("request")}, {QStringLiteral("computed"), QStringLiteral("1234.50")},
                            {QStringLiteral("expected"), QStringLiteral("1234.56")}, {QStringLiteral("difference"), QStringLiteral("0.06")},
                            {QStringLiteral("tolerance"), QStringLiteral("0.03")}},
        "Totals do not reconcile."));
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(account, QStringLiteral("Für das Concur-Konto 6999 gibt es kein B1-Konto."));
    QCOMPARE(vendor, QStringLiteral("Kein Lieferant für Mitarbeiter Jörg Weiß (42) gefunden: Es gibt keinen Geschäftspartner "
                                    "E42 und keinen Lieferanten mit diesem Namen. Ähnlichste Treffer: E41 Jörg Weis."));
    QCOMPARE(totals, QStringLiteral("Summen stimmen nicht: Die Zeilen ergeben 1234.50, aber die Anforderungssumme laut Concur "
                                    "ist 1234.56 (Differenz 0.06, Toleranz 0.03)."));
}

void TestReasonLabels::oldRowsShowTheStoredMessage()
{
    // A reason written before args existed: code, message, blocker, candidates only.
    const QJsonObject old{{QStringLiteral("code"), QStringLiteral("account.unmapped")},
                          {QStringLiteral("message"), QStringLiteral("No B1 account for Concur account code 6999.")},
                          {QStringLiteral("blockerKey"), QStringLiteral("account/6999")}};
    QCOMPARE(tray::ReasonLabels::text(old), QStringLiteral("No B1 account for Concur account code 6999."));
    QCOMPARE(accounting::ReviewReason::fromJson(old).args, QJsonObject());
    GermanFixture german;
    QCoreApplication::installTranslator(&german);
    const QString underGerman = tray::ReasonLabels::text(old);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(underGerman, QStringLiteral("No B1 account for Concur account code 6999."));
}

void TestReasonLabels::unknownCasesShowTheStoredMessage()
{
    QCOMPARE(tray::ReasonLabels::text(QStringLiteral("account.unmapped"), {{QStringLiteral("case"), QStringLiteral("from-the-future")}},
                                      QStringLiteral("stored sentence")),
             QStringLiteral("stored sentence"));
    QCOMPARE(tray::ReasonLabels::text(QStringLiteral("some.new_code"), {{QStringLiteral("x"), 1}}, QStringLiteral("stored sentence")),
             QStringLiteral("stored sentence"));
}

void TestReasonLabels::argsRoundTripThroughTheStoredJson()
{
    accounting::ReviewReason r;
    r.code = QStringLiteral("vendor.unmapped");
    r.message = QStringLiteral("m");
    r.blockerKey = QStringLiteral("vendor/employee:1");
    r.candidates = {QStringLiteral("E1")};
    r.args = {{QStringLiteral("case"), QStringLiteral("ambiguous")}, {QStringLiteral("count"), 2}};
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("args")).toObject(), r.args);
    QCOMPARE(accounting::ReviewReason::fromJson(json), r);
    r.args = {};
    QVERIFY(!r.toJson().contains(QStringLiteral("args"))); // rows without args stay as they were
}

QTEST_GUILESS_MAIN(TestReasonLabels)
#include "tst_reasonlabels.moc"
