// Settings parsing, review-reason JSON and the tolerant FIS field readers.
#include "accounting/jsonfields.h"
#include "accounting/postingsettings.h"
#include "accounting/reviewreason.h"

#include <QTest>
#include <QTimeZone>

using namespace mlc::accounting;

class TestPostingSettings : public QObject {
    Q_OBJECT
private slots:
    void fromKeyValues();
    void referenceDate_data();
    void referenceDate();
    void timeZone_data();
    void timeZone();
    void reasonJsonRoundTrip();
    void dates_data();
    void dates();
    void amounts_data();
    void amounts();
};

void TestPostingSettings::fromKeyValues()
{
    const PostingSettings s = PostingSettings::fromKeyValues({
        {QStringLiteral("posting/inputTaxAccount"), QStringLiteral(" 1576 ")},
        {QStringLiteral("posting/freightAccount"), QStringLiteral("6900")},
        {QStringLiteral("posting/clearingAccount/cbcp"), QStringLiteral("1590")},
        {QStringLiteral("posting/clearingAccount/COPD"), QStringLiteral("")},
        {QStringLiteral("posting/employeeCardPrefix"), QStringLiteral("E-")},
        {QStringLiteral("mapping/dimension/1/source"), QStringLiteral("allocationCustom1Code")},
        {QStringLiteral("mapping/dimension/3/source"), QStringLiteral("reportCustom15Code")},
        {QStringLiteral("mapping/dimension/7/source"), QStringLiteral("allocationCustom2Code")},
        {QStringLiteral("unrelated/key"), QStringLiteral("x")},
    });
    QCOMPARE(s.inputTaxAccount, QStringLiteral("1576"));
    QCOMPARE(s.freightAccount, QStringLiteral("6900"));
    QCOMPARE(s.clearingAccountByPayee.value(QStringLiteral("CBCP")), QStringLiteral("1590"));
    QVERIFY(!s.clearingAccountByPayee.contains(QStringLiteral("COPD"))); // empty = not configured
    QCOMPARE(s.employeeCardPrefix, QStringLiteral("E-"));
    QCOMPARE(s.dimensionSource.size(), 2); // dimension 7 does not exist in B1
    QCOMPARE(s.dimensionSource.value(3), QStringLiteral("reportCustom15Code"));
    QCOMPARE(PostingSettings::clearingAccountKey(QStringLiteral("CBCP")), QStringLiteral("posting/clearingAccount/CBCP"));
}

void TestPostingSettings::referenceDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("payment") << QStringLiteral("payment") << int(PostingSettings::ReferenceDate::PaymentProcessing);
    QTest::newRow("submit") << QStringLiteral("Submit") << int(PostingSettings::ReferenceDate::Submit);
    QTest::newRow("sync") << QStringLiteral("sync") << int(PostingSettings::ReferenceDate::SyncDate);
    QTest::newRow("unknown -> payment") << QStringLiteral("whenever") << int(PostingSettings::ReferenceDate::PaymentProcessing);
}

void TestPostingSettings::referenceDate()
{
    QFETCH(QString, value);
    QFETCH(int, expected);
    const PostingSettings s = PostingSettings::fromKeyValues({{QStringLiteral("posting/referenceDate"), value}});
    QCOMPARE(int(s.referenceDate), expected);
}

void TestPostingSettings::timeZone_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("id"); // empty: the system's zone
    QTest::newRow("unset: the system's zone") << QString() << true << QByteArray();
    QTest::newRow("blank: the system's zone") << QStringLiteral("  ") << true << QByteArray();
    QTest::newRow("IANA name") << QStringLiteral(" America/New_York ") << true << QByteArrayLiteral("America/New_York");
    QTest::newRow("UTC") << QStringLiteral("UTC") << true << QByteArrayLiteral("UTC");
    QTest::newRow("typo") << QStringLiteral("Europe/Berlni") << false << QByteArray();
    QTest::newRow("not ASCII") << QStringLiteral("Europe/Zürich") << false << QByteArray();
}

