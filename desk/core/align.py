"""Align two token sequences, each given as a string of one character per token.

First the long shared passages: k-grams that occur once in each sequence are extended
into matching runs; the heaviest chain of runs in the same order in both is the
backbone, and long runs off it are moved blocks. Only between backbone runs, and inside
each moved block, does diff-match-patch look for the small differences, so the cost
grows with the length and the number of differences, not with their product.
Standard library and diff-match-patch only.
"""

from __future__ import annotations

from dataclasses import dataclass

from diff_match_patch import diff_match_patch

ANCHOR = 8  # tokens in a unique shared k-gram that seeds a run
SAMPLE = 2  # A is probed every SAMPLE tokens
MOVE_MIN = 8  # shortest run that can be reported as moved
MOVE_JOIN = 40  # runs of one moved block may be this many tokens apart
PAIRED_MOVE_MIN = 4  # shortest identical added/omitted pair reported as a move
DIFF_LIMIT = 250_000  # largest product of gap lengths handed to diff-match-patch


@dataclass(frozen=True)
class Segment:
    """A stretch of A aligned with a stretch of B: equal token for token, or a difference."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    equal: bool


@dataclass(frozen=True)
class Move:
    """A block that sits elsewhere in B than in A, aligned inside with its own segments."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Alignment:
    """Segments covering A and B in order (moved blocks left out), and the moved blocks."""

    segments: tuple[Segment, ...]
    moves: tuple[Move, ...]


@dataclass(frozen=True)
class _Run:
    a: int
    b: int
    size: int

    @property
    def a_end(self) -> int:
        return self.a + self.size

    @property
    def b_end(self) -> int:
        return self.b + self.size


def align(a: str, b: str, find_moves: bool = True) -> Alignment:
    """Align sequence a with sequence b, finding moved blocks if asked."""
    runs = _matching_runs(a, 0, len(a), b, 0, len(b), ANCHOR)
    chain = _clip(_heaviest_chain(runs))
    blocks = _moved_blocks(runs, chain) if find_moves else []
    moved_a = sorted((block.a, block.a_end) for block in blocks)
    moved_b = sorted((block.b, block.b_end) for block in blocks)
    segments: list[Segment] = []
    a_pos = b_pos = 0
    for run in [*chain, _Run(len(a), len(b), 0)]:
        segments.extend(_align_gap(a, a_pos, run.a, moved_a, b, b_pos, run.b, moved_b))
        if run.size:
            segments.append(Segment(run.a, run.a_end, run.b, run.b_end, True))
        a_pos, b_pos = run.a_end, run.b_end
    moves = [
        Move(
            block.a,
            block.a_end,
            block.b,
            block.b_end,
            tuple(_align_in_order(a, block.a, block.a_end, b, block.b, block.b_end)),
        )
        for block in blocks
    ]
    if find_moves:
        segments, paired = _pair_added_with_omitted(a, b, segments)
        moves.extend(paired)
    moves.sort(key=lambda move: move.a_start)
    return Alignment(tuple(segments), tuple(moves))


def _unique_kgrams(s: str, lo: int, hi: int, k: int) -> dict[str, int]:
    first: dict[str, int] = {}
    repeated = set()
    for i in range(lo, hi - k + 1):
        gram = s[i : i + k]
        if gram in first:
            repeated.add(gram)
        else:
            first[gram] = i
    for gram in repeated:
        del first[gram]
    return first


def _matching_runs(a: str, a0: int, a1: int, b: str, b0: int, b1: int, k: int) -> list[_Run]:
    """Maximal runs of equal tokens that contain a k-gram found once in b's range.

    A is probed at every SAMPLE-th position only: a run of k + SAMPLE - 1 tokens or more
    always contains a probe, and runs are extended to their full length anyway.
    """
    grams_b = _unique_kgrams(b, b0, b1, k)
    anchors = []
    for i in range(a0, a1 - k + 1, SAMPLE):
        j = grams_b.get(a[i : i + k])
        if j is not None:
            anchors.append((i, j))
    runs: list[_Run] = []
    covered_until = {}  # diagonal -> end in A of the last run found on it
    for i, j in anchors:
        if covered_until.get(i - j, -1) >= i + k:
            continue  # inside a run already found
        start_a, start_b = i, j
        while start_a > a0 and start_b > b0 and a[start_a - 1] == b[start_b - 1]:
            start_a -= 1
            start_b -= 1
        end_a, end_b = i + k, j + k
        while end_a < a1 and end_b < b1 and a[end_a] == b[end_b]:
            end_a += 1
            end_b += 1
        covered_until[i - j] = end_a
        runs.append(_Run(start_a, start_b, end_a - start_a))
    return runs


