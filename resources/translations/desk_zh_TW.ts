<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <source>{name} (bundled)</source>
        <translation>{name}（隨附）</translation>
    </message>
    <message>
        <source>desk {version}
An editorial review desk: several transcriptions of a text side by side, every difference classified, and the clean text the editor decides.

Licence: MIT.

Built with Python {python}, Qt {qt}, SQLite {sqlite}, {libraries}.
OpenCC's and Unicode's (Unihan) tables: their licences are in resources/HAN_FOLDS_LICENSES.txt.</source>
        <translation>desk {version}
編輯校對臺：同一文字的多個轉錄本並排對照，每處差異都分類標出，匯出的是編輯裁定的乾淨文字。

許可證：MIT。

基於 Python {python}、Qt {qt}、SQLite {sqlite}、{libraries}。
OpenCC 與 Unicode(Unihan)字表的許可證見 resources/HAN_FOLDS_LICENSES.txt。</translation>
    </message>
    <message>
        <source>About desk</source>
        <translation>關於 desk</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>uncertain</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>check-image</source>
        <translation>核對影象</translation>
    </message>
    <message>
        <source>query</source>
        <translation>待查證</translation>
    </message>
    <message>
        <source>Note on a passage</source>
        <translation>文字批註</translation>
    </message>
    <message>
        <source>What should be checked, and why</source>
        <translation>需要核對什麼，為什麼</translation>
    </message>
    <message>
        <source>other tags, comma-separated</source>
        <translation>其他標籤，以逗號分隔</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>引文：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>批註：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>標籤：</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>orphaned: {passage}</source>
        <translation>已失位：{passage}</translation>
    </message>
    <message>
        <source>Its passage is no longer in the text; the quote is kept.</source>
        <translation>批註的文字已不在文字中；引文仍保留。</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <source>Document Choices</source>
        <translation>文件設定</translation>
    </message>
    <message>
        <source>Every place you have not decided reads as these choices say; decided places keep their reading. One step, undone with Edit &gt; Undo.</source>
        <translation>尚未裁定的異文都按這些設定取文字；已裁定的保持不變。這是一步操作，可用“編輯 &gt; 復原”撤回。</translation>
    </message>
    <message>
        <source>Remove spaces between Chinese characters and at line ends</source>
        <translation>刪除漢字之間及行末的空格</translation>
    </message>
    <message>
        <source>Full-width punctuation in Chinese text, standard forms</source>
        <translation>中文用全形標點，統一為標準字形</translation>
    </message>
    <message>
        <source>Order and words of:</source>
        <translation>語序與文字取自：</translation>
    </message>
    <message>
        <source>Paragraphs from:</source>
        <translation>分段取自：</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Revision {number} and the current text</source>
        <translation>修訂 {number} 與當前文字</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>修訂 {number}</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>當前文字</translation>
    </message>
    <message>
        <source>Restore Revision {number}</source>
        <translation>恢復到修訂 {number}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Clean text (.txt)</source>
        <translation>乾淨文字（.txt）</translation>
    </message>
    <message>
        <source>Apparatus of decided variants as TEI P5 (.tei.xml)</source>
        <translation>已裁定異文的校勘記，TEI P5 格式（.tei.xml）</translation>
    </message>
    <message>
        <source>Apparatus and decision log as CSV (.apparatus.csv, .decisions.csv)</source>
        <translation>校勘記與裁定記錄，CSV 格式（.apparatus.csv、.decisions.csv）</translation>
    </message>
    <message>
        <source>Notes as W3C Web Annotations (.annotations.json)</source>
        <translation>批註，W3C Web Annotation 格式（.annotations.json）</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>匯出{what}</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>Write these for each document, named after its title:</source>
        <translation>為每個文件寫出以下檔案，以標題命名：</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未裁定</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已裁定</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the texts</source>
        <translation>在文字中尋找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>{key} or {other}</source>
        <translation>{key} 或 {other}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 處</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 處，共 {total} 處</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide to desk</source>
        <translation>desk 使用指南</translation>
    </message>
    <message>
        <source>What you see</source>
        <translation>介面上有什麼</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>顏色的含義</translation>
    </message>
    <message>
        <source>A caret between two characters: the witness has no text there.</source>
        <translation>兩字之間的插入符：該版本此處缺文。</translation>
    </message>
    <message>
        <source>{keys} shows or hides the faint punctuation and layout places.</source>
        <translation>{keys} 顯示或隱藏淺色的標點與版式異文。</translation>
    </message>
    <message>
        <source>How to finish a page</source>
        <translation>怎樣審完一頁</translation>
    </message>
    <message>
        <source>There is no Save: everything is saved as you go.</source>
        <translation>無需儲存：每一步操作都隨時存好。</translation>
    </message>
    <message>
        <source>Each decision is kept at once, and can always be undone.</source>
        <translation>每次裁定立即儲存，也隨時可以復原。</translation>
    </message>
    <message>
        <source>Find out more</source>
        <translation>瞭解更多</translation>
    </message>
    <message>
        <source>On the left is the library: your documents. Under each document are its witnesses, the transcriptions of the same text.</source>
        <translation>左側是文庫，即您的文件。每個文件下列出它的各個版本，也就是同一文字的不同轉錄本。</translation>
    </message>
    <message>
        <source>In the middle, the witnesses stand side by side. The base witness comes first: the others are compared with it.</source>
        <translation>中間是並排對照的各個版本。第一個是底本，其他版本都與它比對。</translation>
    </message>
    <message>
        <source>Then comes the curated text. It is yours: it starts as the base witness and becomes the text you export. You can type in it.</source>
        <translation>最右邊是定稿。定稿由您掌握：它從底本開始，最終成為您匯出的文字。您可以直接在裡面修改。</translation>
    </message>
    <message>
        <source>Below is the table of places: every place where the witnesses differ. Choose a row to go to its place.</source>
        <translation>下方是異文表：列出各版本所有不同之處。選中一行即跳到該處。</translation>
    </message>
    <message>
        <source>Text: the witnesses have different characters. Decide these.</source>
        <translation>文字：各版本用字不同。這些需要您裁定。</translation>
    </message>
    <message>
        <source>Script: the same characters in another form, such as simplified and traditional.</source>
        <translation>繁簡：同一個字寫法不同，例如簡體與繁體。</translation>
    </message>
    <message>
        <source>Punctuation: only the punctuation differs. Faint: the document choices settle it.</source>
        <translation>標點：只有標點不同。顏色淺：由文件設定處理。</translation>
    </message>
    <message>
        <source>Layout: only spaces or line breaks differ. Faint: the document choices settle it.</source>
        <translation>版式：只有空格或換行不同。顏色淺：由文件設定處理。</translation>
    </message>
    <message>
        <source>The place you are on.</source>
        <translation>當前所在的異文。</translation>
    </message>
    <message>
        <source>A place you have decided.</source>
        <translation>已裁定的異文。</translation>
    </message>
    <message>
        <source>A passage that sits somewhere else in another witness.</source>
        <translation>在另一版本中位置不同的段落（移位）。</translation>
    </message>
    <message>
        <source>A passage with a note on it.</source>
        <translation>加了批註的文字。</translation>
    </message>
    <message>
        <source>What Find found.</source>
        <translation>尋找到的內容。</translation>
    </message>
    <message>
        <source>Go to the next place to review.</source>
        <translation>跳到下一處待審異文。</translation>
    </message>
    <message>
        <source>Take the reading of witness 1 or 2.</source>
        <translation>採用版本 1 或版本 2 的文字。</translation>
    </message>
    <message>
        <source>Take the clean reading: the reading as the document choices make it.</source>
        <translation>採用清理後的文字：即按文件設定得出的文字。</translation>
    </message>
    <message>
        <source>Type your own reading.</source>
        <translation>自己輸入文字。</translation>
    </message>
    <message>
        <source>Undo the last step.</source>
        <translation>復原上一步。</translation>
    </message>
    <message>
        <source>Make the same decision at every place with the same readings.</source>
        <translation>在異文相同的各處作出同樣的裁定。</translation>
    </message>
    <message>
        <source>Document choices: the base, and how paragraphs, spaces and punctuation are written in the whole document.</source>
        <translation>文件設定：底本，以及全文的分段、空格和標點如何處理。</translation>
    </message>
    <message>
        <source>When the status bar says 0 to review, the page is done: export the clean text.</source>
        <translation>狀態列顯示待審 0 處時，這一頁就審完了：匯出乾淨文字即可。</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, by menu.</source>
        <translation>按選單列出的全部鍵盤快捷鍵。</translation>
    </message>
    <message>
        <source>The menus show the keys too. Help &gt; Guide shows this guide again.</source>
        <translation>選單中也標有快捷鍵。“幫助 &gt; 使用指南”可再次開啟本指南。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Compare with Current…</source>
        <translation>與當前文字比較…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <source>Base witness as imported</source>
        <translation>匯入時的底本</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>No page image for this document.</source>
        <translation>此文件沒有版面影象。</translation>
    </message>
    <message>
        <source>Loading the page image…</source>
        <translation>正在載入版面影象…</translation>
    </message>
    <message>
        <source>The page image is missing:</source>
        <translation>找不到版面影象：</translation>
    </message>
    <message>
        <source>The page image cannot be read:</source>
        <translation>無法讀取版面影象：</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>適合寬度</translation>
    </message>
