"""Fuzz the files a user hands the checker: config files, rule packs, --urls lists, waivers
and baselines. Each example: an exit code in {0, 1, 2, 3}, no traceback, bounded time."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz import strategies as fz
from tests.fuzz.conftest import assert_clean, examples, run_checker

AUDIT = ["--no-browser", "-q", "--max-pages", "3", "--format", "json"]


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@examples(15)
@given(data=st.data())
def test_config_files(fuzz_server, site_folder, workdirs, data):
    """Random TOML (known keys with any type and range, unknown keys, sites) and non-TOML."""
    folder = workdirs()
    content = data.draw(fz.config_file(fuzz_server.url, str(site_folder)), label="config")
    config = write(folder, data.draw(st.sampled_from(["clinic-checker.toml",
                                                      "pyproject.toml"])), content)
    command = data.draw(st.sampled_from(["audit", "history"]), label="command")
    extra = AUDIT if command == "audit" else []
    assert_clean(run_checker([command, "--config", str(config), *extra], folder))


@examples(20)
@given(pack=fz.rule_pack())
def test_rule_packs_listed(workdirs, pack):
    """`rules --rules PACK`: the pack is read, validated and compiled."""
    folder = workdirs()
    assert_clean(run_checker(["rules", "--rules", str(write(folder, "pack.yaml", pack))],
                             folder))


@pytest.mark.parametrize("pack", fz.YAML_NASTIES, ids=range(len(fz.YAML_NASTIES)))
def test_hostile_rule_packs(workdirs, pack):
    """Alias bombs, python tags, deep nesting, catastrophic regexes: one line, at once."""
    folder = workdirs()
    assert_clean(run_checker(["rules", "--rules", str(write(folder, "pack.yaml", pack))],
                             folder))


@examples(3)
@given(pack=fz.rule_pack())
@example(pack=fz.YAML_NASTIES[-1])
def test_rule_packs_in_an_audit(fuzz_server, workdirs, pack):
    """A pack that loads runs on real pages (its patterns meet page text)."""
    folder = workdirs()
    fuzz_server.reset()
    args = ["audit", fuzz_server.url, *AUDIT, "--rules", str(write(folder, "p.yaml", pack))]
    assert_clean(run_checker(args, folder))


@examples(8)
@given(data=st.data())
def test_url_list_files(fuzz_server, workdirs, data):
    """--urls: random bytes, every common encoding with and without a BOM, odd line ends."""
    folder = workdirs()
    fuzz_server.reset()
    urls = write(folder, "urls.txt", data.draw(fz.url_list_file(fuzz_server.url)))
    assert_clean(run_checker(["audit", "--urls", str(urls), *AUDIT], folder))


@examples(6)
@given(waivers=fz.waivers_file(), baseline=fz.baseline_file(), which=st.sampled_from(
    ["waivers", "baseline", "both"]))
def test_waivers_and_baselines(fuzz_server, workdirs, waivers, baseline, which):
    folder = workdirs()
    fuzz_server.reset()
    suffix, content = waivers
    args = ["audit", fuzz_server.url, *AUDIT]
    if which in ("waivers", "both"):
        args += ["--waivers", str(write(folder, f"waivers{suffix}", content))]
    if which in ("baseline", "both"):
        args += ["--baseline", str(write(folder, "baseline.json", baseline))]
    assert_clean(run_checker(args, folder))
