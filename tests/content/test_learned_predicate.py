"""The learned claim predicate (checker/content/learned.py, rules/models/claim-predicate.json):
golden sentences through the real engine, the plain-Python scorer against the probabilities
scikit-learn gave when the model was trained, and the model against the corpus it was
trained from."""

from __future__ import annotations

import dataclasses
import json

import pytest
from click.testing import CliRunner

from bench.claims_training import digest, training_set
from checker.cli.main import cli
from checker.content import ContentEngine
from checker.content.claimread import Context, judge
from checker.content.explain import explain_page
from checker.content.learned import MODEL_FILE, load_model, ngrams

RULE = "unapproved-disease-claim"



def _page(sentence: str) -> str:
    return ("<html><head><title>Stem Cell Therapy | Clinic</title></head><body><main>"
            f"<h1>Stem cell therapy</h1><p>{sentence}</p></main></body></html>")


def _fired(engine: ContentEngine, sentence: str) -> list[str]:
    verdict = engine.check_page("https://clinic.example/stem-cells/", _page(sentence))
    return [f.rule_id for f in verdict.findings if f.sentence == sentence]


# Sentences with a condition and a product and no predicate word of the lexicons: the rules
# alone let them pass; the learned predicate reads them as the disease claims they are.
LEARNED_CLAIMS = [
    "Knees worn down by osteoarthritis get a second life after one stem cell session.",
    "Stem cell infusions put multiple sclerosis in the rear-view mirror.",
    "Our stem cell protocol gets COPD patients off their oxygen tanks.",
    "Patients with Parkinson's button their shirts again after our stem cell protocol.",
]


@pytest.mark.parametrize("sentence", LEARNED_CLAIMS)
def test_a_claim_without_a_predicate_word_fires_through_the_learned_predicate(
        engine, sentence) -> None:
    assert _fired(engine, sentence) == [RULE]
    lines = "\n".join(explain_page(engine, "https://clinic.example/x/", _page(sentence), RULE))
    assert "FIRES" in lines and "the learned model rates it a claim" in lines


def test_the_rule_without_the_parameter_does_not_consult_the_model(engine) -> None:
    rule = next(r for r in engine.rules if r.id == RULE)
    spec = dataclasses.replace(rule.compiled, learned=None)
    verdict = judge(LEARNED_CLAIMS[1], spec, Context())
    assert not verdict.fired and verdict.stopped_by == "no predicate"


@pytest.mark.parametrize("sentence, stopped", [
    # approved care is the agent: patient information, whatever the model says
    ("Ocrelizumab infusions put multiple sclerosis in the rear-view mirror for many patients.",
     "approved care"),
    ("Is multiple sclerosis holding you back?", "a question"),
])
def test_scope_rules_still_stop_what_the_model_rates(engine, sentence, stopped) -> None:
    assert _fired(engine, sentence) == []
    lines = "\n".join(explain_page(engine, "https://clinic.example/x/", _page(sentence), RULE))
    assert f"no: {stopped}" in lines


def test_a_denial_stops_the_claim_even_when_the_model_rates_every_sentence_a_claim(
        engine) -> None:
    rule = next(r for r in engine.rules if r.id == RULE)
    eager = dataclasses.replace(rule.compiled.learned, threshold=0.0)
    spec = dataclasses.replace(rule.compiled, learned=eager, learned_threshold=0.0)
    sentence = "There is no evidence that stem cell infusions put multiple sclerosis behind you."
    verdict = judge(sentence, spec, Context())
    assert any("the learned model rates it a claim" in note for note in verdict.notes)
    assert not verdict.fired and verdict.stopped_by.startswith("denial")


def test_a_short_label_is_not_rated() -> None:
    model = load_model()
    assert model.probability("Stem cells: MS") >= model.threshold
    assert model.rates_claim("Stem cells: MS") is None


def test_plain_scorer_gives_the_probabilities_scikit_learn_gave() -> None:
    model = load_model()
    stored = json.loads(model.path.read_text(encoding="utf-8"))["checks"]
    assert len(stored) >= 10
    for check in stored:
        head = check.get("head", "disease")
        assert model.probability(check["text"], head) == pytest.approx(check["probability"],
                                                                       abs=1e-6)


def test_ngrams_are_scikit_learns_word_grams() -> None:
    assert ngrams("Stem-cell shots: 2x a week!", 2) == [
        "stem", "cell", "shots", "2x", "week", "stem cell", "cell shots", "shots 2x",
        "2x week"]


def test_the_model_was_trained_from_the_corpus_as_it_is() -> None:
    model = load_model()
    texts, labels = training_set()
    assert digest(texts, labels) == model.made["digest"], (
        "the claims corpus changed since the model was trained: run "
        "`python scripts/train_claim_model.py` (needs scikit-learn) and commit "
        f"rules/{MODEL_FILE}")
    assert model.made["texts"] == len(texts) and model.made["positives"] == sum(labels)


def test_rules_show_explains_the_learned_predicate() -> None:
    out = CliRunner().invoke(cli, ["rules", "show", RULE]).output
    assert "learned predicate: claim-predicate.json" in out
    assert "authorized health claims (clear a risk-reduction sentence): 6" in out
    threshold = load_model().threshold
    assert "scripts/train_claim_model.py" in out and f"probability >= {threshold}" in out
