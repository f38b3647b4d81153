<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDirectory</name>
    <message>
        <source>Account owner (UID %1)</source>
        <translation>主账号（UID %1）</translation>
    </message>
    <message>
        <source>RAM user %1</source>
        <translation>RAM 用户 %1</translation>
    </message>
    <message>
        <source>Could not read the account settings.</source>
        <translation>无法读取账号设置。</translation>
    </message>
    <message>
        <source>Could not read the account settings: the account record is missing.</source>
        <translation>无法读取账号设置：账号记录缺失。</translation>
    </message>
    <message>
        <source>Could not read the RAM users of the account.</source>
        <translation>无法读取账号的 RAM 用户。</translation>
    </message>
    <message>
        <source>Could not read the permissions of %1.</source>
        <translation>无法读取 %1 的权限。</translation>
    </message>
    <message>
        <source>%1 is not a RAM user of this account.</source>
        <translation>%1 不是此账号的 RAM 用户。</translation>
    </message>
    <message>
        <source>Could not read the OSS buckets of the account.</source>
        <translation>无法读取账号的 OSS Bucket。</translation>
    </message>
    <message>
        <source>Could not read the DLF data catalogs of the account.</source>
        <translation>无法读取账号的 DLF 数据目录。</translation>
    </message>
    <message>
        <source>Could not read the RAM roles of the account.</source>
        <translation>无法读取账号的 RAM 角色。</translation>
    </message>
</context>
<context>
    <name>ActionsColumnDelegate</name>
    <message>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
