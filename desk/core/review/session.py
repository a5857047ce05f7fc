"""Reviewing one document: every action an editor takes, as one saved step.

A decision changes its place and nothing else; bulk decisions and choices never touch a
decided place; a hand edit becomes typed readings of the places it touches. Each step
is written to the library in one transaction before the state changes, so a failed write
leaves the review as it was. Imports review (state, history, readings, notes),
annotations and store; never Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import numpy as np

from desk.core.library.documents import get_document
from desk.core.library.failures import ReadOnly
from desk.core.library.store import now
from desk.core.notes.annotations import shift_curated_annotations
from desk.core.notes.note_actions import NoteAction
from desk.core.review.choices import Choices
from desk.core.review.history import (
    Decision,
    DecisionKind,
    PlaceChange,
    Step,
    StepKind,
    StepState,
    insert_step,
    merged,
    replay,
    update_step,
)
from desk.core.review.readings import default_readings, paragraph_break, tidy_space
from desk.core.review.saved_alignment import document_alignment
from desk.core.review.state import BY_CHOICE, TO_REVIEW, ChangedElsewhere, Counts, ReviewState
from desk.core.review.step_labels import StepLabel, quoted
from desk.core.text.edits import TextEdit, narrowed

TYPING_MERGE_SECONDS = 2.0  # keystrokes closer than this make one step
FEW_EDITS = 32  # up to this many edits are applied to the text; more, it is joined anew


@dataclass(frozen=True)
class Outcome:
    """What an action did: its step, the curated-text edits (in the coordinates of the
    text before it, last first), and the places whose reading or status changed."""

    step: Step | None
    edits: tuple[TextEdit, ...]
    places: tuple[int, ...]
    merged: bool = False


class Review(ReviewState):
    """An editor's session on one document. Every change is saved as it happens."""

    def take(self, place: int, witness: str) -> Outcome:
        """Make the place read as `witness` does. Taking an addition or an omission takes
        that witness's (cleaned) white space on either side too, where undecided: a
        byline taken comes with its paragraph break, one left out leaves none behind."""
        text = self.readings(place)[witness].text
        decisions = {place: self._decision(DecisionKind.WITNESS, text, witness)}
        if (text == "") != (self._readings[place] == ""):
            decisions.update(self._spaces_around(place, witness, text))
        return self._decide(
            decisions,
            StepKind.DECISION,
            StepLabel.of("take", witness=witness, reading=quoted(text), place=place),
        )

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
                found[side] = self._decision(DecisionKind.WITNESS, reading, witness)
        return found

    def take_clean(self, place: int) -> Outcome:
        """Decide the place as the document choices read it (its cleaned reading)."""
        decision = self._decision(DecisionKind.CLEAN, self._defaults[place])
        said = StepLabel.of("take_clean", reading=quoted(decision.text), place=place)
        return self._decide({place: decision}, StepKind.DECISION, said)

    def type_reading(self, place: int, text: str) -> Outcome:
        """Make the place read `text`."""
        said = StepLabel.of("type", reading=quoted(text), place=place)
        return self._decide(
            {place: self._decision(DecisionKind.TYPED, text)}, StepKind.DECISION, said
        )

    def keep(self, place: int) -> Outcome:
        """Decide the place as it reads now."""
        decision = self._decision(DecisionKind.KEPT, self._readings[place])
        said = StepLabel.of("keep", reading=quoted(decision.text), place=place)
        return self._decide({place: decision}, StepKind.DECISION, said)

    def decide_all(self, category: str, witness: str | None = None) -> Outcome:
        """Decide every undecided place of a category: `witness`'s reading, or the
        cleaned one if None."""
        chosen = self.undecided(category)
        if witness is None:
            decisions = {p: self._decision(DecisionKind.CLEAN, self._defaults[p]) for p in chosen}
            said = StepLabel.of("all_clean", category=category, count=len(chosen))
        else:
            decisions = {
                p: self._decision(DecisionKind.WITNESS, self.readings(p)[witness].text, witness)
                for p in chosen
            }
            said = StepLabel.of(
                "all_witness", witness=witness, category=category, count=len(chosen)
            )
        return self._decide(decisions, StepKind.BULK, said)

    def undecided(self, category: str) -> list[int]:
        """The places of a category not decided yet (what deciding them all would change)."""
        return [
            p
            for p in self.variant_places
            if p not in self.decisions and self.category(p) == category
        ]

    def decide_series(self, place: int) -> Outcome:
        """Decide every place `same_readings` finds as `place` is decided, in one step."""
        decision = self.decisions.get(place)
        if decision is None:
            return Outcome(None, (), ())
        series = self.same_readings(place)
        decisions = {p: made for p in series if (made := self.decision_like(p, decision))}
        return self._decide(
            decisions, StepKind.BULK, StepLabel.of("series", count=len(series), place=place)
        )

    def decision_like(self, place: int, decision: Decision) -> Decision | None:
        """`decision`, made at another place of this document or of another, as this place
        takes it: the witness reading the same text (the same witness where it does); the
        same typed text; kept or cleaned as this place reads or cleans. None where no
        witness reads the text taken."""
        if decision.kind == DecisionKind.WITNESS:
            readings = self.readings(place)
            same = [w for w, r in readings.items() if r.text == decision.text]
            if not same:
                return None
            witness = decision.witness if decision.witness in same else same[0]
            return self._decision(DecisionKind.WITNESS, decision.text, witness)
        if decision.kind == DecisionKind.CLEAN:
            return self._decision(DecisionKind.CLEAN, self._defaults[place])
        if decision.kind == DecisionKind.KEPT:
            return self._decision(DecisionKind.KEPT, self._readings[place])
        return self._decision(decision.kind, decision.text)

    def set_choices(self, choices: Choices) -> Outcome:
        """Change the document choices: every undecided place follows them."""
        if choices == self.choices:
            return Outcome(None, (), ())
        said = StepLabel.of("choices", **choices.changed(self.choices))
        return self.commit(StepKind.CHOICES, said, {}, choices)

    def edit(self, start: int, end: int, text: str) -> Outcome:
        """A hand edit of the curated text: typed readings of the places it touches;
        quick keystrokes in a row, each where the last one left the cursor, make one step.
        A range outside the text is refused (ValueError): nothing is guessed."""
        if not 0 <= start <= end <= len(self.text()):
            raise ValueError(f"no text between {start} and {end}: the text has {len(self.text())}")
        decisions = {
            place: self._decision(DecisionKind.TYPED, reading)
            for place, reading in self._edited_readings(start, end, text).items()
        }
        previous = self.steps[-1] if self.steps else None
        quick = self._clock() - self._last_typing < TYPING_MERGE_SECONDS
        merge = (
            previous is not None
            and previous.kind == StepKind.EDIT
            and previous.state == StepState.APPLIED
            and quick
            and self._typing_at in (start, end)  # typing on, or deleting backwards
        )
        outcome = self.commit(
            StepKind.EDIT,
            StepLabel.of("edit"),
            dict(decisions),
            merge_into=previous if merge else None,
        )
        self._last_typing = self._clock()
        self._typing_at = start + len(text)
        return outcome

    def undo(self) -> Outcome:
        """Undo the last applied step."""
        applied = [s for s in self.steps if s.state == StepState.APPLIED]
        return self._set_state(applied[-1], StepState.UNDONE) if applied else Outcome(None, (), ())

    def redo(self) -> Outcome:
        """Redo the first undone step."""
        undone = [s for s in self.steps if s.state == StepState.UNDONE]
        return self._set_state(undone[0], StepState.APPLIED) if undone else Outcome(None, (), ())

    # How actions are made

    def _decision(self, kind: DecisionKind, text: str, witness: str = "") -> Decision:
        return Decision(kind, text, witness, self.author, now())

    def _decide(self, decisions: dict[int, Decision], kind: StepKind, label: StepLabel) -> Outcome:
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
        kind: StepKind,
        label: StepLabel,
        decisions: dict[int, Decision | None],
        choices: Choices | None = None,
        note_action: NoteAction | None = None,
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
            applied = [s for s in self.steps if s.state == StepState.APPLIED]
            step = Step(
                number,
                kind,
                label,
                StepState.APPLIED,
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

    def _set_state(self, step: Step, state: StepState) -> Outcome:
        new_decisions = dict(self.decisions)
        replay(step, state == StepState.APPLIED, self.find, new_decisions)
        choices = self.choices
        if step.choices is not None:
            choices = step.choices[1] if state == StepState.APPLIED else step.choices[0]
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
            narrowed(self.span(p)[0], self._readings[p], readings[p])
            for p in sorted(changed, reverse=True)
            if readings[p] != self._readings[p]
        )
        with self._saving() as db:
            shift_curated_annotations(self.library, self.document.id, list(edits))
            if step.note_action is not None:
                step.note_action.replay(self.library, step.state == StepState.APPLIED)
            if existing:
                update_step(self.library, self.document.id, step)
            else:
                insert_step(self.library, self.document.id, step)
            self._save_counts(db, decisions)
            self.library.after_commit(
                lambda: self._take_on(step, existing, decisions, choices, defaults, readings, edits)
            )
        return Outcome(
            step, edits, tuple(sorted(changed)), existing and step.state == StepState.APPLIED
        )

    @contextmanager
    def _saving(self) -> Iterator:
        """One transaction for a step, refused if another session changed the history
        since this one read it (the review is then read again). The session takes on
        what the step did only once the library holds it: a step inside a larger
        transaction (a note's) waits for that one's commit."""
        try:
            with self.library.atomic() as db:
                if self._history_fingerprint() != self._fingerprint:
                    raise ChangedElsewhere(
                        f"“{self.document.title}” was changed in another window or by the"
                        " desk command: it is shown again as the library now holds it."
                    )
                yield db
                fingerprint = self._history_fingerprint()
                self.library.after_commit(lambda: setattr(self, "_fingerprint", fingerprint))
        except ChangedElsewhere:
            self._reload()
            raise

    def _write_new_order(self, step: Step, choices: Choices, existing: bool) -> Outcome:
        """A step that changes the base: the places are those of another alignment, so
        every decision is found again by its place's spans."""
        old_text = self.text()
        document_alignment(self.library, self.document.id, choices.order)  # before writing
        with self._saving() as db:
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
            self.steps = [s for s in self.steps if s.state != StepState.UNDONE] + [step]
        self.decisions, self.choices, self._defaults = decisions, choices, defaults
        replay(step, step.state == StepState.APPLIED, self.find, None, self.lost)
        for place, text in readings.items():
            self._decided[place] = place in decisions
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
        if step.state != StepState.APPLIED or step.kind != StepKind.EDIT:
            self._last_typing = float("-inf")

    def save_counts(self) -> None:
        """Keep the counts (and the first choices) in the library, if it can be written."""
        try:
            with self.library.atomic() as db:
                self._save_counts(db, self.decisions)
        except ReadOnly:
            pass  # the counts are computed when it is opened

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


__all__ = ["BY_CHOICE", "TO_REVIEW", "Counts", "Outcome", "Review"]
