#include "models/Format.h"
#include "models/ProductSpec.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"
#include "ui/common/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

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

    LanguageManager m_languages; // English with its plural forms, as the app loads it

    static constexpr qint64 Now = 1'780'000'000'000LL;
    static constexpr qint64 Hour = 3600LL * 1000;
    static constexpr qint64 Day = 24 * Hour;

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

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

    void expiresSaysWhatIsComing_data()
    {
        QTest::addColumn<bool>("subscription");
        QTest::addColumn<bool>("autoRenew");
        QTest::addColumn<qint64>("expiresIn"); // ms from now; negative: in the past
        QTest::addColumn<QString>("secondLine"); // empty: the cell is one line
        QTest::addColumn<QString>("spoken");     // what a screen reader hears besides the date
        QTest::newRow("pay-as-you-go shows a dash") << false << false << qint64(0) << QString()
                                                    << u"Does not expire (pay-as-you-go)"_s;
        QTest::newRow("a month away shows the date only") << true << false << 30 * Day << QString() << QString();
        QTest::newRow("just over a week away shows the date only") << true << false << 7 * Day + Hour << QString()
                                                                   << QString();
        QTest::newRow("exactly a week away says 7 days") << true << false << 7 * Day << u"Expires in 7 days"_s
                                                         << u"Expires in 7 days"_s;
        QTest::newRow("three and a half days away counts the started day") << true << false << 3 * Day + 12 * Hour
                                                                           << u"Expires in 4 days"_s
                                                                           << u"Expires in 4 days"_s;
        QTest::newRow("an hour away says 1 day") << true << false << Hour << u"Expires in 1 day"_s
                                                 << u"Expires in 1 day"_s;
        QTest::newRow("auto-renewing says when it renews") << true << true << 3 * Day << u"Renews in 3 days"_s
                                                           << u"Renews automatically in 3 days"_s;
        QTest::newRow("expired says when and that Renew restores it") << true << false << -2 * Day
                                                                       << u"Expired; Renew restores it"_s
                                                                       << u"Renew restores it until it is released on"_s;
        QTest::newRow("expiring this very moment is expired") << true << false << qint64(0)
                                                              << u"Expired; Renew restores it"_s
                                                              << u"Renew restores it"_s;
    }
    void expiresSaysWhatIsComing()
    {
        QFETCH(bool, subscription);
        QFETCH(bool, autoRenew);
        QFETCH(qint64, expiresIn);
        QFETCH(QString, secondLine);
        QFETCH(QString, spoken);
        ManualClock clock(Now);
        model->setClock(&clock);
        Workspace w = make(u"soon"_s, u"w-0000000000000abc"_s, u"cn-hangzhou"_s, subscription ? 100 : 10, 1000);
        if (subscription) {
            w.expiresAtMs = Now + expiresIn;
            w.autoRenew = autoRenew;
        }
        model->upsert(w);
        const QModelIndex cell = model->indexOf(w.id, WorkspaceTableModel::ExpiresColumn);
        const QString shown = cell.data().toString();
        const QString heard = cell.data(Qt::AccessibleTextRole).toString();
        if (!subscription) {
            QCOMPARE(shown, u"—"_s);
            QCOMPARE(heard, spoken);
            QVERIFY(!cell.data(Qt::ToolTipRole).isValid());
            return;
        }
        const QString date = Format::dateTime(w.expiresAtMs);
        QCOMPARE(shown, secondLine.isEmpty() ? date : date + QLatin1Char('\n') + secondLine);
        // One sentence for a screen reader: the date and the words, never a bare line break.
        if (spoken.isEmpty())
            QCOMPARE(heard, date);
        else
            QVERIFY2(heard.contains(date) && heard.contains(spoken) && !heard.contains(QLatin1Char('\n')), qPrintable(heard));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), Format::dateTimeFull(w.expiresAtMs));
        QCOMPARE(model->headerData(WorkspaceTableModel::ExpiresColumn, Qt::Horizontal).toString(), u"Expires"_s);
    }

    void sortsByExpiryWithPayAsYouGoLast()
    {
        const auto setExpiry = [&](const QString &id, qint64 at) {
            Workspace w = model->workspace(model->rowOf(id));
            w.expiresAtMs = at;
            model->upsert(w);
        };
        setExpiry(QStringLiteral("w-000000000000000a"), 9000); // gamma10
        setExpiry(QStringLiteral("w-000000000000000c"), 8000); // Alpha
        setExpiry(QStringLiteral("w-00000000000000ff"), 9500); // gamma9; beta is pay-as-you-go
        proxy->sort(WorkspaceTableModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(column(*proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("gamma10"), QStringLiteral("gamma9"),
                                              QStringLiteral("beta")}));
        proxy->sort(WorkspaceTableModel::ExpiresColumn, Qt::DescendingOrder);
        QCOMPARE(column(*proxy), (QStringList{QStringLiteral("beta"), QStringLiteral("gamma9"), QStringLiteral("gamma10"),
                                              QStringLiteral("Alpha")}));
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
