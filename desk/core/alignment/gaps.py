"""Align two key ranges in order, with no moves: the small differences between anchors.

Common ends are stripped; what is left is handed to diff-match-patch when small, else cut
at smaller anchors first, so the cost follows the differences, not their product. An
addition or omission that could sit in several places slides to where it meets line or
paragraph breaks. Imports kgram_runs, numpy and diff-match-patch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from diff_match_patch import diff_match_patch

from desk.core.alignment.kgram_runs import (
    Run,
    agreeing_ahead,
    agreeing_behind,
    clip,
    heaviest_chain,
    matching_runs,
)
from desk.core.cancel import checkpoint

ANCHOR = 8  # keys in a unique shared k-gram that seeds a run
DIFF_LIMIT = 250_000  # largest product of gap lengths handed to diff-match-patch
# Two stretches that have less than this share in common are one replaced stretch: two
# unrelated paragraphs hold no variants to align, only chance agreements. Small stretches
# (of at least SHARED_MIN keys) count their shared pairs of keys: unrelated prose shares
# at most 4% of them, with half its characters misread still 12%. Large ones count what
# their chain of shared passages in order covers, which chance keeps near nothing at any
# size (pairs shared by chance grow with the text: 40% of 100 KB of unrelated prose).
SHARED_LITTLE = 0.08
SHARED_MIN = 24


@dataclass(frozen=True)
class Segment:
    """A stretch of A aligned with a stretch of B: equal key for key, or a difference."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    equal: bool


SLIDE_MAX = 32  # farthest an addition or omission is slid towards a break


def slide(
    segments: list[Segment],
    a: np.ndarray,
    b: np.ndarray,
    a_breaks: np.ndarray,
    b_breaks: np.ndarray,
) -> list[Segment]:
    """Slide each addition or omission between two equal segments to where it begins and
    ends at the strongest breaks (as diff-match-patch's semantic cleanup does)."""
    segments = list(segments)
    for n in range(1, len(segments) - 1):
        before, edit, after = segments[n - 1], segments[n], segments[n + 1]
        if edit.equal or not (before.equal and after.equal):
            continue
        if before.a_end != edit.a_start or before.b_end != edit.b_start:
            continue
        if after.a_start != edit.a_end or after.b_start != edit.b_end:
            continue
        if edit.a_start == edit.a_end:
            seq, lo, hi, breaks = b, edit.b_start, edit.b_end, b_breaks
            room_left, room_right = before.b_end - before.b_start, after.b_end - after.b_start
        elif edit.b_start == edit.b_end:
            seq, lo, hi, breaks = a, edit.a_start, edit.a_end, a_breaks
            room_left, room_right = before.a_end - before.a_start, after.a_end - after.a_start
        else:
            continue
        left = 0
        while left < min(room_left, SLIDE_MAX) and seq[lo - left - 1] == seq[hi - left - 1]:
            left += 1
        right = 0
        while right < min(room_right, SLIDE_MAX) and seq[lo + right] == seq[hi + right]:
            right += 1
        if not left and not right:
            continue
        best = max(
            range(-left, right + 1),
            key=lambda d: (int(breaks[lo + d]) + int(breaks[hi + d]), -abs(d)),
        )
        if best == 0:
            continue
        segments[n - 1] = Segment(
            before.a_start, before.a_end + best, before.b_start, before.b_end + best, True
        )
        segments[n] = Segment(
            edit.a_start + best, edit.a_end + best, edit.b_start + best, edit.b_end + best, False
        )
        segments[n + 1] = Segment(
            after.a_start + best, after.a_end, after.b_start + best, after.b_end, True
        )
    return [s for s in segments if s.a_end > s.a_start or s.b_end > s.b_start]


