"""The alignment table of N witnesses, built by progressive alignment.

A table is a sequence of columns; in each column every witness has one token or none.
Witnesses are added one at a time in an order fixed by their texts alone (most tokens
first), each aligned with the table's representative keys (a column's first key), so
the table never depends on the order the witnesses were given in or on which is the base.
Columns that one witness's difference spans are linked: they make one place. Passages a
witness holds elsewhere are moves: their columns carry a move number. The finished table
is put in the base witness's order. Imports pairwise and numpy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desk.core.alignment.pairwise import Segment, align_pair
from desk.core.cancel import checkpoint


@dataclass(frozen=True, eq=False)
class Table:
    """Columns of token indices (one array per witness, -1 where it has none), the links
    joining a column to the one before, and each column's move (-1: not moved)."""

    tokens: tuple[np.ndarray, ...]
    link: np.ndarray  # bool
    move: np.ndarray  # int32

    def __len__(self) -> int:
        return len(self.link)


def build_table(keys: list[np.ndarray], breaks: list[np.ndarray]) -> Table:
    """The table of key sequences given in the order to add them, with the strength of
    the break before each key (see tokens.break_weights)."""
    first = keys[0]
    representative_breaks = breaks[0].copy()
    tokens = [np.arange(len(first), dtype=np.int32)]
    link = np.zeros(len(first), dtype=bool)
    move = np.full(len(first), -1, dtype=np.int32)
    representative = first.copy()
    for witness_keys, witness_breaks in zip(keys[1:], breaks[1:]):
        checkpoint()
        alignment = align_pair(
            representative, witness_keys, True, representative_breaks, witness_breaks
        )
        pieces = [(s, -1) for s in alignment.segments]
        pieces += [(s, n) for n, block in enumerate(alignment.blocks) for s in block.segments]
        pieces.sort(key=lambda piece: (piece[0].a_start, piece[0].a_end > piece[0].a_start))
        columns, witness_tokens, joined, block_of = _operations(pieces)
        tokens = [_take(t, columns) for t in tokens] + [witness_tokens]
        link = _inherit_links(link, columns) | joined
        move = _take(move, columns)
        move = _mark_moves(move, block_of, len(alignment.blocks))
        representative = np.where(columns >= 0, representative[np.maximum(columns, 0)], -1)
        missing = representative < 0
        representative[missing] = witness_keys[witness_tokens[missing]]
        representative_breaks = np.append(
            np.where(
                columns >= 0,
                representative_breaks[np.maximum(columns, 0)],
                witness_breaks[np.maximum(witness_tokens, 0)],
            ),
            representative_breaks[-1],
        )
    return Table(tuple(tokens), link, move)


def _take(values: np.ndarray, columns: np.ndarray) -> np.ndarray:
    return np.where(columns >= 0, values[np.maximum(columns, 0)], -1).astype(values.dtype)


