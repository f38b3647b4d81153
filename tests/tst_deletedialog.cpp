#include "ui/workspaces/DeleteWorkspaceDialog.h"
#include "models/JobService.h"
#include "ui/detail/jobs/JobsTab.h"
#include "models/Format.h"
#include "models/Pricing.h"
#include "models/QuotaService.h"
#include "models/ProductSpec.h"
#include "models/Session.h"
#include "ui/workspaces/SparkPage.h"
#include "tests/testsupport/WidgetSupport.h"
#include "tests/testsupport/Fixtures.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

class tst_DeleteDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEnv> env;
    std::unique_ptr<Session> session;
    std::unique_ptr<DeleteWorkspaceDialog> dialog;
    std::unique_ptr<SparkPage> page;

    QString idOf(const QString &name) const { return env->services->workspaces.findByName(name)->id; }

    DeleteWorkspaceDialog *open(const QString &name)
    {
        dialog = std::make_unique<DeleteWorkspaceDialog>(*env->services, *session, idOf(name));
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog.get();
    }
    QLabel *label(const QString &objectName) const { return dialog->findChild<QLabel *>(objectName); }
    bool exists(const QString &name) const { return env->services->workspaces.findByName(name).ok(); }

private slots:
    void init()
    {
        env = std::make_unique<TestEnv>();
        session = std::make_unique<Session>(env->services->account.owner().value());
    }
    void cleanup()
    {
        dialog.reset();
        page.reset();
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
        session.reset();
        env.reset();
    }

    void payAsYouGoOpensTheDeleteMode()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("eu-analytics"));
        QVERIFY(d);
        QCOMPARE(d->mode(), DeleteWorkspaceDialog::Mode::Delete);
        QCOMPARE(d->windowTitle(), QStringLiteral("Delete Workspace"));
        QCOMPARE(d->confirmButton()->text(), QStringLiteral("Delete Workspace"));
        QVERIFY(d->confirmButton()->isDefault());
        QVERIFY(!d->confirmButton()->isEnabled());
        QVERIFY(d->confirmationEdit()->text().isEmpty());
        QTRY_COMPARE(QApplication::focusWidget(), d->confirmationEdit());
        // The name in bold, selectable; what is lost and what is kept.
        QLabel *name = label(QStringLiteral("workspaceNameLabel"));
        QCOMPARE(name->text(), QStringLiteral("eu-analytics"));
        QVERIFY(name->font().bold());
        QCOMPARE(name->textFormat(), Qt::PlainText); // a name is never read as markup
        QVERIFY(name->textInteractionFlags() & Qt::TextSelectableByMouse);
        const QString warnings = label(QStringLiteral("warnings"))->text();
        QVERIFY(warnings.contains(QLatin1String("cannot be restored")));
        QVERIFY(warnings.contains(QLatin1String("Back up the job scripts")));
        QVERIFY(warnings.contains(QLatin1String("logs on OSS or HDFS")));
        QVERIFY(warnings.contains(QLatin1String("no jobs are running")));
        QVERIFY(!d->findChild<QWidget *>(QStringLiteral("orderBox"))->isVisible());
        QVERIFY(!d->findChild<QWidget *>(QStringLiteral("activeRunsBox"))->isVisible());
        QCOMPARE(widgetsWithoutAccessibleName(d).join(QLatin1Char(',')), QString());
    }

    void tabComesBackToTheConfirmationField_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::newRow("Delete") << QStringLiteral("eu-analytics");
        QTest::newRow("Delete with a running job") << QStringLiteral("ml-training");
        QTest::newRow("Unsubscribe") << QStringLiteral("reporting_hk");
    }
    void tabComesBackToTheConfirmationField()
    {
        QFETCH(QString, workspace);
        DeleteWorkspaceDialog *d = open(workspace);
        QVERIFY(d);
        QApplication::setActiveWindow(d);
        QVERIFY(QTest::qWaitForWindowActive(d));
        QTRY_COMPARE(QApplication::focusWidget(), d->confirmationEdit());
        QTest::keyClicks(d->confirmationEdit(), workspace); // the confirm button is enabled now
        bool closed = false;
        const QList<QWidget *> stops = tabCycle(d, 50, &closed);
        QStringList order;
        for (QWidget *w : stops)
            order << describeWidget(w);
        QVERIFY2(closed, qPrintable(order.join(QStringLiteral(" -> "))));
        QVERIFY2(stops.contains(d->confirmButton()), qPrintable(order.join(QStringLiteral(" -> "))));
        QCOMPARE(QApplication::focusWidget(), d->confirmationEdit());
    }

    void nameWithMarkupIsEscaped()
    {
        // Names cannot contain markup, but the label must not trust that.
        DeleteWorkspaceDialog *d = open(QStringLiteral("eu-analytics"));
        QVERIFY(d);
        QVERIFY(!label(QStringLiteral("workspaceNameLabel"))->text().contains(QLatin1String("<b><")));
    }

    void buttonFollowsTyping()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("eu-analytics"));
        QVERIFY(d);
        QLineEdit *edit = d->confirmationEdit();
        QTest::keyClicks(edit, QStringLiteral("eu-analytic"));
        QVERIFY(!d->confirmButton()->isEnabled());
        QTest::keyClick(edit, Qt::Key_S);
        QVERIFY(d->confirmButton()->isEnabled());
        QTest::keyClick(edit, Qt::Key_Space); // a trailing space is trimmed
        QVERIFY(d->confirmButton()->isEnabled());
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!d->confirmButton()->isEnabled());
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("EU-ANALYTICS"));
        QVERIFY(!d->confirmButton()->isEnabled());
    }

    void enterOnANonMatchDoesNothing()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("eu-analytics"));
        QVERIFY(d);
        QTest::keyClicks(d->confirmationEdit(), QStringLiteral("eu-analytics-x"));
        QTest::keyClick(d->confirmationEdit(), Qt::Key_Return);
        QTest::keyClick(d->confirmationEdit(), Qt::Key_Enter);
        QVERIFY(d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QVERIFY(exists(QStringLiteral("eu-analytics")));
    }

    void enterOnAMatchDeletes()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("eu-analytics"));
        QVERIFY(d);
        QTest::keyClicks(d->confirmationEdit(), QStringLiteral("eu-analytics"));
        QTest::keyClick(d->confirmationEdit(), Qt::Key_Return);
        QVERIFY(!d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QVERIFY(!exists(QStringLiteral("eu-analytics")));
        QVERIFY(d->resultMessage().contains(QLatin1String("eu-analytics")));
    }

    void chineseNameCanBeTypedOrPasted()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("数据分析平台"));
        QVERIFY(d);
        // Pasted with the ideographic spaces an IME may leave around it.
        d->confirmationEdit()->insert(QStringLiteral("\u3000数据分析平台\u3000"));
        QVERIFY(d->confirmButton()->isEnabled());
        QTest::keyClick(d->confirmationEdit(), Qt::Key_Return);
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QVERIFY(!exists(QStringLiteral("数据分析平台")));
    }

    void enterOnAnotherButtonActivatesThatButton()
    {
        // Enter on a focused button is that button, never a hidden route to Delete.
        DeleteWorkspaceDialog *d = open(QStringLiteral("eu-analytics"));
        QVERIFY(d);
        int chosen = 0;
        d->setFolderChooser([&](QWidget *, const QString &) {
            ++chosen;
            return QString();
        });
        QTest::keyClicks(d->confirmationEdit(), QStringLiteral("eu-analytics"));
        d->backupButton()->setFocus();
        QTest::keyClick(d->backupButton(), Qt::Key_Return);
        QCOMPARE(chosen, 1);
        QVERIFY(d->isVisible());
        QVERIFY(exists(QStringLiteral("eu-analytics")));
        // Back in the field, Enter is the default button again.
        d->confirmationEdit()->setFocus();
        QTest::keyClick(d->confirmationEdit(), Qt::Key_Return);
        QCOMPARE(d->result(), int(QDialog::Accepted));
    }

    void escapeCancels()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("eu-analytics"));
        QVERIFY(d);
        QTest::keyClicks(d->confirmationEdit(), QStringLiteral("eu-analytics"));
        QTest::keyClick(d->confirmationEdit(), Qt::Key_Escape);
        QVERIFY(!d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QVERIFY(exists(QStringLiteral("eu-analytics")));
    }

    void backupWritesTheFiles()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("ml-training"));
        QVERIFY(d);
        QTemporaryDir folder;
        QString caption;
        d->setFolderChooser([&](QWidget *, const QString &c) {
            caption = c;
            return folder.path();
        });
        QTest::mouseClick(d->backupButton(), Qt::LeftButton);
        QVERIFY(!caption.isEmpty());
        const QDir dir(folder.path());
        QVERIFY(dir.exists(QStringLiteral("train_model.py")));
        QVERIFY(dir.exists(QStringLiteral("feature_build.jar.txt")));
        QVERIFY(dir.exists(QStringLiteral("manifest.json")));
        QLabel *result = label(QStringLiteral("backupResult"));
        QVERIFY(result->isVisible());
        QVERIFY2(result->text().contains(QLatin1String("2 job script file")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("(manifest.json)")));
        QVERIFY(d->isVisible()); // backing up does not close the dialog

        // A second backup into the same folder keeps the first one and names its own manifest.
        QTest::mouseClick(d->backupButton(), Qt::LeftButton);
        QVERIFY(dir.exists(QStringLiteral("manifest (2).json")));
        QVERIFY2(result->text().contains(QLatin1String("(manifest (2).json)")), qPrintable(result->text()));

        // Cancelling the folder chooser writes nothing.
        d->setFolderChooser([](QWidget *, const QString &) { return QString(); });
        QTest::mouseClick(d->backupButton(), Qt::LeftButton);
        QCOMPARE(dir.entryList(QDir::Files).size(), 6);
    }

    void backupErrorIsShownInTheDialog()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("ml-training"));
        QVERIFY(d);
        QTemporaryDir folder;
        d->setFolderChooser([&](QWidget *, const QString &) { return folder.filePath(QStringLiteral("gone")); });
        QTest::mouseClick(d->backupButton(), Qt::LeftButton);
        QLabel *result = label(QStringLiteral("backupResult"));
        QVERIFY(result->isVisible());
        QVERIFY(result->text().contains(QLatin1String("does not exist")));
    }

    void activeRunIsShownAndNothingIsDeleted()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("ml-training"));
        QVERIFY(d);
        QWidget *box = d->findChild<QWidget *>(QStringLiteral("activeRunsBox"));
        QVERIFY(box->isVisible());
        const QString error = label(QStringLiteral("activeRunsError"))->text();
        QVERIFY2(error.contains(QLatin1String("train_model")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("A job is running")));
        QVERIFY(error.contains(QLatin1String("Stop")));
        QVERIFY(d->openJobsButton()->isVisible());
        QCOMPARE(widgetsWithoutAccessibleName(d).join(QLatin1Char(',')), QString());

        QTest::keyClicks(d->confirmationEdit(), QStringLiteral("ml-training"));
        QTest::keyClick(d->confirmationEdit(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        QVERIFY(exists(QStringLiteral("ml-training")));
        QCOMPARE(env->services->jobs.activeRuns(idOf(QStringLiteral("ml-training")))->size(), 1);
    }

    void openJobsClosesWithoutDeleting()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("ml-training"));
        QVERIFY(d);
        QSignalSpy spy(d, &DeleteWorkspaceDialog::openJobsRequested);
        QTest::mouseClick(d->openJobsButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), idOf(QStringLiteral("ml-training")));
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QVERIFY(exists(QStringLiteral("ml-training")));
    }

    void jobStartedAfterOpeningBlocksTheDelete()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("eu-analytics"));
        QVERIFY(d);
        QVERIFY(!d->findChild<QWidget *>(QStringLiteral("activeRunsBox"))->isVisible());
        const JobRunRequest r = Fixtures::jobRequest(QStringLiteral("late_job"));
        QVERIFY(env->services->jobs.runJob(env->services->account.owner().value(), idOf(QStringLiteral("eu-analytics")), r).ok());

        QTest::keyClicks(d->confirmationEdit(), QStringLiteral("eu-analytics"));
        QTest::keyClick(d->confirmationEdit(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        QVERIFY(exists(QStringLiteral("eu-analytics")));
        QVERIFY(d->findChild<QWidget *>(QStringLiteral("activeRunsBox"))->isVisible());
        QVERIFY(label(QStringLiteral("activeRunsError"))->text().contains(QLatin1String("late_job")));
    }

    void unsubscribeShowsEveryOrder()
    {
        const QString id = idOf(QStringLiteral("reporting_hk"));
        const Identity owner = env->services->account.owner().value();
        const int before = env->services->workspaces.find(id)->cuQuota;
        const Result<Order> upgrade = env->services->quotas.changeSubscriptionQuota(owner, id, before + 100,
                                                                                  QuotaService::Direction::Upgrade);
        QVERIFY2(upgrade.ok(), qPrintable(upgrade.text()));
        DeleteWorkspaceDialog *d = open(QStringLiteral("reporting_hk"));
        QVERIFY(d);
        const QString shown = label(QStringLiteral("orderValue"))->text();
        const QStringList lines = shown.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral("New")), qPrintable(shown));
        QVERIFY2(lines.at(1).contains(upgrade->id), qPrintable(shown));
        QVERIFY2(lines.at(1).contains(Format::money(upgrade->amountCents)), qPrintable(shown));
    }

    void unsubscribeShowsOrderAndRefund()
    {
        DeleteWorkspaceDialog *d = open(QStringLiteral("reporting_hk"));
        QVERIFY(d);
        QCOMPARE(d->mode(), DeleteWorkspaceDialog::Mode::Unsubscribe);
        QCOMPARE(d->windowTitle(), QStringLiteral("Unsubscribe"));
        QCOMPARE(d->confirmButton()->text(), QStringLiteral("Unsubscribe"));
        QVERIFY(d->findChild<QWidget *>(QStringLiteral("orderBox"))->isVisible());
        const Result<DeletionPreview> preview = env->services->deletion.preview(idOf(QStringLiteral("reporting_hk")));
        QVERIFY(!preview->orders.isEmpty());
        for (const Order &o : preview->orders)
            QVERIFY(label(QStringLiteral("orderValue"))->text().contains(o.id));
        QCOMPARE(label(QStringLiteral("paidValue"))->text(), Format::money(preview->paidCents));
        QVERIFY(label(QStringLiteral("usedValue"))->text().startsWith(QLatin1String("15 day")));
        QCOMPARE(label(QStringLiteral("refundValue"))->text(), Format::money(preview->refundCents));
        QCOMPARE(widgetsWithoutAccessibleName(d).join(QLatin1Char(',')), QString());

        QTest::keyClicks(d->confirmationEdit(), QStringLiteral("reporting_hk"));
        QTest::keyClick(d->confirmationEdit(), Qt::Key_Return);
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QVERIFY(!exists(QStringLiteral("reporting_hk")));
        QVERIFY(d->refundOrder().has_value());
        QCOMPARE(d->refundOrder()->amountCents, -preview->refundCents);
        QVERIFY(d->resultMessage().contains(Format::money(preview->refundCents)));
    }

    void pageDeletesSelectsANeighbourAndClosesTheDetailWindow()
    {
        page = std::make_unique<SparkPage>(*env->services, *session);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        const QString id = idOf(QStringLiteral("数据分析平台"));
        page->selectWorkspace(id);
        page->openWorkspace();
        QPointer<WorkspaceDetailWindow> window = page->detailWindow(id);
        QVERIFY(window);
        page->selectWorkspace(id);
        const QModelIndex current = page->proxy()->mapFromSource(page->model()->indexOf(id));
        const QString neighbour =
            page->proxy()->index(current.row() + 1, 0).data(WorkspaceTableModel::IdRole).toString();
        QVERIFY(!neighbour.isEmpty());

        QSignalSpy status(page.get(), &SparkPage::statusMessage);
        whenModal<DeleteWorkspaceDialog>([](DeleteWorkspaceDialog *d) {
            QVERIFY(d);
            d->confirmationEdit()->insert(QStringLiteral("数据分析平台")); // keyClicks is ASCII-only
            QTest::keyClick(d->confirmationEdit(), Qt::Key_Return);
        });
        page->deleteWorkspace();
        QVERIFY(!exists(QStringLiteral("数据分析平台")));
        QCOMPARE(page->model()->rowOf(id), -1);
        QCOMPARE(page->selectedWorkspaceId(), neighbour);
        QTRY_VERIFY(!window);
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().first().toString().contains(QStringLiteral("数据分析平台")));
    }

    void pageOpenJobsShowsTheJobsTab()
    {
        page = std::make_unique<SparkPage>(*env->services, *session);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        const QString id = idOf(QStringLiteral("ml-training"));
        page->selectWorkspace(id);
        whenModal<DeleteWorkspaceDialog>([](DeleteWorkspaceDialog *d) {
            QVERIFY(d);
            QTest::mouseClick(d->openJobsButton(), Qt::LeftButton);
        });
        page->deleteWorkspace();
        QVERIFY(exists(QStringLiteral("ml-training")));
        WorkspaceDetailWindow *window = page->detailWindow(id);
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QCOMPARE(window->tabs()->currentWidget(), static_cast<QWidget *>(window->jobsTab()));
    }

    void pageRefusesAReadOnlyUser()
    {
        session->setIdentity(env->services->account.identity(QStringLiteral("carol")).value());
        page = std::make_unique<SparkPage>(*env->services, *session);
        page->selectWorkspace(idOf(QStringLiteral("eu-analytics")));
        QSignalSpy status(page.get(), &SparkPage::statusMessage);
        page->deleteWorkspace(); // no dialog opens: returns at once
        QVERIFY(!page->deleteAction()->isEnabled());
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(ProductSpec::PolicySparkFull));
        QVERIFY(exists(QStringLiteral("eu-analytics")));
    }
};

QTEST_MAIN(tst_DeleteDialog)
#include "tst_deletedialog.moc"
