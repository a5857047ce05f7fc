"""Collations and cleaning proposals as JSON (the documented contract) and as text tables."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from json.encoder import encode_basestring as quoted  # C-accelerated, keeps non-ASCII
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from desk.core.alignment.category_names import (
    CATEGORIES,
    LAYOUT,
    PUNCTUATION,
    SHOWN_ORDER,
    TO_REVIEW,
)
from desk.core.alignment.collation import Collation, majorities
from desk.core.evidence.language_model import word_frequencies
from desk.core.evidence.proposals import Proposals, propose
from desk.core.evidence.reasons import english as reason_english
from desk.core.evidence.reasons import place_proposal

if TYPE_CHECKING:
    from desk.core.text.cleaning import Proposal

SNIPPET = 24


CHUNK = 5000  # variants written at a time
_TO_REVIEW = [CATEGORIES.index(c) for c in TO_REVIEW]


def collation_json(collation: Collation, paths: dict[str, Path]) -> Iterator[str]:
    """The `desk collate --json` text, in pieces to write one after another: offsets are
    code points into each decoded file.

    Written straight from the alignment's arrays, a few thousand variants at a time: a
    book has hundreds of thousands of layout and punctuation variants, too many to build
    objects (or one string) for only to print them.
    """
    head = {
        "base": collation.base,
        "witnesses": [
            {"id": w.id, "path": str(paths.get(w.id, "")), "length": len(w.text)}
            for w in collation.witnesses
        ],
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "variants": ['
    # One %-template a variant: far cheaper than an f-string per reading.
    readings = ", ".join(
        quoted(w.id) + ': {"start": %d, "end": %d, "text": %s}' for w in collation.witnesses
    )
    row = (
        '{"id": %d, "category": "%s", "readings": {'
        + readings
        + '}, "majority": [%s], "move": %s, "likely": [%s], "why": %s}'
    )
    texts = [w.text for w in collation.witnesses]
    variants = np.flatnonzero(collation.places.variant)
    likely = propose(texts, collation.places, word_frequencies())
    for lo in range(0, len(variants), CHUNK):
        numbers, categories, spans, majorities, moved = _variant_columns(
            collation, variants, lo, lo + CHUNK
        )
        columns: list[list] = [numbers, categories]
        for text, (starts, ends) in zip(texts, spans):
            columns += [
                starts,
                ends,
                list(map(quoted, map(text.__getitem__, map(slice, starts, ends)))),
            ]
        columns.append([", ".join(map(quoted, most)) if most else "" for most in majorities])
        columns.append(["null" if move is None else str(move) for move in moved])
        columns += _likely_columns(collation, likely, variants[lo : lo + CHUNK])
        yield (", " if lo else "") + ", ".join(map(row.__mod__, zip(*columns)))
    moves = [
        {"readings": {wid: {"start": r.start, "end": r.end} for wid, r in m.readings.items()}}
        for m in collation.moves
    ]
    yield f'], "moves": {json.dumps(moves, ensure_ascii=False)}}}'


def _likely_columns(collation: Collation, likely: Proposals, chosen: np.ndarray) -> list[list[str]]:
    """For each of the chosen variant places, the witnesses reading desk's proposal and
    why, as JSON (none and [] where there is no proposal). Said where words differ (text
    and script places), as the review lists them: a mark's proposal is the choices' to
    apply, and saying why at every one of a column copy's commas cost a second a megabyte."""
    witnesses, readers, why = collation.witnesses, [], []
    worded = np.isin(collation.places.category[likely.places], _TO_REVIEW)
    offered = set(likely.places[likely.proposed & worded].tolist())
    for place in chosen.tolist():
        proposal = (
            place_proposal(likely, witnesses, collation.places, place) if place in offered else None
        )
        if proposal is None:
            readers.append("")
            why.append("[]")
            continue
        readers.append(", ".join(map(quoted, proposal.witnesses)))
        said = [reason_english(r, {w.id: w.id for w in witnesses}) for r in proposal.reasons]
        why.append(json.dumps(said, ensure_ascii=False))
    return [readers, why]


def _variant_columns(
    collation: Collation, variants: np.ndarray, lo: int, hi: int
) -> tuple[list, list, list, list, list]:
    """Variants lo..hi-1 (of the variant places `variants`) column by column: ids,
    categories, (starts, ends) of each witness, majorities and moves."""
    chosen = variants[lo:hi]
    places = collation.places
    spans = [
        (places.starts[w, chosen].tolist(), places.ends[w, chosen].tolist())
        for w in range(len(collation.witnesses))
    ]
    numbers = collation.move_numbers()
    return (
        list(range(lo + 1, lo + len(chosen) + 1)),
        list(map(CATEGORIES.__getitem__, places.category[chosen].tolist())),
        spans,
        majorities(places, collation.witnesses, chosen),
        list(map(numbers.get, places.move[chosen].tolist())),
    )


def shown(text: str) -> str:
    """A reading as one short line: line breaks visible, long text cut."""
    if not text:
        return "∅"
    text = text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    if not text.strip():
        text = text.replace(" ", "␣").replace("\t", "⇥").replace("\u3000", "□")
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


def collation_table(collation: Collation, show_all: bool) -> str:
    """Text and script variants one per line (all if asked), then moves and a summary."""
    ids = [w.id for w in collation.witnesses]
    lines = ["   id  category     " + "  |  ".join(ids)]
    for v in collation.variants:
        if v.category in (LAYOUT, PUNCTUATION) and not show_all:
            continue
        readings = "  |  ".join(shown(v.readings[i].text) for i in ids)
        moved = "  (in moved passage)" if v.move is not None else ""
        lines.append(f"{v.id:>5}  {v.category:<11}  {readings}{moved}")
    for number, move in enumerate(collation.moves):
        where = ", ".join(f"{i} {r.start}-{r.end}" for i, r in move.readings.items())
        lines.append(f"move {number}: {where}")
    counts = Counter(v.category for v in collation.variants)
    summary = ", ".join(f"{counts[c]} {c}" for c in SHOWN_ORDER)
    lines.append(f"{len(collation.variants)} variants ({summary}); {len(collation.moves)} moves")
    return "\n".join(lines)


def proposals_json(path: Path, text: str, proposals: list[Proposal]) -> dict[str, Any]:
    """`desk clean --json`: every proposal with its rule, category, span and texts."""
    from desk.core.text.cleaning import RULES_BY_NAME  # `desk collate` need not load the rules

    return {
        "path": str(path),
        "length": len(text),
        "proposals": [
            {
                "rule": p.rule,
                "category": RULES_BY_NAME[p.rule].category,
                "start": p.start,
                "end": p.end,
                "text": text[p.start : p.end],
                "replacement": p.replacement,
            }
            for p in proposals
        ],
    }


def proposals_table(text: str, proposals: list[Proposal]) -> str:
    """Proposals one per line, then a count per rule."""
    lines = [
        f"{p.start:>7}-{p.end:<7} {p.rule:<18} "
        f"{shown(text[p.start : p.end])} → {shown(p.replacement)}"
        for p in proposals
    ]
    counts = Counter(p.rule for p in proposals)
    lines.append(
        f"{len(proposals)} proposals: " + ", ".join(f"{n} {rule}" for rule, n in counts.items())
    )
    return "\n".join(lines)
