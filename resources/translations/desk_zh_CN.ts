<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>{name} (bundled)</source>
        <translation>{name}（随附）</translation>
    </message>
    <message>
        <source>desk {version}
An editorial review desk: several transcriptions of a text side by side, every difference classified, and the clean text the editor decides.

Licence: MIT.

Built with Python {python}, Qt {qt}, SQLite {sqlite}, {libraries}.
OpenCC&apos;s and Unicode&apos;s (Unihan) tables: their licences are in resources/HAN_FOLDS_LICENSES.txt.</source>
        <translation>desk {version}
编辑校对台：同一文本的多个转录本并排对照，每处差异都分类标出，导出的是编辑裁定的干净文本。

许可证：MIT。

基于 Python {python}、Qt {qt}、SQLite {sqlite}、{libraries}。
OpenCC 与 Unicode(Unihan)字表的许可证见 resources/HAN_FOLDS_LICENSES.txt。</translation>
    </message>
    <message>
        <source>About desk</source>
        <translation>关于 desk</translation>
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
        <translation>核对图像</translation>
    </message>
    <message>
        <source>query</source>
        <translation>待查证</translation>
    </message>
    <message>
        <source>Note on a passage</source>
        <translation>文字批注</translation>
    </message>
    <message>
        <source>What should be checked, and why</source>
        <translation>需要核对什么，为什么</translation>
    </message>
    <message>
        <source>other tags, comma-separated</source>
        <translation>其他标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>引文：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
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
        <translation>批注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>orphaned: {passage}</source>
        <translation>已失位：{passage}</translation>
    </message>
    <message>
        <source>Its passage is no longer in the text; the quote is kept.</source>
        <translation>批注的文字已不在文本中；引文仍保留。</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <source>Document Choices</source>
        <translation>文档设定</translation>
    </message>
    <message>
        <source>Every place you have not decided reads as these choices say; decided places keep their reading. One step, undone with Edit &gt; Undo.</source>
        <translation>尚未裁定的异文都按这些设定取文字；已裁定的保持不变。这是一步操作，可用“编辑 &gt; 撤销”撤回。</translation>
    </message>
    <message>
        <source>Remove spaces between Chinese characters and at line ends</source>
        <translation>删除汉字之间及行末的空格</translation>
    </message>
    <message>
        <source>Full-width punctuation in Chinese text, standard forms</source>
        <translation>中文用全角标点，统一为标准字形</translation>
    </message>
    <message>
        <source>Where the witnesses differ in words, read desk&apos;s proposal (else the base&apos;s)</source>
        <translation>各见证本文字不同之处，采用 desk 的建议（否则用底本的）</translation>
    </message>
    <message>
        <source>Order and words of:</source>
        <translation>语序与文字取自：</translation>
    </message>
    <message>
        <source>Paragraphs from:</source>
        <translation>分段取自：</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>After step {number}, beside the current text</source>
        <translation>步骤 {number} 之后的文本与当前文本对照</translation>
    </message>
    <message>
        <source>After step {number}</source>
        <translation>步骤 {number} 之后</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <source>Go Back to Step {number}</source>
        <translation>回到步骤 {number}</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>“{title}” has no witness left to review.</source>
        <translation>“{title}”已没有可审阅的见证本。</translation>
    </message>
    <message>
        <source>Collating “{title}”…</source>
        <translation>正在比对“{title}”…</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <source>Decisions without a place</source>
        <translation>失去位置的裁定</translation>
    </message>
    <message>
        <source>These decisions have no place in the document as it is now aligned (another base, a witness added or taken away); decide those places again:</source>
        <translation>按现在的对齐结果（换了底本，或增减了版本），这些裁定已找不到对应位置；请重新裁定这些地方：</translation>
    </message>
    <message>
        <source>{choices}. Review &gt; Document Choices (Ctrl+D) changes them.</source>
        <translation>{choices}。可在 审校 &gt; 文档设定（Ctrl+D）中更改。</translation>
    </message>
    <message>
        <source>Comparing the regrouped documents…</source>
        <translation>正在比较重新归组的文档…</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the changes listed</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es) added</source>
        <translation>
            <numerusform>增加了 %n 个版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken away</source>
        <translation>
            <numerusform>移走了 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was changed outside this window ({change}). Reload to compare it as it is now; your decisions are kept.</source>
        <translation>“{title}”在本窗口之外被修改了（{change}）。重新载入即可按现状比对；您的裁定都会保留。</translation>
    </message>
    <message>
        <source>Import transcriptions</source>
        <translation>导入转录本</translation>
    </message>
    <message>
        <source>Transcriptions and OCR files (*.txt *.text *.md *.xml *.hocr *.html *.xhtml);;All files (*)</source>
        <translation>转录本与 OCR 文件 (*.txt *.text *.md *.xml *.hocr *.html *.xhtml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder of transcriptions</source>
        <translation>导入一个文件夹的转录本</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import cancelled: the files imported before it stay in the library.</source>
        <translation>已取消导入：取消之前导入的文件仍留在文库中。</translation>
    </message>
    <message>
        <source>Imported {added} file(s); {duplicates} already in the library; {failures} could not be read.</source>
        <translation>已导入 {added} 个文件；{duplicates} 个已在文库中；{failures} 个无法读取。</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>有些文件未能导入</translation>
    </message>
    <message>
        <source>Some page images were not attached</source>
        <translation>有些页面图像未能附上</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>打开或新建文库</translation>
    </message>
    <message>
        <source>desk library (*.db)</source>
        <translation>desk 文库 (*.db)</translation>
    </message>
    <message>
        <source>Cannot open library</source>
        <translation>无法打开文库</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>the current document</source>
        <translation>当前文档</translation>
    </message>
    <message>
        <source>every document</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported {count} file(s) to {folder}</source>
        <translation>已导出 {count} 个文件到 {folder}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Clean text (.txt)</source>
        <translation>干净文本（.txt）</translation>
    </message>
    <message>
        <source>Apparatus of decided variants as TEI P5 (.tei.xml)</source>
        <translation>已裁定异文的校勘记，TEI P5 格式（.tei.xml）</translation>
    </message>
    <message>
        <source>Apparatus and decision log as CSV (.apparatus.csv, .decisions.csv)</source>
        <translation>校勘记与裁定记录，CSV 格式（.apparatus.csv、.decisions.csv）</translation>
    </message>
    <message>
        <source>Notes as W3C Web Annotations (.annotations.json)</source>
        <translation>批注，W3C Web Annotation 格式（.annotations.json）</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>导出{what}</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Write these for each document, named after its title:</source>
        <translation>为每个文档写出以下文件，以标题命名：</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>全部状态</translation>
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
        <translation>在文本中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>{key} or {other}</source>
        <translation>{key} 或 {other}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 处，共 {total} 处</translation>
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
        <translation>界面上有什么</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>颜色的含义</translation>
    </message>
    <message>
        <source>A caret between two characters: the witness has no text there.</source>
        <translation>两字之间的插入符：该版本此处缺文。</translation>
    </message>
    <message>
        <source>{keys} shows or hides the faint punctuation and layout places.</source>
        <translation>{keys} 显示或隐藏浅色的标点与版式异文。</translation>
    </message>
    <message>
        <source>How to finish a page</source>
        <translation>怎样审完一页</translation>
    </message>
    <message>
        <source>There is no Save: everything is saved as you go.</source>
        <translation>无需保存：每一步操作都随时存好。</translation>
    </message>
    <message>
        <source>Each decision is kept at once, and can always be undone.</source>
        <translation>每次裁定立即保存，也随时可以撤销。</translation>
    </message>
    <message>
        <source>Find out more</source>
        <translation>了解更多</translation>
    </message>
    <message>
        <source>On the left is the library: your documents. Under each document are its witnesses, the transcriptions of the same text.</source>
        <translation>左侧是文库，即您的文档。每个文档下列出它的各个版本，也就是同一文本的不同转录本。</translation>
    </message>
    <message>
        <source>In the middle, the witnesses stand side by side. The base witness comes first: the others are compared with it.</source>
        <translation>中间是并排对照的各个版本。第一个是底本，其他版本都与它比对。</translation>
    </message>
    <message>
        <source>Then comes the curated text. It is yours: it starts as the base witness and becomes the text you export. You can type in it.</source>
        <translation>最右边是定稿。定稿由您掌握：它从底本开始，最终成为您导出的文本。您可以直接在里面修改。</translation>
    </message>
    <message>
        <source>Below is the table of places: every place where the witnesses differ. Choose a row to go to its place.</source>
        <translation>下方是异文表：列出各版本所有不同之处。选中一行即跳到该处。</translation>
    </message>
    <message>
        <source>Text: the witnesses have different characters. Decide these.</source>
        <translation>文字：各版本用字不同。这些需要您裁定。</translation>
    </message>
    <message>
        <source>Script: the same characters in another form, such as simplified and traditional.</source>
        <translation>繁简：同一个字写法不同，例如简体与繁体。</translation>
    </message>
    <message>
        <source>Punctuation: only the punctuation differs. Faint: the document choices settle it.</source>
        <translation>标点：只有标点不同。颜色浅：由文档设定处理。</translation>
    </message>
    <message>
        <source>Layout: only spaces or line breaks differ. Faint: the document choices settle it.</source>
        <translation>版式：只有空格或换行不同。颜色浅：由文档设定处理。</translation>
    </message>
    <message>
        <source>The place you are on.</source>
        <translation>当前所在的异文。</translation>
    </message>
    <message>
        <source>A place you have decided.</source>
        <translation>已裁定的异文。</translation>
    </message>
    <message>
        <source>A passage that sits somewhere else in another witness.</source>
        <translation>在另一版本中位置不同的段落（移位）。</translation>
    </message>
    <message>
        <source>A passage with a note on it.</source>
        <translation>加了批注的文字。</translation>
    </message>
    <message>
        <source>What Find found.</source>
        <translation>查找到的内容。</translation>
    </message>
    <message>
        <source>Go to the next place to review.</source>
        <translation>跳到下一处待审异文。</translation>
    </message>
    <message>
        <source>Take the reading of witness 1 or 2.</source>
        <translation>采用版本 1 或版本 2 的文字。</translation>
    </message>
    <message>
        <source>Take the clean reading: the reading as the document choices make it.</source>
        <translation>采用清理后的文字：即按文档设定得出的文字。</translation>
    </message>
    <message>
        <source>Type your own reading.</source>
        <translation>自己输入文字。</translation>
    </message>
    <message>
        <source>Undo the last step.</source>
        <translation>撤销上一步。</translation>
    </message>
    <message>
        <source>Make the same decision at every place with the same readings.</source>
        <translation>在异文相同的各处作出同样的裁定。</translation>
    </message>
    <message>
        <source>Document choices: the base, and how paragraphs, spaces and punctuation are written in the whole document.</source>
        <translation>文档设定：底本，以及全文的分段、空格和标点如何处理。</translation>
    </message>
    <message>
        <source>When the status bar says 0 to review, the page is done: export the clean text.</source>
        <translation>状态栏显示待审 0 处时，这一页就审完了：导出干净文本即可。</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, by menu.</source>
        <translation>按菜单列出的全部键盘快捷键。</translation>
    </message>
    <message>
        <source>The menus show the keys too. Help &gt; Guide shows this guide again.</source>
        <translation>菜单中也标有快捷键。“帮助 &gt; 使用指南”可再次打开本指南。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Compare with Current…</source>
        <translation>与当前文本比较…</translation>
    </message>
    <message>
        <source>Go Back to It</source>
        <translation>回到此步</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Base witness as imported</source>
        <translation>导入时的底本</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>No page image for this document.</source>
        <translation>此文档没有版面图像。</translation>
    </message>
    <message>
        <source>Loading the page image…</source>
        <translation>正在载入版面图像…</translation>
    </message>
    <message>
        <source>The page image is missing:</source>
        <translation>找不到版面图像：</translation>
    </message>
    <message>
        <source>The page image cannot be read:</source>
        <translation>无法读取版面图像：</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
</context>
<context>
    <name>LibraryFindDialog</name>
    <message>
        <source>Find in Library</source>
        <translation>在文库中查找</translation>
    </message>
    <message>
        <source>A string to look for in every witness</source>
        <translation>要在所有版本中查找的文字</translation>
    </message>
    <message numerus="yes">
        <source>{title}  (%n found)</source>
        <translation>
            <numerusform>{title}（找到 %n 处）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) hold “{query}”.</source>
        <translation>
            <numerusform>有 %n 个文档含有“{query}”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Open</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档 / 版本</translation>
    </message>
    <message>
        <source>Places still to review</source>
        <translation>尚待审校的异文处数</translation>
    </message>
    <message>
        <source>Characters in the witness</source>
        <translation>该版本的字数</translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared yet: open the document to compare.</source>
        <translation>尚未比对：打开文档即开始比对。</translation>
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
        <translation>在文库中查找…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move Witness to Document</source>
        <translation>把版本移到文档</translation>
    </message>
    <message>
        <source>Move Witness to Document…</source>
        <translation>把版本移到文档…</translation>
    </message>
    <message>
        <source>Move Witness to a New Document</source>
        <translation>把版本移到新文档</translation>
    </message>
    <message>
        <source>Rename Witness…</source>
        <translation>重命名版本…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Move witness</source>
        <translation>移动版本</translation>
    </message>
    <message>
        <source>Move the witness to the document:</source>
        <translation>把该版本移到文档：</translation>
    </message>
    <message>
        <source>Cannot move the witness</source>
        <translation>无法移动版本</translation>
    </message>
    <message>
        <source>Rename witness</source>
        <translation>重命名版本</translation>
    </message>
    <message>
        <source>A short name for this transcription (such as OCR A, web, print):</source>
        <translation>给这个转录本起个简短的名字（如 OCR A、网络版、印刷版）：</translation>
    </message>
    <message>
        <source>Cannot rename the witness</source>
        <translation>无法重命名版本</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>重命名文档</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Cannot rename the document</source>
        <translation>无法重命名文档</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <source>Remove “{title}” with its witnesses, decisions and notes from the library?
