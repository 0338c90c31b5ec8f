"""Golden outputs of the claim types on the grammatical forms issue 13 names: the exact
sentence each rule reports (or nothing), through the real content engine. Each case is a
form, not a corpus item: the sentences here were written for this test."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import story_quote


def _page(title: str, body: str, *, builder: bool = False) -> str:
    head = (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Harbor Wellness</title>"
            f"</head><body>")
    intro = (f"<h1>{title}</h1><p>Our clinicians see patients on weekdays and talk through "
             f"every option first.</p>")
    if builder:  # page-builder markup: nested divs, no <main> or <article>
        return (f"{head}<div class='elementor'><div class='elementor-widget-container'>"
                f"{intro}{body}</div></div></body></html>")
    return f"{head}<main>{intro}{body}</main></body></html>"


def _reported(engine: ContentEngine, rule: str, title: str, body: str, *,
              builder: bool = False) -> list[str]:
    html = _page(title, body, builder=builder)
    verdict = engine.check_page("https://harbor.example/p/", html, status=200)
    return sorted(f.sentence or "" for f in verdict.findings if f.rule_id == rule)


WEIGHT = ("Semaglutide Weight Loss", "<p>We prescribe compounded semaglutide after a video "
          "visit.</p>")


@pytest.mark.parametrize(("rule", "title", "body", "expected"), [
    # sameness with "compounded" elsewhere on the page, not in the sentence
    ("compounded-sameness-claim", WEIGHT[0],
     WEIGHT[1] + "<p>The same active ingredient as Wegovy, for less.</p>",
     ["The same active ingredient as Wegovy, for less."]),
    # a brand compared with a brand is true
    ("compounded-sameness-claim", WEIGHT[0],
     WEIGHT[1] + "<p>Wegovy and Ozempic contain the same medicine at different doses.</p>", []),
    # a page that says it does not sell compounded drugs
    ("compounded-sameness-claim", WEIGHT[0],
     "<p>We do not prescribe compounded semaglutide.</p><p>The same active ingredient as "
     "Wegovy is in Ozempic.</p>", []),
    # an FAQ question raising sameness, answered without a denial: the question is reported
    ("compounded-sameness-claim", WEIGHT[0], WEIGHT[1] + "<details><summary>Is it the same "
     "medicine as Ozempic?</summary><p>Patients love the results.</p></details>",
     ["Is it the same medicine as Ozempic?"]),
    ("compounded-sameness-claim", WEIGHT[0], WEIGHT[1] + "<details><summary>Is it the same "
     "medicine as Ozempic?</summary><p>No. It is compounded and not FDA-approved.</p>"
     "</details>", []),
    # (stop 28) the brand's own molecule, and a story's "exact same thing" after the brand;
    # near: the molecule of a brand on a page that sells none compounded, and a brand's
    # molecule named by a pharmacist's story of the brand itself
    ("compounded-sameness-claim", WEIGHT[0], WEIGHT[1] + "<p>Compounded tirzepatide benefits:"
     "</p><ul><li>The molecule in Mounjaro and Zepbound, at a lower price</li></ul>",
     ["The molecule in Mounjaro and Zepbound, at a lower price"]),
    ("compounded-sameness-claim", "Brand-Name Weight Loss Medicines", "<p>Tirzepatide is the "
     "molecule in Mounjaro and Zepbound.</p>", []),
    ("compounded-sameness-claim", WEIGHT[0], WEIGHT[1] + story_quote(
        "I switched from Ozempic to their compounded semaglutide and it's the exact same "
        "thing, just cheaper.", "Kim L."),
     ['"I switched from Ozempic to their compounded semaglutide and it\'s the exact same '
      'thing, just cheaper."']),
    # a negation that runs over a list of verbs
    ("no-unqualified-cure-claims", "Herbal Supplements", "<p>These supplements are not "
     "intended to diagnose, treat, cure or prevent any disease.</p>", []),
    ("no-unqualified-cure-claims", "Herbal Supplements", "<p>Our tea cures arthritis.</p>",
     ["Our tea cures arthritis."]),
    # research claims in passive, perfect, agentive and progressive forms
    ("research-claims-cited", "CBD Oils", "<p>CBD has also been shown to calm anxiety.</p>",
     ["CBD has also been shown to calm anxiety."]),
    ("research-claims-cited", "CBD Oils", "<p>Doctors have proven that hemp eases pain.</p>",
     ["Doctors have proven that hemp eases pain."]),
    ("research-claims-cited", "CBD Oils", "<p>Research is showing real benefits for sleep.</p>",
     ["Research is showing real benefits for sleep."]),
    ("research-claims-cited", "CBD Oils", "<p>CBD has not been shown to treat anxiety.</p>",
     []),
    # absolutes of safety and of results
    ("no-risk-minimization", "CBD Oils", "<p>Our gummies are totally non-toxic.</p>",
     ["Our gummies are totally non-toxic."]),
    ("no-risk-minimization", "CBD Oils", "<p>The oil is safe with anything you take.</p>",
     ["The oil is safe with anything you take."]),
    ("no-guaranteed-results", "Weight Loss Injections", "<p>Drop 15 pounds this month, "
     "guaranteed.</p>", ["Drop 15 pounds this month, guaranteed."]),
    ("no-superlative-claims", "Regenerative Injections", "<p>Our injections work better than "
     "knee surgery.</p>", ["Our injections work better than knee surgery."]),
    # disease claims: an intended use stated with "for", a morphology-named disease
    ("unapproved-disease-claim", "IV Drip Lounge", "<p>Try our NAD+ protocol for "
     "fibromyalgia.</p>", ["Try our NAD+ protocol for fibromyalgia."]),
    ("unapproved-disease-claim", "IV Drip Lounge", "<p>Our NAD+ protocol for busy parents "
     "takes an hour, and many have fibromyalgia questions.</p>", []),
    ("unapproved-disease-claim", "Herbal Salves", "<p>The black salve shrinks basal cell "
     "carcinoma.</p>", ["The black salve shrinks basal cell carcinoma."]),
    # a risk the product lowers is a prevention claim, not a statement of its risks
    ("unapproved-disease-claim", "Herbal Supplements", "<p>Our capsules cut your stroke risk "
     "in half.</p>", ["Our capsules cut your stroke risk in half."]),
    ("unapproved-disease-claim", "Herbal Supplements", "<p>Our capsules carry a risk of "
     "stroke in people on blood thinners.</p>", []),
    ("infectious-disease-claim", "Immune Wellness Drips", "<p>Drip patients are far less "
     "likely to catch the flu.</p>", ["Drip patients are far less likely to catch the flu."]),
    # a pronoun's antecedent in the sentence before; an FAQ answer to a naming question
    ("unapproved-disease-claim", "Stem Cell Therapy", "<p>Worn-out knees from arthritis? "
     "Rebuild them with stem cells.</p>", ["Rebuild them with stem cells."]),
    ("unapproved-disease-claim", "Stem Cell Therapy", "<details><summary>How are stem cells "
     "given for autism?</summary><p>By nasal spray, improving speech within weeks.</p>"
     "</details>", ["By nasal spray, improving speech within weeks."]),
    ("unapproved-disease-claim", "Stem Cell Therapy", "<details><summary>How are stem cells "
     "given for autism?</summary><p>They are not approved for autism, and we do not offer "
     "them for it.</p></details>", []),
])
def test_reports_the_exact_sentence(engine: ContentEngine, rule: str, title: str, body: str,
                                    expected: list[str]) -> None:
    assert _reported(engine, rule, title, body) == expected


def test_a_builder_card_outside_main_is_read(engine: ContentEngine) -> None:
    """Page builders put cards in divs that boilerplate removal drops: still the page's."""
    body = ("<div class='card'><h3>Semaglutide pen</h3><p>Identical to Wegovy, shipped "
            "monthly.</p></div>")
    assert _reported(engine, "compounded-sameness-claim", WEIGHT[0], WEIGHT[1] + body,
                     builder=True) == ["Identical to Wegovy, shipped monthly."]


