"""Golden tests (stop 37, scope37): withdrawal managed by clinicians ("medically supervised
withdrawal", "medically managed detox", SAMHSA TIP 45 and the ASAM withdrawal management
guidelines) is approved care (products.yaml approved-care): a sentence saying it manages
withdrawal symptoms is patient information on a recovery products page. The seller's kit said
to do it, set against that care or put in its place, still claims. Sentences written for these
tests."""

from __future__ import annotations

from tests.content.conftest import assert_fires_as_labelled, golden_sentences

DISEASE = "unapproved-disease-claim"


@golden_sentences([
    (DISEASE, False, "recovery", "Medically supervised withdrawal manages withdrawal symptoms "
     "safely over a few days."),
    (DISEASE, False, "recovery", "Medically managed detox eases alcohol withdrawal symptoms "
     "under a doctor's watch."),
    # ... neighbours: the seller's kit
    (DISEASE, True, "recovery", "Withdrawal Ease manages withdrawal symptoms safely at home "
     "over a few days."),
    (DISEASE, True, "recovery", "Skip medically supervised withdrawal: our herbal kit ends "
     "withdrawal symptoms at home."),
    (DISEASE, True, "recovery", "Our kit works better than medically supervised detox for "
     "opioid withdrawal."),
])
def test_supervised_withdrawal(engine, rule: str, fires: bool, title: str,
                               sentence: str) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)
