// Master data rows as the Service Layer sends them (enum names, tYES/tNO, numbers as strings)
// become the flags the mapping rules decide on: a frozen supplier or a control account must never
// look usable.
// (An apostrophe inside a raw JSON literal is written as a JSON unicode escape: moc mis-reads a lone
// quote as the start of a char literal and then finds no Q_OBJECT class.)
#include "sapb1/masterdatareader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mlc::sapb1;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestMasterDataRows : public QObject {
    Q_OBJECT
private slots:
    void partner_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("frozen");
        QTest::addColumn<bool>("supplier");
        QTest::newRow("active supplier")
            << QByteArray(R"({"CardCode":"V100","CardName":"O\u0027Brien & Söhne GmbH","CardType":"cSupplier","FederalTaxID":"DE123","DebitorAccount":"44000","Valid":"tYES","Frozen":"tNO"})")
            << true << false << true;
        QTest::newRow("frozen supplier")
            << QByteArray(R"({"CardCode":"V101","CardType":"cSupplier","Valid":"tYES","Frozen":"tYES"})") << true << true << true;
        QTest::newRow("invalid supplier") << QByteArray(R"({"CardCode":"V102","CardType":"S","Valid":"tNO","Frozen":"tNO"})")
                                          << false << false << true;
        QTest::newRow("customer") << QByteArray(R"({"CardCode":"C1","CardType":"cCustomer","Valid":"tYES","Frozen":"tNO"})")
                                  << true << false << false;
        QTest::newRow("flags missing keep defaults") << QByteArray(R"({"CardCode":"V103","CardType":"cSupplier"})")
                                                     << true << false << true;
    }
    void partner()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(bool, frozen);
        QFETCH(bool, supplier);
        const auto bp = MasterDataReader::partnerFromJson(obj(json.constData()));
        QCOMPARE(bp.valid, valid);
        QCOMPARE(bp.frozen, frozen);
        QCOMPARE(bp.isSupplier(), supplier);
        QVERIFY(!bp.cardCode.isEmpty());
    }

    void partnerFields()
    {
        const auto bp = MasterDataReader::partnerFromJson(obj(
            R"({"CardCode":"V100","CardName":"O\u0027Brien & Söhne GmbH","CardType":"cSupplier","FederalTaxID":"DE123","DebitorAccount":"44000","Valid":"tYES","Frozen":"tNO"})"));
        QCOMPARE(bp.cardCode, QStringLiteral("V100"));
        QCOMPARE(bp.cardName, QStringLiteral("O'Brien & Söhne GmbH"));
        QCOMPARE(bp.federalTaxId, QStringLiteral("DE123"));
        QCOMPARE(bp.controlAccount, QStringLiteral("44000"));
    }

    void account_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("postable");
        QTest::addColumn<bool>("frozen");
        QTest::addColumn<bool>("control");
        QTest::newRow("expense account")
            << QByteArray(R"({"Code":"6100","Name":"Travel","ActiveAccount":"tYES","FrozenFor":"tNO","LockManualTransaction":"tNO"})")
            << true << false << false;
        QTest::newRow("title account") << QByteArray(R"({"Code":"6000","ActiveAccount":"tNO","FrozenFor":"tNO"})")
                                       << false << false << false;
        QTest::newRow("frozen") << QByteArray(R"({"Code":"6200","ActiveAccount":"tYES","FrozenFor":"tYES"})") << true
                                << true << false;
        QTest::newRow("control account")
            << QByteArray(R"({"Code":"44000","ActiveAccount":"tYES","FrozenFor":"tNO","LockManualTransaction":"tYES"})")
            << true << false << true;
    }
    void account()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, postable);
        QFETCH(bool, frozen);
        QFETCH(bool, control);
        const auto a = MasterDataReader::accountFromJson(obj(json.constData()));
        QCOMPARE(a.postable, postable);
        QCOMPARE(a.frozen, frozen);
        QCOMPARE(a.controlAccount, control);
    }

    void profitCenterDimensionAsStringOrNumber_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("dimension");
        QTest::addColumn<bool>("active");
        QTest::newRow("number") << QByteArray(R"({"CenterCode":"SALES","CenterName":"Sales","InWhichDimension":2,"Active":"tYES"})")
                                << 2 << true;
        QTest::newRow("string") << QByteArray(R"({"CenterCode":"NORTH","InWhichDimension":"3","Active":"tNO"})") << 3 << false;
        QTest::newRow("missing") << QByteArray(R"({"CenterCode":"X"})") << 1 << true;
    }
    void profitCenterDimensionAsStringOrNumber()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, dimension);
        QFETCH(bool, active);
        const auto pc = MasterDataReader::profitCenterFromJson(obj(json.constData()));
        QCOMPARE(pc.dimension, dimension);
        QCOMPARE(pc.active, active);
    }

    void dimension()
    {
        const auto d = MasterDataReader::dimensionFromJson(obj(R"({"DimensionCode":"4","DimensionName":"Channel","IsActive":"tYES"})"));
        QCOMPARE(d.code, 4);
        QCOMPARE(d.name, QStringLiteral("Channel"));
        QVERIFY(d.active);
        const auto off = MasterDataReader::dimensionFromJson(obj(R"({"DimensionCode":5,"IsActive":"tNO"})"));
        QCOMPARE(off.code, 5);
        QVERIFY(!off.active);
    }

    // Currencies: B1's own code, the ISO code when DocumentsCode (the code B1 prints on documents)
    // is one, and the currency's decimals (CurrenciesDecimalsEnum by name or by number).
    void currency_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("decimals");
        QTest::newRow("ISO code printed, default decimals")
            << QByteArray(R"({"Code":"USD","Name":"US Dollar","DocumentsCode":"USD","Decimals":"cdDefault"})")
            << QStringLiteral("USD") << QStringLiteral("USD") << -1;
        QTest::newRow("own code, ISO code printed, no decimals")
            << QByteArray(R"({"Code":"YEN","DocumentsCode":"jpy","Decimals":"cdWithoutDecimals"})") << QStringLiteral("YEN")
            << QStringLiteral("JPY") << 0;
        QTest::newRow("symbol printed: no ISO code")
            << QByteArray(R"({"Code":"US$","DocumentsCode":"$","Decimals":"cd2Digits"})") << QStringLiteral("US$") << QString() << 2;
        QTest::newRow("three characters that are no ISO code")
            << QByteArray(R"({"Code":"EUR","DocumentsCode":"EU€","Decimals":"cd3Digits"})") << QStringLiteral("EUR") << QString() << 3;
        QTest::newRow("one digit") << QByteArray(R"({"Code":"X1","DocumentsCode":"","Decimals":"cd1Digit"})")
                                   << QStringLiteral("X1") << QString() << 1;
        QTest::newRow("decimals as the enum's number (cd3Digits = 4)")
            << QByteArray(R"({"Code":"KWD","DocumentsCode":"KWD","Decimals":4})") << QStringLiteral("KWD") << QStringLiteral("KWD") << 3;
        QTest::newRow("number 0 is cdDefault") << QByteArray(R"({"Code":"GBP","DocumentsCode":"GBP","Decimals":0})")
                                               << QStringLiteral("GBP") << QStringLiteral("GBP") << -1;
        QTest::newRow("no DocumentsCode, no Decimals") << QByteArray(R"({"Code":"CHF"})") << QStringLiteral("CHF") << QString() << -1;
    }
    void currency()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, iso);
        QFETCH(int, decimals);
        const auto c = MasterDataReader::currencyFromJson(obj(json.constData()));
        QCOMPARE(c.code, code);
        QCOMPARE(c.isoCode, iso);
        QCOMPARE(c.decimals, decimals);
    }
};

QTEST_GUILESS_MAIN(TestMasterDataRows)
#include "tst_sapb1masterdata.moc"
