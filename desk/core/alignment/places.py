"""The places of an alignment table, with every witness's reading at each.

Linked columns make one token place; between two token places lies the white space of
each witness there, a place of its own. A witness's reading at a token place runs from
its first token there to its last; its white space after the last goes to the next space
place. So a witness's readings never overlap and, all together, cover its text. Runs of
places where every witness reads the same are merged into one. Imports tokens, table
and numpy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desk.core.alignment.categories import token_places_categories
from desk.core.alignment.category_names import CATEGORIES, LAYOUT, PUNCTUATION, SCRIPT, TEXT
from desk.core.alignment.table import Table
from desk.core.text.tokens import Tokens, code_points

_BIG = np.int32(np.iinfo(np.int32).max)  # past any token index
_JOIN_CHUNK = 1 << 18  # columns looked at together when finding runs of agreement


@dataclass(frozen=True, eq=False)
class Places:
    """Places in order: each witness's reading spans (rows follow the witness order given),
    which places are variants and their category (index into CATEGORIES, -1 if none), the
    move each lies in (-1: none), and whether a place is white space between tokens."""

    starts: np.ndarray  # int32, witnesses x places
    ends: np.ndarray
    variant: np.ndarray  # bool
    category: np.ndarray  # int8
    move: np.ndarray  # int32
    space: np.ndarray  # bool

    def __len__(self) -> int:
        return len(self.variant)


def find_places(table: Table, witnesses: list[Tokens]) -> Places:
    """The places of a table whose columns are in presentation order."""
    group_start = _group_starts(table)
    group_start[_agreeing_joins(table, witnesses)] = False
    group_cols = np.flatnonzero(group_start).astype(np.int32)
    group_of = np.cumsum(group_start, dtype=np.int32)
    group_of -= 1
    del group_start
    groups = len(group_cols)
    count = 2 * groups + 1
    starts = np.full((len(witnesses), count), -1, dtype=np.int32)
    ends = np.full((len(witnesses), count), -1, dtype=np.int32)
    for w, (tokens, column_tokens) in enumerate(zip(witnesses, table.tokens)):
        first, last = _group_token_ranges(column_tokens, group_cols)
        has = last >= 0
        starts[w, 1::2] = (
            np.where(has, tokens.starts[np.where(has, first, 0)], -1) if len(tokens) else -1
        )
        ends[w, 1::2] = np.where(has, tokens.ends[np.maximum(last, 0)], -1) if len(tokens) else -1
        _place_white_space(tokens, column_tokens, group_of, last, starts[w], ends[w])
    del group_of  # a column's place: the largest array here, and no longer needed
    _fill_empty_positions(starts, ends)
    texts = [t.text for t in witnesses]
    token_equal = _token_groups_equal(table, witnesses, group_cols, starts, ends, texts)
    space_equal = _spaces_equal(starts[:, 0::2], ends[:, 0::2], texts)
    variant = np.zeros(count, dtype=bool)
    variant[1::2] = ~token_equal
    variant[0::2] = ~space_equal
    category = np.full(count, -1, dtype=np.int8)
    category[0::2][~space_equal] = CATEGORIES.index(LAYOUT)
    differing = np.flatnonzero(~token_equal)
    category[1::2][differing] = token_places_categories(
        table, witnesses, group_cols, differing, starts[:, 1::2], ends[:, 1::2]
    )
    move = np.full(count, -1, dtype=np.int32)
    group_move = table.move[group_cols] if groups else np.zeros(0, dtype=np.int32)
    move[1::2] = group_move
    if groups > 1:
        inner = group_move[1:] == group_move[:-1]
        move[2:-1:2] = np.where(inner, group_move[1:], -1)
    space = np.zeros(count, dtype=bool)
    space[0::2] = True
    return _merge_agreeing(Places(starts, ends, variant, category, move, space))


def _group_starts(table: Table) -> np.ndarray:
    """Where each token place begins: an unlinked column, or where a witness's tokens stop
    running on (the edge of a moved passage)."""
    start = ~table.link.copy()
    if len(start):
        start[0] = True
    for column_tokens in table.tokens:
        present = column_tokens >= 0
        seen = np.maximum.accumulate(
            np.where(present, np.arange(len(present), dtype=np.int32), np.int32(-1))
        )
        before = np.concatenate([np.int32([-1]), seen[:-1]]) if len(seen) else seen
        previous = np.where(before >= 0, column_tokens[np.maximum(before, 0)], -1)
        start |= present & (before >= 0) & (column_tokens != previous + 1)
    return start


def _agreeing_joins(table: Table, witnesses: list[Tokens]) -> np.ndarray:
    """The columns that go on a run of agreement from the column before, so that the run
    is one place from the start (not a place per token and per space, merged at the end:
    a book holds millions of those). A column joins the one before where both stand alone
    (no link to a neighbour), every witness reads both with the same raw tokens, which
    follow on in every witness, both lie in the same move, and the white space between
    them is the same in every witness: none, or one equal character (longer white space
    is left to the merge, which compares it whole)."""
    count = len(table)
    joins = np.zeros(count, dtype=bool)
    if count < 2:
        return joins
    alone = ~table.link  # not linked to the column before
    joins[1:] = alone[1:] & alone[:-1] & (table.move[1:] == table.move[:-1])
    joins[1:-1] &= alone[2:]  # nor is the column after linked to it
    for column_tokens in table.tokens:
        present = column_tokens >= 0
        joins[1:] &= present[1:] & present[:-1] & (column_tokens[1:] == column_tokens[:-1] + 1)
    at = np.flatnonzero(joins).astype(np.int32)
    codes = [code_points(tokens.text) for tokens in witnesses]
    for chunk in range(0, len(at), _JOIN_CHUNK):  # a chunk at a time: few temporaries
        columns = at[chunk : chunk + _JOIN_CHUNK]
        agree = np.ones(len(columns), dtype=bool)
        first: tuple[np.ndarray, ...] | None = None
        for tokens, column_tokens, text in zip(witnesses, table.tokens, codes):
            before, after = column_tokens[columns - 1], column_tokens[columns]
            gap = tokens.starts[after] - tokens.ends[before]
            character = text[np.minimum(tokens.ends[before], max(len(text) - 1, 0))]
            space = np.where(gap == 0, -2, np.where(gap == 1, character, -1))  # -1: longer
            seen = (tokens.raws[before], tokens.raws[after], space)
            if first is None:
                first = seen
                agree &= space != -1
            else:
                agree &= (seen[0] == first[0]) & (seen[1] == first[1]) & (seen[2] == first[2])
        joins[columns[~agree]] = False
    return joins


def _group_token_ranges(
    column_tokens: np.ndarray, group_cols: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A witness's first and last token in each token place (-1 where it has none)."""
    if not len(group_cols):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    first = np.minimum.reduceat(np.where(column_tokens >= 0, column_tokens, _BIG), group_cols)
    last = np.maximum.reduceat(column_tokens, group_cols)
    return np.where(last >= 0, first, -1).astype(np.int32), last.astype(np.int32)


