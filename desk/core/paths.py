"""Where desk keeps and finds things: the default library and the bundled resources.

Standard library and platformdirs only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "desk"
LIBRARY_ENV = "DESK_LIBRARY"
LIBRARY_FILE = "library.db"


def default_library_path() -> Path:
    """The library used when none is named: $DESK_LIBRARY, else the user data dir's."""
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # loaded only when the default library is wanted

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / LIBRARY_FILE


def bundled_path(name: str) -> Path:
    """A folder shipped with desk (`seeds`, `resources`), from a checkout or a packaged app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / name
