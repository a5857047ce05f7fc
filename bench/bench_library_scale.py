"""A library at scale: import, list and export as the library grows, per document.

Each size is a fresh library of that many files: two transcriptions each of half as many
different works (800 characters of common Chinese, punctuation, line breaks), so that every
document exported is a review of two witnesses. Linear growth shows as a flat
"per file" column. The baseline, measured in the same run, is reading and decoding the
same files. Run: .venv/bin/python bench/bench_library_scale.py [sizes...]
"""

from __future__ import annotations

import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desk.core.export.files import export_documents
from desk.core.library.documents import import_paths, list_documents
from desk.core.library.sources import read_source
from desk.core.library.store import open_library
from desk.core.text.common_hanzi import COMMON_HANZI

SIZES = (1000, 2000, 4000)
HANZI = sorted(COMMON_HANZI)


def write_works(folder: Path, count: int) -> list[Path]:
    """`count` files: two transcriptions each of count/2 different works, the second
    with misreadings and its lines broken elsewhere."""
    rng = random.Random(count)
    paths = []
    for number in range(count // 2):
        text = list("".join(rng.choices(HANZI, k=38)) + rng.choice("。，；") for _ in range(20))
        first = "\n".join(text) + "\n"
        second = list("".join(text))
        for _ in range(8):
            second[rng.randrange(len(second))] = rng.choice(HANZI)
        second_text = "".join(second)
        second_text = "\n".join(second_text[i : i + 30] for i in range(0, len(second_text), 30))
        for version, content in (("a", first), ("b", second_text)):
            path = folder / f"{number:05d}{version}.txt"
            path.write_text(content, encoding="utf-8")
            paths.append(path)
    return paths


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def window_seconds(library: Path, runs: int = 3) -> float:
    """Median time for `desk --smoke` to show the window on the library (offscreen)."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment["DESK_CONFIG_DIR"] = str(library.with_suffix(".config"))
    shown = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-m", "desk", "--library", str(library), "--smoke"],
            capture_output=True,
            text=True,
            env=environment,
            check=True,
        ).stdout
        shown.append(float(re.search(r"window shown in ([\d.]+) s", output).group(1)))
    return statistics.median(shown)


def measure(folder: Path, count: int) -> None:
    corpus = folder / f"corpus{count}"
    corpus.mkdir()
    paths = write_works(corpus, count)
    read = timed(lambda: [read_source(p) for p in paths])
    library = open_library(folder / f"library{count}.db")
    imported = timed(lambda: import_paths(library, [corpus]))
    documents = len(list_documents(library))
    listed = timed(lambda: list_documents(library))
    exported = timed(lambda: export_documents(library, folder / f"out{count}", ["txt"]))
    library.close()
    empty = folder / f"empty{count}.db"
    open_library(empty).close()
    window, baseline = window_seconds(folder / f"library{count}.db"), window_seconds(empty)
    print(
        f"{count:>6} files -> {documents:>6} documents | read+decode {read / count * 1000:5.2f}"
        f" ms/file | import {imported / count * 1000:5.2f} ms/file"
        f" ({imported / read:4.1f}x read) | list {listed * 1000:6.0f} ms"
        f" | export {exported / documents * 1000:5.2f} ms/document"
        f" | window {window:.2f} s (empty library {baseline:.2f} s)"
    )


def main() -> None:
    sizes = [int(s) for s in sys.argv[1:]] or SIZES
    with tempfile.TemporaryDirectory() as temporary:
        for count in sizes:
            measure(Path(temporary), count)


if __name__ == "__main__":
    main()
