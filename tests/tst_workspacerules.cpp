// The field rules of Create Workspace (spec §3), at their edges.
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"

#include <QtTest>

namespace {

QString repeat(const QString &s, int n)
{
    QString r;
    for (int i = 0; i < n; ++i)
        r += s;
    return r;
}

QString fromUcs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// n distinct Han characters of CJK Extension B (U+20000...), each outside the BMP.
QString supplementaryHan(int n)
{
    QString r;
    for (int i = 0; i < n; ++i)
        r += fromUcs4(char32_t(0x20000 + i));
    return r;
}

const char *const NameRule = "The name must be 1 to 64 characters in length and can contain only Chinese characters, "
                             "letters, digits, hyphens (-), and underscores (_).";

WorkspaceSpec validSpec()
{
    return Fixtures::payAsYouGoSpec();
}

TagList numberedTags(int n)
{
    TagList tags;
    for (int i = 0; i < n; ++i)
        tags.append({QStringLiteral("key%1").arg(i), QStringLiteral("value%1").arg(i)});
    return tags;
}

} // namespace

class tst_WorkspaceRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void name_data();
    void name();
    void nameIsNfcNormalised();

    void cuQuota_data();
    void cuQuota();
    void duration_data();
    void duration();
    void regionAndBilling();

    void bucketName_data();
    void bucketName();
    void path_data();
    void path();
    void directory_data();
    void directory();
    void directoryText_data();
    void directoryText();
    void hdfsWarning();

    void catalogId_data();
    void catalogId();
    void catalog();
    void executionRole_data();
    void executionRole();

    void tags_data();
    void tags();

    void validSpecPasses();
    void everyErrorAtOnce();
    void prerequisites();

private:
    std::unique_ptr<TestEnv> m_env;
};

void tst_WorkspaceRules::initTestCase()
{
    m_env = std::make_unique<TestEnv>(false);
}

void tst_WorkspaceRules::cleanupTestCase()
{
    m_env.reset();
}

void tst_WorkspaceRules::name_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty (0 characters) is too short") << QString() << false;
    QTest::newRow("1 character") << QStringLiteral("a") << true;
    QTest::newRow("64 characters") << repeat(QStringLiteral("a"), 64) << true;
    QTest::newRow("65 characters is too long") << repeat(QStringLiteral("a"), 65) << false;
    QTest::newRow("letters, digits, hyphen and underscore") << QStringLiteral("Spark-ETL_prod-01") << true;
    QTest::newRow("Chinese name") << QStringLiteral("数据分析平台") << true;
    QTest::newRow("Chinese mixed with letters and digits") << QStringLiteral("数据-Platform_2024") << true;
    QTest::newRow("64 Chinese characters") << repeat(QStringLiteral("数"), 64) << true;
    QTest::newRow("65 Chinese characters is too long") << repeat(QStringLiteral("数"), 65) << false;
    QTest::newRow("Han outside the BMP (1 code point, 2 UTF-16 units)") << supplementaryHan(1) << true;
    QTest::newRow("64 Han characters outside the BMP (128 UTF-16 units)") << supplementaryHan(64) << true;
    QTest::newRow("65 Han characters outside the BMP is too long") << supplementaryHan(65) << false;
    QTest::newRow("Japanese kanji are Han") << QStringLiteral("東京") << true;
    QTest::newRow("leading space is not trimmed") << QStringLiteral(" workspace") << false;
    QTest::newRow("trailing space is not trimmed") << QStringLiteral("workspace ") << false;
    QTest::newRow("space inside") << QStringLiteral("my workspace") << false;
    QTest::newRow("only a space") << QStringLiteral(" ") << false;
    QTest::newRow("ideographic space") << QStringLiteral("数据\u3000平台") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("line break") << QStringLiteral("a\nb") << false;
    QTest::newRow("emoji") << (QStringLiteral("data") + fromUcs4(U'\U0001F600')) << false;
    QTest::newRow("full-width digits") << QStringLiteral("ws\uFF11\uFF12\uFF13") << false;
    QTest::newRow("full-width letters") << QStringLiteral("\uFF57\uFF53") << false;
    QTest::newRow("full-width hyphen") << QStringLiteral("a\uFF0Db") << false;
    QTest::newRow("SQL injection") << QStringLiteral("'; DROP TABLE workspaces; --") << false;
    QTest::newRow("dot") << QStringLiteral("a.b") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("accented Latin letter is not ASCII") << QStringLiteral("café") << false;
    QTest::newRow("Japanese kana are not Han") << QStringLiteral("テスト") << false;
    QTest::newRow("Hangul is not Han") << QStringLiteral("한국") << false;
    QTest::newRow("Chinese punctuation") << QStringLiteral("数据，平台") << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xD840)) << false;
}

