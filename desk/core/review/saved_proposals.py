"""Each witness's cleaning proposals, computed once and kept in the library.

A witness's raw text never changes, so its proposals only change with the rules; the
saved set is keyed by the rules' version and names. Imports normalize and store.
"""

from __future__ import annotations

import json

from desk.core.library.failures import ReadOnly
from desk.core.library.store import Library
from desk.core.text.cleaning import DEFAULT_RULES, RULES_VERSION, Proposal, propose


def _rules_key() -> str:
    return f"{RULES_VERSION}:{','.join(DEFAULT_RULES)}"


def witness_proposals(library: Library, witness_id: int, text: str) -> list[Proposal]:
    """The default rules' proposals for a witness whose raw text is `text`."""
    row = library.db.execute(
        "SELECT proposals FROM saved_proposals WHERE witness_id = ? AND rules = ?",
        [witness_id, _rules_key()],
    ).fetchone()
    if row is not None:
        return [Proposal(*fields) for fields in json.loads(row[0])]
    proposals = propose(text)
    data = json.dumps([[p.rule, p.start, p.end, p.replacement] for p in proposals])
    try:
        with library.atomic() as db:
            db["saved_proposals"].upsert(
                {"witness_id": witness_id, "rules": _rules_key(), "proposals": data},
                pk="witness_id",
            )
    except ReadOnly:
        pass  # a library that cannot be written still shows them, computed each time
    return proposals
