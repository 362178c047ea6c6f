// The generator is the demo's and the integration tests' source of truth about what must post and
// what must go to review. This test re-derives every document's fate with a small independent
// implementation of design.md §2 (exact Decimal, rounding half away from zero) and checks it
// against the generator's expectation.
#include "concur/demoscenario.h"
#include "concur/documentgenerator.h"
#include "concur/fisjsonwriter.h"
#include "core/decimal.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>
#include <optional>

using namespace mlc;
using namespace mlc::sim;
using mlc::accounting::MasterData;

namespace {

struct Verdict {
    QString reason;        // empty = posts
    Decimal debits;        // every debit line, BP included
    Decimal credits;       // every credit line, BP (Concur's total) included
    Decimal bpComputed;    // BP line derived from the rounded other lines (credit positive)
    Decimal concurTotal;
    int lines = 0;
};

QString normalisedName(const QString &name)
{
    // Case, accents, punctuation and legal forms ignored.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString plain;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            plain += c.toLower();
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('&'))
            plain += QLatin1Char(' ');
        // other punctuation and combining marks vanish
    }
    static const QStringList legalForms = {QStringLiteral("gmbh"), QStringLiteral("inc"), QStringLiteral("llc"),
                                           QStringLiteral("ltd"), QStringLiteral("sa"), QStringLiteral("ag")};
    QStringList words = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.erase(std::remove_if(words.begin(), words.end(), [](const QString &w) { return legalForms.contains(w); }), words.end());
    return words.join(QLatin1Char(' '));
}

class Checker {
public:
    Checker()
        : m_md(DemoScenario::masterData())
        , m_settings(DemoScenario::settings())
    {
        for (const auto &a : m_md.accounts)
            m_accounts.insert(a.code, a);
        for (const auto &p : m_md.profitCenters)
            if (p.active)
                m_profitCenters.insert(QString::number(p.dimension) + QLatin1Char('|') + p.code);
    }

    Verdict check(const GeneratedDocument &g) const
    {
        return g.docType == QLatin1String("expense") ? expense(g.document) : invoice(g.document);
    }

private:
    bool usableAccount(const QString &code) const
    {
        const auto it = m_accounts.constFind(code);
        return it != m_accounts.cend() && it->usable();
    }
    bool costCenter(int dim, const QString &code) const
    {
        return code.isEmpty() || m_profitCenters.contains(QString::number(dim) + QLatin1Char('|') + code);
    }
    static std::optional<Decimal> amount(const QJsonValue &v)
    {
        if (v.isNull() || v.isUndefined())
            return Decimal();
        return Decimal::fromJson(v);
    }
    const accounting::BusinessPartner *employeePartner(const QJsonObject &e) const
    {
        const QString code = m_settings.value(QStringLiteral("posting/employeeCardPrefix")) + e.value(QStringLiteral("employeeId")).toString();
        for (const auto &p : m_md.partners)
            if (p.cardCode == code && p.usable())
                return &p;
        const QString full = e.value(QStringLiteral("employeeFirstName")).toString() + QLatin1Char(' ') +
                             e.value(QStringLiteral("employeeLastName")).toString();
        const accounting::BusinessPartner *found = nullptr;
        for (const auto &p : m_md.partners) {
            if (p.usable() && p.cardName == full) {
                if (found)
                    return nullptr;
                found = &p;
            }
        }
        return found;
    }
    const accounting::BusinessPartner *vendorPartner(const QJsonObject &vendor, const QJsonValue &taxId) const
    {
        const accounting::BusinessPartner *found = nullptr;
        if (taxId.isString() && !taxId.toString().isEmpty()) {
            for (const auto &p : m_md.partners)
                if (p.usable() && p.federalTaxId == taxId.toString())
                    found = found ? nullptr : &p;
            if (found)
                return found;
        }
        const QString name = normalisedName(vendor.value(QStringLiteral("vendorName")).toString());
        int matches = 0;
        for (const auto &p : m_md.partners) {
            if (p.usable() && normalisedName(p.cardName) == name) {
                found = &p;
                ++matches;
            }
        }
        return matches == 1 ? found : nullptr;
    }

