"""A generated clinic blog: N interlinked pages whose defects a test can add and remove.

Tests and bench/incremental.py build it in a temporary folder and serve it on 127.0.0.1 on a
port that stays the same across the audits they compare (URLs, hence fingerprints, depend on
the port).
"""

from __future__ import annotations

import functools
import http.server
import time
from pathlib import Path

from tests.conftest import LocalServer

DEFECTS = {
    # WCAG (axe): an image without alt text; an input without a label
    "img-alt": '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">',
    "label": '<form action="#"><input type="text" name="q"></form>',
    # content rules: an unqualified cure claim; a guaranteed result (naming a treatment
    # twice makes it a treatment page, where the claim rules apply)
    "cure": "<p>Our energy drip cures chronic fatigue in just three sessions. Book an IV"
            " drip today.</p>",
    "guarantee": "<p>Feel like yourself again after one drip, with results guaranteed or your"
                 " next drip is free.</p>",
}

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title} | Harbor Light Wellness</title></head>
<body>
  <header><nav aria-label="Main"><ul>
    <li><a href="index.html">Home</a></li>{nav}
  </ul></nav></header>
  <main id="content"><article>
    <h1>{title}</h1>
    <p>This is note {n} of our patient guide, revision {revision}. Your first visit is mostly a
    talk: you fill out a short form about your health and meet your clinician.</p>
    <p>We ask what brings you in and what you hope will change. Bring your medicine list.</p>
    {defects}
  </article></main>
  <footer><p>Harbor Light Wellness, 210 Pier Street, Portland, ME.</p>
  <p>This website is general information and is not a substitute for professional medical
  advice.</p></footer>
</body>
</html>
"""


def page_name(n: int) -> str:
    return f"note-{n:03d}.html"


def write_page(root: Path, n: int, total: int, defects: tuple[str, ...] = (),
               revision: int = 1) -> None:
    """Page n links to its neighbours, so the crawl reaches every page from the index."""
    links = [m for m in (n - 1, n + 1) if 1 <= m <= total]
    nav = "".join(f'\n    <li><a href="{page_name(m)}">Note {m}</a></li>' for m in links)
    body = _PAGE.format(title=f"Patient note {n}", n=n, revision=revision, nav=nav,
                        defects="\n    ".join(DEFECTS[d] for d in defects))
    (root / page_name(n)).write_text(body, encoding="utf-8")


def build_site(root: Path, total: int, defects: dict[int, tuple[str, ...]] | None = None
               ) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    defects = defects or {}
    links = "".join(f'<li><a href="{page_name(n)}">Note {n}</a></li>\n'
                    for n in range(1, total + 1))
    (root / "index.html").write_text(_PAGE.format(
        title="Patient guide", n=0, revision=1, nav="",
        defects=f"<ul>{links}</ul>"), encoding="utf-8")
    for n in range(1, total + 1):
        write_page(root, n, total, defects.get(n, ()))
    return root


class _Handler(http.server.SimpleHTTPRequestHandler):
    # headers and body go out in two writes: with Nagle on, each response waits for the
    # client's delayed ACK (~40 ms)
    disable_nagle_algorithm = True
    delay = 0.0
    log: list[tuple[float, str]] | None = None

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.log is not None:
            self.log.append((time.monotonic(), self.path))
        if self.delay and self.path.endswith(".html"):
            time.sleep(self.delay)
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class SiteServer(LocalServer):
    """A folder on 127.0.0.1, optionally slow, recording every request path."""

    def __init__(self, root: Path, delay: float = 0.0, port: int = 0):
        self.log: list[tuple[float, str]] = []
        self._handler = type("Handler", (_Handler,), {"delay": delay, "log": self.log})
        super().__init__(functools.partial(self._handler, directory=str(root)), port=port)

    def set_delay(self, delay: float) -> None:
        """Slow while a test needs time (to kill an audit mid-way), fast after."""
        self._handler.delay = delay
