#include "models/Services.h"
#include "models/Session.h"
#include "tests/testsupport/WidgetSupport.h"
#include "ui/common/Announce.h"
#include "ui/common/AppSettings.h"
#include "ui/common/LanguageManager.h"
#include "ui/common/NoticeBar.h"
#include "ui/shell/MainWindow.h"
#include "ui/workspaces/DeleteWorkspaceDialog.h"
#include "ui/workspaces/SparkPage.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
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
};

QTEST_MAIN(tst_Feedback)
#include "tst_feedback.moc"