void tst_WorkspaceRules::name()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Status s = WorkspaceRules::validateName(name);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QCOMPARE(s.errors().size(), 1);
        QCOMPARE(s.errors().first().field, Field::Name);
        QCOMPARE(s.message(Field::Name), QString::fromUtf8(NameRule));
    }
}

void tst_WorkspaceRules::nameIsNfcNormalised()
{
    // U+F900 is a CJK compatibility ideograph; NFC maps it to U+8C48.
    QCOMPARE(WorkspaceRules::normalizedName(QStringLiteral("\uF900")), QStringLiteral("\u8C48"));
    QVERIFY(WorkspaceRules::validateName(QStringLiteral("\uF900")).ok());
    // 64 compatibility ideographs stay 64 code points after normalisation.
    QVERIFY(WorkspaceRules::validateName(repeat(QStringLiteral("\uF900"), 64)).ok());
    QVERIFY(!WorkspaceRules::validateName(repeat(QStringLiteral("\uF900"), 65)).ok());
    // Nothing is trimmed.
    QCOMPARE(WorkspaceRules::normalizedName(QStringLiteral(" a ")), QStringLiteral(" a "));
}

void tst_WorkspaceRules::cuQuota_data()
{
    QTest::addColumn<QString>("billing");
    QTest::addColumn<int>("cu");
    QTest::addColumn<bool>("valid");
    QTest::newRow("subscription 24 is below the minimum") << ProductSpec::Subscription << 24 << false;
    QTest::newRow("subscription 25") << ProductSpec::Subscription << 25 << true;
    QTest::newRow("subscription default 100") << ProductSpec::Subscription << 100 << true;
    QTest::newRow("subscription 1,000") << ProductSpec::Subscription << 1000 << true;
    QTest::newRow("subscription 1,001 is above the maximum") << ProductSpec::Subscription << 1001 << false;
    QTest::newRow("pay-as-you-go 0") << ProductSpec::PayAsYouGo << 0 << false;
    QTest::newRow("pay-as-you-go 1") << ProductSpec::PayAsYouGo << 1 << true;
    QTest::newRow("pay-as-you-go 5,000") << ProductSpec::PayAsYouGo << 5000 << true;
    QTest::newRow("pay-as-you-go 5,001") << ProductSpec::PayAsYouGo << 5001 << false;
    QTest::newRow("pay-as-you-go negative") << ProductSpec::PayAsYouGo << -5 << false;
}

void tst_WorkspaceRules::cuQuota()
{
    QFETCH(QString, billing);
    QFETCH(int, cu);
    QFETCH(bool, valid);
    const Status s = WorkspaceRules::validateCuQuota(billing, cu);
    QCOMPARE(s.ok(), valid);
    if (!valid)
        QVERIFY(s.hasField(Field::CuQuota));
}

