"""Golden tests of the class found by the fresh set fresh20n.yaml (helper negatives20, 5 Dec 2026:
pharmacy and OTC drug text; dev half read, test half scored once at the end): an OTC active, a
brand of one or its monograph's category ("antifungal", "antacid"), named in the sentence or in
its lead (a card's title or body start, a list's intro) for uses its OTC monograph allows is
approved care in its labelled use, even as the seller's own product ("This antifungal cream
treats athlete's foot"; rules/lexicons/otc-monograph-uses.yaml, 21 CFR 331-358 and the OTC
monographs M001-M0xx, merged into labelled-uses.yaml's drugs). The same active said to treat or
cure a condition its monograph does not name must still fire, and so must a category said of a
natural or herbal product ("a natural antifungal"). Texts written for these tests, not from a
letter.
"""

from __future__ import annotations

import pytest

from bench import claims_eval as ce
from tests.content.conftest import CLAIM_RULES


def _on_bench_page(engine, item: dict) -> set[str]:
    return set(ce.run_one(engine, {"placement": "main", "id": "otc"} | item, 0).on_item) \
        & CLAIM_RULES


CLEAR = [
    {"form": "sentence", "topic": "pharmacy",
     "text": "This antifungal cream treats athlete's foot, jock itch and ringworm, and relieves "
             "the itching and burning."},
    {"form": "sentence", "topic": "shop",
     "text": "Our antifungal spray treats most athlete's foot and relieves itching and cracking."},
    {"form": "card", "topic": "pharmacy", "title": "Tums Ultra Strength 1000, 72 tablets",
     "text": "Calcium carbonate antacid. Relieves heartburn, sour stomach and acid indigestion. "
             "$8.49"},
    {"form": "card", "topic": "pharmacy",
     "title": "Theraflu Nighttime Severe Cold & Cough, 6 packets",
     "text": "Temporarily relieves cold and flu symptoms such as body aches, sore throat and "
             "runny nose. $9.99"},
    {"form": "list-item", "topic": "pharmacy",
     "intro": "Robitussin Maximum Strength Cough + Chest Congestion DM temporarily relieves:",
     "text": "Cough, chest congestion and headache due to a cold"},
    {"form": "sentence", "topic": "pharmacy",
     "text": "Pseudoephedrine temporarily relieves sinus congestion and pressure due to the "
             "common cold or hay fever."},
]

# the claim twin of each clear row, with the rule it must still fire (or one of the rules)
TWINS = [
    ("unapproved-disease-claim", {
        "form": "sentence", "topic": "pharmacy",
        "text": "This antifungal cream treats athlete's foot and heals diabetic foot ulcers."}),
    ("unapproved-disease-claim", {
        "form": "sentence", "topic": "shop",
        "text": "Our natural antifungal spray treats athlete's foot and relieves itching."}),
    ("unapproved-disease-claim", {
        "form": "card", "topic": "pharmacy", "title": "Tums Ultra Strength 1000, 72 tablets",
        "text": "Calcium carbonate antacid. Heals stomach ulcers and reverses GERD. $8.49"}),
    ("infectious-disease-claim no-unqualified-cure-claims", {
        "form": "card", "topic": "pharmacy",
        "title": "Theraflu Nighttime Severe Cold & Cough, 6 packets",
        "text": "Cures the flu and prevents COVID-19 in two days. $9.99"}),
    ("infectious-disease-claim unapproved-disease-claim", {
        "form": "list-item", "topic": "pharmacy",
        "intro": "Robitussin Maximum Strength Cough + Chest Congestion DM treats:",
        "text": "Pneumonia, whooping cough and bronchitis"}),
    ("infectious-disease-claim", {
        "form": "sentence", "topic": "pharmacy",
        "text": "Pseudoephedrine cures sinus infections and strep throat."}),
]


@pytest.mark.parametrize("item", CLEAR, ids=[f"clear-{i}" for i in range(len(CLEAR))])
def test_an_otc_active_for_its_monograph_use_fires_no_claim_rule(engine, item) -> None:
    assert not _on_bench_page(engine, item)


@pytest.mark.parametrize(("rule", "item"), TWINS,
                         ids=[f"{t[0].split()[0]}-{i}" for i, t in enumerate(TWINS)])
def test_an_otc_active_outside_its_monograph_still_fires(engine, rule, item) -> None:
    assert set(rule.split()) & _on_bench_page(engine, item)


# A card's body that opens with its verb takes its subject from the sentence before: an OTC
# active there ("Terbinafine hydrochloride 1%. Cures most athlete's foot", the monograph's own
# words, 21 CFR 333.250) is approved care that cures, by no seller (types/claims.py
# _AGENTLESS_CURE, cured_by_neighbouring_care); a product of no monograph before it still fires.
def test_a_verb_first_cure_takes_the_otc_active_before_it(engine) -> None:
    card = {"form": "card", "topic": "pharmacy", "title": "Lamisil AT Antifungal Spray, 4.2 oz"}
    assert not _on_bench_page(engine, card | {
        "text": "Terbinafine hydrochloride 1%. Cures most jock itch and relieves itching. $12.99"})
    assert "no-unqualified-cure-claims" in _on_bench_page(engine, card | {
        "title": "Miracle Foot Balm, 2 oz",
        "text": "Tea tree oil and oregano. Cures athlete's foot and toenail fungus for good. "
                "$19.99"})


# A skin lightener (bleaching, whitening cream) is a product of its own kind (products.yaml
# topicals): no OTC skin lightener is lawfully marketed since the FDA's 2022 letters on OTC
# hydroquinone, so a status said of one is the seller's claim; a denial and a warning stay clear.
def test_a_skin_lightener_is_a_product_a_status_is_said_of(engine) -> None:
    assert "false-fda-approval-claim" in _on_bench_page(engine, {
        "form": "sentence", "topic": "shop",
        "text": "The only FDA-approved skin lightener sold without a prescription."})
    for text in ("No skin lightener sold without a prescription is FDA approved.",
                 "The FDA has warned that OTC skin lightening products with hydroquinone can "
                 "cause rashes and ochronosis."):
        assert not _on_bench_page(engine, {"form": "sentence", "topic": "shop", "text": text})
