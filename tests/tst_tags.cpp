// Editing tags after creation (TagService) and filtering the list by tag (issue 5, spec §3).
#include "tests/testsupport/TestSupport.h"

#include "models/ProductSpec.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
QString idOf(TestEnv &env, const char *name)
{
    const auto w = env.services->workspaces.findByName(QString::fromUtf8(name));
    return w ? w->id : QString();
}

TagList manyTags(int n)
{
    TagList tags;
    for (int i = 0; i < n; ++i)
        tags.append({QStringLiteral("key%1").arg(i), QStringLiteral("value%1").arg(i)});
    return tags;
}

QStringList visibleNames(const WorkspaceFilterProxy &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, WorkspaceTableModel::NameColumn).data(WorkspaceTableModel::SortRole).toString();
    names.sort();
    return names;
}
} // namespace

class tst_Tags : public QObject
{
    Q_OBJECT

private slots:
    void replacesAllTagsInOrder();
    void removesEveryTag();
    void twentyTagsLimit_data();
    void twentyTagsLimit();
    void tagRules_data();
    void tagRules();
    void permissions_data();
    void permissions();
    void unknownWorkspace();
    void tagFilter_data();
    void tagFilter();
    void tagFilterFollowsEditedTags();
    void typedTagFilter_data();
    void typedTagFilter();
};

void tst_Tags::replacesAllTagsInOrder()
{
    TestEnv env;
    const QString id = idOf(env, "spark-etl-prod"); // env:prod, team:data-platform
    const TagList tags = {{QStringLiteral("team"), QStringLiteral("bi")},
                          {QStringLiteral("项目"), QStringLiteral("报表")},
                          {QStringLiteral("env"), QStringLiteral("staging")},
                          {QStringLiteral("no-value"), QString()}};
    const Status s = env.services->tags.setTags(env.services->account.owner().value(), id, tags);
    QVERIFY2(s.ok(), qPrintable(s.text()));
    QCOMPARE(env.services->workspaces.find(id)->tags, tags);
    // The whole list reads the same tags in the same order.
    for (const Workspace &w : env.services->workspaces.list().value())
        if (w.id == id)
            QCOMPARE(w.tags, tags);
    // Other workspaces keep theirs.
    QCOMPARE(env.services->workspaces.findByName(QStringLiteral("ml-training"))->tags.size(), 2);
}

void tst_Tags::removesEveryTag()
{
    TestEnv env;
    const QString id = idOf(env, "spark-etl-prod");
    QVERIFY(env.services->tags.setTags(env.services->account.owner().value(), id, {}).ok());
    QVERIFY(env.services->workspaces.find(id)->tags.isEmpty());
}

void tst_Tags::twentyTagsLimit_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("19 tags") << 19 << true;
    QTest::newRow("20 tags is the limit") << 20 << true;
    QTest::newRow("21 tags is one too many") << 21 << false;
    QTest::newRow("30 tags") << 30 << false;
}

void tst_Tags::twentyTagsLimit()
{
    QFETCH(int, count);
    QFETCH(bool, accepted);
    TestEnv env;
    const QString id = idOf(env, "spark-etl-prod");
    const TagList before = env.services->workspaces.find(id)->tags;
    const Status s = env.services->tags.setTags(env.services->account.owner().value(), id, manyTags(count));
    QCOMPARE(s.ok(), accepted);
    if (accepted) {
        QCOMPARE(env.services->workspaces.find(id)->tags.size(), count);
    } else {
        QVERIFY2(s.message(Field::Tags).contains(QLatin1String("at most 20")), qPrintable(s.text()));
        QCOMPARE(env.services->workspaces.find(id)->tags, before); // nothing changed
    }
}