This cannot be undone.</source>
        <translation>从文库中删除“{title}”及其所有版本、裁定和批注？
此操作无法撤销。</translation>
    </message>
    <message>
        <source>Cannot remove the document</source>
        <translation>无法删除文档</translation>
    </message>
</context>
<context>
    <name>LibrarySeriesActions</name>
    <message>
        <source>Decide a place first, then Ctrl+Shift+R repeats it in the library.</source>
        <translation>请先裁定一处，再按 Ctrl+Shift+R 在整个文库中照此处理。</translation>
    </message>
    <message>
        <source>Looking through the library…</source>
        <translation>正在查找整个文库…</translation>
    </message>
    <message>
        <source>No open place in the library reads {readings}.</source>
        <translation>文库中没有读作“{readings}”的未定异文。</translation>
    </message>
    <message>
        <source>“{title}”: {count}</source>
        <translation>“{title}”：{count} 处</translation>
    </message>
    <message numerus="yes">
        <source>and %n more document(s)</source>
        <translation>
            <numerusform>另有 %n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place {place} reads {readings}; you decided it: {status} (“{reading}”).

Decide the %n open place(s) reading {readings} in the whole library the same way?</source>
        <translation>
            <numerusform>第 {place} 处异文为 {readings}；您的裁定是：{status}（“{reading}”）。

