<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A newsroom editor for Chinese and English copy.</source>
        <translation>面向中英文稿件的新聞編輯器。</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>依據 GNU 通用公共許可證第 3 版或更高版本授權。</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>關於 Copydesk</translation>
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
        <translation>編輯中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待發</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>已撤稿</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Deck: one or two sentences under the headline</source>
        <translation>副題：標題下的一兩句話</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>副題</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>電頭地點</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>電頭日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Dateline source</source>
        <translation>電頭來源</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>標籤，以逗號分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>目標篇幅</translation>
    </message>
    <message>
        <source>Target length: words for English copy, characters for Chinese</source>
        <translation>目標篇幅：英文稿按詞計，中文稿按字計</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation>電頭(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>欄目(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>狀態(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
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
        <translation> 詞</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>更多欄位</translation>
    </message>
    <message>
        <source>Editor, sign-off and notes</source>
        <translation>責任編輯、落款和備註</translation>
    </message>
    <message>
        <source>Editor in charge (责任编辑)</source>
        <translation>責任編輯</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>責任編輯</translation>
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
        <translation>給編輯台的備註；不會發布</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Ed&amp;itor:</source>
        <translation>責任編輯(&amp;I)：</translation>
    </message>
    <message>
        <source>Sig&amp;n-off:</source>
        <translation>落款(&amp;N)：</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>備註(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（無標題）</translation>
    </message>
    <message>
        <source>%1 chars</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 詞</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>篇幅</translation>
    </message>
    <message>
        <source>Ready to publish: the content profile&apos;s checks pass</source>
        <translation>可以發布：已通過內容規範檢查</translation>
    </message>
    <message>
        <source>Not ready to publish: %1</source>
        <translation>尚不能發布：%1</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation>禁發至 %1</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>定時發布：%1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>發布時間</translation>
    </message>
    <message>
        <source>An edition whose source has changed since it was made</source>
        <translation>原稿在此版本製作後已有改動</translation>
    </message>
    <message>
        <source>%1 · behind source</source>
        <translation>%1 · 落後於原稿</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <source>Search articles</source>
        <translation>搜尋稿件</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按狀態篩選</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>按欄目篩選</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部欄目</translation>
    </message>
</context>
<context>
    <name>ArticleSaver</name>
    <message>
        <source>Saved revision %1</source>
        <translation>已儲存第 %1 版</translation>
    </message>
</context>
<context>
    <name>BylinesEditor</name>
    <message>
        <source>Add a byline</source>
        <translation>新增一條署名</translation>
    </message>
    <message>
        <source>Add byline</source>
        <translation>新增署名</translation>
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
        <translation>單位</translation>
    </message>
    <message>
        <source>Byline affiliation</source>
        <translation>署名單位</translation>
    </message>
    <message>
        <source>Remove this byline</source>
        <translation>刪除這條署名</translation>
    </message>
    <message>
        <source>Remove byline</source>
        <translation>刪除署名</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this article</source>
        <translation>其他人已儲存這篇稿件</translation>
    </message>
    <message>
        <source>%1 was saved by someone else while you were editing it (their revision %2). Nothing has been overwritten. Keep your version, take theirs, or edit yours on the left into a merge.</source>
        <translation>您編輯期間，其他人儲存了「%1」（對方版本第 %2 版）。沒有覆蓋任何內容。可以保留您的版本、採用對方版本，或在左側編輯您的版本進行合併。</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>採用對方版本</translation>
    </message>
    <message>
        <source>Save Merged Version</source>
        <translation>儲存合併後的版本</translation>
    </message>
    <message>
        <source>Your version (edit here to merge)</source>
        <translation>您的版本（在此編輯以合併）</translation>
    </message>
    <message>
        <source>Their version (revision %1)</source>
        <translation>對方版本（第 %1 版）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>副題</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>電頭</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>責任編輯</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>文末署名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>目標篇幅</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>網址名</translation>
    </message>
    <message>
        <source>%1 — yours: %2; theirs: %3</source>
        <translation>%1 — 你的：%2；對方的：%3</translation>
    </message>
    <message>
        <source>Other fields that differ (Keep Mine and the merge keep yours):</source>
        <translation>其他不同的欄位（「保留我的」和合併都保留你的）：</translation>
    </message>
    <message>
        <source>Your headline</source>
        <translation>你的標題</translation>
    </message>
    <message>
        <source>Your body</source>
        <translation>你的內文</translation>
    </message>
    <message>
        <source>Edit here to merge the two versions</source>
        <translation>在此編輯以合併兩個版本</translation>
    </message>
    <message>
        <source>Their headline</source>
        <translation>對方的標題</translation>
    </message>
    <message>
        <source>Their body</source>
        <translation>對方的內文</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Add Correction</source>
        <translation>新增更正</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>條目類型</translation>
    </message>
    <message>
        <source>What the entry says</source>
        <translation>條目內容</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>The entry is published with the story, dated now, and cannot be changed or removed later: a mistaken entry is followed by another one.</source>
        <translation>該條目隨稿件發布，日期為現在，之後不能修改或刪除：有誤的條目只能再追加一條。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>內容(&amp;T)：</translation>
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
        <translation>按稿件寫法填寫日期（「11月24日」「Nov. 24」），或從日曆中選取 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>選擇日期</translation>
    </message>
</context>
<context>
    <name>EditionPanel</name>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>副題</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>電頭</translation>
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
        <translation>&lt;p&gt;圖片的說明、署名或替代文字有改動。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show Changes</source>
        <translation>檢視改動</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>語言版本</translation>
    </message>
    <message>
        <source>What changed in the source</source>
        <translation>原稿的改動</translation>
    </message>
    <message>
        <source>The story&apos;s editions could not be read: %1</source>
        <translation>無法讀取稿件的語言版本：%1</translation>
    </message>
    <message>
        <source>%1 edition of %2 (%3).</source>
        <translation>%2（%3）的%1版本。</translation>
    </message>
    <message>
        <source>%1 edition of a story no longer in the store.</source>
        <translation>%1版本，其原稿已不在稿庫中。</translation>
    </message>
    <message>
        <source>The source has changed since this edition was made.</source>
        <translation>原稿在此版本製作後已有改動。</translation>
    </message>
    <message>
        <source>Editions of this story:</source>
        <translation>本稿的語言版本：</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>另有：</translation>
    </message>
    <message>
        <source>Mark Up to Date</source>
        <translation>標為已同步</translation>
    </message>
    <message>
        <source>Convert Again</source>
        <translation>重新轉換</translation>
    </message>
    <message>
        <source>The edition&apos;s last edits could not be saved, so it was not brought up to date.</source>
        <translation>此版本最後的修改未能儲存，因此沒有同步。</translation>
    </message>
    <message>
        <source>The edition was saved elsewhere meanwhile (revision %1): open it again.</source>
        <translation>此版本已在別處儲存（第 %1 版）：請重新開啟。</translation>
    </message>
    <message>
        <source>The edition&apos;s source is no longer in the store.</source>
        <translation>此版本的原稿已不在稿庫中。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The source&apos;s revision %1, which this edition was made from, is no longer in its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此版本所依據的原稿第 %1 版已不在修訂記錄中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Match case</source>
        <translation>區分大小寫</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替換</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替換</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>替換為：</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替換為</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉 (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>關閉尋找欄</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替換 %n 處</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 個，共 %2 個</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>相符：%1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Show</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Revert…</source>
        <translation>恢復…</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Revision text</source>
        <translation>版本內容</translation>
    </message>
    <message>
        <source>Show the selected revision</source>
        <translation>檢視所選版本</translation>
    </message>
    <message>
        <source>Compare two selected revisions, or the selected one with the one before it</source>
        <translation>比較所選的兩個版本，或比較所選版本與其上一版本</translation>
    </message>
    <message>
        <source>Make the selected revision the current text (can be undone)</source>
        <translation>將所選版本恢復為當前內容（可復原）</translation>
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
        <translation>沒有變更。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1：未匯入：%2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無標題</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → 「%2」</translation>
    </message>
    <message>
        <source>%1 → “%2” (changes to review: %3)</source>
        <translation>%1 → 「%2」（待核對的變更：%3）</translation>
    </message>
    <message>
        <source>Files imported: %1.</source>
        <translation>已匯入檔案：%1。</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>未匯入：%1。</translation>
    </message>
    <message>
        <source>The importer changed the copy; review what it did below.</source>
        <translation>匯入時變更了稿件內容，請在下方核對。</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>匯入的檔案</translation>
    </message>
    <message>
        <source>Importing files: %1…</source>
        <translation>正在匯入檔案：%1…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Imports wire copy, saved pages, Word documents and Markdown as new articles</source>
        <translation>將通訊稿、儲存的網頁、Word 文件和 Markdown 匯入為新稿件</translation>
    </message>
    <message>
        <source>Copy (*.txt *.md *.markdown *.html *.htm *.docx *.json *.nitf *.xml);;All files (*)</source>
        <translation>稿件 (*.txt *.md *.markdown *.html *.htm *.docx *.json *.nitf *.xml);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation>插入連結</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>連結文字</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>連結位址</translation>
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
        <translation>位址(&amp;A)：</translation>
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
        <translation>歷史版本</translation>
    </message>
    <message>
        <source>Revert to revision %1</source>
        <translation>恢復到第 %1 版</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新增稿件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Article</source>
        <translation>複製稿件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kill Article…</source>
        <translation>撤稿(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>替換(&amp;R)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>尋找上一個(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗體(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜體(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>連結(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Subhead</source>
        <translation>小標題(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引文(&amp;Q)</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>項目清單(&amp;L)</translation>
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
        <translation>連結</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>小標題</translation>
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
        <translation>搜尋稿件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>標題(&amp;H)</translation>
    </message>
    <message>
        <source>B&amp;ody</source>
        <translation>正文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史版本(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>關於 Copydesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>篇幅</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>閱讀時間</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <source>Article not saved</source>
        <translation>稿件未儲存</translation>
    </message>
    <message>
        <source>The article could not be saved: %1

Your changes are kept in the recovery journal. Open the other article anyway?</source>
        <translation>稿件無法儲存：%1

您的修改已儲存在復原日誌中。仍要開啟另一篇稿件嗎？</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢復未儲存的修改</translation>
    </message>
    <message>
        <source>Recovered changes that had not reached the store (from %1). They will be saved now; Undo takes them back.</source>
        <translation>已恢復尚未存入稿庫的修改（%1）。現在將儲存這些修改；復原可將其收回。</translation>
    </message>
    <message>
        <source>Recovered a new article that had not reached the store (from %1). It will be saved now.</source>
        <translation>已恢復一篇尚未存入稿庫的新稿件（%1）。現在將儲存它。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate Article</source>
        <translation>複製稿件</translation>
    </message>
    <message>
        <source>Kill Article</source>
        <translation>撤稿</translation>
    </message>
    <message>
        <source>Kill “%1”? A killed article stays in the store with its history but is never published.</source>
        <translation>撤下「%1」？撤稿後稿件及其歷史版本仍保留在稿庫中，但不會發布。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無標題</translation>
    </message>
    <message>
        <source>Not saved: someone else saved a newer revision of this article first (%1). Nothing was overwritten; your version stays here and in the recovery journal.</source>
        <translation>未儲存：其他人已先儲存了這篇稿件的較新版本（%1）。沒有覆蓋任何內容；您的版本保留在此處和復原日誌中。</translation>
    </message>
    <message>
        <source>Copydesk — %1[*]</source>
        <translation>Copydesk — %1[*]</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>詞數：%1</translation>
    </message>
    <message>
        <source>CJK chars: %1</source>
        <translation>漢字：%1</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>字</translation>
    </message>
    <message>
        <source>words</source>
        <translation>詞</translation>
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
        <translation>閱讀時間：%1 分鐘</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Not yet stored</source>
        <translation>尚未入庫</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新稿</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未儲存的修改</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>儲存失敗：%1</translation>
    </message>
    <message>
        <source>Conflict: not saved</source>
        <translation>衝突：未儲存</translation>
    </message>
    <message>
        <source>The article could not be saved: %1

Your changes are kept in the recovery journal and will be restored next time. Quit anyway?</source>
        <translation>稿件無法儲存：%1

您的修改已儲存在復原日誌中，下次啟動時會恢復。仍要退出嗎？</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>無法讀取稿庫：%1</translation>
    </message>
    <message>
        <source>字数: %1</source>
        <translation>字數：%1</translation>
    </message>
    <message>
        <source>The preview is folded away for want of room: widen the window, or drag it out from the right edge.</source>
        <translation>預覽因空間不足已收起：請加寬視窗，或從右邊緣把它拖出來。</translation>
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
        <translation>%1：是資料夾，不是圖片</translation>
    </message>
    <message>
        <source>%1: %2 MB is over %3 MB</source>
        <translation>%1：%2 MB，超過 %3 MB</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>新增 %n 張圖片</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>未新增圖片</translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation>新增圖片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.webp *.gif);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Add &amp;Photo…</source>
        <translation>新增圖片(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <source>Lead photo</source>
        <translation>主圖</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>圖說</translation>
    </message>
    <message>
        <source>Credit: the photographer</source>
        <translation>攝影：拍攝者</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>攝影</translation>
    </message>
    <message>
        <source>Alt text: what the photo shows, for screen readers</source>
        <translation>替代文字：圖片內容，供螢幕閱讀器朗讀</translation>
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
        <translation>螢幕閱讀器無法描述這張圖片：請在替代文字中寫明圖片內容。</translation>
    </message>
    <message>
        <source>Move photo up</source>
        <translation>圖片上移</translation>
    </message>
    <message>
        <source>Move photo down</source>
        <translation>圖片下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除圖片</translation>
    </message>
    <message>
        <source>Take the photo off the story (Undo brings it back)</source>
        <translation>從稿件中移除圖片（可復原）</translation>
    </message>
    <message>
        <source>%1 · %2×%3 · %4</source>
        <translation>%1 · %2×%3 · %4</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>圖片 %1</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>無法預覽</translation>
    </message>
    <message>
        <source>No alt text: a screen reader has nothing to say for this photo.</source>
        <translation>缺少替代文字：螢幕閱讀器無法描述這張圖片。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Add &amp;Photo…</source>
        <translation>新增圖片(&amp;P)…</translation>
    </message>
    <message>
        <source>No photos. Add one, or drop image files here or in the body.</source>
        <translation>沒有圖片。可新增圖片，或把圖片檔案拖到這裡或內文中。</translation>
    </message>
    <message>
        <source>Attach JPEG, PNG, WebP or GIF photos to the story</source>
        <translation>為稿件新增 JPEG、PNG、WebP 或 GIF 圖片</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>圖片（%1）</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>編輯圖說</translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation>編輯攝影署名</translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation>編輯替代文字</translation>
    </message>
    <message>
        <source>Make lead photo</source>
        <translation>設為主圖</translation>
    </message>
    <message>
        <source>No lead photo</source>
        <translation>取消主圖</translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation>移動圖片</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除圖片</translation>
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
        <translation>按窗格全寬預覽</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Preview on a %1-pixel-wide phone screen</source>
        <translation>在 %1 像素寬的手機螢幕上預覽</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Preview the printed page (print stylesheet, A4 width)</source>
        <translation>預覽列印版面（列印樣式，A4 寬度）</translation>
    </message>
    <message>
        <source>The page could not be rendered: %1</source>
        <translation>無法生成頁面：%1</translation>
    </message>
    <message>
        <source>Preview width</source>
        <translation>預覽寬度</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>%1預覽</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>The article as the house style prints it</source>
        <translation>按本報樣式排出的稿件</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish Site</source>
        <translation>發布網站</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Also publish articles marked ready</source>
        <translation>同時發布標為「待發」的稿件</translation>
    </message>
    <message>
        <source>Rebuild every page</source>
        <translation>重新生成所有頁面</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>輸出資料夾：</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基礎網址：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>發布(&amp;P)</translation>
    </message>
    <message>
        <source>Publish to Folder</source>
        <translation>發布到資料夾</translation>
    </message>
    <message>
        <source>Choose a folder to publish to.</source>
        <translation>請選擇要發布到的資料夾。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在發布…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Rendering pages: %1 of %2</source>
        <translation>正在生成頁面：%1 / %2</translation>
    </message>
    <message>
        <source>Writing the site…</source>
        <translation>正在寫入網站…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在準備…</translation>
    </message>
    <message numerus="yes">
        <source>Published. Articles on the site: %n; files written: %1, unchanged: %2, removed: %3.</source>
        <translation>
            <numerusform>已發布 %n 篇稿件：寫入 %1 個檔案，%2 個未變，刪除 %3 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. The site was left as it was.</source>
        <translation>已取消。網站保持原樣。</translation>
    </message>
    <message>
        <source>Could not publish: %1</source>
        <translation>無法發布：%1</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>發布(&amp;P)…</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>輸出資料夾</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>選擇輸出資料夾</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基礎網址</translation>
    </message>
    <message>
        <source>Publishing progress</source>
        <translation>發佈進度</translation>
    </message>
    <message>
        <source>Publishing status</source>
        <translation>發佈狀態</translation>
    </message>
    <message>
        <source>Publishing log</source>
        <translation>發佈記錄</translation>
    </message>
    <message>
        <source>&amp;Open Site</source>
        <translation>開啟網站(&amp;O)</translation>
    </message>
    <message>
        <source>Open the published front page in the browser</source>
        <translation>在瀏覽器中開啟發布的首頁</translation>
    </message>
    <message>
        <source>The feeds and sitemap.xml name pages by path only (base URL “%1”): feed readers and search engines need whole addresses. Enter the site&apos;s real address (https://…) as the base URL above.</source>
        <translation>訂閱源和 sitemap.xml 只用路徑指向頁面（基礎網址「%1」）：閱讀器和搜尋引擎需要完整位址。請在上方的「基礎網址」填入網站的真實位址（https://…）。</translation>
    </message>
    <message>
        <source>The site&apos;s own (copydesk site), else /</source>
        <translation>網站自己的（copydesk site），否則為 /</translation>
    </message>
    <message>
        <source>Stories per page</source>
        <translation>每頁稿件數</translation>
    </message>
    <message>
        <source>Stories per page:</source>
        <translation>每頁稿件數：</translation>
    </message>
    <message>
        <source>Site title</source>
        <translation>網站名稱</translation>
    </message>
    <message>
        <source>A line under every page, e.g. © 2026 Huai&apos;an Daily</source>
        <translation>每頁底部的一行字，例如 © 2026 淮安日報社</translation>
    </message>
    <message>
        <source>Footer line</source>
        <translation>頁尾文字</translation>
    </message>
    <message>
        <source>Site title:</source>
        <translation>網站名稱：</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>頁尾：</translation>
    </message>
    <message>
        <source>English wire (By NAME, CITY (AP) —)</source>
        <translation>英文通訊社（By NAME, CITY (AP) —）</translation>
    </message>
    <message>
        <source>Chinese newspaper (本报讯, ■融媒体记者)</source>
        <translation>中文報紙（本報訊、■融媒體記者）</translation>
    </message>
    <message>
        <source>House style for stories in other languages</source>
        <translation>其他語言稿件的版式</translation>
    </message>
    <message>
        <source>By the story&apos;s script</source>
        <translation>依稿件的字體</translation>
    </message>
    <message>
        <source>Curly “ ” ‘ ’</source>
        <translation>彎引號 “ ” ‘ ’</translation>
    </message>
    <message>
        <source>Corner 「」『』</source>
        <translation>直角引號 「」『』</translation>
    </message>
    <message>
        <source>Chinese quotation marks</source>
        <translation>中文引號</translation>
    </message>
    <message>
        <source>The biggest first; or in your order: 经济, 本地=淮安</source>
        <translation>稿件多的在前；或依您的順序：經濟, 本地=淮安</translation>
    </message>
    <message>
        <source>Sections in the menu</source>
        <translation>導覽欄目</translation>
    </message>
    <message>
        <source>Sections in menu order, separated by commas; SECTION=LABEL shows the section under another name. Sections not named follow.</source>
        <translation>依導覽順序列出欄目，以逗號分隔；欄目=名稱 可用另一個名稱顯示該欄目。未列出的欄目排在後面。</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>欄目：</translation>
    </message>
    <message>
        <source>House style:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Quotation marks:</source>
        <translation>引號：</translation>
    </message>
</context>
<context>
    <name>PublishWhileOpen</name>
    <message>
        <source>The site is not kept published: choose an output folder in Settings → Publishing.</source>
        <translation>網站未保持發布：請在「設定 → 發布」中選擇輸出資料夾。</translation>
    </message>
    <message>
        <source>The site could not be published: %1</source>
        <translation>網站未能發布：%1</translation>
    </message>
    <message numerus="yes">
        <source>Site published to %1: %n file(s) written</source>
        <translation>
            <numerusform>網站已發布到 %1：寫入 %n 個檔案</numerusform>
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
        <translation>輸入</translation>
    </message>
    <message>
        <source>Change field</source>
        <translation>修改欄位</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Check &amp;Spelling…</source>
        <translation>拼字檢查(&amp;S)…</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>Nothing to clean up.</source>
        <translation>沒有需要清理的內容。</translation>
    </message>
    <message>
        <source>The article is already in that script.</source>
        <translation>稿件已經是該字形。</translation>
    </message>
    <message>
        <source>Only Chinese copy can be converted.</source>
        <translation>只能轉換中文稿件。</translation>
    </message>
    <message>
        <source>Clean &amp;Up Pasted Text</source>
        <translation>清理貼上的文字(&amp;U)</translation>
    </message>
    <message>
        <source>Removes converter pinyin such as 領(lǐng) and makes ASCII punctuation between Chinese characters full-width, in the selection or the whole body.</source>
        <translation>在所選內容或整篇正文中，刪除轉換工具留下的拼音（如 領(lǐng)），並將漢字之間的半形標點改為全形。</translation>
    </message>
    <message>
        <source>Convert to &amp;Simplified Chinese</source>
        <translation>轉換為簡體中文(&amp;S)</translation>
    </message>
    <message>
        <source>Convert to &amp;Traditional Chinese</source>
        <translation>轉換為繁體中文(&amp;T)</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (T&amp;aiwan)</source>
        <translation>轉換為繁體中文（台灣）(&amp;A)</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (Taiwan, with Taiwan &amp;vocabulary)</source>
        <translation>轉換為繁體中文（台灣，含台灣用語）(&amp;V)</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (&amp;Hong Kong)</source>
        <translation>轉換為繁體中文（香港）(&amp;H)</translation>
    </message>
    <message>
        <source>The headline is in %1: make it the story&apos;s language</source>
        <translation>標題是%1：設為稿件語言</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>下一個窗格(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一個窗格(&amp;V)</translation>
    </message>
    <message>
        <source>Check St&amp;yle…</source>
        <translation>文稿規範檢查(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Underline Style Findings</source>
        <translation>標出規範問題(&amp;U)</translation>
    </message>
    <message>
        <source>Style &amp;List…</source>
        <translation>規範詞表(&amp;L)…</translation>
    </message>
    <message>
        <source>Not Ready to Publish</source>
        <translation>尚不能發布</translation>
    </message>
    <message>
        <source>The section&apos;s content profile does not allow this story to be published yet:</source>
        <translation>欄目的內容規範尚不允許發布這篇稿件：</translation>
    </message>
    <message>
        <source>Publish Anyway…</source>
        <translation>仍然發布…</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>仍然發布</translation>
    </message>
    <message>
        <source>Why it goes out over the checks (kept in the story&apos;s notes):</source>
        <translation>不顧檢查仍發布的理由（記入稿件備註）：</translation>
    </message>
    <message>
        <source>The story is not saved yet: a correction needs a stored story.</source>
        <translation>稿件尚未儲存：更正需要一篇已儲存的稿件。</translation>
    </message>
    <message>
        <source>A correction needs a text.</source>
        <translation>更正需要內容。</translation>
    </message>
    <message>
        <source>The story&apos;s last edits could not be saved, so no correction was added.</source>
        <translation>稿件最近的修改未能儲存，因此沒有新增更正。</translation>
    </message>
    <message>
        <source>The story was saved elsewhere meanwhile (revision %1): open it again and add the correction to that.</source>
        <translation>稿件同時在別處被儲存（修訂 %1）：請重新開啟，再在其上新增更正。</translation>
    </message>
    <message>
        <source>Add &amp;Correction…</source>
        <translation>新增更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Add Correction</source>
        <translation>新增更正</translation>
    </message>
    <message>
        <source>New &amp;Edition</source>
        <translation>新增語言版本(&amp;E)</translation>
    </message>
    <message>
        <source>Traditional Chinese (converted)</source>
        <translation>繁體中文（轉換）</translation>
    </message>
    <message>
        <source>Traditional Chinese, Taiwan (converted, Taiwan vocabulary)</source>
        <translation>繁體中文·台灣（轉換，台灣用語）</translation>
    </message>
    <message>
        <source>Traditional Chinese, Hong Kong (converted)</source>
        <translation>繁體中文·香港（轉換）</translation>
    </message>
    <message>
        <source>Simplified Chinese (converted)</source>
        <translation>簡體中文（轉換）</translation>
    </message>
    <message>
        <source>English (for a translator)</source>
        <translation>英文（交譯者翻譯）</translation>
    </message>
    <message>
        <source>Simplified Chinese (for a translator)</source>
        <translation>簡體中文（交譯者翻譯）</translation>
    </message>
    <message>
        <source>This story is an edition itself: make editions from its source.</source>
        <translation>本稿本身是一個語言版本：請從原稿新增版本。</translation>
    </message>
    <message>
        <source>The story is in this language already.</source>
        <translation>本稿已是這種語言。</translation>
    </message>
    <message>
        <source>Only a Chinese story can be converted; make a draft for a translator instead.</source>
        <translation>只有中文稿件可以轉換；請改為新增交譯者翻譯的草稿。</translation>
    </message>
    <message>
        <source>The story has an edition in this language already.</source>
        <translation>本稿已有這種語言的版本。</translation>
    </message>
    <message>
        <source>New Edition</source>
        <translation>新增語言版本</translation>
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
        <translation>還原到第 %1 版</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>將要變更的內容</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>副題</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>電頭</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>目標篇幅</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Revision %1 is the same as the article in the editor: there is nothing to revert.</source>
        <translation>第 %1 版與編輯器中的稿件相同，無需還原。</translation>
    </message>
    <message>
        <source>Reverting to revision %1 changes %2. Edit → Undo takes it back.</source>
        <translation>還原到第 %1 版將變更：%2。「編輯 → 復原」可以收回。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>責任編輯</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>編輯器字型</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字型大小</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Save after</source>
        <translation>自動儲存間隔</translation>
    </message>
    <message>
        <source>Seconds after the last keystroke before the article is saved</source>
        <translation>最後一次按鍵後多少秒儲存稿件</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>編輯器字型(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外觀(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when Copydesk is started again.</source>
        <translation>新的介面語言將在重新啟動 Copydesk 後生效。</translation>
    </message>
    <message>
        <source>&amp;Save after:</source>
        <translation>自動儲存間隔(&amp;S)：</translation>
    </message>
    <message>
        <source>Check words in &amp;capitals too (not only as acronyms)</source>
        <translation>也檢查全大寫的字（不只當作縮寫）(&amp;C)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Recorded with every revision you save, and shown to colleagues while you have an article open</source>
        <translation>記錄在你儲存的每個修訂中，並在你開啟稿件時顯示給同事</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <source>English spelling dictionary</source>
        <translation>英文拼字字典</translation>
    </message>
    <message>
        <source>The dictionary English copy, and the English words in Chinese copy, are checked with</source>
        <translation>用來檢查英文稿件以及中文稿件中英文單字的字典</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>與介面相同</translation>
    </message>
    <message>
        <source>Language of new stories</source>
        <translation>新稿件的語言</translation>
    </message>
    <message>
        <source>The language a new article starts in: the one you usually write in</source>
        <translation>新稿件預設使用的語言：你平常寫稿用的語言</translation>
    </message>
    <message>
        <source>New s&amp;tories in:</source>
        <translation>新稿件語言(&amp;T)：</translation>
    </message>
    <message>
        <source>Check spelling as you &amp;type</source>
        <translation>輸入時檢查拼字(&amp;T)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>編輯器</translation>
    </message>
    <message>
        <source>Underline words that are not in the dictionary while you write; Tools → Check Spelling… works either way</source>
        <translation>寫稿時為字典中沒有的字詞加底線；無論是否開啟，「工具 → 拼字檢查…」都可使用</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>拼字</translation>
    </message>
    <message>
        <source>English &amp;dictionary:</source>
        <translation>英文字典(&amp;D)：</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>輸出資料夾</translation>
    </message>
    <message>
        <source>https://news.example.org/ or /</source>
        <translation>https://news.example.org/ 或 /</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基礎網址</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>發布</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>輸出資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基礎網址(&amp;B)：</translation>
    </message>
    <message>
        <source>File → Publish… starts with these; a publish that works remembers its own.</source>
        <translation>「檔案 → 發布…」以這些設定開始；發布成功後會記住當次所用的設定。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>稿庫</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>目前開啟：</translation>
    </message>
    <message>
        <source>&amp;Change Store…</source>
        <translation>更換稿庫(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keep the site published while Copydesk is open</source>
        <translation>Copydesk 開啟期間保持網站發布(&amp;K)</translation>
    </message>
    <message>
        <source>Into the output folder: saved stories go out within a second, scheduled and embargoed ones when they fall due.</source>
        <translation>發布到輸出資料夾：儲存的稿件一秒內發出，定時和禁發的稿件到時發出。</translation>
    </message>
</context>
<context>
    <name>SharedStoreLink</name>
    <message>
        <source>S&amp;tore…</source>
        <translation>稿庫(&amp;T)…</translation>
    </message>
    <message>
        <source>● Shared store online</source>
        <translation>● 共用稿庫已連線</translation>
    </message>
    <message>
        <source>○ Shared store offline: your edits are kept and saved when it is back</source>
        <translation>○ 共用稿庫離線：您的修改會保留，恢復連線後儲存</translation>
    </message>
    <message>
        <source>Being edited by %1 since %2. You can still edit: your saves are checked against theirs, nothing is overwritten.</source>
        <translation>%1 自 %2 起正在編輯。您仍可編輯：儲存時會與對方的版本核對，不會覆蓋任何內容。</translation>
    </message>
    <message>
        <source>Take Their Version</source>
        <translation>採用對方版本</translation>
    </message>
    <message>
        <source>Merge With Their Version</source>
        <translation>與對方版本合併</translation>
    </message>
</context>
<context>
    <name>SitePreview</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Site preview at %1: its pages reload after every save.</source>
        <translation>網站預覽位於 %1：每次儲存後頁面自動重新載入。</translation>
    </message>
    <message>
        <source>Site Preview</source>
        <translation>網站預覽</translation>
    </message>
    <message>
        <source>The site preview cannot start: %1</source>
        <translation>網站預覽無法啟動：%1</translation>
    </message>
    <message>
        <source>Open &amp;Site Preview</source>
        <translation>開啟網站預覽(&amp;S)</translation>
    </message>
    <message>
        <source>Serve the published site on this computer and open it in the browser</source>
        <translation>在本機提供發布的網站並在瀏覽器中開啟</translation>
    </message>
</context>
<context>
    <name>SpellingDialog</name>
    <message>
        <source>Check Spelling</source>
        <translation>拼字檢查</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>更改(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳過(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>新增到字典(&amp;A)</translation>
    </message>
    <message>
        <source>Not in the dictionary:</source>
        <translation>字典中沒有：</translation>
    </message>
    <message>
        <source>Change &amp;to:</source>
        <translation>更改為(&amp;T)：</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>建議：</translation>
    </message>
    <message>
        <source>The spelling check is complete.</source>
        <translation>拼字檢查已完成。</translation>
    </message>
</context>
<context>
    <name>SpellingMarker</name>
    <message>
        <source>(No suggestions)</source>
        <translation>（無建議）</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>新增到字典</translation>
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
        <translation>稿庫</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/newsroom or a file path</source>
        <translation>postgresql://user@host:5432/newsroom 或檔案路徑</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Passwords are not stored here: Copydesk uses PGPASSWORD or ~/.pgpass. The new store is used the next time Copydesk starts.</source>
        <translation>此處不儲存密碼：Copydesk 使用 PGPASSWORD 或 ~/.pgpass。新的稿庫將在下次啟動 Copydesk 時使用。</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>稿庫：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>There is no store at %1 yet; it will be created.</source>
        <translation>%1 處還沒有稿庫，將會新建。</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Articles: %n; schema %1.</source>
        <translation>
            <numerusform>已連線：%n 篇稿件，結構描述版本 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>無法連線：%1</translation>
    </message>
    <message>
        <source>Cannot create a store at %1: there is no folder %2.</source>
        <translation>無法在 %1 建立稿庫：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot create a store at %1: the folder %2 is not writable.</source>
        <translation>無法在 %1 建立稿庫：資料夾 %2 無法寫入。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Copydesk store. Choose the store&apos;s file in it (such as copydesk.sqlite), or type the name of a new one.</source>
        <translation>%1 是資料夾，不是 Copydesk 稿庫。請選擇其中的稿庫檔案（如 copydesk.sqlite），或輸入新稿庫的檔名。</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>無法讀取 %1：沒有權限。</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk store, or it is damaged. (%2)</source>
        <translation>%1 不是 Copydesk 稿庫，或已損毀。（%2）</translation>
    </message>
</context>
<context>
    <name>StoryLifePanel</name>
    <message>
        <source>Story status</source>
        <translation>稿件狀態</translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation>禁發至 %1</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>定時發布：%1</translation>
    </message>
    <message>
        <source>Before it can be published:</source>
        <translation>發布前還需：</translation>
    </message>
    <message>
        <source>✓ Ready to publish: the content profile&apos;s checks pass.</source>
        <translation>✓ 可以發布：已通過內容規範檢查。</translation>
    </message>
    <message>
        <source>Corrections and updates, as published:</source>
        <translation>更正與更新（按發布樣式）：</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <source>Check Style</source>
        <translation>文稿規範檢查</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>取代(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳過(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ignore Rule Here</source>
        <translation>此處忽略該規則(&amp;I)</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>發現：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>&amp;Replace with “%1”</source>
        <translation>取代為「%1」(&amp;R)</translation>
    </message>
    <message>
        <source>The style check is complete.</source>
        <translation>文稿規範檢查已完成。</translation>
    </message>
</context>
<context>
    <name>StyleListDialog</name>
    <message>
        <source>Style List</source>
        <translation>規範詞表</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>詞語</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Preferred form</source>
        <translation>建議用法</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Style list</source>
        <translation>規範詞表</translation>
    </message>
    <message>
        <source>empty: the word is banned</source>
        <translation>留空：禁用該詞</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
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
        <translation>留空：所有語言（en、zh、zh-Hant…）</translation>
    </message>
    <message>
        <source>An &amp;exception: always right as written</source>
        <translation>例外(&amp;E)：照原樣一律正確</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Preferred form:</source>
        <translation>建議用法(&amp;P)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>嚴重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>說明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
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
        <translation>建議</translation>
    </message>
</context>
<context>
    <name>StyleMarker</name>
    <message>
        <source>Replace with “%1”</source>
        <translation>取代為「%1」</translation>
    </message>
    <message>
        <source>Ignore Rule Here</source>
        <translation>此處忽略該規則</translation>
    </message>
</context>
</TS>
