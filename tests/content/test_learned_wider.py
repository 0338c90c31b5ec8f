"""The wider learned component (issue 13, third round): the model consulted without a
condition where a product of the rule's classes is named, and its patient-information head
clearing findings about care that name no product of ours. Golden sentences through the real
engine (the exact sentence and rule), the paths switched off, and the model file's record of
how it was made."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner

from checker.cli.main import cli
from checker.content import ContentEngine
from checker.content.claimread import Context, judge
from checker.content.explain import explain_page
from checker.content.learned import PATIENT_INFO, load_model
from checker.settings import ConfigError

DISEASE_RULE = "unapproved-disease-claim"
INFECTION_RULE = "infectious-disease-claim"
URL = "https://clinic.example/x/"



def _page(sentence: str, title: str = "Stem Cell Therapy", after: str = "") -> str:
    return (
        f"<html><head><title>{title} | Clinic</title></head><body><main>"
        f"<h1>{title}</h1><p>{sentence}{after}</p></main></body></html>"
    )


def _fired(engine: ContentEngine, sentence: str, **page) -> list[str]:
    verdict = engine.check_page(URL, _page(sentence, **page))
    return sorted(f.rule_id for f in verdict.findings if f.sentence == sentence)


def _rule(engine: ContentEngine, rule_id: str):  # noqa: ANN202 - a Rule
    return next(r for r in engine.rules if r.id == rule_id)


# A product named, no condition of the lexicons and no predicate word: the model rates the
# sentence a disease claim at or above the rule's wide threshold.
# ("worn-out knees" is a condition of the lexicons since the composed consumer names: the
# wide path's example names the knees alone.)
WIDE_CLAIMS = [
    "Our stem cell injections let your knees glide like they did at twenty.",
    "After three stem cell sessions, patients tell us their joints feel brand new.",
    "Stem cells give your lungs a second wind.",
]


@pytest.mark.parametrize("sentence", WIDE_CLAIMS)
def test_a_claim_with_no_condition_of_the_lexicons_fires_through_the_model(
    engine, sentence
) -> None:
    assert _fired(engine, sentence) == [DISEASE_RULE]
    lines = "\n".join(explain_page(engine, URL, _page(sentence), DISEASE_RULE))
    assert "FIRES" in lines and "no condition or predicate word; the learned model" in lines


def test_the_wide_path_needs_the_rules_gate_and_its_threshold(engine) -> None:
    spec = _rule(engine, DISEASE_RULE).compiled
    assert spec.learned_gate == "product" and spec.learned_wide_threshold >= 0.9
    sentence = WIDE_CLAIMS[0]
    narrow = dataclasses.replace(spec, learned_gate="condition")
    assert judge(sentence, narrow, Context()).stopped_by == "no condition"
    strict = dataclasses.replace(spec, learned_wide_threshold=1.0)
    assert judge(sentence, strict, Context()).stopped_by == "no condition"


@pytest.mark.parametrize(
    "sentence",
    [
        "Stem cell treatment is offered Monday to Friday at our downtown office.",
        "Is stem cell therapy right for your knees?",
        "Our stem cell injections are not a way to make worn-out knees glide again.",
        # directions for storage and precautions of use (rated 0.92 before they were read)
        "Keep the stem cell serum vial away from direct sunlight and heat.",
        "Store the stem cell serum in a cool, dry place away from children.",
        "Avoid using the stem cell serum on broken or irritated skin.",
    ],
)
def test_the_wide_path_leaves_service_text_questions_and_denials(engine, sentence) -> None:
    assert _fired(engine, sentence) == []


# A patient-information sentence the rules read as a claim (a condition, "treat", and the
# clinic's service as the product): the patient-information head rates it as what it is.
# ("There is not enough evidence to recommend vitamin D to ...", the first example, is a
# denial since evidence said to be weak is one: checker/content/scopes.py)
PATIENT_INFO_SENTENCE = "Some people take vitamin D to prevent or treat COVID-19."


def test_the_patient_information_head_clears_care_named_without_our_product(engine) -> None:
    page = {"title": "Immune Support"}
    assert _fired(engine, PATIENT_INFO_SENTENCE, **page) == []
    lines = "\n".join(
        explain_page(engine, URL, _page(PATIENT_INFO_SENTENCE, **page), INFECTION_RULE)
    )
    assert "no: the learned model rates it patient information" in lines
    # without the head's veto the rule fires on it
    rule = _rule(engine, INFECTION_RULE)
    spec = dataclasses.replace(rule.compiled, learned_veto=False)
    assert judge(PATIENT_INFO_SENTENCE, spec, Context()).fired
    assert judge(PATIENT_INFO_SENTENCE, rule.compiled, Context()).stopped_by.startswith(
        "the learned model rates it patient information"
    )


def test_the_patient_information_head_does_not_clear_a_claim_naming_our_product(engine) -> None:
    sentence = "Our ozone therapy clears up ear infections within a few days."
    assert INFECTION_RULE in _fired(engine, sentence, title="Ozone Therapy")


def test_an_unknown_gate_is_refused() -> None:
    from checker.content.rules import Rule
    from checker.content.types import TYPES

    rule = Rule(
        id="x",
        pack="p",
        type="disease-claim",
        severity="serious",
        applies_to=["any"],
        region="main",
        message="m",
        why="w",
        fix="f",
        source="s",
        params={
            "predicates": ["cure"],
            "conditions": ["diseases"],
            "products": ["stem-cells"],
            "learned_predicate": True,
            "learned_gate": "everywhere",
        },
    )
    with pytest.raises(ConfigError, match="learned_gate"):
        TYPES["disease-claim"].compile(rule)


def test_the_model_file_records_how_it_was_made() -> None:
    model = load_model()
    made = model.made
    for key in (
        "command",
        "date",
        "digest",
        "texts",
        "positives",
        "variant",
        "cv",
        "cv_recall",
        "cv_fp",
        "grouped_cv",
    ):
        assert made.get(key) not in (None, ""), key
    assert "leaving out whole letters" in made["grouped_cv"]
    assert model.has(PATIENT_INFO)
    assert {b.analyzer for b in model.blocks} == {"word", "char_wb"}


def test_rules_show_explains_the_wider_model() -> None:
    out = CliRunner().invoke(cli, ["rules", "show", DISEASE_RULE]).output
    assert "but no condition of the lexicons: it fires there at probability >=" in out
    assert "patient-information head" in out


def test_a_claim_of_another_rules_condition_set_is_left_to_that_rule(engine) -> None:
    # "influenza" is an infection: the infectious rule reports it, the wide path of the
    # unapproved-product rule does not report it again
    sentence = "Our glutathione drip shields your family from influenza this winter."
    assert _fired(engine, sentence, title="IV Drips") == [INFECTION_RULE]


def test_the_rules_own_threshold_for_the_condition_path(engine) -> None:
    spec = _rule(engine, DISEASE_RULE).compiled
    assert spec.learned_threshold == 0.7 < spec.learned.threshold
    out = CliRunner().invoke(cli, ["rules", "show", DISEASE_RULE]).output
    assert "this rule lets it stand in for the predicate at probability >= 0.7" in out
