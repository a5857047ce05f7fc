"""What a note step did to one note (added, edited or deleted it), kept with the step so
that undo and redo can do it again or take it back."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desk.core.library.store import Library
from desk.core.notes.annotations import delete_annotation, restore_annotation, update_annotation


class NoteOp(StrEnum):
    ADD = "add"
    EDIT = "edit"
    DELETE = "delete"  # the note is only marked deleted, so undo brings it back


@dataclass(frozen=True)
class NoteWords:
    """A note's text and tags."""

    note: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class NoteAction:
    """An operation on the note `id`; an edit keeps the words before and after it."""

    op: NoteOp
    id: int
    before: NoteWords | None = None
    after: NoteWords | None = None

    def replay(self, library: Library, forward: bool) -> None:
        """Do the action again (forward) or take it back (call inside `atomic()`)."""
        if self.op == NoteOp.EDIT:
            words = self.after if forward else self.before
            assert words is not None
            update_annotation(library, self.id, words.note, words.tags)
        elif (self.op == NoteOp.ADD) == forward:
            restore_annotation(library, self.id)
        else:
            delete_annotation(library, self.id)

    def to_json(self) -> dict[str, Any]:
        """As stored with the step: {"op", "id"} and, for an edit, "before" and "after"."""
        data: dict[str, Any] = {"op": str(self.op), "id": self.id}
        for name, words in (("before", self.before), ("after", self.after)):
            if words is not None:
                data[name] = {"note": words.note, "tags": list(words.tags)}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NoteAction:
        def words(name: str) -> NoteWords | None:
            found = data.get(name)
            return None if found is None else NoteWords(found["note"], tuple(found["tags"]))

        return cls(NoteOp(data["op"]), int(data["id"]), words("before"), words("after"))
