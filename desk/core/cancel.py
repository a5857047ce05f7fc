"""Stopping long work when the editor cancels it.

A job runs its work inside `cancellable(flag)`; long loops in the core call
`checkpoint()`, which raises Cancelled once the flag is set. The flag lives in a context
variable, so each thread (each job) sees its own, and work run outside any job (the `desk`
command, tests) is never cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_FLAG: ContextVar[threading.Event | None] = ContextVar("desk_cancel", default=None)


class Cancelled(Exception):
    """The editor cancelled the work: whatever it had not saved yet is left unsaved."""


@contextmanager
def cancellable(flag: threading.Event) -> Iterator[None]:
    """Run a block that `checkpoint()` stops once `flag` is set."""
    token = _FLAG.set(flag)
    try:
        yield
    finally:
        _FLAG.reset(token)


def checkpoint() -> None:
    """Raise Cancelled if the work running here was cancelled."""
    flag = _FLAG.get()
    if flag is not None and flag.is_set():
        raise Cancelled
