"""A real headless Chromium for the graph view, driven by Playwright.

Playwright's own browser download is not used: the system's Chromium (Debian's `chromium`
package, or KG_CHROMIUM) is launched through `executable_path`. WebGL runs on SwiftShader,
Chromium's software renderer, so no GPU is needed.
"""
from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

#: Chromium flags for WebGL without a GPU
CHROMIUM_ARGS = ("--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--use-gl=angle")
#: URL schemes a page of the view may load from: itself, the layout worker's blob, data
OFFLINE_SCHEMES = frozenset({"file", "blob", "data"})
VIEWPORT = {"width": 1400, "height": 900}


class BrowserUnavailable(RuntimeError):
    """No Chromium or no Playwright on this machine."""


def chromium_path() -> str:
    """The Chromium binary: $KG_CHROMIUM, else the first of the usual names on PATH."""
    configured = os.environ.get("KG_CHROMIUM")
    if configured:
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise BrowserUnavailable("no Chromium found (apt-get install chromium, or set KG_CHROMIUM)")


def launch(playwright):
    """A headless Chromium with software WebGL."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_ARGS))


@dataclass
class PageLog:
    """What a page did besides drawing: console errors, uncaught errors and every request."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("request", lambda r: self.requests.append(r.url))

    @property
    def online(self) -> list[str]:
        """Requests that left the machine (anything but file:, blob: and data:)."""
        return [url for url in self.requests if urlparse(url).scheme not in OFFLINE_SCHEMES]


def open_view(browser, path: Path, timeout: float = 120) -> tuple[object, PageLog, float]:
    """Open a graph.html in a new page and wait for its first frame; returns the page, its
    log and the wall time in seconds from navigation to the first frame."""
    page = browser.new_page(viewport=VIEWPORT)
    log = PageLog()
    log.attach(page)
    started = time.perf_counter()
    page.goto(Path(path).resolve().as_uri())
    page.wait_for_function("() => window.kgView && (window.kgView.ready || window.kgView.error)",
                           timeout=timeout * 1000)
    return page, log, time.perf_counter() - started