def _place_white_space(
    tokens: Tokens,
    column_tokens: np.ndarray,
    group_of: np.ndarray,
    last: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
) -> None:
    """Put the witness's white space after each place's last token into the space place
    that follows it, and its leading white space before its first token's place."""
    size = len(tokens)
    if size == 0:
        starts[0], ends[0] = 0, len(tokens.text)
        return
    column_of = np.empty(size, dtype=np.int32)
    present = column_tokens >= 0
    column_of[column_tokens[present]] = np.arange(len(column_tokens), dtype=np.int32)[present]
    group = group_of[column_of]
    del column_of
    closing = last[group] == np.arange(size, dtype=np.int32)  # the last token in its place
    space_place = 2 * (group[closing] + 1)
    starts[space_place] = tokens.ends[closing]
    following = np.append(tokens.starts[1:], np.int32(len(tokens.text)))
    ends[space_place] = following[closing]
    if tokens.starts[0] > 0:
        place = 2 * group[0]
        if starts[place] >= 0:
            place = 0
        starts[place], ends[place] = 0, tokens.starts[0]


def _fill_empty_positions(starts: np.ndarray, ends: np.ndarray) -> None:
    """Give each missing reading an empty span where the witness's text before it ends
    (or, before its first reading, where its text after it begins)."""
    count = starts.shape[1]
    for w in range(starts.shape[0]):
        missing = starts[w] < 0
        if not missing.any():
            continue
        if missing.all():
            starts[w] = ends[w] = 0
            continue
        # The place of the reading before each place (forward fill), then after it.
        before = np.where(missing, np.int32(-1), np.arange(count, dtype=np.int32))
        np.maximum.accumulate(before, out=before)
        first_present = int(np.argmin(missing))
        at = before[missing]
        point = np.where(at >= 0, ends[w][np.maximum(at, 0)], starts[w][first_present])
        starts[w][missing] = point
        ends[w][missing] = point


