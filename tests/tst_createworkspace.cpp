// WorkspaceService::create and CatalogService::createCatalog (issue 3).
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QThread>
#include <QtTest>

namespace {

WorkspaceSpec payAsYouGo(const QString &name = QStringLiteral("new-workspace"))
{
    return Fixtures::payAsYouGoSpec(name);
}

WorkspaceSpec subscription(int months, const QString &name = QStringLiteral("sub-workspace"))
{
    WorkspaceSpec s = payAsYouGo(name);
    s.region = QStringLiteral("ap-southeast-1");
    s.bucket = QStringLiteral("analytics-data-ap-southeast-1");
    s.path.clear();
    s.billing = ProductSpec::Subscription;
    s.cuQuota = 120;
    s.durationMonths = months;
    s.autoRenew = true;
    return s;
}

int rowsNamed(Database &db, const QString &name)
{
    return Fixtures::count(db, QStringLiteral("SELECT count(*) FROM workspaces WHERE name = ?"), {name});
}

// Two app instances on one database file (this test's and a second one), and the account owner
// who uses both.
struct TwoInstances
{
    TestEnv env;
    const TestEnv::Instance instance = env.openSecondInstance();
    Database &db2 = *instance.db;
    Services &second = *instance.services;
    const Identity owner = env.services->account.owner().value();
};

QString memberRole(TestEnv &env, const QString &workspaceId, const QString &principal)
{
    for (const Member &m : env.services->members.list(workspaceId).value())
        if (m.principal == principal)
            return m.role;
    return {};
}

} // namespace

class tst_CreateWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void createPayAsYouGo();
    void createSubscription_data();
    void createSubscription();
    void startingTurnsRunningAfterDelay();
    void tagsAreStoredInOrder();
    void nameIsStoredNormalised();
    void invalidSpecIsRefusedWithEveryError();
    void sqlTextIsRefusedAndChangesNothing();
    void bucketOfAnotherRegionIsRefused();
    void duplicateNameIsRefused();
    void nameComparisonIsExact();
    void deletedNameIsFree();
    void secondConnectionGetsDuplicateMessage();
    void uniqueConstraintSettlesRace();
    void concurrentCreatesLeaveOneWorkspace();
    void permissions_data();
    void permissions();
    void dlfNotActivatedIsRefused();
    void realNameVerificationIsRequired();
    void createCatalog();
    void createCatalogRules_data();
    void createCatalogRules();
    void createCatalogNeedsDlf();
    void createCatalogPermissions();
};

void tst_CreateWorkspace::createPayAsYouGo()
{
    TestEnv env;
    const int before = env.services->workspaces.count().value();
    const qint64 now = env.clock.nowMs();
    const Identity owner = env.services->account.owner().value();
    const Result<Workspace> r = env.services->workspaces.create(owner, payAsYouGo());
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QVERIFY(QRegularExpression(QStringLiteral("^w-[0-9a-f]{16}$")).match(r->id).hasMatch());
    QCOMPARE(env.services->workspaces.count().value(), before + 1);

    const auto stored = env.services->workspaces.find(r->id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("new-workspace"));
    QCOMPARE(stored->region, QStringLiteral("cn-hangzhou"));
    QCOMPARE(stored->billing, ProductSpec::PayAsYouGo);
    QCOMPARE(stored->cuQuota, 1000);
    QCOMPARE(stored->directory, QStringLiteral("oss://emr-spark-logs-cn-hangzhou/spark/logs/"));
    QCOMPARE(stored->catalogId, QStringLiteral("default_catalog"));
    QCOMPARE(stored->executionRole, ProductSpec::DefaultExecutionRole);
    QCOMPARE(stored->status, ProductSpec::StatusStarting);
    QCOMPARE(stored->createdAtMs, now);
    QCOMPARE(stored->readyAtMs, now + env.services->workspaces.startingDelayMs().value());
    QCOMPARE(stored->createdBy, owner.principal());
    QCOMPARE(stored->durationMonths, 0);
    QCOMPARE(stored->expiresAtMs, 0);
    QCOMPARE(memberRole(env, r->id, owner.principal()), ProductSpec::RoleOwner);
    // Pay-as-you-go buys nothing up front.
    QVERIFY(env.services->billing.orders(r->id).value().isEmpty());
}

