"""The panes' text documents made off the GUI thread, so that opening a book does not
stop the window while its panes fill (setPlainText of a 7M-character text takes most of
a second there; handing a finished document over takes a seventh of that).

Qt lays out text outside the GUI thread (QFontDatabase.supportsThreadedFontRendering
has been true since Qt 5.0). Each document is made where this runs, then moved to the
GUI thread, which the pane that shows it lives in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from desk.core.review.state import ReviewState
from desk.gui.pane_ids import CURATED

PaneDocuments = dict[str, tuple[QTextDocument, str]]  # pane id -> document, its text


def plain_text_document(text: str, font: QFont) -> QTextDocument:
    """A document holding `text` as a plain-text pane in `font` shows it, owned by the
    GUI thread."""
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setDefaultFont(font)
    document.setUndoRedoEnabled(False)  # undo belongs to the review's history
    document.setPlainText(text)
    application = QCoreApplication.instance()
    if application is not None and document.thread() is not application.thread():
        document.moveToThread(application.thread())
    return document


def pane_documents(state: ReviewState, font: QFont) -> PaneDocuments:
    """A document for each witness's pane and the curated text's, by pane id."""
    texts = {w.id: w.text for w in state.alignment.witnesses}
    texts[CURATED] = state.text()
    return {pane: (plain_text_document(text, font), text) for pane, text in texts.items()}
