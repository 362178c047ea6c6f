// Issue #8 items 3 (preview, map picker, mapping delete and check) through the console service
// on both simulators: the journal entry preview of a queued invoice posts nothing, balances, marks
// the line a mapping is missing for, and after the mapping B1 holds exactly that entry; the picker
// finds the supplier and says how many documents the mapping releases; a mapping is deleted with
// the caller in the audit trail; mappings whose target B1 froze or deleted are flagged.
#include "consoleservicefixture.h"

#include "core/decimal.h"
#include "servicecore/pipepermissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mlc;

class TestReviewPreview : public QObject {
    Q_OBJECT
private slots:
    void previewMatchesWhatPosts();
    void deleteAndCheckMappings();
    void operatorsMayUseTheNewMethods();
};

namespace {

struct PlantedInvoice {
    QString cardCode; // the supplier it really is
    QString reqKey;
};

// A generated invoice that posts as it is, with its vendor renamed so that nothing matches.
PlantedInvoice plantUnknownVendor(test::EndToEnd &e)
{
    sim::DocumentGenerator gen(23);
    for (const auto &d : gen.generate(12, 0)) {
        if (d.docType != QLatin1String("invoice") || d.expectedOutcome != QLatin1String("post"))
            continue;
        QJsonObject doc = d.document;
        QJsonObject vendor = doc.value(QStringLiteral("vendor")).toObject();
        QString cardCode;
        for (const auto &v : sim::DemoScenario::vendors()) {
            if (v.concurName == vendor.value(QStringLiteral("vendorName")).toString())
                cardCode = v.cardCode;
        }
        if (cardCode.isEmpty())
            continue;
        vendor.insert(QStringLiteral("vendorName"), QStringLiteral("Globex Widgets Pty"));
        vendor.remove(QStringLiteral("vendorCode"));
        doc.insert(QStringLiteral("vendor"), vendor);
        QJsonObject header = doc.value(QStringLiteral("requestHeader")).toObject();
        header.insert(QStringLiteral("vendorTaxId"), QJsonValue::Null);
        doc.insert(QStringLiteral("requestHeader"), header);
        e.concur->addDocument(QStringLiteral("invoice"), doc);
        return PlantedInvoice{cardCode, header.value(QStringLiteral("reqKey")).toVariant().toString()};
    }
    return {};
}

QString amountOf(const QJsonValue &v)
{
    const auto d = Decimal::fromJson(v);
    return d && !d->isZero() ? d->toFixed(2) : QString();
}

#define CALL(client, method, params)                                                                              \
    [&] {                                                                                                         \
        auto _r = (client).call(QStringLiteral(method), params, 120000);                                        \
        if (!_r.ok())                                                                                             \
            qWarning().noquote() << method << _r.error().toString();                                             \
        return _r;                                                                                                \
    }()

} // namespace

