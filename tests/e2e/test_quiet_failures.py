"""Failures inside helper threads end quietly: the page records its error, stderr gets no
traceback."""

from __future__ import annotations

from tests.conftest import run_cli


def test_folder_page_over_the_body_cap_prints_no_server_traceback(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<html lang=en><body><main><h1>Home</h1>'
                                     '<a href="big.html">big</a></main></body></html>')
    # far larger than the socket buffers: the folder server is mid-write when we hang up
    (site / "big.html").write_text("<html><body>" + "x" * 20_000_000 + "</body></html>")
    proc = run_cli("audit", str(site), "--no-browser", "-q", "--max-body-mb", "1",
                   "--out", str(tmp_path / "out"), "--db", str(tmp_path / "h.sqlite"))
    assert proc.returncode == 1, proc.stderr  # the big page could not be audited
    assert "Traceback" not in proc.stderr and "Exception occurred" not in proc.stderr
