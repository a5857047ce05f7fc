"""The list of variants and proposals: a Qt model over the review's items, and filters."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from desk.core.alignment.categories import CATEGORIES
from desk.core.curate import PROPOSAL_READING, Item, Review
from desk.core.normalize import RULES
from desk.gui.style import CATEGORY_COLOURS, DECIDED_COLOUR
from desk.report import shown

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ItemTableModel(QAbstractTableModel):
    """Rows are the review's items; columns: category, status, then each witness's reading."""

    def __init__(self, review: Review, labels: dict[str, str]) -> None:
        super().__init__()
        self.review = review
        self.witness_ids = [w.id for w in review.collation.witnesses]
        self.headers = ["Category", "Status", *(labels[w] for w in self.witness_ids), "Proposal"]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.review.items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.headers[section]
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.review.items[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.rule or item.category
            if column == 1:
                return status_text(self.review, item)
            if column == len(self.headers) - 1:
                proposal = item.readings.get(PROPOSAL_READING)
                return shown(proposal.text) if proposal else ""
            reading = item.readings.get(self.witness_ids[column - 2])
            return shown(reading.text) if reading else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return decision_history(self.review, item)
        if role == Qt.ItemDataRole.BackgroundRole and column <= 1:
            if self.review.status(item):
                return DECIDED_COLOUR
            return CATEGORY_COLOURS.get(item.category)
        return None

    def refresh_items(self, keys) -> None:
        """Tell the views that these items' status changed."""
        for key in keys:
            row = self.review.position.get(key)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def refresh_all(self) -> None:
        """Tell the views that every status may have changed (undo of a bulk action)."""
        if self.review.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.review.items) - 1, 1))


def decision_history(review: Review, item: Item) -> str:
    """Every decision ever made on an item, one line each (the status column's tooltip)."""
    past = review.decisions_on(item)
    if not past:
        return "No decision yet."
    return "\n".join(
        f"#{p.revision} {p.created} {p.author}: {p.decision.choice} “{shown(p.decision.text)}”"
        + ("" if p.state == "applied" else f" ({p.state})")
        for p in past
    )


def status_text(review: Review, item: Item) -> str:
    """An item's status in words."""
    decision = review.status(item)
    if decision is None:
        return "open"
    if decision.choice == "witness":
        return f"took {decision.witness}"
    return {"typed": "typed", "kept": "kept", "proposal": "accepted"}.get(
        decision.choice, "decided"
    )


class ItemFilter(QSortFilterProxyModel):
    """Shows the items of the chosen categories, rule and status."""

    def __init__(self) -> None:
        super().__init__()
        self.categories = set(CATEGORIES)
        self.rule = ""  # "" all, "-" variants only, else one rule's proposals
        self.status = "all"  # all, open, decided

    def set_filter(self, categories: set[str], rule: str, status: str) -> None:
        """Change what is shown."""
        self.beginFilterChange()
        self.categories, self.rule, self.status = categories, rule, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model: ItemTableModel = self.sourceModel()
        item = model.review.items[row]
        if item.category not in self.categories:
            return False
        if self.rule == "-" and item.rule is not None:
            return False
        if self.rule not in ("", "-") and item.rule != self.rule:
            return False
        if self.status != "all":
            return (model.review.status(item) is None) == (self.status == "open")
        return True


class FilterBar(QWidget):
    """Category boxes, a rule chooser and a status chooser above the table."""

    changed = Signal(set, str, str)

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel("Show:"))
        self.boxes = {}
        for category in CATEGORIES:
            box = QCheckBox(category, checked=True)
            box.toggled.connect(self._emit)
            self.boxes[category] = box
            layout.addWidget(box)
        self.rule = QComboBox()
        self.rule.addItem("variants and proposals", "")
        self.rule.addItem("variants only", "-")
        for rule in RULES:
            self.rule.addItem(f"proposals: {rule.name}", rule.name)
        self.rule.currentIndexChanged.connect(self._emit)
        self.status = QComboBox()
        for label, value in (("any status", "all"), ("open", "open"), ("decided", "decided")):
            self.status.addItem(label, value)
        self.status.currentIndexChanged.connect(self._emit)
        layout.addWidget(self.rule)
        layout.addWidget(self.status)
        layout.addStretch()

    def set_faint_shown(self, shown_: bool) -> None:
        """Tick or untick layout and punctuation together (the View menu's toggle)."""
        for category in ("layout", "punctuation"):
            self.boxes[category].setChecked(shown_)

    def _emit(self) -> None:
        categories = {c for c, box in self.boxes.items() if box.isChecked()}
        self.changed.emit(categories, self.rule.currentData(), self.status.currentData())
