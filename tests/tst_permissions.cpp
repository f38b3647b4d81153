// The permission matrix (issue 6): every action x every demo identity (and, inside a workspace,
// every role), allowed or refused. Every action is attempted through the service that performs
// it (create, delete, unsubscribe, quota, tags, jobs, queues, members, catalogs), and the list-page
// answers must agree with Permissions, which the UI asks to enable its controls.
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceAccess.h"
#include "models/WorkspaceRules.h"

#include <QtTest>

namespace {

const QStringList Identities = {QStringLiteral("owner"), QStringLiteral("alice"), QStringLiteral("bob"),
                                QStringLiteral("carol"), QStringLiteral("dave")};
const QString NotAMember = QStringLiteral("not a member");

// Spec §6 restated as a table: what each role may do inside a workspace.
const QHash<QString, QStringList> &allowedByRole()
{
    static const QHash<QString, QStringList> table = {
        {ProductSpec::RoleOwner, {QStringLiteral("view"), QStringLiteral("run job on dev_queue"),
                                  QStringLiteral("run job on root_queue"), QStringLiteral("stop job"),
                                  QStringLiteral("edit job"), QStringLiteral("manage queues"),
                                  QStringLiteral("manage members"), QStringLiteral("manage catalogs")}},
        {ProductSpec::RoleDataEngineering, {QStringLiteral("view"), QStringLiteral("run job on dev_queue"),
                                            QStringLiteral("run job on root_queue"), QStringLiteral("stop job"),
                                            QStringLiteral("edit job")}},
        {ProductSpec::RoleDataScience, {QStringLiteral("view"), QStringLiteral("run job on dev_queue")}},
        {ProductSpec::RoleGuest, {QStringLiteral("view")}},
        {NotAMember, {}},
    };
    return table;
}

const QStringList InWorkspaceActions = {QStringLiteral("view"), QStringLiteral("run job on dev_queue"),
                                        QStringLiteral("run job on root_queue"), QStringLiteral("stop job"),
                                        QStringLiteral("edit job"), QStringLiteral("manage queues"),
                                        QStringLiteral("manage members"), QStringLiteral("manage catalogs")};

// A valid Create Workspace request in the account's Hong Kong region.
WorkspaceSpec workspaceSpec(const QString &name, const QString &billing)
{
    WorkspaceSpec s;
    s.region = QStringLiteral("cn-hongkong");
    s.billing = billing;
    s.name = name;
    s.durationMonths = billing == ProductSpec::Subscription ? 1 : 0;
    s.cuQuota = billing == ProductSpec::Subscription ? 50 : 100;
    s.bucket = QStringLiteral("emr-spark-logs-cn-hongkong");
    s.catalogId = QStringLiteral("default_catalog");
    s.executionRole = ProductSpec::DefaultExecutionRole;
    return s;
}

JobRunRequest jobRequest(const QString &name, const QString &queue, const QString &script = QStringLiteral("SELECT 1;"))
{
    return Fixtures::jobRequest(name, 1, 60'000, ProductSpec::RunSuccess, queue, script);
}

} // namespace

class tst_Permissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void listPageActions_data();
    void listPageActions();
    void createRefusalListsWhatIsMissing();
    void inWorkspaceActions_data();
    void inWorkspaceActions();
    void accountOwnerIsAlwaysAdministrator();
    void dataAnalyticsRunsOnDevQueueOnly();

private:
    Identity identity(const QString &name) const
    {
        return name == QLatin1String("owner") ? m_env->services->account.owner() : m_env->services->account.identity(name);
    }
    void setRole(const Identity &who, const QString &role);
    // Runs one in-workspace action as who; returns the service's (or the check's) answer.
    Status perform(const Identity &who, const QString &action);
    static QString target(const Identity &who) { return who.name == QLatin1String("dave") ? QStringLiteral("carol") : QStringLiteral("dave"); }
    // A workspace created by the account owner for one list-page row, so deleting it costs nothing.
    Workspace ownersWorkspace(const QString &billing);

