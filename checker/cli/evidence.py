"""`clinic-checker evidence URL`: what a page said in a run (its main text, with the run, the
capture time, the HTTP answer and the hashes), or how its main text changed between two runs.

Everything printed from the page is untrusted: every line goes through safe_text."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator
from pathlib import Path

import click

from checker.cli.runs import config_option, db_option, open_history, site_option
from checker.model import Evidence
from checker.settings import ConfigError
from checker.store.db import Store
from checker.store.history import resolve_run
from checker.untrusted import safe_text

LINE_LIMIT = 10_000  # characters of one printed line of page text


@click.command()
@click.argument("url")
@click.option("--run", "run_ref", metavar="RUN",
              help="The page as this run saw it (an id, a unique prefix or suffix, 'latest'"
              " or 'previous').")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
              help="The page as the last run captured it on or before this date (UTC).")
@click.option("--diff", "diff_runs", nargs=2, metavar="RUN_A RUN_B",
              help="A unified diff of the page's main text from RUN_A to RUN_B.")
@site_option
@db_option
@config_option
def evidence(url: str, run_ref: str | None, as_of: str | None,
             diff_runs: tuple[str, str] | None, site: str | None, db: Path | None,
             config_path: Path | None) -> None:
    """What the page at URL said when it was audited (the latest run by default): the run,
    the capture time, the HTTP status, the final URL, the hashes of the body and of the main
    text, the content findings with their sentences, and the main text itself."""
    if sum(x is not None for x in (run_ref, as_of, diff_runs)) > 1:
        raise ConfigError("give one of --run, --as-of and --diff")
    with open_history(db, config_path) as store:
        if diff_runs is not None:
            lines = list(_diff(store, url, site, *diff_runs))
        else:
            shown = _find(store, url, run_ref, site, _end_of(as_of))
            lines = list(_describe(store, shown))
    for line in lines:
        click.echo(line)


def _end_of(as_of: str | None) -> str | None:
    """The last capture time that counts as 'on or before' the date."""
    if as_of is None:
        return None
    try:
        day = dt.date.fromisoformat(as_of)
    except ValueError:
        raise ConfigError(f"--as-of {as_of!r} is not a date (YYYY-MM-DD)") from None
    return f"{day.isoformat()}T23:59:59+00:00"


def _find(store: Store, url: str, run_ref: str | None, site: str | None,
          until: str | None) -> Evidence:
    run_id = resolve_run(store, run_ref, site).id if run_ref is not None else None
    found = store.evidence(url, run_id=run_id, until=until)
    if found is not None:
        return found
    raise ConfigError(_missing(store, url, run_id, until))


def _missing(store: Store, url: str, run_id: str | None, until: str | None) -> str:
    """One line saying why there is nothing to show, and what there is instead."""
    shown = safe_text(url, 300)
    runs = store.evidence_runs(url)
    if not runs:
        return (f"no evidence of {shown} in {store.path} (no run audited that page, or it"
                " could not be audited; `clinic-checker history` lists the runs)")
    if run_id is not None:
        where = f"run {run_id}"
    else:
        where = f"a run captured on or before {(until or '')[:10]}"
    return (f"no evidence of {shown} in {where}; runs with evidence of it: "
            + ", ".join(runs[-5:]) + (" (the last 5)" if len(runs) > 5 else ""))


def _describe(store: Store, shown: Evidence) -> Iterator[str]:
    yield from _header(shown)
    findings = [f for f in store.iter_findings(shown.run_id or "", shown.url)
                if f.source == "content" and f.sentence]
    if findings:
        yield f"Content findings of that run ({len(findings)}):"
        for f in findings:
            yield f"  {f.severity.value} {f.rule_id}: {safe_text(f.sentence, LINE_LIMIT)}"
            if f.excerpt and f.excerpt != f.sentence:
                yield f"    in the paragraph: {safe_text(f.excerpt, LINE_LIMIT)}"
    yield "Main text:"
    for line in shown.main_text.splitlines():
        yield "  " + safe_text(line, LINE_LIMIT)


def _header(shown: Evidence) -> Iterator[str]:
    yield f"Page:        {safe_text(shown.url, 2000)}"
    yield f"Run:         {shown.run_id}"
    yield f"Captured:    {shown.captured_at}"
    if shown.read_at and shown.read_at != shown.captured_at:
        yield (f"Text read:   {shown.read_at} (the page was unchanged since: same body"
               " hash, so its text was kept from that reading)")
    yield f"HTTP status: {shown.status if shown.status is not None else '-'}"
    yield f"Final URL:   {safe_text(shown.final_url or shown.url, 2000)}"
    yield f"Body sha256: {shown.body_hash or '-'}"
    yield f"Text sha256: {shown.text_hash}"


def _diff(store: Store, url: str, site: str | None, run_a: str, run_b: str) -> Iterator[str]:
    old, new = (_find(store, url, run, site, None) for run in (run_a, run_b))
    if old.text_hash == new.text_hash:
        yield (f"The main text of {safe_text(url, 300)} is the same in run {old.run_id}"
               f" (captured {old.captured_at}) and run {new.run_id} (captured"
               f" {new.captured_at}): sha256 {new.text_hash}.")
        return
    yield from difflib.unified_diff(
        [safe_text(line, LINE_LIMIT) for line in old.main_text.splitlines()],
        [safe_text(line, LINE_LIMIT) for line in new.main_text.splitlines()],
        fromfile=f"{safe_text(url, 300)} run {old.run_id} captured {old.captured_at}",
        tofile=f"{safe_text(url, 300)} run {new.run_id} captured {new.captured_at}",
        lineterm="")