整个文库中同为 {readings} 的 %n 处未定异文，也照此裁定？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n document(s): one step in each, and Ctrl+Z undoes them together.</source>
        <translation>
            <numerusform>它们分布在 %n 个文档中：每个文档各算一步，Ctrl+Z 可一并撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the same way in the whole library</source>
        <translation>在整个文库中照此裁定</translation>
    </message>
    <message>
        <source>Deciding in the whole library…</source>
        <translation>正在整个文库中裁定…</translation>
    </message>
    <message numerus="yes">
        <source>Decided %n place(s) the same way</source>
        <translation>
            <numerusform>已照此裁定 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s).</source>
        <translation>
            <numerusform>，涉及 %n 个文档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo in the whole library</source>
        <translation>在整个文库中撤销</translation>
    </message>
    <message numerus="yes">
        <source>This step was taken in %n document(s) at once. Undo it in all of them?

No: undo it in this document only.</source>
        <translation>
            <numerusform>这一步同时在 %n 个文档中执行。要在所有这些文档中撤销吗？

选“否”：只在本文档中撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo in the whole library</source>
        <translation>在整个文库中重做</translation>
    </message>
    <message numerus="yes">
        <source>This step was taken in %n document(s) at once. Redo it in all of them?

No: redo it in this document only.</source>
        <translation>
            <numerusform>这一步同时在 %n 个文档中执行。要在所有这些文档中重做吗？