def _heaviest_chain(runs: list[_Run]) -> list[_Run]:
    """The runs in the same order in A and B that together cover the most tokens."""
    if not runs:
        return []
    ranks = {b: rank + 1 for rank, b in enumerate(sorted({run.b for run in runs}))}
    tree: list[tuple[int, int]] = [(0, -1)] * (len(ranks) + 1)  # Fenwick tree: best (weight, run)
    weights = [0] * len(runs)
    back = [-1] * len(runs)
    # Same A start: larger B first, so runs starting together never chain to each other.
    for n in sorted(range(len(runs)), key=lambda n: (runs[n].a, -runs[n].b)):
        rank = ranks[runs[n].b] - 1
        found = (0, -1)
        while rank > 0:
            if tree[rank][0] > found[0]:
                found = tree[rank]
            rank -= rank & -rank
        weights[n] = found[0] + runs[n].size
        back[n] = found[1]
        rank = ranks[runs[n].b]
        while rank < len(tree):
            if weights[n] > tree[rank][0]:
                tree[rank] = (weights[n], n)
            rank += rank & -rank
    n = max(range(len(runs)), key=weights.__getitem__)
    chain = []
    while n != -1:
        chain.append(runs[n])
        n = back[n]
    return chain[::-1]


def _clip(chain: list[_Run]) -> list[_Run]:
    """Trim runs so that each starts after the one before ends, in A and in B."""
    clipped: list[_Run] = []
    for run in chain:
        if clipped:
            overlap = max(clipped[-1].a_end - run.a, clipped[-1].b_end - run.b, 0)
            run = _Run(run.a + overlap, run.b + overlap, run.size - overlap)
        if run.size > 0:
            clipped.append(run)
    return clipped


def _overlaps(lo: int, hi: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < hi and lo < end for start, end in spans)


@dataclass(frozen=True)
class _Block:
    a: int
    a_end: int
    b: int
    b_end: int


def _moved_blocks(runs: list[_Run], chain: list[_Run]) -> list[_Block]:
    """Long runs off the chain, clear of it in A and B, joined into moved blocks."""
    chain_a = [(run.a, run.a_end) for run in chain]
    chain_b = [(run.b, run.b_end) for run in chain]
    taken_a, taken_b = list(chain_a), list(chain_b)
    accepted: list[_Run] = []
    for run in sorted(runs, key=lambda r: -r.size):
        if run.size < MOVE_MIN:
            break
        if _overlaps(run.a, run.a_end, taken_a) or _overlaps(run.b, run.b_end, taken_b):
            continue
        accepted.append(run)
        taken_a.append((run.a, run.a_end))
        taken_b.append((run.b, run.b_end))
    blocks: list[_Block] = []
    for run in sorted(accepted, key=lambda r: r.a):
        last = blocks[-1] if blocks else None
        if (
            last is not None
            and 0 <= run.a - last.a_end <= MOVE_JOIN
            and 0 <= run.b - last.b_end <= MOVE_JOIN
            and not _overlaps(last.a_end, run.a, chain_a)
            and not _overlaps(last.b_end, run.b, chain_b)
        ):
            blocks[-1] = _Block(last.a, run.a_end, last.b, run.b_end)
        else:
            blocks.append(_Block(run.a, run.a_end, run.b, run.b_end))
    return blocks


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
    a: str,
    a_lo: int,
    a_hi: int,
    moved_a: list[tuple[int, int]],
    b: str,
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
        return _align_in_order(a, a0, a1, b, b0, b1)
    a_index = [i for start, end in a_pieces for i in range(start, end)]
    b_index = [j for start, end in b_pieces for j in range(start, end)]
    a_joined = "".join(a[i] for i in a_index)
    b_joined = "".join(b[j] for j in b_index)
    ops: list[tuple[int, int]] = []  # (position in A or -1, position in B or -1)
    for seg in _align_in_order(a_joined, 0, len(a_joined), b_joined, 0, len(b_joined)):
        if seg.equal:
            ops.extend(
                (a_index[i], b_index[seg.b_start + i - seg.a_start])
                for i in range(seg.a_start, seg.a_end)
            )
        else:
            ops.extend((a_index[i], -1) for i in range(seg.a_start, seg.a_end))
            ops.extend((-1, b_index[j]) for j in range(seg.b_start, seg.b_end))
    first_a = a_pieces[0][0] if a_pieces else a_lo
    first_b = b_pieces[0][0] if b_pieces else b_lo
    return _segments_from_ops(ops, first_a, first_b)


def _segments_from_ops(ops: list[tuple[int, int]], a_pos: int, b_pos: int) -> list[Segment]:
    """Group token operations into segments, starting a new one wherever a side jumps."""
    segments: list[Segment] = []
    for i, j in ops:
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