</context>
<context>
    <name>LibraryFindDialog</name>
    <message>
        <source>Find in Library</source>
        <translation>在文庫中尋找</translation>
    </message>
    <message>
        <source>A string to look for in every witness</source>
        <translation>要在所有版本中尋找的文字</translation>
    </message>
    <message numerus="yes">
        <source>{title}  (%n found)</source>
        <translation>
            <numerusform>{title}（找到 %n 處）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) hold “{query}”.</source>
        <translation>
            <numerusform>有 %n 個文件含有“{query}”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Open</source>
        <translation>待審</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>字數</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件 / 版本</translation>
    </message>
    <message>
        <source>Places still to review</source>
        <translation>尚待審校的異文處數</translation>
    </message>
    <message>
        <source>Characters in the witness</source>
        <translation>該版本的字數</translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n 個版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared yet: open the document to compare.</source>
        <translation>尚未比對：開啟文件即開始比對。</translation>
    </message>
    <message>
        <source>{encoding}, {length} characters</source>
        <translation>{encoding}，{length} 字</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Find in Library…</source>
        <translation>在文庫中尋找…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Move Witness to Document</source>
        <translation>把版本移到文件</translation>
    </message>
    <message>
        <source>Move Witness to Document…</source>
        <translation>把版本移到文件…</translation>
    </message>
    <message>
        <source>Move Witness to a New Document</source>
        <translation>把版本移到新文件</translation>
    </message>
    <message>
        <source>Rename Witness…</source>
        <translation>重新命名版本…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Move witness</source>
        <translation>移動版本</translation>
    </message>
    <message>
        <source>Move the witness to the document:</source>
        <translation>把該版本移到文件：</translation>
    </message>
    <message>
        <source>Cannot move the witness</source>
        <translation>無法移動版本</translation>
    </message>
    <message>
        <source>Rename witness</source>
        <translation>重新命名版本</translation>
    </message>
    <message>
        <source>A short name for this transcription (such as OCR A, web, print):</source>
        <translation>給這個轉錄本起個簡短的名字（如 OCR A、網路版、印刷版）：</translation>
    </message>
    <message>
        <source>Cannot rename the witness</source>
        <translation>無法重新命名版本</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>重新命名文件</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Cannot rename the document</source>
        <translation>無法重新命名文件</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>刪除文件</translation>
    </message>
    <message>
        <source>Remove “{title}” with its witnesses, decisions and notes from the library?
