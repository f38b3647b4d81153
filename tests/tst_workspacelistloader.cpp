#include "models/ProductSpec.h"
#include "tests/testsupport/TestSupport.h"
#include "models/WorkspaceListLoader.h"
#include "models/WorkspaceService.h"

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
};

QTEST_GUILESS_MAIN(tst_WorkspaceListLoader)
#include "tst_workspacelistloader.moc"