void tst_Tags::tagRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField"); // "key", "value" or empty when accepted

    const QString a128(128, QLatin1Char('a'));
    const QString a129(129, QLatin1Char('a'));
    QTest::newRow("plain key and value") << "env" << "prod" << QString();
    QTest::newRow("empty value is allowed") << "env" << QString() << QString();
    QTest::newRow("128-character key") << a128 << "v" << QString();
    QTest::newRow("128-character value") << "k" << a128 << QString();
    QTest::newRow("128 Chinese characters") << QString(128, QChar(0x6570)) << QString(128, QChar(0x636e)) << QString();
    QTest::newRow("key containing aliyun later is fine") << "my-aliyun" << "x-acs:y" << QString();
    QTest::newRow("empty key") << QString() << "v" << "key";
    QTest::newRow("129-character key") << a129 << "v" << "key";
    QTest::newRow("key starting with aliyun") << "aliyun-env" << "v" << "key";
    QTest::newRow("key starting with ALIYUN") << "ALIYUNenv" << "v" << "key";
    QTest::newRow("key starting with acs:") << "acs:env" << "v" << "key";
    QTest::newRow("key starting with ACS:") << "ACS:env" << "v" << "key";
    QTest::newRow("key containing http://") << "see-http://x" << "v" << "key";
    QTest::newRow("key containing https://") << "https://x" << "v" << "key";
    QTest::newRow("129-character value") << "k" << a129 << "value";
    QTest::newRow("value starting with aliyun") << "k" << "Aliyun-prod" << "value";
    QTest::newRow("value starting with acs:") << "k" << "acs:prod" << "value";
    QTest::newRow("value containing http://") << "k" << "at http://example.com" << "value";
    QTest::newRow("value containing HTTPS://") << "k" << "HTTPS://example.com" << "value";
}

void tst_Tags::tagRules()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    TestEnv env;
    const QString id = idOf(env, "eu-analytics"); // no tags
    // The tag under test is the second row, so errors must name row 1.
    const TagList tags = {{QStringLiteral("first"), QStringLiteral("ok")}, {key, value}};
    const Status s = env.services->tags.setTags(env.services->account.owner().value(), id, tags);
    if (errorField.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.text()));
        QCOMPARE(env.services->workspaces.find(id)->tags, tags);
        return;
    }
    QVERIFY(!s.ok());
    const QString field = errorField == QLatin1String("key") ? Field::tagKey(1) : Field::tagValue(1);
    QVERIFY2(s.hasField(field), qPrintable(s.text()));
    QVERIFY(!s.hasField(Field::tagKey(0)));
    QVERIFY(env.services->workspaces.find(id)->tags.isEmpty());
}

void tst_Tags::permissions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("Spark full access without DLF") << "dave" << true;
    QTest::newRow("developer policy") << "bob" << false;
    QTest::newRow("read-only policy") << "carol" << false;
}

void tst_Tags::permissions()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    TestEnv env;
    const QString id = idOf(env, "eu-analytics");
    const Status s = env.services->tags.setTags(env.services->account.identity(user).value(), id,
                                                {{QStringLiteral("team"), QStringLiteral("x")}});
    QCOMPARE(s.ok(), allowed);
    QCOMPARE(env.services->workspaces.find(id)->tags.size(), allowed ? 1 : 0);
    if (!allowed)
        QVERIFY(s.has(ErrorCode::PermissionDenied));
}

void tst_Tags::unknownWorkspace()
{
    TestEnv env;
    const Status s = env.services->tags.setTags(env.services->account.owner().value(), QStringLiteral("w-0000000000000000"),
                                                {{QStringLiteral("a"), QStringLiteral("b")}});
    QVERIFY(s.has(ErrorCode::NotFound));
}

void tst_Tags::tagFilter_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matchValue");
    QTest::addColumn<QStringList>("expected");

    // Sample tags: spark-etl-prod env:prod team:data-platform; 数据分析平台 env:dev owner:分析组;
    // ml-training env:prod cost-center:ml; reporting_hk env:staging; eu-analytics none.
    QTest::newRow("no tag filter shows all")
        << QString() << QString() << false
        << QStringList{u"eu-analytics"_s, u"ml-training"_s, u"reporting_hk"_s, u"spark-etl-prod"_s, u"数据分析平台"_s};
    QTest::newRow("key only matches any value")
        << "env" << QString() << false << QStringList{u"ml-training"_s, u"reporting_hk"_s, u"spark-etl-prod"_s, u"数据分析平台"_s};
    QTest::newRow("key and value") << "env" << "prod" << true << QStringList{u"ml-training"_s, u"spark-etl-prod"_s};
    QTest::newRow("key and Chinese value") << "owner" << "分析组" << true << QStringList{u"数据分析平台"_s};
    QTest::newRow("key on one workspace") << "cost-center" << QString() << false << QStringList{u"ml-training"_s};
    QTest::newRow("value is case-sensitive") << "env" << "Prod" << true << QStringList{};
    QTest::newRow("key is case-sensitive") << "ENV" << QString() << false << QStringList{};
    QTest::newRow("value of another key does not match") << "team" << "prod" << true << QStringList{};
    QTest::newRow("unknown key") << "nothing" << QString() << false << QStringList{};
}

