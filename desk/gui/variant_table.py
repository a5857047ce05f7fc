"""The list of places where the witnesses differ: a Qt model over the review, and filters.

Rows are the review's variant places in text order, those of the categories and status
chosen (worked out on arrays: a book's hundreds of thousands of places filter at once);
the model keeps nothing else of its own and asks the review for every cell, so it always
shows what the library holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from desk.core.alignment.category_names import CATEGORIES
from desk.core.review.confidence import LOW_CONFIDENCE, lowest_confidence
from desk.core.review.history import Decision, DecisionKind, StepState
from desk.core.review.session import Review
from desk.gui.messages import plain_tooltip
from desk.gui.style import CATEGORY_COLOURS, DECIDED_COLOUR, FAINT, INK, LOW_CONFIDENCE_INK
from desk.gui.words import (
    category_name,
    move_text,
    proposal_reasons,
    proposal_text,
    status_text,
    witness_names,
)
from desk.report import shown

if TYPE_CHECKING:
    from collections.abc import Iterable

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


class PlaceTableModel(QAbstractTableModel):
    """Rows: places where witnesses differ. Columns: category, status, each witness's
    reading (in the document's order), desk's proposal and how sure it is, the reading
    the curated text has, and where a moved passage the place lies in sits in each
    witness."""

    def __init__(
        self,
        review: Review,
        labels: dict[str, str],
        categories: set[str] | None = None,
        status: str = "all",
    ) -> None:
        super().__init__()
        self.review = review
        self.categories = set(CATEGORIES) if categories is None else set(categories)
        self.status = status  # all, open, decided
        self.rows = self._filtered()  # the places shown, in text order
        self.witness_ids = [str(w.id) for w in review.document.witnesses]
        self.headers = [
            self.tr("Category"),
            self.tr("Status"),
            *(labels[w] for w in self.witness_ids),
            self.tr("Proposal"),
            self.tr("Curated"),
            self.tr("Move"),
        ]
        self.proposal_column = len(self.headers) - 3
        self.curated_column = len(self.headers) - 2
        self.move_column = len(self.headers) - 1

    def _filtered(self) -> np.ndarray:
        places = self.review.state.variant_array
        chosen = [CATEGORIES.index(c) for c in self.categories]
        keep = np.isin(self.review.state.alignment.places.category[places], chosen)
        if self.status != "all":
            keep &= self.review.state.undecided_mask(places) == (self.status == "open")
        if self.status == "open":
            return places[keep]
        return np.union1d(places[keep], self._edited())

    def _edited(self) -> np.ndarray:
        """The places where the witnesses agree that the editor typed over in the curated
        text: listed too, so that every hand edit can be found and undone from here."""
        state = self.review.state
        return np.flatnonzero(state.decided & ~state.alignment.places.variant)

    def set_filter(self, categories: set[str], status: str) -> None:
        """Show the places of these categories and this status (all, open, decided)."""
        self.categories, self.status = set(categories), status
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self.rows = self._filtered()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.headers[section]
            return str(self.rows[section])  # as `desk review` numbers it
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        place = int(self.rows[index.row()])
        column = index.column()
        if role == PLACE_ROLE:
            return place
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                category = self.review.state.category(place)
                if category is None:
                    return self.tr("edited")  # the witnesses agree: typed over by hand
                doubtful = self._doubtful(place)
                return category_name(category) + (" ⚠" if doubtful else "")
            if column == 1:
                return status_text(self.review.state, place)
            if column == self.proposal_column:
                return proposal_text(self.review.state, place)
            if column == self.curated_column:
                return shown(self.review.state.reading(place))
            if column == self.move_column:
                return move_text(self.review.state, place)
            reading = self.review.state.readings(place).get(self.witness_ids[column - 2])
            return shown(reading.text) if reading else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and self._doubtful(place):
            return self.tr("Read with low confidence by the OCR: check the page image.")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole) and (
            2 <= column < self.proposal_column
        ):
            found = lowest_confidence(self.review, place).get(self.witness_ids[column - 2])
            if found is None:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return LOW_CONFIDENCE_INK if found < LOW_CONFIDENCE else None
            return self.tr("Read with {percent}% confidence").format(percent=round(found * 100))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.proposal_column:
            return plain_tooltip(proposal_reasons(self.review.state, place))
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return plain_tooltip(decision_history(self.review, place))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.curated_column:
            return plain_tooltip(
                self.tr("The document choices read: {reading}").format(
                    reading=shown(self.review.state.clean_reading(place))
                )
            )
        if role == Qt.ItemDataRole.BackgroundRole and column <= 1:
            if self.review.state.status(place) is not None:
                return DECIDED_COLOUR
            return CATEGORY_COLOURS.get(self.review.state.category(place))
        if role == Qt.ItemDataRole.ForegroundRole and column <= 1:
            return INK  # on the light category colours, in either theme
        return None

    def _doubtful(self, place: int) -> bool:
        """Whether some witness's OCR read this place with low confidence."""
        found = [c for c in lowest_confidence(self.review, place).values() if c is not None]
        return bool(found) and min(found) < LOW_CONFIDENCE

    def row_of(self, place: int) -> int | None:
        """The row showing a place, if it is shown."""
        row = int(np.searchsorted(self.rows, place))
        return row if row < len(self.rows) and self.rows[row] == place else None

    def refresh_places(self, places: Iterable[int]) -> None:
        """Tell the views that these places' status changed (the rows themselves, when
        only undecided or decided places are shown)."""
        places = list(places)
        variant = self.review.state.alignment.places.variant
        typed_over = any(not variant[place] for place in places)  # where all witnesses agree
        if (self.status != "all" or typed_over) and not np.array_equal(self.rows, self._filtered()):
            self._refilter()
            return
        for place in places:
            row = self.row_of(place)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def refresh_all(self) -> None:
        """Tell the views that anything may have changed (a bulk step, a new choice)."""
        if self.status != "all":
            self._refilter()
        elif len(self.rows):
            last = self.index(len(self.rows) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def _decision_words(decision: Decision | None, names: dict[str, str]) -> str:
    if decision is None:
        return QCoreApplication.translate("PlaceTableModel", "undecided")
    reading = shown(decision.text)
    if decision.kind == DecisionKind.WITNESS:
        return QCoreApplication.translate("PlaceTableModel", "took {witness}: “{reading}”").format(
            witness=names.get(decision.witness, decision.witness), reading=reading
        )
    kinds = {
        DecisionKind.TYPED: QCoreApplication.translate("PlaceTableModel", "typed “{reading}”"),
        DecisionKind.KEPT: QCoreApplication.translate("PlaceTableModel", "kept “{reading}”"),
        DecisionKind.CLEAN: QCoreApplication.translate("PlaceTableModel", "clean “{reading}”"),
    }
    if decision.kind not in kinds:
        return f"{decision.kind} “{reading}”"
    return kinds[decision.kind].format(reading=reading)


def _state_words(state: StepState) -> str:
    """A step's state after a decision in its history (applied ones say nothing)."""
    states = {
        StepState.UNDONE: QCoreApplication.translate("PlaceTableModel", "(undone)"),
        StepState.ABANDONED: QCoreApplication.translate("PlaceTableModel", "(abandoned)"),
    }
    return "" if state == StepState.APPLIED else " " + states.get(state, f"({state})")


def decision_history(review: Review, place: int) -> str:
    """Every decision ever made on a place, one line each (the status column's tooltip)."""
    past = review.decisions_on(place)
    if not past:
        return QCoreApplication.translate(
            "PlaceTableModel", "No decision yet: the document choices give this reading."
        )
    names = witness_names(review.state)
    return "\n".join(
        f"#{p.step} {'' if p.decision is None else p.decision.created} "
        f"{'' if p.decision is None else p.decision.author}: "
        f"{_decision_words(p.decision, names)}" + _state_words(p.state)
        for p in past
    )


class FilterBar(QWidget):
    """Category boxes and a status chooser above the table."""

    changed = Signal(set, str)

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Show:")))
        self.boxes = {}
        for category in CATEGORIES:
            box = QCheckBox(category_name(category), checked=True)
            box.toggled.connect(self._emit)
            self.boxes[category] = box
            layout.addWidget(box)
        self.status = QComboBox()
        for label, value in (
            (self.tr("any status"), "all"),
            (self.tr("undecided"), "open"),
            (self.tr("decided"), "decided"),
        ):
            self.status.addItem(label, value)
        self.status.currentIndexChanged.connect(self._emit)
        layout.addWidget(self.status)
        layout.addStretch()

    def set_faint_shown(self, shown_: bool) -> None:
        """Tick or untick layout and punctuation together (the View menu's toggle)."""
        for category in FAINT:
            self.boxes[category].setChecked(shown_)

    def _emit(self) -> None:
        categories = {c for c, box in self.boxes.items() if box.isChecked()}
        self.changed.emit(categories, self.status.currentData())


def size_columns(table: QTableView, witnesses: int) -> None:
    """Category and status columns as wide as their widest words in the table's font (the
    text font: widths follow its size); a reading column for each witness, a narrower
    one for the proposal, one for the curated text, the last one stretched."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    metrics = table.fontMetrics()
    widest = (
        max((category_name(c) for c in CATEGORIES), key=metrics.horizontalAdvance),
        QCoreApplication.translate(
            "ReviewView", "took witness 10", "the widest status, to size the Status column"
        ),
    )
    fixed = [metrics.horizontalAdvance(words) + 24 for words in widest]
    for column, width in enumerate(fixed + [240] * witnesses + [120, 240]):
        table.setColumnWidth(column, width)
