"""Preferences and window state, kept outside the library in an INI file.

Declared once here. The folder is Qt's per-user config location, or $DESK_CONFIG_DIR
(tests and portable use).
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont

from desk.gui.fonts import TEXT_POINT_SIZE, choose_text_font

CONFIG_ENV = "DESK_CONFIG_DIR"
RECENT_LIMIT = 8


def settings() -> QSettings:
    """desk's settings file."""
    folder = os.environ.get(CONFIG_ENV)
    if folder:
        return QSettings(str(Path(folder) / "desk.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "desk", "desk")


def text_font() -> QFont:
    """The font for texts: the one chosen in preferences, else a CJK font found at start."""
    store = settings()
    family = store.value("text/family", "")
    size = int(store.value("text/size", TEXT_POINT_SIZE))
    if family:
        font = QFont(family)
        font.setPointSize(size)
        return font
    return choose_text_font(size)


def save_text_font(font: QFont) -> None:
    """Remember the font chosen in preferences."""
    store = settings()
    store.setValue("text/family", font.family())
    store.setValue("text/size", font.pointSize())


def author() -> str:
    """Who decisions are recorded as: the preference, else the system user name."""
    return str(settings().value("review/author", "") or getpass.getuser())


def save_author(name: str) -> None:
    """Remember the author name."""
    settings().setValue("review/author", name.strip())


def show_layout_and_punctuation() -> bool:
    """Whether the window shows layout and punctuation places (View, Ctrl+L)."""
    return str(settings().value("view/layout_and_punctuation", "false")).lower() == "true"


def save_show_layout_and_punctuation(shown: bool) -> None:
    """Remember View > Show Layout and Punctuation Places."""
    settings().setValue("view/layout_and_punctuation", "true" if shown else "false")


def recent_libraries() -> list[str]:
    """Library files opened lately, newest first."""
    value = settings().value("library/recent", [])
    return [value] if isinstance(value, str) else list(value or [])


def add_recent_library(path: Path) -> None:
    """Put a library at the top of the recent list."""
    entries = [str(path)] + [p for p in recent_libraries() if p != str(path)]
    settings().setValue("library/recent", entries[:RECENT_LIMIT])


def export_formats() -> list[str]:
    """The formats ticked at the last export (the clean text at first)."""
    value = settings().value("export/formats", ["txt"])
    return [value] if isinstance(value, str) else list(value or [])


def save_export_formats(formats: list[str]) -> None:
    """Remember the formats ticked."""
    settings().setValue("export/formats", formats)


def author_chosen() -> bool:
    """Whether the editor has said who they are (asked once, on the first run)."""
    return settings().contains("review/author")


def language() -> str:
    """The interface's language: the one chosen in Preferences, else the system's."""
    from desk.gui.language import system_language

    return str(settings().value("interface/language", "") or system_language())


def save_language(language: str) -> None:
    """Remember the language chosen in Preferences."""
    settings().setValue("interface/language", language)


def theme() -> str:
    """The colour theme: "system" (follow the system's light or dark), "light" or "dark"."""
    return str(settings().value("interface/theme", "system"))


def save_theme(theme: str) -> None:
    """Remember the colour theme chosen in Preferences."""
    settings().setValue("interface/theme", theme)


def guide_shown() -> bool:
    """Whether the first-run guide was shown already."""
    return str(settings().value("interface/guide_shown", "false")).lower() == "true"


def save_guide_shown() -> None:
    """Remember that the first-run guide was shown."""
    settings().setValue("interface/guide_shown", "true")


def low_confidence_first() -> bool:
    """Whether F8 visits the places the OCR read with low confidence first."""
    return str(settings().value("review/low_confidence_first", "true")).lower() == "true"


def save_low_confidence_first(on: bool) -> None:
    """Remember Review > Visit Places Read with Low Confidence First."""
    settings().setValue("review/low_confidence_first", "true" if on else "false")


def least_sure_first() -> bool:
    """Whether F8 visits the places in order of desk's proposals, the least sure first."""
    return str(settings().value("review/least_sure_first", "false")).lower() == "true"


def save_least_sure_first(on: bool) -> None:
    """Remember Review > Visit the Least Sure Proposals First."""
    settings().setValue("review/least_sure_first", "true" if on else "false")


def last_folder(kind: str) -> str:
    """Where the file dialog for `kind` (import, export, images) was last used, else the
    home folder (not the folder desk was started from)."""
    return str(settings().value(f"folders/{kind}", "") or Path.home())


def save_last_folder(kind: str, folder: Path) -> None:
    """Remember the folder a file dialog was last used in."""
    settings().setValue(f"folders/{kind}", str(folder))