选“否”：只在本文档中重做。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing in the whole library…</source>
        <translation>正在整个文库中撤销…</translation>
    </message>
    <message>
        <source>Redoing in the whole library…</source>
        <translation>正在整个文库中重做…</translation>
    </message>
    <message numerus="yes">
        <source>Undone in %n document(s).</source>
        <translation>
            <numerusform>已在 %n 个文档中撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redone in %n document(s).</source>
        <translation>
            <numerusform>已在 %n 个文档中重做。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were left as they were: later steps lie on top of it there.</source>
        <translation>
            <numerusform>%n 个文档保持原样：那里在这一步之后还有其他操作。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{path} is open in another desk window (process {pid} on {host}). Close it there first, or open another library.</source>
        <translation>{path} 已在另一个 desk 窗口中打开（{host}上的进程 {pid}）。请先在那里关闭，或打开另一个文库。</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Places where the witnesses differ</source>
        <translation>各版本的异文</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Where the variants are: strong marks are open ones. Click to go there.</source>
        <translation>异文分布：深色标记是待审的。点击即可跳转。</translation>
    </message>
</context>
<context>
    <name>PageImageActions</name>
    <message>
        <source>Page Image</source>
        <translation>版面图像</translation>
    </message>
    <message>
        <source>Attach &amp;Page Image…</source>
        <translation>附加版面图像(&amp;P)…</translation>
    </message>
    <message>
        <source>Recognise Text in the Page &amp;Image…</source>
        <translation>识别版面图像中的文字(&amp;I)…</translation>
    </message>
    <message>
        <source>Attach a page image</source>
        <translation>附加版面图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Keep a copy?</source>
        <translation>保留副本？</translation>
    </message>
    <message>
        <source>Keep a copy of the image in the library, so that it still shows if the file is moved? The library grows by the image&apos;s size.</source>
        <translation>在文库中保留图像副本，这样即使文件被移动也能显示？文库会增大相当于图像的大小。</translation>
    </message>
    <message>
        <source>Attaching the page image…</source>
        <translation>正在附加版面图像…</translation>
    </message>
    <message>
        <source>Cannot attach the image</source>
        <translation>无法附加图像</translation>
    </message>
    <message>
        <source>Where is the page image now?</source>
        <translation>版面图像现在在哪里？</translation>
    </message>
    <message>
        <source>Cannot relink the image</source>
        <translation>无法重新链接图像</translation>
    </message>
    <message>
        <source>No page image</source>
        <translation>没有版面图像</translation>
    </message>
    <message>
        <source>Attach the page image first: File &gt; Attach Page Image…</source>
        <translation>请先附加版面图像：文件 &gt; 附加版面图像…</translation>
    </message>
    <message>
        <source>No OCR engine</source>
        <translation>没有 OCR 引擎</translation>
    </message>
    <message>
        <source>desk&apos;s OCR engine (RapidOCR) is missing from this installation, and Tesseract is not installed. Reinstall desk, or install Tesseract and its Chinese models: on Debian or Ubuntu `sudo apt install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra`.</source>
        <translation>此安装缺少 desk 的 OCR 引擎（RapidOCR），也没有安装 Tesseract。请重新安装 desk，或安装 Tesseract 及其中文模型：在 Debian 或 Ubuntu 上运行 `sudo apt install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra`。</translation>
    </message>
    <message>
        <source>Read the page image with:</source>
        <translation>用以下引擎识别页面图像：</translation>
    </message>
    <message>
        <source>Recognising the page with {engine}…</source>
        <translation>正在用 {engine} 识别页面…</translation>
    </message>
    <message>
        <source>desk&apos;s engine (RapidOCR): Chinese, simplified or traditional, and Latin</source>
        <translation>desk 自带引擎（RapidOCR）：简体或繁体中文，以及拉丁字母</translation>
    </message>
    <message>
        <source>Tesseract: {languages}</source>
        <translation>Tesseract：{languages}</translation>
    </message>
    <message>
        <source>Added “{witness}”, read from the page image.</source>
        <translation>已添加“{witness}”，由页面图像识别而来。</translation>
    </message>
    <message>
        <source>Recognise text</source>
        <translation>识别文字</translation>
    </message>
    <message>
        <source>Recognition failed</source>
        <translation>识别失败</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
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
        <translation>重新链接…</translation>
    </message>
    <message>
        <source>No page image: attach one with File &gt; Attach Page Image…</source>
        <translation>没有版面图像：可用“文件 &gt; 附加版面图像…”附加</translation>
    </message>
    <message>
        <source>The file has moved; showing the copy kept in the library.</source>
        <translation>文件已被移动；显示的是文库中保留的副本。</translation>
    </message>
    <message>
        <source>The file has changed; showing the copy kept in the library.</source>
        <translation>文件已被修改；显示的是文库中保留的副本。</translation>
    </message>
    <message>
        <source>The file is not where it was: {path}</source>
        <translation>文件已不在原处：{path}</translation>
    </message>
    <message>
        <source>The file has changed since it was attached.</source>
        <translation>文件在附加之后被修改过。</translation>
    </message>
