"""Passages that sit elsewhere in one sequence than in the other: moved blocks.

Runs off the backbone that lie on one diagonal, with a few differences between them, are
gathered into one block and stretched over the differing keys at its edges, so that a
moved paragraph with misreadings inside stays one move. A short addition found, alike or
nearly, among the omissions elsewhere is a move too. Imports kgram_runs, gaps, tokens (break
strengths) and numpy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desk.core.alignment.gaps import DMP, Segment, align_in_order, as_strings
from desk.core.alignment.kgram_runs import Intervals, Run, clip
from desk.core.arrays import distinct
from desk.core.cancel import checkpoint
from desk.core.text.tokens import PARAGRAPH

MOVE_MIN = 8  # fewest matching keys a moved block must hold
MOVE_JOIN = 40  # runs of one moved block may be this many keys apart
MOVE_SHIFT = 6  # ... and this many keys off each other's diagonal (dropped characters)
EDGE_DROP = 4  # stretching a block's edge stops once differences outweigh matches by this
EDGE_WINDOW = 64  # keys looked at beyond a block's edge when stretching it
PAIRED_MOVE_MIN = 4  # shortest added/omitted pair reported as a move
PAIRED_MOVE_MAX = 2000  # longest addition looked for among the omissions
PAIRED_SHARE = 0.8  # share of an addition's keys that its omitted counterpart must hold


@dataclass(frozen=True)
class Block:
    """A passage that sits elsewhere in B than in A, aligned inside with its own segments."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class _Span:
    a: int
    a_end: int
    b: int
    b_end: int


def moved_spans(
    a: np.ndarray,
    b: np.ndarray,
    runs: list[Run],
    chain: list[Run],
    a_breaks: np.ndarray | None = None,
    b_breaks: np.ndarray | None = None,
) -> list[_Span]:
    """Passages off the chain, clear of it in A and B, each gathered from runs on one
    diagonal and stretched over differing keys at its edges, never across a paragraph
    break (see tokens.break_weights)."""
    chain_a = Intervals([(run.a, run.a_end) for run in chain])
    chain_b = Intervals([(run.b, run.b_end) for run in chain])
    candidates = sorted(
        (trimmed for run in runs if (trimmed := _trim(run, chain_a, chain_b)) is not None),
        key=lambda run: (run.a, run.b),
    )
    clusters: list[list[Run]] = []
    for run in candidates:
        for cluster in reversed(clusters[-8:]):
            last = cluster[-1]
            if (
                last.a_end - 1 <= run.a <= last.a_end + MOVE_JOIN
                and last.b_end - 1 - MOVE_SHIFT <= run.b <= last.b_end + MOVE_JOIN
                and abs((run.b - run.a) - (last.b - last.a)) <= MOVE_SHIFT
                and _clear(chain_a, last.a_end, run.a)
                and _clear(chain_b, last.b_end, run.b)
            ):
                cluster.append(run)
                break
        else:
            clusters.append([run])
    weighted = sorted(
        (
            (sum(r.size for r in clip(cluster)), cluster)
            for cluster in clusters
            if sum(r.size for r in clip(cluster)) >= MOVE_MIN
        ),
        key=lambda item: -item[0],
    )
    taken_a, taken_b = chain_a, chain_b
    accepted: list[_Span] = []
    for _, cluster in weighted:
        span = _Span(
            cluster[0].a,
            max(r.a_end for r in cluster),
            min(r.b for r in cluster),
            max(r.b_end for r in cluster),
        )
        if taken_a.overlaps(span.a, span.a_end) or taken_b.overlaps(span.b, span.b_end):
            continue
        span = _stretch(a, b, span, taken_a, taken_b, a_breaks, b_breaks)
        taken_a.add(span.a, span.a_end)
        taken_b.add(span.b, span.b_end)
        accepted.append(span)
    return sorted(accepted, key=lambda span: span.a)


def _trim(run: Run, chain_a: Intervals, chain_b: Intervals) -> Run | None:
    """The run less what it shares at its edges with the chain; None if the chain sits
    inside it or nothing is left."""
    start, end = 0, run.size
    for taken, origin in ((chain_a, run.a), (chain_b, run.b)):
        for lo, hi in taken.overlapping(origin + start, origin + end):
            if lo <= origin + start:
                start = hi - origin
            elif hi >= origin + end:
                end = lo - origin
            else:
                return None
    if end - start < 1:
        return None
    return Run(run.a + start, run.b + start, end - start)


def _clear(taken: Intervals, lo: int, hi: int) -> bool:
    return hi <= lo or not taken.overlaps(lo, hi)


