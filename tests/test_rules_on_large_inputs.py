"""Every cleaning rule finishes on a megabyte of the text shapes that once made one of
them quadratic: no line break at all, a space every few characters, lone CR breaks.

A rule that went back to a scan per match would take many minutes here; the timeout
turns that into a failure. The figures, with their growth, are bench/bench_rules.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_rules import lone_cr_columns, no_break, spaced  # noqa: E402

from desk.core.text.cleaning import RULES  # noqa: E402

MEGABYTE = 1_000_000


@pytest.mark.timeout(240)
@pytest.mark.parametrize("make", [no_break, spaced, lone_cr_columns], ids=lambda f: f.__name__)
def test_every_rule_finishes_on_a_megabyte(make):
    text = make(MEGABYTE)
    for rule in RULES:
        for start, end, replacement in rule.find(text):
            assert 0 <= start <= end <= len(text) and isinstance(replacement, str)
