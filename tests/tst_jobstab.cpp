#include "ui/detail/jobs/JobRunTableModel.h"
#include "models/JobService.h"
#include "ui/detail/jobs/JobsTab.h"
#include "models/ProductSpec.h"
#include "ui/detail/jobs/RunJobDialog.h"
#include "models/Session.h"
#include "ui/workspaces/SparkPage.h"
#include "tests/testsupport/WidgetSupport.h"
#include "tests/testsupport/Fixtures.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include "models/QueueService.h"
#include "models/QuotaService.h"
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include "ui/common/CuEdit.h"
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

class tst_JobsTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEnv> env;
    std::unique_ptr<Session> session;
    std::unique_ptr<JobsTab> tab;
    QString workspaceId;

    int rowOfJob(const QString &name) const
    {
        for (int row = 0; row < tab->model()->rowCount(); ++row)
            if (tab->model()->run(row)->jobName == name)
                return row;
        return -1;
    }
    QString cell(int row, int column) const { return tab->model()->index(row, column).data().toString(); }
    static void clickStopRun(QMessageBox *box)
    {
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Stop Run")) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        QFAIL("the confirmation has no Stop Run button");
    }
    // What the scheduler's timer does when it fires; the tab follows through the change feed.
    void tick() { QVERIFY(env->services->scheduler.runDue().ok()); }

