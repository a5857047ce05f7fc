"""The page image of the open document, kept at the current place: the place's own
characters framed on the scan, on its line drawn faintly, when a witness has coordinates
(OCR), else the page scrolled in step with the text; a click on a line goes to the
place there.

Renders what the core says (page_images, place_boxes, place_character_boxes); keeps
nothing of its own but which image is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.core.library.failures import LibraryError
from desk.core.ocr.lines import Scale, page_scale, scaled_box
from desk.core.ocr.page_images import PageImage, image_bytes, page_images
from desk.core.review.confidence import (
    coordinates,
    place_at_point,
    place_boxes,
    place_character_boxes,
)
from desk.core.review.session import Review
from desk.core.review.state import TO_REVIEW
from desk.gui.image_pane import ImagePane


class PagePanel(QWidget):
    """A chooser of the document's page images, their state, and the image pane."""

    place_chosen = Signal(int)  # a click on a line of the scan: the place there
    relink_requested = Signal(int)  # image id

    def __init__(
        self,
        categories_shown: Callable[[], tuple[str, ...]] = lambda: TO_REVIEW,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.categories_shown = categories_shown  # a click goes to places of these
        self.review: Review | None = None
        self.images: list[PageImage] = []
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._show_chosen)
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.relink = QPushButton(self.tr("Relink…"))
        self.relink.clicked.connect(lambda: self.relink_requested.emit(self.image().id))
        self.pane = ImagePane()
        self.pane.clicked_at.connect(self._clicked)
        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.chooser)
        row.addWidget(self.state, 1)
        row.addWidget(self.relink)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(row)
        column.addWidget(self.pane, 1)
        self.show_review(None)

    def show_review(self, review: Review | None) -> None:
        """Show the page images of a review's document (none: a word on how to add one)."""
        self.review = review
        self.images = page_images(review.library, review.document.id) if review else []
        with_lines = set(coordinates(review)) if review else set()
        # the image an OCR witness's lines are drawn on first: it can show the place
        self.images.sort(key=lambda image: str(image.witness_id) not in with_lines)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for image in self.images:
            self.chooser.addItem(image.path.rsplit("/", 1)[-1], image.id)  # plain text
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(self.images) > 1)
        self._show_chosen()

    def image(self) -> PageImage | None:
        """The image shown, if any."""
        index = self.chooser.currentIndex()
        return self.images[index] if 0 <= index < len(self.images) else None

    def _show_chosen(self) -> None:
        image = self.image()
        self.relink.setVisible(image is not None and image.state != "ok")
        if image is None:
            self.state.setText(
                self.tr("No page image: attach one with File > Attach Page Image…")
                if self.review is not None
                else ""
            )
            self.pane.set_image(None)
            return
        self.state.setText(self._state_words(image))
        copy = None if image.state == "ok" else self._kept_copy(image)
        self.pane.set_image(image.path if copy is None else None, copy)

    def _state_words(self, image: PageImage) -> str:
        if image.state == "moved" and image.kept_copy:
            return self.tr("The file has moved; showing the copy kept in the library.")
        if image.state == "changed" and image.kept_copy:
            return self.tr("The file has changed; showing the copy kept in the library.")
        if image.state == "moved":
            return self.tr("The file is not where it was: {path}").format(path=image.path)
        if image.state == "changed":
            return self.tr("The file has changed since it was attached.")
        return ""

    def _kept_copy(self, image: PageImage) -> bytes | None:
        """The image as attached, where the library kept a copy (the core says which)."""
        if not image.kept_copy:
            return None
        try:
            return image_bytes(self.review.library, image.id)
        except LibraryError:
            return None

    def _witness(self) -> str | None:
        """The witness whose lines are boxes on the image shown, if it has coordinates."""
        image = self.image()
        if image is None or self.review is None or image.witness_id is None:
            return None
        witness = str(image.witness_id)
        return witness if witness in coordinates(self.review) else None

    def show_place(self, place: int | None) -> None:
        """Keep the image at a place: its line boxes, or the same height as the text."""
        if self.review is None or place is None or self.image() is None:
            return
        witness = self._witness()
        lines = place_boxes(self.review, place).get(witness, ()) if witness else ()
        characters = place_character_boxes(self.review, place).get(witness, ()) if witness else ()
        if lines:
            # the place's own characters framed, on their line drawn faintly round them
            scale = self._scale(witness)
            self.pane.show_boxes([scaled_box(box, scale) for box in lines], False)
            shown = characters or lines
            self.pane.show_boxes([scaled_box(box, scale) for box in shown], True)
            return
        self.pane.show_boxes([], False)
        self.pane.show_boxes([], True)
        reading = self.review.state.readings(place)[self.review.state.base_id]
        length = len(self._text(self.review.state.base_id)) or 1
        self.pane.scroll_to_fraction(reading.start / length)

    def _scale(self, witness: str) -> Scale:
        image = self.image()
        size = (image.width, image.height) if image.width and image.height else None
        return page_scale(self.review.library, int(witness), size)

    def _text(self, witness: str) -> str:
        return next(w.text for w in self.review.state.alignment.witnesses if w.id == witness)

    def _clicked(self, x: int, y: int) -> None:
        """A click on a line of the scan: the place there, or the nearest on that line."""
        witness = self._witness()
        if witness is None:
            return
        sx, sy = self._scale(witness)  # image pixels back to the OCR file's coordinates
        place = place_at_point(self.review, witness, x / sx, y / sy, self.categories_shown())
        if place is not None:
            self.place_chosen.emit(place)
