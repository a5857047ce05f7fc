"""The words of history steps (what Undo names, what the history lists), defined once.

A step's label is stored as English text made from one of these templates; `parse`
finds the template and the values again, so a window in another language can say it
in its own words.
"""

from __future__ import annotations

import re

TEMPLATES = {
    "take": "Take {name}'s reading “{reading}” at place {place}",
    "take_clean": "Take the cleaned reading “{reading}” at place {place}",
    "type": "Type “{reading}” at place {place}",
    "keep": "Keep “{reading}” at place {place}",
    # as desks before 2026-11-30 wrote them, without the place: still read back
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


QUOTED = 12  # a reading longer than this is cut, with …


def quoted(reading: str) -> str:
    """A reading as a label quotes it: ∅ for none, ⏎ for a line break, cut when long."""
    if not reading:
        return "∅"
    said = reading.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return said if len(said) <= QUOTED else said[:QUOTED] + "…"


def label(key: str, **values: object) -> str:
    """The label of a step made from template `key`."""
    return TEMPLATES[key].format(**values)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if n % 2 == 0 else f"(?P<{part}>.+)" for n, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)


# Longest first, so that "Take X's reading of all …" is not read as "Take X's reading".
_PATTERNS = [
    (key, _pattern(template))
    for key, template in sorted(TEMPLATES.items(), key=lambda item: -len(item[1]))
]


def parse(text: str) -> tuple[str, dict[str, str]] | None:
    """(template key, values) of a stored label, or None for a label of no template."""
    for key, pattern in _PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            return key, found.groupdict()
    return None