def _stretch(
    a: np.ndarray,
    b: np.ndarray,
    span: _Span,
    taken_a: Intervals,
    taken_b: Intervals,
    a_breaks: np.ndarray | None,
    b_breaks: np.ndarray | None,
) -> _Span:
    """Extend a moved span over its edges while matches outweigh differences.

    Past a paragraph break only for CROSS_MIN keys or more: a byline set apart from its
    title by a blank line goes with it, a paragraph's closing 。 never opens the next move.
    """
    low_a = max(taken_a.previous_end(span.a, 0), span.a - EDGE_WINDOW)
    low_b = max(taken_b.previous_end(span.b, 0), span.b - EDGE_WINDOW)
    high_a = min(taken_a.next_start(span.a_end, len(a)), span.a_end + EDGE_WINDOW)
    high_b = min(taken_b.next_start(span.b_end, len(b)), span.b_end + EDGE_WINDOW)
    back_x, back_y = a[low_a : span.a][::-1], b[low_b : span.b][::-1]
    ahead_x, ahead_y = a[span.a_end : high_a], b[span.b_end : high_b]
    if a_breaks is None or b_breaks is None:
        back_a, back_b = _reach(back_x, back_y)
        ahead_a, ahead_b = _reach(ahead_x, ahead_y)
    else:
        back_a, back_b = _reach_past_breaks(
            back_x,
            back_y,
            _to_paragraph_break(a_breaks[low_a : span.a + 1][::-1]),
            _to_paragraph_break(b_breaks[low_b : span.b + 1][::-1]),
        )
        ahead_a, ahead_b = _reach_past_breaks(
            ahead_x,
            ahead_y,
            _to_paragraph_break(a_breaks[span.a_end : high_a + 1]),
            _to_paragraph_break(b_breaks[span.b_end : high_b + 1]),
        )
    return _Span(span.a - back_a, span.a_end + ahead_a, span.b - back_b, span.b_end + ahead_b)


CROSS_MIN = 4  # keys a stretched edge must gain past a paragraph break to cross it


def _to_paragraph_break(breaks: np.ndarray) -> int:
    """Keys from an edge to the first paragraph break, read outwards from the edge."""
    found = np.flatnonzero(breaks >= PARAGRAPH)
    return int(found[0]) if len(found) else len(breaks)


def _reach_past_breaks(x: np.ndarray, y: np.ndarray, x_break: int, y_break: int):
    """_reach, stopped at the paragraph break unless it goes CROSS_MIN keys beyond it."""
    reach_x, reach_y = _reach(x, y)
    if max(reach_x - x_break, reach_y - y_break) >= CROSS_MIN:
        return reach_x, reach_y
    if reach_x <= x_break and reach_y <= y_break:
        return reach_x, reach_y
    return _reach(x[:x_break], y[:y_break])


def _reach(x: np.ndarray, y: np.ndarray) -> tuple[int, int]:
    """How far x and y, read from their starts, go on agreeing (X-drop: +1 for a shared
    key, -1 for any other; stop once the score falls EDGE_DROP below its best)."""
    if not len(x) or not len(y):
        return 0, 0
    first, second = as_strings(x, y)
    score = best = 0
    i = j = best_i = best_j = 0
    for op, text in DMP.diff_main(first, second, False):
        for _ in text:
            if op == 0:
                score, i, j = score + 1, i + 1, j + 1
            else:
                score -= 1
                i, j = i + (op < 0), j + (op > 0)
            if score > best:
                best, best_i, best_j = score, i, j
            elif best - score >= EDGE_DROP:
                return best_i, best_j
    return best_i, best_j


def _best_match(haystack: np.ndarray, needle: np.ndarray) -> tuple[int, int] | None:
    """Where most of needle is found in haystack, allowing a few differences: the span of
    haystack from its first to its last key matched, or None."""
    if len(needle) > PAIRED_MOVE_MAX or len(haystack) > 4 * PAIRED_MOVE_MAX:
        return None
    checkpoint()
    hay, pin = as_strings(haystack, needle)
    at = hay.find(pin)
    if at >= 0:
        return at, at + len(pin)
    matched, first, last, position = 0, -1, -1, 0
    for op, text in DMP.diff_main(hay, pin, False):
        if op == 0:
            matched += len(text)
            first = position if first < 0 else first
            last = position + len(text)
        if op <= 0:
            position += len(text)
    if matched < PAIRED_SHARE * len(needle) or last - first > len(needle) / PAIRED_SHARE:
        return None
    return first, last


def pair_added_with_omitted(
    a: np.ndarray, b: np.ndarray, segments: list[Segment]
) -> tuple[list[Segment], list[Block]]:
    """Text omitted in one place and added elsewhere, alike or nearly, is a move too.

    Catches passages too short or too often repeated to anchor (a title that also opens
    the article body, a short paragraph), including one found inside a larger added or
    omitted block. Each passage missing from B (then each added in B) is looked for, in
    order, among the passages on the other side, and paired with the first that holds
    most of it; what is left of that one stays, to be found by the next.
    """
    blocks: list[Block] = []
    for only_a in (True, False):
        segments = _pair_one_side(a, b, segments, only_a, blocks)
    return segments, blocks


