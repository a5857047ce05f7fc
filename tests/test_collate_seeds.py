"""Acceptance on the seed pair: two transcriptions of one newspaper page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desk.cli import main

REAL_DIFFERENCES = [
    # (context in 000 around the reading, 000's reading, 001's reading)
    ("宝鸡出台元", "出", "平"),
    ("“输出去”", "输", "走"),
    ("“双地”", "双", "两"),
    ("乡村要振兴", "要", ""),
    ("服务业转型", "业", ""),
    ("智慧教培", "培", "育"),
    ("深度结合", "结", "融"),
    ("中外运仓码", "仓", ""),
    ("杀牛宰羊", "宰", ""),
    ("措施，推动全", "措施", ""),
    ("副局长邰", "邰", "邵"),
    ("散养牛羊肉", "牛", "羊"),
    ("牧人优品", "人", "民"),
]
ONLY_IN_001 = ["提升东西部协作工作质量", "地方观察", "本版编辑 祝伟", "张毅", "新时代 新征程"]


SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def collation():
    paths = sorted(SEEDS.glob("*.txt"))[:2]
    result = CliRunner().invoke(main, ["collate", str(paths[0]), str(paths[1]), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    data["texts"] = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    return data


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_contract_shape(collation):
    a, b = (w["id"] for w in collation["witnesses"])
    assert collation["base"] == a
    assert [w["length"] for w in collation["witnesses"]] == [
        len(collation["texts"][a]),
        len(collation["texts"][b]),
    ]
    for variant in collation["variants"]:
        assert variant["category"] in {"layout", "punctuation", "script", "text"}
        for wid, reading in variant["readings"].items():
            assert 0 <= reading["start"] <= reading["end"] <= len(collation["texts"][wid])
            assert collation["texts"][wid][reading["start"] : reading["end"]] == reading["text"]


@pytest.mark.parametrize(("context", "reading_a", "reading_b"), REAL_DIFFERENCES)
def test_each_misreading_is_its_own_minimal_text_variant(collation, context, reading_a, reading_b):
    a, b = (w["id"] for w in collation["witnesses"])
    text_a = collation["texts"][a]
    where = squeezed(text_a).index(context)
    matches = [
        v
        for v in collation["variants"]
        if v["category"] == "text"
        and v["readings"][a]["text"] == reading_a
        and v["readings"][b]["text"] == reading_b
        and abs(len(squeezed(text_a[: v["readings"][a]["start"]])) - where) <= len(context)
    ]
    assert len(matches) == 1


def test_caption_is_a_move_with_its_small_variant_inside(collation):
    a, b = (w["id"] for w in collation["witnesses"])
    caption = [
        (n, m)
        for n, m in enumerate(collation["moves"])
        if squeezed(
            collation["texts"][a][m["readings"][a]["start"] : m["readings"][a]["end"]]
        ).startswith("12月11日，广西梧州中外运仓码")
    ]
    assert len(caption) == 1
    number, move = caption[0]
    moved_b = collation["texts"][b][move["readings"][b]["start"] : move["readings"][b]["end"]]
    assert squeezed(moved_b).startswith("12月11日,广西梧州中外运码")
    inside = [v for v in collation["variants"] if v["move"] == number and v["category"] == "text"]
    assert [(v["readings"][a]["text"], v["readings"][b]["text"]) for v in inside] == [("仓", "")]


def test_titles_and_byline_elsewhere_are_moves(collation):
    a = collation["witnesses"][0]["id"]
    moved = [
        squeezed(collation["texts"][a][m["readings"][a]["start"] : m["readings"][a]["end"]])
        for m in collation["moves"]
    ]
    assert "重塑数字产业经济体系" in moved
    assert any(text.startswith("乡村产业搭上电商快车本报记者余健") for text in moved)


def test_text_only_001_has_comes_out_as_additions(collation):
    a, b = (w["id"] for w in collation["witnesses"])
    additions = [
        v["readings"][b]["text"]
        for v in collation["variants"]
        if v["category"] == "text" and v["readings"][a]["text"] == ""
    ]
    for text in ONLY_IN_001:
        assert any(text in addition for addition in additions), text


def test_everything_else_is_layout_or_punctuation(collation):
    a, b = (w["id"] for w in collation["witnesses"])
    expected = {(ra, rb) for _, ra, rb in REAL_DIFFERENCES}
    others = [
        v
        for v in collation["variants"]
        if v["category"] == "text"
        and (v["readings"][a]["text"], v["readings"][b]["text"]) not in expected
        and not (
            v["readings"][a]["text"] == ""
            and any(text in v["readings"][b]["text"] for text in ONLY_IN_001)
        )
    ]
    assert len(others) <= 2, others
    categories = {v["category"] for v in collation["variants"]}
    assert categories == {"layout", "punctuation", "text"}
    ellipsis = [
        v for v in collation["variants"] if v["readings"][a]["text"] in ("⋯", "⋯⋯", "……", "…")
    ]
    assert ellipsis and all(v["category"] == "punctuation" for v in ellipsis)
