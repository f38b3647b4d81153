#include "models/Permissions.h"
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
#include <QStatusBar>
#include <algorithm>
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

    // A disabled item is reachable by keyboard and says why: as the description screen readers
    // read with the focused item, and in the status bar.
    void disabledItemsSayWhy_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<int>("kind");
        using RA = SparkPage::RowAction;
        QTest::newRow("subscription action on a pay-as-you-go row")
            << u"en"_s << u""_s << u"eu-analytics"_s << int(RA::UpgradeQuota);
        QTest::newRow("pay-as-you-go action on a subscription row, Chinese")
            << u"zh_CN"_s << u""_s << u"spark-etl-prod"_s << int(RA::ModifyPayAsYouGoQuota);
        QTest::newRow("carol may not delete") << u"en"_s << u"carol"_s << u"eu-analytics"_s << int(RA::Delete);
        QTest::newRow("carol may not edit tags, Chinese") << u"zh_CN"_s << u"carol"_s << u"eu-analytics"_s << int(RA::EditTags);
    }
    void disabledItemsSayWhy()
    {
        QFETCH(QString, language);
        QFETCH(QString, who);
        QFETCH(QString, workspace);
        QFETCH(int, kind);
        Fixture f;
        QVERIFY(f.languages.setLanguage(language));
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        SparkPage *page = f.window.sparkPage();
        page->selectWorkspace(f.env.services->workspaces.findByName(workspace)->id);
        if (!who.isEmpty())
            f.session.setIdentity(f.env.services->account.identity(who).value());

        for (QMenu *menu : {page->rowMenu(), workspaceMenu(f.window)}) {
            QAction *action = page->rowAction(SparkPage::RowAction(kind), menu);
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
            const QString reason = action->toolTip();
            QVERIFY(!reason.isEmpty());
            QVERIFY(reason != action->text());
            if (who == u"carol"_s)
                QCOMPARE(reason, Permissions::canManageWorkspaces(f.session.identity()).text());
            if (language == u"zh_CN"_s)
                QVERIFY2(std::any_of(reason.begin(), reason.end(), [](QChar c) {
                             return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
                         }), qPrintable(reason));

            menu->popup(f.window.mapToGlobal(QPoint(100, 100)));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            // Down walks every item, the disabled ones included, as native menus do.
            for (int i = 0; i < menu->actions().size() && menu->activeAction() != action; ++i)
                QTest::keyClick(menu, Qt::Key_Down);
            QCOMPARE(menu->activeAction(), action);

            QAccessibleInterface *item = QAccessible::queryAccessibleInterface(action);
            QVERIFY(item);
            QCOMPARE(item->role(), QAccessible::MenuItem);
            QCOMPARE(item->text(QAccessible::Name), action->text().remove(QLatin1Char('&')));
            QCOMPARE(item->text(QAccessible::Description), reason);
            QVERIFY(item->state().disabled);
            QVERIFY(item->state().focused);
            QCOMPARE(item->parent()->object(), menu);
            QCOMPARE(f.window.statusBar()->currentMessage(), reason);

            // Enter on it does nothing: no dialog opens, the menu stays.
            QTest::keyClick(menu, Qt::Key_Return);
            QVERIFY(!QApplication::activeModalWidget());
            menu->close();
            QTRY_VERIFY(!menu->isVisible());
        }
        // An enabled item has no reason to give.
        QAction *open = page->rowAction(SparkPage::RowAction::Open, page->rowMenu());
        QVERIFY(open->isEnabled());
        QCOMPARE(QAccessible::queryAccessibleInterface(open)->text(QAccessible::Description), QString());
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
