"""How collation grows with the number of witnesses: 2, 4, 8 and 16 copies of one page,
each with its own misreadings (every third set in narrow columns), beside GNU diff of the
first copy against each other one (one character per line), run in turn with desk.

Prints desk's median seconds and peak memory for each count, the baseline's, their ratio,
and the growth exponent from one count to the next (1.0: linear in the witnesses).
Run: .venv/bin/python bench/bench_witnesses.py [--characters 70000] [--counts 2,4,8,16]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_collate import DESK, RUNS, one_per_line, paired  # noqa: E402
from book import page_copies  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--characters", type=int, default=70000, help="of each copy")
    parser.add_argument("--counts", default="2,4,8,16")
    arguments = parser.parse_args()
    counts = [int(c) for c in arguments.counts.split(",")]
    print(f"{arguments.characters:,} characters a copy; medians of {RUNS} paired runs")
    with tempfile.TemporaryDirectory() as temporary:
        paths = page_copies(Path(temporary), arguments.characters, max(counts))
        lines = [one_per_line(p) for p in paths]
        before = None
        for count in counts:
            desk, diff, ratio = paired(
                [[*DESK, "collate", *map(str, paths[:count]), "--json"]],
                [["diff", str(lines[0]), str(other)] for other in lines[1:count]],
            )
            growth = ""
            if before is not None:
                exponent = math.log(desk[0] / before[1]) / math.log(count / before[0])
                growth = f", growth exponent {exponent:.2f}"
            print(
                f"{count:2d} witnesses: desk {desk[0]:.3f} s, {desk[1]} MB | diff {diff[0]:.3f} s"
                f" | desk/diff {ratio:.2f}x{growth}",
                flush=True,
            )
            before = (count, desk[0])


if __name__ == "__main__":
    main()
