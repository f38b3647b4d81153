#include "models/WorkspaceRules.h"

#include "models/Format.h"
#include "models/AccountDirectory.h"
#include "models/ProductSpec.h"
#include "models/TagRules.h"


namespace {

bool isAsciiLetter(uint c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(uint c)
{
    return c >= '0' && c <= '9';
}

// Spec §3: Chinese characters are the Unicode Han script (supplementary planes included);
// letters and digits are ASCII only, so full-width digits and other scripts are refused.
bool isNameCharacter(uint c)
{
    if (c < 0x80)
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '-' || c == '_';
    return QChar::script(char32_t(c)) == QChar::Script_Han;
}

} // namespace

QString WorkspaceRules::normalizedName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C);
}

QString WorkspaceRules::nameRuleMessage()
{
    return tr("The name must be 1 to 64 characters in length and can contain only Chinese characters, letters, "
              "digits, hyphens (-), and underscores (_).");
}

Status WorkspaceRules::validateName(const QString &name)
{
    // Counted in code points after NFC, so a character outside the Basic Multilingual Plane
    // (two UTF-16 units) counts once. toUcs4() turns a lone surrogate into U+FFFD, refused below.
    const QList<uint> codePoints = normalizedName(name).toUcs4();
    bool ok = !codePoints.isEmpty() && codePoints.size() <= ProductSpec::NameMaxLength;
    for (uint c : codePoints)
        ok = ok && isNameCharacter(c);
    if (ok)
        return {};
    return Status::failure(Field::Name, nameRuleMessage());
}

Status WorkspaceRules::validateRegion(const QString &region)
{
    if (ProductSpec::region(region))
        return {};
    return Status::failure(Field::Region, tr("Choose one of the supported regions."));
}

Status WorkspaceRules::validateBilling(const QString &billing)
{
    if (billing == ProductSpec::Subscription || billing == ProductSpec::PayAsYouGo)
        return {};
    return Status::failure(Field::Billing, tr("Choose Subscription or Pay-as-you-go."));
}

Status WorkspaceRules::validateCuQuota(const QString &billing, int cu)
{
    const ProductSpec::CuRange range = ProductSpec::cuRange(billing);
    if (cu >= range.min && cu <= range.max)
        return {};
    return Status::failure(Field::CuQuota, tr("For %1, the CU quota must be from %2 to %3 CUs.")
                                               .arg(ProductSpec::billingName(billing), Format::number(range.min), Format::number(range.max)));
}

Status WorkspaceRules::validateDuration(const QString &billing, int months)
{
    if (billing != ProductSpec::Subscription || ProductSpec::durationMonths().contains(months))
        return {};
    return Status::failure(Field::Duration, tr("Choose a subscription duration of 1 to 9 months, or 1, 2 or 3 years."));
}

Status WorkspaceRules::checkPrerequisites(const QString &region, const AccountDirectory &account)
{
    Status result;
    const Result<bool> verified = account.realNameVerified();
    if (!verified.ok())
        return verified;
    if (!verified.value())
        result.add(Field::General,
                   tr("Complete the real-name verification of your Alibaba Cloud account before you create a workspace."),
                   ErrorCode::PrerequisiteMissing);
    if (!ProductSpec::region(region))
        return result;
    const QString regionName = ProductSpec::regionName(region);
    const Result<bool> oss = account.ossActivated();
    const Result<bool> dlf = account.dlfActivated(region);
    const Result<QList<Bucket>> buckets = account.buckets(region);
    for (const Status *read : {static_cast<const Status *>(&oss), static_cast<const Status *>(&dlf),
                               static_cast<const Status *>(&buckets)})
        if (!read->ok())
            return *read;
    if (!oss.value())
        result.add(Field::Bucket,
                   tr("Object Storage Service (OSS) is not activated. Activate OSS and create a bucket in %1 first.")
                       .arg(regionName),
                   ErrorCode::PrerequisiteMissing);
    else if (buckets->isEmpty())
        result.add(Field::Bucket,
                   tr("There is no OSS bucket in %1. Create a bucket in this region in the OSS console, or choose "
                      "another region.")
                       .arg(regionName),
                   ErrorCode::PrerequisiteMissing);
    if (!dlf.value())
        result.add(Field::Catalog,
                   tr("Data Lake Formation (DLF) is not activated in %1. Activate DLF in this region, or choose "
                      "another region.")
                       .arg(regionName),
                   ErrorCode::PrerequisiteMissing);
    return result;
}

Status WorkspaceRules::validateBucketName(const QString &bucket)
{
    if (bucket.isEmpty())
        return Status::failure(Field::Bucket, tr("Choose an OSS bucket."));
    bool ok = bucket.size() >= 3 && bucket.size() <= 63;
    for (const QChar ch : bucket) {
        const uint c = ch.unicode();
        ok = ok && ((c >= 'a' && c <= 'z') || isAsciiDigit(c) || c == '-');
    }
    ok = ok && bucket.front() != QLatin1Char('-') && bucket.back() != QLatin1Char('-');
    if (ok)
        return {};
    return Status::failure(Field::Bucket, tr("A bucket name must be 3 to 63 characters long, contain only lowercase "
                                             "letters, digits and hyphens (-), and start and end with a letter or digit."));
}

