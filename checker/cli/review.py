"""`clinic-checker review`: findings awaiting a reviewer's verdict, and recording verdicts
(from flags, a prompt walk, or a file downloaded from the HTML report); `review export`
writes them back out, as a verdicts file or as a waivers file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from checker.cli.runs import (
    config_option,
    db_option,
    finding_line,
    open_history,
    show_verdicts_in_reports,
    site_option,
)
from checker.gate.review import (
    ACCEPTED,
    NOT_AN_ISSUE,
    VERDICT_LABELS,
    VERDICTS,
    new_verdict,
    review_words,
)
from checker.gate.review_file import verdicts_document, waivers_yaml
from checker.model import Finding
from checker.store.history import resolve_run
from checker.store.reviews import (
    awaiting_verdict,
    current_verdicts,
    finding_in_run,
    verdicts_from_file,
)
from checker.untrusted import safe_text

run_option = click.option("--run", "run_ref", default="latest", show_default=True,
                          help="Run whose findings to review (id, unique prefix, latest).")
all_option = click.option("--all", "wcag_violations", is_flag=True,
                          help="Also WCAG violations (by default: content findings and"
                               " needs-review results).")


def mark_line(mark: dict[str, Any] | None) -> str | None:
    """What the reviewers said before, for a finding back for review."""
    return f"      {safe_text(review_words(mark), 300)}" if mark else None


def finding_lines(finding: Finding, mark: dict[str, Any] | None) -> list[str]:
    kind = "needs review" if finding.status != "violation" else finding.source
    lines = [f"{finding.fingerprint} [{kind}]" + finding_line(finding)]
    if finding.message:
        lines.append(f"      {safe_text(finding.message, 160)}")
    shown = mark_line(mark)
    return lines + ([shown] if shown else [])


@click.group(invoke_without_command=True)
@run_option
@all_option
@site_option
@db_option
@config_option
@click.pass_context
def review(ctx: click.Context, run_ref: str, wcag_violations: bool, site: str | None,
           db: Path | None, config_path: Path | None) -> None:
    """List the findings of a run awaiting a reviewer's verdict (none yet, the text changed
    since the verdict, or an acceptance expired); the subcommands record verdicts."""
    if ctx.invoked_subcommand is not None:
        return
    with open_history(db, config_path) as store:
        run = resolve_run(store, run_ref, site)
        waiting = list(awaiting_verdict(store, run, dt.date.today(),
                                        wcag_violations=wcag_violations))
    scope = "findings" if wcag_violations else "content findings and needs-review results"
    click.echo(f"Run {run.id} ({safe_text(run.site, 100)}): {len(waiting)} of its {scope}"
               " await a verdict.")
    for finding, mark in waiting:
        for line in finding_lines(finding, mark):
            click.echo(line)
    if waiting:
        click.echo("Record one: clinic-checker review set FINGERPRINT --verdict "
                   f"{'|'.join(VERDICTS)} --by NAME [--reason TEXT] [--expires YYYY-MM-DD];"
                   " or `clinic-checker review walk`.")


@review.command("set")
@click.argument("fingerprint")
@click.option("--verdict", required=True, type=click.Choice(VERDICTS),
              help="accepted (needs --reason and --expires), fails, or not-an-issue (needs"
                   " --reason).")
@click.option("--by", "by", required=True, help="The reviewer's name.")
@click.option("--reason", help="Why (required for accepted and not-an-issue).")
@click.option("--expires", metavar="YYYY-MM-DD", help="Until when an acceptance holds.")
@run_option
@site_option
@db_option
@config_option
def set_verdict(fingerprint: str, verdict: str, by: str, reason: str | None,
                expires: str | None, run_ref: str, site: str | None, db: Path | None,
                config_path: Path | None) -> None:
    """Record a verdict on the finding of a run with FINGERPRINT (or a unique prefix); the
    run's reports are written again to show it."""
    with open_history(db, config_path) as store:
        run = resolve_run(store, run_ref, site)
        finding = finding_in_run(store, run, fingerprint)
        recorded = new_verdict(finding, verdict, by=by, reason=reason, expires=expires,
                               run_id=run.id)
        store.add_verdicts([recorded])
        click.echo(f"Recorded: {recorded.fingerprint} {VERDICT_LABELS[verdict]} by"
                   f" {safe_text(by, 80)}" + (f" until {expires}" if expires else "") + ".")
        show_verdicts_in_reports(store, run)