void TestReviewPreview::previewMatchesWhatPosts()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    const PlantedInvoice planted = plantUnknownVendor(e);
    QVERIFY(!planted.cardCode.isEmpty());
    test::Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(QStringLiteral("tst_reviewpreview"));
    QVERIFY2(svc.connect(client), svc.output().constData());
    QVERIFY(CALL(client, "runNow", (QJsonObject{{QStringLiteral("wait"), true}})).ok());

    // The queued invoice and its blocker.
    auto list = CALL(client, "review.list", QJsonObject());
    QVERIFY(list.ok());
    QString key;
    QString blocker;
    for (const QJsonValue &v : list->value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        const QJsonObject reason = item.value(QStringLiteral("reasons")).toArray().first().toObject();
        if (reason.value(QStringLiteral("code")).toString() == QLatin1String("vendor.unmapped")
            && reason.value(QStringLiteral("message")).toString().contains(QLatin1String("Globex"))) {
            key = item.value(QStringLiteral("key")).toString();
            blocker = reason.value(QStringLiteral("blockerKey")).toString();
            // item 4: the reason is stored with its arguments
            QCOMPARE(reason.value(QStringLiteral("args")).toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("Globex Widgets Pty"));
        }
    }
    QVERIFY2(!key.isEmpty(), "the planted invoice is not in the review queue");
    QVERIFY(blocker.startsWith(QLatin1String("vendor/vendor:")));

    // The preview: nothing posted, nothing written.
    const int entriesBefore = e.b1->journalEntryCount();
    const int postsBefore = e.b1->requestCount(QStringLiteral("JournalEntries"), "POST");
    auto auditBefore = CALL(client, "audit.query", (QJsonObject{{QStringLiteral("limit"), 10000}}));
    QVERIFY(auditBefore.ok());
    auto preview = CALL(client, "review.preview", (QJsonObject{{QStringLiteral("key"), key}}));
    QVERIFY(preview.ok());
    const QJsonObject p = preview.value();
    QCOMPARE(p.value(QStringLiteral("wouldPost")).toBool(), false);
    QCOMPARE(p.value(QStringLiteral("balanced")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("blockers")).toArray(), QJsonArray{blocker});
    const QJsonObject totals = p.value(QStringLiteral("totals")).toObject();
    QVERIFY(totals.value(QStringLiteral("debit")).isString()); // exact decimal text, never a double
    QCOMPARE(totals.value(QStringLiteral("debit")).toString(), totals.value(QStringLiteral("credit")).toString());
    QCOMPARE(totals.value(QStringLiteral("difference")).toString(), QStringLiteral("0.00"));
    const QJsonArray lines = p.value(QStringLiteral("lines")).toArray();
    QVERIFY(lines.size() >= 2);
    int unresolved = 0;
    for (const QJsonValue &v : lines) {
        const QJsonObject l = v.toObject();
        if (!l.value(QStringLiteral("unresolved")).toArray().isEmpty()) {
            ++unresolved;
            QCOMPARE(l.value(QStringLiteral("unresolved")).toArray(), QJsonArray{blocker});
            QVERIFY(l.value(QStringLiteral("shortName")).toString().isEmpty());
            QCOMPARE(l.value(QStringLiteral("credit")).toString(), totals.value(QStringLiteral("credit")).toString());
        } else {
            QVERIFY(!l.value(QStringLiteral("account")).toString().isEmpty());
        }
    }
    QCOMPARE(unresolved, 1); // the vendor's credit line
    QCOMPARE(e.b1->journalEntryCount(), entriesBefore);
    QCOMPARE(e.b1->requestCount(QStringLiteral("JournalEntries"), "POST"), postsBefore);
    auto auditAfter = CALL(client, "audit.query", (QJsonObject{{QStringLiteral("limit"), 10000}}));
    QVERIFY(auditAfter.ok());
    QCOMPARE(auditAfter->value(QStringLiteral("items")).toArray().size(),
             auditBefore->value(QStringLiteral("items")).toArray().size());

    // The command line prints the same preview (through the service), as a table and as JSON.
    const auto table = svc.cli({QStringLiteral("review"), QStringLiteral("show"), key, QStringLiteral("--preview")});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY2(table.out.contains("NOT POSTED") && table.out.contains("Balanced: yes"), table.out.constData());
    QVERIFY2(table.out.contains(blocker.toUtf8()), table.out.constData());
    const auto json = svc.cli({QStringLiteral("review"), QStringLiteral("show"), key, QStringLiteral("--preview"),
                               QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject cliPreview = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(cliPreview.value(QStringLiteral("lines")).toArray(), lines);
    QCOMPARE(e.b1->journalEntryCount(), entriesBefore);

    // The picker finds the supplier and says what the mapping releases: this one invoice, which
    // waits for nothing else.
    auto found = CALL(client, "masterdata.search",
                      (QJsonObject{{QStringLiteral("blocker"), blocker}, {QStringLiteral("key"), key},
                                   {QStringLiteral("text"), planted.cardCode}}));
    QVERIFY(found.ok());
    QCOMPARE(found->value(QStringLiteral("kind")).toString(), QStringLiteral("vendor"));
    QCOMPARE(found->value(QStringLiteral("releases")).toInt(), 1);
    QCOMPARE(found->value(QStringLiteral("releasesFully")).toInt(), 1);
    const QJsonArray items = found->value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.first().toObject().value(QStringLiteral("code")).toString(), planted.cardCode);
    QCOMPARE(items.first().toObject().value(QStringLiteral("releases")).toInt(), 1);

    // Map it: the entry B1 now holds is the preview with the supplier on the open line.
    auto resolved = CALL(client, "review.resolve",
                         (QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("target"), planted.cardCode},
                                      {QStringLiteral("blocker"), blocker}}));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->value(QStringLiteral("state")).toString(), QStringLiteral("posted"));
    QCOMPARE(e.b1->journalEntryCount(), entriesBefore + 1);
    const QJsonObject entry = e.b1->journalEntries().last();
    QCOMPARE(entry.value(QStringLiteral("Reference3")).toString(), p.value(QStringLiteral("reference3")).toString());
    const QJsonArray posted = entry.value(QStringLiteral("JournalEntryLines")).toArray();
    QCOMPARE(posted.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject want = lines.at(i).toObject();
        const QJsonObject got = posted.at(i).toObject();
        if (want.value(QStringLiteral("unresolved")).toArray().isEmpty())
            QCOMPARE(got.value(QStringLiteral("AccountCode")).toString(), want.value(QStringLiteral("account")).toString());
        else
            QCOMPARE(got.value(QStringLiteral("ShortName")).toString(), planted.cardCode);
        // The preview's amounts are what is sent: FCDebit/FCCredit for a foreign-currency document
        // (B1 converts them to Debit/Credit itself), Debit/Credit in the local currency.
        const bool fc = !got.value(QStringLiteral("FCCurrency")).toString().isEmpty();
        QCOMPARE(want.value(QStringLiteral("currency")).toString(),
                 fc ? got.value(QStringLiteral("FCCurrency")).toString() : p.value(QStringLiteral("localCurrency")).toString());
        QCOMPARE(amountOf(got.value(fc ? QStringLiteral("FCDebit") : QStringLiteral("Debit"))), want.value(QStringLiteral("debit")).toString());
        QCOMPARE(amountOf(got.value(fc ? QStringLiteral("FCCredit") : QStringLiteral("Credit"))), want.value(QStringLiteral("credit")).toString());
        QCOMPARE(got.value(QStringLiteral("CostingCode")).toString(),
                 want.value(QStringLiteral("dimensions")).toArray().at(0).toString());
        QCOMPARE(got.value(QStringLiteral("LineMemo")).toString(), want.value(QStringLiteral("lineMemo")).toString());
    }
    // Once posted, the preview of the same document would post the same entry (and says so).
    auto again = CALL(client, "review.preview", (QJsonObject{{QStringLiteral("key"), key}}));
    QVERIFY(again.ok());
    QCOMPARE(again->value(QStringLiteral("state")).toString(), QStringLiteral("posted"));
    QCOMPARE(e.b1->journalEntryCount(), entriesBefore + 1);
    QVERIFY(test::noDuplicates(e));
}

