"""The claims corpus (tests/content/claims_corpus/): its schema, and the engine held to the
recall and false-positive figures recorded in baseline.json by bench/claims_eval.py --record.

Recall may only go up and false positives only down: after an engine change that improves
them, re-record (python bench/claims_eval.py --record) so the floor rises with it."""

from __future__ import annotations

import json
from collections import Counter

import pytest
import yaml

from bench import claims_eval as ce
from tests.content.conftest import EPSILON


@pytest.fixture(scope="module")
def corpus() -> tuple[dict[str, dict], list[dict], list[dict]]:
    return ce.load_corpus()


@pytest.fixture(scope="module")
def result() -> dict:
    return ce.evaluate()


@pytest.fixture(scope="module")
def letters_of_files() -> dict[str, dict[str, dict]]:
    return ce.letters_by_file()


@pytest.fixture(scope="module")
def whole_engine() -> ce.ContentEngine:
    """The whole engine (every rule, the corpus's as-of date), for the tests that only check
    pages with it: built once, not once per test."""
    return ce.ContentEngine(ce.AuditConfig(as_of=ce.AS_OF))


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


# Letters an independent held-out file shares with another corpus file, accepted by name:
# heldout2.yaml's Stemell warning letter was part of the FDA's 3 April 2019 stem-cell action,
# which the tuned corpus added later as fda-stem-cell-companies-2019 (same address as
# Stemell's `also`); bench/README.md reports heldout2 with and without those items.
KNOWN_SHARED_LETTERS = {
    "heldout2.yaml": {("fda-stemell-2019", "fda-stem-cell-companies-2019")},
    # development sets that reused a judge's letter before fresh*.yaml were compared (found
    # 5 Dec 2026): the judge's figures are also given without those letters' items ("apart")
    "heldout3.yaml": {("ftc-awaremed-2023", "ftc-awaremed-2023"),
                      ("ftc-sunrise-nutraceuticals-2015", "ftc-sunrise-elimidrol-2015")},
    "heldout4.yaml": {("ftc-neora-2019", "ftc-neora-2019"),
                      ("ftc-precision-patient-outcomes-2022",
                       "ftc-precision-patient-outcomes-2022")},
}
# ... the same letters, under the development sets' ids
DEV_SHARED_WITH_JUDGES = {"fresh12n.yaml": {"ftc-awaremed-2023", "ftc-sunrise-elimidrol-2015"},
                          "fresh13n.yaml": {"ftc-neora-2019"},
                          "fresh16a.yaml": {"ftc-precision-patient-outcomes-2022"}}


@pytest.mark.parametrize("path", ce.INDEPENDENT_HELD_OUT, ids=lambda p: p.name)
def test_independent_held_out_file_uses_only_its_own_letters(path, letters_of_files) -> None:
    """heldout2.yaml to heldout5.yaml are independent measures: none of their
    letters is one another corpus file uses (letters.yaml, items-*.yaml, the other held-out
    files), compared by id and by normalized address, and each covers every claim class and
    form."""
    letters, items, negatives = ce.load_held_out(path)
    assert len(letters) >= 10 and len(items) >= 70 and len(negatives) >= 25
    shared = {(lid, olid) for lid, _, olid in ce.letters_shared_with_other_files(
        path.name, letters_of_files)}
    assert shared <= KNOWN_SHARED_LETTERS.get(path.name, set()), sorted(shared)
    assert {item["class"] for item in items} == set(range(1, 8))
    assert {item["form"] for item in items} == set(ce.FORMS)
    others = [ce.load_held_out(other) for other in ce.HELD_OUT_FILES if other != path]
    other_ids = {i["id"] for _, its, negs in others for i in its + negs}
    assert not other_ids & ({i["id"] for i in items} | {n["id"] for n in negatives})


def test_the_third_held_out_file_is_the_larger_judge() -> None:
    """heldout3.yaml replaces heldout2.yaml as the never-tuned measure: at least 80 claims with
    rewrites and 30 patient-information sentences from at least 10 letters, a sidebar claim
    among them, and no letter from the held-out years."""
    letters, items, negatives = ce.load_held_out(ce.HELD_OUT_FILES[2])
    assert len(items) >= 80 and len(negatives) >= 30 and len(letters) >= 10
    assert all(item["rewrite"] for item in items)
    assert any(item.get("placement") == "sidebar" for item in items)
    assert {ce.letter_year(letter["date"]) for letter in letters.values()} <= ce.ALLOWED_YEARS


