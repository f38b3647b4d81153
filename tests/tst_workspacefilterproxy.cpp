// The workspace list's filter (ui/workspaces/WorkspaceFilterProxy): which rows a user sees for a
// text, region and tag filter, in the list's order, while rows change, arrive and get sorted; and
// that the selection stays on the same workspace. Every expectation is also checked against a
// plain reference filter written here, independent of the proxy's caches and mapping.
#include "models/ProductSpec.h"
#include "models/WorkspaceRows.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <functional>
#include <memory>

namespace {
Workspace ws(const QString &name, const QString &id, const QString &region, int cu, qint64 created, TagList tags = {})
{
    Workspace w;
    w.id = id;
    w.name = name;
    w.region = region;
    w.billing = cu >= 25 ? ProductSpec::Subscription : ProductSpec::PayAsYouGo;
    w.cuQuota = cu;
    w.status = ProductSpec::StatusRunning;
    w.createdAtMs = created;
    if (w.billing == ProductSpec::Subscription) {
        w.durationMonths = 1;
        w.expiresAtMs = created + 30LL * 24 * 3600 * 1000;
    }
    w.tags = std::move(tags);
    return w;
}

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString idNo(int n)
{
    return QStringLiteral("w-%1").arg(n, 16, 16, QLatin1Char('0'));
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, WorkspaceTableModel::NameColumn).data(WorkspaceTableModel::SortRole).toString();
    return out;
}

QStringList ids(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, WorkspaceTableModel::NameColumn).data(WorkspaceTableModel::IdRole).toString();
    return out;
}

// The filter as the user reads it: name or ID contains the text (any case, surrounding spaces
// ignored), the region is the one chosen, and a tag has the key (and the value after ':').
bool reference(const Workspace &w, const QString &text, const QString &region, const QString &tag)
{
    const QString t = text.trimmed();
    if (!t.isEmpty() && !w.name.contains(t, Qt::CaseInsensitive) && !w.id.contains(t, Qt::CaseInsensitive))
        return false;
    if (!region.isEmpty() && w.region != region)
        return false;
    const QString g = tag.trimmed();
    if (!g.isEmpty()) {
        const qsizetype colon = g.indexOf(QLatin1Char(':'));
        const QString key = (colon < 0 ? g : g.left(colon)).trimmed();
        const QString value = colon < 0 ? QString() : g.mid(colon + 1).trimmed();
        if (std::none_of(w.tags.begin(), w.tags.end(),
                         [&](const Tag &x) { return x.key == key && (colon < 0 || x.value == value); }))
            return false;
    }
    return true;
}

// Names of the source's rows, in the source's order, that the reference filter keeps.
QStringList expected(const WorkspaceTableModel &model, const QString &text, const QString &region = {},
                     const QString &tag = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const Workspace w = model.workspace(r);
        if (reference(w, text, region, tag))
            out << w.name;
    }
    return out;
}

// The list the filter tests start from; source order is this order until sorted.
QList<Workspace> sample()
{
    return {
        ws(S("workspace-alpha"), S("w-a1b2c3d4e5f60001"), S("cn-hangzhou"), 10, 1000, {{S("env"), S("prod")}}),
        ws(S("workspace-beta"), S("w-a1b2c3d4e5f60002"), S("cn-shanghai"), 40, 2000,
           {{S("env"), S("dev")}, {S("team"), S("ml")}}),
        ws(S("数据平台-12"), S("w-a1b2c3d4e5f60003"), S("cn-hangzhou"), 50, 3000, {{S("team"), S("data")}}),
        ws(S("数据平台-123"), S("w-a1b2c3d4e5f60004"), S("cn-beijing"), 8, 4000,
           {{S("env"), S("prod")}, {S("team"), S("data")}}),
        ws(S("Reporting"), S("w-ffee000000000005"), S("eu-central-1"), 30, 5000),
        ws(S("ETL nightly"), S("w-a1b2c3d4e5f60006"), S("cn-hangzhou"), 16, 6000, {{S("env"), S("dev")}}),
    };
}
} // namespace

class tst_WorkspaceFilterProxy : public QObject
{
    Q_OBJECT

    WorkspaceTableModel *model = nullptr;
    WorkspaceFilterProxy *proxy = nullptr;

