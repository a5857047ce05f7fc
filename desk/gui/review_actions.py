"""What the Review menu and the history and notes tabs do that asks the editor first or
says how it went: deciding many places at once, moving to the next place to review,
typing a reading, document choices, notes, comparing with and going back to history steps."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desk.core.alignment.category_names import TEXT
from desk.core.evidence.sure import SURE_PROPOSALS
from desk.core.review.confidence import next_low_confidence
from desk.core.review.prepare import next_to_review
from desk.gui import settings
from desk.gui.annotation_dialog import AnnotationDialog
from desk.gui.choices_dialog import ChoicesDialog
from desk.gui.document_controller import witness_labels
from desk.gui.history_panel import CompareDialog
from desk.gui.messages import confirm
from desk.gui.reading_dialog import ReadingDialog
from desk.gui.window_parts import WindowParts
from desk.gui.words import category_name, status_text

ASK_BEFORE_DECIDING = 20  # a bulk decision of this many places is asked about first


class ReviewActions(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.window())
        self.window = window

    @property
    def view(self):
        return self.window.review_view

    # Deciding many places

    def decide_all_text(self, number: int) -> None:
        """Ctrl+Alt+P (0) / Ctrl+Alt+N: every undecided text place to the clean reading
        or to witness N's, through decide_all (which asks first when they are many)."""
        review = self.view.review
        if review is None:
            return
        witnesses = [str(w.id) for w in review.document.witnesses]
        if number > len(witnesses):
            self.window.say(self.tr("This document has no witness {n}.").format(n=number), 6000)
        elif not review.state.undecided(TEXT):
            self.window.say(self.tr("No text place is left undecided."), 6000)
        else:
            self.decide_all(TEXT, witnesses[number - 1] if number else None)

    def accept_sure_proposals(self) -> None:
        """Ctrl+Shift+A: every undecided place whose proposal is at least SURE_PROPOSALS
        sure takes it, in one step, after the editor sees how many and how sure."""
        review = self.view.review
        if review is None:
            return
        percent = round(SURE_PROPOSALS * 100)
        count = len(review.state.sure_proposals(SURE_PROPOSALS))
        if count == 0:
            self.window.say(
                self.tr("No undecided place has a proposal at least {percent}% sure.").format(
                    percent=percent
                ),
                6000,
            )
            return
        if not confirm(
            self.window.window(),
            self.tr("Accept sure proposals"),
            self.tr(
                "Accept desk's proposal at the %n undecided place(s) where it is at least "
                "{percent}% sure?\nOne step: Ctrl+Z undoes it.",
                "",
                count,
            ).format(percent=percent),
            yes_by_default=True,
        ):
            return
        self.view.accept_proposals(SURE_PROPOSALS)
        self.window.say(self.tr("Accepted %n proposal(s).", "", count))

    def decide_all(self, category: str, witness: str | None) -> None:
        """Decide every undecided place of a category, asking first when they are many."""
        count = len(self.view.review.state.undecided(category))
        reading = (
            self.tr("the clean reading")
            if witness is None
            else self.tr("{witness}'s reading").format(witness=self.view.labels[witness])
        )
        name = category_name(category)
        if count >= ASK_BEFORE_DECIDING and not confirm(
            self.window.window(),
            self.tr("Decide all undecided places"),
            self.tr(
                "Give the %n undecided {category} place(s) {reading}?\nOne step: Ctrl+Z undoes it.",
                "",
                count,
            ).format(category=name, reading=reading),
            yes_by_default=True,
        ):
            return
        self.view.decide_all(category, witness)
        self.window.say(
            self.tr("Gave %n {category} place(s) {reading}.", "", count).format(
                category=name, reading=reading
            )
        )

    def decide_series(self) -> None:
        """Ctrl+R: after a decision, the same decision at every undecided place whose
        readings are the same, the count asked about first; one step to undo."""
        view = self.view
        place = view.last_decided if view.review is not None else None
        if place is None or view.review.state.status(place) is None:
            self.window.say(self.tr("Decide a place first, then Ctrl+R repeats it."), 6000)
            return
        count = view.review.state.same_readings_count(place)
        readings = " / ".join(
            view.review.state.readings(place)[w].text or "∅" for w in view.review.state.witness_ids
        )
        if count == 0:
            self.window.say(
                self.tr(
                    "No other open place here reads {readings}; Ctrl+Shift+R looks in the"
                    " whole library."
                ).format(readings=readings)
            )
        elif confirm(
            self.window.window(),
            self.tr("Decide the same way"),
            self.tr(
                "Place {place} reads {readings}; you decided it: {status} (“{reading}”).\n\n"
                "Decide the %n other open place(s) reading {readings} the same way?\n"
                "One step: Ctrl+Z undoes it.",
                "",
                count,
            ).format(
                place=place,
                readings=readings,
                status=status_text(view.review.state, place),
                reading=view.review.state.reading(place),
            )
            + "\n\n"
            + self.tr("Ctrl+Shift+R decides them in the whole library."),
            yes_by_default=True,
        ):
            done = view.decide_series()
            self.window.say(self.tr("Decided %n more place(s) the same way.", "", done))

    # Moving about

    def next_place(self, backwards: bool = False) -> None:
        """F8 / Shift+F8: the next place to review, or word that none is left."""
        view = self.view
        if view.review is not None and settings.low_confidence_first():
            doubtful = next_low_confidence(view.review, view.current, backwards)
            if doubtful is not None:
                view.go_to(doubtful)
                self.window.say(
                    self.tr("Read with low confidence by the OCR: check the page image."), 6000
                )
                return
        if view.review is not None and settings.least_sure_first():
            place = view.review.state.next_least_sure(view.current, backwards)
            if place is not None:
                view.go_to(place)
                return
        if view.review is None or view.next_open(backwards):
            return
        following = next_to_review(self.window.library, view.review.document.id)
        if following is None:
            self.window.say_reviewed(
                self.tr(
                    "Every text place is reviewed: nothing is left to decide, here or elsewhere."
                )
            )
        elif confirm(
            self.window.window(),
            self.tr("Document reviewed"),
            self.tr(
                "Every text place in “{title}” is reviewed.\n\n"
                "Open the next document to review, “{following}”?"
            ).format(title=view.review.document.title, following=following.title),
            yes_by_default=True,
        ):
            self.window.documents.open_document(following.id)
        else:
            self.window.say_reviewed(
                self.tr("Every text place is reviewed: nothing is left to decide here.")
            )

    def go_to_counterpart(self) -> None:
        """Ctrl+J: show the moved passage here in every pane, or say there is none."""
        if self.view.review is not None and not self.view.moves.go_to_counterpart():
            self.window.say(
                self.tr("Not in a moved passage: put the cursor in a tinted passage first."), 6000
            )

    def show_layout_and_punctuation(self, shown: bool) -> None:
        """View > Show Layout and Punctuation Places: in the panes and the table; kept."""
        self.view.set_show_faint(shown)
        settings.save_show_layout_and_punctuation(shown)

    # Readings and choices

    def type_reading(self) -> None:
        view = self.view
        if view.current is None:
            return
        start, end = view.review.state.span(view.current)
        readings = view.review.state.readings(view.current)
        dialog = ReadingDialog(
            self.window.window(),
            view.review.state.text()[start:end],
            {view.labels.get(w, w): readings[w].text for w in view.review.state.witness_ids},
            view.font,
        )
        point, line_height = view.place_on_screen(view.current)
        dialog.place_beside(point, line_height)
        if dialog.exec():
            view.type_reading(dialog.reading())

    def choose_document_choices(self) -> None:
        """Review > Document Choices: base, paragraphs, spaces, punctuation."""
        review = self.view.review
        if review is None:
            return
        labels = witness_labels(self.window.library, review.document.id)
        dialog = ChoicesDialog(self.window.window(), review.state.choices, labels)
        if dialog.exec():
            self.view.set_choices(dialog.choices())

    # Notes and history steps

    def annotate(self) -> bool:
        """Write a note on the passage selected in the last focused pane; True if one was."""
        view = self.view
        selected = view.notes.selected_passage() if view.review else None
        if selected is None:
            self.window.say(self.tr("Select a passage in a text first, then add a note."), 6000)
            return False
        pane, start, end = selected
        dialog = AnnotationDialog(self.window.window(), view.notes.text_of(pane)[start:end])
        if not dialog.exec():
            return False
        view.notes.add(pane, start, end, dialog.note(), dialog.tags())
        return True

    def edit_note(self, annotation_id: int) -> None:
        view = self.view
        annotation = next(a for a in view.notes.annotations if a.id == annotation_id)
        dialog = AnnotationDialog(
            self.window.window(), annotation.anchor.quote, annotation.note, annotation.tags
        )
        if dialog.exec():
            view.notes.edit(annotation_id, dialog.note(), dialog.tags())

    def compare_step(self, number: int) -> None:
        review = self.view.review
        dialog = CompareDialog(
            self.window.window(),
            number,
            review.text_at(number),
            review.state.text(),
            self.view.font,
        )
        if dialog.exec():
            self.go_back_to_step(number)

    def go_back_to_step(self, number: int) -> None:
        """Make the curated text what it was after step `number`, as a new undoable step."""
        if self.view.review is not None:
            self.view.restore(number)
