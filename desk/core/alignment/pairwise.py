"""Align one key sequence with another, finding passages that sit elsewhere (moves).

First the long shared passages (kgram_runs.py); the heaviest chain of them in the same order
is the backbone. Runs off it make moved blocks (moves.py). Between backbone runs, and
inside each block, the small differences are found in order (gaps.py). Imports kgram_runs,
gaps, moves, tokens (break strengths) and numpy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desk.core.alignment.gaps import ANCHOR, Segment, align_gap, align_in_order, slide
from desk.core.alignment.kgram_runs import Run, clip, heaviest_chain, matching_runs
from desk.core.alignment.moves import Block, moved_spans, pair_added_with_omitted
from desk.core.text.tokens import PARAGRAPH


@dataclass(frozen=True)
class PairAlignment:
    """Segments covering A and B in order (moved blocks left out), and the moved blocks."""

    segments: tuple[Segment, ...]
    blocks: tuple[Block, ...]


def align_pair(
    a: np.ndarray,
    b: np.ndarray,
    find_moves: bool = True,
    a_breaks: np.ndarray | None = None,
    b_breaks: np.ndarray | None = None,
) -> PairAlignment:
    """Align key sequence a with key sequence b, finding moved blocks if asked.

    The breaks (how strong the white space before each key is, one entry more than keys)
    decide where an addition or omission that could sit in several places goes: where
    it starts and ends at a line or paragraph break.
    """
    runs = matching_runs(a, 0, len(a), b, 0, len(b), ANCHOR)
    if a_breaks is not None and b_breaks is not None:
        runs = _trim_at_paragraphs(runs, a_breaks, b_breaks)
    chain = clip(heaviest_chain(runs))
    spans = moved_spans(a, b, runs, chain, a_breaks, b_breaks) if find_moves else []
    moved_a = sorted((s.a, s.a_end) for s in spans)
    moved_b = sorted((s.b, s.b_end) for s in spans)
    segments: list[Segment] = []
    a_pos = b_pos = 0
    for run in [*chain, Run(len(a), len(b), 0)]:
        segments.extend(align_gap(a, a_pos, run.a, moved_a, b, b_pos, run.b, moved_b))
        if run.size:
            segments.append(Segment(run.a, run.a_end, run.b, run.b_end, True))
        a_pos, b_pos = run.a_end, run.b_end
    blocks = [
        Block(s.a, s.a_end, s.b, s.b_end, tuple(align_in_order(a, s.a, s.a_end, b, s.b, s.b_end)))
        for s in spans
    ]
    if find_moves:
        segments, paired = pair_added_with_omitted(a, b, segments)
        blocks.extend(paired)
    blocks.sort(key=lambda block: block.a_start)
    if a_breaks is not None and b_breaks is not None:
        segments = slide(segments, a, b, a_breaks, b_breaks)
        blocks = [
            Block(
                k.a_start,
                k.a_end,
                k.b_start,
                k.b_end,
                tuple(slide(list(k.segments), a, b, a_breaks, b_breaks)),
            )
            for k in blocks
        ]
    return PairAlignment(tuple(segments), tuple(blocks))


def _trim_at_paragraphs(runs: list[Run], a_breaks: np.ndarray, b_breaks: np.ndarray) -> list[Run]:
    """Cut a run back to a paragraph break it crosses by fewer than ANCHOR keys: so short
    a stretch has no anchor of its own and may belong to a passage placed elsewhere."""
    trimmed = []
    for run in runs:
        inside = np.flatnonzero(
            (a_breaks[run.a + 1 : run.a_end] >= PARAGRAPH)
            | (b_breaks[run.b + 1 : run.b_end] >= PARAGRAPH)
        )
        start, end = 0, run.size
        if len(inside):
            if inside[0] + 1 < ANCHOR:
                start = int(inside[0]) + 1
            if run.size - (inside[-1] + 1) < ANCHOR:
                end = int(inside[-1]) + 1
        if end - start >= 1:
            trimmed.append(Run(run.a + start, run.b + start, end - start))
    return trimmed
