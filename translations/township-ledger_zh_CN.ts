<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditChain</name>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>the audit trail cannot be sealed: %1</source>
        <translation>无法为修改记录加封：%1</translation>
    </message>
    <message>
        <source>the audit trail cannot be sealed (row %1): %2</source>
        <translation>无法为修改记录加封（第 %1 条）：%2</translation>
    </message>
    <message>
        <source>the check was stopped</source>
        <translation>校验已中止</translation>
    </message>
    <message>
        <source>the ledger cannot be read: %1</source>
        <translation>无法读取台账：%1</translation>
    </message>
    <message>
        <source>the trigger %1 is missing: it was dropped behind the program&apos;s back</source>
        <translation>触发器 %1 缺失：已在本程序之外被删除</translation>
    </message>
    <message>
        <source>the trigger %1 was changed</source>
        <translation>触发器 %1 已被改动</translation>
    </message>
    <message>
        <source>the trigger %1 is not the program&apos;s</source>
        <translation>触发器 %1 不是本程序创建的</translation>
    </message>
    <message>
        <source>the audit trail cannot be read: %1</source>
        <translation>无法读取修改记录：%1</translation>
    </message>
    <message>
        <source>audit row %1 was removed</source>
        <translation>第 %1 条修改记录已被删除</translation>
    </message>
    <message>
        <source>audit rows %1 to %2 were removed</source>
        <translation>第 %1 至 %2 条修改记录已被删除</translation>
    </message>
    <message>
        <source>audit row %1 (%2) is not sealed: it was written outside the program</source>
        <translation>第 %1 条修改记录（%2）未加封：它是在本程序之外写入的</translation>
    </message>
    <message>
        <source>audit row %1 (%2) was altered</source>
        <translation>第 %1 条修改记录（%2）已被篡改</translation>
    </message>
    <message>
        <source>%1 %2 was removed from the file without a trace in the audit trail (last recorded in audit row %3)</source>
        <translation>%1 %2 已从台账中删除，但修改记录中没有相应记录（最后一次记录见第 %3 条）</translation>
    </message>
    <message>
        <source>%1 %2 is in the file, but the audit trail says it was deleted (audit row %3)</source>
        <translation>%1 %2 仍在台账中，但修改记录显示它已被删除（第 %3 条）</translation>
    </message>
    <message>
        <source>%1 %2 is in the file, but not in the audit trail: it was added behind its back</source>
        <translation>%1 %2 在台账中，但修改记录中没有：它是绕过修改记录添加的</translation>
    </message>
    <message>
        <source>%1 %2: %3 differs from what the audit trail recorded (last in audit row %4): it was changed behind the trail&apos;s back</source>
        <translation>%1 %2：%3 与修改记录不符（最后一次记录见第 %4 条）：它是绕过修改记录改动的</translation>
    </message>
    <message>
        <source>audit rows %1 to %2 (sealed together by row %2) were altered: one of them differs from what was written</source>
        <translation>第 %1 至 %2 条修改记录（由第 %2 条一并加封）已被篡改：其中有一条与写入时不同</translation>
    </message>
    <message>
        <source>audit rows %1 (%2) to %3 are not sealed: they were written outside the program</source>
        <translation>第 %1 条（%2）至第 %3 条修改记录未加封：它们是在本程序之外写入的</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>收支类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Form of resolution</source>
        <translation>决议形式</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>同意票</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>反对票</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>弃权票</translation>
    </message>
    <message>
        <source>Households expected</source>
        <translation>应到户数</translation>
    </message>
    <message>
        <source>Households present</source>
        <translation>实到户数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Disclosed until</source>
        <translation>公开截止</translation>
    </message>
    <message>
        <source>Where posted</source>
        <translation>公开渠道</translation>
    </message>
    <message>
        <source>Signed by (supervision committee)</source>
        <translation>监委会签字人</translation>
    </message>
    <message>
        <source>Rule overridden</source>
        <translation>已越过规则</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>越过规则的理由</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>所属期起</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>所属期止</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>撤下日期</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Matter step</source>
        <translation>事项步骤</translation>
    </message>
    <message>
        <source>%1, term %2</source>
        <translation>%1第%2届</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1第%2号</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>正职</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>副职</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>(file contents)</source>
        <translation>（文件内容）</translation>
    </message>
    <message>
        <source>%1 (batch %2)</source>
        <translation>%1（第%2批）</translation>
    </message>
    <message>
        <source>%1 (batch %2, %3)</source>
        <translation>%1（第%2批，%3）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Reserve cadre</source>
        <translation>后备人才</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Matter step</source>
        <translation>事项步骤</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>三务公开</translation>
    </message>
    <message>
        <source>Finance item</source>
        <translation>收支明细</translation>
    </message>
    <message>
        <source>Notice template</source>
        <translation>公告模板</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>录入/编辑</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Change of term</source>
        <translation>换届</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>门牌号/地址</translation>
    </message>
    <message>
        <source>People</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>担任职务</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>设置值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>系统用户</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>操作方式</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Villager groups</source>
        <translation>村民小组数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Registered population</source>
        <translation>户籍人口</translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Villagers&apos; representatives</source>
        <translation>村民代表数</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>18周岁以上人口</translation>
    </message>
    <message>
        <source>Collective income (yuan)</source>
        <translation>村集体经济收入（元）</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Weak and lax</source>
        <translation>软弱涣散</translation>
    </message>
    <message>
        <source>Model village</source>
        <translation>示范村</translation>
    </message>
    <message>
        <source>Rule-of-law model village</source>
        <translation>民主法治示范村</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>In the ledger since</source>
        <translation>入台账日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>离任原因</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审议</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>计划完成时间</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Reason withdrawn</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Parent grid</source>
        <translation>上级网格</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Export with full personal data</source>
        <translation>含完整个人信息的导出</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Recorded at the upgrade</source>
        <translation>升级时补记</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>the ledger is open read-only, so an export with full personal data cannot be recorded in its audit trail</source>
        <translation>台账以只读方式打开，无法在修改记录中登记含完整个人信息的导出</translation>
    </message>
    <message>
        <source>cannot record the export of %1: %2</source>
        <translation>无法登记 %1 的导出：%2</translation>
    </message>
    <message>
        <source>Earlier meeting of a step</source>
        <translation>步骤的前次会议</translation>
    </message>
    <message>
        <source>Reason for the motion</source>
        <translation>动议事由</translation>
    </message>
    <message>
        <source>Township cadre attending</source>
        <translation>乡镇参会人员</translation>
    </message>
    <message>
        <source>Supervision committee&apos;s opinion</source>
        <translation>监督意见</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>the backup folder %1 cannot be created</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法从 %1 恢复：%2</translation>
    </message>
    <message>
        <source>%1 is open in another window or program; close it before restoring</source>
        <translation>%1 已在其他窗口或程序中打开，请先关闭后再恢复</translation>
    </message>
    <message>
        <source>the current ledger could not be saved first, so nothing was restored: %1</source>
        <translation>未能先保存当前台账，因此未作任何恢复：%1</translation>
    </message>
    <message>
        <source>the current ledger could not be saved first, so nothing was restored</source>
        <translation>未能先保存当前台账，因此未作任何恢复</translation>
    </message>
    <message>
        <source>%1 could not be copied: is the disk full?</source>
        <translation>无法复制 %1：磁盘是否已满？</translation>
    </message>
    <message>
        <source>the restored file could not be put in place</source>
        <translation>无法将恢复后的文件移至目标位置</translation>
    </message>
    <message>
        <source>%1 is write-protected; nothing was restored</source>
        <translation>%1 已写保护，未恢复任何内容</translation>
    </message>
    <message>
        <source>%1 is a backup of %2, but %3 is the ledger of %4; nothing was restored (to restore it all the same, confirm it, or use --force on the command line)</source>
        <translation>%1 是%2的备份，而 %3 是%4的台账，未恢复任何内容（如仍要恢复，请确认；命令行请加 --force）</translation>
    </message>
    <message>
        <source>the restore was stopped</source>
        <translation>恢复已中止</translation>
    </message>
    <message>
        <source>%1 could not be brought to the current format, so nothing was restored: %2</source>
        <translation>%1 无法升级为当前格式，因此未恢复任何内容：%2</translation>
    </message>
    <message>
        <source>the restore could not be recorded, so nothing was restored: %1</source>
        <translation>无法记录本次恢复，因此未恢复任何内容：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>new: exactly one FILE is needed</source>
        <translation>new：须指定且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>new: --township NAME is required</source>
        <translation>new：必须用 --township NAME 指定乡镇名称</translation>
    </message>
    <message>
        <source>Created %1 for %2</source>
        <translation>已为%2创建台账 %1</translation>
    </message>
    <message>
        <source>demo: exactly one FILE is needed</source>
        <translation>demo：须指定且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>demo: --villages must be a number from 1 to 2000</source>
        <translation>demo：--villages 须为 1 至 2000 之间的数字</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number</source>
        <translation>demo：--seed 须为整数</translation>
    </message>
    <message>
        <source>demo: --date must be written YYYY-MM-DD</source>
        <translation>demo：--date 须按 YYYY-MM-DD 格式填写</translation>
    </message>
    <message>
        <source>demo: --households-per-village must be a number from 0 to 20000</source>
        <translation>demo：--households-per-village 须为 0 至 20000 之间的数字</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo：%1</translation>
    </message>
    <message>
        <source>Created demo ledger %1 with %2 villages</source>
        <translation>已创建演示台账 %1，共 %2 个村</translation>
    </message>
    <message>
        <source>check: exactly one FILE is needed</source>
        <translation>check：须指定且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>check: --date must be written YYYY-MM-DD</source>
        <translation>check：--date 须按 YYYY-MM-DD 格式填写</translation>
    </message>
    <message>
        <source>--quarter must be written like 2026Q3</source>
        <translation>--quarter 须按 2026Q3 的格式填写</translation>
    </message>
    <message>
        <source>--out FILE.xlsx is required</source>
        <translation>必须用 --out FILE.xlsx 指定输出文件</translation>
    </message>
    <message>
        <source>export: exactly one FILE is needed</source>
        <translation>export：须指定且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>rollup: name at least one ledger FILE</source>
        <translation>rollup：请至少指定一个台账文件 FILE</translation>
    </message>
    <message>
        <source>rollup: %1</source>
        <translation>rollup：%1</translation>
    </message>
    <message>
        <source>notice: exactly one FILE is needed</source>
        <translation>notice：须指定且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>notice: --out FILE.pdf is required</source>
        <translation>notice：必须用 --out FILE.pdf 指定输出文件</translation>
    </message>
    <message>
        <source>notice: give either --matter ID or --disclosure ID</source>
        <translation>notice：请指定 --matter ID 或 --disclosure ID（二者选一）</translation>
    </message>
    <message>
        <source>notice: --date must be written YYYY-MM-DD</source>
        <translation>notice：--date 须按 YYYY-MM-DD 格式填写</translation>
    </message>
    <message>
        <source>notice: the ID must be a positive number</source>
        <translation>notice：ID 须为正整数</translation>
    </message>
    <message>
        <source>notice: --kind must be resolution or result</source>
        <translation>notice：--kind 只能是 resolution 或 result</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>notice：%1</translation>
    </message>
    <message>
        <source>notices: exactly one FILE is needed</source>
        <translation>notices：须指定且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>notices: --due-within must be a number of days from 0 to 366</source>
        <translation>notices：--due-within 须为 0 至 366 之间的天数</translation>
    </message>
    <message>
        <source>notices: --out FILE.pdf is required</source>
        <translation>notices：必须用 --out FILE.pdf 指定输出文件</translation>
    </message>
    <message>
        <source>notices: --date must be written YYYY-MM-DD</source>
        <translation>notices：--date 须按 YYYY-MM-DD 格式填写</translation>
    </message>
    <message>
        <source>notices: skipped: %1</source>
        <translation>notices：已跳过：%1</translation>
    </message>
    <message>
        <source>No notice is due within %1 days.</source>
        <translation>今后 %1 天内没有应张贴的公告。</translation>
    </message>
    <message>
        <source>notices: %1</source>
        <translation>notices：%1</translation>
    </message>
    <message>
        <source>Wrote %1 notices to %2</source>
        <translation>已将 %1 份公告写入 %2</translation>
    </message>
    <message>
        <source>import: exactly one ledger FILE is needed</source>
        <translation>import：须指定且只能指定一个台账文件 FILE</translation>
    </message>
    <message>
        <source>import: name exactly one of --villages, --members, --households, --matters with the sheet file</source>
        <translation>import：须在 --villages、--members、--households、--matters 中指定且只能指定一项，并给出表格文件</translation>
    </message>
    <message>
        <source>import: --on-duplicate must be update or skip, not %1</source>
        <translation>import：--on-duplicate 只能是 update 或 skip，不能是 %1</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was imported</source>
        <translation>%1 为只读，未导入任何数据</translation>
    </message>
    <message>
        <source>Header in row %1; columns: %2</source>
        <translation>表头在第%1行；各列对应关系：%2</translation>
    </message>
    <message>
        <source>new village: %1</source>
        <translation>新增村：%1</translation>
    </message>
    <message>
        <source>new grid: %1</source>
        <translation>新增网格：%1</translation>
    </message>
    <message>
        <source>new person: %1</source>
        <translation>新增人员：%1</translation>
    </message>
    <message>
        <source>row %1: rejected: %2: %3</source>
        <translation>第%1行：不予导入：%2：%3</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>read %1, imported %2, updated %3, skipped %4, rejected %5</source>
        <translation>读取%1行，导入%2行，更新%3行，跳过%4行，不予导入%5行</translation>
    </message>
    <message>
        <source>backup before the import: %1</source>
        <translation>导入前的备份：%1</translation>
    </message>
    <message>
        <source>the rejected rows could not be written: %1</source>
        <translation>无法写出不予导入的行：%1</translation>
    </message>
    <message>
        <source>rejected rows written to %1</source>
        <translation>不予导入的行已写入 %1</translation>
    </message>
    <message>
        <source>audit: exactly one FILE is needed</source>
        <translation>audit：须指定且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>audit: --since must be a date such as 2026-07-01</source>
        <translation>audit：--since 须为日期，如 2026-07-01</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1</source>
        <translation>
            <numerusform>已将%n条修改记录写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>backup: exactly one FILE is needed</source>
        <translation>backup：须指定且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>restore: FILE and --from BACKUP are needed</source>
        <translation>restore：须指定 FILE 和 --from BACKUP</translation>
    </message>
    <message>
        <source>the ledger as it was is kept at %1</source>
        <translation>原台账已保存在 %1</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1未导入任何内容。</translation>
    </message>
    <message>
        <source>the audit trail is whole: %1 audit rows sealed, %2 records match it (%3 s)</source>
        <translation>修改记录完好：%1 条修改记录均已加封，%2 条记录与之相符（用时 %3 秒）</translation>
    </message>
    <message>
        <source>the audit trail is broken: %1 (%2 s)</source>
        <translation>修改记录遭破坏：%1（用时 %2 秒）</translation>
    </message>
    <message>
        <source>Usage: township-ledger-cli COMMAND [OPTIONS]

Commands:
  new FILE --township NAME [--county NAME]   create an empty ledger
  demo FILE [--villages N] [--seed S] [--date YYYY-MM-DD] [--households-per-village M]
                                           create a demo ledger with realistic data
  check FILE [--date YYYY-MM-DD]             print every finding: village, rule, detail (tab-separated)
  export FILE --quarter 2026Q3 --out report.xlsx [--unmasked]
                                           the quarterly report to the county
  rollup --quarter 2026Q3 --out county.xlsx FILE...
                                           one county workbook from several townships&apos; ledgers
  notice FILE --matter ID --kind resolution|result --out notice.pdf
  notice FILE --disclosure ID --out notice.pdf
                                           a printed notice (公告/公示) as PDF
  notices FILE --due-within DAYS --out batch.pdf [--date YYYY-MM-DD]
                                           every notice due in the next DAYS, one per page
  import FILE --villages|--members|--households|--matters SHEETFILE [--create-villages]
         [--sheet NAME] [--on-duplicate update|skip] [--errors errors.xlsx] [--take-over-lock]
         [--new-term-from YYYY-MM-DD]
                                           import a list from .xlsx, .ods, .xls or .csv; prints the counts
  audit FILE [--since YYYY-MM-DD] [--out audit.xlsx] [--unmasked] [--verify]
                                           every recorded change, one per line (or as a workbook);
                                           ID and mobile numbers masked unless --unmasked;
                                           --verify: the trail&apos;s hash chain and a replay against
                                           the records (exit 1 naming the first broken one)
  backup FILE [--to PATH]                   a consistent copy (default: the backups folder beside FILE)
  restore FILE --from BACKUP [--clerk NAME] [--force]
                                           replace FILE by BACKUP (FILE is backed up first; a backup
                                           of another township only with --force)

--take-over-lock: a write command takes over the lock of a ledger that is marked as being edited
on another computer or by a program that was stopped (check first that nobody edits it).

Options for every command:
  --lang zh_CN|en   language of messages (default zh_CN)
  --help            this text
  --version         the program version

Exit codes: 0 done (check: no findings; import: every row imported), 1 check found findings,
import rejected rows or audit --verify found the trail broken, 2 error (import: nothing could
be read; nothing was written).
</source>
        <translation>用法：township-ledger-cli COMMAND [OPTIONS]

命令：
  new FILE --township NAME [--county NAME]   新建空白台账
  demo FILE [--villages N] [--seed S] [--date YYYY-MM-DD] [--households-per-village M]
                                           生成含仿真数据的示例台账
  check FILE [--date YYYY-MM-DD]             列出全部问题：村、规则、具体情况（以制表符分隔）
  export FILE --quarter 2026Q3 --out report.xlsx [--unmasked]
                                           生成报送县里的季度报表
  rollup --quarter 2026Q3 --out county.xlsx FILE...
                                           将多个乡镇的台账汇总为一个全县工作簿
  notice FILE --matter ID --kind resolution|result --out notice.pdf
  notice FILE --disclosure ID --out notice.pdf
                                           生成可打印的 PDF 公告（公告/公示）
  notices FILE --due-within DAYS --out batch.pdf [--date YYYY-MM-DD]
                                           今后 DAYS 天内应张贴的全部公告，每页一份
  import FILE --villages|--members|--households|--matters SHEETFILE [--create-villages]
         [--sheet NAME] [--on-duplicate update|skip] [--errors errors.xlsx] [--take-over-lock]
         [--new-term-from YYYY-MM-DD]
                                           从 .xlsx、.ods、.xls 或 .csv 文件导入名册，并输出各项行数
  audit FILE [--since YYYY-MM-DD] [--out audit.xlsx] [--unmasked] [--verify]
                                           列出全部修改记录，每行一条（或导出为工作簿）；
                                           身份证号和手机号均打码，加 --unmasked 才显示完整号码；
                                           --verify：校验修改记录的哈希链，并据修改记录重建各项记录
                                           逐一比对（发现问题时退出码为 1，并指出第一处问题）
  backup FILE [--to PATH]                   生成台账的完整一致副本（默认存入 FILE 同目录下的备份文件夹）
  restore FILE --from BACKUP [--clerk NAME] [--force]
                                           用 BACKUP 替换 FILE（替换前先备份 FILE；
                                           其他乡镇的备份须加 --force 才能恢复）

--take-over-lock：写入类命令接管被标记为“正在编辑”的台账的锁，适用于标记来自其他电脑
或已被中止的程序的情况（请先确认无人正在编辑）。

所有命令通用的选项：
  --lang zh_CN|en   提示信息的语言（默认 zh_CN）
  --help            显示本说明
  --version         显示程序版本

退出码：0 完成（check：未发现问题；import：所有行均已导入）；1 check 发现问题、
import 有行不予导入，或 audit --verify 发现修改记录遭破坏；2 出错（import：未能读取任何内容，
未写入任何数据）。
</translation>
    </message>
    <message>
        <source>import: --new-term-from needs a date such as 2026-05-10, not %1</source>
        <translation>import：--new-term-from 需要日期，例如 2026-05-10，而不是 %1</translation>
    </message>
    <message>
        <source>Unused columns: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message>
        <source>row %1: skipped: %2</source>
        <translation>第 %1 行：已跳过：%2</translation>
    </message>
    <message numerus="yes">
        <source>row %1: imported with %n finding(s): %2</source>
        <translation>
            <numerusform>第 %1 行：已导入，有 %n 条问题：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between findings</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: members in post since %2, after the running term ended; to open the next term from the change of term, import again with --new-term-from DATE</source>
        <translation>%1：成员任职时间为 %2，晚于本届任期结束；如需从换届之日起开始下一届，请加 --new-term-from 日期 重新导入</translation>
    </message>
    <message>
        <source>Derived columns (worked out by the program, not imported): %1</source>
        <translation>由程序计算的列（不导入）：%1</translation>
    </message>
    <message>
        <source>Audit trail with full personal data</source>
        <translation>含完整个人信息的修改记录</translation>
    </message>
    <message>
        <source>audit: the export could not be recorded in the audit trail, so the file was removed: %1</source>
        <translation>audit：此次导出未能记入修改记录，文件已删除：%1</translation>
    </message>
    <message>
        <source>(standard output)</source>
        <translation>（标准输出）</translation>
    </message>
    <message>
        <source>audit: full numbers are shown only when recorded in the audit trail: %1</source>
        <translation>audit：完整号码须记入修改记录后才能显示：%1</translation>
    </message>
</context>
<context>
    <name>CommitteeRepository</name>
    <message>
        <source>Term start: required</source>
        <translation>任期开始日期：必填</translation>
    </message>
    <message>
        <source>Term end: must be after the start</source>
        <translation>任期结束日期：须晚于开始日期</translation>
    </message>
    <message>
        <source>Term: term %1 of the %2 is still running; close it with a change of term first</source>
        <translation>届次：%2第%1届任期尚未结束，请先办理换届</translation>
    </message>
    <message>
        <source>the date of the change of term is missing</source>
        <translation>未填写换届日期</translation>
    </message>
    <message>
        <source>the %1 term %2 started on %3; a change of term must come after that</source>
        <translation>%1第%2届任期于%3开始，换届日期须在此之后</translation>
    </message>
    <message>
        <source>change of term</source>
        <translation>换届</translation>
    </message>
    <message>
        <source>Term: the post must belong to a term</source>
        <translation>届次：职务必须归属于某一届</translation>
    </message>
    <message>
        <source>Post start: required</source>
        <translation>任职开始日期：必填</translation>
    </message>
    <message>
        <source>Post start: %1 is outside term %2 (%3 to %4)</source>
        <translation>任职开始日期：%1不在第%2届任期内（%3至%4）</translation>
    </message>
    <message>
        <source>Post end: before its start</source>
        <translation>任职结束日期：早于开始日期</translation>
    </message>
    <message>
        <source>Person: not found</source>
        <translation>人员：未找到</translation>
    </message>
    <message>
        <source>Person: belongs to another village</source>
        <translation>人员：属于其他村</translation>
    </message>
    <message>
        <source>Post: this person already holds a post in this %1 at that time</source>
        <translation>职务：此人在该时段已在本%1担任职务</translation>
    </message>
    <message>
        <source>Post: %1 is held by %2 since %3; record the end of that post first</source>
        <translation>职务：%1自%3起由%2担任，请先登记其离任</translation>
    </message>
    <message>
        <source>the post no longer exists</source>
        <translation>该职务已不存在</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>body and role, e.g. 村民委员会委员; English puts a space between</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>the term no longer exists</source>
        <translation>该届次已不存在</translation>
    </message>
</context>
<context>
    <name>Components</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
</context>
<context>
    <name>Deliberation</name>
    <message>
        <source>%1 present but only %2 expected</source>
        <translation>实到%1人，但应到仅%2人</translation>
    </message>
    <message>
        <source>%1 votes cast (for, against, abstain) but only %2 present</source>
        <translation>表决票数（同意、反对、弃权）合计%1票，但实到仅%2人</translation>
    </message>
    <message>
        <source>party committee meeting: %1 of %2 members present, fewer than half</source>
        <translation>支委会：应到委员%2人，实到%1人，不足半数</translation>
    </message>
    <message>
        <source>joint meeting: %1 of %2 members present, fewer than half</source>
        <translation>两委联席会议：应到%2人，实到%1人，不足半数</translation>
    </message>
    <message>
        <source>joint meeting: %1 of %2 members present, fewer than two thirds</source>
        <translation>两委联席会议：应到%2人，实到%1人，不足三分之二</translation>
    </message>
    <message>
        <source>party members&apos; meeting: %1 of %2 voting members present, fewer than half</source>
        <translation>党员大会：应到有表决权的党员%2人，实到%1人，不足半数</translation>
    </message>
    <message>
        <source>party members&apos; meeting: %1 votes for is not more than half of the %2 voting members</source>
        <translation>党员大会：同意%1票，未超过应到会有表决权党员%2人的半数</translation>
    </message>
    <message>
        <source>the resolution does not say whether a villagers&apos; meeting or a representatives meeting decided</source>
        <translation>决议未注明由村民会议还是村民代表会议作出</translation>
    </message>
    <message>
        <source>representatives meeting: %1 of %2 representatives present, fewer than two thirds</source>
        <translation>村民代表会议：应到村民代表%2人，实到%1人，不足三分之二</translation>
    </message>
    <message>
        <source>villagers&apos; meeting: neither more than half of the adults (%1 of %2) nor two thirds of the households (%3 of %4) attended</source>
        <translation>村民会议：到会成年村民%1人（共%2人），未过半数；到会户代表%3户（共%4户），不足三分之二</translation>
    </message>
    <message>
        <source>resolution: %1 votes for is not more than half of the %2 present</source>
        <translation>决议：同意%1票，未超过实到%2人的半数</translation>
    </message>
    <message>
        <source>expected and present counts are not recorded, so the quorum cannot be checked</source>
        <translation>未登记应到、实到人数，无法核查是否达到法定人数</translation>
    </message>
    <message>
        <source>the vote is not recorded</source>
        <translation>未登记表决结果</translation>
    </message>
    <message>
        <source>step %1 is recorded although the matter was rejected at step %2</source>
        <translation>事项已在第%2步被否决，但仍登记了第%1步</translation>
    </message>
    <message>
        <source>step %1 was recorded before step %2 by override: %3</source>
        <translation>第%1步先于第%2步登记（强制登记，理由：%3）</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明理由</translation>
    </message>
    <message>
        <source>step %1 is recorded but step %2 is missing</source>
        <translation>已登记第%1步，但缺少第%2步</translation>
    </message>
    <message>
        <source>step %1 is dated %2, before step %3 (%4)</source>
        <translation>第%1步的日期为%2，早于第%3步（%4）</translation>
    </message>
    <message>
        <source>step %1: the end of the disclosure period is not recorded</source>
        <translation>第%1步：未登记公开截止日期</translation>
    </message>
    <message>
        <source>step %1: disclosed for %2 working days, at least %3 required</source>
        <translation>第%1步：公开%2个工作日，至少应公开%3个工作日</translation>
    </message>
    <message>
        <source>step %1: disclosed for %2 days, at least %3 required</source>
        <translation>第%1步：公开%2天，至少应公开%3天</translation>
    </message>
    <message>
        <source>step %1: no supervision committee member signed the disclosure</source>
        <translation>第%1步：公开内容未经村务监督委员会成员签字</translation>
    </message>
    <message>
        <source>the %1 of %2 was disclosed on %3, later than %4 days after it</source>
        <translation>%2作出的%1于%3才公开，超过了%4天的公开时限</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>否决决定</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>the %1 of %2 has not been disclosed (due by %3)</source>
        <translation>%2作出的%1尚未公开（应于%3前公开）</translation>
    </message>
    <message>
        <source>implementation was planned to finish on %1; the result is not disclosed (due by %2)</source>
        <translation>计划于%1实施完毕，实施结果尚未公开（应于%2前公开）</translation>
    </message>
    <message>
        <source>step %1: %2 expected at the meeting, but the village record has %3 %4</source>
        <translation>第%1步：会议登记应到%2，但村情记录为%3%4</translation>
    </message>
    <message>
        <source>party members with a vote</source>
        <translation>名有表决权的党员</translation>
    </message>
    <message>
        <source>villager representatives</source>
        <translation>名村民代表</translation>
    </message>
    <message>
        <source>adult villagers</source>
        <translation>名18周岁以上村民</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <source>step %1 is recorded but the meeting of step %2 had no quorum and was not held again</source>
        <translation>已记录第%1步，但第%2步会议未达法定人数，且未重新召开</translation>
    </message>
    <message>
        <source>%1: the meeting is void, hold it again</source>
        <translation>%1：会议无效，应重新召开</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the number of villages must be between 1 and 2000</source>
        <translation>村的数量须在1至2000之间</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>change of term</source>
        <translation>换届</translation>
    </message>
