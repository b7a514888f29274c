"""The pipeline's models multiply through numpy's BLAS, held to one thread while they run."""

from __future__ import annotations

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
