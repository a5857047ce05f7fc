"""Document-level choices: the base witness, whose paragraphs, spaces, punctuation, and
whether desk's proposals or the base's words stand where the witnesses differ.

They set the reading of every place no decision covers: white space and places where all
witnesses agree follow the paragraphs witness, cleaned by the chosen rules; the places
where witnesses differ in wording read the proposal (else the base witness's words),
cleaned the same way.
Imports cleaning and the standard library.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace

from desk.core.text.cleaning import Proposal

LAYOUT_RULES = ("reflow", "hyphenation")  # column breaks joined, broken Latin words mended
SPACE_RULES = ("edge_spaces", "cjk_spaces")
PUNCTUATION_RULES = ("full_width", "punctuation_forms")
CHOICE_FIELDS = ("order", "paragraphs", "spaces_removed", "full_width", "proposed_words")


@dataclass(frozen=True)
class Choices:
    """How the places that no decision covers read."""

    order: str  # the base: the witness whose order the text follows, and whose words
    paragraphs: str  # the witness whose line and paragraph breaks the text follows
    spaces_removed: bool = True  # no spaces between Chinese characters, none at line ends
    full_width: bool = True  # full-width punctuation in Chinese text, standard forms
    proposed_words: bool = True  # where witnesses differ in words: the proposal, else the base

    def rules(self) -> tuple[str, ...]:
        """The cleaning rules these choices apply."""
        return (
            LAYOUT_RULES
            + (SPACE_RULES if self.spaces_removed else ())
            + (PUNCTUATION_RULES if self.full_width else ())
        )

    def to_json(self) -> str:
        """As stored in the library."""
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> Choices:
        """As read back from the library. A review begun before desk proposed readings
        goes on with the base's words until the editor chooses the proposals."""
        fields = json.loads(data)
        fields.setdefault("proposed_words", False)
        return cls(**fields)

    def fitted(self, witnesses: list[str]) -> Choices:
        """These choices for a document whose witnesses are now `witnesses` (the base
        first): a witness no longer there gives way to the base."""
        order = self.order if self.order in witnesses else witnesses[0]
        paragraphs = self.paragraphs if self.paragraphs in witnesses else order
        return replace(self, order=order, paragraphs=paragraphs)

    def describe(self, names: Mapping[str, str]) -> list[str]:
        """One line per choice, as an editor reads them (`names`: witness id -> name)."""
        return [describe_choice(f, getattr(self, f), names) for f in CHOICE_FIELDS]

    def changed(self, before: Choices) -> dict[str, str | bool]:
        """The choices that differ from `before`, with their values here."""
        return {
            f: getattr(self, f) for f in CHOICE_FIELDS if getattr(self, f) != getattr(before, f)
        }


def describe_choice(field: str, value: str | bool, names: Mapping[str, str]) -> str:
    """One choice in English words (`names`: witness id -> name)."""
    if field == "order":
        return f"order and words of {names.get(str(value), value)}"
    if field == "paragraphs":
        return f"paragraphs from {names.get(str(value), value)}"
    if field == "spaces_removed":
        return (
            "no spaces inside Chinese (a byline's names keep theirs)"
            if value
            else "spaces kept as read"
        )
    if field == "proposed_words":
        return (
            "the proposed reading where witnesses differ"
            if value
            else "the base's words where witnesses differ"
        )
    return "full-width punctuation" if value else "punctuation as read"


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def default_choices(witnesses: list[tuple[str, str, list[Proposal]]]) -> Choices:
    """The cleanest starting choices: paragraphs from the witness whose line breaks are
    most often real paragraph breaks, not column breaks that the reflow rule joins (a
    witness with none comes last; the first wins a tie). `witnesses` are (id, text,
    proposals), the base first."""

    def column_text(n: int) -> tuple[bool, float, int]:
        _, text, proposals = witnesses[n]
        breaks = _line_breaks(text.strip())
        joined = sum(1 for p in proposals if p.rule == "reflow")
        return breaks - joined <= 0, round(joined / breaks, 2) if breaks else 1.0, n

    best = min(range(len(witnesses)), key=column_text)
    return Choices(order=witnesses[0][0], paragraphs=witnesses[best][0])