</context>
<context>
    <name>DisclosureRepository</name>
    <message>
        <source>Village: not found</source>
        <translation>村：未找到</translation>
    </message>
    <message>
        <source>Title: required</source>
        <translation>标题：必填</translation>
    </message>
    <message>
        <source>Period: choose the month or quarter covered</source>
        <translation>公开期间：请选择所涉及的月份或季度</translation>
    </message>
    <message>
        <source>End date: before the posting date</source>
        <translation>截止日期：早于张贴日期</translation>
    </message>
    <message>
        <source>Channels: name at least one (e.g. bulletin board)</source>
        <translation>公开渠道：请至少填写一项（如公开栏）</translation>
    </message>
    <message>
        <source>Finance item %1: name the item</source>
        <translation>第%1项收支：请填写项目名称</translation>
    </message>
    <message>
        <source>Finance item %1: the amount cannot be negative (put it on the other side)</source>
        <translation>第%1项收支：金额不能为负数（请改记为相反的收支方向）</translation>
    </message>
    <message>
        <source>Finance items belong to a finance disclosure</source>
        <translation>收支明细只能用于财务公开</translation>
    </message>
</context>
<context>
    <name>DisclosureText</name>
    <message>
        <source>Party affairs</source>
        <translation>党务</translation>
    </message>
    <message>
        <source>Village affairs</source>
        <translation>村务</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已公开</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>逾期公开</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待公开</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未公开</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Party organisation</source>
        <translation>村党组织</translation>
    </message>
    <message>
        <source>Villagers&apos; committee</source>
        <translation>村民委员会</translation>
    </message>
    <message>
        <source>Supervision committee</source>
        <translation>村务监督委员会</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Deputy party secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <source>Committee director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Deputy committee director</source>
        <translation>副主任</translation>
    </message>
    <message>
        <source>Supervision director</source>
        <translation>监委会主任</translation>
    </message>
    <message>
        <source>Supervision deputy</source>
        <translation>监委会副主任</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>大学本科</translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation>大专</translation>
    </message>
    <message>
        <source>Technical secondary / high school</source>
        <translation>中专/高中</translation>
    </message>
    <message>
        <source>Junior middle school or below</source>
        <translation>初中及以下</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>CPC probationary member</source>
        <translation>中共预备党员</translation>
    </message>
    <message>
        <source>CYL member</source>
        <translation>共青团员</translation>
    </message>
    <message>
        <source>Masses</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Democratic party member</source>
        <translation>民主党派</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未审查</translation>
    </message>
    <message>
        <source>Successful entrepreneur</source>
        <translation>致富能手</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>返乡人员</translation>
    </message>
    <message>
        <source>College graduate</source>
        <translation>大学毕业生</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>退役军人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>New matter “%1”</source>
        <translation>新建事项“%1”</translation>
    </message>
    <message>
        <source>Edit matter “%1”</source>
        <translation>编辑事项“%1”</translation>
    </message>
    <message>
        <source>Withdraw “%1”</source>
        <translation>撤回“%1”</translation>
    </message>
    <message>
        <source>Delete matter “%1”</source>
        <translation>删除事项“%1”</translation>
    </message>
    <message>
        <source>Record step %1 of “%2”</source>
        <translation>登记“%2”的第 %1 步</translation>
    </message>
    <message>
        <source>Edit step %1 of “%2”</source>
        <translation>编辑“%2”的第 %1 步</translation>
    </message>
    <message>
        <source>Delete step %1 of “%2”</source>
        <translation>删除“%2”的第 %1 步</translation>
    </message>
    <message>
        <source>Change the rules for four deliberations, two disclosures</source>
        <translation>更改四议两公开规则</translation>
    </message>
    <message>
        <source>New disclosure “%1”</source>
        <translation>新建公开“%1”</translation>
    </message>
    <message>
        <source>Edit disclosure “%1”</source>
        <translation>编辑公开“%1”</translation>
    </message>
    <message>
        <source>Delete disclosure “%1”</source>
        <translation>删除公开记录“%1”</translation>
    </message>
    <message>
        <source>Change the disclosure rules and notice fonts</source>
        <translation>修改公开规则与公告字体</translation>
    </message>
    <message>
        <source>Change the template of the %1</source>
        <translation>修改%1的模板</translation>
    </message>
    <message>
        <source>Change %1 notice templates</source>
        <translation>修改 %1 个公告模板</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>该记录已不存在</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n household(s) to %1</source>
        <translation>
            <numerusform>将%n户分配到%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n household(s) out of their grid</source>
        <translation>
            <numerusform>将%n户移出所在网格</numerusform>
        </translation>
    </message>
    <message>
        <source>Add household %1</source>
        <translation>添加%1户</translation>
    </message>
    <message>
        <source>Edit household %1</source>
        <translation>编辑%1户</translation>
    </message>
    <message>
        <source>Delete household %1</source>
        <translation>删除农户%1</translation>
    </message>
    <message>
        <source>Delete %1 households</source>
        <translation>删除%1户</translation>
    </message>
    <message>
        <source>the households no longer exist</source>
        <translation>这些农户已不存在</translation>
    </message>
    <message>
        <source>Add grid %1</source>
        <translation>添加网格“%1”</translation>
    </message>
    <message>
        <source>Edit grid %1</source>
        <translation>编辑网格“%1”</translation>
    </message>
    <message>
        <source>Delete grid %1</source>
        <translation>删除网格%1</translation>
    </message>
    <message>
        <source>the grid no longer exists</source>
        <translation>该网格已不存在</translation>
    </message>
    <message>
        <source>Propose grids for %1</source>
        <translation>为%1划分网格</translation>
    </message>
    <message>
        <source>Change the grid rules</source>
        <translation>更改网格规则</translation>
    </message>
    <message>
        <source>Add reserve cadre %1</source>
        <translation>添加后备人才%1</translation>
    </message>
    <message>
        <source>Edit reserve cadre %1</source>
        <translation>编辑后备人才%1</translation>
    </message>
    <message>
        <source>Remove reserve cadre %1</source>
        <translation>移出后备人才%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>添加成员%1</translation>
    </message>
    <message>
        <source>Changed post</source>
        <translation>职务变动</translation>
    </message>
    <message>
        <source>Change phone of %1</source>
        <translation>修改%1的联系电话</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>End post of %1</source>
        <translation>%1离任</translation>
    </message>
    <message>
        <source>Open first term of the %1</source>
        <translation>开启%1首届</translation>
    </message>
    <message>
        <source>Change of term – %1</source>
        <translation>换届 – %1</translation>
    </message>
    <message>
        <source>Change targets and rules</source>
        <translation>更改目标与规则</translation>
    </message>
    <message>
        <source>Change township information</source>
        <translation>更改乡镇信息</translation>
    </message>
    <message>
        <source>Add village %1</source>
        <translation>添加村“%1”</translation>
    </message>
    <message>
        <source>Edit village %1</source>
        <translation>编辑村“%1”</translation>
    </message>
    <message>
        <source>Step: only a meeting held without quorum is held again</source>
        <translation>步骤：只有未达法定人数的会议才能重新召开</translation>
    </message>
    <message>
        <source>Date: the meeting held again cannot be before the one of %1</source>
        <translation>日期：重新召开的会议不能早于 %1 的会议</translation>
    </message>
    <message>
        <source>Hold step %1 of “%2” again</source>
        <translation>重新召开“%2”的第 %1 步会议</translation>
    </message>
    <message>
        <source>Take reserve cadre %1 off the list</source>
        <translation>将后备干部%1移出名单</translation>
    </message>
</context>
<context>
    <name>FindingEngine</name>
    <message>
        <source>Villagers&apos; committee size out of range</source>
        <translation>村委会成员人数不符合规定</translation>
    </message>
    <message>
        <source>No woman on the villagers&apos; committee</source>
        <translation>村委会无女性成员</translation>
    </message>
    <message>
        <source>Party committee too large</source>
        <translation>村党组织委员人数超出规定</translation>
    </message>
    <message>
        <source>No running term</source>
        <translation>未登记本届任期</translation>
    </message>
    <message>
        <source>Single post held by two people</source>
        <translation>同一正职由两人同时担任</translation>
    </message>
    <message>
        <source>Supervision member also on the villagers&apos; committee</source>
        <translation>监委会成员兼任村委会成员</translation>
    </message>
    <message>
        <source>Too few reserve cadres</source>
        <translation>后备人才不足</translation>
    </message>
    <message>
        <source>Term ending soon</source>
        <translation>任期即将届满</translation>
    </message>
    <message>
        <source>Term expired</source>
        <translation>任期已届满</translation>
    </message>
    <message>
        <source>Invalid ID number</source>
        <translation>身份证号有误</translation>
    </message>
    <message>
        <source>Post holder without ID number</source>
        <translation>任职人员未登记身份证号</translation>
    </message>
    <message>
        <source>Post holder failed the qualification review</source>
        <translation>任职人员资格联审未通过</translation>
    </message>
    <message>
        <source>Collective income below target</source>
        <translation>村集体经济收入未达标</translation>
    </message>
    <message>
        <source>Too few villages above the high income target</source>
        <translation>集体经济收入较高的村占比不足</translation>
    </message>
    <message>
        <source>Too few five-star party organisations</source>
        <translation>五星级党组织占比不足</translation>
    </message>
    <message>
        <source>Too few cadres with college education</source>
        <translation>大专及以上学历村干部占比不足</translation>
    </message>
    <message>
        <source>Steps out of order</source>
        <translation>步骤顺序不符</translation>
    </message>
    <message>
        <source>Step recorded after a rejection</source>
        <translation>否决后仍登记后续步骤</translation>
    </message>
    <message>
        <source>Vote did not pass</source>
        <translation>表决未通过</translation>
    </message>
    <message>
        <source>Meeting counts incomplete or inconsistent</source>
        <translation>会议人数记录不全或不一致</translation>
    </message>
    <message>
        <source>Resolution disclosed late</source>
        <translation>决议逾期公开</translation>
    </message>
    <message>
        <source>Resolution not disclosed</source>
        <translation>决议未公开</translation>
    </message>
    <message>
        <source>Disclosure period too short</source>
        <translation>公开期限不足</translation>
    </message>
    <message>
        <source>Disclosure not signed by the supervision committee</source>
        <translation>公开内容未经监委会签字</translation>
    </message>
    <message>
        <source>Result not disclosed</source>
        <translation>实施结果未公开</translation>
    </message>
    <message>
        <source>Households in no grid</source>
        <translation>农户未纳入网格</translation>
    </message>
    <message>
        <source>Grid far above the size</source>
        <translation>网格户数严重超标</translation>
    </message>
    <message>
        <source>Grid worker with too many households</source>
        <translation>网格员联系户数过多</translation>
    </message>
    <message>
        <source>Grid without a leader</source>
        <translation>网格未设网格长</translation>
    </message>
    <message>
        <source>Same household ID twice</source>
        <translation>户主身份证号重复</translation>
    </message>
    <message>
        <source>Disclosure overdue</source>
        <translation>三务公开逾期</translation>
    </message>
    <message>
        <source>%1 reserve cadres; at least %2 are expected</source>
        <translation>后备人才%1人，应不少于%2人</translation>
    </message>
    <message>
        <source>no running term of the party organisation is recorded</source>
        <translation>未登记村党组织的本届任期</translation>
    </message>
    <message>
        <source>no running term of the villagers&apos; committee is recorded</source>
        <translation>未登记村民委员会的本届任期</translation>
    </message>
    <message>
        <source>the villagers&apos; committee has %1 members; the law asks for %2 to %3</source>
        <translation>村民委员会现有成员%1人，法律规定为%2至%3人</translation>
    </message>
    <message>
        <source>none of the %1 members of the villagers&apos; committee is a woman (Organic Law §6)</source>
        <translation>村民委员会%1名成员中没有女性（《村民委员会组织法》第六条）</translation>
    </message>
    <message>
        <source>the party committee has %1 members; at most %2</source>
        <translation>村党组织委员会现有成员%1人，最多应为%2人</translation>
    </message>
    <message>
        <source>%1 is held by both %2 (since %3) and %4 (since %5)</source>
        <translation>%1同时由%2（自%3起）和%4（自%5起）担任</translation>
    </message>
    <message>
        <source>%1 sits on the supervision committee and on the villagers&apos; committee (Organic Law §32)</source>
        <translation>%1同时担任村务监督委员会和村民委员会成员（《村民委员会组织法》第三十二条）</translation>
    </message>
    <message>
        <source>term %1 of the %2 ended on %3 and no change of term is recorded</source>
        <translation>%2第%1届任期已于%3届满，尚未登记换届</translation>
    </message>
    <message>
        <source>term %1 of the %2 ends on %3: prepare the change of term and the qualification review</source>
        <translation>%2第%1届任期将于%3届满，请做好换届和资格联审准备</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 holds a post but has no ID number recorded</source>
        <translation>%1担任职务，但未登记身份证号</translation>
    </message>
    <message>
        <source>%1 holds a post although the county qualification review failed</source>
        <translation>%1未通过县级资格联审，但仍担任职务</translation>
    </message>
    <message>
        <source>%1 households are in no grid</source>
        <translation>%1户未纳入任何网格</translation>
    </message>
    <message>
        <source>grid %1 has %2 households; the size is %3 (+%4%)</source>
        <translation>网格%1有%2户，标准为%3户（超出%4%）</translation>
    </message>
    <message>
        <source>grid %1 has no grid leader</source>
        <translation>网格%1未设网格长</translation>
    </message>
    <message>
        <source>grid worker %1 looks after %2 households; at most %3</source>
        <translation>网格员%1联系%2户，最多应为%3户</translation>
    </message>
    <message>
        <source>the ID number of household head %1 appears %2 times in the township</source>
        <translation>户主%1的身份证号在本乡镇出现%2次</translation>
    </message>
    <message>
        <source>%1 disclosure for %2 was due on %3 and is not posted</source>
        <translation>%2%1公开应于%3完成，尚未张贴</translation>
    </message>
    <message>
        <source>collective income %1 (10k yuan) is not above the target of %2</source>
        <translation>村集体经济收入%1万元，未超过目标值%2万元</translation>
    </message>
    <message>
        <source>%1 of %2 villages have a collective income above %3 (10k yuan); the target is %4%</source>
        <translation>%2个村中有%1个村集体经济收入超过%3万元，目标占比为%4%</translation>
    </message>
    <message>
        <source>%1 of %2 party organisations are rated five stars; the target is %3%</source>
        <translation>%2个村党组织中有%1个被评为五星级，目标占比为%3%</translation>
    </message>
    <message>
        <source>%1 of %2 village cadres have junior college education or higher; the target is %3%</source>
        <translation>%2名村干部中有%1名具有大专及以上学历，目标占比为%3%</translation>
    </message>
    <message>
        <source>Expected attendance differs from the village record</source>
        <translation>应到人数与村情记录不符</translation>
    </message>
    <message>
        <source>Meeting without quorum — hold it again</source>
        <translation>会议未达法定人数——应重新召开</translation>
    </message>
    <message>
        <source>Disclosure posted late</source>
        <translation>公开逾期</translation>
    </message>
    <message>
        <source>%1 disclosure for %2 was due on %3 and was posted on %4</source>
        <translation>%2%1公开应于%3完成，实际于%4张贴</translation>
    </message>
    <message>
        <source>Same unified social credit code for two villages</source>
        <translation>两个村的统一社会信用代码相同</translation>
    </message>
    <message>
        <source>unified social credit code %1 is also that of %2</source>
        <translation>统一社会信用代码%1与%2的代码相同</translation>
    </message>
    <message>
        <source>Meeting form of the resolution not recorded</source>
        <translation>决议未写明会议形式</translation>
    </message>
</context>
<context>
    <name>GridProposal</name>
    <message>
        <source>(no group)</source>
        <translation>（未分组）</translation>
    </message>
    <message>
        <source>%1 grid</source>
        <translation>%1网格</translation>
    </message>
    <message>
        <source>%1 grid %2</source>
        <translation>%1第%2网格</translation>
    </message>
    <message>
        <source>The village has no households yet: add or import them first.</source>
        <translation>本村尚无农户，请先录入或导入。</translation>
    </message>
    <message>
        <source>%1 more grid workers are needed; add people to the village and assign them afterwards.</source>
        <translation>还需%1名网格员；请先在本村添加人员，再进行分配。</translation>
    </message>
    <message>
        <source>The village already has %1 grids; names that exist are reused, their households are moved.</source>
        <translation>本村已有%1个网格；同名网格将沿用，其中的农户将重新分配。</translation>
    </message>
    <message>
        <source>proposed grids</source>
        <translation>按网格划分方案</translation>
    </message>
</context>
<context>
    <name>GridRepository</name>
    <message>
        <source>Grid name: required</source>
        <translation>网格名称：必填</translation>
    </message>
    <message>
        <source>Grid name: %1 already exists in this village</source>
        <translation>网格名称：本村已有“%1”</translation>
    </message>
    <message>
        <source>Parent grid: not a grid of this village</source>
        <translation>上级网格：不是本村的网格</translation>
    </message>
    <message>
        <source>Parent grid: grids have at most one level below them</source>
        <translation>上级网格：网格之下最多只能再设一级</translation>
    </message>
    <message>
        <source>Grid leader: not a person of this village</source>
        <translation>网格长：不是本村人员</translation>
    </message>
    <message>
        <source>Grid workers: someone is not a person of this village</source>
        <translation>网格员：有人员不属于本村</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Head of household: required</source>
        <translation>户主：必填</translation>
    </message>
    <message>
        <source>Head of household: at most 30 characters</source>
        <translation>户主：最多30个字</translation>
    </message>
    <message>
        <source>Head&apos;s ID number: %1</source>
        <translation>户主身份证号：%1</translation>
    </message>
    <message>
        <source>People: %1 is out of range (0 to 50)</source>
        <translation>家庭人口：%1超出范围（0至50）</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>Grid: not a grid of this village</source>
        <translation>网格：不是本村的网格</translation>
    </message>
    <message>
        <source>Grid worker: not a worker of the household&apos;s grid</source>
        <translation>网格员：不是该户所在网格的网格员</translation>
    </message>
    <message>
        <source>the grid no longer exists</source>
        <translation>该网格已不存在</translation>
    </message>
    <message>
        <source>%1 of the households belong to another village than the grid</source>
        <translation>其中%1户与该网格不属于同一个村</translation>
    </message>
    <message>
        <source>the grid worker does not work in that grid</source>
        <translation>该网格员不属于此网格</translation>
    </message>
    <message>
        <source>a grid worker needs a grid</source>
        <translation>指定网格员须同时指定网格</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>HouseholdText</name>
    <message>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Five guarantees</source>
        <translation>五保</translation>
    </message>
    <message>
        <source>Extreme hardship</source>
        <translation>特困</translation>
    </message>
    <message>
        <source>Lifted out of poverty</source>
        <translation>脱贫户</translation>
    </message>
    <message>
        <source>Under monitoring</source>
        <translation>监测户</translation>
    </message>
    <message>
        <source>Left-behind elderly</source>
        <translation>留守老人</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>退役军人</translation>
    </message>