void tst_CreateWorkspace::createSubscription_data()
{
    QTest::addColumn<int>("months");
    QTest::newRow("1 month") << 1;
    QTest::newRow("9 months") << 9;
    QTest::newRow("1 year") << 12;
    QTest::newRow("3 years") << 36;
}

void tst_CreateWorkspace::createSubscription()
{
    QFETCH(int, months);
    TestEnv env;
    const qint64 now = env.clock.nowMs();
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), subscription(months));
    QVERIFY2(r.ok(), qPrintable(r.text()));
    const auto stored = env.services->workspaces.find(r->id);
    QVERIFY(stored);
    QCOMPARE(stored->billing, ProductSpec::Subscription);
    QCOMPARE(stored->cuQuota, 120);
    QCOMPARE(stored->durationMonths, months);
    QVERIFY(stored->autoRenew);
    QCOMPARE(stored->subscribedAtMs, now);
    QCOMPARE(stored->expiresAtMs, Pricing::expiryMs(now, months));
    QVERIFY(stored->expiresAtMs > now);
    QCOMPARE(stored->directory, QStringLiteral("oss://analytics-data-ap-southeast-1/"));

    const QList<Order> orders = env.services->billing.orders(r->id).value();
    QCOMPARE(orders.size(), 1);
    const Order &o = orders.first();
    QCOMPARE(o.type, ProductSpec::OrderNew);
    QCOMPARE(o.workspaceName, QStringLiteral("sub-workspace"));
    QCOMPARE(o.cuBefore, 0);
    QCOMPARE(o.cuAfter, 120);
    QCOMPARE(o.amountCents, Pricing::subscriptionCents(QStringLiteral("ap-southeast-1"), 120, months));
    QCOMPARE(o.createdAtMs, now);
    // Singapore: 32.21 USD per CU per month (spec §4) -> 120 CUs for one month is 3,865.31 USD (32.21088 x 120, rounded once).
    if (months == 1)
        QCOMPARE(o.amountCents, qint64(386531));
    QCOMPARE(env.services->billing.netPaidCents(r->id).value(), o.amountCents);
}

void tst_CreateWorkspace::startingTurnsRunningAfterDelay()
{
    TestEnv env;
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), payAsYouGo());
    QVERIFY(r.ok());
    const qint64 delay = env.services->workspaces.startingDelayMs().value();
    env.clock.advance(delay - 1);
    QVERIFY(!env.services->workspaces.advanceStatuses().value().contains(r->id));
    QCOMPARE(env.services->workspaces.find(r->id)->status, ProductSpec::StatusStarting);
    env.clock.advance(1);
    // The state lives in the database: another instance (a restart) sees it the same way.
    const TestEnv::Instance instance = env.openSecondInstance();
    Services &second = *instance.services;
    QCOMPARE(second.workspaces.advanceStatuses().value(), QStringList{r->id});
    QCOMPARE(env.services->workspaces.find(r->id)->status, ProductSpec::StatusRunning);
}

void tst_CreateWorkspace::tagsAreStoredInOrder()
{
    TestEnv env;
    WorkspaceSpec spec = payAsYouGo();
    spec.tags = {{QStringLiteral("team"), QStringLiteral("数据")}, {QStringLiteral("env"), QString()}};
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), spec);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(env.services->workspaces.find(r->id)->tags, spec.tags);
}

