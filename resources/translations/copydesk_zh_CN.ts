<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A newsroom editor for Chinese and English copy.</source>
        <translation>面向中英文稿件的新闻编辑器。</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>关于 Copydesk</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In edit</source>
        <translation>编辑中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待发</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>已撤稿</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Deck: one or two sentences under the headline</source>
        <translation>副题：标题下的一两句话</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>电头地点</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>电头日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Dateline source</source>
        <translation>电头来源</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>目标篇幅</translation>
    </message>
    <message>
        <source>Target length: words for English copy, characters for Chinese</source>
        <translation>目标篇幅：英文稿按词计，中文稿按字计</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation>电头(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>栏目(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>篇幅(&amp;G)：</translation>
    </message>
    <message>
        <source> chars</source>
        <translation> 字</translation>
    </message>
    <message>
        <source> words</source>
        <translation> 词</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>更多字段</translation>
    </message>
    <message>
        <source>Editor, sign-off and notes</source>
        <translation>责任编辑、落款和备注</translation>
    </message>
    <message>
        <source>Editor in charge (责任编辑)</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <source>Sign-off line</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Notes for the desk; never published</source>
        <translation>给编辑部的备注；不会发布</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Ed&amp;itor:</source>
        <translation>责任编辑(&amp;I)：</translation>
    </message>
    <message>
        <source>Sig&amp;n-off:</source>
        <translation>落款(&amp;N)：</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>备注(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1 chars</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 词</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>篇幅</translation>
    </message>
    <message>
        <source>Ready to publish: the content profile&apos;s checks pass</source>
        <translation>可以发布：已通过内容规范检查</translation>
    </message>
    <message>
        <source>Not ready to publish: %1</source>
        <translation>尚不能发布：%1</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation>禁发至 %1</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>定时发布：%1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>An edition whose source has changed since it was made</source>
        <translation>原稿在此版本制作后已有改动</translation>
    </message>
    <message>
        <source>%1 · behind source</source>
        <translation>%1 · 落后于原稿</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <source>Search articles</source>
        <translation>搜索稿件</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>按栏目筛选</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
</context>
<context>
    <name>ArticleSaver</name>
    <message>
        <source>Saved revision %1</source>
        <translation>已保存第 %1 版</translation>
    </message>
</context>
<context>
    <name>BylinesEditor</name>
    <message>
        <source>Add a byline</source>
        <translation>添加一条署名</translation>
    </message>
    <message>
        <source>Add byline</source>
        <translation>添加署名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Byline name</source>
        <translation>署名姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Byline role</source>
        <translation>署名身份</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Byline affiliation</source>
        <translation>署名单位</translation>
    </message>
    <message>
        <source>Remove this byline</source>
        <translation>删除这条署名</translation>
    </message>
    <message>
        <source>Remove byline</source>
        <translation>删除署名</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this article</source>
        <translation>其他人已保存这篇稿件</translation>
    </message>
    <message>
        <source>%1 was saved by someone else while you were editing it (their revision %2). Nothing has been overwritten. Keep your version, take theirs, or edit yours on the left into a merge.</source>
        <translation>您编辑期间，其他人保存了“%1”（对方版本第 %2 版）。没有覆盖任何内容。可以保留您的版本、采用对方版本，或在左侧编辑您的版本进行合并。</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>Save Merged Version</source>
        <translation>保存合并后的版本</translation>
    </message>
    <message>
        <source>Your version (edit here to merge)</source>
        <translation>您的版本（在此编辑以合并）</translation>
    </message>
    <message>
        <source>Their version (revision %1)</source>
        <translation>对方版本（第 %1 版）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>文末署名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>目标篇幅</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>网址名</translation>
    </message>
    <message>
        <source>%1 — yours: %2; theirs: %3</source>
        <translation>%1 — 你的：%2；对方的：%3</translation>
    </message>
    <message>
        <source>Other fields that differ (Keep Mine and the merge keep yours):</source>
        <translation>其他不同的字段（“保留我的”和合并都保留你的）：</translation>
    </message>
    <message>
        <source>Your headline</source>
        <translation>你的标题</translation>
    </message>
    <message>
        <source>Your body</source>
        <translation>你的正文</translation>
    </message>
    <message>
        <source>Edit here to merge the two versions</source>
        <translation>在此编辑以合并两个版本</translation>
    </message>
    <message>
        <source>Their headline</source>
        <translation>对方的标题</translation>
    </message>
    <message>
        <source>Their body</source>
        <translation>对方的正文</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Add Correction</source>
        <translation>添加更正</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <source>What the entry says</source>
        <translation>条目内容</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The entry is published with the story, dated now, and cannot be changed or removed later: a mistaken entry is followed by another one.</source>
        <translation>该条目随稿件发布，日期为现在，之后不能修改或删除：有误的条目只能再追加一条。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The date as written on the copy (“11月24日”, “Nov. 24”) or YYYY-MM-DD from the calendar</source>
        <translation>按稿件写法填写日期（“11月24日”“Nov. 24”），或从日历中选取 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>EditionPanel</name>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>文末署名</translation>
    </message>
    <message>
        <source>&lt;p&gt;The photos&apos; captions, credits or alt texts changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;图片的说明、署名或替代文字有改动。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show Changes</source>
        <translation>查看改动</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>语言版本</translation>
    </message>
    <message>
        <source>What changed in the source</source>
        <translation>原稿的改动</translation>
    </message>
    <message>
        <source>The story&apos;s editions could not be read: %1</source>
        <translation>无法读取稿件的语言版本：%1</translation>
    </message>
    <message>
        <source>%1 edition of %2 (%3).</source>
        <translation>%2（%3）的%1版本。</translation>
    </message>
    <message>
        <source>%1 edition of a story no longer in the store.</source>
        <translation>%1版本，其原稿已不在稿库中。</translation>
    </message>
    <message>
        <source>The source has changed since this edition was made.</source>
        <translation>原稿在此版本制作后已有改动。</translation>
    </message>
    <message>
        <source>Editions of this story:</source>
        <translation>本稿的语言版本：</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>另有：</translation>
    </message>
    <message>
        <source>Mark Up to Date</source>
        <translation>标为已同步</translation>
    </message>
    <message>
        <source>Convert Again</source>
        <translation>重新转换</translation>
    </message>
    <message>
        <source>The edition&apos;s last edits could not be saved, so it was not brought up to date.</source>
        <translation>此版本最后的修改未能保存，因此没有同步。</translation>
    </message>
    <message>
        <source>The edition was saved elsewhere meanwhile (revision %1): open it again.</source>
        <translation>此版本已在别处保存（第 %1 版）：请重新打开。</translation>
    </message>
    <message>
        <source>The edition&apos;s source is no longer in the store.</source>
        <translation>此版本的原稿已不在稿库中。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The source&apos;s revision %1, which this edition was made from, is no longer in its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此版本所依据的原稿第 %1 版已不在修订记录中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>匹配：%1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Revert…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Revision text</source>
        <translation>版本内容</translation>
    </message>
    <message>
        <source>Show the selected revision</source>
        <translation>查看所选版本</translation>
    </message>
    <message>
        <source>Compare two selected revisions, or the selected one with the one before it</source>
        <translation>比较所选的两个版本，或比较所选版本与其上一版本</translation>
    </message>
    <message>
        <source>Make the selected revision the current text (can be undone)</source>
        <translation>将所选版本恢复为当前内容（可撤销）</translation>
    </message>
    <message>
        <source>Revision %1 → %2</source>
        <translation>第 %1 版 → 第 %2 版</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message>
        <source>Revisions %1–%2</source>
        <translation>第 %1–%2 版</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1：未导入：%2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → “%2”</translation>
    </message>
    <message>
        <source>%1 → “%2” (changes to review: %3)</source>
        <translation>%1 → “%2”（待核对的改动：%3）</translation>
    </message>
    <message>
        <source>Files imported: %1.</source>
        <translation>已导入文件：%1。</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>未导入：%1。</translation>
    </message>
    <message>
        <source>The importer changed the copy; review what it did below.</source>
        <translation>导入时改动了稿件内容，请在下面核对。</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <source>Importing files: %1…</source>
        <translation>正在导入文件：%1…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Imports wire copy, saved pages, Word documents and Markdown as new articles</source>
        <translation>将通稿、保存的网页、Word 文档和 Markdown 导入为新稿件</translation>
    </message>
    <message>
        <source>Copy (*.txt *.md *.markdown *.html *.htm *.docx *.json *.nitf *.xml);;All files (*)</source>
        <translation>稿件 (*.txt *.md *.markdown *.html *.htm *.docx *.json *.nitf *.xml);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>链接文字</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>链接地址</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Revert to revision %1</source>
        <translation>恢复到第 %1 版</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新建稿件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Article</source>
        <translation>复制稿件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kill Article…</source>
        <translation>撤稿(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Subhead</source>
        <translation>小标题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引文(&amp;Q)</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>项目列表(&amp;L)</translation>
    </message>
    <message>
        <source>B</source>
        <comment>toolbar: bold</comment>
        <translation>粗</translation>
    </message>
    <message>
        <source>I</source>
        <comment>toolbar: italic</comment>
        <translation>斜</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Article &amp;List</source>
        <translation>稿件列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>搜索稿件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>标题(&amp;H)</translation>
    </message>
    <message>
        <source>B&amp;ody</source>
        <translation>正文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史版本(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>关于 Copydesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>篇幅</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Article not saved</source>
        <translation>稿件未保存</translation>
    </message>
    <message>
        <source>The article could not be saved: %1

Your changes are kept in the recovery journal. Open the other article anyway?</source>
        <translation>稿件无法保存：%1

您的修改已保存在恢复日志中。仍要打开另一篇稿件吗？</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>Recovered changes that had not reached the store (from %1). They will be saved now; Undo takes them back.</source>
        <translation>已恢复尚未存入稿库的修改（%1）。现在将保存这些修改；撤销可将其收回。</translation>
    </message>
    <message>
        <source>Recovered a new article that had not reached the store (from %1). It will be saved now.</source>
        <translation>已恢复一篇尚未存入稿库的新稿件（%1）。现在将保存它。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate Article</source>
        <translation>复制稿件</translation>
    </message>
    <message>
        <source>Kill Article</source>
        <translation>撤稿</translation>
    </message>
    <message>
        <source>Kill “%1”? A killed article stays in the store with its history but is never published.</source>
        <translation>撤下“%1”？撤稿后稿件及其历史版本仍保留在稿库中，但不会发布。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Not saved: someone else saved a newer revision of this article first (%1). Nothing was overwritten; your version stays here and in the recovery journal.</source>
        <translation>未保存：其他人已先保存了这篇稿件的较新版本（%1）。没有覆盖任何内容；您的版本保留在此处和恢复日志中。</translation>
    </message>
    <message>
        <source>Copydesk — %1[*]</source>
        <translation>Copydesk — %1[*]</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>词数：%1</translation>
    </message>
    <message>
        <source>CJK chars: %1</source>
        <translation>汉字：%1</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>字</translation>
    </message>
    <message>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>%1 under</source>
        <translation>差 %1</translation>
    </message>
    <message>
        <source>Reading time: %1 min</source>
        <translation>阅读时间：%1 分钟</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Not yet stored</source>
        <translation>尚未入库</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新稿</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>Conflict: not saved</source>
        <translation>冲突：未保存</translation>
    </message>
    <message>
        <source>The article could not be saved: %1

Your changes are kept in the recovery journal and will be restored next time. Quit anyway?</source>
        <translation>稿件无法保存：%1

您的修改已保存在恢复日志中，下次启动时会恢复。仍要退出吗？</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取稿库：%1</translation>
    </message>
    <message>
        <source>字数: %1</source>
        <translation>字数：%1</translation>
    </message>
    <message>
        <source>The preview is folded away for want of room: widen the window, or drag it out from the right edge.</source>
        <translation>预览因空间不足已收起：请加宽窗口，或从右边缘把它拖出来。</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>稿件(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PhotoDesk</name>
    <message>
        <source>%1: is a folder, not a photo</source>
        <translation>%1：是文件夹，不是图片</translation>
    </message>
    <message>
        <source>%1: %2 MB is over %3 MB</source>
        <translation>%1：%2 MB，超过 %3 MB</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>添加 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>未添加图片</translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.gif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add &amp;Photo…</source>
        <translation>添加图片(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <source>Lead photo</source>
        <translation>题图</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Credit: the photographer</source>
        <translation>摄影：拍摄者</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>Alt text: what the photo shows, for screen readers</source>
        <translation>替代文字：图片内容，供读屏软件朗读</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <source>⚠ No alt text</source>
        <translation>⚠ 缺少替代文字</translation>
    </message>
    <message>
        <source>A screen reader has nothing to say for this photo: describe what it shows in the alt text.</source>
        <translation>读屏软件无法描述这张图片：请在替代文字中写明图片内容。</translation>
    </message>
    <message>
        <source>Move photo up</source>
        <translation>图片上移</translation>
    </message>
    <message>
        <source>Move photo down</source>
        <translation>图片下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Take the photo off the story (Undo brings it back)</source>
        <translation>从稿件中移除图片（可撤销）</translation>
    </message>
    <message>
        <source>%1 · %2×%3 · %4</source>
        <translation>%1 · %2×%3 · %4</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <source>No alt text: a screen reader has nothing to say for this photo.</source>
        <translation>缺少替代文字：读屏软件无法描述这张图片。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Add &amp;Photo…</source>
        <translation>添加图片(&amp;P)…</translation>
    </message>
    <message>
        <source>No photos. Add one, or drop image files here or in the body.</source>
        <translation>没有图片。可添加图片，或把图片文件拖到这里或正文中。</translation>
    </message>
    <message>
        <source>Attach JPEG, PNG, WebP or GIF photos to the story</source>
        <translation>为稿件添加 JPEG、PNG、WebP 或 GIF 图片</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>图片（%1）</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>编辑图片说明</translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation>编辑摄影署名</translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation>编辑替代文字</translation>
    </message>
    <message>
        <source>Make lead photo</source>
        <translation>设为题图</translation>
    </message>
    <message>
        <source>No lead photo</source>
        <translation>取消题图</translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation>移动图片</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除图片</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Preview at the full width of the pane</source>
        <translation>按窗格全宽预览</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Preview on a %1-pixel-wide phone screen</source>
        <translation>在 %1 像素宽的手机屏幕上预览</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Preview the printed page (print stylesheet, A4 width)</source>
        <translation>预览打印版面（打印样式，A4 宽度）</translation>
    </message>
    <message>
        <source>The page could not be rendered: %1</source>
        <translation>无法生成页面：%1</translation>
    </message>
    <message>
        <source>Preview width</source>
        <translation>预览宽度</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>%1预览</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The article as the house style prints it</source>
        <translation>按本报样式排出的稿件</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish Site</source>
        <translation>发布网站</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Also publish articles marked ready</source>
        <translation>同时发布标为“待发”的稿件</translation>
    </message>
    <message>
        <source>Rebuild every page</source>
        <translation>重新生成所有页面</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础网址：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Publish to Folder</source>
        <translation>发布到文件夹</translation>
    </message>
    <message>
        <source>Choose a folder to publish to.</source>
        <translation>请选择要发布到的文件夹。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Rendering pages: %1 of %2</source>
        <translation>正在生成页面：%1 / %2</translation>
    </message>
    <message>
        <source>Writing the site…</source>
        <translation>正在写入网站…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message numerus="yes">
        <source>Published. Articles on the site: %n; files written: %1, unchanged: %2, removed: %3.</source>
        <translation>
            <numerusform>已发布 %n 篇稿件：写入 %1 个文件，%2 个未变，删除 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. The site was left as it was.</source>
        <translation>已取消。网站保持原样。</translation>
    </message>
    <message>
        <source>Could not publish: %1</source>
        <translation>无法发布：%1</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础网址</translation>
    </message>
    <message>
        <source>Publishing progress</source>
        <translation>发布进度</translation>
    </message>
    <message>
        <source>Publishing status</source>
        <translation>发布状态</translation>
    </message>
    <message>
        <source>Publishing log</source>
        <translation>发布日志</translation>
    </message>
    <message>
        <source>&amp;Open Site</source>
        <translation>打开网站(&amp;O)</translation>
    </message>
    <message>
        <source>Open the published front page in the browser</source>
        <translation>在浏览器中打开发布的首页</translation>
    </message>
    <message>
        <source>The feeds and sitemap.xml name pages by path only (base URL “%1”): feed readers and search engines need whole addresses. Enter the site&apos;s real address (https://…) as the base URL above.</source>
        <translation>订阅源和 sitemap.xml 只用路径指向页面（基础网址“%1”）：阅读器和搜索引擎需要完整地址。请在上面的“基础网址”中填写网站的真实地址（https://…）。</translation>
    </message>
    <message>
        <source>The site&apos;s own (copydesk site), else /</source>
        <translation>站点自己的（copydesk site），否则为 /</translation>
    </message>
    <message>
        <source>Stories per page</source>
        <translation>每页稿件数</translation>
    </message>
    <message>
        <source>Stories per page:</source>
        <translation>每页稿件数：</translation>
    </message>
    <message>
        <source>Site title</source>
        <translation>网站名称</translation>
    </message>
    <message>
        <source>A line under every page, e.g. © 2026 Huai&apos;an Daily</source>
        <translation>每页底部的一行字，例如 © 2026 淮安日报社</translation>
    </message>
    <message>
        <source>Footer line</source>
        <translation>页脚文字</translation>
    </message>
    <message>
        <source>Site title:</source>
        <translation>网站名称：</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>页脚：</translation>
    </message>
    <message>
        <source>English wire (By NAME, CITY (AP) —)</source>
        <translation>英文通讯社（By NAME, CITY (AP) —）</translation>
    </message>
    <message>
        <source>Chinese newspaper (本报讯, ■融媒体记者)</source>
        <translation>中文报纸（本报讯、■融媒体记者）</translation>
    </message>
    <message>
        <source>House style for stories in other languages</source>
        <translation>其他语言稿件的版式</translation>
    </message>
    <message>
        <source>By the story&apos;s script</source>
        <translation>按稿件的字体</translation>
    </message>
    <message>
        <source>Curly “ ” ‘ ’</source>
        <translation>弯引号 “ ” ‘ ’</translation>
    </message>
    <message>
        <source>Corner 「」『』</source>
        <translation>直角引号 「」『』</translation>
    </message>
    <message>
        <source>Chinese quotation marks</source>
        <translation>中文引号</translation>
    </message>
    <message>
        <source>The biggest first; or in your order: 经济, 本地=淮安</source>
        <translation>稿件多的在前；或按您的顺序：经济, 本地=淮安</translation>
    </message>
    <message>
        <source>Sections in the menu</source>
        <translation>导航栏目</translation>
    </message>
    <message>
        <source>Sections in menu order, separated by commas; SECTION=LABEL shows the section under another name. Sections not named follow.</source>
        <translation>按导航顺序列出栏目，以逗号分隔；栏目=名称 可用另一个名称显示该栏目。未列出的栏目排在后面。</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>栏目：</translation>
    </message>
    <message>
        <source>House style:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Quotation marks:</source>
        <translation>引号：</translation>
    </message>
</context>
<context>
    <name>PublishWhileOpen</name>
    <message>
        <source>The site is not kept published: choose an output folder in Settings → Publishing.</source>
        <translation>网站未保持发布：请在“设置 → 发布”中选择输出文件夹。</translation>
    </message>
    <message>
        <source>The site could not be published: %1</source>
        <translation>网站未能发布：%1</translation>
    </message>
    <message numerus="yes">
        <source>Site published to %1: %n file(s) written</source>
        <translation>
            <numerusform>网站已发布到 %1：写入 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Change field</source>
        <translation>修改字段</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Check &amp;Spelling…</source>
        <translation>拼写检查(&amp;S)…</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Nothing to clean up.</source>
        <translation>没有需要清理的内容。</translation>
    </message>
    <message>
        <source>The article is already in that script.</source>
        <translation>稿件已经是该字形。</translation>
    </message>
    <message>
        <source>Only Chinese copy can be converted.</source>
        <translation>只能转换中文稿件。</translation>
    </message>
    <message>
        <source>Clean &amp;Up Pasted Text</source>
        <translation>清理粘贴的文本(&amp;U)</translation>
    </message>
    <message>
        <source>Removes converter pinyin such as 領(lǐng) and makes ASCII punctuation between Chinese characters full-width, in the selection or the whole body.</source>
        <translation>在所选内容或整篇正文中，删除转换工具留下的拼音（如 領(lǐng)），并将汉字之间的半角标点改为全角。</translation>
    </message>
    <message>
        <source>Convert to &amp;Simplified Chinese</source>
        <translation>转换为简体中文(&amp;S)</translation>
    </message>
    <message>
        <source>Convert to &amp;Traditional Chinese</source>
        <translation>转换为繁体中文(&amp;T)</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (T&amp;aiwan)</source>
        <translation>转换为繁体中文（台湾）(&amp;A)</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (Taiwan, with Taiwan &amp;vocabulary)</source>
        <translation>转换为繁体中文（台湾，含台湾用语）(&amp;V)</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (&amp;Hong Kong)</source>
        <translation>转换为繁体中文（香港）(&amp;H)</translation>
    </message>
    <message>
        <source>The headline is in %1: make it the story&apos;s language</source>
        <translation>标题是%1：设为稿件语言</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>下一个窗格(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一个窗格(&amp;V)</translation>
    </message>
    <message>
        <source>Check St&amp;yle…</source>
        <translation>文稿规范检查(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Underline Style Findings</source>
        <translation>标出规范问题(&amp;U)</translation>
    </message>
    <message>
        <source>Style &amp;List…</source>
        <translation>规范词表(&amp;L)…</translation>
    </message>
    <message>
        <source>Not Ready to Publish</source>
        <translation>尚不能发布</translation>
    </message>
    <message>
        <source>The section&apos;s content profile does not allow this story to be published yet:</source>
        <translation>栏目的内容规范尚不允许发布这篇稿件：</translation>
    </message>
    <message>
        <source>Publish Anyway…</source>
        <translation>仍然发布…</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>仍然发布</translation>
    </message>
    <message>
        <source>Why it goes out over the checks (kept in the story&apos;s notes):</source>
        <translation>不顾检查仍发布的理由（记入稿件备注）：</translation>
    </message>
    <message>
        <source>The story is not saved yet: a correction needs a stored story.</source>
        <translation>稿件尚未保存：更正需要一篇已保存的稿件。</translation>
    </message>
    <message>
        <source>A correction needs a text.</source>
        <translation>更正需要内容。</translation>
    </message>
    <message>
        <source>The story&apos;s last edits could not be saved, so no correction was added.</source>
        <translation>稿件最近的修改未能保存，因此没有添加更正。</translation>
    </message>
    <message>
        <source>The story was saved elsewhere meanwhile (revision %1): open it again and add the correction to that.</source>
        <translation>稿件同时在别处被保存（修订 %1）：请重新打开，再在其上添加更正。</translation>
    </message>
    <message>
        <source>Add &amp;Correction…</source>
        <translation>添加更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Add Correction</source>
        <translation>添加更正</translation>
    </message>
    <message>
        <source>New &amp;Edition</source>
        <translation>新建语言版本(&amp;E)</translation>
    </message>
    <message>
        <source>Traditional Chinese (converted)</source>
        <translation>繁体中文（转换）</translation>
    </message>
    <message>
        <source>Traditional Chinese, Taiwan (converted, Taiwan vocabulary)</source>
        <translation>繁体中文·台湾（转换，台湾用语）</translation>
    </message>
    <message>
        <source>Traditional Chinese, Hong Kong (converted)</source>
        <translation>繁体中文·香港（转换）</translation>
    </message>
    <message>
        <source>Simplified Chinese (converted)</source>
        <translation>简体中文（转换）</translation>
    </message>
    <message>
        <source>English (for a translator)</source>
        <translation>英文（交译者翻译）</translation>
    </message>
    <message>
        <source>Simplified Chinese (for a translator)</source>
        <translation>简体中文（交译者翻译）</translation>
    </message>
    <message>
        <source>This story is an edition itself: make editions from its source.</source>
        <translation>本稿本身是一个语言版本：请从原稿新建版本。</translation>
    </message>
    <message>
        <source>The story is in this language already.</source>
        <translation>本稿已是这种语言。</translation>
    </message>
    <message>
        <source>Only a Chinese story can be converted; make a draft for a translator instead.</source>
        <translation>只有中文稿件可以转换；请改为新建交译者翻译的草稿。</translation>
    </message>
    <message>
        <source>The story has an edition in this language already.</source>
        <translation>本稿已有这种语言的版本。</translation>
    </message>
    <message>
        <source>New Edition</source>
        <translation>新建语言版本</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Revert to Revision %1</source>
        <translation>恢复到第 %1 版</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>将要改动的内容</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>目标篇幅</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Revision %1 is the same as the article in the editor: there is nothing to revert.</source>
        <translation>第 %1 版与编辑器中的稿件相同，无需恢复。</translation>
    </message>
    <message>
        <source>Reverting to revision %1 changes %2. Edit → Undo takes it back.</source>
        <translation>恢复到第 %1 版将改动：%2。“编辑 → 撤销”可以收回。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>编辑器字体</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Save after</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <source>Seconds after the last keystroke before the article is saved</source>
        <translation>最后一次按键后多少秒保存稿件</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>编辑器字体(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when Copydesk is started again.</source>
        <translation>新的界面语言将在重新启动 Copydesk 后生效。</translation>
    </message>
    <message>
        <source>&amp;Save after:</source>
        <translation>自动保存间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>Check words in &amp;capitals too (not only as acronyms)</source>
        <translation>也检查全大写的词（不只当作缩写）(&amp;C)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Recorded with every revision you save, and shown to colleagues while you have an article open</source>
        <translation>记录在你保存的每个修订中，并在你打开稿件时显示给同事</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <source>English spelling dictionary</source>
        <translation>英文拼写词典</translation>
    </message>
    <message>
        <source>The dictionary English copy, and the English words in Chinese copy, are checked with</source>
        <translation>用来检查英文稿件以及中文稿件中英文单词的词典</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <source>Language of new stories</source>
        <translation>新稿件的语言</translation>
    </message>
    <message>
        <source>The language a new article starts in: the one you usually write in</source>
        <translation>新稿件默认使用的语言：你平常写稿用的语言</translation>
    </message>
    <message>
        <source>New s&amp;tories in:</source>
        <translation>新稿件语言(&amp;T)：</translation>
    </message>
    <message>
        <source>Check spelling as you &amp;type</source>
        <translation>输入时检查拼写(&amp;T)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Underline words that are not in the dictionary while you write; Tools → Check Spelling… works either way</source>
        <translation>写稿时给词典中没有的词加下划线；无论是否开启，“工具 → 拼写检查…”都可使用</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>拼写</translation>
    </message>
    <message>
        <source>English &amp;dictionary:</source>
        <translation>英文词典(&amp;D)：</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>https://news.example.org/ or /</source>
        <translation>https://news.example.org/ 或 /</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础网址</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>输出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础网址(&amp;B)：</translation>
    </message>
    <message>
        <source>File → Publish… starts with these; a publish that works remembers its own.</source>
        <translation>“文件 → 发布…”以这些设置开始；发布成功后会记住当次所用的设置。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>稿库</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>当前打开：</translation>
    </message>
    <message>
        <source>&amp;Change Store…</source>
        <translation>更换稿库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keep the site published while Copydesk is open</source>
        <translation>Copydesk 打开期间保持网站发布(&amp;K)</translation>
    </message>
    <message>
        <source>Into the output folder: saved stories go out within a second, scheduled and embargoed ones when they fall due.</source>
        <translation>发布到输出文件夹：保存的稿件一秒内发出，定时和禁发的稿件到时发出。</translation>
    </message>
</context>
<context>
    <name>SharedStoreLink</name>
    <message>
        <source>S&amp;tore…</source>
        <translation>稿库(&amp;T)…</translation>
    </message>
    <message>
        <source>● Shared store online</source>
        <translation>● 共享稿库已连接</translation>
    </message>
    <message>
        <source>○ Shared store offline: your edits are kept and saved when it is back</source>
        <translation>○ 共享稿库离线：您的修改会保留，恢复连接后保存</translation>
    </message>
    <message>
        <source>Being edited by %1 since %2. You can still edit: your saves are checked against theirs, nothing is overwritten.</source>
        <translation>%1 自 %2 起正在编辑。您仍可编辑：保存时会与对方的版本核对，不会覆盖任何内容。</translation>
    </message>
    <message>
        <source>Take Their Version</source>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>Merge With Their Version</source>
        <translation>与对方版本合并</translation>
    </message>
</context>
<context>
    <name>SitePreview</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Site preview at %1: its pages reload after every save.</source>
        <translation>网站预览位于 %1：每次保存后页面自动刷新。</translation>
    </message>
    <message>
        <source>Site Preview</source>
        <translation>网站预览</translation>
    </message>
    <message>
        <source>The site preview cannot start: %1</source>
        <translation>网站预览无法启动：%1</translation>
    </message>
    <message>
        <source>Open &amp;Site Preview</source>
        <translation>打开网站预览(&amp;S)</translation>
    </message>
    <message>
        <source>Serve the published site on this computer and open it in the browser</source>
        <translation>在本机提供发布的网站并在浏览器中打开</translation>
    </message>
</context>
<context>
    <name>SpellingDialog</name>
    <message>
        <source>Check Spelling</source>
        <translation>拼写检查</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>更改(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>添加到词典(&amp;A)</translation>
    </message>
    <message>
        <source>Not in the dictionary:</source>
        <translation>词典中没有：</translation>
    </message>
    <message>
        <source>Change &amp;to:</source>
        <translation>更改为(&amp;T)：</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <source>The spelling check is complete.</source>
        <translation>拼写检查已完成。</translation>
    </message>
</context>
<context>
    <name>SpellingMarker</name>
    <message>
        <source>(No suggestions)</source>
        <translation>（无建议）</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>添加到词典</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Store</source>
        <translation>稿库</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/newsroom or a file path</source>
        <translation>postgresql://user@host:5432/newsroom 或文件路径</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Passwords are not stored here: Copydesk uses PGPASSWORD or ~/.pgpass. The new store is used the next time Copydesk starts.</source>
        <translation>此处不保存密码：Copydesk 使用 PGPASSWORD 或 ~/.pgpass。新的稿库将在下次启动 Copydesk 时使用。</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>稿库：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>There is no store at %1 yet; it will be created.</source>
        <translation>%1 处还没有稿库，将会新建。</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Articles: %n; schema %1.</source>
        <translation>
            <numerusform>已连接：%n 篇稿件，架构版本 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Cannot create a store at %1: there is no folder %2.</source>
        <translation>无法在 %1 新建稿库：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot create a store at %1: the folder %2 is not writable.</source>
        <translation>无法在 %1 新建稿库：文件夹 %2 不可写入。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Copydesk store. Choose the store&apos;s file in it (such as copydesk.sqlite), or type the name of a new one.</source>
        <translation>%1 是文件夹，不是 Copydesk 稿库。请选择其中的稿库文件（如 copydesk.sqlite），或输入新稿库的文件名。</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>无法读取 %1：没有权限。</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk store, or it is damaged. (%2)</source>
        <translation>%1 不是 Copydesk 稿库，或已损坏。（%2）</translation>
    </message>
</context>
<context>
    <name>StoryLifePanel</name>
    <message>
        <source>Story status</source>
        <translation>稿件状态</translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation>禁发至 %1</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>定时发布：%1</translation>
    </message>
    <message>
        <source>Before it can be published:</source>
        <translation>发布前还需：</translation>
    </message>
    <message>
        <source>✓ Ready to publish: the content profile&apos;s checks pass.</source>
        <translation>✓ 可以发布：已通过内容规范检查。</translation>
    </message>
    <message>
        <source>Corrections and updates, as published:</source>
        <translation>更正与更新（按发布样式）：</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <source>Check Style</source>
        <translation>文稿规范检查</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ignore Rule Here</source>
        <translation>此处忽略该规则(&amp;I)</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>发现：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>&amp;Replace with “%1”</source>
        <translation>替换为“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>The style check is complete.</source>
        <translation>文稿规范检查已完成。</translation>
    </message>
</context>
<context>
    <name>StyleListDialog</name>
    <message>
        <source>Style List</source>
        <translation>规范词表</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Preferred form</source>
        <translation>推荐用法</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Style list</source>
        <translation>规范词表</translation>
    </message>
    <message>
        <source>empty: the word is banned</source>
        <translation>留空：禁用该词</translation>
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
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>empty: every language (en, zh, zh-Hant…)</source>
        <translation>留空：所有语言（en、zh、zh-Hant…）</translation>
    </message>
    <message>
        <source>An &amp;exception: always right as written</source>
        <translation>例外(&amp;E)：按原样总是正确</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Preferred form:</source>
        <translation>推荐用法(&amp;P)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>StyleMarker</name>
    <message>
        <source>Replace with “%1”</source>
        <translation>替换为“%1”</translation>
    </message>
    <message>
        <source>Ignore Rule Here</source>
        <translation>此处忽略该规则</translation>
    </message>
</context>
</TS>