void tst_WorkspaceRules::duration_data()
{
    QTest::addColumn<QString>("billing");
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("valid");
    QTest::newRow("subscription without a duration") << ProductSpec::Subscription << 0 << false;
    QTest::newRow("1 month") << ProductSpec::Subscription << 1 << true;
    QTest::newRow("9 months") << ProductSpec::Subscription << 9 << true;
    QTest::newRow("10 months is not offered") << ProductSpec::Subscription << 10 << false;
    QTest::newRow("1 year") << ProductSpec::Subscription << 12 << true;
    QTest::newRow("2 years") << ProductSpec::Subscription << 24 << true;
    QTest::newRow("3 years") << ProductSpec::Subscription << 36 << true;
    QTest::newRow("4 years is not offered") << ProductSpec::Subscription << 48 << false;
    QTest::newRow("pay-as-you-go has no duration") << ProductSpec::PayAsYouGo << 0 << true;
}

void tst_WorkspaceRules::duration()
{
    QFETCH(QString, billing);
    QFETCH(int, months);
    QFETCH(bool, valid);
    const Status s = WorkspaceRules::validateDuration(billing, months);
    QCOMPARE(s.ok(), valid);
    if (!valid)
        QVERIFY(s.hasField(Field::Duration));
}

void tst_WorkspaceRules::regionAndBilling()
{
    for (const QString &region : ProductSpec::regionIds())
        QVERIFY(WorkspaceRules::validateRegion(region).ok());
    QVERIFY(WorkspaceRules::validateRegion(QStringLiteral("cn-mars")).hasField(Field::Region));
    QVERIFY(WorkspaceRules::validateRegion(QString()).hasField(Field::Region));
    QVERIFY(WorkspaceRules::validateBilling(ProductSpec::Subscription).ok());
    QVERIFY(WorkspaceRules::validateBilling(ProductSpec::PayAsYouGo).ok());
    QVERIFY(WorkspaceRules::validateBilling(QStringLiteral("subscription")).hasField(Field::Billing));
}

void tst_WorkspaceRules::bucketName_data()
{
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<bool>("valid");
    QTest::newRow("no bucket chosen") << QString() << false;
    QTest::newRow("2 characters is too short") << QStringLiteral("ab") << false;
    QTest::newRow("3 characters") << QStringLiteral("abc") << true;
    QTest::newRow("63 characters") << repeat(QStringLiteral("a"), 63) << true;
    QTest::newRow("64 characters is too long") << repeat(QStringLiteral("a"), 64) << false;
    QTest::newRow("seed bucket") << QStringLiteral("emr-spark-logs-cn-hangzhou") << true;
    QTest::newRow("uppercase") << QStringLiteral("Logs") << false;
    QTest::newRow("starts with a hyphen") << QStringLiteral("-logs") << false;
    QTest::newRow("ends with a hyphen") << QStringLiteral("logs-") << false;
    QTest::newRow("underscore") << QStringLiteral("my_logs") << false;
    QTest::newRow("dot") << QStringLiteral("my.logs") << false;
    QTest::newRow("digits only") << QStringLiteral("123") << true;
}

void tst_WorkspaceRules::bucketName()
{
    QFETCH(QString, bucket);
    QFETCH(bool, valid);
    const Status s = WorkspaceRules::validateBucketName(bucket);
    QCOMPARE(s.ok(), valid);
    if (!valid)
        QVERIFY(s.hasField(Field::Bucket));
}

