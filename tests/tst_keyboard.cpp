#include "tests/testsupport/WidgetSupport.h"

#include "ui/common/AccessUi.h"
#include "ui/common/Announce.h"
#include "ui/common/CuEdit.h"
#include "ui/create/CreateWorkspaceDialog.h"
#include "ui/detail/queues/QueueDialog.h"

#include "models/Session.h"
#include "ui/common/AppSettings.h"
#include "ui/common/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/tags/EditTagsDialog.h"
#include "ui/workspaces/DeleteWorkspaceDialog.h"
#include "ui/detail/members/ChangeRoleDialog.h"
#include "ui/detail/jobs/RunJobDialog.h"
#include "models/ProductSpec.h"
#include <QLabel>
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"
#include "ui/tags/TagEditor.h"
#include "ui/workspaces/SparkPage.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QMenu>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Keyboard behaviour of the main window and the tag editor (issue 15 items 6 and 8).
class tst_Keyboard : public QObject
{
    Q_OBJECT

    struct Window
    {
        TestEnv env;
        QTemporaryDir dir;
        AppSettings settings{dir.filePath(QStringLiteral("s.ini"))};
        LanguageManager languages;
        Session session{env.services->account.owner().value()};
        MainWindow window{*env.services, session, languages, settings};
    };

private slots:
    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
    }

    void mainWindowStartsInTheListAndTabsTopDown()
    {
        Window w;
        w.window.show();
        QApplication::setActiveWindow(&w.window);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        SparkPage *page = w.window.sparkPage();
        QCOMPARE(QApplication::focusWidget(), page->view());
        QTest::keyClick(page->view(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), w.window.identityCombo());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("createWorkspaceButton"));
    }

    void identityArrowsOpenTheListInsteadOfSwitching()
    {
        Window w;
        w.window.show();
        QApplication::setActiveWindow(&w.window);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        QComboBox *combo = w.window.identityCombo();
        const QString before = w.session.identity().name;
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(w.session.identity().name, before); // an arrow does not switch
        QTRY_VERIFY(combo->view()->isVisible());      // it opens the list
        // In the list, arrows move and Enter chooses: then the identity switches.
        QTest::keyClick(combo->view(), Qt::Key_Down);
        QCOMPARE(w.session.identity().name, before);
        QTest::keyClick(combo->view(), Qt::Key_Return);
        QTRY_VERIFY(!combo->view()->isVisible());
        QVERIFY(w.session.identity().name != before);
        QCOMPARE(w.session.identity().name, combo->currentData().toString());
    }

    void actionsFollowTheVisibleSelectionOnly()
    {
        Window w;
        w.window.show();
        SparkPage *page = w.window.sparkPage();
        page->selectWorkspace(w.env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id);
        QVERIFY(page->editTagsAction()->isEnabled());
        QVERIFY(page->upgradeAction()->isEnabled());
        auto *filter = page->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        QCOMPARE(page->proxy()->rowCount(), 0);
        for (QAction *a : {page->editTagsAction(), page->upgradeAction(), page->deleteAction(), page->openAction()})
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        auto *actions = page->findChild<QPushButton *>(QStringLiteral("actionsButton"));
        QVERIFY(!actions->isEnabled());
        QVERIFY(!actions->accessibleDescription().isEmpty()); // says why
        // The row comes back into view: its actions come back too, once it is selected again.
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Backspace);
        QVERIFY(page->proxy()->rowCount() > 0);
    }

    void enterOnTheActionsColumnOpensTheRowMenu()
    {
        Window w;
        w.window.show();
        QApplication::setActiveWindow(&w.window);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        SparkPage *page = w.window.sparkPage();
        const QModelIndex cell = page->proxy()->index(0, WorkspaceTableModel::ActionsColumn);
        page->view()->setFocus();
        page->view()->setCurrentIndex(cell);
        QTest::keyClick(page->view(), Qt::Key_Return);
        QTRY_VERIFY(page->rowMenu()->isVisible());
        QVERIFY(page->editTagsAction()->isEnabled());
        page->rowMenu()->close();
    }

    void escapeClosesTheWorkspaceWindow()
    {
        TestEnv env;
        Session session(env.services->account.owner().value());
        WorkspaceDetailWindow window(*env.services, session,
                                     env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&window);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Window);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Escape);
        QTRY_VERIFY(!window.isVisible());
    }

    void namesSayWhatIsThere()
    {
        TestEnv env;
        Session session(env.services->account.owner().value());
        // Unsubscribe: each caption comes before its value in the accessibility tree.
        DeleteWorkspaceDialog unsubscribe(*env.services, session,
                                          env.services->workspaces.findByName(QStringLiteral("reporting_hk"))->id);
        QWidget *box = unsubscribe.findChild<QWidget *>(QStringLiteral("orderBox"));
        QAccessibleInterface *boxIface = QAccessible::queryAccessibleInterface(box);
        QStringList read;
        for (int i = 0; i < boxIface->childCount(); ++i)
            read << boxIface->child(i)->object()->objectName();
        QVERIFY2(read.indexOf(QStringLiteral("paidValue")) > 0
                     && read.at(read.indexOf(QStringLiteral("paidValue")) - 1).isEmpty(),
                 qPrintable(read.join(QLatin1Char(','))));
        // Change Role: the member's label is named by the member.
        ChangeRoleDialog role(QStringLiteral("alice"), ProductSpec::RoleDataScience);
        QCOMPARE(QAccessible::queryAccessibleInterface(role.findChild<QLabel *>(QStringLiteral("memberName")))
                     ->text(QAccessible::Name),
                 QStringLiteral("alice"));
        // Run Job: the editable part of the job name has the name.
        RunJobDialog run(*env.services, session, env.services->workspaces.findByName(QStringLiteral("ml-training"))->id);
        auto *name = run.findChild<QComboBox *>(QStringLiteral("jobNameCombo"));
        QCOMPARE(name->lineEdit()->accessibleName(), QStringLiteral("Job Name"));
        // Tag rows are numbered.
        EditTagsDialog tags(*env.services, session, env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id);
        QCOMPARE(tags.editor()->keyEdit(1)->accessibleName(), QStringLiteral("Tag Key 2"));
        QCOMPARE(tags.editor()->valueEdit(0)->accessibleName(), QStringLiteral("Tag Value 1"));
    }

    void tagErrorNamesItsFieldOnce()
    {
        TestEnv env;
        Session session(env.services->account.owner().value());
        EditTagsDialog d(*env.services, session, env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id);
        d.show();
        QVERIFY(d.editor()->rowCount() >= 2);
        d.editor()->keyEdit(1)->selectAll();
        QTest::keyClicks(d.editor()->keyEdit(1), d.editor()->keyEdit(0)->text());
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        auto *error = d.editor()->findChild<QLabel *>(QStringLiteral("tagError1"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("used twice")), qPrintable(error->text()));
        QVERIFY2(!error->text().startsWith(QStringLiteral("Tag Key:")), qPrintable(error->text()));
    }

    void disabledActionsSayWhy()
    {
        Window w;
        w.window.show();
        SparkPage *page = w.window.sparkPage();
        w.session.setIdentity(w.env.services->account.identity(QStringLiteral("carol")).value());
        page->selectWorkspace(w.env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id);
        QAction *editTags = page->editTagsAction();
        QVERIFY(!editTags->isEnabled());
        QVERIFY(!editTags->toolTip().isEmpty()); // shown on the disabled item (toolTipsVisible)
        // In the dialog, the disabled Create Workspace button says what to correct.
        CreateWorkspaceDialog dialog(*w.env.services, w.session);
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(!dialog.createButton()->accessibleDescription().isEmpty());
        QCOMPARE(dialog.createButton()->toolTip(), dialog.createButton()->accessibleDescription());
    }

    void fieldErrorsAreAnnounced()
    {
        static QList<QObject *> alerted;
        alerted.clear();
        Announce::setObserver([](QObject *o) { alerted << o; });
        const auto reset = qScopeGuard([] { Announce::setObserver(nullptr); });
        TestEnv env;
        Session session(env.services->account.owner().value());
        CreateWorkspaceDialog dialog(*env.services, session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CuEdit *cu = dialog.cuEdit();
        cu->setFocus();
        QTest::keyClick(cu, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(cu, QStringLiteral("9999"));
        QObject *error = dialog.findChild<QLabel *>(QStringLiteral("cuQuotaError"));
        QVERIFY(error);
        QVERIFY(alerted.contains(error));
        QVERIFY(cu->accessibleDescription().startsWith(dialog.errorText(Field::CuQuota)));
        // Once: typing more of the same error does not repeat it.
        const qsizetype count = alerted.count(error);
        QTest::keyClicks(cu, QStringLiteral("9"));
        QCOMPARE(alerted.count(error), count);
    }

    void chineseTitleAndAboutAreChinese()
    {
        Window w;
        QVERIFY(w.languages.setLanguage(QStringLiteral("zh_CN")));
        const auto restore = qScopeGuard([&] { w.languages.setLanguage(QStringLiteral("en")); });
        QVERIFY2(!w.window.windowTitle().contains(QStringLiteral("Workspace Console")), qPrintable(w.window.windowTitle()));
        QVERIFY(w.window.windowTitle().contains(QStringLiteral("工作空间控制台")));
        QStringList about;
        for (QAction *a : w.window.findChildren<QAction *>())
            if (a->text().contains(QStringLiteral("关于")))
                about << a->text();
        QCOMPARE(about, QStringList{QStringLiteral("关于工作空间控制台(&A)")});
    }

    void addQueueCuFieldIsDescribed()
    {
        QueueDialog d(QueueDialog::Mode::Add, QString(), 0, 40, 200);
        QVERIFY2(d.cuEdit()->accessibleDescription().contains(QStringLiteral("40")), qPrintable(d.cuEdit()->accessibleDescription()));
        d.cuEdit()->clear();
        QTest::keyClicks(d.cuEdit(), QStringLiteral("ten"));
        QVERIFY(d.cuEdit()->accessibleDescription().startsWith(QStringLiteral("\"ten\" is not a whole number")));
        QVERIFY(!d.acceptButton()->isEnabled());
    }

    void descriptionsHaveNoStrayGaps()
    {
        QCOMPARE(AccessUi::joinSentences({QStringLiteral("名称不能为空。"), QStringLiteral("同一阿里云账号下的名称必须唯一。")}),
                 QStringLiteral("名称不能为空。同一阿里云账号下的名称必须唯一。"));
        QCOMPARE(AccessUi::joinSentences({QStringLiteral("Enter a name."), QString(), QStringLiteral("Names are unique.")}),
                 QStringLiteral("Enter a name. Names are unique."));
    }

    void editTagsAddTagComesBeforeOkAndCancel()
    {
        TestEnv env;
        Session session(env.services->account.owner().value());
        EditTagsDialog d(*env.services, session, env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id);
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QVERIFY(d.editor()->rowCount() > 0);
        d.editor()->keyEdit(0)->setFocus();
        const QList<QWidget *> stops = tabCycle(&d);
        QStringList order;
        for (QWidget *w : stops)
            order << describeWidget(w);
        const auto at = [&](const QWidget *w) { return stops.indexOf(const_cast<QWidget *>(w)); };
        QPushButton *ok = d.findChild<QPushButton *>(QStringLiteral("okButton"));
        QPushButton *cancel = d.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        const int last = d.editor()->rowCount() - 1;
        QVERIFY2(at(d.editor()->valueEdit(last)) < at(d.editor()->addButton()), qPrintable(order.join(QStringLiteral(" -> "))));
        QVERIFY2(at(d.editor()->addButton()) < at(ok), qPrintable(order.join(QStringLiteral(" -> "))));
        QVERIFY2(at(d.editor()->addButton()) < at(cancel), qPrintable(order.join(QStringLiteral(" -> "))));
        // A row added by keyboard keeps the order: its fields come before Add Tag.
        d.editor()->addButton()->setFocus();
        QTest::keyClick(d.editor()->addButton(), Qt::Key_Space);
        const QList<QWidget *> after = tabCycle(&d);
        QVERIFY(after.indexOf(static_cast<QWidget *>(d.editor()->valueEdit(last + 1))) < after.indexOf(ok));
        QVERIFY(after.indexOf(d.editor()->addButton()) < after.indexOf(ok));
    }
};

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
