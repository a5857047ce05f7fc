"""A document prepared after others leans on how the library decided the same readings,
says so, and forgets a decision once it is undone or its document removed."""

from __future__ import annotations

from pathlib import Path

from desk.core.evidence.reasons import ReasonKind, english
from desk.core.library.documents import import_paths, move_witness, remove_document
from desk.core.library.store import Library, open_library
from desk.core.review.prepare import prepare_review
from desk.core.review.session import Review

FILED = "第5024号文件已经归档。"  # 0 against 9: no word model can tell them apart


def document(library: Library, folder: Path, first: str, second: str) -> int:
    folder.mkdir()
    # Names of their own: witnesses of one name are one source, whose record would count.
    paths = [folder / f"{folder.name} a.txt", folder / f"{folder.name} b.txt"]
    paths[0].write_text(first, encoding="utf-8")
    paths[1].write_text(second + "\n", encoding="utf-8")
    one, two = import_paths(library, paths).added
    own = move_witness(library, one.id, None).document_id  # not joined to a like document
    move_witness(library, two.id, own)
    return own


def tie_places(review: Review) -> list[int]:
    """The places where one witness reads 0 and the other 9."""
    state = review.state
    return [
        p
        for p in state.variant_places
        if sorted(r.text for r in state.readings(p).values()) == ["0", "9"]
    ]


def tie_place(review: Review) -> int:
    return tie_places(review)[0]


def take_reading(review: Review, text: str) -> None:
    """Take, at every 0/9 place, the witness reading `text`."""
    for place in tie_places(review):
        reads = next(w for w, r in review.state.readings(place).items() if r.text == text)
        review.take(place, reads)


def later_proposal(library: Library, folder: Path):
    """A new document whose only difference is a 0/9 tie, prepared now."""
    filed = f"{folder.name}：{FILED}"  # a file of its own, not one imported already
    later = prepare_review(library, document(library, folder, filed, filed.replace("0", "9")))
    return later.state.proposal(tie_place(later))


def test_the_library_s_decisions_make_a_proposal_where_the_witnesses_are_even(tmp_path):
    library = open_library(tmp_path / "library.db")
    earlier_text = "\n".join(f"第{n}号：{FILED}" for n in range(3))
    earlier_id = document(
        library, tmp_path / "earlier", earlier_text, earlier_text.replace("5024", "5924")
    )
    earlier = prepare_review(library, earlier_id, "editor")
    assert later_proposal(library, tmp_path / "before") is None  # nothing to go by yet
    assert len(tie_places(earlier)) == 3
    take_reading(earlier, "0")

    proposal = later_proposal(library, tmp_path / "after")
    assert proposal is not None and proposal.text == "0"
    decided = [r for r in proposal.reasons if r.kind == ReasonKind.DECIDED_BEFORE]
    assert decided and decided[0].values == (3,)
    assert english(decided[0], {}) == "decided so 3 times in other documents"

    earlier.undo()
    proposal = later_proposal(library, tmp_path / "after undo")
    assert proposal is not None
    assert [r.values for r in proposal.reasons if r.kind == ReasonKind.DECIDED_BEFORE] == [(2,)]

    remove_document(library, earlier_id)
    assert later_proposal(library, tmp_path / "after removal") is None


def test_a_document_s_starting_text_does_not_move_when_others_are_decided(tmp_path):
    library = open_library(tmp_path / "library.db")
    later = prepare_review(
        library, document(library, tmp_path / "later", FILED, FILED.replace("0", "9"))
    )
    text = later.state.text()
    earlier_id = document(library, tmp_path / "earlier", FILED * 2, FILED.replace("0", "9") * 2)
    earlier = prepare_review(library, earlier_id, "editor")
    take_reading(earlier, "9")
    reopened = Review(library, later.document.id, "editor")
    assert reopened.state.text() == text
    assert reopened.state.proposal(tie_place(reopened)) is None


def test_a_typed_reading_none_of_the_witnesses_has_teaches_nothing(tmp_path):
    library = open_library(tmp_path / "library.db")
    earlier_id = document(library, tmp_path / "earlier", FILED, FILED.replace("0", "9"))
    earlier = prepare_review(library, earlier_id, "editor")
    earlier.type_reading(tie_place(earlier), "1")
    assert later_proposal(library, tmp_path / "later") is None
