"""Page-image pane on 10,000 x 14,000 scans, against decoding the whole image the naive way.

For a PNG and a JPEG of a page of Chinese text lines (grey and colour), in a pane 800 px
wide on the offscreen platform:
- pane: time from set_image to the preview painted, the longest GUI-thread stall while
  loading (a QTimer ticks every 5 ms; the largest gap between ticks), peak memory
  (ru_maxrss); then zoomed to 1:1, the time until the sharp region is drawn;
- naive: QImage(path) on the GUI thread, its time and peak memory (the stall is the time);
- idle: the peak memory of a process that only starts Qt (subtract it to compare).
Each measurement runs in its own process (ru_maxrss is a peak per process); medians of 3.
Prints figures, never asserts. Run: .venv/bin/python bench/bench_image_pane.py
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 3
WIDTH, HEIGHT = 10_000, 14_000
TEXT = "中华民国二十三年十月十日本报讯各界代表集会于市政府礼堂议决赈济灾民办法" * 4


def make_scans(folder: Path) -> dict[str, Path]:
    """The four scans: grey and colour, PNG and JPEG, text lines drawn in WenQuanYi."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - fonts need it
    made = {}
    for kind, image_format in (
        ("grey", QImage.Format.Format_Grayscale8),
        ("colour", QImage.Format.Format_RGB888),
    ):
        image = QImage(WIDTH, HEIGHT, image_format)
        image.fill(QColor("#f4ecd8") if kind == "colour" else QColor("white"))
        painter = QPainter(image)
        painter.setFont(QFont("WenQuanYi Micro Hei", 48))
        painter.setPen(QColor("#201810"))
        for line in range(120):
            rect = QRect(300, 300 + line * 110, WIDTH - 600, 100)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, TEXT)
        painter.end()
        for suffix in ("png", "jpg"):
            path = folder / f"scan-{kind}.{suffix}"
            image.save(str(path), quality=85 if suffix == "jpg" else -1)
            made[f"{suffix.upper()} {kind}"] = path
        del image
    return made


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(method: str, path: str) -> dict[str, float]:
    """One measurement, in this process (started fresh for it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QImage, QImageReader
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    if method == "make":
        return {name: str(path) for name, path in make_scans(Path(path)).items()}
    if method == "idle":
        return {"peak": peak_mb()}
    if method == "naive":
        QImageReader.setAllocationLimit(1024)  # Qt's 256 MB refuses a colour scan
        started = time.perf_counter()
        image = QImage(path)
        seconds = time.perf_counter() - started
        return {"time": seconds, "stall": seconds, "peak": peak_mb(), "ok": not image.isNull()}

    from desk.gui.image_pane import ImagePane

    pane = ImagePane()
    pane.resize(800, 1000)
    pane.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def wait_for(signal, limit: float = 60.0) -> float:
        done = []
        signal.connect(lambda *args: done.append(time.perf_counter()))
        deadline = time.perf_counter() + limit
        while not done and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        pane.viewport().repaint()  # the painted page, not just the decoded one
        return time.perf_counter()

    def stall(since: float, until: float) -> float:
        marks = [since] + [t for t in ticks if since <= t <= until] + [until]
        return max(b - a for a, b in zip(marks, marks[1:], strict=False))

    timer.start()
    started = time.perf_counter()
    pane.set_image(path)
    returned = time.perf_counter()
    shown = wait_for(pane.image_shown)
    load_stall = stall(started, shown)
    zoomed = time.perf_counter()
    pane.set_zoom(1.0)
    sharp = wait_for(pane.sharp_shown)
    figures = {
        "returned": returned - started,
        "time": shown - started,
        "stall": load_stall,
        "sharp": sharp - zoomed,
        "sharp_stall": stall(zoomed, sharp),
        "peak": peak_mb(),
        "ok": pane.has_preview() and pane.has_sharp_region(),
    }
    timer.stop()
    return figures


def run(method: str, path: str = "") -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--one", method, path],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        # Made in a process of their own: a child starts with its parent's peak memory.
        names = run("make", folder)
        scans = {name: Path(path) for name, path in names.items()}
        idle = median([run("idle") for _ in range(RUNS)], "peak")
        print(f"Qt started, nothing loaded: peak {idle:.0f} MB (included in every peak below)")
        print(f"{WIDTH} x {HEIGHT} px, pane 800 x 1000, medians of {RUNS} runs, own processes")
        for name, path in scans.items():
            size = path.stat().st_size / 1e6
            pane = [run("pane", str(path)) for _ in range(RUNS)]
            naive = [run("naive", str(path)) for _ in range(RUNS)]
            print(f"\n{name} ({size:.1f} MB on disk)")
            print(
                f"  pane : set_image returns in {median(pane, 'returned') * 1000:.1f} ms; "
                f"preview painted after {median(pane, 'time') * 1000:.0f} ms; "
                f"longest GUI stall {median(pane, 'stall') * 1000:.0f} ms; "
                f"peak {median(pane, 'peak'):.0f} MB"
            )
            print(
                f"         zoom to 1:1: sharp after {median(pane, 'sharp') * 1000:.0f} ms; "
                f"longest GUI stall {median(pane, 'sharp_stall') * 1000:.0f} ms"
                + ("" if all(r["ok"] for r in pane) else "  (NOT ALL SHOWN)")
            )
            print(
                f"  naive: QImage(path) {median(naive, 'time') * 1000:.0f} ms, all of it a GUI "
                f"stall; peak {median(naive, 'peak'):.0f} MB"
                + ("" if all(r["ok"] for r in naive) else "  (FAILED TO DECODE)")
            )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        print(json.dumps(measure(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "")))
    else:
        main()
