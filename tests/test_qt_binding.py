"""The Qt binding must not corrupt the interpreter: desk paints thousands of times a minute."""

import sys

import pytest
from PySide6.QtWidgets import QPlainTextEdit


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: no count to lose"
)
def test_void_calls_keep_none_alive(qtbot):
    """PySide6 6.12.0 drops a reference to None on every void call; on Python 3.11 the
    app then aborts with 'deallocating None' after a few minutes of scrolling."""
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    before = sys.getrefcount(None)
    for _ in range(2000):
        editor.setReadOnly(True)
    assert sys.getrefcount(None) >= before - 100
