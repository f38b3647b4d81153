#include "models/Services.h"
#include "models/Session.h"
#include "tests/testsupport/WidgetSupport.h"
#include "ui/workspaces/SparkPage.h"
#include "ui/common/LanguageManager.h"
#include "ui/workspaces/NameColumnDelegate.h"
#include "ui/workspaces/TagsColumnDelegate.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"
#include "models/WorkspaceService.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAccessible>
#include <QScopeGuard>
#include <QStyle>
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QPaintEvent>

using namespace Qt::StringLiterals;

// Cells of the workspace list with long content: the Tags cell shows the tags that fit and says
// how many more there are; the Name cell keeps the ID visible under a long name. The tooltip and
// the accessible text carry everything.
class tst_ListCells : public QObject
{
    Q_OBJECT

    static TagList makeTags(int count, int keyLength, int valueLength)
    {
        TagList tags;
        for (int i = 0; i < count; ++i) {
            const QString n = QString::number(i + 1);
            tags.append({QString(u"k"_s + n).leftJustified(keyLength, QLatin1Char('k')),
                         QString(u"v"_s + n).leftJustified(valueLength, QLatin1Char('v'))});
        }
        return tags;
    }

    LanguageManager m_languages; // English with its plural forms, as the app loads it

    // The seeded subscription reporting_hk in a shown list, the clock beforeExpiry before its
    // expiry; index is its Expires cell (valid once show() returned true).
    struct ExpiringRow
    {
        TestEnv env;
        Workspace workspace;
        Session session;
        SparkPage page;
        QModelIndex index;

