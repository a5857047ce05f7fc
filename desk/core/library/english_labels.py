"""Step labels as desks up to schema version 9 stored them, English sentences, read back
into facts (a template key and its values) by migration 10. This copy of the old wording
is frozen: whatever the English words become, a library written then reads the same."""

from __future__ import annotations

import re
from pathlib import Path

_ENGLISH_LABELS = {
    "take": "Take {name}'s reading “{reading}” at place {place}",
    "take_clean": "Take the cleaned reading “{reading}” at place {place}",
    "type": "Type “{reading}” at place {place}",
    "keep": "Keep “{reading}” at place {place}",
    "take_earlier": "Take {name}'s reading",
    "take_clean_earlier": "Take the cleaned reading",
    "type_earlier": "Type a reading",
    "keep_earlier": "Keep the reading",
    "all_clean": "Take the cleaned reading of all {category} places ({count})",
    "all_witness": "Take {name}'s reading of all {category} places ({count})",
    "series": "Decide {count} more places reading the same, as place {place}",
    "library_series": "Decide {count} places reading {readings} the same way, in the whole library",
    "choices": "Choose {what}",
    "edit": "Edit text",
    "earlier": "Decisions made with an earlier desk",
    "restore": "Restore revision {number}",
    "note_add": "Add note on “{quote}”",
    "note_edit": "Edit note on “{quote}”",
    "note_delete": "Delete note on “{quote}”",
}
_NUMBERS = ("count", "place", "number")


def _label_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if n % 2 == 0 else f"(?P<{part}>.+)" for n, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)


# Longest first, so that "Take X's reading of all …" is not read as "Take X's reading".
_LABEL_PATTERNS = [
    (key, _label_pattern(template))
    for key, template in sorted(_ENGLISH_LABELS.items(), key=lambda item: -len(item[1]))
]


def _witness_named(name: str, witnesses: list[tuple[int, str, str]]) -> str | None:
    """The id of the witness an English label named: "witness 2" (the second of the
    document's witnesses), or the name the editor gave it; None if none is."""
    numbered = re.fullmatch(r"witness (\d+)", name)
    if numbered and 1 <= int(numbered.group(1)) <= len(witnesses):
        return str(witnesses[int(numbered.group(1)) - 1][0])
    given = [wid for wid, label, path in witnesses if label == name != Path(path).stem]
    return str(given[0]) if given else None


def label_facts(text: str, witnesses: list[tuple[int, str, str]], changes: dict) -> dict:
    """A stored English label as facts: its template key and values, in the form
    review.step_labels.StepLabel keeps; a label of no template (or naming a witness no
    longer in the document) is kept as it was said."""
    said = {"key": "said", "values": {"text": text}}
    found = next(
        ((key, match.groupdict()) for key, p in _LABEL_PATTERNS if (match := p.fullmatch(text))),
        None,
    )
    if found is None:
        return said
    key, values = found
    if key == "choices":
        if not changes.get("choices"):
            return said
        before, after = changes["choices"]
        return {"key": key, "values": {f: v for f, v in after.items() if before.get(f) != v}}
    if "name" in values:
        witness = _witness_named(values.pop("name"), witnesses)
        if witness is None:
            return said
        values["witness"] = witness
    for field in _NUMBERS:
        if field in values:
            if not values[field].isdigit():
                return said
            values[field] = int(values[field])
    return {"key": key, "values": values}
