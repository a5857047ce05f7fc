"""Screenshots of the review window on the sample library, for looking at what changed.

Run under a real X server with a Chinese font (scripts/screenshot.sh starts Xvfb):
the offscreen platform has no fonts to speak of. Saves into the folder given:
window.png (as it opens), variant.png (the 出/平 misreading selected, layout and
punctuation hidden) and move.png (the moved photo caption, level in both panes).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desk.core.gc_tuning import tune_garbage_collector
from desk.core.library import seed_library
from desk.core.paths import bundled_path
from desk.core.store import open_library
from desk.gui.app import make_application
from desk.gui.main_window import MainWindow
from desk.gui.settings import text_font


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
    window.open_last_document(wait=True)
    settle(app)
    window.grab().save(str(out / "window.png"))
    view = window.review_view
    view.set_show_faint(False)
    view.go_to(view.review.find_variant("出", "平"))
    settle(app)
    window.grab().save(str(out / "variant.png"))
    view.go_to(view.review.find_variant("仓", ""))
    settle(app)
    window.grab().save(str(out / "move.png"))
    window.close()
    print(f"saved window.png, variant.png and move.png in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
