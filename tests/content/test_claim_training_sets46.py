"""What the learned claim predicate may train on (bench/claims_training.py, stop 46): the
shipped model the tuned corpus, heldout.yaml and heldout2.yaml; the option READ_DEV_FILES
(variant words+chars+pi@read) every READ development item, never a record that is still a
measure. The test
halves of the split sets (records numbered 100 and up of fresh36n..fresh53n and fresh38a) and
the measure sets (heldout3/4/5.yaml, fresh54n/55n/56n.yaml) are told apart here by name and id
alone, so that no test opens a measure to check it is left out."""

from __future__ import annotations

import re

import pytest

from bench.claims_eval import CORPUS
from bench.claims_training import (
    DEV_FILES,
    MEASURE_FILES,
    READ_DEV_FILES,
    dev_records,
    examples,
    in_test_half,
    read_dev_files,
)

# A split set's record id (claims f41n-012, patient information f41nn-112, f38an-105):
# its set's number and letter, and its own number.
SPLIT_ID = re.compile(r"^f(?P<set>\d+)(?P<kind>[an])n?-(?P<number>\d+)$")
MEASURE_ID = re.compile(r"^f5[456]n")


def _test_half(record_id: str) -> bool:
    """Stated here apart from the module: a record of fresh36n..fresh53n or fresh38a
    numbered 100 or more."""
    m = SPLIT_ID.match(record_id)
    if m is None:
        return False
    split = (m["kind"] == "n" and 36 <= int(m["set"]) <= 53) or (
        m["kind"] == "a" and m["set"] == "38")
    return split and int(m["number"]) >= 100


@pytest.fixture(scope="module")
def sources() -> set[str]:
    return {e.source for e in examples(READ_DEV_FILES) if e.source}


def test_no_test_half_record_trains(sources) -> None:
    assert not {s for s in sources if _test_half(s)}


def test_no_measure_set_record_trains(sources) -> None:
    assert not {s for s in sources if MEASURE_ID.match(s)}
    names = {p.name for p in read_dev_files()}
    assert not names & MEASURE_FILES
    assert {"heldout3.yaml", "heldout4.yaml", "heldout5.yaml", "fresh54n.yaml",
            "fresh55n.yaml", "fresh56n.yaml"} <= MEASURE_FILES


def test_every_read_development_set_trains(sources) -> None:
    assert READ_DEV_FILES == read_dev_files()
    names = {p.name for p in READ_DEV_FILES}
    assert {"heldout.yaml", "heldout2.yaml", "fresh9a.yaml", "fresh35n.yaml",
            "fresh38a.yaml", "fresh53n.yaml"} <= names
    # the dev half of a split set trains, and the whole of a set without a test half
    assert {"f41n-001", "f41nn-001", "f38a-001", "f17a-101"} <= sources


def test_the_shipped_model_trains_on_the_first_development_sets_only() -> None:
    assert [p.name for p in DEV_FILES] == ["heldout.yaml", "heldout2.yaml"]


def test_a_measure_file_is_refused_before_it_is_opened() -> None:
    with pytest.raises(ValueError, match="measure set"):
        dev_records(CORPUS / "heldout3.yaml")


@pytest.mark.parametrize("file_name, record_id, test_half", [
    ("fresh41n.yaml", "f41n-099", False),
    ("fresh41n.yaml", "f41n-100", True),
    ("fresh41n.yaml", "f41nn-112", True),
    ("fresh38a.yaml", "f38an-105", True),
    ("fresh35n.yaml", "f35n-105", False),  # no test half: the whole set is read
])
def test_the_halves_are_cut_at_100(file_name, record_id, test_half) -> None:
    assert in_test_half(file_name, record_id) is test_half
