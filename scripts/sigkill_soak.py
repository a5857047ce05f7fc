"""SIGKILL soak: drive the real desk window with key presses, kill it at random moments,
and check that the library holds what the window last showed.

A driver process opens the window (offscreen) on a library holding the sample page and
presses keys an editor presses: Alt+1/Alt+2 to take a reading, F8 to go on, Ctrl+Z and
Ctrl+Y, typing (key presses, and input-method commits after a preedit, as a Chinese input
method delivers them, the last paragraph included) and deleting in the curated text.
Before each key it notes the key, after
it the curated text the window shows, each note flushed to disk. This process kills the
driver with SIGKILL after a random delay, then opens the library as desk would and checks:
the file passes SQLite's integrity check, and the curated text is the one the window last
showed, or, when the kill fell inside a key's handling, that text or the key's result.

Usage: .venv/bin/python scripts/sigkill_soak.py [KILLS] [--seed N]
Prints one line per 20 kills and a summary (kills, key presses, lost, corrupt); exits 1
if any check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ("000_fb3b383f19a53a8f.txt", "001_02da83a51415de47.txt")
KEYS = ("Alt+1", "Alt+2", "F8", "Ctrl+Z", "Ctrl+Y", "type", "ime", "ime", "Backspace")
TYPED = "校订正文"


def drive(library_path: Path, journal_path: Path, seed: int) -> None:
    """Open the window and press keys until killed, noting what the window shows."""
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desk.core.library.store import open_library
    from desk.gui.app import make_application
    from desk.gui.main_window import MainWindow
    from desk.gui.review_view import CURATED
    from desk.gui.settings import text_font

    app = make_application()
    window = MainWindow(open_library(library_path), text_font())
    window.show()
    window.documents.open_last_document(wait=True)
    editor = window.review_view.panes[CURATED].editor
    rng = random.Random(seed)
    journal = journal_path.open("a", encoding="utf-8")

    def note(**entry) -> None:
        journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
        journal.flush()
        os.fsync(journal.fileno())

    def press() -> None:
        key = rng.choice(KEYS)
        note(doing=key)
        if key in ("type", "ime"):
            cursor = editor.textCursor()
            last = editor.document().characterCount() - 1
            near_the_end = rng.random() < 0.3  # the last paragraph, where commits went wrong
            cursor.setPosition(
                rng.randrange(last - 20, last + 1)
                if near_the_end and last > 20
                else rng.randrange(last + 1)
            )
            editor.setTextCursor(cursor)
            editor.setFocus()
            typed = rng.choice(TYPED)
            if key == "type":  # a key press carrying the character
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, typed)
                    QApplication.sendEvent(editor, event)
            else:  # an input method: pinyin in preedit, then the commit
                for preedit in ("j", "ji", "jia"):
                    QApplication.sendEvent(editor, QInputMethodEvent(preedit, []))
                commit = QInputMethodEvent()
                commit.setCommitString(typed)
                QApplication.sendEvent(editor, commit)
        elif key == "Backspace":
            editor.moveCursor(QTextCursor.MoveOperation.End)
            editor.setFocus()
            QTest.keyClick(editor, Qt.Key.Key_Backspace)
        else:
            sequence = QKeySequence(key)[0]
            QTest.keyClick(window, sequence.key(), sequence.keyboardModifiers())
        app.processEvents()
        note(shown=editor.toPlainText())
        QTimer.singleShot(rng.randint(0, 40), press)

    note(shown=editor.toPlainText())
    QTimer.singleShot(0, press)
    app.exec()


def make_library(folder: Path) -> Path:
    from desk.core.library.documents import import_paths
    from desk.core.library.store import open_library

    path = folder / "library.db"
    library = open_library(path)
    import_paths(library, [ROOT / "seeds" / name for name in PAGE])
    library.close()
    return path


def library_text(path: Path) -> str:
    """The curated text as the window shows it on reopening."""
    from desk.core.library.documents import list_documents
    from desk.core.library.store import open_library
    from desk.gui.positions import shown_text

    library = open_library(path)
    try:
        from desk.core.review.session import Review

        page = next(d for d in list_documents(library) if len(d.witnesses) == 2)
        return shown_text(Review(library, page.id).state.text())
    finally:
        library.close()


def journal_text(journal: Path) -> str:
    """The journal as text; a kill may cut its last note short inside a character."""
    return journal.read_bytes().decode("utf-8", "replace")


def last_notes(journal: Path, seen: set[str]) -> tuple[str | None, str | None]:
    """The last text shown, and the key being handled when the kill came (if any); every
    text shown is added to `seen`."""
    shown, doing = None, None
    for line in journal_text(journal).splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # the kill cut the last note short
        if "shown" in entry:
            shown, doing = entry["shown"], None
            seen.add(shown)
        else:
            doing = entry["doing"]
    return shown, doing


def wait_until_shown(driver: subprocess.Popen, journal: Path, seconds: float = 60) -> bool:
    """Wait for the window to show its first text (True), or for the driver to die."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and driver.poll() is None:
        if journal.stat().st_size:
            return True
        time.sleep(0.05)
    return False