def _token_groups_equal(
    table: Table,
    witnesses: list[Tokens],
    group_cols: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    texts: list[str],
) -> np.ndarray:
    """Which token places read the same in every witness."""
    if not len(group_cols):
        return np.zeros(0, dtype=bool)
    columns_equal = np.ones(len(table), dtype=bool)
    first_raw = None
    for tokens, column_tokens in zip(witnesses, table.tokens):
        present = column_tokens >= 0
        raw = np.where(
            present, tokens.raws[np.maximum(column_tokens, 0)] if len(tokens) else -1, -1
        )
        columns_equal &= present
        if first_raw is None:
            first_raw = raw
        else:
            columns_equal &= raw == first_raw
    equal = np.minimum.reduceat(columns_equal, group_cols).astype(bool)
    widths = np.diff(np.append(group_cols, len(table)))
    linked = np.logical_or.reduceat(table.link, group_cols)  # not a run of agreeing columns
    wide = np.flatnonzero(equal & (widths > 1) & linked)
    equal[wide] = _read_alike(texts, starts[:, 2 * wide + 1], ends[:, 2 * wide + 1])
    return equal


def _read_alike(texts: list[str], starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each column of spans (one row per witness): do all witnesses read the same?"""
    return np.array(
        [
            len({t[s:e] for t, s, e in zip(texts, column_starts, column_ends)}) == 1
            for column_starts, column_ends in zip(starts.T.tolist(), ends.T.tolist())
        ],
        dtype=bool,
    )


def _spaces_equal(starts: np.ndarray, ends: np.ndarray, texts: list[str]) -> np.ndarray:
    """Which space places hold the same white space in every witness."""
    lengths = ends - starts
    equal = (lengths == lengths[0]).all(axis=0)
    one = equal & (lengths[0] == 1)
    if one.any():
        first = None
        for text, row in zip(texts, starts):
            codes = code_points(text)
            at = codes[np.minimum(row[one], max(len(codes) - 1, 0))] if len(codes) else row[one]
            if first is None:
                first = at
            else:
                equal[np.flatnonzero(one)[at != first]] = False
    wide = np.flatnonzero(equal & (lengths[0] > 1))
    equal[wide] = _read_alike(texts, starts[:, wide], ends[:, wide])
    return equal


def _merge_agreeing(places: Places) -> Places:
    """Runs of places read alike by every witness, each witness's readings following on,
    merged into one place."""
    agreeing = ~places.variant
    count = len(agreeing)
    follows = np.ones(count, dtype=bool)
    follows[0] = False
    follows[1:] &= agreeing[1:] & agreeing[:-1]
    for starts, ends in zip(places.starts, places.ends):
        follows[1:] &= starts[1:] == ends[:-1]
    follows[1:] &= places.move[1:] == places.move[:-1]
    keep = ~follows
    first = np.flatnonzero(keep)
    last = np.append(first[1:], count) - 1
    space = places.space[first] & (first == last)
    return Places(
        places.starts[:, first],
        places.ends[:, last],
        places.variant[first],
        places.category[first],
        places.move[first],
        space,
    )


__all__ = ["Places", "find_places", "CATEGORIES", "LAYOUT", "PUNCTUATION", "SCRIPT", "TEXT"]


def single_witness_places(length: int, spans: list[tuple[int, int]]) -> Places:
    """The places of one witness `length` characters long, each span (in order, not
    overlapping) a text place of its own to review, the stretches between them places
    where nothing is in question."""
    bounds, variant = [], []
    at = 0
    for start, end in spans:
        if start > at:
            bounds.append((at, start))
            variant.append(False)
        bounds.append((start, end))
        variant.append(True)
        at = end
    if at < length or not bounds:
        bounds.append((at, length))
        variant.append(False)
    spans_array = np.array(bounds, dtype=np.int32).reshape(-1, 2)
    flags = np.array(variant, dtype=bool)
    return Places(
        starts=spans_array[:, 0][None, :].copy(),
        ends=spans_array[:, 1][None, :].copy(),
        variant=flags,
        category=np.where(flags, CATEGORIES.index(TEXT), -1).astype(np.int8),
        move=np.full(len(flags), -1, dtype=np.int32),
        space=np.zeros(len(flags), dtype=bool),
    )
