"""Screenshots of the review window on the sample library, for looking at what changed.

Run under a real X server with a Chinese font (scripts/screenshot.sh starts Xvfb):
the offscreen platform has no fonts to speak of. Saves into the folder given:
window.png (as it opens), variant.png (the 出/平 misreading selected, layout and
punctuation hidden), move.png (the moved photo caption, level in both panes), notes.png
(three notes, one selected) and compare.png (the text before any step beside the current text).

With --interface, instead: the window in each language and theme at the size of the
screen (run it on a 1600x1000 and a 1024x700 screen), named
interface-LANGUAGE-THEME-WIDTHxHEIGHT.png, on the 邰/邵 place with its readings.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desk.core.gc_tuning import tune_garbage_collector
from desk.core.library.documents import seed_library
from desk.core.library.store import open_library
from desk.core.paths import bundled_path
from desk.core.review.session import Review
from desk.gui import language, theme
from desk.gui.app import make_application
from desk.gui.history_panel import CompareDialog
from desk.gui.main_window import MainWindow
from desk.gui.pane_ids import CURATED
from desk.gui.settings import text_font


def place_reading(review: Review, *texts: str) -> int:
    """The place where the witnesses read `texts`, in the base's order."""
    return next(
        p
        for p in review.state.variant_places
        if tuple(review.state.readings(p)[w].text for w in review.state.witness_ids) == texts
    )


def settle(app: QApplication) -> None:
    for _ in range(20):  # painting of spans is coalesced on short timers
        app.processEvents()
        QApplication.instance().thread().msleep(20)


def main(out: Path) -> None:
    tune_garbage_collector()
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    library = open_library(Path(tempfile.mkdtemp()) / "library.db")
    seed_library(library, bundled_path("seeds"))
    window = MainWindow(library, text_font())
    window.resize(1600, 1000)
    window.show()
    window.documents.open_last_document(wait=True)
    settle(app)
    window.grab().save(str(out / "window.png"))
    view = window.review_view
    view.set_show_faint(False)
    view.go_to(place_reading(view.review, "出", "平"))
    settle(app)
    window.grab().save(str(out / "variant.png"))
    view.go_to(place_reading(view.review, "仓", ""))
    settle(app)
    window.grab().save(str(out / "move.png"))
    review = view.review
    other = review.state.witness_ids[1]
    view.go_to(place_reading(review, "出", "平"))
    view.take(2)
    text = review.state.text()
    start = text.index("优品") - 2  # 牧人优品 or 牧民优品, as the proposal reads
    view.notes.add(CURATED, start, start + 4, "品牌名还是普通名词？", ["query"])
    start = text.index("副局长")
    view.notes.add(CURATED, start + 3, start + 4, "邰 or 邵? check the scan", ["check-image"])
    where = view.notes.text_of(other).index("邵杰")
    view.notes.add(other, where, where + 2, "", ["uncertain"])
    view.notes.go_to(view.notes.annotations[0].id)
    window.notes_dock.raise_()
    settle(app)
    window.grab().save(str(out / "notes.png"))
    compare = CompareDialog(window, 0, review.text_at(0), review.state.text(), view.font)
    compare.show()
    compare.panes[0].show_position(0)
    settle(app)
    compare.grab().save(str(out / "compare.png"))
    compare.close()
    window.close()
    print(f"saved window, variant, move, notes and compare .png in {out}")


def interface_shots(out: Path) -> None:
    """The window in English and Chinese, light and dark, filling the screen."""
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    library = open_library(Path(tempfile.mkdtemp()) / "library.db")
    seed_library(library, bundled_path("seeds"))
    size = app.primaryScreen().availableGeometry().size()
    window = None  # each window after the first takes the one before's place (and lock)
    for code in ("en", "zh_CN"):
        language.install(code)
        for name in ("light", "dark"):
            theme.apply(name)
            if window is None:
                window = MainWindow(library, text_font())
                window.show()
                window.documents.open_last_document(wait=True)
            else:
                window = window.rebuild()
            window.resize(size)
            view = window.review_view
            view.go_to(place_reading(view.review, "邰", "邵"))
            settle(app)
            shot = out / f"interface-{code}-{name}-{size.width()}x{size.height()}.png"
            window.grab().save(str(shot))
    window.close()
    print(f"saved interface-*.png in {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="screenshots", type=Path)
    parser.add_argument(
        "--interface", action="store_true", help="the window in each language and theme"
    )
    chosen = parser.parse_args()
    interface_shots(chosen.folder) if chosen.interface else main(chosen.folder)
