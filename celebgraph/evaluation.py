"""Score predicted facts against gold files, as FACTS.md "How a prediction is scored" says.

``score`` is pure (gold + facts in, ``Report`` out); ``evaluate`` reads the documents, runs
the extractor and scores its facts. Conventions the spec leaves open:

- Predictions are deduplicated by (relation, people) after name matching. A name that matches
  no gold entity stands for itself, folded: "Jon Doe" and "jon doe" are one person, "Jon Doe"
  and "John Doe" are two (two false positives).
- Duplicates of one fact that carry different years for a date field contradict each other:
  the fact then counts as wrongly dated. A duplicate with no date adds nothing.
- When gold holds one fact twice (a couple who married twice), one predicted fact matches one
  of them, preferring one whose dates it gets right.
- A ratio with an empty denominator is 0.0; with nothing to find and nothing predicted,
  precision, recall and F1 are all 1.0.
- Gold is matched to documents by id: the file name, or for files read together that share
  a name, the end of the path that tells them apart (``a/x.txt``; see ``document_ids``).
- Only documents that were read are scored; gold for documents not read is listed in
  ``Report.unread``, predictions for documents without gold in ``Report.ungraded``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from celebgraph.calibration import Bucket, reliability
from celebgraph.errors import InputError
from celebgraph.gold import GoldDocument, GoldEntity, GoldFact, NameIndex, fold_name, load_gold
from celebgraph.models import (
    RELATIONS,
    STATED,
    SYMMETRIC_RELATIONS,
    TWO_PERSON_RELATIONS,
    Document,
    Extraction,
    Fact,
)
from celebgraph.resolution_eval import ResolutionScore

__all__ = [
    "Counts",
    "GoldDocument",
    "GoldEntity",
    "GoldFact",
    "NameIndex",
    "Report",
    "Score",
    "ScoringError",
    "evaluate",
    "fold_name",
    "load_gold",
    "matched",
    "score",
]

Key = tuple[str, ...]


# --- counting ---------------------------------------------------------------------------

@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def _ratio(self, part: int, whole: int) -> float:
        if not (self.tp or self.fp or self.fn):
            return 1.0
        return part / whole if whole else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return self._ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class Score:
    """Fact counts (dates ignored) and dated counts for one slice of the data."""

    fact: Counts = field(default_factory=Counts)
    dated: Counts = field(default_factory=Counts)

    def add(self, other: Score) -> None:
        self.fact.add(other.fact)
        self.dated.add(other.dated)

    def to_dict(self) -> dict[str, Any]:
        return {"fact": self.fact.to_dict(), "dated": self.dated.to_dict()}


@dataclass(frozen=True, slots=True)
class ScoringError:
    """One mistake: a ``false_positive``, a ``false_negative`` or a ``wrong_date``."""

    doc: str
    kind: str
    relation: str
    subject: str
    object: str | None
    detail: str = ""
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "kind": self.kind, "relation": self.relation,
                "subject": self.subject, "object": self.object, "detail": self.detail,
                "evidence": self.evidence}


@dataclass(slots=True)
class Report:
    """Scores overall (micro-averaged), per relation and per document, and the mistakes."""

    overall: Score = field(default_factory=Score)
    relations: dict[str, Score] = field(default_factory=dict)
    documents: dict[str, Score] = field(default_factory=dict)
    errors: list[ScoringError] = field(default_factory=list)
    ungraded: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    input_errors: list[str] = field(default_factory=list)
    # Each scored prediction (duplicates counted once): its confidence and whether it is right.
    judged: list[tuple[float, bool]] = field(default_factory=list)
    # Set by ``evaluate``: the threshold applied, and the scores and reliability of every fact.
    min_confidence: float | None = None
    unfiltered: Score | None = None
    reliability: list[Bucket] = field(default_factory=list)
    # Set by ``evaluate`` given several documents: cross-document people, scored as
    # ``celebgraph.resolution_eval`` (the reference ``tools/resolution.py``) defines.
    resolution: ResolutionScore | None = None

    def errors_by_document(self) -> dict[str, list[ScoringError]]:
        """The false positives, false negatives and wrong dates of each document."""
        out: dict[str, list[ScoringError]] = defaultdict(list)
        for error in self.errors:
            out[error.doc].append(error)
        return dict(out)

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        """A JSON-ready dict; ``errors=True`` adds the list of mistakes."""
        out: dict[str, Any] = {
            **self.overall.to_dict(),
            "relations": {r: s.to_dict() for r, s in self.relations.items()},
            "documents": {d: s.to_dict() for d, s in self.documents.items()},
            "ungraded": self.ungraded, "unread": self.unread, "input_errors": self.input_errors,
        }
        if self.min_confidence is not None and self.unfiltered is not None:
            out["min_confidence"] = self.min_confidence
            out["unfiltered"] = self.unfiltered.to_dict()
            out["reliability"] = [b.to_dict() for b in self.reliability]
        if self.resolution is not None:
            out["resolution"] = self.resolution.to_dict()
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


# --- scoring ----------------------------------------------------------------------------

def _key(relation: str, subject: str, obj: str | None) -> Key:
    if relation not in TWO_PERSON_RELATIONS:
        return (relation, subject)
    people = (subject, obj or "")
    return (relation, *sorted(people)) if relation in SYMMETRIC_RELATIONS else (relation, *people)


def _ref(index: NameIndex, name: str | None) -> str:
    entity = index.match(name)
    return f"entity:{entity}" if entity is not None else f"name:{fold_name(name or '')}"


def _date_problems(gold: GoldFact, group: Sequence[Fact]) -> list[str]:
    """Why the predictions' years disagree with the gold fact's date fields (empty: they agree)."""
    problems = []
    for name, value in gold.dates().items():
        years = sorted({v[:4] for f in group if (v := getattr(f, name))})
        if years != [value[:4]]:
            said = " and ".join(years) + (" (conflicting)" if len(years) > 1 else "")
            problems.append(f"{name}: predicted {said or 'none'}, gold {value}")
    return problems


def _fact_key(index: NameIndex, fact: Fact) -> Key:
    return _key(str(fact.relation), _ref(index, fact.subject), _ref(index, fact.object))


def _gold_key(g: GoldFact) -> Key:
    return _key(g.relation, f"entity:{g.subject}", g.object and f"entity:{g.object}")


def matched(gold: GoldDocument, facts: Sequence[Fact]) -> list[bool]:
    """For each fact, whether its relation and people match a gold fact of the document
    (dates ignored): what the scorer counts as a true positive."""
    index = NameIndex(gold.entities)
    keys = {_gold_key(g) for g in gold.facts}
    return [_fact_key(index, fact) in keys for fact in facts]


def _score_document(
    gold: GoldDocument, facts: Sequence[Fact], judged: list[tuple[float, bool]]
) -> tuple[dict[str, Score], list[ScoringError]]:
    """Per-relation scores of one document's predictions, and its mistakes; each scored
    prediction's (confidence, right) is appended to ``judged``."""
    index = NameIndex(gold.entities)
    names = {e.id: e.name for e in gold.entities}
    groups: dict[Key, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[_fact_key(index, fact)].append(fact)
    unmatched: dict[Key, list[GoldFact]] = defaultdict(list)
    for g in gold.facts:
        unmatched[_gold_key(g)].append(g)
    scores: dict[str, Score] = defaultdict(Score)
    errors: list[ScoringError] = []
    for key, group in groups.items():
        first, score = group[0], scores[key[0]]
        candidates = unmatched.get(key)
        confidence = max(f.confidence if f.confidence is not None else 1.0 for f in group)
        judged.append((confidence, bool(candidates)))
        if not candidates:
            score.fact.fp += 1
            score.dated.fp += 1
            errors.append(ScoringError(gold.doc, "false_positive", key[0], first.subject,
                                       first.object, _unknown_names(index, first), first.evidence))
            continue
        best = min(candidates, key=lambda g: len(_date_problems(g, group)))
        candidates.remove(best)
        score.fact.tp += 1
        if problems := _date_problems(best, group):
            score.dated.fp += 1
            score.dated.fn += 1
            errors.append(ScoringError(gold.doc, "wrong_date", key[0], first.subject,
                                       first.object, "; ".join(problems), first.evidence))
        else:
            score.dated.tp += 1
    for missed in (g for left in unmatched.values() for g in left):
        score = scores[missed.relation]
        score.fact.fn += 1
        score.dated.fn += 1
        detail = ", ".join(f"{k} {v}" for k, v in missed.dates().items())
        errors.append(ScoringError(gold.doc, "false_negative", missed.relation,
                                   names[missed.subject], missed.object and names[missed.object],
                                   detail))
    return scores, errors


def _unknown_names(index: NameIndex, fact: Fact) -> str:
    people = [fact.subject] + ([fact.object] if fact.relation in TWO_PERSON_RELATIONS else [])
    unknown = [repr(n) for n in people if n is None or index.match(n) is None]
    return ("no gold entity for " + ", ".join(unknown)) if unknown else "no such gold fact"


def score(
    gold: Mapping[str, GoldDocument], facts: Iterable[Fact], docs: Iterable[str] | None = None
) -> Report:
    """Score ``facts`` against ``gold`` (by ``Fact.doc``).

    ``docs`` are the ids of the documents that were read (default: every gold document);
    gold documents not among them are not scored.
    """
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_doc[fact.doc].append(fact)
    read = list(dict.fromkeys(gold if docs is None else docs))
    report = Report(
        ungraded=sorted({*read, *by_doc} - set(gold)),
        unread=sorted(set(gold) - set(read) - set(by_doc)),
    )
    relations: dict[str, Score] = defaultdict(Score)
    for doc_id in [d for d in dict.fromkeys([*read, *by_doc]) if d in gold]:
        scores, errors = _score_document(gold[doc_id], by_doc.get(doc_id, []), report.judged)
        doc_score = Score()
        for relation, rel_score in scores.items():
            relations[relation].add(rel_score)
            doc_score.add(rel_score)
        report.documents[doc_id] = doc_score
        report.overall.add(doc_score)
        report.errors.extend(errors)
    order: dict[str, int] = {r: i for i, r in enumerate(RELATIONS)}
    report.relations = dict(sorted(relations.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))
    return report


def evaluate(
    gold_dir: str | Path,
    paths: Sequence[str | Path],
    published: str | None = None,
    *,
    workers: int = 1,
    min_confidence: float = 0.0,
    modalities: Collection[str] | None = STATED,
    cluster: str | None = None,
    columns: Mapping[str, str] | None = None,
) -> Report:
    """Read ``paths``, extract their facts and score them against ``GOLD_DIR/*.json``
    (``columns`` maps a dataset's field names, as for ``ingest``).

    The scores are those of the facts with confidence ≥ ``min_confidence`` (default: every
    fact; the CLI applies ``default_min_confidence()``) and of one of ``modalities`` (default:
    asserted and reported, what gold annotates; None: every fact); ``Report.unfiltered`` and
    ``Report.reliability`` describe every such fact whatever its confidence.
    """
    from celebgraph.extract import extract_documents
    from celebgraph.extract.reading.sources import iter_documents

    gold = load_gold(gold_dir)
    items = iter_documents(paths, published, columns=columns)
    read: list[str] = []
    problems: list[str] = []

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                problems.append(str(item))
            else:
                read.append(item.id)
                yield item

    extractions = list(extract_documents(documents(), workers=workers, min_confidence=0.0,
                                         modalities=modalities, cluster=cluster))
    facts = [f for ex in extractions for f in ex.facts]
    if not read:
        raise InputError("no document could be read: " + "; ".join(problems))
    threshold = min_confidence
    everything = score(gold, facts, read)
    report = score(gold, [f for f in facts if (f.confidence or 0.0) >= threshold], read)
    report.input_errors = problems
    report.min_confidence = threshold
    report.unfiltered = everything.overall
    report.reliability = reliability(everything.judged)
    if len(read) > 1:
        report.resolution = resolution_of(gold_dir, extractions, threshold)
    return report


def resolution_of(gold_dir: str | Path, extractions: Sequence[Extraction],
                  min_confidence: float = 0.0) -> ResolutionScore:
    """Ingest the articles into one fresh embedded store (facts of confidence ≥
    ``min_confidence``), export its people and score their resolution against the gold
    entities' ``global`` keys."""
    import json
    import tempfile
    from dataclasses import replace

    from celebgraph.graph import open_graph
    from celebgraph.resolution_eval import load_global_gold, score_resolution

    kept = [replace(e, facts=[f for f in e.facts if (f.confidence or 0.0) >= min_confidence])
            for e in extractions]
    with (tempfile.TemporaryDirectory(prefix="celebgraph-eval-") as tmp,
          open_graph(Path(tmp) / "graph.lbdb") as graph):
        graph.ingest_extractions(kept)
        nodes = json.loads(graph.export("json"))["nodes"]
    return score_resolution(nodes, load_global_gold([gold_dir]))
