"""What a history step did, kept as facts: a template key and its values.

The library stores the facts (JSON), never a sentence. Each front end says them once, in
its own language: the window through Qt's translations (gui/words.py), `desk review` and
the exports in English (`english` here). Witnesses are named by id, so a step says a
witness's name as the document names it now, in the reader's language.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter

from desk.core.review.choices import CHOICE_FIELDS, describe_choice

ENGLISH = {
    "take": "Take {witness}'s reading “{reading}” at place {place}",
    "take_clean": "Take the cleaned reading “{reading}” at place {place}",
    "take_proposal": "Take the proposal “{reading}” at place {place}",
    "type": "Type “{reading}” at place {place}",
    "keep": "Keep “{reading}” at place {place}",
    # as desks before 2026-11-30 said them, without the place
    "take_earlier": "Take {witness}'s reading",
    "take_clean_earlier": "Take the cleaned reading",
    "type_earlier": "Type a reading",
    "keep_earlier": "Keep the reading",
    "all_clean": "Take the cleaned reading of all {category} places ({count})",
    "all_witness": "Take {witness}'s reading of all {category} places ({count})",
    "accept_proposals": "Accept the proposals at least {percent}% sure ({count})",
    "series": "Decide {count} more places reading the same, as place {place}",
    "library_series": "Decide {count} places reading {readings} the same way, in the whole library",
    "choices": "Change the document choices: {choices}",
    "edit": "Edit text",
    "earlier": "Decisions made with an earlier desk",
    "restore": "Go back to step {number}",
    "note_add": "Add note on “{quote}”",
    "note_edit": "Edit note on “{quote}”",
    "note_delete": "Delete note on “{quote}”",
    "said": "{text}",  # a label of no template, as an earlier desk or a script stored it
}


def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name)


# The values each template takes; a choices step holds the choices it changed.
FIELDS = {key: _fields(template) for key, template in ENGLISH.items()}
FIELDS["choices"] = frozenset(CHOICE_FIELDS)

GONE = "a witness no longer here"
QUOTED = 12  # a reading longer than this is cut, with …


def quoted(reading: str) -> str:
    """A reading as a label quotes it: ∅ for none, ⏎ for a line break, cut when long."""
    if not reading:
        return "∅"
    said = reading.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return said if len(said) <= QUOTED else said[:QUOTED] + "…"


@dataclass(frozen=True)
class StepLabel:
    """A template key and its values: witness ids, quoted readings, counts, places."""

    key: str
    values: tuple[tuple[str, str | int | bool], ...] = ()

    @classmethod
    def of(cls, key: str, **values: str | int | bool) -> StepLabel:
        """The label of template `key`. ValueError for an unknown key or values that
        are not the template's (a choices step takes some of the choice fields)."""
        if key not in ENGLISH:
            raise ValueError(f"no step template {key!r}")
        wanted = FIELDS[key]
        if not set(values) <= wanted or (key != "choices" and set(values) != wanted):
            raise ValueError(f"step template {key!r} takes {sorted(wanted)}, not {sorted(values)}")
        return cls(key, tuple(sorted(values.items())))

    def value(self, name: str) -> str | int | bool | None:
        return dict(self.values).get(name)

    def to_json(self) -> str:
        """As the library keeps it."""
        return json.dumps({"key": self.key, "values": dict(self.values)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> StepLabel:
        """As read back from the library."""
        found = json.loads(data)
        return cls.of(found["key"], **found["values"])


def english(label: StepLabel, names: Mapping[str, str]) -> str:
    """The label in English (`names`: witness id -> its name)."""
    values = dict(label.values)
    if label.key == "choices":
        said = [describe_choice(f, values[f], names) for f in CHOICE_FIELDS if f in values]
        return ENGLISH["choices"].format(choices=", ".join(said))
    if "witness" in values:
        values["witness"] = names.get(str(values["witness"]), GONE)
    return ENGLISH[label.key].format(**values)
