"""The likely reading of a variant: the majority, else the one the document's pairs favour."""

from __future__ import annotations

from made_witnesses import make_witnesses
from test_moves_in_real_texts import chinese_paragraphs

from desk.core.alignment.collation import WitnessText, collate
from desk.core.alignment.likely import likely_readings


def readings_of(texts: dict[str, str]) -> dict[str, str]:
    """Each text variant's likely reading, keyed by the readings of all witnesses."""
    result = collate([WitnessText(w, t) for w, t in texts.items()])
    likely = likely_readings(result)
    return {
        "/".join(v.readings[w].text for w in texts): v.readings[likely[v.id][0]].text
        for v in result.variants
        if v.category == "text" and v.id in likely
    }


def test_the_majority_is_likely_whatever_the_order():
    texts = {"a": "一二三四五六七八九十", "b": "一二参四五六七八九十", "c": "一二三肆五六七八九十"}
    assert readings_of(texts) == {"三/参/三": "三", "四/四/肆": "四"}
    reordered = {w: texts[w] for w in ("c", "b", "a")}
    assert readings_of(reordered) == {"三/参/三": "三", "肆/四/四": "四"}


def test_a_tie_goes_to_the_reading_the_rest_of_the_page_uses():
    page = "工作人员说，人员到位。{}员不足，人员太少，人员培训"
    texts = {"a": page.format("入"), "b": page.format("人")}
    assert readings_of(texts) == {"入/人": "人"}
    texts = {"b": page.format("人"), "a": page.format("入")}
    assert readings_of(texts) == {"人/入": "人"}


def test_a_tie_nothing_tells_apart_stays_a_tie():
    assert readings_of({"a": "甲乙丙丁戊", "b": "甲乙戌丁戊"}) == {}


def test_on_two_damaged_copies_of_a_real_page_ties_are_mostly_broken_rightly():
    clean = chinese_paragraphs("002")
    right = wrong = 0
    for seed in range(3):
        copies = [
            make_witnesses(seed * 100 + n, 1, errors=60, clean=clean).texts[0] for n in (0, 1)
        ]
        result = collate(
            [
                WitnessText("c0", copies[0]),
                WitnessText("c1", copies[1]),
                WitnessText("clean", "\n\n".join(clean)),
            ]
        )
        likely = likely_readings(result, among=["c0", "c1"])
        for variant in result.variants:
            if variant.category == "text" and variant.id in likely:
                chosen = "".join(variant.readings[likely[variant.id][0]].text.split())
                truth = "".join(variant.readings["clean"].text.split())
                right, wrong = right + (chosen == truth), wrong + (chosen != truth)
    assert right + wrong > 100
    assert right >= 0.85 * (right + wrong)  # 47% taking the base's reading; measured 92%