def test_the_fourth_held_out_file_is_the_evening_judge(letters_of_files) -> None:
    """heldout4.yaml, the judge from the evening of 4 Dec 2026: at least 90 claims with
    rewrites and 35 patient-information sentences from at least 10 letters of its own (none
    shared with any other corpus file, heldout3.yaml included), claims in the sidebar among
    them, and no letter from the held-out years."""
    path = ce.held_out_path("heldout4.yaml")
    assert path == ce.HELD_OUT_FILES[3] and path in ce.INDEPENDENT_HELD_OUT
    letters, items, negatives = ce.load_held_out(path)
    assert len(items) >= 90 and len(negatives) >= 35 and len(letters) >= 10
    assert all(item["rewrite"] for item in items)
    assert sum(item.get("placement") == "sidebar" for item in items) >= 5
    assert {ce.letter_year(letter["date"]) for letter in letters.values()} <= ce.ALLOWED_YEARS
    shared = {(lid, olid) for lid, _, olid in ce.letters_shared_with_other_files(
        path.name, letters_of_files)}
    assert shared <= KNOWN_SHARED_LETTERS[path.name]


def test_the_fifth_held_out_file_is_a_judge_of_its_own(letters_of_files) -> None:
    """heldout5.yaml, written before the late-evening rule changes of 4 Dec 2026: at least 100
    claims with rewrites and 40 patient-information sentences from at least 10 letters of its own
    (none shared with any other corpus file, the other judges included), spread over the seven
    claim classes with claims in the sidebar, and no letter from the held-out years."""
    path = ce.held_out_path("heldout5.yaml")
    assert path == ce.HELD_OUT_FILES[4] and path in ce.INDEPENDENT_HELD_OUT
    letters, items, negatives = ce.load_held_out(path)
    assert len(items) >= 100 and len(negatives) >= 40 and len(letters) >= 10
    assert all(item["rewrite"] for item in items)
    assert sum(item.get("placement") == "sidebar" for item in items) >= 5
    assert {item["class"] for item in items} == set(range(1, 8))
    assert {ce.letter_year(letter["date"]) for letter in letters.values()} <= ce.ALLOWED_YEARS
    assert not ce.letters_shared_with_other_files(path.name, letters_of_files)


@pytest.mark.parametrize("path", ce.DEV_SETS, ids=lambda p: p.name)
def test_a_development_set_follows_the_schema_the_bench_scores_by(path) -> None:
    """A fresh batch is checked by the same schema the bench refuses a file by (an FAQ claim
    needs its question and its answer, a card its title and text, a letter its allowed
    date), so a file the bench would refuse fails here first, before anyone scores it."""
    letters, items, negatives = ce.load_held_out(path)
    assert ce.schema_problems(letters, items, negatives, ours=True) == []


@pytest.mark.parametrize("path", ce.DEV_SETS, ids=lambda p: p.name)
def test_a_development_set_uses_no_letter_of_another_file(path, letters_of_files) -> None:
    """A fresh batch is written from letters no other corpus file uses (compared by id and by
    normalized address with letters.yaml, items-*.yaml, every held-out file and every other
    development set): its first-contact figure, and the judges', would otherwise measure
    wording someone here already read. Only this file's own letter ids are printed."""
    shared = {lid for lid, _, _ in ce.letters_shared_with_other_files(path.name,
                                                                       letters_of_files)}
    extra = shared - DEV_SHARED_WITH_JUDGES.get(path.name, set())
    assert not extra, f"{len(extra)} letters of {path.name} another file uses: {sorted(extra)}"