This cannot be undone.</source>
        <translation>從文庫中刪除“{title}”及其所有版本、裁定和批註？
此操作無法復原。</translation>
    </message>
    <message>
        <source>Cannot remove the document</source>
        <translation>無法刪除文件</translation>
    </message>
</context>
<context>
    <name>LibrarySeriesActions</name>
    <message>
        <source>Decide a place first, then Ctrl+Shift+R repeats it in the library.</source>
        <translation>請先裁定一處，再按 Ctrl+Shift+R 在整個文庫中照此處理。</translation>
    </message>
    <message>
        <source>Looking through the library…</source>
        <translation>正在尋找整個文庫…</translation>
    </message>
    <message>
        <source>No open place in the library reads {readings}.</source>
        <translation>文庫中沒有讀作“{readings}”的未定異文。</translation>
    </message>
    <message>
        <source>“{title}”: {count}</source>
        <translation>“{title}”：{count} 處</translation>
    </message>
    <message numerus="yes">
        <source>and %n more document(s)</source>
        <translation>
            <numerusform>另有 %n 個文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place {place} reads {readings}; you decided it: {status} (“{reading}”).

Decide the %n open place(s) reading {readings} in the whole library the same way?</source>
        <translation>
            <numerusform>第 {place} 處異文為 {readings}；您的裁定是：{status}（“{reading}”）。

整個文庫中同為 {readings} 的 %n 處未定異文，也照此裁定？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n document(s): one step in each, and Ctrl+Z undoes them together.</source>
        <translation>
            <numerusform>它們分佈在 %n 個文件中：每個文件各算一步，Ctrl+Z 可一併復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the same way in the whole library</source>
        <translation>在整個文庫中照此裁定</translation>
    </message>
    <message>
        <source>Deciding in the whole library…</source>
        <translation>正在整個文庫中裁定…</translation>
    </message>
    <message numerus="yes">
        <source>Decided %n place(s) the same way</source>
        <translation>
            <numerusform>已照此裁定 %n 處</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s).</source>
        <translation>
            <numerusform>，涉及 %n 個文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo in the whole library</source>
        <translation>在整個文庫中復原</translation>
    </message>
    <message numerus="yes">
        <source>This step was taken in %n document(s) at once. Undo it in all of them?

