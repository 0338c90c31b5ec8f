"""The `clinic-checker` command. Thin: parse options into an AuditConfig, call the library,
print. Usage and config errors are one line and exit 2; an audit that cannot run exits 3."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click

from checker import __version__
from checker.cli.progress import Progress, safe_text
from checker.cli.summary import summary_lines
from checker.config import AuditConfig, ConfigError
from checker.gate.policy import EXIT_CANNOT_RUN, EXIT_USAGE


class OneLineGroup(click.Group):
    """Click prints usage blocks on errors; we promise one line and exit 2."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("clinic-checker: aborted", err=True)
            sys.exit(130)
        except click.ClickException as exc:
            command = exc.ctx.command_path if getattr(exc, "ctx", None) else "clinic-checker"
            click.echo(f"clinic-checker: error: {_one_line(exc.format_message())}"
                       f" (see '{command} --help')", err=True)
            sys.exit(EXIT_USAGE)
        except ConfigError as exc:
            click.echo(f"clinic-checker: error: {_one_line(str(exc))}", err=True)
            sys.exit(EXIT_USAGE)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _megabytes(ctx: click.Context, param: click.Parameter, value: float | None) -> int | None:
    return None if value is None else int(value * 1024 * 1024)


def _pairs(separator: str) -> Any:
    """`--header 'X-Token: env:TOKEN'` -> {"X-Token": "env:TOKEN"} (resolved by the crawl)."""

    def parse(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
              ) -> dict[str, str] | None:
        pairs = {}
        for value in values:
            name, sep, rest = value.partition(separator)
            if not sep or not name.strip():
                raise click.BadParameter(f"expected NAME{separator}VALUE, got {value!r}")
            pairs[name.strip()] = rest.strip()
        return pairs or None

    return parse


