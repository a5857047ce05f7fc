"""Characters whose printed shapes are alike (形近字): the confusions OCR engines make.

Read from resources/lookalikes.tsv (scripts/build_lookalikes.py draws each common
character in two typefaces and compares their ink): for each character, the ones most
like it with a similarity from 0 to 1. Two characters look alike if either lists the
other. Imports paths and cached_tables.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desk.core.evidence.cached_tables import cached_table
from desk.core.paths import bundled_path

LOOK_ALIKE = 0.7  # pairs this alike are said to look alike (the table keeps some less alike)


@cache
def _table() -> dict[str, dict[str, float]]:
    path = bundled_path("resources") / "lookalikes.tsv"
    return cached_table(path, "lookalikes", 1, _parsed)


def _parsed(path: Path) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        char, listed = line.split("\t")
        for entry in listed.split(" "):
            other, similarity = entry.split(":")
            for a, b in ((char, other), (other, char)):
                table.setdefault(a, {})
                table[a][b] = max(table[a].get(b, 0.0), float(similarity))
    return table


def similarity(a: str, b: str) -> float:
    """How alike two characters look (0 when the table does not pair them)."""
    return _table().get(a, {}).get(b, 0.0)


def lookalikes(char: str) -> dict[str, float]:
    """The characters that look like `char`, with how alike."""
    return _table().get(char, {})


def lookalike_pair(a: str, b: str) -> tuple[str, str] | None:
    """The one character in which two readings differ, when it is a look-alike pair
    (出台/平台: 出, 平); else None."""
    if len(a) != len(b):
        return None
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differing) == 1 and similarity(*differing[0]) >= LOOK_ALIKE:
        return differing[0]
    return None
