"""Review window speed on book pairs of growing size, against the seed pair in the same
process.

Measures what the editor waits for, each through the real window on the offscreen
platform, with the events that follow processed (painting included):
- preparing a document: aligning it and finding its witnesses' cleaning proposals, saved
  in the library (the app does this on a background thread, after an import or before
  opening);
- opening a prepared document to a highlighted, scrollable view, its review read too
  ("open"), and the GUI thread's part alone, the review and the panes' texts made on
  another thread and handed over as the window's job does ("shown": what the editor
  waits for with the window frozen);
- going to the next place to review (F8);
- taking a witness's reading (Alt+2), committed to the library before it returns, with
  the word on how many more places read the same;
- typing a character in the curated text, and undoing the last step (Ctrl+Z).
Prints medians of several runs and the ratio to the same operation on the seed pair.
Run: .venv/bin/python bench/bench_gui.py [--sizes 1000000,5000000,20000000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from book import clean_book, column_copy, misread_copy  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desk.core.gc_tuning import tune_garbage_collector  # noqa: E402
from desk.core.library.documents import import_paths, list_documents  # noqa: E402
from desk.core.library.store import open_library  # noqa: E402
from desk.core.review.prepare import prepare_review  # noqa: E402
from desk.core.review.session import Review  # noqa: E402
from desk.gui.app import make_application  # noqa: E402
from desk.gui.document_controller import witness_labels  # noqa: E402
from desk.gui.main_window import MainWindow  # noqa: E402
from desk.gui.pane_documents import pane_documents  # noqa: E402
from desk.gui.settings import text_font  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
OPENS = 3
STEPS = 40


def timed(action) -> float:
    """Seconds for `action` and the events it causes (painting included)."""
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - started


def make_library(folder: Path, texts: list[str]) -> Path:
    """A library holding one document of the given witnesses."""
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"witness{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    library_path = folder / "bench.db"
    library = open_library(library_path)
    import_paths(library, paths)
    documents = list_documents(library)
    assert len(documents) == 1, "the witnesses must group into one document"
    library.close()
    return library_path


def in_a_thread(work):
    """What `work` returns, computed on another thread (as the window's jobs are)."""
    done = []
    thread = threading.Thread(target=lambda: done.append(work()))
    thread.start()
    thread.join()
    return done[0]


def measure(library_path: Path) -> dict[str, list[float]]:
    """Open times (first, then reopened) and per-step times for next and take."""
    library = open_library(library_path)
    window = MainWindow(library, text_font())
    window.show()
    QApplication.processEvents()
    document = window.library_pane.documents[0].id
    view = window.review_view
    figures: dict[str, list[float]] = {
        "prepare": [],
        "open": [],
        "shown": [],
        "next": [],
        "take": [],
        "type": [],
        "undo": [],
    }
    figures["prepare"].append(timed(lambda: prepare_review(library, document)))
    for _ in range(OPENS):
        view.close_review()
        figures["open"].append(timed(lambda: window.documents.open_document(document, wait=True)))
    labels = witness_labels(library, document)
    for _ in range(OPENS):  # the GUI thread's part: the review and its panes' texts
        made = Review(library, document)  # made elsewhere, as the window's job makes them
        documents = in_a_thread(lambda made=made: pane_documents(made.state, QFont(view.font)))
        view.close_review()
        figures["shown"].append(
            timed(lambda made=made, documents=documents: view.open_review(made, labels, documents))
        )
    for _ in range(STEPS):
        figures["next"].append(timed(view.next_open))
    undecided = [p for p in view.review.state.variant_places if view.review.state.status(p) is None]
    for place in undecided[:: max(1, len(undecided) // STEPS)][:STEPS]:
        view.go_to(place)
        figures["take"].append(timed(lambda: view.take(2)))
    decided = len(view.review.state.decisions)
    editor = view.panes["curated"].editor
    for step in range(STEPS):
        cursor = editor.textCursor()
        cursor.setPosition(editor.document().characterCount() * step // STEPS)
        editor.setTextCursor(cursor)
        figures["type"].append(timed(lambda: editor.insertPlainText("校")))
    for _ in range(STEPS // 4):
        figures["undo"].append(timed(view.undo))
    window.close()
    library.close()
    assert decided >= STEPS, "each take must decide a variant"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000000,5000000", help="bytes of each witness")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    tune_garbage_collector()  # as the desk command does at start-up
    make_application()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "seed").mkdir()
        os.environ["DESK_CONFIG_DIR"] = str(folder / "config")
        seed_texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("00[01]*.txt"))]
        baseline = measure(make_library(folder / "seed", seed_texts))
        for size in sizes:
            paragraphs = clean_book(size // 3)
            book_texts = [column_copy(paragraphs), misread_copy(paragraphs)[0]]
            megabytes = sum(len(t.encode("utf-8")) for t in book_texts) / 2 / 1e6
            (folder / f"book{size}").mkdir()
            book = measure(make_library(folder / f"book{size}", book_texts))
            print(f"review window: book pair of {megabytes:.2f} MB each vs the seed pair")
            for name, unit in [
                ("prepare", "s"),
                ("open", "s"),
                ("shown", "s"),
                ("next", "ms"),
                ("take", "ms"),
                ("type", "ms"),
                ("undo", "ms"),
            ]:
                scale = 1 if unit == "s" else 1000
                ours, theirs = statistics.median(book[name]), statistics.median(baseline[name])
                print(
                    f"  {name:<10} median {ours * scale:8.2f} {unit}  "
                    f"(seed pair {theirs * scale:.2f} {unit}, {ours / theirs:.1f}x; "
                    f"book max {max(book[name]) * scale:.2f} {unit}, {len(book[name])} runs)",
                    flush=True,
                )


if __name__ == "__main__":
    main()