def one_character_apart(longer: str, shorter: str) -> bool:
    """Whether deleting one character from `longer` gives `shorter`."""
    if len(longer) != len(shorter) + 1:
        return False
    first = next((i for i, (a, b) in enumerate(zip(longer, shorter)) if a != b), len(shorter))
    return longer[first + 1 :] == shorter[first:]


def could_be_the_result(key: str, shown: str, text: str, seen: set[str]) -> bool:
    """Whether `text` can be what pressing `key` on `shown` saved: F8 changes nothing,
    typing adds one character, Backspace takes one away, an undo or a redo goes back to a
    text the window showed before (`seen`); a reading taken may change one place."""
    if key == "F8":
        return text == shown
    if key in ("type", "ime"):
        return one_character_apart(text, shown)
    if key == "Backspace":
        return one_character_apart(shown, text)
    if key in ("Ctrl+Z", "Ctrl+Y"):
        return text in seen
    return True


def soak(kills: int, seed: int) -> int:
    rng = random.Random(seed)
    corrupt, lost, in_flight, presses = 0, 0, 0, 0
    seen: set[str] = set()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        environment["DESK_CONFIG_DIR"] = str(folder / "config")
        library = make_library(folder)
        for kill in range(1, kills + 1):
            journal = folder / f"journal{kill}.jsonl"
            journal.touch()
            driver = subprocess.Popen(
                [sys.executable, __file__, "--drive", str(library), str(journal), str(kill)],
                env=environment,
                stderr=subprocess.PIPE,
                text=True,
            )
            if not wait_until_shown(driver, journal):
                driver.kill()
                print(f"kill {kill}: the window never showed the page\n{driver.stderr.read()}")
                return 1
            time.sleep(rng.uniform(0.0, 2.5))
            driver.send_signal(signal.SIGKILL)
            driver.wait()
            driver.stderr.close()
            shown, doing = last_notes(journal, seen)
            presses += journal_text(journal).count('"doing"')
            with sqlite3.connect(library) as connection:
                healthy = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            text = library_text(library)
            seen.add(text)
            if not healthy:
                corrupt += 1
                print(f"kill {kill}: the library file is damaged")
            elif text == shown:
                pass
            elif doing is not None and could_be_the_result(doing, shown, text, seen):
                in_flight += 1  # the key's result was saved before the window showed it
            else:
                lost += 1
                print(f"kill {kill}: the library does not hold what the window showed")
            if kill % 20 == 0:
                print(
                    f"{kill} kills, {presses} key presses, {lost} lost, {corrupt} corrupt",
                    flush=True,
                )
    print(
        f"{kills} kills after {presses} key presses: {lost + corrupt} failures ({lost} lost,"
        f" {corrupt} corrupt); {in_flight} kills fell after a save and before the window"
        " showed it"
    )
    return 1 if lost or corrupt or not presses else 0


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--drive":
        drive(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kills", nargs="?", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    sys.exit(soak(arguments.kills, arguments.seed))


if __name__ == "__main__":
    main()