@click.group(cls=OneLineGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clinic-checker")
def cli() -> None:
    """Audit clinic websites for accessibility (WCAG via axe-core) and medical-content
    compliance."""


def audit_options(func: Any) -> Any:
    """Options shared by `audit` and `demo`."""
    options = [
        click.option("--out", type=click.Path(path_type=Path), help="Report folder "
                     "(default reports/<host>-<timestamp>/)."),
        click.option("--db", type=click.Path(path_type=Path),
                     help="SQLite history of runs (default: .clinic-checker/history.sqlite"
                     " next to the config file, else in the working directory)."),
        click.option("--max-pages", type=click.IntRange(min=1), default=500, show_default=True),
        click.option("--max-depth", type=click.IntRange(min=0)),
        click.option("--workers", type=click.IntRange(min=1),
                     help="Browser sessions in parallel (default: number of cores)."),
        click.option("--no-browser", is_flag=True,
                     help="Skip Chromium: content rules only, no WCAG checks."),
        click.option("--fail-on", type=click.Choice(
            ["critical", "serious", "moderate", "minor", "never"]), default="serious",
            show_default=True, help="Lowest severity that fails the gate (exit 1)."),
        click.option("--allow-page-errors", is_flag=True,
                     help="Pages that could not be audited do not fail the gate."),
        click.option("--as-of", callback=_parse_date,
                     help="Audit date for freshness rules, YYYY-MM-DD (default: today)."),
        click.option("--chromedriver", "chromedriver_path", default="/usr/bin/chromedriver",
                     show_default=True),
        click.option("--chromium", "chromium_path", default="/usr/bin/chromium",
                     show_default=True),
        click.option("--webdriver-url", help="Remote WebDriver (Selenium Grid) URL."),
        click.option("--page-timeout", type=click.FloatRange(min=1), default=30.0,
                     show_default=True, help="Seconds for a page to load."),
        click.option("--wcag", "wcag_version", type=click.Choice(["2.0", "2.1", "2.2"]),
                     default="2.1", show_default=True),
        click.option("--level", type=click.Choice(["A", "AA", "AAA"]), default="AA",
                     show_default=True),
        click.option("--best-practices", is_flag=True, help="Add axe's best-practice rules."),
        click.option("--rule", "axe_rules", multiple=True,
                     help="Run only this axe rule id (repeatable; replaces the WCAG profile)."),
        click.option("--disable-axe-rule", "disable_axe_rules", multiple=True,
                     help="axe rule id to skip (repeatable)."),
        click.option("--axe-script", type=click.Path(exists=True, dir_okay=False,
                     path_type=Path), help="A newer axe.min.js than the bundled one."),
        click.option("--axe-timeout", type=click.FloatRange(min=1), default=60.0,
                     show_default=True, help="Seconds for axe-core to finish on a page."),
        click.option("--pages-per-session", type=click.IntRange(min=1), default=50,
                     show_default=True, help="Pages a browser session serves before it is "
                     "replaced."),
        click.option("--no-screenshots", "screenshots", flag_value=False, default=None,
                     help="Do not take page screenshots."),
        click.option("--rules", "rule_packs", multiple=True, type=click.Path(
            exists=True, path_type=Path), help="An extra content-rule pack (YAML file or folder)."),
        click.option("--disable-rule", "disable_rules", multiple=True,
                     help="Content rule id to skip (repeatable)."),
        click.option("--sitemap", "sitemaps", multiple=True, metavar="URL",
                     help="Seed the crawl from a sitemap or sitemap index (repeatable)."),
        click.option("--urls", "urls_file", type=click.Path(exists=True, dir_okay=False,
                     path_type=Path), help="Audit exactly the URLs in FILE (one a line)."),
        click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST",
                     help="Another host that is in scope (repeatable)."),
        click.option("--include", multiple=True, metavar="REGEX",
                     help="Only URLs matching one of these regexes (repeatable)."),
        click.option("--exclude", multiple=True, metavar="REGEX",
                     help="Skip URLs matching this regex (repeatable)."),
        click.option("--ignore-robots", is_flag=True, help="Ignore robots.txt (your own "
                     "staging site only; the report says so)."),
        click.option("--delay", type=click.FloatRange(min=0), help="Seconds between requests"
                     " to one host (not applied to loopback or a local folder)."),
        click.option("--max-body-mb", "max_body_bytes", type=click.FloatRange(min=0.01),
                     callback=_megabytes, help="Largest response body read (default 10)."),
        click.option("--header", "headers", multiple=True, metavar="'NAME: VALUE'",
                     callback=_pairs(":"), help="Send this header to the start hosts only;"
                     " VALUE may be env:VAR to read it from the environment. Never stored."),
        click.option("--cookie", "cookies", multiple=True, metavar="NAME=VALUE",
                     callback=_pairs("="), help="Send this cookie to the start hosts only;"
                     " VALUE may be env:VAR. Never stored."),
        click.option("--full", is_flag=True, help="Re-audit every page, even unchanged ones."),
        click.option("--format", "formats", multiple=True, callback=_parse_formats,
                     help="Report formats, repeatable or comma-separated: html, json, csv, "
                     "junit, sarif (default: html,json)."),
        click.option("--pdf", is_flag=True, default=None,
                     help="Also print the report to report.pdf with Chromium."),
        click.option("-q", "--quiet", is_flag=True, help="No progress output."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _parse_formats(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]
                   ) -> list[str] | None:
    from checker.report import parse_formats

    if not value:
        return None
    try:
        return parse_formats(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def build_config(start: list[str], options: dict[str, Any]) -> AuditConfig:
    values = {k: v for k, v in options.items() if v is not None}
    values = {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}
    config = AuditConfig(start=list(start), **values).validate()
    return check_axe_rules(config)


def check_axe_rules(config: AuditConfig) -> AuditConfig:
    from checker.browser.wcag import unknown_axe_rules

    if unknown := unknown_axe_rules(config):
        raise ConfigError(f"unknown axe rule id: {', '.join(unknown)} (see axe-core's rule list)")
    return config


def project_options(func: Any) -> Any:
    """Options of `audit` alone: the config file, its sites, history and the gate's files."""
    options = [
        click.option("--config", "config_path", type=click.Path(path_type=Path),
                     help="Config file (default: the nearest clinic-checker.toml, or"
                     " pyproject.toml with [tool.clinic-checker], from here upward)."),
        click.option("--site", help="Audit this site of the config file (default: all of"
                     " them); without sites in the file, the site's name in history."),
        click.option("--resume", is_flag=True, help="Carry on the site's unfinished run"
                     " (after a crash or kill)."),
        click.option("--baseline", type=click.Path(path_type=Path), help="Only findings"
                     " not in this baseline (`clinic-checker baseline RUN`) fail the gate."),
        click.option("--waivers", type=click.Path(path_type=Path),
                     help="Waivers file (YAML or TOML): accepted findings, with expiry."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@cli.command()
@click.argument("start", nargs=-1)
@audit_options
@project_options
def audit(start: tuple[str, ...], **options: Any) -> None:
    """Audit a site from its START URLs (or a local folder of built HTML), or the sites of
    the config file."""
    from checker.configfile import command_configs

    configs = [check_axe_rules(c) for c in command_configs(list(start), options)]
    codes = []
    for config in configs:
        if len(configs) > 1:
            click.echo(f"== {config.site} ==")
        codes.append(run_and_report(config))
    sys.exit(max(codes))


def run_and_report(config: AuditConfig, *, gate: bool = True) -> int:
    """Audit, write the reports, print the summary; return the exit code."""
    from checker.audit import Audit, AuditCannotRun
    from checker.browser.pool import BrowserUnavailable
    from checker.cli.errors import watch
    from checker.gate.policy import evaluate
    from checker.report import ReportError, write_reports

    progress = Progress(enabled=not config.quiet)
    try:
        with progress:
            watch(config)  # a crash saves what this run had (checker.cli.errors)
            audit = Audit(config, progress=progress.page, log=progress.log)
            watch(config, audit)
            result = audit.run()
    except (AuditCannotRun, BrowserUnavailable) as exc:
        click.echo(f"clinic-checker: cannot run: {_one_line(str(exc))}", err=True)
        return EXIT_CANNOT_RUN
    # The gate first: it marks baselined and waived findings in the store, which every
    # report (and JUnit's failures) must show.
    verdict = evaluate(config, result.store, result.run.id)
    try:
        paths = write_reports(config, result.store, result.run.id, result.out_dir)
    except ReportError as exc:
        click.echo(f"clinic-checker: cannot write the report: {_one_line(str(exc))}", err=True)
        return EXIT_CANNOT_RUN
    # Lines quote URLs and sentences from crawled pages: no control characters reach the
    # terminal or a CI log.
    for line in summary_lines(result, verdict, paths):
        click.echo(safe_text(line, 1000))
    from checker.cli.history import run_notes

    for line in run_notes(result.run, verdict):
        click.echo(safe_text(line, 1000))
    result.store.close()
    return verdict.exit_code if gate else 0


@cli.command()
@audit_options
def demo(**options: Any) -> None:
    """Serve the bundled demo clinic site on 127.0.0.1, audit it, write reports/demo/."""
    from checker.demo import demo_site_dir

    options["out"] = options.get("out") or Path("reports/demo")
    config = build_config([str(demo_site_dir())], options)
    if config.db is None:
        # A fresh store each time: the demo's port changes between runs.
        for suffix in ("", "-wal", "-shm"):
            Path(f"{config.out}/audit.sqlite{suffix}").unlink(missing_ok=True)
        config.db = Path(f"{config.out}/audit.sqlite")  # not the project's history
    code = run_and_report(config, gate=False)
    sys.exit(code)


@cli.group(invoke_without_command=True)
@click.option("--rules", "rule_packs", multiple=True, type=click.Path(exists=True,
              path_type=Path), help="An extra content-rule pack (YAML file or folder).")
@click.pass_context
def rules(ctx: click.Context, rule_packs: tuple[Path, ...]) -> None:
    """List the content rules (from the YAML packs)."""
    from checker.content import format_rule_list, load_rules

    ctx.obj = AuditConfig(rule_packs=list(rule_packs))
    if ctx.invoked_subcommand is None:
        click.echo(format_rule_list(load_rules(ctx.obj)))


@rules.command("show")
@click.argument("rule_id")
@click.pass_obj
def rules_show(config: AuditConfig, rule_id: str) -> None:
    """Print one rule's whole entry."""
    from checker.content import format_rule, load_rules

    by_id = {rule.id: rule for rule in load_rules(config)}
    if rule_id not in by_id:
        raise click.BadParameter(f"no content rule {rule_id!r}; `clinic-checker rules` lists them",
                                 param_hint="RULE_ID")
    click.echo(format_rule(by_id[rule_id]))


@cli.command()
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.argument("path", type=click.Path(path_type=Path), default="clinic-checker.toml")
def init(path: Path, force: bool) -> None:
    """Write a commented starter config file (default ./clinic-checker.toml)."""
    from checker.configfile import write_starter

    click.echo(f"Wrote {write_starter(path, force=force)}; edit the sites, then run"
               " `clinic-checker audit`.")


def _add_history_commands() -> None:
    from checker.cli.history import baseline, diff, history

    for command in (history, diff, baseline):
        cli.add_command(command)


_add_history_commands()


def main() -> None:
    from checker.cli.errors import last_resort

    with last_resort():
        cli(prog_name="clinic-checker")


if __name__ == "__main__":
    main()