def _pair_one_side(
    a: np.ndarray, b: np.ndarray, segments: list[Segment], only_a: bool, blocks: list[Block]
) -> list[Segment]:
    """One pass of pair_added_with_omitted: the passages one-sided in A (only_a) looked
    for among those one-sided in B, or the other way round; the segments after it."""
    side, other_side = (a, b) if only_a else (b, a)
    haystacks = _OtherSide(side, other_side, segments, only_a)
    paired: set[int] = set()  # ids of the needles paired
    for seg in segments:
        size = (seg.a_end - seg.a_start) if only_a else (seg.b_end - seg.b_start)
        one_sided = (seg.b_start == seg.b_end) if only_a else (seg.a_start == seg.a_end)
        if not one_sided or size < PAIRED_MOVE_MIN:
            continue
        needle = a[seg.a_start : seg.a_end] if only_a else b[seg.b_start : seg.b_end]
        found = haystacks.find(needle)
        if found is None:
            continue
        other, lo, hi = found
        if only_a:
            a0, a1, b0, b1 = seg.a_start, seg.a_end, other.b_start + lo, other.b_start + hi
            rest = [
                Segment(other.a_start, other.a_end, other.b_start, b0, False),
                Segment(other.a_start, other.a_end, b1, other.b_end, False),
            ]
        else:
            a0, a1, b0, b1 = other.a_start + lo, other.a_start + hi, seg.b_start, seg.b_end
            rest = [
                Segment(other.a_start, a0, other.b_start, other.b_end, False),
                Segment(a1, other.a_end, other.b_start, other.b_end, False),
            ]
        blocks.append(Block(a0, a1, b0, b1, tuple(align_in_order(a, a0, a1, b, b0, b1))))
        haystacks.replace(other, [r for r in rest if r.a_end > r.a_start or r.b_end > r.b_start])
        paired.add(id(seg))
    return [piece for seg in segments if id(seg) not in paired for piece in haystacks.now(seg)]


class _OtherSide:
    """The passages one-sided on the other side, where needles are looked for, with an
    index of their keys: a passage can hold most of a needle only if it holds the key of
    at least one of any PAIRED_SHARE-complement-plus-one of the needle's positions, so
    only the passages holding one of the needle's rarest keys are compared with it.
    Passages split by a pairing are followed through to what is left of them."""

    def __init__(
        self, side: np.ndarray, other_side: np.ndarray, segments: list[Segment], only_a: bool
    ) -> None:
        self.other_side = other_side
        self.only_a = only_a
        self.pieces: dict[int, list[Segment]] = {}  # id of a segment -> what is left of it
        self.originals = [
            seg
            for seg in segments
            if self._one_sided(seg)
            and PAIRED_MOVE_MIN * PAIRED_SHARE <= self._size(seg)
            and self._size(seg) <= 4 * PAIRED_MOVE_MAX
        ]
        origin_of: list[np.ndarray] = []
        keys: list[np.ndarray] = []
        for number, seg in enumerate(self.originals):
            found = distinct(self._keys(seg))
            keys.append(found)
            origin_of.append(np.full(len(found), number, dtype=np.int64))
        all_keys = np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)
        order = np.argsort(all_keys, kind="stable")
        self.keys = all_keys[order]
        self.holders = (np.concatenate(origin_of) if origin_of else all_keys)[order]

    def _one_sided(self, seg: Segment) -> bool:
        return seg.a_start == seg.a_end if self.only_a else seg.b_start == seg.b_end

    def _size(self, seg: Segment) -> int:
        return (seg.b_end - seg.b_start) if self.only_a else (seg.a_end - seg.a_start)

    def _keys(self, seg: Segment) -> np.ndarray:
        if self.only_a:
            return self.other_side[seg.b_start : seg.b_end]
        return self.other_side[seg.a_start : seg.a_end]

    def _start(self, seg: Segment) -> int:
        return seg.b_start if self.only_a else seg.a_start

    def now(self, seg: Segment) -> list[Segment]:
        """What is left of a segment: itself, or the pieces a pairing left of it."""
        pieces = self.pieces.get(id(seg))
        if pieces is None:
            return [seg]
        return [left for piece in pieces for left in self.now(piece)]

    def replace(self, seg: Segment, rest: list[Segment]) -> None:
        self.pieces[id(seg)] = rest

    def find(self, needle: np.ndarray) -> tuple[Segment, int, int] | None:
        """The first passage (in text order) that holds most of the needle, and where."""
        first = np.searchsorted(self.keys, needle, side="left")
        last = np.searchsorted(self.keys, needle, side="right")
        spared = len(needle) - int(PAIRED_SHARE * len(needle))  # may be missing from a match
        rarest = np.argsort(last - first, kind="stable")[: spared + 1]
        holders = distinct(
            np.concatenate([self.holders[first[n] : last[n]] for n in rarest.tolist()])
        )
        candidates = sorted(
            (piece for number in holders.tolist() for piece in self.now(self.originals[number])),
            key=self._start,
        )
        for piece in candidates:
            if self._size(piece) < PAIRED_SHARE * len(needle):
                continue
            found = _best_match(self._keys(piece), needle)
            if found is not None:
                return piece, *found
        return None
