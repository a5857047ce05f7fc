"""Import speed: many files into a fresh library, against merely reading and decoding them.

Prints medians of several runs; the ratio to the read-and-decode baseline, measured in the
same process, is the figure to compare across machines. Run: .venv/bin/python bench/bench_import.py
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from desk.core.library.documents import import_paths, list_documents
from desk.core.library.sources import read_source
from desk.core.library.store import open_library

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FILES = 200
RUNS = 5


def make_corpus(folder: Path) -> list[Path]:
    """FILES texts: 8 versions each of 25 works cut from the seeds, half GB18030."""
    source = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    random.seed(7)
    paths = []
    for number in range(FILES):
        work = number % 25
        text = list(source[work * 1000 : work * 1000 + 1000])
        for _ in range(10):  # a few misreadings per version
            text[random.randrange(len(text))] = "某"
        path = folder / f"{number:03d}.txt"
        path.write_bytes("".join(text).encode("gb18030" if number % 2 else "utf-8"))
        paths.append(path)
    return paths


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        corpus = folder / "corpus"
        corpus.mkdir()
        paths = make_corpus(corpus)
        baseline, imports = [], []
        for run in range(RUNS):
            started = time.perf_counter()
            for path in paths:
                read_source(path)
            baseline.append(time.perf_counter() - started)
            library = open_library(folder / f"run{run}.db")
            started = time.perf_counter()
            import_paths(library, [corpus])
            imports.append(time.perf_counter() - started)
            documents = len(list_documents(library))
            library.close()
        read_median, import_median = statistics.median(baseline), statistics.median(imports)
        print(f"import {FILES} files (1,000 characters, half GB18030) into {documents} documents")
        print(f"  read+decode only: median {read_median * 1000:.0f} ms")
        print(
            f"  full import:      median {import_median * 1000:.0f} ms "
            f"({import_median / read_median:.1f}x read+decode, "
            f"{import_median / FILES * 1000:.1f} ms per file)"
        )


if __name__ == "__main__":
    main()
