"""The web view end to end in a real browser: Debian's chromium, headless, through
chromedriver and selenium, against ``celebgraph.web`` serving the bundled examples.

Without chromium these tests skip, or fail when ``CI=true`` (scripts/system-packages, which
scripts/test runs, installs chromium and chromium-driver).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import web_browser  # scripts/, on sys.path through conftest
from needs import unavailable
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from celebgraph.graph import open_graph
from celebgraph.web import background

pytestmark = pytest.mark.browser
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def chromium_installed() -> None:
    missing = web_browser.missing()
    if not missing:
        return
    unavailable(f"not installed: {', '.join(missing)}: scripts/system-packages installs "
                "Debian's chromium and chromium-driver")


@pytest.fixture(scope="module")
def site(chromium_installed: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of the web view over an embedded store of the bundled examples."""
    path = str(tmp_path_factory.mktemp("web-browser") / "examples.lbdb")
    with open_graph(path) as graph:
        graph.ingest(sorted(str(p) for p in EXAMPLES.glob("*.txt")))
    with open_graph(path, read_only=True) as graph, background(graph) as url:
        yield url


@pytest.fixture(scope="module")
def browser(chromium_installed: None) -> Iterator[Chrome]:
    with web_browser.chrome() as driver:
        yield driver


def _heading(browser: Chrome, text: str) -> None:
    WebDriverWait(browser, 10).until(ec.text_to_be_present_in_element((By.TAG_NAME, "h1"), text))


def test_search_open_a_person_click_a_child_see_the_evidence(site: str, browser: Chrome,
                                                             tmp_path: Path) -> None:
    browser.get(site + "/")
    box = browser.find_element(By.ID, "q")
    box.send_keys("Kim")
    box.submit()
    _heading(browser, "People matching")
    browser.find_element(By.ID, "results").find_element(By.LINK_TEXT, "Kim Kardashian").click()
    _heading(browser, "Kim Kardashian")
    drawn = browser.execute_script("return window.celebgraphFamily.nodes().map(n => n.id())")
    assert {"kim-kardashian", "kanye-west", "north", "saint", "chicago", "psalm"} == set(drawn)
    browser.save_screenshot(str(tmp_path / "person-page.png"))
    browser.find_element(By.ID, "children").find_element(By.LINK_TEXT, "North").click()
    _heading(browser, "North")
    evidence = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "blockquote.evidence")]
    assert any("North, was born in 2013" in e for e in evidence), evidence
    parents = browser.find_element(By.ID, "parents").text
    assert "Kim Kardashian" in parents and "Kanye West" in parents


def test_clicking_a_person_in_the_drawing_opens_them(site: str, browser: Chrome) -> None:
    browser.get(site + "/person/kim-kardashian")
    _heading(browser, "Kim Kardashian")
    browser.execute_script("window.celebgraphFamily.getElementById('saint').emit('tap')")
    _heading(browser, "Saint")
    assert browser.current_url.endswith("/person/saint")


def test_a_page_loads_nothing_from_another_host(site: str, browser: Chrome) -> None:
    browser.get(site + "/person/kim-kardashian")
    _heading(browser, "Kim Kardashian")
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert any(url.endswith("/static/cytoscape.min.js") for url in loaded)
    assert {urlsplit(url).netloc for url in loaded} == {urlsplit(site).netloc}


def test_an_unknown_person_is_a_page_with_a_hint(site: str, browser: Chrome) -> None:
    browser.get(site + "/person/kanye")
    _heading(browser, "Not found")
    assert "no person with id 'kanye'" in browser.find_element(By.ID, "error").text
    browser.find_element(By.LINK_TEXT, "Kanye West").click()
    _heading(browser, "Kanye West")