@review.command("walk")
@click.option("--by", "by", help="The reviewer's name (asked once when not given).")
@run_option
@all_option
@site_option
@db_option
@config_option
def walk(by: str | None, run_ref: str, wcag_violations: bool, site: str | None,
         db: Path | None, config_path: Path | None) -> None:
    """Go through the findings awaiting a verdict one by one, at a prompt."""
    with open_history(db, config_path) as store:
        run = resolve_run(store, run_ref, site)
        waiting = list(awaiting_verdict(store, run, dt.date.today(),
                                        wcag_violations=wcag_violations))
        if not waiting:
            click.echo(f"Run {run.id}: nothing awaits a verdict.")
            return
        by = by or click.prompt("Your name")
        recorded = 0
        for number, (finding, mark) in enumerate(waiting, 1):
            click.echo(f"\n{number}/{len(waiting)} " + "\n".join(finding_lines(finding, mark)))
            answer = _ask_verdict()
            if answer == "quit":
                break
            if answer == "skip":
                continue
            reason = click.prompt("Reason", default="", show_default=False) or None
            expires = (click.prompt("Accepted until (YYYY-MM-DD)") if answer == ACCEPTED
                       else None)
            store.add_verdicts([new_verdict(finding, answer, by=by, reason=reason,
                                            expires=expires, run_id=run.id)])
            recorded += 1
        click.echo(f"Recorded {recorded} verdict(s).")
        if recorded:
            show_verdicts_in_reports(store, run)


_KEYS = {"a": ACCEPTED, "f": "fails", "n": NOT_AN_ISSUE, "s": "skip", "q": "quit"}


def _ask_verdict() -> str:
    key = click.prompt("Verdict: [a]ccepted, [f]ails, [n]ot-an-issue, [s]kip, [q]uit",
                       type=click.Choice(list(_KEYS)), show_choices=False)
    return _KEYS[key]


@review.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@config_option
def import_verdicts(files: tuple[Path, ...], db: Path | None, config_path: Path | None) -> None:
    """Record the verdicts of FILES, downloaded from the HTML report ("Download verdicts")
    or written by `review export` (each file all or nothing); the reports of the runs they
    were given on are written again to show them."""
    with open_history(db, config_path) as store:
        runs: list[str] = []  # the runs the reviewers were looking at, their reports to redo
        for path in files:
            verdicts = verdicts_from_file(store, path)
            count = store.add_verdicts(verdicts)
            click.echo(f"Recorded {count} verdict(s) from {path}.")
            runs += [v.run_id for v in verdicts if v.run_id and v.run_id not in runs]
        for run_id in runs:
            run = store.get_run(run_id)
            if run is not None:
                show_verdicts_in_reports(store, run)


@review.command("export")
@click.option("--as-waivers", "waivers", type=click.Path(path_type=Path),
              help="Write a waivers file (accepted and not-an-issue verdicts) for --waivers.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the verdicts file here instead of printing it.")
@db_option
@config_option
def export(waivers: Path | None, output: Path | None, db: Path | None,
           config_path: Path | None) -> None:
    """Print the current verdicts (the latest per finding) as a verdicts file, or write them
    as a waivers file."""
    with open_history(db, config_path) as store:
        verdicts = current_verdicts(store)
        source = str(store.path)
    if waivers is not None:
        waivers.write_text(waivers_yaml(verdicts, dt.date.today(), source), encoding="utf-8")
        click.echo(f"Wrote the accepted and not-an-issue verdicts to {waivers}.")
        return
    text = json.dumps(verdicts_document(verdicts), indent=2, ensure_ascii=False)
    if output is None:
        click.echo(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        click.echo(f"Wrote {len(verdicts)} verdict(s) to {output}.")