def _align_in_order(a: str, a0: int, a1: int, b: str, b0: int, b1: int) -> list[Segment]:
    """Segments aligning a[a0:a1] with b[b0:b1] in order, with no moves."""
    segments: list[Segment] = []
    start_a, start_b = a0, b0
    while a0 < a1 and b0 < b1 and a[a0] == b[b0]:
        a0 += 1
        b0 += 1
    if a0 > start_a:
        segments.append(Segment(start_a, a0, start_b, b0, True))
    end_a, end_b = a1, b1
    while a1 > a0 and b1 > b0 and a[a1 - 1] == b[b1 - 1]:
        a1 -= 1
        b1 -= 1
    segments.extend(_align_middle(a, a0, a1, b, b0, b1, ANCHOR))
    if end_a > a1:
        segments.append(Segment(a1, end_a, b1, end_b, True))
    return segments


def _align_middle(a: str, a0: int, a1: int, b: str, b0: int, b1: int, k: int) -> list[Segment]:
    """Differences between two ranges that share no first or last token."""
    if a0 == a1 and b0 == b1:
        return []
    if a0 == a1 or b0 == b1:
        return [Segment(a0, a1, b0, b1, False)]
    if (a1 - a0) * (b1 - b0) <= DIFF_LIMIT:
        return _diff(a, a0, a1, b, b0, b1)
    chain = _clip(_heaviest_chain(_matching_runs(a, a0, a1, b, b0, b1, k)))
    if not chain:
        if k > 2:
            return _align_middle(a, a0, a1, b, b0, b1, k // 2)
        return [Segment(a0, a1, b0, b1, False)]  # large, and nothing in common
    segments: list[Segment] = []
    pos_a, pos_b = a0, b0
    for run in [*chain, _Run(a1, b1, 0)]:
        segments.extend(_align_in_order(a, pos_a, run.a, b, pos_b, run.b))
        if run.size:
            segments.append(Segment(run.a, run.a_end, run.b, run.b_end, True))
        pos_a, pos_b = run.a_end, run.b_end
    return segments


_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # ranges are kept small; a timeout would silently give up


def _diff(a: str, a0: int, a1: int, b: str, b0: int, b1: int) -> list[Segment]:
    """diff-match-patch on two small ranges, as segments."""
    diffs = _DMP.diff_main(a[a0:a1], b[b0:b1], False)
    # _DMP.diff_cleanupSemantic(diffs)
    segments: list[Segment] = []
    pos_a, pos_b = a0, b0
    for op, text in diffs:
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


def _pair_added_with_omitted(
    a: str, b: str, segments: list[Segment]
) -> tuple[list[Segment], list[Move]]:
    """Text omitted in one place and added elsewhere is a move too.

    Catches passages too short or too often repeated to anchor (a title that also opens
    the article body), including one found inside a larger added or omitted block.
    """
    segments = list(segments)
    moves: list[Move] = []
    for only_a in (True, False):
        n = 0
        while n < len(segments):
            seg = segments[n]
            size = (seg.a_end - seg.a_start) if only_a else (seg.b_end - seg.b_start)
            one_sided = (seg.b_start == seg.b_end) if only_a else (seg.a_start == seg.a_end)
            if not one_sided or size < PAIRED_MOVE_MIN:
                n += 1
                continue
            text = a[seg.a_start : seg.a_end] if only_a else b[seg.b_start : seg.b_end]
            found = _find_in_other_side(a, b, segments, text, only_a)
            if found is None:
                n += 1
                continue
            m, offset = found
            other = segments[m]
            if only_a:
                inner = Segment(
                    seg.a_start,
                    seg.a_end,
                    other.b_start + offset,
                    other.b_start + offset + size,
                    True,
                )
                rest = [
                    Segment(
                        other.a_start, other.a_end, other.b_start, other.b_start + offset, False
                    ),
                    Segment(other.a_start, other.a_end, inner.b_end, other.b_end, False),
                ]
            else:
                inner = Segment(
                    other.a_start + offset,
                    other.a_start + offset + size,
                    seg.b_start,
                    seg.b_end,
                    True,
                )
                rest = [
                    Segment(
                        other.a_start, other.a_start + offset, other.b_start, other.b_end, False
                    ),
                    Segment(inner.a_end, other.a_end, other.b_start, other.b_end, False),
                ]
            moves.append(Move(inner.a_start, inner.a_end, inner.b_start, inner.b_end, (inner,)))
            rest = [r for r in rest if r.a_end > r.a_start or r.b_end > r.b_start]
            segments[m : m + 1] = rest
            if m < n:
                n += len(rest) - 1
            del segments[n]
    return segments, moves


def _find_in_other_side(
    a: str, b: str, segments: list[Segment], text: str, only_a: bool
) -> tuple[int, int] | None:
    """The one-sided segment on the other side whose text contains `text`, and where."""
    for m, other in enumerate(segments):
        if only_a and other.a_start == other.a_end and other.b_end > other.b_start:
            offset = b.find(text, other.b_start, other.b_end)
            if offset >= 0:
                return m, offset - other.b_start
        if not only_a and other.b_start == other.b_end and other.a_end > other.a_start:
            offset = a.find(text, other.a_start, other.a_end)
            if offset >= 0:
                return m, offset - other.a_start
    return None
