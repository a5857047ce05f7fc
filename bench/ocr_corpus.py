"""Real OCR witnesses with a known truth: Chinese pages drawn, damaged and read by OCR engines.

The Chinese paragraphs of seeds 000 and 002-004 are cut into pages of whole paragraphs
(400-700 characters) and set as a newspaper column, 20-30 characters a line. Each page is
drawn with Qt in one of the installed Chinese fonts at 18-32 pixels, turned by up to 1.5
degrees, some at low resolution, then blurred and given noise, each page's choices made
from the seed. Every OCR engine reads every page; its text is a witness, its hOCR kept
beside it for the word confidences. The engines are Tesseract in three configurations
whose errors differ: tess_sim6 (chi_sim, the page as one block), tess_sauvola (the same
with Sauvola binarisation: about half its misreadings are not tess_sim6's) and tess_simtra
(chi_sim+chi_tra: runs of traditional forms besides misreadings of its own); RapidOCR too
when it can be imported. The truth of a page is its paragraphs without the column's line
breaks, a blank line between paragraphs.

Seeds 000 and 002 make the "dev" split, 003 and 004 the "held" split: held pages are kept
aside, never tuned on. Everything is cached under the directory given, one folder a page
(truth.txt, page.png, <engine>.txt, <engine>.hocr) and pages.json, and a second run reuses
it. load_corpus reads it back as OcrPage values; cer measures a witness against the truth.
Printed: per split and engine, the pages, the characters, and the median and mean
character error rate.
Run: .venv/bin/python bench/ocr_corpus.py [--dir /tmp/desk-ocr-corpus] [--pages-per-sample 10]
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from diff_match_patch import diff_match_patch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QPainter,
)
from test_moves_in_real_texts import chinese_paragraphs  # noqa: E402

from desk.core.ocr import read_ocr  # noqa: E402
from desk.core.ocr.rapid_engine import engine_installed, page_hocr  # noqa: E402

SPLITS = {"000": "dev", "002": "dev", "003": "held", "004": "held"}
FONTS = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Serif CJK SC"]
PAGE_LENGTH = (400, 700)
COLUMN = (20, 30)
SIZE = (18, 32)
SKEW = 1.5
LOW_RESOLUTION = 0.4  # the share of pages shrunk, to a character SHRUNK_SIZE pixels high
SHRUNK_SIZE = (15, 19)
BLUR = (0.03, 0.055)  # the blur's sigma over the character's size in pixels
NOISE = (8, 28)
MARGIN = 48
TESSERACT = "/usr/bin/tesseract"
ENGINES = {
    "tess_sim6": ["-l", "chi_sim", "--psm", "6"],
    "tess_sauvola": ["-l", "chi_sim", "--psm", "6", "-c", "thresholding_method=2"],
    "tess_simtra": ["-l", "chi_sim+chi_tra", "--psm", "6"],
}
RAPIDOCR = "rapidocr"
DEFAULT_DIR = Path("/tmp/desk-ocr-corpus")
WORKERS = 2


@dataclass(frozen=True)
class PageSpec:
    """How one page is made: its text, and the font and damage it is drawn with."""

    id: str
    sample: str
    split: str
    font: str
    size: int
    column: int
    skew: float
    scale: float
    blur: float
    noise: float
    paragraphs: tuple[str, ...] = field(repr=False)

    @property
    def truth(self) -> str:
        return "\n\n".join(self.paragraphs)

    def listing(self) -> dict:
        entry = asdict(self)
        del entry["paragraphs"]
        return entry


@dataclass(frozen=True)
class OcrPage:
    """One page of the corpus: its truth, and each engine's reading of its image (without
    the form feed Tesseract ends a page with) and hOCR file, by engine name."""

    id: str
    sample: str
    split: str
    truth: str
    witnesses: dict[str, str]
    hocr: dict[str, Path]


def page_texts(
    paragraphs: list[str], low: int = PAGE_LENGTH[0], high: int = PAGE_LENGTH[1]
) -> Iterator[list[str]]:
    """Whole paragraphs gathered into pages of `low` to `high` characters where they allow."""
    page: list[str] = []
    for paragraph in paragraphs:
        length = sum(map(len, page))
        if page and length >= low and length + len(paragraph) > high:
            yield page
            page = []
        page.append(paragraph)
        if sum(map(len, page)) >= high:
            yield page
            page = []
    if sum(map(len, page)) >= low:
        yield page


def page_specs(sample: str, pages: int, seed: int) -> list[PageSpec]:
    """The first `pages` pages of a sample, each with its font and damage drawn from the seed."""
    texts = list(page_texts(chinese_paragraphs(sample)))[:pages]
    return [_spec(sample, n, tuple(text), seed) for n, text in enumerate(texts)]


def _spec(sample: str, n: int, paragraphs: tuple[str, ...], seed: int) -> PageSpec:
    page_id = f"{sample}-{n:02d}"
    rng = random.Random(f"{seed}:{page_id}")
    size = rng.randint(*SIZE)
    shrunk = rng.uniform(*SHRUNK_SIZE)
    scale = round(shrunk / size, 2) if rng.random() < LOW_RESOLUTION and shrunk < size else 1.0
    return PageSpec(
        id=page_id,
        sample=sample,
        split=SPLITS[sample],
        font=rng.choice(FONTS),
        size=size,
        column=rng.randint(*COLUMN),
        skew=round(rng.uniform(-SKEW, SKEW), 2),
        scale=scale,
        blur=round(size * scale * rng.uniform(*BLUR), 2),
        noise=round(rng.uniform(*NOISE), 1),
        paragraphs=paragraphs,
    )


def column_lines(paragraph: str, metrics: QFontMetrics, width: int, indent: int) -> list[str]:
    """A paragraph broken into lines no wider than `width` pixels, the first one indented."""
    lines = [""]
    room = width - indent
    for char in paragraph:
        if lines[-1] and metrics.horizontalAdvance(lines[-1] + char) > room:
            lines.append("")
            room = width
        lines[-1] += char
    return lines


@cache
def _application() -> QGuiApplication:
    return QGuiApplication.instance() or QGuiApplication([])


def draw(spec: PageSpec) -> QImage:
    """The page set as a column in the spec's font and size, turned by its skew: grey pixels."""
    _application()
    font = QFont(spec.font)
    font.setPixelSize(spec.size)
    metrics = QFontMetrics(font)
    width = spec.column * spec.size
    indent = 2 * spec.size
    lines = [
        (indent if n == 0 else 0, line)
        for paragraph in spec.paragraphs
        for n, line in enumerate(column_lines(paragraph, metrics, width, indent))
    ]
    step = round(spec.size * 1.5)
    image = QImage(width + 2 * MARGIN, len(lines) * step + 2 * MARGIN, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    centre = QPointF(image.width() / 2, image.height() / 2)
    painter.translate(centre)
    painter.rotate(spec.skew)
    painter.translate(-centre)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    for n, (x, line) in enumerate(lines):
        painter.drawText(MARGIN + x, MARGIN + n * step + metrics.ascent(), line)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def low_resolution(image: QImage, scale: float) -> QImage:
    """The image shrunk by `scale` and enlarged back to its size, its fine detail lost."""
    if scale >= 1:
        return image
    mode = Qt.TransformationMode.SmoothTransformation
    small = image.scaled(round(image.width() * scale), round(image.height() * scale), mode=mode)
    return small.scaled(image.width(), image.height(), mode=mode)


def pixels(image: QImage) -> np.ndarray:
    """A grey QImage's pixels as a float array, rows by columns."""
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width()].astype(np.float32)


