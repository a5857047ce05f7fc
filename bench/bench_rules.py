"""Each cleaning rule on the inputs that once made one quadratic, at growing sizes.

The inputs: Chinese with no line break at all, Chinese with a space every few characters
(one line), Chinese in columns broken by lone CRs, and Latin words in one line. For each
rule, the time to find its proposals at 100 KB and at 1 MB (of UTF-8), the median of
RUNS, and the growth exponent (1.0: linear; 2.0: quadratic). Beside them, the baseline:
one pass of a plain regular expression over the same text (the cost of reading it once).
Run: .venv/bin/python bench/bench_rules.py [--sizes 100000,1000000]
"""

from __future__ import annotations

import argparse
import math
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from book import CHARACTERS, WEIGHTS  # noqa: E402

from desk.core.text.cleaning import RULES  # noqa: E402

RUNS = 3


def chinese(characters: int, rng: random.Random) -> str:
    return "".join(rng.choices(CHARACTERS, WEIGHTS, k=characters))


def no_break(size: int) -> str:
    return chinese(size // 3, random.Random(1))


def spaced(size: int) -> str:
    rng = random.Random(2)
    text = chinese(size // 4, rng)
    return " ".join(text[i : i + rng.randint(1, 4)] for i in range(0, len(text), 3))


def lone_cr_columns(size: int) -> str:
    text = chinese(size // 3, random.Random(3))
    return "\r".join(text[i : i + 17] for i in range(0, len(text), 17))


def latin_line(size: int) -> str:
    rng = random.Random(4)
    words = ["the", "of", "and", "word", "text", "page", "line", "break", "co-", "op"]
    return " ".join(rng.choice(words) for _ in range(size // 5))


SHAPES = {
    "no line break": no_break,
    "a space every few characters": spaced,
    "columns broken by lone CR": lone_cr_columns,
    "Latin words in one line": latin_line,
}
_READ_ONCE = re.compile(r"\s+")


def seconds(action) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    for shape, make in SHAPES.items():
        texts = {size: make(size) for size in sizes}
        baseline = {size: seconds(lambda t=texts[size]: _READ_ONCE.findall(t)) for size in sizes}
        print(
            f"{shape}: reading it once {', '.join(f'{b * 1000:.1f} ms' for b in baseline.values())}"
        )
        for rule in RULES:
            found = {size: seconds(lambda t=texts[size], r=rule: list(r.find(t))) for size in sizes}
            small, large = sizes[0], sizes[-1]
            exponent = math.log(max(found[large], 1e-6) / max(found[small], 1e-6)) / math.log(
                large / small
            )
            figures = ", ".join(f"{found[size] * 1000:.1f} ms" for size in sizes)
            print(f"  {rule.name:<18} {figures}  growth exponent {exponent:.2f}", flush=True)


if __name__ == "__main__":
    main()
