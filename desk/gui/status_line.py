"""The window's title and the status bar's three labels: what is open, how its review
stands, and the place the editor is at (or the library's path when nothing is open)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from desk.core.library.store import Library
from desk.core.review.session import Review
from desk.gui.words import category_name, counts_text, proposal_summary


class StatusLine(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.labels = [QLabel(), QLabel(), QLabel()]
        for stretch, label in zip((0, 0, 1), self.labels):
            label.setTextFormat(Qt.TextFormat.PlainText)
            # Not permanent: a word from desk (an import's report, what the choices are)
            # takes the whole bar while it shows, instead of being cut at the labels.
            window.statusBar().addWidget(label, stretch)

    def show(self, library: Library, review: Review | None, place: int | None, documents: int):
        title = review.document.title if review else self.tr("no document open")
        self.window.setWindowTitle(
            self.tr("desk — {title} — {library}").format(title=title, library=library.path.name)
        )
        if library.read_only:
            self.window.statusBar().showMessage(
                self.tr("Read-only library: you can read, compare and export, not decide."), 0
            )
        if review is None:
            self.labels[0].setText(self.tr("%n document(s)", "", documents))
            self.labels[1].setText("")
            self.labels[2].setText(str(library.path))
            return
        self.labels[0].setText(review.document.title)
        self.labels[1].setText(counts_text(review.state.counts()))
        where = (
            self.tr("place {place}: {category}").format(
                place=place, category=category_name(review.state.category(place))
            )
            if place is not None
            else ""
        )
        proposed = proposal_summary(review.state, place) if place is not None else ""
        if proposed:
            where = f"{where} — {proposed}"
        self.labels[2].setText(where)  # numbered as the table and desk review do
