"""Long shared passages of two key sequences, found on arrays.

A k-gram of keys that occurs exactly once in each range is an anchor; anchors on one
diagonal in a row make a run, extended while the keys agree. The heaviest chain of runs
in the same order in both is the backbone of an alignment. numpy and the standard library.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import numpy as np

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_CHUNK = 1 << 20  # k-grams hashed at a time
_STEP = 1 << 16  # elements at a time where a whole-array temporary would be large
_SHIFT = np.uint64(32)
_LOW_HALF = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True)
class Run:
    """a[a : a + size] equals b[b : b + size]."""

    a: int
    b: int
    size: int

    @property
    def a_end(self) -> int:
        return self.a + self.size

    @property
    def b_end(self) -> int:
        return self.b + self.size


def _kgram_hashes_into(keys: np.ndarray, k: int, out: np.ndarray) -> None:
    """Write the hash of the k-gram starting at each position into out.

    Hashes of 2-grams are made from those of 1-grams, 4-grams from 2-grams and so on:
    three passes over the keys for k = 8 rather than eight. The keys are taken a chunk
    at a time (each with the k - 1 keys after it), so the temporaries stay small.
    """
    for lo in range(0, len(out), _CHUNK):
        hi = min(lo + _CHUNK, len(out))
        out[lo:hi] = _kgram_hashes(keys[lo : hi + k - 1], k)


def _kgram_hashes(keys: np.ndarray, k: int) -> np.ndarray:
    """The hash of each k-gram of `keys` (len(keys) - k + 1 of them)."""
    # The polynomial sum of key * MULTIPLIER ** (k - 1 - n), wrapping round in uint64.
    hashes = keys.astype(np.uint64)
    width, power = 1, _MULTIPLIER
    while width * 2 <= k:
        hashes = hashes[:-width] * power + hashes[width:]
        width, power = width * 2, np.uint64(int(power) ** 2 % 2**64)
    for _ in range(width, k):
        hashes = hashes[:-1] * _MULTIPLIER + keys[width : width + len(hashes) - 1].astype(np.uint64)
        width += 1
    return hashes


def _unique_pairs(a: np.ndarray, b: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Positions (in a, in b) of the k-grams whose hash occurs exactly once in each.

    One in-place sort of (32-bit hash, position) packed in 64 bits: a book's worth of
    k-grams in one array. Two k-grams that share a folded hash by chance lose an anchor
    at worst; runs are checked key by key afterwards.
    """
    split = len(a) - k + 1
    packed = np.empty(split + len(b) - k + 1, dtype=np.uint64)
    _kgram_hashes_into(a, k, packed[:split])
    _kgram_hashes_into(b, k, packed[split:])
    _fold_and_number(packed)
    packed.sort()
    same = np.empty(max(len(packed) - 1, 0), dtype=bool)  # the next hash is the same
    for lo in range(0, len(same), _STEP):
        hi = min(lo + _STEP, len(same))
        same[lo:hi] = (packed[lo + 1 : hi + 1] >> _SHIFT) == (packed[lo:hi] >> _SHIFT)
    # A hash held exactly twice: equal to its right neighbour, different from the ones
    # before and after the pair.
    pair = same.copy()
    pair[1:] &= ~same[:-1]
    pair[:-1] &= ~same[1:]
    del same
    at = np.flatnonzero(pair)
    del pair
    first, second = _positions(packed, at, 0), _positions(packed, at, 1)
    del packed, at
    low, high = np.minimum(first, second), np.maximum(first, second)
    del first, second
    one_each = (low < split) & (high >= split)
    return low[one_each], high[one_each] - np.int32(split)


def _fold_and_number(packed: np.ndarray) -> None:
    """Each 64-bit k-gram hash folded to 32 bits in the high half, its position (its
    index) in the low half: in place, a slice at a time."""
    for lo in range(0, len(packed), _STEP):
        part = packed[lo : lo + _STEP]
        part ^= part >> _SHIFT
        part <<= _SHIFT
        part |= np.arange(lo, lo + len(part), dtype=np.uint64)


def _positions(packed: np.ndarray, at: np.ndarray, after: int) -> np.ndarray:
    """The positions packed in the low halves of packed[at + after] (texts under 2 G
    keys)."""
    found = np.empty(len(at), dtype=np.int32)
    for lo in range(0, len(at), _STEP):
        found[lo : lo + _STEP] = packed[at[lo : lo + _STEP] + after] & _LOW_HALF
    return found


