"""The module picture, read from the imports: the CLI (and click) stays in checker/cli, and
each exit code is defined once."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "checker"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _library_modules() -> list[Path]:
    """Every module but the CLI and `python -m checker` (which only starts the CLI)."""
    return [p for p in PACKAGE.rglob("*.py")
            if "cli" not in p.relative_to(PACKAGE).parts and p.name != "__main__.py"]


def test_nothing_outside_checker_cli_imports_click_or_the_cli():
    offenders = {}
    for path in _library_modules():
        bad = {m for m in _imports(path)
               if m == "click" or m.startswith(("click.", "checker.cli"))}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert not offenders, offenders


def test_each_exit_code_is_defined_once():
    definitions = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id.startswith("EXIT_") for t in node.targets):
                definitions.append(path.name)
    assert set(definitions) == {"exit_codes.py"}, definitions
