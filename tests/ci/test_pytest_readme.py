"""The README's pytest examples, run verbatim (extracted from README.md) against a clinic page
served on 127.0.0.1:8000 as the examples say; the fixtures take the project's config file."""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, requires_browser
from tests.scheduled.sitegen import build_site

pytestmark = pytest.mark.slow  # pytest in a subprocess, and Chromium

HERE = Path(__file__).parent


def readme_pytest_examples() -> str:
    """The python blocks of the README's pytest paragraph, as written."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("**pytest.**"):]
    section = section[:section.index("\n**", 1)] if "\n**" in section[1:] else section
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, "the README's pytest paragraph has no python example"
    return "\n\n".join(blocks)


@contextlib.contextmanager
def serve_on_8000(root: Path) -> Iterator[str]:
    """The README's address. Another process may hold the port for a moment: wait a little."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]
    for _ in range(20):
        try:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 8000), handler)
            break
        except OSError:
            time.sleep(0.5)
    else:
        pytest.fail("127.0.0.1:8000 stayed busy: the README's example needs it")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:8000/"
    finally:
        server.shutdown()
        server.server_close()


@requires_browser
def test_readme_pytest_examples_pass_as_written(pytester, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(HERE / "book.html", site / "book.html")
    pytester.makepyfile(test_readme=readme_pytest_examples())
    with serve_on_8000(site):
        result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=2)


def test_config_file_waivers_and_profile_reach_the_fixture(pytester, tmp_path):
    """A page with a cure claim fails; the project's clinic-checker.toml waives it and sets the
    WCAG profile, and pytest then agrees with the CLI."""
    from tests.scheduled.sitegen import SiteServer

    root = build_site(tmp_path / "site", 1, {1: ("cure",)})
    with SiteServer(root) as server:
        pytester.makepyfile(test_claim=f"""
            def test_claim_page(clinic_checker):
                assert clinic_checker.config().wcag_version == "2.2"
                clinic_checker.assert_clean({server.url + 'note-001.html'!r}, no_browser=True)
        """)
        failing = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
        pytester.makefile(".toml", **{"clinic-checker": 'wcag_version = "2.2"\n'
                                      'waivers = "waivers.yaml"\n'})
        pytester.makefile(".yaml", waivers="""
            waivers:
              - rule: no-unqualified-cure-claims
                reason: reviewed wording
                approved_by: QA
                expires: 2099-01-01
              - rule: risks-section-present
                reason: risks page linked
                approved_by: QA
                expires: 2099-01-01
        """)
        passing = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    failing.assert_outcomes(failed=1)
    passing.assert_outcomes(passed=1)
