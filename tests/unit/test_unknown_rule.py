"""An unknown rule id is one line that names it, capped and without control characters:
`rules show` and `explain --rule` say it the same way (checker.cli.rules.no_rule)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from checker.cli.main import cli


@pytest.mark.parametrize("command", ["rules", "explain"])
def test_an_unknown_rule_id_is_one_capped_clean_line(tmp_path, command) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>Hello</p>", encoding="utf-8")
    args = ["rules", "show"] if command == "rules" else ["explain", str(page), "--rule"]
    rule_id = "\x1b[31m" + "x" * 5000
    result = CliRunner().invoke(cli, [*args, rule_id])
    assert result.exit_code == 2
    line = next(line for line in result.output.splitlines() if "no content rule" in line)
    assert "\x1b" not in result.output and len(line) < 300
    assert "x" * 70 in line and "`clinic-checker rules` lists them" in line