void tst_CreateWorkspace::nameIsStoredNormalised()
{
    TestEnv env;
    // U+F900 normalises (NFC) to U+8C48; the stored name is the normalised one, so the two
    // spellings are the same name.
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), payAsYouGo(QStringLiteral("\uF900")));
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(env.services->workspaces.find(r->id)->name, QStringLiteral("\u8C48"));
    const Result<Workspace> again = env.services->workspaces.create(env.services->account.owner().value(), payAsYouGo(QStringLiteral("\u8C48")));
    QVERIFY(again.has(ErrorCode::NameTaken));
}

void tst_CreateWorkspace::invalidSpecIsRefusedWithEveryError()
{
    TestEnv env;
    const int before = env.services->workspaces.count().value();
    WorkspaceSpec spec = payAsYouGo(QStringLiteral("bad name"));
    spec.cuQuota = 0;
    spec.path = QStringLiteral("../x");
    spec.executionRole = QStringLiteral("EcsInstanceRole");
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), spec);
    QVERIFY(!r.ok());
    for (const QString &field : {Field::Name, Field::CuQuota, Field::Path, Field::ExecutionRole})
        QVERIFY2(r.hasField(field), qPrintable(field));
    QCOMPARE(env.services->workspaces.count().value(), before);
}

void tst_CreateWorkspace::sqlTextIsRefusedAndChangesNothing()
{
    TestEnv env;
    const int before = env.services->workspaces.count().value();
    const QString name = QStringLiteral("x'; DROP TABLE workspaces; --");
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), payAsYouGo(name));
    QVERIFY(!r.ok());
    QCOMPARE(r.message(Field::Name), WorkspaceRules::nameRuleMessage());
    QCOMPARE(env.services->workspaces.count().value(), before);
    QCOMPARE(rowsNamed(*env.db, name), 0);
    QVERIFY(env.services->workspaces.checkNameAvailable(name).ok());
}

void tst_CreateWorkspace::bucketOfAnotherRegionIsRefused()
{
    TestEnv env;
    WorkspaceSpec spec = payAsYouGo();
    spec.bucket = QStringLiteral("emr-spark-logs-cn-shanghai");
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), spec);
    QVERIFY(r.hasField(Field::Bucket));
    QVERIFY(r.message(Field::Bucket).contains(QLatin1String("China (Shanghai)")));
    QCOMPARE(rowsNamed(*env.db, spec.name), 0);
}

void tst_CreateWorkspace::duplicateNameIsRefused()
{
    TestEnv env;
    const QString expected = QStringLiteral("A workspace named \"spark-etl-prod\" already exists in this account. "
                                            "Enter a different name.");
    const Status early = env.services->workspaces.checkNameAvailable(QStringLiteral("spark-etl-prod"));
    QCOMPARE(early.message(Field::Name), expected);
    QVERIFY(early.has(ErrorCode::NameTaken));
    QVERIFY(env.services->workspaces.validate(payAsYouGo(QStringLiteral("spark-etl-prod"))).has(ErrorCode::NameTaken));

    // Names are unique across regions too.
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(),
                                                                payAsYouGo(QStringLiteral("spark-etl-prod")));
    QVERIFY(!r.ok());
    QCOMPARE(r.message(Field::Name), expected);
    QCOMPARE(rowsNamed(*env.db, QStringLiteral("spark-etl-prod")), 1);
    const Result<Workspace> chinese = env.services->workspaces.create(env.services->account.owner().value(),
                                                                      payAsYouGo(QStringLiteral("数据分析平台")));
    QVERIFY(chinese.has(ErrorCode::NameTaken));
}

void tst_CreateWorkspace::nameComparisonIsExact()
{
    TestEnv env;
    // Case-sensitive: "Spark-ETL-prod" is another name than the sample "spark-etl-prod".
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(),
                                                                payAsYouGo(QStringLiteral("Spark-ETL-prod")));
    QVERIFY2(r.ok(), qPrintable(r.text()));
}

void tst_CreateWorkspace::deletedNameIsFree()
{
    TestEnv env;
    const auto existing = env.services->workspaces.findByName(QStringLiteral("eu-analytics"));
    QVERIFY(existing);
    Fixtures::removeWorkspace(env, existing->id);
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(),
                                                                payAsYouGo(QStringLiteral("eu-analytics")));
    QVERIFY2(r.ok(), qPrintable(r.text()));
}