    Verdict expense(const QJsonObject &doc) const
    {
        Verdict v;
        if (!doc.value(QStringLiteral("report")).isObject() || !doc.value(QStringLiteral("employee")).isObject()) {
            v.reason = QStringLiteral("document.malformed");
            return v;
        }
        const QJsonObject employee = doc.value(QStringLiteral("employee")).toObject();
        const QJsonObject report = doc.value(QStringLiteral("report")).toObject();
        const auto due = amount(report.value(QStringLiteral("amountDueEmployee")));
        if (!due || report.value(QStringLiteral("reportKey")).toInt() <= 0) {
            v.reason = QStringLiteral("document.malformed");
            return v;
        }
        v.concurTotal = *due;
        if (!employeePartner(employee))
            v.reason = QStringLiteral("vendor.unmapped");
        if (!costCenter(2, employee.value(QStringLiteral("employeeOrgUnit2Code")).toString()) ||
            !costCenter(3, employee.value(QStringLiteral("employeeOrgUnit1Code")).toString()))
            v.reason = QStringLiteral("costcenter.unmapped");

        Decimal nonBpDebit, nonBpCredit;
        auto fail = [&v](const char *reason) {
            if (v.reason.isEmpty())
                v.reason = QString::fromLatin1(reason);
        };
        // Concur's totalApprovedAmount is the sum of the entries' approved amounts; a personal entry
        // is not approved (entryApprovedAmount 0 in Concur's examples) and its journal pair nets to
        // zero, so every line's gross adds up to it (issue #7 item 2).
        Decimal linesGross, entriesApproved;
        int grossLines = 0;
        for (const QJsonValue &ev : doc.value(QStringLiteral("expenseEntry")).toArray()) {
            const QJsonObject entry = ev.toObject();
            const auto entryApproved = amount(entry.value(QStringLiteral("entryApprovedAmount")));
            if (!entryApproved) {
                v.reason = QStringLiteral("document.malformed");
                return v;
            }
            if (entry.value(QStringLiteral("entryIsPersonal")).toString() == QLatin1String("Y") && !entryApproved->isZero())
                fail("generator.personal_entry_approved");
            entriesApproved += *entryApproved;
            for (const QJsonValue &av : entry.value(QStringLiteral("allocation")).toArray()) {
                const QJsonObject alloc = av.toObject();
                for (const QJsonValue &jv : alloc.value(QStringLiteral("journal")).toArray()) {
                    const QJsonObject j = jv.toObject();
                    const auto gross = amount(j.value(QStringLiteral("amountGross")));
                    const auto nor = amount(j.value(QStringLiteral("amountNetOfReclaim")));
                    if (!gross || !nor) {
                        v.reason = QStringLiteral("document.malformed");
                        return v;
                    }
                    const QString payer = j.value(QStringLiteral("journalPayer")).toString();
                    const QString payee = j.value(QStringLiteral("journalPayee")).toString();
                    const QString account = j.value(QStringLiteral("journalAccountCode")).toString();
                    linesGross += gross->rounded(2);
                    ++grossLines;
                    if (payer == QLatin1String("COMP")) {
                        if (!usableAccount(account))
                            fail("account.unmapped");
                        if (!costCenter(1, alloc.value(QStringLiteral("allocationCustom1Code")).toString()))
                            fail("costcenter.unmapped");
                        const Decimal net = nor->rounded(2);
                        const Decimal tax = (*gross - *nor).rounded(2);
                        nonBpDebit += net;
                        v.lines += 1;
                        if (!tax.isZero()) {
                            nonBpDebit += tax;
                            v.lines += 1;
                        }
                        if (payee != QLatin1String("EMPL")) {
                            const QString clearing = m_settings.value(QStringLiteral("posting/clearingAccount/") + payee);
                            if (clearing.isEmpty() || !usableAccount(clearing))
                                fail("payer.unsupported");
                            nonBpCredit += gross->rounded(2);
                            v.lines += 1;
                        }
                    } else if (payer == QLatin1String("EMPL")) {
                        if (!usableAccount(account))
                            fail("account.unmapped");
                        // Debit the employee (reduces the BP credit), credit the account.
                        nonBpCredit += gross->abs().rounded(2);
                        v.lines += 1;
                    } else {
                        fail("payer.unsupported");
                    }
                }
            }
        }
        for (const QJsonValue &cv : doc.value(QStringLiteral("cashAdvanceApplication")).toArray()) {
            const QJsonObject ca = cv.toObject();
            const auto a = amount(ca.value(QStringLiteral("cashAdvanceApplicationAmount")));
            if (!a) {
                v.reason = QStringLiteral("document.malformed");
                return v;
            }
            if (!usableAccount(ca.value(QStringLiteral("cashAdvanceClearingAccountCode")).toString()))
                fail("account.unmapped");
            nonBpCredit += a->abs().rounded(2);
            v.lines += 1;
        }
        const auto approved = amount(report.value(QStringLiteral("totalApprovedAmount")));
        if (!approved) {
            v.reason = QStringLiteral("document.malformed");
            return v;
        }
        if (*approved != entriesApproved.rounded(2))
            fail("generator.approved_total");
        if ((linesGross - *approved).abs() > *Decimal::fromString(u"0.01") * qint64(qMax(1, grossLines)))
            fail("totals.unaccounted");
        v.bpComputed = nonBpDebit - nonBpCredit;
        // The BP line carries Concur's total: credit when positive, debit when the employee owes.
        v.debits = nonBpDebit + (v.concurTotal.isNegative() ? v.concurTotal.abs() : Decimal());
        v.credits = nonBpCredit + (v.concurTotal.isNegative() ? Decimal() : v.concurTotal);
        if ((v.bpComputed - v.concurTotal).abs() > *Decimal::fromString(u"0.01"))
            fail("totals.mismatch");
        return v;
    }