<context>
    <name>AddCatalogDialog</name>
    <message>
        <source>Add Catalog</source>
        <translation>添加数据目录</translation>
    </message>
    <message>
        <source>Existing DLF data catalogs of %1 that this workspace does not use yet. A workspace can use only data catalogs of its own region.</source>
        <translation>%1 中此工作空间尚未使用的已有 DLF 数据目录。工作空间只能使用其所在地域的数据目录。</translation>
    </message>
    <message>
        <source>There is no other DLF data catalog in %1. Create one first; a workspace can use only data catalogs of its own region.</source>
        <translation>%1 中没有其他 DLF 数据目录。请先创建一个；工作空间只能使用其所在地域的数据目录。</translation>
    </message>
    <message>
        <source>&amp;Data catalog:</source>
        <translation>数据目录(&amp;D)：</translation>
    </message>
    <message>
        <source>Data catalog</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Create Catalog…</source>
        <translation>创建数据目录…</translation>
    </message>
    <message>
        <source>Create Catalog</source>
        <translation>创建数据目录</translation>
    </message>
    <message>
        <source>Create a DLF data catalog in %1</source>
        <translation>在%1创建 DLF 数据目录</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Choose one or more RAM users of this account and the role they get in this workspace.</source>
        <translation>选择此账号下的一个或多个 RAM 用户，以及他们在此工作空间中的角色。</translation>
    </message>
    <message>
        <source>Every RAM user of this account is already a member of this workspace.</source>
        <translation>此账号下的所有 RAM 用户都已是此工作空间的成员。</translation>
    </message>
    <message>
        <source>&amp;RAM users:</source>
        <translation>RAM 用户(&amp;R)：</translation>
    </message>
    <message>
        <source>RAM users</source>
        <translation>RAM 用户</translation>
    </message>
    <message>
        <source>Press Space to select or clear a user.</source>
        <translation>按空格键选中或取消选中用户。</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>AutoRenewDialog</name>
    <message>
        <source>Workspace:</source>
        <translation>工作空间：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>到期时间：</translation>
    </message>
    <message>
        <source>Renewal period:</source>
        <translation>续费周期：</translation>
    </message>
    <message>
        <source>Each renewal:</source>
        <translation>每次续费：</translation>
    </message>
    <message>
        <source>%1 is billed pay-as-you-go and has no subscription to renew.</source>
        <translation>%1 为按量付费，没有可续费的包年包月订阅。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 for %2, recorded as a Renewal order</source>
        <translation>%2 %1，记为续费订单</translation>
    </message>
    <message>
        <source>No renewal: the subscription expires</source>
        <translation>不续费：订阅到期后过期</translation>
    </message>
    <message>
        <source>Auto-renew Settings</source>
        <translation>自动续费设置</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>BillingHistoryDialog</name>
    <message>
        <source>Billing History</source>
        <translation>账单记录</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order columns (click to sort)</source>
        <translation>订单列（单击可排序）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>全部工作空间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>The end date is before the start date: no order can be shown.</source>
        <translation>结束日期早于开始日期：没有可显示的订单。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) shown</source>
        <translation>
            <numerusform>显示 %n 个订单中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; paid %2, refunded %3, net %4.</source>
        <translation>%1；支付 %2，退款 %3，净额 %4。</translation>
    </message>
    <message>
        <source>No order is shown, so there is nothing to export.</source>
        <translation>当前没有显示任何订单，因此没有可导出的内容。</translation>
    </message>
    <message>
        <source>Save the orders shown as a CSV file for a spreadsheet</source>
        <translation>将显示的订单保存为可用电子表格打开的 CSV 文件</translation>
    </message>
    <message>
        <source>Export Billing History as CSV</source>
        <translation>将账单记录导出为 CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个订单导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every purchase, quota change, renewal and refund of this account. Amounts in USD; refunds are negative.</source>
        <translation>此账号的所有购买、配额变更、续费和退款记录。金额单位为美元；退款金额为负数。</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>工作空间(&amp;W)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>结束日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>BillingService</name>
    <message>
        <source>Could not read the billing history.</source>
        <translation>无法读取账单历史。</translation>
    </message>
    <message>
        <source>Could not read what was paid for the workspace.</source>
        <translation>无法读取该工作空间的已付金额。</translation>
    </message>
    <message>
        <source>Could not read the subscriptions due for renewal.</source>
        <translation>无法读取待续费的包年包月工作空间。</translation>
    </message>
    <message>
        <source>Could not read which subscriptions expired.</source>
        <translation>无法读取已到期的包年包月订阅。</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>%1 already has a data catalog with the ID %2. Enter a different catalog ID.</source>
        <translation>%1 中已存在 ID 为 %2 的数据目录。请输入其他数据目录 ID。</translation>
    </message>
    <message>
        <source>RAM user %1 cannot create DLF data catalogs: this needs the %2 policy.</source>
        <translation>RAM 用户 %1 无法创建 DLF 数据目录：需要 %2 权限策略。</translation>
    </message>
    <message>
        <source>Data Lake Formation (DLF) is not activated in %1. Activate DLF in this region, or choose another region.</source>
        <translation>%1 未开通数据湖构建（DLF）。请在该地域开通 DLF，或选择其他地域。</translation>
    </message>
    <message>
        <source>Could not read the DLF data catalogs of the account.</source>
        <translation>无法读取账号的 DLF 数据目录。</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>ConvertToSubscriptionDialog</name>
    <message>
        <source>Workspace:</source>
        <translation>工作空间：</translation>
    </message>
    <message>
        <source>Pay-as-you-go quota:</source>
        <translation>按量付费配额：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>购买时长：</translation>
    </message>
    <message>
        <source>CU Quota:</source>
        <translation>CU 配额：</translation>
    </message>
    <message>
        <source>Renewal period:</source>
        <translation>续费周期：</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>Queues after the change:</source>
        <translation>变更后的队列：</translation>
    </message>
    <message>
        <source>%1 is a subscription workspace already.</source>
        <translation>%1 已是包年包月工作空间。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A subscription has %1 to %2 CUs.</source>
        <translation>包年包月的配额为 %1 到 %2 CU。</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Shown once the CU quota is valid</source>
        <translation>CU 配额有效后显示</translation>
    </message>
    <message>
        <source>Convert to Subscription</source>
        <translation>转包年包月</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>&amp;Buy Now</source>
        <translation>立即购买(&amp;B)</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>立即购买</translation>
    </message>
    <message>
        <source>Confirm Conversion</source>
        <translation>确认转包年包月</translation>
    </message>
    <message>
        <source>Convert %1 to a subscription of %2 CUs for %3? %4 is charged now. The workspace keeps its ID, jobs and members.</source>
        <translation>将 %1 转为 %2 CU、时长 %3 的包年包月？现在扣费 %4。工作空间保留其 ID、作业和成员。</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>支付 %1(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CreateCatalogDialog</name>
    <message>
        <source>Create Catalog</source>
        <translation>创建数据目录</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation>数据目录 ID</translation>
    </message>
    <message>
        <source>For example: sales_catalog</source>
        <translation>例如：sales_catalog</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>Create Workspace</source>
        <translation>创建工作空间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Billing Method</source>
        <translation>付费类型</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>购买时长</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Workspace Name</source>
        <translation>工作空间名称</translation>
    </message>
    <message>
        <source>CU Quota</source>
        <translation>CU 配额</translation>
    </message>
    <message>
        <source>Workspace Directory</source>
        <translation>工作空间目录</translation>
    </message>
    <message>
        <source>Path (optional)</source>
        <translation>路径（可选）</translation>
    </message>
    <message>
        <source>DLF for Metadata Storage</source>
        <translation>元数据存储（DLF）</translation>
    </message>
    <message>
        <source>Create Catalog</source>
        <translation>创建数据目录</translation>
    </message>
    <message>
        <source>Execution Role</source>
        <translation>执行角色</translation>
    </message>
    <message>
        <source>Advanced Settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The Subscription and Pay-as-you-go billing methods are supported.</source>
        <translation>支持包年包月和按量付费两种付费类型。</translation>
    </message>
    <message>
        <source>For example: spark/logs</source>
        <translation>例如：spark/logs</translation>
    </message>
    <message>
        <source>%1 (HDFS enabled)</source>
        <translation>%1（已开通 HDFS）</translation>
    </message>
    <message>
        <source>The names of workspaces within the same Alibaba Cloud account must be unique.</source>
        <translation>同一阿里云账号下的工作空间名称必须唯一。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Your identity cannot create workspaces; see the message at the top.</source>
        <translation>您当前的身份无法创建工作空间；请查看顶部的提示信息。</translation>
    </message>
    <message>
        <source>To create the workspace, complete or correct: %1.</source>
        <translation>要创建工作空间，请填写或更正：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>See the message at the top.</source>
        <translation>请查看顶部的提示信息。</translation>
    </message>
    <message>
        <source>Choose the region where your data resides.</source>
        <translation>建议选择数据所在的地域。</translation>
    </message>
    <message>
        <source>The region where the data center is located. You cannot change the region after the workspace is created.</source>
        <translation>数据中心所在的地域。工作空间创建后，无法更改地域。</translation>
    </message>
    <message>
        <source>1 to 9 months, or 1, 2 or 3 years.</source>
        <translation>1 到 9 个月，或 1、2、3 年。</translation>
    </message>
    <message numerus="yes">
        <source>Auto-renew extends the subscription by %n month(s) at a time when it expires.</source>
        <translation>
            <numerusform>开启自动续费后，到期时每次自动续费 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3 CUs, %4 by default.</source>
        <translation>%1：%2 到 %3 CU，默认为 %4。</translation>
    </message>
    <message>
        <source>The maximum number of compute units (CUs) that can be concurrently used to process jobs in the workspace.</source>
        <translation>工作空间中可同时用于处理作业的计算单元（CU）的最大数量。</translation>
    </message>
    <message>
        <source>The OSS path that stores data files, such as job logs, running events and resources.</source>
        <translation>用于存储作业日志、运行事件和资源等数据文件的 OSS 路径。</translation>
    </message>
    <message>
        <source>To view quasi-real-time incremental logs during O&amp;M, we recommend that you use a bucket for which the HDFS service is enabled.</source>
        <translation>为便于在运维时查看准实时增量日志，建议您使用已开通 HDFS 服务的 Bucket。</translation>
    </message>
    <message>
        <source>Select a data catalog, or click Create Catalog to create one.</source>
        <translation>请选择数据目录，或单击“创建数据目录”新建一个。</translation>
    </message>
    <message>
        <source>The data catalog stores and manages the workspace&apos;s metadata. After you create a workspace, you can add an existing DLF data catalog to the workspace.</source>
        <translation>数据目录用于存储和管理工作空间的元数据。创建工作空间后，您可以向工作空间添加已有的 DLF 数据目录。</translation>
    </message>
    <message>
        <source>The default role is %1.</source>
        <translation>默认角色为 %1。</translation>
    </message>
    <message>
        <source>The role that EMR Serverless Spark uses to run jobs. Jobs use this role to access your resources in other cloud products, such as OSS and DLF.</source>
        <translation>EMR Serverless Spark 运行作业时使用的角色。作业通过该角色访问您在其他云产品（例如 OSS 和 DLF）中的资源。</translation>
    </message>
    <message>
        <source>You can attach a maximum of %1 tags to each workspace and change them later on the workspace list.</source>
        <translation>每个工作空间最多可绑定 %1 个标签，创建后可随时在工作空间列表中修改。</translation>
    </message>
    <message>
        <source>Tags identify cloud resources so that you can classify, search for and aggregate them.</source>
        <translation>标签用于标识云资源，便于您对云资源进行分类、搜索和聚合。</translation>
    </message>
    <message>
        <source>Confirm Purchase</source>
        <translation>确认购买</translation>
    </message>
    <message>
        <source>Buy a subscription of %1 CUs for %2 (%3) for workspace %4? %5 is charged now.</source>
        <translation>为工作空间 %4 购买 %1 CU 的包年包月（%2，%3）？将立即扣费 %5。</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>支付 %1(&amp;P)</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已收起</translation>
    </message>
</context>
<context>
    <name>CuEdit</name>
    <message>
        <source>Enter a number of CUs.</source>
        <translation>请输入 CU 数量。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number. Enter a number of CUs.</source>
        <translation>“%1”不是整数。请输入 CU 数量。</translation>
    </message>
</context>
<context>
    <name>DataCatalogsTab</name>
    <message>
        <source>You can view the data catalogs but not change them. %1</source>
        <translation>您可以查看数据目录，但无法修改。%1</translation>
    </message>
    <message>
        <source>Select a data catalog first.</source>
        <translation>请先选择一个数据目录。</translation>
    </message>
    <message>
        <source>Add an existing DLF data catalog of this region</source>
        <translation>添加此地域中已有的 DLF 数据目录</translation>
    </message>
    <message>
        <source>Stop using %1 in this workspace (the catalog itself is kept)</source>
        <translation>在此工作空间中停止使用 %1（数据目录本身会保留）</translation>
    </message>
    <message>
        <source>Added the data catalog %1 to this workspace.</source>
        <translation>已将数据目录 %1 添加到此工作空间。</translation>
    </message>
    <message>
        <source>The data catalog %1 was not removed: %2</source>
        <translation>未移除数据目录 %1：%2</translation>
    </message>
    <message>
        <source>This workspace no longer uses the data catalog %1; the catalog itself is kept.</source>
        <translation>此工作空间已不再使用数据目录 %1；数据目录本身已保留。</translation>
    </message>
    <message>
        <source>The DLF data catalog chosen when the workspace was created is its default. A workspace administrator can add other existing data catalogs of %1 and remove added ones.</source>
        <translation>创建工作空间时选择的 DLF 数据目录为其默认数据目录。工作空间管理员可以添加 %1 中其他已有的数据目录，也可以移除已添加的数据目录。</translation>
    </message>
    <message>
        <source>Data catalogs</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Add Catalog</source>
        <translation>添加数据目录</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file path.</source>
        <translation>%1 是文件夹，不是数据库文件。请选择文件路径。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Workspace Console database (it is not an SQLite file). The file was not changed.</source>
        <translation>%1 不是 Workspace Console 数据库（它不是 SQLite 文件）。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 cannot be written. Check its permissions. The file was not changed.</source>
        <translation>无法写入 %1。请检查其权限。文件未被修改。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another location.</source>
        <translation>文件夹 %1 不存在。请先创建它或选择其他位置。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another location.</source>
        <translation>无法写入文件夹 %1。请选择其他位置。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it and try again. The file was not changed.</source>
        <translation>%1 已被其他程序锁定。请关闭该程序后重试。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 is not a Workspace Console database (%2). The file was not changed.</source>
        <translation>%1 不是 Workspace Console 数据库（%2）。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Workspace Console (schema %2; this version understands up to %3). Update the app. The file was not changed.</source>
        <translation>%1 由更新版本的 Workspace Console 写入（架构版本 %2；此版本最高支持 %3）。请更新应用。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Workspace Console. The file was not changed.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不属于 Workspace Console。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation>无法初始化 %1：%2</translation>
    </message>
    <message>
        <source>The database is busy (another Workspace Console may be saving). Try again.</source>
        <translation>数据库正忙（可能有另一个 Workspace Console 正在保存）。请重试。</translation>
    </message>
    <message>
        <source>%1 is a Workspace Console database that is damaged or was changed by another program (%2). Restore it from a backup or choose another file. The file was not changed.</source>
        <translation>%1 是已损坏或被其他程序修改过的 Workspace Console 数据库（%2）。请从备份恢复或选择其他文件。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 holds an unfinished change of a program that stopped while writing it (%2). Open it with that program first, or restore a backup. The file was not changed.</source>
        <translation>%1 含有某个程序在写入时中断留下的未完成更改（%2）。请先用该程序打开它，或从备份恢复。文件未被修改。</translation>
    </message>
    <message>
        <source>The change was not saved. Try again; if this keeps happening, check the disk and the database file. (%1)</source>
        <translation>更改未保存。请重试；如果问题持续出现，请检查磁盘和数据库文件。（%1）</translation>
    </message>
    <message>
        <source>%1 Try again; if this keeps happening, check the disk and the database file. (%2)</source>
        <translation>%1请重试；如果问题持续出现，请检查磁盘和数据库文件。（%2）</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>更改未保存。</translation>
    </message>
    <message>
        <source>The database ended the operation early (a read or write failed).</source>
        <translation>数据库提前结束了操作（读取或写入失败）。</translation>
    </message>
</context>
<context>
    <name>DeleteWorkspaceDialog</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You are about to unsubscribe from this workspace&apos;s subscription and delete the workspace:</source>
        <translation>您即将退订此工作空间的包年包月订单并删除该工作空间：</translation>
    </message>
    <message>
        <source>You are about to delete this workspace:</source>
        <translation>您即将删除此工作空间：</translation>
    </message>
    <message>
        <source>Before you delete a workspace, make sure that no jobs are running in it. If a job is running, the workspace cannot be deleted until you stop the job.</source>
        <translation>删除工作空间前，请确保其中没有正在运行的作业。如果有作业正在运行，则需先停止该作业，才能删除工作空间。</translation>
    </message>
    <message numerus="yes">
        <source>After the workspace is deleted, its resources, including %n job(s) with their runs, members, queues and tags, are released and cannot be restored. Back up the job scripts first to prevent data loss.</source>
        <translation>
            <numerusform>工作空间删除后，其资源（包括 %n 个作业及其运行记录、成员、队列和标签）将被释放且无法恢复。请先备份作业脚本，以免数据丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data associated with the workspace, such as logs on OSS or HDFS in %1, is not deleted. The DLF catalog %2 is kept.</source>
        <translation>与工作空间关联的数据（例如 %1 中 OSS 或 HDFS 上的日志）不会被删除。DLF 数据目录 %2 将保留。</translation>
    </message>
    <message>
        <source>Unsubscribing ends the subscription order and refunds the unused part; the workspace is deleted with it.</source>
        <translation>退订将终止包年包月订单并退还未使用部分的费用；工作空间会随之删除。</translation>
    </message>
    <message>
        <source>No order found</source>
        <translation>未找到订单</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>删除工作空间</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>已付金额：</translation>
    </message>
    <message>
        <source>Time used:</source>
        <translation>已使用时长：</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>退款金额：</translation>
    </message>
    <message>
        <source>Open Jobs</source>
        <translation>打开作业</translation>
    </message>
    <message>
        <source>Close this dialog and open the workspace&apos;s Jobs tab to stop the runs</source>
        <translation>关闭此对话框并打开工作空间的“作业”页签以停止运行</translation>
    </message>
    <message>
        <source>Back Up Job Scripts…</source>
        <translation>备份作业脚本…</translation>
    </message>
    <message>
        <source>Back Up Job Scripts</source>
        <translation>备份作业脚本</translation>
    </message>
    <message>
        <source>Write every job&apos;s script and a manifest to a folder you choose</source>
        <translation>将每个作业的脚本和一个清单文件写入您选择的文件夹</translation>
    </message>
    <message>
        <source>&amp;Enter the workspace name to confirm</source>
        <translation>请输入工作空间名称以确认(&amp;E)</translation>
    </message>
    <message>
        <source>Enter the workspace name to confirm</source>
        <translation>请输入工作空间名称以确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the workspace name exactly as shown to enable this button.</source>
        <translation>请准确输入所显示的工作空间名称以启用此按钮。</translation>
    </message>
    <message>
        <source>Unsubscribed from workspace %1 and deleted it. Refund: %2 (order %3).</source>
        <translation>已退订并删除工作空间 %1。退款：%2（订单 %3）。</translation>
    </message>
    <message>
        <source>Workspace %1 was deleted. Its OSS directory and DLF catalog were kept.</source>
        <translation>工作空间 %1 已删除。其 OSS 目录和 DLF 数据目录已保留。</translation>
    </message>
    <message>
        <source>Choose a Folder for the Job Scripts</source>
        <translation>选择用于保存作业脚本的文件夹</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n job script file(s) and a manifest (%2) to %1.</source>
        <translation>
            <numerusform>已将 %n 个作业脚本文件和一个清单文件（%2）写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>订单：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %Ln CU(s)): %3</source>
        <translation>
            <numerusform>%1（%2，%Ln CU）：%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionService</name>
    <message>
        <source>%1 (%2, run %3)</source>
        <translation>%1（%2，运行 %3）</translation>
    </message>
    <message numerus="yes">
        <source>A job is running in workspace %1, so it cannot be unsubscribed. Stop the %n active job run(s) first: %2.</source>
        <translation>
            <numerusform>工作空间 %1 中有作业正在运行，因此无法退订。请先停止 %n 个活动的作业运行：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>A job is running in workspace %1, so it cannot be deleted. Stop the %n active job run(s) first: %2.</source>
        <translation>
            <numerusform>工作空间 %1 中有作业正在运行，因此无法删除。请先停止 %n 个活动的作业运行：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace no longer exists.</source>
        <translation>此工作空间已不存在。</translation>
    </message>
    <message>
        <source>%1 is a subscription workspace: unsubscribe from its order to delete it.</source>
        <translation>%1 是包年包月工作空间：请退订其订单以删除该工作空间。</translation>
    </message>
    <message>
        <source>%1 is a pay-as-you-go workspace: it has no subscription to unsubscribe from. Delete it instead.</source>
        <translation>%1 是按量付费工作空间：没有可退订的包年包月订单。请直接删除该工作空间。</translation>
    </message>
    <message>
        <source>The name you entered does not match. Enter the workspace name %1 exactly as shown.</source>
        <translation>您输入的名称不匹配。请准确输入所显示的工作空间名称 %1。</translation>
    </message>
    <message>
        <source>Could not read what the workspace contains.</source>
        <translation>无法读取工作空间的内容。</translation>
    </message>
    <message>
        <source>This refund is not the one of this workspace.</source>
        <translation>此退款不属于该工作空间。</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Could not fill the new database with the sample account.</source>
        <translation>无法在新数据库中写入示例账号。</translation>
    </message>
    <message>
        <source>Could not read the account settings.</source>
        <translation>无法读取账号设置。</translation>
    </message>
