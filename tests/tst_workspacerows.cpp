#include "models/ProductSpec.h"
#include "models/WorkspaceRows.h"

#include <QTest>

namespace {
Workspace make(const QString &name, const QString &id, TagList tags = {})
{
    Workspace w;
    w.id = id;
    w.name = name;
    w.region = QStringLiteral("cn-hangzhou");
    w.billing = ProductSpec::PayAsYouGo;
    w.cuQuota = 30;
    w.status = ProductSpec::StatusRunning;
    w.createdAtMs = 1000;
    w.tags = std::move(tags);
    return w;
}

QList<WorkspaceRows::Slot> hits(const WorkspaceRows &rows, const QString &text)
{
    std::vector<quint64> bits;
    rows.findAll(WorkspaceRows::foldedNeedle(text), bits);
    QList<WorkspaceRows::Slot> out;
    for (WorkspaceRows::Slot s = 0; s < WorkspaceRows::Slot(rows.slotCount()); ++s)
        if ((bits[s / 64] >> (s % 64)) & 1)
            out << s;
    return out;
}
} // namespace

// The compact store behind the Spark page's list (issue 12).
class tst_WorkspaceRows : public QObject
{
    Q_OBJECT

private slots:
    void keepsWhatTheListShows()
    {
        WorkspaceRows rows;
        Workspace w = make(QStringLiteral("Data-Platform数据"), QStringLiteral("w-00000000000000aa"),
                           {{QStringLiteral("env"), QStringLiteral("prod")}});
        w.billing = ProductSpec::Subscription;
        w.expiresAtMs = 99;
        w.autoRenew = true;
        w.durationMonths = 3;
        const WorkspaceRows::Slot s = rows.append(w);
        const Workspace back = rows.workspace(s);
        QCOMPARE(back.name, w.name); // not the case-folded search text
        QCOMPARE(back.id, w.id);
        QCOMPARE(back.region, w.region);
        QCOMPARE(back.billing, w.billing);
        QCOMPARE(back.tags, w.tags);
        QCOMPARE(back.expiresAtMs, 99);
        QVERIFY(back.autoRenew);
        QCOMPARE(back.durationMonths, 3);
        QVERIFY(rows.sameAs(s, w));
        w.cuQuota = 31;
        QVERIFY(!rows.sameAs(s, w));
    }

    void findsByIdAfterChanges()
    {
        WorkspaceRows rows;
        for (int i = 0; i < 1000; ++i)
            rows.append(make(QStringLiteral("n%1").arg(i), QStringLiteral("w-%1").arg(i, 16, 16, QLatin1Char('0'))));
        QCOMPARE(rows.find(QStringLiteral("w-00000000000003e7")), 999);
        rows.remove(5);
        QCOMPARE(rows.find(QStringLiteral("w-0000000000000005")), -1);
        QCOMPARE(rows.liveCount(), 999);
        // A rename moves the row to a new slot; the old one is dead.
        const WorkspaceRows::Slot moved = rows.update(7, make(QStringLiteral("renamed"), QStringLiteral("w-0000000000000007")));
        QVERIFY(moved != 7);
        QVERIFY(!rows.isLive(7));
        QCOMPARE(rows.find(QStringLiteral("w-0000000000000007")), qint64(moved));
        QCOMPARE(rows.name(moved), QStringLiteral("renamed"));
        // An ID that is not lowercase is found and shown as written.
        const WorkspaceRows::Slot odd = rows.append(make(QStringLiteral("odd"), QStringLiteral("W-ABC")));
        QCOMPARE(rows.id(odd), QStringLiteral("W-ABC"));
        QCOMPARE(rows.find(QStringLiteral("W-ABC")), qint64(odd));
        QCOMPARE(rows.find(QStringLiteral("w-abc")), -1);
    }

    void searchesNameAndIdOfLiveRowsOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<WorkspaceRows::Slot>>("expected");
        QTest::newRow("name, any case") << QStringLiteral("ALPHA") << QList<WorkspaceRows::Slot>{0};
        QTest::newRow("Chinese") << QStringLiteral("数据") << QList<WorkspaceRows::Slot>{1};
        QTest::newRow("ID") << QStringLiteral("0b") << QList<WorkspaceRows::Slot>{1};
        QTest::newRow("never across two rows") << QStringLiteral("aw-") << QList<WorkspaceRows::Slot>{};
        QTest::newRow("a removed row is not found") << QStringLiteral("gamma") << QList<WorkspaceRows::Slot>{};
        QTest::newRow("every live row") << QStringLiteral("w-") << QList<WorkspaceRows::Slot>{0, 1};
    }
    void searchesNameAndIdOfLiveRowsOnly()
    {
        QFETCH(QString, text);
        QFETCH(QList<WorkspaceRows::Slot>, expected);
        WorkspaceRows rows;
        rows.append(make(QStringLiteral("Alpha"), QStringLiteral("w-000000000000000a")));
        rows.append(make(QStringLiteral("数据平台"), QStringLiteral("w-000000000000000b")));
        rows.remove(rows.append(make(QStringLiteral("gamma"), QStringLiteral("w-000000000000000c"))));
        QCOMPARE(hits(rows, text), expected);
        for (WorkspaceRows::Slot s = 0; s < 2; ++s)
            QCOMPARE(rows.contains(s, WorkspaceRows::foldedNeedle(text)), expected.contains(s));
    }

    void internsTagSets()
    {
        WorkspaceRows rows;
        const TagList prod{{QStringLiteral("env"), QStringLiteral("prod")}};
        for (int i = 0; i < 100; ++i)
            rows.append(make(QStringLiteral("n%1").arg(i), QStringLiteral("w-%1").arg(i), i % 2 ? prod : TagList()));
        QCOMPARE(rows.tagSets().size(), 2);
        QCOMPARE(rows.tags(1), prod);
        QVERIFY(rows.tags(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceRows)
#include "tst_workspacerows.moc"
