"""`make screenshots` keeps working: the script drives the real window through a review
(a decision, three notes, the comparison with the text before any step) and saves it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "screenshots.py"


def test_the_screenshot_script_saves_every_view(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "shots")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for name in ("window", "variant", "move", "notes", "compare"):
        image = QImage(str(tmp_path / "shots" / f"{name}.png"))
        assert not image.isNull() and image.width() >= 800, name
