"""The page image in the window: its dock beside the texts, and the commands that attach,
relink and recognise page images (File and Review menus, drops of image files)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMenu

from desk.core.library.failures import LibraryError
from desk.core.library.store import open_library
from desk.core.ocr.page_images import ImageRefused, attach_image, relink_image
from desk.core.ocr.recognise import (
    Engine,
    available_engines,
    engine_name,
    installed_languages,
    recognise_into,
)
from desk.gui import file_dialogs, settings
from desk.gui.messages import confirm, warn
from desk.gui.page_panel import PagePanel
from desk.gui.window_parts import WindowParts

if TYPE_CHECKING:
    from desk.core.library.documents import Witness
    from desk.core.review.session import Review
    from desk.gui.jobs import Progress

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})


class PageImageActions(QObject):
    """Owns the page-image dock of a main window and its commands."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.window())
        self.window = window
        self.panel = PagePanel(window.review_view.categories_shown)
        self.dock = QDockWidget(self.tr("Page Image"), window.window())
        self.dock.setObjectName("Page image")
        self.dock.setWidget(self.panel)
        window.window().addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # shown when a document has a page image
        view = window.review_view
        view.review_changed.connect(lambda: self.show_review(view.review))
        view.current_changed.connect(lambda: self.panel.show_place(view.current))
        self.panel.place_chosen.connect(view.go_to)
        self.panel.relink_requested.connect(self.relink)

    def add_to_menus(
        self, file_menu: QMenu, before: QAction, review_menu: QMenu, view_menu: QMenu
    ) -> None:
        """File > Attach Page Image (above `before`), Review > Recognise Text, View > Page
        Image."""
        attach = QAction(self.tr("Attach &Page Image…"), self.window.window())
        attach.triggered.connect(self.choose_image)
        file_menu.insertAction(before, attach)
        recognise = QAction(self.tr("Recognise Text in the Page &Image…"), self.window.window())
        recognise.triggered.connect(self.recognise)
        review_menu.addAction(recognise)
        toggle = self.dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+G"))
        view_menu.addAction(toggle)

    def show_review(self, review: Review | None) -> None:
        """A document opened (or None): its images, the dock shown if it has any."""
        self.panel.show_review(review)
        shown, hidden = bool(self.panel.images), not self.dock.isVisible()
        self.dock.setVisible(shown)
        if shown and hidden and self.dock.width() < self.window.window().width() * 0.2:
            self.window.window().resizeDocks(  # room to read a line of the scan at fit width
                [self.dock], [int(self.window.window().width() * 0.28)], Qt.Orientation.Horizontal
            )

    def _document(self) -> int | None:
        review = self.window.review_view.review
        return None if review is None else review.document.id

    def choose_image(self) -> None:
        """Attach an image file to the open document."""
        document = self._document()
        if document is None:
            return
        path = file_dialogs.open_file(
            self.window.window(),
            self.tr("Attach a page image"),
            settings.last_folder("images"),
            self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        if path:
            settings.save_last_folder("images", path.parent)
            self.attach([path])

    def attach(self, paths: list[Path]) -> None:
        """Attach image files to the open document, asking whether to keep copies."""
        document = self._document()
        if document is None or not paths:
            return
        keep = confirm(
            self.window.window(),
            self.tr("Keep a copy?"),
            self.tr(
                "Keep a copy of the image in the library, so that it still shows if the file"
                " is moved? The library grows by the image's size."
            ),
        )
        library_path = self.window.library.path

        def work(progress: Progress) -> list[str]:  # hashing a large scan takes a moment
            own = open_library(library_path)
            refused = []
            try:
                for done, path in enumerate(paths, start=1):
                    try:
                        attach_image(own, document, path, keep_copy=keep)
                    except ImageRefused as error:
                        refused.append(str(error))
                    progress(done, len(paths))
            finally:
                own.close()
            return refused

        self.window.jobs.run(
            self.tr("Attaching the page image…"),
            work,
            self._attached,
            lambda error: self.window.report_failure(error, self.tr("Cannot attach the image")),
        )

    def _attached(self, refused: list[str]) -> None:
        if refused:
            warn(self.window.window(), self.tr("Cannot attach the image"), "\n".join(refused))
        self.show_review(self.window.review_view.review)
        self.dock.setVisible(bool(self.panel.images))

    def relink(self, image_id: int) -> None:
        """Point a moved image at where its file is now (the same bytes only)."""
        path = file_dialogs.open_file(
            self.window.window(),
            self.tr("Where is the page image now?"),
            settings.last_folder("images"),
            self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        if not path:
            return
        settings.save_last_folder("images", path.parent)
        if not self.window.guard.allows_writing():
            return
        try:
            relink_image(self.window.library, image_id, path)
        except LibraryError as error:
            self.window.report_failure(error, self.tr("Cannot relink the image"))
            return
        self.show_review(self.window.review_view.review)

    def recognise(self) -> None:
        """Recognise the shown page image into a further witness, with desk's own engine
        or Tesseract (when installed), in the background."""
        document, image = self._document(), self.panel.image()
        if document is None or image is None:
            warn(
                self.window.window(),
                self.tr("No page image"),
                self.tr("Attach the page image first: File > Attach Page Image…"),
            )
            return
        offered = self._engine_choices()
        if not offered:
            warn(
                self.window.window(),
                self.tr("No OCR engine"),
                self.tr(
                    "desk's OCR engine (RapidOCR) is missing from this installation, and"
                    " Tesseract is not installed. Reinstall desk, or install Tesseract and"
                    " its Chinese models: on Debian or Ubuntu `sudo apt install tesseract-ocr"
                    " tesseract-ocr-chi-sim tesseract-ocr-chi-tra`."
                ),
            )
            return
        shown, ok = QInputDialog.getItem(
            self.window.window(),
            self.tr("Recognise text"),
            self.tr("Read the page image with:"),
            list(offered),
            0,
            False,
        )
        if not ok:
            return
        engine, languages = offered[shown]
        path = self.window.library.path

        def work(progress: Progress):
            own = open_library(path)
            try:
                return recognise_into(own, image.id, languages, progress, engine)
            finally:
                own.close()

        self.window.jobs.run(
            self.tr("Recognising the page with {engine}…").format(
                engine=engine_name(engine, languages)
            ),
            work,
            self._recognised,
            lambda error: self.window.report_failure(error, self.tr("Recognition failed")),
        )

    def _engine_choices(self) -> dict[str, tuple[Engine, tuple[str, ...]]]:
        """What the editor can read the page with, in words: desk's engine first."""
        offered: dict[str, tuple[Engine, tuple[str, ...]]] = {}
        if Engine.RAPIDOCR in available_engines():
            words = self.tr(
                "desk's engine (RapidOCR): Chinese, simplified or traditional, and Latin"
            )
            offered[words] = (Engine.RAPIDOCR, ())
        for codes in _language_choices(installed_languages()):
            words = self.tr("Tesseract: {languages}").format(languages=self._language_words(codes))
            offered[words] = (Engine.TESSERACT, tuple(codes.split("+")))
        return offered

    def _recognised(self, witness: Witness) -> None:
        self.window.documents.witnesses_changed()
        self.window.say(
            self.tr("Added “{witness}”, read from the page image.").format(witness=witness.label),
            10_000,
        )

    def _language_words(self, codes: str) -> str:
        """ "Simplified Chinese + English (chi_sim+eng)" for Tesseract's "chi_sim+eng"."""
        names = {
            "chi_sim": self.tr("Simplified Chinese"),
            "chi_tra": self.tr("Traditional Chinese"),
            "eng": self.tr("English"),
        }
        parts = codes.split("+")
        if not all(part in names for part in parts):
            return codes
        words = self.tr(" + ").join(names[part] for part in parts)
        return self.tr("{names} ({codes})").format(names=words, codes=codes)


def _language_choices(installed: list[str]) -> list[str]:
    """The combinations an editor of Chinese pages wants first, then each model."""
    usual = ["chi_sim", "chi_sim+eng", "chi_tra", "chi_tra+eng", "eng"]
    return [c for c in usual if all(code in installed for code in c.split("+"))] + [
        code for code in installed if code not in usual
    ]