void TestReviewPreview::deleteAndCheckMappings()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    test::Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(QStringLiteral("tst_reviewpreview"));
    QVERIFY2(svc.connect(client), svc.output().constData());

    accounting::MasterData md = sim::DemoScenario::masterData();
    QString supplier;
    QString account;
    for (const auto &bp : md.partners) {
        if (bp.usable() && supplier.isEmpty())
            supplier = bp.cardCode;
    }
    for (const auto &a : md.accounts) {
        if (a.usable() && account.isEmpty())
            account = a.code;
    }
    QVERIFY(!supplier.isEmpty() && !account.isEmpty());
    QVERIFY(CALL(client, "mappings.set", (QJsonObject{{QStringLiteral("kind"), QStringLiteral("vendor")},
                                                      {QStringLiteral("source"), QStringLiteral("employee:X77")},
                                                      {QStringLiteral("target"), supplier}})).ok());
    QVERIFY(CALL(client, "mappings.set", (QJsonObject{{QStringLiteral("kind"), QStringLiteral("account")},
                                                      {QStringLiteral("source"), QStringLiteral("9911")},
                                                      {QStringLiteral("target"), account}})).ok());
    auto clean = CALL(client, "mappings.check", (QJsonObject{{QStringLiteral("refresh"), true}}));
    QVERIFY(clean.ok());
    QCOMPARE(clean->value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(clean->value(QStringLiteral("checked")).toInt(), 2);

    // B1 freezes the supplier and the account disappears.
    for (auto &bp : md.partners) {
        if (bp.cardCode == supplier)
            bp.frozen = true;
    }
    for (int i = 0; i < md.accounts.size(); ++i) {
        if (md.accounts.at(i).code == account)
            md.accounts.removeAt(i--);
    }
    e.sims.call([&] { e.b1->setMasterData(md); });
    auto flagged = CALL(client, "mappings.check", (QJsonObject{{QStringLiteral("refresh"), true}}));
    QVERIFY(flagged.ok());
    QHash<QString, QString> problems;
    for (const QJsonValue &v : flagged->value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        problems.insert(o.value(QStringLiteral("kind")).toString() + QLatin1Char('/') + o.value(QStringLiteral("source")).toString(),
                        o.value(QStringLiteral("problem")).toString());
    }
    QCOMPARE(problems.value(QStringLiteral("vendor/employee:X77")), QStringLiteral("frozen"));
    QCOMPARE(problems.value(QStringLiteral("account/9911")), QStringLiteral("missing"));
    QCOMPARE(problems.size(), 2);
    // The command line says so too (exit code 5: data problems found).
    const auto check = svc.cli({QStringLiteral("mappings"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 5);
    QVERIFY2(check.out.contains("is frozen in B1") && check.out.contains(account.toUtf8()), check.out.constData());

    // Delete: audited with the caller, gone from the list, a second delete is refused.
    auto deleted = CALL(client, "mappings.delete", (QJsonObject{{QStringLiteral("kind"), QStringLiteral("vendor")},
                                                                {QStringLiteral("source"), QStringLiteral("employee:X77")}}));
    QVERIFY(deleted.ok());
    QCOMPARE(deleted->value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(deleted->value(QStringLiteral("target")).toString(), supplier);
    auto audit = CALL(client, "audit.query", (QJsonObject{{QStringLiteral("limit"), 50}}));
    QVERIFY(audit.ok());
    bool audited = false;
    for (const QJsonValue &v : audit->value(QStringLiteral("items")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("action")).toString() == QLatin1String("mapping")
            && a.value(QStringLiteral("detail")).toString() == QLatin1String("vendor employee:X77 deleted")) {
            audited = true;
            QVERIFY2(a.value(QStringLiteral("actor")).toString().startsWith(QLatin1String("pipe:")),
                     qPrintable(a.value(QStringLiteral("actor")).toString()));
            QCOMPARE(a.value(QStringLiteral("before")).toString(), supplier);
            QCOMPARE(a.value(QStringLiteral("after")).toString(), QString());
        }
    }
    QVERIFY(audited);
    auto listed = CALL(client, "mappings.list", (QJsonObject{{QStringLiteral("kind"), QStringLiteral("vendor")}}));
    QVERIFY(listed.ok());
    for (const QJsonValue &v : listed->value(QStringLiteral("items")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("source")).toString() != QLatin1String("employee:X77"));
    auto twice = client.call(QStringLiteral("mappings.delete"), {{QStringLiteral("kind"), QStringLiteral("vendor")},
                                                                 {QStringLiteral("source"), QStringLiteral("employee:X77")}},
                             120000);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, QStringLiteral("input.not_found"));
    auto bad = client.call(QStringLiteral("mappings.delete"), {{QStringLiteral("kind"), QStringLiteral("nonsense")},
                                                               {QStringLiteral("source"), QStringLiteral("x")}},
                           120000);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("input.invalid"));
    // The command line deletes the other one (through the service).
    const auto cliDelete = svc.cli({QStringLiteral("mappings"), QStringLiteral("delete"), QStringLiteral("account"),
                                    QStringLiteral("9911")});
    QVERIFY2(cliDelete.exitCode == 0, cliDelete.err.constData());
    auto none = CALL(client, "mappings.check", (QJsonObject{{QStringLiteral("refresh"), true}}));
    QVERIFY(none.ok());
    QCOMPARE(none->value(QStringLiteral("checked")).toInt(), 0);
}

void TestReviewPreview::operatorsMayUseTheNewMethods()
{
    // design.md §5: review actions and mappings are operator business; the role comes from the
    // caller's token (pipepermissions.cpp), so an operator is not refused these methods.
    for (const char *method : {"review.preview", "masterdata.search", "mappings.delete", "mappings.check"}) {
        QVERIFY2(!service::pipeRefusal(ipc::PeerRole::Operator, QLatin1String(method), {}).has_value(), method);
        QVERIFY(!service::pipeRefusal(ipc::PeerRole::Admin, QLatin1String(method), {}).has_value());
    }
    // ...while what stays an admin's is still refused.
    QVERIFY(service::pipeRefusal(ipc::PeerRole::Operator, QStringLiteral("secrets.set"), {}).has_value());
}

QTEST_MAIN(TestReviewPreview)
#include "tst_reviewpreview.moc"
