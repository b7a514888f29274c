"""The model's NER decoded without its per-word move checks: the same entities, a third of the time.

spaCy's NER is a greedy transition system over BILUO moves (74 in ``en_core_web_sm``). At each
word it scores every move and checks each one's validity in C, which took 45% of the NER's time.
Outside an entity its features are the word alone (the entity's first word and the word before
are padding), so the scores of every word in that state come from one matrix product, and the
best valid move (O, B-label or U-label) is picked for all words at once; only inside an entity,
a few words at a time, is a word scored on its own with the entity's first word and the word
before, where the valid moves are I and L of the open label. The arithmetic is spaCy's, in the
same order on the same float32 values (``predict_states`` in ``spacy/ml/parser_model.pyx``), so
the entities are the ones ``ner.pipe`` sets; a document with entities set before is left to
``ner.pipe``, whose moves then also respect those.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span
from thinc.api import NumpyOps

__all__ = ["GreedyDecoder"]

_NEG = numpy.float32(-numpy.inf)


def _maxout(unmaxed: numpy.ndarray) -> numpy.ndarray:
    """The largest piece of each hidden unit: (words, hidden, pieces) → (words, hidden)."""
    if unmaxed.shape[2] == 2:
        return numpy.asarray(numpy.maximum(unmaxed[:, :, 0], unmaxed[:, :, 1]))  # max(axis=2): slow
    return numpy.asarray(unmaxed.max(axis=2))


@dataclass(frozen=True)
class _Moves:
    """The move numbers of the NER by kind: B, I, L and U of each label, and O."""

    labels: list[str]
    begin: numpy.ndarray  # move number of B-label, per label
    inside: numpy.ndarray
    last: numpy.ndarray
    unit: numpy.ndarray
    out: int

    @classmethod
    def of(cls, moves: Any) -> _Moves:
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        labels = [n[2:] for n in names if n.startswith("B-") and n[2:]]
        number = {n: i for i, n in enumerate(names)}
        def kind(k: str) -> numpy.ndarray:
            return numpy.array([number[f"{k}-{label}"] for label in labels])

        return cls(labels, kind("B"), kind("I"), kind("L"), kind("U"), out=number["O"])


class GreedyDecoder:
    """``ner.pipe``'s entities for documents with none set, decoded as described above."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        model = ner.model
        self.tok2vec = model.get_ref("tok2vec")
        self.lower = model.get_ref("lower")
        self.upper = model.get_ref("upper")
        self.moves = _Moves.of(ner.moves)
        # spaCy's step loop scores moves through BLIS whatever the model's ops (``products``)
        self.blis = NumpyOps(use_blis=True)
        # spaCy sets an unseen move's score to the batch's lowest: never the best move then
        self.usable = not model.attrs.get("unseen_classes") and model.attrs.get("has_upper")
        self.usable = bool(self.usable) and ner.cfg.get("beam_width", 1) == 1 and (
            self.lower.get_dim("nF") == 3
        )

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            preset = [d for d in batch if not self.usable or d.has_annotation("ENT_IOB")]
            list(self.ner.pipe(preset, batch_size=batch_size))
            fresh = [d for d in batch if len(d) and not (
                not self.usable or d.has_annotation("ENT_IOB"))]
            if fresh:
                self._decode(fresh)
            yield from batch

    def _decode(self, docs: list[Doc]) -> None:
        tokvecs = self.tok2vec.predict(docs)
        cached = self.lower.predict(tokvecs)  # (words + 1, features, hidden, pieces); 0: padding
        bias = self.lower.get_param("b")
        weights, up_bias = self.upper.get_param("W"), self.upper.get_param("b")
        # outside an entity: the word, then the padding of the two other features, then bias
        unmaxed = cached[1:, 0] + cached[0, 1]
        unmaxed += cached[0, 2]
        unmaxed += bias
        scores = self.blis.gemm(_maxout(unmaxed), weights, trans2=True)
        scores += up_bias
        offset = 0
        for doc in docs:
            self._set_entities(doc, scores[offset : offset + len(doc)], cached, offset)
            offset += len(doc)

    def _outside_moves(self, doc: Doc, scores: numpy.ndarray) -> numpy.ndarray:
        """Each word's best valid move when no entity is open: O, B-label or U-label."""
        rows = doc.to_array([SENT_START, IS_SPACE, ENT_IOB])
        n, m = len(doc), self.moves
        starts_next = numpy.zeros(n, dtype=bool)
        starts_next[:-1] = rows[1:, 0] == 1
        space = rows[:, 1] != 0
        can_begin = ~space & ~starts_next
        can_begin[-1] = False  # the last word cannot begin an entity of two words
        masked = numpy.full_like(scores, _NEG)
        masked[:, m.out] = scores[:, m.out]
        begin, unit = numpy.ix_(can_begin.nonzero()[0], m.begin), numpy.ix_(
            (~space).nonzero()[0], m.unit)
        masked[begin] = scores[begin]
        masked[unit] = scores[unit]
        return numpy.asarray(masked.argmax(axis=1))

    def _set_entities(self, doc: Doc, scores: numpy.ndarray, cached: numpy.ndarray,
                      offset: int) -> None:
        m, n = self.moves, len(doc)
        best = self._outside_moves(doc, scores).tolist()
        kind = {int(x): ("B", k) for k, x in enumerate(m.begin)}
        kind.update({int(x): ("U", k) for k, x in enumerate(m.unit)})
        sent_start = doc.to_array(SENT_START)
        entities, i = [], 0
        while i < n:
            move = kind.get(best[i])
            if move is None:
                i += 1
            elif move[0] == "U":
                entities.append((i, i + 1, move[1]))
                i += 1
            else:
                end = self._entity_end(i, move[1], n, sent_start, cached, offset)
                entities.append((i, end, move[1]))
                i = end
        labels = m.labels
        doc.set_ents([Span(doc, s, e, labels[k]) for s, e, k in entities], default="outside")

    def _entity_end(self, start: int, label: int, n: int, sent_start: numpy.ndarray,
                    cached: numpy.ndarray, offset: int) -> int:
        """Where the entity begun at ``start`` ends: each next word scored with the entity's
        first word and the word before it; I continues (where valid), L closes."""
        m = self.moves
        bias = self.lower.get_param("b")
        weights, up_bias = self.upper.get_param("W"), self.upper.get_param("b")
        inside, last = int(m.inside[label]), int(m.last[label])
        i = start + 1
        while True:
            unmaxed = cached[1 + offset + i, 0] + cached[1 + offset + start, 1]
            unmaxed += cached[offset + i, 2]  # the word before: 1 + offset + i - 1
            unmaxed += bias
            scores = self.blis.gemm(_maxout(unmaxed[None]), weights, trans2=True)[0]
            scores += up_bias
            can_continue = i + 1 < n and sent_start[i + 1] != 1
            if not can_continue or scores[last] > scores[inside]:
                return i + 1
            i += 1