void TestPostingSettings::timeZone()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QByteArray, id);
    QHash<QString, QString> kv;
    if (!value.isNull())
        kv.insert(QStringLiteral("posting/timeZone"), value);
    const PostingSettings s = PostingSettings::fromKeyValues(kv);
    QCOMPARE(s.timeZone.isValid(), valid);
    QCOMPARE(s.timeZoneName, value.trimmed());
    if (valid)
        QCOMPARE(s.timeZone.id(), id.isEmpty() ? QTimeZone::systemTimeZoneId() : id);
}

void TestPostingSettings::reasonJsonRoundTrip()
{
    const ReviewReason r{QStringLiteral("vendor.unmapped"), QStringLiteral("2 suppliers match"),
                         QStringLiteral("vendor/vendor:ACME"), {QStringLiteral("V101"), QStringLiteral("V102")},
                         QJsonObject{{QStringLiteral("case"), QStringLiteral("ambiguous")}, {QStringLiteral("count"), 2}}};
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("blockerKey")).toString(), QStringLiteral("vendor/vendor:ACME"));
    QCOMPARE(ReviewReason::fromJson(json), r);
    QCOMPARE(json.value(QStringLiteral("args")).toObject().value(QStringLiteral("count")).toInt(), 2);
    const ReviewReason bare{QStringLiteral("totals.mismatch"), QStringLiteral("off by 3.00"), {}, {}, {}};
    QVERIFY(!bare.toJson().contains(QStringLiteral("candidates")));
    QVERIFY(!bare.toJson().contains(QStringLiteral("args")));
    QCOMPARE(ReviewReason::fromJson(bare.toJson()), bare);
}

void TestPostingSettings::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ISO") << QStringLiteral("2018-08-08") << QDate(2018, 8, 8);
    QTest::newRow("ISO timestamp") << QStringLiteral("2018-03-02T18:34:30.260Z") << QDate(2018, 3, 2);
    QTest::newRow("US") << QStringLiteral("08/09/2018") << QDate(2018, 8, 9);
    QTest::newRow("US short") << QStringLiteral("8/9/2018") << QDate(2018, 8, 9);
    QTest::newRow("invalid month") << QStringLiteral("2018-13-01") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("08/09/18") << QDate();
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QDate();
    QTest::newRow("ISO with junk") << QStringLiteral("2018-08-08x") << QDate();
}

void TestPostingSettings::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(fields::date(text), expected);
}

void TestPostingSettings::amounts_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("number") << QJsonValue(50) << int(fields::Amount::Ok) << QStringLiteral("50");
    QTest::newRow("fraction") << QJsonValue(33.333333) << int(fields::Amount::Ok) << QStringLiteral("33.333333");
    QTest::newRow("8-decimal string") << QJsonValue(QStringLiteral("50.00000000")) << int(fields::Amount::Ok) << QStringLiteral("50");
    QTest::newRow("0E-8") << QJsonValue(QStringLiteral("0E-8")) << int(fields::Amount::Ok) << QStringLiteral("0");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << int(fields::Amount::Missing) << QString();
    QTest::newRow("empty string") << QJsonValue(QStringLiteral(" ")) << int(fields::Amount::Missing) << QString();
    QTest::newRow("comma decimal") << QJsonValue(QStringLiteral("12,50")) << int(fields::Amount::Invalid) << QString();
    QTest::newRow("bool") << QJsonValue(true) << int(fields::Amount::Invalid) << QString();
}

void TestPostingSettings::amounts()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, canonical);
    const fields::Amount a = fields::amount(value);
    QCOMPARE(int(a.status), status);
    if (a.ok())
        QCOMPARE(a.value.toString(), canonical);
}

QTEST_GUILESS_MAIN(TestPostingSettings)
#include "tst_postingsettings.moc"