    // A second proxy over the same model with only these filters set: what a proxy without any
    // history (caches, earlier mappings) shows.
    std::unique_ptr<WorkspaceFilterProxy> fresh(const QString &text, const QString &region = {}, const QString &tag = {})
    {
        auto p = std::make_unique<WorkspaceFilterProxy>();
        new QAbstractItemModelTester(p.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, p.get());
        p->setSourceModel(model);
        p->setText(text);
        p->setRegion(region);
        p->setTagText(tag);
        return p;
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        model = new WorkspaceTableModel;
        proxy = new WorkspaceFilterProxy;
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, proxy);
        proxy->setSourceModel(model);
    }
    void cleanup()
    {
        delete proxy;
        delete model;
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("shown");
        const QString alpha = QStringLiteral("workspace-alpha"), beta = QStringLiteral("workspace-beta"),
                      d12 = QStringLiteral("数据平台-12"), d123 = QStringLiteral("数据平台-123"),
                      reporting = QStringLiteral("Reporting"), etl = QStringLiteral("ETL nightly");
        const QString none;
        QTest::newRow("no filter") << none << none << none << QStringList{alpha, beta, d12, d123, reporting, etl};
        QTest::newRow("name, other case") << QStringLiteral("BETA") << none << none << QStringList{beta};
        QTest::newRow("name, mixed case") << QStringLiteral("rEpOrT") << none << none << QStringList{reporting};
        QTest::newRow("surrounding spaces ignored") << QStringLiteral("  Reporting\t ") << none << none
                                                    << QStringList{reporting};
        QTest::newRow("inner space kept") << QStringLiteral("etl night") << none << none << QStringList{etl};
        QTest::newRow("inner space must match") << QStringLiteral("etlnight") << none << none << QStringList{};
        QTest::newRow("ID substring") << QStringLiteral("f60003") << none << none << QStringList{d12};
        QTest::newRow("whole ID, upper case") << QStringLiteral("W-FFEE000000000005") << none << none
                                              << QStringList{reporting};
        QTest::newRow("name or ID") << QStringLiteral("a") << none << none << QStringList{alpha, beta, d12, d123, etl};
        QTest::newRow("Chinese name") << QStringLiteral("数据平台-12") << none << none << QStringList{d12, d123};
        QTest::newRow("Chinese name, longer") << QStringLiteral("数据平台-123") << none << none << QStringList{d123};
        QTest::newRow("Chinese part") << QStringLiteral(" 平台 ") << none << none << QStringList{d12, d123};
        QTest::newRow("not name and ID joined") << QStringLiteral("nightlyw-") << none << none << QStringList{};
        QTest::newRow("region") << none << QStringLiteral("cn-hangzhou") << none << QStringList{alpha, d12, etl};
        QTest::newRow("region without rows") << none << QStringLiteral("us-west-1") << none << QStringList{};
        QTest::newRow("tag key") << none << none << QStringLiteral("env") << QStringList{alpha, beta, d123, etl};
        QTest::newRow("tag key:value") << none << none << QStringLiteral("env:prod") << QStringList{alpha, d123};
        QTest::newRow("tag with spaces") << none << none << QStringLiteral(" team : data ") << QStringList{d12, d123};
        QTest::newRow("tag value is not a key") << none << none << QStringLiteral("prod") << QStringList{};
        QTest::newRow("tag value of another key") << none << none << QStringLiteral("team:prod") << QStringList{};
        QTest::newRow("text and tag") << QStringLiteral("workspace") << none << QStringLiteral("env:dev")
                                      << QStringList{beta};
        QTest::newRow("text, region and tag") << QStringLiteral("数据") << QStringLiteral("cn-beijing")
                                              << QStringLiteral("team") << QStringList{d123};
        QTest::newRow("text and region apart") << QStringLiteral("beta") << QStringLiteral("cn-hangzhou") << none
                                               << QStringList{};
        QTest::newRow("nothing matches") << QStringLiteral("zzz") << none << none << QStringList{};
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, tag);
        QFETCH(QStringList, shown);
        model->setWorkspaces(sample());
        proxy->setText(text);
        proxy->setRegion(region);
        proxy->setTagText(tag);
        QCOMPARE(names(*proxy), shown);
        QCOMPARE(names(*proxy), expected(*model, text, region, tag));
        QCOMPARE(proxy->isFiltering(), !text.trimmed().isEmpty() || !region.isEmpty() || !tag.trimmed().isEmpty());
        // The same filters set in another order, and set before the rows arrive.
        proxy->setTagText({});
        proxy->setRegion({});
        proxy->setText({});
        proxy->setTagText(tag);
        proxy->setRegion(region);
        proxy->setText(text);
        QCOMPARE(names(*proxy), shown);
        WorkspaceTableModel later;
        new QAbstractItemModelTester(&later, QAbstractItemModelTester::FailureReportingMode::QtTest, &later);
        WorkspaceFilterProxy early;
        new QAbstractItemModelTester(&early, QAbstractItemModelTester::FailureReportingMode::QtTest, &early);
        early.setSourceModel(&later);
        early.setText(text);
        early.setRegion(region);
        early.setTagText(tag);
        QCOMPARE(early.rowCount(), 0);
        later.setWorkspaces(sample());
        QCOMPARE(names(early), shown);
    }

    void clearingEachFilterShowsEveryRowAgain()
    {
        model->setWorkspaces(sample());
        const QStringList all = names(*model);
        proxy->setText(QStringLiteral("a"));
        proxy->setRegion(QStringLiteral("cn-hangzhou"));
        proxy->setTagText(QStringLiteral("env"));
        QCOMPARE(names(*proxy), (QStringList{QStringLiteral("workspace-alpha"), QStringLiteral("ETL nightly")}));
        proxy->setTagText(QStringLiteral("  "));
        QCOMPARE(names(*proxy), (QStringList{QStringLiteral("workspace-alpha"), QStringLiteral("数据平台-12"),
                                             QStringLiteral("ETL nightly")}));
        proxy->setRegion({});
        QCOMPARE(names(*proxy), expected(*model, QStringLiteral("a")));
        QCOMPARE(proxy->rowCount(), 5);
        proxy->setText({});
        QCOMPARE(names(*proxy), all);
        QVERIFY(!proxy->isFiltering());

        // Cleared in the other order, and by setTag() with no key.
        proxy->setTag(QStringLiteral("team"));
        proxy->setRegion(QStringLiteral("cn-beijing"));
        proxy->setText(QStringLiteral("   "));
        QCOMPARE(names(*proxy), QStringList{QStringLiteral("数据平台-123")});
        proxy->setTag({});
        QCOMPARE(names(*proxy), QStringList{QStringLiteral("数据平台-123")});
        proxy->setRegion({});
        QCOMPARE(names(*proxy), all);
        QVERIFY(!proxy->isFiltering());
    }

    void typingAndErasingShowsWhatAFreshFilterShows_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<bool>("sortedByName");
        const auto s = [](const char *text) { return QString::fromUtf8(text).split(QLatin1Char('|')); };
        QTest::newRow("type on and erase") << s("w|wo|wor|work|wor|wo|w|") << false;
        QTest::newRow("erase, then type another letter") << s("wor|wo|wox|wo|wor|work|worksp") << false;
        QTest::newRow("jump back and type on") << s("wor|w|work|works|workspace-1|workspace-12|workspace-1|workspace-")
                                                << true;
        QTest::newRow("needle found later in the name") << s("o|wo|two|two-|two-w|two-wo|two-wor|two-wo|wo") << false;
        QTest::newRow("contains a cached text") << s("1|12|2|12|123|1234|23|3") << true;
        QTest::newRow("ID digits") << s("7|07|007|0007|07|7") << false;
        QTest::newRow("past the 255th byte") << s("x|xw|xwo|xwor|xworker|xwo|x") << false;
        QTest::newRow("Chinese") << s("数|数据|数据平台-1|数据平台-17|数据平|数") << true;
        QTest::newRow("spaces and case") << s(" w| wo|WO |Wor|WORK|w o|") << false;
    }
    void typingAndErasingShowsWhatAFreshFilterShows()
    {
        QFETCH(QStringList, steps);
        QFETCH(bool, sortedByName);
        QList<Workspace> list;
        for (int i = 0; i < 80; ++i)
            list << ws(QStringLiteral("workspace-%1").arg(i), idNo(0x1000 + i), QStringLiteral("cn-hangzhou"), 10, i);
        for (int i = 0; i < 20; ++i)
            list << ws(QStringLiteral("数据平台-%1").arg(i), idNo(0x2000 + i), QStringLiteral("cn-shanghai"), 10, 100 + i);
        list << ws(QStringLiteral("two-worlds"), idNo(0x3001), QStringLiteral("cn-beijing"), 10, 200);
        list << ws(QStringLiteral("wow-owl"), idNo(0x3002), QStringLiteral("cn-beijing"), 10, 201);
        list << ws(QString(270, QLatin1Char('x')) + QStringLiteral("worker"), idNo(0x3003), QStringLiteral("cn-beijing"),
                   10, 202);
        list << ws(QString(300, QLatin1Char('x')), idNo(0x3004), QStringLiteral("cn-beijing"), 10, 203);
        list << ws(QStringLiteral("Wo Rk"), idNo(0x3005), QStringLiteral("cn-beijing"), 10, 204);
        model->setWorkspaces(list);
        if (sortedByName)
            model->sort(WorkspaceTableModel::NameColumn, Qt::DescendingOrder);
        for (const QString &text : std::as_const(steps)) {
            proxy->setText(text);
            const QStringList want = expected(*model, text);
            QVERIFY2(names(*proxy) == want, qPrintable(QStringLiteral("after typing \"%1\"").arg(text)));
            QCOMPARE(names(*fresh(text)), want);
            QCOMPARE(proxy->rowCount(), int(want.size()));
        }
    }

    // A change to the list while a filter hides rows; the source is sorted by creation time.
    void followsChangedRowsWhileFiltering()
    {
        model->setWorkspaces({
            ws(S("etl-dev"), idNo(6), S("cn-beijing"), 10, 6000),
            ws(S("sales-prod"), idNo(1), S("cn-hangzhou"), 10, 1000),
            ws(S("ml-dev"), idNo(4), S("cn-hangzhou"), 10, 4000),
            ws(S("bi-prod"), idNo(7), S("cn-shanghai"), 10, 7000),
            ws(S("sales-dev"), idNo(2), S("cn-shanghai"), 10, 2000),
            ws(S("etl-prod"), idNo(5), S("cn-beijing"), 10, 5000),
            ws(S("ml-prod"), idNo(3), S("cn-hangzhou"), 10, 3000),
        });
        model->sort(WorkspaceTableModel::CreatedColumn, Qt::AscendingOrder);
        const QString text = QStringLiteral("prod");
        proxy->setText(text);
        QCOMPARE(names(*proxy), (QStringList{S("sales-prod"), S("ml-prod"), S("etl-prod"), S("bi-prod")}));

        // A hidden row renamed so it matches appears at its place in the sorted list.
        model->upsert(ws(S("ml-prod-2"), idNo(4), S("cn-hangzhou"), 10, 4000));
        QCOMPARE(names(*proxy), (QStringList{S("sales-prod"), S("ml-prod"), S("ml-prod-2"), S("etl-prod"), S("bi-prod")}));
        QCOMPARE(ids(*proxy), (QStringList{idNo(1), idNo(3), idNo(4), idNo(5), idNo(7)}));
        // A shown row renamed so it no longer matches is hidden.
        model->upsert(ws(S("sales-old"), idNo(1), S("cn-hangzhou"), 10, 1000));
        QCOMPARE(names(*proxy), (QStringList{S("ml-prod"), S("ml-prod-2"), S("etl-prod"), S("bi-prod")}));
        // Renamed and still matching: stays, with its new name.
        model->upsert(ws(S("etl-prod-v2"), idNo(5), S("cn-beijing"), 10, 5000));
        QCOMPARE(names(*proxy), (QStringList{S("ml-prod"), S("ml-prod-2"), S("etl-prod-v2"), S("bi-prod")}));
        QCOMPARE(proxy->index(2, WorkspaceTableModel::NameColumn).data().toString(), S("etl-prod-v2\n") + idNo(5));
        // Another field changed: same rows, the cell shows the new value.
        model->upsert(ws(S("bi-prod"), idNo(7), S("cn-shanghai"), 99, 7000));
        QCOMPARE(names(*proxy), (QStringList{S("ml-prod"), S("ml-prod-2"), S("etl-prod-v2"), S("bi-prod")}));
        QCOMPARE(proxy->index(3, WorkspaceTableModel::CuQuotaColumn).data().toString(), S("99"));
        // A new matching row, created between two shown ones, appears between them.
        model->upsert(ws(S("new-prod"), idNo(8), S("cn-hangzhou"), 10, 3500));
        QCOMPARE(names(*proxy),
                 (QStringList{S("ml-prod"), S("new-prod"), S("ml-prod-2"), S("etl-prod-v2"), S("bi-prod")}));
        // A new row that does not match stays hidden.
        model->upsert(ws(S("new-dev"), idNo(9), S("cn-hangzhou"), 10, 2500));
        QCOMPARE(model->rowCount(), 9);
        QCOMPARE(names(*proxy),
                 (QStringList{S("ml-prod"), S("new-prod"), S("ml-prod-2"), S("etl-prod-v2"), S("bi-prod")}));
        // Removing a shown row and a hidden one.
        model->remove(idNo(4));
        QCOMPARE(names(*proxy), (QStringList{S("ml-prod"), S("new-prod"), S("etl-prod-v2"), S("bi-prod")}));
        model->remove(idNo(2));
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(names(*proxy), (QStringList{S("ml-prod"), S("new-prod"), S("etl-prod-v2"), S("bi-prod")}));
        QCOMPARE(names(*proxy), expected(*model, text));
        QCOMPARE(names(*fresh(text)), names(*proxy));

        // The rest of a long list arrives at once (the bulk path): matching ones join at their places.
        WorkspaceRows rest;
        for (int i = 0; i < 150; ++i)
            rest.append(ws(i % 10 == 0 ? S("bulk-prod-%1").arg(i) : S("bulk-dev-%1").arg(i), idNo(0x100 + i),
                           S("cn-hangzhou"), 10, 501 + i * 50)); // no ties with the rows above
        model->appendRows(std::move(rest));
        QCOMPARE(model->rowCount(), 157);
        QCOMPARE(proxy->rowCount(), 4 + 15);
        QCOMPARE(names(*proxy), expected(*model, text));
        QCOMPARE(names(*proxy).mid(0, 4),
                 (QStringList{S("bulk-prod-0"), S("bulk-prod-10"), S("bulk-prod-20"), S("bulk-prod-30")}));
        QCOMPARE(names(*fresh(text)), names(*proxy));

        // A sort of the source: the same rows, in the new order.
        QStringList before = names(*proxy);
        model->sort(WorkspaceTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(*proxy), expected(*model, text));
        QCOMPARE(names(*proxy).first(), S("new-prod"));
        QCOMPARE(names(*proxy).last(), S("bi-prod"));
        QStringList after = names(*proxy);
        std::sort(before.begin(), before.end());
        std::sort(after.begin(), after.end());
        QCOMPARE(after, before);
        proxy->sort(WorkspaceTableModel::CuQuotaColumn, Qt::AscendingOrder); // the header's way: sorts the source
        QCOMPARE(names(*proxy), expected(*model, text));
        QCOMPARE(names(*proxy).last(), S("bi-prod")); // 99 CU
        proxy->sort(WorkspaceTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(names(*proxy), expected(*model, text));
        QCOMPARE(names(*proxy).mid(0, 3), (QStringList{S("bulk-prod-140"), S("bulk-prod-130"), S("bi-prod")}));
        QCOMPARE(names(*fresh(text)), names(*proxy));
        // And the filter still follows changes after the sort.
        model->upsert(ws(S("bulk-prod-now"), idNo(0x100 + 1), S("cn-hangzhou"), 10, 550));
        QCOMPARE(names(*proxy), expected(*model, text));
        QVERIFY(names(*proxy).contains(S("bulk-prod-now")));
    }

    // Whoever listens to the proxy (a view, a screen reader, another proxy) reads the rows as they
    // were until the insertion or removal is announced as done.
    void announcesChangesBeforeMakingThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a filter hides rows") << QStringLiteral("prod");
        QTest::newRow("every row matches") << QStringLiteral("-");
        QTest::newRow("no filter") << QString();
    }
    void announcesChangesBeforeMakingThem()
    {
        QFETCH(QString, text);
        model->setWorkspaces({ws(S("a-prod"), idNo(1), S("cn-hangzhou"), 10, 1000),
                              ws(S("b-dev"), idNo(2), S("cn-hangzhou"), 10, 2000),
                              ws(S("c-prod"), idNo(3), S("cn-hangzhou"), 10, 3000),
                              ws(S("d-prod"), idNo(4), S("cn-hangzhou"), 10, 4000)});
        model->sort(WorkspaceTableModel::CreatedColumn, Qt::AscendingOrder);
        proxy->setText(text);
        QStringList during;
        connect(proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [&] { during = names(*proxy); });
        connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&] { during = names(*proxy); });

        QStringList before = names(*proxy);
        model->upsert(ws(S("bb-prod"), idNo(5), S("cn-hangzhou"), 10, 2500)); // between b and c
        QCOMPARE(during, before);
        QCOMPARE(names(*proxy), expected(*model, text));
        QVERIFY(names(*proxy).contains(S("bb-prod")));

        during.clear();
        before = names(*proxy);
        model->upsert(ws(S("aa-dev"), idNo(6), S("cn-hangzhou"), 10, 1500)); // hidden by "prod"
        if (!during.isEmpty())
            QCOMPARE(during, before);
        QCOMPARE(names(*proxy), expected(*model, text));

        during.clear();
        before = names(*proxy);
        model->upsert(ws(S("b-prod"), idNo(2), S("cn-hangzhou"), 10, 2000)); // b now matches "prod"
        if (!during.isEmpty())
            QCOMPARE(during, before);
        QCOMPARE(names(*proxy), expected(*model, text));

        during.clear();
        before = names(*proxy);
        model->remove(idNo(3));
        QCOMPARE(during, before);
        QCOMPARE(names(*proxy), expected(*model, text));
        proxy->disconnect(this);
    }

    void followsRegionAndTagChanges()
    {
        model->setWorkspaces(sample());
        model->sort(WorkspaceTableModel::CreatedColumn, Qt::AscendingOrder);
        proxy->setRegion(S("cn-hangzhou"));
        QCOMPARE(names(*proxy), (QStringList{S("workspace-alpha"), S("数据平台-12"), S("ETL nightly")}));
        Workspace beta = sample().at(1);
        beta.region = S("cn-hangzhou");
        model->upsert(beta);
        QCOMPARE(names(*proxy),
                 (QStringList{S("workspace-alpha"), S("workspace-beta"), S("数据平台-12"), S("ETL nightly")}));
        Workspace alpha = sample().at(0);
        alpha.region = S("cn-shenzhen"); // a region no row had before
        model->upsert(alpha);
        QCOMPARE(names(*proxy), (QStringList{S("workspace-beta"), S("数据平台-12"), S("ETL nightly")}));
        proxy->setRegion(S("cn-shenzhen"));
        QCOMPARE(names(*proxy), QStringList{S("workspace-alpha")});

        proxy->setRegion({});
        proxy->setTagText(S("env:prod"));
        QCOMPARE(names(*proxy), (QStringList{S("workspace-alpha"), S("数据平台-123")}));
        Workspace etl = sample().at(5);
        etl.tags = {{S("env"), S("prod")}};
        model->upsert(etl);
        QCOMPARE(names(*proxy), (QStringList{S("workspace-alpha"), S("数据平台-123"), S("ETL nightly")}));
        Workspace d123 = sample().at(3);
        d123.tags = {{S("team"), S("data")}};
        model->upsert(d123);
        QCOMPARE(names(*proxy), (QStringList{S("workspace-alpha"), S("ETL nightly")}));
        model->upsert(ws(S("zz-new"), idNo(77), S("cn-hangzhou"), 10, 1500, {{S("env"), S("prod")}}));
        QCOMPARE(names(*proxy), (QStringList{S("workspace-alpha"), S("zz-new"), S("ETL nightly")}));
        QCOMPARE(names(*proxy), expected(*model, {}, {}, S("env:prod")));
        QCOMPARE(names(*fresh({}, {}, S("env:prod"))), names(*proxy));
    }

    // Another instance changed the list: one row gone, one renamed into the filter, one new.
    void followsAFreshlyReadList()
    {
        model->setWorkspaces(sample());
        model->sort(WorkspaceTableModel::CreatedColumn, Qt::AscendingOrder);
        proxy->setText(S("workspace"));
        QList<Workspace> fresher = sample();
        fresher.removeAt(0);                                      // workspace-alpha gone
        fresher[1].name = S("workspace-data");                    // was 数据平台-12, created 3000
        fresher << ws(S("workspace-new"), idNo(11), S("cn-hangzhou"), 10, 2500);
        model->mergeWorkspaces(fresher);
        QCOMPARE(names(*proxy), (QStringList{S("workspace-beta"), S("workspace-new"), S("workspace-data")}));
        QCOMPARE(names(*fresh(S("workspace"))), names(*proxy));
    }

    // Rows change between two keystrokes: what was found for the shorter text is not reused.
    void typingOnAfterRowsChanged()
    {
        QList<Workspace> list;
        for (int i = 0; i < 40; ++i)
            list << ws(S("workspace-%1").arg(i), idNo(i), S("cn-hangzhou"), 10, i);
        model->setWorkspaces(list);
        proxy->setText(S("wor"));
        model->upsert(ws(S("wolf-1"), idNo(1), S("cn-hangzhou"), 10, 1));
        model->upsert(ws(S("wor"), idNo(100), S("cn-hangzhou"), 10, 100));
        proxy->setText(S("work"));
        QCOMPARE(names(*proxy), expected(*model, S("work")));
        QCOMPARE(proxy->rowCount(), 39);
        model->upsert(ws(S("workspace-1"), idNo(1), S("cn-hangzhou"), 10, 1));
        proxy->setText(S("wor"));
        QCOMPARE(names(*proxy), expected(*model, S("wor")));
        QCOMPARE(proxy->rowCount(), 41);
        proxy->setText(S("wo"));
        QCOMPARE(names(*proxy), names(*model));
    }

    // The rest of the list arrives holding only rows already shown: the store is rebuilt
    // without a row being added, and the filter still follows later changes.
    void restOfTheListWithNothingNew()
    {
        QList<Workspace> list;
        for (int i = 0; i < 80; ++i)
            list << ws(S(i % 4 ? "dev-%1" : "prod-%1"), idNo(i), S("cn-hangzhou"), 10, i);
        for (Workspace &w : list)
            w.name = w.name.arg(w.createdAtMs);
        model->setWorkspaces(list);
        proxy->setText(S("prod"));
        QCOMPARE(proxy->rowCount(), 20);
        model->appendWorkspaces(list.mid(0, 70));
        QCOMPARE(model->rowCount(), 80);
        QCOMPARE(names(*proxy), expected(*model, S("prod")));
        model->retranslate(); // every row repainted
        QCOMPARE(names(*proxy), expected(*model, S("prod")));
        QCOMPARE(proxy->rowCount(), 20);
        model->upsert(ws(S("prod-new"), idNo(1), S("cn-hangzhou"), 10, 1));
        QCOMPARE(proxy->rowCount(), 21);
        QCOMPARE(names(*proxy), expected(*model, S("prod")));
        proxy->setText(S("prod-"));
        QCOMPARE(names(*proxy), expected(*model, S("prod-")));
    }

    void regionNoRowHadYet()
    {
        model->setWorkspaces(sample());
        model->sort(WorkspaceTableModel::NameColumn, Qt::AscendingOrder);
        proxy->setRegion(S("cn-shenzhen"));
        QCOMPARE(proxy->rowCount(), 0);
        model->upsert(ws(S("shenzhen-1"), idNo(90), S("cn-shenzhen"), 10, 1));
        QCOMPARE(names(*proxy), QStringList{S("shenzhen-1")});
        Workspace beta = sample().at(1);
        beta.region = S("cn-shenzhen");
        model->upsert(beta);
        QCOMPARE(names(*proxy), (QStringList{S("shenzhen-1"), S("workspace-beta")}));
        proxy->setText(S("BETA"));
        QCOMPARE(names(*proxy), QStringList{S("workspace-beta")});
    }

    void newListKeepsTheFilter()
    {
        model->setWorkspaces(sample());
        proxy->setText(S("workspace"));
        proxy->setTagText(S("env"));
        QCOMPARE(names(*proxy), (QStringList{S("workspace-alpha"), S("workspace-beta")}));
        model->setWorkspaces({ws(S("workspace-x"), idNo(1), S("cn-hangzhou"), 10, 1, {{S("env"), S("a")}}),
                              ws(S("workspace-y"), idNo(2), S("cn-hangzhou"), 10, 2),
                              ws(S("other"), idNo(3), S("cn-hangzhou"), 10, 3, {{S("env"), S("b")}}),
                              ws(S("workspace-z"), idNo(4), S("cn-hangzhou"), 10, 4, {{S("env"), S("c")}})});
        QCOMPARE(names(*proxy), (QStringList{S("workspace-x"), S("workspace-z")}));
        proxy->setText(S("workspac")); // no cached text of the old list may answer
        QCOMPARE(names(*proxy), (QStringList{S("workspace-x"), S("workspace-z")}));
        proxy->setTagText({});
        QCOMPARE(names(*proxy), (QStringList{S("workspace-x"), S("workspace-y"), S("workspace-z")}));
        model->setWorkspaces({});
        QCOMPARE(proxy->rowCount(), 0);
        model->upsert(ws(S("workspace-late"), idNo(5), S("cn-hangzhou"), 10, 5));
        model->upsert(ws(S("late"), idNo(6), S("cn-hangzhou"), 10, 6));
        QCOMPARE(names(*proxy), QStringList{S("workspace-late")});
    }

    // Every row matches (each name starts with "workspace-"; "wo" is in no ID): the proxy shows
    // the source as it is, until a row that does not match arrives.
    void everyRowMatchingThenARowThatDoesNot_data()
    {
        QTest::addColumn<bool>("insert"); // else: an existing row is renamed
        QTest::newRow("new row") << true;
        QTest::newRow("renamed row") << false;
    }
    void everyRowMatchingThenARowThatDoesNot()
    {
        QFETCH(bool, insert);
        QList<Workspace> list;
        for (int i = 1; i <= 12; ++i)
            list << ws(QStringLiteral("workspace-%1").arg(i), idNo(i), QStringLiteral("cn-hangzhou"), 10, i * 100);
        model->setWorkspaces(list);
        model->sort(WorkspaceTableModel::NameColumn, Qt::AscendingOrder);
        const QStringList all = names(*model);
        proxy->setText(QStringLiteral("wo"));
        QCOMPARE(proxy->rowCount(), model->rowCount());
        QCOMPARE(names(*proxy), all);
        proxy->setText(QStringLiteral("work"));
        QCOMPARE(names(*proxy), all);

        if (insert) {
            model->upsert(ws(QStringLiteral("other"), idNo(99), QStringLiteral("cn-hangzhou"), 10, 50));
            QCOMPARE(model->rowCount(), 13);
        } else {
            model->upsert(ws(QStringLiteral("other"), idNo(5), QStringLiteral("cn-hangzhou"), 10, 500));
        }
        QVERIFY(!names(*proxy).contains(QStringLiteral("other")));
        QCOMPARE(names(*proxy), expected(*model, QStringLiteral("work")));
        QCOMPARE(proxy->rowCount(), insert ? 12 : 11);

        // A matching row after that.
        model->upsert(ws(QStringLiteral("workspace-1a"), idNo(100), QStringLiteral("cn-hangzhou"), 10, 60));
        QCOMPARE(names(*proxy).mid(0, 3), (QStringList{QStringLiteral("workspace-1"), QStringLiteral("workspace-1a"),
                                                        QStringLiteral("workspace-2")}));
        QCOMPARE(names(*proxy), expected(*model, QStringLiteral("work")));

        // Narrowing and widening again.
        proxy->setText(QStringLiteral("workspace-1"));
        QCOMPARE(names(*proxy), (QStringList{QStringLiteral("workspace-1"), QStringLiteral("workspace-1a"),
                                             QStringLiteral("workspace-10"), QStringLiteral("workspace-11"),
                                             QStringLiteral("workspace-12")}));
        proxy->setText(QStringLiteral("wo"));
        QCOMPARE(names(*proxy), expected(*model, QStringLiteral("wo")));
        QVERIFY(!names(*proxy).contains(QStringLiteral("other")));
        QCOMPARE(proxy->rowCount(), model->rowCount() - 1);
        proxy->setText(QStringLiteral("w")); // every ID starts with "w-": every row again
        QCOMPARE(names(*proxy), names(*model));
        model->remove(idNo(3));
        QCOMPARE(names(*proxy), names(*model));
        proxy->setText(QStringLiteral("wor"));
        QCOMPARE(names(*proxy), expected(*model, QStringLiteral("wor")));
        QCOMPARE(names(*fresh(QStringLiteral("wor"))), names(*proxy));
        proxy->setText({});
        QCOMPARE(names(*proxy), names(*model));
    }

    void everyRowMatchingThenManyRowsArrive()
    {
        QList<Workspace> list;
        for (int i = 1; i <= 5; ++i)
            list << ws(QStringLiteral("workspace-%1").arg(i), idNo(i), QStringLiteral("cn-hangzhou"), 10, i * 1000);
        model->setWorkspaces(list);
        model->sort(WorkspaceTableModel::CreatedColumn, Qt::DescendingOrder);
        proxy->setText(QStringLiteral("wo"));
        QCOMPARE(proxy->rowCount(), 5);
        WorkspaceRows rest;
        for (int i = 0; i < 120; ++i)
            rest.append(ws(i % 3 ? QStringLiteral("other-%1").arg(i) : QStringLiteral("workspace-b%1").arg(i),
                           idNo(0x200 + i), QStringLiteral("cn-shanghai"), 10, i));
        model->appendRows(std::move(rest));
        QCOMPARE(model->rowCount(), 125);
        QCOMPARE(proxy->rowCount(), 5 + 40);
        QCOMPARE(names(*proxy), expected(*model, QStringLiteral("wo")));
        QCOMPARE(names(*proxy).mid(0, 6),
                 (QStringList{QStringLiteral("workspace-5"), QStringLiteral("workspace-4"), QStringLiteral("workspace-3"),
                              QStringLiteral("workspace-2"), QStringLiteral("workspace-1"),
                              QStringLiteral("workspace-b117")}));
        QCOMPARE(names(*fresh(QStringLiteral("wo"))), names(*proxy));
    }

    void selectionStaysOnItsWorkspace()
    {
        model->setWorkspaces(sample());
        const QString betaId = S("w-a1b2c3d4e5f60002");
        QItemSelectionModel selection(proxy);
        const QModelIndex start = proxy->index(1, WorkspaceTableModel::NameColumn);
        QCOMPARE(start.data(WorkspaceTableModel::IdRole).toString(), betaId);
        selection.setCurrentIndex(start, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex kept(start);
        const auto selectedIds = [&] {
            QStringList out;
            for (const QModelIndex &i : selection.selectedRows())
                out << i.data(WorkspaceTableModel::IdRole).toString();
            return out;
        };

        proxy->setText(S("workspace")); // keeps beta
        QCOMPARE(names(*proxy), (QStringList{S("workspace-alpha"), S("workspace-beta")}));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 1);
        QCOMPARE(kept.data(WorkspaceTableModel::IdRole).toString(), betaId);
        QCOMPARE(selectedIds(), QStringList{betaId});
        QCOMPARE(selection.currentIndex().data(WorkspaceTableModel::IdRole).toString(), betaId);

        model->sort(WorkspaceTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(*proxy), (QStringList{S("workspace-beta"), S("workspace-alpha")}));
        QCOMPARE(kept.row(), 0);
        QCOMPARE(kept.data(WorkspaceTableModel::IdRole).toString(), betaId);
        QCOMPARE(selectedIds(), QStringList{betaId});

        // A matching row arriving before it moves it down.
        model->upsert(ws(S("workspace-gamma"), idNo(50), S("cn-hangzhou"), 10, 10));
        QCOMPARE(names(*proxy), (QStringList{S("workspace-gamma"), S("workspace-beta"), S("workspace-alpha")}));
        QCOMPARE(kept.row(), 1);
        QCOMPARE(kept.data(WorkspaceTableModel::IdRole).toString(), betaId);
        QCOMPARE(selectedIds(), QStringList{betaId});

        proxy->setText(S("workspace-b"));
        QCOMPARE(kept.row(), 0);
        QCOMPARE(kept.data(WorkspaceTableModel::IdRole).toString(), betaId);
        proxy->setText({}); // back to every row
        QCOMPARE(kept.row(), model->rowOf(betaId));
        QCOMPARE(kept.data(WorkspaceTableModel::IdRole).toString(), betaId);
        QCOMPARE(selectedIds(), QStringList{betaId});
        model->sort(WorkspaceTableModel::CreatedColumn, Qt::AscendingOrder); // a sort without a filter
        QCOMPARE(kept.row(), model->rowOf(betaId));
        QCOMPARE(kept.data(WorkspaceTableModel::IdRole).toString(), betaId);
        proxy->setRegion(S("cn-shanghai"));
        QCOMPARE(kept.row(), 0);
        QCOMPARE(selectedIds(), QStringList{betaId});

        proxy->setRegion({});
        proxy->setText(S("alpha")); // hides it
        QCOMPARE(names(*proxy), QStringList{S("workspace-alpha")});
        QVERIFY(!kept.isValid());
        QVERIFY(selection.selectedRows().isEmpty());
        proxy->setText({});
        QVERIFY(!kept.isValid()); // a hidden row is not selected again when shown
    }

    void filterChangedOnEveryChange()
    {
        model->setWorkspaces(sample());
        QSignalSpy changed(proxy, &WorkspaceFilterProxy::filterChanged);
        int expectedCount = 0;
        const auto step = [&](const std::function<void()> &change, const QStringList &shown) {
            change();
            ++expectedCount;
            QCOMPARE(changed.count(), expectedCount);
            QCOMPARE(names(*proxy), shown);
        };
        const QStringList both{S("workspace-alpha"), S("workspace-beta")};
        step([&] { proxy->setText(S("wo")); }, both);
        step([&] { proxy->setText(S("wor")); }, both); // the same rows
        step([&] { proxy->setText(S("wor ")); }, both);
        step([&] { proxy->setText(S("zzz")); }, {});
        step([&] { proxy->setText(S("zzzz")); }, {}); // still nothing
        step([&] { proxy->setText({}); }, names(*model));
        step([&] { proxy->setText(S("w")); }, names(*model)); // every ID: the same rows as no filter
        step([&] { proxy->setRegion(S("cn-hangzhou")); }, {S("workspace-alpha"), S("数据平台-12"), S("ETL nightly")});
        step([&] { proxy->setTagText(S("env")); }, {S("workspace-alpha"), S("ETL nightly")});
        step([&] { proxy->setTag(S("env"), S("prod"), true); }, {S("workspace-alpha")});
        step([&] { proxy->setTagText(S("env:prod")); }, {S("workspace-alpha")});
        step([&] { proxy->setTag({}); }, {S("workspace-alpha"), S("数据平台-12"), S("ETL nightly")});
        step([&] { proxy->setRegion({}); }, names(*model));
        step([&] { proxy->invalidate(); }, names(*model));
    }

    void headersWhenNothingMatches()
    {
        model->setWorkspaces(sample());
        proxy->setText(QStringLiteral("no such workspace"));
        QCOMPARE(proxy->rowCount(), 0);
        QCOMPARE(proxy->columnCount(), int(WorkspaceTableModel::ColumnCount));
        QCOMPARE(proxy->headerData(WorkspaceTableModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Workspace Name / ID"));
        QCOMPARE(proxy->headerData(WorkspaceTableModel::ActionsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Actions"));
        for (int c = 0; c < WorkspaceTableModel::ColumnCount; ++c) {
            QVERIFY(!proxy->headerData(c, Qt::Horizontal).toString().isEmpty());
            QCOMPARE(proxy->headerData(c, Qt::Horizontal), model->headerData(c, Qt::Horizontal));
            QCOMPARE(proxy->headerData(c, Qt::Horizontal, Qt::AccessibleTextRole),
                     model->headerData(c, Qt::Horizontal, Qt::AccessibleTextRole));
        }
        model->setWorkspaces({}); // and with no rows at all
        proxy->setText({});
        QCOMPARE(proxy->headerData(WorkspaceTableModel::RegionColumn, Qt::Horizontal).toString(), QStringLiteral("Region"));
    }

    void mapsRowsBothWays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::newRow("no filter") << QString() << QString();
        QTest::newRow("every row matches") << QStringLiteral("w-") << QString();
        QTest::newRow("some rows") << QStringLiteral("workspace") << QString();
        QTest::newRow("region") << QString() << QStringLiteral("cn-hangzhou");
        QTest::newRow("nothing") << QStringLiteral("zzz") << QString();
    }
    void mapsRowsBothWays()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        model->setWorkspaces(sample());
        model->sort(WorkspaceTableModel::CuQuotaColumn, Qt::DescendingOrder);
        proxy->setText(text);
        proxy->setRegion(region);
        const QStringList want = expected(*model, text, region);
        QCOMPARE(names(*proxy), want);
        for (int r = 0; r < proxy->rowCount(); ++r)
            for (int c = 0; c < proxy->columnCount(); ++c) {
                const QModelIndex shown = proxy->index(r, c);
                const QModelIndex source = proxy->mapToSource(shown);
                QVERIFY(source.isValid());
                QCOMPARE(source.model(), model);
                QCOMPARE(source.column(), c);
                QCOMPARE(proxy->mapFromSource(source), shown);
                QCOMPARE(source.data(WorkspaceTableModel::IdRole), shown.data(WorkspaceTableModel::IdRole));
                QCOMPARE(source.data(), shown.data());
            }
        int hidden = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex source = model->index(r, WorkspaceTableModel::StatusColumn);
            const QModelIndex shown = proxy->mapFromSource(source);
            QCOMPARE(shown.isValid(), want.contains(model->workspace(r).name));
            if (shown.isValid()) {
                QCOMPARE(proxy->mapToSource(shown), source);
            } else {
                ++hidden;
            }
        }
        QCOMPARE(hidden, model->rowCount() - int(want.size()));
        QVERIFY(!proxy->index(proxy->rowCount(), 0).isValid());
        QVERIFY(!proxy->mapToSource(QModelIndex()).isValid());
        QVERIFY(!proxy->mapFromSource(QModelIndex()).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceFilterProxy)
#include "tst_workspacefilterproxy.moc"
