"""Align one key sequence with another, finding passages that sit elsewhere (moves).

First the long shared passages (anchors.py); the heaviest chain of them in the same order
is the backbone. Runs off the backbone that lie on one diagonal, with a few differences
between them, are gathered into one moved block and stretched over the differing tokens
at its edges, so that a moved paragraph with misreadings inside stays one move. Only
between backbone runs, and inside each block, does diff-match-patch look for the small
differences. Imports anchors, numpy and diff-match-patch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from diff_match_patch import diff_match_patch

from desk.core.alignment.anchors import Intervals, Run, clip, heaviest_chain, matching_runs
from desk.core.text.tokens import PARAGRAPH

ANCHOR = 8  # keys in a unique shared k-gram that seeds a run
MOVE_MIN = 8  # fewest matching keys a moved block must hold
MOVE_JOIN = 40  # runs of one moved block may be this many keys apart
MOVE_SHIFT = 6  # ... and this many keys off each other's diagonal (dropped characters)
EDGE_DROP = 4  # stretching a block's edge stops once differences outweigh matches by this
EDGE_WINDOW = 64  # keys looked at beyond a block's edge when stretching it
PAIRED_MOVE_MIN = 4  # shortest added/omitted pair reported as a move
PAIRED_MOVE_MAX = 2000  # longest addition looked for among the omissions
PAIRED_SHARE = 0.8  # share of an addition's keys that its omitted counterpart must hold
DIFF_LIMIT = 250_000  # largest product of gap lengths handed to diff-match-patch


@dataclass(frozen=True)
class Segment:
    """A stretch of A aligned with a stretch of B: equal key for key, or a difference."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    equal: bool


