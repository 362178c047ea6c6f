// Posting dates (issue #7 item 7). Concur sends two kinds of date-times (reference §2.8/§2.9 and its
// published FIS examples):
//  - instants, with a time of day in UTC: reportPaymentProcessingDate "2018-03-02T18:34:30.260Z",
//    reportSubmitDate, submitDate. Their calendar date is the company's, so they are converted to
//    the company's time zone (posting/timeZone, default the system's) before the date is taken;
//  - calendar dates: entryDate "2018-02-17T00:00:00.000Z" (midnight Z), invoiceDate "08/08/2018"
//    or "2018-08-08", paymentDueDate. Taken as sent: converting midnight Z to New York would move
//    every invoice to the day before.
#include "accountingfixture.h"
#include "accounting/jsonfields.h"

#include <QTest>
#include <QTimeZone>

using namespace fixture;

namespace {

const QDate kSyncDate(2024, 5, 17);

} // namespace

class TestReferenceDate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_md = masterData(); }
    void paymentProcessingInstant_data();
    void paymentProcessingInstant();
    void submitInstant();
    void calendarDatesAreLeftAlone_data();
    void calendarDatesAreLeftAlone();
    void unknownTimeZoneGoesToReview();
    void syncDateWithoutZoneGoesToReview();
    void defaultIsTheSystemZone();
    void instantDate_data();
    void instantDate();

private:
    BuildResult run(const QString &docType, const QJsonObject &doc, const QHash<QString, QString> &overrides) const
    {
        const HashLookup l;
        QHash<QString, QString> kv = settingsKv();
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
            if (it.value().isNull())
                kv.remove(it.key());
            else
                kv.insert(it.key(), it.value());
        }
        const PostingSettings s = PostingSettings::fromKeyValues(kv);
        const JournalBuilder builder(m_md, l, s);
        return builder.build(docType, doc, kSyncDate);
    }
    QJsonObject report(const QString &paymentDate, const QString &submitDate = QStringLiteral("2026-01-15T10:00:00.000Z")) const
    {
        return expenseDoc(QJsonArray{entry(QJsonArray{alloc(QJsonArray{jline("6100", "COMP", "EMPL", num(10))})})}, num(10),
                          QJsonObject{{QStringLiteral("reportPaymentProcessingDate"), paymentDate},
                                      {QStringLiteral("reportSubmitDate"), submitDate}});
    }
    MasterData m_md;
};

void TestReferenceDate::paymentProcessingInstant_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("processed");
    QTest::addColumn<QDate>("expected");
    // A US company processing a report at 8 pm on March 31 posts it in March.
    QTest::newRow("New York 8 pm Mar 31 (EDT)") << "America/New_York" << "2026-04-01T00:00:00.000Z" << QDate(2026, 3, 31);
    QTest::newRow("New York 11:59:59 pm Mar 31") << "America/New_York" << "2026-04-01T03:59:59.999Z" << QDate(2026, 3, 31);
    QTest::newRow("New York midnight Apr 1") << "America/New_York" << "2026-04-01T04:00:00.000Z" << QDate(2026, 4, 1);
    QTest::newRow("New York, issue's example") << "America/New_York" << "2026-02-28T13:54:52.922Z" << QDate(2026, 2, 28);
    // US DST starts 2026-03-08 at 2 am EST (07:00Z): before it midnight is 05:00Z, after it 04:00Z.
    QTest::newRow("New York before DST, 11:59:59 pm") << "America/New_York" << "2026-03-08T04:59:59Z" << QDate(2026, 3, 7);
    QTest::newRow("New York before DST, midnight") << "America/New_York" << "2026-03-08T05:00:00Z" << QDate(2026, 3, 8);
    QTest::newRow("New York after DST, 11:59:59 pm") << "America/New_York" << "2026-03-09T03:59:59Z" << QDate(2026, 3, 8);
    QTest::newRow("New York after DST, midnight") << "America/New_York" << "2026-03-09T04:00:00Z" << QDate(2026, 3, 9);
    // EU DST starts 2026-03-29 at 01:00Z and ends 2026-10-25 at 01:00Z.
    QTest::newRow("Berlin before DST, 11:59:59 pm") << "Europe/Berlin" << "2026-03-28T22:59:59Z" << QDate(2026, 3, 28);
    QTest::newRow("Berlin before DST, midnight") << "Europe/Berlin" << "2026-03-28T23:00:00Z" << QDate(2026, 3, 29);
    QTest::newRow("Berlin after DST, 11:59:59 pm") << "Europe/Berlin" << "2026-03-29T21:59:59Z" << QDate(2026, 3, 29);
    QTest::newRow("Berlin after DST, midnight") << "Europe/Berlin" << "2026-03-29T22:00:00Z" << QDate(2026, 3, 30);
    QTest::newRow("Berlin summer, 11:59:59 pm Oct 24") << "Europe/Berlin" << "2026-10-24T21:59:59Z" << QDate(2026, 10, 24);
    QTest::newRow("Berlin summer, midnight Oct 25") << "Europe/Berlin" << "2026-10-24T22:00:00Z" << QDate(2026, 10, 25);
    QTest::newRow("Berlin after DST end, 11:59:59 pm") << "Europe/Berlin" << "2026-10-25T22:59:59Z" << QDate(2026, 10, 25);
    QTest::newRow("Berlin after DST end, midnight") << "Europe/Berlin" << "2026-10-25T23:00:00Z" << QDate(2026, 10, 26);
    QTest::newRow("Tokyo, 3 pm UTC on Mar 31") << "Asia/Tokyo" << "2026-03-31T15:00:00Z" << QDate(2026, 4, 1);
    QTest::newRow("UTC, last second of Mar 31") << "UTC" << "2026-03-31T23:59:59.999Z" << QDate(2026, 3, 31);
    QTest::newRow("explicit offset, New York") << "America/New_York" << "2026-03-31T20:00:00-04:00" << QDate(2026, 3, 31);
    QTest::newRow("explicit offset, Berlin") << "Europe/Berlin" << "2026-03-31T23:30:00-04:00" << QDate(2026, 4, 1);
}

