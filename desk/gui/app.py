"""Start the desk window on an open library; `smoke` shows it once and reports."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desk import __version__
from desk.core.library import list_documents
from desk.core.paths import bundled_path
from desk.core.store import Library
from desk.gui.fonts import choose_text_font
from desk.gui.main_window import MainWindow


def make_application() -> QApplication:
    """The one QApplication, named and with desk's icon."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("desk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(bundled_path("resources") / "desk.png")))
    return app


def run_gui(library: Library, smoke: bool = False, started: float | None = None) -> int:
    """Show the main window; return the exit code. With smoke, quit once it is drawn.

    `started` is the perf_counter() reading the reported start-up time counts from.
    """
    started = time.perf_counter() if started is None else started
    app = make_application()
    font = choose_text_font()
    window = MainWindow(library, font)
    window.show()
    if not smoke:
        return app.exec()
    QTimer.singleShot(0, app.quit)
    app.exec()
    documents = list_documents(library)
    print(
        f"desk {__version__} smoke: {len(documents)} documents, "
        f"{sum(len(d.witnesses) for d in documents)} witnesses in {library.path}; "
        f"font {font.family()!r}; window shown in {time.perf_counter() - started:.2f} s"
    )
    window.close()
    return 0