Status WorkspaceRules::validatePath(const QString &path)
{
    QString p = path;
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p.isEmpty())
        return {};
    for (const QChar ch : p)
        if (ch.category() == QChar::Other_Control)
            return Status::failure(Field::Path, tr("The path cannot contain control characters such as line breaks."));
    const QStringList segments = p.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return Status::failure(Field::Path, tr("The path cannot start with a slash (/) or contain two slashes in a "
                                                   "row (//): every folder needs a name."));
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return Status::failure(Field::Path, tr("The path cannot contain \".\" or \"..\" as a folder name."));
    }
    const qsizetype bytes = p.toUtf8().size();
    if (bytes > ProductSpec::OssPathMaxBytes)
        return Status::failure(Field::Path, tr("The path can be at most %1 bytes long in UTF-8; it has %2.")
                                                .arg(Format::number(ProductSpec::OssPathMaxBytes), Format::number(int(bytes))));
    return {};
}

Status WorkspaceRules::validateDirectory(const QString &region, const QString &bucket, const QString &path,
                                         const AccountDirectory &account)
{
    Status result = validateBucketName(bucket);
    if (result.ok()) {
        const Result<std::optional<Bucket>> read = account.bucket(bucket);
        const std::optional<Bucket> b = read.ok() ? read.value() : std::nullopt;
        if (!read.ok())
            result.append(read);
        else if (!b)
            result.add(Field::Bucket, tr("The bucket %1 does not exist in this account.").arg(bucket));
        else if (b->region != region)
            result.add(Field::Bucket, tr("The bucket %1 is in %2, not in %3. Choose a bucket of the workspace's region.")
                                          .arg(bucket, ProductSpec::regionName(b->region), ProductSpec::regionName(region)));
    }
    result.append(validatePath(path));
    return result;
}

QString WorkspaceRules::directory(const QString &bucket, const QString &path)
{
    QString p = path;
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    QString result = QStringLiteral("oss://") + bucket + QLatin1Char('/');
    if (!p.isEmpty())
        result += p + QLatin1Char('/');
    return result;
}

QString WorkspaceRules::directoryWarning(const QString &bucket, const AccountDirectory &account)
{
    const Result<std::optional<Bucket>> read = account.bucket(bucket);
    // A failed read shows no warning here; validation reports it.
    const std::optional<Bucket> b = read.ok() ? read.value() : std::nullopt;
    if (!b || b->hdfsEnabled)
        return {};
    return tr("The HDFS service is not enabled for the bucket %1. To view quasi-real-time incremental logs during "
              "O&M, we recommend that you use a bucket for which the HDFS service is enabled.")
        .arg(bucket);
}

QString WorkspaceRules::catalogIdRuleMessage()
{
    return tr("The catalog ID must be 2 to 256 characters long, start with a letter, and contain only letters, digits "
              "and underscores (_).");
}

Status WorkspaceRules::validateCatalogId(const QString &catalogId)
{
    bool ok = catalogId.size() >= ProductSpec::CatalogIdMinLength && catalogId.size() <= ProductSpec::CatalogIdMaxLength
        && isAsciiLetter(catalogId.front().unicode());
    for (const QChar ch : catalogId) {
        const uint c = ch.unicode();
        ok = ok && (isAsciiLetter(c) || isAsciiDigit(c) || c == '_');
    }
    if (ok)
        return {};
    return Status::failure(Field::CatalogId, catalogIdRuleMessage());
}

Status WorkspaceRules::validateCatalog(const QString &region, const QString &catalogId, const AccountDirectory &account)
{
    if (catalogId.isEmpty())
        return Status::failure(Field::Catalog, tr("Choose a DLF data catalog, or click Create Catalog to create one."));
    const Result<QList<DlfCatalog>> catalogs = account.catalogs(region);
    if (!catalogs.ok())
        return catalogs;
    for (const DlfCatalog &c : catalogs.value())
        if (c.catalogId == catalogId)
            return {};
    return Status::failure(Field::Catalog, tr("The data catalog %1 does not exist in %2.")
                                               .arg(catalogId, ProductSpec::regionName(region)));
}

Status WorkspaceRules::validateExecutionRole(const QString &role, const AccountDirectory &account)
{
    if (role.isEmpty())
        return Status::failure(Field::ExecutionRole, tr("Choose an execution role."));
    const Result<QList<RamRole>> roles = account.executionRoles();
    if (!roles.ok())
        return roles;
    for (const RamRole &r : roles.value())
        if (r.name == role)
            return {};
    return Status::failure(Field::ExecutionRole,
                           tr("%1 is not a RAM role of this account that %2 can assume. Choose another role.")
                               .arg(role, ProductSpec::SparkServicePrincipal));
}

Status WorkspaceRules::validate(const WorkspaceSpec &spec, const AccountDirectory &account)
{
    Status result;
    const Status region = validateRegion(spec.region);
    result.append(region);
    const Status billing = validateBilling(spec.billing);
    result.append(billing);
    result.append(validateName(spec.name));
    if (billing.ok()) {
        result.append(validateCuQuota(spec.billing, spec.cuQuota));
        result.append(validateDuration(spec.billing, spec.durationMonths));
    }
    const Status prerequisites = region.ok() ? checkPrerequisites(spec.region, account) : Status();
    result.append(prerequisites);
    // A missing prerequisite already explains the field; a second error there would only repeat it.
    if (region.ok() && !prerequisites.hasField(Field::Bucket))
        result.append(validateDirectory(spec.region, spec.bucket, spec.path, account));
    else
        result.append(validatePath(spec.path));
    if (region.ok() && !prerequisites.hasField(Field::Catalog))
        result.append(validateCatalog(spec.region, spec.catalogId, account));
    result.append(validateExecutionRole(spec.executionRole, account));
    result.append(TagRules::validate(spec.tags));
    // When the account could not be read, the field errors above may be wrong: say only that.
    for (const FieldError &e : result.errors())
        if (e.code == ErrorCode::Storage)
            return Status::failure(e.field, e.message, e.code);
    return result;
}
