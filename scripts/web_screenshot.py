"""Take docs/person-page.png: Kim Kardashian's page over the bundled examples, in headless
Debian chromium (the README shows it).

    .venv/bin/python scripts/web_screenshot.py [OUTPUT]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "scripts")]

import web_browser  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from celebgraph.graph import open_graph  # noqa: E402
from celebgraph.web import background  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "person-page.png"
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "examples.lbdb")
        with open_graph(store) as graph:
            graph.ingest(sorted(str(p) for p in (REPO / "examples").glob("*.txt")))
        with (open_graph(store, read_only=True) as graph, background(graph) as url,
              web_browser.chrome(1280, 1400) as driver):
            driver.get(url + "/person/kim-kardashian")
            WebDriverWait(driver, 10).until(
                ec.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Kim Kardashian"))
            driver.save_screenshot(str(out))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
