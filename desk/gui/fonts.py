"""Pick a font that renders Chinese, with a readable fallback when the system has none."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

# Preferred first: the fonts editors on each system usually have.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Serif CJK SC",
    "SimSun",
)
TEXT_POINT_SIZE = 13


def choose_text_font(point_size: int = TEXT_POINT_SIZE) -> QFont:
    """The first preferred CJK family installed, else any family that writes Chinese."""
    installed = set(QFontDatabase.families())
    family = next((name for name in CJK_FAMILIES if name in installed), None)
    if family is None:
        chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        family = chinese[0] if chinese else None
    font = (
        QFont(family) if family else QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    )
    font.setPointSize(point_size)
    return font
