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
