"""Collate 2..N witnesses of one text into classified variants and moved passages.

Witnesses are compared through their tokens' folded keys (so layout, width, punctuation
form and script differences align), and every difference is reported with spans in
each raw witness, exactly as decoded. Each other witness is aligned with the base; the
differences are then merged wherever they overlap in the base, so a variant carries every
witness's reading at that place. Imports tokens and align only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from desk.core.align import Alignment, Segment, align
from desk.core.tokens import HAN, PUNCT, WORD, KeyEncoder, Tokens, tokenize

LAYOUT, PUNCTUATION, SCRIPT, TEXT = "layout", "punctuation", "script", "text"
CATEGORIES = (LAYOUT, PUNCTUATION, SCRIPT, TEXT)
_WHITE_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Reading:
    """A witness's text at a variant: `text == witness[start:end]`; empty is an omission."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Variant:
    """A place where witnesses differ, with every witness's reading there."""

    id: int
    category: str
    readings: dict[str, Reading]
    majority: tuple[str, ...]  # witnesses sharing the most common reading; () on a tie
    move: int | None  # index of the moved passage it lies in, if any


@dataclass(frozen=True)
class MovedPassage:
    """A passage that sits in a different place in some witnesses than in the base."""

    readings: dict[str, Reading]


@dataclass(frozen=True)
class WitnessText:
    """A witness to collate: an id and its raw text."""

    id: str
    text: str


@dataclass(frozen=True)
class Collation:
    """The result: the base witness's id, variants in base order, moved passages."""

    base: str
    witnesses: tuple[WitnessText, ...]
    variants: tuple[Variant, ...]
    moves: tuple[MovedPassage, ...]


@dataclass(frozen=True)
class _Difference:
    a_start: int
    a_end: int
    w_start: int
    w_end: int
    category: str | None  # None: classify from the readings
    move: int | None


class _Tokenized:
    """A witness's tokens with each token's raw text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: Tokens = tokenize(text)
        starts, ends = self.tokens.starts, self.tokens.ends
        self.raw = [text[s:e] for s, e in zip(starts, ends)]

    def gaps(self, first: int, last: int) -> dict[int, str]:
        """The white space before each token first..last-1 that has some, by token."""
        starts = self.tokens.starts
        begin = self.tokens.ends[first - 1] if first > 0 else 0
        found = {}
        for match in _WHITE_SPACE.finditer(self.text, begin, starts[last - 1]):
            token = bisect_left(starts, match.end(), first, last)
            if token < last and starts[token] == match.end():  # not inside a token
                found[token] = match.group()
        return found

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Raw offsets of tokens [first, last); an empty range sits after token first-1."""
        if first < last:
            return self.tokens.starts[first], self.tokens.ends[last - 1]
        point = self.tokens.ends[first - 1] if first > 0 else 0
        return point, point


def collate(witnesses: Sequence[WitnessText], base: str | None = None) -> Collation:
    """Collate the witnesses against the base (the first one unless named)."""
    if len(witnesses) < 2:
        raise ValueError("collation needs at least two witnesses")
    ids = [w.id for w in witnesses]
    if len(set(ids)) != len(ids):
        raise ValueError(f"witness ids must differ: {ids}")
    base = ids[0] if base is None else base
    if base not in ids:
        raise ValueError(f"no witness {base!r} among {ids}")
    ordered = sorted(witnesses, key=lambda w: w.id != base)
    tokenized = [_Tokenized(w.text) for w in ordered]
    encoder = KeyEncoder()
    sequences = [encoder.encode(t.tokens.keys) for t in tokenized]
    base_tokens = tokenized[0]
    pairs = []
    for other, sequence in zip(tokenized[1:], sequences[1:]):
        alignment = align(sequences[0], sequence)
        pairs.append((other, alignment, _differences(base_tokens, other, alignment)))
    moves, move_index = _merge_moves(ordered, base_tokens, pairs)
    if len(pairs) == 1:
        variants = _pair_variants(ordered, base_tokens, pairs[0], move_index)
    else:
        variants = _merge_differences(ordered, base_tokens, pairs, move_index)
    return Collation(base, tuple(ordered), tuple(variants), tuple(moves))


def _differences(a: _Tokenized, w: _Tokenized, alignment: Alignment) -> list[_Difference]:
    """Every difference between base a and witness w, in raw offsets of each."""
    found: list[_Difference] = []
    _segment_differences(a, w, alignment.segments, None, found)
    for number, move in enumerate(alignment.moves):
        _segment_differences(a, w, move.segments, number, found)
    return found


def _segment_differences(
    a: _Tokenized,
    w: _Tokenized,
    segments: Sequence[Segment],
    move: int | None,
    found: list[_Difference],
) -> None:
    previous = None
    for seg in segments:
        if seg.equal:
            # White space before a segment is compared only where both sides run on from
            # the segment before; beside a moved passage it belongs to nothing in common.
            follows = (
                previous is not None
                and previous.a_end == seg.a_start
                and previous.b_end == seg.b_start
            )
            _equal_differences(a, w, seg, follows, move, found)
        else:
            a_span, w_span = a.span(seg.a_start, seg.a_end), w.span(seg.b_start, seg.b_end)
            found.append(_Difference(*a_span, *w_span, None, move))
        previous = seg


