"""What the window says about the review in the interface's language: category names,
a place's status, the counts, where a moved passage sits, history steps.

The core says these in English for scripts (`desk review`); the window says them here,
through Qt's translation system, from the same facts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.core.evidence.reasons import Reason, ReasonKind
from desk.core.review.choices import CHOICE_FIELDS
from desk.core.review.history import DecisionKind
from desk.core.review.state import TO_REVIEW, Counts, ReviewState
from desk.core.review.step_labels import StepLabel, quoted
from desk.core.review.summary import lost_spans, move_lines
from desk.report import shown


def witness_names(state: ReviewState) -> dict[str, str]:
    """Each witness's id -> its name as the window says it: the editor's, else its
    number ("witness 2") in the interface's language."""
    return {
        wid: name
        if isinstance(name, str)
        else QCoreApplication.translate("words", "witness {n}").format(n=name)
        for wid, name in state.witness_namings().items()
    }


def category_name(category: str) -> str:
    """A category as the window names it."""
    names = {
        "text": QCoreApplication.translate("words", "text"),
        "script": QCoreApplication.translate("words", "script"),
        "punctuation": QCoreApplication.translate("words", "punctuation"),
        "layout": QCoreApplication.translate("words", "layout"),
    }
    return names.get(category, category)


def status_text(state: ReviewState, place: int) -> str:
    """A place's status: to review, by choice, or what was decided there."""
    decision = state.status(place)
    if decision is None:
        if state.category(place) in TO_REVIEW:
            return QCoreApplication.translate("words", "to review")
        return QCoreApplication.translate("words", "by choice")
    if decision.kind == DecisionKind.WITNESS:
        name = witness_names(state).get(decision.witness, decision.witness)
        return QCoreApplication.translate("words", "took {witness}").format(witness=name)
    kinds = {
        DecisionKind.TYPED: QCoreApplication.translate("words", "typed"),
        DecisionKind.KEPT: QCoreApplication.translate("words", "kept"),
        DecisionKind.CLEAN: QCoreApplication.translate("words", "took clean"),
    }
    return kinds.get(decision.kind, QCoreApplication.translate("words", "decided"))


def proposal_text(state: ReviewState, place: int) -> str:
    """desk's proposal at a place and how sure it is ("人 · 87%"), or "" for none."""
    proposal = state.proposal(place)
    if proposal is None:
        return ""
    return QCoreApplication.translate("words", "{reading} · {percent}%").format(
        reading=shown(proposal.text), percent=round(proposal.confidence * 100)
    )


def proposal_reasons(state: ReviewState, place: int) -> str:
    """Why desk proposes what it does at a place, one reason a line ("" for none)."""
    proposal = state.proposal(place)
    if proposal is None:
        return ""
    names = witness_names(state)
    lines = [
        QCoreApplication.translate("words", "Proposed: {reading}, {percent}% sure").format(
            reading=shown(proposal.text), percent=round(proposal.confidence * 100)
        )
    ]
    return "\n".join(lines + [reason_text(r, names) for r in proposal.reasons])


def proposal_summary(state: ReviewState, place: int) -> str:
    """The proposal and its reasons on one line, for the status bar ("" for none)."""
    return "; ".join(proposal_reasons(state, place).splitlines())


def reason_text(reason: Reason, names: dict[str, str]) -> str:
    """One reason for a proposal, in the interface's language."""
    if reason.kind == ReasonKind.MAJORITY:
        count, total = reason.values
        return QCoreApplication.translate("words", "{count} of {total} witnesses").format(
            count=count, total=total
        )
    if reason.kind == ReasonKind.USUALLY_RIGHT:
        witness, agreed, compared = reason.values
        return QCoreApplication.translate(
            "words", "{witness} read the likeliest reading at {percent}% of {places} places"
        ).format(
            witness=names.get(witness, witness),
            percent=round(100 * agreed / compared),
            places=compared,
        )
    if reason.kind == ReasonKind.LOOK_ALIKE:
        proposed, other = reason.values
        return QCoreApplication.translate("words", "{proposed}/{other} look alike").format(
            proposed=proposed, other=other
        )
    if reason.kind == ReasonKind.OCR_DOUBT:
        witness, unsure = reason.values
        return QCoreApplication.translate(
            "words", "{witness} read the other with {percent}% confidence"
        ).format(witness=names.get(witness, witness), percent=round(unsure * 100))
    if reason.kind == ReasonKind.DECIDED_BEFORE:
        (times,) = reason.values
        if times == 1:
            return QCoreApplication.translate("words", "decided so once in other documents")
        return QCoreApplication.translate(
            "words", "decided so {times} times in other documents"
        ).format(times=times)
    proposed, other = reason.values
    return QCoreApplication.translate("words", "{proposed} is far more common than {other}").format(
        proposed=proposed, other=other
    )


def counts_text(counts: Counts) -> str:
    """Where the review stands, for the status bar."""
    return QCoreApplication.translate(
        "words", "{open} to review, {decided} reviewed; {by_choice} layout and punctuation places"
    ).format(open=counts.open, decided=counts.decided, by_choice=counts.by_choice)


