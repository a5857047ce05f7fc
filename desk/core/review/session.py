"""Reviewing one document: every action an editor takes, as one saved step.

A `Review` holds the document's state (state.py) and swaps it for the next once a step is
saved: a failed write leaves the review as it was. A decision changes its place and
nothing else; bulk decisions and choices never touch a decided place; a hand edit becomes
typed readings of the places it touches; notes and going back to an earlier step are steps
too, so that Undo sees them. Imports the state, opening, step_saving, history, notes and
past_steps; never Qt.
"""

from __future__ import annotations

import getpass
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from desk.core.library.documents import Document
from desk.core.library.failures import ReadOnly
from desk.core.library.store import Library, now
from desk.core.notes.note_actions import NoteAction
from desk.core.review.choices import Choices
from desk.core.review.editor_position import save_position, saved_position
from desk.core.review.history import (
    Decision,
    DecisionKind,
    PlaceChange,
    Step,
    StepKind,
    StepState,
    load_steps,
    merged,
    replay,
)
from desk.core.review.next_state import Transition, state_after
from desk.core.review.notes import note_added, note_deleted, note_edited
from desk.core.review.opening import read_state
from desk.core.review.outcome import NOTHING, Outcome
from desk.core.review.past_steps import PastDecision, decisions_on, state_at, text_at
from desk.core.review.readings import joined_lines, witness_cleaned
from desk.core.review.saved_alignment import document_alignment
from desk.core.review.step_labels import StepLabel, quoted
from desk.core.review.step_saving import (
    ChangedElsewhere,
    history_fingerprint,
    new_step,
    save_counts,
    save_step,
    saving_step,
    write_step,
)
from desk.core.review.title import followed_title, save_title, titled
from desk.core.review.typed_readings import edited_readings, spaces_around
from desk.core.text.edits import TextEdit

TYPING_MERGE_SECONDS = 2.0  # keystrokes closer than this make one step