def blurred(values: np.ndarray, sigma: float) -> np.ndarray:
    """A gaussian blur of width `sigma` pixels, one axis after the other."""
    radius = max(1, math.ceil(2.5 * sigma))
    offsets = np.arange(-radius, radius + 1)
    kernel = np.exp(-(offsets**2) / (2 * sigma**2))
    kernel /= kernel.sum()
    for axis in (0, 1):
        padded = np.pad(values, [(radius, radius) if a == axis else (0, 0) for a in (0, 1)], "edge")
        size = values.shape[axis]
        values = sum(
            weight * np.take(padded, range(k, k + size), axis=axis)
            for k, weight in enumerate(kernel)
        )
    return values


def damaged(image: QImage, spec: PageSpec) -> QImage:
    """The drawn page at the spec's resolution, blurred, with gaussian noise added."""
    values = blurred(pixels(low_resolution(image, spec.scale)), spec.blur)
    rng = np.random.default_rng(list(spec.id.encode()))
    values = values + rng.normal(0, spec.noise, values.shape)
    grey = np.ascontiguousarray(np.clip(values, 0, 255).astype(np.uint8))
    height, width = grey.shape
    return QImage(grey.data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def render(spec: PageSpec, path: Path) -> None:
    """Draw and damage the page, and save it as a PNG."""
    if not damaged(draw(spec), spec).save(str(path)):
        raise OSError(f"could not save {path}")


def read_with_tesseract(image: Path, engine: str) -> None:
    """Read the image with one Tesseract configuration: <engine>.txt and <engine>.hocr beside it."""
    base = image.parent / engine
    command = [TESSERACT, str(image), str(base), *ENGINES[engine], "txt", "hocr"]
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    subprocess.run(command, check=True, capture_output=True, env=environment)


def read_with_rapidocr(image: Path) -> None:
    """Read the image with desk's own engine (RapidOCR): rapidocr.txt and rapidocr.hocr
    beside it, as `desk recognise --format hocr` writes them."""
    hocr = page_hocr(image)
    (image.parent / f"{RAPIDOCR}.hocr").write_bytes(hocr)
    text = read_ocr(hocr, f"{RAPIDOCR}.hocr").text
    (image.parent / f"{RAPIDOCR}.txt").write_text(text + "\n", encoding="utf-8")


def _read(job: tuple[Path, str]) -> None:
    image, engine = job
    if engine == RAPIDOCR:
        read_with_rapidocr(image)
    else:
        read_with_tesseract(image, engine)


def _missing_readings(
    directory: Path, specs: list[PageSpec], engines: list[str]
) -> Iterator[tuple[Path, str]]:
    for spec in specs:
        folder = directory / spec.id
        for engine in engines:
            wanted = [f"{engine}.txt", f"{engine}.hocr"]
            if not all((folder / name).exists() for name in wanted):
                yield folder / "page.png", engine


def _lay_out(directory: Path, spec: PageSpec, before: dict | None) -> None:
    folder = directory / spec.id
    truth = folder / "truth.txt"
    fresh = before == spec.listing() and truth.exists() and truth.read_text("utf-8") == spec.truth
    if not fresh and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "page.png").exists():
        render(spec, folder / "page.png")
        truth.write_text(spec.truth, encoding="utf-8")