void TestReferenceDate::paymentProcessingInstant()
{
    QFETCH(QString, zone);
    QFETCH(QString, processed);
    QFETCH(QDate, expected);
    const BuildResult r = run(QStringLiteral("expense"), report(processed), {{QStringLiteral("posting/timeZone"), zone}});
    QVERIFY2(r.entry, qPrintable(reasonKeys(r).join(QLatin1Char(' '))));
    QCOMPARE(r.entry->referenceDate, expected);
}

void TestReferenceDate::submitInstant()
{
    const BuildResult r = run(QStringLiteral("expense"), report(QStringLiteral("2026-04-02T12:00:00Z"), QStringLiteral("2026-04-01T01:00:00.000Z")),
                              {{QStringLiteral("posting/timeZone"), QStringLiteral("America/New_York")},
                               {QStringLiteral("posting/referenceDate"), QStringLiteral("submit")}});
    QVERIFY(r.entry);
    QCOMPARE(r.entry->referenceDate, QDate(2026, 3, 31)); // 9 pm EDT on March 31
}

void TestReferenceDate::calendarDatesAreLeftAlone_data()
{
    QTest::addColumn<QString>("invoiceDate");
    QTest::addColumn<QString>("dueDate");
    QTest::newRow("midnight Z") << "2026-04-01T00:00:00.000Z" << "2026-05-01T00:00:00Z";
    QTest::newRow("ISO date") << "2026-04-01" << "2026-05-01";
    QTest::newRow("US date") << "04/01/2026" << "05/01/2026";
}

void TestReferenceDate::calendarDatesAreLeftAlone()
{
    QFETCH(QString, invoiceDate);
    QFETCH(QString, dueDate);
    for (const char *zone : {"America/New_York", "Asia/Tokyo", "Europe/Berlin"}) {
        const BuildResult r = run(QStringLiteral("invoice"),
                                  invoiceDoc(QJsonArray{invAlloc("6300", num(10), num(10), num(0))}, num(10), "MULLER",
                                             QJsonObject{{QStringLiteral("invoiceDate"), invoiceDate},
                                                         {QStringLiteral("paymentDueDate"), dueDate}}),
                                  {{QStringLiteral("posting/timeZone"), QString::fromLatin1(zone)}});
        QVERIFY2(r.entry, zone);
        QCOMPARE(r.entry->referenceDate, QDate(2026, 4, 1));
        QCOMPARE(r.entry->dueDate, QDate(2026, 5, 1));
    }
}

void TestReferenceDate::unknownTimeZoneGoesToReview()
{
    // A typo in the setting must not silently post in another zone.
    const BuildResult r = run(QStringLiteral("expense"), report(QStringLiteral("2026-04-01T00:00:00.000Z")),
                              {{QStringLiteral("posting/timeZone"), QStringLiteral("America/Nwe_York")}});
    QCOMPARE(reasonKeys(r), QStringList{QStringLiteral("setting.invalid|setting/posting/timeZone")});
    QVERIFY2(r.reasons.first().message.contains(QStringLiteral("America/Nwe_York")), qPrintable(r.reasons.first().message));
    QVERIFY(!r.entry);
}

