"""Screenshot a graph.html in headless Chromium, as docs/view.png is made:

    kg build seeds -o exports
    python tools/view/screenshot.py exports/graph.html docs/view.png --select "Kim Jong-un"

Waits for the layout's time budget to run out, then clicks the entity labelled --select so the
picture shows its facts panel. Needs Playwright and Chromium (the dev
extra and Debian's `chromium`; see tests/browser.py).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.browser import launch, open_view  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshot a graph.html (docs/view.png).")
    parser.add_argument("page", type=Path, help="the graph.html to open")
    parser.add_argument("png", type=Path, help="where to write the screenshot")
    parser.add_argument("--select", help="label of an entity whose panel to open")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page, log, _ = open_view(browser, args.page)
        page.set_viewport_size({"width": args.width, "height": args.height})
        page.wait_for_function("() => !window.kgView.layoutRunning()", timeout=60000)
        if args.select:  # a click on the node: the camera stays, the whole graph shows
            ids = page.evaluate("label => window.kgView.idsOf(label)", args.select)
            if not ids:
                raise SystemExit(f"{args.page}: no entity labelled {args.select!r}")
            position = page.evaluate("id => window.kgView.nodeScreenPosition(id)", ids[0])
            page.mouse.click(position["x"], position["y"])
            page.mouse.move(1, 1)
        page.wait_for_timeout(800)
        if log.errors or log.online:
            raise SystemExit(f"{args.page}: {log.errors or log.online}")
        page.screenshot(path=str(args.png))
        browser.close()
    print(args.png)


if __name__ == "__main__":
    main()
