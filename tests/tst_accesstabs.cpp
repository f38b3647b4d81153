// The Members, Queues and Data Catalogs tabs of the workspace window (issue 6), driven by keys
// and clicks: add a member through Add User, change a role, remove with confirmation; queues and
// catalogs; what a guest (and carol on the list page) may not do is disabled with a tooltip
// saying why, and the services refuse it anyway.
#include "tests/testsupport/WidgetSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "ui/workspaces/ActionsColumnDelegate.h"
#include "ui/detail/catalogs/AddCatalogDialog.h"
#include "ui/detail/members/AddMemberDialog.h"
#include "ui/detail/members/ChangeRoleDialog.h"
#include "ui/create/CreateCatalogDialog.h"
#include "ui/detail/catalogs/DataCatalogsTab.h"
#include "ui/detail/members/MemberTableModel.h"
#include "ui/detail/members/MembersTab.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "ui/detail/queues/QueueDialog.h"
#include "ui/detail/queues/QueueTableModel.h"
#include "ui/detail/queues/QueuesTab.h"
#include "models/Session.h"
#include "ui/workspaces/SparkPage.h"
#include "models/WorkspaceAccess.h"
#include "ui/detail/catalogs/WorkspaceCatalogTableModel.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QHelpEvent>
#include <QMenu>
#include <QToolTip>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include "ui/common/CuEdit.h"
#include <QTabWidget>
#include <QTableView>
#include <QScopeGuard>
#include <QTimer>
#include <QtTest>

class tst_AccessTabs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void membersListedWithRoles();
    void addMemberThroughAddUser();
    void changeRoleThroughDialog();
    void lastAdministratorButtonsDisabled();
    void removeAsksForConfirmation();
    void guestSeesButtonsDisabled();
    void nonMemberSeesNothing();
    void carolCannotDeleteFromTheList();
    void listActionsSayWhyTheyAreDisabled();
    void queuesTabEditAndAdd();
    void dataCatalogsTab();
    void addCatalogCanCreateOne();
    void errorsInSmallDialogsAreNotClipped();
    void everyControlHasAnAccessibleName();

private:
    void openWindow(const char *workspace);
    template<typename T>
    T *visibleDialog() const
    {
        for (T *d : m_window->findChildren<T *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    void clickRow(QTableView *view, int row)
    {
        const QRect r = view->visualRect(view->model()->index(row, 0));
        QVERIFY(r.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    }
    static void chooseByKeys(QComboBox *combo, const QString &data)
    {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), data);
    }
    int rowOf(MemberTableModel *model, const char *principal) const { return model->rowOf(QString::fromLatin1(principal)); }
    QString roleShown(MemberTableModel *model, const char *principal) const
    {
        const int row = rowOf(model, principal);
        return row < 0 ? QString() : model->index(row, MemberTableModel::RoleColumn).data().toString();
    }
    Identity identity(const char *name) const { return m_env->services->account.identity(QString::fromLatin1(name)).value(); }

    std::unique_ptr<TestEnv> m_env;
    std::unique_ptr<Session> m_session;
    WorkspaceDetailWindow *m_window = nullptr;
    QString m_id;
};

void tst_AccessTabs::init()
{
    // Any warning fails, except the offscreen plugin's note about size hints when a window shows.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    m_env = std::make_unique<TestEnv>();
    m_session = std::make_unique<Session>(m_env->services->account.owner().value());
}

void tst_AccessTabs::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_session.reset();
    m_env.reset();
}

void tst_AccessTabs::openWindow(const char *workspace)
{
    m_id = m_env->services->workspaces.findByName(QString::fromUtf8(workspace))->id;
    m_window = new WorkspaceDetailWindow(*m_env->services, *m_session, m_id);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // Shortcuts (Delete on a row) need the window active.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    new QAbstractItemModelTester(m_window->membersTab()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window);
    new QAbstractItemModelTester(m_window->queuesTab()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window);
    new QAbstractItemModelTester(m_window->catalogsTab()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window);
}

