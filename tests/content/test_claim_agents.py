"""Golden tests of who or what does the treating in a disease claim: the clinic's own
clinicians are the seller, not approved care ("Our doctors treat knee arthritis without
surgery" on the stem cell page is the clinic's claim for its product), while another
clinician, approved care named as the instrument, or no product of ours in context still
clears it; a behaviour named as the cause ("after losing weight"), the usual recovery of most
people, and an item under a question asking what the product does not do are no claims.
Sentences written for these tests (coordinator's probes, 5 Dec 2026), not from a letter."""

from __future__ import annotations

from tests.content.conftest import (
    article_page,
    assert_fires_as_labelled,
    golden_sentences,
    list_page,
)

STEM = "Stem Cell Therapy"
PRIMARY = "Primary Care and Family Medicine"
SHOP = "Shop Supplements"
FLU = "Staying Well This Winter"
REGEN = "Regenerative Medicine: PRP and Exosomes"
RULE = "unapproved-disease-claim"
INFECTION = "infectious-disease-claim"

CASES = [
    (RULE, True, STEM, "Our doctors treat knee arthritis without surgery."),
    (RULE, True, STEM, "Our physicians have helped hundreds of patients with MS walk again."),
    (RULE, True, STEM, "Our board-certified physician uses this therapy to treat autism."),
    # approved care named as the instrument, another clinician, or no product in context
    (RULE, False, STEM, "Our doctors prescribe approved medicines to treat arthritis flares."),
    (RULE, False, STEM, "Your doctor can treat knee arthritis with physical therapy and "
                        "approved medicines."),
    (RULE, False, PRIMARY, "Our doctors treat high blood pressure and type 2 diabetes."),
    # a behaviour as the cause; the product, "our" or something taken keeps the claim
    (RULE, False, SHOP, "Some people with type 2 diabetes reverse it after losing weight."),
    (RULE, True, SHOP, "Many customers bring their diabetes under control after taking it "
                       "and losing weight."),
    (RULE, True, SHOP, "Our members bring type 2 diabetes under control by losing weight on "
                       "our program."),
    # approved care whose harms the product is said to leave behind is replaced, not acting
    (RULE, True, SHOP, "Arthritis relief without the side effects of prescription drugs."),
    (RULE, False, SHOP, "Prescription drugs relieve arthritis pain for most people, without "
                        "the risks of surgery."),
    # most people's usual recovery; a recovery timed from our product is its claim
    (INFECTION, False, FLU, "Most people are back on their feet after the flu within a week."),
    (INFECTION, True, FLU, "Most people are back on their feet within a day of our immune "
                           "drip for the flu."),
    (RULE, True, REGEN, "Most patients recover from knee arthritis within a few weeks of their "
                        "first PRP injection."),
]


def test_an_item_under_a_question_of_what_is_not_done_is_no_claim(engine) -> None:
    def fired(intro: str) -> list[str]:
        verdict = engine.check_page("https://clinic.example/p/",
                                    list_page(STEM, intro, "Severe bone-on-bone arthritis"))
        return [f.sentence for f in verdict.findings if f.rule_id == RULE]

    assert fired("What conditions can't stem cells treat?") == []
    assert fired("What conditions can stem cells treat?") == ["Severe bone-on-bone arthritis"]


@golden_sentences(CASES)
def test_who_does_the_treating(engine, rule, fires, title, sentence) -> None:
    assert_fires_as_labelled(engine, rule, fires, title, sentence)


def test_a_heading_that_names_its_topic_is_no_claim(engine) -> None:
    def fired(title: str) -> bool:
        verdict = engine.check_page("https://clinic.example/p/",
                                    article_page(title, "Call us to book a visit."))
        return any(f.rule_id == INFECTION for f in verdict.findings)

    assert not fired("Cold and Flu Season")
    assert not fired("Lyme Disease Awareness Month")
    assert fired("Beat Cold and Flu Season With Our Immune Drip")


def test_care_offered_only_as_research_is_no_claim(engine) -> None:
    def fired(intro: str, item: str) -> list[str]:
        verdict = engine.check_page("https://clinic.example/p/", list_page(STEM, intro, item))
        return sorted({f.rule_id for f in verdict.findings if f.rule_id.endswith("-claim")})

    assert fired("Stem cell therapy treats:",
                 "Knee osteoarthritis, in our registered clinical trial only") == []
    assert fired("Conditions we treat with stem cells:",
                 "Knee osteoarthritis, studied under an FDA-reviewed IND") == []
    assert fired("Stem cell therapy treats:", "Knee osteoarthritis") == [RULE]
