"""Which formats to export, remembered between runs."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk.core.export.files import FORMATS
from desk.gui import settings


class ExportDialog(QDialog):
    """Tick the formats; `formats()` gives them."""

    def __init__(self, parent: QWidget, what: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export {what}").format(what=what))
        chosen = settings.export_formats()
        descriptions = self.descriptions()
        self.boxes = {f: QCheckBox(descriptions[f], checked=f in chosen) for f in FORMATS}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose Folder…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write these for each document, named after its title:")))
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(buttons)

    def descriptions(self) -> dict[str, str]:
        """Each format as the dialog offers it."""
        return {
            "txt": self.tr("Clean text (.txt)"),
            "tei": self.tr("Apparatus of decided variants as TEI P5 (.tei.xml)"),
            "csv": self.tr("Apparatus and decision log as CSV (.apparatus.csv, .decisions.csv)"),
            "annotations": self.tr("Notes as W3C Web Annotations (.annotations.json)"),
        }

    def formats(self) -> list[str]:
        chosen = [f for f, box in self.boxes.items() if box.isChecked()]
        settings.save_export_formats(chosen)
        return chosen
