<?xml version='1.0' encoding='utf-8'?>
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
        <source>%1 is not a Workspace Console database. The file was not changed.</source>
        <translation>%1 不是 Workspace Console 数据库。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Workspace Console. The file was not changed.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不属于 Workspace Console。文件未被修改。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation>无法初始化 %1：%2</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>The database is busy (another Workspace Console may be saving). Try again.</source>
        <translation>数据库正忙（可能有另一个 Workspace Console 正在保存）。请重试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Workspace Console</source>
        <translation>关于 Workspace Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Workspace Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manage EMR Serverless Spark workspaces offline: create, delete, quotas, tags, members and roles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Workspace Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;离线管理 EMR Serverless Spark 工作空间：创建、删除、配额、标签、成员和角色。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前登录身份：%1</translation>
    </message>
    <message>
        <source>Workspace Console — EMR Serverless Spark</source>
        <translation>Workspace Console — EMR Serverless Spark</translation>
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
        <translation>关于 Workspace Console(&amp;A)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>&amp;Signed in as:</source>
        <translation>登录身份(&amp;S)：</translation>
    </message>
    <message>
        <source>The billing history arrives in the next version.</source>
        <translation>账单记录将在下一版本中提供。</translation>
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
        <source>Actions for the selected workspace (the same as the row's context menu)</source>
        <translation>所选工作空间的操作（与该行的右键菜单相同）</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
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
        <source>Creating workspaces arrives in the next version.</source>
        <translation>创建工作空间将在下一版本中提供。</translation>
    </message>
    <message>
        <source>Deleting workspaces arrives in the next version.</source>
        <translation>删除工作空间将在下一版本中提供。</translation>
    </message>
    <message>
        <source>Quota changes arrive in the next version.</source>
        <translation>配额变更将在下一版本中提供。</translation>
    </message>
    <message>
        <source>Editing tags arrives in the next version.</source>
        <translation>编辑标签将在下一版本中提供。</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %1 of %n workspace(s) read</source>
        <translation><numerusform>正在加载… 已读取 %1 个，共 %n 个工作空间</numerusform></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>%1 of %2 tags</source>
        <translation>%1 / %2 个标签</translation>
    </message>
    <message>
        <source>Tag Key: %1</source>
        <translation>标签键：%1</translation>
    </message>
    <message>
        <source>Tag Value: %1</source>
        <translation>标签值：%1</translation>
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
        <source>A tag key cannot start with "aliyun" or "acs:".</source>
        <translation>标签键不能以“aliyun”或“acs:”开头。</translation>
    </message>
    <message>
        <source>A tag key cannot contain "http://" or "https://".</source>
        <translation>标签键不能包含“http://”或“https://”。</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation>标签值最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A tag value cannot start with "aliyun" or "acs:".</source>
        <translation>标签值不能以“aliyun”或“acs:”开头。</translation>
    </message>
    <message>
        <source>A tag value cannot contain "http://" or "https://".</source>
        <translation>标签值不能包含“http://”或“https://”。</translation>
    </message>
    <message numerus="yes">
        <source>A workspace can have at most %1 tags; remove %n.</source>
        <translation>
            <numerusform>每个工作空间最多 %1 个标签；请移除 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag key "%1" is used twice; keys must be unique.</source>
        <translation>标签键“%1”重复；标签键必须唯一。</translation>
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
        <source>This workspace no longer exists.</source>
        <translation>此工作空间已不存在。</translation>
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
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <source>The start-up delay cannot be negative.</source>
        <translation>启动延迟不能为负数。</translation>
    </message>
    <message>
        <source>A workspace named "%1" already exists in this account. Enter a different name.</source>
        <translation>此账号下已存在名为“%1”的工作空间。请输入其他名称。</translation>
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
        <source>Click for this workspace's actions (also: Menu key or Shift+F10)</source>
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
        <source>Unknown language "%1". Available: %2.</source>
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