"""summary.md: the run in a few lines of Markdown, for a CI job's summary page
($GITHUB_STEP_SUMMARY, appended when it is set) and a pull request comment: the gate's verdict
as recorded with the run, its counts, what to fix first, and where the reports are.

Everything quoted comes from crawled pages: Markdown and HTML in it are escaped, so a page
cannot inject links, images or markup into a pull request.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from checker.gate.status import LABELS, REVIEWED
from checker.gate.verdict import recorded_verdict
from checker.model import Run
from checker.report.common import require_run, signoff_sentences
from checker.settings import AuditConfig
from checker.store.db import Store
from checker.store.history import signoff_status
from checker.untrusted import inert_text

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")
STEP_SUMMARY = "GITHUB_STEP_SUMMARY"


def md(text: Any, limit: int = 200) -> str:
    """Page text as inert Markdown: one line, escaped, cut to `limit` characters."""
    flat = " ".join(inert_text(text or "").split())
    flat = flat if len(flat) <= limit else flat[:limit - 1] + "…"
    return _SPECIAL.sub(r"\\\1", flat)


def safe_link(url: Any) -> bool:
    """A link we made (an http(s) URL with nothing that could end a Markdown link)."""
    return isinstance(url, str) and url.startswith(("http://", "https://")) and not any(
        c in url for c in "<>()[] \n`")


def summary_lines(run: Run, verdict: dict[str, Any] | None, counts: dict[str, Any],
                  reports: list[str], signoff: dict[str, Any] | None = None
                  ) -> Iterator[str]:
    if verdict is None:
        yield f"## clinic-checker: {md(run.site)} (not gated)"
    else:
        mark = "✅" if verdict["passed"] else "❌"
        yield f"## {mark} clinic-checker: {md(run.site)}: {md(verdict['headline'], 400)}"
    yield ""
    yield (f"Run `{run.id}`: {counts['pages']} page(s), {counts['page_errors']} could not be"
           f" audited.")
    if verdict is not None:
        gate = verdict["counts"]
        yield ""
        yield "| failing (fail on " + md(verdict["threshold"]) + ") | baselined | waived |" \
              " fixed since the baseline | pages not audited |"
        yield "| ---: | ---: | ---: | ---: | ---: |"
        yield (f"| {gate['failing']} | {gate['baselined']} | {gate['waived']} |"
               f" {gate['fixed_since_baseline']} | {gate['page_errors']} |")
        yield from status_table(verdict.get("statuses") or {})
        if verdict["fix_first"]:
            yield ""
            yield "**Fix first**"
            yield ""
            for n, item in enumerate(verdict["fix_first"], 1):
                where = f" `{md(item['locator'], 120)}`" if item["locator"] else ""
                also = (f" and {item['pages'] - 1} more page(s)"
                        if item.get("pages", 1) > 1 else "")
                edit = (f" ([Edit in WordPress](<{item['edit_url']}>))"
                        if safe_link(item.get("edit_url")) else "")
                review = f" (review: {md(item['review'], 300)})" if item.get("review") else ""
                yield (f"{n}. **{item['severity']}** {md(item['rule_id'])} on"
                       f" {md(item['url'], 200)}{also}{where}: {md(item['message'])}{edit}"
                       f"{review}")
            # fix_first holds defects (a defect on many pages is one item)
            more = gate.get("failing_defects", gate["failing"]) - len(verdict["fix_first"])
            if more > 0:
                yield f"\n…and {more} more in the report."
    if signoff is not None:
        yield ""
        yield from (f"**Sign-off:** {md(line, 1000)}" for line in signoff_sentences(signoff))
    sev = counts["by_severity"]
    yield ""
    yield ("All violations: " + ", ".join(f"{sev.get(s, 0)} {s}" for s in
                                          ("critical", "serious", "moderate", "minor"))
           + f"; {counts['needs_review']} need review.")
    if reports:
        yield ""
        yield "Reports: " + ", ".join(f"`{md(r)}`" for r in reports)
    if job := ci_job_url():
        yield ""
        yield f"[The CI job, with the reports as artifacts]({job})"
    yield ""


# Counts by status, when the gate recorded them (open new/known since the previous run, ...).
# A reviewer's statuses (confirmed, re-review, accepted, not an issue) only when present.
STATUS_COLUMNS = {"open-new": "open (new)", "open-known": "open (known)", "waived": "waived",
                  "baselined": "baselined", "review": "for review", "fixed": "fixed"} | {
                  s: LABELS[s] for s in REVIEWED}


def status_table(statuses: dict[str, Any]) -> Iterator[str]:
    shown = [k for k in STATUS_COLUMNS if isinstance(statuses.get(k), int)
             and (k not in REVIEWED or statuses[k])]
    if not shown:
        return
    yield ""
    yield "| " + " | ".join(STATUS_COLUMNS[k] for k in shown) + " |"
    yield "|" + " ---: |" * len(shown)
    yield "| " + " | ".join(str(statuses[k]) for k in shown) + " |"


def ci_job_url() -> str | None:
    """The GitHub Actions run this audit is part of, from the runner's own variables."""
    env = os.environ
    if all(env.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_RUN_ID")):
        return (f"{env['GITHUB_SERVER_URL']}/{env['GITHUB_REPOSITORY']}/actions/runs/"
                f"{env['GITHUB_RUN_ID']}")
    return None


def write_markdown(config: AuditConfig, store: Store, run_id: str, path: Path) -> Path:
    run = require_run(store, run_id)
    # written before this one (FORMATS order)
    reports = [str(path.parent / name) for name in ("index.html", "results.sarif", "junit.xml")
               if (path.parent / name).exists()]
    text = "\n".join(summary_lines(run, recorded_verdict(run), store.counts(run_id), reports,
                                  signoff_status(store, run)))
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    if step_summary := os.environ.get(STEP_SUMMARY):
        to_step_summary(Path(step_summary), run_id, text)
    return path


def to_step_summary(step_summary: Path, run_id: str, text: str) -> None:
    """Append the run's summary to GitHub's job summary page, or replace the run's own block
    there when the reports are written again (a sign-off in the same step) instead of showing
    the run twice."""
    start, end = f"<!-- clinic-checker run {run_id} -->", f"<!-- /clinic-checker run {run_id} -->"
    block = f"{start}\n{text}\n{end}\n"
    try:
        old = step_summary.read_text(encoding="utf-8")
    except FileNotFoundError:
        old = ""
    head, found, rest = old.partition(start)
    if found and end in rest:
        step_summary.write_text(head + block + rest.split(end, 1)[1].lstrip("\n"),
                                encoding="utf-8")
        return
    with open(step_summary, "a", encoding="utf-8") as out:
        out.write(block)
