"""bench/claims_pool.py: which records may be shown, which sets a run scores, what a compare says.

The pool tool is how rule changes are landed: it must never show the text of a record that
is still a measure, and it must report every item whose verdict moved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.claims_pool import (
    UNREAD_SETS,
    compare,
    development_sets,
    in_unread_half,
    pool,
)


@pytest.mark.parametrize(("set_name", "record_id", "unread"), [
    ("fresh59n.yaml", "f59n-003", True),       # an unread set, whole
    ("fresh54n.yaml", "f54nn-012", True),
    ("fresh57n.yaml", "f57n-101", True),       # a split set's test half
    ("fresh41n.yaml", "f41nn-112", True),
    ("fresh38a.yaml", "f38a-140", True),
    ("fresh61n.yaml", "f61nn-104", True),
    ("fresh60n.yaml", "f60n-003", True),
    ("fresh62n.yaml", "f62nn-041", True),
    ("fresh63n.yaml", "f63n-017", True),
    ("fresh64n.yaml", "f64nn-052", True),
    ("fresh67n.yaml", "f67n-004", True),
    ("fresh68n.yaml", "f68nn-033", True),
    ("fresh65n.yaml", "f65n-104", True),       # a later split set's test half
    ("fresh65n.yaml", "f65nn-101", True),
    ("fresh69n.yaml", "f69n-101", True),       # the split sets of stop 53
    ("fresh70n.yaml", "f70nn-150", True),
    ("fresh69n.yaml", "f69nn-020", False),
    ("fresh70n.yaml", "f70n-006", False),
    ("fresh57n.yaml", "f57n-004", False),      # ... and its dev half
    ("fresh36n.yaml", "f36nn-099", False),
    ("fresh61n.yaml", "f61nn-048", False),
    ("fresh65n.yaml", "f65n-010", False),
    ("fresh66n.yaml", "f66n-101", False),      # read whole: no halves
    ("fresh35n.yaml", "f35n-101", False),      # read whole before the split sets began
    ("fresh14a.yaml", "f14a-120", False),
    ("heldout2.yaml", "h2-150", False),
])
def test_a_record_is_shown_only_outside_the_unread_sets_and_halves(set_name, record_id,
                                                                    unread) -> None:
    assert in_unread_half(set_name, record_id) is unread


def test_a_run_never_scores_a_judge_and_the_unread_sets_only_when_asked() -> None:
    quiet, measured = development_sets(measure=False), development_sets(measure=True)
    assert not {"heldout3.yaml", "heldout4.yaml", "heldout5.yaml"} & set(measured)
    assert {"heldout.yaml", "heldout2.yaml", "fresh57n.yaml"} <= set(quiet)
    assert not UNREAD_SETS & set(quiet)
    assert {"fresh54n.yaml", "fresh59n.yaml"} <= set(measured)


def _result(misses: list[tuple[str, str]], fps: list[tuple[str, str]]) -> dict:
    def rows(pairs: list[tuple[str, str]]) -> list[dict]:
        return [{"kind": kind, "id": rid, "text": f"text of {rid}", "expect": []}
                for kind, rid in pairs]
    return {"misses": rows(misses), "false_positives": rows(fps)}


def _write(folder: Path, name: str, result: dict) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(result))


def test_compare_names_what_moved_and_hides_an_unread_record(tmp_path, capsys) -> None:
    base, new = tmp_path / "base", tmp_path / "new"
    _write(base, "fresh57n.yaml", _result([("claim", "f57n-004"), ("claim", "f57n-101")], []))
    _write(new, "fresh57n.yaml", _result([("claim", "f57n-101"), ("claim", "f57n-102")],
                                         [("rewrite", "f57n-002")]))
    compare(base, new)
    out = capsys.readouterr().out
    assert "   -miss claim f57n-004" in out
    assert "   +miss claim (unread)" in out and "f57n-102" not in out
    assert "   +FP rewrite f57n-002" in out
    assert out.strip().endswith("TOTAL misses 2 -> 2, false positives 0 -> 1")


def test_pool_lists_readable_records_with_their_text_only(tmp_path, capsys) -> None:
    _write(tmp_path, "fresh57n.yaml", _result([("claim", "f57n-004"), ("claim", "f57n-101")],
                                              [("patient-info", "f57nn-003")]))
    _write(tmp_path, "fresh59n.yaml", _result([("claim", "f59n-001")], []))
    pool(tmp_path)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:3] for line in lines] == [
        ["MISS", "fresh57n.yaml", "f57n-004"], ["FP", "fresh57n.yaml", "f57nn-003"]]
    assert lines[0].endswith("'text of f57n-004'")
