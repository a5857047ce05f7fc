"""desk beside CollateX on the seed pair (000 and 001), measured in one run.

CollateX gets one token per character, as Chinese needs. Reported: each tool's time
(median for desk; CollateX once, it is slow), the ratio, CollateX's peak memory, and
whether each found the page's thirteen misreadings. Install the comparison with
`pip install -e '.[bench]'`. Run: .venv/bin/python bench/bench_collatex.py
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

from desk.core.alignment.collation import WitnessText, collate

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))[:2]
MISREADINGS = {
    ("出", "平"), ("输", "走"), ("双", "两"), ("要", ""), ("业", ""), ("培", "育"), ("结", "融"),
    ("仓", ""), ("宰", ""), ("措施", ""), ("邰", "邵"), ("牛", "羊"), ("人", "民"),
}  # fmt: skip


def desk_found(a: str, b: str) -> tuple[float, int]:
    times = []
    for _ in range(5):
        started = time.perf_counter()
        result = collate([WitnessText("A", a), WitnessText("B", b)])
        times.append(time.perf_counter() - started)
    pairs = {
        (v.readings["A"].text, v.readings["B"].text)
        for v in result.variants
        if v.category == "text"
    }
    return statistics.median(times), len(MISREADINGS & pairs)


def collatex_found(a: str, b: str) -> tuple[float, int] | None:
    try:
        from collatex import Collation
        from collatex import collate as collatex_collate
    except ImportError:
        return None
    collation = Collation.create_from_dict(
        {
            "witnesses": [
                {"id": "A", "tokens": [{"t": ch} for ch in a if not ch.isspace()]},
                {"id": "B", "tokens": [{"t": ch} for ch in b if not ch.isspace()]},
            ]
        }
    )
    started = time.perf_counter()
    table = collatex_collate(collation, output="table", segmentation=True)
    elapsed = time.perf_counter() - started
    found = 0
    for column in table.columns:
        cells = column.tokens_per_witness
        reading_a = "".join(t.token_data["t"] for t in cells.get("A", []))
        reading_b = "".join(t.token_data["t"] for t in cells.get("B", []))
        found += (reading_a, reading_b) in MISREADINGS
    return elapsed, found


def main() -> None:
    a, b = (path.read_text(encoding="utf-8") for path in SEEDS)
    print(f"seed pair: {len(a):,} + {len(b):,} characters")
    desk_seconds, desk_hits = desk_found(a, b)
    print(f"desk:     median {desk_seconds * 1000:.1f} ms; {desk_hits}/13 misreadings exact")
    measured = collatex_found(a, b)
    if measured is None:
        print("CollateX: not installed (pip install -e '.[bench]')")
        return
    seconds, hits = measured
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"CollateX: {seconds:.1f} s, peak {peak:.0f} MB (process); {hits}/13 misreadings exact")
    print(f"desk is {seconds / desk_seconds:,.0f}x faster")


if __name__ == "__main__":
    sys.exit(main())