void tst_WorkspaceRules::path_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");
    QTest::newRow("no path") << QString() << true;
    QTest::newRow("one folder") << QStringLiteral("spark") << true;
    QTest::newRow("nested folders") << QStringLiteral("spark/logs/2024") << true;
    QTest::newRow("one trailing slash") << QStringLiteral("spark/logs/") << true;
    QTest::newRow("Chinese folder names") << QStringLiteral("数据/日志") << true;
    QTest::newRow("three dots is a name") << QStringLiteral("a/.../b") << true;
    QTest::newRow("leading slash") << QStringLiteral("/spark") << false;
    QTest::newRow("double slash inside") << QStringLiteral("spark//logs") << false;
    QTest::newRow("only //") << QStringLiteral("//") << false;
    QTest::newRow("two trailing slashes") << QStringLiteral("spark//") << false;
    QTest::newRow(".. segment") << QStringLiteral("spark/../etc") << false;
    QTest::newRow("only ..") << QStringLiteral("..") << false;
    QTest::newRow(". segment") << QStringLiteral("./spark") << false;
    QTest::newRow("trailing . segment") << QStringLiteral("spark/.") << false;
    QTest::newRow("line break") << QStringLiteral("spark\nlogs") << false;
    QTest::newRow("1,023 bytes") << repeat(QStringLiteral("a"), 1023) << true;
    QTest::newRow("1,024 bytes is too long") << repeat(QStringLiteral("a"), 1024) << false;
    QTest::newRow("1,023 bytes in folders") << (repeat(QStringLiteral("a"), 511) + QLatin1Char('/') + repeat(QStringLiteral("b"), 511)) << true;
    // 341 x 3 bytes = 1,023; 342 x 3 = 1,026: bytes, not characters, count.
    QTest::newRow("341 Chinese characters = 1,023 bytes") << repeat(QStringLiteral("数"), 341) << true;
    QTest::newRow("342 Chinese characters = 1,026 bytes") << repeat(QStringLiteral("数"), 342) << false;
}

void tst_WorkspaceRules::path()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    const Status s = WorkspaceRules::validatePath(path);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QCOMPARE(s.errors().size(), 1);
        QCOMPARE(s.errors().first().field, Field::Path);
        QVERIFY(!s.text().isEmpty());
    }
}

void tst_WorkspaceRules::directory_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("mentions");
    const QString hz = QStringLiteral("cn-hangzhou");
    QTest::newRow("bucket of the region") << hz << QStringLiteral("emr-spark-logs-cn-hangzhou") << QStringLiteral("a/b")
                                          << QStringList() << QString();
    QTest::newRow("bucket of another region")
        << hz << QStringLiteral("emr-spark-logs-cn-shanghai") << QString() << QStringList{Field::Bucket}
        << QStringLiteral("China (Shanghai)");
    QTest::newRow("bucket that does not exist") << hz << QStringLiteral("no-such-bucket") << QString()
                                                << QStringList{Field::Bucket} << QStringLiteral("no-such-bucket");
    QTest::newRow("invalid bucket name and path with ..")
        << hz << QStringLiteral("Bad_Bucket") << QStringLiteral("../x") << QStringList{Field::Bucket, Field::Path}
        << QString();
    QTest::newRow("path with //") << hz << QStringLiteral("emr-spark-logs-cn-hangzhou") << QStringLiteral("a//b")
                                  << QStringList{Field::Path} << QString();
}

void tst_WorkspaceRules::directory()
{
    QFETCH(QString, region);
    QFETCH(QString, bucket);
    QFETCH(QString, path);
    QFETCH(QStringList, fields);
    QFETCH(QString, mentions);
    const Status s = WorkspaceRules::validateDirectory(region, bucket, path, m_env->services->account);
    QStringList actual;
    for (const FieldError &e : s.errors())
        actual << e.field;
    QCOMPARE(actual, fields);
    if (!mentions.isEmpty())
        QVERIFY2(s.text().contains(mentions), qPrintable(s.text()));
}

void tst_WorkspaceRules::directoryText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("directory");
    QTest::newRow("no path") << QString() << QStringLiteral("oss://logs/");
    QTest::newRow("path") << QStringLiteral("spark/logs") << QStringLiteral("oss://logs/spark/logs/");
    QTest::newRow("path with its trailing slash") << QStringLiteral("spark/") << QStringLiteral("oss://logs/spark/");
}

void tst_WorkspaceRules::directoryText()
{
    QFETCH(QString, path);
    QFETCH(QString, directory);
    QCOMPARE(WorkspaceRules::directory(QStringLiteral("logs"), path), directory);
}

