"""Reviewing one document: the curated text as its places, each with its chosen reading.

A place reads its decision if it has one, else what the document choices give it. Every
action is one step, written to the library in one transaction before the session's state
changes, so a failed write leaves the session as it was. A decision changes its place and
nothing else; bulk decisions and choices never touch a decided place; a hand edit becomes
typed readings of the places it touches. Imports alignment, review, annotations, library,
saved_proposals and store; never Qt.
"""

from __future__ import annotations

import getpass
import json
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import numpy as np

from desk.core.alignment.categories import CATEGORIES, LAYOUT, PUNCTUATION, SCRIPT, TEXT
from desk.core.alignment.collation import Reading
from desk.core.anchors import TextEdit
from desk.core.annotations import shift_curated_annotations
from desk.core.library import get_document
from desk.core.review.choices import Choices, default_choices
from desk.core.review.earlier import earlier_step
from desk.core.review.history import (
    APPLIED,
    CLEAN,
    KEPT,
    TYPED,
    UNDONE,
    WITNESS,
    Decision,
    PlaceChange,
    Step,
    insert_step,
    load_steps,
    merged,
    update_step,
)
from desk.core.review.notes import replay_note_action
from desk.core.review.readings import (
    default_readings,
    paragraph_break,
    tidy_space,
    witness_cleaned,
)
from desk.core.review.saved_alignment import Alignment, document_alignment, document_witnesses
from desk.core.saved_proposals import witness_proposals
from desk.core.store import Library, LibraryError, now

TO_REVIEW = (TEXT, SCRIPT)  # categories an editor decides place by place
BY_CHOICE = (LAYOUT, PUNCTUATION)  # categories the document choices settle
TYPING_MERGE_SECONDS = 2.0  # keystrokes closer than this make one step
FEW_EDITS = 32  # up to this many edits are applied to the text; more, it is joined anew


@dataclass(frozen=True)
class Counts:
    """Where the review stands: text and script places still to decide and decided, the
    layout and punctuation places (the document choices settle those not decided one by
    one), and all places where the witnesses differ."""

    open: int
    by_choice: int
    decided: int
    total: int

    def describe(self) -> str:
        return (
            f"{self.open} to review, {self.decided} reviewed;"
            f" {self.by_choice} layout and punctuation places"
        )


@dataclass(frozen=True)
class Outcome:
    """What an action did: its step, the curated-text edits (in the coordinates of the
    text before it, last first), and the places whose reading or status changed."""

    step: Step | None
    edits: tuple[TextEdit, ...]
    places: tuple[int, ...]
    merged: bool = False


