"""Variant glyphs (異體字) compare as one character, through one table made from its sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desk.core.alignment.collation import WitnessText, collate

ROOT = Path(__file__).resolve().parents[1]
UNIHAN = Path("/usr/share/unicode/Unihan_Variants.txt.bz2")

# 國語·周語上, in a printed edition's standard forms and in a woodblock edition's glyphs.
STANDARD = (
    "穆王將征犬戎，祭公謀父諫曰：「不可。先王耀德不觀兵。夫兵戢而時動，動則威，觀則玩，"
    "玩則無震。是故周文公之頌曰：『載戢干戈，載櫜弓矢。我求懿德，肆于時夏，允王保之。』"
    "先王之於民也，懋正其德而厚其性，阜其財求而利其器用，明利害之鄉，以文修之，使務利而"
    "避害，懷德而畏威，故能保世以滋大。昔我先王世后稷，以服事虞、夏。及夏之衰也，棄稷不"
    "務，我先王不窋用失其官，而自竄于戎、狄之間，不敢怠業，時序其德，纂修其緒，修其訓典，"
    "朝夕恪勤，守以敦篤，奉以忠信，奕世載德，不忝前人。至于武王，昭前之光明而加之以慈和，"
    "事神保民，莫弗欣喜。商王帝辛，大惡於民，庶民弗忍，欣戴武王，以致戎於商牧。是先王非"
    "務武也，勤恤民隱而除其害也。則又增修於德，無勤民於遠，是以近無不聽，遠無不服。"
)
WOODBLOCK = (
    STANDARD.replace("德", "徳")
    .replace("遠", "逺")
    .replace("為", "爲")
    .replace("陰", "隂")
    .replace("侯", "矦")
    .replace("功", "㓛")
    .replace("所", "𫠦")
    .replace("農", "䢉")
)


def test_two_glyph_forms_of_one_text_differ_by_no_text_variant():
    assert WOODBLOCK != STANDARD
    result = collate([WitnessText("standard", STANDARD), WitnessText("woodblock", WOODBLOCK)])
    categories = [v.category for v in result.variants]
    assert categories and set(categories) == {"script"}
    assert ("徳", "德") in {
        (v.readings["woodblock"].text, v.readings["standard"].text) for v in result.variants
    }


def test_different_words_are_never_folded_together():
    """Variant links chain (喂 餧 馁): two standard characters stay two words."""
    for first, second in ("著着", "历厉", "喂馁", "柜馈", "余予"):
        result = collate([WitnessText("a", f"他{first}了"), WitnessText("b", f"他{second}了")])
        assert [v.category for v in result.variants] == ["text"], first + second


@pytest.mark.skipif(not UNIHAN.exists(), reason="Debian's unicode-data package is not installed")
def test_the_table_is_what_its_script_makes_from_its_sources(tmp_path):
    out = tmp_path / "han_folds.tsv"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_han_folds.py"), str(UNIHAN), str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == (ROOT / "resources" / "han_folds.tsv").read_text(
        encoding="utf-8"
    )
