"""The interface in Chinese: every string goes through Qt's translation system, the
Chinese translation covers all of them, and what it says keeps the values and keys."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
GUI = sorted((ROOT / "desk" / "gui").glob("*.py"))
COMPLETE = ("zh_CN", "zh_TW")  # languages every string must be translated into


@pytest.fixture(scope="module", autouse=True)
def built() -> None:
    """The translations as make builds them (zh_TW's source is made from zh_CN's)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)


def messages(language: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of each message of a .ts file."""
    tree = ET.parse(FOLDER / f"desk_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            finished = translation.get("type") != "unfinished"
            found.append((name, message.findtext("source"), forms, finished))
    return found


def test_every_string_given_to_tr_is_a_literal_lupdate_can_read():
    """tr(f"…") or tr(variable) would show English in every language."""
    offenders = []
    for path in GUI:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            index = {"tr": 0, "translate": 1}.get(node.func.attr)
            if index is None or len(node.args) <= index:
                continue
            argument = node.args[index]
            if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


@pytest.mark.parametrize("language", COMPLETE)
def test_the_translation_covers_every_string_of_the_sources(language, tmp_path):
    """lupdate run on the sources now finds nothing the .ts lacks."""
    copy = tmp_path / f"desk_{language}.ts"
    shutil.copy(FOLDER / copy.name, copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *map(str, GUI), "-ts", str(copy)],
        check=True,
    )
    tree = ET.parse(copy)
    missing = [
        (c.findtext("name"), m.findtext("source"))
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert missing == []


@pytest.mark.parametrize("language", COMPLETE)
def test_each_translation_keeps_the_values_plural_count_and_menu_key(language):
    for context, source, forms, finished in messages(language):
        where = f"{context}: {source!r}"
        assert finished and all(f.strip() for f in forms), f"untranslated {where}"
        fields = sorted(re.findall(r"\{\w*\}", source))
        for form in forms:
            assert sorted(re.findall(r"\{\w*\}", form)) == fields, where
            assert ("%n" in form) == ("%n" in source), where
            mnemonic = re.search(r"&(\w)", source.replace("&&", ""))
            if mnemonic:
                assert f"(&{mnemonic.group(1).upper()})" in form or "&" in form, where


def test_the_english_plural_forms_are_given():
    plurals = [m for m in messages("en") if "%n" in m[1]]
    assert plurals, "the English .ts holds the plural forms"
    for context, source, forms, _ in plurals:
        assert len(forms) == 2 and not re.search(r"\((e?s)\)", "".join(forms)), (
            f"{context}: {source!r}"
        )


@pytest.mark.parametrize("language", COMPLETE)
def test_chinese_sentences_use_full_width_punctuation(language):
    """A half-width colon or comma after a Chinese character looks careless to a Chinese
    reader (menu keys such as 文件(&F) and file filters keep theirs)."""
    half_width = re.compile(r"[\u4e00-\u9fff][:,;?!]")
    careless = [
        form for _, _, forms, _ in messages(language) for form in forms if half_width.search(form)
    ]
    assert careless == []
