"""Page recognition as a user runs it: `desk recognise PAGE --out DIR` with desk's own
engine (RapidOCR) and with Tesseract (chi_sim), start-up included, on the damaged
rendered pages of bench/ocr_corpus.py (fonts, sizes, blur, noise, skew; a known truth).

The engines run in turn on each page (interleaved, so that the shared machine's noise
falls on both); printed per engine: the character error rate against the truth (median
and mean over the pages), seconds a page (median) and the peak resident memory of the
process (median, from /usr/bin/time -v). Goals: at most 3% CER, 15 s a page and 1.5 GB.
Run: .venv/bin/python bench/bench_recognition.py [--dir /tmp/desk-ocr-corpus] [--pages 6]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ocr_corpus import DEFAULT_DIR, cer, make_corpus  # noqa: E402

DESK = [sys.executable, "-m", "desk", "recognise"]
ENGINES = {
    "desk (RapidOCR)": ["--engine", "rapidocr"],
    "Tesseract chi_sim": ["--engine", "tesseract", "--languages", "chi_sim"],
}


def run(image: Path, options: list[str], out: Path) -> tuple[str, float, int]:
    """What the engine read, the seconds it took and its peak memory (KB)."""
    command = ["/usr/bin/time", "-v", *DESK, str(image), "--out", str(out), *options]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    return (out / f"{image.stem}.txt").read_text(encoding="utf-8"), seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--pages", type=int, default=6, help="pages of each split")
    options = parser.parse_args()
    pages = make_corpus(options.dir)
    chosen = [
        p for s in ("dev", "held") for p in [q for q in pages if q.split == s][: options.pages]
    ]
    engines = {
        name: flags
        for name, flags in ENGINES.items()
        if "tesseract" not in flags or shutil.which("tesseract")
    }
    figures: dict[str, dict[str, list[float]]] = {
        name: {"cer": [], "seconds": [], "peak": []} for name in engines
    }
    with tempfile.TemporaryDirectory() as folder:
        for page in chosen:
            image = options.dir / page.id / "page.png"
            for name, flags in engines.items():
                out = Path(folder) / name.replace(" ", "_") / page.id
                text, seconds, peak = run(image, flags, out)
                figures[name]["cer"].append(cer(page.truth, text))
                figures[name]["seconds"].append(seconds)
                figures[name]["peak"].append(peak / 1024)
    print(f"{len(chosen)} pages (dev and held), each engine as `desk recognise`, start-up included")
    for name, found in figures.items():
        print(
            f"  {name:18} CER median {statistics.median(found['cer']):6.2%}"
            f" mean {statistics.mean(found['cer']):6.2%}"
            f"  {statistics.median(found['seconds']):5.2f} s a page"
            f"  peak {statistics.median(found['peak']):5.0f} MB (max {max(found['peak']):.0f})"
        )


if __name__ == "__main__":
    main()