void tst_AccessTabs::membersListedWithRoles()
{
    openWindow("spark-etl-prod");
    m_window->tabs()->setCurrentWidget(m_window->membersTab());
    MemberTableModel *model = m_window->membersTab()->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Account owner (UID 1234567890123456)"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Workspace Administrator"));
    QCOMPARE(roleShown(model, "alice"), QStringLiteral("Data Development"));
    QCOMPARE(roleShown(model, "bob"), QStringLiteral("Data Analytics"));
    QCOMPARE(roleShown(model, "carol"), QStringLiteral("Guest"));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Member"));
    QVERIFY(m_window->membersTab()->addButton()->isEnabled());
    QVERIFY(m_window->membersTab()->permissionLabel()->isHidden());
}

void tst_AccessTabs::addMemberThroughAddUser()
{
    openWindow("spark-etl-prod");
    MembersTab *tab = m_window->membersTab();
    m_window->tabs()->setCurrentWidget(tab);
    QTest::mouseClick(tab->addButton(), Qt::LeftButton);
    AddMemberDialog *dialog = visibleDialog<AddMemberDialog>();
    QVERIFY(dialog);
    QVERIFY(widgetsWithoutAccessibleName(dialog).isEmpty());
    // Only RAM users who are not members yet are offered.
    QListWidget *list = dialog->userList();
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("dave"));

    // Adding with nothing chosen explains itself next to the list and keeps the dialog open.
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->usersError()->isVisible());
    QVERIFY(dialog->usersError()->text().contains(QStringLiteral("at least one")));

    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QVERIFY(!dialog->usersError()->isVisible());
    chooseByKeys(dialog->roleCombo(), ProductSpec::RoleDataScience);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());

    QCOMPARE(roleShown(tab->model(), "dave"), QStringLiteral("Data Analytics"));
    QCOMPARE(tab->selectedPrincipal(), QStringLiteral("dave"));
    QVERIFY(tab->messageLabel()->isVisible());
    QVERIFY(tab->messageLabel()->text().contains(QStringLiteral("dave")));
    QCOMPARE(m_env->services->members.roleOf(m_id, identity("dave")).value(), ProductSpec::RoleDataScience);

    // Every RAM user is now a member: nobody can be added twice.
    QTest::mouseClick(tab->addButton(), Qt::LeftButton);
    AddMemberDialog *again = visibleDialog<AddMemberDialog>();
    QVERIFY(again);
    QCOMPARE(again->userList()->count(), 0);
    QVERIFY(!again->addButton()->isEnabled());
    QTest::keyClick(again, Qt::Key_Escape);
    QVERIFY(!again->isVisible());
}