    std::unique_ptr<TestEnv> m_env;
    QString m_ws; // reporting_hk, cn-hongkong
    int m_counter = 0;
};

void tst_Permissions::initTestCase()
{
    m_env = std::make_unique<TestEnv>();
    m_ws = m_env->services->workspaces.findByName(QStringLiteral("reporting_hk"))->id;
    Fixtures::addCatalog(*m_env, QStringLiteral("cn-hongkong"), QStringLiteral("hk_extra"));
}

void tst_Permissions::cleanupTestCase()
{
    m_env.reset();
}

void tst_Permissions::init()
{
    // Every row starts from: the account owner is the only member (administrator), one spare
    // queue and no added catalog.
    Fixtures::removeMembers(*m_env, m_ws);
    Fixtures::addMember(*m_env, m_ws, m_env->services->account.accountUid(), ProductSpec::RoleOwner);
    Fixtures::removeAddedCatalogs(*m_env, m_ws);
    Fixtures::removeAddedQueues(*m_env, m_ws);
    Fixtures::addQueue(*m_env, m_ws, QStringLiteral("spare"), 0);
}

void tst_Permissions::setRole(const Identity &who, const QString &role)
{
    Fixtures::removeMember(*m_env, m_ws, who.principal());
    if (role == NotAMember)
        return;
    Fixtures::addMember(*m_env, m_ws, who.principal(), role);
}

Workspace tst_Permissions::ownersWorkspace(const QString &billing)
{
    const Result<Workspace> w = m_env->services->workspaces.create(
        m_env->services->account.owner(), workspaceSpec(QStringLiteral("row-%1").arg(++m_counter), billing));
    if (!w.ok())
        qFatal("cannot create a workspace: %s", qPrintable(w.text()));
    return w.value();
}

Status tst_Permissions::perform(const Identity &who, const QString &action)
{
    Services &s = *m_env->services;
    Database &db = *m_env->db;
    const Identity owner = s.account.owner();
    using A = Permissions::InWorkspace;
    if (action == QLatin1String("view"))
        return WorkspaceAccess::check(db, who, m_ws, A::View);
    if (action == QLatin1String("run job on dev_queue"))
        return s.jobs.runJob(who, m_ws, jobRequest(QStringLiteral("dev%1").arg(++m_counter), ProductSpec::DevQueue));
    if (action == QLatin1String("run job on root_queue"))
        return s.jobs.runJob(who, m_ws, jobRequest(QStringLiteral("root%1").arg(++m_counter), ProductSpec::RootQueue));
    if (action == QLatin1String("stop job")) {
        const Result<JobRun> run = s.jobs.runJob(owner, m_ws, jobRequest(QStringLiteral("long%1").arg(++m_counter),
                                                                           ProductSpec::RootQueue));
        if (!run.ok())
            return Status::failure(Field::General, QStringLiteral("setup: ") + run.text());
        return s.jobs.stopRun(who, run->id);
    }
    if (action == QLatin1String("edit job")) {
        // Rerunning the administrator's job with another script rewrites it.
        if (Result<JobRun> r = s.jobs.runJob(owner, m_ws, jobRequest(QStringLiteral("shared"), ProductSpec::DevQueue)); !r.ok())
            return Status::failure(Field::General, QStringLiteral("setup: ") + r.text());
        return s.jobs.runJob(who, m_ws, jobRequest(QStringLiteral("shared"), ProductSpec::DevQueue,
                                                   QStringLiteral("SELECT %1;").arg(++m_counter)));
    }
    if (action == QLatin1String("manage queues")) {
        // Add, edit and remove must agree.
        const QString name = QStringLiteral("q%1").arg(++m_counter);
        const Status add = s.queues.addQueue(who, m_ws, name, 0);
        const Status edit = s.queues.setQueueCu(who, m_ws, QStringLiteral("spare"), 0);
        const Status remove = s.queues.removeQueue(who, m_ws, QStringLiteral("spare"));
        if (add.ok() != edit.ok() || add.ok() != remove.ok())
            return Status::failure(Field::General, QStringLiteral("queue operations disagree"));
        return add;
    }
    if (action == QLatin1String("manage members")) {
        const QString other = target(who);
        const Status add = s.members.addMembers(who, m_ws, {other}, ProductSpec::RoleGuest);
        if (!add.ok()) {
            // Put the member in directly, so change and remove are refused for the right reason.
            Fixtures::ensureMember(*m_env, m_ws, other, ProductSpec::RoleGuest);
        }
        const Status change = s.members.changeRole(who, m_ws, other, ProductSpec::RoleDataScience);
        const Status remove = s.members.removeMember(who, m_ws, other);
        if (add.ok() != change.ok() || add.ok() != remove.ok())
            return Status::failure(Field::General, QStringLiteral("member operations disagree: %1 / %2 / %3")
                                                       .arg(add.text(), change.text(), remove.text()));
        return add;
    }
    if (action == QLatin1String("manage catalogs")) {
        const Status add = s.workspaceCatalogs.addCatalog(who, m_ws, QStringLiteral("hk_extra"));
        if (!add.ok()) {
            Fixtures::ensureWorkspaceCatalog(*m_env, m_ws, QStringLiteral("hk_extra"));
        }
        const Status remove = s.workspaceCatalogs.removeCatalog(who, m_ws, QStringLiteral("hk_extra"));
        if (add.ok() != remove.ok())
            return Status::failure(Field::General, QStringLiteral("catalog operations disagree"));
        return add;
    }
    return Status::failure(Field::General, QStringLiteral("unknown action %1").arg(action));
}

