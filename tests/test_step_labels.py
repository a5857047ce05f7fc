"""Step labels are found again from their stored text, so the window can say them in
the interface's language."""

from hypothesis import given
from hypothesis import strategies as st

from desk.core.review.labels import TEMPLATES, label, parse

names = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() == s and s)


@given(key=st.sampled_from(sorted(TEMPLATES)), value=names, count=st.integers(0, 999))
def test_every_label_is_parsed_back_to_its_template_and_values(key, value, count):
    values = {"name": value, "category": "text", "count": count, "place": count}
    values |= {"what": value, "number": count, "quote": value, "readings": value, "reading": value}
    made = label(key, **values)
    found_key, found = parse(made)
    assert label(found_key, **found) == made
    assert found_key == key or TEMPLATES[found_key].count("{") < TEMPLATES[key].count("{")


def test_a_witness_named_like_a_template_still_reads_as_its_own_step():
    made = label("all_witness", name="web", category="text", count=3)
    assert parse(made) == ("all_witness", {"name": "web", "category": "text", "count": "3"})
    assert parse("something a script wrote") is None
