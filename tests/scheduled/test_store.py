"""Store pieces of history: run lookup by prefix and name, page tallies, the DOM cache's
pruning, finding marks."""

from __future__ import annotations

from checker.model import Finding, Page, Run
from checker.store.db import Store


def run(store: Store, run_id: str, site: str, started: str, status: str = "finished") -> Run:
    r = Run(id=run_id, site=site, started=started, status=status)
    store.start_run(r)
    return r


def test_find_run_by_id_prefix_latest_and_previous(tmp_path):
    with Store(tmp_path / "h.sqlite") as store:
        run(store, "20260101T000000-aaaaaa", "a", "2026-01-01T00:00:00")
        run(store, "20260102T000000-bbbbbb", "a", "2026-01-02T00:00:00")
        run(store, "20260102T000000-cccccc", "b", "2026-01-02T00:00:00")
        run(store, "20260103T000000-dddddd", "a", "2026-01-03T00:00:00", status="running")
        assert store.find_run("latest", "a").id == "20260102T000000-bbbbbb"
        assert store.find_run("previous", "a").id == "20260101T000000-aaaaaa"
        assert store.find_run("20260101").id == "20260101T000000-aaaaaa"
        assert store.find_run("20260102") is None  # ambiguous
        assert store.find_run("2026010_") is None  # LIKE wildcards are literal
        assert store.find_run("nope") is None


def test_page_tally_and_dom_cache_pruning(tmp_path):
    with Store(tmp_path / "h.sqlite") as store:
        old = run(store, "r1", "a", "2026-01-01T00:00:00")
        new = run(store, "r2", "a", "2026-01-02T00:00:00")
        store.save_page(old.id, Page("http://x/1", body_hash="h1", rendered=True), [])
        store.save_page(new.id, Page("http://x/1", body_hash="h2", rendered=True), [])
        store.save_page(new.id, Page("http://x/2", body_hash="h3", rendered=True,
                                     carried_over=True), [])
        store.save_page(new.id, Page("http://x/3", error="timeout"), [])
        assert store.page_tally(new.id) == {"pages": 3, "fresh": 1, "rendered": 1,
                                            "carried_over": 1, "errors": 1}
        for key in ("h1", "h2", "h3"):
            store.put_dom(f"dom:{key}", f"<html>{key}</html>")
        store.prune_dom_cache()
        assert store.get_dom("dom:h1") is None  # only the older run had it
        assert store.get_dom("dom:h2") == "<html>h2</html>"
        assert store.get_dom("dom:h3") == "<html>h3</html>"


def test_finding_marks_replace_extra(tmp_path):
    with Store(tmp_path / "h.sqlite") as store:
        r = run(store, "r1", "a", "2026-01-01T00:00:00")
        finding = Finding("image-alt", "wcag", "critical", "http://x/1", "no alt",
                          selector="img", extra={"site_level": False})
        store.save_page(r.id, Page("http://x/1"), [finding])
        (row_id, stored), = store.iter_finding_rows(r.id)
        store.set_finding_extra({row_id: stored.extra | {"baseline": True}})
        (again,) = store.iter_findings(r.id)
        assert again.extra == {"site_level": False, "baseline": True}
        assert again.fingerprint == finding.fingerprint


def test_store_counts_failed_pages_as_page_failed_does(tmp_path):
    """A broken link and a document with an error are listed apart, not counted as pages
    that could not be audited: the SQL tallies agree with Page.failed."""
    with Store(tmp_path / "h.sqlite") as store:
        r = run(store, "r1", "a", "2026-01-01T00:00:00")
        pages = [Page("http://x/ok", rendered=True),
                 Page("http://x/slow", error="timeout"),
                 Page("http://x/gone", error="HTTP 404", kind="broken"),
                 Page("http://x/a.pdf", error="too large", kind="document")]
        for page in pages:
            store.save_page(r.id, page, [])
        failed = sum(p.failed for p in store.iter_pages(r.id))
        assert failed == 1
        assert store.page_tally(r.id)["errors"] == failed
        assert store.counts(r.id)["page_errors"] == failed