def _equal_differences(
    a: _Tokenized,
    w: _Tokenized,
    seg: Segment,
    follows: bool,
    move: int | None,
    found: list[_Difference],
) -> None:
    """Raw differences between tokens with equal keys, and between the spaces around them."""
    size = seg.a_end - seg.a_start
    a_lo, w_lo = seg.a_start, seg.b_start
    a_raw, w_raw = a.raw[a_lo : a_lo + size], w.raw[w_lo : w_lo + size]
    differing_tokens = set()
    if a_raw != w_raw:
        for k, (x, y) in enumerate(zip(a_raw, w_raw)):
            if x != y:
                differing_tokens.add(k)
                i, j = a_lo + k, w_lo + k
                found.append(
                    _Difference(
                        a.tokens.starts[i],
                        a.tokens.ends[i],
                        w.tokens.starts[j],
                        w.tokens.ends[j],
                        _token_category(a.tokens.kinds[i], x, y),
                        move,
                    )
                )
    first = 0 if follows and a_lo > 0 and w_lo > 0 else 1
    if size <= first:
        return
    a_gaps = {i - a_lo: g for i, g in a.gaps(a_lo + first, a_lo + size).items()}
    w_gaps = {j - w_lo: g for j, g in w.gaps(w_lo + first, w_lo + size).items()}
    if a_gaps == w_gaps:
        return
    runs: list[list[int]] = []  # [first gap, last gap] of differing gaps in a row
    for k in sorted(a_gaps.keys() | w_gaps.keys()):
        if a_gaps.get(k, "") == w_gaps.get(k, ""):
            continue
        if runs and runs[-1][1] == k - 1 and (k - 1) not in differing_tokens:
            runs[-1][1] = k
        else:
            runs.append([k, k])
    for k_first, k_last in runs:
        i_first, i_last = a_lo + k_first, a_lo + k_last
        j_first, j_last = w_lo + k_first, w_lo + k_last
        found.append(
            _Difference(
                a.tokens.ends[i_first - 1],
                a.tokens.starts[i_last],
                w.tokens.ends[j_first - 1],
                w.tokens.starts[j_last],
                LAYOUT,
                move,
            )
        )


def _token_category(kind: str, x: str, y: str) -> str:
    """The category of two tokens with the same key but different raw text."""
    if kind == HAN:
        return SCRIPT
    if kind == WORD and ("-" in x) != ("-" in y):
        return LAYOUT  # a word hyphenated at a line end
    return PUNCTUATION  # punctuation form, or full/half width of digits and letters


def classify(texts: Sequence[str]) -> str:
    """The category of a variant from its readings' texts."""
    if len({"".join(text.split()) for text in texts}) == 1:
        return LAYOUT
    tokens = [tokenize(text) for text in texts]
    if len({tuple(t.keys) for t in tokens}) == 1:
        first, first_text = tokens[0], texts[0]
        found = set()
        for other, text in zip(tokens[1:], texts[1:]):
            for n, kind in enumerate(first.kinds):
                x = first_text[first.starts[n] : first.ends[n]]
                y = text[other.starts[n] : other.ends[n]]
                if x != y:
                    found.add(_token_category(kind, x, y))
        return SCRIPT if SCRIPT in found else PUNCTUATION if PUNCTUATION in found else LAYOUT
    without_punctuation = {
        tuple(key for key, kind in zip(t.keys, t.kinds) if kind != PUNCT) for t in tokens
    }
    return PUNCTUATION if len(without_punctuation) == 1 else TEXT


class _OffsetMap:
    """Maps a token boundary in the base to the same boundary in a witness, where aligned."""

    def __init__(self, a: _Tokenized, w: _Tokenized, alignment: Alignment) -> None:
        equal = [s for s in alignment.segments if s.equal]
        equal += [s for move in alignment.moves for s in move.segments if s.equal]
        equal.sort(key=lambda s: s.a_start)
        self.segments = equal
        self.firsts = [s.a_start for s in equal]
        self.a, self.w = a, w

    def __call__(self, offset: int) -> int | None:
        starts, ends = self.a.tokens.starts, self.a.tokens.ends
        t = bisect_right(starts, offset) - 1
        if t >= 0 and starts[t] == offset:
            token, side = t, "start"
        elif t >= 0 and ends[t] == offset:
            token, side = t, "end"
        else:
            return None
        n = bisect_right(self.firsts, token) - 1
        if n < 0 or token >= self.segments[n].a_end:
            return None
        j = self.segments[n].b_start + token - self.segments[n].a_start
        return self.w.tokens.starts[j] if side == "start" else self.w.tokens.ends[j]


