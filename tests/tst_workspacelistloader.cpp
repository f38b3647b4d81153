#include "models/ProductSpec.h"
#include "tests/testsupport/TestSupport.h"
#include "models/WorkspaceListLoader.h"
#include "models/WorkspaceService.h"

#include "models/WorkspaceRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The list is read in pages in creation order; the rest continues after the last key, so no row
// is skipped or read twice, and tags come along.
class tst_WorkspaceListLoader : public QObject
{
    Q_OBJECT

private slots:
    void pagesCoverTheListExactlyOnce()
    {
        TestEnv env;
        Workspace base = *env.services->workspaces.findByName(QStringLiteral("eu-analytics"));
        for (int i = 0; i < 30; ++i) {
            Workspace w = base;
            w.id = WorkspaceService::newWorkspaceId();
            w.name = QStringLiteral("bulk-%1").arg(i);
            w.createdAtMs = env.clock.nowMs() + (i % 3); // equal times: the id breaks the tie
            w.tags = {{QStringLiteral("n"), QString::number(i)}};
            QVERIFY(env.db->write([&] { return env.services->workspaces.insertRecord(w, QStringLiteral("alice")); }).ok());
        }
        const QList<Workspace> all = env.services->workspaces.list().value();
        const QList<Workspace> first = WorkspaceListLoader::load(*env.db, nullptr, 7).value();
        QCOMPARE(first.size(), 7);
        const auto key = WorkspaceListLoader::keyOf(first.last());
        const QList<Workspace> rest = WorkspaceListLoader::loadFromPath(env.path(), key).value();
        QCOMPARE(first.size() + rest.size(), all.size());
        QStringList ids;
        for (const Workspace &w : first + rest)
            ids << w.id;
        QStringList expected;
        for (const Workspace &w : all)
            expected << w.id;
        QCOMPARE(ids, expected);
        for (const Workspace &w : first + rest)
            if (w.name.startsWith(QLatin1String("bulk-")))
                QCOMPARE(w.tags.size(), 1);
    }

    // The rest of the list reads the tag table in its own order; tags another program wrote
    // apart (one workspace's rows not next to each other) still arrive whole and in position order.
    void tagsWrittenApartArriveWholeAndInOrder()
    {
        TestEnv env;
        const QList<Workspace> all = env.services->workspaces.list().value();
        QVERIFY(all.size() >= 2);
        const QString a = all.at(0).id;
        const QString b = all.at(1).id;
        QVERIFY(env.db->write([&]() -> Status {
                          QSqlQuery q(env.db->connection());
                          for (const QString &id : {a, b})
                              if (!q.exec(QStringLiteral("DELETE FROM workspace_tags WHERE workspace_id = '%1'").arg(id)))
                                  return Status::failure(Field::General, q.lastError().text());
                          const QStringList rows = {QStringLiteral("('%1', 1, 'owner', 'data')").arg(a),
                                                    QStringLiteral("('%1', 0, 'team', 'bi')").arg(b),
                                                    QStringLiteral("('%1', 0, 'env', 'prod')").arg(a)};
                          for (const QString &row : rows)
                              if (!q.exec(QStringLiteral("INSERT INTO workspace_tags (workspace_id, position, key, value) VALUES ")
                                          + row))
                                  return Status::failure(Field::General, q.lastError().text());
                          return Status();
                      })
                    .ok());
        const WorkspaceListLoader::Key start;
        const Result<WorkspaceRows> rows = WorkspaceListLoader::loadRowsFromPath(env.path(), &start);
        QVERIFY2(rows.ok(), qPrintable(rows.text()));
        const TagList expectedA = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("owner"), QStringLiteral("data")}};
        QCOMPARE(rows->tags(WorkspaceRows::Slot(rows->find(a))), expectedA);
        QCOMPARE(rows->tags(WorkspaceRows::Slot(rows->find(b))), (TagList{{QStringLiteral("team"), QStringLiteral("bi")}}));
        // Every other row as the service reads it.
        for (const Workspace &w : env.services->workspaces.list().value())
            QCOMPARE(rows->tags(WorkspaceRows::Slot(rows->find(w.id))), w.tags);
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceListLoader)
#include "tst_workspacelistloader.moc"