def move_text(state: ReviewState, place: int) -> str:
    """Where the moved passage holding a place sits in each witness, or ""."""
    index = state.alignment.move_of(place)
    if index is None:
        return ""
    names = witness_names(state)
    where = [
        QCoreApplication.translate("words", "{witness} line {line}").format(
            witness=names[witness], line=line
        )
        for witness, line in move_lines(state, index)
    ]
    return QCoreApplication.translate("words", "moved: {where}").format(
        where=QCoreApplication.translate("words", ", ").join(where)
    )


def step_text(label: StepLabel, names: dict[str, str]) -> str:
    """A history step in the interface's language (`names`: witness id -> name as the
    window says it)."""
    values = dict(label.values)
    if "witness" in values:
        values["witness"] = names.get(str(values["witness"])) or QCoreApplication.translate(
            "words", "a witness no longer here"
        )
    if "category" in values:
        values["category"] = category_name(str(values["category"]))
    if label.key == "choices":
        said = [choice_text(f, values[f], names) for f in CHOICE_FIELDS if f in values]
        values = {"choices": QCoreApplication.translate("words", ", ").join(said)}
    templates = {
        "take": QCoreApplication.translate(
            "words", "Take {witness}'s reading “{reading}” at place {place}"
        ),
        "take_clean": QCoreApplication.translate(
            "words", "Take the cleaned reading “{reading}” at place {place}"
        ),
        "type": QCoreApplication.translate("words", "Type “{reading}” at place {place}"),
        "keep": QCoreApplication.translate("words", "Keep “{reading}” at place {place}"),
        "take_earlier": QCoreApplication.translate("words", "Take {witness}'s reading"),
        "take_clean_earlier": QCoreApplication.translate("words", "Take the cleaned reading"),
        "type_earlier": QCoreApplication.translate("words", "Type a reading"),
        "keep_earlier": QCoreApplication.translate("words", "Keep the reading"),
        "all_clean": QCoreApplication.translate(
            "words", "Take the cleaned reading of all {category} places ({count})"
        ),
        "all_witness": QCoreApplication.translate(
            "words", "Take {witness}'s reading of all {category} places ({count})"
        ),
        "series": QCoreApplication.translate(
            "words", "Decide {count} more places reading the same, as place {place}"
        ),
        "library_series": QCoreApplication.translate(
            "words", "Decide {count} places reading {readings} the same way, in the whole library"
        ),
        "choices": QCoreApplication.translate("words", "Change the document choices: {choices}"),
        "take_proposal": QCoreApplication.translate(
            "words", "Take the proposal “{reading}” at place {place}"
        ),
        "accept_proposals": QCoreApplication.translate(
            "words", "Accept the proposals at least {percent}% sure ({count})"
        ),
        "edit": QCoreApplication.translate("words", "Edit text"),
        "earlier": QCoreApplication.translate("words", "Decisions made with an earlier desk"),
        "restore": QCoreApplication.translate("words", "Go back to step {number}"),
        "note_add": QCoreApplication.translate("words", "Add note on “{quote}”"),
        "note_edit": QCoreApplication.translate("words", "Edit note on “{quote}”"),
        "note_delete": QCoreApplication.translate("words", "Delete note on “{quote}”"),
        "said": "{text}",
    }
    return templates[label.key].format(**values)


def choice_text(field: str, value: str | bool, names: dict[str, str]) -> str:
    """One document choice in the interface's language."""
    if field == "order":
        return QCoreApplication.translate("words", "order and words of {witness}").format(
            witness=names.get(str(value), str(value))
        )
    if field == "paragraphs":
        return QCoreApplication.translate("words", "paragraphs from {witness}").format(
            witness=names.get(str(value), str(value))
        )
    if field == "spaces_removed":
        if value:
            return QCoreApplication.translate("words", "no spaces inside Chinese")
        return QCoreApplication.translate("words", "spaces kept as read")
    if field == "proposed_words":
        if value:
            return QCoreApplication.translate(
                "words", "the proposed reading where witnesses differ"
            )
        return QCoreApplication.translate("words", "the base's words where witnesses differ")
    if value:
        return QCoreApplication.translate("words", "full-width punctuation")
    return QCoreApplication.translate("words", "punctuation as read")


CONTEXT = 6  # characters shown on either side of a lost decision's passage


def lost_text(state: ReviewState) -> list[str]:
    """The decisions this alignment has no place for, one line each: what was decided,
    by whom, and the passage it was on in each witness still here ("…新动【出】台…")."""
    names = witness_names(state)
    texts = {w.id: w.text for w in state.alignment.witnesses}
    gone = QCoreApplication.translate("words", "a witness no longer here")
    lines = []
    for decision, spans in lost_spans(state):
        passages = []
        for witness, start, end in spans:
            if witness not in texts:
                continue
            text = texts[witness]
            before = text[max(0, start - CONTEXT) : start].replace("\n", " ")
            after = text[end : end + CONTEXT].replace("\n", " ")
            passages.append(f"{names[witness]} “…{before}【{text[start:end]}】{after}…”")
        what = (
            names.get(decision.witness, gone)
            if decision.kind == DecisionKind.WITNESS
            else decision.kind
        )
        lines.append(
            QCoreApplication.translate("words", "“{text}” ({what}, {author}) at {where}").format(
                text=quoted(decision.text),
                what=what,
                author=decision.author,
                where=QCoreApplication.translate("words", ", ").join(passages) or "—",
            )
        )
    return lines