</context>
<context>
    <name>ImportSchema</name>
    <message>
        <source>Village</source>
        <translation>村名</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Villager groups</source>
        <translation>村民小组数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Registered population</source>
        <translation>户籍人口</translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <source>Adults (18+)</source>
        <translation>18周岁以上人口</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>Villager representatives</source>
        <translation>村民代表人数</translation>
    </message>
    <message>
        <source>Collective income</source>
        <translation>集体经济收入</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>In post since</source>
        <translation>任职时间</translation>
    </message>
    <message>
        <source>Reserve cadre</source>
        <translation>是否后备人才</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>门牌号/地址</translation>
    </message>
    <message>
        <source>People</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>提议日期</translation>
    </message>
    <message>
        <source>Deliberated on</source>
        <translation>商议日期</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>审议日期</translation>
    </message>
    <message>
        <source>Review: expected</source>
        <translation>审议应到人数</translation>
    </message>
    <message>
        <source>Review: present</source>
        <translation>审议实到人数</translation>
    </message>
    <message>
        <source>Review: in favour</source>
        <translation>审议同意人数</translation>
    </message>
    <message>
        <source>Resolution form</source>
        <translation>决议形式</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>决议日期</translation>
    </message>
    <message>
        <source>Resolution: expected</source>
        <translation>决议应到人数</translation>
    </message>
    <message>
        <source>Resolution: present</source>
        <translation>决议实到人数</translation>
    </message>
    <message>
        <source>Resolution: in favour</source>
        <translation>决议同意人数</translation>
    </message>
    <message>
        <source>Resolution: against</source>
        <translation>决议反对人数</translation>
    </message>
    <message>
        <source>Resolution: abstaining</source>
        <translation>决议弃权人数</translation>
    </message>
    <message>
        <source>Resolution disclosed on</source>
        <translation>决议公开日期</translation>
    </message>
    <message>
        <source>Disclosure ends</source>
        <translation>公开截止日期</translation>
    </message>
    <message>
        <source>Result disclosed on</source>
        <translation>结果公开日期</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>公开方式</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>villages</source>
        <translation>村</translation>
    </message>
    <message>
        <source>two-committee members and reserve cadres</source>
        <translation>村两委成员和后备人才</translation>
    </message>
    <message>
        <source>households</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>matters (four deliberations, two disclosures)</source>
        <translation>四议两公开事项</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>计划完成时间</translation>
    </message>
    <message>
        <source>date</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>present</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>in favour</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>end</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>公开方式</translation>
    </message>
    <message>
        <source>signed by (supervision committee)</source>
        <translation>监委会签字</translation>
    </message>
    <message>
        <source>result</source>
        <translation>实施结果</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>党支部提议</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>两委会商议</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>党员大会审议</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>村民（代表）会议决议</translation>
    </message>
    <message>
        <source>Resolution disclosure</source>
        <translation>决议公开</translation>
    </message>
    <message>
        <source>Result disclosure</source>
        <translation>实施结果公开</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step: part of its record</comment>
        <translation>%1·%2</translation>
    </message>
    <message>
        <source>Reason for the motion</source>
        <translation>动议事由</translation>
    </message>
    <message>
        <source>Township cadre attending</source>
        <translation>乡镇参会人员</translation>
    </message>
    <message>
        <source>township cadre attending</source>
        <translation>乡镇参会人员</translation>
    </message>
    <message>
        <source>supervision committee&apos;s opinion</source>
        <translation>监督意见</translation>
    </message>
    <message>
        <source>Resolution disclosure: supervision committee&apos;s opinion</source>
        <translation>决议公开：监督意见</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>%1 is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>未填写日期</translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 2026-03-05)</source>
        <translation>“%1”不是日期（请写成 2026-03-05）</translation>
    </message>
    <message>
        <source>%1 is neither yes (是, √) nor no (否)</source>
        <translation>“%1”不是“是”（或√），也不是“否”</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>%1 is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %n decimal(s)</source>
        <translation>
            <numerusform>“%1”的小数超过%n位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>“%1”数值过大</translation>
    </message>
    <message>
        <source>stored as a number (%1), so its last digits are lost; format the column as text and type it again</source>
        <translation>以数字格式存储（%1），末尾几位已丢失；请将该列设为文本格式后重新录入</translation>
    </message>
    <message>
        <source>%1 is in scientific notation, so its last digits are lost; format the column as text and type it again</source>
        <translation>“%1”为科学计数法，末尾几位已丢失；请将该列设为文本格式后重新录入</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>No header row found in the first %1 rows of sheet %2: the columns must be named (e.g. %3).</source>
        <translation>工作表“%2”的前%1行中未找到表头行：各列须有列名（如%3）。</translation>
    </message>
    <message>
        <source>%1 is not a star rating from 0 to 5</source>
        <translation>“%1”不是0至5之间的星级</translation>
    </message>
    <message>
        <source>%1 is neither 男 nor 女</source>
        <translation>“%1”既不是“男”也不是“女”</translation>
    </message>
    <message>
        <source>political status %1 not recognised; kept in the note</source>
        <translation>政治面貌“%1”无法识别，已记入备注</translation>
    </message>
    <message>
        <source>education %1 not recognised; kept in the note</source>
        <translation>学历“%1”无法识别，已记入备注</translation>
    </message>
    <message>
        <source>post %1 not recognised; kept in the note</source>
        <translation>职务“%1”无法识别，已记入备注</translation>
    </message>
    <message>
        <source>Posts: %1</source>
        <translation>职务：%1</translation>
    </message>
    <message>
        <source>Political status: %1</source>
        <translation>政治面貌：%1</translation>
    </message>
    <message>
        <source>Education: %1</source>
        <translation>学历：%1</translation>
    </message>
    <message>
        <source>a grid worker is named but no grid: a 网格员 looks after households of a grid</source>
        <translation>填写了网格员但未填写网格：网格员负责联系本网格内的农户</translation>
    </message>
    <message>
        <source>category %1 not recognised; recorded as other</source>
        <translation>类别“%1”无法识别，已记为“其他”</translation>
    </message>
    <message>
        <source>figures are given for this meeting but not its date</source>
        <translation>填写了该次会议的人数，但未填写会议日期</translation>
    </message>
    <message>
        <source>%1 is neither 村民会议 nor 村民代表会议</source>
        <translation>“%1”既不是“村民会议”也不是“村民代表会议”</translation>
    </message>
    <message>
        <source>disclosure channel not given; recorded as %1</source>
        <translation>未填写公开方式，已记为“%1”</translation>
    </message>
    <message>
        <source>no village given</source>
        <translation>未填写村名</translation>
    </message>
    <message>
        <source>No header row: map the columns first.</source>
        <translation>未找到表头行：请先指定各列对应关系。</translation>
    </message>
    <message>
        <source>Required column missing: %1</source>
        <translation>缺少必填列：%1</translation>
    </message>
    <message>
        <source>Check the rows (preview) before importing.</source>
        <translation>导入前请先核对各行（预览）。</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>导入前未能完成备份，因此未导入任何数据：%1</translation>
    </message>
    <message>
        <source>village %1 is not in this ledger (choose to create missing villages, or check the name)</source>
        <translation>本台账中没有“%1”村（可选择自动创建缺少的村，或核对村名）</translation>
    </message>
    <message>
        <source>village %1 will be created</source>
        <translation>将新建“%1”村</translation>
    </message>
    <message>
        <source>import from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>same as row %1 of this sheet</source>
        <translation>与本工作表第%1行重复</translation>
    </message>
    <message>
        <source>village %1 is already in the ledger</source>
        <translation>“%1”村已在台账中</translation>
    </message>
    <message>
        <source>%1 (same ID number) is already in the ledger</source>
        <translation>%1（身份证号相同）已在台账中</translation>
    </message>
    <message>
        <source>the person with this ID number is kept under another village</source>
        <translation>该身份证号对应的人员登记在其他村</translation>
    </message>
    <message>
        <source>term %1 of the %2 opened from %3</source>
        <translation>已新建%2第%1届任期，自%3起</translation>
    </message>
    <message>
        <source>in post since %1, before term %2 began; recorded from %3</source>
        <translation>任职时间%1早于第%2届任期开始，改按%3起登记</translation>
    </message>
    <message>
        <source>a household with this head&apos;s ID number is already in the ledger</source>
        <translation>台账中已有户主身份证号相同的农户</translation>
    </message>
    <message>
        <source>grid worker, added by import</source>
        <translation>网格员，导入时添加</translation>
    </message>
    <message>
        <source>a matter with this name is already recorded for the village</source>
        <translation>本村已登记同名事项</translation>
    </message>
    <message>
        <source>Row in the sheet</source>
        <translation>工作表中的行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>%1 未导入的行</translation>
    </message>
    <message>
        <source>imported as in the original ledger</source>
        <translation>按原始台账导入</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>第%1步（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step: finding</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>phone %1 left empty: %2</source>
        <translation>电话 %1 未导入：%2</translation>
    </message>
    <message>
        <source>联户代表会议 counted by the rules of the 村民代表会议</source>
        <translation>联户代表会议按村民代表会议的规则计算</translation>
    </message>
    <message>
        <source>the disclosure&apos;s first day is not in the sheet; recorded as disclosed on %1 only</source>
        <translation>表中没有公开开始日期；按仅在 %1 公开一天记录</translation>
    </message>
    <message>
        <source>the result disclosure&apos;s first day is not in the sheet; recorded as disclosed on %1 only</source>
        <translation>表中没有结果公开开始日期；按仅在 %1 公开一天记录</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>a %1 row: totals or notes, not a record; skipped</source>
        <translation>“%1”行是合计或说明，不是记录；已跳过</translation>
    </message>
    <message>
        <source>unified social credit code %1 is also that of %2</source>
        <translation>统一社会信用代码 %1 与%2相同</translation>
    </message>
    <message>
        <source>in post since %1, after term %2 of the %3 ended on %4: open the next term from the date of the change of term (换届)</source>
        <translation>任职时间 %1 晚于%3第 %2 届的结束日期 %4：请从换届之日起开始下一届</translation>
    </message>
    <message>
        <source>change of term (换届) recorded on %1; the next terms are opened from it</source>
        <translation>已记录 %1 换届，下一届从该日开始</translation>
    </message>
    <message>
        <source>The sheet changed after it was checked; check it again before importing.</source>
        <translation>检查之后表格已被修改，请重新检查后再导入。</translation>
    </message>
    <message>
        <source>党员议事会 counted by the rules of the 党员大会</source>
        <translation>党员议事会按党员大会的规则计算</translation>
    </message>
    <message>
        <source>phone %1 is masked; not imported</source>
        <translation>电话 %1 是脱敏号码，未导入</translation>
    </message>
    <message>
        <source>the ID number is masked (%1) and no record of %2 in this village is in the ledger to match it to: import the list with full ID numbers</source>
        <translation>身份证号已脱敏（%1），台账中本村没有%2的记录可以对应：请导入含完整身份证号的名单</translation>
    </message>
    <message>
        <source>the ID number is masked (%1) and %2 records of %3 are in this village: import the list with full ID numbers</source>
        <translation>身份证号已脱敏（%1），本村有 %2 条%3的记录：请导入含完整身份证号的名单</translation>
    </message>
    <message>
        <source>reason for the motion %1 is none of 党员群众建议, 村干部提议, 上级党委政府安排; left empty</source>
        <translation>动议事由“%1”不是党员群众建议、村干部提议、上级党委政府安排之一，未导入</translation>
    </message>
    <message>
        <source>%1 %2 does not agree with %3 present of %4 expected (%5%); the counts are kept</source>
        <translation>%1为%2，与应到%4人、实到%3人（%5%）不符；以人数为准</translation>
    </message>
    <message>
        <source>the resolution has a date but no meeting form (村民会议 or 村民代表会议); recorded without it</source>
        <translation>决议有日期但未写明会议形式（村民会议或村民代表会议），按原样登记，会议形式留空</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>the disk is full; nothing was saved (free some space and try again)</source>
        <translation>磁盘已满，未能保存（请清理磁盘空间后重试）</translation>
    </message>
    <message>
        <source>the ledger is read-only; nothing was saved</source>
        <translation>台账为只读，未能保存</translation>
    </message>
    <message>
        <source>the ledger is busy in another program; nothing was saved (try again)</source>
        <translation>台账正被其他程序占用，未能保存（请重试）</translation>
    </message>
    <message>
        <source>the ledger file is damaged (%1)</source>
        <translation>台账文件已损坏（%1）</translation>
    </message>
    <message>
        <source>the file is not a ledger</source>
        <translation>该文件不是台账文件</translation>
    </message>
    <message>
        <source>the change breaks a rule of the ledger (%1)</source>
        <translation>此项修改违反台账规则（%1）</translation>
    </message>
    <message>
        <source>the disk could not be written (%1)</source>
        <translation>无法写入磁盘（%1）</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a ledger file</source>
        <translation>这是一个文件夹，不是台账文件</translation>
    </message>
    <message>
        <source>the file is empty, it is not a ledger</source>
        <translation>文件为空，不是台账文件</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>it is not a Township Ledger file</source>
        <translation>不是乡村治理台账文件</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a Township Ledger file</source>
        <translation>这是其他程序的 SQLite 数据库，不是乡村治理台账文件</translation>
    </message>
    <message>
        <source>it was written by a newer version of Township Ledger (format %1, this program reads up to %2); please update the program</source>
        <translation>该文件由更高版本的乡村治理台账写入（格式版本%1，本程序最高只能读取版本%2），请升级程序</translation>
    </message>
    <message>
        <source>the ledger was never completely created</source>
        <translation>台账未完整创建</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>the ledger is in an older format (%1) and must be upgraded, but it is read-only</source>
        <translation>台账为旧格式（%1），需要升级，但文件为只读</translation>
    </message>
    <message>
        <source>the backup before the upgrade could not be written: %1</source>
        <translation>升级前无法写入备份：%1</translation>
    </message>
    <message>
        <source>the upgrade failed and was undone (%1); a copy is at %2</source>
        <translation>升级失败，已撤销（%1）；副本保存在 %2</translation>
    </message>
    <message>
        <source>Cannot create %1: a file of that name already exists</source>
        <translation>无法创建 %1：已存在同名文件</translation>
    </message>
    <message>
        <source>Cannot create %1: the township name is empty</source>
        <translation>无法创建 %1：乡镇名称为空</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder cannot be created</source>
        <translation>无法创建 %1：无法创建文件夹</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: the file could not be put in place</source>
        <translation>无法创建 %1：无法将文件移至目标位置</translation>
    </message>
    <message>
        <source>the ledger is open read-only; nothing was saved</source>
        <translation>台账以只读方式打开，未能保存</translation>
    </message>
    <message>
        <source>internal error while saving</source>
        <translation>保存时发生内部错误</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>the township name is empty</source>
        <translation>乡镇名称为空</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>%1 could not be put in place</source>
        <translation>无法将 %1 移至目标位置</translation>
    </message>
    <message>
        <source>computer %1, user %2, since %3</source>
        <translation>电脑 %1，用户 %2，自 %3 起</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 is already open in another window or program (%2, process %3; %4). It was opened read-only so that the two cannot overwrite each other&apos;s changes; close the other one to edit.</source>
        <translation>%1 已在另一个窗口或程序中打开（%2，进程 %3；%4）。为避免双方互相覆盖修改，本次以只读方式打开；如需编辑，请先关闭另一个。</translation>
    </message>
    <message>
        <source>%1 is marked as being edited (%2) and the mark could not be taken over; it was opened read-only.</source>
        <translation>%1 被标记为正在编辑（%2），且无法接管该标记，已以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 is marked as being edited (%2), but that cannot be checked from here: the mark may come from another computer or from a program that was stopped. It was opened read-only. If nobody else is editing it, take the lock over (command line: --take-over-lock).</source>
        <translation>%1 被标记为正在编辑（%2），但在本机无法核实：该标记可能来自其他电脑，或来自已被中止的程序。本次以只读方式打开。如确认无人正在编辑，可接管该锁（命令行：--take-over-lock）。</translation>
    </message>
    <message>
        <source>no temporary copy could be made (is the disk full?)</source>
        <translation>无法生成临时副本（磁盘是否已满？）</translation>
    </message>
    <message>
        <source>the ledger is in an older format (%1) and must be upgraded, but it is read-only and upgrading a temporary copy failed (%2)</source>
        <translation>台账为旧格式（%1），需要升级，但文件为只读，且升级临时副本失败（%2）</translation>
    </message>
    <message>
        <source>the file cannot be read from read-only media (%1)</source>
        <translation>无法从只读介质读取该文件（%1）</translation>
    </message>
    <message>
        <source>%1 is in an older format (%2). It cannot be upgraded where it is, so it was upgraded in a temporary copy, which is shown read-only; the file itself was not changed.</source>
        <translation>%1 为旧格式（%2），无法在原位置升级，因此已在临时副本中升级，并以只读方式显示；原文件未作任何改动。</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>该文件正被其他程序使用</translation>
    </message>
    <message>
        <source>it was written by a newer version of Township Ledger</source>
        <translation>该文件由更新版本的乡村治理台账写入</translation>
    </message>
</context>
<context>
    <name>MatterRepository</name>
    <message>
        <source>Title: required</source>
        <translation>标题：必填</translation>
    </message>
    <message>
        <source>Title: at most 100 characters</source>
        <translation>标题：最多100个字</translation>
    </message>
    <message>
        <source>Category: choose one from the list</source>
        <translation>类别：请从列表中选择</translation>
    </message>
    <message>
        <source>Amount: must be between 0 and 10 billion yuan</source>
        <translation>金额：须在0至100亿元之间</translation>
    </message>
    <message>
        <source>Village: not found</source>
        <translation>村：未找到</translation>
    </message>
    <message>
        <source>Withdrawal: give the reason</source>
        <translation>撤回：请填写理由</translation>
    </message>
    <message>
        <source>Matter: not found</source>
        <translation>事项：未找到</translation>
    </message>
    <message>
        <source>Step: must be 1 to 6</source>
        <translation>步骤：须为1至6</translation>
    </message>
    <message>
        <source>Date: required</source>
        <translation>日期：必填</translation>
    </message>
    <message>
        <source>Date: %1 is too far in the future</source>
        <translation>日期：%1晚于当前日期过多</translation>
    </message>
    <message>
        <source>%1: must be between 0 and 1,000,000</source>
        <translation>%1：须在0至1000000之间</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Households expected</source>
        <translation>应到户数</translation>
    </message>
    <message>
        <source>Households present</source>
        <translation>实到户数</translation>
    </message>
    <message>
        <source>Disclosure end: before the first day</source>
        <translation>公开截止日期：早于公开首日</translation>
    </message>
    <message>
        <source>Channels: name at least one (e.g. bulletin board)</source>
        <translation>公开渠道：请至少填写一项（如公开栏）</translation>
    </message>
    <message>
        <source>Meeting form: villagers&apos; meeting or representatives meeting?</source>
        <translation>会议形式：村民会议还是村民代表会议？</translation>
    </message>
    <message>
        <source>Step: the matter was withdrawn on %1</source>
        <translation>步骤：该事项已于%1撤回</translation>
    </message>
    <message>
        <source>Step: the matter was rejected; only the disclosure of the rejection can follow</source>
        <translation>步骤：该事项已被否决，只能登记否决结果的公开</translation>
    </message>
    <message>
        <source>Step: step %1 comes first (%2); record it, or record this one by override with a reason</source>
        <translation>步骤：应先登记第%1步（%2）；请先登记该步，或填写理由后强制登记本步</translation>
    </message>
    <message>
        <source>Override: give the reason</source>
        <translation>强制登记：请填写理由</translation>
    </message>
    <message>
        <source>Date: %1 is before step %2 (%3)</source>
        <translation>日期：%1早于第%2步（%3）</translation>
    </message>
    <message>
        <source>Attachment %1: the file is empty</source>
        <translation>附件%1：文件为空</translation>
    </message>
    <message>
        <source>Attachment %1: %2 MB is larger than the limit of %3 MB</source>
        <translation>附件%1：大小为%2 MB，超过%3 MB的上限</translation>
    </message>
    <message>
        <source>Attachment %1: only scans (images) and PDF files can be attached, this is %2</source>
        <translation>附件%1：只能上传扫描件（图片）或PDF文件，该文件为%2</translation>
    </message>
    <message>
        <source>Reason for the motion: choose one from the list</source>
        <translation>动议事由：请从列表中选择</translation>
    </message>
</context>
<context>
    <name>MatterText</name>
    <message>
        <source>1 Party organisation proposes</source>
        <translation>1 党组织提议</translation>
    </message>
    <message>
        <source>2 Two committees deliberate</source>
        <translation>2 两委会商议</translation>
    </message>
    <message>
        <source>3 Party members&apos; meeting reviews</source>
        <translation>3 党员大会审议</translation>
    </message>
    <message>
        <source>4 Villagers&apos; (representatives&apos;) meeting resolves</source>
        <translation>4 村民（代表）会议决议</translation>
    </message>
    <message>
        <source>5 Resolution disclosed</source>
        <translation>5 决议公开</translation>
    </message>
    <message>
        <source>6 Result disclosed</source>
        <translation>6 实施结果公开</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>商议</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审议</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Resolution disclosure</source>
        <translation>决议公开</translation>
    </message>
    <message>
        <source>Result disclosure</source>
        <translation>结果公开</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已决议</translation>
    </message>
    <message>
        <source>Being disclosed</source>
        <translation>公开中</translation>
    </message>
    <message>
        <source>Awaiting result disclosure</source>
        <translation>待结果公开</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Major decision</source>
        <translation>重大决策</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation>重大项目</translation>
    </message>
    <message>
        <source>Large spending</source>
        <translation>大额资金使用</translation>
    </message>
    <message>
        <source>Disposal of collective assets</source>
        <translation>集体资产处置</translation>
    </message>
    <message>
        <source>Land contracting</source>
        <translation>土地承包</translation>
    </message>
    <message>
        <source>Compensation distribution</source>
        <translation>补偿款分配</translation>
    </message>
    <message>
        <source>Public-welfare fund raising</source>
        <translation>公益事业筹资</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Villagers&apos; meeting</source>
        <translation>村民会议</translation>
    </message>
    <message>
        <source>Villagers&apos; representatives meeting</source>
        <translation>村民代表会议</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Bulletin board</source>
        <translation>公开栏</translation>
    </message>
    <message>
        <source>Villagers&apos; WeChat group</source>
        <translation>村民微信群</translation>
    </message>
    <message>
        <source>Sunshine village affairs platform</source>
        <translation>阳光村务平台</translation>
    </message>
    <message>
        <source>Suggested by party members and villagers</source>
        <translation>党员群众建议</translation>
    </message>
    <message>
        <source>Proposed by village cadres</source>
        <translation>村干部提议</translation>
    </message>
    <message>
        <source>Arranged by the higher party committee and government</source>
        <translation>上级党委政府安排</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>Amount: a number is missing</source>
        <translation>金额：未填写数字</translation>
    </message>
    <message>
        <source>Amount: cannot be negative</source>
        <translation>金额：不能为负数</translation>
    </message>
    <message>
        <source>Amount: type a number of yuan, e.g. 860000.00</source>
        <translation>金额：请输入以元为单位的数字，如 860000.00</translation>
    </message>
    <message>
        <source>Amount: at most two decimals (fen)</source>
        <translation>金额：最多保留两位小数（精确到分）</translation>
    </message>
    <message>
        <source>Amount: at most six decimals of 10k yuan</source>
        <translation>金额：以万元为单位时最多保留六位小数</translation>
    </message>
    <message>
        <source>Amount: must be between 0 and 10 billion yuan</source>
        <translation>金额：须在0至100亿元之间</translation>
    </message>
</context>
<context>
    <name>NoticeBuilder</name>
    <message>
        <source>%1-%2-%3</source>
        <comment>a date written out on a notice: year, month, day</comment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>%1 expected, %2 present</source>
        <translation>应到%1人，实到%2人</translation>
    </message>
    <message>
        <source>; %1 for, %2 against, %3 abstaining</source>
        <translation>；同意%1票，反对%2票，弃权%3票</translation>
    </message>
    <message>
        <source>the village party organisation proposed it at its committee meeting</source>
        <translation>村党组织召开支委会提议</translation>
    </message>
    <message>
        <source>the joint meeting of the two committees deliberated it</source>
        <translation>召开村两委联席会议商议</translation>
    </message>
    <message>
        <source>the party members&apos; meeting reviewed it</source>
        <translation>召开党员大会审议</translation>
    </message>
    <message>
        <source>the villagers&apos; meeting voted on it</source>
        <translation>召开村民会议表决</translation>
    </message>
    <message>
        <source>the villagers&apos; representatives meeting voted on it</source>
        <translation>召开村民代表会议表决</translation>
    </message>
    <message>
        <source>On %1 %2.</source>
        <translation>%1，%2。</translation>
    </message>
    <message>
        <source>On %1 %2 (%3).</source>
        <translation>%1，%2（%3）。</translation>
    </message>
    <message>
        <source>matter %1 does not exist</source>
        <translation>事项%1不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no resolution yet (step 4 is not recorded)</source>
        <translation>“%1”尚无决议（未登记第4步）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not resolved, so there is no result to disclose</source>
        <translation>“%1”未形成决议，没有可公开的实施结果</translation>
    </message>
    <message>
        <source>%1 Villagers&apos; Committee</source>
        <translation>%1村民委员会</translation>
    </message>
    <message>
        <source>The proposal did not obtain the required majority and is not adopted.</source>
        <translation>该事项未获得规定多数同意，不予通过。</translation>
    </message>
    <message>
        <source>The resolution was adopted.</source>
        <translation>该事项决议获得通过。</translation>
    </message>
    <message>
        <source>disclosure %1 does not exist</source>
        <translation>公开记录%1不存在</translation>
    </message>
    <message>
        <source>%1 Party Branch</source>
        <translation>中共%1支部委员会</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>收支类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Income total</source>
        <translation>收入合计</translation>
    </message>
    <message>
        <source>Expense total</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <source>, amount %1 yuan</source>
        <translation>，金额%1元</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2): the summary of the result is not recorded; record step 6 with what was done, then print its notice</source>
        <translation>“%1”（%2）：实施结果摘要尚未登记。请先在第6步登记实施情况，再打印公示。</translation>
    </message>
    <message>
        <source>Reviewed by the village affairs supervision committee (signature): ______________</source>
        <translation>村务监督委员会审核（签字）：＿＿＿＿＿＿＿＿</translation>
    </message>
    <message>
        <source>Reviewed by the village affairs supervision committee: %1</source>
        <translation>村务监督委员会审核：%1</translation>
    </message>
    <message>
        <source>%1 (opinion: %2)</source>
        <comment>supervision line, its opinion</comment>
        <translation>%1（监督意见：%2）</translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Laying out notice %1 of %2…</source>
        <translation>正在排版公告 %1/%2…</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n 份公告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notices %1 (%n)</source>
        <translation>
            <numerusform>公告 %1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>There is no notice to show.</source>
        <translation>没有可显示的公告。</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message numerus="yes">
        <source>Print preview – %n notice(s)</source>
        <translation>
            <numerusform>打印预览 – %n 份公告</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the notices…</source>
        <translation>正在排版公告…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>There is no notice to print.</source>
        <translation>没有可打印的公告。</translation>
    </message>
    <message numerus="yes">
        <source>Print %n notice(s)</source>
        <translation>
            <numerusform>打印 %n 份公告</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the notices…</source>
        <translation>正在打印公告…</translation>
    </message>
    <message>
        <source>The notices could not be sent to the printer.</source>
        <translation>公告无法发送到打印机。</translation>
    </message>
    <message>
        <source>Writing the notices to PDF…</source>
        <translation>正在将公告写入 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>There is no notice to save.</source>
        <translation>没有可保存的公告。</translation>
    </message>
    <message>
        <source>Save notices as PDF</source>
        <translation>将公告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF 未保存：%1</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印公告</translation>
    </message>
    <message>
        <source>The %1 cannot be made: %2</source>
        <translation>无法生成%1：%2</translation>
    </message>
    <message>
        <source>The notice cannot be made: %1</source>
        <translation>无法生成公告：%1</translation>
    </message>
    <message>
        <source>title in %1, text in %2</source>
        <translation>标题用%1，正文用%2</translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>there is no notice to print</source>
        <translation>没有需要打印的公告</translation>
    </message>
    <message>
        <source>%1 notices</source>
        <translation>公告%1份</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot put %1 in place</source>
        <translation>无法将 %1 移至目标位置</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>NoticeTemplates</name>
    <message>
        <source>Resolution disclosure</source>
        <translation>决议公开</translation>
    </message>
    <message>
        <source>Result disclosure</source>
        <translation>实施结果公开</translation>
    </message>
    <message>
        <source>Finance disclosure</source>
        <translation>财务公开</translation>
    </message>
    <message>
        <source>Village or party affairs notice</source>
        <translation>村务、党务公开</translation>
    </message>
    <message>
        <source>Notice of the resolution on {{matter}}</source>
        <translation>关于{{matter}}的决议公告</translation>
    </message>
    <message>
        <source>Notice of the result of {{matter}}</source>
        <translation>关于{{matter}}实施结果的公示</translation>
    </message>
    <message>
        <source>{{village}} finance disclosure for {{period}}</source>
        <translation>{{village}}{{period}}财务收支公开</translation>
    </message>
    <message>
        <source>{{content}}

{{items_table}}

Income in total {{income_total}} yuan, expenses in total {{expense_total}} yuan.

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation>{{content}}

{{items_table}}

本期收入合计{{income_total}}元，支出合计{{expense_total}}元。