def agreeing_ahead(a: np.ndarray, i: int, b: np.ndarray, j: int, limit: int) -> int:
    """How many keys agree from a[i] and b[j] on (at most `limit`), compared in growing
    slices: a run of thousands costs a few numpy calls, a mismatch at once one."""
    done, step = 0, 16
    while done < limit:
        size = min(step, limit - done)
        differ = np.flatnonzero(a[i + done : i + done + size] != b[j + done : j + done + size])
        if len(differ):
            return done + int(differ[0])
        done, step = done + size, step * 4
    return limit


def agreeing_behind(a: np.ndarray, i: int, b: np.ndarray, j: int, limit: int) -> int:
    """How many keys agree just before a[i] and b[j], read backwards (at most `limit`)."""
    done, step = 0, 16
    while done < limit:
        size = min(step, limit - done)
        x = a[i - done - size : i - done][::-1]
        differ = np.flatnonzero(x != b[j - done - size : j - done][::-1])
        if len(differ):
            return done + int(differ[0])
        done, step = done + size, step * 4
    return limit


def matching_runs(
    a: np.ndarray, a0: int, a1: int, b: np.ndarray, b0: int, b1: int, k: int
) -> list[Run]:
    """Maximal runs of equal keys that contain a k-gram found once in each range."""
    if a1 - a0 < k or b1 - b0 < k:
        return []
    in_a, in_b = _unique_pairs(a[a0:a1], b[b0:b1], k)
    if not len(in_a):
        return []
    # partner[i]: where the k-gram at a0 + i sits in b (-1: nowhere, or not once each).
    partner = np.full(a1 - a0 - k + 1, -1, dtype=np.int32)  # positions fit: see above
    partner[in_a] = in_b + b0
    present = partner >= 0
    goes_on = np.zeros(len(partner), dtype=bool)
    goes_on[1:] = present[1:] & present[:-1] & (partner[1:] == partner[:-1] + 1)
    firsts = np.flatnonzero(present & ~goes_on)
    lasts = np.flatnonzero(present & ~np.append(goes_on[1:], False))
    runs = []
    seen_until: dict[int, int] = {}
    for first, last in zip(firsts.tolist(), lasts.tolist()):
        i, j = first + a0, int(partner[first])
        size = last - first + k
        diagonal = j - i
        if seen_until.get(diagonal, -1) > i:
            continue  # already inside a run extended over it
        if not np.array_equal(a[i : i + size], b[j : j + size]):
            continue  # two k-grams that only share a hash
        back = agreeing_behind(a, i, b, j, min(i - a0, j - b0))
        ahead = agreeing_ahead(a, i + size, b, j + size, min(a1 - i - size, b1 - j - size))
        start_a, start_b = i - back, j - back
        end_a = i + size + ahead
        seen_until[diagonal] = end_a
        runs.append(Run(start_a, start_b, end_a - start_a))
    return runs


def heaviest_chain(runs: list[Run]) -> list[Run]:
    """The runs in the same order in A and B that together cover the most tokens."""
    if not runs:
        return []
    ranks = {b: rank + 1 for rank, b in enumerate(sorted({run.b for run in runs}))}
    tree: list[tuple[int, int]] = [(0, -1)] * (len(ranks) + 1)  # Fenwick tree: (weight, run)
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


def clip(chain: list[Run]) -> list[Run]:
    """Trim runs so that each starts after the one before ends, in A and in B."""
    clipped: list[Run] = []
    for run in chain:
        if clipped:
            overlap = max(clipped[-1].a_end - run.a, clipped[-1].b_end - run.b, 0)
            run = Run(run.a + overlap, run.b + overlap, run.size - overlap)
        if run.size > 0:
            clipped.append(run)
    return clipped


class Intervals:
    """Disjoint half-open intervals, kept sorted, answering "does this overlap any?"."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans or []):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        n = bisect_left(self.starts, end)  # intervals starting before `end`
        return n > 0 and self.ends[n - 1] > start

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The intervals that overlap [start, end), in order."""
        n = bisect_left(self.starts, end)
        found = []
        while n > 0 and self.ends[n - 1] > start:
            n -= 1
            found.append((self.starts[n], self.ends[n]))
        return found[::-1]

    def add(self, start: int, end: int) -> None:
        n = bisect_left(self.starts, start)
        self.starts.insert(n, start)
        self.ends.insert(n, end)

    def next_start(self, position: int, default: int) -> int:
        """The start of the first interval at or after `position`."""
        n = bisect_left(self.starts, position)
        return self.starts[n] if n < len(self.starts) else default

    def previous_end(self, position: int, default: int) -> int:
        """The end of the last interval ending at or before `position`."""
        n = bisect_left(self.starts, position)
        while n > 0 and self.ends[n - 1] > position:
            n -= 1
        return self.ends[n - 1] if n > 0 else default
