// Members of a workspace (issue 6): add RAM users with a role, change roles, remove, and the
// administrator rules, all through MemberService.
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "models/DemoSeeder.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceAccess.h"

#include <QtTest>

class tst_Members : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listShowsAdministratorFirst();
    void addableUsersAreNonMembers();
    void addOneMember();
    void addSeveralMembersAtOnce();
    void addRefusals_data();
    void addRefusals();
    void addingAnExistingMemberChangesNothing();
    void changeRole();
    void changeRoleOfNonMemberRefused();
    void removeMember();
    void accountOwnerStaysAdministrator();
    void lastAdministratorCannotBeRemovedOrDemoted();
    void onlyAdministratorsManageMembers_data();
    void onlyAdministratorsManageMembers();
    void promotedMemberCanManage();
    void deletedWorkspaceRefused();

private:
    Identity identity(const char *name) const { return m_env->services->account.identity(QString::fromLatin1(name)).value(); }
    QString workspaceId(const char *name) const
    {
        return m_env->services->workspaces.findByName(QString::fromUtf8(name))->id;
    }
    QString roleOf(const QString &ws, const QString &principal) const
    {
        return WorkspaceAccess::storedRoleOf(*m_env->db, ws, principal).value();
    }

    std::unique_ptr<TestEnv> m_env;
    MemberService *m_members = nullptr;
    Identity m_owner;
    QString m_etl;     // spark-etl-prod: owner, alice (DataEngineering), bob (DataScience), carol (Guest)
    QString m_hk;      // reporting_hk: owner only
};

void tst_Members::init()
{
    m_env = std::make_unique<TestEnv>();
    m_members = &m_env->services->members;
    m_owner = m_env->services->account.owner().value();
    m_etl = workspaceId("spark-etl-prod");
    m_hk = workspaceId("reporting_hk");
}

void tst_Members::cleanup()
{
    m_env.reset();
}

void tst_Members::listShowsAdministratorFirst()
{
    const QList<Member> members = m_members->list(m_etl).value();
    QCOMPARE(members.size(), 4);
    QCOMPARE(members.at(0).principal, m_owner.name);
    QCOMPARE(members.at(0).role, ProductSpec::RoleOwner);
    QCOMPARE(members.at(1).principal, QStringLiteral("alice"));
    QCOMPARE(members.at(1).role, ProductSpec::RoleDataEngineering);
    QCOMPARE(members.at(2).principal, QStringLiteral("bob"));
    QCOMPARE(members.at(2).role, ProductSpec::RoleDataScience);
    QCOMPARE(members.at(3).principal, QStringLiteral("carol"));
    QCOMPARE(members.at(3).role, ProductSpec::RoleGuest);

    const QList<Member> hk = m_members->list(m_hk).value();
    QCOMPARE(hk.size(), 1);
    QCOMPARE(hk.first().role, ProductSpec::RoleOwner);
}