        explicit ExpiringRow(qint64 beforeExpiry)
            : workspace(atClock(env, beforeExpiry)), session(env.services->account.owner().value()),
              page(*env.services, session)
        {
        }
        static Workspace atClock(TestEnv &env, qint64 beforeExpiry)
        {
            const Workspace w = *env.services->workspaces.findByName(u"reporting_hk"_s);
            env.clock.set(w.expiresAtMs - beforeExpiry);
            return w;
        }
        bool show()
        {
            page.resize(1200, 600);
            page.show();
            if (!QTest::qWaitForWindowExposed(&page))
                return false;
            index = page.proxy()->mapFromSource(page.model()->indexOf(workspace.id, WorkspaceTableModel::ExpiresColumn));
            page.view()->scrollTo(index);
            return index.isValid();
        }
    };

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(u"en"_s)); }

    void showsWhatFitsAndHowManyMore_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("keyLength");
        QTest::addColumn<int>("valueLength");
        QTest::addColumn<bool>("allFit");
        QTest::newRow("two short tags fit") << 2 << 2 << 2 << true;
        QTest::newRow("twenty short tags end with +N more") << 20 << 3 << 3 << false;
        QTest::newRow("twenty 128-char tags end with +N more") << 20 << 128 << 128 << false;
        QTest::newRow("one 128-char tag is elided, nothing more") << 1 << 128 << 128 << true;
    }
    void showsWhatFitsAndHowManyMore()
    {
        QFETCH(int, count);
        QFETCH(int, keyLength);
        QFETCH(int, valueLength);
        QFETCH(bool, allFit);

        TestEnv env;
        Session session(env.services->account.owner().value());
        SparkPage page(*env.services, session);
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Workspace w = *env.services->workspaces.findByName(u"eu-analytics"_s);
        const TagList tags = makeTags(count, keyLength, valueLength);
        QVERIFY(env.services->tags.setTags(env.services->account.owner().value(), w.id, tags).ok());
        page.refreshWorkspace(w.id);

        QTableView *view = page.view();
        const QModelIndex index = page.proxy()->mapFromSource(page.model()->indexOf(w.id, WorkspaceTableModel::TagsColumn));
        view->scrollTo(index);
        auto *delegate = qobject_cast<TagsColumnDelegate *>(view->itemDelegateForColumn(WorkspaceTableModel::TagsColumn));
        QVERIFY(delegate);
        const QStyleOptionViewItem option = cellOption(view, index);

        const QList<QRect> rects = delegate->tagRects(option, index);
        QCOMPARE(rects.size(), count);
        int shown = 0;
        for (const QRect &r : rects) {
            if (r.isEmpty())
                continue;
            ++shown;
            QVERIFY2(option.rect.contains(r), "a tag is drawn outside its cell");
        }
        QVERIFY(shown > 0 || !allFit);
        const QString more = delegate->moreText(option, index);
        const QRect moreRect = delegate->moreRect(option, index);
        if (allFit) {
            QCOMPARE(shown, count);
            QVERIFY(more.isEmpty());
        } else {
            QVERIFY(shown < count);
            QCOMPARE(more, u"+%1 more"_s.arg(count - shown));
            QVERIFY2(option.rect.contains(moreRect), "\"+N more\" is cut off");
            QVERIFY(view->fontMetrics().horizontalAdvance(more) <= moreRect.width());
            for (const QRect &r : rects)
                QVERIFY2(!r.intersects(moreRect), "\"+N more\" overlaps a tag");
        }

        // Every tag in the tooltip (one a line) and in what a screen reader hears.
        const QString tooltip = index.data(Qt::ToolTipRole).toString();
        QCOMPARE(tooltip.split(QLatin1Char('\n')).size(), count);
        const QString spoken = index.data(Qt::AccessibleTextRole).toString();
        for (const Tag &t : tags) {
            QVERIFY(tooltip.contains(t.key + QLatin1Char(':') + t.value));
            QVERIFY(spoken.contains(t.key + QLatin1Char(':') + t.value));
        }
        QVERIFY(spoken.startsWith(count == 1 ? u"1 tag:"_s : u"%1 tags:"_s.arg(count)));

        // The table exposes that text for the cell.
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QVERIFY(table && table->tableInterface());
        QAccessibleInterface *cell = table->tableInterface()->cellAt(index.row(), index.column());
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), spoken);
    }

    // The Expires cell's two lines (the date, then the words) fit its column in both languages,
    // so "Expires in 3 days" or "Renew restores it" is never wrapped onto a hidden third line.
    void expiresCellFitsItsWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("beforeExpiry");
        QTest::newRow("English, expires in 3 days") << u"en"_s << qint64(3 * 86'400'000LL + 3'600'000);
        QTest::newRow("English, expired") << u"en"_s << qint64(-86'400'000LL);
        QTest::newRow("Chinese, expires in 3 days") << u"zh_CN"_s << qint64(3 * 86'400'000LL + 3'600'000);
        QTest::newRow("Chinese, expired") << u"zh_CN"_s << qint64(-86'400'000LL);
    }
    void expiresCellFitsItsWords()
    {
        QFETCH(QString, language);
        QFETCH(qint64, beforeExpiry);
        QVERIFY(m_languages.setLanguage(language));
        const auto restore = qScopeGuard([this] { m_languages.setLanguage(u"en"_s); });
        ExpiringRow row(beforeExpiry);
        QCOMPARE(row.workspace.billing, ProductSpec::Subscription);
        QVERIFY(row.show());
        QTableView *view = row.page.view();
        const QModelIndex index = row.index;
        const QStyleOptionViewItem option = cellOption(view, index);
        const QStringList lines = index.data().toString().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        for (const QString &line : lines)
            QVERIFY2(view->fontMetrics().horizontalAdvance(line) <= option.rect.width() - 2 * margin,
                     qPrintable(u"\"%1\" is wider than the Expires column"_s.arg(line)));
        QVERIFY2(lines.size() * view->fontMetrics().lineSpacing() <= option.rect.height(), "the two lines are cut");
        // A screen reader hears the same words in one sentence.
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QAccessibleInterface *cell = table->tableInterface()->cellAt(index.row(), index.column());
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), index.data(Qt::AccessibleTextRole).toString());
        QVERIFY(cell->text(QAccessible::Name).contains(lines.at(0)));
    }

    // A window left open counts the days down by itself: the Expires cells shown are painted
    // again every minute, and each paint works the days out from the clock.
    void expiryCountsDownWithoutAClick()
    {
        ExpiringRow row(3 * 86'400'000LL + 3'600'000); // 3 days and an hour left
        QCOMPARE(row.workspace.billing, ProductSpec::Subscription);
        QVERIFY(row.show());
        QTableView *view = row.page.view();
        const QModelIndex index = row.index;
        QVERIFY(index.data().toString().contains(u"Expires in 4 days"_s));
        QCoreApplication::processEvents();

        struct PaintWatch : QObject
        {
            QRegion painted;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::Paint)
                    painted += static_cast<QPaintEvent *>(e)->region();
                return false;
            }
        } watch;
        view->viewport()->installEventFilter(&watch);
        row.env.clock.advance(2 * 3'600'000); // an hour past the day's turn: 3 days left now
        QVERIFY(index.data().toString().contains(u"Expires in 3 days"_s));
        QTest::qWait(50);
        const QRect cell = view->visualRect(index);
        QVERIFY2(!watch.painted.intersects(cell), "nothing repaints the cell by itself but the timer");

        auto *timer = row.page.findChild<QTimer *>(u"expiryRepaintTimer"_s);
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QVERIFY(timer->interval() <= 60'000);
        row.page.repaintExpiryCells(); // what the timer does when it fires
        QTRY_VERIFY(watch.painted.contains(cell));
    }

    void longNameNeverHidesTheId()
    {
        TestEnv env;
        Session session(env.services->account.owner().value());
        WorkspaceSpec spec;
        spec.region = u"cn-hangzhou"_s;
        spec.billing = ProductSpec::PayAsYouGo;
        spec.name = QString(64, QChar(0x6570)); // 64 Chinese characters, the longest name allowed
        spec.cuQuota = 1000;
        spec.bucket = u"emr-spark-logs-cn-hangzhou"_s;
        spec.catalogId = u"default_catalog"_s;
        spec.executionRole = ProductSpec::DefaultExecutionRole;
        const Result<Workspace> created = env.services->workspaces.create(env.services->account.owner().value(), spec);
        QVERIFY2(created.ok(), qPrintable(created.text()));
        SparkPage page(*env.services, session);
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        QTableView *view = page.view();
        const QModelIndex index =
            page.proxy()->mapFromSource(page.model()->indexOf(created->id, WorkspaceTableModel::NameColumn));
        QVERIFY(index.isValid());
        auto *delegate = qobject_cast<NameColumnDelegate *>(view->itemDelegateForColumn(WorkspaceTableModel::NameColumn));
        QVERIFY(delegate);
        const QStyleOptionViewItem option = cellOption(view, index);
        const QStringList lines = delegate->shownLines(option, index);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1), created->id);
        QVERIFY(lines.at(0).endsWith(QChar(0x2026)));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(spec.name));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(created->id));
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(spec.name));
    }
};

QTEST_MAIN(tst_ListCells)
#include "tst_listcells.moc"
