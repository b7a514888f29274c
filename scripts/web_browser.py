"""Debian's Chromium, headless, driven by selenium through Debian's chromedriver.

Used by the browser tests (tests/test_web_browser.py), bench/web.py and
scripts/web_screenshot.py. ``scripts/system-packages`` installs both Debian packages.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

__all__ = ["chrome", "missing"]


def missing() -> list[str]:
    """The Debian packages that are not installed (chromium, chromium-driver)."""
    need = {"chromium": "chromium", "chromedriver": "chromium-driver"}
    return [pkg for cmd, pkg in need.items() if shutil.which(cmd) is None]


@contextmanager
def chrome(width: int = 1280, height: int = 1000) -> Iterator[webdriver.Chrome]:
    """A headless Chromium that never reaches beyond this machine on its own."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--hide-scrollbars"):
        options.add_argument(arg)
    service = Service(executable_path=shutil.which("chromedriver") or "chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()