void tst_Members::addableUsersAreNonMembers()
{
    QCOMPARE(m_members->addableUsers(m_etl).value(), QStringList{QStringLiteral("dave")});
    QCOMPARE(m_members->addableUsers(m_hk).value(),
             (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")}));
}

void tst_Members::addOneMember()
{
    const Status s = m_members->addMembers(m_owner, m_hk, {QStringLiteral("dave")}, ProductSpec::RoleDataScience);
    QVERIFY2(s.ok(), qPrintable(s.text()));
    QCOMPARE(roleOf(m_hk, QStringLiteral("dave")), ProductSpec::RoleDataScience);
    QCOMPARE(m_members->roleOf(m_hk, identity("dave")).value(), ProductSpec::RoleDataScience);
    QVERIFY(!m_members->addableUsers(m_hk).value().contains(QStringLiteral("dave")));
}

void tst_Members::addSeveralMembersAtOnce()
{
    const Status s = m_members->addMembers(m_owner, m_hk, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("alice")},
                                           ProductSpec::RoleGuest);
    QVERIFY2(s.ok(), qPrintable(s.text()));
    QCOMPARE(m_members->list(m_hk).value().size(), 3);
    QCOMPARE(roleOf(m_hk, QStringLiteral("alice")), ProductSpec::RoleGuest);
    QCOMPARE(roleOf(m_hk, QStringLiteral("bob")), ProductSpec::RoleGuest);
}

void tst_Members::addRefusals_data()
{
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no user selected") << QStringList() << ProductSpec::RoleGuest << Field::Member << QStringLiteral("at least one");
    QTest::newRow("unknown RAM user") << QStringList{QStringLiteral("mallory")} << ProductSpec::RoleGuest << Field::Member
                                      << QStringLiteral("mallory is not a RAM user");
    QTest::newRow("the account UID is not a RAM user")
        << QStringList{QString::fromLatin1(DemoSeeder::AccountUid)} << ProductSpec::RoleGuest << Field::Member
        << QStringLiteral("not a RAM user");
    QTest::newRow("role missing") << QStringList{QStringLiteral("dave")} << QString() << Field::Role << QStringLiteral("role");
    QTest::newRow("role unknown") << QStringList{QStringLiteral("dave")} << QStringLiteral("Superuser") << Field::Role
                                  << QStringLiteral("role");
    QTest::newRow("existing member") << QStringList{QStringLiteral("alice")} << ProductSpec::RoleGuest << Field::Member
                                     << QStringLiteral("alice is already a member");
}

void tst_Members::addRefusals()
{
    QFETCH(QStringList, users);
    QFETCH(QString, role);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const int before = int(m_members->list(m_etl).value().size());
    const Status s = m_members->addMembers(m_owner, m_etl, users, role);
    QVERIFY(!s.ok());
    QVERIFY2(s.message(field).contains(messagePart), qPrintable(s.text()));
    QCOMPARE(int(m_members->list(m_etl).value().size()), before);
}

void tst_Members::addingAnExistingMemberChangesNothing()
{
    // All or none: dave is not added because alice is refused, and alice keeps her role.
    const Status s = m_members->addMembers(m_owner, m_etl, {QStringLiteral("dave"), QStringLiteral("alice")},
                                           ProductSpec::RoleOwner);
    QVERIFY(s.has(ErrorCode::Conflict));
    QVERIFY(s.text().contains(QStringLiteral("Data Development")));
    QCOMPARE(roleOf(m_etl, QStringLiteral("dave")), QString());
    QCOMPARE(roleOf(m_etl, QStringLiteral("alice")), ProductSpec::RoleDataEngineering);
}

void tst_Members::changeRole()
{
    Status s = m_members->changeRole(m_owner, m_etl, QStringLiteral("bob"), ProductSpec::RoleDataEngineering);
    QVERIFY2(s.ok(), qPrintable(s.text()));
    QCOMPARE(roleOf(m_etl, QStringLiteral("bob")), ProductSpec::RoleDataEngineering);
    s = m_members->changeRole(m_owner, m_etl, QStringLiteral("bob"), ProductSpec::RoleDataEngineering);
    QVERIFY2(s.ok(), "choosing the current role again is not an error");
    s = m_members->changeRole(m_owner, m_etl, QStringLiteral("bob"), QStringLiteral("Root"));
    QVERIFY(s.hasField(Field::Role));
    QCOMPARE(roleOf(m_etl, QStringLiteral("bob")), ProductSpec::RoleDataEngineering);
}

void tst_Members::changeRoleOfNonMemberRefused()
{
    const Status s = m_members->changeRole(m_owner, m_etl, QStringLiteral("dave"), ProductSpec::RoleGuest);
    QVERIFY(s.has(ErrorCode::NotFound));
    QVERIFY(s.text().contains(QStringLiteral("dave")));
    QCOMPARE(roleOf(m_etl, QStringLiteral("dave")), QString());
}

void tst_Members::removeMember()
{
    Status s = m_members->removeMember(m_owner, m_etl, QStringLiteral("carol"));
    QVERIFY2(s.ok(), qPrintable(s.text()));
    QCOMPARE(roleOf(m_etl, QStringLiteral("carol")), QString());
    QVERIFY(m_members->addableUsers(m_etl).value().contains(QStringLiteral("carol")));
    s = m_members->removeMember(m_owner, m_etl, QStringLiteral("carol"));
    QVERIFY(s.has(ErrorCode::NotFound));
    // A removed member can be added again.
    s = m_members->addMembers(m_owner, m_etl, {QStringLiteral("carol")}, ProductSpec::RoleDataScience);
    QVERIFY2(s.ok(), qPrintable(s.text()));
}

void tst_Members::accountOwnerStaysAdministrator()
{
    // Even with another administrator, the account owner's own membership is fixed.
    QVERIFY(m_members->changeRole(m_owner, m_etl, QStringLiteral("alice"), ProductSpec::RoleOwner).ok());
    const Identity alice = identity("alice");
    Status s = m_members->removeMember(alice, m_etl, m_owner.name);
    QVERIFY(s.has(ErrorCode::Conflict));
    QVERIFY(s.text().contains(QStringLiteral("account owner")));
    s = m_members->changeRole(alice, m_etl, m_owner.name, ProductSpec::RoleGuest);
    QVERIFY(s.has(ErrorCode::Conflict));
    QCOMPARE(roleOf(m_etl, m_owner.name), ProductSpec::RoleOwner);
    QVERIFY(!m_members->checkMayStopBeingAdministrator(m_etl, m_owner.name, true).ok());
    QVERIFY(m_members->checkMayStopBeingAdministrator(m_etl, QStringLiteral("alice"), true).ok());
}

void tst_Members::lastAdministratorCannotBeRemovedOrDemoted()
{
    // A workspace created by alice: she and the account owner are its administrators, the owner
    // listed as in every other workspace (one rule everywhere).
    Workspace w = *m_env->services->workspaces.find(m_hk);
    w.id = WorkspaceService::newWorkspaceId();
    w.name = QStringLiteral("alice-ws");
    w.tags.clear();
    QVERIFY(m_env->db->write([&] { return m_env->services->workspaces.insertRecord(w, QStringLiteral("alice")); }).ok());
    const Identity alice = identity("alice");
    const QList<Member> members = m_members->list(w.id).value();
    QCOMPARE(members.size(), 2);
    QCOMPARE(roleOf(w.id, m_owner.name), ProductSpec::RoleOwner);
    QCOMPARE(roleOf(w.id, QStringLiteral("alice")), ProductSpec::RoleOwner);

    // The account owner cannot be removed, not even by alice, an administrator too.
    Status s = m_members->removeMember(alice, w.id, m_owner.name);
    QVERIFY(s.has(ErrorCode::Conflict));
    QVERIFY(s.text().contains(QStringLiteral("account owner")));
    // alice may step down: the account owner stays administrator.
    s = m_members->changeRole(alice, w.id, QStringLiteral("alice"), ProductSpec::RoleGuest);
    QVERIFY2(s.ok(), qPrintable(s.text()));
    QVERIFY(m_members->removeMember(m_owner, w.id, QStringLiteral("alice")).ok());
    QCOMPARE(m_members->list(w.id).value().size(), 1);
    QCOMPARE(m_members->list(w.id).value().first().principal, m_owner.name);
}

void tst_Members::onlyAdministratorsManageMembers_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("Data Development (alice)") << QStringLiteral("alice");
    QTest::newRow("Data Analytics (bob)") << QStringLiteral("bob");
    QTest::newRow("Guest (carol)") << QStringLiteral("carol");
    QTest::newRow("not a member (dave)") << QStringLiteral("dave");
}

