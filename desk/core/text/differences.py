"""Character differences between two versions of a text (diff-match-patch), as spans."""

from __future__ import annotations

from diff_match_patch import diff_match_patch

Spans = list[tuple[int, int]]


def edit_distance(a: str, b: str) -> int:
    """How many characters must be inserted, deleted or replaced to turn a into b."""
    dmp = diff_match_patch()
    return dmp.diff_levenshtein(dmp.diff_main(a, b, False))


def differences(old: str, new: str) -> tuple[Spans, Spans, list[tuple[int, int]]]:
    """Spans only in `old`, spans only in `new`, and corresponding positions (the start of
    every passage the two share), character by character."""
    dmp = diff_match_patch()
    diffs = dmp.diff_main(old, new)
    dmp.diff_cleanupSemantic(diffs)
    removed, added, at_old, at_new = [], [], 0, 0
    level = [(0, 0)]
    for operation, text in diffs:
        if operation == 0:
            level.append((at_old, at_new))
        if operation == -1:
            removed.append((at_old, at_old + len(text)))
            at_old += len(text)
        elif operation == 1:
            added.append((at_new, at_new + len(text)))
            at_new += len(text)
        else:
            at_old += len(text)
            at_new += len(text)
    return removed, added, level