void tst_WorkspaceRules::hdfsWarning()
{
    const AccountDirectory &account = m_env->services->account;
    QCOMPARE(WorkspaceRules::directoryWarning(QStringLiteral("emr-spark-logs-cn-hangzhou"), account), QString());
    const QString warning = WorkspaceRules::directoryWarning(QStringLiteral("analytics-data-cn-hangzhou"), account);
    QVERIFY(warning.contains(QLatin1String("HDFS")));
    QVERIFY(warning.contains(QLatin1String("quasi-real-time incremental logs")));
    // A warning is not an error: the directory is valid.
    QVERIFY(WorkspaceRules::validateDirectory(QStringLiteral("cn-hangzhou"), QStringLiteral("analytics-data-cn-hangzhou"),
                                              QString(), account)
                .ok());
    QCOMPARE(WorkspaceRules::directoryWarning(QStringLiteral("no-such-bucket"), account), QString());
}

void tst_WorkspaceRules::catalogId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("1 character is too short") << QStringLiteral("a") << false;
    QTest::newRow("2 characters") << QStringLiteral("ab") << true;
    QTest::newRow("256 characters") << (QStringLiteral("c") + repeat(QStringLiteral("1"), 255)) << true;
    QTest::newRow("257 characters is too long") << (QStringLiteral("c") + repeat(QStringLiteral("1"), 256)) << false;
    QTest::newRow("letters, digits and underscores") << QStringLiteral("Sales_2024_cat") << true;
    QTest::newRow("starts with a digit") << QStringLiteral("1catalog") << false;
    QTest::newRow("starts with an underscore") << QStringLiteral("_catalog") << false;
    QTest::newRow("hyphen") << QStringLiteral("my-catalog") << false;
    QTest::newRow("space") << QStringLiteral("my catalog") << false;
    QTest::newRow("Chinese") << QStringLiteral("数据目录") << false;
    QTest::newRow("full-width letters") << QStringLiteral("\uFF41\uFF42") << false;
}

void tst_WorkspaceRules::catalogId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const Status s = WorkspaceRules::validateCatalogId(id);
    QCOMPARE(s.ok(), valid);
    if (!valid)
        QCOMPARE(s.message(Field::CatalogId), WorkspaceRules::catalogIdRuleMessage());
}

void tst_WorkspaceRules::catalog()
{
    const AccountDirectory &account = m_env->services->account;
    QVERIFY(WorkspaceRules::validateCatalog(QStringLiteral("cn-hangzhou"), QStringLiteral("default_catalog"), account).ok());
    QVERIFY(WorkspaceRules::validateCatalog(QStringLiteral("cn-hangzhou"), QString(), account).hasField(Field::Catalog));
    QVERIFY(WorkspaceRules::validateCatalog(QStringLiteral("cn-hangzhou"), QStringLiteral("nope"), account).hasField(Field::Catalog));
    // Catalogs belong to a region.
    QVERIFY(WorkspaceRules::validateCatalog(QStringLiteral("na-south-1"), QStringLiteral("default_catalog"), account)
                .hasField(Field::Catalog));
}

void tst_WorkspaceRules::executionRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default role") << ProductSpec::DefaultExecutionRole << true;
    QTest::newRow("custom role trusted by Spark") << QStringLiteral("SparkEtlJobRole") << true;
    QTest::newRow("role trusted by another service") << QStringLiteral("EcsInstanceRole") << false;
    QTest::newRow("role that does not exist") << QStringLiteral("NoSuchRole") << false;
    QTest::newRow("no role") << QString() << false;
}

void tst_WorkspaceRules::executionRole()
{
    QFETCH(QString, role);
    QFETCH(bool, valid);
    const Status s = WorkspaceRules::validateExecutionRole(role, m_env->services->account);
    QCOMPARE(s.ok(), valid);
    if (!valid)
        QVERIFY(s.hasField(Field::ExecutionRole));
}