void tst_CreateWorkspace::secondConnectionGetsDuplicateMessage()
{
    TwoInstances two;
    const Result<Workspace> first =
        two.env.services->workspaces.create(two.owner, payAsYouGo(QStringLiteral("same-name")));
    QVERIFY2(first.ok(), qPrintable(first.text()));
    const Result<Workspace> other = two.second.workspaces.create(two.owner, payAsYouGo(QStringLiteral("same-name")));
    QVERIFY(!other.ok());
    QVERIFY(other.has(ErrorCode::NameTaken));
    QVERIFY(other.message(Field::Name).contains(QLatin1String("Enter a different name")));
    QCOMPARE(rowsNamed(*two.env.db, QStringLiteral("same-name")), 1);
    QCOMPARE(rowsNamed(two.db2, QStringLiteral("same-name")), 1);
}

void tst_CreateWorkspace::uniqueConstraintSettlesRace()
{
    // Instance B checked the name before instance A committed: its insert meets the UNIQUE
    // constraint and gets the same duplicate-name message, and its transaction rolls back.
    TwoInstances two;
    QVERIFY(two.second.workspaces.checkNameAvailable(QStringLiteral("raced")).ok());
    QVERIFY(two.env.services->workspaces.create(two.owner, payAsYouGo(QStringLiteral("raced"))).ok());

    Workspace w = Fixtures::workspaceRecord(QStringLiteral("raced"));
    w.cuQuota = 10;
    w.status = ProductSpec::StatusStarting;
    w.createdBy = two.owner.principal();
    const Status s =
        two.db2.write([&]() -> Status { return two.second.workspaces.insertRecord(w, two.owner.principal()); });
    QVERIFY(s.has(ErrorCode::NameTaken));
    QVERIFY(s.message(Field::Name).contains(QLatin1String("Enter a different name")));
    QCOMPARE(rowsNamed(*two.env.db, QStringLiteral("raced")), 1);
    QVERIFY(!two.env.services->workspaces.find(w.id));
}

void tst_CreateWorkspace::concurrentCreatesLeaveOneWorkspace()
{
    // Two app instances (two connections, two threads) press Create at the same moment.
    TestEnv env;
    const QString path = env.path();
    const Identity owner = env.services->account.owner().value();
    QSemaphore ready;
    QSemaphore go;
    struct Outcome { bool ok = false; bool nameTaken = false; QString text; };
    Outcome outcomes[2];
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        threads << QThread::create([&, i] {
            Database::OpenResult opened = Database::open(path);
            if (!opened.ok()) {
                outcomes[i].text = opened.message;
                ready.release();
                return;
            }
            {
                Services services(*opened.db, env.clock);
                ready.release();
                go.acquire();
                const Result<Workspace> r = services.workspaces.create(owner, payAsYouGo(QStringLiteral("contested")));
                outcomes[i] = {r.ok(), r.has(ErrorCode::NameTaken), r.text()};
            }
            opened.db.reset();
        });
        threads.last()->start();
    }
    ready.acquire(2);
    go.release(2);
    for (QThread *t : threads) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    QCOMPARE(int(outcomes[0].ok) + int(outcomes[1].ok), 1);
    const Outcome &loser = outcomes[0].ok ? outcomes[1] : outcomes[0];
    QVERIFY2(loser.nameTaken, qPrintable(loser.text));
    QCOMPARE(rowsNamed(*env.db, QStringLiteral("contested")), 1);
}