void tst_Members::onlyAdministratorsManageMembers()
{
    QFETCH(QString, who);
    const Identity id = m_env->services->account.identity(who).value();
    Status s = m_members->addMembers(id, m_etl, {QStringLiteral("dave")}, ProductSpec::RoleGuest);
    QVERIFY(s.has(ErrorCode::PermissionDenied));
    QVERIFY(!s.text().isEmpty());
    QVERIFY(m_members->changeRole(id, m_etl, QStringLiteral("carol"), ProductSpec::RoleOwner).has(ErrorCode::PermissionDenied));
    QVERIFY(m_members->removeMember(id, m_etl, QStringLiteral("bob")).has(ErrorCode::PermissionDenied));
    QCOMPARE(roleOf(m_etl, QStringLiteral("dave")), QString());
    QCOMPARE(roleOf(m_etl, QStringLiteral("carol")), ProductSpec::RoleGuest);
    QCOMPARE(roleOf(m_etl, QStringLiteral("bob")), ProductSpec::RoleDataScience);
}

void tst_Members::promotedMemberCanManage()
{
    const Identity alice = identity("alice");
    QVERIFY(m_members->addMembers(alice, m_etl, {QStringLiteral("dave")}, ProductSpec::RoleGuest).has(ErrorCode::PermissionDenied));
    QVERIFY(m_members->changeRole(m_owner, m_etl, QStringLiteral("alice"), ProductSpec::RoleOwner).ok());
    const Status s = m_members->addMembers(alice, m_etl, {QStringLiteral("dave")}, ProductSpec::RoleGuest);
    QVERIFY2(s.ok(), qPrintable(s.text()));
}

void tst_Members::deletedWorkspaceRefused()
{
    Fixtures::removeWorkspace(*m_env, m_hk);
    const Status s = m_members->addMembers(m_owner, m_hk, {QStringLiteral("dave")}, ProductSpec::RoleGuest);
    QVERIFY(s.has(ErrorCode::NotFound));
    QVERIFY(m_members->list(m_hk).value().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Members)
#include "tst_members.moc"
