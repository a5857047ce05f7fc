"""Reviewing one document: decide variants and proposals, edit by hand, undo and redo.

The curated text is the base witness plus the changes of every applied step. Each user
action is one step, written to the library in one transaction before it is reported
done; undoing marks a step undone and applies its inverse, so the whole history,
undone steps included, survives a crash or a restart. Imports collate, curated_map,
normalize, saved_collation, library and store; never Qt.
"""

from __future__ import annotations

import getpass
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from desk.core.alignment.collation import Collation, Reading
from desk.core.annotations import (
    add_annotation,
    clean_tags,
    delete_annotation,
    get_annotation,
    restore_annotation,
    shift_curated_annotations,
    update_annotation,
)
from desk.core.curated_map import Change, CuratedMap, TextEdit
from desk.core.library import ImportReport, get_document, list_documents, witness_text
from desk.core.normalize import RULES_BY_NAME
from desk.core.saved_collation import document_collation
from desk.core.saved_proposals import witness_proposals
from desk.core.store import Library, LibraryError, now

APPLIED, UNDONE, ABANDONED = "applied", "undone", "abandoned"
NOTE = "note"  # the kind of a step that adds, edits or deletes a note
PROPOSAL_READING = "proposal"  # the key of a proposal's suggested reading
TYPING_MERGE_SECONDS = 2.0  # keystrokes closer than this, and adjacent, make one step


@dataclass(frozen=True)
class Item:
    """Something to decide: a variant between witnesses, or a cleaning rule's proposal."""

    key: str  # "v<id>" for a variant, "p<rule>@<start>" for a proposal
    category: str
    readings: dict[str, Reading]  # by witness id; a proposal's suggestion under "proposal"
    variant_id: int | None = None
    rule: str | None = None
    move: int | None = None

    @property
    def base_span(self) -> tuple[int, int]:
        """Where the item sits in the base witness (the first reading)."""
        first = next(iter(self.readings.values()))
        return first.start, first.end


@dataclass(frozen=True)
class Decision:
    """The editor's answer to an item."""

    item: str
    choice: str  # witness, typed, kept, proposal
    text: str
    witness: str | None = None


@dataclass(frozen=True)
class Step:
    """One undoable action, as stored."""

    number: int
    kind: str
    label: str
    change: Change
    decisions: tuple[Decision, ...]
    state: str
    parent: int = 0  # the step applied just before this one was made; 0: none
    note_action: dict | None = None  # a note step's {"op", "id", "before", "after"}
    author: str = ""
    created: str = ""  # ISO 8601, as stored


@dataclass(frozen=True)
class PastDecision:
    """A decision ever made on an item, with the fate of its step."""

    decision: Decision
    revision: int
    state: str
    author: str
    created: str


@dataclass(frozen=True)
class Outcome:
    """What an action did: the step, the curated-text edits to show, the items it decided."""

    step: Step | None
    edits: list[TextEdit]
    decided: tuple[str, ...]
    merged: bool = False


def prepare_review(library: Library, document_id: int) -> None:
    """Do the slow part of opening a document ahead of time (off the GUI thread): collate
    it and find its base witness's cleaning proposals, both saved in the library."""
    collation = document_collation(library, document_id)
    base_text = next(w.text for w in collation.witnesses if w.id == collation.base)
    witness_proposals(library, int(collation.base), base_text)


def prepare_imported(
    library: Library, report: ImportReport, progress: Callable[[int, int], None] | None = None
) -> None:
    """Prepare every document an import gave a new witness and that has two or more."""
    changed = {w.document_id for w in report.added}
    ready = [d.id for d in list_documents(library) if d.id in changed and len(d.witnesses) > 1]
    for done, document_id in enumerate(ready, start=1):
        prepare_review(library, document_id)
        if progress is not None:
            progress(done, len(ready))


def curated_text(library: Library, document_id: int) -> str:
    """The document's curated text: its base witness with every applied step."""
    document = get_document(library, document_id)
    if document.base_witness_id is None:
        return ""
    curated = CuratedMap(witness_text(library, document.base_witness_id))
    for step in _load_steps(library, document_id):
        if step.state == APPLIED:
            curated.apply(step.change)
    return curated.text()


def _change_json(change: Change) -> str:
    return json.dumps(
        {"removed": [list(r) for r in change.removed], "added": [list(r) for r in change.added]},
        ensure_ascii=False,
    )


