"""The sample page worked through as an editor would, to a publishable text.

tests/data/seed_page_clean.txt is the page as it should be published, written by hand
from the two transcriptions (seed 000, column OCR of the print page; seed 001, the web
copy): three articles in the web copy's order, each with its headline and byline, the
photo caption as its own paragraph, no page furniture (本版编辑, the section label, the
footer slogan), and at each of the 13 places where the two read differently the reading
that is right (出台 not 平台, 走出去, 两地, 智慧教育, 深度融合, 仓码, 杀牛宰羊, 邵向东, 散养
牛羊肉, 牧民优品; 乡村要振兴, 服务业, 政策措施 kept from the print page). The headline of
the second article stands before the first article in both copies; the editor moves it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desk.core.export.files import export_texts
from desk.core.library.documents import list_documents
from desk.core.review.session import Review

CLEAN = Path(__file__).parent / "data" / "seed_page_clean.txt"
HEADLINE = "陕西宝鸡出台元宇宙产业发展行动计划——"


def test_the_sample_page_from_opening_to_the_exported_text(seeded, tmp_path):
    page = next(d for d in list_documents(seeded) if len(d.witnesses) == 2)
    review = Review(seeded, page.id, author="editor")
    print_copy, web_copy = (str(w.id) for w in page.witnesses)
    # One document choice: the web copy's order (its paragraphs are the starting choice).
    review.set_choices(replace(review.state.choices, order=web_copy))
    # The misplaced headline: cut it, and paste it, read right, before its subtitle.
    text = review.state.text()
    start = text.index("陕西宝鸡平台元宇宙产业发展行动计划——\n\n")
    review.edit(start, start + len(HEADLINE) + 2, "")
    review.edit(
        review.state.text().index("重塑数字产业经济体系"),
        review.state.text().index("重塑"),
        HEADLINE,
    )
    # Each place left to review, as the editor steps through them (F8).
    chosen = {
        ("", "提升东西部协作工作质量\n\n地方观察"): "提升东西部协作工作质量",  # typed: no label
        ("输", "走"): web_copy,
        ("双", "两"): web_copy,
        ("要", ""): print_copy,
        ("", "本版编辑 祝伟"): print_copy,
        ("", "本报记者 杨开新 张毅"): web_copy,
        ("业", ""): print_copy,
        ("培", "育"): web_copy,
        ("结", "融"): web_copy,
        ("仓", ""): print_copy,
        ("宰", ""): print_copy,
        ("措施", ""): print_copy,
        ("邰", "邵"): web_copy,
        ("牛", "羊"): print_copy,
        ("人", "民"): web_copy,
        ("", "新时代 新征程"): print_copy,
    }
    place = review.state.next_open(None)
    while place is not None:
        readings = review.state.readings(place)
        choice = chosen.pop((readings[print_copy].text, readings[web_copy].text))
        if choice in (print_copy, web_copy):
            review.take(place, choice)
        else:
            review.type_reading(place, choice)
        place = review.state.next_open(place)
    assert not chosen and review.state.counts().open == 0
    [exported] = export_texts(seeded, tmp_path, [page.id])
    assert exported.read_text(encoding="utf-8") == CLEAN.read_text(encoding="utf-8") + "\n"
    # 1 choice, 2 edits to move the headline, 16 decisions (the 出/平 place went with
    # the headline's cut): every action is one step of the history.
    assert len(review.history()) == 19