void tst_WorkspaceRules::tags_data()
{
    QTest::addColumn<TagList>("tags");
    QTest::addColumn<QString>("errorField"); // empty: valid

    const auto one = [](const QString &key, const QString &value) { return TagList{{key, value}}; };
    QTest::newRow("no tags") << TagList() << QString();
    QTest::newRow("20 tags") << numberedTags(20) << QString();
    QTest::newRow("21 tags is too many") << numberedTags(21) << Field::Tags;
    QTest::newRow("key of 128 characters") << one(repeat(QStringLiteral("k"), 128), QString()) << QString();
    QTest::newRow("key of 129 characters") << one(repeat(QStringLiteral("k"), 129), QString()) << Field::tagKey(0);
    QTest::newRow("value of 128 characters") << one(QStringLiteral("k"), repeat(QStringLiteral("v"), 128)) << QString();
    QTest::newRow("value of 129 characters") << one(QStringLiteral("k"), repeat(QStringLiteral("v"), 129)) << Field::tagValue(0);
    QTest::newRow("128 Chinese characters in a key") << one(repeat(QStringLiteral("键"), 128), QString()) << QString();
    QTest::newRow("empty key") << one(QString(), QStringLiteral("v")) << Field::tagKey(0);
    QTest::newRow("empty value is allowed") << one(QStringLiteral("env"), QString()) << QString();
    QTest::newRow("key starting with aliyun") << one(QStringLiteral("aliyun-env"), QString()) << Field::tagKey(0);
    QTest::newRow("key starting with ALIYUN") << one(QStringLiteral("ALIYUNenv"), QString()) << Field::tagKey(0);
    QTest::newRow("key starting with AliYun") << one(QStringLiteral("AliYun"), QString()) << Field::tagKey(0);
    QTest::newRow("key starting with acs:") << one(QStringLiteral("acs:env"), QString()) << Field::tagKey(0);
    QTest::newRow("key starting with ACS:") << one(QStringLiteral("ACS:env"), QString()) << Field::tagKey(0);
    QTest::newRow("aliyun later in a key is fine") << one(QStringLiteral("my-aliyun"), QString()) << QString();
    QTest::newRow("value starting with aliyun") << one(QStringLiteral("k"), QStringLiteral("aliyun")) << Field::tagValue(0);
    QTest::newRow("value starting with Acs:") << one(QStringLiteral("k"), QStringLiteral("Acs:x")) << Field::tagValue(0);
    QTest::newRow("http:// inside a value") << one(QStringLiteral("k"), QStringLiteral("see http://x")) << Field::tagValue(0);
    QTest::newRow("HTTPS:// inside a value") << one(QStringLiteral("k"), QStringLiteral("HTTPS://x")) << Field::tagValue(0);
    QTest::newRow("https:// inside a key") << one(QStringLiteral("ahttps://x"), QString()) << Field::tagKey(0);
    QTest::newRow("duplicate key")
        << TagList{{QStringLiteral("env"), QStringLiteral("a")}, {QStringLiteral("env"), QStringLiteral("b")}} << Field::tagKey(1);
    QTest::newRow("keys differ in case") << TagList{{QStringLiteral("env"), QString()}, {QStringLiteral("Env"), QString()}}
                                         << QString();
}

void tst_WorkspaceRules::tags()
{
    QFETCH(TagList, tags);
    QFETCH(QString, errorField);
    WorkspaceSpec spec = validSpec();
    spec.tags = tags;
    const Status s = WorkspaceRules::validate(spec, m_env->services->account);
    if (errorField.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.text()));
    } else {
        QVERIFY2(s.hasField(errorField), qPrintable(s.text()));
        QCOMPARE(s.errors().size(), 1);
    }
}

