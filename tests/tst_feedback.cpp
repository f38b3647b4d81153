#include "models/Format.h"
#include "models/Services.h"
#include "tests/testsupport/Fixtures.h"
#include "models/Session.h"
#include "tests/testsupport/WidgetSupport.h"
#include "ui/common/Announce.h"
#include "ui/common/AppSettings.h"
#include "ui/common/LanguageManager.h"
#include "ui/common/NoticeBar.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/detail/members/MemberTableModel.h"
#include "ui/detail/members/MembersTab.h"
#include "ui/shell/MainWindow.h"
#include "ui/workspaces/DeleteWorkspaceDialog.h"
#include "ui/workspaces/SparkPage.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// What was announced to screen readers.
QList<QObject *> g_alerts;
void recordAlert(QObject *object)
{
    g_alerts.append(object);
}
} // namespace

// A result or a refusal is shown where the user is looking, without a modal box, and screen
// readers are told.
class tst_Feedback : public QObject
{
    Q_OBJECT

    static bool alerted(QObject *object)
    {
        return g_alerts.contains(object);
    }

private slots:
    void initTestCase()
    {
        Announce::setObserver(recordAlert);
    }
    void init() { g_alerts.clear(); }
    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
    }

    void pageMessagesAppearInTheWindowAndAreAnnounced()
    {
        AppEnv app;
        MainWindow window(*app.env.services, app.session, app.languages, app.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NoticeBar *bar = window.noticeBar();
        QVERIFY(!bar->isVisible());

        // What every successful operation reports (create, delete, quota, tags) goes this way.
        emit window.sparkPage()->statusMessage(u"Workspace demo was deleted."_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), u"Workspace demo was deleted."_s);
        auto *text = bar->findChild<QLabel *>(u"noticeText"_s);
        QVERIFY(alerted(text));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(text);
        QCOMPARE(iface->text(QAccessible::Name), u"Workspace demo was deleted."_s);
        QVERIFY(!QApplication::activeModalWidget());
        // Above the list, inside the window.
        QVERIFY(window.rect().contains(QRect(bar->mapTo(&window, QPoint(0, 0)), bar->size())));

        auto *close = bar->findChild<QWidget *>(u"noticeCloseButton"_s);
        QVERIFY(!close->accessibleName().isEmpty());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!bar->isVisible());
    }

    void refusedDeleteMovesFocusAndAnnouncesWhy()
    {
        TestEnv env;
        Session session(env.services->account.owner().value());
        const QString id = env.services->workspaces.findByName(u"ml-training"_s)->id;
        QVERIFY(!env.services->jobs.activeRuns(id)->isEmpty());
        DeleteWorkspaceDialog dialog(*env.services, session, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.confirmationEdit(), u"ml-training"_s);
        QPushButton *button = dialog.confirmButton();
        QVERIFY(button->isEnabled());
        g_alerts.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(env.services->workspaces.findByName(u"ml-training"_s));
        // Something visible changes where the user is looking, and the reason is spoken.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.openJobsButton()));
        QVERIFY(alerted(dialog.findChild<QLabel *>(u"activeRunsError"_s)));
    }

    // Issue 13 item 6 in the workspace window: a done change (here removing a member) shows its
    // notice in the tab, inside the window, and screen readers hear it.
    void workspaceWindowResultsAreAnnounced()
    {
        TestEnv env;
        Session session(env.services->account.owner().value());
        const QString id = env.services->workspaces.findByName(u"spark-etl-prod"_s)->id;
        WorkspaceDetailWindow window(*env.services, session, id);
        window.refresh();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MembersTab *tab = window.membersTab();
        window.tabs()->setCurrentWidget(tab);
        const QModelIndexList carol = tab->model()->match(tab->model()->index(0, 0), Qt::DisplayRole, u"carol"_s, 1,
                                                          Qt::MatchContains);
        QVERIFY(!carol.isEmpty());
        tab->view()->selectRow(carol.first().row());
        whenModal<QMessageBox>([](QMessageBox *box) {
            auto *remove = box->findChild<QPushButton *>(u"confirmRemoveButton"_s);
            QVERIFY(remove);
            QTest::mouseClick(remove, Qt::LeftButton);
        });
        g_alerts.clear();
        QTest::mouseClick(tab->removeButton(), Qt::LeftButton);
        QTRY_VERIFY(tab->messageLabel()->isVisible());
        QVERIFY(tab->messageLabel()->text().contains(u"carol"_s));
        QVERIFY(alerted(tab->messageLabel()));
        QVERIFY(!QApplication::activeModalWidget());
    }

    // Issue 13 item 6: an auto-renewal moves money without a click, so the main window says so
    // (what was charged, the new expiry, the order) and screen readers hear it.
    void autoRenewalIsReported()
    {
        AppEnv app;
        WorkspaceSpec spec = Fixtures::payAsYouGoSpec(u"renews-itself"_s);
        spec.billing = ProductSpec::Subscription;
        spec.durationMonths = 1;
        spec.autoRenew = true;
        spec.cuQuota = 100;
        const Result<Workspace> created = app.env.services->workspaces.create(app.session.identity(), spec);
        QVERIFY2(created.ok(), qPrintable(created.text()));
        MainWindow window(*app.env.services, app.session, app.languages, app.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        g_alerts.clear();

        app.env.clock.set(created->expiresAtMs + 1000);
        QVERIFY(app.env.services->scheduler.runDue().ok());
        const Result<Workspace> renewed = app.env.services->workspaces.find(created->id);
        QVERIFY(renewed->expiresAtMs > created->expiresAtMs);
        Order renewal;
        for (const Order &o : app.env.services->billing.orders(created->id).value())
            if (o.type == ProductSpec::OrderRenewal)
                renewal = o;
        QVERIFY(!renewal.id.isEmpty());
        NoticeBar *bar = window.noticeBar();
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"renews-itself renewed automatically"_s), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(Format::money(renewal.amountCents)), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(Format::dateTime(renewed->expiresAtMs)), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(renewal.id));
        QVERIFY(alerted(bar->findChild<QLabel *>(u"noticeText"_s)));
    }
};

QTEST_MAIN(tst_Feedback)
#include "tst_feedback.moc"