void tst_AccessTabs::changeRoleThroughDialog()
{
    openWindow("spark-etl-prod");
    MembersTab *tab = m_window->membersTab();
    m_window->tabs()->setCurrentWidget(tab);
    clickRow(tab->view(), rowOf(tab->model(), "bob"));
    QCOMPARE(tab->selectedPrincipal(), QStringLiteral("bob"));
    QVERIFY(tab->changeRoleButton()->isEnabled());
    QTest::mouseClick(tab->changeRoleButton(), Qt::LeftButton);
    ChangeRoleDialog *dialog = visibleDialog<ChangeRoleDialog>();
    QVERIFY(dialog);
    QVERIFY(widgetsWithoutAccessibleName(dialog).isEmpty());
    QCOMPARE(dialog->role(), ProductSpec::RoleDataScience);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("memberName"))->text().contains(QStringLiteral("bob")));
    chooseByKeys(dialog->roleCombo(), ProductSpec::RoleDataEngineering);
    QTest::keyClick(dialog->roleCombo(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(roleShown(tab->model(), "bob"), QStringLiteral("Data Development"));
    QCOMPARE(tab->selectedPrincipal(), QStringLiteral("bob"));
    QVERIFY(tab->messageLabel()->text().contains(QStringLiteral("Data Development")));

    // Keyboard: Enter on a row opens the same dialog.
    tab->view()->setFocus();
    QTest::keyClick(tab->view(), Qt::Key_Return);
    ChangeRoleDialog *byKey = visibleDialog<ChangeRoleDialog>();
    QVERIFY(byKey);
    QTest::keyClick(byKey, Qt::Key_Escape);
}

void tst_AccessTabs::lastAdministratorButtonsDisabled()
{
    openWindow("spark-etl-prod");
    MembersTab *tab = m_window->membersTab();
    m_window->tabs()->setCurrentWidget(tab);
    clickRow(tab->view(), 0); // the account owner
    QVERIFY(!tab->removeButton()->isEnabled());
    QVERIFY(!tab->changeRoleButton()->isEnabled());
    QVERIFY(tab->removeButton()->toolTip().contains(QStringLiteral("account owner")));
    QCOMPARE(tab->removeButton()->accessibleDescription(), tab->removeButton()->toolTip());
}

void tst_AccessTabs::removeAsksForConfirmation()
{
    openWindow("spark-etl-prod");
    MembersTab *tab = m_window->membersTab();
    m_window->tabs()->setCurrentWidget(tab);
    clickRow(tab->view(), rowOf(tab->model(), "carol"));

    QString question;
    const auto answer = [&question](const char *buttonName) {
        whenModal<QMessageBox>([&question, buttonName](QMessageBox *box) {
            QVERIFY(box);
            question = box->text();
            auto *button = box->findChild<QPushButton *>(QString::fromLatin1(buttonName));
            if (!button)
                button = qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel));
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
        });
    };

    answer("no such button: cancel");
    QTest::mouseClick(tab->removeButton(), Qt::LeftButton);
    QVERIFY(question.contains(QStringLiteral("carol")));
    QVERIFY(rowOf(tab->model(), "carol") >= 0);

    question.clear();
    // Offscreen does not give activation back after the message box closes.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    tab->view()->setFocus();
    answer("confirmRemoveButton");
    QTest::keyClick(tab->view(), Qt::Key_Delete); // the Delete key asks the same question
    QVERIFY(question.contains(QStringLiteral("carol")));
    QCOMPARE(rowOf(tab->model(), "carol"), -1);
    QCOMPARE(WorkspaceAccess::storedRoleOf(*m_env->db, m_id, QStringLiteral("carol")).value(), QString());
    QVERIFY(tab->messageLabel()->text().contains(QStringLiteral("carol")));
}

void tst_AccessTabs::guestSeesButtonsDisabled()
{
    openWindow("spark-etl-prod");
    MembersTab *members = m_window->membersTab();
    QueuesTab *queues = m_window->queuesTab();
    DataCatalogsTab *catalogs = m_window->catalogsTab();
    QVERIFY(members->addButton()->isEnabled());
    QVERIFY(queues->addButton()->isEnabled());
    m_window->tabs()->setCurrentWidget(members);

    m_session->setIdentity(identity("carol")); // Guest in spark-etl-prod
    for (QPushButton *button : {members->addButton(), members->changeRoleButton(), members->removeButton(),
                                queues->addButton(), queues->editButton(), queues->removeButton(),
                                catalogs->addButton(), catalogs->removeButton()}) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QVERIFY2(button->toolTip().contains(QStringLiteral("Guest")), qPrintable(button->toolTip()));
    }
    // Said in visible text as well, not only in tooltips; the members are still listed.
    QVERIFY(members->permissionLabel()->isVisibleTo(m_window));
    QVERIFY(members->permissionLabel()->text().contains(QStringLiteral("Guest")));
    QCOMPARE(members->model()->rowCount(), 4);
    // The services refuse anyway.
    const Identity carol = identity("carol");
    QVERIFY(m_env->services->members.addMembers(carol, m_id, {QStringLiteral("dave")}, ProductSpec::RoleGuest)
                .has(ErrorCode::PermissionDenied));
    QVERIFY(m_env->services->queues.setQueueCu(carol, m_id, ProductSpec::DevQueue, 1).has(ErrorCode::PermissionDenied));

    // Data Analytics (bob) may not manage queues either; switching back to the owner allows it again.
    m_session->setIdentity(identity("bob"));
    QVERIFY(!queues->addButton()->isEnabled());
    QVERIFY(queues->addButton()->toolTip().contains(QStringLiteral("Data Analytics")));
    m_session->setIdentity(m_env->services->account.owner().value());
    QVERIFY(members->addButton()->isEnabled());
    QVERIFY(queues->addButton()->isEnabled());
    QVERIFY(members->permissionLabel()->isHidden());
}

