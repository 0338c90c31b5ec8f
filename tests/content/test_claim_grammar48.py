"""Golden tests (stop 48, grammar48): general grammatical facts of the claim readers.

Each row is a pair: a sentence the old reading got wrong, and a close neighbour on the other
side that must keep its verdict. The facts:

- "neither ... nor" after the predicate negates it ("treats neither cancer nor long COVID", "a
  treatment for neither anxiety nor epilepsy"), as "does not treat cancer or long COVID" does:
  a negation the readers looked for only before the predicate (match.neither_after; since
  stop 51 match.denied_object_after);
- a negation inside a clause that describes the people or the case the claim is for negates
  that clause's own verb, not the main clause's predicate: a relative clause on the subject
  ("Patients who have not responded to antidepressants find relief from depression with our
  NAD+ drips"), a clause fronted before its comma ("Although antibiotics could not clear her
  Lyme disease, our ozone sessions cleared it"), or a relative clause on people after the
  claim ("... for patients who did not improve with physical therapy"). The care that failed
  in it is no agent of the claim, and a pronoun object of the main clause points back to the
  condition it names ("If nothing else has worked for your eczema, our balm clears it").
  match.describing_clause_end; claimread._in_a_describing_clause, _in_a_relative_after,
  _failed_closed, _points_back;
- a clause that closes the sentence with our product (or us) and a bare auxiliary takes the
  verb phrase before it: "Pills won't cure your arthritis, but our stem cells will" says the
  cure of ours, the negation is the pills' (match.ellipsis_of_ours); "..., and our stem cells
  won't either", "..., but a neurologist can" stay quiet;
- a caution names the case the product is kept from, not one it prevents: "Avoid" with the
  product (or nothing) for its object before "if", "when", "during" ("Avoid this detox tea if
  you have kidney disease", "Avoid if: you have liver disease"; claimread._avoided_in_case),
  and "Not for:", "Not recommended for people with ...", or an intro "Calm Drops are not for:"
  (claimread._EXCLUSION_OPENS, _EXCLUSION_LEAD): the label's warnings, 21 CFR 201.66(c)(5).

Sentences written for these tests (the probe /tmp/probe-grammar48.py of stop 48 holds more)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import assert_golden_pair, reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"
INFECTIOUS = "infectious-disease-claim"
CURE = "no-unqualified-cure-claims"
# The page is the clinic's own, its title no product: what the sentence names is all there is.
TITLE = "Riverbend Health"

# (rule, sentence, fires, neighbour, neighbour fires)
PAIRS = [
    # "neither ... nor" after the predicate
    (DISEASE, "Our IV drips treat neither cancer nor long COVID.", False,
     "Our IV drips treat both cancer and long COVID.", True),
    (CURE, "Our herbal tea cures neither diabetes nor high blood pressure.", False,
     "Our herbal tea cures both diabetes and high blood pressure.", True),
    (DISEASE, "Our CBD oil is a treatment for neither anxiety nor epilepsy.", False,
     "Our CBD oil is a treatment for anxiety and for epilepsy.", True),
    (INFECTIOUS, "Our vitamin shots prevent neither the flu nor COVID-19.", False,
     "Our vitamin shots prevent both the flu and COVID-19.", True),
    (DISEASE, "Our stem cell injections reverse neither MS nor Parkinson's disease.", False,
     "Our stem cell injections are neither painful nor risky, and they reverse MS.", True),
    # a negation inside a relative clause on the subject
    (DISEASE, "Patients who have not responded to antidepressants find relief from depression "
              "with our NAD+ drips.", True,
     "Patients who have not responded to antidepressants should ask their psychiatrist about "
     "other options.", False),
    (DISEASE, "Patients whose migraines do not respond to medication get lasting relief from "
              "our magnesium drip.", True,
     "Patients who do not respond to our magnesium drip for migraines get a full refund.",
     False),
    (DISEASE, "Patients whose sciatica has not responded to medication find lasting relief "
              "with our PRP injections.", True,
     "Patients whose sciatica has not responded to medication never find relief with our PRP "
     "injections.", False),
    (INFECTIOUS, "People whose Lyme disease did not clear with antibiotics recover with our "
                 "ozone sessions.", True,
     "People whose Lyme disease did not clear with antibiotics should see an infectious "
     "disease specialist.", False),
    (DISEASE, "Clients who never found relief from IBS medicines heal their gut with our "
              "BPC-157 protocol.", True,
     "Clients who never found relief from IBS medicines should see a gastroenterologist.",
     False),
    (DISEASE, "Athletes whose tendons did not heal with rest repair tendonitis with our PRP "
              "injections.", True,
     "Athletes whose tendons did not heal with rest should see a sports medicine doctor about "
     "tendonitis.", False),
    # ... in a clause fronted before its comma
    (DISEASE, "For patients who did not improve with physical therapy, our stem cells repair "
              "the torn meniscus.", True,
     "For patients who did not improve with physical therapy, a surgeon may suggest an "
     "arthroscopy.", False),
    (DISEASE, "Since the pills didn't work for her gout, our cherry extract cleared it within "
              "a week.", True,
     "Since the pills didn't work for her gout, our cherry extract did not help either.",
     False),
    (INFECTIOUS, "Although antibiotics could not clear her Lyme disease, our ozone sessions "
                 "cleared it.", True,
     "Although antibiotics could not clear her Lyme disease at first, a second course from "
     "her doctor cleared it.", False),
    (DISEASE, "If nothing else has worked for your eczema, our herbal balm clears it in two "
              "weeks.", True,
     "If nothing else has worked for your eczema, see a dermatologist; our balm is only a "
     "moisturizer.", False),
    # an ellipsis of ours after the other care's failure
    (DISEASE, "Pills won't ease your arthritis, but our stem cell injections will.", True,
     "Pills won't ease your arthritis, and our stem cell injections won't either.", False),
    (CURE, "Pills won't cure your arthritis, but our stem cells will.", True,
     "Pills won't cure your arthritis, and our stem cells won't either.", False),
    (INFECTIOUS, "Antibiotics can't clear chronic Lyme disease, but our ozone sessions can.",
     True, "Antibiotics can't clear every case of Lyme disease, and neither can our ozone "
           "sessions.", False),
    (CURE, "Most drugs do not stop seizures for good, but our CBD oil does.", True,
     "Most drugs do not stop seizures for good, and our CBD oil does not either.", False),
    (DISEASE, "If your psychiatrist's SSRI did not lift your depression, our NAD+ drip will.",
     True, "Our NAD+ drip can't lift your depression, but a psychiatrist can.", False),
    # a caution: "Avoid" the product before the case
    (DISEASE, "Avoid this detox tea if you have kidney disease or heart failure.", False,
     "Avoid kidney disease and heart failure with this detox tea.", True),
    (DISEASE, "Avoid our IV drip during a flare of Crohn's disease.", False,
     "Avoid a flare of Crohn's disease with our IV drip.", True),
    (INFECTIOUS, "Avoid our elderberry gummies if you have hepatitis C.", False,
     "Avoid hepatitis C with our elderberry gummies.", True),
    # ... in a relative clause on people after the claim
    (DISEASE, "Our stem cells repair the torn meniscus for patients who did not improve with "
              "physical therapy.", True,
     "Our stem cells do not repair the torn meniscus, even for patients who did not improve "
     "with physical therapy.", False),
]


# (page title, block, fires, neighbour block, neighbour fires): a card or a list under its intro
BLOCK_PAIRS = [
    ("IV Vitamin Drips",
     '<div class="card"><h3>Immunity Drip</h3><p>Not for: anyone with the flu, shingles or a '
     "fever today.</p></div>", False,
     '<div class="card"><h3>Immunity Drip</h3><p>Made for: anyone with the flu, shingles or a '
     "fever today.</p></div>", True),
    ("CBD Oils and Gummies",
     "<p>Calm Drops are not for:</p><ul><li>Anyone with epilepsy or liver disease</li></ul>",
     False,
     "<p>Calm Drops are for:</p><ul><li>Anyone with epilepsy or liver disease</li></ul>", True),
    ("CBD Oils and Gummies",
     "<p>Calm Drops are not recommended for:</p><ul><li>Anyone with epilepsy or anxiety</li>"
     "</ul>", False,
     "<p>Calm Drops are recommended for:</p><ul><li>Anyone with epilepsy or anxiety</li></ul>",
     True),
    ("Shop Supplements",
     '<div class="card"><h3>Liver Detox</h3><p>Avoid if: you have liver disease or hepatitis '
     "C.</p></div>", False,
     '<div class="card"><h3>Liver Detox</h3><p>Avoid liver disease and hepatitis C.</p></div>',
     True),
]
CLAIM_RULES = (DISEASE, INFECTIOUS)


@pytest.mark.parametrize(("rule", "sentence", "fires", "neighbour", "neighbour_fires"), PAIRS,
                         ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_a_grammatical_fact_reads_the_pair(engine: ContentEngine, rule: str, sentence: str,
                                           fires: bool, neighbour: str,
                                           neighbour_fires: bool) -> None:
    # on a clinic page whose title names no product
    assert_golden_pair(engine, rule, TITLE, sentence, fires, neighbour, neighbour_fires)


def _block_reported(engine: ContentEngine, title: str, block: str) -> bool:
    """A claim rule reports the block's own text on a clinic page of `title`."""
    text = block.split("<li>")[-1].split("</h3><p>")[-1].split("<")[0]
    html = riverbend_page(title, f'<div class="cards">{block}</div>')
    return any(text in found for rule in CLAIM_RULES for found in reported_on(engine, rule, html))


@pytest.mark.parametrize(("title", "block", "fires", "neighbour", "neighbour_fires"),
                         BLOCK_PAIRS, ids=[f"block-{i}" for i in range(len(BLOCK_PAIRS))])
def test_a_caution_in_a_card_or_list_reads_the_pair(engine: ContentEngine, title: str,
                                                    block: str, fires: bool, neighbour: str,
                                                    neighbour_fires: bool) -> None:
    assert _block_reported(engine, title, block) is fires, block
    assert _block_reported(engine, title, neighbour) is neighbour_fires, neighbour