</context>
<context>
    <name>PaneNotes</name>
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
    <name>PanePainting</name>
    <message>
        <source>{witness}, line {line}</source>
        <translation>{witness}第 {line} 行</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the witnesses a moved passage&apos;s label names</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>moved: see {where}</source>
        <translation>移位：见{where}</translation>
    </message>
</context>
<context>
    <name>PlaceTableModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
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
        <source>edited</source>
        <translation>手改</translation>
    </message>
    <message>
        <source>Read with low confidence by the OCR: check the page image.</source>
        <translation>OCR 识别此处的置信度低：请对照版面图像核对。</translation>
    </message>
    <message>
        <source>Read with {percent}% confidence</source>
        <translation>识别置信度 {percent}%</translation>
    </message>
    <message>
        <source>The document choices read: {reading}</source>
        <translation>按文档设定为：{reading}</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未裁定</translation>
    </message>
    <message>
        <source>took {witness}: “{reading}”</source>
        <translation>采用 {witness}：“{reading}”</translation>
    </message>
    <message>
        <source>typed “{reading}”</source>
        <translation>输入“{reading}”</translation>
    </message>
    <message>
        <source>kept “{reading}”</source>
        <translation>保持“{reading}”</translation>
    </message>
    <message>
        <source>clean “{reading}”</source>
        <translation>清理后“{reading}”</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>(abandoned)</source>
        <translation>（已放弃）</translation>
    </message>
    <message>
        <source>No decision yet: the document choices give this reading.</source>
        <translation>尚未裁定：此处文字由文档设定给出。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>跟随系统（浅色或深色）</translation>
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
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Show layout and punctuation places</source>
        <translation>显示版式与标点异文</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <source>Font of the texts:</source>
        <translation>文本字体：</translation>
    </message>
    <message>
        <source>Record decisions as:</source>
        <translation>裁定记录的署名：</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <source>Type a reading</source>
        <translation>输入文字</translation>
    </message>
    <message>
        <source>{witness}: {reading}</source>
        <translation>{witness}：{reading}</translation>
    </message>
    <message>
        <source>Enter confirms; Shift+Enter breaks the line.</source>
        <translation>Enter 确认；Shift+Enter 换行。</translation>
    </message>
</context>
<context>
    <name>ReloadBar</name>
    <message>
        <source>Reload (F5)</source>
        <translation>重新载入（F5）</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>This document has no witness {n}.</source>
        <translation>本文档没有版本 {n}。</translation>
    </message>
    <message>
        <source>No text place is left undecided.</source>
        <translation>没有未裁定的文字异文了。</translation>
    </message>
    <message>
        <source>No undecided place has a proposal at least {percent}% sure.</source>
        <translation>没有未决之处的建议把握达到 {percent}%。</translation>
    </message>
    <message>
        <source>Accept sure proposals</source>
        <translation>采纳有把握的建议</translation>
    </message>
    <message numerus="yes">
        <source>Accept desk&apos;s proposal at the %n undecided place(s) where it is at least {percent}% sure?
