#include "ui/common/AppSettings.h"
#include "ui/common/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "models/ChangeFeed.h"
#include "models/ProductSpec.h"
#include "models/Session.h"
#include "ui/workspaces/SparkPage.h"
#include "tests/testsupport/WidgetSupport.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "models/WorkspaceService.h"
#include "ui/workspaces/WorkspaceTableModel.h"
#include "ui/workspaces/ActionsColumnDelegate.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppEnv> app;
    std::unique_ptr<MainWindow> window;

    SparkPage *page() const { return window->sparkPage(); }
    QLineEdit *filterEdit() const { return window->findChild<QLineEdit *>(QStringLiteral("filterEdit")); }
    QLabel *countLabel() const { return window->findChild<QLabel *>(QStringLiteral("countLabel")); }
    QLabel *emptyLabel() const { return window->findChild<QLabel *>(QStringLiteral("emptyMessage")); }

    void openWindow(bool sampleWorkspaces = true)
    {
        app = std::make_unique<AppEnv>(sampleWorkspaces);
        app->languages.setLanguage(QStringLiteral("en"));
        reopenWindow();
    }
    void reopenWindow()
    {
        window.reset();
        window = std::make_unique<MainWindow>(*app->env.services, app->session, app->languages, app->settings);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    void selectRow(int row)
    {
        QTableView *view = page()->view();
        const QRect r = view->visualRect(view->model()->index(row, WorkspaceTableModel::RegionColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    }

    // n workspaces like base named bulk-000 ... (a list longer than its first page), in one write.
    bool addBulkWorkspaces(const Workspace &base, int n)
    {
        return app->env.db->write([&]() -> Status {
            for (int i = 0; i < n; ++i) {
                Workspace w = base;
                w.id = WorkspaceService::newWorkspaceId();
                w.name = QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'));
                w.createdAtMs = base.createdAtMs + i;
                if (Status s = app->env.services->workspaces.insertRecord(w, QStringLiteral("alice")); !s.ok())
                    return s;
            }
            return {};
        }).ok();
    }

private slots:
    void init() { openWindow(); }
    void cleanup()
    {
        window.reset();
        app.reset();
    }

    void showsTheSeededList()
    {
        QCOMPARE(page()->view()->model()->rowCount(), 5);
        QCOMPARE(countLabel()->text(), QStringLiteral("5 workspaces"));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Spark"));
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("createWorkspaceButton"))->isVisible());
    }

    // At the default window size, with the scroll bar a long list brings, every row's two action
    // links are in view: nobody scrolls sideways to find Delete or More.
    void rowActionsFitTheDefaultWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }
    void rowActionsFitTheDefaultWindow()
    {
        QFETCH(QString, language);
        QVERIFY(addBulkWorkspaces(*app->env.services->workspaces.findByName(u"reporting_hk"_s), 60));
        QVERIFY(app->languages.setLanguage(language));
        reopenWindow();
        window->resize(1180, 720); // MainWindow's default on a screen large enough for it
        QTableView *view = page()->view();
        QTRY_VERIFY(view->verticalScrollBar()->isVisible());
        auto *actions = qobject_cast<ActionsColumnDelegate *>(view->itemDelegateForColumn(WorkspaceTableModel::ActionsColumn));
        QVERIFY(actions);
        const int left = view->columnViewportPosition(WorkspaceTableModel::ActionsColumn);
        QVERIFY(left >= 0);
        int rows = 0;
        for (int row = 0; row < view->model()->rowCount() && view->rowViewportPosition(row) < view->viewport()->height(); ++row) {
            const QModelIndex index = view->model()->index(row, WorkspaceTableModel::ActionsColumn);
            const int right = left + actions->contentWidth(cellOption(view, index), index);
            QVERIFY2(right <= view->viewport()->width(),
                     qPrintable(u"row %1's actions end at %2, the list at %3"_s.arg(row).arg(right).arg(view->viewport()->width())));
            ++rows;
        }
        QVERIFY(rows > 5);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    }

    void filterMatchesNameOrIdAsYouType()
    {
        QTest::keyClicks(filterEdit(), QStringLiteral("ML-TR"));
        QCOMPARE(page()->view()->model()->rowCount(), 1);
        QCOMPARE(countLabel()->text(), QStringLiteral("1 of 5 workspaces shown"));
        const QString id = app->env.services->workspaces.findByName(QStringLiteral("reporting_hk"))->id;
        filterEdit()->clear();
        QTest::keyClicks(filterEdit(), id.mid(2, 8));
        QCOMPARE(page()->view()->model()->rowCount(), 1);
        QCOMPARE(page()->view()->model()->index(0, 0).data(WorkspaceTableModel::IdRole).toString(), id);
    }

    void filtersOfferAClearButtonOnceTheyHaveText()
    {
        const auto visibleClearButton = [](QLineEdit *edit) -> QToolButton * {
            for (QToolButton *b : edit->findChildren<QToolButton *>())
                if (b->isVisible())
                    return b;
            return nullptr;
        };
        QTest::keyClicks(filterEdit(), QStringLiteral("ML-TR"));
        QTRY_VERIFY(visibleClearButton(filterEdit()));
        QTest::mouseClick(visibleClearButton(filterEdit()), Qt::LeftButton);
        QVERIFY(filterEdit()->text().isEmpty());
        QCOMPARE(page()->view()->model()->rowCount(), 5);
        QTRY_VERIFY(!visibleClearButton(filterEdit()));
        // Text set by a click on a tag in the Tags column can be cleared the same way.
        auto *tagEdit = window->findChild<QLineEdit *>(QStringLiteral("tagFilterEdit"));
        page()->applyTagFilter(QStringLiteral("env"), QStringLiteral("prod"), true);
        QTRY_VERIFY(visibleClearButton(tagEdit));
        QTest::mouseClick(visibleClearButton(tagEdit), Qt::LeftButton);
        QVERIFY(tagEdit->text().isEmpty());
    }

    void regionFilter()
    {
        auto *combo = window->findChild<QComboBox *>(QStringLiteral("regionFilter"));
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(QStringLiteral("cn-hongkong")));
        QCOMPARE(page()->view()->model()->rowCount(), 1);
        QCOMPARE(page()->view()->model()->index(0, WorkspaceTableModel::RegionColumn).data().toString(),
                 QStringLiteral("China (Hong Kong)"));
    }

    void noResultsHasItsOwnMessage()
    {
        QTest::keyClicks(filterEdit(), QStringLiteral("no-such-workspace"));
        QVERIFY(emptyLabel()->isVisible());
        QCOMPARE(emptyLabel()->text(), QStringLiteral("No workspaces match the filter."));
        QVERIFY(!page()->view()->isVisible());
        auto *clear = window->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(page()->view()->model()->rowCount(), 5);
        QVERIFY(page()->view()->isVisible());
    }

    void emptyListHasItsOwnMessage()
    {
        cleanup();
        openWindow(false);
        QVERIFY(emptyLabel()->isVisible());
        QVERIFY(emptyLabel()->text().startsWith(QLatin1String("No workspaces yet.")));
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->isVisible());
        QCOMPARE(countLabel()->text(), QStringLiteral("0 workspaces"));
    }

    void anEmptyAccountBuildsItsListWithItsFirstWorkspace()
    {
        // A user's sort and widths, saved while the account had workspaces.
        const Workspace base = *app->env.services->workspaces.findByName(QStringLiteral("eu-analytics"));
        page()->view()->sortByColumn(WorkspaceTableModel::NameColumn, Qt::DescendingOrder);
        page()->view()->setColumnWidth(WorkspaceTableModel::RegionColumn, 211);
        window->close();
        const QByteArray saved = app->settings.value(AppSettings::Key::WorkspaceHeaderState).toByteArray();
        QVERIFY(!saved.isEmpty());

        cleanup();
        app = std::make_unique<AppEnv>(false);
        app->languages.setLanguage(QStringLiteral("en"));
        app->settings.setValue(AppSettings::Key::WorkspaceHeaderState, saved);
        reopenWindow();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // No list, Actions button or filter bar for an empty account (issue 12: nothing to show,
        // act on or filter): the message, and Create Workspace has the focus; Tab goes on to
        // the identity without a hidden list.
        QVERIFY(!window->findChild<QTableView *>(QStringLiteral("workspaceTable")));
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("actionsButton")));
        QVERIFY(!window->findChild<QLineEdit *>(QStringLiteral("filterEdit")));
        QVERIFY(!window->findChild<QLineEdit *>(QStringLiteral("tagFilterEdit")));
        QVERIFY(!window->findChild<QComboBox *>(QStringLiteral("regionFilter")));
        QVERIFY(emptyLabel()->isVisible());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("createWorkspaceButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->identityCombo());
        // Enter on Create Workspace opens it.
        QPushButton *create = window->findChild<QPushButton *>(QStringLiteral("createWorkspaceButton"));
        create->setFocus();
        bool opened = false;
        whenModal<QDialog>([](QDialog *dialog) { dialog->reject(); }, &opened);
        QTest::keyClick(create, Qt::Key_Return);
        QVERIFY(opened);
        // Closed without a list: the saved sort and widths stay as they were.
        window->close();
        QCOMPARE(app->settings.value(AppSettings::Key::WorkspaceHeaderState).toByteArray(), saved);

        reopenWindow();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(addBulkWorkspaces(base, 3));
        window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        // The first workspaces bring the list, sorted and sized as the user left it.
        QTableView *view = window->findChild<QTableView *>(QStringLiteral("workspaceTable"));
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QVERIFY(!emptyLabel()->isVisible());
        QCOMPARE(view->columnWidth(WorkspaceTableModel::RegionColumn), 211);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(WorkspaceTableModel::NameColumn));
        QStringList names;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            names << view->model()->index(r, 0).data(WorkspaceTableModel::SortRole).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("bulk-002"), QStringLiteral("bulk-001"), QStringLiteral("bulk-000")}));
        QCOMPARE(view->accessibleName(), QStringLiteral("Workspaces"));
        QCOMPARE(countLabel()->text(), QStringLiteral("3 workspaces"));
        // The Actions button and the filter bar came with them, labelled, in Tab order after
        // Create Workspace and before the list, which comes before the identity.
        QPushButton *actions = window->findChild<QPushButton *>(QStringLiteral("actionsButton"));
        QVERIFY(actions && actions->isVisible());
        QCOMPARE(actions->text(), QStringLiteral("Actions"));
        QVERIFY(!actions->isEnabled()); // nothing selected yet, and it says so
        QVERIFY(!actions->accessibleDescription().isEmpty());
        QLineEdit *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QComboBox *region = window->findChild<QComboBox *>(QStringLiteral("regionFilter"));
        QLineEdit *tag = window->findChild<QLineEdit *>(QStringLiteral("tagFilterEdit"));
        QVERIFY(filter && region && tag);
        QVERIFY(filter->isVisible() && region->isVisible() && tag->isVisible());
        QCOMPARE(region->currentText(), QStringLiteral("All regions"));
        QCOMPARE(filter->placeholderText(), QStringLiteral("Workspace name or ID"));
        create = window->findChild<QPushButton *>(QStringLiteral("createWorkspaceButton"));
        create->setFocus();
        QTest::keyClick(create, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), filter);
        QTest::keyClick(filter, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), region);
        QTest::keyClick(region, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tag);
        QTest::keyClick(tag, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->identityCombo());
        // Typing in it filters the new list.
        QTest::keyClicks(filter, QStringLiteral("bulk-001"));
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void clickingAHeaderSortsByValue()
    {
        QTableView *view = page()->view();
        QHeaderView *header = view->horizontalHeader();
        const int x = header->sectionViewportPosition(WorkspaceTableModel::CuQuotaColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QStringList quotas;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            quotas << view->model()->index(r, WorkspaceTableModel::CuQuotaColumn).data().toString();
        const Qt::SortOrder order = header->sortIndicatorOrder();
        QStringList expected{QStringLiteral("50"), QStringLiteral("200"), QStringLiteral("300"), QStringLiteral("500"),
                             QStringLiteral("1,000")};
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(quotas, expected);
    }

    void refreshKeepsTheUsersSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("name, A to Z") << int(WorkspaceTableModel::NameColumn) << Qt::AscendingOrder
                                      << QStringList{u"eu-analytics"_s, u"ml-training"_s, u"reporting_hk"_s,
                                                     u"spark-etl-prod"_s, u"数据分析平台"_s};
        QTest::newRow("name, Z to A") << int(WorkspaceTableModel::NameColumn) << Qt::DescendingOrder
                                      << QStringList{u"数据分析平台"_s, u"spark-etl-prod"_s, u"reporting_hk"_s,
                                                     u"ml-training"_s, u"eu-analytics"_s};
        QTest::newRow("quota, largest first") << int(WorkspaceTableModel::CuQuotaColumn) << Qt::DescendingOrder
                                              << QStringList{u"数据分析平台"_s, u"ml-training"_s, u"eu-analytics"_s,
                                                             u"spark-etl-prod"_s, u"reporting_hk"_s};
        QTest::newRow("created, newest first") << int(WorkspaceTableModel::CreatedColumn) << Qt::DescendingOrder
                                               << QStringList{u"eu-analytics"_s, u"ml-training"_s, u"reporting_hk"_s,
                                                              u"数据分析平台"_s, u"spark-etl-prod"_s};
    }

    void refreshKeepsTheUsersSort()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, names);
        QTableView *view = page()->view();
        view->sortByColumn(column, order);
        const auto shown = [view] {
            QStringList n;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                n << view->model()->index(r, 0).data(WorkspaceTableModel::SortRole).toString();
            return n;
        };
        QCOMPARE(shown(), names);
        // F5 reads the list again: it comes back in the order the header shows.
        QTest::keyClick(view, Qt::Key_F5);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), column);
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), order);
        QCOMPARE(shown(), names);
    }

    void firstRunOpensAtASizeThatFitsTheScreen()
    {
        const QRect available = window->screen()->availableGeometry();
        QVERIFY2(available.contains(window->frameGeometry()), "the first window is larger than the screen");
        QVERIFY(window->width() >= std::min(1180, available.width() * 8 / 10));
        QVERIFY(window->height() >= std::min(720, available.height() * 8 / 10));
    }

    void windowSizeIsRemembered()
    {
        window->resize(700, 500);
        QTRY_COMPARE(window->size(), QSize(700, 500));
        window->close();
        reopenWindow();
        QCOMPARE(window->size(), QSize(700, 500));
    }

    void sortOrderAndColumnWidthsAreRemembered()
    {
        QTableView *view = page()->view();
        view->sortByColumn(WorkspaceTableModel::CreatedColumn, Qt::DescendingOrder);
        view->setColumnWidth(WorkspaceTableModel::RegionColumn, 211);
        window->close();
        reopenWindow();
        view = page()->view();
        QCOMPARE(view->columnWidth(WorkspaceTableModel::RegionColumn), 211);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(WorkspaceTableModel::CreatedColumn));
        QCOMPARE(view->model()->index(0, 0).data(WorkspaceTableModel::SortRole).toString(), QStringLiteral("eu-analytics"));
    }

    void actionsButtonOpensTheRowMenuByKeyboard()
    {
        selectRow(0);
        auto *button = window->findChild<QPushButton *>(QStringLiteral("actionsButton"));
        QVERIFY(button->isEnabled());
        button->setFocus();
        bool shown = false;
        QStringList items;
        whenModal<QMenu>([&](QMenu *) {
            QMenu *menu = page()->rowMenu();
            shown = menu->isVisible();
            for (QAction *a : menu->actions())
                if (!a->isSeparator())
                    items << a->text();
            menu->close();
        });
        QTest::keyClick(button, Qt::Key_Space);
        QTRY_VERIFY(shown);
        QVERIFY(items.contains(QStringLiteral("Edit Tags")));
        QVERIFY(items.contains(QStringLiteral("Open")));
    }

    void rowMenuOpensWithMenuKeyAndShiftF10()
    {
        selectRow(1);
        QTableView *view = page()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(page()->rowMenu()->isVisible());
        page()->rowMenu()->close();
        QTRY_VERIFY(!page()->rowMenu()->isVisible());
        const QPoint at = view->visualRect(view->currentIndex()).center();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &menuKey);
        QTRY_VERIFY(page()->rowMenu()->isVisible());
        page()->rowMenu()->close();
    }

    void actionsColumnLinksOpenTheirActions()
    {
        QTableView *view = page()->view();
        const int row = 4; // oldest first: eu-analytics is the newest, pay-as-you-go
        const QModelIndex cell = view->model()->index(row, WorkspaceTableModel::ActionsColumn);
        QCOMPARE(cell.data(WorkspaceTableModel::IdRole).toString(),
                 app->env.services->workspaces.findByName(QStringLiteral("eu-analytics"))->id);
        const QRect r = view->visualRect(cell);
        const QFontMetrics fm(view->font());
        // "More" sits after the primary link ("Delete") and a gap of three spaces.
        const int moreX = r.left() + 6 + fm.horizontalAdvance(QStringLiteral("Delete"))
            + 3 * fm.horizontalAdvance(QLatin1Char(' ')) + 5;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(moreX, r.center().y()));
        QTRY_VERIFY(page()->moreMenu()->isVisible());
        QCOMPARE(page()->selectedWorkspaceId(), cell.data(WorkspaceTableModel::IdRole).toString());
        QVERIFY(page()->modifyPayAsYouGoAction()->isEnabled());
        page()->moreMenu()->close();

        // "Delete" opens the typed-name confirmation; Escape leaves everything as it was.
        bool dialogShown = false;
        whenModal<QWidget>([&](QWidget *modal) {
            dialogShown = modal && modal->objectName() == QLatin1String("deleteWorkspaceDialog");
            if (modal)
                QTest::keyClick(modal, Qt::Key_Escape);
        });
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(r.left() + 10, r.center().y()));
        QTRY_VERIFY(dialogShown);
        QCOMPARE(app->env.services->workspaces.count().value(), 5);
    }

    void actionsFollowTheBillingMethod()
    {
        page()->selectWorkspace(app->env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id);
        QVERIFY(page()->upgradeAction()->isEnabled());
        QVERIFY(!page()->modifyPayAsYouGoAction()->isEnabled());
        QCOMPARE(page()->deleteAction()->text(), QStringLiteral("Unsubscribe"));
        page()->selectWorkspace(app->env.services->workspaces.findByName(QStringLiteral("eu-analytics"))->id);
        QVERIFY(!page()->upgradeAction()->isEnabled());
        QVERIFY(page()->modifyPayAsYouGoAction()->isEnabled());
        QCOMPARE(page()->deleteAction()->text(), QStringLiteral("Delete"));
    }

    void readOnlyIdentityCannotUseListActions()
    {
        selectRow(0);
        QVERIFY(page()->deleteAction()->isEnabled());
        QComboBox *identity = window->identityCombo();
        identity->setFocus();
        const int carol = identity->findData(QStringLiteral("carol"));
        QVERIFY(carol > 0);
        identity->setCurrentIndex(carol);
        emit identity->activated(carol);
        QCOMPARE(app->session.identity().name, QStringLiteral("carol"));
        QVERIFY(!page()->deleteAction()->isEnabled());
        QVERIFY(page()->deleteAction()->toolTip().contains(ProductSpec::PolicySparkFull));
        QVERIFY(!page()->editTagsAction()->isEnabled());
        QVERIFY(page()->openAction()->isEnabled());
    }

    void refreshShowsWhatAnotherInstanceWrote()
    {
        auto second = app->env.openSecondConnection();
        Services otherServices(*second, app->env.clock);
        WorkspaceService &other = otherServices.workspaces;
        Workspace w = *other.findByName(QStringLiteral("eu-analytics"));
        w.id = WorkspaceService::newWorkspaceId();
        w.name = QStringLiteral("written-elsewhere");
        QVERIFY(second->write([&] { return other.insertRecord(w, QStringLiteral("alice")); }).ok());
        QCOMPARE(page()->view()->model()->rowCount(), 5);
        QTest::keyClick(page()->view(), Qt::Key_F5);
        QCOMPARE(page()->view()->model()->rowCount(), 6);
    }

    void aLongListFinishesLoadingInTheBackground()
    {
        const Workspace base = *app->env.services->workspaces.findByName(QStringLiteral("eu-analytics"));
        QVERIFY(addBulkWorkspaces(base, 450));
        page()->view()->sortByColumn(WorkspaceTableModel::NameColumn, Qt::DescendingOrder);
        QSignalSpy finished(page(), &SparkPage::loadingFinished);
        page()->reload();
        QVERIFY(page()->model()->rowCount() < 455); // the first page paints before the rest is read
        QVERIFY(countLabel()->text().startsWith(QLatin1String("Loading")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(page()->model()->rowCount(), 455);
        QCOMPARE(countLabel()->text(), QStringLiteral("455 workspaces"));
        // The user's sort still holds after the rest arrived.
        QStringList bulk;
        for (int r = 0; r < page()->view()->model()->rowCount(); ++r) {
            const QString name = page()->view()->model()->index(r, 0).data(WorkspaceTableModel::SortRole).toString();
            if (name.startsWith(QLatin1String("bulk-")))
                bulk << name;
        }
        QCOMPARE(bulk.size(), 450);
        QCOMPARE(bulk.first(), QStringLiteral("bulk-449"));
        QCOMPARE(bulk.last(), QStringLiteral("bulk-000"));
    }

    void aBusySecondInstanceNeverKeepsTheListFromLoading()
    {
        const Workspace base = *app->env.services->workspaces.findByName(QStringLiteral("eu-analytics"));
        QVERIFY(addBulkWorkspaces(base, 450));
        QSignalSpy finished(page(), &SparkPage::loadingFinished);
        page()->reload();
        QVERIFY(page()->isLoading());
        // Another instance writes while the list loads, and keeps writing: its feed says so
        // (here every millisecond, faster than the load). Each used to restart the load, which then
        // never finished.
        auto second = app->env.openSecondConnection();
        Services otherServices(*second, app->env.clock);
        Workspace w = base;
        w.id = WorkspaceService::newWorkspaceId();
        w.name = QStringLiteral("written-while-loading");
        QVERIFY(second->write([&] { return otherServices.workspaces.insertRecord(w, QStringLiteral("alice")); }).ok());
        emit app->env.services->feed.reloaded(); // still loading: the load's result is queued at the earliest
        QVERIFY(page()->isLoading());
        QTimer busy;
        connect(&busy, &QTimer::timeout, &app->env.services->feed, &ChangeFeed::reloaded);
        busy.start(1);
        QVERIFY(finished.wait(5000));
        busy.stop();
        // What it wrote arrives after the load, by a merge: no second load, no reset.
        QTRY_COMPARE(page()->model()->rowCount(), 456);
        QVERIFY(page()->model()->rowOf(w.id) >= 0);
        QCOMPARE(finished.count(), 1);
    }

    void everyControlHasAnAccessibleName()
    {
        const QStringList missing = widgetsWithoutAccessibleName(window.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QCOMPARE(page()->view()->accessibleName(), QStringLiteral("Workspaces"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
