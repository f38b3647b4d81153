// Two app instances on one file: what another process writes shows up in this one's list and
// windows within a second, without F5, keeping the selection and the scroll position.
#include "models/ChangeFeed.h"
#include "models/ProductSpec.h"
#include "models/Session.h"
#include "tests/testsupport/TestSupport.h"
#include "ui/detail/jobs/JobRunTableModel.h"
#include "ui/detail/jobs/JobsTab.h"
#include "ui/workspaces/SparkPage.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>

class tst_LiveUpdates : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEnv> env;
    std::unique_ptr<Session> session;
    std::unique_ptr<SparkPage> page;

    // Runs the other instance for one change; returns when it has committed and exited.
    void otherInstance(const QStringList &change)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("WC_NOW_MS"), QString::number(env->clock.nowMs()));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(WC_HELPER_PATH), QStringList{QStringLiteral("once"), env->path()} + change);
        QVERIFY(p.waitForFinished(20'000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("ok"));
        QCOMPARE(p.exitCode(), 0);
    }
    int rowOfName(const QString &name) const
    {
        for (int row = 0; row < page->model()->rowCount(); ++row)
            if (page->model()->workspace(row).name == name)
                return row;
        return -1;
    }

private slots:
    void init()
    {
        env = std::make_unique<TestEnv>();
        session = std::make_unique<Session>(env->services->account.owner().value());
        page = std::make_unique<SparkPage>(*env->services, *session);
        page->resize(900, 200); // short: the list scrolls
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        env->services->feed.startWatching(); // as main() does
    }
    void cleanup()
    {
        page.reset();
        session.reset();
        env.reset();
    }

    void changesOfAnotherInstanceArriveWithinOneSecond()
    {
        const QString selected = env->services->workspaces.findByName(QStringLiteral("ml-training"))->id;
        page->selectWorkspace(selected);
        QScrollBar *scroll = page->view()->verticalScrollBar();
        const int scrolled = scroll->value();
        QElapsedTimer elapsed;

        // A create.
        otherInstance({QStringLiteral("add"), QStringLiteral("from-elsewhere")});
        elapsed.start();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfName(QStringLiteral("from-elsewhere")) >= 0, 1000);
        QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(page->selectedWorkspaceId(), selected);
        QCOMPARE(scroll->value(), scrolled);

        // A quota change.
        otherInstance({QStringLiteral("quota"), QStringLiteral("eu-analytics"), QStringLiteral("200")});
        elapsed.start();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->workspace(rowOfName(QStringLiteral("eu-analytics"))).cuQuota, 200, 1000);
        QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(page->selectedWorkspaceId(), selected);

        // A delete.
        otherInstance({QStringLiteral("delete"), QStringLiteral("eu-analytics")});
        elapsed.start();
        QTRY_COMPARE_WITH_TIMEOUT(rowOfName(QStringLiteral("eu-analytics")), -1, 1000);
        QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(page->selectedWorkspaceId(), selected);
        QCOMPARE(scroll->value(), scrolled);
    }

    void anEditedRowMovesToItsSortedPlaceAndStaysInSight()
    {
        QTableView *view = page->view();
        view->sortByColumn(WorkspaceTableModel::CuQuotaColumn, Qt::DescendingOrder);
        const QString id = env->services->workspaces.findByName(QStringLiteral("eu-analytics"))->id;
        page->selectWorkspace(id);
        const auto inSight = [view] {
            return view->viewport()->rect().intersects(view->visualRect(view->currentIndex()));
        };
        QVERIFY(inSight());
        const int before = view->currentIndex().row();
        // The smallest quota there is: the row goes to the end of the list, out of the short page.
        const Status changed = env->services->quotas.setPayAsYouGoQuota(
            env->services->account.owner().value(), id, ProductSpec::cuRange(ProductSpec::PayAsYouGo).min);
        QVERIFY2(changed.ok(), qPrintable(changed.text()));
        QTRY_VERIFY(view->currentIndex().row() > before);
        QCOMPARE(page->selectedWorkspaceId(), id);
        QCOMPARE(view->currentIndex().row(), page->proxy()->rowCount() - 1);
        for (int row = 1; row < page->proxy()->rowCount(); ++row)
            QVERIFY(page->proxy()->index(row - 1, WorkspaceTableModel::CuQuotaColumn).data(WorkspaceTableModel::SortRole).toLongLong()
                    >= page->proxy()->index(row, WorkspaceTableModel::CuQuotaColumn).data(WorkspaceTableModel::SortRole).toLongLong());
        QVERIFY(inSight());
    }

    void aRunStateChangeReachesAnOpenJobsTab()
    {
        const QString id = env->services->workspaces.findByName(QStringLiteral("ml-training"))->id;
        JobsTab tab(*env->services, *session, id);
        const auto stateOfFirstActive = [&]() -> QString {
            for (const JobRun &r : tab.model()->runs())
                if (r.jobName == QLatin1String("train_model"))
                    return r.state;
            return {};
        };
        QCOMPARE(stateOfFirstActive(), QStringLiteral("Running"));
        otherInstance({QStringLiteral("stop"), QStringLiteral("ml-training")});
        QElapsedTimer elapsed;
        elapsed.start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOfFirstActive(), QStringLiteral("Cancelling"), 1000);
        QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
    }
};

QTEST_MAIN(tst_LiveUpdates)
#include "tst_liveupdates.moc"