def test_a_judge_reports_its_figures_without_the_letters_another_file_uses(
        monkeypatch) -> None:
    """evaluate() on a judge adds `apart`: recall and rewrite false positives over the items
    of letters no other corpus file uses (heldout4.yaml shares two with development sets)."""
    path = ce.held_out_path("heldout4.yaml")
    shared = {lid for lid, _ in KNOWN_SHARED_LETTERS["heldout4.yaml"]}
    # (an engine stand-in that catches exactly the items of the shared letters: this tests
    # the bookkeeping of the split, the engine's figures are the slow tests')
    monkeypatch.setattr(ce, "run_one", lambda engine, item, i: ce.Outcome(
        item, ce.accepted(item) if item.get("letter") in shared else []))
    result = ce.evaluate(object(), held_out=path)  # type: ignore[arg-type]
    _, items, _ = ce.load_held_out(path)
    kept = [item for item in items if item["letter"] not in shared]
    assert result["apart"] == {"letters_shared": 2, "items": len(kept), "recall": 0.0,
                               "fp_rate_rewrites": 0.0}
    assert result["recall"] == round(1 - len(kept) / len(items), 4) > 0


def test_letter_addresses_are_compared_as_the_page_they_name() -> None:
    """The same page under http/https, with or without www., a trailing slash, an /amp ending or
    a tracking parameter is one address; another path or a query that names another page is
    not."""
    page = "https://www.example.org/2019/04/fda-sends-letters/"
    same = ("http://example.org/2019/04/fda-sends-letters", page + "amp",
            page + "?utm_source=feed", page + "?replytocom=3#comments")
    assert {ce.normalized_address(url) for url in same} == {ce.normalized_address(page)}
    assert ce.normalized_address(page) != ce.normalized_address(
        "https://www.example.org/2019/04/fda-sends-other-letters/")
    assert ce.normalized_address("https://lexology.com/detail.aspx?g=a1") != \
        ce.normalized_address("https://lexology.com/detail.aspx?g=b2")
    assert ce.letter_addresses({"url": page, "also": [same[0], "https://x.example/y"]}) == {
        ce.normalized_address(page), "x.example/y"}


