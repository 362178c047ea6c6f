// Which numbered events (Event Viewer IDs) a finished cycle produces.
#include "cli/serviceevents.h"

#include <QJsonArray>
#include <QTest>

using namespace mlc;
using logging::EventId;

class TestServiceEvents : public QObject {
    Q_OBJECT
private slots:
    void cycles_data()
    {
        QTest::addColumn<QJsonObject>("summary");
        QTest::addColumn<QList<int>>("ids");
        const auto ok = [](QJsonObject o) {
            o.insert(QStringLiteral("ok"), true);
            o.insert(QStringLiteral("reason"), QStringLiteral("scheduled"));
            return o;
        };
        QTest::newRow("quiet cycle: nothing to Event Viewer") << ok({{QStringLiteral("fetched"), 0}}) << QList<int>{};
        QTest::newRow("posted") << ok({{QStringLiteral("fetched"), 5}, {QStringLiteral("posted"), 5}}) << QList<int>{200};
        QTest::newRow("new review items") << ok({{QStringLiteral("fetched"), 5}, {QStringLiteral("posted"), 3}, {QStringLiteral("review"), 2}})
                                          << QList<int>{400, 200};
        QJsonObject failed{{QStringLiteral("fetched"), 4}, {QStringLiteral("posted"), 2}, {QStringLiteral("failed"), 1},
                           {QStringLiteral("pending"), 1}, {QStringLiteral("ok"), false}};
        QTest::newRow("posting failure") << failed << QList<int>{300, 200};
        QJsonObject auth{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("SAP Business One refused the login")},
                         {QStringLiteral("errorCode"), QStringLiteral("b1.auth")}};
        QTest::newRow("B1 login refused") << auth << QList<int>{500, 200};
        QJsonObject concur{{QStringLiteral("ok"), false}, {QStringLiteral("errors"), QJsonArray{QStringLiteral("expense: token refused")}},
                           {QStringLiteral("errorCodes"), QJsonArray{QStringLiteral("concur.unauthorized")}}};
        QTest::newRow("Concur token refused while fetching") << concur << QList<int>{500, 200};
        QJsonObject config{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("b1/baseUrl is not set")},
                           {QStringLiteral("errorCode"), QStringLiteral("config.missing")}};
        QTest::newRow("configuration") << config << QList<int>{600, 200};
    }
    void cycles()
    {
        QFETCH(QJsonObject, summary);
        QFETCH(QList<int>, ids);
        const QList<cli::ServiceEvent> events = cli::eventsForCycle(summary);
        QList<int> got;
        for (const cli::ServiceEvent &e : events)
            got << int(e.id);
        QCOMPARE(got, ids);
        for (const cli::ServiceEvent &e : events) {
            QVERIFY(!e.message.isEmpty());
            if (e.id == EventId::AuthFailure || e.id == EventId::ConfigError || e.id == EventId::PostingFailure)
                QCOMPARE(e.type, QtCriticalMsg);
        }
    }

    void repeatsAreThrottled()
    {
        cli::EventThrottle throttle(6 * 3600);
        const QDateTime t0(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
        const cli::ServiceEvent refused{EventId::AuthFailure, QtCriticalMsg, QStringLiteral("B1 refused the login")};
        cli::ServiceEvent e = refused;
        QVERIFY(throttle.allow(e, t0));
        for (int i = 1; i <= 5; ++i) { // the backoff retries of the next hours
            e = refused;
            QVERIFY(!throttle.allow(e, t0.addSecs(i * 3600)));
        }
        cli::ServiceEvent other{EventId::AuthFailure, QtCriticalMsg, QStringLiteral("Concur refused the token")};
        QVERIFY(throttle.allow(other, t0.addSecs(60))); // a different problem is news
        cli::ServiceEvent info{EventId::CycleSummary, QtInfoMsg, QStringLiteral("posted 3")};
        QVERIFY(throttle.allow(info, t0.addSecs(61)));
        info = cli::ServiceEvent{EventId::CycleSummary, QtInfoMsg, QStringLiteral("posted 3")};
        QVERIFY(throttle.allow(info, t0.addSecs(62))); // information is never held back
        e = refused;
        QVERIFY(throttle.allow(e, t0.addSecs(6 * 3600)));
        QVERIFY2(e.message.contains(QLatin1String("5 more time")), qPrintable(e.message));
        e = refused;
        QVERIFY(!throttle.allow(e, t0.addSecs(6 * 3600 + 60)));
    }

    void messagesNameTheNumbers()
    {
        const auto events = cli::eventsForCycle({{QStringLiteral("ok"), true}, {QStringLiteral("reason"), QStringLiteral("run-now")},
                                                 {QStringLiteral("fetched"), 7}, {QStringLiteral("posted"), 6}, {QStringLiteral("review"), 1}});
        QCOMPARE(events.size(), 2);
        QVERIFY(events.at(0).message.contains(QLatin1String("1 new document")));
        QCOMPARE(events.at(1).message, QStringLiteral("run-now cycle: fetched 7, posted 6, recovered 0, to review 1, failed 0, pending 0."));
    }
};

QTEST_GUILESS_MAIN(TestServiceEvents)
#include "tst_serviceevents.moc"
