"""A place's name across alignments: each witness's reading span.

Decisions, the saved position and series name their place by it, so a decision finds its
place again after the document is aligned anew (a new base, a witness added or taken
away). Stored as text: "witness:start-end;..." in witness order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class PlaceKey:
    """Each witness's reading span (witness id, start, end), in witness id order."""

    spans: tuple[tuple[str, int, int], ...]

    @classmethod
    def of(cls, spans: Iterable[tuple[str, int, int]]) -> PlaceKey:
        """The key of a place whose readings have these spans, in any order."""
        return cls(tuple(sorted((str(w), int(s), int(e)) for w, s, e in spans)))

    @classmethod
    def parse(cls, text: str) -> PlaceKey:
        """The key stored as `text`. ValueError if it is not one."""
        spans = []
        for part in text.split(";"):
            witness, _, span = part.rpartition(":")
            start, _, end = span.partition("-")
            if not witness:
                raise ValueError(f"not a place key: {text!r}")
            spans.append((witness, int(start), int(end)))
        return cls.of(spans)

    def __str__(self) -> str:
        return ";".join(f"{witness}:{start}-{end}" for witness, start, end in self.spans)

    def spans_of(self, witnesses: Iterable[str]) -> dict[str, tuple[int, int]]:
        """The spans of those of `witnesses` the key names."""
        wanted = set(witnesses)
        return {w: (start, end) for w, start, end in self.spans if w in wanted}