def _change(data: str) -> Change:
    raw = json.loads(data)
    return Change(
        tuple(tuple(r) for r in raw["removed"]),  # type: ignore[misc]
        tuple(tuple(r) for r in raw["added"]),  # type: ignore[misc]
    )


def _load_steps(library: Library, document_id: int) -> list[Step]:
    decisions: dict[int, list[Decision]] = {}
    for revision, item, choice, text, witness in library.db.execute(
        "SELECT revision_id, item, choice, text, witness_id FROM decisions"
        " WHERE document_id = ? AND revision_id IS NOT NULL ORDER BY id",
        [document_id],
    ):
        witness_id = None if witness is None else str(witness)
        decisions.setdefault(revision, []).append(Decision(item, choice, text, witness_id))
    return [
        Step(
            number,
            kind,
            label,
            _change(change),
            tuple(decisions.get(rid, ())),
            state,
            parent or 0,
            json.loads(note_action) if note_action else None,
            author or "",
            created or "",
        )
        for (
            rid,
            number,
            kind,
            label,
            change,
            state,
            parent,
            note_action,
            author,
            created,
        ) in library.db.execute(
            "SELECT id, number, kind, label, change, state, parent, note_action, author,"
            " created_at FROM revisions"
            " WHERE document_id = ? AND number IS NOT NULL ORDER BY number",
            [document_id],
        )
    ]


def _short(quote: str, length: int = 12) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= length else quote[:length] + "…"


def _replay_note_action(library: Library, action: dict, forward: bool) -> None:
    """Do a note step's action again (forward) or undo it."""
    op, annotation_id = action["op"], action["id"]
    if op == "edit":
        values = action["after" if forward else "before"]
        update_annotation(library, annotation_id, values["note"], values["tags"])
    elif (op == "add") == forward:
        restore_annotation(library, annotation_id)
    else:
        delete_annotation(library, annotation_id)