def make_corpus(directory: Path, pages_per_sample: int = 10, seed: int = 1) -> list[OcrPage]:
    """Make (or complete) the corpus under `directory` and return all its pages."""
    directory.mkdir(parents=True, exist_ok=True)
    listing = directory / "pages.json"
    before = {}
    if listing.exists():
        before = {entry["id"]: entry for entry in json.loads(listing.read_text("utf-8"))}
    specs = [spec for sample in SPLITS for spec in page_specs(sample, pages_per_sample, seed)]
    for spec in specs:
        _lay_out(directory, spec, before.get(spec.id))
    entries = [spec.listing() for spec in specs]
    listing.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    engines = [*ENGINES, *([RAPIDOCR] if engine_installed() else [])]
    jobs = list(_missing_readings(directory, specs, engines))
    tesseract_jobs = [job for job in jobs if job[1] != RAPIDOCR]
    with ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_read, tesseract_jobs))
    for job in jobs:
        if job[1] == RAPIDOCR:
            _read(job)
    return load_corpus(directory)


def load_corpus(directory: Path, split: str | None = None) -> list[OcrPage]:
    """The corpus's pages as made under `directory`, only those of `split` when it is given."""
    entries = json.loads((directory / "pages.json").read_text("utf-8"))
    return [_load_page(directory / e["id"], e) for e in entries if split in (None, e["split"])]


def _load_page(folder: Path, entry: dict) -> OcrPage:
    texts = sorted(p for p in folder.glob("*.txt") if p.name != "truth.txt")
    return OcrPage(
        id=entry["id"],
        sample=entry["sample"],
        split=entry["split"],
        truth=(folder / "truth.txt").read_text("utf-8"),
        witnesses={p.stem: p.read_text("utf-8").replace("\f", "") for p in texts},
        hocr={p.stem: p for p in sorted(folder.glob("*.hocr"))},
    )


def cer(truth: str, text: str) -> float:
    """Character error rate: edit distance over the truth's length, white space left out."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    a, b = "".join(truth.split()), "".join(text.split())
    return dmp.diff_levenshtein(dmp.diff_main(a, b, False)) / max(len(a), 1)


def report(pages: list[OcrPage]) -> list[str]:
    """Per split and engine: pages, characters, and the median and mean error rate."""
    lines = [f"{'split':6} {'engine':12} {'pages':>5} {'chars':>7} {'median':>7} {'mean':>7}"]
    for split in sorted({p.split for p in pages}):
        chosen = [p for p in pages if p.split == split]
        for engine in sorted({e for p in chosen for e in p.witnesses}):
            read = [p for p in chosen if engine in p.witnesses]
            rates = [cer(p.truth, p.witnesses[engine]) for p in read]
            chars = sum(len("".join(p.truth.split())) for p in read)
            lines.append(
                f"{split:6} {engine:12} {len(read):5} {chars:7} "
                f"{statistics.median(rates):7.2%} {statistics.mean(rates):7.2%}"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--pages-per-sample", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    start = time.perf_counter()
    pages = make_corpus(options.dir, options.pages_per_sample, options.seed)
    print(f"{len(pages)} pages in {options.dir}, made in {time.perf_counter() - start:.0f} s")
    print("\n".join(report(pages)))


if __name__ == "__main__":
    main()
