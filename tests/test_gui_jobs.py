"""Background jobs end cleanly: Cancel stops the work at its next checkpoint and saves
nothing after it, and closing the window during a job lets the process exit."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from made_witnesses import clean_paragraphs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from desk.core import cancel
from desk.core.library.documents import import_paths, list_documents
from desk.core.library.store import open_library
from desk.gui.main_window import MainWindow
from desk.gui.settings import text_font

ROOT = Path(__file__).resolve().parents[1]


def rewritten_pair(folder: Path, paragraphs: int = 120) -> tuple[Path, Path]:
    """Two editions of one text, half of the second's paragraphs rewritten: texts that
    share little, the slowest kind to collate."""
    first = clean_paragraphs(random.Random(1), paragraphs)
    other = clean_paragraphs(random.Random(2), paragraphs)
    chosen = random.Random(3)
    second = [other[n] if chosen.random() < 0.5 else p for n, p in enumerate(first)]
    paths = (folder / "first.txt", folder / "second.txt")
    for path, text in zip(paths, ("\n\n".join(first), "\n\n".join(second))):
        path.write_text(text, encoding="utf-8")
    return paths


def shown_window(library, qtbot) -> MainWindow:
    window = MainWindow(library, text_font())
    qtbot.addWidget(window)
    window.show()
    return window


def test_cancel_during_an_import_keeps_the_files_before_it_and_lists_them(library, qtbot, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(1500):
        (folder / f"{n:04}.txt").write_text(f"第{n}篇：" + "文字" * (n % 7 + 3), "utf-8")
    window = shown_window(library, qtbot)
    window.documents.import_paths([folder])
    dialog = window.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=20_000)
    button = next(b for b in dialog.findChildren(QPushButton) if b.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.jobs.busy(), timeout=20_000)
    imported = sum(len(d.witnesses) for d in list_documents(library))
    assert 0 < imported < 1500
    assert len(window.library_pane.documents) == len(list_documents(library))
    assert "Import cancelled" in window.statusBar().currentMessage()


def test_a_collation_cancelled_in_the_middle_saves_nothing(library, qtbot, tmp_path, monkeypatch):
    """Cancel pressed while the alignment works through its gaps: the job stops at the
    next gap and no alignment is saved."""
    import_paths(library, rewritten_pair(tmp_path))
    [document] = list_documents(library)
    window = shown_window(library, qtbot)
    real = cancel.checkpoint
    seen = []

    def cancel_at_the_first_gap() -> None:
        seen.append(1)
        if len(seen) == 1:
            next(iter(window.jobs.running)).cancel()  # as the Cancel button does
            return
        real()

    monkeypatch.setattr("desk.core.alignment.gaps.checkpoint", cancel_at_the_first_gap)
    window.documents.open_document(document.id)
    qtbot.waitUntil(lambda: not window.jobs.busy(), timeout=30_000)
    assert len(seen) == 2  # stopped at the checkpoint after the cancel
    assert window.review_view.review is None
    saved = library.db.execute("SELECT count(*) FROM alignments").fetchone()[0]
    assert saved == 0


CLOSE_DURING_IMPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from desk.core.library.documents import import_paths
    from desk.core.library.store import open_library
    from desk.gui.app import make_application
    from desk.gui.main_window import MainWindow
    from desk.gui.settings import text_font

    folder = Path(sys.argv[1])
    app = make_application()
    library = open_library(folder / "library.db")
    import_paths(library, [folder / "first.txt"])
    window = MainWindow(library, text_font())
    window.show()
    window.documents.import_paths([folder / "second.txt"])  # joins the first: a long collation

    def close_while_busy():
        print(f"closing {'while busy' if window.jobs.busy() else 'too late'} at {time.monotonic()}")
        window.close()

    QTimer.singleShot(100, close_while_busy)
    app.exec()
    """
)


def test_closing_the_window_during_an_import_lets_the_process_exit(tmp_path):
    import time

    rewritten_pair(tmp_path, paragraphs=4000)  # seconds to import and collate, in many steps
    script = tmp_path / "close_during_import.py"
    script.write_text(CLOSE_DURING_IMPORT, encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
    )
    ended = time.monotonic()
    assert done.returncode == 0, done.stderr[-2000:]
    assert "closing while busy" in done.stdout, done.stdout
    closed_at = float(done.stdout.split(" at ")[1].split()[0])
    print(
        f"exited {ended - closed_at:.2f} s after the window closed ({ended - started:.1f} s in all)"
    )
    library = open_library(tmp_path / "library.db")
    assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    witnesses = sum(len(d.witnesses) for d in list_documents(library))
    assert witnesses in (1, 2)  # the second file cancelled, or imported before the close
    saved = library.db.execute("SELECT count(*) FROM alignments").fetchone()[0]
    assert saved == 0  # the collation was cancelled, not finished behind a closed window
    library.close()
