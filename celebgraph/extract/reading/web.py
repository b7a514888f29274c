"""Pages from the web: ``ingest https://...`` fetches the page, with a timeout and a size limit.

Only ``http`` and ``https``. A failure is one ``InputError`` line naming the address and what
went wrong (offline, refused, not found, too large), never a traceback.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from celebgraph import __version__
from celebgraph.errors import InputError
from celebgraph.extract.reading.limits import size_text

__all__ = ["TIMEOUT", "Fetched", "fetch", "is_url"]

TIMEOUT = 20.0  # seconds for the connection and for each read
_AGENT = f"celebgraph/{__version__} (+https://pypi.org/project/celebgraph/)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: its bytes, where it ended up after redirects, and its content type."""

    body: bytes
    url: str
    content_type: str


def is_url(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT) -> Fetched:
    """The page at ``url`` (at most ``max_bytes``); ``InputError`` on any failure."""
    request = urllib.request.Request(url, headers={"User-Agent": _AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            kind = response.headers.get_content_type()
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason.strerror if isinstance(exc.reason, OSError) else exc.reason
        raise InputError(f"{url}: cannot fetch: {str(reason).lower()} "
                         "(check the address and your connection)") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch: {exc}") from None
    if len(body) > max_bytes:
        raise InputError(f"{url}: larger than the {size_text(max_bytes)} limit")
    return Fetched(body, final, kind)
