"""The pipeline's models multiply through numpy's BLAS, held to one thread while they run."""

from __future__ import annotations

from typing import Any

from threadpoolctl import threadpool_info

from celebgraph.extract.pipeline import load_pipeline
from celebgraph.extract.products import _models, one_blas_thread


def _blas_threads() -> list[int]:
    return [int(lib["num_threads"]) for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_every_model_of_the_pipeline_multiplies_through_numpy() -> None:
    nlp = load_pipeline()
    models = [model for _, pipe in nlp.pipeline for model in _models(pipe)]
    assert len(models) >= 5  # tok2vec, tagger, senter, the wrapped parser and NER
    assert all(not node.ops.use_blis for model in models for node in model.walk())


def test_one_blas_thread_inside_the_block_and_the_setting_back_after() -> None:
    before = _blas_threads()
    with one_blas_thread():
        assert _blas_threads() and set(_blas_threads()) == {1}
    assert _blas_threads() == before


def test_maxout_layers_predict_the_values_of_thincs_own_forward() -> None:
    import numpy
    from thinc.api import Maxout
    from thinc.layers.maxout import forward

    from celebgraph.extract.products import _maxout_predicting

    nlp = load_pipeline()
    nodes = [node for _, pipe in nlp.pipeline for model in _models(pipe) for node in model.walk()]
    assert any(node._func is _maxout_predicting for node in nodes)
    assert not any(node._func is forward for node in nodes)
    for pieces in (1, 2, 3):
        layer = Maxout(nO=4, nI=5, nP=pieces)
        layer.initialize()
        X: Any = numpy.random.default_rng(pieces).normal(size=(7, 5)).astype("float32")
        X[3] = 0.0  # every piece equal: the first is kept
        ours, _ = _maxout_predicting(layer, X, is_train=False)
        theirs: Any = forward(layer, X, is_train=False)[0]
        assert ours.dtype == theirs.dtype and numpy.array_equal(ours, theirs)


def test_layer_norms_predict_the_values_of_thincs_own_forward() -> None:
    import numpy
    from thinc.api import LayerNorm
    from thinc.layers.layernorm import forward

    from celebgraph.extract.products import _layernorm_predicting

    nlp = load_pipeline()
    nodes = [node for _, pipe in nlp.pipeline for model in _models(pipe) for node in model.walk()]
    assert any(node._func is _layernorm_predicting for node in nodes)
    assert not any(node._func is forward for node in nodes)
    rng = numpy.random.default_rng(7)
    for rows, width, scale in ((9, 96, 1.0), (300, 64, 1e-3), (5, 96, 1e3)):
        layer = LayerNorm(nI=width)
        layer.initialize()
        scales: Any = rng.normal(size=(2, width)).astype("float32")
        layer.set_param("G", scales[0])
        layer.set_param("b", scales[1])
        X: Any = (rng.normal(size=(rows, width)) * scale).astype("float32")
        ours, _ = _layernorm_predicting(layer, X, is_train=False)
        theirs: Any = forward(layer, X, is_train=False)[0]
        assert ours.dtype == theirs.dtype and numpy.array_equal(ours, theirs)
