"""SQLite store: runs, pages and findings, written as they are produced.

Every page is committed with its findings in one transaction, so a killed audit loses at most
the page in hand and memory stays flat: readers stream rows back out.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from checker.gate.review import Verdict
from checker.model import (
    Evidence,
    Finding,
    Page,
    Run,
    SignOff,
    capped,
    is_fixed,
    normalize_url_for_fingerprint,
)
from checker.store.opening import connect

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    tool_version TEXT,
    axe_version TEXT,
    as_of TEXT,
    options TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'running'
);
CREATE INDEX IF NOT EXISTS runs_site ON runs (site, started);
CREATE TABLE IF NOT EXISTS pages (
    run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    data TEXT NOT NULL,
    error TEXT,
    body_hash TEXT,
    profile TEXT,
    facts TEXT NOT NULL DEFAULT '{}',
    seq INTEGER NOT NULL,
    PRIMARY KEY (run_id, url)
);
CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    severity TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_seq ON pages (run_id, seq);
CREATE INDEX IF NOT EXISTS findings_run ON findings (run_id, url);
CREATE INDEX IF NOT EXISTS findings_fp ON findings (run_id, fingerprint);
-- Content-addressed zlib-compressed text: 'dom:<body hash>' is a rendered DOM (a cache
-- for the next run, pruned to each site's latest run); 'text:<text hash>' is a page's main
-- text kept as evidence (dropped only with the last evidence row naming it: keep_runs).
CREATE TABLE IF NOT EXISTS dom_cache (
    key TEXT PRIMARY KEY,
    html BLOB NOT NULL
);
-- reviewers' verdicts (checker/gate/review.py): appended, never updated; the latest per
-- fingerprint counts, and holds while the text it is about still hashes to subject_hash
CREATE TABLE IF NOT EXISTS verdicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fingerprint TEXT NOT NULL,
    subject_hash TEXT NOT NULL,
    verdict TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    reason TEXT,
    expires TEXT,
    rule_id TEXT NOT NULL,
    url TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    run_id TEXT
);
CREATE INDEX IF NOT EXISTS verdicts_fp ON verdicts (fingerprint, id);
CREATE TABLE IF NOT EXISTS frontier (
    run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    depth INTEGER NOT NULL,
    referrer TEXT,
    PRIMARY KEY (run_id, url)
);
-- What each run saw of each audited page; never overwritten by a later run. An unchanged
-- page names the same text blob as the run before it.
CREATE TABLE IF NOT EXISTS evidence (
    run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    page_key TEXT NOT NULL,
    captured_at TEXT NOT NULL,
    read_at TEXT,
    status INTEGER,
    final_url TEXT,
    body_hash TEXT,
    text_hash TEXT NOT NULL,
    PRIMARY KEY (run_id, url)
);
CREATE INDEX IF NOT EXISTS evidence_page ON evidence (page_key, captured_at);
-- A reviewer's sign-off of a run. No cascade: the record outlives a pruned run.
CREATE TABLE IF NOT EXISTS signoffs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL,
    site TEXT NOT NULL,
    run_started TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    note TEXT,
    open_findings INTEGER NOT NULL,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS signoffs_site ON signoffs (site, signed_at);
"""


# Page.failed (checker/model.py) in SQL: an HTML page with an error. Every count of pages
# that could not be audited uses this; tests/scheduled/test_store.py holds them equal.
FAILED_PAGE_SQL = "(error IS NOT NULL AND json_extract(data, '$.kind') = 'page')"

