"""desk/core must stay usable without Qt: no module there may import it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "desk" / "core"
QT_PACKAGES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def imported_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_names_qt():
    modules = sorted(CORE.rglob("*.py"))
    assert len(modules) >= 5
    offenders = {
        path.name: sorted(n for n in imported_names(path) if n.split(".")[0] in QT_PACKAGES)
        for path in modules
    }
    assert {name: qt for name, qt in offenders.items() if qt} == {}


def test_importing_all_of_core_loads_no_qt():
    modules = [
        ".".join(("desk", "core", *path.relative_to(CORE).with_suffix("").parts))
        for path in sorted(CORE.rglob("*.py"))
    ]
    assert len(modules) >= 40
    code = (
        f"import sys\nfor m in {modules!r}: __import__(m)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