void tst_Tags::tagFilter()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, matchValue);
    QFETCH(QStringList, expected);
    TestEnv env;
    WorkspaceTableModel model;
    model.setWorkspaces(env.services->workspaces.list().value());
    WorkspaceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setTag(key, value, matchValue);
    expected.sort();
    QCOMPARE(visibleNames(proxy), expected);
    QCOMPARE(proxy.isFiltering(), !key.isEmpty());
}

void tst_Tags::tagFilterFollowsEditedTags()
{
    TestEnv env;
    WorkspaceTableModel model;
    model.setWorkspaces(env.services->workspaces.list().value());
    WorkspaceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setTag(QStringLiteral("project"), QStringLiteral("atlas"), true);
    QCOMPARE(proxy.rowCount(), 0);

    const QString id = idOf(env, "eu-analytics");
    QVERIFY(env.services->tags.setTags(env.services->account.owner().value(), id,
                                       {{QStringLiteral("project"), QStringLiteral("atlas")}}).ok());
    model.upsert(*env.services->workspaces.find(id));
    proxy.invalidate();
    QCOMPARE(visibleNames(proxy), QStringList{u"eu-analytics"_s});
    QCOMPARE(model.index(model.rowOf(id), WorkspaceTableModel::TagsColumn).data().toString(),
             QStringLiteral("project:atlas"));
}

void tst_Tags::typedTagFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Sample tags as in tagFilter(), and eu-analytics gets keys with ':' inside (allowed by the
    // tag rules, only the prefix "acs:" is not): "app:tier" = "web", "url" = "host:8080".
    QTest::newRow("empty shows all")
        << QString() << QStringList{u"eu-analytics"_s, u"ml-training"_s, u"reporting_hk"_s, u"spark-etl-prod"_s, u"数据分析平台"_s};
    QTest::newRow("key only") << u"env"_s << QStringList{u"ml-training"_s, u"reporting_hk"_s, u"spark-etl-prod"_s, u"数据分析平台"_s};
    QTest::newRow("key:value") << u"env:prod"_s << QStringList{u"ml-training"_s, u"spark-etl-prod"_s};
    QTest::newRow("spaces around are ignored") << u"  env : prod "_s << QStringList{u"ml-training"_s, u"spark-etl-prod"_s};
    QTest::newRow("key containing a colon, with its value (as a click sets it)") << u"app:tier:web"_s
                                                                                 << QStringList{u"eu-analytics"_s};
    QTest::newRow("key containing a colon, any value") << u"app:tier"_s << QStringList{u"eu-analytics"_s};
    QTest::newRow("value containing a colon") << u"url:host:8080"_s << QStringList{u"eu-analytics"_s};
    QTest::newRow("wrong value of a key with a colon") << u"app:tier:db"_s << QStringList{};
    QTest::newRow("part of a key matches nothing") << u"app"_s << QStringList{};
}

void tst_Tags::typedTagFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    TestEnv env;
    const QString id = idOf(env, "eu-analytics");
    QVERIFY(env.services->tags.setTags(env.services->account.owner().value(), id,
                                       {{u"app:tier"_s, u"web"_s}, {u"url"_s, u"host:8080"_s}}).ok());
    WorkspaceTableModel model;
    model.setWorkspaces(env.services->workspaces.list().value());
    WorkspaceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setTagText(text);
    expected.sort();
    QCOMPARE(visibleNames(proxy), expected);
    QCOMPARE(proxy.isFiltering(), !text.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Tags)
#include "tst_tags.moc"