def _operations(
    pieces: list[tuple[Segment, int]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The new table's columns: old column or -1, witness token or -1, linked to the one
    before, and the moved block it came from (-1: none)."""
    columns, witness, joined, blocks = [], [], [], []
    for seg, block in pieces:
        size_a, size_b = seg.a_end - seg.a_start, seg.b_end - seg.b_start
        if seg.equal or size_a == size_b:
            columns.append(np.arange(seg.a_start, seg.a_end, dtype=np.int32))
            witness.append(np.arange(seg.b_start, seg.b_end, dtype=np.int32))
            width = size_a
        else:
            columns.append(np.arange(seg.a_start, seg.a_end, dtype=np.int32))
            columns.append(np.full(size_b, -1, dtype=np.int32))
            witness.append(np.full(size_a, -1, dtype=np.int32))
            witness.append(np.arange(seg.b_start, seg.b_end, dtype=np.int32))
            width = size_a + size_b
        link = np.full(width, not seg.equal)
        if width:
            link[0] = False
        joined.append(link)
        blocks.append(np.full(width, block, dtype=np.int32))
    if not columns:
        empty = np.zeros(0, dtype=np.int32)
        return empty, empty, np.zeros(0, dtype=bool), empty
    return (
        np.concatenate(columns),
        np.concatenate(witness),
        np.concatenate(joined),
        np.concatenate(blocks),
    )


def _inherit_links(link: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Old links carried into the new columns: a column inserted inside a linked pair of
    old columns is linked on both sides."""
    if not len(columns):
        return np.zeros(0, dtype=bool)
    is_old = columns >= 0
    # The first old column at or after each position (backward fill).
    next_at = np.where(is_old, np.arange(len(columns), dtype=np.int32), np.int32(len(columns)))
    np.minimum.accumulate(next_at[::-1], out=next_at[::-1])
    has_next = next_at < len(columns)
    if not len(link):
        return np.zeros(len(columns), dtype=bool)
    next_column = columns[np.minimum(next_at, len(columns) - 1)]
    return has_next & link[np.maximum(next_column, 0)]


def _mark_moves(move: np.ndarray, block_of: np.ndarray, blocks: int) -> np.ndarray:
    """Give each moved block's columns one move number, merging with moves they touch."""
    move = move.copy()
    for block in range(blocks):
        where = np.flatnonzero(block_of == block)
        if not len(where):
            continue
        lo, hi = where[0], where[-1] + 1
        touched = sorted(set(move[lo:hi][move[lo:hi] >= 0].tolist()))
        number = touched[0] if touched else int(move.max(initial=-1)) + 1
        for other in touched[1:]:
            move[move == other] = number
        move[lo:hi] = number
    return move


def _keys_at(column_tokens: np.ndarray, keys: np.ndarray) -> np.ndarray:
    if not len(keys):
        return np.full(len(column_tokens), -1, dtype=np.int64)
    return np.where(column_tokens >= 0, keys[np.maximum(column_tokens, 0)], -1)


def settle(table: Table, keys: list[np.ndarray]) -> Table:
    """Move each token to a neighbouring column where its witness has none, if more
    witnesses read its key there than where it is; then drop emptied columns.

    Progressive alignment can put equal tokens of two witnesses in neighbouring columns
    (司司 against 司, then 司 again): this puts them back together.
    """
    tokens = [t.copy() for t in table.tokens]
    for step in (1, -1):
        column_keys = [_keys_at(t, k) for t, k in zip(tokens, keys)]
        for w in range(len(tokens)):
            own = column_keys[w]
            here = slice(0, len(own) - 1) if step == 1 else slice(1, len(own))
            there = slice(1, len(own)) if step == 1 else slice(0, len(own) - 1)
            mine = own[here]
            gain = np.zeros(len(mine), dtype=np.int16)
            for v, other in enumerate(column_keys):
                if v != w:
                    gain += other[there] == mine
                    gain -= other[here] == mine
            moving = np.flatnonzero((mine >= 0) & (own[there] < 0) & (gain > 0))
            if not len(moving):
                continue
            source = moving + (0 if step == 1 else 1)
            target = source + step
            tokens[w][target] = tokens[w][source]
            tokens[w][source] = -1
            own[target] = own[source]
            own[source] = -1
    used = np.zeros(len(table), dtype=bool)
    for t in tokens:
        used |= t >= 0
    if used.all():
        return Table(tuple(tokens), table.link, table.move)
    kept = np.flatnonzero(used)
    link = table.link[kept].copy()
    link[1:] &= kept[1:] == kept[:-1] + 1
    return Table(tuple(t[kept] for t in tokens), link, table.move[kept])


def in_order_of(table: Table, witness: int) -> Table:
    """The table with its columns in the order of one witness's tokens; the columns that
    witness lacks stay after the column of its token before them."""
    own = table.tokens[witness]
    if not len(own) or np.all(np.diff(own[own >= 0]) > 0):
        return table
    anchor = np.maximum.accumulate(np.where(own >= 0, np.arange(len(own)), -1))
    anchor_token = np.where(anchor >= 0, own[np.maximum(anchor, 0)], -1)
    order = np.argsort(anchor_token, kind="stable")
    link = table.link[order].copy()
    link[1:] &= order[1:] == order[:-1] + 1
    if len(link):
        link[0] = False
    return Table(tuple(t[order] for t in table.tokens), link, table.move[order])