class Review:
    """An editor's session on one document: its state now, and every action on it, each
    saved as it happens."""

    def __init__(
        self,
        library: Library,
        document_id: int,
        author: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.library = library
        self.author = author or getpass.getuser()
        self._clock = clock
        self._last_typing = float("-inf")
        self._typing_at = -1  # where the last keystroke left the cursor
        self._cleaned_cache: dict[tuple, list[str]] = {}
        self.state = read_state(library, document_id, self.author)
        self._fingerprint = history_fingerprint(library, document_id)

    @property
    def document(self) -> Document:
        return self.state.document

    def use_library(self, library: Library) -> None:
        """Go on through another connection to the same library: a review made in a
        background thread (an SQLite connection belongs to its thread) handed to the
        window. A step taken elsewhere meanwhile is found at the next write."""
        self.library = library

    def _reload(self) -> None:
        """Read the state again as the library holds it."""
        self.state = read_state(self.library, self.document.id, self.author, self.state)
        self._fingerprint = history_fingerprint(self.library, self.document.id)

    # Decisions

    def take(self, place: int, witness: str, as_read: bool = False) -> Outcome:
        """Make the place read as `witness` does, cleaned as the document choices clean
        that witness (full-width punctuation, no spaces inside Chinese, its column breaks
        joined: what the curated text shows of it), or exactly as it reads (`as_read`).
        Taking an addition or an omission takes that witness's (cleaned) white space on
        either side too, where undecided: a byline taken comes with its paragraph break,
        one left out leaves none behind."""
        raw = self.state.readings(place)[witness].text
        text = raw if as_read else self._taken(witness, place)
        decisions = {place: self._decision(DecisionKind.WITNESS, text, witness)}
        if (text == "") != (self.state.reading(place) == ""):
            cleaned = self._cleaned(witness)
            for side, reading in spaces_around(self.state, place, cleaned, raw).items():
                decisions[side] = self._decision(DecisionKind.WITNESS, reading, witness)
        said = StepLabel.of("take", witness=witness, reading=quoted(text), place=place)
        return self._decide(decisions, StepKind.DECISION, said)

    def take_clean(self, place: int) -> Outcome:
        """Decide the place as the document choices read it (its cleaned reading)."""
        decision = self._decision(DecisionKind.CLEAN, self.state.clean_reading(place))
        said = StepLabel.of("take_clean", reading=quoted(decision.text), place=place)
        return self._decide({place: decision}, StepKind.DECISION, said)

    def take_proposal(self, place: int) -> Outcome:
        """Make the place read desk's proposal there (nothing where it has none): as the
        first witness reading it, or, for a suspected misreading, as typed."""
        decision = self._proposal_decision(place)
        if decision is None:
            return NOTHING
        said = StepLabel.of("take_proposal", reading=quoted(decision.text), place=place)
        return self._decide({place: decision}, StepKind.DECISION, said)

    def _proposal_decision(self, place: int) -> Decision | None:
        """The decision taking the proposal at a place: the first witness reading it, as
        the document choices clean it (what the curated text showed while undecided);
        a suspected misreading's proposal, which no witness reads, as typed."""
        likely = self.state.alignment.likely
        suspect = likely.suspect(place)
        if suspect is not None:
            return self._decision(DecisionKind.TYPED, suspect.proposal)
        row = likely.proposed_row(place)
        if row is None:
            return None
        witness = self.state.witness_ids[row]
        return self._decision(DecisionKind.WITNESS, self._cleaned(witness)[place], witness)

    def type_reading(self, place: int, text: str) -> Outcome:
        """Make the place read `text`."""
        said = StepLabel.of("type", reading=quoted(text), place=place)
        decision = self._decision(DecisionKind.TYPED, text)
        return self._decide({place: decision}, StepKind.DECISION, said)

    def keep(self, place: int) -> Outcome:
        """Decide the place as it reads now."""
        decision = self._decision(DecisionKind.KEPT, self.state.reading(place))
        said = StepLabel.of("keep", reading=quoted(decision.text), place=place)
        return self._decide({place: decision}, StepKind.DECISION, said)

    def decide_all(self, category: str, witness: str | None = None) -> Outcome:
        """Decide every undecided place of a category: `witness`'s reading, or the
        cleaned one if None."""
        chosen = self.state.undecided(category)
        if witness is None:
            decisions = {
                p: self._decision(DecisionKind.CLEAN, self.state.clean_reading(p)) for p in chosen
            }
            said = StepLabel.of("all_clean", category=category, count=len(chosen))
        else:
            decisions = {
                p: self._decision(DecisionKind.WITNESS, self._taken(witness, p), witness)
                for p in chosen
            }
            said = StepLabel.of(
                "all_witness", witness=witness, category=category, count=len(chosen)
            )
        return self._decide(decisions, StepKind.BULK, said)

    def accept_proposals(self, min_confidence: float) -> Outcome:
        """Decide every undecided place whose proposal is at least `min_confidence` sure
        (0-1) as the proposal reads, in one step."""
        decisions = {}
        for place in self.state.sure_proposals(min_confidence):
            decision = self._proposal_decision(place)
            if decision is not None:
                decisions[place] = decision
        percent = round(min_confidence * 100)
        said = StepLabel.of("accept_proposals", count=len(decisions), percent=percent)
        return self._decide(decisions, StepKind.BULK, said)

    def decide_series(self, place: int) -> Outcome:
        """Decide every place `same_readings` finds as `place` is decided, in one step."""
        decision = self.state.status(place)
        if decision is None:
            return NOTHING
        series = self.state.same_readings(place)
        said = StepLabel.of("series", count=len(series), place=place)
        return self.decide_like(series, decision, said)

    def decide_like(self, places: Iterable[int], decision: Decision, said: StepLabel) -> Outcome:
        """Decide these places as `decision` was made elsewhere, in one step (each as
        `decision_like` makes it; a place no witness lets take it is left)."""
        decisions = {p: made for p in places if (made := self.decision_like(p, decision))}
        return self._decide(decisions, StepKind.BULK, said)

    def decision_like(self, place: int, decision: Decision) -> Decision | None:
        """`decision`, made at another place of this document or of another, as this place
        takes it: the witness reading the same text (the same witness where it does); the
        same typed text; kept or cleaned as this place reads or cleans. None where no
        witness reads the text taken."""
        if decision.kind == DecisionKind.WITNESS:
            readings = self.state.readings(place)
            same = [
                w
                for w, r in readings.items()
                if decision.text in (r.text, self._taken(w, place))  # as read, or cleaned
            ]
            if not same:
                return None
            witness = decision.witness if decision.witness in same else same[0]
            return self._decision(DecisionKind.WITNESS, decision.text, witness)
        if decision.kind == DecisionKind.CLEAN:
            return self._decision(DecisionKind.CLEAN, self.state.clean_reading(place))
        if decision.kind == DecisionKind.KEPT:
            return self._decision(DecisionKind.KEPT, self.state.reading(place))
        return self._decision(decision.kind, decision.text)

    def set_choices(self, choices: Choices) -> Outcome:
        """Change the document choices: every undecided place follows them."""
        if choices == self.state.choices:
            return NOTHING
        said = StepLabel.of("choices", **choices.changed(self.state.choices))
        return self._commit(StepKind.CHOICES, said, {}, choices)

    # Typing

    def edit(self, start: int, end: int, text: str) -> Outcome:
        """A hand edit of the curated text: typed readings of the places it touches;
        quick keystrokes in a row, each where the last one left the cursor, make one step.
        A range outside the text is refused (ValueError): nothing is guessed."""
        decisions = {
            place: self._decision(DecisionKind.TYPED, reading)
            for place, reading in edited_readings(self.state, start, end, text).items()
        }
        steps = self.state.steps
        previous = steps[-1] if steps else None
        quick = self._clock() - self._last_typing < TYPING_MERGE_SECONDS
        merge = (
            previous is not None
            and previous.kind == StepKind.EDIT
            and previous.state == StepState.APPLIED
            and quick
            and self._typing_at in (start, end)  # typing on, or deleting backwards
        )
        outcome = self._commit(
            StepKind.EDIT, StepLabel.of("edit"), decisions, merge_into=previous if merge else None
        )
        self._last_typing = self._clock()
        self._typing_at = start + len(text)
        return outcome

    # Notes

    def add_note(
        self, witness_id: int | None, start: int, end: int, note: str, tags: Iterable[str]
    ) -> Outcome:
        """Annotate [start, end) of the curated text (witness_id None) or of a witness."""
        with self.library.atomic():  # the note and its step, or neither
            action, said = note_added(
                self.library, self.state, self.author, witness_id, start, end, note, tags
            )
            return self._commit(StepKind.NOTE, said, {}, note_action=action)

    def edit_note(self, annotation_id: int, note: str, tags: Iterable[str]) -> Outcome:
        """Change a note's text and tags."""
        action, said = note_edited(self.library, annotation_id, note, tags)
        return self._commit(StepKind.NOTE, said, {}, note_action=action)

    def delete_note(self, annotation_id: int) -> Outcome:
        """Delete a note (kept in the library, so that undo brings it back)."""
        action, said = note_deleted(self.library, annotation_id)
        return self._commit(StepKind.NOTE, said, {}, note_action=action)

    # History

    def undo(self) -> Outcome:
        """Undo the last applied step."""
        applied = self.state.applied_steps()
        return self._set_state(applied[-1], StepState.UNDONE) if applied else NOTHING

    def redo(self) -> Outcome:
        """Redo the first undone step."""
        undone = [s for s in self.state.steps if s.state == StepState.UNDONE]
        return self._set_state(undone[0], StepState.APPLIED) if undone else NOTHING

    def restore(self, number: int) -> Outcome:
        """Make every place and choice what it was after step `number`, as a new step."""
        decisions, choices = state_at(self.library, self.state, number)
        target = {self.state.find(key): d for key, d in decisions.items()}
        target.pop(None, None)
        changes: dict[int, Decision | None] = {
            p: None for p in self.state.decisions if p not in target
        }
        changes.update(target)
        new_choices = choices if choices != self.state.choices else None
        said = StepLabel.of("restore", number=number)
        return self._commit(StepKind.RESTORE, said, changes, new_choices)

    def history(self) -> list[Step]:
        """Every step ever taken on the document, undone and abandoned ones too, in order."""
        return load_steps(self.library, self.document.id)

    def decisions_on(self, place: int) -> list[PastDecision]:
        """Every decision ever made on a place, oldest first."""
        return decisions_on(self.history(), self.state, place)

    def text_at(self, number: int) -> str:
        """The curated text right after step `number` (0: before any step)."""
        return text_at(self.library, self.state, number)

    # Where the editor is

    def save_position(self, place: int | None) -> None:
        """Remember where the editor is, for the next time the document opens."""
        save_position(self.library, self.state, place)

    def saved_position(self) -> int | None:
        """The place the editor was at when the document was last open."""
        return saved_position(self.library, self.state)

    def follow_title(self) -> None:
        """Give the document the title its curated text's first line makes, unless the
        editor gave it one (as each step does; for a review just prepared)."""
        title = followed_title(self.library, self.state)
        if title is None:
            return
        try:
            with self.library.atomic():
                save_title(self.library, self.document.id, title)
        except ReadOnly:
            return  # a library that cannot be written keeps the title it has
        self.state = titled(self.state, title)

    def save_counts(self) -> None:
        """Keep the counts (and the first choices) in the library, if it can be written."""
        try:
            with self.library.atomic():
                save_counts(self.library, self.state)
        except ReadOnly:
            pass  # the counts are computed when it is opened

    # How actions are made

    def _decision(self, kind: DecisionKind, text: str, witness: str = "") -> Decision:
        return Decision(kind, text, witness, self.author, now())

    def _taken(self, witness: str, place: int) -> str:
        """A witness's reading of a place as taking it makes it: cleaned as the document
        choices clean that witness, its line breaks inside a sentence joined."""
        return joined_lines(self._cleaned(witness)[place])

    def _cleaned(self, witness: str) -> list[str]:
        """A witness's reading at every place, cleaned under the current choices (kept for
        every witness asked about while the base and the choices stay)."""
        state = self.state
        now_made = (state.base_id, state.choices)
        key = (*now_made, witness)
        if key not in self._cleaned_cache:
            row = state.witness_ids.index(witness)
            found = witness_cleaned(state.alignment, state.proposals, state.choices, row)
            kept = {k: v for k, v in self._cleaned_cache.items() if k[:2] == now_made}
            self._cleaned_cache = {**kept, key: found}
        return self._cleaned_cache[key]

    def _decide(self, decisions: dict[int, Decision], kind: StepKind, label: StepLabel) -> Outcome:
        if not decisions:
            return NOTHING
        return self._commit(kind, label, decisions)

    def _commit(
        self,
        kind: StepKind,
        label: StepLabel,
        decisions: dict[int, Decision | None],
        choices: Choices | None = None,
        note_action: NoteAction | None = None,
        merge_into: Step | None = None,
    ) -> Outcome:
        """Take one step: these places decided so (None: undecided), these choices, this
        note action (done in the step's transaction)."""
        state = self.state
        changes = tuple(
            PlaceChange(state.keys[p], state.status(p), d)
            for p, d in sorted(decisions.items())
            if d != state.status(p)
        )
        if merge_into is not None:
            step = replace(merge_into, changes=merged(merge_into.changes, changes))
        else:
            made = None if choices is None else (state.choices, choices)
            step = new_step(self.library, state, kind, label, self.author, changes)
            step = replace(step, choices=made, note_action=note_action)
        new_decisions = dict(state.decisions)
        for place, decision in decisions.items():
            if decision is None:
                new_decisions.pop(place, None)
            else:
                new_decisions[place] = decision
        return self._write(step, new_decisions, choices or state.choices, merge_into is not None)

    def _set_state(self, step: Step, state: StepState) -> Outcome:
        decisions = dict(self.state.decisions)
        replay(step, state == StepState.APPLIED, self.state.alignment.find_all, decisions)
        choices = self.state.choices
        if step.choices is not None:
            choices = step.choices[1] if state == StepState.APPLIED else step.choices[0]
        return self._write(replace(step, state=state), decisions, choices, True)

    def _write(
        self, step: Step, decisions: dict[int, Decision], choices: Choices, existing: bool
    ) -> Outcome:
        """Save the step, then take on its state; the review is untouched if saving fails."""
        if choices.order != self.state.choices.order:
            return self._write_new_order(step, choices.order, existing)
        transition = state_after(self.state, step, decisions, choices)
        title = followed_title(self.library, transition.state)
        with self._saving():
            save_step(self.library, step, transition, existing)
            if title is not None:
                save_title(self.library, self.document.id, title)
            self.library.after_commit(lambda: self._take_on(step, transition, title))
        merged_typing = existing and step.state == StepState.APPLIED
        return Outcome(step, transition.edits, transition.places, merged_typing)

    def _take_on(self, step: Step, transition: Transition, title: str | None) -> None:
        self.state = transition.state if title is None else titled(transition.state, title)
        if step.state != StepState.APPLIED or step.kind != StepKind.EDIT:
            self._last_typing = float("-inf")

    @contextmanager
    def _saving(self) -> Iterator[None]:
        """One transaction for a step (see `saving_step`); if another session changed
        the history since this one read it, the review is read again."""
        try:
            with saving_step(self.library, self.document, self._fingerprint, self._saved):
                yield
        except ChangedElsewhere:
            self._reload()
            raise

    def _saved(self, fingerprint: tuple) -> None:
        self._fingerprint = fingerprint

    def _write_new_order(self, step: Step, order: str, existing: bool) -> Outcome:
        """A step that makes `order` the base: the places are those of another alignment,
        so every decision is found again by its place's spans."""
        old_text = self.state.text()
        document_alignment(self.library, self.document.id, order)  # before writing
        with self._saving():
            write_step(self.library, self.document.id, step, existing)
            self.library.db["documents"].update(self.document.id, {"base_witness_id": int(order)})
            save_counts(self.library, self.state)  # keeps the first choices, made on this base
        self._reload()
        self.save_counts()
        self._last_typing = float("-inf")
        edits = (TextEdit(0, len(old_text), self.state.text()),)
        return Outcome(step, edits, tuple(range(len(self.state.curated))))


__all__ = ["Review"]