def without(lo: int, hi: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [lo, hi) outside the sorted spans."""
    pieces = []
    for start, end in spans:
        if end <= lo or start >= hi:
            continue
        if start > lo:
            pieces.append((lo, start))
        lo = max(lo, end)
    if lo < hi:
        pieces.append((lo, hi))
    return pieces


def align_gap(
    a: np.ndarray,
    a_lo: int,
    a_hi: int,
    moved_a: list[tuple[int, int]],
    b: np.ndarray,
    b_lo: int,
    b_hi: int,
    moved_b: list[tuple[int, int]],
) -> list[Segment]:
    """Align what moved blocks leave of a gap between two backbone runs."""
    a_pieces = without(a_lo, a_hi, moved_a)
    b_pieces = without(b_lo, b_hi, moved_b)
    if len(a_pieces) <= 1 and len(b_pieces) <= 1:
        a0, a1 = a_pieces[0] if a_pieces else (a_lo, a_lo)
        b0, b1 = b_pieces[0] if b_pieces else (b_lo, b_lo)
        return align_in_order(a, a0, a1, b, b0, b1)
    a_index = _indices(a_pieces)
    b_index = _indices(b_pieces)
    a_joined, b_joined = a[a_index], b[b_index]
    ops_a: list[np.ndarray] = []
    ops_b: list[np.ndarray] = []
    for seg in align_in_order(a_joined, 0, len(a_joined), b_joined, 0, len(b_joined)):
        if seg.equal:
            ops_a.append(a_index[seg.a_start : seg.a_end])
            ops_b.append(b_index[seg.b_start : seg.b_end])
        else:
            ops_a.append(a_index[seg.a_start : seg.a_end])
            ops_b.append(np.full(seg.a_end - seg.a_start, -1))
            ops_a.append(np.full(seg.b_end - seg.b_start, -1))
            ops_b.append(b_index[seg.b_start : seg.b_end])
    first_a = a_pieces[0][0] if a_pieces else a_lo
    first_b = b_pieces[0][0] if b_pieces else b_lo
    if not ops_a:
        return []
    return _segments_from_ops(np.concatenate(ops_a), np.concatenate(ops_b), first_a, first_b)


def _indices(pieces: list[tuple[int, int]]) -> np.ndarray:
    if not pieces:
        return np.zeros(0, dtype=np.int64)
    return np.concatenate([np.arange(start, end) for start, end in pieces])


def _segments_from_ops(ops_a: np.ndarray, ops_b: np.ndarray, a_pos: int, b_pos: int):
    """Group key operations into segments, starting a new one wherever a side jumps."""
    segments: list[Segment] = []
    for i, j in zip(ops_a.tolist(), ops_b.tolist()):
        equal = i >= 0 and j >= 0
        last = segments[-1] if segments else None
        if (
            last is not None
            and last.equal == equal
            and (i < 0 or i == last.a_end)
            and (j < 0 or j == last.b_end)
        ):
            segments[-1] = Segment(
                last.a_start, last.a_end + (i >= 0), last.b_start, last.b_end + (j >= 0), equal
            )
        else:
            start_a = i if i >= 0 else a_pos
            start_b = j if j >= 0 else b_pos
            segments.append(
                Segment(start_a, start_a + (i >= 0), start_b, start_b + (j >= 0), equal)
            )
        if i >= 0:
            a_pos = i + 1
        if j >= 0:
            b_pos = j + 1
    return segments


def align_in_order(
    a: np.ndarray, a0: int, a1: int, b: np.ndarray, b0: int, b1: int
) -> list[Segment]:
    """Segments aligning a[a0:a1] with b[b0:b1] in order, with no moves."""
    checkpoint()
    segments: list[Segment] = []
    head = agreeing_ahead(a, a0, b, b0, max(0, min(a1 - a0, b1 - b0)))
    if head:
        segments.append(Segment(a0, a0 + head, b0, b0 + head, True))
    a0, b0 = a0 + head, b0 + head
    tail = agreeing_behind(a, a1, b, b1, max(0, min(a1 - a0, b1 - b0)))
    segments.extend(_align_middle(a, a0, a1 - tail, b, b0, b1 - tail, ANCHOR))
    if tail:
        segments.append(Segment(a1 - tail, a1, b1 - tail, b1, True))
    return segments


def _align_middle(
    a: np.ndarray, a0: int, a1: int, b: np.ndarray, b0: int, b1: int, k: int
) -> list[Segment]:
    """Differences between two ranges that share no first or last key."""
    if a0 == a1 and b0 == b1:
        return []
    if a0 == a1 or b0 == b1 or (a1 - a0 == 1 and b1 - b0 == 1):
        return [Segment(a0, a1, b0, b1, False)]
    shortest = min(a1 - a0, b1 - b0)
    if (a1 - a0) * (b1 - b0) <= DIFF_LIMIT:
        if shortest >= SHARED_MIN and _share_little(a[a0:a1], b[b0:b1]):
            return [Segment(a0, a1, b0, b1, False)]  # one stretch replaced by another
        return _diff(a, a0, a1, b, b0, b1)
    chain = clip(heaviest_chain(matching_runs(a, a0, a1, b, b0, b1, k)))
    if not chain or sum(run.size for run in chain) < SHARED_LITTLE * shortest:  # by chance
        if k > 2:
            return _align_middle(a, a0, a1, b, b0, b1, k // 2)
        walked = _walk_in_step(a, a0, a1, b, b0, b1)  # a passage repeated has no anchor
        return walked or [Segment(a0, a1, b0, b1, False)]  # next to nothing in common
    segments: list[Segment] = []
    pos_a, pos_b = a0, b0
    for run in [*chain, Run(a1, b1, 0)]:
        segments.extend(align_in_order(a, pos_a, run.a, b, pos_b, run.b))
        if run.size:
            segments.append(Segment(run.a, run.a_end, run.b, run.b_end, True))
        pos_a, pos_b = run.a_end, run.b_end
    return segments


RESYNC_WINDOW = 32  # keys looked at past a difference for the two to agree again
RESYNC_AGREE = 8  # keys that must agree for them to be in step again


def _walk_in_step(
    a: np.ndarray, a0: int, a1: int, b: np.ndarray, b0: int, b1: int
) -> list[Segment] | None:
    """Two large ranges that agree nearly everywhere yet share no passage found once in
    each (a passage repeated throughout), walked side by side: each difference is
    stepped over to where the two agree again for RESYNC_AGREE keys within
    RESYNC_WINDOW; None where they cannot be brought back in step."""
    segments: list[Segment] = []
    i, j = a0, b0
    while i < a1 and j < b1:
        checkpoint()
        same = agreeing_ahead(a, i, b, j, min(a1 - i, b1 - j))
        if same:
            segments.append(Segment(i, i + same, j, j + same, True))
            i, j = i + same, j + same
            continue
        if min(a1 - i, b1 - j) <= RESYNC_WINDOW + RESYNC_AGREE:
            break  # the ends: left to the last difference
        step = _step_over(a, i, b, j)
        if step is None:
            return None
        segments.extend(_align_middle(a, i, i + step[0], b, j, j + step[1], ANCHOR))
        i, j = i + step[0], j + step[1]
    if (a1 - i) * (b1 - j) <= DIFF_LIMIT:
        segments.extend(_align_middle(a, i, a1, b, j, b1, ANCHOR))
    else:  # one side ends, the other goes on
        segments.append(Segment(i, a1, j, b1, False))
    return segments


def _step_over(a: np.ndarray, i: int, b: np.ndarray, j: int) -> tuple[int, int] | None:
    """The nearest (di, dj), each within RESYNC_WINDOW, from which a and b agree for
    RESYNC_AGREE keys; nearest: smallest di + dj, then the smaller di."""
    span = RESYNC_WINDOW + RESYNC_AGREE
    agree = a[i : i + span, None] == b[None, j : j + span]
    inside = RESYNC_WINDOW + 1
    run = agree[:inside, :inside].copy()
    for shift in range(1, RESYNC_AGREE):
        run &= agree[shift : shift + inside, shift : shift + inside]
    found = np.argwhere(run)
    if not len(found):
        return None
    di, dj = min(found.tolist(), key=lambda at: (at[0] + at[1], at[0]))
    return di, dj


def _share_little(x: np.ndarray, y: np.ndarray) -> bool:
    """Whether two stretches share fewer than SHARED_LITTLE of their pairs of adjacent
    keys (counted with repeats, against the shorter stretch's pairs)."""
    pairs_x = _pair_counts(x)
    pairs_y = _pair_counts(y)
    _, in_x, in_y = np.intersect1d(pairs_x[0], pairs_y[0], return_indices=True)
    shared = int(np.minimum(pairs_x[1][in_x], pairs_y[1][in_y]).sum())
    return shared < SHARED_LITTLE * (min(len(x), len(y)) - 1)


def _pair_counts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct pair of adjacent keys (as one number) and how often it occurs."""
    pairs = (keys[:-1].astype(np.int64) << 32) | keys[1:].astype(np.int64)
    pairs.sort()
    starts = np.flatnonzero(np.concatenate(([True], pairs[1:] != pairs[:-1])))
    return pairs[starts], np.diff(np.append(starts, len(pairs)))


DMP = diff_match_patch()
DMP.Diff_Timeout = 0  # ranges are kept small; a timeout would silently give up


def as_strings(x: np.ndarray, y: np.ndarray) -> tuple[str, str]:
    """Two key ranges as strings, one character per key, equal keys equal characters."""
    # (np.unique would load numpy.ma: 15 ms of start-up for a few dozen keys.)
    codes: dict[int, str] = {}
    chars = "".join(
        codes.setdefault(key, chr(0x100 + len(codes))) for key in np.concatenate([x, y]).tolist()
    )
    return chars[: len(x)], chars[len(x) :]


def _diff(a: np.ndarray, a0: int, a1: int, b: np.ndarray, b0: int, b1: int) -> list[Segment]:
    """diff-match-patch on two small ranges, as segments."""
    x, y = as_strings(a[a0:a1], b[b0:b1])
    segments: list[Segment] = []
    pos_a, pos_b = a0, b0
    for op, text in DMP.diff_main(x, y, False):
        size = len(text)
        if op == 0:
            segments.append(Segment(pos_a, pos_a + size, pos_b, pos_b + size, True))
            pos_a += size
            pos_b += size
            continue
        last = segments[-1] if segments and not segments[-1].equal else None
        if last is None:
            last = Segment(pos_a, pos_a, pos_b, pos_b, False)
            segments.append(last)
        if op < 0:
            pos_a += size
        else:
            pos_b += size
        segments[-1] = Segment(last.a_start, pos_a, last.b_start, pos_b, False)
    return segments