void tst_WorkspaceRules::validSpecPasses()
{
    const Status s = WorkspaceRules::validate(validSpec(), m_env->services->account);
    QVERIFY2(s.ok(), qPrintable(s.text()));
    WorkspaceSpec sub = validSpec();
    sub.billing = ProductSpec::Subscription;
    sub.cuQuota = 100;
    sub.durationMonths = 12;
    QVERIFY(WorkspaceRules::validate(sub, m_env->services->account).ok());
    sub.cuQuota = 1000 + 1;
    QVERIFY(WorkspaceRules::validate(sub, m_env->services->account).hasField(Field::CuQuota));
}

void tst_WorkspaceRules::everyErrorAtOnce()
{
    WorkspaceSpec s;
    s.region = QStringLiteral("cn-hangzhou");
    s.billing = ProductSpec::Subscription;
    s.name = QStringLiteral("'; DROP TABLE workspaces; --");
    s.cuQuota = 5;
    s.durationMonths = 10;
    s.bucket = QStringLiteral("emr-spark-logs-cn-shanghai");
    s.path = QStringLiteral("a//b");
    s.catalogId = QStringLiteral("no_such_catalog");
    s.executionRole = QStringLiteral("EcsInstanceRole");
    s.tags = numberedTags(21);
    const Status status = WorkspaceRules::validate(s, m_env->services->account);
    for (const QString &field : {Field::Name, Field::CuQuota, Field::Duration, Field::Bucket, Field::Path, Field::Catalog,
                                 Field::ExecutionRole, Field::Tags})
        QVERIFY2(status.hasField(field), qPrintable(field));
    QCOMPARE(status.message(Field::Name), QString::fromUtf8(NameRule));
    QVERIFY(!status.hasField(Field::Region));
    QVERIFY(!status.hasField(Field::Billing));

    WorkspaceSpec empty;
    const Status none = WorkspaceRules::validate(empty, m_env->services->account);
    for (const QString &field : {Field::Region, Field::Billing, Field::Name, Field::ExecutionRole})
        QVERIFY2(none.hasField(field), qPrintable(field));
}

void tst_WorkspaceRules::prerequisites()
{
    TestEnv env(false);
    const AccountDirectory &account = env.services->account;
    QVERIFY(WorkspaceRules::checkPrerequisites(QStringLiteral("cn-hangzhou"), account).ok());

    // DLF is not activated in na-south-1 in the demo account.
    Status s = WorkspaceRules::checkPrerequisites(QStringLiteral("na-south-1"), account);
    QVERIFY(s.hasField(Field::Catalog));
    QVERIFY(s.has(ErrorCode::PrerequisiteMissing));
    QVERIFY(s.message(Field::Catalog).contains(QLatin1String("DLF")));
    QVERIFY(s.message(Field::Catalog).contains(QLatin1String("Mexico")));
    QVERIFY(!s.hasField(Field::Bucket));
    // validate() says it once, not also "choose a catalog".
    WorkspaceSpec spec = validSpec();
    spec.region = QStringLiteral("na-south-1");
    spec.bucket = QStringLiteral("emr-spark-logs-na-south-1");
    spec.catalogId.clear();
    const Status v = WorkspaceRules::validate(spec, account);
    QCOMPARE(v.errors().size(), 1);
    QCOMPARE(v.errors().first().code, ErrorCode::PrerequisiteMissing);

    // A region without a bucket.
    Fixtures::removeBuckets(env, QStringLiteral("us-east-1"));
    s = WorkspaceRules::checkPrerequisites(QStringLiteral("us-east-1"), account);
    QVERIFY(s.message(Field::Bucket).contains(QLatin1String("no OSS bucket")));

    // OSS not activated, real-name verification missing.
    Fixtures::setOssActivated(env, false);
    Fixtures::setRealNameVerified(env, false);
    s = WorkspaceRules::checkPrerequisites(QStringLiteral("cn-hangzhou"), account);
    QVERIFY(s.message(Field::Bucket).contains(QLatin1String("not activated")));
    QVERIFY(s.message(Field::General).contains(QLatin1String("real-name verification")));
}

QTEST_GUILESS_MAIN(tst_WorkspaceRules)
#include "tst_workspacerules.moc"