def test_a_letter_shared_under_another_id_is_found(tmp_path, monkeypatch) -> None:
    """The check that keeps held-out letters apart catches one FDA action under a new id."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in [ce.CORPUS / "letters.yaml", *ce.CORPUS.glob("items-*.yaml"), *ce.HELD_OUT_FILES]:
        (corpus / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    tuned = ce.load_yaml("letters.yaml")
    letter = ce.load_held_out(ce.HELD_OUT_FILES[2])[0]["ftc-prevagen-2017"]
    copy = {**letter, "id": "ftc-quincy-bioscience-2017",
            "url": letter["url"].replace("https://", "http://www.") + "/"}
    (corpus / "letters.yaml").write_text(yaml.safe_dump(tuned + [copy]), encoding="utf-8")
    monkeypatch.setattr(ce, "CORPUS", corpus)
    monkeypatch.setattr(ce, "HELD_OUT_FILES", tuple(corpus / p.name for p in ce.HELD_OUT_FILES))
    shared = ce.letters_shared_with_other_files("heldout3.yaml")
    assert ("ftc-prevagen-2017", "letters.yaml", "ftc-quincy-bioscience-2017") in shared


def test_held_out_option_takes_a_corpus_file_name_or_a_path(tmp_path) -> None:
    second = ce.HELD_OUT_FILES[1]
    assert ce.held_out_path(second.name) == second
    assert ce.held_out_path(str(second)) == second
    with pytest.raises(FileNotFoundError):
        ce.held_out_path(str(tmp_path / "missing.yaml"))
    with pytest.raises(SystemExit):  # argparse refuses an unknown file before any work
        ce.main(["--held-out", "no-such-file.yaml", "--quiet"])


def test_a_file_from_outside_the_corpus_is_scored_whatever_its_letters_dates(
        tmp_path, capsys) -> None:
    """The independent check's file (letters of 2020 and 2025 on, which this project's files
    must not use) is scored, not refused; a topic with no page template goes on the clinic
    home page, said on stderr."""
    letters = [{"id": f"ext-{year}", "url": f"https://www.fda.gov/example-{year}",
                "date": f"{year}-05-01", "recipient": "Example Clinic",
                "recipient_type": "clinic", "agency": "FDA", "kind": "warning"}
               for year in (2020, 2025)]
    item = {"product": "stem cells", "condition": "knee arthritis", "class": 1,
            "form": "sentence", "expect": "unapproved-disease-claim"}
    items = [item | {"id": "ext-1", "letter": "ext-2020", "topic": "stem-cell",
                     "text": "Our stem cell injections treat knee arthritis.",
                     "rewrite": "Stem cell injections are not FDA-approved for knee arthritis."},
             item | {"id": "ext-2", "letter": "ext-2025", "topic": "dental-implants",
                     "text": "Our stem cell dental therapy treats gum disease.",
                     "rewrite": "Our dentists treat gum disease with scaling and root planing.",
                     "condition": "gum disease"}]
    negatives = [{"id": "ext-n1", "topic": "dental-implants", "style": "ADA",
                  "text": "Brushing twice a day with fluoride toothpaste helps prevent cavities."}]
    path = tmp_path / "independent.yaml"
    path.write_text(yaml.safe_dump({"letters": letters, "items": items,
                                    "negatives": negatives}), encoding="utf-8")
    assert ce.main(["--held-out", str(path), "--json"]) == 0
    out = capsys.readouterr()
    result = json.loads(out.out)
    assert (result["items"], result["patient_info"], result["recall"]) == (2, 1, 1.0)
    assert "placed on the clinic home page: dental-implants" in out.err
    assert not ce.is_project_file(path) and ce.is_project_file(ce.HELD_OUT_FILES[2])
    assert not ce.is_project_file(ce.CORPUS / "independent.yaml")
    # the same records as a file of this project's corpus are refused for their dates
    loaded = {x["id"]: x for x in letters}
    assert any("outside 2015-2019/2021-2024" in p
               for p in ce.schema_problems(loaded, items, negatives, ours=True))


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


def test_an_item_counts_only_where_the_rule_fired_on_it(whole_engine) -> None:
    """A cure claim on the page is not credited to an item the rule did not fire on."""
    engine = whole_engine
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


def test_a_finding_that_gave_way_to_the_rule_it_defers_to_counts_for_its_rule(
        whole_engine) -> None:
    """One claim, one finding: the disease rule defers to the cure rule on the same sentence.
    An item labelled for the disease rule is caught when that rule found it and the cure rule
    reports it; a cure finding alone credits no disease label."""
    engine = whole_engine
    item = {"id": "probe", "form": "sentence", "topic": "regenerative", "placement": "main",
            "class": 1, "text": "Our injections heal your arthritis without surgery.",
            "expect": "unapproved-disease-claim"}
    outcome = ce.run_one(engine, item, 0)
    assert outcome.on_item == ["no-unqualified-cure-claims"]
    assert outcome.deferred == ["unapproved-disease-claim"]
    assert ce._caught(outcome)
    result = ce.summarize([outcome], [], [], [], 0.0, 1)
    assert result["recall"] == 1.0 and result["caught_as_deferred"] == 1
    assert not ce._caught(ce.Outcome(item, on_item=["no-unqualified-cure-claims"]))


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


def test_on_page_home_places_a_text_on_the_home_page_not_its_topic(whole_engine) -> None:
    """`--on-page home`: the page names none of the topic's products; a claim that names its
    own product still fires there, and the option is never recorded."""
    engine = whole_engine
    item = {"id": "probe", "form": "sentence", "topic": "home", "placement": "main",
            "text": "Our stem cell injections cure arthritis for good."}
    page = ce.page_for(item)
    assert ce.HOME.title in page and ce.TOPICS["stem-cell"].h1 not in page
    assert "no-unqualified-cure-claims" in ce.run_one(engine, item, 0).on_item
    with pytest.raises(SystemExit):
        ce.main(["--on-page", "home", "--record"])


def test_a_judge_is_never_recorded() -> None:
    with pytest.raises(SystemExit):
        ce.main(["--held-out", "heldout3.yaml", "--record"])
    assert ce.DEV_SETS and all(p.name.startswith("fresh") for p in ce.DEV_SETS)
    assert not set(ce.DEV_SETS) & set(ce.HELD_OUT_FILES)
