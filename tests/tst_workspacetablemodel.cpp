#include "models/Format.h"
#include "models/ProductSpec.h"
#include "ui/workspaces/NameOrder.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"
#include "ui/common/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>

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

    void editMovesTheRowToItsSortedPlace_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("every row shown") << QString();
        QTest::newRow("a filter set") << QStringLiteral("a"); // Alpha, beta, gamma9, gamma10
    }
    void editMovesTheRowToItsSortedPlace()
    {
        QFETCH(QString, filter);
        proxy->setText(filter);
        proxy->sort(WorkspaceTableModel::CuQuotaColumn, Qt::AscendingOrder);
        const QString beta = QStringLiteral("w-000000000000000b");
        const QPersistentModelIndex current = proxy->mapFromSource(model->indexOf(beta, 0)); // the selected row
        QCOMPARE(current.row(), 0);
        // beta's quota goes from 9 to 500: the list is sorted by quota, so it moves between 100 and 1000.
        Workspace w = model->workspace(model->rowOf(beta));
        w.cuQuota = 500;
        model->upsert(w);
        QCOMPARE(column(*proxy, WorkspaceTableModel::SortRole, WorkspaceTableModel::CuQuotaColumn),
                 (QStringList{QStringLiteral("25"), QStringLiteral("100"), QStringLiteral("500"), QStringLiteral("1000")}));
        QVERIFY(current.isValid());
        QCOMPARE(current.row(), 2);
        QCOMPARE(current.data(WorkspaceTableModel::IdRole).toString(), beta);
        // An edit that keeps the order moves nothing.
        w.cuQuota = 600;
        model->upsert(w);
        QCOMPARE(current.row(), 2);
        // Descending, and back to the top.
        proxy->sort(WorkspaceTableModel::CuQuotaColumn, Qt::DescendingOrder);
        w.cuQuota = 5000;
        model->upsert(w);
        QCOMPARE(current.row(), 0);
        QCOMPARE(column(*proxy, WorkspaceTableModel::SortRole, WorkspaceTableModel::CuQuotaColumn),
                 (QStringList{QStringLiteral("5000"), QStringLiteral("1000"), QStringLiteral("100"), QStringLiteral("25")}));
    }

    void mergeSortsChangedRowsOnce()
    {
        proxy->sort(WorkspaceTableModel::CuQuotaColumn, Qt::AscendingOrder);
        QList<Workspace> fresh;
        for (int r = 0; r < model->rowCount(); ++r)
            fresh << model->workspace(r);
        // Another instance turned the order around: 9, 25, 100, 1000 became 4910, 4750, 4000, 1000.
        for (Workspace &w : fresh)
            w.cuQuota = 5000 - w.cuQuota * (w.cuQuota < 1000 ? 10 : 4);
        const QPersistentModelIndex alpha = proxy->mapFromSource(model->indexOf(QStringLiteral("w-000000000000000c"), 0));
        QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);
        model->mergeWorkspaces(fresh);
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(column(*proxy, WorkspaceTableModel::SortRole, WorkspaceTableModel::CuQuotaColumn),
                 (QStringList{QStringLiteral("1000"), QStringLiteral("4000"), QStringLiteral("4750"), QStringLiteral("4910")}));
        QCOMPARE(alpha.row(), 0);
    }

    void mergeLeavesRowsChangedSinceItsReadAlone()
    {
        // The merge's rows were read before this window changed beta and deleted gamma9.
        WorkspaceRows older;
        for (int r = 0; r < model->rowCount(); ++r)
            older.append(model->workspace(r));
        const QString beta = QStringLiteral("w-000000000000000b");
        const QString gamma9 = QStringLiteral("w-00000000000000ff");
        Workspace w = model->workspace(model->rowOf(beta));
        w.cuQuota = 77;
        model->upsert(w);
        model->remove(gamma9);
        model->mergeRows(older, {beta, gamma9});
        QCOMPARE(model->workspace(model->rowOf(beta)).cuQuota, 77);
        QCOMPARE(model->rowOf(gamma9), -1);
        QCOMPARE(model->rowCount(), 3);
        // Without them named, the older copy would undo both.
        model->mergeRows(older);
        QCOMPARE(model->workspace(model->rowOf(beta)).cuQuota, 9);
        QVERIFY(model->rowOf(gamma9) >= 0);
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

    void typingAndErasingFindsWhatAFreshFilterFinds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::newRow("name, narrowing from the cache") << QStringLiteral("gamma1") << QString();
        QTest::newRow("id digits") << QStringLiteral("00ff") << QString();
        QTest::newRow("with a region") << QStringLiteral("a") << QStringLiteral("cn-hangzhou");
    }
    void typingAndErasingFindsWhatAFreshFilterFinds()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        proxy->setRegion(region);
        for (int i = 1; i <= typed.size(); ++i) {
            proxy->setText(typed.left(i));
            WorkspaceFilterProxy fresh;
            fresh.setSourceModel(model);
            fresh.setRegion(region);
            fresh.setText(typed.left(i));
            QCOMPARE(column(*proxy), column(fresh));
        }
        for (int i = typed.size() - 1; i >= 0; --i) {
            proxy->setText(typed.left(i));
            WorkspaceFilterProxy fresh;
            fresh.setSourceModel(model);
            fresh.setRegion(region);
            fresh.setText(typed.left(i));
            QCOMPARE(column(*proxy), column(fresh));
        }
    }

    void filterSeesRowsChangedAfterIt()
    {
        proxy->setText(QStringLiteral("gam"));
        QCOMPARE(proxy->rowCount(), 2);
        model->upsert(make(QStringLiteral("gamma-new"), QStringLiteral("w-0000000000000abc"), QStringLiteral("cn-beijing"), 5, 10));
        QCOMPARE(proxy->rowCount(), 3);
        model->remove(QStringLiteral("w-000000000000000a"));
        proxy->setText(QStringLiteral("gamm")); // a cached text from before the change would still show it
        QCOMPARE(column(*proxy), (QStringList{QStringLiteral("gamma9"), QStringLiteral("gamma-new")}));
        proxy->setText(QStringLiteral("gam"));
        QCOMPARE(column(*proxy), (QStringList{QStringLiteral("gamma9"), QStringLiteral("gamma-new")}));
    }

    void namesSortAsQCollatorSortsThem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en_US");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }
    void namesSortAsQCollatorSortsThem()
    {
        // The ASCII shortcut of NameOrder and the collator must give one order, mixed with
        // Chinese names, digits (numeric order), case, '-' and '_'.
        QFETCH(QString, language);
        QLocale::setDefault(QLocale(language));
        WorkspaceTableModel m;
        QList<Workspace> list;
        QRandomGenerator random(12);
        const QString alphabet = QStringLiteral("aAbBzZ019-_数据平台测试");
        QStringList names;
        for (int i = 0; i < 3000; ++i) {
            QString name;
            const int length = 1 + int(random.bounded(8));
            for (int c = 0; c < length; ++c)
                name += alphabet.at(int(random.bounded(alphabet.size())));
            if (names.contains(name))
                continue;
            names << name;
            list << make(name, QStringLiteral("w-%1").arg(i, 16, 16, QLatin1Char('0')), QStringLiteral("cn-hangzhou"), 10, i);
        }
        m.setWorkspaces(list);
        m.sort(WorkspaceTableModel::NameColumn, Qt::AscendingOrder);
        QCollator collator;
        collator.setNumericMode(true);
        for (int r = 1; r < m.rowCount(); ++r) {
            const QString a = m.index(r - 1, 0).data(WorkspaceTableModel::SortRole).toString();
            const QString b = m.index(r, 0).data(WorkspaceTableModel::SortRole).toString();
            if (collator.compare(a, b) > 0)
                QFAIL(qPrintable(QStringLiteral("%1 sorted before %2").arg(a, b)));
        }
        // A name added afterwards (no rank yet) is placed by comparing.
        m.upsert(make(QStringLiteral("b9"), QStringLiteral("w-ffffffffffffffff"), QStringLiteral("cn-hangzhou"), 10, 0));
        m.sort(WorkspaceTableModel::NameColumn, Qt::AscendingOrder);
        const int row = m.rowOf(QStringLiteral("w-ffffffffffffffff"));
        if (row > 0)
            QVERIFY(collator.compare(m.index(row - 1, 0).data(WorkspaceTableModel::SortRole).toString(), QStringLiteral("b9")) <= 0);
        if (row + 1 < m.rowCount())
            QVERIFY(collator.compare(QStringLiteral("b9"), m.index(row + 1, 0).data(WorkspaceTableModel::SortRole).toString()) <= 0);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The radix sort behind every column's sort gives what a stable comparison sort gives, for
    // key ranges of one pass, of the packed key-and-slot form (key and slot in 64 bits) and wider
    // ones (dates in milliseconds, descending keys near the top of the range), ties in order.
    void sortByKeyIsAStableSort_data()
    {
        QTest::addColumn<quint64>("base");
        QTest::addColumn<quint64>("range");
        QTest::newRow("all equal") << quint64(7) << quint64(1);
        QTest::newRow("few values (status)") << quint64(0) << quint64(5);
        QTest::newRow("16 bits") << quint64(1) << quint64(65536);
        QTest::newRow("17 bits") << quint64(0) << quint64(65537);
        QTest::newRow("32 bits") << quint64(0) << (quint64(1) << 32);
        QTest::newRow("33 bits") << quint64(0) << (quint64(1) << 33);
        QTest::newRow("dates in ms") << ((quint64(1) << 63) | quint64(1700000000000)) << quint64(94608000000);
        QTest::newRow("descending near the top") << ~quint64(1700000000000) - quint64(94608000000) << quint64(94608000000);
        QTest::newRow("49 bits: just packed") << quint64(3) << (quint64(1) << 49);
        QTest::newRow("50 bits: not packed") << quint64(3) << (quint64(1) << 50);
        QTest::newRow("full range") << quint64(0) << quint64(0);
    }
    void sortByKeyIsAStableSort()
    {
        QFETCH(quint64, base);
        QFETCH(quint64, range);
        QRandomGenerator random(41);
        const size_t n = 20000;
        std::vector<WorkspaceRows::Slot> order(n);
        std::vector<quint64> keys(n);
        for (size_t i = 0; i < n; ++i) {
            order[i] = WorkspaceRows::Slot((i * 7919) % n); // a permutation, not the identity
            // Many ties (a few hundred distinct keys) and the range's both ends.
            const quint64 step = random.bounded(400);
            keys[i] = range == 0 ? random.generate64() : base + (range == 1 ? 0 : step * ((range - 1) / 399));
        }
        keys[3] = base;
        if (range > 1)
            keys[5] = base + range - 1;
        std::vector<size_t> expected(n);
        std::iota(expected.begin(), expected.end(), size_t(0));
        std::stable_sort(expected.begin(), expected.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
        // Twice with one scratch, as the model sorts: a larger sort before must not matter.
        NameOrder::SortScratch scratch;
        std::vector<WorkspaceRows::Slot> larger(n * 2);
        std::iota(larger.begin(), larger.end(), WorkspaceRows::Slot(0));
        std::vector<quint64> largerKeys(n * 2);
        for (quint64 &k : largerKeys)
            k = random.generate64();
        NameOrder::stableSortByKey(larger, largerKeys, scratch);
        std::vector<WorkspaceRows::Slot> sorted = order;
        NameOrder::stableSortByKey(sorted, keys, scratch);
        for (size_t i = 0; i < n; ++i)
            if (sorted[i] != order[expected[i]])
                QFAIL(qPrintable(QStringLiteral("row %1: slot %2, expected %3").arg(i).arg(sorted[i]).arg(order[expected[i]])));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceTableModel)
#include "tst_workspacetablemodel.moc"