公开期自{{period_start}}至{{period_end}}。村民如有疑问，可向村务监督委员会反映，联系电话：{{supervision_phone}}。</translation>
    </message>
    <message>
        <source>{{title}}</source>
        <translation>{{title}}</translation>
    </message>
    <message>
        <source>{{content}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation>{{content}}

公开期自{{period_start}}至{{period_end}}。村民如有疑问，可向村务监督委员会反映，联系电话：{{supervision_phone}}。</translation>
    </message>
    <message>
        <source>line %1: &quot;}}&quot; without &quot;{{&quot;</source>
        <translation>第%1行：有“}}”但缺少对应的“{{”</translation>
    </message>
    <message>
        <source>line %1: &quot;{{&quot; is not closed with &quot;}}&quot;</source>
        <translation>第%1行：“{{”缺少对应的“}}”</translation>
    </message>
    <message>
        <source>line %1: unknown placeholder {{%2}}</source>
        <translation>第%1行：未知占位符 {{%2}}</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>正文为空</translation>
    </message>
    <message>
        <source>title, %1</source>
        <translation>标题%1</translation>
    </message>
    <message>
        <source>text, %1</source>
        <translation>正文%1</translation>
    </message>
    <message>
        <source>The template of the %1 cannot be used: %2</source>
        <translation>%1模板无法使用：%2</translation>
    </message>
    <message>
        <source>To all villagers of {{village}}:

Following the procedure of the four deliberations and two disclosures, the matter &quot;{{matter}}&quot; ({{category}}{{amount_clause}}) went through these meetings:

{{meetings}}

{{outcome}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation>{{village}}全体村民：

根据“四议两公开”工作程序，“{{matter}}”事项（{{category}}{{amount_clause}}）已依次履行以下程序：

{{meetings}}

{{outcome}}

现予公告，公告期自{{period_start}}至{{period_end}}。村民如有疑问或异议，可向村务监督委员会反映，联系电话：{{supervision_phone}}。</translation>
    </message>
    <message>
        <source>To all villagers of {{village}}:

The matter &quot;{{matter}}&quot; ({{category}}{{amount_clause}}), resolved on {{resolution_date}}, has been carried out. The result is as follows:

{{result}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation>{{village}}全体村民：

经{{resolution_date}}决议通过的“{{matter}}”事项（{{category}}{{amount_clause}}）现已实施完毕，实施结果公示如下：

{{result}}

公示期自{{period_start}}至{{period_end}}。村民如有疑问或异议，可向村务监督委员会反映，联系电话：{{supervision_phone}}。</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Name: required</source>
        <translation>姓名：必填</translation>
    </message>
    <message>
        <source>Name: at most 30 characters</source>
        <translation>姓名：最多30个字</translation>
    </message>
    <message>
        <source>Village: required</source>
        <translation>所属村：必填</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <source>gender filled from the ID number</source>
        <translation>已根据身份证号填写性别</translation>
    </message>
    <message>
        <source>Gender: %1 was entered but the ID number belongs to a %2 person</source>
        <translation>性别：填写为“%1”，但身份证号对应的性别为“%2”</translation>
    </message>
    <message>
        <source>birth date filled from the ID number</source>
        <translation>已根据身份证号填写出生日期</translation>
    </message>
    <message>
        <source>Birth date: %1 was entered but the ID number says %2</source>
        <translation>出生日期：填写为%1，但身份证号显示为%2</translation>
    </message>
    <message>
        <source>ID number: already registered for %1 (%2)</source>
        <translation>身份证号：已登记给%1（%2）</translation>
    </message>
    <message>
        <source>Birth date: %1 is not plausible</source>
        <translation>出生日期：%1不合常理</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>Ethnic group: %1 is not one of the 56 recognised groups</source>
        <translation>民族：“%1”不在56个民族之列</translation>
    </message>
    <message>
        <source>the person no longer exists</source>
        <translation>该人员已不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Households in no grid</source>
        <translation>未入网格户数</translation>
    </message>
    <message>
        <source>Two-committee members</source>
        <translation>两委成员人数</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Average age</source>
        <translation>平均年龄</translation>
    </message>
    <message>
        <source>College or higher</source>
        <translation>大专及以上占比</translation>
    </message>
    <message>
        <source>Secretary is director</source>
        <translation>一肩挑</translation>
    </message>
    <message>
        <source>Cross-holders</source>
        <translation>交叉任职人数</translation>
    </message>
    <message>
        <source>Reserve cadres</source>
        <translation>后备人才</translation>
    </message>
    <message>
        <source>Collective income (10k yuan)</source>
        <translation>集体经济收入（万元）</translation>
    </message>
    <message>
        <source>Matters started</source>
        <translation>本季新增事项</translation>
    </message>
    <message>
        <source>Matters decided</source>
        <translation>已决议事项</translation>
    </message>
    <message>
        <source>Matters completed</source>
        <translation>已完成事项</translation>
    </message>
    <message>
        <source>Matters overdue</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>Matters with defects</source>
        <translation>存在问题的事项</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>%1 %2 — %3 (made %4)</source>
        <translation>%1 %2 %3（制表日期：%4）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村名</translation>
    </message>
    <message>
        <source>Quarterly summary</source>
        <translation>季度汇总</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Two committees</source>
        <translation>两委成员</translation>
    </message>
    <message>
        <source>Members of the two committees</source>
        <translation>村两委成员名册</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>In post since</source>
        <translation>任职起始日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>四议两公开台账</translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures</source>
        <translation>四议两公开事项台账</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提议日期</translation>
    </message>
    <message>
        <source>Deliberated</source>
        <translation>商议日期</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审议日期</translation>
    </message>
    <message>
        <source>Review expected</source>
        <translation>审议应到人数</translation>
    </message>
    <message>
        <source>Review present</source>
        <translation>审议实到人数</translation>
    </message>
    <message>
        <source>Review for</source>
        <translation>审议同意票数</translation>
    </message>
    <message>
        <source>Resolution form</source>
        <translation>决议形式</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>决议日期</translation>
    </message>
    <message>
        <source>Resolution expected</source>
        <translation>决议应到人数</translation>
    </message>
    <message>
        <source>Resolution present</source>
        <translation>决议实到人数</translation>
    </message>
    <message>
        <source>For</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>决议公开日期</translation>
    </message>
    <message>
        <source>Disclosure ends</source>
        <translation>公开截止日期</translation>
    </message>
    <message>
        <source>Result disclosed</source>
        <translation>结果公开日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>35 or younger</source>
        <translation>35岁及以下</translation>
    </message>
    <message>
        <source>36–45</source>
        <translation>36–45岁</translation>
    </message>
    <message>
        <source>46–55</source>
        <translation>46–55岁</translation>
    </message>
    <message>
        <source>56–60</source>
        <translation>56–60岁</translation>
    </message>
    <message>
        <source>over 60</source>
        <translation>60岁以上</translation>
    </message>
    <message>
        <source>Two-committee members by age</source>
        <translation>两委成员年龄结构</translation>
    </message>
    <message>
        <source>Education of two-committee members</source>
        <translation>两委成员学历结构</translation>
    </message>
    <message>
        <source>Matters by status</source>
        <translation>事项办理状态</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot put %1 in place</source>
        <translation>无法将 %1 移至目标位置</translation>
    </message>
    <message>
        <source>County roll-up %1 (made %2)</source>
        <translation>全县汇总 %1（制表日期：%2）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>村级明细</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>县汇总</translation>
    </message>
    <message>
        <source>%1 (due %2, posted %3)</source>
        <translation>%1（应于%2公开，%3张贴）</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（应于%2公开）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Periods ending in the quarter</source>
        <translation>本季度结束的公开期数</translation>
    </message>
    <message>
        <source>Due by the report date</source>
        <translation>截至报表日应公开</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已公开</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时公开</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期公开</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未公开</translation>
    </message>
    <message>
        <source>Late postings</source>
        <translation>逾期公开明细</translation>
    </message>
    <message>
        <source>Missing disclosures</source>
        <translation>未公开明细</translation>
    </message>
    <message>
        <source>People in households (sum of members)</source>
        <translation>户内人口（各户人数合计）</translation>
    </message>
    <message>
        <source>Members with known birth date</source>
        <translation>出生日期已知的成员数</translation>
    </message>
    <message>
        <source>Registered population (village record)</source>
        <translation>户籍人口（村基本信息）</translation>
    </message>
    <message>
        <source>Township-wide</source>
        <translation>全镇（不分村）</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>三务公开</translation>
    </message>
    <message>
        <source>Party, village and finance disclosures</source>
        <translation>党务、村务、财务公开</translation>
    </message>
    <message>
        <source>Villages where the secretary is director</source>
        <translation>书记主任一肩挑的村数</translation>
    </message>
    <message>
        <source>Average age (members with known birth date)</source>
        <translation>平均年龄（出生日期已知的成员）</translation>
    </message>
    <message>
        <source>Findings (township-wide included)</source>
        <translation>问题数（含全镇性问题）</translation>
    </message>
    <message>
        <source>Reason for the motion</source>
        <translation>动议事由</translation>
    </message>
    <message>
        <source>Review: township cadre attending</source>
        <translation>审议乡镇参会人员</translation>
    </message>
    <message>
        <source>Resolution: township cadre attending</source>
        <translation>决议乡镇参会人员</translation>
    </message>
    <message>
        <source>Supervision committee&apos;s opinion</source>
        <translation>监督意见</translation>
    </message>
    <message>
        <source>the ledger is open read-only, so a report with full personal data cannot be recorded in its audit trail; open it for editing, or export the report masked</source>
        <translation>台账以只读方式打开，含完整个人信息的报表无法记入修改记录；请以可编辑方式打开台账，或导出打码的报表</translation>
    </message>
    <message>
        <source>Quarterly report %1 with full personal data</source>
        <translation>含完整个人信息的%1季度报表</translation>
    </message>
    <message>
        <source>the report could not be recorded in the audit trail, so it was removed: %1</source>
        <translation>报表未能记入修改记录，已删除：%1</translation>
    </message>
</context>
<context>
    <name>ReserveRepository</name>
    <message>
        <source>Source: choose one from the list</source>
        <translation>来源：请从列表中选择</translation>
    </message>
    <message>
        <source>Person: not found</source>
        <translation>人员：未找到</translation>
    </message>
    <message>
        <source>Person: belongs to another village</source>
        <translation>人员：属于其他村</translation>
    </message>
    <message>
        <source>Person: already in the reserve pool</source>
        <translation>人员：已在后备人才库中</translation>
    </message>
    <message>
        <source>Reserve cadre: not found</source>
        <translation>后备干部：未找到</translation>
    </message>
    <message>
        <source>Reserve cadre: already taken off the list on %1</source>
        <translation>后备干部：已于 %1 移出名单</translation>
    </message>
    <message>
        <source>Date: required</source>
        <translation>日期：必填</translation>
    </message>
    <message>
        <source>Date: %1 is before the cadre was added (%2)</source>
        <translation>日期：%1 早于列入名单的日期（%2）</translation>
    </message>
    <message>
        <source>Date: %1 is in the future</source>
        <translation>日期：%1 尚未到来</translation>
    </message>
    <message>
        <source>Reason: say why the cadre leaves the list</source>
        <translation>原因：请说明移出名单的原因</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>income targets cannot be negative</source>
        <translation>收入目标不能为负数</translation>
    </message>
    <message>
        <source>a share must be between 0 and 100 %</source>
        <translation>占比须在0至100%之间</translation>
    </message>
    <message>
        <source>reserve cadres per village must be between 0 and 50</source>
        <translation>每村后备人才人数须在0至50之间</translation>
    </message>
    <message>
        <source>committee size limits must satisfy 1 ≤ minimum ≤ maximum ≤ 30</source>
        <translation>委员会人数须满足 1 ≤ 最少人数 ≤ 最多人数 ≤ 30</translation>
    </message>
    <message>
        <source>party committee maximum must be between 1 and 30</source>
        <translation>村党组织委员人数上限须在1至30之间</translation>
    </message>
    <message>
        <source>a term must last 1 to 10 years</source>
        <translation>每届任期须为1至10年</translation>
    </message>
    <message>
        <source>term warning must be 0 to 60 months</source>
        <translation>任期届满提前提醒时间须为0至60个月</translation>
    </message>
    <message>
        <source>the resolution must be disclosed within 0 to 90 days</source>
        <translation>决议公开时限须为0至90天</translation>
    </message>
    <message>
        <source>a disclosure period lasts 1 to 90 days</source>
        <translation>公开期须为1至90天</translation>
    </message>
    <message>
        <source>the result must be disclosed within 0 to 365 days</source>
        <translation>实施结果公开时限须为0至365天</translation>
    </message>
    <message>
        <source>the attachment limit must be 1 to 200 MB</source>
        <translation>附件大小上限须为1至200 MB</translation>
    </message>
    <message>
        <source>a grid holds 5 to 1000 households</source>
        <translation>每个网格须为5至1000户</translation>
    </message>
    <message>
        <source>the size tolerance must be 0 to 200 %</source>
        <translation>网格户数允许超出比例须为0至200%</translation>
    </message>
    <message>
        <source>households per grid worker must satisfy 1 ≤ usual ≤ maximum ≤ 1000</source>
        <translation>每名网格员联系户数须满足 1 ≤ 一般户数 ≤ 最多户数 ≤ 1000</translation>
    </message>
    <message>
        <source>a disclosure is due 0 to 60 days after its month, 0 to 90 after its quarter</source>
        <translation>公开时限：月度公开须在当月结束后0至60天内，季度公开须在季度结束后0至90天内</translation>
    </message>
    <message>
        <source>holiday calendar, %1</source>
        <translation>节假日安排，%1</translation>
    </message>
</context>
<context>
    <name>SheetSource</name>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb), which cannot be read. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1 是 Excel 二进制工作簿（.xlsb），无法读取。请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is a word-processor document, not a spreadsheet.</source>
        <translation>%1 是文字处理文档，不是电子表格。</translation>
    </message>
    <message>
        <source>%1 is a zip archive that is not a workbook (xlsx or ods).</source>
        <translation>%1 是 zip 压缩包，不是工作簿（xlsx 或 ods）。</translation>
    </message>
    <message>
        <source>%1 is an Excel 2003 XML spreadsheet, which cannot be read. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1 是 Excel 2003 XML 电子表格，无法读取。请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a spreadsheet. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1 是网页（HTML），不是电子表格。请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is an XML file, not a spreadsheet.</source>
        <translation>%1 是 XML 文件，不是电子表格。</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a spreadsheet.</source>
        <translation>%1 是 PDF 文档，不是电子表格。</translation>
    </message>
    <message>
        <source>%1 is an image, not a spreadsheet.</source>
        <translation>%1 是图片，不是电子表格。</translation>
    </message>
    <message>
        <source>%1 is a compressed archive (rar, 7z or gz). Extract the spreadsheet from it first.</source>
        <translation>%1 是压缩包（rar、7z 或 gz），请先从中解压出电子表格。</translation>
    </message>
    <message>
        <source>%1 contains no sheets.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表。现有工作表：%3。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a valid %2 file: %3</source>
        <translation>%1 已损坏或不是有效的 %2 文件：%3</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation>%1 是文件夹，不是电子表格文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet or CSV file.</source>
        <translation>%1 不是电子表格或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 is in the GB18030 encoding, which this build cannot decode. Save it as CSV in UTF-8.</source>
        <translation>%1 为 GB18030 编码，当前版本无法解码。请另存为 UTF-8 编码的 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Remove the password in Excel or WPS and save it again.</source>
        <translation>%1 设有密码保护。请在 Excel 或 WPS 中取消密码后重新保存。</translation>
    </message>
    <message>
        <source>%1 cannot be read: the program that reads Excel 97–2003 files (%2) is missing or cannot be started. Install Township Ledger again, or save the file as .xlsx in Excel or WPS.</source>
        <translation>无法读取 %1：读取 Excel 97–2003 文件的程序（%2）缺失或无法启动。请重新安装乡村治理台账，或用 Excel 或 WPS 将文件另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 mixes two text encodings: it is written in %2, but line %3 is not (rows pasted in from another file?). Nothing was imported. Open it in Excel or WPS and save it again as &quot;CSV UTF-8&quot;, or correct line %3.</source>
        <translation>%1混用了两种文字编码：文件按 %2 编码保存，但第%3行不是（是否从别的文件粘贴了几行？）。未导入任何内容。请用 Excel 或 WPS 打开后另存为“CSV UTF-8”，或改正第%3行。</translation>
    </message>
    <message>
        <source>after row %1, in column %2</source>
        <translation>位于第%1行之后的第%2列</translation>
    </message>
    <message>
        <source>in the workbook&apos;s shared texts</source>
        <translation>位于工作簿的共享文本中</translation>
    </message>
    <message>
        <source>%1 holds a cell longer than %2 characters (Excel&apos;s limit), %3. It cannot be a list to import; nothing was imported.</source>
        <translation>%1中有一个单元格超过 %2 个字符（Excel 的上限），%3。这不可能是可导入的名册，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Township Ledger: village governance ledgers of a township.</source>
        <translation>乡村治理台账：乡镇村级治理台账管理程序。</translation>
    </message>
    <message>
        <source>Ledger file (.ledger) to open.</source>
        <translation>要打开的台账文件（.ledger）。</translation>
    </message>
    <message>
        <source>Open the demo ledger.</source>
        <translation>打开演示台账。</translation>
    </message>
    <message>
        <source>Language for this run: zh_CN or en (not remembered).</source>
        <translation>本次运行使用的语言：zh_CN 或 en（不保存此设置）。</translation>
    </message>
    <message>
        <source>Save a picture of the window as PNG and exit.</source>
        <translation>将窗口截图保存为 PNG 后退出。</translation>
    </message>
    <message>
        <source>Cannot open the ledger</source>
        <translation>无法打开台账</translation>
    </message>
</context>
<context>
    <name>StartupLedger</name>
    <message>
        <source>The demo ledger could not be created: %1</source>
        <translation>无法创建演示台账：%1</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot put %1 in place</source>
        <translation>无法将 %1 放到目标位置</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Reading the rows of the table…</source>
        <translation>正在读取表格行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The table could not be exported: %1</source>
        <translation>表格导出失败：%1</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>the table changed while it was being read; export it again</source>
        <translation>读取期间表格内容发生了变化，请重新导出</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Export to Excel with full ID and phone numbers…</source>
        <translation>导出 Excel（含完整身份证号和电话）…</translation>
    </message>
    <message>
        <source>an export with full ID and phone numbers is recorded in the audit trail of the open ledger, and no ledger is open</source>
        <translation>含完整身份证号和电话的导出须登记在已打开台账的修改记录中，但当前没有打开台账</translation>
    </message>
    <message>
        <source>the export could not be recorded in the audit trail, so the file was removed: %1</source>
        <translation>导出未能登记到修改记录中，文件已删除：%1</translation>
    </message>
    <message>
        <source>Export with full ID and phone numbers</source>
        <translation>导出完整身份证号和电话</translation>
    </message>
    <message>
        <source>The workbook will hold full ID numbers and phone numbers (含完整身份证号和电话). Personal data must not leave the township office: keep the file for internal use only.

The export is recorded in the audit trail (who, when, which file). Export anyway?</source>
        <translation>工作簿将包含完整的身份证号和电话号码。个人信息不得流出乡镇办公室，该文件仅限内部使用。

本次导出将登记在修改记录中（何人、何时、哪个文件）。仍要导出吗？</translation>
    </message>
    <message>
        <source>Save the rows this table shows (filters applied) as an Excel workbook; ID and mobile numbers are masked</source>
        <translation>将本表当前显示的行（已按筛选条件）保存为 Excel 工作簿；身份证号和手机号均打码</translation>
    </message>
    <message>
        <source>Save the rows with full ID and phone numbers (asks first; recorded in the audit trail)</source>
        <translation>保存含完整身份证号和电话的行（先确认，并登记在修改记录中）</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>ID number is empty</source>
        <translation>未填写身份证号</translation>
    </message>
    <message>
        <source>ID number must have 18 characters, this one has %1</source>
        <translation>身份证号应为18位，当前为%1位</translation>
    </message>
    <message>
        <source>the first 17 characters of an ID number must be digits</source>
        <translation>身份证号前17位须为数字</translation>
    </message>
    <message>
        <source>the last character of an ID number must be a digit or X</source>
        <translation>身份证号最后一位须为数字或X</translation>
    </message>
    <message>
        <source>the birth date %1 in the ID number is not a real date</source>
        <translation>身份证号中的出生日期%1不是有效日期</translation>
    </message>
    <message>
        <source>the birth date %1 in the ID number is out of range</source>
        <translation>身份证号中的出生日期%1超出合理范围</translation>
    </message>
    <message>
        <source>wrong check character: %1 expected, %2 given</source>
        <translation>校验码错误：应为%1，实为%2</translation>
    </message>
    <message>
        <source>credit code is empty</source>
        <translation>未填写统一社会信用代码</translation>
    </message>
    <message>
        <source>a unified social credit code has 18 characters, this one has %1</source>
        <translation>统一社会信用代码应为18位，当前为%1位</translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) is not allowed in a credit code (I, O, Z, S, V are never used)</source>
        <translation>第%1位字符（“%2”）不能用于统一社会信用代码（不使用I、O、Z、S、V）</translation>
    </message>
    <message>
        <source>a mobile number has only digits</source>
        <translation>手机号码只能包含数字</translation>
    </message>
    <message>
        <source>a mobile number has 11 digits, this one has %1</source>
        <translation>手机号码应为11位，当前为%1位</translation>
    </message>
    <message>
        <source>a mobile number starts with 13–19</source>
        <translation>手机号码应以13至19开头</translation>
    </message>
    <message>
        <source>not a mobile number (11 digits) or a landline with area code such as 0539-1234567</source>
        <translation>不是有效的手机号码（11位）或带区号的固定电话（如0539-1234567）</translation>
    </message>
</context>
<context>
    <name>VillageRepository</name>
    <message>
        <source>Village name: required</source>
        <translation>村名称：必填</translation>
    </message>
    <message>
        <source>Village name: at most 40 characters</source>
        <translation>村名称：最多40个字</translation>
    </message>
    <message>
        <source>Village name: %1 is already in this ledger</source>
        <translation>村名称：本台账中已有“%1”</translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Credit code: a village committee&apos;s code begins with 5 (registered by civil affairs)</source>
        <translation>统一社会信用代码：村民委员会的代码应以5开头（由民政部门登记）</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation>%1：%2超出范围（%3至%4）</translation>
    </message>
    <message>
        <source>Villager groups</source>
        <translation>村民小组数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Registered population</source>
        <translation>户籍人口</translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>Villager representatives</source>
        <translation>村民代表人数</translation>
    </message>
    <message>
        <source>Adult villagers</source>
        <translation>成年村民人数</translation>
    </message>
    <message>
        <source>Collective income (yuan)</source>
        <translation>村集体经济收入（元）</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>党组织星级</translation>
    </message>
    <message>
        <source>Households: %1 households cannot exceed the registered population of %2</source>
        <translation>户数：%1户不能超过户籍人口%2人</translation>
    </message>
    <message>
        <source>Adult villagers: more adults than registered residents</source>
        <translation>成年村民人数：超过户籍人口</translation>
    </message>
    <message>
        <source>Party members: more party members than registered residents</source>
        <translation>党员人数：超过户籍人口</translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation>监委会电话：%1</translation>
    </message>
    <message>
        <source>the village no longer exists</source>
        <translation>该村已不存在</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>write a date (or two dates joined by &quot;..&quot;), then 休 or 班</source>
        <translation>请写日期（或用“..”连接的两个日期），再写“休”或“班”</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1不是有效日期</translation>
    </message>
    <message>
        <source>a period runs forward and lasts at most a month</source>
        <translation>起止日期须由前到后，且不超过一个月</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 休 (a holiday) nor 班 (a weekend worked)</source>
        <translation>“%1”既不是“休”（放假）也不是“班”（调休上班）</translation>
    </message>
</context>
<context>
    <name>tl::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n household(s) to a grid</source>
        <translation>
            <numerusform>将 %n 户分配到网格</numerusform>
        </translation>
    </message>
    <message>
        <source>(No grid – take them out of their grid)</source>
        <translation>（无网格 – 移出所在网格）</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 (%2 households)</source>
        <translation>%1（%2 户）</translation>
    </message>
    <message>
        <source>Optional, kept in each household&apos;s history (e.g. moved house)</source>
        <translation>选填，记入每户的变动记录（如：搬家）</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Grid &amp;worker:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Share among the grid&apos;s %1 workers</source>
        <translation>由本网格的 %1 名网格员分担</translation>
    </message>
    <message>
        <source>The households will be in no grid; the findings list will show them until they are assigned again.</source>
        <translation>这些户将不属于任何网格；在重新分配之前，它们会一直列在问题清单中。</translation>
    </message>
    <message>
        <source>That is above the size the township set (+%1%).</source>
        <translation>已超出乡镇设定的规模（+%1%）。</translation>
    </message>
    <message>
        <source>The grid has no grid workers yet: add them with Edit grid….</source>
        <translation>该网格还没有网格员：请通过“编辑网格…”添加。</translation>
    </message>
    <message>
        <source>About %1 households per worker.</source>
        <translation>每名网格员约联系 %1 户。</translation>
    </message>
    <message>
        <source>The grid will have %1 households (size %2).</source>
        <translation>分配后该网格共有 %1 户（规模 %2 户）。</translation>
    </message>
</context>
<context>
    <name>tl::ui::BackupsDialog</name>
    <message>
        <source>Daily (first opening of the day)</source>
        <translation>每日自动备份（当天首次打开时）</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Damaged file, kept as it was</source>
        <translation>文件已损坏，按原样保留</translation>
    </message>
    <message>
        <source>Before the upgrade to format %1</source>
        <translation>升级到格式 %1 之前</translation>
    </message>
    <message>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Copies of this ledger are kept in %1. One is made at the first opening of each day (the last %2 of those are kept), one before every import and one before every restore.</source>
        <translation>本台账的备份保存在 %1。每天首次打开时备份一次（保留最近 %2 份），每次导入前和每次恢复前也各备份一次。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the ledger with the selected backup; the ledger as it is now is saved as a backup first</source>
        <translation>用所选备份替换台账；替换前先将当前台账保存为备份</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>There is no backup of this ledger yet.</source>
        <translation>本台账还没有备份。</translation>
    </message>
    <message>
        <source>The ledger is open read-only, so it cannot be replaced by a backup</source>
        <translation>台账以只读方式打开，不能用备份替换</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore the ledger as it was on %1 (%2)?

The ledger as it is now is saved first as a backup (&quot;Before a restore&quot;), so nothing is lost: you can go back to it the same way. The undo history of this session is cleared.</source>
        <translation>是否将台账恢复到 %1（%2）时的状态？

当前台账会先保存为备份（“恢复前”），不会丢失任何数据，可以用同样的方法恢复回来。本次的撤销记录将被清空。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1

The ledger is as it was.</source>
        <translation>未恢复：%1

台账保持不变。</translation>
    </message>
    <message>
        <source>The ledger was restored as it was on %1.

The ledger as it was before the restore is kept as:
%2</source>
        <translation>台账已恢复到 %1 时的状态。

恢复前的台账已保存为：
%2</translation>
    </message>
</context>
<context>
    <name>tl::ui::BatchNoticesDialog</name>
    <message>
        <source>Notices due for the township</source>
        <translation>全乡镇待公开公告</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Notices due in the &amp;next:</source>
        <translation>未来(&amp;N)天内到期的公告：</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>全不选(&amp;O)</translation>
    </message>
    <message>
        <source>These notices cannot be made yet:</source>
        <translation>以下公告暂时无法生成：</translation>
    </message>
    <message>
        <source>One notice per page, A4 in the official layout; ID and private phone numbers are masked.</source>
        <translation>每页一份公告，A4 纸标准版式；身份证号和个人手机号已脱敏。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>from %1 to %2, and those already late</source>
        <translation>%1 至 %2，以及已逾期的公告</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Issued by %1, %2</source>
        <translation>%1 发布，%2</translation>
    </message>
    <message>
        <source>No notice is due in this window.</source>
        <translation>此期间内没有到期的公告。</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>已选 %1/%2</translation>
    </message>
</context>
<context>
    <name>tl::ui::ChangeHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>系统用户</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>操作方式</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>tl::ui::ChangeHistoryWindow</name>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Search values, clerk or user…</source>
        <translation>搜索值、经办人或用户…</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>记录类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Done by:</source>
        <translation>操作方式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Show &amp;all records</source>
        <translation>显示全部记录(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the changes the filters let through as an Excel workbook (ID numbers and phones masked)</source>
        <translation>将筛选出的修改记录保存为 Excel 工作簿（身份证号和电话已脱敏）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>No changes match the filters.</source>
        <translation>没有符合筛选条件的修改记录。</translation>
    </message>
    <message>
        <source>Changes: %1, newest first.</source>
        <translation>修改记录：%1 条，最新的在前。</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 changes; scroll down for more.</source>
        <translation>显示最新的 %1 条（共 %2 条），向下滚动可查看更多。</translation>
    </message>
    <message>
        <source>The history of one record: %1 %2</source>
        <translation>单条记录的修改记录：%1 %2</translation>
    </message>
    <message>
        <source>Change history – %1 %2</source>
        <translation>修改记录 – %1 %2</translation>
    </message>
    <message>
        <source>Change history – %1</source>
        <translation>修改记录 – %1</translation>
    </message>
    <message>
        <source>Export the change history</source>
        <translation>导出修改记录</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook %1 was not written: %2</source>
        <translation>工作簿 %1 未能写入：%2</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every change made to this record: when, by whom, the old and the new value</source>
        <translation>此记录的每一次修改：时间、操作人、原值和新值</translation>
    </message>
    <message>
        <source>Every change made to this village&apos;s record: when, by whom, the old and the new value</source>
        <translation>本村记录的每一次修改：时间、操作人、原值和新值</translation>
    </message>
</context>
<context>
    <name>tl::ui::ChangeOfTermDialog</name>
    <message>
        <source>Change of term – %1</source>
        <translation>换届 – %1</translation>
    </message>
    <message>
        <source>The change of term closes the running terms of the party organisation, the villagers&apos; committee and the supervision committee of %1 on the election day, ends every post held in them with the reason &quot;change of term&quot; and opens the next terms.</source>
        <translation>换届将在选举日结束%1村党组织、村民委员会和村务监督委员会的本届任期，以“换届”为原因结束其中的全部职务，并开启新一届任期。</translation>
    </message>
    <message>
        <source>Open first term – %1</source>
        <translation>开启首届 – %1</translation>
    </message>
    <message>
        <source>No term of the %1 of %2 is recorded yet. Enter the term that is running now; its posts can then be entered on the members tab.</source>
        <translation>%2%1尚无届次记录。请录入当前正在进行的一届；之后可在“班子成员”页录入其职务。</translation>
    </message>
    <message>
        <source>&amp;Election day:</source>
        <translation>选举日(&amp;E)：</translation>
    </message>
    <message>
        <source>Term &amp;start:</source>
        <translation>任期开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Term &amp;number:</source>
        <translation>届次(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Carry over the current holders (re-elected)</source>
        <translation>沿用现任人员（连选连任）(&amp;C)</translation>
    </message>
    <message>
        <source>Re-enters everybody who holds a post now into the new terms, so you only correct who changed.</source>
        <translation>将目前所有在任人员重新录入新一届，只需修改有变动的人员。</translation>
    </message>
    <message>
        <source>Record change of term</source>
        <translation>登记换届</translation>
    </message>
    <message>
        <source>Open term</source>
        <translation>开启届次</translation>
    </message>
    <message>
        <source>Term %1 runs from %2 to %3 (%4 years, from the settings).</source>
        <translation>第 %1 届任期自 %2 至 %3（%4 年，依设置）。</translation>
    </message>
    <message>
        <source>The new terms run until %1. Everybody who holds a post now is entered again from %2.</source>
        <translation>新一届任期至 %1。目前所有在任人员将自 %2 起重新录入。</translation>
    </message>
    <message>
        <source>The new terms run until %1 and start without members: enter the elected members on the members tab.</source>
        <translation>新一届任期至 %1，开始时没有成员：请在“班子成员”页录入当选成员。</translation>
    </message>
</context>
<context>
    <name>tl::ui::DashboardPage</name>
    <message>
        <source>%1: %2 (%3%)</source>
        <comment>pie slice: label, count, percent</comment>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Save every chart as a PNG picture into a folder</source>
        <translation>将所有图表以 PNG 图片保存到文件夹</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Township dashboard</source>
        <translation>乡镇统计看板</translation>
    </message>
    <message>
        <source>%1 dashboard</source>
        <translation>%1统计看板</translation>
    </message>
    <message>
        <source>figures as of %1 (quarter running)</source>
        <translation>截至 %1 的数据（本季度进行中）</translation>
    </message>
    <message>
        <source>figures as of the quarter&apos;s end, %1</source>
        <translation>截至季度末 %1 的数据</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) · %1 two-committee members, %2 women (%3%) · average age %4 · %5 reserve cadres · %6 households, %7% in a grid</source>
        <translation>
            <numerusform>%n 个村 · 村两委成员 %1 人，其中女性 %2 人（%3%）· 平均年龄 %4 岁 · 后备干部 %5 人 · %6 户，%7% 纳入网格</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-committee members by age</source>
        <translation>村两委成员年龄结构</translation>
    </message>
    <message>
        <source>%1 members; %2 without a known birth date are not shown</source>
        <translation>共 %1 人；%2 人出生日期不详，未显示</translation>
    </message>
    <message>
        <source>%1 members, average age %2</source>
        <translation>共 %1 人，平均年龄 %2 岁</translation>
    </message>
    <message>
        <source>Education of two-committee members</source>
        <translation>村两委成员学历结构</translation>
    </message>
    <message>
        <source>Junior college or higher: %1 of %2 (%3%)</source>
        <translation>大专及以上学历：%1/%2（%3%）</translation>
    </message>
    <message>
        <source>Women and men on the two committees</source>
        <translation>村两委成员性别结构</translation>
    </message>
    <message>
        <source>Every villagers&apos; committee must include at least one woman</source>
        <translation>每个村民委员会至少应有一名女性成员</translation>
    </message>
    <message>
        <source>Against the goals</source>
        <translation>目标完成情况</translation>
    </message>
    <message>
        <source>Secretary also director: %1 of %2 villages, the goal is every village · junior college or higher: target %3%</source>
        <translation>书记、主任“一肩挑”：%1/%2 个村，目标为全覆盖 · 大专及以上学历：目标 %3%</translation>
    </message>
    <message>
        <source>Major matters by status</source>
        <translation>重大事项办理状态</translation>
    </message>
    <message>
        <source>Disclosures on time, by month</source>
        <translation>各月按期公开情况</translation>
    </message>
    <message>
        <source>No disclosure of this quarter is due yet</source>
        <translation>本季度尚无到期的公开事项</translation>
    </message>
    <message>
        <source>Households covered by grids</source>
        <translation>网格覆盖户数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>≤35</source>
        <translation>≤35</translation>
    </message>
    <message>
        <source>36–45</source>
        <translation>36–45</translation>
    </message>
    <message>
        <source>46–55</source>
        <translation>46–55</translation>
    </message>
    <message>
        <source>56–60</source>
        <translation>56–60</translation>
    </message>
    <message>
        <source>&gt;60</source>
        <translation>&gt;60</translation>
    </message>
    <message>
        <source>Junior college or higher</source>
        <translation>大专及以上</translation>
    </message>
    <message>
        <source>Below junior college or not recorded</source>
        <translation>大专以下或未登记</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>This township</source>
        <translation>本乡镇</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Junior college
or higher</source>
        <translation>大专及以上
学历</translation>
    </message>
    <message>
        <source>Secretary also
director</source>
        <translation>书记兼
主任</translation>
    </message>
    <message>
        <source>share, %</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>%1 matters in %2 villages; the %3 villages with the most open matters are shown</source>
        <translation>%2 个村共 %1 项事项；显示未办结事项最多的 %3 个村</translation>
    </message>
    <message>
        <source>%1 matters open at the quarter&apos;s end or with a step in the quarter</source>
        <translation>季度末未办结或本季度有进展的事项共 %1 项</translation>
    </message>
    <message>
        <source>No matter was open or moved in this quarter</source>
        <translation>本季度无未办结或有进展的事项</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>%1 of %2 households in a grid (%3%), today</source>
        <translation>截至今日，%2 户中有 %1 户已纳入网格（%3%）</translation>
    </message>
    <message>
        <source>The %1 villages with the most households in no grid are shown</source>
        <translation>显示未入网格户数最多的 %1 个村</translation>
    </message>
    <message>
        <source>In a grid</source>
        <translation>已入网格</translation>
    </message>
    <message>
        <source>In no grid</source>
        <translation>未入网格</translation>
    </message>
    <message>
        <source>age bands</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>women and men</source>
        <translation>男女比例</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>matters by status</source>
        <translation>事项状态</translation>
    </message>
    <message>
        <source>disclosures by month</source>
        <translation>各月公开情况</translation>
    </message>
    <message>
        <source>grid coverage</source>
        <translation>网格覆盖</translation>
    </message>
    <message>
        <source>Save charts into folder</source>
        <translation>将图表保存到文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chart(s) in %1</source>
        <translation>
            <numerusform>已将 %n 张图表保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the charts in %1</source>
        <translation>无法将图表保存到 %1</translation>
    </message>
    <message>
        <source>%1 of %2 disclosures due by %4 were posted on time (%3%)</source>
        <translation>截至%4应公开的 %2 项中，%1 项按期公开（%3%）</translation>
    </message>
</context>
<context>
    <name>tl::ui::DeliberationSettingsDialog</name>
    <message>
        <source>Rules for four deliberations, two disclosures</source>
        <translation>四议两公开规则</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>不设法定人数</translation>
    </message>
    <message>
        <source>At least half of the members</source>
        <translation>半数以上成员到会</translation>
    </message>
    <message>
        <source>At least two thirds of the members</source>
        <translation>三分之二以上成员到会</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Joint meeting of both committees, &amp;quorum:</source>
        <translation>两委联席会议到会人数要求(&amp;Q)：</translation>
    </message>
    <message>
        <source>No statute sets it; local rules usually ask for half, some for two thirds. The other quorums are set by law and cannot be changed.</source>
        <translation>法律对此未作规定；地方规定通常要求半数以上，有的要求三分之二以上。其他会议的到会人数由法律规定，不能更改。</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Disclose the resolution within (after the decision):</source>
        <translation>决议公开时限（决议后）：</translation>
    </message>
    <message>
        <source>Keep a disclosure up for at &amp;least:</source>
        <translation>公开时间至少(&amp;L)：</translation>
    </message>
    <message>
        <source>Disclose the &amp;result within (after planned completion):</source>
        <translation>实施结果公开时限（计划完成后）(&amp;R)：</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Largest &amp;attachment:</source>
        <translation>单个附件最大(&amp;A)：</translation>
    </message>
    <message>
        <source>Changes apply to every matter and to the findings at once; Edit &gt; Undo reverts them.</source>
        <translation>更改立即作用于所有事项和问题清单；可用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>The rules were not saved: %1</source>
        <translation>规则未保存：%1</translation>
    </message>
    <message>
        <source>Count the disclosure period in &amp;working days (without holidays, with 调休 weekends)</source>
        <translation>公开期按工作日计算（扣除节假日，计入调休上班日）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation>节假日安排(&amp;H)…</translation>
    </message>
    <message>
        <source>The statutory holidays and the weekends worked instead, year by year, as the State Council publishes them</source>
        <translation>逐年登记国务院公布的法定节假日和调休上班日</translation>
    </message>
    <message>
        <source>Holidays and weekends worked</source>
        <translation>节假日与调休上班日</translation>
    </message>
    <message>
        <source>One line a day or a period: 2026-10-01..2026-10-07 休 国庆节, or 2026-10-10 班 调休. A year without lines counts Monday to Friday. Add each new year when the State Council publishes it.</source>
        <translation>每行一天或一段：2026-10-01..2026-10-07 休 国庆节，或 2026-10-10 班 调休。没有登记的年份按周一至周五计算。国务院公布新一年的安排后，请及时补录。</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureDialog</name>
    <message>
        <source>Bulletin board</source>
        <translation>公开栏</translation>
    </message>
    <message>
        <source>Villagers&apos; WeChat group</source>
        <translation>村民微信群</translation>
    </message>
    <message>
        <source>Sunshine village affairs platform</source>
        <translation>阳光村务平台</translation>
    </message>
    <message>
        <source>%1 %2 finance income and expenditure disclosure</source>
        <translation>%1%2财务收支公开</translation>
    </message>
    <message>
        <source>%1 %2 village affairs disclosure</source>
        <translation>%1%2村务公开</translation>
    </message>
    <message>
        <source>%1 %2 party affairs disclosure</source>
        <translation>%1%2党务公开</translation>
    </message>
    <message>
        <source>Edit disclosure – %1</source>
        <translation>编辑公开 – %1</translation>
    </message>
    <message>
        <source>New disclosure – %1</source>
        <translation>新建公开 – %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Period covered:</source>
        <translation>公开期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>What is disclosed; for finance a sentence before the table</source>
        <translation>公开内容；财务公开时为表格前的说明文字</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>内容(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;osted on:</source>
        <translation>公开日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Untick while the disclosure is prepared but not yet put up</source>
        <translation>公开内容尚在准备、未张贴时请取消勾选</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>至(&amp;U)：</translation>
    </message>
    <message>
        <source>Another channel, e.g. loudspeaker</source>
        <translation>其他渠道，如广播喇叭</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>公开渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>supervision committee member who reviewed it</source>
        <translation>审核的监委会成员</translation>
    </message>
    <message>
        <source>Reviewed and si&amp;gned by:</source>
        <translation>审核签字人(&amp;G)：</translation>
    </message>
    <message>
        <source>Income and expense items</source>
        <translation>收支明细</translation>
    </message>
    <message>
        <source>Item, e.g. fish pond lease</source>
        <translation>项目，如鱼塘承包费</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>In yuan with up to two decimals, e.g. 12500.50; &quot;1.2万&quot; is read as 12,000.00</source>
        <translation>以元为单位，最多两位小数，如 12500.50；“1.2万”按 12,000.00 计</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>Adds the item to the table (Enter in the entry fields)</source>
        <translation>将项目添加到表格（在输入框中按 Enter）</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>(accounting system of 2024)</source>
        <translation>（2024 年会计制度）</translation>
    </message>
    <message>
        <source>(accounting system before 2024)</source>
        <translation>（2024 年以前会计制度）</translation>
    </message>
    <message>
        <source>Item: name what the money was for</source>
        <translation>项目：填写资金用途</translation>
    </message>
    <message>
        <source>Amount: type the amount in yuan</source>
        <translation>金额：填写金额（元）</translation>
    </message>
    <message>
        <source>Income %1 yuan · expenses %2 yuan · balance %3 yuan</source>
        <translation>收入 %1 元 · 支出 %2 元 · 结余 %3 元</translation>
    </message>
    <message>
        <source>Item %1 is dated %2, outside the period</source>
        <translation>第 %1 项的日期为 %2，不在公开期间内</translation>
    </message>
    <message>
        <source>Item %1: &quot;%2&quot; is not a category of the 2024 accounting system</source>
        <translation>第 %1 项：“%2”不是 2024 年会计制度中的科目</translation>
    </message>
    <message>
        <source>Item %1: &quot;%2&quot; is not a category of the accounting system before 2024</source>
        <translation>第 %1 项：“%2”不是 2024 年以前会计制度中的科目</translation>
    </message>
    <message>
        <source>the supervision committee&apos;s opinion, e.g. accounts checked, agreed to disclose</source>
        <translation>村务监督委员会的意见，如：账目清楚，同意公开</translation>
    </message>
    <message>
        <source>Supervision committee&apos;s op&amp;inion:</source>
        <translation>监督意见(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureModel</name>
    <message>
        <source>Due by %1, posted on %2</source>
        <translation>应于 %1 前公开，已于 %2 公开</translation>
    </message>
    <message>
        <source>Due by %1, not posted yet</source>
        <translation>应于 %1 前公开，尚未公开</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>未公开</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between channel names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>公开日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>公开渠道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureProgressModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>! %1</source>
        <translation>! %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message numerus="yes">
        <source>%n d late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1
The period has not ended yet.</source>
        <translation>%1
公开期间尚未结束。</translation>
    </message>
    <message>
        <source>%1
Not owed: the village was not in the ledger at the end of the period.</source>
        <translation>%1
无需公开：期末该村尚未纳入台账。</translation>
    </message>
    <message>
        <source>%1
%2; due by %3</source>
        <translation>%1
%2；截止日期 %3</translation>
    </message>
    <message>
        <source>; posted on %1</source>
        <translation>；公开于 %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n day(s) overdue</source>
        <translation>
            <numerusform>；逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>
Double-click or Enter opens the disclosure.</source>
        <translation>
双击或按回车键打开该公开记录。</translation>
    </message>
    <message>
        <source>
Double-click or Enter records it.</source>
        <translation>
双击或按回车键进行登记。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureProgressPage</name>
    <message>
        <source>Disclosure progress</source>
        <translation>公开进度</translation>
    </message>
    <message>
        <source>Finance (monthly)</source>
        <translation>财务（按月）</translation>
    </message>
    <message>
        <source>Village affairs (quarterly)</source>
        <translation>村务（按季度）</translation>
    </message>
    <message>
        <source>Party affairs (quarterly)</source>
        <translation>党务（按季度）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>A disclosure is due some days after its period ends (Settings &gt; Disclosure rules)</source>
        <translation>每期结束后若干天内应完成公开（设置 &gt; 公开规则）</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ 已公开</translation>
    </message>
    <message>
        <source>! done late</source>
        <translation>! 逾期公开</translation>
    </message>
    <message>
        <source>due (not late yet)</source>
        <translation>待公开（未逾期）</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>period not ended</source>
        <translation>本期未结束</translation>
    </message>
    <message>
        <source>Double-click a cell (or press Enter) to open the disclosure, or to record a missing one.</source>
        <translation>双击单元格（或按回车键）打开公开记录，或补录缺失的公开。</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n d late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3 done, %4 done late, %5 due, %6 overdue.</source>
        <translation>%1，%2：已公开 %3 项，逾期公开 %4 项，待公开 %5 项，已逾期 %6 项。</translation>
    </message>
    <message>
        <source>Disclosure progress %1 – %2</source>
        <comment>year, kind</comment>
        <translation>%1年公开进度 – %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureSettingsDialog</name>
    <message>
        <source>Disclosure rules and notice fonts</source>
        <translation>公开规则与公告字体</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>When a disclosure is due</source>
        <translation>公开时限</translation>
    </message>
    <message>
        <source>&amp;Finance, after the end of its month:</source>
        <translation>财务公开，每月结束后(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Village and party affairs, after the end of its quarter:</source>
        <translation>村务、党务公开，每季度结束后(&amp;V)：</translation>
    </message>
    <message>
        <source>Finance is disclosed monthly, village and party affairs at least quarterly; provinces set the days.</source>
        <translation>财务每月公开一次，村务、党务至少每季度公开一次；具体天数由各省规定。</translation>
    </message>
    <message>
        <source>Printed notices</source>
        <translation>打印公告</translation>
    </message>
    <message>
        <source>&amp;Title font:</source>
        <translation>标题字体(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Body font:</source>
        <translation>正文字体(&amp;B)：</translation>
    </message>
    <message>
        <source>Changes apply to the progress page and the findings at once; Edit &gt; Undo reverts them.</source>
        <translation>修改立即应用于进度页面和检查结果；可通过“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>Notice of the resolution</source>
        <translation>决议公告</translation>
    </message>
    <message>
        <source>To all villagers: the matter went through these meetings …</source>
        <translation>全体村民：该事项已经以下会议审议……</translation>
    </message>
    <message>
        <source>Choose a font for the title and for the text.</source>
        <translation>请选择标题和正文字体。</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>The official layout asks for a heavy song face (小标宋 or 宋体) for the title and a fangsong face (仿宋_GB2312, FangSong, STFangsong) at 16 pt for the text. A face this computer lacks is replaced by the first official face installed, else Noto Serif CJK.</source>
        <translation>公文格式要求标题用小标宋或宋体，正文用三号（16磅）仿宋（仿宋_GB2312、FangSong、STFangsong）。本机没有所选字体时，改用已安装的第一种规范字体，都没有时用 Noto Serif CJK。</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosuresTab</name>
    <message>
        <source>&amp;New disclosure…</source>
        <translation>新建公开(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a party affairs, village affairs or finance disclosure (Ins)</source>
        <translation>登记党务、村务或财务公开（Ins）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected disclosure (Enter or double-click)</source>
        <translation>编辑所选公开记录（回车键或双击）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete a disclosure entered by mistake (Del); Edit &gt; Undo brings it back</source>
        <translation>删除误录的公开记录（Del）；可通过“编辑 &gt; 撤销”恢复</translation>
    </message>
    <message>
        <source>&amp;Print notice…</source>
        <translation>打印公告(&amp;P)…</translation>
    </message>
    <message>
        <source>The printed notice of the selected disclosure for the bulletin board: preview, print or save as PDF</source>
        <translation>打印所选公开记录的公告用于公开栏张贴：预览、打印或保存为 PDF</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>Disclosures: %1</source>
        <translation>公开记录：%1</translation>
    </message>
    <message>
        <source> · not posted: %1</source>
        <translation> · 未公开：%1</translation>
    </message>
    <message>
        <source> · posted late: %1</source>
        <translation> · 逾期公开：%1</translation>
    </message>
    <message>
        <source> · overdue: %1</source>
        <translation> · 已逾期：%1</translation>
    </message>
    <message>
        <source>Delete disclosure</source>
        <translation>删除公开记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” (%2, %3) with its %n finance item(s)?

This is for a disclosure entered by mistake; Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>确定删除“%1”（%2，%3）及其 %n 条财务明细吗？

此操作用于删除误录的公开记录；可通过“编辑 &gt; 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1”未删除：%2</translation>
    </message>
    <message>
        <source>Disclosures – %1</source>
        <translation>公开记录 – %1</translation>
    </message>
    <message>
        <source>Disclosures – %1 – %2</source>
        <comment>village, kind of disclosure</comment>
        <translation>公开记录 – %1 – %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::ExportReportDialog</name>
    <message>
        <source>&amp;Unmasked (internal use only)</source>
        <translation>不脱敏（仅限内部使用）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Quarterly report to the county</source>
        <translation>向县里报送的季度报表</translation>
    </message>
    <message>
        <source>The report for %1: a summary per village, the two-committee members, the four-deliberations ledger, the grids, the open findings and charts, as an Excel workbook that opens in Excel and WPS.</source>
        <translation>%1 的报表：包括各村汇总、两委成员、四议两公开台账、网格、未整改问题及图表，导出为可在 Excel 和 WPS 中打开的 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Write full ID numbers and phone numbers instead of masked ones</source>
        <translation>导出完整的身份证号和手机号，而非脱敏后的号码</translation>
    </message>
    <message>
        <source>The workbook will contain full ID numbers and phone numbers. Keep it inside the township government: do not post, print for the public or send it on.</source>
        <translation>工作簿将包含完整的身份证号和手机号。请仅在乡镇政府内部留存：不得张贴、公开打印或对外发送。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>个人信息：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>%1-%2-Quarterly report</source>
        <comment>file name: township, quarter code</comment>
        <translation>%1-%2-季度报表</translation>
    </message>
    <message>
        <source>-internal</source>
        <comment>file name suffix of an unmasked report</comment>
        <translation>-内部</translation>
    </message>
    <message>
        <source>Save the quarterly report</source>
        <translation>保存季度报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报表的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>Export with full ID numbers and phone numbers, for internal use only?</source>
        <translation>确定导出完整的身份证号和手机号（仅限内部使用）吗？</translation>
    </message>
    <message>
        <source>Writing the report for %1…</source>
        <translation>正在生成 %1 的报表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报表：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::FinanceItemsModel</name>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>收入或支出</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tl::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Whole township</source>
        <translation>全乡镇</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>tl::ui::FindingsPanel</name>
    <message>
        <source>Only this village</source>
        <translation>仅本村</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Filter by village, rule or name…</source>
        <translation>按村、规则或姓名筛选…</translation>
    </message>
    <message>
        <source>Click a finding (or press Enter) to go to its record</source>
        <translation>单击某条问题（或按 Enter）可转到对应记录</translation>
    </message>
    <message>
        <source>No findings: the records follow every rule and target.</source>
        <translation>未发现问题：所有记录均符合各项规则和目标。</translation>
    </message>
    <message>
        <source>%1 findings: %2 errors, %3 warnings</source>
        <translation>共 %1 个问题：错误 %2 个，警告 %3 个</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>（显示 %1 个）</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Findings (errors only)</source>
        <translation>问题清单（仅错误）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>findings – village</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Findings as of the end of this day</source>
        <translation>截至当日结束时的问题</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Show today&apos;s findings</source>
        <translation>显示今天的问题</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation>截至%1：%2</translation>
    </message>
    <message>
        <source>Checking the file; the findings follow in a moment…</source>
        <translation>正在检查文件，问题清单稍后列出……</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridDialog</name>
    <message>
        <source>Grid %1 – %2</source>
        <translation>网格“%1” – %2</translation>
    </message>
    <message>
        <source>New grid – %1</source>
        <translation>新建网格 – %1</translation>
    </message>
    <message>
        <source>e.g. First group grid</source>
        <translation>如：一组网格</translation>
    </message>
    <message>
        <source>The county&apos;s grid code, if it gave one</source>
        <translation>县里编制的网格编码（如有）</translation>
    </message>
    <message>
        <source>(none – directly under the village)</source>
        <translation>（无 – 直属本村）</translation>
    </message>
    <message>
        <source>This grid has sub-grids, so it stays directly under the village.</source>
        <translation>该网格下设子网格，因此只能直属本村。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>also in %1</source>
        <translation>同时在 %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The village has no people in the ledger yet: add them on the members or reserve cadres tab first.</source>
        <translation>台账中还没有本村人员：请先在“班子成员”或“后备人才”页添加。</translation>
    </message>
    <message>
        <source>Which groups, streets or door numbers the grid covers</source>
        <translation>网格覆盖的村民小组、街巷或门牌号</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Parent grid:</source>
        <translation>上级网格(&amp;P)：</translation>
    </message>
    <message>
        <source>Grid &amp;leader:</source>
        <translation>网格长(&amp;L)：</translation>
    </message>
    <message>
        <source>Grid &amp;workers:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>覆盖范围(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n grid worker(s) chosen</source>
        <translation>
            <numerusform>已选 %n 名网格员</numerusform>
        </translation>
    </message>
    <message>
        <source>A grid without a leader is listed in the findings.</source>
        <translation>没有网格长的网格会列入问题清单。</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>未保存：请先更正标记的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridProposalDialog</name>
    <message>
        <source>Proposed grids – %1</source>
        <translation>网格划分建议 – %1</translation>
    </message>
    <message>
        <source>%1 households in %2 grids: one grid per villager group, split when a group has more than %3 households; each grid worker keeps in touch with about %4. Nothing is written until you apply, and Edit &gt; Undo takes the whole proposal back. Names and codes can be changed here.</source>
        <translation>%1 户，划为 %2 个网格：每个村民小组一个网格，小组超过 %3 户时拆分；每名网格员约联系 %4 户。点击“应用”之前不会写入任何数据，且可用“编辑 &gt; 撤销”撤回整个方案。名称和编码可在此修改。</translation>
    </message>
    <message>
        <source>Grid name</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Grid workers (households each)</source>
        <translation>网格员（各联系户数）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(none – not enough people)</source>
        <translation>（无 – 人员不足）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Apply proposal</source>
        <translation>应用方案(&amp;A)</translation>
    </message>
    <message>
        <source>Row %1: the grid needs a name.</source>
        <translation>第 %1 行：网格需要名称。</translation>
    </message>
    <message>
        <source>Row %1: the name %2 is used twice.</source>
        <translation>第 %1 行：名称“%2”重复使用。</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridSettingsDialog</name>
    <message>
        <source>Grid rules</source>
        <translation>网格规则</translation>
    </message>
    <message>
        <source>About 50 households per grid and 10 per grid worker are the usual rule; counties set their own. These figures drive Propose grids and the grid findings.</source>
        <translation>通常每个网格约 50 户、每名网格员联系约 10 户；各县可自行规定。这些数值用于“划分网格”建议和网格相关问题的检查。</translation>
    </message>
    <message>
        <source> households</source>
        <translation> 户</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Households per &amp;grid:</source>
        <translation>每个网格户数(&amp;G)：</translation>
    </message>
    <message>
        <source>A grid may be &amp;above that by:</source>
        <translation>网格可超出的幅度(&amp;A)：</translation>
    </message>
    <message>
        <source>Households per grid &amp;worker, usually:</source>
        <translation>每名网格员通常联系户数(&amp;W)：</translation>
    </message>
    <message>
        <source>…and at &amp;most:</source>
        <translation>…最多(&amp;M)：</translation>
    </message>
    <message>
        <source>A grid with more than %1 households is listed in the findings.</source>
        <translation>超过 %1 户的网格会列入问题清单。</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>The grid rules were not saved: %1</source>
        <translation>网格规则未保存：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridTreeModel</name>
    <message numerus="yes">
        <source>%n household(s) in no grid</source>
        <translation>
            <numerusform>%n 户未入格</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 households: above the grid size of %2 (+%3% tolerated)</source>
        <translation>%1 户：超出网格规模 %2 户（允许 +%3%）</translation>
    </message>
    <message>
        <source>No grid leader</source>
        <translation>无网格长</translation>
    </message>
    <message>
        <source>No grid workers</source>
        <translation>无网格员</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>全部户</translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation>未入格（%1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 households, %2 of them in sub-grids</source>
        <translation>%1 户，其中 %2 户在子网格中</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>覆盖范围：%1</translation>
    </message>
    <message>
        <source>Grid workers: %1</source>
        <translation>网格员：%1</translation>
    </message>
    <message>
        <source>Households in no grid. Drag households here to take them out of their grid.</source>
        <translation>未入格的户。将户拖到此处可将其移出所在网格。</translation>
    </message>
    <message>
        <source>Every household of the village</source>
        <translation>本村全部户</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation>网格员</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridsTab</name>
    <message>
        <source>This village has no grids yet. Propose grids… suggests them from the villager groups for you to review; New grid… adds one by hand.</source>
        <translation>本村还没有网格。“划分网格…”会根据村民小组提出建议供您审核；“新建网格…”可手动添加。</translation>
    </message>
    <message>
        <source>&amp;New grid…</source>
        <translation>新建网格(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a grid to the village</source>
        <translation>为本村添加一个网格</translation>
    </message>
    <message>
        <source>New s&amp;ub-grid…</source>
        <translation>新建子网格(&amp;U)…</translation>
    </message>
    <message>
        <source>Add a grid below the selected one (where the county uses four levels)</source>
        <translation>在所选网格下添加子网格（适用于县里实行四级网格的情况）</translation>
    </message>
    <message>
        <source>Edit g&amp;rid…</source>
        <translation>编辑网格(&amp;R)…</translation>
    </message>
    <message>
        <source>Name, code, grid leader, grid workers and area of the selected grid</source>
        <translation>所选网格的名称、编码、网格长、网格员和覆盖范围</translation>
    </message>
    <message>
        <source>Delete grid</source>
        <translation>删除网格</translation>
    </message>
    <message>
        <source>Delete the selected grid; its households become unassigned</source>
        <translation>删除所选网格；其中的户将变为未入格</translation>
    </message>
    <message>
        <source>&amp;Propose grids…</source>
        <translation>划分网格(&amp;P)…</translation>
    </message>
    <message>
        <source>Suggest grids for the whole village from its villager groups; you review them before anything is written</source>
        <translation>根据村民小组为全村提出网格划分建议；写入前由您审核</translation>
    </message>
    <message>
        <source>Grid r&amp;ules…</source>
        <translation>网格规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Households per grid and per grid worker (for the whole township)</source>
        <translation>每个网格和每名网格员的户数（适用于全乡镇）</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Full I&amp;D numbers</source>
        <translation>完整身份证号(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add household…</source>
        <translation>添加户(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a household to the village (Ins)</source>
        <translation>为本村添加一户（Ins）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected household and see its grid history (Enter or double-click)</source>
        <translation>编辑所选户并查看其网格变动记录（Enter 或双击）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected households (Del)</source>
        <translation>删除所选户（Del）</translation>
    </message>
    <message>
        <source>A&amp;ssign to grid…</source>
        <translation>分配到网格(&amp;S)…</translation>
    </message>
    <message>
        <source>Put the selected households into a grid and give them a grid worker. You can also drag them onto a grid on the left.</source>
        <translation>将所选户分入网格并指定网格员。也可以将其拖到左侧的网格上。</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部村民小组</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>共 %1 户</translation>
    </message>
    <message>
        <source>Showing %1 of %2 households</source>
        <translation>显示 %1 户，共 %2 户</translation>
    </message>
    <message>
        <source>%1 in no grid</source>
        <translation>%1 户未入格</translation>
    </message>
    <message>
        <source>A&amp;ssign %1 to grid…</source>
        <translation>将 %1 户分配到网格(&amp;S)…</translation>
    </message>
    <message>
        <source>Delete the household of %1?</source>
        <translation>确定删除%1户吗？</translation>
    </message>
    <message>
        <source>Delete these %1 households?</source>
        <translation>确定删除这 %1 户吗？</translation>
    </message>
    <message>
        <source>Delete households</source>
        <translation>删除户</translation>
    </message>
    <message>
        <source>This is for records entered by mistake; a household that moved to another grid should be assigned there instead. Edit &gt; Undo brings them back with their grid history.</source>
        <translation>此操作用于删除误录的记录；迁入其他网格的户应改为重新分配网格。可用“编辑 &gt; 撤销”恢复，网格变动记录一并恢复。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>%1. Edit &gt; Undo brings them back.</source>
        <translation>%1。可用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>未分配：%1</translation>
    </message>
    <message>
        <source>Choose their grid worker with Assign to grid… when you know who it is.</source>
        <translation>确定网格员后，可通过“分配到网格…”指定。</translation>
    </message>
    <message>
        <source>Delete grid %1?</source>
        <translation>确定删除网格“%1”吗？</translation>
    </message>
    <message>
        <source>Its %1 households become unassigned (their history is kept).</source>
        <translation>其中的 %1 户将变为未入格（保留变动记录）。</translation>
    </message>
    <message>
        <source>Its %1 sub-grids are deleted with it.</source>
        <translation>其下的 %1 个子网格将一并删除。</translation>
    </message>
    <message>
        <source>%1. Edit &gt; Undo brings it back with its households.</source>
        <translation>%1。可用“编辑 &gt; 撤销”恢复，其中的户一并恢复。</translation>
    </message>
    <message>
        <source>The proposed grids were applied. Edit &gt; Undo takes them back.</source>
        <translation>已应用网格划分建议。可用“编辑 &gt; 撤销”撤回。</translation>
    </message>
    <message>
        <source>New grid…</source>
        <translation>新建网格…</translation>
    </message>
    <message>
        <source>New sub-grid…</source>
        <translation>新建子网格…</translation>
    </message>
    <message>
        <source>Edit grid…</source>
        <translation>编辑网格…</translation>
    </message>
    <message>
        <source>Propose grids…</source>
        <translation>划分网格…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add household…</source>
        <translation>添加户…</translation>
    </message>
    <message>
        <source>Grids – %1</source>
        <translation>网格 – %1</translation>
    </message>
    <message>
        <source>Save the grids with their households, people, leaders and workers as an Excel workbook</source>
        <translation>将网格及其农户、人口、网格长和网格员保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Expor&amp;t grids…</source>
        <translation>导出网格(&amp;T)…</translation>
    </message>
    <message>
        <source>Households – %1 – %2</source>
        <comment>village, grid</comment>
        <translation>农户 – %1 – %2</translation>
    </message>
    <message>
        <source>Households in no grid – %1</source>
        <translation>未入格农户 – %1</translation>
    </message>
    <message>
        <source>Households – %1</source>
        <translation>农户 – %1</translation>
    </message>
    <message>
        <source>Filter: name, address, group, or the first or last digits of an ID number or phone (Ctrl+F)</source>
        <translation>筛选：姓名、地址、村民小组，或身份证号、电话的前几位或后几位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Preparing the search over every household (once per opened ledger)…</source>
        <translation>正在准备全镇各户的搜索（每次打开台账只需一次）……</translation>
    </message>
</context>
<context>
    <name>tl::ui::HouseholdDialog</name>
    <message>
        <source>Household of %1 – %2</source>
        <translation>%1户 – %2</translation>
    </message>
    <message>
        <source>New household – %1</source>
        <translation>新建户 – %1</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号或带区号的固定电话</translation>
    </message>
    <message>
        <source>&amp;Head of household:</source>
        <translation>户主(&amp;H)：</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;ID number:</source>
        <translation>户主身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Villager &amp;group:</source>
        <translation>村民小组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Door number / address:</source>
        <translation>门牌号/地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>家庭人口(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>其他标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Other &amp;tags:</source>
        <translation>其他标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未入格）</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation>网格(&amp;R)：</translation>
    </message>
    <message>
        <source>Grid &amp;worker:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Grid history</source>
        <translation>网格变动记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(deleted grid)</source>
        <translation>（已删除的网格）</translation>
    </message>
    <message>
        <source>Never assigned to a grid.</source>
        <translation>从未分配到网格。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of tags</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Already the head of another household: %1 (%2, %3)</source>
        <translation>已是另一户的户主：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>未保存：请先更正标记的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::HouseholdModel</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of tags</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>In no grid yet: select it and choose Assign to grid…, or drag it onto a grid.</source>
        <translation>尚未入格：选中后选择“分配到网格…”，或将其拖到某个网格上。</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未入格）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Door number / address</source>
        <translation>门牌号/地址</translation>
    </message>
    <message>
        <source>People</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
</context>
<context>
    <name>tl::ui::HouseholdsPage</name>
    <message>
        <source>Households of the township</source>
        <translation>全乡镇农户</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>In a grid or not</source>
        <translation>是否入格</translation>
    </message>
    <message>
        <source>In no grid</source>
        <translation>未入格</translation>
    </message>
    <message>
        <source>Full I&amp;D numbers</source>
        <translation>完整身份证号(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected household (Enter or double-click)</source>
        <translation>编辑所选户（Enter 或双击）</translation>
    </message>
    <message>
        <source>Show in &amp;village</source>
        <translation>在村中显示(&amp;V)</translation>
    </message>
    <message>
        <source>Open the household on its village&apos;s grid tab</source>
        <translation>在所属村的“网格”页中打开该户</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>共 %1 户</translation>
    </message>
    <message>
        <source>Households – %1</source>
        <translation>农户 – %1</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (filters)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of filters</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Filter: name, address, group, or the first or last digits of an ID number or phone (Ctrl+F)</source>
        <translation>筛选：姓名、地址、村民小组，或身份证号、电话的前几位或后几位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Preparing the search over every household (once per opened ledger)…</source>
        <translation>正在准备全镇各户的搜索（每次打开台账只需一次）……</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportDialog</name>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.ods *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>从表格导入</translation>
    </message>
    <message>
        <source>Import &amp;log…</source>
        <translation>导入记录(&amp;L)…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This ledger is open read-only: sheets can be checked, but nothing can be imported.</source>
        <translation>此台账以只读方式打开：可以检查表格，但不能导入。</translation>
    </message>
    <message>
        <source>An Excel, WPS or LibreOffice workbook, or a CSV file</source>
        <translation>Excel、WPS 或 LibreOffice 工作簿，或 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create villages that are not in the ledger yet</source>
        <translation>自动新建台账中没有的村(&amp;C)</translation>
    </message>
    <message>
        <source>Otherwise a row naming an unknown village is rejected, so a misspelt name does not become a new village</source>
        <translation>不勾选时，村名在台账中不存在的行不予导入，以免把写错的村名新建为村</translation>
    </message>
    <message>
        <source>Bring rosters and ledgers kept in Excel, WPS or CSV files into this ledger. Title rows above the header are skipped, and every row is checked before anything is written: you will see each row&apos;s verdict first. A backup of the ledger is saved before the import.</source>
        <translation>将 Excel、WPS 或 CSV 文件中的花名册和台账导入本台账。表头行上方的标题行会自动跳过；写入前会逐行检查，您将先看到每一行的结论。导入前会先备份台账。</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>导入内容(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Already in the ledger:</source>
        <translation>台账中已有时(&amp;A)：</translation>
    </message>
    <message>
        <source>A row is already in the ledger when a village has the same name.</source>
        <translation>村名相同即视为台账中已有。</translation>
    </message>
    <message>
        <source>A row is already in the ledger when a person has the same ID number.</source>
        <translation>身份证号相同即视为台账中已有该人员。</translation>
    </message>
    <message>
        <source>A row is already in the ledger when a household&apos;s head has the same ID number.</source>
        <translation>户主身份证号相同即视为台账中已有该户。</translation>
    </message>
    <message>
        <source>A row is already in the ledger when its village has a matter of the same name.</source>
        <translation>本村已有同名事项即视为台账中已有。</translation>
    </message>
    <message>
        <source>Skip the row, keep the record as it is</source>
        <translation>跳过该行，已有记录保持不变</translation>
    </message>
    <message>
        <source>Update the record with the row&apos;s values</source>
        <translation>用该行数据更新已有记录</translation>
    </message>
    <message>
        <source>Add the row as well (keep both)</source>
        <translation>仍导入该行（两条都保留）</translation>
    </message>
    <message>
        <source>Columns read for %1 (* = required): %2. Other columns are left out; headers are recognised under their usual names, and you can match them yourself in the next step.</source>
        <translation>导入%1时读取以下列（* 为必填）：%2。其他列不导入；表头按常用名称自动识别，下一步也可以自行指定列对应。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Choose the sheet to import</source>
        <translation>选择要导入的工作表</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>1 Source</source>
        <translation>1 数据来源</translation>
    </message>
    <message>
        <source>2 Columns</source>
        <translation>2 列对应</translation>
    </message>
    <message>
        <source>3 Check the rows</source>
        <translation>3 逐行检查</translation>
    </message>
    <message>
        <source>4 Import</source>
        <translation>4 导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln row(s)</source>
        <translation>
            <numerusform>导入 %Ln 行(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的行</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>%1
%2 of %3 rows</source>
        <translation>%1
第 %2 行，共 %3 行</translation>
    </message>
    <message>
        <source>%1
%2 rows read</source>
        <translation>%1
已读取 %2 行</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
    <message>
        <source>Create &amp;missing villages</source>
        <translation>自动新建台账中没有的村(&amp;M)</translation>
    </message>
    <message>
        <source>Already in the ledger:</source>
        <translation>台账中已有时：</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>保存未导入行清单(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Choose a row to read its reason or notes in full.</source>
        <translation>选中某一行可查看完整的原因或说明。</translation>
    </message>
    <message>
        <source>Row %1 is rejected: %2</source>
        <translation>第%1行不予导入：%2</translation>
    </message>
    <message>
        <source>Row %1 is rejected, column %2: %3</source>
        <translation>第%1行不予导入，%2 列：%3</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第%1行（%2）：%3</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between the notes on an imported row</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Row %1 will be imported as it is.</source>
        <translation>第%1行将按原样导入。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>无法逐行检查：%1</translation>
    </message>
    <message>
        <source>Duplicates, skipped</source>
        <translation>重复，跳过</translation>
    </message>
    <message>
        <source>Duplicates, updated</source>
        <translation>重复，更新已有记录</translation>
    </message>
    <message>
        <source>Duplicates, added as well</source>
        <translation>重复，两条都保留</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>…of these with a note</source>
        <translation>…其中有说明的</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予导入</translation>
    </message>
    <message>
        <source>The sheet has no rows below the header.</source>
        <translation>工作表表头行以下没有数据行。</translation>
    </message>
    <message>
        <source>Rejected rows are not imported. Save them to a workbook with the reason in each row, correct them there and import that workbook again.</source>
        <translation>不予导入的行不会写入台账。可将其保存为未导入行清单（每行注明原因），在清单中修改后再导入该工作簿。</translation>
    </message>
    <message>
        <source>Nothing has been written to the ledger yet.</source>
        <translation>台账尚未作任何改动。</translation>
    </message>
    <message>
        <source>Villages:</source>
        <translation>村：</translation>
    </message>
    <message>
        <source>Grids (village / grid):</source>
        <translation>网格（村 / 网格）：</translation>
    </message>
    <message>
        <source>Grid workers (village / name):</source>
        <translation>网格员（村 / 姓名）：</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n 个村</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s)</source>
        <translation>
            <numerusform>%n 个网格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grid worker(s)</source>
        <translation>
            <numerusform>%n 名网格员</numerusform>
        </translation>
    </message>
    <message>
        <source>The import will also create %1</source>
        <translation>导入时还将新建 %1</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>全部行（%1）</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>不予导入（%1）</translation>
    </message>
    <message>
        <source>With notes (%1)</source>
        <translation>有说明（%1）</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>重复（%1）</translation>
    </message>
    <message>
        <source>Import &amp;another file…</source>
        <translation>导入其他文件(&amp;A)…</translation>
    </message>
    <message>
        <source>This ledger is open read-only: nothing can be imported into it.</source>
        <translation>此台账以只读方式打开，不能导入。</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>没有可导入的行。</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>正在导入 %Ln 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written to the ledger.</source>
        <translation>导入已取消，台账未作任何改动。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected and not imported. Save them, with the reason in each row, to a workbook to correct and import again?</source>
        <translation>
            <numerusform>有 %Ln 行不予导入。是否将其保存为未导入行清单（每行注明原因），以便修改后重新导入？</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>The import is done; no row was written.</source>
        <translation>导入完成，未写入任何行。</translation>
    </message>
    <message>
        <source>Imported (new records)</source>
        <translation>已导入（新记录）</translation>
    </message>
    <message>
        <source>Updated (records already in the ledger)</source>
        <translation>已更新（台账中已有的记录）</translation>
    </message>
    <message>
        <source>Skipped (already in the ledger)</source>
        <translation>已跳过（台账中已有）</translation>
    </message>
    <message>
        <source>Before the import, the ledger was backed up as:
%1
Open that file to go back to the ledger as it was.</source>
        <translation>导入前，台账已备份为：
%1
如需恢复到导入前的状态，请打开该文件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected. Save them to a workbook: each keeps its cells, with the sheet row, the column at fault and the reason beside them.</source>
        <translation>
            <numerusform>有 %Ln 行不予导入。可将其保存为未导入行清单：保留各行原有内容，并在旁边注明其在工作表中的行号、出错的列和原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>没有不予导入的行。</translation>
    </message>
    <message>
        <source>%1-errors</source>
        <comment>file name of the rejected rows of an import: the imported file&apos;s name</comment>
        <translation>%1-未导入行清单</translation>
    </message>
    <message>
        <source>Check the rows first.</source>
        <translation>请先逐行检查。</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>无法保存未导入行清单：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) saved in %1</source>
        <translation>
            <numerusform>未导入行清单（%Ln 行）已保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>保存未导入行清单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>新增记录</translation>
    </message>
    <message>
        <source>In %1 the members took office on %2 or later, after the running term ended: a change of term (换届) that the ledger has not recorded.

Record the change of term on %2 and open the next terms from it? Otherwise these members are not imported.</source>
        <translation>%1的成员任职时间为 %2 或更晚，晚于本届任期结束：台账中尚未记录这次换届。

是否记录 %2 换届，并从该日开始下一届？否则这些成员不会导入。</translation>
    </message>
    <message>
        <source>Totals and notes rows, skipped</source>
        <translation>合计、说明行，已跳过</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported with findings: the history is recorded as written, and what breaks the rules is listed in the notes of each row.</source>
        <translation>
            <numerusform>%n 行将带问题导入：按台账原样记录经过，不合规之处列在各行的说明中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unused columns: %1. Go back to map them, or import without them.</source>
        <translation>未使用的列：%1。可返回上一步对应字段，或不导入这些列。</translation>
    </message>
    <message>
        <source>Worked out by the program, not imported: %1.</source>
        <translation>由程序计算、不导入的列：%1。</translation>
    </message>
    <message>
        <source>Columns with data that no field takes: map them, or tick the ones to lea&amp;ve out (不导入此列):</source>
        <translation>以下列有数据但未对应任何字段：请返回对应，或勾选不导入此列(&amp;V)：</translation>
    </message>
    <message>
        <source>Ma&amp;p columns…</source>
        <translation>对应列(&amp;P)…</translation>
    </message>
    <message>
        <source>Tick to leave this column out of the import (不导入此列)</source>
        <translation>勾选表示不导入此列</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with data will not be imported: %1.

Import without them? Choose No to map them first.</source>
        <translation>
            <numerusform>有 %n 列数据将不导入：%1。

不导入这些列，继续导入吗？选“否”可先返回对应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: map the unused columns or tick them to leave them out.</source>
        <translation>未导入：请先对应未使用的列，或勾选不导入。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportLogDialog</name>
    <message>
        <source>Import log</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Every import into this ledger, newest first. Before each import a backup of the ledger was saved beside it.</source>
        <translation>本台账的全部导入记录，最近的在前。每次导入前都已在台账文件旁保存了一份台账备份。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予导入</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Nothing has been imported into this ledger yet.</source>
        <translation>本台账尚无导入记录。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportMappingWidget</name>
    <message>
        <source>Choose the column of the sheet that holds each field. The columns were matched by their headers; fields marked * are required.</source>
        <translation>请为每个字段选择工作表中对应的列。已按表头自动对应；标 * 的字段为必填。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The row of the sheet that names the columns; the data rows follow it</source>
        <translation>工作表中写有列名的那一行，其下为数据行</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>工作表中的列</translation>
    </message>
    <message>
        <source>Example from the sheet</source>
        <translation>工作表中的示例</translation>
    </message>
    <message>
        <source>Row %1 names the columns; the rows above it are taken as the title.</source>
        <translation>第%1行为表头行，其上方各行视为标题。</translation>
    </message>
    <message>
        <source>No row naming the columns was found among the first rows: choose the header row, then the columns.</source>
        <translation>前几行中未找到表头行：请先选择表头行，再指定各列。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <comment>a sheet column without a header</comment>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sheet column letter: its header</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a required field</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Headers recognised: %1</source>
        <translation>已识别的表头：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Choose the header row: the row of the sheet that names the columns.</source>
        <translation>请选择表头行，即工作表中写有列名的那一行。</translation>
    </message>
    <message>
        <source>Choose a column for %1: required to import.</source>
        <translation>请为“%1”选择对应的列：该字段为导入必填项。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>可导入（有说明）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予导入</translation>
    </message>
    <message>
        <source>Duplicate: update</source>
        <translation>重复：更新已有记录</translation>
    </message>
    <message>
        <source>Duplicate: skip</source>
        <translation>重复：跳过</translation>
    </message>
    <message>
        <source>Duplicate: keep both</source>
        <translation>重复：两条都保留</translation>
    </message>
    <message>
        <source>Row %1 of the sheet</source>
        <translation>工作表第%1行</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between the notes on an imported row</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>The row number in the sheet</source>
        <translation>工作表中的行号</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The column at fault in a rejected row</source>
        <translation>不予导入的行中出错的列</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>原因或说明</translation>
    </message>
    <message>
        <source>Column %1 of the sheet</source>
        <translation>工作表 %1 列</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>Skipped: not a record</source>
        <translation>已跳过：不是记录</translation>
    </message>
    <message numerus="yes">
        <source>Imported with %n finding(s)</source>
        <translation>
            <numerusform>导入，有 %n 条问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::MainWindow</name>
    <message>
        <source>Township ledgers (*.%1)</source>
        <translation>乡村治理台账 (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the ledger</source>
        <translation>无法打开台账</translation>
    </message>
    <message>
        <source>The ledger was upgraded to the current format; the file as it was before is kept as %1</source>
        <translation>台账已升级到当前格式；升级前的文件已保留为 %1</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New ledger…</source>
        <translation>新建台账…</translation>
    </message>
    <message>
        <source>This is a demo ledger with invented data. Create a new ledger for real work.</source>
        <translation>这是使用虚构数据的示例台账。实际工作请新建台账。</translation>
    </message>
    <message>
        <source>This ledger is open read-only (for example, the file is write-protected): you can look at everything, but not change it.</source>
        <translation>此台账以只读方式打开（例如文件设置了写保护）：可以查看全部内容，但不能修改。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>撤销失败</translation>
    </message>
    <message>
        <source>No ledger is open. Create a new ledger for your township, or open an existing one.</source>
        <translation>尚未打开台账。请为本乡镇新建台账，或打开已有台账。</translation>
    </message>
    <message>
        <source>Open the demo ledger</source>
        <translation>打开示例台账</translation>
    </message>
    <message>
        <source>Demo ledger</source>
        <translation>示例台账</translation>
    </message>
    <message>
        <source>&amp;New ledger…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Create an empty ledger for a township</source>
        <translation>为乡镇新建一个空白台账</translation>
    </message>
    <message>
        <source>&amp;Open ledger…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy the whole ledger to another file and continue in the copy</source>
        <translation>将整个台账复制到另一个文件，并在副本中继续工作</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Save a dated copy of the ledger beside the file</source>
        <translation>在台账文件旁保存一个带日期的副本</translation>
    </message>
    <message>
        <source>&amp;Township information…</source>
        <translation>乡镇信息(&amp;T)…</translation>
    </message>
    <message>
        <source>Targets and &amp;rules…</source>
        <translation>目标与规则(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Add village…</source>
        <translation>添加村(&amp;A)…</translation>
    </message>
    <message>
        <source>Add village</source>
        <translation>添加村</translation>
    </message>
    <message>
        <source>Township &amp;overview</source>
        <translation>全乡镇概览(&amp;O)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Go to the village &amp;list</source>
        <translation>转到村列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Township Ledger</source>
        <translation>关于乡村治理台账(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>最近打开(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Township Ledger</source>
        <translation>乡村治理台账</translation>
    </message>
    <message>
        <source>[Demo ledger]</source>
        <translation>[示例台账]</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[只读]</translation>
    </message>
    <message>
        <source>Where to save the new ledger</source>
        <translation>选择新台账的保存位置</translation>
    </message>
    <message>
        <source>New ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <source>Created %1. Add the villages next.</source>
        <translation>已创建 %1。下一步请添加村。</translation>
    </message>
    <message>
        <source>Open a ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Save a copy of the ledger as</source>
        <translation>将台账副本另存为</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; a ledger is never overwritten.</source>
        <translation>%1 已存在。请换一个文件名；台账文件不会被覆盖。</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>无法写入副本 %1：%2</translation>
    </message>
    <message>
        <source>Now working in the copy %1</source>
        <translation>现在正在副本 %1 中工作</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>A backup of the ledger was saved as:
%1</source>
        <translation>台账备份已保存为：
%1</translation>
    </message>
    <message>
        <source>Township information</source>
        <translation>乡镇信息</translation>
    </message>
    <message>
        <source>The township information was not saved: %1</source>
        <translation>乡镇信息未保存：%1</translation>
    </message>
    <message>
        <source>About Township Ledger</source>
        <translation>关于乡村治理台账</translation>
    </message>
    <message>
        <source>&amp;Township</source>
        <translation>乡镇(&amp;T)</translation>
    </message>
    <message>
        <source>Matters &amp;board…</source>
        <translation>事项总览(&amp;B)…</translation>
    </message>
    <message>
        <source>Matters board</source>
        <translation>四议两公开事项总览</translation>
    </message>
    <message>
        <source>&amp;Households…</source>
        <translation>农户名册(&amp;H)…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>全乡镇农户</translation>
    </message>
    <message>
        <source>Disclosure &amp;progress…</source>
        <translation>公开进度(&amp;P)…</translation>
    </message>
    <message>
        <source>Disclosure progress</source>
        <translation>三务公开进度</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>统计看板(&amp;D)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>乡镇统计看板</translation>
    </message>
    <message>
        <source>&amp;Quarterly report…</source>
        <translation>季度报表(&amp;Q)…</translation>
    </message>
    <message>
        <source>County roll-&amp;up…</source>
        <translation>县级汇总(&amp;U)…</translation>
    </message>
    <message>
        <source>Notices due &amp;soon…</source>
        <translation>近期待公开公告(&amp;S)…</translation>
    </message>
    <message>
        <source>Notice &amp;templates…</source>
        <translation>公告模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Deliberation &amp;rules…</source>
        <translation>四议两公开规则(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Grid rules…</source>
        <translation>网格规则(&amp;G)…</translation>
    </message>
    <message>
        <source>Disclosure sett&amp;ings…</source>
        <translation>三务公开设置(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <source>Import villages, members, households or matters from an Excel, WPS or CSV file</source>
        <translation>从 Excel、WPS 或 CSV 文件导入村、班子成员、农户或四议两公开事项</translation>
    </message>
    <message>
        <source>Import lo&amp;g…</source>
        <translation>导入记录(&amp;G)…</translation>
    </message>
    <message>
        <source>Backups and re&amp;store…</source>
        <translation>备份与恢复(&amp;S)…</translation>
    </message>
    <message>
        <source>The backups kept beside the ledger; restore the ledger from one of them</source>
        <translation>台账旁保存的备份；可从其中一份恢复台账</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Your name as recorded with every change, and how many daily backups are kept</source>
        <translation>每次修改时记录的您的姓名，以及每日自动备份的保留份数</translation>
    </message>
    <message>
        <source>&amp;Change history…</source>
        <translation>修改记录(&amp;C)…</translation>
    </message>
    <message>
        <source>Every change made to the ledger: when, by whom, the old and the new value</source>
        <translation>台账的每一次修改：时间、操作人、原值和新值</translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved as %1</source>
        <translation>今日备份已保存为 %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>今日备份失败：%1</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This ledger is open read-only: you can look at everything, but not change it.</source>
        <translation>本台账以只读方式打开：可以查看全部内容，但不能修改。</translation>
    </message>
    <message>
        <source>no ledger is open</source>
        <translation>未打开台账</translation>
    </message>
    <message>
        <source>the ledger is open read-only, so it cannot be replaced</source>
        <translation>台账以只读方式打开，不能替换</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>Restored from %1; the ledger as it was before is kept as %2</source>
        <translation>已从 %1 恢复；恢复前的台账已保存为 %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Township Ledger %1&lt;/h3&gt;&lt;p&gt;Village governance ledgers for the township office: villages, the two committees and the supervision committee, reserve cadres, and the findings the county asks about.&lt;/p&gt;&lt;p&gt;Every change is saved at once in the ledger file; use Backup to keep a dated copy.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;乡村治理台账 %1&lt;/h3&gt;&lt;p&gt;供乡镇办公室使用的乡村治理台账：行政村、村两委和村务监督委员会、后备人才，以及县里要求掌握的问题情况。&lt;/p&gt;&lt;p&gt;每次修改都会立即保存到台账文件中；可使用“备份”保留带日期的副本。&lt;/p&gt;&lt;p&gt;许可证：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用的开源组件：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The village facts being edited were kept; nothing else was opened.</source>
        <translation>正在编辑的村基本情况已保留，未打开其他台账。</translation>
    </message>
    <message>
        <source>Take over the ledger?</source>
        <translation>接管此台账？</translation>
    </message>
    <message>
        <source>%1 is marked as being edited (%2), but that cannot be checked from here: the mark may come from another computer or from a program that was stopped.

If nobody else is editing it, you can take the lock over and edit the ledger here. Take it over?</source>
        <translation>%1 被标记为正在编辑（%2），但在本机无法核实：该标记可能来自其他电脑，或来自已被中止的程序。

如确认无人正在编辑，可以接管该锁并在此编辑台账。是否接管？</translation>
    </message>
    <message>
        <source>Restore a backup of another township?</source>
        <translation>恢复其他乡镇的备份？</translation>
    </message>
    <message>
        <source>The backup %1 is of %2, but this ledger is of %3.

Replace the ledger of %3 by the backup of %2?</source>
        <translation>备份 %1 属于%2，而当前台账属于%3。

确定用%2的备份替换%3的台账吗？</translation>
    </message>
    <message>
        <source>nothing was restored: the backup is of %1, this ledger of %2</source>
        <translation>未恢复任何内容：该备份属于%1，当前台账属于%2</translation>
    </message>
    <message>
        <source>The audit trail of this ledger is broken: %1. The file was changed outside the program, or its record of changes was tampered with. Report it to the township&apos;s discipline inspection office before relying on the data.</source>
        <translation>本台账的修改记录遭破坏：%1。台账文件曾在本程序之外被改动，或修改记录被篡改。请先报告乡镇纪检部门，再使用其中数据。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>The acknowledgement could not be recorded in the audit trail: %1</source>
        <translation>未能在修改记录中登记“已知悉”：%1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>已知悉</translation>
    </message>
    <message>
        <source>What does this finding mean? (F1)</source>
        <translation>这条提示是什么意思？（F1）</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>Findings (checking the file…)</source>
        <translation>问题清单（正在检查文件……）</translation>
    </message>
</context>
<context>
    <name>tl::ui::ManualWindow</name>
    <message>
        <source>Manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>Search the manual…</source>
        <translation>在手册中查找…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterBoardPage</name>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures: all matters of the township</source>
        <translation>四议两公开：全乡镇所有事项</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Quorum of the joint meeting, disclosure periods and deadlines, attachment size</source>
        <translation>两委联席会议到会人数要求、公开期限和时限、附件大小</translation>
    </message>
    <message>
        <source>Search title, village, proposer</source>
        <translation>搜索标题、村、提议人</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Needs &amp;action</source>
        <translation>待处理(&amp;A)</translation>
    </message>
    <message>
        <source>Only matters that are overdue or have problems</source>
        <translation>仅显示已逾期或有问题的事项</translation>
    </message>
    <message>
        <source>Overdue first, then matters with problems, then by due date</source>
        <translation>先列已逾期的，再列有问题的，其余按到期日排序</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matters · need action in the township: %3</source>
        <translation>显示 %1 项事项（共 %2 项） · 全乡镇待处理 %3 项</translation>
    </message>
    <message>
        <source>Most ur&amp;gent first</source>
        <translation>最紧急的优先(&amp;G)</translation>
    </message>
    <message>
        <source>Matters – %1</source>
        <translation>事项 – %1</translation>
    </message>
    <message>
        <source>Matters of the township</source>
        <translation>全乡镇事项</translation>
    </message>
    <message>
        <source>needs action</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (filters)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of filters</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterDialog</name>
    <message>
        <source>Edit matter – %1</source>
        <translation>编辑事项 – %1</translation>
    </message>
    <message>
        <source>New matter – %1</source>
        <translation>新建事项 – %1</translation>
    </message>
    <message>
        <source>e.g. hardening of the village road</source>
        <translation>如：村道硬化</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>In yuan with up to two decimals, e.g. 860000.00; &quot;86万&quot; is read as 860,000.00</source>
        <translation>以元为单位，最多两位小数，如 860000.00；输入“86万”将按 860,000.00 元处理</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>who raised it, e.g. the village party branch or ten villagers jointly</source>
        <translation>由谁提出，如村党支部或十名村民联名</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>提议人(&amp;P)：</translation>
    </message>
    <message>
        <source>When the work should be finished; the result must be disclosed within the set days after it</source>
        <translation>工程应完成的日期；完成后须在规定天数内公开实施结果</translation>
    </message>
    <message>
        <source>What is to be decided, why, and how it will be paid for</source>
        <translation>需决定的内容、理由及资金来源</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The matter was &amp;withdrawn</source>
        <translation>该事项已撤回(&amp;W)</translation>
    </message>
    <message>
        <source>why it was withdrawn</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>撤回日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>A withdrawn matter stops: no further steps are expected or recorded.</source>
        <translation>已撤回的事项即告终止：不再需要、也不再登记后续步骤。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>= %1 yuan</source>
        <translation>= %1 元</translation>
    </message>
    <message>
        <source>P&amp;lanned completion:</source>
        <translation>计划完成日期(&amp;L)：</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Reason for the &amp;motion:</source>
        <translation>动议事由(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterEditor</name>
    <message>
        <source>Choose a matter in the list, or add one with New matter.</source>
        <translation>请在列表中选择一个事项，或点击“新建事项”添加。</translation>
    </message>
    <message>
        <source>Change title, category, amount, description, planned completion, or withdraw the matter</source>
        <translation>修改标题、类别、金额、说明、计划完成日期，或撤回该事项</translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures</source>
        <translation>四议两公开</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation>提议人：%1</translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation>计划完成：%1</translation>
    </message>
    <message>
        <source>withdrawn on %1: %2</source>
        <translation>%1 撤回：%2</translation>
    </message>
    <message>
        <source>&amp;Record step %1…</source>
        <translation>登记第 %1 步(&amp;R)…</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation>第 %1 步：</translation>
    </message>
    <message>
        <source>Edi&amp;t matter…</source>
        <translation>编辑事项(&amp;T)…</translation>
    </message>
    <message>
        <source>reason for the motion: %1</source>
        <translation>动议事由：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterModel</name>
    <message>
        <source>Overdue: %1 was due by %2</source>
        <translation>已逾期：%1 应于 %2 前完成</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Last step on</source>
        <translation>最近步骤日期</translation>
    </message>
    <message>
        <source>Reason for the motion</source>
        <translation>动议事由</translation>
    </message>
</context>
<context>
    <name>tl::ui::MattersTab</name>
    <message>
        <source>&amp;New matter…</source>
        <translation>新建事项(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a matter that must pass the four deliberations and two disclosures (Ins)</source>
        <translation>添加一项须经四议两公开程序的事项（Ins）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete a matter entered by mistake, with its steps and scans (Del). A matter that was dropped is withdrawn instead (Edit matter).</source>
        <translation>删除误录的事项及其步骤和扫描件（Del）。已放弃的事项应改为撤回（编辑事项）。</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>搜索标题</translation>
    </message>
    <message>
        <source>Matters: %1</source>
        <translation>事项：%1 项</translation>
    </message>
    <message>
        <source>%1 · need action: %2</source>
        <translation>%1 · 待处理：%2 项</translation>
    </message>
    <message>
        <source>Delete matter</source>
        <translation>删除事项</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n recorded step(s) and their scans?

This is for a matter entered by mistake; Edit &gt; Undo brings it back. A matter that was dropped is withdrawn instead (Edit matter).</source>
        <translation>
            <numerusform>确定删除“%1”及其已登记的 %n 个步骤和扫描件吗？

此操作用于删除误录的事项；可用“编辑 &gt; 撤销”恢复。已放弃的事项应改为撤回（编辑事项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1”未删除：%2</translation>
    </message>
    <message>
        <source>Matters – %1</source>
        <translation>事项 – %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::MemberRosterTab</name>
    <message>
        <source>Search name, ID number, post or phone (Ctrl+F)</source>
        <translation>搜索姓名、身份证号、职务或电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation>显示已离任人员(&amp;F)</translation>
    </message>
    <message>
        <source>Show full I&amp;D numbers</source>
        <translation>显示完整身份证号(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a person with a post (Ins)</source>
        <translation>添加一名有职务的人员（Ins）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected person and their posts (Enter or double-click)</source>
        <translation>编辑所选人员及其职务（Enter 或双击）</translation>
    </message>
    <message>
        <source>E&amp;nd post…</source>
        <translation>离任(&amp;N)…</translation>
    </message>
    <message>
        <source>Record that the selected person leaves a post; the post stays in the history</source>
        <translation>登记所选人员离任；该职务保留在任职记录中</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete a record entered by mistake, with its post history (Del)</source>
        <translation>删除误录的记录及其任职记录（Del）</translation>
    </message>
    <message>
        <source>%1 people hold a post today.</source>
        <translation>目前有 %1 人在任。</translation>
    </message>
    <message>
        <source>End post – %1</source>
        <translation>离任 – %1</translation>
    </message>
    <message>
        <source>%1 %2 (since %3)</source>
        <translation>%1%2（%3 起）</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Removed from office</source>
        <translation>罢免</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>Ends &amp;on:</source>
        <translation>离任日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Say why the post ends.</source>
        <translation>请说明离任原因。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Delete %1 with all their posts and post history?

When someone leaves office, use End post instead: the history is then kept. Delete is for records entered by mistake; Edit &gt; Undo brings them back.</source>
        <translation>确定删除%1及其全部职务和任职记录吗？

人员离任时，请改用“离任”：这样可以保留任职记录。“删除”仅用于误录的记录；可用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1未删除：%2</translation>
    </message>
    <message>
        <source>Members and former members – %1</source>
        <translation>班子成员（含已离任） – %1</translation>
    </message>
    <message>
        <source>Members – %1</source>
        <translation>班子成员 – %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::NavigationModel</name>
    <message>
        <source>%1: %2 findings</source>
        <translation>%1：%2 个问题</translation>
    </message>
    <message>
        <source>%1: no findings</source>
        <translation>%1：无问题</translation>
    </message>
    <message>
        <source>The township overview: every village at a glance</source>
        <translation>全乡镇概览：各村情况一览</translation>
    </message>
</context>
<context>
    <name>tl::ui::NoticeTemplatesDialog</name>
    <message>
        <source>name of the village</source>
        <translation>村名</translation>
    </message>
    <message>
        <source>name of the township</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <source>issuing body, e.g. the villagers&apos; committee</source>
        <translation>发布单位，如村民委员会</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>first day of the disclosure</source>
        <translation>公开起始日期</translation>
    </message>
    <message>
        <source>last day of the disclosure</source>
        <translation>公开截止日期</translation>
    </message>
    <message>
        <source>telephone of the supervision committee</source>
        <translation>监督委员会电话</translation>
    </message>
    <message>
        <source>title of the matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>category of the matter</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>the meetings with their counts (a list)</source>
        <translation>会议及其人数（列表）</translation>
    </message>
    <message>
        <source>adopted or not adopted</source>
        <translation>通过或未通过</translation>
    </message>
    <message>
        <source>date of the resolution</source>
        <translation>决议日期</translation>
    </message>
    <message>
        <source>description of the matter</source>
        <translation>事项说明</translation>
    </message>
    <message>
        <source>summary of the result</source>
        <translation>结果摘要</translation>
    </message>
    <message>
        <source>title of the disclosure</source>
        <translation>公开标题</translation>
    </message>
    <message>
        <source>month or quarter covered</source>
        <translation>所属月份或季度</translation>
    </message>
    <message>
        <source>content of the disclosure</source>
        <translation>公开内容</translation>
    </message>
    <message>
        <source>table of income and expense items (own paragraph)</source>
        <translation>收支明细表（单独成段）</translation>
    </message>
    <message>
        <source>total income in yuan</source>
        <translation>收入合计（元）</translation>
    </message>
    <message>
        <source>total expenses in yuan</source>
        <translation>支出合计（元）</translation>
    </message>
    <message>
        <source>party affairs or village affairs</source>
        <translation>党务或村务</translation>
    </message>
    <message>
        <source>Notice templates</source>
        <translation>公告模板</translation>
    </message>
    <message>
        <source>The wording of the printed notices. Text in {{double braces}} is filled in from the records; blank lines separate paragraphs. ID and private phone numbers are masked.</source>
        <translation>打印公告的文字内容。{{双花括号}}中的内容将根据记录自动填写；段落之间以空行分隔。身份证号和个人电话号码将脱敏显示。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click to insert):</source>
        <translation>占位符（双击插入）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Put back the program&apos;s wording for this kind of notice</source>
        <translation>将此类公告恢复为程序默认文字</translation>
    </message>
    <message>
        <source>This template cannot be used: %1</source>
        <translation>此模板无法使用：%1</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source>Not saved. The template of the %1 cannot be used: %2</source>
        <translation>未保存。%1的模板无法使用：%2</translation>
    </message>
    <message>
        <source>The templates were not saved: %1</source>
        <translation>模板未保存：%1</translation>
    </message>
    <message>
        <source>&quot;, amount … yuan&quot; after the category; nothing when the matter has no amount</source>
        <translation>分类之后的“，金额……元”；事项没有金额时为空</translation>
    </message>
</context>
<context>
    <name>tl::ui::PersonDialog</name>
    <message>
        <source>Edit %1 – %2</source>
        <translation>编辑%1 – %2</translation>
    </message>
    <message>
        <source>New reserve cadre – %1</source>
        <translation>新增后备人才 – %1</translation>
    </message>
    <message>
        <source>Add member – %1</source>
        <translation>添加成员 – %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>18 characters; fills gender and birth date</source>
        <translation>18 位；自动填写性别和出生日期</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>E&amp;thnic group:</source>
        <translation>民族(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation>政治面貌(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>学历(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Posts in the current terms</source>
        <translation>本届任职</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（%2 起）</translation>
    </message>
    <message>
        <source>term %1, %2 to %3</source>
        <translation>第 %1 届，%2 至 %3</translation>
    </message>
    <message>
        <source>no running term – open one on the overview tab</source>
        <translation>无在任届次 – 请在“概况”页开启</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation>现任：%1</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>任职时间：</translation>
    </message>
    <message>
        <source>Qualification review:</source>
        <translation>资格联审：</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Removed from office</source>
        <translation>罢免</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>The current post ends on:</source>
        <translation>现任职务离任日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reserve cadre</source>
        <translation>后备人才</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Added on:</source>
        <translation>入库日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Reserve no&amp;te:</source>
        <translation>后备人才备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Post history</source>
        <translation>任职记录</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>任职时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>离任时间</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>离任原因</translation>
    </message>
    <message>
        <source>Qualification review</source>
        <translation>资格联审</translation>
    </message>
    <message>
        <source>No posts recorded.</source>
        <translation>无任职记录。</translation>
    </message>
    <message>
        <source>Ends on: %1 is before the post began (%2)</source>
        <translation>离任日期：%1 早于任职开始日期（%2）</translation>
    </message>
    <message>
        <source>Reason: say why the post ends (it stays in the history)</source>
        <translation>原因：请说明离任原因（将保留在任职记录中）</translation>
    </message>
    <message>
        <source>Since: %1 is outside term %2 (%3 to %4)</source>
        <translation>任职时间：%1 不在第 %2 届任期内（%3 至 %4）</translation>
    </message>
    <message>
        <source>Since: the new post cannot start before the current one (%1)</source>
        <translation>任职时间：新职务的开始日期不能早于现任职务（%1）</translation>
    </message>
    <message>
        <source>%1 is held by %2; end that post first</source>
        <translation>%1现由%2担任；请先登记该职务的离任</translation>
    </message>
    <message>
        <source>ID number: %1 (kept as recorded; please correct it)</source>
        <translation>身份证号：%1（已按原样保存，请更正）</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>未保存：请先更正标记的字段。</translation>
    </message>
    <message>
        <source>Not saved: choose a post in at least one body. People without a post belong on the reserve cadres tab.</source>
        <translation>未保存：请至少在一个组织中选择职务。没有职务的人员请在“后备人才”页录入。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Clerk&apos;s &amp;name:</source>
        <translation>经办人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Recorded with every change in the change history of the ledgers you open on this computer.</source>
        <translation>在本机打开的台账中，每次修改都会记录此姓名到修改记录。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation>每日自动备份保留份数(&amp;D)：</translation>
    </message>
    <message>
        <source>A copy of the ledger is made at the first opening of each day, in a folder beside the ledger file; older daily copies are removed.</source>
        <translation>每天首次打开台账时，在台账文件旁的文件夹中备份一份；较早的每日备份将被删除。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Every change to a ledger is recorded in its change history with the name of the clerk who made it. Please enter your name. You can change it later under File › Preferences.</source>
        <translation>台账的每次修改都会连同经办人姓名记入修改记录。请输入您的姓名，以后可在“文件 › 设置”中修改。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tl::ui::QuarterPicker</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Q1 (Jan–Mar)</source>
        <translation>第一季度（1–3月）</translation>
    </message>
    <message>
        <source>Q2 (Apr–Jun)</source>
        <translation>第二季度（4–6月）</translation>
    </message>
    <message>
        <source>Q3 (Jul–Sep)</source>
        <translation>第三季度（7–9月）</translation>
    </message>
    <message>
        <source>Q4 (Oct–Dec)</source>
        <translation>第四季度（10–12月）</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>year, quarter number</comment>
        <translation>%1年第%2季度</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReserveModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Taken off the list</source>
        <translation>移出名单</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReserveTab</name>
    <message>
        <source>Add &amp;person of the village…</source>
        <translation>添加本村人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Add someone already recorded in this village to the reserve pool</source>
        <translation>将本村已登记的人员加入后备人才库</translation>
    </message>
    <message>
        <source>Add &amp;new person…</source>
        <translation>添加新人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a new person and add them to the reserve pool</source>
        <translation>登记一名新人员并加入后备人才库</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 reserve cadres (target: at least %2 per village).</source>
        <translation>后备人才 %1 人（目标：每村至少 %2 人）。</translation>
    </message>
    <message>
        <source>Edit reserve cadre</source>
        <translation>编辑后备人才</translation>
    </message>
    <message>
        <source>Add to the reserve pool</source>
        <translation>加入后备人才库</translation>
    </message>
    <message>
        <source>%1 (%2, %3 years)</source>
        <translation>%1（%2，%3 岁）</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Added on:</source>
        <translation>入库日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Everybody recorded in this village is already in the pool; use &quot;Add new person&quot;.</source>
        <translation>本村已登记的人员均已在库中；请使用“添加新人员”。</translation>
    </message>
    <message>
        <source>Reserve cadres – %1</source>
        <translation>后备人才 – %1</translation>
    </message>
    <message>
        <source>Take &amp;off the list…</source>
        <translation>移出名单(&amp;O)…</translation>
    </message>
    <message>
        <source>The selected cadre leaves the reserve pool on a date, for a reason; the record stays</source>
        <translation>所选后备干部于某日因故移出后备人才库；记录保留</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>删除记录(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record, entered by mistake (Edit &gt; Undo brings it back)</source>
        <translation>删除误录的所选记录（“编辑 &gt; 撤销”可恢复）</translation>
    </message>
    <message>
        <source>Show &amp;former cadres</source>
        <translation>显示已移出的后备干部(&amp;F)</translation>
    </message>
    <message>
        <source>Also list the cadres taken off the list, with when and why</source>
        <translation>同时列出已移出名单的后备干部及移出日期和原因</translation>
    </message>
    <message numerus="yes">
        <source>%n former cadre(s) taken off the list.</source>
        <translation>
            <numerusform>另有 %n 名后备干部已移出名单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take %1 off the reserve list</source>
        <translation>将%1移出后备名单</translation>
    </message>
    <message>
        <source>Elected or appointed to a village post</source>
        <translation>当选或任命为村干部</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>迁出本村</translation>
    </message>
    <message>
        <source>No longer suitable</source>
        <translation>不再适合</translation>
    </message>
    <message>
        <source>Asked to leave the pool</source>
        <translation>本人申请退出</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>%1 leaves the reserve pool. The record stays, with the date and the reason; the list of any earlier date still shows the cadre.</source>
        <translation>%1将移出后备人才库。记录连同日期和原因保留；此前任一日期的名单中仍有该后备干部。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1未删除：%2</translation>
    </message>
</context>
<context>
    <name>tl::ui::RollupDialog</name>
    <message>
        <source>&amp;Add ledgers…</source>
        <translation>添加台账(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create roll-up</source>
        <translation>生成汇总(&amp;C)</translation>
    </message>
    <message>
        <source>County roll-up of township reports</source>
        <translation>乡镇报表县级汇总</translation>
    </message>
    <message>
        <source>Choose the ledger files of the townships (one file each). They are only read, never changed. The roll-up lists one row per township, then every village.</source>
        <translation>请选择各乡镇的台账文件（每个乡镇一个文件）。文件仅被读取，不会被修改。汇总表先按乡镇各列一行，再列出各村。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose township ledgers</source>
        <translation>选择乡镇台账</translation>
    </message>
    <message>
        <source>Township ledgers (*.%1);;All files (*)</source>
        <translation>乡镇台账 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the county roll-up</source>
        <translation>保存县级汇总</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1-County roll-up</source>
        <comment>file name: quarter code</comment>
        <translation>%1-县级汇总</translation>
    </message>
    <message numerus="yes">
        <source>%n township ledger(s) chosen</source>
        <translation>
            <numerusform>已选择 %n 个乡镇台账</numerusform>
        </translation>
    </message>
    <message>
        <source>No ledger chosen yet</source>
        <translation>尚未选择台账</translation>
    </message>
    <message>
        <source>Choose at least one township ledger.</source>
        <translation>请至少选择一个乡镇台账。</translation>
    </message>
    <message>
        <source>Choose where to save the roll-up.</source>
        <translation>请选择汇总的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The roll-up cannot replace one of the ledgers it reads.</source>
        <translation>汇总文件不能替换其读取的台账文件。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n township ledger(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个乡镇台账…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>正在读取 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The roll-up was cancelled; no file was written.</source>
        <translation>汇总已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The roll-up could not be written: %1</source>
        <translation>无法写入汇总：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::RosterModel</name>
    <message>
        <source>Holds no post now; shown because &quot;Show former members&quot; is on</source>
        <translation>目前无职务；因已勾选“显示已离任人员”而显示</translation>
    </message>
    <message>
        <source>Press F2 or start typing to change the phone number</source>
        <translation>按 F2 或直接输入可修改联系电话</translation>
    </message>
    <message>
        <source>Masked; tick &quot;Show full ID numbers&quot; to see it</source>
        <translation>已隐藏部分号码；勾选“显示完整身份证号”可查看</translation>
    </message>
    <message>
        <source>(former member)</source>
        <translation>（已离任）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>任职时间</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>后备人才</translation>
    </message>
    <message>
        <source>%1: phone not changed. %2</source>
        <translation>%1：联系电话未修改。%2</translation>
    </message>
</context>
<context>
    <name>tl::ui::StepDialog</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Rule: at least half of the party committee members must be present.</source>
        <translation>规则：须有半数以上党组织委员到会。</translation>
    </message>
    <message>
        <source>Rule: no quorum is set for the joint meeting (see the deliberation rules).</source>
        <translation>规则：两委联席会议不设到会人数要求（见四议两公开规则）。</translation>
    </message>
    <message>
        <source>Rule: at least half of the members of both committees must be present.</source>
        <translation>规则：须有两委半数以上成员到会。</translation>
    </message>
    <message>
        <source>Rule: at least two thirds of the members of both committees must be present.</source>
        <translation>规则：须有两委三分之二以上成员到会。</translation>
    </message>
    <message>
        <source>Rule: at least half of the voting party members present; passed only with votes for MORE than half of the voting members expected, not of those present. Probationary members do not vote.</source>
        <translation>规则：须有半数以上有表决权的党员到会；赞成票超过应到会有表决权党员的半数方为通过，而非实到人数的半数。预备党员没有表决权。</translation>
    </message>
    <message>
        <source>Rule: more than half of the villagers aged 18 or over, or at least two thirds of the households, must attend; passed with votes for more than half of those present.</source>
        <translation>规则：须有本村十八周岁以上村民过半数，或本村三分之二以上的户的代表参加；赞成票超过到会人员半数方为通过。</translation>
    </message>
    <message>
        <source>Rule: at least two thirds of the representatives must be present; passed with votes for more than half of those present.</source>
        <translation>规则：须有三分之二以上的村民代表到会；赞成票超过到会人员半数方为通过。</translation>
    </message>
    <message>
        <source>Rule: disclosed within %1 days of the decision, for at least %2 working days, reviewed and signed by a supervision committee member.</source>
        <translation>规则：决议后 %1 天内公开，公开期不少于 %2 个工作日，须经村务监督委员会成员审核签字。</translation>
    </message>
    <message>
        <source>Rule: disclosed within %1 days of the decision, for at least %2 days, reviewed and signed by a supervision committee member.</source>
        <translation>规则：决议后 %1 天内公开，公开期不少于 %2 天，须经村务监督委员会成员审核签字。</translation>
    </message>
    <message>
        <source>Rule: the result is disclosed within %1 days of the planned completion, for at least %2 working days, signed by a supervision committee member.</source>
        <translation>规则：计划完成后 %1 天内公开实施结果，公开期不少于 %2 个工作日，须经村务监督委员会成员签字。</translation>
    </message>
    <message>
        <source>Rule: the result is disclosed within %1 days of the planned completion, for at least %2 days, signed by a supervision committee member.</source>
        <translation>规则：计划完成后 %1 天内公开实施结果，公开期不少于 %2 天，须经村务监督委员会成员签字。</translation>
    </message>
    <message>
        <source>Committee members &amp;expected:</source>
        <translation>应到委员(&amp;E)：</translation>
    </message>
    <message>
        <source>Members of both committees &amp;expected:</source>
        <translation>两委应到成员(&amp;E)：</translation>
    </message>
    <message>
        <source>Voting members &amp;expected:</source>
        <translation>应到有表决权党员(&amp;E)：</translation>
    </message>
    <message>
        <source>Adults (18+) &amp;expected:</source>
        <translation>应到十八周岁以上村民(&amp;E)：</translation>
    </message>
    <message>
        <source>Representatives &amp;expected:</source>
        <translation>应到村民代表(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>应到(&amp;E)：</translation>
    </message>
    <message>
        <source>Step %1 – %2</source>
        <translation>第 %1 步 – %2</translation>
    </message>
    <message>
        <source>Record step %1 – %2</source>
        <translation>登记第 %1 步 – %2</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <source>The matter was withdrawn on %1 (%2); its steps can be read but no longer changed.</source>
        <translation>该事项已于 %1 撤回（%2）；其步骤只能查看，不能再修改。</translation>
    </message>
    <message>
        <source>&amp;Minutes summary</source>
        <translation>会议纪要(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;What was disclosed</source>
        <translation>公开内容(&amp;W)</translation>
    </message>
    <message>
        <source>What was discussed and decided</source>
        <translation>讨论和决定的内容</translation>
    </message>
    <message>
        <source>The text or the main points of the notice</source>
        <translation>公告全文或要点</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Remove this record, entered by mistake (Edit &gt; Undo brings it back)</source>
        <translation>删除这条误录的记录（可用“编辑 &gt; 撤销”恢复）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The matter was rejected at step %1; only the disclosure of the rejection follows.</source>
        <translation>该事项在第 %1 步未获通过；后续只需公开未通过的结果。</translation>
    </message>
    <message>
        <source>Step %1 (%2) comes first. This step can be recorded before it only on purpose, with a reason; it then stays a finding.</source>
        <translation>应先进行第 %1 步（%2）。只有在说明理由的情况下才能有意提前登记本步骤；该记录将一直列为问题。</translation>
    </message>
    <message>
        <source>This step is out of order. It can be recorded only on purpose, with a reason; it then stays a finding.</source>
        <translation>本步骤顺序不对。只有在说明理由的情况下才能有意登记；该记录将一直列为问题。</translation>
    </message>
    <message>
        <source>Reason, e.g. minutes of the earlier meeting still to be found</source>
        <translation>理由，如：前一次会议的纪要尚待查找</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>e.g. village party and mass service centre</source>
        <translation>如：村党群服务中心</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>主持人(&amp;C)：</translation>
    </message>
    <message>
        <source>Attendance and vote</source>
        <translation>到会与表决</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>应到户数(&amp;H)：</translation>
    </message>
    <message>
        <source>Votes &amp;for:</source>
        <translation>同意(&amp;F)：</translation>
    </message>
    <message>
        <source>Votes &amp;against:</source>
        <translation>反对(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;bstentions:</source>
        <translation>弃权(&amp;B)：</translation>
    </message>
    <message>
        <source>This step takes no vote.</source>
        <translation>本步骤不需表决。</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>公开首日(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>公开末日(&amp;L)：</translation>
    </message>
    <message>
        <source>supervision committee member</source>
        <translation>村务监督委员会成员</translation>
    </message>
    <message>
        <source>C&amp;hannels (tick every one used):</source>
        <translation>公开渠道（勾选所有使用的渠道）(&amp;H)：</translation>
    </message>
    <message>
        <source>Another channel, e.g. loudspeaker</source>
        <translation>其他渠道，如：广播</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Scans of minutes and sign-in sheets</source>
        <translation>会议纪要和签到表扫描件</translation>
    </message>
    <message>
        <source>Images or PDF files, kept inside the ledger. Drop files here to add them.</source>
        <translation>图片或 PDF 文件，保存在台账内。可将文件拖放到此处添加。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Up to %1 MB each; stored when you save.</source>
        <translation>每个文件不超过 %1 MB；保存时存入台账。</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>到会人数符合要求</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quorum not met&lt;/b&gt;</source>
        <translation>&lt;b&gt;到会人数不足&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Quorum: fill in expected and present to check it</source>
        <translation>到会人数：填写应到和实到人数后进行核对</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not passed&lt;/b&gt;</source>
        <translation>&lt;b&gt;未通过&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vote: not recorded yet</source>
        <translation>表决：尚未登记</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Up for %1 working days; at least %2 required</source>
        <translation>已公开 %1 个工作日；至少需 %2 个工作日</translation>
    </message>
    <message>
        <source>Up for %1 days; at least %2 required</source>
        <translation>已公开 %1 天；至少需 %2 天</translation>
    </message>
    <message>
        <source>Not signed by the supervision committee</source>
        <translation>未经村务监督委员会签字</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>签字人：%1</translation>
    </message>
    <message>
        <source>No problems with this record.</source>
        <translation>本记录未发现问题。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>添加于 %1</translation>
    </message>
    <message>
        <source>%1 (%2, new)</source>
        <translation>%1（%2，新）</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: %2 is larger than the limit of %3 MB</source>
        <translation>%1：%2 超过 %3 MB 的上限</translation>
    </message>
    <message>
        <source>%1: only scans (images) and PDF files can be attached</source>
        <translation>%1：只能附加扫描件（图片）和 PDF 文件</translation>
    </message>
    <message>
        <source>Add scans</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>Scans and PDF files (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif *.webp);;All files (*)</source>
        <translation>扫描件和 PDF 文件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary file</source>
        <translation>%1 无法写入临时文件</translation>
    </message>
    <message>
        <source>No program is set up to open %1</source>
        <translation>没有可打开 %1 的程序</translation>
    </message>
    <message>
        <source>The step was saved, but not every scan:
%1</source>
        <translation>步骤已保存，但以下扫描件未能全部保存：
%1</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>删除第 %1 步</translation>
    </message>
    <message>
        <source>Delete the record of step %1 (%2) with its scans?

This is for a record entered by mistake; Edit &gt; Undo brings it back.</source>
        <translation>确定删除第 %1 步（%2）的记录及其扫描件吗？

此操作用于删除误录的记录；可用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>The step was not deleted: %1</source>
        <translation>步骤未删除：%1</translation>
    </message>
    <message>
        <source>Delete step…</source>
        <translation>删除步骤…</translation>
    </message>
    <message>
        <source>Record o&amp;ut of order</source>
        <translation>不按顺序记录(&amp;U)</translation>
    </message>
    <message>
        <source>Meet&amp;ing form:</source>
        <translation>会议形式(&amp;I)：</translation>
    </message>
    <message>
        <source>Rec&amp;order:</source>
        <translation>记录人(&amp;O)：</translation>
    </message>
    <message>
        <source>Prese&amp;nt:</source>
        <translation>实到(&amp;N)：</translation>
    </message>
    <message>
        <source>Househo&amp;lds represented:</source>
        <translation>代表户数(&amp;L)：</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>签字人(&amp;G)：</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>附件(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Hold step %1 again – %2</source>
        <translation>重新召开第 %1 步 – %2</translation>
    </message>
    <message>
        <source>e.g. the township cadre in charge of the village</source>
        <translation>如：包村干部</translation>
    </message>
    <message>
        <source>To&amp;wnship cadre attending:</source>
        <translation>乡镇参会人员(&amp;W)：</translation>
    </message>
    <message>
        <source>the supervision committee&apos;s opinion, e.g. procedure followed, agreed to disclose</source>
        <translation>村务监督委员会的意见，如：程序合规，同意公开</translation>
    </message>
    <message>
        <source>Supervision committee&apos;s &amp;opinion:</source>
        <translation>监督意见(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>tl::ui::StepTimeline</name>
    <message>
        <source>%1 of %2 present</source>
        <translation>实到 %1 人（应到 %2 人）</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>实到 %1 人</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>到会 %1 户（共 %2 户）</translation>
    </message>
    <message>
        <source>for %1, against %2, abstain %3</source>
        <translation>同意 %1，反对 %2，弃权 %3</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>到会人数符合要求</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>到会人数不足</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 working days)</source>
        <translation>%1 至 %2（%3 个工作日）</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 至 %2（%3 天）</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>签字人：%1</translation>
    </message>
    <message>
        <source>scans: %1</source>
        <translation>扫描件：%1 份</translation>
    </message>
    <message>
        <source>recorded out of order</source>
        <translation>未按顺序登记</translation>
    </message>
    <message>
        <source>Next: disclose the rejection</source>
        <translation>下一步：公开未通过结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>应于 %1 前完成</translation>
    </message>
    <message>
        <source>not needed: the matter was withdrawn on %1</source>
        <translation>无需办理：该事项已于 %1 撤回</translation>
    </message>
    <message>
        <source>not needed: the matter was rejected at step %1</source>
        <translation>无需办理：该事项在第 %1 步未获通过</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Done, with problems</source>
        <translation>已完成，有问题</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需办理</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the record of this step, its minutes and attachments</source>
        <translation>打开本步骤的记录、会议纪要和附件</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>登记…</translation>
    </message>
    <message>
        <source>Record this step: date, attendance, vote, minutes and scans</source>
        <translation>登记本步骤：日期、到会、表决、会议纪要和扫描件</translation>
    </message>
    <message>
        <source>Click to record this step out of order; that needs a reason and stays a finding</source>
        <translation>单击可不按顺序登记本步骤；需说明理由，且将一直列为问题</translation>
    </message>
    <message>
        <source>No quorum: hold it again</source>
        <translation>未达法定人数：应重新召开</translation>
    </message>
    <message>
        <source>Hold again…</source>
        <translation>重新召开…</translation>
    </message>
    <message>
        <source>Record the meeting held again: its date, attendance and vote</source>
        <translation>记录重新召开的会议：日期、到会人数和表决情况</translation>
    </message>
    <message>
        <source>Earlier meeting: %1</source>
        <translation>前次会议：%1</translation>
    </message>
    <message>
        <source>township cadre attending: %1</source>
        <translation>乡镇参会人员：%1</translation>
    </message>
    <message>
        <source>supervision opinion: %1</source>
        <translation>监督意见：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::TargetsDialog</name>
    <message>
        <source>Targets and rules</source>
        <translation>目标与规则</translation>
    </message>
    <message>
        <source>Targets the township is measured against</source>
        <translation>乡镇考核目标</translation>
    </message>
    <message>
        <source>Every village&apos;s collective income above (10k yuan):</source>
        <translation>各村集体经济收入均高于（万元）：</translation>
    </message>
    <message>
        <source>High collective income above (10k yuan):</source>
        <translation>集体经济高收入标准，高于（万元）：</translation>
    </message>
    <message>
        <source>Share of villages with a high income at least:</source>
        <translation>达到高收入标准的村所占比例至少：</translation>
    </message>
    <message>
        <source>Share of five-star party organisations at least:</source>
        <translation>五星级党组织所占比例至少：</translation>
    </message>
    <message>
        <source>Reserve cadres per village at least:</source>
        <translation>每村后备人才至少：</translation>
    </message>
    <message>
        <source>Share of cadres with junior college or higher at least:</source>
        <translation>大专及以上学历干部所占比例至少：</translation>
    </message>
    <message>
        <source>Rules for the committees</source>
        <translation>两委班子规则</translation>
    </message>
    <message>
        <source>Villagers&apos; committee members, at least:</source>
        <translation>村民委员会成员至少：</translation>
    </message>
    <message>
        <source>Villagers&apos; committee members, at most:</source>
        <translation>村民委员会成员至多：</translation>
    </message>
    <message>
        <source>Party committee members, at most:</source>
        <translation>党组织委员至多：</translation>
    </message>
    <message>
        <source>Length of a term (years):</source>
        <translation>每届任期（年）：</translation>
    </message>
    <message>
        <source>Warn before a term ends (months):</source>
        <translation>任期届满前提醒（月）：</translation>
    </message>
    <message>
        <source>The defaults follow national policy; change them when your county sets other targets. Changes apply to the findings at once and can be undone.</source>
        <translation>默认值依据国家政策；如县里另定目标，请相应修改。更改立即作用于问题清单，并可撤销。</translation>
    </message>
    <message>
        <source>The targets were not saved: %1</source>
        <translation>目标未保存：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::TownshipDialog</name>
    <message>
        <source>New ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <source>Township information</source>
        <translation>乡镇信息</translation>
    </message>
    <message>
        <source>e.g. Qingshan Town</source>
        <translation>如：青山镇</translation>
    </message>
    <message>
        <source>the county or district above the township</source>
        <translation>乡镇所属的县（区）</translation>
    </message>
    <message>
        <source>who keeps this ledger</source>
        <translation>本台账的经办人</translation>
    </message>
    <message>
        <source>office phone, e.g. 0539-1234567</source>
        <translation>办公电话，如 0539-1234567</translation>
    </message>
    <message>
        <source>&amp;Township name:</source>
        <translation>乡镇名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>所属县(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation>经办人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>A ledger keeps the records of one township. Enter the township; you choose where to save the file next.</source>
        <translation>一个台账记录一个乡镇的情况。请填写乡镇信息；下一步选择文件保存位置。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::TownshipOverviewPage</name>
    <message>
        <source>Add village…</source>
        <translation>添加村…</translation>
    </message>
    <message>
        <source>This ledger has no villages yet. Add the township&apos;s villages to start.</source>
        <translation>本台账还没有村。请先添加本乡镇的行政村。</translation>
    </message>
    <message>
        <source>Double-click a village (or press Enter) to open it</source>
        <translation>双击某个村（或按 Enter）可打开该村</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%2%1</translation>
    </message>
    <message>
        <source>%1 villages · %2 members of the two committees (%3 women, average age %4) · secretary also director in %5 villages · college or above %6% · %7 reserve cadres · %8 five-star party organisations · collective income %9 (10k yuan)</source>
        <translation>%1 个村 · 两委成员 %2 人（女性 %3 人，平均年龄 %4 岁） · 书记、主任“一肩挑” %5 个村 · 大专及以上学历占 %6% · 后备人才 %7 人 · 五星级党组织 %8 个 · 村集体经济收入 %9 万元</translation>
    </message>
    <message>
        <source>Villages – %1</source>
        <translation>村列表 – %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageDialog</name>
    <message>
        <source>Add village</source>
        <translation>添加村</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>未保存：请先更正标记的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageForm</name>
    <message>
        <source>18 characters, begins with 5</source>
        <translation>18 位，以 5 开头</translation>
    </message>
    <message>
        <source>Collective economy income per year, in 10,000 yuan (万元), e.g. 12.50</source>
        <translation>村集体经济年收入，单位万元，如 12.50</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Weak and lax, under rectification</source>
        <translation>软弱涣散（整顿中）</translation>
    </message>
    <message>
        <source>Model village</source>
        <translation>示范村</translation>
    </message>
    <message>
        <source>Democracy and rule-of-law model village</source>
        <translation>民主法治示范村</translation>
    </message>
    <message>
        <source>mobile or 0539-1234567</source>
        <translation>手机号或 0539-1234567</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Village &amp;name:</source>
        <translation>村名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Villager &amp;groups:</source>
        <translation>村民小组数(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Registered population:</source>
        <translation>户籍人口(&amp;R)：</translation>
    </message>
    <message>
        <source>Resi&amp;dent population:</source>
        <translation>常住人口(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Party members (full, with a vote):</source>
        <translation>党员数（正式党员，有表决权）(&amp;P)：</translation>
    </message>
    <message>
        <source>Villager re&amp;presentatives:</source>
        <translation>村民代表人数(&amp;P)：</translation>
    </message>
    <message>
        <source>Collective &amp;income per year:</source>
        <translation>村集体经济年收入(&amp;I)：</translation>
    </message>
    <message>
        <source>Party organisation s&amp;tar rating:</source>
        <translation>党组织星级(&amp;T)：</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <source>&amp;Supervision committee phone:</source>
        <translation>村务监督电话(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Collective income: %1</source>
        <translation>村集体经济收入：%1</translation>
    </message>
    <message>
        <source>enter an amount in 10,000 yuan, such as 12.50</source>
        <translation>请输入以万元为单位的金额，如 12.50</translation>
    </message>
    <message>
        <source>at most 4 decimals (0.0001 = 1 yuan)</source>
        <translation>最多 4 位小数（0.0001 万元 = 1 元）</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageOverviewModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>%1 stars</source>
        <translation>%1 星</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Party
cttee</source>
        <translation>党组织人数</translation>
    </message>
    <message>
        <source>Villagers&apos;
cttee</source>
        <translation>村委会人数</translation>
    </message>
    <message>
        <source>Super-
vision</source>
        <translation>监委会人数</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>村委会女性</translation>
    </message>
    <message>
        <source>Secretary
= director</source>
        <translation>一肩挑</translation>
    </message>
    <message>
        <source>Cross
posts</source>
        <translation>交叉任职</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>两委人数</translation>
    </message>
    <message>
        <source>Average
age</source>
        <translation>平均年龄</translation>
    </message>
    <message>
        <source>College+
%</source>
        <translation>大专以上（%）</translation>
    </message>
    <message>
        <source>Party
members</source>
        <translation>两委党员</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>后备人才</translation>
    </message>
    <message>
        <source>Income
(10k yuan)</source>
        <translation>集体收入
（万元）</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Members of the village party committee</source>
        <translation>村党组织委员会成员人数</translation>
    </message>
    <message>
        <source>Members of the villagers&apos; committee (3 to 7 by law)</source>
        <translation>村民委员会成员人数（依法为 3 至 7 人）</translation>
    </message>
    <message>
        <source>Members of the village affairs supervision committee</source>
        <translation>村务监督委员会成员人数</translation>
    </message>
    <message>
        <source>Women on the villagers&apos; committee (at least one by law)</source>
        <translation>村民委员会中的女性成员（依法至少一名）</translation>
    </message>
    <message>
        <source>The party secretary is also the director of the villagers&apos; committee</source>
        <translation>村党组织书记兼任村民委员会主任（一肩挑）</translation>
    </message>
    <message>
        <source>People who sit on both the party committee and the villagers&apos; committee</source>
        <translation>同时在村党组织委员会和村民委员会任职的人员（交叉任职）</translation>
    </message>
    <message>
        <source>Distinct people on the two committees</source>
        <translation>两委成员人数（同一人只计一次）</translation>
    </message>
    <message>
        <source>Average age of the members of the two committees</source>
        <translation>两委成员平均年龄</translation>
    </message>
    <message>
        <source>Share of members with junior college education or higher</source>
        <translation>大专及以上学历成员所占比例</translation>
    </message>
    <message>
        <source>Party members (full or probationary) on the two committees</source>
        <translation>两委成员中的党员（含预备党员）</translation>
    </message>
    <message>
        <source>Reserve cadres in the village&apos;s talent pool</source>
        <translation>村后备人才库中的后备人才</translation>
    </message>
    <message>
        <source>Collective economy income per year, in 10,000 yuan</source>
        <translation>村集体经济年收入，单位万元</translation>
    </message>
    <message>
        <source>Star rating of the village party organisation</source>
        <translation>村党组织评星定级星级</translation>
    </message>
    <message>
        <source>Rules and targets the village&apos;s records break</source>
        <translation>本村记录不符合的规则和目标</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageOverviewTab</name>
    <message>
        <source>Village facts</source>
        <translation>村基本情况</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>重新显示已保存的数值</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the village facts (Enter)</source>
        <translation>保存村基本情况（Enter）</translation>
    </message>
    <message>
        <source>Committees today</source>
        <translation>当前班子</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>&amp;Change of term…</source>
        <translation>换届(&amp;C)…</translation>
    </message>
    <message>
        <source>Record an election of all three bodies (换届)</source>
        <translation>登记三个组织的换届选举</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>未保存：请先更正标记的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Party committee:</source>
        <translation>村党组织：</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>Villagers&apos; committee:</source>
        <translation>村民委员会：</translation>
    </message>
    <message>
        <source>%1 people (women: %2)</source>
        <translation>%1 人（女性 %2 人）</translation>
    </message>
    <message>
        <source>Supervision committee:</source>
        <translation>村务监督委员会：</translation>
    </message>
    <message>
        <source>Secretary also director:</source>
        <translation>书记、主任一肩挑：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>On both committees:</source>
        <translation>交叉任职：</translation>
    </message>
    <message>
        <source>Two committees together:</source>
        <translation>两委合计：</translation>
    </message>
    <message>
        <source>%1 people (women: %2, party members: %3)</source>
        <translation>%1 人（女性 %2 人，党员 %3 人）</translation>
    </message>
    <message>
        <source>Age bands:</source>
        <translation>年龄结构：</translation>
    </message>
    <message>
        <source>≤35: %1 · 36–45: %2 · 46–55: %3 · 56–60: %4 · &gt;60: %5</source>
        <translation>35 岁及以下：%1 · 36–45 岁：%2 · 46–55 岁：%3 · 56–60 岁：%4 · 60 岁以上：%5</translation>
    </message>
    <message>
        <source>Average age:</source>
        <translation>平均年龄：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Junior college or higher:</source>
        <translation>大专及以上学历：</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 人（共 %2 人，占 %3%）</translation>
    </message>
    <message>
        <source>Reserve cadres:</source>
        <translation>后备人才：</translation>
    </message>
    <message>
        <source>%1 (target at least %2)</source>
        <translation>%1 人（目标：至少 %2 人）</translation>
    </message>
    <message>
        <source>Term %1: %2 to %3</source>
        <translation>第 %1 届：%2 至 %3</translation>
    </message>
    <message>
        <source>no term recorded</source>
        <translation>无届次记录</translation>
    </message>
    <message>
        <source>Open first term…</source>
        <translation>开启首届…</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>已于 %1 结束</translation>
    </message>
    <message>
        <source>running, overdue for a change of term</source>
        <translation>在任，已超期未换届</translation>
    </message>
    <message>
        <source>running</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Term %1, %2 to %3, %4</source>
        <translation>第 %1 届，%2 至 %3，%4</translation>
    </message>
    <message>
        <source>Change of term</source>
        <translation>换届</translation>
    </message>
    <message>
        <source>The change of term was not recorded: %1</source>
        <translation>换届未登记：%1</translation>
    </message>
    <message>
        <source>Open first term</source>
        <translation>开启首届</translation>
    </message>
    <message>
        <source>The term was not opened: %1</source>
        <translation>届次未开启：%1</translation>
    </message>
    <message>
        <source>Unsaved village facts</source>
        <translation>村基本情况尚未保存</translation>
    </message>
    <message>
        <source>The facts of %1 were changed but not saved. Save them before leaving?</source>
        <translation>%1的基本情况已修改但尚未保存。离开前是否保存？</translation>
    </message>
    <message>
        <source>this village</source>
        <translation>本村</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillagePage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>Committee &amp;members</source>
        <translation>班子成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reserve cadres</source>
        <translation>后备人才(&amp;R)</translation>
    </message>
    <message>
        <source>(village not found)</source>
        <translation>（未找到该村）</translation>
    </message>
    <message>
        <source>Weak and lax, under rectification</source>
        <translation>软弱涣散（整顿中）</translation>
    </message>
    <message>
        <source>Model village</source>
        <translation>示范村</translation>
    </message>
    <message>
        <source>Democracy and rule-of-law model village</source>
        <translation>民主法治示范村</translation>
    </message>
    <message>
        <source>Star rating: not rated</source>
        <translation>星级：未评定</translation>
    </message>
    <message>
        <source>Credit code missing</source>
        <translation>缺少统一社会信用代码</translation>
    </message>
    <message>
        <source>Major ma&amp;tters</source>
        <translation>四议两公开(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Grids and households</source>
        <translation>网格与农户(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Disclosures</source>
        <translation>三务公开(&amp;D)</translation>
    </message>
</context>
</TS>
