"""Start the desk window on an open library; `smoke` shows it once and reports."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from desk import __version__
from desk.core.library.failures import LibraryError, read_failure
from desk.core.library.store import Library
from desk.core.paths import bundled_path
from desk.gui import language, settings, theme
from desk.gui.guide_dialog import show_guide
from desk.gui.jobs import JobRunner
from desk.gui.library_lock import LibraryLocked, lock_library
from desk.gui.main_window import MainWindow
from desk.gui.messages import warn

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtWidgets import QWidget


class NoDisplay(Exception):
    """No screen to show a window on (no X11 or Wayland display)."""


def choose_platform(smoke: bool) -> None:
    """On a Unix desktop without a display, a smoke run uses Qt's offscreen platform;
    anything else says there is no display, instead of Qt aborting. A platform named in
    QT_QPA_PLATFORM is left as it is."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("darwin", "win32"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    if smoke:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    raise NoDisplay(
        "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)."
        " Start desk from a desktop session, or use its subcommands (desk --help)."
    )


def make_application() -> QApplication:
    """The one QApplication, named and with desk's icon."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("desk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(bundled_path("resources") / "desk.png")))
    language.install(settings.language())
    theme.apply(settings.theme())
    app.styleHints().colorSchemeChanged.connect(lambda _: theme.apply(settings.theme()))
    return app


def cancel_text() -> str:
    """What Qt's own Cancel buttons say: its translation is loaded (smoke reports it)."""
    button = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return button.button(QDialogButtonBox.StandardButton.Cancel).text()


def report_cannot_open(message: str) -> None:
    """Say in a window why desk cannot start on the library (a desk started from a
    desktop icon has no terminal to print to)."""
    make_application()
    warn(
        None,
        QCoreApplication.translate("app", "desk cannot open the library"),
        message,
        critical=True,
    )


def report_errors() -> None:
    """Turn an error no handler expected into a message in the window, instead of a
    traceback on a terminal the editor may not have: a library that turns out damaged gets
    the advice to restore its backup. Every decision taken before it is saved already."""
    import traceback

    def report(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        traceback.print_exception(kind, error, trace)
        window = MainWindow.current  # the one shown now (a new language rebuilds it)
        if QApplication.instance() is None or window is None or window.closed:
            return  # desk is closing: the terminal has it, no window to show it in
        if isinstance(error, sqlite3.DatabaseError) and window is not None:
            text = read_failure(window.library.path, error)
        else:
            text = QCoreApplication.translate(
                "app",
                "desk met an error it did not expect: {error}. Everything decided before"
                " it is saved in the library. Details were printed to the terminal.",
            ).format(error=repr(error))
        warn(window, "desk", text, critical=True)

    sys.excepthook = report


def ask_author(parent: QWidget) -> None:
    """On the first run: who should decisions and notes be recorded as?"""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("app", "Welcome to desk"),
        QCoreApplication.translate(
            "app",
            "Your name, as decisions and notes will record it"
            " (change it later in Edit > Preferences):",
        ),
        text=settings.author(),
    )
    settings.save_author(name if ok and name.strip() else settings.author())


def greet_on_first_run(window: MainWindow) -> None:
    """On the first run only: ask whom decisions are recorded as, and show the guide."""
    if not settings.author_chosen():
        ask_author(window)
    if not settings.guide_shown():
        settings.save_guide_shown()  # once, even if desk is closed with the guide open
        QTimer.singleShot(0, lambda: show_guide(window))


def run_gui(
    path: Path,
    open_library: Callable[[], Library],
    smoke: bool = False,
    started: float | None = None,
) -> int:
    """Take the library's lock, open it (migrating or seeding it if need be), show the
    main window; return the exit code. With smoke, quit once it is drawn.

    `open_library` opens the library at `path` or raises LibraryError; `started` is the
    perf_counter() reading the reported start-up time counts from.
    """
    started = time.perf_counter() if started is None else started
    try:
        choose_platform(smoke)
    except NoDisplay as error:
        print(f"desk: {error}", file=sys.stderr)
        return 1
    app = make_application()
    try:
        lock = lock_library(path)
    except LibraryLocked as error:
        print(f"desk: {error}", file=sys.stderr)
        if not smoke:
            warn(None, "desk", str(error), critical=True)
        return 1
    try:
        library = open_library()
    except LibraryError as error:
        lock.unlock()
        print(f"desk: {error}", file=sys.stderr)
        if not smoke:
            report_cannot_open(str(error))
        return 1
    font = settings.text_font()
    try:
        window = MainWindow(library, font, lock)
    except sqlite3.DatabaseError as error:  # damage found while listing the library
        lock.unlock()
        library.close()
        message = read_failure(path, error)
        print(f"desk: {message}", file=sys.stderr)
        if not smoke:
            report_cannot_open(message)
        return 1
    report_errors()
    window.show()
    if not smoke:
        greet_on_first_run(window)
    window.documents.open_last_document(wait=smoke)
    if not smoke:
        code = app.exec()
        if JobRunner.left_running():
            # A cancelled job still inside one long step: leave without waiting for it.
            # Whatever it had not committed is rolled back from its journal next time.
            settings.settings().sync()
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        library.close()
        return code
    view = window.review_view
    opened = view.review.document.title if view.review else "none"
    counts = view.review.state.counts().describe() if view.review else "nothing to review"
    QTimer.singleShot(0, app.quit)  # quitting closes the window, and with it the review
    app.exec()
    print(
        f"desk {__version__} smoke: {len(window.library_pane.documents)} documents, "
        f"{sum(len(d.witnesses) for d in window.library_pane.documents)} witnesses in "
        f"{library.path}; opened {opened!r}: {counts}; font {font.family()!r}; "
        f"interface {window.menuBar().actions()[0].text()!r} {cancel_text()!r}; "
        f"platform {app.platformName()!r}; "
        f"window shown in {time.perf_counter() - started:.2f} s"
    )
    window.close()
    library.close()
    return 0