class Review:
    """An editor's session on one document. Every change is saved as it happens."""

    def __init__(
        self,
        library: Library,
        document_id: int,
        author: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.library = library
        self.document = get_document(library, document_id)
        self.author = author or getpass.getuser()
        self._clock = clock
        self._last_typing = float("-inf")
        self._typing_at = -1  # where the last keystroke left the cursor
        self.alignment: Alignment | None = None
        self._cleaned_cache: dict[tuple, list[str]] = {}
        self._reload()

    # State, rebuilt from the library

    def _reload(self) -> None:
        """Read the history again and rebuild every reading from it."""
        steps = load_steps(self.library, self.document.id)
        if not steps:
            steps = self._adopt_earlier_decisions()
        self.steps = [s for s in steps if s.state != "abandoned"]
        self.first_choices = self._first_choices()
        choices = self.first_choices
        for step in self.steps:
            if step.state == APPLIED and step.choices is not None:
                choices = step.choices[1]
        self._align(choices.order)
        self.choices = choices.fitted(self.witness_ids)
        self.decisions: dict[int, Decision] = {}
        self.lost: dict[str, Decision] = {}  # decisions whose place this alignment lacks
        for step in self.steps:
            if step.state == APPLIED:
                self._replay(step)
        self._defaults = default_readings(self.alignment, self.proposals, self.choices)
        self._readings = [
            self.decisions[n].text if n in self.decisions else text
            for n, text in enumerate(self._defaults)
        ]
        self._offsets = np.zeros(len(self._readings) + 1, dtype=np.int64)
        lengths = np.fromiter(map(len, self._readings), np.int64, len(self._readings))
        np.cumsum(lengths, out=self._offsets[1:])
        self._text: str | None = None

    def _adopt_earlier_decisions(self) -> list[Step]:
        """An earlier desk's decisions on this document, as the first step (saved if the
        library can be written)."""
        step = earlier_step(self.library, self.document.id, self.author)
        if step is None:
            return []
        try:
            with self.library.atomic():
                insert_step(self.library, self.document.id, step)
        except LibraryError:
            pass  # shown all the same; saved by the next session that can write
        return [step]

    def _align(self, order: str) -> None:
        """Take on the alignment table in the order of witness `order`."""
        if self.alignment is not None and self.alignment.base == order:
            return
        self.alignment = document_alignment(self.library, self.document.id, order)
        self.witness_ids = [w.id for w in self.alignment.witnesses]
        self.base_id = self.alignment.base
        self.keys = self.alignment.keys()
        self.index_of = {key: n for n, key in enumerate(self.keys)}
        self._shared_index: dict[tuple[str, ...], dict[str, int]] = {}
        self.proposals = {
            w.id: witness_proposals(self.library, int(w.id), w.text)
            for w in self.alignment.witnesses
        }
        places = self.alignment.places
        self._variant_array = np.flatnonzero(places.variant)
        self.variant_places = self._variant_array.tolist()
        self._category_index = places.category.tolist()
        self._to_review = places.variant & np.isin(
            places.category, [CATEGORIES.index(c) for c in TO_REVIEW]
        )

    def find(self, key: str) -> int | None:
        """The place a key names: exactly, or by the spans of the witnesses the key and
        this alignment share (a witness added to the document or taken from it)."""
        place = self.index_of.get(key)
        if place is not None:
            return place
        spans = dict(part.split(":", 1) for part in key.split(";"))
        shared = tuple(sorted(set(spans) & set(self.witness_ids)))
        if not shared:
            return None
        if shared not in self._shared_index:
            index: dict[str, int] = {}
            for n, full in enumerate(self.keys):
                parts = dict(part.split(":", 1) for part in full.split(";"))
                index.setdefault(";".join(f"{w}:{parts[w]}" for w in shared), n)
            self._shared_index[shared] = index
        return self._shared_index[shared].get(";".join(f"{w}:{spans[w]}" for w in shared))

    def _replay(self, step: Step) -> None:
        for change in step.changes:
            place = self.find(change.place)
            if place is None:
                if change.after is None:
                    self.lost.pop(change.place, None)
                else:
                    self.lost[change.place] = change.after
            elif change.after is None:
                self.decisions.pop(place, None)
            else:
                self.decisions[place] = change.after

    def _first_choices(self) -> Choices:
        row = self.library.db.execute(
            "SELECT first_choices FROM review_documents WHERE document_id = ?", [self.document.id]
        ).fetchone()
        if row is not None and row[0]:
            return Choices.from_json(row[0])
        witnesses = document_witnesses(self.library, self.document.id)
        return default_choices(
            [(w.id, w.text, witness_proposals(self.library, int(w.id), w.text)) for w in witnesses]
        )

    # What the views show

    def text(self) -> str:
        """The curated text now."""
        if self._text is None:
            self._text = "".join(self._readings)
        return self._text

    def span(self, place: int) -> tuple[int, int]:
        """Where a place sits in the curated text now."""
        return int(self._offsets[place]), int(self._offsets[place + 1])

    def reading(self, place: int) -> str:
        """The place's reading in the curated text now."""
        return self._readings[place]

    def readings(self, place: int) -> dict[str, Reading]:
        """Every witness's reading of the place, by witness id."""
        places = self.alignment.places
        found = {}
        for row, witness in enumerate(self.alignment.witnesses):
            start, end = int(places.starts[row, place]), int(places.ends[row, place])
            found[witness.id] = Reading(start, end, witness.text[start:end])
        return found

    def clean_reading(self, place: int) -> str:
        """What the document choices give the place (its reading while undecided)."""
        return self._defaults[place]

    def category(self, place: int) -> str | None:
        """The place's category; None where all witnesses agree."""
        return self.alignment.category(place)

    def status(self, place: int) -> Decision | None:
        """The decision on a place, or None while the choices give its reading."""
        return self.decisions.get(place)

    def place_at(self, offset: int) -> int:
        """The place holding the character at `offset` of the curated text (the last
        place for the end of the text)."""
        place = int(np.searchsorted(self._offsets[1:], offset, side="right"))
        return min(place, len(self._readings) - 1)

    def variant_row(self, place: int) -> int | None:
        """The position of a place among the variant places (or of the next one)."""
        row = bisect_left(self.variant_places, place)
        return row if row < len(self.variant_places) else None

    def places_between(self, start: int, end: int) -> range:
        """The places whose curated spans meet [start, end]."""
        first = int(np.searchsorted(self._offsets[1:], start, side="left"))
        last = int(np.searchsorted(self._offsets[:-1], end, side="right"))
        return range(first, max(first, last))

    def to_base(self, offset: int) -> int:
        """The base witness's offset that a curated-text offset stands for (scrolling)."""
        place = self.place_at(offset)
        start, end = self.span(place)
        base_start = int(self.alignment.places.starts[0, place])
        base_end = int(self.alignment.places.ends[0, place])
        return base_start + min(offset - start, base_end - base_start)

    def to_curated(self, base_offset: int) -> int:
        """The curated-text offset that a base witness's offset stands for (scrolling)."""
        base_ends = self.alignment.places.ends[0]
        place = min(int(np.searchsorted(base_ends, base_offset, side="right")), len(base_ends) - 1)
        base_start = int(self.alignment.places.starts[0, place])
        start, end = self.span(place)
        return start + min(max(base_offset - base_start, 0), end - start)

    def save_position(self, place: int | None) -> None:
        """Remember where the editor is, for the next time the document opens."""
        state = json.dumps({"place": None if place is None else self.keys[place]})
        with self.library.atomic() as db:
            db["documents"].update(self.document.id, {"review_state": state})

    def saved_position(self) -> int | None:
        """The place the editor was at when the document was last open."""
        row = self.library.db.execute(
            "SELECT review_state FROM documents WHERE id = ?", [self.document.id]
        ).fetchone()
        try:
            key = json.loads(row[0]).get("place") if row and row[0] else None
        except (ValueError, AttributeError):
            return None
        return None if key is None else self.find(key)

    def counts(self) -> Counts:
        """Where the review stands (the one count the window and the library show)."""
        return self._counts(self.decisions)

    def _counts(self, decisions: dict[int, Decision]) -> Counts:
        places = self.alignment.places
        decided = np.zeros(len(places), dtype=bool)
        decided[np.fromiter(decisions, np.int64, len(decisions))] = True
        to_review = int((self._to_review & ~decided).sum())
        done = int((self._to_review & decided).sum())
        total = len(self.variant_places)
        return Counts(to_review, total - done - to_review, done, total)

    def next_open(
        self, after: int | None, backwards: bool = False, categories: Iterable[str] = TO_REVIEW
    ) -> int | None:
        """The next (or previous) undecided place of the categories after a place,
        wrapping round."""
        wanted = {CATEGORIES.index(c) for c in categories}
        kinds = self._category_index
        places = self.variant_places
        if not places:
            return None
        if after is None:
            here = len(places) if backwards else -1
        else:
            side = "left" if backwards else "right"
            here = int(np.searchsorted(self._variant_array, after, side=side))
            here = here if backwards else here - 1
        step = -1 if backwards else 1
        for distance in range(1, len(places) + 1):
            place = places[(here + step * distance) % len(places)]
            if kinds[place] in wanted and place not in self.decisions:
                return place
        return None

    def undo_label(self) -> str | None:
        """What Undo would undo, or None."""
        applied = [s for s in self.steps if s.state == APPLIED]
        return applied[-1].label if applied else None

    def redo_label(self) -> str | None:
        """What Redo would redo, or None."""
        undone = [s for s in self.steps if s.state == UNDONE]
        return undone[0].label if undone else None

    # Actions: each one step, saved before it shows

    def take(self, place: int, witness: str) -> Outcome:
        """Make the place read as `witness` does. Taking an addition or an omission takes
        that witness's (cleaned) white space on either side too, where undecided: a
        byline taken comes with its paragraph break, one left out leaves none behind."""
        text = self.readings(place)[witness].text
        decisions = {place: self._decision(WITNESS, text, witness)}
        if (text == "") != (self._readings[place] == ""):
            decisions.update(self._spaces_around(place, witness, text))
        return self._decide(decisions, "decision", f"Take {self._name(witness)}'s reading")

    def _spaces_around(self, place: int, witness: str, text: str) -> dict[int, Decision]:
        """The white space on either side of an addition or an omission being taken, as
        the witness has it (cleaned): an added passage gets a break on each side where
        words are, an omitted one leaves one break between the words around it, and
        none at the edges of the text. Places already decided are left as they are."""
        places = self.alignment.places
        cleaned = self._cleaned(witness)
        separator = paragraph_break(self.alignment, self.choices)
        whole = self.text()
        before = whole[: self._offsets[place]].strip() != ""
        after = whole[self._offsets[place + 1] :].strip() != ""
        added = text.strip() != ""
        found = {}
        for side, between in (
            (place - 1, before and (added or after)),
            (place + 1, after and added),
        ):
            if (
                0 <= side < len(self._readings)
                and places.space[side]
                and side not in self.decisions
            ):
                reading = tidy_space(cleaned[side], separator) if between else ""
                found[side] = self._decision(WITNESS, reading, witness)
        return found

    def take_clean(self, place: int) -> Outcome:
        """Decide the place as the document choices read it (its cleaned reading)."""
        decision = self._decision(CLEAN, self._defaults[place])
        return self._decide({place: decision}, "decision", "Take the cleaned reading")

    def type_reading(self, place: int, text: str) -> Outcome:
        """Make the place read `text`."""
        return self._decide({place: self._decision(TYPED, text)}, "decision", "Type a reading")

    def keep(self, place: int) -> Outcome:
        """Decide the place as it reads now."""
        decision = self._decision(KEPT, self._readings[place])
        return self._decide({place: decision}, "decision", "Keep the reading")

    def decide_all(self, category: str, witness: str | None = None) -> Outcome:
        """Decide every undecided place of a category: `witness`'s reading, or the
        cleaned one if None."""
        chosen = [
            p
            for p in self.variant_places
            if p not in self.decisions and self.category(p) == category
        ]
        if witness is None:
            decisions = {p: self._decision(CLEAN, self._defaults[p]) for p in chosen}
            label = f"Take the cleaned reading of all {category} places ({len(chosen)})"
        else:
            decisions = {
                p: self._decision(WITNESS, self.readings(p)[witness].text, witness) for p in chosen
            }
            label = f"Take {self._name(witness)}'s reading of all {category} places ({len(chosen)})"
        return self._decide(decisions, "bulk", label)

    def set_choices(self, choices: Choices) -> Outcome:
        """Change the document choices: every undecided place follows them."""
        if choices == self.choices:
            return Outcome(None, (), ())
        labels = choices.describe(self.witness_names())
        changed = [
            new
            for old, new in zip(self.choices.describe(self.witness_names()), labels)
            if old != new
        ]
        return self.commit("choices", "Choose " + ", ".join(changed), {}, choices)

    def edit(self, start: int, end: int, text: str) -> Outcome:
        """A hand edit of the curated text: typed readings of the places it touches;
        quick keystrokes in a row, each where the last one left the cursor, make one step."""
        decisions = {
            place: self._decision(TYPED, reading)
            for place, reading in self._edited_readings(start, end, text).items()
        }
        previous = self.steps[-1] if self.steps else None
        quick = self._clock() - self._last_typing < TYPING_MERGE_SECONDS
        merge = (
            previous is not None
            and previous.kind == "edit"
            and previous.state == APPLIED
            and quick
            and self._typing_at in (start, end)  # typing on, or deleting backwards
        )
        outcome = self.commit(
            "edit", "Edit text", dict(decisions), merge_into=previous if merge else None
        )
        self._last_typing = self._clock()
        self._typing_at = start + len(text)
        return outcome

    def undo(self) -> Outcome:
        """Undo the last applied step."""
        applied = [s for s in self.steps if s.state == APPLIED]
        return self._set_state(applied[-1], UNDONE) if applied else Outcome(None, (), ())

    def redo(self) -> Outcome:
        """Redo the first undone step."""
        undone = [s for s in self.steps if s.state == UNDONE]
        return self._set_state(undone[0], APPLIED) if undone else Outcome(None, (), ())

    # How actions are made

    def _cleaned(self, witness: str) -> list[str]:
        """A witness's reading at every place, cleaned under the current choices."""
        key = (self.alignment.base, witness, self.choices)
        if key not in self._cleaned_cache:
            row = self.witness_ids.index(witness)
            found = witness_cleaned(self.alignment, self.proposals, self.choices, row)
            self._cleaned_cache = {key: found}
        return self._cleaned_cache[key]

    def witness_names(self) -> dict[str, str]:
        """Each witness's id -> how steps name it: witness 1, 2, ... in the document's
        order (the order they were imported in), whichever is the base."""
        return {str(w.id): f"witness {n}" for n, w in enumerate(self.document.witnesses, 1)}

    def _name(self, witness: str) -> str:
        return self.witness_names().get(witness, witness)

    def _decision(self, kind: str, text: str, witness: str = "") -> Decision:
        return Decision(kind, text, witness, self.author, now())

    def _decide(self, decisions: dict[int, Decision], kind: str, label: str) -> Outcome:
        if not decisions:
            return Outcome(None, (), ())
        return self.commit(kind, label, dict(decisions))

    def _edited_readings(self, start: int, end: int, text: str) -> dict[int, str]:
        """The new readings of the places a replacement of [start, end) touches."""
        starts, ends = self._offsets[:-1], self._offsets[1:]
        if start < end:
            first = int(np.searchsorted(ends, start, side="right"))
            last = int(np.searchsorted(starts, end, side="left")) - 1
        elif start and self.text()[start - 1] not in "\r\n":  # typing: into the place
            first = last = int(np.searchsorted(ends, start, side="left"))  # before the cursor
        else:  # at the start of a line: into the line's first place
            first = last = int(np.searchsorted(ends, start, side="right"))
        first, last = min(first, len(self._readings) - 1), min(last, len(self._readings) - 1)
        head = self._readings[first][: start - int(starts[first])]
        tail = self._readings[last][end - int(starts[last]) :]
        if first == last:
            return {first: head + text + tail}
        readings = {first: head + text, last: tail}
        readings.update({place: "" for place in range(first + 1, last)})
        return readings

    def commit(
        self,
        kind: str,
        label: str,
        decisions: dict[int, Decision | None],
        choices: Choices | None = None,
        note_action: dict | None = None,
        merge_into: Step | None = None,
    ) -> Outcome:
        """Take one step: these places decided so (None: undecided), these choices, this
        note action (done here, in the step's transaction)."""
        changes = tuple(
            PlaceChange(self.keys[p], self.decisions.get(p), d)
            for p, d in sorted(decisions.items())
            if d != self.decisions.get(p)
        )
        if merge_into is not None:
            step = replace(merge_into, changes=merged(merge_into.changes, changes))
        else:
            number = max([s.number for s in self.steps] + [self._max_number()]) + 1
            applied = [s for s in self.steps if s.state == APPLIED]
            step = Step(
                number,
                kind,
                label,
                APPLIED,
                applied[-1].number if applied else 0,
                self.author,
                now(),
                changes,
                None if choices is None else (self.choices, choices),
                note_action,
            )
        new_decisions = dict(self.decisions)
        for place, decision in decisions.items():
            if decision is None:
                new_decisions.pop(place, None)
            else:
                new_decisions[place] = decision
        return self._write(step, new_decisions, choices or self.choices, merge_into is not None)

    def _set_state(self, step: Step, state: str) -> Outcome:
        new_decisions = dict(self.decisions)
        for change in step.changes:
            place = self.find(change.place)
            decision = change.after if state == APPLIED else change.before
            if place is None:
                continue
            if decision is None:
                new_decisions.pop(place, None)
            else:
                new_decisions[place] = decision
        choices = self.choices
        if step.choices is not None:
            choices = step.choices[1] if state == APPLIED else step.choices[0]
        return self._write(replace(step, state=state), new_decisions, choices, True)

    def _write(
        self, step: Step, decisions: dict[int, Decision], choices: Choices, existing: bool
    ) -> Outcome:
        """Save the step, then take on its state; the session is untouched if saving fails."""
        if choices.order != self.choices.order:
            return self._write_new_order(step, choices, existing)
        defaults = (
            self._defaults
            if choices == self.choices
            else default_readings(self.alignment, self.proposals, choices)
        )
        changed = self._changed_places(decisions, defaults)
        readings = {p: decisions[p].text if p in decisions else defaults[p] for p in changed}
        edits = tuple(
            _narrowed(self.span(p)[0], self._readings[p], readings[p])
            for p in sorted(changed, reverse=True)
            if readings[p] != self._readings[p]
        )
        with self.library.atomic() as db:
            shift_curated_annotations(self.library, self.document.id, list(edits))
            if step.note_action is not None:
                replay_note_action(self.library, step.note_action, step.state == APPLIED)
            if existing:
                update_step(self.library, self.document.id, step)
            else:
                insert_step(self.library, self.document.id, step)
            self._save_counts(db, decisions)
        self._take_on(step, existing, decisions, choices, defaults, readings, edits)
        return Outcome(step, edits, tuple(sorted(changed)), existing and step.state == APPLIED)

    def _write_new_order(self, step: Step, choices: Choices, existing: bool) -> Outcome:
        """A step that changes the base: the places are those of another alignment, so
        every decision is found again by its place's spans."""
        old_text = self.text()
        document_alignment(self.library, self.document.id, choices.order)  # before writing
        with self.library.atomic() as db:
            if existing:
                update_step(self.library, self.document.id, step)
            else:
                insert_step(self.library, self.document.id, step)
            db["documents"].update(self.document.id, {"base_witness_id": int(choices.order)})
            self._save_counts(db, self.decisions)  # keeps the first choices, made on this base
        self.document = get_document(self.library, self.document.id)
        self._reload()
        with self.library.atomic() as db:
            self._save_counts(db, self.decisions)
        edits = (TextEdit(0, len(old_text), self.text()),)
        return Outcome(step, edits, tuple(range(len(self._readings))))

    def _changed_places(self, decisions: dict[int, Decision], defaults: list[str]) -> list[int]:
        if defaults is self._defaults:
            keys = set(decisions) ^ set(self.decisions)
            keys |= {
                p
                for p in decisions.keys() & self.decisions.keys()
                if decisions[p] != self.decisions[p]
            }
            return sorted(keys)
        return [
            p
            for p in range(len(defaults))
            if (decisions[p].text if p in decisions else defaults[p]) != self._readings[p]
            or (p in decisions) != (p in self.decisions)
        ]

    def _take_on(self, step, existing, decisions, choices, defaults, readings, edits) -> None:
        if existing:
            self.steps = [step if s.number == step.number else s for s in self.steps]
        else:
            self.steps = [s for s in self.steps if s.state != UNDONE] + [step]
        self.decisions, self.choices, self._defaults = decisions, choices, defaults
        for change in step.changes:
            if self.find(change.place) is None:
                decision = change.after if step.state == APPLIED else change.before
                if decision is None:
                    self.lost.pop(change.place, None)
                else:
                    self.lost[change.place] = decision
        for place, text in readings.items():
            delta = len(text) - len(self._readings[place])
            self._readings[place] = text
            if delta:
                self._offsets[place + 1 :] += delta
        if self._text is not None and len(edits) <= FEW_EDITS:
            text = self._text
            for edit in edits:  # last first: earlier offsets stay valid
                text = text[: edit.start] + edit.text + text[edit.end :]
            self._text = text
        else:
            self._text = None
        if step.state != APPLIED or step.kind != "edit":
            self._last_typing = float("-inf")

    def save_counts(self) -> None:
        """Keep the counts (and the first choices) in the library, if it can be written."""
        try:
            with self.library.atomic() as db:
                self._save_counts(db, self.decisions)
        except LibraryError:
            pass  # a read-only library: the counts are computed when it is opened

    def _save_counts(self, db, decisions: dict[int, Decision]) -> None:
        counts = self._counts(decisions)
        db["review_documents"].upsert(
            {
                "document_id": self.document.id,
                "first_choices": self.first_choices.to_json(),
                "open": counts.open,
                "decided": counts.decided,
                "total": counts.total,
            },
            pk="document_id",
        )

    def _max_number(self) -> int:
        row = self.library.db.execute(
            "SELECT max(number) FROM review_steps WHERE document_id = ?", [self.document.id]
        ).fetchone()
        return row[0] or 0


def _narrowed(start: int, old: str, new: str) -> TextEdit:
    """The edit turning `old` (at `start`) into `new`, less what they share at either end:
    notes just beside a change keep their edges."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return TextEdit(start + head, start + len(old) - tail, new[head : len(new) - tail])
