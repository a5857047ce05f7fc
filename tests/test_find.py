"""Finding a string in a text and across the library."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desk.core.library.documents import list_documents, witness_text
from desk.core.library.find import documents_containing, find_all, next_hit


@given(
    st.text(alphabet="邰邵牧人民 Aa\r\n，,𠀀", max_size=60),
    st.text(alphabet="邰邵Aa𠀀，", min_size=1, max_size=3),
)
def test_every_hit_is_the_query_where_the_text_holds_it(text, query):
    hits = find_all(text, query)
    assert all(text[s:e].casefold() == query.casefold() for s, e in hits)
    assert all(a[1] <= b[0] for a, b in zip(hits, hits[1:]))  # in order, not overlapping
    assert len(hits) == text.casefold().count(query.casefold()) or not query.isascii()


def test_hits_on_a_page_and_going_round():
    text = "本报记者邰向东报道。邰向东说：邰"
    hits = find_all(text, "邰向东")
    assert hits == [(4, 7), (10, 13)]
    assert next_hit(hits, 0) == 0
    assert next_hit(hits, 4) == 1  # from the first hit, the next one
    assert next_hit(hits, 10) == 0  # round the end
    assert next_hit(hits, 10, backwards=True) == 0
    assert next_hit(hits, 4, backwards=True) == 1  # round the start
    assert find_all("OCR ocr Ocr", "ocr") == [(0, 3), (4, 7), (8, 11)]
    assert find_all(text, "") == [] and next_hit([], 3) is None


def test_documents_holding_a_string_are_listed_with_their_counts(seeded):
    documents = {d.id: d for d in list_documents(seeded)}
    found = documents_containing(seeded, "乡村振兴")
    assert found and all(count > 0 for _, _, count in found)
    for document_id, title, count in found:
        assert title == documents[document_id].title
        witnesses = documents[document_id].witnesses
        assert count == sum(witness_text(seeded, w.id).count("乡村振兴") for w in witnesses)
    page = next(d for d in documents.values() if len(d.witnesses) == 2)
    assert any(d == page.id for d, _, _ in found)
    assert documents_containing(seeded, "不在任何文本里的字符串") == []
