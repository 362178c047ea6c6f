// The mappings model: filter by kind, search both sides, paging without gaps, origin in words.
#include "models/mappingsmodel.h"
#include "models/statedatabase.h"
#include "store/store.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;

class TestMappingsModel : public QObject {
    Q_OBJECT
private slots:
    void filtersPagesAndSaysWhereEachCameFrom();
};

void TestMappingsModel::filtersPagesAndSaysWhereEachCameFrom()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ml-connector.db"));
    auto writer = store::Store::open(path);
    QVERIFY(writer.ok());
    QVERIFY(writer.value()->begin().ok());
    for (int i = 0; i < 130; ++i) {
        store::Mapping m;
        m.kind = i % 2 ? QStringLiteral("account") : QStringLiteral("vendor");
        m.sourceKey = i % 2 ? QString::number(6000 + i) : QStringLiteral("employee:E%1").arg(i, 3, 10, QLatin1Char('0'));
        m.target = i % 2 ? QStringLiteral("6100") : QStringLiteral("V1%1").arg(i, 4, 10, QLatin1Char('0'));
        m.origin = i % 3 ? QStringLiteral("explicit") : QStringLiteral("auto:tax-id");
        m.updatedBy = QStringLiteral("pipe:anna");
        QVERIFY(writer.value()->putMapping(m).ok());
    }
    QVERIFY(writer.value()->commit().ok());
    auto reader = tray::StateDatabase::open(path);
    QVERIFY(reader.ok());

    tray::MappingsModel model;
    model.setPageSize(40);
    model.setDatabase(reader.value()->database());
    QCOMPARE(model.rowCount(), 40);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 130);
    QSet<QString> seen;
    for (int r = 0; r < model.rowCount(); ++r)
        seen.insert(model.row(r).kind + model.row(r).source);
    QCOMPARE(seen.size(), 130);

    model.setKind(QStringLiteral("account"));
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 65);
    QCOMPARE(model.data(model.index(0, tray::MappingsModel::Kind)).toString(), QStringLiteral("G/L account"));

    model.setKind(QString());
    model.setSearch(QStringLiteral("v10012")); // the B1 side, any case
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0).source, QStringLiteral("employee:E012"));
    QCOMPARE(model.data(model.index(0, tray::MappingsModel::Origin)).toString(), QStringLiteral("automatic: same tax ID"));
    QCOMPARE(model.allMatching().size(), 1);
}

QTEST_GUILESS_MAIN(TestMappingsModel)
#include "tst_mappingsmodel.moc"
