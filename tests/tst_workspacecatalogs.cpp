// Data catalogs of a workspace (issue 6): the default from creation stays; existing catalogs of
// the same region can be added once and removed again, through WorkspaceCatalogService.
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "models/ProductSpec.h"

#include <QtTest>

class tst_WorkspaceCatalogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaultCatalogIsListedFirst();
    void addableCatalogsAreOfTheSameRegion();
    void addCatalogOfTheSameRegion();
    void addRefusals_data();
    void addRefusals();
    void defaultCatalogCannotBeRemoved();
    void addedCatalogCanBeRemoved();
    void onlyAdministratorsManageCatalogs_data();
    void onlyAdministratorsManageCatalogs();

private:
    void addCatalogToAccount(const QString &region, const QString &id)
    {
        Fixtures::addCatalog(*m_env, region, id);
    }
    QStringList ids() const
    {
        QStringList list;
        for (const WorkspaceCatalog &c : m_catalogs->list(m_etl))
            list << c.catalogId;
        return list;
    }

    std::unique_ptr<TestEnv> m_env;
    WorkspaceCatalogService *m_catalogs = nullptr;
    Identity m_owner;
    QString m_etl; // spark-etl-prod, cn-hangzhou, default catalog default_catalog
};

void tst_WorkspaceCatalogs::init()
{
    m_env = std::make_unique<TestEnv>();
    m_catalogs = &m_env->services->workspaceCatalogs;
    m_owner = m_env->services->account.owner();
    m_etl = m_env->services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id;
    addCatalogToAccount(QStringLiteral("cn-hangzhou"), QStringLiteral("sales_dw"));
    addCatalogToAccount(QStringLiteral("cn-hangzhou"), QStringLiteral("finance"));
    addCatalogToAccount(QStringLiteral("cn-shanghai"), QStringLiteral("shanghai_only"));
}

void tst_WorkspaceCatalogs::cleanup()
{
    m_env.reset();
}

void tst_WorkspaceCatalogs::defaultCatalogIsListedFirst()
{
    for (const Workspace &w : m_env->services->workspaces.list()) {
        const QList<WorkspaceCatalog> list = m_catalogs->list(w.id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().catalogId, w.catalogId);
        QVERIFY(list.first().isDefault);
    }
}

void tst_WorkspaceCatalogs::addableCatalogsAreOfTheSameRegion()
{
    QStringList addable;
    for (const DlfCatalog &c : m_catalogs->addableCatalogs(m_etl)) {
        QCOMPARE(c.region, QStringLiteral("cn-hangzhou"));
        addable << c.catalogId;
    }
    QCOMPARE(addable, (QStringList{QStringLiteral("finance"), QStringLiteral("sales_dw")}));
}

void tst_WorkspaceCatalogs::addCatalogOfTheSameRegion()
{
    const Status s = m_catalogs->addCatalog(m_owner, m_etl, QStringLiteral("sales_dw"));
    QVERIFY2(s.ok(), qPrintable(s.text()));
    const QList<WorkspaceCatalog> list = m_catalogs->list(m_etl);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).catalogId, QStringLiteral("default_catalog"));
    QVERIFY(list.at(0).isDefault);
    QCOMPARE(list.at(1).catalogId, QStringLiteral("sales_dw"));
    QVERIFY(!list.at(1).isDefault);
    QCOMPARE(m_catalogs->addableCatalogs(m_etl).size(), 1);
}

void tst_WorkspaceCatalogs::addRefusals_data()
{
    QTest::addColumn<QString>("catalogId");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("another region's catalog")
        << QStringLiteral("shanghai_only") << int(ErrorCode::Invalid) << QStringLiteral("China (Shanghai)");
    QTest::newRow("not twice") << QStringLiteral("sales_dw") << int(ErrorCode::Conflict) << QStringLiteral("already been added");
    QTest::newRow("the default again") << QStringLiteral("default_catalog") << int(ErrorCode::Conflict)
                                       << QStringLiteral("default catalog");
    QTest::newRow("unknown catalog") << QStringLiteral("ghost") << int(ErrorCode::NotFound) << QStringLiteral("does not exist");
    QTest::newRow("no catalog chosen") << QString() << int(ErrorCode::Invalid) << QStringLiteral("Choose");
}

void tst_WorkspaceCatalogs::addRefusals()
{
    QFETCH(QString, catalogId);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    QVERIFY(m_catalogs->addCatalog(m_owner, m_etl, QStringLiteral("sales_dw")).ok());
    const QStringList before = ids();
    const Status s = m_catalogs->addCatalog(m_owner, m_etl, catalogId);
    QVERIFY(!s.ok());
    QVERIFY(s.has(ErrorCode(code)));
    QVERIFY2(s.message(Field::Catalog).contains(messagePart), qPrintable(s.text()));
    QCOMPARE(ids(), before);
}

void tst_WorkspaceCatalogs::defaultCatalogCannotBeRemoved()
{
    const Status s = m_catalogs->removeCatalog(m_owner, m_etl, QStringLiteral("default_catalog"));
    QVERIFY(s.has(ErrorCode::Conflict));
    QVERIFY(s.text().contains(QStringLiteral("default")));
    QCOMPARE(ids(), QStringList{QStringLiteral("default_catalog")});
    QVERIFY(!WorkspaceCatalogService::whyNotRemovable({QStringLiteral("default_catalog"), true}).isEmpty());
}

void tst_WorkspaceCatalogs::addedCatalogCanBeRemoved()
{
    QVERIFY(m_catalogs->addCatalog(m_owner, m_etl, QStringLiteral("finance")).ok());
    QVERIFY(m_catalogs->removeCatalog(m_owner, m_etl, QStringLiteral("finance")).ok());
    QCOMPARE(ids(), QStringList{QStringLiteral("default_catalog")});
    // Only the link goes: the catalog stays in the account and can be added again.
    QCOMPARE(m_catalogs->addableCatalogs(m_etl).size(), 2);
    QVERIFY(m_catalogs->removeCatalog(m_owner, m_etl, QStringLiteral("finance")).has(ErrorCode::NotFound));
    QVERIFY(m_catalogs->addCatalog(m_owner, m_etl, QStringLiteral("finance")).ok());
}

void tst_WorkspaceCatalogs::onlyAdministratorsManageCatalogs_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("Data Development (alice)") << QStringLiteral("alice");
    QTest::newRow("Data Analytics (bob)") << QStringLiteral("bob");
    QTest::newRow("Guest (carol)") << QStringLiteral("carol");
    QTest::newRow("not a member (dave)") << QStringLiteral("dave");
}

void tst_WorkspaceCatalogs::onlyAdministratorsManageCatalogs()
{
    QFETCH(QString, who);
    const Identity id = m_env->services->account.identity(who);
    QVERIFY(m_catalogs->addCatalog(id, m_etl, QStringLiteral("finance")).has(ErrorCode::PermissionDenied));
    QVERIFY(m_catalogs->addCatalog(m_owner, m_etl, QStringLiteral("sales_dw")).ok());
    QVERIFY(m_catalogs->removeCatalog(id, m_etl, QStringLiteral("sales_dw")).has(ErrorCode::PermissionDenied));
    QCOMPARE(ids(), (QStringList{QStringLiteral("default_catalog"), QStringLiteral("sales_dw")}));
}

QTEST_GUILESS_MAIN(tst_WorkspaceCatalogs)
#include "tst_workspacecatalogs.moc"
