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


def _import_graph() -> dict[str, set[str]]:
    """checker module -> the checker modules it imports (function-level imports included)."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
            elif isinstance(node, ast.Import):
                targets |= {a.name for a in node.names}
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_outside_content():
    """checker/content's own cycles are being taken apart separately (issue 11, item 6)."""
    outside = [c for c in _cycles(_import_graph())
               if not all(m.startswith("checker.content") for m in c)]
    assert not outside, outside


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice():
    # A second `_ANSWER_NO = ...` thousands of lines below the first silently replaced it for
    # every function that used the first (ruff's F811 sees functions and imports, not constants).
    twice = {}
    for path in PACKAGE.rglob("*.py"):
        names = _top_level_names(ast.parse(path.read_text("utf-8")))
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            twice[str(path.relative_to(PACKAGE))] = repeated
    assert twice == {}