void tst_AccessTabs::nonMemberSeesNothing()
{
    openWindow("spark-etl-prod");
    m_session->setIdentity(identity("dave"));
    MembersTab *members = m_window->membersTab();
    QCOMPARE(members->model()->rowCount(), 0);
    QCOMPARE(m_window->queuesTab()->model()->rowCount(), 0);
    QVERIFY(members->permissionLabel()->text().contains(QStringLiteral("not a member")));
    QVERIFY(!members->addButton()->isEnabled());
}

void tst_AccessTabs::carolCannotDeleteFromTheList()
{
    SparkPage page(*m_env->services, *m_session);
    const QString id = m_env->services->workspaces.findByName(QStringLiteral("eu-analytics"))->id;
    page.selectWorkspace(id);
    QCOMPARE(page.selectedWorkspaceId(), id);
    QVERIFY(page.deleteAction()->isEnabled());

    m_session->setIdentity(identity("carol"));
    const Status refusal = Permissions::canManageWorkspaces(m_session->identity());
    QVERIFY(!refusal.ok());
    QVERIFY(!page.deleteAction()->isEnabled());
    QCOMPARE(page.deleteAction()->toolTip(), refusal.text());
    QVERIFY(!page.editTagsAction()->isEnabled());
    QVERIFY(!page.modifyPayAsYouGoAction()->isEnabled());
    // The model layer refuses carol too: the list-page rule and, inside the workspace, the lack
    // of a role (she is no member of eu-analytics).
    QVERIFY(refusal.has(ErrorCode::PermissionDenied));
    QVERIFY(refusal.text().contains(ProductSpec::PolicySparkFull));
    QVERIFY(WorkspaceAccess::check(*m_env->db, m_session->identity(), id, Permissions::InWorkspace::ManageQueues)
                .has(ErrorCode::PermissionDenied));
    // A delete attempted directly, past the disabled action, is refused by the service.
    const Status direct = m_env->services->deletion.deleteWorkspace(m_session->identity(), id, QStringLiteral("eu-analytics"));
    QVERIFY(direct.has(ErrorCode::PermissionDenied));
    QVERIFY(m_env->services->workspaces.find(id).ok());

    m_session->setIdentity(identity("dave")); // Spark full access: list actions allowed again
    QVERIFY(page.deleteAction()->isEnabled());
}

void tst_AccessTabs::listActionsSayWhyTheyAreDisabled()
{
    SparkPage page(*m_env->services, *m_session);
    page.resize(1400, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString id = m_env->services->workspaces.findByName(QStringLiteral("eu-analytics"))->id;
    page.selectWorkspace(id);
    // Menus show an action's tooltip only when told to; without it the reason is never seen.
    QVERIFY(page.rowMenu()->toolTipsVisible());
    QVERIFY(page.moreMenu()->toolTipsVisible());

    QTableView *view = page.view();
    auto *delegate = qobject_cast<ActionsColumnDelegate *>(view->itemDelegateForColumn(WorkspaceTableModel::ActionsColumn));
    QVERIFY(delegate);
    QCOMPARE(delegate->refusal(), QString());

    m_session->setIdentity(identity("carol"));
    const QString refusal = Permissions::canManageWorkspaces(m_session->identity()).text();
    QCOMPARE(delegate->refusal(), refusal);
    // Hovering the painted Delete link of the row explains why it does nothing.
    const QModelIndex cell = view->model()->index(view->selectionModel()->selectedRows().first().row(),
                                                  WorkspaceTableModel::ActionsColumn);
    const QRect rect = view->visualRect(cell);
    QVERIFY(rect.isValid());
    const QPoint onLink(rect.left() + 10, rect.center().y());
    QHelpEvent help(QEvent::ToolTip, onLink, view->viewport()->mapToGlobal(onLink));
    QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()"); // the tooltip window
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), refusal);
    QToolTip::hideText();
    // The Delete key on the row says the same in the status bar instead of doing nothing.
    QSignalSpy status(&page, &SparkPage::statusMessage);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.first().first().toString(), refusal);

    m_session->setIdentity(identity("dave")); // Spark full access: the links work again
    QCOMPARE(delegate->refusal(), QString());
}