void tst_Permissions::listPageActions_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    // Spec §1 and §6: creating needs the owner or Spark + OSS + DLF full access and the Access
    // Control administrator role; delete/unsubscribe, quota and tags need the owner or Spark full
    // access; any Spark policy sees the list.
    const struct { const char *who; bool create, manage, view; } rows[] = {
        {"owner", true, true, true},
        {"alice", true, true, true},
        {"bob", false, false, true},
        {"carol", false, false, true},
        {"dave", false, true, true},
    };
    for (const auto &r : rows) {
        const QString who = QString::fromLatin1(r.who);
        QTest::addRow("%s: create workspace", r.who) << who << QStringLiteral("create") << r.create;
        QTest::addRow("%s: delete", r.who) << who << QStringLiteral("delete") << r.manage;
        QTest::addRow("%s: unsubscribe", r.who) << who << QStringLiteral("unsubscribe") << r.manage;
        QTest::addRow("%s: change quota", r.who) << who << QStringLiteral("quota") << r.manage;
        QTest::addRow("%s: edit tags", r.who) << who << QStringLiteral("tags") << r.manage;
        QTest::addRow("%s: view list", r.who) << who << QStringLiteral("view") << r.view;
    }
}

void tst_Permissions::listPageActions()
{
    QFETCH(QString, who);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    const Identity id = identity(who);
    QCOMPARE(id.isOwner(), who == QLatin1String("owner"));
    Services &services = *m_env->services;
    // What the UI asks to enable the control...
    Status rule;
    if (action == QLatin1String("create"))
        rule = Permissions::canCreateWorkspace(id);
    else if (action == QLatin1String("view"))
        rule = Permissions::canViewWorkspaces(id);
    else
        rule = Permissions::canManageWorkspaces(id); // delete, unsubscribe, quota and tags share the rule
    QCOMPARE(rule.ok(), allowed);
    // ... and what the service that does it answers.
    Status s = rule;
    if (action == QLatin1String("create")) {
        s = services.workspaces.create(id, workspaceSpec(QStringLiteral("created-%1").arg(++m_counter),
                                                         ProductSpec::PayAsYouGo));
    } else if (action == QLatin1String("delete")) {
        const Workspace w = ownersWorkspace(ProductSpec::PayAsYouGo);
        s = services.deletion.deleteWorkspace(id, w.id, w.name);
        QCOMPARE(services.workspaces.find(w.id).has_value(), !allowed);
    } else if (action == QLatin1String("unsubscribe")) {
        const Workspace w = ownersWorkspace(ProductSpec::Subscription);
        s = services.deletion.unsubscribe(id, w.id, w.name);
        QCOMPARE(services.workspaces.find(w.id).has_value(), !allowed);
    } else if (action == QLatin1String("quota")) {
        const Workspace w = ownersWorkspace(ProductSpec::PayAsYouGo);
        s = services.quotas.setPayAsYouGoQuota(id, w.id, 200);
        const Status upgrade = services.quotas.changeSubscriptionQuota(id, ownersWorkspace(ProductSpec::Subscription).id,
                                                                       60, QuotaService::Direction::Upgrade);
        QCOMPARE(upgrade.ok(), s.ok());
    } else if (action == QLatin1String("tags")) {
        s = services.tags.setTags(id, ownersWorkspace(ProductSpec::PayAsYouGo).id,
                                  {{QStringLiteral("team"), QStringLiteral("data")}});
    }
    QVERIFY2(s.ok() == allowed, qPrintable(s.text()));
    if (!allowed) {
        QVERIFY(s.has(ErrorCode::PermissionDenied));
        QVERIFY2(s.text().contains(id.name), qPrintable(s.text()));
    }
}

