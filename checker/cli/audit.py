"""`clinic-checker audit`: the config file's sites (or the START URLs) under the options the
user typed; each audited with checker.outcome.run_audit, its outcome printed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from checker.cli.errors import one_line, watch
from checker.cli.options import table_options, typed_values
from checker.cli.progress import Progress
from checker.exit_codes import EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK
from checker.gate.policy import Policies
from checker.settings import AuditConfig
from checker.untrusted import safe_text

if TYPE_CHECKING:
    from checker.outcome import Outcome


@click.command()
@click.argument("start", nargs=-1)
@table_options("audit")
@click.option("--config", "config_path", type=click.Path(path_type=Path),
              help="Config file (default: the nearest clinic-checker.toml, or pyproject.toml"
              " with [tool.clinic-checker], from here upward).")
def audit(start: tuple[str, ...], config_path: Path | None, **options: Any) -> None:
    """Audit a site from its START URLs (or a local folder of built HTML), or the sites of
    the config file."""
    from checker.configfile import load_project
    from checker.outcome import prepare

    given = typed_values(options)
    site = given.pop("site", None)
    if start:
        given["start"] = list(start)
    project = load_project(config_path)
    for notice in project.notices:
        click.echo(f"clinic-checker: {notice}", err=True)
    configs = project.configs(given, site=site)
    # every site's options, axe rule ids, baseline and waivers, before the first audit
    prepared = [(config, prepare(config)) for config in configs]
    codes: dict[str, int] = {}
    for config, policies in prepared:
        if len(configs) > 1:
            click.echo(f"== {config.site} ==")
        codes[str(config.site)] = audit_and_present(config, policies)
    if len(configs) > 1:
        click.echo(sites_line(codes))
    sys.exit(max(codes.values()))


OUTCOME_WORDS = {EXIT_OK: "passed", EXIT_FINDINGS: "FAILED", EXIT_CANNOT_RUN: "could not run"}


def sites_line(codes: dict[str, int]) -> str:
    """One line for a scheduled audit of several sites: each site's gate outcome."""
    return f"{len(codes)} sites: " + "; ".join(
        f"{site} {OUTCOME_WORDS.get(code, f'exit {code}')}" for site, code in codes.items()) + "."


def audit_and_present(config: AuditConfig, policies: Policies | None = None, *,
                      gate: bool = True) -> int:
    """Audit (checker.outcome.run_audit), print the summary; return the exit code."""
    from checker.audit import AuditCannotRun
    from checker.browser.pool import BrowserUnavailable
    from checker.outcome import run_audit
    from checker.report import ReportError, printed_reports

    progress = Progress(enabled=not config.quiet)
    watch(config)  # a crash saves what this run had (checker.cli.errors)
    try:
        with progress:
            outcome = run_audit(config, policies=policies, progress=progress.page,
                                log=progress.log, started=lambda a: watch(config, a))
    except (AuditCannotRun, BrowserUnavailable) as exc:
        click.echo(f"clinic-checker: cannot run: {one_line(str(exc))}", err=True)
        return EXIT_CANNOT_RUN
    except ReportError as exc:
        click.echo(f"clinic-checker: cannot write the report: {one_line(str(exc))}", err=True)
        return EXIT_CANNOT_RUN
    from checker.cli.summary import summary_lines

    with outcome:
        for n, line in enumerate(summary_lines(outcome)):
            # The verdict leads, in colour on a terminal (click drops it in a CI log file).
            colour = ({"fg": "green" if outcome.gate.passed else "red", "bold": True}
                      if n == 0 else {})
            click.echo(click.style(safe_text(line, 1000), **colour))
        for path in printed_reports(outcome.report_paths):
            # Workflow commands for the CI runner; its writer made every line safe.
            click.echo(path.read_text(encoding="utf-8"), nl=False)
        announce(outcome)
    return outcome.exit_code if gate else EXIT_OK


def announce(outcome: Outcome) -> None:
    """--notify: after the reports, so the message can name them; never fails the run."""
    from checker.notify import notify

    report = next((p for p in outcome.report_paths if p.suffix == ".html"),
                  outcome.report_paths[0] if outcome.report_paths else None)
    try:
        _, warnings = notify(outcome.config, outcome.store, outcome.run, report)
    except Exception as exc:  # a notification must never cost the run its exit code
        # the name only: a message could quote the webhook URL and its token
        warnings = [f"notification failed: {type(exc).__name__}"]
    for warning in warnings:
        click.echo(f"clinic-checker: warning: {one_line(warning)}", err=True)
