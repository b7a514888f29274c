"""The Starlette app: HTML pages and, beside each, its JSON at ``/api/...``.

Every page renders one dict from ``celebgraph.web.data``; templates autoescape everything.
The app only reads: it is given a ``Graph`` (an embedded store opened read-only, or Neo4j,
whose reads run in read transactions) and calls one graph at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from celebgraph import __version__
from celebgraph.errors import CelebgraphError, UnknownNameError
from celebgraph.graph.api import Graph
from celebgraph.web import data
from celebgraph.web.data import UnknownArticleError

__all__ = ["create_app"]

HERE = Path(__file__).resolve().parent
Page = Callable[[Graph, Request], tuple[str, dict[str, Any]]]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["confidence"] = lambda c: "" if c is None else f"{c:.2f}"
    env.filters["event"] = lambda e: str(e).replace("_", " ")
    return env


def _search(graph: Graph, request: Request) -> tuple[str, dict[str, Any]]:
    return "search.html", data.search(graph, request.query_params.get("q", ""))


def _person(graph: Graph, request: Request) -> tuple[str, dict[str, Any]]:
    return "person.html", data.person_page(graph, request.path_params["pid"])


def _article(graph: Graph, request: Request) -> tuple[str, dict[str, Any]]:
    return "article.html", data.article_page(graph, request.path_params["aid"])


def _home(graph: Graph, request: Request) -> tuple[str, dict[str, Any]]:
    return "home.html", graph.stats()


def create_app(graph: Graph) -> Starlette:
    """The web view of ``graph``: ``/`` (counts and a search box), ``/search?q=``,
    ``/person/{id}``, ``/article/{id}``, each also as JSON under ``/api``."""
    env = _environment()
    lock = threading.Lock()  # one store connection: one query at a time

    def _not_found(request: Request, message: str, api: bool) -> Response:
        if api:
            return JSONResponse({"error": message}, status_code=404)
        hint = data.search(graph, request.path_params.get("pid", "").replace("-", " "))
        html = env.get_template("error.html").render(message=message, suggestions=hint,
                                                     version=__version__)
        return HTMLResponse(html, status_code=404)

    def endpoint(page: Page, api: bool) -> Callable[[Request], Response]:
        def run(request: Request) -> Response:
            try:
                with lock:
                    template, context = page(graph, request)
            except (UnknownNameError, UnknownArticleError) as exc:
                with lock:
                    return _not_found(request, str(exc), api)
            if api:
                return JSONResponse(context)
            html = env.get_template(template).render(version=__version__, **context)
            return HTMLResponse(html)

        return run

    def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        html = env.get_template("error.html").render(
            message=f"{exc.status_code}: {exc.detail}", suggestions=None, version=__version__)
        return HTMLResponse(html, status_code=exc.status_code)

    def store_error(request: Request, exc: Exception) -> Response:
        """The store failed (Neo4j gone, ...): one line, as the CLI says it."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=503)
        html = env.get_template("error.html").render(
            message=str(exc), suggestions=None, version=__version__, heading="Unavailable")
        return HTMLResponse(html, status_code=503)

    pages: list[tuple[str, Page]] = [("/", _home), ("/search", _search),
                                     ("/person/{pid:path}", _person),
                                     ("/article/{aid:path}", _article)]
    routes: list[Route | Mount] = []
    for path, page in pages:
        routes.append(Route(path, endpoint(page, api=False)))
        routes.append(Route("/api" + (path if path != "/" else "/stats"), endpoint(page, True)))
    routes.append(Mount("/static", StaticFiles(directory=HERE / "static"), name="static"))
    return Starlette(routes=routes, exception_handlers={HTTPException: http_error,
                                                        CelebgraphError: store_error})