    Verdict invoice(const QJsonObject &doc) const
    {
        Verdict v;
        const QJsonObject header = doc.value(QStringLiteral("requestHeader")).toObject();
        const auto total = amount(header.value(QStringLiteral("requestTotal")));
        const QString date = header.value(QStringLiteral("invoiceDate")).toString();
        const bool dateOk = QDate::fromString(date, QStringLiteral("MM/dd/yyyy")).isValid() ||
                            QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid();
        if (header.isEmpty() || !total || !dateOk || header.value(QStringLiteral("reqKey")).toInt() <= 0) {
            v.reason = QStringLiteral("document.malformed");
            return v;
        }
        v.concurTotal = *total;
        auto fail = [&v](const char *reason) {
            if (v.reason.isEmpty())
                v.reason = QString::fromLatin1(reason);
        };
        if (!vendorPartner(doc.value(QStringLiteral("vendor")).toObject(), header.value(QStringLiteral("vendorTaxId"))))
            fail("vendor.unmapped");
        const QJsonObject owner = doc.value(QStringLiteral("ownerEmployee")).toObject();
        if (!costCenter(2, owner.value(QStringLiteral("employeeOrgUnit2Code")).toString()) ||
            !costCenter(3, owner.value(QStringLiteral("employeeOrgUnit1Code")).toString()))
            fail("costcenter.unmapped");
        Decimal debit;
        for (const QJsonValue &lv : doc.value(QStringLiteral("lineItem")).toArray()) {
            for (const QJsonValue &av : lv.toObject().value(QStringLiteral("allocation")).toArray()) {
                const QJsonObject alloc = av.toObject();
                const QJsonObject j = alloc.value(QStringLiteral("journal")).toObject();
                const auto net = amount(j.value(QStringLiteral("amountNet")));
                const auto tax = amount(j.value(QStringLiteral("tax")));
                const auto ship = amount(j.value(QStringLiteral("amountShipping")));
                if (!net || !tax || !ship) {
                    v.reason = QStringLiteral("document.malformed");
                    return v;
                }
                QString account = j.value(QStringLiteral("accountCode")).toString();
                if (account.isEmpty())
                    account = alloc.value(QStringLiteral("allocationAccountCode")).toString();
                if (!usableAccount(account))
                    fail("account.unmapped");
                if (!costCenter(1, alloc.value(QStringLiteral("allocationCustom1Code")).toString()))
                    fail("costcenter.unmapped");
                debit += net->rounded(2) + tax->rounded(2) + ship->rounded(2);
                v.lines += 1 + (tax->isZero() ? 0 : 1) + (ship->isZero() ? 0 : 1);
            }
        }
        v.bpComputed = debit;
        v.debits = debit;
        v.credits = v.concurTotal;
        if ((v.bpComputed - v.concurTotal).abs() > *Decimal::fromString(u"0.01"))
            fail("totals.mismatch");
        return v;
    }

