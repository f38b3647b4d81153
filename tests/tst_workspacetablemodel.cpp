#include "models/ProductSpec.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
Workspace make(const QString &name, const QString &id, const QString &region, int cu, qint64 created, TagList tags = {})
{
    Workspace w;
    w.id = id;
    w.name = name;
    w.region = region;
    w.billing = cu >= 25 ? ProductSpec::Subscription : ProductSpec::PayAsYouGo;
    w.cuQuota = cu;
    w.status = ProductSpec::StatusRunning;
    w.createdAtMs = created;
    w.tags = std::move(tags);
    return w;
}

QStringList column(const QAbstractItemModel &m, int role = WorkspaceTableModel::SortRole, int col = 0)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data(role).toString();
    return out;
}
} // namespace

class tst_WorkspaceTableModel : public QObject
{
    Q_OBJECT

    WorkspaceTableModel *model = nullptr;
    WorkspaceFilterProxy *proxy = nullptr;

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        model = new WorkspaceTableModel(this);
        proxy = new WorkspaceFilterProxy(this);
        proxy->setSourceModel(model);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, proxy);
        model->setWorkspaces({
            make(QStringLiteral("gamma10"), QStringLiteral("w-000000000000000a"), QStringLiteral("cn-hangzhou"), 100, 3000,
                 {{QStringLiteral("env"), QStringLiteral("prod")}}),
            make(QStringLiteral("beta"), QStringLiteral("w-000000000000000b"), QStringLiteral("cn-shanghai"), 9, 1000,
                 {{QStringLiteral("env"), QStringLiteral("dev")}, {QStringLiteral("team"), QStringLiteral("ml")}}),
            make(QStringLiteral("Alpha"), QStringLiteral("w-000000000000000c"), QStringLiteral("cn-hangzhou"), 1000, 2000),
            make(QStringLiteral("gamma9"), QStringLiteral("w-00000000000000ff"), QStringLiteral("eu-central-1"), 25, 4000),
        });
    }
    void cleanup()
    {
        delete proxy;
        delete model;
    }

    void showsEveryColumn()
    {
        QCOMPARE(model->columnCount(), int(WorkspaceTableModel::ColumnCount));
        QCOMPARE(model->headerData(WorkspaceTableModel::ActionsColumn, Qt::Horizontal).toString(), QStringLiteral("Actions"));
        const QModelIndex first = model->index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("gamma10\nw-000000000000000a"));
        QCOMPARE(model->index(0, WorkspaceTableModel::RegionColumn).data().toString(), QStringLiteral("China (Hangzhou)"));
        QCOMPARE(model->index(1, WorkspaceTableModel::BillingColumn).data().toString(), QStringLiteral("Pay-as-you-go"));
        QCOMPARE(model->index(2, WorkspaceTableModel::CuQuotaColumn).data().toString(), QStringLiteral("1,000"));
        QCOMPARE(model->index(1, WorkspaceTableModel::TagsColumn).data().toString(), QStringLiteral("env:dev, team:ml"));
    }

    void sortsNamesWithCollation()
    {
        proxy->sort(WorkspaceTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(column(*proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("gamma9"),
                                              QStringLiteral("gamma10")}));
        proxy->sort(WorkspaceTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(column(*proxy).first(), QStringLiteral("gamma10"));
    }

    void sortsNumbersAndDatesByValue()
    {
        proxy->sort(WorkspaceTableModel::CuQuotaColumn, Qt::AscendingOrder);
        QCOMPARE(column(*proxy, WorkspaceTableModel::SortRole, WorkspaceTableModel::CuQuotaColumn),
                 (QStringList{QStringLiteral("9"), QStringLiteral("25"), QStringLiteral("100"), QStringLiteral("1000")}));
        proxy->sort(WorkspaceTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(column(*proxy), (QStringList{QStringLiteral("gamma9"), QStringLiteral("gamma10"), QStringLiteral("Alpha"),
                                              QStringLiteral("beta")}));
    }

    void insertKeepsTheSortOrder()
    {
        proxy->sort(WorkspaceTableModel::NameColumn, Qt::AscendingOrder);
        model->upsert(make(QStringLiteral("delta"), QStringLiteral("w-0000000000000001"), QStringLiteral("cn-beijing"), 5, 10));
        QCOMPARE(column(*proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("delta"),
                                              QStringLiteral("gamma9"), QStringLiteral("gamma10")}));
        model->remove(QStringLiteral("w-000000000000000b"));
        QCOMPARE(column(*proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("delta"), QStringLiteral("gamma9"),
                                              QStringLiteral("gamma10")}));
        QCOMPARE(model->rowOf(QStringLiteral("w-00000000000000ff")), 2);
    }

    void updateChangesOneRow()
    {
        Workspace w = model->workspace(model->rowOf(QStringLiteral("w-000000000000000c")));
        w.cuQuota = 42;
        model->upsert(w);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->indexOf(w.id, WorkspaceTableModel::CuQuotaColumn).data().toString(), QStringLiteral("42"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("no filter shows all") << QString() << QString() << QString()
                                             << QStringList{QStringLiteral("gamma10"), QStringLiteral("beta"),
                                                            QStringLiteral("Alpha"), QStringLiteral("gamma9")};
        QTest::newRow("name substring, any case") << QStringLiteral("ALP") << QString() << QString()
                                                  << QStringList{QStringLiteral("Alpha")};
        QTest::newRow("workspace ID") << QStringLiteral("w-00000000000000ff") << QString() << QString()
                                      << QStringList{QStringLiteral("gamma9")};
        QTest::newRow("region") << QString() << QStringLiteral("cn-hangzhou") << QString()
                                << QStringList{QStringLiteral("gamma10"), QStringLiteral("Alpha")};
        QTest::newRow("text and region") << QStringLiteral("gamma") << QStringLiteral("eu-central-1") << QString()
                                         << QStringList{QStringLiteral("gamma9")};
        QTest::newRow("tag key") << QString() << QString() << QStringLiteral("env")
                                 << QStringList{QStringLiteral("gamma10"), QStringLiteral("beta")};
        QTest::newRow("tag key and value") << QString() << QString() << QStringLiteral("env:dev")
                                           << QStringList{QStringLiteral("beta")};
        QTest::newRow("no match") << QStringLiteral("zzz") << QString() << QString() << QStringList{};
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, tag);
        QFETCH(QStringList, names);
        proxy->setText(text);
        proxy->setRegion(region);
        const int colon = tag.indexOf(QLatin1Char(':'));
        if (colon < 0)
            proxy->setTag(tag);
        else
            proxy->setTag(tag.left(colon), tag.mid(colon + 1), true);
        QCOMPARE(column(*proxy), names);
        QCOMPARE(proxy->isFiltering(), !text.isEmpty() || !region.isEmpty() || !tag.isEmpty());
    }

    void filterSurvivesSorting()
    {
        proxy->setText(QStringLiteral("gamma"));
        proxy->sort(WorkspaceTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(column(*proxy), (QStringList{QStringLiteral("gamma10"), QStringLiteral("gamma9")}));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceTableModel)
#include "tst_workspacetablemodel.moc"
