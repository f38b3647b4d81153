#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// The closed sets of the domain. Their stored text lives in one place, models/DomainText.h; the
// numeric values are never stored.
enum class BillingMethod { Subscription, PayAsYouGo };
enum class WorkspaceStatus { Starting, Running };
// Success and Failed are also the two outcomes a run is given when submitted.
enum class RunState { Submitted, Pending, Running, Success, Failed, Cancelling, Cancelled };
enum class Role { Owner, DataEngineering, DataScience, Guest }; // Owner = workspace administrator
// Release: an expired subscription whose grace period ended was released (amount 0, issue 10).
enum class OrderType { New, Upgrade, Downgrade, Refund, Renewal, Release };

struct Tag
{
    QString key;
    QString value;
    bool operator==(const Tag &o) const { return key == o.key && value == o.value; }
};
using TagList = QList<Tag>;

struct Workspace
{
    QString id;            // w- + 16 hex
    QString name;
    QString region;
    QString billing;       // ProductSpec::Subscription / PayAsYouGo
    int cuQuota = 0;
    QString directory;     // oss://bucket/path/
    QString catalogId;     // default DLF catalog
    QString executionRole;
    QString status;        // ProductSpec::StatusStarting / StatusRunning
    qint64 readyAtMs = 0;  // when Starting turns Running
    qint64 createdAtMs = 0;
    QString createdBy;
    int durationMonths = 0; // subscription only
    bool autoRenew = false;
    int autoRenewMonths = 1;   // the auto-renew period: 1, 2, 3, 6 or 12 months
    qint64 subscribedAtMs = 0; // start of the current subscription period
    qint64 expiresAtMs = 0;    // subscription only
    TagList tags;
};

struct Bucket
{
    QString name;
    QString region;
    bool hdfsEnabled = false;
};

struct DlfCatalog
{
    QString catalogId;
    QString region;
};

struct RamRole
{
    QString name;
    QString trustedService;
};

struct Job
{
    qint64 id = 0;
    QString workspaceId;
    QString name;
    QString codeType;  // SQL / PYTHON / JAR
    QString script;
};

struct JobRun
{
    QString id;        // jr- + 16 hex
    qint64 jobId = 0;
    QString jobName;
    QString codeType;
    QString workspaceId;
    QString queue;
    int cu = 0;
    QString state;
    QString outcome;   // Success or Failed: how the run ends when its duration elapses
    qint64 durationMs = 0;
    qint64 submittedAtMs = 0;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;
    qint64 stateChangedAtMs = 0;
    // Pending runs listed by JobService::runs(): why the run has not started (translated).
    QString waitingFor;
};

struct Order
{
    QString id;        // o- + digits
    QString workspaceId;
    QString workspaceName;
    QString type;      // ProductSpec::Order*
    int cuBefore = 0;
    int cuAfter = 0;
    qint64 amountCents = 0; // positive: paid; negative: refunded
    qint64 createdAtMs = 0;

    // An order about a workspace, as every service records one (id given by BillingService;
    // a zero time means "now" there).
    static Order about(const QString &workspaceId, const QString &workspaceName, const QString &type, int cuBefore,
                       int cuAfter, qint64 amountCents, qint64 createdAtMs = 0)
    {
        Order o;
        o.workspaceId = workspaceId;
        o.workspaceName = workspaceName;
        o.type = type;
        o.cuBefore = cuBefore;
        o.cuAfter = cuAfter;
        o.amountCents = amountCents;
        o.createdAtMs = createdAtMs;
        return o;
    }
};

struct Member
{
    QString workspaceId;
    QString principal;
    QString role;
};

struct Queue
{
    QString workspaceId;
    QString name;
    int cu = 0;
};

Q_DECLARE_METATYPE(Workspace)
