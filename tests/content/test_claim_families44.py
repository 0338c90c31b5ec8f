"""Golden tests (stop 44, fixmiss44): claims of the families recent letters cite most, read by
their structure.

Infection and immunity: "corona" in lower case is COVID-19 by its colloquial name (in capitals a
city); the body's fight against germs in general is a structure/function statement only for what
is ingested, so a drip's is a disease claim (21 U.S.C. 321(ff)); care made needless, said after
its name ("vaccines become unnecessary"), names the condition as care replaced does.
FDA status: a shop's menu lead ("Shop by goal:") lists the seller's own goods; care named by a
kind the FDA approves none of ("homeopathic eye drops") is no approved care; an approval noun
that names what it is for ("the FDA approval paperwork for the amniotic product") is that
product's; a true-approval limit given as the reason the status holds ("Because ... used
off-label, they are FDA approved") makes it no true approval; a status given for a use the FDA
has cleared no device for ("vaginal rejuvenation", FDA safety communication, 30 July 2018) is
false whatever it is said of; a use only a sibling brand's label names ("Ozempic weight-loss
injections", Wegovy's use) is outside the brand's label though no condition set holds it.
Disease: care a product's effect spares, told as its result (", so he shouldn't need another
round of antibiotics"), is the claim's outcome, not a denial; "controls" relieves bare pain
("controls my pain"); frequency therapy sold by its sessions is a device.
Each: the exact sentence, its rule, and a close compliant neighbour that stays quiet. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import (
    article_page,
    card,
    heading_page,
    reported_on,
    story_quote,
    supplement_shop_page,
    telehealth_page,
)

INFECTIOUS = "infectious-disease-claim"
STATUS = "false-fda-approval-claim"


def _faq(question: str, answer: str) -> str:
    return supplement_shop_page(f"<details><summary>{question}</summary><p>{answer}</p></details>")


def _shop_list(item: str) -> str:
    """A weight-loss seller's list of its goods under a shop's menu lead, `item` first."""
    return telehealth_page(f"<p>Shop by goal:</p><ul><li>{item}</li><li>Sessions are booked "
                           "in advance.</li></ul>")


def _ids(cases: list[tuple]) -> list[str]:
    return [f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(cases)]


INFECTION_PAGES = [
    (True, heading_page("Herbal teas", "The tea that fights corona"),
     "The tea that fights corona"),
    (False, heading_page("Herbal teas", "The tea our Corona clinic fights for"),
     "The tea our Corona clinic fights for"),
    (True, article_page("iv", card("Megaboost | Vitamin IV", "High-dose vitamin C that boosts "
                                   "your immune system against viruses and infections.")),
     "High-dose vitamin C that boosts your immune system against viruses and infections."),
    (False, supplement_shop_page(card("Vitamin C capsules", "Vitamin C that helps your immune "
                                      "system fight off viruses and bacteria.")),
     "Vitamin C that helps your immune system fight off viruses and bacteria."),
    (True, article_page("Chiropractic for children", "Regular adjustments strengthen your "
                        "child's immune system so well that vaccines become unnecessary."),
     "Regular adjustments strengthen your child's immune system so well that vaccines become "
     "unnecessary."),
    (False, article_page("Chiropractic for children", "Regular adjustments strengthen your "
                         "child's posture, and vaccines protect them from measles."),
     "Regular adjustments strengthen your child's posture, and vaccines protect them from "
     "measles."),
]


@pytest.mark.parametrize(("fires", "page", "sentence"), INFECTION_PAGES,
                         ids=_ids(INFECTION_PAGES))
def test_infection_and_immunity_claims(engine: ContentEngine, fires: bool, page: str,
                                       sentence: str) -> None:
    found = reported_on(engine, INFECTIOUS, page)
    assert (found == [sentence]) is fires if fires else sentence not in found, found


STATUS_PAGES = [
    (True, _shop_list("FDA-approved semaglutide for fast weight loss"),
     "FDA-approved semaglutide for fast weight loss"),
    (False, _shop_list("Wegovy (semaglutide), FDA-approved for weight management"),
     "Wegovy (semaglutide), FDA-approved for weight management"),
    (True, supplement_shop_page("<p>Our homeopathic eye drops are FDA approved and made in an "
                                "FDA-registered lab.</p>"),
     "Our homeopathic eye drops are FDA approved and made in an FDA-registered lab."),
    (False, supplement_shop_page("<p>Antibiotic eye drops are FDA approved for bacterial pink "
                                 "eye.</p>"),
     "Antibiotic eye drops are FDA approved for bacterial pink eye."),
    (True, article_page("Amniotic injections for knee pain", story_quote(
        "The doctor showed me the FDA approval paperwork for the amniotic product.", "Ruth G.")),
     "The doctor showed me the FDA approval paperwork for the amniotic product."),
    (False, article_page("Amniotic injections for knee pain", story_quote(
        "The doctor showed me the FDA approval paperwork for the knee brace.", "Ruth G.")),
     "The doctor showed me the FDA approval paperwork for the knee brace."),
    (True, article_page("Exosome therapy", "Because our exosomes are used off-label, they are "
                        "FDA approved for knee pain like any prescription drug."),
     "Because our exosomes are used off-label, they are FDA approved for knee pain like any "
     "prescription drug."),
    (False, article_page("Ketamine therapy", "Because ketamine is FDA approved as an anesthetic, "
                         "its use for depression is off-label."),
     "Because ketamine is FDA approved as an anesthetic, its use for depression is off-label."),
    (True, telehealth_page("<p>Once-a-week Ozempic weight-loss injections are now available "
                           "at our clinic, and they are FDA approved.</p>"),
     "Once-a-week Ozempic weight-loss injections are now available at our clinic, and they are "
     "FDA approved."),
    (False, telehealth_page("<p>Once-a-week Wegovy weight-loss injections are now available "
                            "at our clinic, and they are FDA approved.</p>"),
     "Once-a-week Wegovy weight-loss injections are now available at our clinic, and they are "
     "FDA approved."),
    (True, article_page("Feminine wellness", "ThermiVa is FDA-cleared for vaginal rejuvenation "
                        "and the treatment of stress incontinence."),
     "ThermiVa is FDA-cleared for vaginal rejuvenation and the treatment of stress "
     "incontinence."),
    (False, article_page("Feminine wellness", "The FDA has not cleared any device for vaginal "
                         "rejuvenation."),
     "The FDA has not cleared any device for vaginal rejuvenation."),
]



DISEASE = "unapproved-disease-claim"

DISEASE_PAGES = [
    (True, _faq("Can I give LiveGut to my son after his C. diff infection?", "Yes. It rebuilds "
                "his gut flora and stops C. diff from coming back, so he shouldn't need another "
                "round of antibiotics."),
     "It rebuilds his gut flora and stops C. diff from coming back, so he shouldn't need "
     "another round of antibiotics."),
    (False, _faq("Can I give LiveGut to my son after his C. diff infection?", "Ask his doctor "
                 "first. Probiotics have not been shown to stop C. diff from coming back, so he "
                 "may need another round of antibiotics."),
     "Probiotics have not been shown to stop C. diff from coming back, so he may need another "
     "round of antibiotics."),
    (True, supplement_shop_page(story_quote(
        "Three back surgeries and years on tramadol. Red Leaf controls my pain better than any "
        "prescription ever did.", "Gary L.")),
     "Red Leaf controls my pain better than any prescription ever did."),
    (False, supplement_shop_page(story_quote(
        "Three back surgeries and years on tramadol. Physical therapy controls my pain better "
        "than any pill ever did.", "Gary L.")),
     "Physical therapy controls my pain better than any pill ever did."),
    (True, article_page("Depression and anxiety care", "<ul><li>Light and frequency sessions "
                        "that treat SAD in two weeks</li></ul>"),
     "Light and frequency sessions that treat SAD in two weeks"),
    (False, article_page("Depression and anxiety care", "<ul><li>Talk therapy sessions that "
                         "treat SAD over a few months</li></ul>"),
     "Talk therapy sessions that treat SAD over a few months"),
]



# Status and disease cases share one check: the rule fires on the exact sentence, or not at all
# on it (other findings on the page may stand).
RULE_CASES = ([(STATUS, *case) for case in STATUS_PAGES]
              + [(DISEASE, *case) for case in DISEASE_PAGES])


@pytest.mark.parametrize(("rule", "fires", "page", "sentence"), RULE_CASES,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(RULE_CASES)])
def test_status_and_disease_claims(engine: ContentEngine, rule: str, fires: bool, page: str,
                                   sentence: str) -> None:
    found = reported_on(engine, rule, page)
    assert any(sentence in f for f in found) is fires, found
