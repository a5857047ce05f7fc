"""The SIGKILL soak script still runs, and its check tells a saved key from a lost one."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "sigkill_soak.py"
spec = importlib.util.spec_from_file_location("sigkill_soak", SCRIPT)
soak = importlib.util.module_from_spec(spec)
spec.loader.exec_module(soak)


def test_a_key_in_flight_may_have_saved_only_its_own_change():
    seen = {"校订文字", "校订"}
    assert soak.could_be_the_result("type", "校订文字", "校订正文字", seen)
    assert soak.could_be_the_result("ime", "校订文字", "校订文字正", seen)
    assert not soak.could_be_the_result("ime", "校订文字", "校订", seen)
    assert not soak.could_be_the_result("type", "校订文字", "校订正文", seen)
    assert soak.could_be_the_result("Backspace", "校订文字", "校订文", seen)
    assert not soak.could_be_the_result("Backspace", "校订文字", "校订字文", seen)
    assert not soak.could_be_the_result("F8", "校订文字", "校订文", seen)
    assert soak.could_be_the_result("Ctrl+Z", "校订文字", "校订", seen)
    assert not soak.could_be_the_result("Ctrl+Y", "校订文字", "校订正", seen)


def test_five_kills_of_the_real_window_typing_through_an_input_method_lose_nothing():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "5", "--seed", "3"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kills after" in result.stdout and "0 failures" in result.stdout