One step: Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>在把握至少 {percent}% 的 %n 处未决之处采纳 desk 的建议？
一步完成：Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s).</source>
        <translation>
            <numerusform>已采纳 %n 条建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>the clean reading</source>
        <translation>清理后的文字</translation>
    </message>
    <message>
        <source>{witness}&apos;s reading</source>
        <translation>{witness} 的文字</translation>
    </message>
    <message>
        <source>Decide all undecided places</source>
        <translation>批量裁定未定异文</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n undecided {category} place(s) {reading}?
One step: Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n 处未定的{category}异文都采用{reading}？
这是一步操作：Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n {category} place(s) {reading}.</source>
        <translation>
            <numerusform>已有 %n 处{category}异文采用{reading}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide a place first, then Ctrl+R repeats it.</source>
        <translation>请先裁定一处，再按 Ctrl+R 照此处理其余相同之处。</translation>
    </message>
    <message>
        <source>No other open place here reads {readings}; Ctrl+Shift+R looks in the whole library.</source>
        <translation>本文档没有其他读作“{readings}”的未定异文；按 Ctrl+Shift+R 可在整个文库中查找。</translation>
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
            <numerusform>第 {place} 处异文为 {readings}；您的裁定是：{status}（“{reading}”）。

其余 %n 处异文同为 {readings} 的未定之处，也照此裁定？
这是一步操作：Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+R decides them in the whole library.</source>
        <translation>按 Ctrl+Shift+R 可在整个文库中照此裁定。</translation>
    </message>
    <message numerus="yes">
        <source>Decided %n more place(s) the same way.</source>
        <translation>
            <numerusform>又照此裁定了 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read with low confidence by the OCR: check the page image.</source>
        <translation>OCR 识别此处的置信度低：请对照版面图像核对。</translation>
    </message>
    <message>
        <source>Every text place is reviewed: nothing is left to decide, here or elsewhere.</source>
        <translation>所有文字异文都已审校：这里和其他文档都没有待裁定之处了。</translation>
    </message>
    <message>
        <source>Document reviewed</source>
        <translation>文档审校完毕</translation>
    </message>
    <message>
        <source>Every text place in “{title}” is reviewed.

Open the next document to review, “{following}”?</source>
        <translation>“{title}”的文字异文已全部审校。

