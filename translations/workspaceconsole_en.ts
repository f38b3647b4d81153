<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDirectory</name>
    <message>
        <source>Account owner (UID %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RAM user %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionsColumnDelegate</name>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Workspace Console database (it is not an SQLite file). The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written. Check its permissions. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is locked by another program. Close it and try again. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Workspace Console database (%2). The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of Workspace Console (schema %2; this version understands up to %3). Update the app. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Workspace Console database. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Workspace Console. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy (another Workspace Console may be saving). Try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Workspace Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Workspace Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manage EMR Serverless Spark workspaces offline: create, delete, quotas, tags, members and roles.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace Console — EMR Serverless Spark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Billing History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Workspace Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Signed in as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing history arrives in the next version.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>the %1 policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the administrator role in EMR Serverless Spark Access Control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RAM user %1 cannot create workspaces. Missing: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RAM user %1 cannot change workspaces: this needs the %2 policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RAM user %1 has no EMR Serverless Spark policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 role can submit jobs to %2 only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 role is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 role cannot stop jobs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a workspace administrator can do this; your role is %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductSpec</name>
    <message>
        <source>China (Beijing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>China (Hangzhou)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>China (Shenzhen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Japan (Tokyo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indonesia (Jakarta)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Germany (Frankfurt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US (Virginia)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US (Silicon Valley)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data Development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data Analytics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsubscribe refund</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SparkPage</name>
    <message>
        <source>Spark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions for the selected workspace (the same as the row's context menu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace name or ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key or key:value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade Subscription Quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade Subscription Quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modify Pay-as-you-go Quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a workspace first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only subscription workspaces have a subscription quota.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only pay-as-you-go workspaces have a pay-as-you-go quota.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a workspace in this account</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n workspace(s) shown</source>
        <translation>
            <numerusform>%1 of %n workspace shown</numerusform>
            <numerusform>%1 of %n workspaces shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspaces yet. Click Create Workspace to create the first one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No workspaces match the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating workspaces arrives in the next version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting workspaces arrives in the next version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quota changes arrive in the next version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing tags arrives in the next version.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Loading… %1 of %n workspace(s) read</source>
        <translation><numerusform>Loading… %1 of %n workspace read</numerusform><numerusform>Loading… %1 of %n workspaces read</numerusform></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>%1 of %2 tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag Key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag Value: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag Value (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagRules</name>
    <message>
        <source>Enter a tag key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag key cannot start with "aliyun" or "acs:".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag key cannot contain "http://" or "https://".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag value cannot start with "aliyun" or "acs:".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag value cannot contain "http://" or "https://".</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>A workspace can have at most %1 tags; remove %n.</source>
        <translation>
            <numerusform>A workspace can have at most %1 tags; remove %n.</numerusform>
            <numerusform>A workspace can have at most %1 tags; remove %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag key "%1" is used twice; keys must be unique.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceDetailWindow</name>
    <message>
        <source>%1 — Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID: %1 · Region: %2 · Billing Method: %3 · CU Quota: %4 · Status: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This workspace no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data Catalogs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <source>The start-up delay cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A workspace named "%1" already exists in this account. Enter a different name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceTableModel</name>
    <message>
        <source>%1, ID %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsubscribe  More</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete  More</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click for this workspace's actions (also: Menu key or Shift+F10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace Name / ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CU Quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open or create the database at &lt;path&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace Console: manage EMR Serverless Spark workspaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1". Available: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare the database</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>