class Store:
    """One SQLite file; safe to share between the audit's worker threads."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        # Raises StoreUnusable / StoreBusy (one line for the CLI) before writing anything.
        self._conn = connect(self.path, _SCHEMA, SCHEMA_VERSION)
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # runs

    def start_run(self, run: Run) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO runs (id, site, started, tool_version, axe_version, as_of, options,"
                " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run.id, run.site, run.started, run.tool_version, run.axe_version,
                    run.as_of, json.dumps(run.options, sort_keys=True), run.status,
                ),
            )

    def finish_run(self, run: Run) -> None:
        """Record the end of a run, and its options (which by now carry its counts)."""
        with self._lock:
            self._conn.execute(
                "UPDATE runs SET finished = ?, status = ?, axe_version = ?, options = ?"
                " WHERE id = ?",
                (run.finished, run.status, run.axe_version,
                 json.dumps(run.options, sort_keys=True), run.id),
            )

    def reopen_run(self, run: Run) -> None:
        """A resumed run is running again, with the options of the process resuming it."""
        with self._lock:
            self._conn.execute(
                "UPDATE runs SET status = 'running', finished = NULL, options = ? WHERE id = ?",
                (json.dumps(run.options, sort_keys=True), run.id),
            )

    def find_run(self, ref: str, site: str | None = None) -> Run | None:
        """A run by id, by a unique id prefix or suffix (the random part after the
        timestamp), or `latest` / `previous` (of `site`, if given; finished runs only)."""
        if ref in ("latest", "previous"):
            finished = [r for r in self.runs(site) if r.status == "finished"]
            index = 0 if ref == "latest" else 1
            return finished[index] if len(finished) > index else None
        run = self.get_run(ref)
        if run is not None or not ref:
            return run
        literal = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM runs WHERE id LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\'"
                " LIMIT 2", (literal + "%", "%" + literal),
            ).fetchall()
        return _run_from_row(rows[0]) if len(rows) == 1 else None

    def run_before(self, run: Run) -> Run | None:
        """The last finished run of the same site started before `run`."""
        for other in self.runs(run.site):
            if other.id != run.id and other.status == "finished" and other.started <= run.started:
                return other
        return None

    def get_run(self, run_id: str) -> Run | None:
        with self._lock:
            row = self._conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        return _run_from_row(row) if row else None

    def runs(self, site: str | None = None) -> list[Run]:
        """Runs, newest first."""
        query = "SELECT * FROM runs"
        params: tuple[Any, ...] = ()
        if site:
            query += " WHERE site = ?"
            params = (site,)
        with self._lock:
            # rowid breaks ties: two runs may start within one second
            rows = self._conn.execute(query + " ORDER BY started DESC, rowid DESC",
                                      params).fetchall()
        return [_run_from_row(r) for r in rows]

    def latest_run(self, site: str, *, exclude: str | None = None) -> Run | None:
        """The site's latest finished run (but `exclude`)."""
        for run in self.runs(site):
            if run.id != exclude and run.status == "finished":
                return run
        return None

    # pages and findings

    def save_page(self, run_id: str, page: Page, findings: Iterable[Finding], *,
                  profile: str | None = None, facts: dict[str, Any] | None = None,
                  evidence: Evidence | None = None) -> None:
        """Write a page, its findings and its evidence in one transaction (replacing an
        earlier attempt of the same run)."""
        findings = [capped(f) for f in findings]
        page.findings_count = sum(1 for f in findings if f.status == "violation")
        page = capped(page)
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN")
            try:
                conn.execute("DELETE FROM findings WHERE run_id = ? AND url = ?",
                             (run_id, page.url))
                conn.execute(
                    "INSERT OR REPLACE INTO pages (run_id, url, data, error, body_hash, profile,"
                    " facts, seq) VALUES (?, ?, ?, ?, ?, ?, ?,"
                    " (SELECT COALESCE(MAX(seq), 0) + 1 FROM pages WHERE run_id = ?))",
                    (
                        run_id, page.url, json.dumps(page.to_dict(), sort_keys=True), page.error,
                        page.body_hash, profile, json.dumps(facts or {}, sort_keys=True), run_id,
                    ),
                )
                conn.executemany(
                    "INSERT INTO findings (run_id, url, fingerprint, rule_id, source, status,"
                    " severity, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            run_id, page.url, f.fingerprint, f.rule_id, f.source, f.status,
                            f.severity.value, json.dumps(f.to_dict(), sort_keys=True),
                        )
                        for f in findings
                    ],
                )
                conn.execute("DELETE FROM frontier WHERE run_id = ? AND url = ?",
                             (run_id, page.url))
                if evidence is not None:
                    self._insert_evidence(run_id, evidence)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def add_findings(self, run_id: str, url: str, findings: Iterable[Finding]) -> None:
        """Findings that belong to no single page's audit (site-level rules)."""
        findings = [capped(f) for f in findings]
        with self._lock:
            self._conn.executemany(
                "INSERT INTO findings (run_id, url, fingerprint, rule_id, source, status,"
                " severity, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        run_id, url, f.fingerprint, f.rule_id, f.source, f.status,
                        f.severity.value, json.dumps(f.to_dict(), sort_keys=True),
                    )
                    for f in findings
                ],
            )

    def iter_pages(self, run_id: str) -> Iterator[Page]:
        """Pages in the order they were audited; errors first is the reports' business."""
        yield from (Page.from_dict(json.loads(r["data"])) for r in self._stream(
            "SELECT data FROM pages WHERE run_id = ? ORDER BY seq", (run_id,)))

    def rechecked_urls(self, run_id: str) -> set[str]:
        """The pages the run looked at (as fingerprints normalize URLs): audited, afresh or
        carried over, or gone (a broken link). An earlier finding elsewhere is not fixed by
        this run (model.is_fixed)."""
        return {normalize_url_for_fingerprint(page.url) for page in self.iter_pages(run_id)
                if page.audited or page.kind == "broken"}

    def iter_findings(self, run_id: str, url: str | None = None) -> Iterator[Finding]:
        if url is None:
            rows = self._stream("SELECT data FROM findings WHERE run_id = ? ORDER BY id", (run_id,))
        else:
            rows = self._stream(
                "SELECT data FROM findings WHERE run_id = ? AND url = ? ORDER BY id", (run_id, url)
            )
        yield from (Finding.from_dict(json.loads(r["data"])) for r in rows)

    def iter_fixed_findings(self, previous_id: str, run_id: str) -> Iterator[Finding]:
        """The violations of `previous_id` that `run_id` fixed (model.is_fixed: no violation
        of `run_id` has the fingerprint, and it looked at the page again), in the order they
        were stored."""
        rechecked = self.rechecked_urls(run_id)
        for r in self._stream(
                "SELECT data FROM findings WHERE run_id = ? AND status = 'violation'"
                " AND fingerprint NOT IN (SELECT fingerprint FROM findings WHERE run_id = ?"
                " AND status = 'violation') ORDER BY id", (previous_id, run_id)):
            finding = Finding.from_dict(json.loads(r["data"]))
            if is_fixed(finding.fingerprint, finding.url, (), rechecked):
                yield finding

    def iter_first_finding_rows(self, run_id: str) -> Iterator[tuple[int, Finding]]:
        """The first finding of each fingerprint with its row id, in the order the findings
        were stored."""
        for r in self._stream(
                "SELECT id, data FROM findings WHERE id IN (SELECT MIN(id) FROM findings"
                " WHERE run_id = ? GROUP BY fingerprint) ORDER BY id", (run_id,)):
            yield r["id"], Finding.from_dict(json.loads(r["data"]))

    def finding(self, row_id: int) -> Finding:
        """A finding by its row id (iter_finding_rows, iter_first_finding_rows)."""
        with self._lock:
            row = self._conn.execute("SELECT data FROM findings WHERE id = ?",
                                     (row_id,)).fetchone()
        if row is None:
            raise LookupError(f"no finding with row id {row_id}")
        return Finding.from_dict(json.loads(row["data"]))

    def get_page(self, run_id: str, url: str) -> Page | None:
        with self._lock:
            row = self._conn.execute("SELECT data FROM pages WHERE run_id = ? AND url = ?",
                                     (run_id, url)).fetchone()
        return Page.from_dict(json.loads(row["data"])) if row else None

    def page_record(self, run_id: str, url: str) -> dict[str, Any] | None:
        """A page's stored row (body hash, profile, facts) for incremental audits."""
        with self._lock:
            row = self._conn.execute(
                "SELECT data, body_hash, profile, facts FROM pages WHERE run_id = ? AND url = ?",
                (run_id, url),
            ).fetchone()
        if row is None:
            return None
        return {
            "page": Page.from_dict(json.loads(row["data"])),
            "body_hash": row["body_hash"],
            "profile": row["profile"],
            "facts": json.loads(row["facts"]),
        }

    def page_tally(self, run_id: str) -> dict[str, int]:
        """How the run's pages were audited: `fresh` (audited by this run; `rendered` of them
        in the browser), `carried_over` (unchanged since an earlier run, findings reused), or
        `errors` (could not be audited: Page.failed, so documents and broken links are not
        errors here either)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT COUNT(*) AS pages,"
                " SUM(json_extract(data, '$.carried_over') = 1) AS carried_over,"
                " SUM(json_extract(data, '$.carried_over') = 0 AND error IS NULL"
                "     AND json_extract(data, '$.rendered') = 1) AS rendered,"
                f" SUM({FAILED_PAGE_SQL}) AS errors"
                " FROM pages WHERE run_id = ?", (run_id,),
            ).fetchone()
        pages, carried, rendered, errors = (row[k] or 0 for k in (
            "pages", "carried_over", "rendered", "errors"))
        return {"pages": pages, "fresh": pages - carried - errors, "rendered": rendered,
                "carried_over": carried, "errors": errors}

    def iter_finding_rows(self, run_id: str) -> Iterator[tuple[int, Finding]]:
        """Findings with their row ids, for the gate to mark (baseline, waivers)."""
        for row in self._stream("SELECT id, data FROM findings WHERE run_id = ? ORDER BY id",
                                (run_id,)):
            yield row["id"], Finding.from_dict(json.loads(row["data"]))

    def set_finding_extra(self, updates: dict[int, dict[str, Any]]) -> None:
        """Replace the `extra` dict of findings by row id (one transaction)."""
        self._execute_in_one_transaction(
            "UPDATE findings SET data = json_set(data, '$.extra', json(?)) WHERE id = ?",
            [(json.dumps(extra, sort_keys=True), row_id) for row_id, extra in updates.items()])

    def set_page_extra(self, run_id: str, updates: dict[str, dict[str, Any]]) -> None:
        """Merge keys into the `extra` dict of pages by URL (one transaction), keeping their
        audit order."""
        self._execute_in_one_transaction(
            "UPDATE pages SET data = json_patch(data, json(?)) WHERE run_id = ? AND url = ?",
            [(json.dumps({"extra": extra}, sort_keys=True), run_id, url)
             for url, extra in updates.items()])

    def _execute_in_one_transaction(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """Run `sql` once per parameter row, all or nothing."""
        if not rows:
            return
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN")
            try:
                for params in rows:
                    conn.execute(sql, params)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def delete_site_level_findings(self, run_id: str) -> None:
        """Site-wide findings are made at the end of a run; a resumed run makes them again."""
        with self._lock:
            self._conn.execute(
                "DELETE FROM findings WHERE run_id = ?"
                " AND json_extract(data, '$.extra.site_level') = 1", (run_id,))

    # rendered DOMs of unchanged pages, so date-dependent content rules can run again
    # without the browser; content-addressed, so unchanged pages share one row across runs

    def put_dom(self, key: str, html: str) -> None:
        with self._lock:
            self._conn.execute("INSERT OR IGNORE INTO dom_cache (key, html) VALUES (?, ?)",
                               (key, zlib.compress(html.encode("utf-8"), 6)))

    def prune_dom_cache(self) -> int:
        """Drop DOMs no page of a site's latest run (or of a running one) has: the cache
        serves only the next run, so it stays the size of one audit per site. Evidence
        texts ('text:' keys) are never dropped here."""
        with self._lock:
            cursor = self._conn.execute(
                "DELETE FROM dom_cache WHERE key LIKE 'dom:%' AND substr(key, 5) NOT IN ("
                " SELECT p.body_hash FROM pages p JOIN runs r ON r.id = p.run_id"
                " WHERE p.body_hash IS NOT NULL AND (r.status = 'running' OR r.rowid = ("
                "   SELECT r2.rowid FROM runs r2 WHERE r2.site = r.site"
                "   ORDER BY r2.started DESC, r2.rowid DESC LIMIT 1)))")
            return cursor.rowcount

    def get_dom(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT html FROM dom_cache WHERE key = ?",
                                     (key,)).fetchone()
        return zlib.decompress(row["html"]).decode("utf-8") if row else None

    # evidence: what each run saw of each page (main text in dom_cache under 'text:')

    def _insert_evidence(self, run_id: str, evidence: Evidence) -> None:
        """Inside save_page's transaction: the text blob once per content, the row per run."""
        evidence = capped(evidence)
        self._conn.execute(
            "INSERT OR IGNORE INTO dom_cache (key, html) VALUES (?, ?)",
            (_text_key(evidence.text_hash),
             zlib.compress(evidence.main_text.encode("utf-8"), 6)))
        self._conn.execute(
            "INSERT OR REPLACE INTO evidence (run_id, url, page_key, captured_at, read_at,"
            " status, final_url, body_hash, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, evidence.url, normalize_url_for_fingerprint(evidence.url),
             evidence.captured_at, evidence.read_at, evidence.status, evidence.final_url,
             evidence.body_hash, evidence.text_hash))

    def evidence(self, url: str, run_id: str | None = None, until: str | None = None
                 ) -> Evidence | None:
        """The page's evidence from `run_id`, else the latest captured at or before `until`
        (an ISO time), else the latest. Pages are matched as fingerprints match them: a
        loopback port or a fragment does not make another page."""
        where, params = _filters(("e.page_key = ?", normalize_url_for_fingerprint(url)),
                                 ("e.run_id = ?", run_id), ("e.captured_at <= ?", until))
        with self._lock:
            row = self._conn.execute(
                "SELECT e.*, d.html FROM evidence e LEFT JOIN dom_cache d"
                f" ON d.key = 'text:' || e.text_hash WHERE {where}"
                " ORDER BY e.captured_at DESC, e.rowid DESC LIMIT 1", params).fetchone()
        if row is None:
            return None
        text = zlib.decompress(row["html"]).decode("utf-8") if row["html"] else ""
        return Evidence(url=row["url"], captured_at=row["captured_at"], status=row["status"],
                        final_url=row["final_url"], body_hash=row["body_hash"],
                        text_hash=row["text_hash"], main_text=text, read_at=row["read_at"],
                        run_id=row["run_id"])

    def evidence_runs(self, url: str) -> list[str]:
        """Runs holding evidence of the page, oldest first."""
        return [r["run_id"] for r in self._stream(
            "SELECT run_id FROM evidence WHERE page_key = ? ORDER BY captured_at, rowid",
            (normalize_url_for_fingerprint(url),))]

    def prune_runs(self, site: str, keep: int) -> list[str]:
        """Delete the site's finished or abandoned runs beyond its newest `keep` (their
        pages, findings and evidence go with them) and the evidence texts no remaining run
        names; a running run is never touched. Returns the ids deleted, oldest first."""
        doomed = [r.id for r in self.runs(site)[keep:] if r.status != "running"]
        if not doomed:
            return []
        self._execute_in_one_transaction("DELETE FROM runs WHERE id = ?",
                                         [(run_id,) for run_id in doomed])
        with self._lock:
            self._conn.execute(
                "DELETE FROM dom_cache WHERE key LIKE 'text:%' AND substr(key, 6) NOT IN"
                " (SELECT text_hash FROM evidence)")
        return doomed[::-1]

    # sign-offs: a reviewer's record that a run was reviewed; never overwritten

    def add_signoff(self, signoff: SignOff) -> int:
        with self._lock:
            cursor = self._conn.execute(
                "INSERT INTO signoffs (run_id, site, run_started, signed_by, signed_at, note,"
                " open_findings, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (signoff.run_id, signoff.site, signoff.run_started, signoff.signed_by,
                 signoff.signed_at, signoff.note, signoff.open_findings,
                 json.dumps(signoff.counts, sort_keys=True)))
            return int(cursor.lastrowid or 0)

    def signoffs(self, *, run_id: str | None = None, site: str | None = None,
                 before: Run | None = None) -> list[SignOff]:
        """Sign-offs of a run, or of a site's runs started before the run `before`; newest
        first. Start times are to the second: two runs started in the same second are
        ordered by which the history recorded first."""
        where, params = _filters(("run_id = ?", run_id), ("site = ?", site))
        if before is not None:
            where += (" AND run_id != ? AND (run_started < ? OR (run_started = ? AND run_id IN"
                      " (SELECT id FROM runs"
                      "  WHERE rowid < (SELECT rowid FROM runs WHERE id = ?))))")
            params += [before.id, before.started, before.started, before.id]
        with self._lock:
            rows = self._conn.execute(f"SELECT * FROM signoffs WHERE {where}"
                                      " ORDER BY signed_at DESC, id DESC", params).fetchall()
        return [SignOff(run_id=r["run_id"], site=r["site"], run_started=r["run_started"],
                        signed_by=r["signed_by"], signed_at=r["signed_at"], note=r["note"],
                        open_findings=r["open_findings"], counts=json.loads(r["data"]))
                for r in rows]

    def page_facts(self, run_id: str) -> dict[str, dict[str, Any]]:
        """Each page's facts by URL, all held (a test's or a small run's view; the audit
        streams them: iter_page_facts, StoredFacts)."""
        return dict(self.iter_page_facts(run_id))

    def iter_pages_with_links(self, run_id: str) -> Iterator[tuple[Page, list[str]]]:
        """Each page, in audit order, with the links stored in its facts (for --resume)."""
        for r in self._stream("SELECT data, json_extract(facts, '$._links') AS links"
                              " FROM pages WHERE run_id = ? ORDER BY seq", (run_id,)):
            links = json.loads(r["links"]) if r["links"] else []
            yield Page.from_dict(json.loads(r["data"])), links if isinstance(links, list) else []

    def iter_page_facts(self, run_id: str, *, links: bool = True, by_url: bool = False
                        ) -> Iterator[tuple[str, dict[str, Any]]]:
        """(url, facts) of each page, streamed: memory stays flat with the run's size.
        `by_url`: in URL order (the primary key's, so no sort)."""
        column = "facts" if links else "json_remove(facts, '$._links')"
        order = " ORDER BY url" if by_url else ""
        for r in self._stream(f"SELECT url, {column} AS facts FROM pages WHERE run_id = ?"
                              + order, (run_id,)):
            yield r["url"], json.loads(r["facts"])

    def done_urls(self, run_id: str) -> set[str]:
        return {r["url"] for r in self._stream("SELECT url FROM pages WHERE run_id = ?", (run_id,))}

    def counts(self, run_id: str) -> dict[str, Any]:
        with self._lock:
            pages = self._conn.execute(
                # HTML pages only: documents and broken links are listed apart.
                f"SELECT COUNT(*) AS n, SUM({FAILED_PAGE_SQL}) AS errors FROM pages"
                " WHERE run_id = ? AND json_extract(data, '$.kind') = 'page'",
                (run_id,),
            ).fetchone()
            by_severity = dict(self._conn.execute(
                "SELECT severity, COUNT(*) FROM findings WHERE run_id = ? AND status = 'violation'"
                " GROUP BY severity", (run_id,),
            ).fetchall())
            by_source = dict(self._conn.execute(
                "SELECT source, COUNT(*) FROM findings WHERE run_id = ? AND status = 'violation'"
                " GROUP BY source", (run_id,),
            ).fetchall())
            review = self._conn.execute(
                "SELECT COUNT(*) FROM findings WHERE run_id = ? AND status = 'needs-review'",
                (run_id,),
            ).fetchone()[0]
        return {
            "pages": pages["n"] or 0,
            "page_errors": pages["errors"] or 0,
            "by_severity": by_severity,
            "by_source": by_source,
            "needs_review": review,
        }

    # reviewers' verdicts (never overwritten: a new decision is a new row)

    def add_verdicts(self, verdicts: Iterable[Verdict]) -> int:
        """Record verdicts, all or none; returns how many."""
        rows = [(v.fingerprint, v.subject_hash, v.verdict, v.by, v.at, v.reason, v.expires,
                 v.rule_id, v.url, v.subject, v.run_id) for v in verdicts]
        self._execute_in_one_transaction(
            "INSERT INTO verdicts (fingerprint, subject_hash, verdict, reviewer, decided_at,"
            " reason, expires, rule_id, url, subject, run_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def iter_verdicts(self) -> Iterator[Verdict]:
        """Every verdict, oldest first (the order later decisions replace earlier ones)."""
        for r in self._stream("SELECT * FROM verdicts ORDER BY decided_at, id", ()):
            yield Verdict(fingerprint=r["fingerprint"], subject_hash=r["subject_hash"],
                          verdict=r["verdict"], by=r["reviewer"], at=r["decided_at"],
                          reason=r["reason"], expires=r["expires"], rule_id=r["rule_id"],
                          url=r["url"], subject=r["subject"], run_id=r["run_id"])

    def latest_finding(self, fingerprint: str) -> Finding | None:
        """The finding with this fingerprint in the newest run that has it."""
        with self._lock:
            row = self._conn.execute(
                "SELECT f.data FROM findings f JOIN runs r ON r.id = f.run_id"
                " WHERE f.fingerprint = ? ORDER BY r.started DESC, f.id DESC LIMIT 1",
                (fingerprint,)).fetchone()
        return Finding.from_dict(json.loads(row["data"])) if row else None

    def fingerprints(self, run_id: str) -> set[str]:
        return {r["fingerprint"] for r in self._stream(
            "SELECT DISTINCT fingerprint FROM findings WHERE run_id = ?", (run_id,))}

    # frontier checkpoints, for --resume

    def save_frontier(self, run_id: str, items: Iterable[tuple[str, int, str | None]]) -> None:
        with self._lock:
            self._conn.executemany(
                "INSERT OR IGNORE INTO frontier (run_id, url, depth, referrer) VALUES (?, ?, ?, ?)",
                [(run_id, url, depth, ref) for url, depth, ref in items],
            )

    def frontier(self, run_id: str) -> list[tuple[str, int, str | None]]:
        return [
            (r["url"], r["depth"], r["referrer"])
            for r in self._stream(
                "SELECT url, depth, referrer FROM frontier WHERE run_id = ?", (run_id,)
            )
        ]

    def _stream(self, query: str, params: tuple[Any, ...]) -> Iterator[sqlite3.Row]:
        """Rows in batches, so readers never hold a whole run in memory."""
        with self._lock:
            cursor = self._conn.execute(query, params)
            batch = cursor.fetchmany(500)
        while batch:
            yield from batch
            with self._lock:
                batch = cursor.fetchmany(500)


class StoredFacts:
    """A run's page facts as the site rules read them (checker.content.types.base.PageFacts):
    streamed from the store in URL order, without each page's links, on every pass."""

    def __init__(self, store: Store, run_id: str):
        self.store, self.run_id = store, run_id

    def by_url(self) -> Iterator[tuple[str, dict[str, Any]]]:
        return self.store.iter_page_facts(self.run_id, links=False, by_url=True)


def _filters(*conditions: tuple[str, Any]) -> tuple[str, list[Any]]:
    """A WHERE clause of the conditions (SQL with one `?`, value) whose value is given (all
    rows when none is), and their parameters."""
    given = [(sql, value) for sql, value in conditions if value is not None]
    return " AND ".join(sql for sql, _ in given) or "1 = 1", [value for _, value in given]


def _text_key(text_hash: str) -> str:
    """An evidence text's key in dom_cache (content-addressed, like the DOMs)."""
    return f"text:{text_hash}"


def _run_from_row(row: sqlite3.Row) -> Run:
    return Run(
        id=row["id"],
        site=row["site"],
        started=row["started"],
        finished=row["finished"],
        tool_version=row["tool_version"] or "",
        axe_version=row["axe_version"],
        as_of=row["as_of"],
        options=json.loads(row["options"] or "{}"),
        status=row["status"],
    )