def test_a_testimonial_is_read_with_its_attribution(engine: ContentEngine) -> None:
    body = ("<blockquote><p>\u201cHe spoke his first words a month after the infusion.\u201d"
            "</p><footer>\u2014 Parents of a boy with autism</footer></blockquote>")
    found = _reported(engine, "unapproved-disease-claim", "Stem Cell Therapy", body)
    assert found == ["\u201cHe spoke his first words a month after the infusion.\u201d "
                     "\u2014 Parents of a boy with autism"]


# A story is read whole, but a sentence of it in which another clinician or other care does
# the treating, and which names no product of ours, tells that care's outcome, not ours.
STORIES = [
    (False, "Regenerative Medicine: PRP and Exosomes",
     "My surgeon repaired my torn rotator cuff last spring. The staff here were kind when I "
     "asked about stem cells, and told me what they can and cannot do."),
    (False, "Regenerative Medicine: PRP and Exosomes",
     "Physical therapy got me back on the court after my ACL tear. I tried a PRP session "
     "too; hard to say whether it added anything."),
    (False, "Regenerative Medicine: PRP and Exosomes",
     "My rheumatologist treats my arthritis with methotrexate. I come here for the PRP "
     "facials because I love how my skin looks."),
    # the clinician reports what the product did, or cuts the care it made needless
    (True, "Regenerative Medicine: PRP and Exosomes",
     "My doctor said my knee arthritis had healed. I had three PRP shots before that."),
    (True, "GlucoBalance Blood Sugar Support",
     "My A1C was 9.2 in March. After three bottles of GlucoBalance it was 5.9, and my "
     "endocrinologist is cutting my meds."),
    # the patient is the subject: "my neurologist's office" is a place, not care
    (True, "Stem Cell Therapy",
     "I walked into my neurologist's office without a cane for the first time since my MS "
     "diagnosis."),
    # surprise is no negation; what other care failed to do, the product did
    (True, "Stem Cell Therapy",
     "My rheumatologist couldn't believe my arthritis was in remission after the stem cell "
     "infusions."),
    (True, "IV Vitamin Drips and NAD+ Infusions",
     "Nothing my doctors tried helped my neuropathy. The NAD+ drips finally took the pain "
     "away."),
    (False, "Regenerative Medicine: PRP and Exosomes",
     "I couldn't believe how kind the staff were. Sadly the stem cells did nothing for my "
     "arthritis."),
    # the passive's agent is another clinician; other care that failed is no negation
    (False, "IV Vitamin Drips and NAD+ Infusions",
     "The NAD+ drip was relaxing. My Lyme disease was treated by my infectious disease "
     "specialist."),
    (True, "IV Vitamin Drips and NAD+ Infusions",
     "The IV drips cleared my Lyme disease when antibiotics couldn't."),
    # a hope is no outcome unless the story says it came true; "the calm sessions" is an
    # adjective; a semicolon and a sentence end close the clause the product must be in
    (False, "Stem Cell Therapy",
     "I was hoping stem cells would fix my knee arthritis. They were honest that the evidence "
     "is thin, so I chose physical therapy first."),
    (True, "Stem Cell Therapy",
     "I was hoping stem cells would fix my knee arthritis, and they did. I hike again!"),
    (False, "Hyperbaric Oxygen Therapy",
     "My son has autism and we enjoyed the calm chamber sessions, though we saw no change in "
     "his symptoms."),
    (True, "Hyperbaric Oxygen Therapy",
     "The chamber sessions calm his autism meltdowns within a week."),
    (False, "Herbal Supplements",
     "I take the turmeric blend because I like the taste; my rheumatologist manages my "
     "arthritis."),
    (False, "IV Vitamin Drips and NAD+ Infusions",
     "My migraines are managed by my neurologist. The NAD+ drip was a pleasant afternoon, "
     "nothing more."),
    (True, "IV Vitamin Drips and NAD+ Infusions",
     "My migraines were managed by my neurologist for years. The NAD+ drips ended them."),
]


@pytest.mark.parametrize(("fires", "title", "text"), STORIES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(STORIES)])
def test_a_story_credits_the_care_its_sentence_names(engine: ContentEngine, fires: bool,
                                                      title: str, text: str) -> None:
    found = [sentence for rule in ("unapproved-disease-claim", "infectious-disease-claim")
             for sentence in _reported(engine, rule, title, story_quote(text, "Dana R."))]
    assert found == ([f"\u201c{text}\u201d \u2014 Dana R."] if fires else [])
