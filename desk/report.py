"""Collations and cleaning proposals as JSON (the documented contract) and as text tables."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from desk.core.alignment.categories import LAYOUT, PUNCTUATION
from desk.core.alignment.collation import Collation
from desk.core.normalize import RULES_BY_NAME, Proposal

SNIPPET = 24


def collation_json(collation: Collation, paths: dict[str, Path]) -> dict[str, Any]:
    """The `desk collate --json` object: offsets are code points into each decoded file."""
    return {
        "base": collation.base,
        "witnesses": [
            {"id": w.id, "path": str(paths.get(w.id, "")), "length": len(w.text)}
            for w in collation.witnesses
        ],
        "variants": [
            {
                "id": v.id,
                "category": v.category,
                "readings": {
                    wid: {"start": r.start, "end": r.end, "text": r.text}
                    for wid, r in v.readings.items()
                },
                "majority": list(v.majority),
                "move": v.move,
            }
            for v in collation.variants
        ],
        "moves": [
            {"readings": {wid: {"start": r.start, "end": r.end} for wid, r in m.readings.items()}}
            for m in collation.moves
        ],
    }


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
    summary = ", ".join(f"{counts[c]} {c}" for c in ("text", "script", "punctuation", "layout"))
    lines.append(f"{len(collation.variants)} variants ({summary}); {len(collation.moves)} moves")
    return "\n".join(lines)


def proposals_json(path: Path, text: str, proposals: list[Proposal]) -> dict[str, Any]:
    """`desk clean --json`: every proposal with its rule, category, span and texts."""
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