def _merge_differences(
    witnesses: Sequence[WitnessText],
    a: _Tokenized,
    pairs: list[tuple[_Tokenized, Alignment, list[_Difference]]],
    move_index: dict[tuple[int, int], int],
) -> list[Variant]:
    """Group the pairwise differences by overlap in the base, one variant per group."""
    tagged = sorted(
        ((d, n) for n, (_, _, found) in enumerate(pairs) for d in found),
        key=lambda item: (item[0].a_start, item[0].a_end),
    )
    groups: list[list[tuple[_Difference, int]]] = []
    group_start = group_end = -1
    for d, n in tagged:
        # Insertions at one point by different witnesses are one variant; two insertions
        # by the same witness there (either side of a moved passage) are two.
        point_on_point = d.a_start == d.a_end == group_start == group_end and all(
            m != n for _, m in groups[-1]
        )
        if groups and (d.a_start < group_end or point_on_point):
            groups[-1].append((d, n))
            group_end = max(group_end, d.a_end)
        else:
            groups.append([(d, n)])
            group_start, group_end = d.a_start, d.a_end
    maps: list[_OffsetMap | None] = [None] * len(pairs)
    variants = []
    for number, group in enumerate(groups, start=1):
        start = min(d.a_start for d, _ in group)
        end = max(d.a_end for d, _ in group)
        readings = {witnesses[0].id: Reading(start, end, a.text[start:end])}
        for n, (w, alignment, _) in enumerate(pairs):
            own = [d for d, m in group if m == n]
            lo = min((d.w_start for d in own), default=None)
            hi = max((d.w_end for d in own), default=None)
            if lo is None or min(d.a_start for d in own) > start or max(d.a_end for d in own) < end:
                offset_map = maps[n] or _OffsetMap(a, w, alignment)
                maps[n] = offset_map
                mapped_lo, mapped_hi = offset_map(start), offset_map(end)
                lo = _first(lo, mapped_lo, min)
                hi = _first(hi, mapped_hi, max)
            if lo is None or hi is None or hi < lo:
                lo = hi = lo if lo is not None else (hi if hi is not None else 0)
            readings[witnesses[n + 1].id] = Reading(lo, hi, w.text[lo:hi])
        moved = [move_index[(n, d.move)] for d, n in group if d.move is not None]
        category = classify([r.text for r in readings.values()])
        variants.append(
            Variant(number, category, readings, _majority(readings), moved[0] if moved else None)
        )
    return variants


def _pair_variants(
    witnesses: Sequence[WitnessText],
    a: _Tokenized,
    pair: tuple[_Tokenized, Alignment, list[_Difference]],
    move_index: dict[tuple[int, int], int],
) -> list[Variant]:
    """With one witness beside the base, every difference is a variant of its own."""
    w, _, found = pair
    base_id, other_id = witnesses[0].id, witnesses[1].id
    a_text, w_text = a.text, w.text
    variants = []
    for number, d in enumerate(sorted(found, key=lambda d: (d.a_start, d.a_end)), start=1):
        base_text, other_text = a_text[d.a_start : d.a_end], w_text[d.w_start : d.w_end]
        readings = {
            base_id: Reading(d.a_start, d.a_end, base_text),
            other_id: Reading(d.w_start, d.w_end, other_text),
        }
        category = d.category or classify([base_text, other_text])
        move = None if d.move is None else move_index[(0, d.move)]
        variants.append(Variant(number, category, readings, (), move))
    return variants


def _first(value: int | None, other: int | None, pick) -> int | None:
    if value is None:
        return other
    if other is None:
        return value
    return pick(value, other)


def _majority(readings: dict[str, Reading]) -> tuple[str, ...]:
    counts = Counter(r.text for r in readings.values())
    (top, top_count), *rest = counts.most_common()
    if rest and rest[0][1] == top_count:
        return ()
    return tuple(w for w, r in readings.items() if r.text == top)


def _merge_moves(
    witnesses: Sequence[WitnessText],
    a: _Tokenized,
    pairs: list[tuple[_Tokenized, Alignment, list[_Difference]]],
) -> tuple[list[MovedPassage], dict[tuple[int, int], int]]:
    """Moved passages of every witness, merged where they overlap in the base.

    Also returns where each pair's move went: (pair, move in pair) -> passage index.
    """
    spans = []
    for n, (w, alignment, _) in enumerate(pairs):
        for number, move in enumerate(alignment.moves):
            a_span = a.span(move.a_start, move.a_end)
            spans.append((a_span, n, number, w.span(move.b_start, move.b_end)))
    spans.sort()
    passages: list[dict[str, Reading]] = []
    where: dict[tuple[int, int], int] = {}
    base_id = witnesses[0].id
    for (a_start, a_end), n, number, (w_start, w_end) in spans:
        witness_id = witnesses[n + 1].id
        last = passages[-1] if passages else None
        if last is not None and a_start < last[base_id].end and witness_id not in last:
            start, end = min(last[base_id].start, a_start), max(last[base_id].end, a_end)
            last[base_id] = Reading(start, end, a.text[start:end])
        else:
            last = {base_id: Reading(a_start, a_end, a.text[a_start:a_end])}
            passages.append(last)
        last[witness_id] = Reading(w_start, w_end, pairs[n][0].text[w_start:w_end])
        where[(n, number)] = len(passages) - 1
    return [MovedPassage(readings) for readings in passages], where
