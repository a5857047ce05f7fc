"""How often the likely reading is the right one, on independently damaged copies.

For each sample text (the Chinese paragraphs of seeds 000 and 002-004), COPIES copies
are damaged independently (look-alike misreadings, dropped and doubled characters,
column breaks, stray spaces, half-width punctuation: tests/made_witnesses.py), many
damages each so that some fall on the same place. The copies are collated with the clean
text beside them; at every text variant where the copies differ, the clean text's
reading is the right one. Printed: how many places the majority decides and how often
rightly; how many ties the document's character pairs break and how often rightly,
beside taking the base witness's reading at a tie (what an editor has without it); and
how many stay undecided.
Run: .venv/bin/python bench/bench_likely.py [--copies 2,3] [--trials 10]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from made_witnesses import make_witnesses  # noqa: E402
from test_moves_in_real_texts import chinese_paragraphs  # noqa: E402

from desk.core.alignment.collation import WitnessText, collate  # noqa: E402
from desk.core.alignment.likely import likely_readings  # noqa: E402

SAMPLES = ["000", "002", "003", "004"]
DAMAGES = 60  # per copy; the samples are 3,000-8,000 characters


def squeezed(text: str) -> str:
    return "".join(text.split())


def trial(sample: str, copies: int, seed: int, tally: Counter) -> None:
    clean = chinese_paragraphs(sample)
    texts = [
        make_witnesses(seed * 100 + n, 1, errors=DAMAGES, clean=clean).texts[0]
        for n in range(copies)
    ]
    ids = [f"c{n}" for n in range(copies)]
    witnesses = [WitnessText(i, t) for i, t in zip(ids, texts)]
    result = collate([*witnesses, WitnessText("clean", "\n\n".join(clean))])
    likely = likely_readings(result, among=ids)
    for variant in result.variants:
        if variant.category != "text":
            continue
        readings = {i: squeezed(variant.readings[i].text) for i in ids}
        if len(set(readings.values())) < 2:
            continue
        right = squeezed(variant.readings["clean"].text)
        tally["places"] += 1
        counts = Counter(readings.values()).most_common()
        if len(counts) > 1 and counts[0][1] > counts[1][1]:
            tally["majority"] += 1
            tally["majority right"] += counts[0][0] == right
            continue
        tally["ties"] += 1
        tally["base right at a tie"] += readings[ids[0]] == right
        chosen = likely.get(variant.id)
        if chosen is None:
            tally["undecided"] += 1
            continue
        tally["tie broken"] += 1
        tally["tie broken right"] += readings[chosen[0]] == right


def _share(tally: Counter, part: str, whole: str) -> str:
    return f"{tally[part]}/{tally[whole]} ({100 * tally[part] / max(tally[whole], 1):.0f}%)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", default="2,3")
    parser.add_argument("--trials", type=int, default=10)
    options = parser.parse_args()
    for copies in [int(c) for c in options.copies.split(",")]:
        tally: Counter = Counter()
        for sample in SAMPLES:
            for seed in range(options.trials):
                trial(sample, copies, seed, tally)
        share = partial(_share, tally)
        print(
            f"{copies} copies: {tally['places']} places where the copies differ; "
            f"majority decides {tally['majority']}, right {share('majority right', 'majority')}; "
            f"{tally['ties']} ties: broken {tally['tie broken']}, right "
            f"{share('tie broken right', 'tie broken')} (base reading right "
            f"{share('base right at a tie', 'ties')}); undecided {tally['undecided']}"
        )


if __name__ == "__main__":
    main()
