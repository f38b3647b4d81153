<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDirectory</name>
    <message>
        <source>Account owner (UID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the account settings: the account record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the RAM users of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a RAM user of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the OSS buckets of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the DLF data catalogs of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the RAM roles of the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsColumnDelegate</name>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCatalogDialog</name>
    <message>
        <source>Add Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing DLF data catalogs of %1 that this workspace does not use yet. A workspace can use only data catalogs of its own region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other DLF data catalog in %1. Create one first; a workspace can use only data catalogs of its own region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a DLF data catalog in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more RAM users of this account and the role they get in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every RAM user of this account is already a member of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RAM users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to select or clear a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoRenewDialog</name>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each renewal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is billed pay-as-you-go and has no subscription to renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, recorded as a Renewal order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No renewal: the subscription expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingHistoryDialog</name>
    <message>
        <source>Billing History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order columns (click to sort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date: no order can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) shown</source>
        <translation>
            <numerusform>%1 of %n order shown</numerusform>
            <numerusform>%1 of %n orders shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; paid %2, refunded %3, net %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is shown, so there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the orders shown as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Billing History as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every purchase, quota change, renewal and refund of this account. Amounts in USD; refunds are negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingService</name>
    <message>
        <source>Could not read the billing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what was paid for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the subscriptions due for renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read which subscriptions expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>%1 already has a data catalog with the ID %2. Enter a different catalog ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM user %1 cannot create DLF data catalogs: this needs the %2 policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Lake Formation (DLF) is not activated in %1. Activate DLF in this region, or choose another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the DLF data catalogs of the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertToSubscriptionDialog</name>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-as-you-go quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues after the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a subscription workspace already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription has %1 to %2 CUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the CU quota is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert %1 to a subscription of %2 CUs for %3? %4 is charged now. The workspace keeps its ID, jobs and members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCatalogDialog</name>
    <message>
        <source>Create Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: sales_catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DLF for Metadata Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Subscription and Pay-as-you-go billing methods are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: spark/logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HDFS enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of workspaces within the same Alibaba Cloud account must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity cannot create workspaces; see the message at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create the workspace, complete or correct: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the message at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region where your data resides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region where the data center is located. You cannot change the region after the workspace is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 9 months, or 1, 2 or 3 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Auto-renew extends the subscription by %n month(s) at a time when it expires.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3 CUs, %4 by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of compute units (CUs) that can be concurrently used to process jobs in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OSS path that stores data files, such as job logs, running events and resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To view quasi-real-time incremental logs during O&amp;M, we recommend that you use a bucket for which the HDFS service is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a data catalog, or click Create Catalog to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data catalog stores and manages the workspace&apos;s metadata. After you create a workspace, you can add an existing DLF data catalog to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default role is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role that EMR Serverless Spark uses to run jobs. Jobs use this role to access your resources in other cloud products, such as OSS and DLF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can attach a maximum of %1 tags to each workspace and change them later on the workspace list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags identify cloud resources so that you can classify, search for and aggregate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a subscription of %1 CUs for %2 (%3) for workspace %4? %5 is charged now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuEdit</name>
    <message>
        <source>Enter a number of CUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number. Enter a number of CUs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCatalogsTab</name>
    <message>
        <source>You can view the data catalogs but not change them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a data catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an existing DLF data catalog of this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using %1 in this workspace (the catalog itself is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the data catalog %1 to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data catalog %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace no longer uses the data catalog %1; the catalog itself is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DLF data catalog chosen when the workspace was created is its default. A workspace administrator can add other existing data catalogs of %1 and remove added ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Workspace Console database (it is not an SQLite file). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written. Check its permissions. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it and try again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Workspace Console database (%2). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Workspace Console (schema %2; this version understands up to %3). Update the app. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Workspace Console. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (another Workspace Console may be saving). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Workspace Console database that is damaged or was changed by another program (%2). Restore it from a backup or choose another file. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an unfinished change of a program that stopped while writing it (%2). Open it with that program first, or restore a backup. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved. Try again; if this keeps happening, check the disk and the database file. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try again; if this keeps happening, check the disk and the database file. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database ended the operation early (a read or write failed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteWorkspaceDialog</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to unsubscribe from this workspace&apos;s subscription and delete the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to delete this workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you delete a workspace, make sure that no jobs are running in it. If a job is running, the workspace cannot be deleted until you stop the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After the workspace is deleted, its resources, including %n job(s) with their runs, members, queues and tags, are released and cannot be restored. Back up the job scripts first to prevent data loss.</source>
        <translation>
            <numerusform>After the workspace is deleted, its resources, including %n job with its runs, members, queues and tags, are released and cannot be restored. Back up the job scripts first to prevent data loss.</numerusform>
            <numerusform>After the workspace is deleted, its resources, including %n jobs with their runs, members, queues and tags, are released and cannot be restored. Back up the job scripts first to prevent data loss.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data associated with the workspace, such as logs on OSS or HDFS in %1, is not deleted. The DLF catalog %2 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribing ends the subscription order and refunds the unused part; the workspace is deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog and open the workspace&apos;s Jobs tab to stop the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Job Scripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Job Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every job&apos;s script and a manifest to a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter the workspace name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workspace name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workspace name exactly as shown to enable this button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed from workspace %1 and deleted it. Refund: %2 (order %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 was deleted. Its OSS directory and DLF catalog were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder for the Job Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n job script file(s) and a manifest (%2) to %1.</source>
        <translation>
            <numerusform>Wrote %n job script file and a manifest (%2) to %1.</numerusform>
            <numerusform>Wrote %n job script files and a manifest (%2) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %Ln CU(s)): %3</source>
        <translation>
            <numerusform>%1 (%2, %Ln CU): %3</numerusform>
            <numerusform>%1 (%2, %Ln CUs): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionService</name>
    <message>
        <source>%1 (%2, run %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A job is running in workspace %1, so it cannot be unsubscribed. Stop the %n active job run(s) first: %2.</source>
        <translation>
            <numerusform>A job is running in workspace %1, so it cannot be unsubscribed. Stop the %n active job run first: %2.</numerusform>
            <numerusform>A job is running in workspace %1, so it cannot be unsubscribed. Stop the %n active job runs first: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A job is running in workspace %1, so it cannot be deleted. Stop the %n active job run(s) first: %2.</source>
        <translation>
            <numerusform>A job is running in workspace %1, so it cannot be deleted. Stop the %n active job run first: %2.</numerusform>
            <numerusform>A job is running in workspace %1, so it cannot be deleted. Stop the %n active job runs first: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a subscription workspace: unsubscribe from its order to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pay-as-you-go workspace: it has no subscription to unsubscribe from. Delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you entered does not match. Enter the workspace name %1 exactly as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what the workspace contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund is not the one of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Could not fill the new database with the sample account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of %1 (%2). At most %3 tags; keys must be unique and may not start with &quot;aliyun&quot; or &quot;acs:&quot; nor contain &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 CU</source>
        <comment>one compute unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CUs</source>
        <comment>a number of compute units, e.g. 1,200 CUs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a local date and time, then its UTC offset</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpTip</name>
    <message>
        <source>More about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunTableModel</name>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n day %1</numerusform>
            <numerusform>%n days %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobService</name>
    <message>
        <source>Enter a job name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job name can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job name cannot contain line breaks or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the job&apos;s script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run can use 1 to %1 CUs (the workspace&apos;s CU quota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a queue of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the run ends: %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The simulated duration must be between 1 second and %n day(s).</source>
        <translation>
            <numerusform>The simulated duration must be between 1 second and %n day.</numerusform>
            <numerusform>The simulated duration must be between 1 second and %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; already exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is still starting. Run the job when its status is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job run no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of %1 is already being stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of %1 has already ended (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a cap of %2 CUs, so a run on it can use at most %2 CUs. Choose fewer CUs, another queue, or give %1 more CUs on the Queues tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in %2: cap %3, in use %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in %2: cap %3, in use %4. It starts only when %2 gets at least %1 CUs; stop it or give the queue more CUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in the workspace: CU quota %2, in use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in the workspace: CU quota %2, in use %3. It starts only when the quota is at least %1 CUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in %2: cap %3, in use %4; an earlier run of %2 starts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in the workspace: CU quota %2, in use %3; an earlier run starts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the jobs of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the job runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the queues of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <source>Run Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job run columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active run(s)</source>
        <translation>
            <numerusform>%n active run</numerusform>
            <numerusform>%n active runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit a job run to this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an active job run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is already being stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected job run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted a run of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the run of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active runs: hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active runs: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run of %1 (%2 CUs on %3)? It is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Job Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pay-as-you-go workspaces can be converted to a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only subscription workspaces can be renewed; convert it to a subscription first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renewed; %2 paid (order %3). It now expires on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now renews automatically by %2 when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew of %1 is off; it expires on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a subscription of %2 CUs; %3 paid (order %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>Choose a renewal duration of 1 to 9 months or 1 to 3 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an auto-renew period of 1, 2, 3, 6 or 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is billed pay-as-you-go and has no subscription; convert it to a subscription first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grace period of %1 ended on %2; it is being released and can no longer be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This price is not for a renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription of %1 has expired; renew it first, then turn auto-renew on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a subscription workspace already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a duration of 1 to 9 months or 1 to 3 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This price is not for a conversion to a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read which subscriptions are due for release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Workspace Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Workspace Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manage EMR Serverless Spark workspaces offline: create, delete, quotas, tags, members and roles.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Console — EMR Serverless Spark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Workspace Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Choose a role for the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Alibaba Cloud account owner is always a workspace administrator and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Alibaba Cloud account owner is always a workspace administrator; the role cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last workspace administrator and cannot be removed. Make another member an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last workspace administrator and cannot be given another role. Make another member an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one RAM user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a RAM user of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of this workspace (role: %2). Use Change Role to change the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the members of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the RAM users of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Account owner (UID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>You can view the members but not change them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add RAM users of this account as members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;%1&lt;/b&gt; from this workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses access to this workspace&apos;s jobs, queues and data catalogs. The RAM user itself is not deleted and can be added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of this workspace and their roles. A workspace administrator can add RAM users of this account and change or remove their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderCsv</name>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid CSV at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>—</source>
        <comment>no CU quota</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Workspace Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DLF Data Catalogs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the workspace directory to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order columns (click to sort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On, every %n month(s)</source>
        <translation>
            <numerusform>On, every %n month</numerusform>
            <numerusform>On, every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tags now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of %1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-renew Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vert to Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (expired less than a day ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None (expired %n day(s) ago)</source>
        <translation>
            <numerusform>None (expired %n day ago)</numerusform>
            <numerusform>None (expired %n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend the subscription of %1 and see the price first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn auto-renew of %1 on or off and choose its period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a subscription, keeping its ID, jobs and members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayAsYouGoQuotaDialog</name>
    <message>
        <source>Modify Pay-as-you-go Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current maximum quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use by running jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum Pay-as-you-go Quota (CUs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum Pay-as-you-go Quota (CUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number from %1 to %2, not below what running jobs use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues after the change:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>the %1 policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator role in EMR Serverless Spark Access Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM user %1 cannot create workspaces. Missing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM user %1 cannot change workspaces: this needs the %2 policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM user %1 has no EMR Serverless Spark policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 role can submit jobs to %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 role is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 role cannot stop jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a workspace administrator can do this; your role is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the workspace, including its queues, data catalogs and members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views the workspace; creates, edits, runs and stops jobs on any queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views the workspace; submits jobs to %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views the workspace only (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 role cannot change an existing job&apos;s code type or script. Run the job unchanged, or under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricePreview</name>
    <message>
        <source>Amount due now: %1 (%2 CUs × %3 per CU per month × %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 per CU-hour. At the full quota of %2 CUs: %3 per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due now: shown once the CU quota is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: shown once the CU quota is valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductSpec</name>
    <message>
        <source>China (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Shenzhen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan (Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia (Jakarta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US (Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US (Silicon Valley)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseConfirm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>Add Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Queue CUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the workspace&apos;s %2 CUs are free for this queue. The queues together cannot have more CUs than the workspace&apos;s CU quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>%1 cannot be removed: every workspace has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: every workspace has it, and Data Analytics members submit their jobs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a queue name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue name must be 1 to %1 characters long and can contain only letters, digits and underscores (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue&apos;s CUs cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues together cannot have more CUs than the workspace&apos;s CU quota (%1). At most %2 CUs are free for this queue; lower another queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue named %1 already exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The queue %1 has %n active job run(s) (%2). Stop them first.</source>
        <translation>
            <numerusform>The queue %1 has %n active job run (%2). Stop it first.</numerusform>
            <numerusform>The queue %1 has %n active job runs (%2). Stop them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the queues of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the job runs of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running jobs of %1 use %2 CUs right now. Give the queue at least %2 CUs, or stop jobs first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesTab</name>
    <message>
        <source>Resource queues of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU quota: %1 · Allocated to queues: %2 · Free: %3. The queues together cannot have more CUs than the workspace&apos;s CU quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can view the queues but not change them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a resource queue to this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the CUs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the queue &lt;b&gt;%1&lt;/b&gt; from this workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its CUs become free for the other queues. Jobs can no longer be submitted to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the queue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added the queue %1 with %Ln CU(s).</source>
        <translation>
            <numerusform>Added the queue %1 with %Ln CU.</numerusform>
            <numerusform>Added the queue %1 with %Ln CUs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The queue %1 now has %Ln CU(s).</source>
        <translation>
            <numerusform>The queue %1 now has %Ln CU.</numerusform>
            <numerusform>The queue %1 now has %Ln CUs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message>
        <source>%1 is billed pay-as-you-go; only subscription workspaces have a subscription quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription of %1 expired on %2. An expired subscription cannot be upgraded or downgraded; renew it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the largest subscription quota, %2 CUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the smallest subscription quota, %2 CUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade needs a CU quota above the current %1 CUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade needs a CU quota below the current %1 CUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a subscription workspace; change its quota with Upgrade or Downgrade Subscription Quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CU quota of %1 was changed to %2 CUs elsewhere after this page opened. Check the new price difference, then buy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the queues of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 CUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues cannot shrink to %1 CUs: running jobs hold %2 (no queue can go below what its running jobs hold). Choose more CUs, or stop jobs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 CUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This price is not for a subscription quota change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running jobs use %Ln CU(s) of this workspace right now, more than the new quota allows (%1). Choose at least %Ln CU(s), or stop jobs first.</source>
        <translation>
            <numerusform>Running jobs use %Ln CU of this workspace right now, more than the new quota allows (%1). Choose at least %Ln CU, or stop jobs first.</numerusform>
            <numerusform>Running jobs use %Ln CUs of this workspace right now, more than the new quota allows (%1). Choose at least %Ln CUs, or stop jobs first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>%1 to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nothing to pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This price is for another change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription period changed (it renewed or expired) after the price was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order was recorded for this workspace after the price was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the price was computed from changed after it was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The price is still %2. Nothing was charged; review it and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The refund changed from %2 to %3. Nothing was recorded; review the new refund and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The price changed from %2 to %3. Nothing was charged; review the new price and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price can be confirmed for %1 seconds after it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CU quota was changed to %1 CUs elsewhere after the price was shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active: %n day(s) left.</source>
        <translation>
            <numerusform>Active: %n day left.</numerusform>
            <numerusform>Active: %n days left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew %1 for %2? %3 is charged now, and the subscription then expires on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunJobDialog</name>
    <message>
        <source>Run Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is simulated: it waits for free CUs within the workspace&apos;s CU quota, runs for the duration you set and then ends as you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name, or an existing job to run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;Us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated &amp;duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptBackup</name>
    <message>
        <source>too many files with this name already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SparkPage</name>
    <message>
        <source>Spark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for the selected workspace (the same as the row&apos;s context menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key or key:value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Subscription Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade Subscription Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify Pay-as-you-go Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only subscription workspaces have a subscription quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pay-as-you-go workspaces have a pay-as-you-go quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace in this account</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing workspaces tagged %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 (%2) is being created; its status turns from Starting to Running in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upgraded from %2 to %3 CUs; %4 paid (order %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downgraded from %2 to %3 CUs; %4 refunded (order %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tags now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of %1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The maximum pay-as-you-go quota of %1 is now %Ln CU(s).</source>
        <translation>
            <numerusform>The maximum pay-as-you-go quota of %1 is now %Ln CU.</numerusform>
            <numerusform>The maximum pay-as-you-go quota of %1 is now %Ln CUs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) read; the rest could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renewed automatically until %2; %3 charged (order %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was released: its subscription expired and was not renewed within the grace period. Its orders stay in the billing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n workspace(s) read so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionQuotaDialog</name>
    <message>
        <source>None (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current CU quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining subscription time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use by running jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CU Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price Difference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade: %1 to %2 CUs (above the current %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade: %1 to %2 CUs (below the current %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Subscription Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade Subscription Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the CU quota is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 from %2 to %3 CUs? %4 is charged now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade %1 from %2 to %3 CUs? %4 is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downgrade, refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues after the change:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionState</name>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1. Renew restores it until it is released on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renews automatically in %n day(s) (%1).</source>
        <translation>
            <numerusform>Renews automatically in %n day (%1).</numerusform>
            <numerusform>Renews automatically in %n days (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s) (%1).</source>
        <translation>
            <numerusform>Expires in %n day (%1).</numerusform>
            <numerusform>Expires in %n days (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscription of %1 expired on %2, so it runs no new jobs. Renew it to run jobs again; its data and members are kept until it is released on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>%1 of %2 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Value (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Value %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagRules</name>
    <message>
        <source>Enter a tag key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag key cannot start with &quot;aliyun&quot; or &quot;acs:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag key cannot contain &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag value cannot start with &quot;aliyun&quot; or &quot;acs:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag value cannot contain &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A workspace can have at most %1 tags; remove %n.</source>
        <translation>
            <numerusform>A workspace can have at most %1 tags; remove %n.</numerusform>
            <numerusform>A workspace can have at most %1 tags; remove %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is used twice; keys must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagService</name>
    <message>
        <source>The workspace no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsColumnDelegate</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceAccess</name>
    <message>
        <source>This workspace no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your role in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCatalogService</name>
    <message>
        <source>%1 is the workspace&apos;s default data catalog (chosen at creation) and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data catalog %1 does not exist in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data catalog %1 is in %2. A workspace in %3 can use only data catalogs of its own region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data catalog %1 is already this workspace&apos;s default catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data catalog %1 has already been added to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data catalog %1 is not used by this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the data catalogs of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCatalogTableModel</name>
    <message>
        <source>Default (chosen at creation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceDetailWindow</name>
    <message>
        <source>%1 — Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1 · Region: %2 · Billing Method: %3 · CU Quota: %4 · Status: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceListLoader</name>
    <message>
        <source>Could not read the workspace list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceRules</name>
    <message>
        <source>The name must be 1 to 64 characters in length and can contain only Chinese characters, letters, digits, hyphens (-), and underscores (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the supported regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Subscription or Pay-as-you-go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1, the CU quota must be from %2 to %3 CUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subscription duration of 1 to 9 months, or 1, 2 or 3 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the real-name verification of your Alibaba Cloud account before you create a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object Storage Service (OSS) is not activated. Activate OSS and create a bucket in %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no OSS bucket in %1. Create a bucket in this region in the OSS console, or choose another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Lake Formation (DLF) is not activated in %1. Activate DLF in this region, or choose another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an OSS bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket name must be 3 to 63 characters long, contain only lowercase letters, digits and hyphens (-), and start and end with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain control characters such as line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot start with a slash (/) or contain two slashes in a row (//): every folder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain &quot;.&quot; or &quot;..&quot; as a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path can be at most %1 bytes long in UTF-8; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket %1 does not exist in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket %1 is in %2, not in %3. Choose a bucket of the workspace&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HDFS service is not enabled for the bucket %1. To view quasi-real-time incremental logs during O&amp;M, we recommend that you use a bucket for which the HDFS service is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog ID must be 2 to 256 characters long, start with a letter, and contain only letters, digits and underscores (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a DLF data catalog, or click Create Catalog to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data catalog %1 does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an execution role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a RAM role of this account that %2 can assume. Choose another role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <source>The start-up delay cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists in this account. Enter a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the status of starting workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workspace statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the start-up delay setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the name is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pay-as-you-go workspace is billed by use: there is nothing to pay now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceTab</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceTableModel</name>
    <message>
        <source>%1, ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe  More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete  More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for this workspace&apos;s actions (also: Menu key or Shift+F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Name / ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s): %1</source>
        <translation>
            <numerusform>%n tag: %1</numerusform>
            <numerusform>%n tags: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire (pay-as-you-go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>pay-as-you-go: no expiry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Expired; Renew restores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews in %n day(s)</source>
        <translation>
            <numerusform>Renews in %n day</numerusform>
            <numerusform>Renews in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open or create the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Console: manage EMR Serverless Spark workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
