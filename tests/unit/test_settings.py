"""The options table is the one source: the CLI, config files and the library refuse the same
values in the same words; docs/cli.md, the README's table and the starter file are generated
from it and current."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.browser.engines.own import rules_markdown
from checker.cli.main import cli
from checker.cli.reference import DOCS, OWN_RULES, README, cli_reference, readme_with_table
from checker.configfile import parse_project
from checker.settings import AuditConfig, ConfigError, settings_table
from checker.settings.starter import starter_text

# (config key = value, the one line a config file gets) for values the CLI always refused
BAD_VALUES = [
    ("page_timeout = 0", "page_timeout must be at least 1, got 0"),
    ("connect_timeout = -1", "connect_timeout must be more than 0, got -1"),
    ("read_timeout = 0", "read_timeout must be more than 0, got 0"),
    ("max_body_mb = -1", "max_body_mb must be more than 0, got -1"),
    ("max_urls_per_pattern = -1", "max_urls_per_pattern must be at least 1, got -1"),
    ("wcag = '3.0'", "wcag '3.0' is not one of: 2.0, 2.1, 2.2"),
    ("format = ['html', 'xml']", "format 'xml' is not one of: html, json, csv, junit, sarif"),
    ("severity_override = { reading-level = 'huge' }", "severity_override for reading-level"),
]


def test_docs_and_readme_table_are_generated_from_the_current_table():
    """Stale docs fail here: run `make docs`."""
    assert DOCS.read_text("utf-8") == cli_reference()
    assert OWN_RULES.read_text("utf-8") == rules_markdown()
    text = README.read_text("utf-8")
    assert text == readme_with_table(text)


def test_every_row_is_in_the_reference_the_readme_and_the_starter():
    docs = " ".join(DOCS.read_text("utf-8").split())  # --help wraps lines anywhere
    readme, starter = README.read_text("utf-8"), starter_text()
    for row in settings_table():
        if row.flag:
            long_flag = row.flag.split("/")[0]
            assert long_flag in docs and f"`{long_flag}" in readme, row.name
            assert f"key: {row.key}" in docs, row.name
        assert f"{row.key} = " in starter, row.name


def test_the_starter_is_toml_whose_active_keys_load(tmp_path: Path):
    path = tmp_path / "clinic-checker.toml"
    path.write_text(starter_text(), encoding="utf-8")
    tomllib.loads(path.read_text())
    configs = parse_project(path).configs({})
    assert configs[0].max_pages == 500 and configs[1].max_pages == 100
    assert configs[1].thresholds == {"max_wcag_serious": 0}


@pytest.mark.parametrize(("line", "problem"), BAD_VALUES, ids=[b[0] for b in BAD_VALUES])
def test_a_bad_value_in_a_file_is_one_line_naming_file_and_key(tmp_path, line, problem):
    path = tmp_path / "clinic-checker.toml"
    path.write_text(f"start = 'https://x.example/'\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        parse_project(path).configs({})
    message = str(info.value)
    assert message.startswith(f"{path}: {problem}") and "\n" not in message


def test_cli_file_and_library_refuse_a_value_in_the_same_words(tmp_path):
    with pytest.raises(ConfigError, match="^--page-timeout must be at least 1, got 0$"):
        AuditConfig(page_timeout=0).validate()
    result = CliRunner().invoke(cli, ["audit", "--page-timeout", "0", "https://x.example/"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "clinic-checker: error: --page-timeout must be at least 1, got 0"]


def test_a_typed_value_that_is_wrong_is_named_as_the_flag_even_with_a_file(tmp_path):
    path = tmp_path / "clinic-checker.toml"
    path.write_text("start = 'https://x.example/'\nretries = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="^--retries must be 0 or more, got -2$"):
        parse_project(path).configs({"retries": -2})


def test_old_keys_still_read_in_field_units(tmp_path):
    path = tmp_path / "clinic-checker.toml"
    path.write_text("start = 'https://x.example/'\nwcag_version = '2.2'\nmax_body_bytes = 2048\n"
                    "max_body_mb = 1\nrule_packs = []\n", encoding="utf-8")
    project = parse_project(path)
    (config,) = project.configs({})
    assert config.wcag_version == "2.2"
    assert config.max_body_bytes == 1024 * 1024  # max_body_mb came later in the file
    assert [n.split("; ")[1] for n in project.notices] == [
        "use 'wcag'", "use 'max_body_mb'", "use 'rules'"]


def test_each_stage_gets_only_its_slice():
    config = AuditConfig(max_pages=7, level="AAA", as_of=AuditConfig().as_of)
    assert config.crawl.max_pages == 7 and not hasattr(config.crawl, "level")
    assert config.axe.level == "AAA" and not hasattr(config.axe, "max_pages")
    assert not hasattr(config.content, "fail_on") and config.gate.fail_on == "serious"
    # the browser stage reads its own settings and the axe profile it runs, nothing else
    stage = config.browser_stage
    assert stage.level == "AAA" and stage.page_timeout == 30.0
    assert not hasattr(stage, "max_pages") and not hasattr(stage, "rule_packs")
