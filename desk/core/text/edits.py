"""An edit of a text, and the narrowest edit between two versions of a passage."""

from __future__ import annotations

from dataclasses import dataclass

_CHUNK = 4096  # characters compared at a time before going one by one


@dataclass(frozen=True)
class TextEdit:
    """An edit of a text in its own coordinates: replace [start, end) with `text`."""

    start: int
    end: int
    text: str


def common_prefix(a: str, b: str) -> int:
    """How many characters `a` and `b` share at their start."""
    length = min(len(a), len(b))
    low = 0
    while low + _CHUNK <= length and a[low : low + _CHUNK] == b[low : low + _CHUNK]:
        low += _CHUNK
    while low < length and a[low] == b[low]:
        low += 1
    return low


def common_suffix(a: str, b: str) -> int:
    """How many characters `a` and `b` share at their end."""
    return common_prefix(a[::-1], b[::-1])


def narrowed(start: int, old: str, new: str) -> TextEdit:
    """The edit turning `old` (at `start`) into `new`, less what they share at either end:
    what lies just beside a change (a note's edge, the cursor) stays where it was."""
    head = common_prefix(old, new)
    tail = common_suffix(old[head:], new[head:])
    return TextEdit(start + head, start + len(old) - tail, new[head : len(new) - tail])