private slots:
    void init()
    {
        env = std::make_unique<TestEnv>();
        session = std::make_unique<Session>(env->services->account.owner().value());
        workspaceId = env->services->workspaces.findByName(QStringLiteral("ml-training"))->id;
        tab = std::make_unique<JobsTab>(*env->services, *session, workspaceId);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
    }
    void cleanup()
    {
        tab.reset();
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
        session.reset();
        env.reset();
    }

    void listsTheRunsWithTheirColumns()
    {
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tab->model()->rowCount(), 2);
        const int row = rowOfJob(QStringLiteral("train_model"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(row, JobRunTableModel::CodeTypeColumn), QStringLiteral("PYTHON"));
        QCOMPARE(cell(row, JobRunTableModel::CuColumn), QStringLiteral("64"));
        QCOMPARE(cell(row, JobRunTableModel::StateColumn), QStringLiteral("Running"));
        QCOMPARE(cell(row, JobRunTableModel::DurationColumn), QStringLiteral("1:00:00")); // started an hour ago
        QVERIFY(!cell(row, JobRunTableModel::SubmittedColumn).isEmpty());
        QCOMPARE(tab->model()->headerData(JobRunTableModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
        QCOMPARE(widgetsWithoutAccessibleName(tab.get()).join(QLatin1Char(',')), QString());

        env->clock.advance(25 * 3600 * 1000LL);
        tick();
        // "1 day 2:00:00" once the English plural forms are loaded; the source text without them.
        // Nothing was written: the Duration column of a Running run counts on by itself.
        const auto duration = [&] { return cell(row, JobRunTableModel::DurationColumn); };
        QTRY_VERIFY2_WITH_TIMEOUT(duration().startsWith(QLatin1String("1 day")) && duration().endsWith(QLatin1String(" 2:00:00")),
                                  qPrintable(duration()), 3000);
    }

    void stopMovesTheSelectedRunToCancelled()
    {
        QVERIFY(!tab->stopButton()->isEnabled()); // nothing selected
        const int row = rowOfJob(QStringLiteral("train_model"));
        QTableView *view = tab->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(tab->model()->index(row, 0)).center());
        QVERIFY(tab->stopButton()->isEnabled());
        bool asked = false;
        whenModal<QMessageBox>([](QMessageBox *box) { clickStopRun(box); }, &asked);
        QTest::mouseClick(tab->stopButton(), Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(cell(rowOfJob(QStringLiteral("train_model")), JobRunTableModel::StateColumn), QStringLiteral("Cancelling"));
        QVERIFY(!tab->stopButton()->isEnabled());
        env->clock.advance(JobService::CancellingDelayMs);
        tick();
        QCOMPARE(cell(rowOfJob(QStringLiteral("train_model")), JobRunTableModel::StateColumn), QStringLiteral("Cancelled"));
        QVERIFY(!tab->stopButton()->isEnabled());
        QVERIFY(!tab->stopButton()->toolTip().isEmpty());

        // A finished run cannot be stopped.
        const int done = rowOfJob(QStringLiteral("feature_build"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(tab->model()->index(done, 0)).center());
        QVERIFY(!tab->stopButton()->isEnabled());
    }

    void stopAsksFirstAndEnterKeepsTheRun()
    {
        const int row = rowOfJob(QStringLiteral("train_model"));
        tab->selectRun(tab->model()->run(row)->id);
        QString question;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            QCOMPARE(widgetsWithoutAccessibleName(box).join(QLatin1Char(',')), QString());
            QTest::keyClick(box, Qt::Key_Return); // Enter never throws a run's work away
        });
        QTest::mouseClick(tab->stopButton(), Qt::LeftButton);
        QVERIFY2(question.contains(QStringLiteral("train_model")), qPrintable(question));
        QCOMPARE(cell(rowOfJob(QStringLiteral("train_model")), JobRunTableModel::StateColumn), QStringLiteral("Running"));
        QVERIFY(env->services->jobs.run(tab->model()->run(row)->id)->state == ProductSpec::RunRunning);
    }

    void aPendingRunSaysWhatItWaitsFor()
    {
        const Identity owner = session->identity();
        const int cap = env->services->queues.find(workspaceId, ProductSpec::RootQueue).value()->cu;
        const qint64 inUse = env->services->quotas.cuInUse(workspaceId).value();
        QVERIFY(inUse > 0 && inUse < cap); // train_model runs on root_queue
        const int cu = int(cap - inUse + 1);
        const Result<JobRun> run = env->services->jobs.runJob(
            owner, workspaceId, Fixtures::jobRequest(QStringLiteral("waiter"), cu, 60'000, ProductSpec::RunSuccess,
                                                     ProductSpec::RootQueue));
        QVERIFY2(run.ok(), qPrintable(run.text()));
        env->clock.advance(JobService::SubmittedDelayMs);
        tick();
        QCOMPARE(cell(rowOfJob(QStringLiteral("waiter")), JobRunTableModel::StateColumn), QStringLiteral("Pending"));
        const QString why = QStringLiteral("Waiting for %1 CUs in root_queue: cap %2, in use %3")
                                .arg(QLocale().toString(cu), QLocale().toString(cap), QLocale().toString(inUse));
        QVERIFY(tab->waitingLabel()->isVisible());
        QVERIFY2(tab->waitingLabel()->text().contains(why), qPrintable(tab->waitingLabel()->text()));
        QVERIFY(tab->model()->index(rowOfJob(QStringLiteral("waiter")), JobRunTableModel::StateColumn)
                    .data(Qt::ToolTipRole).toString().contains(why));

        // Stopping it names what it was waiting for, and stops it when confirmed.
        tab->selectRun(run->id);
        QString question;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            clickStopRun(box);
        });
        QTest::mouseClick(tab->stopButton(), Qt::LeftButton);
        QVERIFY2(question.contains(why), qPrintable(question));
        QCOMPARE(env->services->jobs.run(run->id)->state, ProductSpec::RunCancelling);
        QVERIFY(!tab->waitingLabel()->isVisible());
    }

    void runJobDialogRefusesMoreCusThanTheQueueNextToTheField()
    {
        // The case: root_queue was cut to 60 CUs; a run of 80 CUs on it could never start.
        QVERIFY(env->services->queues.setQueueCu(session->identity(), workspaceId, ProductSpec::RootQueue, 100).ok());
        bool seen = false;
        QString shown;
        whenModal<RunJobDialog>([&](RunJobDialog *d) {
            seen = true;
            QTest::keyClicks(d->nameCombo()->lineEdit(), QStringLiteral("nightly_etl"));
            QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("scriptEdit")), QStringLiteral("SELECT 1;"));
            auto *cu = d->findChild<CuEdit *>(QStringLiteral("cuEdit"));
            cu->selectAll();
            QTest::keyClicks(cu, QStringLiteral("120"));
            QTest::mouseClick(d->runButton(), Qt::LeftButton);
            QVERIFY(d->isVisible());
            auto *cuError = d->findChild<QLabel *>(QStringLiteral("cuError"));
            QVERIFY(cuError->isVisible());
            shown = cuError->text();
            d->reject();
        });
        QTest::mouseClick(tab->runButton(), Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY2(shown.contains(QStringLiteral("root_queue has a cap of 100 CUs")), qPrintable(shown));
        QCOMPARE(rowOfJob(QStringLiteral("nightly_etl")), -1);
    }

    void runJobDialogSubmitsARun()
    {
        bool seen = false;
        whenModal<RunJobDialog>([&](RunJobDialog *d) {
            QVERIFY(d);
            seen = true;
            QCOMPARE(widgetsWithoutAccessibleName(d).join(QLatin1Char(',')), QString());
            // Too many CUs for the quota is refused next to the field... but the spin box caps it,
            // so first show a missing script.
            QTest::keyClicks(d->nameCombo()->lineEdit(), QStringLiteral("new_job"));
            QTest::mouseClick(d->runButton(), Qt::LeftButton);
            QVERIFY(d->isVisible());
            auto *scriptError = d->findChild<QLabel *>(QStringLiteral("scriptError"));
            QVERIFY(scriptError->isVisible());
            QVERIFY(!scriptError->text().isEmpty());
            QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("scriptEdit")), QStringLiteral("SELECT 42;"));
            auto *cu = d->findChild<CuEdit *>(QStringLiteral("cuEdit"));
            cu->selectAll();
            QTest::keyClicks(cu, QStringLiteral("16"));
            QTest::mouseClick(d->runButton(), Qt::LeftButton);
        });
        QTest::mouseClick(tab->runButton(), Qt::LeftButton);
        QVERIFY(seen);
        const int row = rowOfJob(QStringLiteral("new_job"));
        QCOMPARE(row, 0); // newest first
        QCOMPARE(cell(row, JobRunTableModel::StateColumn), QStringLiteral("Submitted"));
        QCOMPARE(cell(row, JobRunTableModel::CuColumn), QStringLiteral("16"));
        QCOMPARE(tab->selectedRunId(), tab->model()->run(0)->id);
        env->clock.advance(JobService::SubmittedDelayMs);
        tick();
        // 64 + 16 CUs fit in the quota of 500.
        QCOMPARE(cell(rowOfJob(QStringLiteral("new_job")), JobRunTableModel::StateColumn), QStringLiteral("Running"));
        QCOMPARE(tab->selectedRunId(), tab->model()->run(0)->id); // selection kept across refreshes
    }

    void aNonMemberSeesNoRuns()
    {
        QCOMPARE(tab->model()->rowCount(), 2);
        QVERIFY(!tab->permissionLabel()->isVisible());
        // carol (read-only policy) is no member of ml-training: like the other tabs, the Jobs tab
        // shows her nothing of the workspace, and says why.
        session->setIdentity(env->services->account.identity(QStringLiteral("carol")).value());
        QCOMPARE(tab->model()->rowCount(), 0);
        // No row is no run, not undefined behaviour (a stale or -1 row number from a view).
        QCOMPARE(tab->model()->run(-1), nullptr);
        QCOMPARE(tab->model()->run(0), nullptr);
        QVERIFY(tab->permissionLabel()->isVisible());
        QVERIFY(tab->permissionLabel()->text().contains(QStringLiteral("not a member")));
        // A run is active: she is told the figure is hidden, never "0 active runs".
        QCOMPARE(tab->summaryLabel()->text(), QStringLiteral("Active runs: hidden"));
        QVERIFY(tab->summaryLabel()->toolTip().contains(QStringLiteral("not a member")));
        QVERIFY(!tab->runButton()->isEnabled());
        env->clock.advance(1000);
        tick(); // the timer keeps it hidden
        QCOMPARE(tab->model()->rowCount(), 0);

        session->setIdentity(env->services->account.owner().value());
        QCOMPARE(tab->model()->rowCount(), 2);
        QVERIFY(!tab->permissionLabel()->isVisible());
    }

    void theDetailWindowOpensFromTheListAndFollowsIt()
    {
        SparkPage page(*env->services, *session);
        page.resize(1200, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        page.selectWorkspace(workspaceId);
        const QModelIndex name = view->currentIndex().siblingAtColumn(WorkspaceTableModel::NameColumn);
        QVERIFY(name.isValid());

        // Double-click on the row...
        // (the press and release of the first click, then the double-click event, as a platform sends them)
        const QPoint onName = view->visualRect(name).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onName);
        QVERIFY(!page.detailWindow(workspaceId)); // a single click only selects
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, onName);
        QPointer<WorkspaceDetailWindow> window = page.detailWindow(workspaceId);
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QCOMPARE(window->tabs()->tabText(window->tabs()->indexOf(window->jobsTab())), QStringLiteral("Jobs"));
        QCOMPARE(window->jobsTab()->model()->rowCount(), 2);
        window->close();
        QTRY_VERIFY(!window); // deleted on close
        // ... Enter on it ...
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        window = page.detailWindow(workspaceId);
        QVERIFY(window && window->isVisible());
        // ... and Open show the same one window per workspace.
        page.openAction()->trigger();
        QCOMPARE(page.detailWindow(workspaceId), window.data());

        // A change made from the list (here the pay-as-you-go quota) shows in the open window.
        QVERIFY(window->summaryLabel()->text().contains(QStringLiteral("CU Quota: 500")));
        QVERIFY(env->services->quotas.setPayAsYouGoQuota(session->identity(), workspaceId, 600).ok());
        page.refreshWorkspace(workspaceId);
        QVERIFY2(window->summaryLabel()->text().contains(QStringLiteral("CU Quota: 600")),
                 qPrintable(window->summaryLabel()->text()));
        window->close();
    }

    void runJobWaitsUntilTheWorkspaceIsRunning()
    {
        // A workspace is Starting for a few seconds after creation; the service refuses runs
        // until then, so the button says so instead of letting the user fill in the dialog first.
        Fixtures::setStarting(*env, workspaceId, env->clock.nowMs() + 5000);
        tab->refresh();
        QVERIFY(!tab->runButton()->isEnabled());
        QCOMPARE(tab->runButton()->toolTip(), env->services->jobs.checkAcceptsRuns(workspaceId).text());
        QVERIFY(tab->runButton()->toolTip().contains(QStringLiteral("still starting")));

        env->clock.advance(5000);
        tick(); // Starting -> Running, announced through the feed
        QVERIFY(tab->runButton()->isEnabled());
    }

    void runsMoveOnWithOnlyTheListOpen()
    {
        tab.reset(); // no Jobs tab watches ml-training
        SparkPage page(*env->services, *session);
        const JobRun running = env->services->jobs.activeRuns(workspaceId).value().value(0);
        QVERIFY(!running.id.isEmpty());
        // The scheduler, not a window, moves the runs: its one timer is set to the run's end.
        Scheduler &scheduler = env->services->scheduler;
        scheduler.start();
        QCOMPARE(scheduler.armedFor(), std::optional<qint64>(running.startedAtMs + running.durationMs));
        env->clock.advance(7LL * 24 * 3600 * 1000); // the seeded run's duration has passed
        QVERIFY(scheduler.runDue().ok()); // what the timer does when it fires
        // The end is recorded, so the quota dialogs read no CUs in use.
        QCOMPARE(env->services->jobs.run(running.id)->state, ProductSpec::RunSuccess);
        QCOMPARE(env->services->quotas.cuInUse(workspaceId).value(), 0);
    }

    void buttonsFollowTheRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("canRun");
        QTest::addColumn<bool>("canStop");
        QTest::newRow("account owner") << QString() << QString() << true << true;
        QTest::newRow("not a member") << QStringLiteral("carol") << QString() << false << false;
        QTest::newRow("guest") << QStringLiteral("carol") << ProductSpec::RoleGuest << false << false;
        QTest::newRow("data analytics") << QStringLiteral("bob") << ProductSpec::RoleDataScience << true << false;
        QTest::newRow("data development") << QStringLiteral("bob") << ProductSpec::RoleDataEngineering << true << true;
    }
    void buttonsFollowTheRole()
    {
        QFETCH(QString, user);
        QFETCH(QString, role);
        QFETCH(bool, canRun);
        QFETCH(bool, canStop);
        if (!role.isEmpty())
            Fixtures::addMember(*env, workspaceId, user, role);
        if (!user.isEmpty())
            session->setIdentity(env->services->account.identity(user).value());
        // A non-member sees no runs, so there is no row to select (run(-1) was undefined behaviour,
        // reported by UBSan); everyone else selects train_model's run.
        const bool member = user.isEmpty() || !role.isEmpty();
        const int row = rowOfJob(QStringLiteral("train_model"));
        QCOMPARE(row >= 0, member);
        if (member)
            tab->selectRun(tab->model()->run(row)->id);
        QCOMPARE(tab->runButton()->isEnabled(), canRun);
        QCOMPARE(tab->stopButton()->isEnabled(), canStop);
        if (!canRun)
            QVERIFY(!tab->runButton()->toolTip().isEmpty());
        if (!canStop)
            QCOMPARE(tab->stopButton()->toolTip(),
                     env->services->jobs.canStopJobs(session->identity(), workspaceId).text());
    }
};

QTEST_MAIN(tst_JobsTab)
#include "tst_jobstab.moc"
