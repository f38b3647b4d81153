#pragma once

#include "models/Domain.h"
#include "models/Result.h"

#include <QCoreApplication>

class AccountDirectory;

// Everything the Create Workspace dialog collects, in the document's order.
struct WorkspaceSpec
{
    QString region;
    QString billing;        // ProductSpec::Subscription / PayAsYouGo
    int durationMonths = 0; // subscription only: one of ProductSpec::durationMonths()
    bool autoRenew = false; // subscription only
    QString name;
    int cuQuota = 0;
    QString bucket;         // OSS bucket of the region
    QString path;           // optional path inside the bucket, '/'-separated
    QString catalogId;      // DLF catalog of the region
    QString executionRole;
    TagList tags;
};

// The field rules of spec §3 for creating a workspace. Every check returns a Status whose
// errors are keyed by Field:: so a dialog can show each one next to its field; validate()
// returns every field's error at once. Rules that need the account (buckets, catalogs, roles)
// take the AccountDirectory; name uniqueness needs the workspace table and lives in
// WorkspaceService::checkNameAvailable().
class WorkspaceRules
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceRules)

public:
    // The name as it is stored and compared: NFC-normalised, nothing trimmed.
    static QString normalizedName(const QString &name);
    // The rule message of spec §7, used for every way a name can break the rule.
    static QString nameRuleMessage();
    static Status validateName(const QString &name);

    static Status validateRegion(const QString &region);
    static Status validateBilling(const QString &billing);
    static Status validateCuQuota(const QString &billing, int cu);
    static Status validateDuration(const QString &billing, int months);

    // What must exist before a workspace can be created in a region (document: "Prerequisites"):
    // real-name verification (Field::General), OSS activated with a bucket in the region
    // (Field::Bucket), DLF activated in the region (Field::Catalog). Errors use
    // ErrorCode::PrerequisiteMissing and say what to activate or create.
    static Status checkPrerequisites(const QString &region, const AccountDirectory &account);

    // OSS bucket names: 3-63 lowercase letters, digits and '-', starting and ending with a
    // letter or digit (Field::Bucket).
    static Status validateBucketName(const QString &bucket);
    // The optional path: '/'-separated, no empty, "." or ".." segments, at most 1,023 bytes of
    // UTF-8 (one trailing '/' is allowed, as the stored directory ends with one) (Field::Path).
    static Status validatePath(const QString &path);
    // Bucket and path rules, and the bucket must exist in the account and in the region.
    static Status validateDirectory(const QString &region, const QString &bucket, const QString &path,
                                    const AccountDirectory &account);
    // "oss://bucket/path/" with exactly one trailing slash; "oss://bucket/" without a path.
    static QString directory(const QString &bucket, const QString &path);
    // A recommendation, not an error: empty unless the bucket exists and has no HDFS service.
    static QString directoryWarning(const QString &bucket, const AccountDirectory &account);

    // Catalog IDs: a letter, then letters, digits or '_', 2-256 characters (Field::CatalogId).
    static QString catalogIdRuleMessage();
    static Status validateCatalogId(const QString &catalogId);
    // The chosen catalog must be one of the region's (Field::Catalog).
    static Status validateCatalog(const QString &region, const QString &catalogId, const AccountDirectory &account);

    // A RAM role of the account trusted by spark.emr-serverless.aliyuncs.com (Field::ExecutionRole).
    static Status validateExecutionRole(const QString &role, const AccountDirectory &account);

    // Every rule above plus the tag rules (TagRules), every field's error at once. Does not
    // check name uniqueness or permissions.
    static Status validate(const WorkspaceSpec &spec, const AccountDirectory &account);
};