void tst_AccessTabs::queuesTabEditAndAdd()
{
    openWindow("spark-etl-prod");
    QueuesTab *tab = m_window->queuesTab();
    m_window->tabs()->setCurrentWidget(tab);
    QueueTableModel *model = tab->model();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(tab->summaryLabel()->text().contains(QStringLiteral("Free: 0")));

    // root_queue and dev_queue cannot be removed: the button says why.
    clickRow(tab->view(), model->rowOf(ProductSpec::RootQueue));
    QVERIFY(!tab->removeButton()->isEnabled());
    QVERIFY(tab->removeButton()->toolTip().contains(ProductSpec::RootQueue));

    // Lower root_queue to 100 CUs.
    QTest::mouseClick(tab->editButton(), Qt::LeftButton);
    QueueDialog *edit = visibleDialog<QueueDialog>();
    QVERIFY(edit);
    QVERIFY(widgetsWithoutAccessibleName(edit).isEmpty());
    QVERIFY(edit->nameEdit()->isReadOnly());
    edit->cuEdit()->selectAll();
    QTest::keyClicks(edit->cuEdit(), QStringLiteral("100"));
    QTest::keyClick(edit->cuEdit(), Qt::Key_Return);
    QVERIFY(!edit->isVisible());
    QCOMPARE(model->index(model->rowOf(ProductSpec::RootQueue), QueueTableModel::CuColumn).data().toString(),
             QStringLiteral("100"));
    QVERIFY(tab->summaryLabel()->text().contains(QStringLiteral("Free: 60")));

    // Add a queue: a bad name and too many CUs are explained under their fields.
    QTest::mouseClick(tab->addButton(), Qt::LeftButton);
    QueueDialog *add = visibleDialog<QueueDialog>();
    QVERIFY(add);
    QCOMPARE(add->cuEdit()->valueOr(-1), 60); // what is free
    QTest::keyClicks(add->nameEdit(), QStringLiteral("etl-queue"));
    QVERIFY(add->nameError()->isVisible());
    add->nameEdit()->clear();
    QTest::keyClicks(add->nameEdit(), QStringLiteral("etl_queue"));
    QVERIFY(!add->nameError()->isVisible());
    add->cuEdit()->selectAll();
    QTest::keyClicks(add->cuEdit(), QStringLiteral("150"));
    QTest::mouseClick(add->okButton(), Qt::LeftButton);
    QVERIFY(add->isVisible());
    QVERIFY(add->cuError()->isVisible());
    QVERIFY(add->cuError()->text().contains(QStringLiteral("200")));
    add->cuEdit()->selectAll();
    QTest::keyClicks(add->cuEdit(), QStringLiteral("60"));
    QTest::mouseClick(add->okButton(), Qt::LeftButton);
    QVERIFY(!add->isVisible());
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(tab->selectedQueue(), QStringLiteral("etl_queue"));
    QVERIFY(tab->removeButton()->isEnabled());
    QVERIFY(tab->summaryLabel()->text().contains(QStringLiteral("Free: 0")));
}

void tst_AccessTabs::dataCatalogsTab()
{
    Fixtures::addCatalog(*m_env, QStringLiteral("cn-hangzhou"), QStringLiteral("sales_dw"));
    Fixtures::addCatalog(*m_env, QStringLiteral("cn-shanghai"), QStringLiteral("elsewhere"));
    openWindow("spark-etl-prod");
    DataCatalogsTab *tab = m_window->catalogsTab();
    m_window->tabs()->setCurrentWidget(tab);
    QCOMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->selectedCatalog(), QStringLiteral("default_catalog"));
    QVERIFY(!tab->removeButton()->isEnabled());
    QVERIFY(tab->removeButton()->toolTip().contains(QStringLiteral("default")));

    QTest::mouseClick(tab->addButton(), Qt::LeftButton);
    AddCatalogDialog *dialog = visibleDialog<AddCatalogDialog>();
    QVERIFY(dialog);
    QVERIFY(widgetsWithoutAccessibleName(dialog).isEmpty());
    QCOMPARE(dialog->catalogCombo()->count(), 1); // only the same region, not the default again
    QCOMPARE(dialog->catalogId(), QStringLiteral("sales_dw"));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(tab->model()->rowCount(), 2);
    QCOMPARE(tab->selectedCatalog(), QStringLiteral("sales_dw"));
    QCOMPARE(tab->model()->index(1, WorkspaceCatalogTableModel::TypeColumn).data().toString(), QStringLiteral("Added"));

    QVERIFY(tab->removeButton()->isEnabled());
    QTest::mouseClick(tab->removeButton(), Qt::LeftButton);
    QCOMPARE(tab->model()->rowCount(), 1);
    QVERIFY(tab->messageLabel()->text().contains(QStringLiteral("sales_dw")));
}

