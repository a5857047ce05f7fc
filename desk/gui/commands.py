"""Undo commands over the review's steps: Edit > Undo names what it will undo.

The core keeps the same linear history as the QUndoStack, one step per command, so a
command's undo and redo just ask the review to undo or redo its last step. A command's
first redo is the action itself, already done when it is pushed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

TYPING_ID = 1


class StepCommand(QUndoCommand):
    """One review step on the undo stack."""

    def __init__(
        self, label: str, undo: Callable[[], None], redo: Callable[[], None], typing: bool = False
    ) -> None:
        super().__init__(label)
        self._undo, self._redo = undo, redo
        self._done = True  # pushing calls redo(); the step has already been taken
        self._typing = typing

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()

    def id(self) -> int:
        return TYPING_ID if self._typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        """Typing that the review joined into the same step is one command too."""
        return isinstance(other, StepCommand) and getattr(other, "merged", False)
