"""The claims corpus (tests/content/claims_corpus/): its schema, and the engine held to the
recall and false-positive figures recorded in baseline.json by bench/claims_eval.py --record.

Recall may only go up and false positives only down: after an engine change that improves
them, re-record (python bench/claims_eval.py --record) so the floor rises with it."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bench import claims_eval as ce

# Rounding slack only: the figures are deterministic (no clock, no network, no randomness).
EPSILON = 1e-9


@pytest.fixture(scope="module")
def corpus() -> tuple[dict[str, dict], list[dict], list[dict]]:
    return ce.load_corpus()


@pytest.fixture(scope="module")
def result() -> dict:
    return ce.evaluate()


@pytest.fixture(scope="module")
def baseline() -> dict:
    return json.loads(ce.BASELINE.read_text(encoding="utf-8"))


def test_corpus_schema_is_sound(corpus) -> None:
    letters, items, negatives = corpus
    assert ce.schema_problems(letters, items, negatives) == []


def test_corpus_size_and_spread(corpus) -> None:
    letters, items, negatives = corpus
    assert len(items) >= 200
    assert len(negatives) >= 150
    assert len({item["letter"] for item in items}) >= 15
    forms = Counter(item["form"] for item in items)
    assert set(forms) == set(ce.FORMS)  # every kind of markup a real page uses is present
    assert {item["expect"] for item in items} == set(ce.CLAIM_RULES)


def test_letters_avoid_the_held_out_years(corpus) -> None:
    letters, items, _ = corpus
    assert all(item["letter_url"].startswith("http") and item["recipient_type"]
               for item in items)
    years = {ce.letter_year(letter["date"]) for letter in letters.values()}
    assert not years & {2020, 2025, 2026}
    assert years <= ce.ALLOWED_YEARS


@pytest.mark.parametrize("path", ce.HELD_OUT_FILES, ids=lambda p: p.name)
def test_held_out_file_is_sound_and_apart_from_the_tuned_items(corpus, path) -> None:
    """Each held-out file (never tuned on) follows the schema, avoids the held-out years and
    shares no id or text with the tuned corpus."""
    letters, items, negatives = ce.load_held_out(path)
    assert ce.schema_problems(letters, items, negatives) == []
    assert len(items) >= 30 and len(negatives) >= 10
    _, tuned, tuned_negatives = corpus
    tuned_ids = {i["id"] for i in tuned} | {n["id"] for n in tuned_negatives}
    assert not tuned_ids & ({i["id"] for i in items} | {n["id"] for n in negatives})
    tuned_texts = {" / ".join(ce.item_texts(i)) for i in tuned}
    assert not tuned_texts & {" / ".join(ce.item_texts(i)) for i in items}


def test_second_held_out_file_uses_only_its_own_letters(corpus) -> None:
    """heldout2.yaml is an independent measure: none of its letters is one the tuned corpus or
    the first held-out file uses, and it covers every claim class and form."""
    first, second = ce.HELD_OUT_FILES
    letters, items, negatives = ce.load_held_out(second)
    tuned_letters, _, _ = corpus
    first_letters, first_items, first_negatives = ce.load_held_out(first)
    assert len(letters) >= 10 and len(items) >= 70 and len(negatives) >= 25
    assert not set(letters) & (set(tuned_letters) | set(first_letters))
    assert {item["class"] for item in items} == set(range(1, 8))
    assert {item["form"] for item in items} == set(ce.FORMS)
    first_ids = {i["id"] for i in first_items} | {n["id"] for n in first_negatives}
    assert not first_ids & ({i["id"] for i in items} | {n["id"] for n in negatives})


def test_held_out_option_takes_a_corpus_file_name_or_a_path(tmp_path) -> None:
    second = ce.HELD_OUT_FILES[1]
    assert ce.held_out_path(second.name) == second
    assert ce.held_out_path(str(second)) == second
    with pytest.raises(FileNotFoundError):
        ce.held_out_path(str(tmp_path / "missing.yaml"))
    with pytest.raises(SystemExit):  # argparse refuses an unknown file before any work
        ce.main(["--held-out", "no-such-file.yaml", "--quiet"])


def test_schema_check_catches_a_held_out_letter_and_a_bad_label(corpus) -> None:
    letters, items, negatives = corpus
    bad_letters = dict(letters)
    first = next(iter(bad_letters))
    bad_letters[first] = bad_letters[first] | {"date": "2020-04-24"}
    bad_item = items[0] | {"expect": "no-such-rule", "rewrite": None,
                           "letter_date": "2025-09-09"}
    problems = ce.schema_problems(bad_letters, [bad_item], negatives)
    assert any("outside 2015-2019/2021-2024" in p for p in problems)
    assert any("letter date '2025-09-09' not allowed" in p for p in problems)
    assert any("no-such-rule" in p for p in problems)
    assert any("no rewrite" in p for p in problems)


def test_an_item_counts_only_where_the_rule_fired_on_it() -> None:
    """A cure claim on the page is not credited to an item the rule did not fire on."""
    engine = ce.ContentEngine(ce.AuditConfig(as_of=ce.AS_OF))
    item = {"id": "probe", "form": "sentence", "topic": "stem-cell", "placement": "main",
            "text": "Our injections cure arthritis for good.", "expect":
            "no-unqualified-cure-claims"}
    outcome = ce.run_one(engine, item, 0)
    assert "no-unqualified-cure-claims" in outcome.on_item
    elsewhere = item | {"text": "Call the front desk to book a visit."}
    html = ce.page_for(elsewhere).replace(
        "<h2>What to expect</h2>", "<p>Our injections cure arthritis for good.</p>"
        "<h2>What to expect</h2>")
    verdict = engine.check_page("https://riverbend.example/probe/", html, status=200)
    fired = [f for f in verdict.findings if f.rule_id == "no-unqualified-cure-claims"]
    assert fired and not any(ce.on_item(f, elsewhere) for f in fired)


@pytest.mark.slow  # the whole corpus through the engine: about 30 s
def test_page_templates_fire_no_claim_rule_on_their_own(result) -> None:
    assert result["template_findings"] == []


@pytest.mark.slow  # the whole corpus through the engine: about 30 s
def test_recall_does_not_fall_below_the_recorded_figure(result, baseline) -> None:
    assert result["items"] >= baseline["items"]
    assert result["recall"] >= baseline["recall"] - EPSILON, result["misses"]
    for rid, floor in baseline["recall_per_rule"].items():
        assert result["recall_per_rule"].get(rid, 0.0) >= floor - EPSILON, rid


@pytest.mark.slow  # the whole corpus through the engine: about 30 s
def test_false_positives_do_not_rise_above_the_recorded_figure(result, baseline) -> None:
    assert result["fp_rate_rewrites"] <= baseline["fp_rate_rewrites"] + EPSILON, \
        result["false_positives"]
    assert result["fp_rate_patient_info"] <= baseline["fp_rate_patient_info"] + EPSILON, \
        result["false_positives"]


def test_page_option_prints_the_exact_page_of_a_rewrite(corpus, capsys) -> None:
    _, items, _ = corpus
    faq = next(item for item in items if item["form"] == "faq" and isinstance(
        item["rewrite"], dict) and "answer" in item["rewrite"])
    assert ce.main(["--page", faq["id"], "--rewrite"]) == 0
    page = capsys.readouterr().out
    assert f'<details id="{ce.ITEM_ID}">' in page
    assert ce.esc(faq["rewrite"]["answer"]) in page
    assert ce.esc(faq["answer"]) not in page
    assert ce.main(["--page", "no-such-id"]) == 2