void tst_CreateWorkspace::permissions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("notMissing");
    const QString admin = QStringLiteral("administrator role");
    QTest::newRow("owner may create") << QString() << true << QStringList() << QStringList();
    QTest::newRow("alice has the three policies and the administrator role") << QStringLiteral("alice") << true
                                                                             << QStringList() << QStringList();
    QTest::newRow("bob (developer policy) lacks everything")
        << QStringLiteral("bob") << false
        << QStringList{ProductSpec::PolicySparkFull, ProductSpec::PolicyOssFull, ProductSpec::PolicyDlfFull, admin}
        << QStringList();
    QTest::newRow("carol (read-only) lacks everything")
        << QStringLiteral("carol") << false
        << QStringList{ProductSpec::PolicySparkFull, ProductSpec::PolicyOssFull, ProductSpec::PolicyDlfFull, admin}
        << QStringList();
    QTest::newRow("dave lacks the DLF policy and the administrator role")
        << QStringLiteral("dave") << false << QStringList{ProductSpec::PolicyDlfFull, admin}
        << QStringList{ProductSpec::PolicySparkFull, ProductSpec::PolicyOssFull};
}

void tst_CreateWorkspace::permissions()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, notMissing);
    TestEnv env;
    // The owner by name: an empty or unknown name is never the owner (fail closed).
    const Identity who = user.isEmpty() ? env.services->account.owner().value()
                                        : env.services->account.identity(user).value();
    QCOMPARE(who.name, user.isEmpty() ? env.services->account.accountUid().value() : user);
    const int before = env.services->workspaces.count().value();
    const Result<Workspace> r = env.services->workspaces.create(who, payAsYouGo());
    QCOMPARE(r.ok(), allowed);
    if (allowed) {
        QCOMPARE(env.services->workspaces.find(r->id)->createdBy, who.principal());
        QCOMPARE(memberRole(env, r->id, who.principal()), ProductSpec::RoleOwner);
        return;
    }
    QVERIFY(r.has(ErrorCode::PermissionDenied));
    const QString message = r.message(Field::Identity);
    QCOMPARE(message, Permissions::canCreateWorkspace(who).text());
    QVERIFY(message.contains(user));
    for (const QString &m : missing)
        QVERIFY2(message.contains(m), qPrintable(message + QLatin1String(" / ") + m));
    for (const QString &m : notMissing)
        QVERIFY2(!message.contains(m), qPrintable(message + QLatin1String(" / ") + m));
    QCOMPARE(env.services->workspaces.count().value(), before);
}

void tst_CreateWorkspace::dlfNotActivatedIsRefused()
{
    TestEnv env;
    WorkspaceSpec spec = payAsYouGo();
    spec.region = QStringLiteral("na-south-1");
    spec.bucket = QStringLiteral("emr-spark-logs-na-south-1");
    spec.catalogId.clear();
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), spec);
    QVERIFY(!r.ok());
    QVERIFY(r.has(ErrorCode::PrerequisiteMissing));
    QVERIFY(r.message(Field::Catalog).contains(QLatin1String("Data Lake Formation (DLF) is not activated in Mexico")));
    QCOMPARE(rowsNamed(*env.db, spec.name), 0);
}

void tst_CreateWorkspace::realNameVerificationIsRequired()
{
    TestEnv env;
    Fixtures::setRealNameVerified(env, false);
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), payAsYouGo());
    QVERIFY(r.has(ErrorCode::PrerequisiteMissing));
    QVERIFY(r.message(Field::General).contains(QLatin1String("real-name verification")));
}

