"""The interface's language: desk's own translations (resources/translations/desk_*.qm,
built from the .ts sources by pyside6-lrelease) and Qt's, for the standard dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.core.paths import bundled_path

ENGLISH = "en"
# Each language in its own words, as the Preferences list shows it.
LANGUAGES = {ENGLISH: "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}

_installed: list[QTranslator] = []


def translations_folder() -> Path:
    """Where desk's .ts sources and built .qm files are."""
    return bundled_path("resources") / "translations"


def system_language() -> str:
    """The language the system's locale asks for, among desk's (English otherwise):
    Chinese written in traditional characters for Taiwan, Hong Kong and Macau."""
    locale = QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return ENGLISH
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
        locale.territory()
        in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)
    )
    return "zh_TW" if traditional else "zh_CN"


def install(language: str) -> bool:
    """Make `language` the interface's: desk's strings and Qt's own (buttons of standard
    dialogs). False if desk's translation for it is missing (the English texts show)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != ENGLISH:
        # qtbase_*, not the qt_* catalogue: that one also names modules desk does not ship
        # (Multimedia...), and fails to load without them.
        _load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(f"qtextra_{language}", translations_folder())  # what Qt's leaves in English
    return _load(f"desk_{language}", translations_folder())  # English: its plural forms


def _load(name: str, folder: Path | str) -> bool:
    translator = QTranslator()
    if not translator.load(name, str(folder)):
        return False
    QCoreApplication.instance().installTranslator(translator)
    _installed.append(translator)
    return True
