"""The model's matrix products through numpy's BLAS, on one thread: the same model, faster.

spaCy's models multiply matrices through BLIS (thinc's ``NumpyOps``). On this project's 2-core
AMD EPYC (AVX2) the BLIS wheel spaCy installs is about 3x slower than the OpenBLAS numpy ships,
on the shapes of ``en_core_web_sm``'s layers: a product of (4,000 words, 288) by (288, 288), a
tok2vec's window layer, took 22.5 against 7.6 ms of CPU; (4,000, 96) by (96, 1,024), the
parser's features, 28.8 against 10.2 ms. ``use_numpy_products`` points every layer of a
pipeline's models at a thinc ``NumpyOps(use_blis=False)``, whose ``gemm`` is numpy's. Its sums
add in another order, so the last bits of a vector may differ from BLIS's; the facts of every
shared and test article are the same (``bench/facts_snapshot.py``). The parser's and the NER's
own step loops (Cython) keep BLIS: they call its functions directly, on a few rows at a time.

OpenBLAS splits a large product over every core, where BLIS keeps to one; extraction runs in
parallel by processes (``--workers``, a Dask cluster), and threads on top of them only burn CPU
waiting for each other. ``one_blas_thread()`` holds numpy's BLAS to one thread while a pipeline
runs and gives the process its own setting back after.

The maxout layers (each tok2vec's window encoder, four layers of three pieces) keep the largest
piece of each unit by ``numpy.maximum`` when predicting: thinc's loop also notes which piece
won, for a backward pass that prediction never makes, and took twice as long. The values are
the same to the bit (both keep the first of equal pieces); training still runs thinc's own.
So do their layer norms: the mean is worked out once (``X.var`` works it out again) and the
distance to it, squared for the variance, is the one scaled; the same numpy operations in the
same order, so the same values.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import numpy
from spacy.language import Language
from thinc.api import Model, NumpyOps
from thinc.layers.layernorm import forward as layernorm_forward
from thinc.layers.maxout import forward as maxout_forward
from threadpoolctl import ThreadpoolController

__all__ = ["one_blas_thread", "use_numpy_products"]


def use_numpy_products(nlp: Language) -> None:
    """Every model of ``nlp``'s pipes (and of the pipes they wrap) multiplies through numpy."""
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        for model in _models(pipe):
            for node in model.walk():
                node.ops = ops
                if node._func is maxout_forward:
                    node._func = _maxout_predicting
                elif node._func is layernorm_forward:
                    node._func = _layernorm_predicting


def _maxout_predicting(model: Model[Any, Any], X: Any, is_train: bool) -> tuple[Any, Any]:
    """thinc's maxout forward (``thinc.layers.maxout``), its largest pieces by numpy when not
    training: the same product and bias, in the same order."""
    if is_train:
        return maxout_forward(model, X, is_train)
    nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)
    Z: numpy.ndarray = numpy.asarray(Y).reshape(len(Y), nO, nP)
    best = numpy.maximum(Z[:, :, 0], Z[:, :, 1]) if nP > 1 else Z[:, :, 0].copy()
    for piece in range(2, nP):
        numpy.maximum(best, Z[:, :, piece], out=best)  # ties keep the earlier piece, as thinc

    def backprop(d_best: Any) -> Any:
        raise ValueError("a maxout layer run with is_train=False has no backward pass")

    return best, backprop


def _layernorm_predicting(model: Model[Any, Any], X: Any, is_train: bool) -> tuple[Any, Any]:
    """thinc's layer norm forward (``thinc.layers.layernorm``) when not training, each array
    worked out once: ``X.var`` subtracts the mean it works out again, then thinc subtracts it
    once more to scale the distance."""
    if is_train:
        return layernorm_forward(model, X, is_train)
    mu = X.mean(axis=1, keepdims=True)
    dist = X - mu
    var = numpy.square(dist).sum(axis=1, keepdims=True)  # numpy's _var: the same reductions
    numpy.true_divide(var, numpy.intp(X.shape[1]), out=var, casting="unsafe")
    var += 1e-08
    dist *= var ** (-1.0 / 2.0)
    Y = dist * model.get_param("G")
    Y += model.get_param("b")

    def backprop(dY: Any) -> Any:
        raise ValueError("a layer norm run with is_train=False has no backward pass")

    return Y, backprop


def _models(pipe: Any) -> list[Any]:
    """The thinc model of a pipe, or of the model pipe it wraps (``SelectiveParser.parser``,
    ``SelectiveRecognizer.ner``)."""
    owners = [pipe, getattr(pipe, "parser", None), getattr(pipe, "ner", None)]
    return [model for owner in owners if hasattr(model := getattr(owner, "model", None), "walk")]


@lru_cache(maxsize=1)
def _controller() -> ThreadpoolController:
    return ThreadpoolController()  # finds numpy's OpenBLAS once (about a millisecond)


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's BLAS on one thread inside the block (50 µs to enter: use it per batch)."""
    with _controller().limit(limits=1, user_api="blas"):
        yield