void tst_Permissions::createRefusalListsWhatIsMissing()
{
    const Status dave = Permissions::canCreateWorkspace(identity(QStringLiteral("dave")));
    QVERIFY(dave.text().contains(ProductSpec::PolicyDlfFull));
    QVERIFY(dave.text().contains(QStringLiteral("administrator role")));
    QVERIFY(!dave.text().contains(ProductSpec::PolicySparkFull));
    const Status carol = Permissions::canManageWorkspaces(identity(QStringLiteral("carol")));
    QVERIFY(carol.text().contains(ProductSpec::PolicySparkFull));
}

void tst_Permissions::inWorkspaceActions_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    const QStringList roles = {ProductSpec::RoleOwner, ProductSpec::RoleDataEngineering, ProductSpec::RoleDataScience,
                               ProductSpec::RoleGuest, NotAMember};
    for (const QString &who : Identities)
        for (const QString &role : roles)
            for (const QString &action : InWorkspaceActions) {
                // The account owner is always the administrator, whatever its member row says.
                const bool allowed = who == QLatin1String("owner") || allowedByRole().value(role).contains(action);
                QTest::addRow("%s as %s: %s", qPrintable(who), qPrintable(role), qPrintable(action))
                    << who << role << action << allowed;
            }
}

void tst_Permissions::inWorkspaceActions()
{
    QFETCH(QString, who);
    QFETCH(QString, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    const Identity id = identity(who);
    setRole(id, role);
    if (!id.isOwner())
        QCOMPARE(WorkspaceAccess::roleOf(*m_env->db, m_ws, id), role == NotAMember ? QString() : role);
    const Status s = perform(id, action);
    QVERIFY2(s.ok() == allowed, qPrintable(s.text()));
    if (!allowed) {
        QVERIFY2(s.has(ErrorCode::PermissionDenied), qPrintable(s.text()));
        QVERIFY(!s.text().isEmpty());
    }
}

void tst_Permissions::accountOwnerIsAlwaysAdministrator()
{
    const Identity owner = identity(QStringLiteral("owner"));
    setRole(owner, NotAMember);
    QCOMPARE(WorkspaceAccess::roleOf(*m_env->db, m_ws, owner), ProductSpec::RoleOwner);
}

void tst_Permissions::dataAnalyticsRunsOnDevQueueOnly()
{
    const Identity bob = identity(QStringLiteral("bob"));
    setRole(bob, ProductSpec::RoleDataScience);
    const Status s = WorkspaceAccess::check(*m_env->db, bob, m_ws, Permissions::InWorkspace::RunJob, ProductSpec::RootQueue);
    QVERIFY(s.text().contains(ProductSpec::DevQueue));
    // A workspace that no longer exists refuses everything with NotFound.
    const Status gone = WorkspaceAccess::check(*m_env->db, identity(QStringLiteral("owner")), QStringLiteral("w-0000000000000000"),
                                               Permissions::InWorkspace::View);
    QVERIFY(gone.has(ErrorCode::NotFound));
}

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