void tst_CreateWorkspace::createCatalog()
{
    TestEnv env;
    const Identity owner = env.services->account.owner().value();
    const Result<DlfCatalog> c = env.services->catalogs.createCatalog(owner, QStringLiteral("cn-hangzhou"), QStringLiteral("sales_catalog"));
    QVERIFY2(c.ok(), qPrintable(c.text()));
    QCOMPARE(c->catalogId, QStringLiteral("sales_catalog"));
    QCOMPARE(c->region, QStringLiteral("cn-hangzhou"));
    QStringList ids;
    for (const DlfCatalog &cat : env.services->account.catalogs(QStringLiteral("cn-hangzhou")).value())
        ids << cat.catalogId;
    QCOMPARE(ids, (QStringList{QStringLiteral("default_catalog"), QStringLiteral("sales_catalog")}));

    // Unique per region: the same ID again is refused, in another region it is fine.
    const Result<DlfCatalog> again = env.services->catalogs.createCatalog(owner, QStringLiteral("cn-hangzhou"), QStringLiteral("sales_catalog"));
    QVERIFY(again.has(ErrorCode::Conflict));
    QVERIFY(again.message(Field::CatalogId).contains(QLatin1String("sales_catalog")));
    QVERIFY(env.services->catalogs.createCatalog(owner, QStringLiteral("cn-shanghai"), QStringLiteral("sales_catalog")).ok());

    // The new catalog can back a workspace.
    WorkspaceSpec spec = payAsYouGo();
    spec.catalogId = QStringLiteral("sales_catalog");
    const Result<Workspace> w = env.services->workspaces.create(owner, spec);
    QVERIFY2(w.ok(), qPrintable(w.text()));
    QCOMPARE(env.services->workspaces.find(w->id)->catalogId, QStringLiteral("sales_catalog"));
}

void tst_CreateWorkspace::createCatalogRules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1 character") << QStringLiteral("a") << false;
    QTest::newRow("2 characters") << QStringLiteral("ab") << true;
    QTest::newRow("256 characters") << (QStringLiteral("c") + QString(255, QLatin1Char('x'))) << true;
    QTest::newRow("257 characters") << (QStringLiteral("c") + QString(256, QLatin1Char('x'))) << false;
    QTest::newRow("starts with a digit") << QStringLiteral("9lives") << false;
    QTest::newRow("hyphen") << QStringLiteral("a-b") << false;
}

void tst_CreateWorkspace::createCatalogRules()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    TestEnv env(false);
    const Result<DlfCatalog> c = env.services->catalogs.createCatalog(env.services->account.owner().value(), QStringLiteral("cn-beijing"), id);
    QCOMPARE(c.ok(), valid);
    if (!valid)
        QCOMPARE(c.message(Field::CatalogId), WorkspaceRules::catalogIdRuleMessage());
    QCOMPARE(env.services->account.catalogs(QStringLiteral("cn-beijing")).value().size(), valid ? 2 : 1);
}

void tst_CreateWorkspace::createCatalogNeedsDlf()
{
    TestEnv env(false);
    const Result<DlfCatalog> c = env.services->catalogs.createCatalog(env.services->account.owner().value(), QStringLiteral("na-south-1"),
                                                                      QStringLiteral("mx_catalog"));
    QVERIFY(c.has(ErrorCode::PrerequisiteMissing));
    QVERIFY(c.message(Field::Catalog).contains(QLatin1String("Mexico")));
    QVERIFY(env.services->account.catalogs(QStringLiteral("na-south-1")).value().isEmpty());
    QVERIFY(!env.services->catalogs.createCatalog(env.services->account.owner().value(), QStringLiteral("xx-nowhere-1"),
                                                  QStringLiteral("cat")).ok());
}

void tst_CreateWorkspace::createCatalogPermissions()
{
    TestEnv env(false);
    const QString region = QStringLiteral("cn-beijing");
    QVERIFY(env.services->catalogs.createCatalog(env.services->account.identity(QStringLiteral("alice")).value(), region,
                                                 QStringLiteral("alice_cat")).ok());
    for (const char *user : {"bob", "carol", "dave"}) {
        const Result<DlfCatalog> c = env.services->catalogs.createCatalog(
            env.services->account.identity(QString::fromLatin1(user)).value(), region, QStringLiteral("x_cat"));
        QVERIFY(c.has(ErrorCode::PermissionDenied));
        QVERIFY(c.message(Field::Identity).contains(ProductSpec::PolicyDlfFull));
    }
}

QTEST_GUILESS_MAIN(tst_CreateWorkspace)
#include "tst_createworkspace.moc"