@dataclass(frozen=True)
class Block:
    """A passage that sits elsewhere in B than in A, aligned inside with its own segments."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    segments: tuple[Segment, ...]


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
    spans = _moved_spans(a, b, runs, chain) if find_moves else []
    moved_a = sorted((s.a, s.a_end) for s in spans)
    moved_b = sorted((s.b, s.b_end) for s in spans)
    segments: list[Segment] = []
    a_pos = b_pos = 0
    for run in [*chain, Run(len(a), len(b), 0)]:
        segments.extend(_align_gap(a, a_pos, run.a, moved_a, b, b_pos, run.b, moved_b))
        if run.size:
            segments.append(Segment(run.a, run.a_end, run.b, run.b_end, True))
        a_pos, b_pos = run.a_end, run.b_end
    blocks = [
        Block(s.a, s.a_end, s.b, s.b_end, tuple(align_in_order(a, s.a, s.a_end, b, s.b, s.b_end)))
        for s in spans
    ]
    if find_moves:
        segments, paired = _pair_added_with_omitted(a, b, segments)
        blocks.extend(paired)
    blocks.sort(key=lambda block: block.a_start)
    if a_breaks is not None and b_breaks is not None:
        segments = _slide(segments, a, b, a_breaks, b_breaks)
        blocks = [
            Block(
                k.a_start,
                k.a_end,
                k.b_start,
                k.b_end,
                tuple(_slide(list(k.segments), a, b, a_breaks, b_breaks)),
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


SLIDE_MAX = 32  # farthest an addition or omission is slid towards a break


def _slide(
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


@dataclass(frozen=True)
class _Span:
    a: int
    a_end: int
    b: int
    b_end: int


def _moved_spans(a: np.ndarray, b: np.ndarray, runs: list[Run], chain: list[Run]) -> list[_Span]:
    """Passages off the chain, clear of it in A and B, each gathered from runs on one
    diagonal and stretched over differing keys at its edges."""
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
        span = _stretch(a, b, span, taken_a, taken_b)
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
    a: np.ndarray, b: np.ndarray, span: _Span, taken_a: Intervals, taken_b: Intervals
) -> _Span:
    """Extend a moved span over its edges while matches outweigh differences."""
    low_a = max(taken_a.previous_end(span.a, 0), span.a - EDGE_WINDOW)
    low_b = max(taken_b.previous_end(span.b, 0), span.b - EDGE_WINDOW)
    high_a = min(taken_a.next_start(span.a_end, len(a)), span.a_end + EDGE_WINDOW)
    high_b = min(taken_b.next_start(span.b_end, len(b)), span.b_end + EDGE_WINDOW)
    back_a, back_b = _reach(a[low_a : span.a][::-1], b[low_b : span.b][::-1])
    ahead_a, ahead_b = _reach(a[span.a_end : high_a], b[span.b_end : high_b])
    return _Span(span.a - back_a, span.a_end + ahead_a, span.b - back_b, span.b_end + ahead_b)


def _reach(x: np.ndarray, y: np.ndarray) -> tuple[int, int]:
    """How far x and y, read from their starts, go on agreeing (X-drop: +1 for a shared
    key, -1 for any other; stop once the score falls EDGE_DROP below its best)."""
    if not len(x) or not len(y):
        return 0, 0
    first, second = _as_strings(x, y)
    score = best = 0
    i = j = best_i = best_j = 0
    for op, text in _DMP.diff_main(first, second, False):
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


def _without(lo: int, hi: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
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


def _align_gap(
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
    a_pieces = _without(a_lo, a_hi, moved_a)
    b_pieces = _without(b_lo, b_hi, moved_b)
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


def _common_prefix(a: np.ndarray, a0: int, a1: int, b: np.ndarray, b0: int, b1: int) -> int:
    size = min(a1 - a0, b1 - b0)
    if size <= 0:
        return 0
    differ = np.flatnonzero(a[a0 : a0 + size] != b[b0 : b0 + size])
    return int(differ[0]) if len(differ) else size


def _common_suffix(a: np.ndarray, a0: int, a1: int, b: np.ndarray, b0: int, b1: int) -> int:
    size = min(a1 - a0, b1 - b0)
    if size <= 0:
        return 0
    differ = np.flatnonzero(a[a1 - size : a1][::-1] != b[b1 - size : b1][::-1])
    return int(differ[0]) if len(differ) else size


def align_in_order(
    a: np.ndarray, a0: int, a1: int, b: np.ndarray, b0: int, b1: int
) -> list[Segment]:
    """Segments aligning a[a0:a1] with b[b0:b1] in order, with no moves."""
    segments: list[Segment] = []
    head = _common_prefix(a, a0, a1, b, b0, b1)
    if head:
        segments.append(Segment(a0, a0 + head, b0, b0 + head, True))
    a0, b0 = a0 + head, b0 + head
    tail = _common_suffix(a, a0, a1, b, b0, b1)
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
    if (a1 - a0) * (b1 - b0) <= DIFF_LIMIT:
        return _diff(a, a0, a1, b, b0, b1)
    chain = clip(heaviest_chain(matching_runs(a, a0, a1, b, b0, b1, k)))
    if not chain:
        if k > 2:
            return _align_middle(a, a0, a1, b, b0, b1, k // 2)
        return [Segment(a0, a1, b0, b1, False)]  # large, and nothing in common
    segments: list[Segment] = []
    pos_a, pos_b = a0, b0
    for run in [*chain, Run(a1, b1, 0)]:
        segments.extend(align_in_order(a, pos_a, run.a, b, pos_b, run.b))
        if run.size:
            segments.append(Segment(run.a, run.a_end, run.b, run.b_end, True))
        pos_a, pos_b = run.a_end, run.b_end
    return segments


_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # ranges are kept small; a timeout would silently give up


def _as_strings(x: np.ndarray, y: np.ndarray) -> tuple[str, str]:
    """Two key ranges as strings, one character per key, equal keys equal characters."""
    # (np.unique would load numpy.ma: 15 ms of start-up for a few dozen keys.)
    codes: dict[int, str] = {}
    chars = "".join(
        codes.setdefault(key, chr(0x100 + len(codes))) for key in np.concatenate([x, y]).tolist()
    )
    return chars[: len(x)], chars[len(x) :]


def _diff(a: np.ndarray, a0: int, a1: int, b: np.ndarray, b0: int, b1: int) -> list[Segment]:
    """diff-match-patch on two small ranges, as segments."""
    x, y = _as_strings(a[a0:a1], b[b0:b1])
    segments: list[Segment] = []
    pos_a, pos_b = a0, b0
    for op, text in _DMP.diff_main(x, y, False):
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


def _best_match(haystack: np.ndarray, needle: np.ndarray) -> tuple[int, int] | None:
    """Where most of needle is found in haystack, allowing a few differences: the span of
    haystack from its first to its last key matched, or None."""
    if len(needle) > PAIRED_MOVE_MAX or len(haystack) > 4 * PAIRED_MOVE_MAX:
        return None
    hay, pin = _as_strings(haystack, needle)
    at = hay.find(pin)
    if at >= 0:
        return at, at + len(pin)
    matched, first, last, position = 0, -1, -1, 0
    for op, text in _DMP.diff_main(hay, pin, False):
        if op == 0:
            matched += len(text)
            first = position if first < 0 else first
            last = position + len(text)
        if op <= 0:
            position += len(text)
    if matched < PAIRED_SHARE * len(needle) or last - first > len(needle) / PAIRED_SHARE:
        return None
    return first, last


def _pair_added_with_omitted(
    a: np.ndarray, b: np.ndarray, segments: list[Segment]
) -> tuple[list[Segment], list[Block]]:
    """Text omitted in one place and added elsewhere, alike or nearly, is a move too.

    Catches passages too short or too often repeated to anchor (a title that also opens
    the article body, a short paragraph), including one found inside a larger added or
    omitted block.
    """
    segments = list(segments)
    blocks: list[Block] = []
    for only_a in (True, False):
        n = 0
        while n < len(segments):
            seg = segments[n]
            size = (seg.a_end - seg.a_start) if only_a else (seg.b_end - seg.b_start)
            one_sided = (seg.b_start == seg.b_end) if only_a else (seg.a_start == seg.a_end)
            if not one_sided or size < PAIRED_MOVE_MIN:
                n += 1
                continue
            needle = a[seg.a_start : seg.a_end] if only_a else b[seg.b_start : seg.b_end]
            found = _find_in_other_side(a, b, segments, needle, only_a)
            if found is None:
                n += 1
                continue
            m, lo, hi = found
            other = segments[m]
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
            rest = [r for r in rest if r.a_end > r.a_start or r.b_end > r.b_start]
            segments[m : m + 1] = rest
            if m < n:
                n += len(rest) - 1
            del segments[n]
    return segments, blocks


def _find_in_other_side(
    a: np.ndarray, b: np.ndarray, segments: list[Segment], needle: np.ndarray, only_a: bool
) -> tuple[int, int, int] | None:
    """The one-sided segment on the other side that holds most of `needle`, and where."""
    for m, other in enumerate(segments):
        if only_a and other.a_start == other.a_end:
            haystack = b[other.b_start : other.b_end]
        elif not only_a and other.b_start == other.b_end:
            haystack = a[other.a_start : other.a_end]
        else:
            continue
        if len(haystack) < PAIRED_SHARE * len(needle):
            continue
        found = _best_match(haystack, needle)
        if found is not None:
            return m, *found
    return None
