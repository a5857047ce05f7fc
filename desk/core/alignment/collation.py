"""Collate 2..N witnesses of one text: the alignment table's places, variants and moves.

Witnesses are compared through their tokens' folded keys (so layout, width, punctuation
form and script differences align) and every difference is reported with spans in each
raw witness, exactly as decoded. All witnesses go into one alignment table (table.py);
its places are listed in the base witness's order. Imports tokens, table, places,
categories and numpy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from desk.core.alignment.category_names import CATEGORIES
from desk.core.alignment.places import Places, find_places
from desk.core.alignment.table import Table, build_table, in_order_of, settle
from desk.core.arrays import span_hashes
from desk.core.text.tokens import Interner, Tokens, break_weights, tokenize


@dataclass(frozen=True)
class Reading:
    """A witness's text at a place: `text == witness[start:end]`; empty is an omission."""

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
class Place:
    """One place of the alignment table: every witness's reading there."""

    index: int
    readings: dict[str, Reading]
    category: str | None  # None where every witness reads the same
    move: int | None
    space: bool  # white space between tokens


@dataclass(frozen=True)
class MovedPassage:
    """A passage that sits in a different place in some witnesses than in others."""

    readings: dict[str, Reading]


@dataclass(frozen=True)
class WitnessText:
    """A witness to collate: an id and its raw text."""

    id: str
    text: str


@dataclass(frozen=True)
class Collation:
    """The result: the base witness's id, the witnesses (base first), the moved passages
    and every place; the variants in base order are made from the places when first asked
    for."""

    base: str
    witnesses: tuple[WitnessText, ...]
    moves: tuple[MovedPassage, ...]
    places: Places

    @cached_property
    def variants(self) -> tuple[Variant, ...]:
        """Every place where the witnesses differ, numbered from 1 in base order."""
        numbers = _move_numbers(self.places)
        return tuple(
            _variant(self.places, self.witnesses, n, place, numbers)
            for n, place in enumerate(np.flatnonzero(self.places.variant).tolist(), start=1)
        )

    def move_numbers(self) -> dict[int, int]:
        """The places' move ids -> the index of the moved passage in `moves`."""
        return _move_numbers(self.places)

    def all_places(self) -> list[Place]:
        """Every place in order, readings by witness id."""
        return [
            _place(self.places, self.witnesses, n, _move_numbers(self.places))
            for n in range(len(self.places))
        ]


def collate(witnesses: Sequence[WitnessText], base: str | None = None) -> Collation:
    """Collate the witnesses; places and variants follow the base (the first unless named)."""
    if len(witnesses) < 2:
        raise ValueError("collation needs at least two witnesses")
    ids = [w.id for w in witnesses]
    if len(set(ids)) != len(ids):
        raise ValueError(f"witness ids must differ: {ids}")
    base = ids[0] if base is None else base
    if base not in ids:
        raise ValueError(f"no witness {base!r} among {ids}")
    ordered = tuple(sorted(witnesses, key=lambda w: w.id != base))
    interner = Interner()
    tokens = [tokenize(w.text, interner) for w in ordered]
    table = in_order_of(_table(tokens, ordered), 0)
    places = find_places(table, tokens)
    return Collation(base, ordered, _moves(places, ordered, _move_numbers(places)), places)


def adding_order(tokens: list[Tokens], witnesses: Sequence[WitnessText]) -> list[int]:
    """The order witnesses join the table: most tokens first, then by text, then by id, so
    that it does not depend on the order they were given in."""
    return sorted(
        range(len(tokens)), key=lambda n: (-len(tokens[n]), witnesses[n].text, witnesses[n].id)
    )


def _table(tokens: list[Tokens], witnesses: Sequence[WitnessText]) -> Table:
    order = adding_order(tokens, witnesses)
    keys = [tokens[n].keys for n in order]
    breaks = [break_weights(tokens[n]) for n in order]
    built = settle(build_table(keys, breaks), keys)
    rows = [built.tokens[order.index(n)] for n in range(len(tokens))]
    return Table(tuple(rows), built.link, built.move)


