"""A document's collation saved in the library: reopened as is, stable ids, no lost decisions."""

from __future__ import annotations

from desk.core.library import import_paths, list_documents, move_witness
from desk.core.saved_collation import collate_document, document_collation, load_collation
from desk.core.store import open_library


def decide(library, document_id, variant_id):
    with library.atomic() as db:
        db["decisions"].insert(
            {"document_id": document_id, "variant_id": variant_id, "text": "平", "author": "test"}
        )


def test_collating_a_document_saves_it_for_reopening(seeded, tmp_path):
    page = list_documents(seeded)[0]
    assert load_collation(seeded, page.id) is None
    fresh = collate_document(seeded, page.id)
    assert sum(v.category == "text" for v in fresh.variants) == 17
    seeded.close()
    reopened_library = open_library(seeded.path)
    reopened = load_collation(reopened_library, page.id)
    assert reopened == fresh
    assert document_collation(reopened_library, page.id) == fresh
    reopened_library.close()


def test_a_new_witness_keeps_the_ids_and_decisions_of_surviving_variants(seeded, seeds, tmp_path):
    page = list_documents(seeded)[0]
    first = collate_document(seeded, page.id)
    a, b = first.witnesses[0].id, first.witnesses[1].id
    misreading = next(v for v in first.variants if v.readings[b].text == "平")
    decide(seeded, page.id, misreading.id)
    third = tmp_path / "evening.txt"
    third.write_text(seeds[1].read_text(encoding="utf-8").replace("王东说", "王冬说"), "utf-8")
    import_paths(seeded, [third])
    assert len(list_documents(seeded)[0].witnesses) == 3
    assert load_collation(seeded, page.id) is None  # the witnesses changed
    again = collate_document(seeded, page.id)
    same = next(v for v in again.variants if v.id == misreading.id)
    assert same.readings[a].text == "出" and same.readings[b].text == "平"
    assert len(same.readings) == 3
    assert any(
        "冬" in {r.text for r in v.readings.values()}
        for v in again.variants
        if v.category == "text"
    )


def test_a_decided_variant_no_longer_found_is_retired_not_deleted(library, tmp_path):
    texts = {
        "a.txt": "今年以来全市港口吞吐量保持较快增长。",
        "b.txt": "今年以来全市港口吞土量保持较快增长。",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(library, [tmp_path / "a.txt", tmp_path / "b.txt"])
    document = list_documents(library)[0]
    variant = collate_document(library, document.id).variants[0]
    decide(library, document.id, variant.id)
    (tmp_path / "c.txt").write_text("今年以来全市港口吞吐量保持很快增长。", encoding="utf-8")
    import_paths(library, [tmp_path / "c.txt"])
    move_witness(library, document.witnesses[1].id, None)  # b leaves; a and c remain
    again = collate_document(library, document.id)
    assert [v.readings[v_id].text for v in again.variants for v_id in v.readings] == ["较", "很"]
    row = library.db.execute(
        "SELECT retired_at FROM variants WHERE id = ?", [variant.id]
    ).fetchone()
    assert row is not None and row[0] is not None
    assert variant.id not in {v.id for v in again.variants}