</context>
<context>
    <name>EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags of %1 (%2). At most %3 tags; keys must be unique and may not start with &quot;aliyun&quot; or &quot;acs:&quot; nor contain &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation>%1（%2）的标签。最多 %3 个标签；标签键必须唯一，且不能以“aliyun”或“acs:”开头，也不能包含“http://”或“https://”。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 CU</source>
        <comment>one compute unit</comment>
        <translation>%1 CU</translation>
    </message>
    <message>
        <source>%1 CUs</source>
        <comment>a number of compute units, e.g. 1,200 CUs</comment>
        <translation>%1 CU</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a local date and time, then its UTC offset</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>HelpTip</name>
    <message>
        <source>More about %1</source>
        <translation>关于“%1”的更多说明</translation>
    </message>
</context>
<context>
    <name>JobRunTableModel</name>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n 天 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Job Name</source>
        <translation>作业名称</translation>
    </message>
    <message>
        <source>Code Type</source>
        <translation>代码类型</translation>
    </message>
    <message>
        <source>CUs</source>
        <translation>CU</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>运行时长</translation>
    </message>
</context>
<context>
    <name>JobService</name>
    <message>
        <source>Enter a job name.</source>
        <translation>请输入作业名称。</translation>
    </message>
    <message>
        <source>The job name can be at most %1 characters long.</source>
        <translation>作业名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The job name cannot start or end with a space.</source>
        <translation>作业名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The job name cannot contain line breaks or tabs.</source>
        <translation>作业名称不能包含换行符或制表符。</translation>
    </message>
    <message>
        <source>Choose a code type: %1.</source>
        <translation>请选择代码类型：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enter the job&apos;s script.</source>
        <translation>请输入作业脚本。</translation>
    </message>
    <message>
        <source>A run can use 1 to %1 CUs (the workspace&apos;s CU quota).</source>
        <translation>每次运行可使用 1 到 %1 CU（工作空间的 CU 配额）。</translation>
    </message>
    <message>
        <source>Choose a queue of this workspace.</source>
        <translation>请选择此工作空间的队列。</translation>
    </message>
    <message>
        <source>Choose how the run ends: %1 or %2.</source>
        <translation>请选择运行的结束方式：%1或%2。</translation>
    </message>
    <message numerus="yes">
        <source>The simulated duration must be between 1 second and %n day(s).</source>
        <translation>
            <numerusform>模拟时长必须介于 1 秒到 %n 天之间。</numerusform>
        </translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; already exists in this workspace.</source>
        <translation>此工作空间中已存在名为“%1”的作业。</translation>
    </message>
    <message>
        <source>This workspace no longer exists.</source>
        <translation>此工作空间已不存在。</translation>
    </message>
    <message>
        <source>The workspace is still starting. Run the job when its status is %1.</source>
        <translation>工作空间仍在启动中。请在其状态变为“%1”后再运行作业。</translation>
    </message>
    <message>
        <source>This job run no longer exists.</source>
        <translation>此作业运行已不存在。</translation>
    </message>
    <message>
        <source>The run of %1 is already being stopped.</source>
        <translation>%1 的运行正在停止中。</translation>
    </message>
    <message>
        <source>The run of %1 has already ended (%2).</source>
        <translation>%1 的运行已结束（%2）。</translation>
    </message>
    <message>
        <source>the job list could not be read</source>
        <translation>无法读取作业列表</translation>
    </message>
    <message>
        <source>%1 has a cap of %2 CUs, so a run on it can use at most %2 CUs. Choose fewer CUs, another queue, or give %1 more CUs on the Queues tab.</source>
        <translation>%1 的上限为 %2 CU，因此其中的运行最多只能使用 %2 CU。请减少 CU、选择其他队列，或在“队列”页签为 %1 分配更多 CU。</translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in %2: cap %3, in use %4</source>
        <translation>正在等待 %2 中的 %1 CU：上限 %3，已使用 %4</translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in %2: cap %3, in use %4. It starts only when %2 gets at least %1 CUs; stop it or give the queue more CUs.</source>
        <translation>正在等待 %2 中的 %1 CU：上限 %3，已使用 %4。只有当 %2 至少有 %1 CU 时才会启动；请停止该运行，或为该队列分配更多 CU。</translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in the workspace: CU quota %2, in use %3</source>
        <translation>正在等待工作空间中的 %1 CU：CU 配额 %2，已使用 %3</translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in the workspace: CU quota %2, in use %3. It starts only when the quota is at least %1 CUs.</source>
        <translation>正在等待工作空间中的 %1 CU：CU 配额 %2，已使用 %3。只有当配额至少为 %1 CU 时才会启动。</translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in %2: cap %3, in use %4; an earlier run of %2 starts first</source>
        <translation>正在等待 %2 中的 %1 CU：上限 %3，已使用 %4；%2 中更早提交的运行先启动</translation>
    </message>
    <message>
        <source>Waiting for %1 CUs in the workspace: CU quota %2, in use %3; an earlier run starts first</source>
        <translation>正在等待工作空间中的 %1 CU：CU 配额 %2，已使用 %3；更早提交的运行先启动</translation>
    </message>
    <message>
        <source>Could not read the jobs of the workspace.</source>
        <translation>无法读取该工作空间的作业。</translation>
    </message>
    <message>
        <source>Could not read the job runs.</source>
        <translation>无法读取作业运行记录。</translation>
    </message>
    <message>
        <source>Could not read the queues of the workspace.</source>
        <translation>无法读取该工作空间的队列。</translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <source>Run Job…</source>
        <translation>运行作业…</translation>
    </message>
    <message>
        <source>Run Job</source>
        <translation>运行作业</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Job runs</source>
        <translation>作业运行</translation>
    </message>
    <message>
        <source>Job run columns</source>
        <translation>作业运行列</translation>
    </message>
    <message numerus="yes">
        <source>%n active run(s)</source>
        <translation>
            <numerusform>%n 个活动运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit a job run to this workspace</source>
        <translation>向此工作空间提交作业运行</translation>
    </message>
    <message>
        <source>Select an active job run first.</source>
        <translation>请先选择一个活动的作业运行。</translation>
    </message>
    <message>
        <source>This run is already being stopped.</source>
        <translation>此运行正在停止中。</translation>
    </message>
    <message>
        <source>This run has already ended.</source>
        <translation>此运行已结束。</translation>
    </message>
    <message>
        <source>Stop the selected job run</source>
        <translation>停止所选作业运行</translation>
    </message>
    <message>
        <source>Submitted a run of %1 (%2).</source>
        <translation>已提交 %1 的运行（%2）。</translation>
    </message>
    <message>
        <source>Stopping the run of %1.</source>
        <translation>正在停止 %1 的运行。</translation>
    </message>
    <message>
        <source>Active runs: hidden</source>
        <translation>活动运行数：已隐藏</translation>
    </message>
    <message>
        <source>Active runs: unknown</source>
        <translation>活动运行数：未知</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Stop the run of %1 (%2 CUs on %3)? It is %4.</source>
        <translation>要停止 %1 的运行（%3 上的 %2 CU）吗？当前状态：%4。</translation>
    </message>
    <message>
        <source>Stop Job Run</source>
        <translation>停止作业运行</translation>
    </message>
    <message>
        <source>Stop Run</source>
        <translation>停止运行</translation>
    </message>
    <message>
        <source>Don&apos;t Stop</source>
        <translation>不停止</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Auto-renew Settings</source>
        <translation>自动续费设置</translation>
    </message>
    <message>
        <source>Convert to Subscription</source>
        <translation>转包年包月</translation>
    </message>
    <message>
        <source>Select a workspace first.</source>
        <translation>请先选择一个工作空间。</translation>
    </message>
    <message>
        <source>Only pay-as-you-go workspaces can be converted to a subscription.</source>
        <translation>只有按量付费的工作空间可以转为包年包月。</translation>
    </message>
    <message>
        <source>Only subscription workspaces can be renewed; convert it to a subscription first.</source>
        <translation>只有包年包月的工作空间可以续费；请先将其转为包年包月。</translation>
    </message>
    <message>
        <source>%1 renewed; %2 paid (order %3). It now expires on %4.</source>
        <translation>%1 已续费；已支付 %2（订单 %3）。现在的到期时间为 %4。</translation>
    </message>
    <message>
        <source>%1 now renews automatically by %2 when it expires.</source>
        <translation>%1 到期时将自动续费 %2。</translation>
    </message>
    <message>
        <source>Auto-renew of %1 is off; it expires on %2.</source>
        <translation>%1 的自动续费已关闭；将于 %2 到期。</translation>
    </message>
    <message>
        <source>%1 is now a subscription of %2 CUs; %3 paid (order %4).</source>
        <translation>%1 现为 %2 CU 的包年包月；已支付 %3（订单 %4）。</translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>Choose a renewal duration of 1 to 9 months or 1 to 3 years.</source>
        <translation>请选择 1 到 9 个月或 1 到 3 年的续费时长。</translation>
    </message>
    <message>
        <source>Choose an auto-renew period of 1, 2, 3, 6 or 12 months.</source>
        <translation>请选择 1、2、3、6 或 12 个月的自动续费周期。</translation>
    </message>
    <message>
        <source>%1 is billed pay-as-you-go and has no subscription; convert it to a subscription first.</source>
        <translation>%1 为按量付费，没有包年包月订阅；请先将其转为包年包月。</translation>
    </message>
    <message>
        <source>The grace period of %1 ended on %2; it is being released and can no longer be renewed.</source>
        <translation>%1 的宽限期已于 %2 结束；它正在被释放，无法再续费。</translation>
    </message>
    <message>
        <source>This price is not for a renewal.</source>
        <translation>此价格不是续费的价格。</translation>
    </message>
    <message>
        <source>The subscription of %1 has expired; renew it first, then turn auto-renew on.</source>
        <translation>%1 的订阅已过期；请先续费，再开启自动续费。</translation>
    </message>
    <message>
        <source>%1 is a subscription workspace already.</source>
        <translation>%1 已是包年包月工作空间。</translation>
    </message>
    <message>
        <source>Choose a duration of 1 to 9 months or 1 to 3 years.</source>
        <translation>请选择 1 到 9 个月或 1 到 3 年的时长。</translation>
    </message>
    <message>
        <source>This price is not for a conversion to a subscription.</source>
        <translation>此价格不是转包年包月的价格。</translation>
    </message>
    <message>
        <source>Could not read which subscriptions are due for release.</source>
        <translation>无法读取哪些订阅应被释放。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Workspace Console</source>
        <translation>关于工作空间控制台</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Workspace Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manage EMR Serverless Spark workspaces offline: create, delete, quotas, tags, members and roles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;工作空间控制台&lt;/b&gt;（Workspace Console）%1&lt;/p&gt;&lt;p&gt;离线管理 EMR Serverless Spark 工作空间：创建、删除、配额、标签、成员和角色。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前登录身份：%1</translation>
    </message>
    <message>
        <source>Workspace Console — EMR Serverless Spark</source>
        <translation>工作空间控制台 — EMR Serverless Spark</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Billing History…</source>
        <translation>账单记录(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作空间(&amp;W)</translation>
    </message>
    <message>
        <source>Create Workspace…</source>
        <translation>创建工作空间…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Workspace Console</source>
        <translation>关于工作空间控制台(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Signed in as:</source>
        <translation>登录身份(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Choose a role for the member.</source>
        <translation>请为成员选择角色。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud account owner is always a workspace administrator and cannot be removed.</source>
        <translation>阿里云主账号始终是工作空间管理员，无法移除。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud account owner is always a workspace administrator; the role cannot be changed.</source>
        <translation>阿里云主账号始终是工作空间管理员；无法更改其角色。</translation>
    </message>
    <message>
        <source>%1 is the last workspace administrator and cannot be removed. Make another member an administrator first.</source>
        <translation>%1 是最后一位工作空间管理员，无法移除。请先将其他成员设为管理员。</translation>
    </message>
    <message>
        <source>%1 is the last workspace administrator and cannot be given another role. Make another member an administrator first.</source>
        <translation>%1 是最后一位工作空间管理员，无法更改为其他角色。请先将其他成员设为管理员。</translation>
    </message>
    <message>
        <source>Select at least one RAM user.</source>
        <translation>请至少选择一个 RAM 用户。</translation>
    </message>
    <message>
        <source>%1 is not a RAM user of this account.</source>
        <translation>%1 不是此账号的 RAM 用户。</translation>
    </message>
    <message>
        <source>%1 is already a member of this workspace (role: %2). Use Change Role to change the role.</source>
        <translation>%1 已是此工作空间的成员（角色：%2）。请使用“修改角色”更改其角色。</translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation>%1 不是此工作空间的成员。</translation>
    </message>
    <message>
        <source>Could not read the members of the workspace.</source>
        <translation>无法读取工作空间的成员。</translation>
    </message>
    <message>
        <source>Could not read the RAM users of the account.</source>
        <translation>无法读取账号的 RAM 用户。</translation>
    </message>
    <message>
        <source>Could not read the account settings.</source>
        <translation>无法读取账号设置。</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Account owner (UID %1)</source>
        <translation>主账号（UID %1）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>You can view the members but not change them. %1</source>
        <translation>您可以查看成员，但无法修改。%1</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>请先选择一个成员。</translation>
    </message>
    <message>
        <source>Add RAM users of this account as members</source>
        <translation>将此账号下的 RAM 用户添加为成员</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>修改 %1 的角色</translation>
    </message>
    <message>
        <source>Remove %1 from this workspace</source>
        <translation>从此工作空间移除 %1</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>已将 %1 添加为“%2”。</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 的角色已变更为%2。</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;%1&lt;/b&gt; from this workspace?</source>
        <translation>确定从此工作空间移除 &lt;b&gt;%1&lt;/b&gt; 吗？</translation>
    </message>
    <message>
        <source>%1 loses access to this workspace&apos;s jobs, queues and data catalogs. The RAM user itself is not deleted and can be added again.</source>
        <translation>%1 将无法再访问此工作空间的作业、队列和数据目录。RAM 用户本身不会被删除，之后可以重新添加。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>未能移除 %1：%2</translation>
    </message>
    <message>
        <source>Removed %1 from this workspace.</source>
        <translation>已从此工作空间移除 %1。</translation>
    </message>
    <message>
        <source>Members of this workspace and their roles. A workspace administrator can add RAM users of this account and change or remove their roles.</source>
        <translation>此工作空间的成员及其角色。工作空间管理员可以添加此账号下的 RAM 用户，并修改或移除其角色。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Change Role…</source>
        <translation>修改角色…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>OrderCsv</name>
    <message>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>工作空间 ID</translation>
    </message>
    <message>
        <source>Workspace Name</source>
        <translation>工作空间名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>CU Before</source>
        <translation>变更前 CU</translation>
    </message>
    <message>
        <source>CU After</source>
        <translation>变更后 CU</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>金额（美元）</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Not valid CSV at character %1.</source>
        <translation>第 %1 个字符处不是有效的 CSV。</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>—</source>
        <comment>no CU quota</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation>%1，ID %2</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>已退款 %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>CU Before</source>
        <translation>变更前 CU</translation>
    </message>
    <message>
        <source>CU After</source>
        <translation>变更后 CU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Workspace Name:</source>
        <translation>工作空间名称：</translation>
    </message>
    <message>
        <source>Workspace ID:</source>
        <translation>工作空间 ID：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Billing Method:</source>
        <translation>付费类型：</translation>
    </message>
    <message>
        <source>CU Quota:</source>
        <translation>CU 配额：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Workspace Directory:</source>
        <translation>工作空间目录：</translation>
    </message>
    <message>
        <source>DLF Data Catalogs:</source>
        <translation>DLF 数据目录：</translation>
    </message>
    <message>
        <source>Execution Role:</source>
        <translation>执行角色：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Created By:</source>
        <translation>创建者：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Purchased:</source>
        <translation>购买时间：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>到期时间：</translation>
    </message>
    <message>
        <source>Days Left:</source>
        <translation>剩余天数：</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>自动续费：</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the workspace directory to the clipboard</source>
        <translation>将工作空间目录复制到剪贴板</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>编辑标签(&amp;T)</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order columns (click to sort)</source>
        <translation>订单列（单击可排序）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On, every %n month(s)</source>
        <translation>
            <numerusform>已开启，每 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>未开启</translation>
    </message>
    <message>
        <source>Change the tags of %1</source>
        <translation>修改 %1 的标签</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
    <message>
        <source>%1 has no tags now.</source>
        <translation>%1 现在没有标签。</translation>
    </message>
    <message>
        <source>Tags of %1 saved: %2</source>
        <translation>已保存 %1 的标签：%2</translation>
    </message>
    <message>
        <source>Release Date:</source>
        <translation>释放时间：</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>续费(&amp;R)</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>&amp;Auto-renew Settings</source>
        <translation>自动续费设置(&amp;A)</translation>
    </message>
    <message>
        <source>Auto-renew Settings</source>
        <translation>自动续费设置</translation>
    </message>
    <message>
        <source>Con&amp;vert to Subscription</source>
        <translation>转包年包月(&amp;V)</translation>
    </message>
    <message>
        <source>Convert to Subscription</source>
        <translation>转包年包月</translation>
    </message>
    <message>
        <source>None (expired less than a day ago)</source>
        <translation>无（到期不足一天）</translation>
    </message>
    <message numerus="yes">
        <source>None (expired %n day(s) ago)</source>
        <translation>
            <numerusform>无（已到期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend the subscription of %1 and see the price first</source>
        <translation>延长 %1 的包年包月时长，购买前先显示价格</translation>
    </message>
    <message>
        <source>Turn auto-renew of %1 on or off and choose its period</source>
        <translation>开启或关闭 %1 的自动续费并选择续费周期</translation>
    </message>
    <message>
        <source>Make %1 a subscription, keeping its ID, jobs and members</source>
        <translation>将 %1 转为包年包月，保留其 ID、作业和成员</translation>
    </message>
</context>
<context>
    <name>PayAsYouGoQuotaDialog</name>
    <message>
        <source>Modify Pay-as-you-go Quota</source>
        <translation>修改按量付费配额</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作空间：</translation>
    </message>
    <message>
        <source>Current maximum quota:</source>
        <translation>当前最大配额：</translation>
    </message>
    <message>
        <source>In use by running jobs:</source>
        <translation>运行中作业已使用：</translation>
    </message>
    <message>
        <source>&amp;Maximum Pay-as-you-go Quota (CUs):</source>
        <translation>按量付费最大配额（CU）(&amp;M)：</translation>
    </message>
    <message>
        <source>Maximum Pay-as-you-go Quota (CUs)</source>
        <translation>按量付费最大配额（CU）</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2, not below what running jobs use.</source>
        <translation>%1~%2 之间的整数，且不能低于运行中作业已使用的 CU。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Queues after the change:
%1</source>
        <translation>变更后的队列：
%1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>the %1 policy</source>
        <translation>%1 权限策略</translation>
    </message>
    <message>
        <source>the administrator role in EMR Serverless Spark Access Control</source>
        <translation>EMR Serverless Spark 访问控制中的管理员角色</translation>
    </message>
    <message>
        <source>RAM user %1 cannot create workspaces. Missing: %2.</source>
        <translation>RAM 用户 %1 无法创建工作空间。缺少：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>RAM user %1 cannot change workspaces: this needs the %2 policy.</source>
        <translation>RAM 用户 %1 无法修改工作空间：需要 %2 权限策略。</translation>
    </message>
    <message>
        <source>RAM user %1 has no EMR Serverless Spark policy.</source>
        <translation>RAM 用户 %1 没有任何 EMR Serverless Spark 权限策略。</translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation>%1 不是此工作空间的成员。</translation>
    </message>
    <message>
        <source>The %1 role can submit jobs to %2 only.</source>
        <translation>%1角色只能向 %2 提交作业。</translation>
    </message>
    <message>
        <source>The %1 role is read-only.</source>
        <translation>%1角色为只读。</translation>
    </message>
    <message>
        <source>The %1 role cannot stop jobs.</source>
        <translation>%1角色无法停止作业。</translation>
    </message>
    <message>
        <source>Only a workspace administrator can do this; your role is %1.</source>
        <translation>只有工作空间管理员可以执行此操作；您的角色是%1。</translation>
    </message>
    <message>
        <source>Everything in the workspace, including its queues, data catalogs and members.</source>
        <translation>拥有工作空间内的全部权限，包括队列、数据目录和成员。</translation>
    </message>
    <message>
        <source>Views the workspace; creates, edits, runs and stops jobs on any queue.</source>
        <translation>可查看工作空间；可在任意队列上创建、编辑、运行和停止作业。</translation>
    </message>
    <message>
        <source>Views the workspace; submits jobs to %1 only.</source>
        <translation>可查看工作空间；只能向 %1 提交作业。</translation>
    </message>
    <message>
        <source>Views the workspace only (read-only).</source>
        <translation>只能查看工作空间（只读）。</translation>
    </message>
    <message>
        <source>The %1 role cannot change an existing job&apos;s code type or script. Run the job unchanged, or under a new name.</source>
        <translation>%1角色不能修改已有作业的代码类型或脚本。请按原样运行该作业，或使用新名称运行。</translation>
    </message>
</context>
<context>
    <name>PricePreview</name>
    <message>
        <source>Amount due now: %1 (%2 CUs × %3 per CU per month × %4)</source>
        <translation>当前应付金额：%1（%2 CU × 每 CU 每月 %3 × %4）</translation>
    </message>
    <message>
        <source>Price: %1 per CU-hour. At the full quota of %2 CUs: %3 per hour.</source>
        <translation>价格：每 CU 每小时 %1。按全部配额 %2 CU 计算：每小时 %3。</translation>
    </message>
    <message>
        <source>Amount due now: shown once the CU quota is valid.</source>
        <translation>应付金额：CU 配额有效后显示。</translation>
    </message>
    <message>
        <source>Price: shown once the CU quota is valid.</source>
        <translation>价格：CU 配额有效后显示。</translation>
    </message>
</context>
<context>
    <name>ProductSpec</name>
    <message>
        <source>China (Beijing)</source>
        <translation>华北2（北京）</translation>
    </message>
    <message>
        <source>China (Hangzhou)</source>
        <translation>华东1（杭州）</translation>
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation>华东2（上海）</translation>
    </message>
    <message>
        <source>China (Shenzhen)</source>
        <translation>华南1（深圳）</translation>
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Japan (Tokyo)</source>
        <translation>日本（东京）</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Indonesia (Jakarta)</source>
        <translation>印度尼西亚（雅加达）</translation>
    </message>
    <message>
        <source>Germany (Frankfurt)</source>
        <translation>德国（法兰克福）</translation>
    </message>
    <message>
        <source>US (Virginia)</source>
        <translation>美国（弗吉尼亚）</translation>
    </message>
    <message>
        <source>US (Silicon Valley)</source>
        <translation>美国（硅谷）</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Workspace Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Data Development</source>
        <translation>数据开发</translation>
    </message>
    <message>
        <source>Data Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>新购</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Unsubscribe refund</source>
        <translation>退订退款</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
</context>
<context>
    <name>PurchaseConfirm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>Add Queue</source>
        <translation>添加队列</translation>
    </message>
    <message>
        <source>Edit Queue CUs</source>
        <translation>编辑队列 CU</translation>
    </message>
    <message>
        <source>Queue &amp;name:</source>
        <translation>队列名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Queue name</source>
        <translation>队列名称</translation>
    </message>
    <message>
        <source>Letters, digits and underscores</source>
        <translation>字母、数字和下划线</translation>
    </message>
    <message>
        <source>&amp;CUs:</source>
        <translation>CU(&amp;C)：</translation>
    </message>
    <message>
        <source>CUs</source>
        <translation>CU</translation>
    </message>
    <message>
        <source>%1 of the workspace&apos;s %2 CUs are free for this queue. The queues together cannot have more CUs than the workspace&apos;s CU quota.</source>
        <translation>工作空间的 %2 CU 中有 %1 CU 可供此队列使用。所有队列的 CU 总和不能超过工作空间的 CU 配额。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>%1 cannot be removed: every workspace has it.</source>
        <translation>无法移除 %1：每个工作空间都必须有该队列。</translation>
    </message>
    <message>
        <source>%1 cannot be removed: every workspace has it, and Data Analytics members submit their jobs to it.</source>
        <translation>无法移除 %1：每个工作空间都必须有该队列，且数据分析角色的成员需要向其提交作业。</translation>
    </message>
    <message>
        <source>Enter a queue name.</source>
        <translation>请输入队列名称。</translation>
    </message>
    <message>
        <source>The queue name must be 1 to %1 characters long and can contain only letters, digits and underscores (_).</source>
        <translation>队列名称长度为 1~%1 个字符，只能包含字母、数字和下划线（_）。</translation>
    </message>
    <message>
        <source>A queue&apos;s CUs cannot be negative.</source>
        <translation>队列的 CU 不能为负数。</translation>
    </message>
    <message>
        <source>The queues together cannot have more CUs than the workspace&apos;s CU quota (%1). At most %2 CUs are free for this queue; lower another queue first.</source>
        <translation>所有队列的 CU 总和不能超过工作空间的 CU 配额（%1）。此队列最多可用 %2 CU；请先调低其他队列的 CU。</translation>
    </message>
    <message>
        <source>A queue named %1 already exists in this workspace.</source>
        <translation>此工作空间中已存在名为 %1 的队列。</translation>
    </message>
    <message>
        <source>The queue %1 no longer exists.</source>
        <translation>队列 %1 已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>The queue %1 has %n active job run(s) (%2). Stop them first.</source>
        <translation>
            <numerusform>队列 %1 中有 %n 个未结束的作业运行（%2）。请先将其停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the queues of the workspace.</source>
        <translation>无法读取工作空间的队列。</translation>
    </message>
    <message>
        <source>Could not read the job runs of the queue.</source>
        <translation>无法读取该队列的作业运行。</translation>
    </message>
    <message>
        <source>Running jobs of %1 use %2 CUs right now. Give the queue at least %2 CUs, or stop jobs first.</source>
        <translation>%1 中正在运行的作业当前使用 %2 CU。请为该队列分配至少 %2 CU，或先停止作业。</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>CUs</source>
        <translation>CU</translation>
    </message>
</context>
<context>
    <name>QueuesTab</name>
    <message>
        <source>Resource queues of this workspace.</source>
        <translation>此工作空间的资源队列。</translation>
    </message>
    <message>
        <source>CU quota: %1 · Allocated to queues: %2 · Free: %3. The queues together cannot have more CUs than the workspace&apos;s CU quota.</source>
        <translation>CU 配额：%1 · 已分配给队列：%2 · 可用：%3。所有队列的 CU 总和不能超过工作空间的 CU 配额。</translation>
    </message>
    <message>
        <source>You can view the queues but not change them. %1</source>
        <translation>您可以查看队列，但无法修改。%1</translation>
    </message>
    <message>
        <source>Select a queue first.</source>
        <translation>请先选择一个队列。</translation>
    </message>
    <message>
        <source>Add a resource queue to this workspace</source>
        <translation>向此工作空间添加资源队列</translation>
    </message>
    <message>
        <source>Change the CUs of %1</source>
        <translation>修改 %1 的 CU</translation>
    </message>
    <message>
        <source>Remove %1 from this workspace</source>
        <translation>从此工作空间移除 %1</translation>
    </message>
    <message>
        <source>Remove Queue</source>
        <translation>移除队列</translation>
    </message>
    <message>
        <source>Remove the queue &lt;b&gt;%1&lt;/b&gt; from this workspace?</source>
        <translation>确定从此工作空间移除队列 &lt;b&gt;%1&lt;/b&gt; 吗？</translation>
    </message>
    <message>
        <source>Its CUs become free for the other queues. Jobs can no longer be submitted to it.</source>
        <translation>其 CU 将释放给其他队列使用。之后将无法再向该队列提交作业。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The queue %1 was not removed: %2</source>
        <translation>未能移除队列 %1：%2</translation>
    </message>
    <message>
        <source>Removed the queue %1.</source>
        <translation>已移除队列 %1。</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Add Queue</source>
        <translation>添加队列</translation>
    </message>
    <message>
        <source>Edit CUs…</source>
        <translation>编辑 CU…</translation>
    </message>
    <message numerus="yes">
        <source>Added the queue %1 with %Ln CU(s).</source>
        <translation>
            <numerusform>已添加队列 %1（%Ln CU）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The queue %1 now has %Ln CU(s).</source>
        <translation>
            <numerusform>队列 %1 的 CU 已修改为 %Ln CU。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message>
        <source>%1 is billed pay-as-you-go; only subscription workspaces have a subscription quota.</source>
        <translation>%1 的付费类型为按量付费；只有包年包月工作空间才有包年包月配额。</translation>
    </message>
    <message>
        <source>The subscription of %1 expired on %2. An expired subscription cannot be upgraded or downgraded; renew it first.</source>
        <translation>%1 的包年包月已于 %2 到期。已到期的包年包月无法升级或降级；请先续费。</translation>
    </message>
    <message>
        <source>%1 already has the largest subscription quota, %2 CUs.</source>
        <translation>%1 的包年包月配额已是最大值 %2 CU。</translation>
    </message>
    <message>
        <source>%1 already has the smallest subscription quota, %2 CUs.</source>
        <translation>%1 的包年包月配额已是最小值 %2 CU。</translation>
    </message>
    <message>
        <source>An upgrade needs a CU quota above the current %1 CUs.</source>
        <translation>升级后的 CU 配额必须高于当前的 %1 CU。</translation>
    </message>
    <message>
        <source>A downgrade needs a CU quota below the current %1 CUs.</source>
        <translation>降级后的 CU 配额必须低于当前的 %1 CU。</translation>
    </message>
    <message>
        <source>%1 is a subscription workspace; change its quota with Upgrade or Downgrade Subscription Quota.</source>
        <translation>%1 是包年包月工作空间；请通过“升级包年包月配额”或“降级包年包月配额”修改其配额。</translation>
    </message>
    <message>
        <source>The CU quota of %1 was changed to %2 CUs elsewhere after this page opened. Check the new price difference, then buy again.</source>
        <translation>打开此页面后，%1 的 CU 配额已在别处被修改为 %2 CU。请确认新的差价后再购买。</translation>
    </message>
    <message>
        <source>Could not read the queues of the workspace.</source>
        <translation>无法读取工作空间的队列。</translation>
    </message>
    <message>
        <source>%1: %2 CUs</source>
        <translation>%1：%2 CU</translation>
    </message>
    <message>
        <source>The queues cannot shrink to %1 CUs: running jobs hold %2 (no queue can go below what its running jobs hold). Choose more CUs, or stop jobs first.</source>
        <translation>队列无法缩减到 %1 CU：正在运行的作业占用 %2（任何队列都不能低于其正在运行的作业所占用的 CU）。请选择更多 CU，或先停止作业。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2 → %3 CUs</source>
        <translation>%1：%2 → %3 CU</translation>
    </message>
    <message>
        <source>The queues stay as they are.</source>
        <translation>队列保持不变。</translation>
    </message>
    <message>
        <source>This price is not for a subscription quota change.</source>
        <translation>此价格不是包年包月配额变更的价格。</translation>
    </message>
    <message numerus="yes">
        <source>Running jobs use %Ln CU(s) of this workspace right now, more than the new quota allows (%1). Choose at least %Ln CU(s), or stop jobs first.</source>
        <translation>
            <numerusform>运行中的作业当前正在使用此工作空间的 %Ln CU，超过了新配额（%1）。请至少选择 %Ln CU，或先停止作业。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>%1 to pay</source>
        <translation>需支付 %1</translation>
    </message>
    <message>
        <source>%1 refund</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>%1 (nothing to pay)</source>
        <translation>%1（无需支付）</translation>
    </message>
    <message>
        <source>This price is for another change.</source>
        <translation>此价格属于另一项变更。</translation>
    </message>
    <message>
        <source>The subscription period changed (it renewed or expired) after the price was shown.</source>
        <translation>价格显示后，订阅周期已变化（已续费或已到期）。</translation>
    </message>
    <message>
        <source>An order was recorded for this workspace after the price was shown.</source>
        <translation>价格显示后，该工作空间又记录了一笔订单。</translation>
    </message>
    <message>
        <source>What the price was computed from changed after it was shown.</source>
        <translation>价格显示后，计算价格所依据的信息已变化。</translation>
    </message>
    <message>
        <source>%1 The price is still %2. Nothing was charged; review it and confirm again.</source>
        <translation>%1价格仍为 %2。未扣费；请核对后再次确认。</translation>
    </message>
    <message>
        <source>%1 The refund changed from %2 to %3. Nothing was recorded; review the new refund and confirm again.</source>
        <translation>%1退款已从 %2 变为 %3。未记录任何订单；请核对新的退款金额后再次确认。</translation>
    </message>
    <message>
        <source>%1 The price changed from %2 to %3. Nothing was charged; review the new price and confirm again.</source>
        <translation>%1价格已从 %2 变为 %3。未扣费；请核对新价格后再次确认。</translation>
    </message>
    <message>
        <source>A price can be confirmed for %1 seconds after it is shown.</source>
        <translation>价格显示后 %1 秒内可以确认。</translation>
    </message>
    <message>
        <source>The CU quota was changed to %1 CUs elsewhere after the price was shown.</source>
        <translation>价格显示后，CU 配额已在别处被改为 %1 CU。</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Workspace:</source>
        <translation>工作空间：</translation>
    </message>
    <message>
        <source>CU quota:</source>
        <translation>CU 配额：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>到期时间：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>购买时长：</translation>
    </message>
    <message>
        <source>New expiry:</source>
        <translation>新的到期时间：</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Active: %n day(s) left.</source>
        <translation>
            <numerusform>有效：剩余 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>&amp;Buy Now</source>
        <translation>立即购买(&amp;B)</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>立即购买</translation>
    </message>
    <message>
        <source>Confirm Renewal</source>
        <translation>确认续费</translation>
    </message>
    <message>
        <source>Renew %1 for %2? %3 is charged now, and the subscription then expires on %4.</source>
        <translation>为 %1 续费 %2？现在扣费 %3，之后订阅将于 %4 到期。</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>支付 %1(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RunJobDialog</name>
    <message>
        <source>Run Job</source>
        <translation>运行作业</translation>
    </message>
    <message>
        <source>The run is simulated: it waits for free CUs within the workspace&apos;s CU quota, runs for the duration you set and then ends as you choose.</source>
        <translation>此运行为模拟运行：它会在工作空间的 CU 配额内等待可用 CU，按您设置的时长运行，然后以您选择的结果结束。</translation>
    </message>
    <message>
        <source>Job &amp;Name:</source>
        <translation>作业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Job Name</source>
        <translation>作业名称</translation>
    </message>
    <message>
        <source>Existing jobs</source>
        <translation>已有作业</translation>
    </message>
    <message>
        <source>A new name, or an existing job to run again</source>
        <translation>输入新名称，或选择要再次运行的已有作业</translation>
    </message>
    <message>
        <source>&amp;Code Type:</source>
        <translation>代码类型(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>脚本(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;Us:</source>
        <translation>CU(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>队列(&amp;Q)：</translation>
    </message>
    <message>
        <source>Simulated &amp;duration:</source>
        <translation>模拟时长(&amp;D)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>运行结果(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ScriptBackup</name>
    <message>
        <source>too many files with this name already exist</source>
        <translation>已存在过多同名文件</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>请选择用于备份的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>文件夹 %1 不存在。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 是文件，不是文件夹。请选择文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another folder.</source>
        <translation>无法写入文件夹 %1。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was backed up.</source>
        <translation>无法写入 %1：%2。未备份任何内容。</translation>
    </message>
</context>
<context>
    <name>SparkPage</name>
    <message>
        <source>Spark</source>
        <translation>Spark</translation>
    </message>
    <message>
        <source>Create Workspace</source>
        <translation>创建工作空间</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Actions for the selected workspace (the same as the row&apos;s context menu)</source>
        <translation>所选工作空间的操作（与该行的右键菜单相同）</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>筛选(&amp;I)：</translation>
    </message>
    <message>
        <source>Workspace name or ID</source>
        <translation>工作空间名称或 ID</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>key or key:value</source>
        <translation>键 或 键:值</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Upgrade Subscription Quota</source>
        <translation>升级包年包月配额</translation>
    </message>
    <message>
        <source>Downgrade Subscription Quota</source>
        <translation>降级包年包月配额</translation>
    </message>
    <message>
        <source>Modify Pay-as-you-go Quota</source>
        <translation>修改按量付费配额</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地域</translation>
    </message>
    <message>
        <source>Select a workspace first.</source>
        <translation>请先选择一个工作空间。</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>Only subscription workspaces have a subscription quota.</source>
        <translation>只有包年包月工作空间才有包年包月配额。</translation>
    </message>
    <message>
        <source>Only pay-as-you-go workspaces have a pay-as-you-go quota.</source>
        <translation>只有按量付费工作空间才有按量付费配额。</translation>
    </message>
    <message>
        <source>Create a workspace in this account</source>
        <translation>在此账号下创建工作空间</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workspace(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个工作空间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n 个工作空间</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspaces yet. Click Create Workspace to create the first one.</source>
        <translation>还没有工作空间。单击“创建工作空间”创建第一个。</translation>
    </message>
    <message>
        <source>No workspaces match the filter.</source>
        <translation>没有符合筛选条件的工作空间。</translation>
    </message>
    <message>
        <source>Showing workspaces tagged %1:%2</source>
        <translation>正在显示带有标签 %1:%2 的工作空间</translation>
    </message>
    <message>
        <source>Workspace %1 (%2) is being created; its status turns from Starting to Running in a moment.</source>
        <translation>正在创建工作空间 %1（%2）；其状态稍后将从“启动中”变为“运行中”。</translation>
    </message>
    <message>
        <source>%1 upgraded from %2 to %3 CUs; %4 paid (order %5).</source>
        <translation>%1 已从 %2 CU 升级到 %3 CU；已支付 %4（订单 %5）。</translation>
    </message>
    <message>
        <source>%1 downgraded from %2 to %3 CUs; %4 refunded (order %5).</source>
        <translation>%1 已从 %2 CU 降级到 %3 CU；已退款 %4（订单 %5）。</translation>
    </message>
    <message>
        <source>%1 has no tags now.</source>
        <translation>%1 现在没有标签。</translation>
    </message>
    <message>
        <source>Tags of %1 saved: %2</source>
        <translation>已保存 %1 的标签：%2</translation>
    </message>
    <message numerus="yes">
        <source>The maximum pay-as-you-go quota of %1 is now %Ln CU(s).</source>
        <translation>
            <numerusform>%1 的按量付费最大配额已修改为 %Ln CU。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace list could not be read.</source>
        <translation>无法读取工作空间列表。</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) read; the rest could not be read.</source>
        <translation>
            <numerusform>已读取 %n 个工作空间，其余无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renewed automatically until %2; %3 charged (order %4).</source>
        <translation>%1 已自动续费至 %2；已扣费 %3（订单 %4）。</translation>
    </message>
    <message>
        <source>%1 was released: its subscription expired and was not renewed within the grace period. Its orders stay in the billing history.</source>
        <translation>%1 已释放：其订阅已过期，且未在宽限期内续费。其订单保留在账单历史中。</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n workspace(s) read so far</source>
        <translation>
            <numerusform>正在加载… 已读取 %n 个工作空间</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionQuotaDialog</name>
    <message>
        <source>None (expired)</source>
        <translation>无（已过期）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days and hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Less than a minute</source>
        <translation>不足 1 分钟</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作空间：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Current CU quota:</source>
        <translation>当前 CU 配额：</translation>
    </message>
    <message>
        <source>Remaining subscription time:</source>
        <translation>包年包月剩余时长：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>到期时间：</translation>
    </message>
    <message>
        <source>In use by running jobs:</source>
        <translation>运行中作业已使用：</translation>
    </message>
    <message>
        <source>&amp;CU Quota:</source>
        <translation>CU 配额(&amp;C)：</translation>
    </message>
    <message>
        <source>Price Difference:</source>
        <translation>差价：</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>立即购买</translation>
    </message>
    <message>
        <source>CU Quota</source>
        <translation>CU 配额</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Upgrade: %1 to %2 CUs (above the current %3).</source>
        <translation>升级：%1~%2 CU（高于当前的 %3）。</translation>
    </message>
    <message>
        <source>Downgrade: %1 to %2 CUs (below the current %3).</source>
        <translation>降级：%1~%2 CU（低于当前的 %3）。</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Upgrade Subscription Quota</source>
        <translation>升级包年包月配额</translation>
    </message>
    <message>
        <source>Downgrade Subscription Quota</source>
        <translation>降级包年包月配额</translation>
    </message>
    <message>
        <source>&amp;Buy Now</source>
        <translation>立即购买(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Downgrade</source>
        <translation>降级(&amp;D)</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Shown once the CU quota is valid</source>
        <translation>CU 配额有效后显示</translation>
    </message>
    <message>
        <source>Confirm Upgrade</source>
        <translation>确认升级</translation>
    </message>
    <message>
        <source>Confirm Downgrade</source>
        <translation>确认降级</translation>
    </message>
    <message>
        <source>Upgrade %1 from %2 to %3 CUs? %4 is charged now.</source>
        <translation>将 %1 从 %2 CU 升级到 %3 CU？将立即扣费 %4。</translation>
    </message>
    <message>
        <source>Downgrade %1 from %2 to %3 CUs? %4 is refunded.</source>
        <translation>将 %1 从 %2 CU 降级到 %3 CU？将退款 %4。</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>支付 %1(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Downgrade, refund %1</source>
        <translation>降级并退款 %1(&amp;D)</translation>
    </message>
    <message>
        <source>Queues after the change:</source>
        <translation>变更后的队列：</translation>
    </message>
</context>
<context>
    <name>SubscriptionState</name>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expired on %1. Renew restores it until it is released on %2.</source>
        <translation>已于 %1 过期。在 %2 释放之前，续费即可恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Renews automatically in %n day(s) (%1).</source>
        <translation>
            <numerusform>%n 天后自动续费（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s) (%1).</source>
        <translation>
            <numerusform>%n 天后到期（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscription of %1 expired on %2, so it runs no new jobs. Renew it to run jobs again; its data and members are kept until it is released on %3.</source>
        <translation>%1 的订阅已于 %2 过期，因此不再运行新作业。续费后即可再次运行作业；其数据和成员将保留到 %3 释放为止。</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>%1 of %2 tags</source>
        <translation>%1 / %2 个标签</translation>
    </message>
    <message>
        <source>Tag Key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Tag Value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tag Value (optional)</source>
        <translation>标签值（可选）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>移除第 %1 个标签</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Tag Key %1</source>
        <translation>标签键 %1</translation>
    </message>
    <message>
        <source>Tag Value %1</source>
        <translation>标签值 %1</translation>
    </message>
</context>
<context>
    <name>TagRules</name>
    <message>
        <source>Enter a tag key.</source>
        <translation>请输入标签键。</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation>标签键最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A tag key cannot start with &quot;aliyun&quot; or &quot;acs:&quot;.</source>
        <translation>标签键不能以“aliyun”或“acs:”开头。</translation>
    </message>
    <message>
        <source>A tag key cannot contain &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation>标签键不能包含“http://”或“https://”。</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation>标签值最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A tag value cannot start with &quot;aliyun&quot; or &quot;acs:&quot;.</source>
        <translation>标签值不能以“aliyun”或“acs:”开头。</translation>
    </message>
    <message>
        <source>A tag value cannot contain &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation>标签值不能包含“http://”或“https://”。</translation>
    </message>
    <message numerus="yes">
        <source>A workspace can have at most %1 tags; remove %n.</source>
        <translation>
            <numerusform>每个工作空间最多 %1 个标签；请移除 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is used twice; keys must be unique.</source>
        <translation>标签键“%1”重复；标签键必须唯一。</translation>
    </message>
</context>
<context>
    <name>TagService</name>
    <message>
        <source>The workspace no longer exists.</source>
        <translation>此工作空间已不存在。</translation>
    </message>
    <message>
        <source>Could not read the workspace.</source>
        <translation>无法读取工作空间。</translation>
    </message>
</context>
<context>
    <name>TagsColumnDelegate</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceAccess</name>
    <message>
        <source>This workspace no longer exists.</source>
        <translation>此工作空间已不存在。</translation>
    </message>
    <message>
        <source>Could not read your role in this workspace.</source>
        <translation>无法读取您在此工作空间中的角色。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCatalogService</name>
    <message>
        <source>%1 is the workspace&apos;s default data catalog (chosen at creation) and cannot be removed.</source>
        <translation>%1 是此工作空间的默认数据目录（创建时选择），无法移除。</translation>
    </message>
    <message>
        <source>Choose a data catalog.</source>
        <translation>请选择数据目录。</translation>
    </message>
    <message>
        <source>The data catalog %1 does not exist in this account.</source>
        <translation>此账号下不存在数据目录 %1。</translation>
    </message>
    <message>
        <source>The data catalog %1 is in %2. A workspace in %3 can use only data catalogs of its own region.</source>
        <translation>数据目录 %1 位于%2。位于%3的工作空间只能使用其所在地域的数据目录。</translation>
    </message>
    <message>
        <source>The data catalog %1 is already this workspace&apos;s default catalog.</source>
        <translation>数据目录 %1 已是此工作空间的默认数据目录。</translation>
    </message>
    <message>
        <source>The data catalog %1 has already been added to this workspace.</source>
        <translation>数据目录 %1 已添加到此工作空间。</translation>
    </message>
    <message>
        <source>The data catalog %1 is not used by this workspace.</source>
        <translation>此工作空间未使用数据目录 %1。</translation>
    </message>
    <message>
        <source>Could not read the data catalogs of the workspace.</source>
        <translation>无法读取工作空间的数据目录。</translation>
    </message>
    <message>
        <source>This workspace no longer exists.</source>
        <translation>此工作空间已不存在。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCatalogTableModel</name>
    <message>
        <source>Default (chosen at creation)</source>
        <translation>默认（创建时选择）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation>数据目录 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>WorkspaceDetailWindow</name>
    <message>
        <source>%1 — Workspace</source>
        <translation>%1 — 工作空间</translation>
    </message>
    <message>
        <source>ID: %1 · Region: %2 · Billing Method: %3 · CU Quota: %4 · Status: %5</source>
        <translation>ID：%1 · 地域：%2 · 付费类型：%3 · CU 配额：%4 · 状态：%5</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Data Catalogs</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>WorkspaceListLoader</name>
    <message>
        <source>Could not read the workspace list.</source>
        <translation>无法读取工作空间列表。</translation>
    </message>
</context>
<context>
    <name>WorkspaceRules</name>
    <message>
        <source>The name must be 1 to 64 characters in length and can contain only Chinese characters, letters, digits, hyphens (-), and underscores (_).</source>
        <translation>名称长度必须为 1 到 64 个字符，只能包含中文字符、字母、数字、连字符（-）和下划线（_）。</translation>
    </message>
    <message>
        <source>Choose one of the supported regions.</source>
        <translation>请选择支持的地域。</translation>
    </message>
    <message>
        <source>Choose Subscription or Pay-as-you-go.</source>
        <translation>请选择包年包月或按量付费。</translation>
    </message>
    <message>
        <source>For %1, the CU quota must be from %2 to %3 CUs.</source>
        <translation>%1的 CU 配额必须为 %2~%3 CU。</translation>
    </message>
    <message>
        <source>Choose a subscription duration of 1 to 9 months, or 1, 2 or 3 years.</source>
        <translation>请选择 1~9 个月或 1、2、3 年的购买时长。</translation>
    </message>
    <message>
        <source>Complete the real-name verification of your Alibaba Cloud account before you create a workspace.</source>
        <translation>创建工作空间前，请先完成阿里云账号的实名认证。</translation>
    </message>
    <message>
        <source>Object Storage Service (OSS) is not activated. Activate OSS and create a bucket in %1 first.</source>
        <translation>尚未开通对象存储 OSS。请先开通 OSS，并在%1创建 Bucket。</translation>
    </message>
    <message>
        <source>There is no OSS bucket in %1. Create a bucket in this region in the OSS console, or choose another region.</source>
        <translation>%1没有 OSS Bucket。请在 OSS 控制台中于该地域创建 Bucket，或选择其他地域。</translation>
    </message>
    <message>
        <source>Data Lake Formation (DLF) is not activated in %1. Activate DLF in this region, or choose another region.</source>
        <translation>%1尚未开通数据湖构建（DLF）。请在该地域开通 DLF，或选择其他地域。</translation>
    </message>
    <message>
        <source>Choose an OSS bucket.</source>
        <translation>请选择 OSS Bucket。</translation>
    </message>
    <message>
        <source>A bucket name must be 3 to 63 characters long, contain only lowercase letters, digits and hyphens (-), and start and end with a letter or digit.</source>
        <translation>Bucket 名称长度为 3~63 个字符，只能包含小写字母、数字和短划线（-），且必须以小写字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>The path cannot contain control characters such as line breaks.</source>
        <translation>路径不能包含换行符等控制字符。</translation>
    </message>
    <message>
        <source>The path cannot start with a slash (/) or contain two slashes in a row (//): every folder needs a name.</source>
        <translation>路径不能以斜线（/）开头，也不能包含连续的两个斜线（//）：每个文件夹都必须有名称。</translation>
    </message>
    <message>
        <source>The path cannot contain &quot;.&quot; or &quot;..&quot; as a folder name.</source>
        <translation>路径中的文件夹名称不能为“.”或“..”。</translation>
    </message>
    <message>
        <source>The path can be at most %1 bytes long in UTF-8; it has %2.</source>
        <translation>路径按 UTF-8 编码最多 %1 个字节；当前为 %2 个字节。</translation>
    </message>
    <message>
        <source>The bucket %1 does not exist in this account.</source>
        <translation>此账号下不存在 Bucket %1。</translation>
    </message>
    <message>
        <source>The bucket %1 is in %2, not in %3. Choose a bucket of the workspace&apos;s region.</source>
        <translation>Bucket %1 位于%2，而不是%3。请选择工作空间所在地域的 Bucket。</translation>
    </message>
    <message>
        <source>The HDFS service is not enabled for the bucket %1. To view quasi-real-time incremental logs during O&amp;M, we recommend that you use a bucket for which the HDFS service is enabled.</source>
        <translation>Bucket %1 未开通 HDFS 服务。为了在运维过程中查看准实时增量日志，建议使用已开通 HDFS 服务的 Bucket。</translation>
    </message>
    <message>
        <source>The catalog ID must be 2 to 256 characters long, start with a letter, and contain only letters, digits and underscores (_).</source>
        <translation>数据目录 ID 长度为 2~256 个字符，必须以字母开头，且只能包含字母、数字和下划线（_）。</translation>
    </message>
    <message>
        <source>Choose a DLF data catalog, or click Create Catalog to create one.</source>
        <translation>请选择 DLF 数据目录，或单击“创建数据目录”新建一个。</translation>
    </message>
    <message>
        <source>The data catalog %1 does not exist in %2.</source>
        <translation>%2不存在数据目录 %1。</translation>
    </message>
    <message>
        <source>Choose an execution role.</source>
        <translation>请选择执行角色。</translation>
    </message>
    <message>
        <source>%1 is not a RAM role of this account that %2 can assume. Choose another role.</source>
        <translation>%1 不是此账号下可供 %2 扮演的 RAM 角色。请选择其他角色。</translation>
    </message>
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <source>The start-up delay cannot be negative.</source>
        <translation>启动延迟不能为负数。</translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists in this account. Enter a different name.</source>
        <translation>此账号下已存在名为“%1”的工作空间。请输入其他名称。</translation>
    </message>
    <message>
        <source>This workspace no longer exists.</source>
        <translation>此工作空间已不存在。</translation>
    </message>
    <message>
        <source>Could not read the workspace.</source>
        <translation>无法读取工作空间。</translation>
    </message>
    <message>
        <source>Could not update the status of starting workspaces.</source>
        <translation>无法更新启动中工作空间的状态。</translation>
    </message>
    <message>
        <source>Could not read the workspace statuses.</source>
        <translation>无法读取工作空间状态。</translation>
    </message>
    <message>
        <source>Could not read the start-up delay setting.</source>
        <translation>无法读取启动延迟设置。</translation>
    </message>
    <message>
        <source>Could not check whether the name is free.</source>
        <translation>无法检查名称是否可用。</translation>
    </message>
    <message>
        <source>A pay-as-you-go workspace is billed by use: there is nothing to pay now.</source>
        <translation>按量付费工作空间按使用量计费：现在无需支付。</translation>
    </message>
</context>
<context>
    <name>WorkspaceTab</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
</context>
<context>
    <name>WorkspaceTableModel</name>
    <message>
        <source>%1, ID %2</source>
        <translation>%1，ID %2</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Unsubscribe  More</source>
        <translation>退订  更多</translation>
    </message>
    <message>
        <source>Delete  More</source>
        <translation>删除  更多</translation>
    </message>
    <message>
        <source>Click for this workspace&apos;s actions (also: Menu key or Shift+F10)</source>
        <translation>单击查看此工作空间的操作（也可按菜单键或 Shift+F10）</translation>
    </message>
    <message>
        <source>Workspace Name / ID</source>
        <translation>工作空间名称/ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Billing Method</source>
        <translation>付费类型</translation>
    </message>
    <message>
        <source>CU Quota</source>
        <translation>CU 配额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s): %1</source>
        <translation>
            <numerusform>%n 个标签：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Does not expire (pay-as-you-go)</source>
        <translation>不会到期（按量付费）</translation>
    </message>
    <message>
        <source>—</source>
        <comment>pay-as-you-go: no expiry</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
Expired; Renew restores it</source>
        <translation>%1
已到期；续费即可恢复</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews in %n day(s)</source>
        <translation>
            <numerusform>%n 天后自动续费</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open or create the database at &lt;path&gt;.</source>
        <translation>打开或创建位于 &lt;path&gt; 的数据库。</translation>
    </message>
    <message>
        <source>User interface language: %1.</source>
        <translation>界面语言：%1。</translation>
    </message>
    <message>
        <source>Workspace Console: manage EMR Serverless Spark workspaces.</source>
        <translation>Workspace Console：管理 EMR Serverless Spark 工作空间。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>未知语言“%1”。可用语言：%2。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot prepare the database</source>
        <translation>无法初始化数据库</translation>
    </message>
</context>
</TS>