def _move_numbers(places: Places) -> dict[int, int]:
    """Table move ids renumbered 0, 1, ... in the order they first appear."""
    numbers: dict[int, int] = {}
    for move in places.move[places.move >= 0].tolist():
        numbers.setdefault(move, len(numbers))
    return numbers


def _readings(places: Places, witnesses: Sequence[WitnessText], n: int) -> dict[str, Reading]:
    readings = {}
    for w, witness in enumerate(witnesses):
        start, end = int(places.starts[w, n]), int(places.ends[w, n])
        readings[witness.id] = Reading(start, end, witness.text[start:end])
    return readings


def majorities(
    places: Places, witnesses: Sequence[WitnessText], chosen: np.ndarray
) -> list[tuple[str, ...]]:
    """`majority` at each of the chosen places, worked out on arrays (readings compared
    by a 64-bit hash of their text): a Counter and readings for each of a book's places
    were most of the work of writing its collation with many witnesses."""
    if len(witnesses) <= 2 or not len(chosen):
        return [()] * len(chosen)
    hashes = np.stack(
        [
            span_hashes(w.text, places.starts[row, chosen], places.ends[row, chosen])
            for row, w in enumerate(witnesses)
        ]
    )
    alike = (hashes[:, None, :] == hashes[None, :, :]).sum(axis=1)  # readings like each one
    top = alike.max(axis=0)
    leader = np.argmax(alike == top, axis=0)  # the first witness with a top reading
    with_leader = hashes == hashes[leader, np.arange(len(chosen))]
    tie = ((alike == top) & ~with_leader).any(axis=0)  # another reading as common
    ids = [w.id for w in witnesses]
    return [
        () if tie[n] else tuple(ids[row] for row in np.flatnonzero(with_leader[:, n]).tolist())
        for n in range(len(chosen))
    ]


def majority(readings: dict[str, Reading]) -> tuple[str, ...]:
    """The witnesses sharing the most common reading; () on a tie."""
    counts = Counter(r.text for r in readings.values())
    (top, top_count), *rest = counts.most_common()
    if rest and rest[0][1] == top_count:
        return ()
    return tuple(w for w, r in readings.items() if r.text == top)


def _variant(
    places: Places, witnesses: Sequence[WitnessText], number: int, n: int, moves: dict[int, int]
) -> Variant:
    readings = _readings(places, witnesses, n)
    move = int(places.move[n])
    most = majority(readings) if len(witnesses) > 2 else ()
    category = CATEGORIES[places.category[n]]
    return Variant(number, category, readings, most, moves.get(move))


def _place(
    places: Places, witnesses: Sequence[WitnessText], n: int, moves: dict[int, int]
) -> Place:
    category = CATEGORIES[places.category[n]] if places.variant[n] else None
    move = moves.get(int(places.move[n]))
    return Place(n, _readings(places, witnesses, n), category, move, bool(places.space[n]))


def moved_passages(
    places: Places, witnesses: Sequence[WitnessText]
) -> tuple[tuple[MovedPassage, ...], dict[int, int]]:
    """The moved passages of a table's places (witnesses in the places' row order), and
    the places' move ids -> the passage's index."""
    numbers = _move_numbers(places)
    return _moves(places, witnesses, numbers), numbers


def _moves(
    places: Places, witnesses: Sequence[WitnessText], numbers: dict[int, int]
) -> tuple[MovedPassage, ...]:
    """Each move's span in every witness that has text inside it."""
    passages = []
    for move in numbers:
        inside = np.flatnonzero(places.move == move)
        readings = {}
        for w, witness in enumerate(witnesses):
            starts, ends = places.starts[w, inside], places.ends[w, inside]
            filled = ends > starts
            if filled.any():
                start, end = int(starts[filled].min()), int(ends[filled].max())
                readings[witness.id] = Reading(start, end, witness.text[start:end])
        passages.append(MovedPassage(readings))
    return tuple(passages)