No: undo it in this document only.</source>
        <translation>
            <numerusform>這一步同時在 %n 個文件中執行。要在所有這些文件中復原嗎？

選“否”：只在本文件中復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo in the whole library</source>
        <translation>在整個文庫中重做</translation>
    </message>
    <message numerus="yes">
        <source>This step was taken in %n document(s) at once. Redo it in all of them?

No: redo it in this document only.</source>
        <translation>
            <numerusform>這一步同時在 %n 個文件中執行。要在所有這些文件中重做嗎？

選“否”：只在本文件中重做。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing in the whole library…</source>
        <translation>正在整個文庫中復原…</translation>
    </message>
    <message>
        <source>Redoing in the whole library…</source>
        <translation>正在整個文庫中重做…</translation>
    </message>
    <message numerus="yes">
        <source>Undone in %n document(s).</source>
        <translation>
            <numerusform>已在 %n 個文件中復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redone in %n document(s).</source>
        <translation>
            <numerusform>已在 %n 個文件中重做。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were left as they were: later steps lie on top of it there.</source>
        <translation>
            <numerusform>%n 個文件保持原樣：那裡在這一步之後還有其他操作。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{path} is open in another desk window (process {pid} on {host}). Close it there first, or open another library.</source>
        <translation>{path} 已在另一個 desk 視窗中開啟（{host}上的程序 {pid}）。請先在那裡關閉，或開啟另一個文庫。</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文庫</translation>
    </message>
    <message>
        <source>Places where the witnesses differ</source>
        <translation>各版本的異文</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>開啟文庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent Libraries</source>
        <translation>最近的文庫</translation>
    </message>
    <message>
        <source>&amp;Export Current Document…</source>
        <translation>匯出當前文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;All Documents…</source>
        <translation>匯出全部文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
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
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>尋找上一個(&amp;P)</translation>
    </message>
    <message>
        <source>Find in &amp;Library…</source>
        <translation>在文庫中尋找(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>審校(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Place to Review</source>
        <translation>下一處待審(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Place to Review</source>
        <translation>上一處待審(&amp;P)</translation>
    </message>
    <message>
        <source>Visit Places Read with &amp;Low Confidence First</source>
        <translation>優先審校識別置信度低的異文(&amp;L)</translation>
    </message>
    <message>
        <source>Take Reading of Witness {n}</source>
        <translation>採用版本 {n} 的文字</translation>
    </message>
    <message>
        <source>Witness 1</source>
        <translation>版本 1</translation>
    </message>
    <message>
        <source>Witness 2</source>
        <translation>版本 2</translation>
    </message>
    <message>
        <source>Take the &amp;Clean Reading</source>
        <translation>採用清理後的文字(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Type a Reading…</source>
        <translation>輸入文字(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Keep the Reading as It Is</source>
        <translation>保持現有文字(&amp;K)</translation>
    </message>
    <message>
        <source>Decide the Same Way Where the &amp;Readings Are the Same…</source>
        <translation>異文相同處照此裁定(&amp;R)…</translation>
    </message>
    <message>
        <source>Decide the Same Way in the &amp;Whole Library…</source>
        <translation>在整個文庫中照此裁定(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Note on Selection…</source>
        <translation>為所選文字加批註(&amp;N)…</translation>
    </message>
    <message>
        <source>Decide All Undecided</source>
        <translation>批次裁定未定異文</translation>
    </message>
    <message>
        <source>Text Places: the Clean Reading</source>
        <translation>文字異文：採用清理後的文字</translation>
    </message>
    <message>
        <source>Text Places: Reading of Witness {n}</source>
        <translation>文字異文：採用版本 {n} 的文字</translation>
    </message>
    <message>
        <source>Document &amp;Choices…</source>
        <translation>文件設定(&amp;C)…</translation>
    </message>
    <message>
        <source>Go to Moved &amp;Counterpart</source>
        <translation>轉到移位段落的對應處(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Layout and Punctuation Places</source>
        <translation>顯示版式與標點異文(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Synchronise Scrolling</source>
        <translation>同步滾動(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About desk</source>
        <translation>關於 desk(&amp;A)</translation>
    </message>
    <message>
        <source>the Clean Reading</source>
        <translation>清理後的文字</translation>
    </message>
    <message>
        <source>{witness}'s Reading</source>
        <translation>{witness} 的文字</translation>
    </message>
    <message>
        <source>{category} Places ({count}): {reading}</source>
        <translation>{category}異文（{count} 處）：{reading}</translation>
    </message>
    <message>
        <source>This document has no witness {n}.</source>
        <translation>本文件沒有版本 {n}。</translation>
    </message>
    <message>
        <source>No text place is left undecided.</source>
        <translation>沒有未裁定的文字異文了。</translation>
    </message>
    <message>
        <source>the clean reading</source>
        <translation>清理後的文字</translation>
    </message>
    <message>
        <source>{witness}'s reading</source>
        <translation>{witness} 的文字</translation>
    </message>
    <message>
        <source>Decide all undecided places</source>
        <translation>批次裁定未定異文</translation>
    </message>
    <message>
        <source>Read with low confidence by the OCR: check the page image.</source>
        <translation>OCR 識別此處的置信度低：請對照版面影象核對。</translation>
    </message>
    <message>
        <source>These decisions have no place in the document as it is now aligned (another base, a witness added or taken away); decide those places again:</source>
        <translation>按現在的對齊結果（換了底本，或增減了版本），這些裁定已找不到對應位置；請重新裁定這些地方：</translation>
    </message>
    <message>
        <source>Transcriptions and OCR files (*.txt *.text *.md *.xml *.hocr *.html *.xhtml);;All files (*)</source>
        <translation>轉錄本與 OCR 檔案 (*.txt *.text *.md *.xml *.hocr *.html *.xhtml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>No other open place here reads {readings}; Ctrl+Shift+R looks in the whole library.</source>
        <translation>本文件沒有其他讀作“{readings}”的未定異文；按 Ctrl+Shift+R 可在整個文庫中尋找。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R decides them in the whole library.</source>
        <translation>按 Ctrl+Shift+R 可在整個文庫中照此裁定。</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n undecided {category} place(s) {reading}?
One step: Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n 處未定的{category}異文都採用{reading}？
這是一步操作：Ctrl+Z 可復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n {category} place(s) {reading}.</source>
        <translation>
            <numerusform>已有 %n 處{category}異文采用{reading}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every text place is reviewed: nothing is left to decide, here or elsewhere.</source>
        <translation>所有文字異文都已審校：這裡和其他文件都沒有待裁定之處了。</translation>
    </message>
    <message>
        <source>Document reviewed</source>
        <translation>文件審校完畢</translation>
    </message>
    <message>
        <source>Every text place in “{title}” is reviewed.

Open the next document to review, “{following}”?</source>
        <translation>“{title}”的文字異文已全部審校。

開啟下一個待審文件“{following}”？</translation>
    </message>
    <message>
        <source>Every text place is reviewed: nothing is left to decide here.</source>
        <translation>所有文字異文都已審校：本文件沒有待裁定之處了。</translation>
    </message>
    <message>
        <source>Not in a moved passage: put the cursor in a tinted passage first.</source>
        <translation>當前不在移位段落中：請先把游標放在著色的段落裡。</translation>
    </message>
    <message>
        <source>“{title}” has one witness: nothing to compare.</source>
        <translation>“{title}”只有一個版本：無可比對。</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>無法開啟文件</translation>
    </message>
    <message>
        <source>Decisions without a place</source>
        <translation>失去位置的裁定</translation>
    </message>
    <message>
        <source>Collating “{title}”…</source>
        <translation>正在比對“{title}”…</translation>
    </message>
    <message>
        <source>Take Reading of {witness}</source>
        <translation>採用 {witness} 的文字</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the changes listed</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es) added</source>
        <translation>
            <numerusform>增加了 %n 個版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken away</source>
        <translation>
            <numerusform>移走了 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was changed outside this window ({change}). Reload to compare it as it is now; your decisions are kept.</source>
        <translation>“{title}”在本視窗之外被修改了（{change}）。重新載入即可按現狀比對；您的裁定都會保留。</translation>
    </message>
    <message>
        <source>Import transcriptions</source>
        <translation>匯入轉錄本</translation>
    </message>
    <message>
        <source>Import a folder of transcriptions</source>
        <translation>匯入一個資料夾的轉錄本</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Imported {added} file(s); {duplicates} already in the library; {failures} could not be read.</source>
        <translation>已匯入 {added} 個檔案；{duplicates} 個已在文庫中；{failures} 個無法讀取。</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>有些檔案未能匯入</translation>
    </message>
    <message>
        <source>the current document</source>
        <translation>當前文件</translation>
    </message>
    <message>
        <source>every document</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>匯出到資料夾</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Exported {count} file(s) to {folder}</source>
        <translation>已匯出 {count} 個檔案到 {folder}</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>開啟或新建文庫</translation>
    </message>
    <message>
        <source>desk library (*.db)</source>
        <translation>desk 文庫 (*.db)</translation>
    </message>
    <message>
        <source>Cannot open library</source>
        <translation>無法開啟文庫</translation>
    </message>
    <message>
        <source>Decide a place first, then Ctrl+R repeats it.</source>
        <translation>請先裁定一處，再按 Ctrl+R 照此處理其餘相同之處。</translation>
    </message>
    <message>
        <source>Decide the same way</source>
        <translation>照此裁定</translation>
    </message>
    <message numerus="yes">
        <source>Place {place} reads {readings}; you decided it: {status} (“{reading}”).

Decide the %n other open place(s) reading {readings} the same way?
One step: Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>第 {place} 處異文為 {readings}；您的裁定是：{status}（“{reading}”）。

其餘 %n 處異文同為 {readings} 的未定之處，也照此裁定？
這是一步操作：Ctrl+Z 可復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decided %n more place(s) the same way.</source>
        <translation>
            <numerusform>又照此裁定了 %n 處。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a passage in a text first, then add a note.</source>
        <translation>請先在文字中選中一段文字，再加批註。</translation>
    </message>
    <message>
        <source>no document open</source>
        <translation>未開啟文件</translation>
    </message>
    <message>
        <source>desk — {title} — {library}</source>
        <translation>desk — {title} — {library}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>復原(&amp;U)“{step}”</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>重做(&amp;R)“{step}”</translation>
    </message>
    <message>
        <source>Read-only library: you can read, compare and export, not decide.</source>
        <translation>只讀文庫：可以閱讀、比對和匯出，不能裁定。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 個文件</numerusform>
        </translation>
    </message>
    <message>
        <source>place {place}: {category}</source>
        <translation>第 {place} 處：{category}</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Where the variants are: strong marks are open ones. Click to go there.</source>
        <translation>異文分佈：深色標記是待審的。點選即可跳轉。</translation>
    </message>
</context>
<context>
    <name>PageImageActions</name>
    <message>
        <source>Page Image</source>
        <translation>版面影象</translation>
    </message>
    <message>
        <source>Attach &amp;Page Image…</source>
        <translation>附加版面影象(&amp;P)…</translation>
    </message>
    <message>
        <source>Recognise Text in the Page &amp;Image…</source>
        <translation>識別版面影象中的文字(&amp;I)…</translation>
    </message>
    <message>
        <source>Attach a page image</source>
        <translation>附加版面影象</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>影象 (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Keep a copy?</source>
        <translation>保留副本？</translation>
    </message>
    <message>
        <source>Keep a copy of the image in the library, so that it still shows if the file is moved? The library grows by the image's size.</source>
        <translation>在文庫中保留影象副本，這樣即使檔案被移動也能顯示？文庫會增大相當於影象的大小。</translation>
    </message>
    <message>
        <source>Attaching the page image…</source>
        <translation>正在附加版面影象…</translation>
    </message>
    <message>
        <source>Cannot attach the image</source>
        <translation>無法附加影象</translation>
    </message>
    <message>
        <source>Where is the page image now?</source>
        <translation>版面影象現在在哪裡？</translation>
    </message>
    <message>
        <source>Cannot relink the image</source>
        <translation>無法重新連結影象</translation>
    </message>
    <message>
        <source>No page image</source>
        <translation>沒有版面影象</translation>
    </message>
    <message>
        <source>Attach the page image first: File &gt; Attach Page Image…</source>
        <translation>請先附加版面影象：檔案 &gt; 附加版面影象…</translation>
    </message>
    <message>
        <source>Tesseract is not installed</source>
        <translation>未安裝 Tesseract</translation>
    </message>
    <message>
        <source>Install Tesseract and its Chinese models to recognise page images: on Debian or Ubuntu `sudo apt install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra`; on macOS `brew install tesseract tesseract-lang`.</source>
        <translation>識別版面影象需要安裝 Tesseract 及其中文模型：Debian 或 Ubuntu 上執行 `sudo apt install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra`;macOS 上執行 `brew install tesseract tesseract-lang`。</translation>
    </message>
    <message>
        <source>Recognise text</source>
        <translation>識別文字</translation>
    </message>
    <message>
        <source>Languages of the page (Tesseract's models):</source>
        <translation>頁面的語言（Tesseract 的語言模型）：</translation>
    </message>
    <message>
        <source>Recognising the page with Tesseract…</source>
        <translation>正在用 Tesseract 識別頁面…</translation>
    </message>
    <message>
        <source>Recognition failed</source>
        <translation>識別失敗</translation>
    </message>
    <message>
        <source>Added “{witness}”, read from the page image by Tesseract.</source>
        <translation>已新增 Tesseract 從版面影象識別出的“{witness}”。</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source> + </source>
        <translation>+</translation>
    </message>
    <message>
        <source>{names} ({codes})</source>
        <translation>{names}({codes})</translation>
    </message>
</context>
<context>
    <name>PagePanel</name>
    <message>
        <source>Relink…</source>
        <translation>重新連結…</translation>
    </message>
    <message>
        <source>No page image: attach one with File &gt; Attach Page Image…</source>
        <translation>沒有版面影象：可用“檔案 &gt; 附加版面影象…”附加</translation>
    </message>
    <message>
        <source>The file has moved; showing the copy kept in the library.</source>
        <translation>檔案已被移動；顯示的是文庫中保留的副本。</translation>
    </message>
    <message>
        <source>The file has changed; showing the copy kept in the library.</source>
        <translation>檔案已被修改；顯示的是文庫中保留的副本。</translation>
    </message>
    <message>
        <source>The file is not where it was: {path}</source>
        <translation>檔案已不在原處：{path}</translation>
    </message>
    <message>
        <source>The file has changed since it was attached.</source>
        <translation>檔案在附加之後被修改過。</translation>
    </message>
</context>
<context>
    <name>PlaceTableModel</name>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移位</translation>
    </message>
    <message>
        <source>Read with low confidence by the OCR: check the page image.</source>
        <translation>OCR 識別此處的置信度低：請對照版面影象核對。</translation>
    </message>
    <message>
        <source>Read with {percent}% confidence</source>
        <translation>識別置信度 {percent}%</translation>
    </message>
    <message>
        <source>The document choices read: {reading}</source>
        <translation>按文件設定為：{reading}</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未裁定</translation>
    </message>
    <message>
        <source>took {witness}: “{reading}”</source>
        <translation>採用 {witness}：“{reading}”</translation>
    </message>
    <message>
        <source>typed “{reading}”</source>
        <translation>輸入“{reading}”</translation>
    </message>
    <message>
        <source>kept “{reading}”</source>
        <translation>保持“{reading}”</translation>
    </message>
    <message>
        <source>clean “{reading}”</source>
        <translation>清理後“{reading}”</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>（已復原）</translation>
    </message>
    <message>
        <source>(abandoned)</source>
        <translation>（已放棄）</translation>
    </message>
    <message>
        <source>No decision yet: the document choices give this reading.</source>
        <translation>尚未裁定：此處文字由文件設定給出。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>跟隨系統（淺色或深色）</translation>
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
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Show layout and punctuation places</source>
        <translation>顯示版式與標點異文</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>介面語言：</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <source>Font of the texts:</source>
        <translation>文字字型：</translation>
    </message>
    <message>
        <source>Record decisions as:</source>
        <translation>裁定記錄的署名：</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <source>Type a reading</source>
        <translation>輸入文字</translation>
    </message>
    <message>
        <source>{witness}: {reading}</source>
        <translation>{witness}：{reading}</translation>
    </message>
    <message>
        <source>Enter confirms; Shift+Enter breaks the line.</source>
        <translation>Enter 確認；Shift+Enter 換行。</translation>
    </message>
</context>
<context>
    <name>ReloadBar</name>
    <message>
        <source>Reload (F5)</source>
        <translation>重新載入（F5）</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>{witness} — base: order and words</source>
        <translation>{witness} — 底本：語序與文字</translation>
    </message>
    <message>
        <source>Curated text (editable)</source>
        <translation>定稿（可編輯）</translation>
    </message>
    <message>
        <source>Curated text (read-only library)</source>
        <translation>定稿（只讀文庫）</translation>
    </message>
    <message>
        <source>took witness 10</source>
        <comment>the widest status, to size the Status column</comment>
        <translation>採用版本 10</translation>
    </message>
    <message>
        <source>{witness}, line {line}</source>
        <translation>{witness}第 {line} 行</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the witnesses a moved passage's label names</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>moved: see {where}</source>
        <translation>移位：見{where}</translation>
    </message>
    <message>
        <source>Nothing was changed: {error}</source>
        <translation>未作任何更改：{error}</translation>
    </message>
    <message numerus="yes">
        <source>%n more place(s) read the same: Ctrl+R decides them too.</source>
        <translation>
            <numerusform>另有 %n 處異文相同：按 Ctrl+R 一併裁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your typing was not saved: {error}</source>
        <translation>您輸入的內容未儲存：{error}</translation>
    </message>
    <message>
        <source>curated text</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>a witness no longer here</source>
        <translation>已不在此的版本</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>選單</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>desk cannot open the library</source>
        <translation>desk 無法開啟文庫</translation>
    </message>
    <message>
        <source>desk met an error it did not expect: {error}. Everything decided before it is saved in the library. Details were printed to the terminal.</source>
        <translation>desk 遇到了意外錯誤：{error}。此前的所有裁定都已儲存在文庫中。詳細資訊已輸出到終端。</translation>
    </message>
    <message>
        <source>Welcome to desk</source>
        <translation>歡迎使用 desk</translation>
    </message>
    <message>
        <source>Your name, as decisions and notes will record it (change it later in Edit &gt; Preferences):</source>
        <translation>您的姓名，將記錄在裁定和批註上（以後可在“編輯 &gt; 偏好設定”中修改）：</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>witness {n}</source>
        <translation>版本 {n}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>script</source>
        <translation>繁簡</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>標點</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待審</translation>
    </message>
    <message>
        <source>by choice</source>
        <translation>按設定</translation>
    </message>
    <message>
        <source>took {witness}</source>
        <translation>採用 {witness}</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>took clean</source>
        <translation>採用清理後</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <source>{open} to review, {decided} reviewed; {by_choice} layout and punctuation places</source>
        <translation>待審 {open} 處，已審 {decided} 處；版式與標點異文 {by_choice} 處</translation>
    </message>
    <message>
        <source>{witness} line {line}</source>
        <translation>{witness}第 {line} 行</translation>
    </message>
    <message>
        <source>moved: {where}</source>
        <translation>移位：{where}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Take {name}'s reading “{reading}” at place {place}</source>
        <translation>第 {place} 處採用 {name} 的文字“{reading}”</translation>
    </message>
    <message>
        <source>Take the cleaned reading “{reading}” at place {place}</source>
        <translation>第 {place} 處採用清理後的文字“{reading}”</translation>
    </message>
    <message>
        <source>Type “{reading}” at place {place}</source>
        <translation>第 {place} 處輸入“{reading}”</translation>
    </message>
    <message>
        <source>Keep “{reading}” at place {place}</source>
        <translation>第 {place} 處保持“{reading}”</translation>
    </message>
    <message>
        <source>Take {name}'s reading</source>
        <translation>採用 {name} 的文字</translation>
    </message>
    <message>
        <source>Take the cleaned reading</source>
        <translation>採用清理後的文字</translation>
    </message>
    <message>
        <source>Type a reading</source>
        <translation>輸入文字</translation>
    </message>
    <message>
        <source>Keep the reading</source>
        <translation>保持現有文字</translation>
    </message>
    <message>
        <source>Take the cleaned reading of all {category} places ({count})</source>
        <translation>所有{category}異文采用清理後的文字（{count} 處）</translation>
    </message>
    <message>
        <source>Take {name}'s reading of all {category} places ({count})</source>
        <translation>所有{category}異文采用 {name} 的文字（{count} 處）</translation>
    </message>
    <message>
        <source>Decide {count} more places reading the same, as place {place}</source>
        <translation>照第 {place} 處裁定另外 {count} 處相同異文</translation>
    </message>
    <message>
        <source>Decide {count} places reading {readings} the same way, in the whole library</source>
        <translation>在整個文庫中照此裁定 {count} 處同為 {readings} 的異文</translation>
    </message>
    <message>
        <source>Change the document choices</source>
        <translation>更改文件設定</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>編輯文字</translation>
    </message>
    <message>
        <source>Decisions made with an earlier desk</source>
        <translation>舊版 desk 所作的裁定</translation>
    </message>
    <message>
        <source>Restore revision {number}</source>
        <translation>恢復到修訂 {number}</translation>
    </message>
    <message>
        <source>Add note on “{quote}”</source>
        <translation>為“{quote}”加批註</translation>
    </message>
    <message>
        <source>Edit note on “{quote}”</source>
        <translation>修改“{quote}”的批註</translation>
    </message>
    <message>
        <source>Delete note on “{quote}”</source>
        <translation>刪除“{quote}”的批註</translation>
    </message>
    <message>
        <source>a witness no longer here</source>
        <translation>已不在此的版本</translation>
    </message>
    <message>
        <source>“{text}” ({what}, {author}) at {where}</source>
        <translation>“{text}”（{what}，{author}），位於 {where}</translation>
    </message>
</context>
</TS>
