"""Collation speed and memory beside GNU diff, as a user runs it: `desk collate --json`.

For each size a book pair is made (bench/book.py: one copy in columns with half-width
commas, the other with one misreading per thousand characters and three paragraphs
moved). desk is timed as a whole process, start-up included; the baseline, run in turn
with it, is GNU diff on the same pair with each file split one character per line. Medians
of RUNS runs, peak resident memory of each process, and desk's time over diff's.
Then an 8-witness page (both as a process, beside GNU diff of the base with each other
witness) and the seed pair in-process (the time the window waits for).
Run: .venv/bin/python bench/bench_collate.py [--sizes 100000,1000000,5000000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from book import clean_book, column_copy, misread_copy, page_copies  # noqa: E402

RUNS = 7
ROOT = Path(__file__).resolve().parents[1]
DESK = [sys.executable, "-m", "desk"]


def run(command: list[str]) -> tuple[float, int, str]:
    """Seconds, peak resident MB and stdout of one process.

    Peak memory comes from GNU time, which starts the command from its own small process:
    a child forked from this (large) one would report this one's peak as its own.
    """
    with tempfile.NamedTemporaryFile("r") as measured:
        started = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-o", measured.name, "-f", "%M", *command],
            capture_output=True,
            check=False,
        )
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1):  # diff says 1 when the files differ
            raise RuntimeError(f"{command[0]} failed: {done.stderr.decode(errors='replace')}")
        peak = int(measured.read().split()[-1]) // 1024
    return elapsed, peak, done.stdout.decode("utf-8", "replace")


def total(commands: list[list[str]]) -> tuple[float, int, str]:
    """Seconds of running the commands one after another, their largest peak memory and
    the last one's output."""
    seconds, peaks, out = 0.0, [], ""
    for command in commands:
        elapsed, peak, out = run(command)
        seconds += elapsed
        peaks.append(peak)
    return seconds, max(peaks), out


def paired(desk: list[list[str]], diff: list[list[str]]) -> tuple[tuple, tuple, float]:
    """desk and diff run in turn RUNS times: each one's median seconds, largest peak and
    output, and the median of the run-by-run ratios (pairing keeps the ratio fair when
    the machine's speed drifts)."""
    desk_runs, diff_runs = [], []
    for _ in range(RUNS):
        desk_runs.append(total(desk))
        diff_runs.append(total(diff))
    ratio = statistics.median(d[0] / g[0] for d, g in zip(desk_runs, diff_runs))

    def summary(runs: list) -> tuple[float, int, str]:
        return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]

    return summary(desk_runs), summary(diff_runs), ratio


def one_per_line(path: Path) -> Path:
    lines = path.with_suffix(".lines")
    lines.write_text("\n".join(path.read_text(encoding="utf-8")), encoding="utf-8")
    return lines


def report(label: str, desk: tuple, diff: tuple, ratio: float) -> None:
    print(
        f"{label}: desk {desk[0]:.3f} s, {desk[1]} MB | GNU diff {diff[0]:.3f} s, {diff[1]} MB"
        f" | desk/diff {ratio:.2f}x (median of {RUNS} paired runs)"
    )


def book_pairs(folder: Path, sizes: list[int]) -> None:
    for size in sizes:
        paragraphs = clean_book(size // 3)  # UTF-8: three bytes a Chinese character
        a, b = folder / f"a{size}.txt", folder / f"b{size}.txt"
        a.write_text(column_copy(paragraphs), encoding="utf-8")
        b_text, misreadings = misread_copy(paragraphs)
        b.write_text(b_text, encoding="utf-8")
        desk, diff, ratio = paired(
            [[*DESK, "collate", str(a), str(b), "--json"]],
            [["diff", str(one_per_line(a)), str(one_per_line(b))]],
        )
        result = json.loads(desk[2])
        found = sum(v["category"] == "text" for v in result["variants"])
        megabytes = (a.stat().st_size + b.stat().st_size) / 2e6
        report(f"{megabytes:5.2f} MB pair", desk, diff, ratio)
        print(
            f"      {desk[0] / megabytes:.2f} s/MB; {len(result['variants']):,} variants, "
            f"{found} text ({misreadings} misreadings made), {len(result['moves'])} moves"
        )


def eight_witnesses(folder: Path) -> None:
    paths = page_copies(folder, 3000, 8)
    lines = [one_per_line(p) for p in paths]
    desk, diff, ratio = paired(
        [[*DESK, "collate", *map(str, paths), "--json"]],
        [["diff", str(lines[0]), str(other)] for other in lines[1:]],
    )
    report("8-witness page (diff: base against each other)", desk, diff, ratio)


def seed_pair_in_process() -> None:
    from desk.core.alignment.collation import WitnessText, collate

    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:2]
    witnesses = [WitnessText(p.stem, p.read_text(encoding="utf-8")) for p in seeds]
    collate(witnesses)  # tables built once per process
    times = []
    for _ in range(20):
        started = time.perf_counter()
        assert collate(witnesses).variants
        times.append(time.perf_counter() - started)
    print(f"seed pair in-process: median {statistics.median(times) * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000,5000000")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        book_pairs(Path(folder), sizes)
        eight_witnesses(Path(folder))
    seed_pair_in_process()


if __name__ == "__main__":
    main()
