"""Our own YAML (the rule packs, lexicons and frames we ship, the claims corpus) is read with
libyaml's loader when PyYAML has it (checker.resources.read_own_yaml), and with the pure-Python
loader where it does not. The two disagree at the edges: libyaml accepted a "?" inside an
unquoted value of a flow mapping that the pure loader refuses (a corpus file of stop 40 had
two). A file only one of them reads, or reads differently, would break or change the checker on
a machine without libyaml; each file is read both ways here and must give the same data."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.resources import SAFE_LOADER, rules_dir

ROOT = Path(__file__).resolve().parents[2]
OWN_YAML = sorted([*rules_dir().rglob("*.yaml"),
                   *(ROOT / "tests" / "content" / "claims_corpus").glob("*.yaml")])


def test_the_own_files_are_found() -> None:
    assert len(OWN_YAML) > 50
    assert any(p.name == "claims.yaml" for p in OWN_YAML)


@pytest.mark.skipif(SAFE_LOADER is yaml.SafeLoader, reason="PyYAML without libyaml here")
@pytest.mark.parametrize("path", OWN_YAML, ids=lambda p: p.name)
def test_both_loaders_read_the_same_data(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    same = yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - safe loaders
    # (no diff of the data in the failure: the corpus holds held-out files)
    assert same, f"{path.name} reads differently with the pure-Python loader"