void TestReferenceDate::syncDateWithoutZoneGoesToReview()
{
    // posting/referenceDate sync: the engine passes the sync's date in the company's zone, or no
    // date when the zone is unknown; then nothing posts on a guessed date.
    const HashLookup l;
    QHash<QString, QString> kv = settingsKv();
    kv.insert(QStringLiteral("posting/referenceDate"), QStringLiteral("sync"));
    kv.insert(QStringLiteral("posting/timeZone"), QStringLiteral("Nowhere/Atlantis"));
    const PostingSettings s = PostingSettings::fromKeyValues(kv);
    const JournalBuilder builder(m_md, l, s);
    const BuildResult r = builder.build(QStringLiteral("expense"), report(QStringLiteral("2026-04-01T00:00:00Z")), QDate());
    QCOMPARE(reasonKeys(r), QStringList{QStringLiteral("setting.invalid|setting/posting/timeZone")});
    const BuildResult ok = builder.build(QStringLiteral("expense"), report(QStringLiteral("2026-04-01T00:00:00Z")), kSyncDate);
    QVERIFY(ok.entry);
    QCOMPARE(ok.entry->referenceDate, kSyncDate);
}

void TestReferenceDate::defaultIsTheSystemZone()
{
    const QString processed = QStringLiteral("2026-04-01T02:00:00Z");
    const BuildResult r = run(QStringLiteral("expense"), report(processed), {{QStringLiteral("posting/timeZone"), QString()}});
    QVERIFY(r.entry);
    const QDateTime instant(QDate(2026, 4, 1), QTime(2, 0), Qt::UTC);
    QCOMPARE(r.entry->referenceDate, instant.toTimeZone(QTimeZone::systemTimeZone()).date());
}

void TestReferenceDate::instantDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Z, New York") << "2026-04-01T00:00:00.000Z" << "America/New_York" << QDate(2026, 3, 31);
    QTest::newRow("lower-case z") << "2026-04-01T00:00:00z" << "America/New_York" << QDate(2026, 3, 31);
    QTest::newRow("no seconds") << "2026-04-01T00:30Z" << "America/New_York" << QDate(2026, 3, 31);
    QTest::newRow("long fraction") << "2026-04-01T03:59:59.9999999Z" << "America/New_York" << QDate(2026, 3, 31);
    QTest::newRow("+00:00") << "2026-04-01T00:00:00+00:00" << "America/New_York" << QDate(2026, 3, 31);
    QTest::newRow("+0000 (Concur events)") << "2026-04-01T00:00:00.000+0000" << "America/New_York" << QDate(2026, 3, 31);
    QTest::newRow("+02") << "2026-04-01T01:00:00+02" << "UTC" << QDate(2026, 3, 31);
    QTest::newRow("space separator") << "2026-04-01 00:00:00Z" << "America/New_York" << QDate(2026, 3, 31);
    QTest::newRow("date only: a calendar date") << "2026-04-01" << "America/New_York" << QDate(2026, 4, 1);
    QTest::newRow("no zone designator: as sent") << "2026-04-01T00:00:00" << "America/New_York" << QDate(2026, 4, 1);
    QTest::newRow("US date only") << "04/01/2026" << "Asia/Tokyo" << QDate(2026, 4, 1);
    QTest::newRow("garbage") << "yesterday" << "UTC" << QDate();
    QTest::newRow("month 13") << "2026-13-01T00:00:00Z" << "UTC" << QDate();
    QTest::newRow("hour 25") << "2026-03-31T25:00:00Z" << "UTC" << QDate();
    QTest::newRow("unknown designator") << "2026-03-31T10:00:00Q" << "UTC" << QDate();
    QTest::newRow("offset minutes 75") << "2026-03-31T10:00:00+01:75" << "UTC" << QDate();
    QTest::newRow("trailing junk") << "2026-03-31T10:00:00Zjunk" << "UTC" << QDate();
}

void TestReferenceDate::instantDate()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QDate, expected);
    const QTimeZone tz(zone.toLatin1());
    QVERIFY(tz.isValid());
    QCOMPARE(mlc::accounting::fields::instantDate(text, tz), expected);
}

QTEST_GUILESS_MAIN(TestReferenceDate)
#include "tst_referencedate.moc"