    MasterData m_md;
    QHash<QString, QString> m_settings;
    QHash<QString, accounting::Account> m_accounts;
    QSet<QString> m_profitCenters;
};

QByteArray bytes(const GeneratedDocument &g)
{
    return QJsonDocument(g.document).toJson(QJsonDocument::Compact) + g.docType.toUtf8() + g.expectedOutcome.toUtf8() +
           g.expectedReasonCode.toUtf8();
}

} // namespace

class TstDocumentGenerator : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameDocuments()
    {
        const auto a = DocumentGenerator(42).generate(300, 0.2);
        const auto b = DocumentGenerator(42).generate(300, 0.2);
        const auto c = DocumentGenerator(43).generate(300, 0.2);
        QCOMPARE(a.size(), 300);
        QCOMPARE(b.size(), 300);
        int differences = 0;
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(bytes(a.at(i)), bytes(b.at(i)));
            differences += bytes(a.at(i)) != bytes(c.at(i)) ? 1 : 0;
        }
        QVERIFY(differences > 250);
    }

    void keysAreUnique()
    {
        DocumentGenerator gen(7);
        QSet<int> reportKeys, reqKeys;
        QSet<QString> ids;
        int count = 0;
        for (int round = 0; round < 2; ++round) { // unique across calls on one generator too
            for (const GeneratedDocument &g : gen.generate(500, 0.0)) {
                if (g.docType == QLatin1String("expense")) {
                    const QJsonObject r = g.document.value(QStringLiteral("report")).toObject();
                    reportKeys.insert(r.value(QStringLiteral("reportKey")).toInt());
                    ids.insert(r.value(QStringLiteral("reportId")).toString());
                    const int len = r.value(QStringLiteral("reportId")).toString().size();
                    QVERIFY(len >= 20 && len <= 32);
                    QCOMPARE(r.value(QStringLiteral("revisionNumber")).toString(), QStringLiteral("1"));
                } else {
                    const QJsonObject h = g.document.value(QStringLiteral("requestHeader")).toObject();
                    reqKeys.insert(h.value(QStringLiteral("reqKey")).toInt());
                    ids.insert(h.value(QStringLiteral("requestId")).toString());
                }
                ++count;
            }
        }
        QCOMPARE(reportKeys.size() + reqKeys.size(), count);
        QCOMPARE(ids.size(), count);
    }

    void everyDocumentMeetsItsExpectation_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 2") << 2u;
        QTest::newRow("seed 12345") << 12345u;
    }
    void everyDocumentMeetsItsExpectation()
    {
        QFETCH(quint32, seed);
        const Checker checker;
        const Decimal cent = *Decimal::fromString(u"0.01");
        int posts = 0;
        for (const GeneratedDocument &g : DocumentGenerator(seed).generate(800, 0.3)) {
            const Verdict v = checker.check(g);
            const QByteArray what = g.docType.toUtf8() + ' ' + g.expectedReasonCode.toUtf8() + ' ' +
                                    QJsonDocument(g.document).toJson(QJsonDocument::Compact).left(400);
            if (g.expectedOutcome == QLatin1String("post")) {
                QVERIFY2(v.reason.isEmpty(), qPrintable(v.reason + QLatin1Char(' ') + QString::fromUtf8(what)));
                // Balanced within a cent with Concur's own total as the BP line; and exactly
                // balanced when the BP line is computed from the rounded lines (§2).
                QVERIFY2((v.debits - v.credits).abs() <= cent, what.constData());
                QVERIFY2(v.bpComputed.rounded(2) == v.bpComputed, what.constData());
                QVERIFY(v.lines > 0);
                ++posts;
            } else {
                QCOMPARE(g.expectedOutcome, QStringLiteral("review"));
                QVERIFY2(v.reason == g.expectedReasonCode, qPrintable(v.reason + QStringLiteral(" != ") + QString::fromUtf8(what)));
            }
        }
        QVERIFY(posts > 480);
    }

    void reviewShareAsRequested_data()
    {
        QTest::addColumn<double>("share");
        QTest::newRow("none") << 0.0;
        QTest::newRow("10 %") << 0.1;
        QTest::newRow("35 %") << 0.35;
    }
    void reviewShareAsRequested()
    {
        QFETCH(double, share);
        const auto docs = DocumentGenerator(99).generate(600, share);
        int reviews = 0;
        QSet<QString> reasons;
        for (const auto &g : docs) {
            if (g.expectedOutcome == QLatin1String("review")) {
                ++reviews;
                reasons.insert(g.expectedReasonCode);
                QVERIFY(!g.expectedReasonCode.isEmpty());
            } else {
                QVERIFY(g.expectedReasonCode.isEmpty());
            }
        }
        QVERIFY(qAbs(reviews - share * 600) <= 12);
        if (share > 0.3)
            QCOMPARE(reasons.size(), 6); // every kind of defect shows up
    }

    void populationCoversTheQuirks()
    {
        int threeWaySplits = 0, personal = 0, negativePersonal = 0, vat = 0, advances = 0, foreignDocs = 0,
            stringAmounts = 0, usDates = 0, isoDates = 0, cardLines = 0, companyPaid = 0, subCent = 0, negativeDue = 0,
            byName = 0;
        for (const GeneratedDocument &g : DocumentGenerator(5).generate(600, 0.0)) {
            const QByteArray json = QJsonDocument(g.document).toJson(QJsonDocument::Compact);
            stringAmounts += json.contains("\"amountGross\":\"") || json.contains("\"amountNet\":\"") ? 1 : 0;
            if (g.docType == QLatin1String("expense")) {
                const QJsonObject report = g.document.value(QStringLiteral("report")).toObject();
                foreignDocs += report.value(QStringLiteral("employeeCurrencyAlphaCode")).toString() != QLatin1String("EUR") ? 1 : 0;
                negativeDue += Decimal::fromJson(report.value(QStringLiteral("amountDueEmployee")))->isNegative() ? 1 : 0;
                advances += g.document.value(QStringLiteral("cashAdvanceApplication")).toArray().isEmpty() ? 0 : 1;
                byName += g.document.value(QStringLiteral("employee")).toObject().value(QStringLiteral("employeeId")).toString() == QLatin1String("10236") ? 1 : 0;
                for (const QJsonValue &e : g.document.value(QStringLiteral("expenseEntry")).toArray()) {
                    const QJsonObject entry = e.toObject();
                    personal += entry.value(QStringLiteral("entryIsPersonal")).toString() == QLatin1String("Y") ? 1 : 0;
                    const QJsonArray allocs = entry.value(QStringLiteral("allocation")).toArray();
                    threeWaySplits += allocs.size() == 3 ? 1 : 0;
                    for (const QJsonValue &a : allocs) {
                        for (const QJsonValue &j : a.toObject().value(QStringLiteral("journal")).toArray()) {
                            const QJsonObject line = j.toObject();
                            const Decimal gross = *Decimal::fromJson(line.value(QStringLiteral("amountGross")));
                            const Decimal nor = *Decimal::fromJson(line.value(QStringLiteral("amountNetOfReclaim")));
                            negativePersonal += line.value(QStringLiteral("journalPayer")).toString() == QLatin1String("EMPL") && gross.isNegative() ? 1 : 0;
                            vat += gross > nor ? 1 : 0;
                            cardLines += line.value(QStringLiteral("journalPayee")).toString() == QLatin1String("CBCP") ? 1 : 0;
                            companyPaid += line.value(QStringLiteral("journalPayee")).toString() == QLatin1String("COPD") ? 1 : 0;
                            subCent += gross.hasMoreDecimalsThan(2) ? 1 : 0;
                        }
                    }
                }
            } else {
                const QJsonObject h = g.document.value(QStringLiteral("requestHeader")).toObject();
                const QString date = h.value(QStringLiteral("invoiceDate")).toString();
                usDates += date.contains(QLatin1Char('/')) ? 1 : 0;
                isoDates += date.contains(QLatin1Char('-')) ? 1 : 0;
                foreignDocs += h.value(QStringLiteral("currencyAlphaCode")).toString() != QLatin1String("EUR") ? 1 : 0;
            }
        }
        QVERIFY(threeWaySplits > 5);
        QVERIFY(personal > 10);
        QVERIFY(negativePersonal > 5);
        QVERIFY(vat > 50);
        QVERIFY(advances > 10);
        QVERIFY(negativeDue > 0);
        QVERIFY(foreignDocs > 20);
        QVERIFY(stringAmounts > 20);
        QVERIFY(usDates > 10);
        QVERIFY(isoDates > 10);
        QVERIFY(cardLines > 20);
        QVERIFY(companyPaid > 5);
        QVERIFY(subCent > 5);
        QVERIFY(byName > 5);
    }

    void fisSerialisationRoundTrips()
    {
        // What the simulator sends (shuffled members, BigDecimal amounts, escaped UTF-8) must
        // parse back to exactly the generated document.
        FisJsonWriter writer(3, true);
        int bigDecimalZeros = 0;
        for (const GeneratedDocument &g : DocumentGenerator(11).generate(300, 0.2)) {
            const QByteArray json = writer.write(g.document);
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(parsed.object(), g.document);
            bigDecimalZeros += json.contains("\"amountShippingTotal\":0E-8") ? 1 : 0;
        }
        QVERIFY(bigDecimalZeros > 10);
        const QJsonObject tricky{{QStringLiteral("name"), QStringLiteral("Søren \"Ærø\" O\u2019Neill\\\n\t\u0001")}};
        QCOMPARE(QJsonDocument::fromJson(writer.write(tricky)).object(), tricky);
    }

    void masterDataAndSettingsFitTogether()
    {
        const MasterData md = DemoScenario::masterData();
        const QHash<QString, QString> s = DemoScenario::settings();
        QCOMPARE(md.localCurrency, QStringLiteral("EUR"));
        QVERIFY(md.currencies.contains(QStringLiteral("USD")) && md.currencies.contains(QStringLiteral("CHF")));
        QHash<QString, accounting::Account> accounts;
        for (const auto &a : md.accounts)
            accounts.insert(a.code, a);
        for (const QString &key : {QStringLiteral("posting/inputTaxAccount"), QStringLiteral("posting/freightAccount"),
                                  QStringLiteral("posting/clearingAccount/CBCP"), QStringLiteral("posting/clearingAccount/COPD")}) {
            QVERIFY2(accounts.value(s.value(key)).usable(), qPrintable(key));
        }
        QVERIFY(accounts.value(QStringLiteral("1600")).controlAccount);
        QVERIFY(!accounts.value(QStringLiteral("1600")).usable());
        QVERIFY(!accounts.value(QStringLiteral("6000")).postable);
        QVERIFY(!accounts.contains(QStringLiteral("6999"))); // the review cases' unknown account
        for (int dim = 1; dim <= 3; ++dim) {
            QVERIFY(md.dimensions.at(dim - 1).active);
            QVERIFY(!s.value(QStringLiteral("mapping/dimension/%1/source").arg(dim)).isEmpty());
        }
        for (const DemoEmployee &e : DemoScenario::employees()) {
            int found = 0;
            for (const auto &p : md.partners)
                found += p.cardCode == e.cardCode && p.usable() ? 1 : 0;
            QCOMPARE(found, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TstDocumentGenerator)
#include "tst_documentgenerator.moc"
