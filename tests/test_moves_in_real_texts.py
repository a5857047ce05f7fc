"""Moved paragraphs in the sample texts stay whole: OCR-like copies of seeds 002-004.

Each copy has look-alike misreadings, dropped and doubled characters, column breaks,
stray spaces and half-width punctuation, and two of its paragraphs moved elsewhere. The
collation against another damaged copy in the clean order must report each move as whole
paragraphs, and no text variant may be longer than the damage that made it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_witnesses import make_witnesses
from test_alignment_table import check_cover, check_moves_are_whole_paragraphs

from desk.core.alignment.collation import WitnessText, collate

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HAN = re.compile(r"[\u4e00-\u9fff]")


def chinese_paragraphs(name: str) -> list[str]:
    """The seed's paragraphs (blank-line or line separated) that are mostly Chinese."""
    text = next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    parts = re.split(r"\n\s*\n", text)
    if len(parts) < 6:
        parts = text.split("\n")
    paragraphs = ["".join(p.split()) for p in parts]
    return [p for p in paragraphs if len(p) >= 20 and len(HAN.findall(p)) >= 0.8 * len(p)]


@pytest.mark.parametrize("name", ["002", "003", "004"])
@settings(
    max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(seed=st.integers(0, 10**9), kind=st.sampled_from(["two", "swap", "move"]))
def test_moved_paragraphs_of_a_real_text_stay_whole(name, seed, kind):
    clean = chinese_paragraphs(name)
    made = make_witnesses(seed, 2, errors=4, moves=(None, kind), clean=clean)
    result = collate([WitnessText(f"w{n}", text) for n, text in enumerate(made.texts)])
    check_cover(result)
    texts = {f"w{n}": text for n, text in enumerate(made.texts)}
    check_moves_are_whole_paragraphs(result, texts, len(made.damages[1].moved))
    noise = [
        {w: r.text for w, r in v.readings.items()}
        for v in result.variants
        if v.category == "text" and any(len(HAN.findall(r.text)) > 1 for r in v.readings.values())
    ]
    assert not noise
