"""The worst inputs for collation, beside GNU diff on the same pair, at growing sizes.

Each class of input is made here at each size (UTF-8 bytes of one witness): two unrelated
texts; an edition with 10% and one with 50% of its paragraphs rewritten; one line with
spaces and no break; a table of numbers; lines of 1-3 characters; one character repeated;
a long passage repeated. desk runs as a user runs it (`desk collate A B --json`, start-up
included); the baseline is GNU diff on the same pair split one character per line, run in
turn with it. Medians of RUNS paired runs, desk's peak memory, the ratio, and the growth
exponent from one size to the next (1.0: linear). A run longer than LIMIT seconds is cut
short and shown as "> LIMIT s".
Run: .venv/bin/python bench/bench_worst_cases.py [--sizes 100000,1000000,5000000] [--runs 3]
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_collate import DESK, one_per_line  # noqa: E402
from book import CHARACTERS, WEIGHTS, clean_book  # noqa: E402

LIMIT = 300.0


def prose(size: int, seed: int) -> list[str]:
    return clean_book(size // 3, seed=seed)


def unrelated(size: int) -> tuple[str, str]:
    return "\n\n".join(prose(size, 1)), "\n\n".join(prose(size, 2))


def rewritten(share: float) -> Callable[[int], tuple[str, str]]:
    def make(size: int) -> tuple[str, str]:
        first, other = prose(size, 1), prose(size, 2)
        chosen = random.Random(3)
        second = [
            other[n % len(other)] if chosen.random() < share else p for n, p in enumerate(first)
        ]
        return "\n\n".join(first), "\n\n".join(second)

    return make


def one_line(size: int) -> tuple[str, str]:
    rng = random.Random(4)
    words = [
        "".join(rng.choices(CHARACTERS, WEIGHTS, k=rng.randint(1, 4))) for _ in range(size // 9)
    ]
    first = " ".join(words)
    second = list(first)
    for _ in range(len(second) // 1000):
        at = rng.randrange(len(second))
        if second[at] != " ":
            second[at] = rng.choice(CHARACTERS)
    return first, "".join(second)


def numbers(size: int) -> tuple[str, str]:
    rng = random.Random(5)
    rows = [" ".join(f"{rng.randint(0, 99999):5d}" for _ in range(8)) for _ in range(size // 48)]
    changed = [row if rng.random() > 0.02 else row.replace("1", "7", 1) for row in rows]
    return "\n".join(rows), "\n".join(changed)


def short_lines(size: int) -> tuple[str, str]:
    rng = random.Random(6)
    lines = [
        "".join(rng.choices(CHARACTERS, WEIGHTS, k=rng.randint(1, 3))) for _ in range(size // 7)
    ]
    other = [line if rng.random() > 0.01 else rng.choice(CHARACTERS) for line in lines]
    return "\n".join(lines), "\n".join(other)


def one_character(size: int) -> tuple[str, str]:
    first = "的" * (size // 3)
    cut = len(first) // 2
    return first, first[:cut] + "了" + first[cut + 1 :]


def repeated_passage(size: int) -> tuple[str, str]:
    passage = "\n\n".join(prose(2000, 7))
    copies = max(1, size // (3 * len(passage)))
    first = "\n\n".join([passage] * copies)
    rng = random.Random(8)
    second = list(first)
    for _ in range(len(second) // 1000):
        at = rng.randrange(len(second))
        if second[at] not in "\n，。":
            second[at] = rng.choice(CHARACTERS)
    return first, "".join(second)


CASES: dict[str, Callable[[int], tuple[str, str]]] = {
    "unrelated texts": unrelated,
    "10% of paragraphs rewritten": rewritten(0.1),
    "50% of paragraphs rewritten": rewritten(0.5),
    "one line with spaces": one_line,
    "a table of numbers": numbers,
    "lines of 1-3 characters": short_lines,
    "one character repeated": one_character,
    "a long passage repeated": repeated_passage,
}


def timed(command: list[str]) -> tuple[float | None, int]:
    """Seconds (None past LIMIT) and peak resident MB of one process (GNU time)."""
    with tempfile.NamedTemporaryFile("r") as measured:
        started = time.perf_counter()
        try:
            done = subprocess.run(
                ["/usr/bin/time", "-o", measured.name, "-f", "%M", *command],
                capture_output=True,
                timeout=LIMIT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return None, 0
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{command[0]} failed: {done.stderr.decode(errors='replace')}")
        return elapsed, int(measured.read().split()[-1]) // 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000,5000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cases", default="", help="comma-separated names to run (default all)")
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    wanted = [c for c in CASES if not arguments.cases or c in arguments.cases.split(",")]
    print(
        f"desk collate --json beside GNU diff (one character per line); medians of {arguments.runs}"
    )
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for name in wanted:
            previous: tuple[int, float] | None = None
            for size in sizes:
                texts = CASES[name](size)
                paths = [folder / f"{side}.txt" for side in "ab"]
                for path, text in zip(paths, texts):
                    path.write_text(text, encoding="utf-8")
                lines = [one_per_line(path) for path in paths]
                desk_runs, diff_runs = [], []
                for _ in range(arguments.runs):
                    desk_runs.append(timed([*DESK, "collate", *map(str, paths), "--json"]))
                    diff_runs.append(timed(["diff", *map(str, lines)]))
                    if desk_runs[-1][0] is None:
                        break  # past the limit once: no need to wait for it again
                diff_seconds = statistics.median(r[0] for r in diff_runs)
                if any(r[0] is None for r in desk_runs):
                    cut = f"desk > {LIMIT:.0f} s | diff {diff_seconds:.3f} s"
                    print(f"{name}, {size // 1000} KB: {cut}", flush=True)
                    previous = None
                    continue
                desk_seconds = statistics.median(r[0] for r in desk_runs)
                ratio = statistics.median(d[0] / g[0] for d, g in zip(desk_runs, diff_runs))
                peak = max(r[1] for r in desk_runs)
                growth = ""
                if previous is not None:
                    exponent = math.log(desk_seconds / previous[1]) / math.log(size / previous[0])
                    growth = f", growth exponent {exponent:.2f}"
                print(
                    f"{name}, {size // 1000} KB: desk {desk_seconds:.3f} s, {peak} MB |"
                    f" diff {diff_seconds:.3f} s | desk/diff {ratio:.1f}x{growth}",
                    flush=True,
                )
                previous = (size, desk_seconds)


if __name__ == "__main__":
    main()