class Review:
    """An editor's session on one document. Mutable; every change is saved as it happens."""

    def __init__(self, library: Library, document_id: int, author: str | None = None) -> None:
        self.library = library
        self.document = get_document(library, document_id)
        self.author = author or getpass.getuser()
        self.collation: Collation = document_collation(library, document_id)
        self.base_id = self.collation.base
        base_text = next(w.text for w in self.collation.witnesses if w.id == self.base_id)
        self.curated = CuratedMap(base_text)
        self.items = self._build_items(base_text)
        self.by_key = {item.key: item for item in self.items}
        self.position = {item.key: n for n, item in enumerate(self.items)}
        self.steps = [s for s in _load_steps(library, document_id) if s.state != ABANDONED]
        for step in self.steps:
            if step.state == APPLIED:
                self.curated.apply(step.change)
        self.statuses: dict[str, Decision] = {}
        self._recompute_statuses()
        self._last_typing: float = 0.0

    def _build_items(self, base_text: str) -> list[Item]:
        variants = [
            Item(f"v{v.id}", v.category, v.readings, variant_id=v.id, move=v.move)
            for v in self.collation.variants
        ]
        proposals = [
            Item(
                f"p{p.rule}@{p.start}",
                RULES_BY_NAME[p.rule].category,
                {
                    self.base_id: Reading(p.start, p.end, base_text[p.start : p.end]),
                    PROPOSAL_READING: Reading(p.start, p.end, p.replacement),
                },
                rule=p.rule,
            )
            for p in witness_proposals(self.library, int(self.base_id), base_text)
        ]
        base = self.base_id
        return sorted(
            variants + proposals,
            key=lambda item: (item.readings[base].start, item.readings[base].end, item.key),
        )

    # What the views show

    def text(self) -> str:
        """The curated text now."""
        return self.curated.text()

    def curated_span(self, item: Item) -> tuple[int, int]:
        """Where an item sits in the curated text now."""
        return self.curated.span_to_curated(*item.base_span)

    def status(self, item: Item) -> Decision | None:
        """The decision in force for an item, or None while it is open."""
        return self.statuses.get(item.key)

    def find_variant(self, *readings: str) -> Item | None:
        """The first variant whose witnesses read `readings`, in witness order."""
        witnesses = [w.id for w in self.collation.witnesses][: len(readings)]
        for item in self.items:
            if item.variant_id is not None and all(
                item.readings[w].text == text for w, text in zip(witnesses, readings)
            ):
                return item
        return None

    def open_items(self) -> list[Item]:
        """Items not decided yet, in base order."""
        return [item for item in self.items if item.key not in self.statuses]

    def next_open(
        self, after: Item | None, backwards: bool = False, categories: set[str] | None = None
    ) -> Item | None:
        """The next (or previous) open item after one, wrapping round; optionally of some
        categories only."""
        count = len(self.items)
        step = -1 if backwards else 1
        here = self.position[after.key] if after is not None else (count if backwards else -1)
        for distance in range(1, count + 1):
            item = self.items[(here + step * distance) % count]
            if item.key in self.statuses or item is after:
                continue
            if categories is None or item.category in categories:
                return item
        return None

    # Actions: each is one step, saved before it returns

    def take_reading(self, item: Item, witness: str) -> Outcome:
        """Make the curated text read as `witness` does at this item."""
        text = item.readings[witness].text
        choice = "proposal" if witness == PROPOSAL_READING else "witness"
        label = f"Accept {item.rule} proposal" if item.rule else f"Take {witness}'s reading"
        return self._decide([item], [text], choice, None if item.rule else witness, label)

    def type_reading(self, item: Item, text: str) -> Outcome:
        """Make the curated text read `text` at this item."""
        return self._decide([item], [text], "typed", None, "Type a reading")

    def keep(self, item: Item) -> Outcome:
        """Decide the item without changing the curated text."""
        start, end = self.curated_span(item)
        text = self.text()[start:end]
        step = self._save(
            "decision",
            "Keep the curated reading",
            Change((), ()),
            [Decision(item.key, "kept", text)],
            [],
        )
        return Outcome(step, [], (item.key,))

    def accept_all(
        self, category: str | None = None, rule: str | None = None, witness: str | None = None
    ) -> Outcome:
        """Decide every open item of a category (taking `witness`'s reading) or of a rule."""
        if rule is not None:
            chosen = [i for i in self.open_items() if i.rule == rule]
            texts = [i.readings[PROPOSAL_READING].text for i in chosen]
            label = f"Accept all {rule} proposals ({len(chosen)})"
            return self._decide(chosen, texts, "proposal", None, label, kind="bulk")
        chosen = [i for i in self.open_items() if i.rule is None and i.category == category]
        witness = witness or self.base_id
        texts = [i.readings[witness].text for i in chosen]
        label = f"Take {witness}'s reading for all {category} variants ({len(chosen)})"
        return self._decide(chosen, texts, "witness", witness, label, kind="bulk")

    def _decide(
        self,
        items: list[Item],
        texts: list[str],
        choice: str,
        witness: str | None,
        label: str,
        kind: str = "decision",
    ) -> Outcome:
        if not items:
            return Outcome(None, [], ())
        spans = [(*item.base_span, text) for item, text in zip(items, texts)]
        if len(spans) == 1:
            change, edits = self.curated.replace_base(*spans[0])
        else:
            change, edits = self.curated.replace_many_base(spans)
        decisions = [Decision(i.key, choice, t, witness) for i, t in zip(items, texts)]
        try:
            step = self._save(kind, label, change, decisions, edits)
        except BaseException:
            self.curated.apply(change.inverse())
            raise
        return Outcome(step, edits, tuple(i.key for i in items))

    def edit(self, start: int, end: int, text: str) -> Outcome:
        """A hand edit of the curated text; adjacent quick keystrokes join one step."""
        change, edits = self.curated.replace(start, end, text)
        previous = self.steps[-1] if self.steps else None
        quick = time.monotonic() - self._last_typing < TYPING_MERGE_SECONDS
        try:
            if (
                previous is not None
                and previous.kind == "edit"
                and previous.state == APPLIED
                and quick
            ):
                step = self._merge_into(previous, change, edits)
                merged = True
            else:
                step = self._save("edit", "Edit text", change, [], edits)
                merged = False
        except BaseException:
            self.curated.apply(change.inverse())
            raise
        self._last_typing = time.monotonic()
        return Outcome(step, edits, (), merged)

    # Notes: each action is a step too, so that undo and the history see it

    def add_note(
        self, witness_id: int | None, start: int, end: int, note: str, tags: Iterable[str]
    ) -> Outcome:
        """Annotate [start, end) of the curated text (witness_id None) or of a witness."""
        text = (
            self.text()
            if witness_id is None
            else next(w.text for w in self.collation.witnesses if w.id == str(witness_id))
        )
        with self.library.atomic():
            made = add_annotation(
                self.library,
                self.document.id,
                witness_id,
                text,
                start,
                end,
                note,
                tags,
                self.author,
            )
            action = {"op": "add", "id": made.id}
            return self._note_step(f"Add note on “{_short(made.anchor.quote)}”", action)

    def edit_note(self, annotation_id: int, note: str, tags: Iterable[str]) -> Outcome:
        """Change a note's text and tags."""
        old = get_annotation(self.library, annotation_id)
        action = {
            "op": "edit",
            "id": annotation_id,
            "before": {"note": old.note, "tags": list(old.tags)},
            "after": {"note": note, "tags": list(clean_tags(tags))},
        }
        with self.library.atomic():
            _replay_note_action(self.library, action, forward=True)
            return self._note_step(f"Edit note on “{_short(old.anchor.quote)}”", action)

    def delete_note(self, annotation_id: int) -> Outcome:
        """Delete a note (kept in the library, so that undo brings it back)."""
        old = get_annotation(self.library, annotation_id)
        action = {"op": "delete", "id": annotation_id}
        with self.library.atomic():
            _replay_note_action(self.library, action, forward=True)
            return self._note_step(f"Delete note on “{_short(old.anchor.quote)}”", action)

    def _note_step(self, label: str, action: dict) -> Outcome:
        """Record a note action just taken as a step (inside its transaction)."""
        step = self._save(NOTE, label, Change((), ()), [], [], action)
        return Outcome(step, [], ())

    def restore(self, number: int) -> Outcome:
        """Make the curated text what it was after revision `number` (0: the base witness),
        as a new step. Decisions made since stay in the log and keep their status."""
        target = set(self.replacements_at(number))
        current = set(self.curated.replacements)
        change = Change(tuple(sorted(current - target)), tuple(sorted(target - current)))
        edits = self.curated.apply(change)
        try:
            step = self._save("restore", f"Restore revision {number}", change, [], edits)
        except BaseException:
            self.curated.apply(change.inverse())
            raise
        return Outcome(step, edits, ())

    # History

    def history(self) -> list[Step]:
        """Every step ever made on the document, undone and abandoned ones too, in order."""
        return _load_steps(self.library, self.document.id)

    def replacements_at(self, number: int) -> tuple:
        """The curated text's replacements right after revision `number` was made."""
        steps = {s.number: s for s in _load_steps(self.library, self.document.id)}
        if number and number not in steps:
            raise LibraryError(f"no revision {number} in “{self.document.title}”")
        chain = []
        while number:
            chain.append(steps[number])
            number = steps[number].parent
        curated = CuratedMap(self.curated.base)
        for step in reversed(chain):
            curated.apply(step.change)
        return curated.replacements

    def text_at(self, number: int) -> str:
        """The curated text right after revision `number` (0: the base witness)."""
        return CuratedMap(self.curated.base, self.replacements_at(number)).text()

    def decisions_on(self, item: Item) -> list[PastDecision]:
        """Every decision ever made on an item, oldest first, undone ones included."""
        return [
            PastDecision(
                Decision(item.key, choice, text, None if witness is None else str(witness)),
                number,
                state,
                author,
                created,
            )
            for choice, text, witness, number, state, author, created in self.library.db.execute(
                "SELECT d.choice, d.text, d.witness_id, r.number, r.state, d.author, d.created_at"
                " FROM decisions d JOIN revisions r ON r.id = d.revision_id"
                " WHERE d.document_id = ? AND d.item = ? ORDER BY d.id",
                [self.document.id, item.key],
            )
        ]

    def undo(self) -> Outcome:
        """Undo the last applied step."""
        applied = [s for s in self.steps if s.state == APPLIED]
        if not applied:
            return Outcome(None, [], ())
        return self._set_state(applied[-1], UNDONE)

    def redo(self) -> Outcome:
        """Redo the first undone step."""
        undone = [s for s in self.steps if s.state == UNDONE]
        if not undone:
            return Outcome(None, [], ())
        return self._set_state(undone[0], APPLIED)

    def save_position(self, item: Item | None) -> None:
        """Remember where the editor is, for the next time the document opens."""
        state = json.dumps({"item": item.key if item else None})
        with self.library.atomic() as db:
            db["documents"].update(self.document.id, {"review_state": state})

    def saved_position(self) -> Item | None:
        """The item the editor was at when the document was last open."""
        row = self.library.db.execute(
            "SELECT review_state FROM documents WHERE id = ?", [self.document.id]
        ).fetchone()
        key = json.loads(row[0]).get("item") if row and row[0] else None
        return self.by_key.get(key)

    # Persistence

    def _save(
        self,
        kind: str,
        label: str,
        change: Change,
        decisions: list[Decision],
        edits: list[TextEdit],
        note_action: dict | None = None,
    ) -> Step:
        number = (self.steps[-1].number if self.steps else self._max_number()) + 1
        applied = [s for s in self.steps if s.state == APPLIED]
        parent = applied[-1].number if applied else 0
        stamp = now()
        step = Step(
            number,
            kind,
            label,
            change,
            tuple(decisions),
            APPLIED,
            parent,
            note_action,
            self.author,
            stamp,
        )
        with self.library.atomic() as db:
            shift_curated_annotations(self.library, self.document.id, edits)
            # A new action after undoing: the undone steps can no longer be redone.
            db.execute(
                "UPDATE revisions SET state = ? WHERE document_id = ? AND state = ?",
                [ABANDONED, self.document.id, UNDONE],
            )
            revision_id = (
                db["revisions"]
                .insert(
                    {
                        "document_id": self.document.id,
                        "number": number,
                        "kind": kind,
                        "label": label,
                        "change": _change_json(change),
                        "state": APPLIED,
                        "parent": parent,
                        "note_action": json.dumps(note_action, ensure_ascii=False)
                        if note_action
                        else None,
                        "author": self.author,
                        "created_at": stamp,
                        "reason": label,
                    }
                )
                .last_pk
            )
            db["decisions"].insert_all(
                {
                    "document_id": self.document.id,
                    "variant_id": self.by_key[d.item].variant_id if d.item in self.by_key else None,
                    "rule": self.by_key[d.item].rule if d.item in self.by_key else None,
                    "witness_id": int(d.witness) if d.witness and d.witness.isdigit() else None,
                    "text": d.text,
                    "replaced": None,
                    "author": self.author,
                    "created_at": stamp,
                    "revision_id": revision_id,
                    "item": d.item,
                    "choice": d.choice,
                }
                for d in decisions
            )
        self.steps = [s for s in self.steps if s.state != UNDONE] + [step]
        for decision in decisions:
            self.statuses[decision.item] = decision
        return step

    def _max_number(self) -> int:
        row = self.library.db.execute(
            "SELECT max(number) FROM revisions WHERE document_id = ?", [self.document.id]
        ).fetchone()
        return row[0] or 0

    def _merge_into(self, previous: Step, change: Change, edits: list[TextEdit]) -> Step:
        removed = set(previous.change.removed) | (set(change.removed) - set(previous.change.added))
        added = (set(previous.change.added) - set(change.removed)) | set(change.added)
        combined = Change(tuple(sorted(removed - added)), tuple(sorted(added - removed)))
        step = replace(previous, change=combined)
        with self.library.atomic() as db:
            shift_curated_annotations(self.library, self.document.id, edits)
            db.execute(
                "UPDATE revisions SET change = ? WHERE document_id = ? AND number = ?",
                [_change_json(combined), self.document.id, previous.number],
            )
        self.steps[-1] = step
        return step

    def _set_state(self, step: Step, state: str) -> Outcome:
        change = step.change if state == APPLIED else step.change.inverse()
        edits = self.curated.apply(change)
        try:
            with self.library.atomic() as db:
                shift_curated_annotations(self.library, self.document.id, edits)
                if step.note_action:
                    _replay_note_action(self.library, step.note_action, state == APPLIED)
                db.execute(
                    "UPDATE revisions SET state = ? WHERE document_id = ? AND number = ?",
                    [state, self.document.id, step.number],
                )
        except BaseException:
            self.curated.apply(change.inverse())
            raise
        updated = replace(step, state=state)
        self.steps = [updated if s.number == step.number else s for s in self.steps]
        self._recompute_statuses()
        self._last_typing = 0.0
        return Outcome(updated, edits, tuple(d.item for d in step.decisions))

    def _recompute_statuses(self) -> None:
        self.statuses = {
            decision.item: decision
            for step in self.steps
            if step.state == APPLIED
            for decision in step.decisions
        }