void tst_AccessTabs::addCatalogCanCreateOne()
{
    // The demo region has only its default catalog: nothing to add until one is created.
    openWindow("spark-etl-prod");
    DataCatalogsTab *tab = m_window->catalogsTab();
    m_window->tabs()->setCurrentWidget(tab);
    QTest::mouseClick(tab->addButton(), Qt::LeftButton);
    AddCatalogDialog *dialog = visibleDialog<AddCatalogDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->catalogCombo()->count(), 0);
    QVERIFY(!dialog->addButton()->isEnabled());
    QVERIFY(dialog->createButton()->isVisible());
    QVERIFY(dialog->createButton()->isEnabled());
    QVERIFY(widgetsWithoutAccessibleName(dialog).isEmpty());

    bool seen = false;
    whenModal<CreateCatalogDialog>([&](CreateCatalogDialog *create) {
        QVERIFY(create);
        seen = true;
        QTest::keyClicks(create->catalogIdEdit(), QStringLiteral("sales_dw"));
        QTest::mouseClick(create->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY(seen);
    QCOMPARE(dialog->catalogCombo()->count(), 1);
    QCOMPARE(dialog->catalogId(), QStringLiteral("sales_dw"));
    QVERIFY(dialog->addButton()->isEnabled());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(tab->model()->rowCount(), 2);
    QCOMPARE(tab->selectedCatalog(), QStringLiteral("sales_dw"));
}

void tst_AccessTabs::errorsInSmallDialogsAreNotClipped()
{
    // A message that appears in a dialog already on screen gets the room its wrapped lines need.
    const auto fullyShown = [](QLabel *label) {
        return label->isVisible() && label->height() >= label->heightForWidth(label->width())
            && label->geometry().bottom() < label->window()->height();
    };
    openWindow("spark-etl-prod");
    {
        QueueDialog dialog(QueueDialog::Mode::Add, QString(), 0, 0, 200, m_window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showErrors(m_env->services->queues.addQueue(m_session->identity(), m_id, QStringLiteral("bad name"), 10));
        QVERIFY(dialog.nameError()->isVisible() && dialog.cuError()->isVisible());
        QTRY_VERIFY(fullyShown(dialog.nameError()));
        QTRY_VERIFY(fullyShown(dialog.cuError()));
    }
    {
        ChangeRoleDialog dialog(QStringLiteral("Account owner (UID 1234567890123456)"), ProductSpec::RoleOwner, m_window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showErrors(m_env->services->members.changeRole(m_session->identity(), m_id,
                                                              m_env->services->account.accountUid().value(), ProductSpec::RoleGuest));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("roleError"));
        QVERIFY(error);
        QTRY_VERIFY(fullyShown(error));
    }
}

void tst_AccessTabs::everyControlHasAnAccessibleName()
{
    openWindow("spark-etl-prod");
    for (int i = 0; i < m_window->tabs()->count(); ++i) {
        m_window->tabs()->setCurrentIndex(i);
        const QStringList missing = widgetsWithoutAccessibleName(m_window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }
    m_session->setIdentity(identity("carol"));
    QVERIFY(widgetsWithoutAccessibleName(m_window).isEmpty());
}

QTEST_MAIN(tst_AccessTabs)
#include "tst_accesstabs.moc"
