"""Fuzz the command line: random options and values for every command, drawn from the
commands' own click parameters (a new option is fuzzed without touching this file), with
bad files for every path. Each example: an exit code in {0, 1, 2, 3}, no traceback, bounded
time."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import click
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz import strategies as fz
from tests.fuzz.conftest import FuzzServer, assert_clean, examples, run_checker

# Never drawn: --pdf starts Chromium whatever --no-browser says (a browser test, not a fuzz).
SKIPPED_OPTIONS = {"--pdf"}
URL_OPTIONS = {"--sitemap", "--webdriver-url"}
REGEX_OPTIONS = {"--include", "--exclude"}


@dataclass
class Context:
    """Files and URLs the fuzzed values point at."""

    server: FuzzServer
    site: Path
    paths: list[str]
    history: Path


@pytest.fixture(scope="session")
def context(fuzz_server, site_folder, tmp_path_factory) -> Context:
    root = tmp_path_factory.mktemp("fuzz-files")
    (root / "folder").mkdir()
    (root / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (root / "empty.txt").write_bytes(b"")
    (root / "text.txt").write_text("hello\n")
    (root / "pack.yaml").write_bytes(fz.YAML_NASTIES[-1])
    (root / "utf16.txt").write_bytes("http://127.0.0.1:1/\n".encode("utf-16"))
    history = root / "history.sqlite"
    for _ in range(2):  # two runs, for diff
        assert run_checker(["audit", str(site_folder), "--no-browser", "-q", "--db",
                            str(history), "--out", str(root / "out")], root).code in (0, 1)
    paths = [str(p) for p in sorted(root.iterdir())] + [
        str(root / "missing.yaml"), str(root / "text.txt" / "under-a-file"), "/proc/x/y",
        "", ".", "/", str(site_folder)]
    return Context(fuzz_server, site_folder, paths, history)


def option_value(option: click.Option, flag: str, ctx: Context) -> st.SearchStrategy[str]:
    base = ctx.server.url
    if isinstance(option.type, click.Path) or flag in ("--config", "-o", "--output"):
        return st.one_of(st.sampled_from(ctx.paths), fz.arg_text)
    if flag in URL_OPTIONS:
        return st.one_of(fz.loopback_url(base), fz.no_host_urls)
    if flag in REGEX_OPTIONS:
        return st.one_of(fz.regexes, fz.arg_text)
    if flag == "--header":
        return st.builds(lambda n, sep, v: f"{n}{sep}{v}", fz.arg_text,
                         st.sampled_from([": ", ":", ""]), fz.values)
    if flag in ("--cookie", "--severity-override", "--threshold"):
        return st.builds(lambda n, v: f"{n}={v}", st.one_of(
            fz.arg_text, st.sampled_from(["max_serious", "max_wcag_minor", "x"])), fz.values)
    if flag == "--as-of":
        return st.one_of(st.dates().map(str), fz.values)
    if isinstance(option.type, click.Choice):
        return st.one_of(st.sampled_from(list(option.type.choices)), fz.values)
    return fz.values


@st.composite
def command_line(draw: st.DrawFn, command: click.Command, ctx: Context) -> list[str]:
    args: list[str] = []
    options = [p for p in command.params if isinstance(p, click.Option)
               and not set(p.opts) & SKIPPED_OPTIONS]
    for option in draw(st.lists(st.sampled_from(options), max_size=6)) if options else []:
        flag = draw(st.sampled_from(option.opts + option.secondary_opts))
        if option.is_flag:
            args.append(flag)
        else:
            args += [flag, draw(option_value(option, flag, ctx))]
    for argument in (p for p in command.params if isinstance(p, click.Argument)):
        if argument.name == "start":
            args += draw(fz.start_arguments(ctx.server.url, str(ctx.site)))
        elif isinstance(argument.type, click.Path):
            args.append(draw(st.one_of(st.sampled_from(ctx.paths), fz.arg_text)))
        else:  # run references, rule ids, site names
            args.append(draw(st.one_of(st.sampled_from(["latest", "previous", "2026", ""]),
                                       fz.arg_text)))
    return args


def commands() -> dict[str, click.Command]:
    from checker.cli.main import cli

    found = {}
    for name, command in cli.commands.items():
        found[name] = command
        if isinstance(command, click.Group):
            found |= {f"{name} {sub}": c for sub, c in command.commands.items()}
    return found


@examples(14)
@given(data=st.data())
def test_audit_command_lines(context, workdirs, data):
    context.server.reset()
    args = data.draw(command_line(commands()["audit"], context), label="args")
    # the browser stays off and the run small whatever was drawn: options later win
    assert_clean(run_checker(["audit", *args, "--no-browser", "-q", "--format", "json"],
                             workdirs()))


@examples(30)
@given(data=st.data(), name=st.sampled_from(
    ["rules", "rules show", "history", "diff", "baseline", "init", "evidence", "signoff"]))
def test_other_command_lines(context, workdirs, data, name):
    folder = workdirs()
    shutil.copy(context.history, folder / "history.sqlite")  # these commands read a history
    args = data.draw(command_line(commands()[name], context), label="args")
    if name in ("history", "diff", "baseline", "evidence", "signoff") and "--db" not in args:
        args += ["--db", str(folder / "history.sqlite")]
    assert_clean(run_checker([*name.split(), *args], folder))


def float_flags() -> list[str]:
    return sorted(p.opts[-1] for p in commands()["audit"].params
                  if isinstance(p, click.Option) and isinstance(p.type, click.types.FloatParamType))


@pytest.mark.parametrize("value", ["inf", "nan", "-inf", "1e309"])
@pytest.mark.parametrize("flag", float_flags())
def test_non_finite_numbers_are_usage_errors(fuzz_server, workdirs, flag, value):
    """nan passes every range comparison and inf overflows a timeout (found by the fuzz):
    every number option refuses them in one line."""
    outcome = run_checker(["audit", fuzz_server.url, flag, value, "--no-browser", "-q"],
                          workdirs())
    assert_clean(outcome)
    assert outcome.code == 2 and flag in outcome.stderr, str(outcome)