打开下一个待审文档“{following}”？</translation>
    </message>
    <message>
        <source>Every text place is reviewed: nothing is left to decide here.</source>
        <translation>所有文字异文都已审校：本文档没有待裁定之处了。</translation>
    </message>
    <message>
        <source>Not in a moved passage: put the cursor in a tinted passage first.</source>
        <translation>当前不在移位段落中：请先把光标放在着色的段落里。</translation>
    </message>
    <message>
        <source>Select a passage in a text first, then add a note.</source>
        <translation>请先在文本中选中一段文字，再加批注。</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>{witness} — base: order and words</source>
        <translation>{witness} — 底本：语序与文字</translation>
    </message>
    <message>
        <source>Curated text (editable)</source>
        <translation>定稿（可编辑）</translation>
    </message>
    <message>
        <source>Curated text (read-only library)</source>
        <translation>定稿（只读文库）</translation>
    </message>
    <message>
        <source>took witness 10</source>
        <comment>the widest status, to size the Status column</comment>
        <translation>采用版本 10</translation>
    </message>
    <message numerus="yes">
        <source>%n more place(s) read the same: Ctrl+R decides them too.</source>
        <translation>
            <numerusform>另有 %n 处异文相同：按 Ctrl+R 一并裁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>no document open</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>desk — {title} — {library}</source>
        <translation>desk — {title} — {library}</translation>
    </message>
    <message>
        <source>Read-only library: you can read, compare and export, not decide.</source>
        <translation>只读文库：可以阅读、比对和导出，不能裁定。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>place {place}: {category}</source>
        <translation>第 {place} 处：{category}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开文库(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent Libraries</source>
        <translation>最近的文库</translation>
    </message>
    <message>
        <source>&amp;Export Current Document…</source>
        <translation>导出当前文档(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;All Documents…</source>
        <translation>导出全部文档(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Find in &amp;Library…</source>
        <translation>在文库中查找(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Take Reading of Witness {n}</source>
        <translation>采用版本 {n} 的文字</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审校(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Place to Review</source>
        <translation>下一处待审(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Place to Review</source>
        <translation>上一处待审(&amp;P)</translation>
    </message>
    <message>
        <source>Visit Places Read with &amp;Low Confidence First</source>
        <translation>优先审校识别置信度低的异文(&amp;L)</translation>
    </message>
    <message>
        <source>Visit the Least &amp;Sure Proposals First</source>
        <translation>先看把握最小的建议(&amp;S)</translation>
    </message>
    <message>
        <source>Take the &amp;Clean Reading</source>
        <translation>采用清理后的文字(&amp;C)</translation>
    </message>
    <message>
        <source>Take the Pr&amp;oposal</source>
        <translation>采用建议(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Type a Reading…</source>
        <translation>输入文字(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Keep the Reading as It Is</source>
        <translation>保持现有文字(&amp;K)</translation>
    </message>
    <message>
        <source>Decide the Same Way Where the &amp;Readings Are the Same…</source>
        <translation>异文相同处照此裁定(&amp;R)…</translation>
    </message>
    <message>
        <source>Decide the Same Way in the &amp;Whole Library…</source>
        <translation>在整个文库中照此裁定(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Accept Sure Proposals…</source>
        <translation>采纳有把握的建议(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Note on Selection…</source>
        <translation>为所选文字加批注(&amp;N)…</translation>
    </message>
    <message>
        <source>Take Reading &amp;as Read</source>
        <translation>按原样采用文字(&amp;A)</translation>
    </message>
    <message>
        <source>Witness {n}</source>
        <translation>版本 {n}</translation>
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
        <source>Decide All Undecided</source>
        <translation>批量裁定未定异文</translation>
    </message>
    <message>
        <source>Document &amp;Choices…</source>
        <translation>文档设定(&amp;C)…</translation>
    </message>
    <message>
        <source>Go to Moved &amp;Counterpart</source>
        <translation>转到移位段落的对应处(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Layout and Punctuation Places</source>
        <translation>显示版式与标点异文(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Synchronise Scrolling</source>
        <translation>同步滚动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About desk</source>
        <translation>关于 desk(&amp;A)</translation>
    </message>
    <message>
        <source>Text Places: the Clean Reading</source>
        <translation>文字异文：采用清理后的文字</translation>
    </message>
    <message>
        <source>Text Places: Reading of Witness {n}</source>
        <translation>文字异文：采用版本 {n} 的文字</translation>
    </message>
    <message>
        <source>the Clean Reading</source>
        <translation>清理后的文字</translation>
    </message>
    <message>
        <source>{witness}&apos;s Reading</source>
        <translation>{witness} 的文字</translation>
    </message>
    <message>
        <source>{category} Places ({count})</source>
        <translation>{category}异文（{count} 处）</translation>
    </message>
    <message>
        <source>{category} Places ({count}): {reading}</source>
        <translation>{category}异文（{count} 处）：{reading}</translation>
    </message>
    <message>
        <source>Take Reading of {witness}</source>
        <translation>采用 {witness} 的文字</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>撤销(&amp;U):{step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>重做(&amp;R):{step}</translation>
    </message>
</context>
<context>
    <name>WriteGuard</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Read-only library: nothing was changed.</source>
        <translation>文库只读：没有做任何改动。</translation>
    </message>
    <message>
        <source>Shown again</source>
        <translation>已重新显示</translation>
    </message>
    <message>
        <source>{error} desk saves nothing more until Retry succeeds.</source>
        <translation>{error}在“重试”成功之前，desk 不再保存任何内容。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>{error}

Until then desk saves nothing, and the texts stay as the library holds them. Press Retry in the bar above the texts when it is fixed.</source>
        <translation>{error}

在此之前 desk 不保存任何内容，文本保持文库中的样子。问题解决后，请按文本上方提示条中的“重试”。</translation>
    </message>
    <message>
        <source>Not saved: the library cannot be written. Fix it, then Retry.</source>
        <translation>未保存：文库无法写入。解决后请按“重试”。</translation>
    </message>
    <message>
        <source>Still not saved: {error}</source>
        <translation>仍未保存：{error}</translation>
    </message>
    <message>
        <source>The library can be written again.</source>
        <translation>文库又可以写入了。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>desk cannot open the library</source>
        <translation>desk 无法打开文库</translation>
    </message>
    <message>
        <source>desk met an error it did not expect: {error}. Everything decided before it is saved in the library. Details were printed to the terminal.</source>
        <translation>desk 遇到了意外错误：{error}。此前的所有裁定都已保存在文库中。详细信息已输出到终端。</translation>
    </message>
    <message>
        <source>Welcome to desk</source>
        <translation>欢迎使用 desk</translation>
    </message>
    <message>
        <source>Your name, as decisions and notes will record it (change it later in Edit &gt; Preferences):</source>
        <translation>您的姓名，将记录在裁定和批注上（以后可在“编辑 &gt; 偏好设置”中修改）：</translation>
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
        <translation>繁简</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>by choice</source>
        <translation>按设定</translation>
    </message>
    <message>
        <source>took {witness}</source>
        <translation>采用 {witness}</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>took clean</source>
        <translation>采用清理后</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <source>{reading} · {percent}%</source>
        <translation>{reading} · {percent}%</translation>
    </message>
    <message>
        <source>Proposed: {reading}, {percent}% sure</source>
        <translation>建议：{reading}，把握 {percent}%</translation>
    </message>
    <message>
        <source>{count} of {total} witnesses</source>
        <translation>{total} 个见证本中有 {count} 个</translation>
    </message>
    <message>
        <source>{proposed}/{other} look alike</source>
        <translation>{proposed}/{other} 形近</translation>
    </message>
    <message>
        <source>{witness} read the other with {percent}% confidence</source>
        <translation>{witness} 识别另一读法的把握仅 {percent}%</translation>
    </message>
    <message>
        <source>{proposed} is far more common than {other}</source>
        <translation>{proposed} 远比 {other} 常见</translation>
    </message>
    <message>
        <source>{open} to review, {decided} reviewed; {by_choice} layout and punctuation places</source>
        <translation>待审 {open} 处，已审 {decided} 处；版式与标点异文 {by_choice} 处</translation>
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
        <source>Take the cleaned reading “{reading}” at place {place}</source>
        <translation>第 {place} 处采用清理后的文字“{reading}”</translation>
    </message>
    <message>
        <source>Type “{reading}” at place {place}</source>
        <translation>第 {place} 处输入“{reading}”</translation>
    </message>
    <message>
        <source>Keep “{reading}” at place {place}</source>
        <translation>第 {place} 处保持“{reading}”</translation>
    </message>
    <message>
        <source>Take the cleaned reading</source>
        <translation>采用清理后的文字</translation>
    </message>
    <message>
        <source>Type a reading</source>
        <translation>输入文字</translation>
    </message>
    <message>
        <source>Keep the reading</source>
        <translation>保持现有文字</translation>
    </message>
    <message>
        <source>Take the cleaned reading of all {category} places ({count})</source>
        <translation>所有{category}异文采用清理后的文字（{count} 处）</translation>
    </message>
    <message>
        <source>Decide {count} more places reading the same, as place {place}</source>
        <translation>照第 {place} 处裁定另外 {count} 处相同异文</translation>
    </message>
    <message>
        <source>Decide {count} places reading {readings} the same way, in the whole library</source>
        <translation>在整个文库中照此裁定 {count} 处同为 {readings} 的异文</translation>
    </message>
    <message>
        <source>Take the proposal “{reading}” at place {place}</source>
        <translation>在第 {place} 处采用建议“{reading}”</translation>
    </message>
    <message>
        <source>Accept the proposals at least {percent}% sure ({count})</source>
        <translation>采纳把握至少 {percent}% 的建议（{count} 处）</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>编辑文本</translation>
    </message>
    <message>
        <source>Decisions made with an earlier desk</source>
        <translation>旧版 desk 所作的裁定</translation>
    </message>
    <message>
        <source>Add note on “{quote}”</source>
        <translation>为“{quote}”加批注</translation>
    </message>
    <message>
        <source>Edit note on “{quote}”</source>
        <translation>修改“{quote}”的批注</translation>
    </message>
    <message>
        <source>Delete note on “{quote}”</source>
        <translation>删除“{quote}”的批注</translation>
    </message>
    <message>
        <source>a witness no longer here</source>
        <translation>已不在此的版本</translation>
    </message>
    <message>
        <source>{witness} read the likeliest reading at {percent}% of {places} places</source>
        <translation>{witness} 在 {places} 处中有 {percent}% 读作最可能的读法</translation>
    </message>
    <message>
        <source>decided so once in other documents</source>
        <translation>其他文档曾如此裁定 1 次</translation>
    </message>
    <message>
        <source>decided so {times} times in other documents</source>
        <translation>其他文档曾如此裁定 {times} 次</translation>
    </message>
    <message>
        <source>Take {witness}&apos;s reading “{reading}” at place {place}</source>
        <translation>第 {place} 处采用 {witness} 的文字“{reading}”</translation>
    </message>
    <message>
        <source>Take {witness}&apos;s reading</source>
        <translation>采用 {witness} 的文字</translation>
    </message>
    <message>
        <source>Take {witness}&apos;s reading of all {category} places ({count})</source>
        <translation>所有{category}异文采用 {witness} 的文字（{count} 处）</translation>
    </message>
    <message>
        <source>Change the document choices: {choices}</source>
        <translation>更改文档设定：{choices}</translation>
    </message>
    <message>
        <source>Go back to step {number}</source>
        <translation>回到步骤 {number}</translation>
    </message>
    <message>
        <source>order and words of {witness}</source>
        <translation>语序与文字取自 {witness}</translation>
    </message>
    <message>
        <source>paragraphs from {witness}</source>
        <translation>分段取自 {witness}</translation>
    </message>
    <message>
        <source>no spaces inside Chinese</source>
        <translation>汉字之间不留空格</translation>
    </message>
    <message>
        <source>spaces kept as read</source>
        <translation>空格照原样保留</translation>
    </message>
    <message>
        <source>the proposed reading where witnesses differ</source>
        <translation>异文处采用建议读法</translation>
    </message>
    <message>
        <source>the base&apos;s words where witnesses differ</source>
        <translation>异文处采用底本文字</translation>
    </message>
    <message>
        <source>full-width punctuation</source>
        <translation>全角标点</translation>
    </message>
    <message>
        <source>punctuation as read</source>
        <translation>标点照原样保留</translation>
    </message>
    <message>
        <source>“{text}” ({what}, {author}) at {where}</source>
        <translation>“{text}”（{what}，{author}），位于 {where}</translation>
    </message>
</context>
</TS>
