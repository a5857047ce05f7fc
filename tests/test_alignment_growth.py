"""Every worst input for the collation grows linearly: counted in operations, not time.

For each class of input the benchmark makes (bench/bench_worst_cases.py: unrelated texts,
editions with paragraphs rewritten, one line with spaces, a table of numbers, short lines,
one character repeated, a passage repeated), the work handed to the character-level
comparisons (diff-match-patch, which costs about the product of its two inputs' lengths)
is counted on a small input and on one eight times larger: it may grow eightfold, with
some slack for chance, never with the square.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_worst_cases import CASES  # noqa: E402

from desk.core.alignment import gaps  # noqa: E402
from desk.core.alignment.collation import WitnessText, collate  # noqa: E402

SMALL = 20_000  # bytes of one witness
GROWTH = 8


def character_work(texts: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> int:
    """The sum, over every diff-match-patch comparison the collation makes, of the
    product of its two inputs' lengths."""
    work = [0]
    depth = [0]  # diff-match-patch calls itself on the halves: count the outer calls
    real = gaps.DMP.diff_main

    def counted(text1, text2, *args, **kwargs):
        if not depth[0]:
            work[0] += max(1, len(text1)) * max(1, len(text2))
        depth[0] += 1
        try:
            return real(text1, text2, *args, **kwargs)
        finally:
            depth[0] -= 1

    with monkeypatch.context() as patch:
        patch.setattr(gaps.DMP, "diff_main", counted)
        collate([WitnessText("a", texts[0]), WitnessText("b", texts[1])])
    return work[0]


@pytest.mark.parametrize("case", list(CASES))
def test_the_character_work_grows_linearly(case, monkeypatch):
    small = character_work(CASES[case](SMALL), monkeypatch)
    large = character_work(CASES[case](SMALL * GROWTH), monkeypatch)
    assert large <= 1.5 * GROWTH * max(small, 1000), (small, large)
