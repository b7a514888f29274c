"""The read-only web view of a graph (``celebgraph serve``): search, person and article pages,
each with its JSON under ``/api``, and a family drawing by the vendored cytoscape.js."""

from __future__ import annotations

from celebgraph.web.app import create_app
from celebgraph.web.data import UnknownArticleError, article_page, person_page, search
from celebgraph.web.server import LOOPBACK, background, serve

__all__ = ["CYTOSCAPE_VERSION", "LOOPBACK", "UnknownArticleError", "article_page",
           "background", "create_app", "person_page", "search", "serve"]

CYTOSCAPE_VERSION = "3.35.0"  # static/cytoscape.min.js; see static/VENDORED.md
