#include "models/Services.h"
#include "models/Session.h"
#include "tests/testsupport/TestSupport.h"
#include "ui/common/AppSettings.h"
#include "ui/common/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/workspaces/SparkPage.h"

#include <QAccessible>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Screen readers find menu items through QAccessible. Each menu that lists the workspace actions
// (Workspace in the menu bar, the row's context menu / Actions button, the Actions column's More)
// must report its own items as showing, at their place in that menu, whichever opened first.
class tst_MenuAccessibility : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Fixture() : session(env.services->account.owner().value()), settings(dir.filePath(u"s.ini"_s)),
                    window(*env.services, session, languages, settings)
        {
            window.resize(1200, 700);
            window.show();
        }
        TestEnv env;
        Session session;
        QTemporaryDir dir;
        AppSettings settings;
        LanguageManager languages;
        MainWindow window;
    };

    static QMenu *workspaceMenu(MainWindow &window)
    {
        for (QAction *a : window.menuBar()->actions())
            if (a->menu() && a->menu()->findChild<QAction *>(u"deleteWorkspaceAction"_s))
                return a->menu();
        return nullptr;
    }

    // Opens menu, checks what QAccessible reports for each of its items, closes it.
    static void checkMenu(QMenu *menu, const QPoint &at)
    {
        menu->popup(at);
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
        QVERIFY(iface);
        int items = 0;
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *child = iface->child(i);
            QVERIFY(child);
            if (child->role() != QAccessible::MenuItem)
                continue;
            ++items;
            const QString name = child->text(QAccessible::Name);
            QVERIFY2(!child->state().invisible, qPrintable(menu->objectName() + u": "_s + name + u" reports invisible"_s));
            QVERIFY2(!child->state().offscreen, qPrintable(menu->objectName() + u": "_s + name + u" reports offscreen"_s));
            QVERIFY2(menu->geometry().contains(child->rect()),
                     qPrintable(menu->objectName() + u": "_s + name + u" reports a place outside its menu"_s));
            QCOMPARE(child->parent()->object(), menu);
            // A click where the item says it is lands on that item of this menu.
            QAction *action = menu->actionAt(menu->mapFromGlobal(child->rect().center()));
            QVERIFY(action);
            QCOMPARE(action->text().remove(QLatin1Char('&')), name);
        }
        QVERIFY(items >= 4);
        menu->close();
        QTRY_VERIFY(!menu->isVisible());
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void everyMenuReportsItsOwnItems_data()
    {
        QTest::addColumn<QStringList>("order");
        QTest::newRow("menu bar first") << QStringList{u"workspace"_s, u"row"_s, u"more"_s};
        QTest::newRow("context menu first") << QStringList{u"row"_s, u"more"_s, u"workspace"_s};
        QTest::newRow("More menu first") << QStringList{u"more"_s, u"workspace"_s, u"row"_s};
    }
    void everyMenuReportsItsOwnItems()
    {
        QFETCH(QStringList, order);
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        SparkPage *page = f.window.sparkPage();
        page->view()->setFocus();
        page->view()->selectRow(0);
        QVERIFY(!page->selectedWorkspaceId().isEmpty());
        const QPoint at = f.window.mapToGlobal(QPoint(100, 100));
        for (const QString &which : order) {
            QMenu *menu = which == u"workspace"_s ? workspaceMenu(f.window)
                        : which == u"row"_s     ? page->rowMenu()
                                                : page->moreMenu();
            QVERIFY(menu);
            checkMenu(menu, at + QPoint(order.indexOf(which) * 150, 0));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void menusShareStateButNotActions()
    {
        Fixture f;
        SparkPage *page = f.window.sparkPage();
        QMenu *bar = workspaceMenu(f.window);
        QVERIFY(bar);
        const QList<SparkPage::RowAction> kinds{SparkPage::RowAction::Delete, SparkPage::RowAction::EditTags,
                                                SparkPage::RowAction::UpgradeQuota};
        for (const SparkPage::RowAction kind : kinds) {
            QAction *inBar = page->rowAction(kind, bar);
            QAction *inRow = page->rowAction(kind, page->rowMenu());
            QAction *inMore = page->rowAction(kind, page->moreMenu());
            QVERIFY(inBar && inRow);
            QVERIFY(inBar != inRow);
            QVERIFY(!inMore || (inMore != inBar && inMore != inRow));
        }
        // Selecting a subscription workspace updates every menu's copy alike.
        page->selectWorkspace(f.env.services->workspaces.findByName(u"spark-etl-prod"_s)->id);
        for (QMenu *menu : {bar, page->rowMenu(), page->moreMenu()}) {
            QVERIFY(page->rowAction(SparkPage::RowAction::UpgradeQuota, menu)->isEnabled());
            QVERIFY(!page->rowAction(SparkPage::RowAction::ModifyPayAsYouGoQuota, menu)->isEnabled());
        }
        QCOMPARE(page->rowAction(SparkPage::RowAction::Delete, bar)->text(), u"Unsubscribe"_s);
    }
};

QTEST_MAIN(tst_MenuAccessibility)
#include "tst_menuaccessibility.moc"
