"""Golden tests (stop 40, fixdebunk40): a claim read by its STRUCTURE as reported, and cleared
when its block refutes it. The claim clause is the complement of a report, belief or question
whose holder is not the page's voice ("Sellers of ... such as ... say <clause>", "My brother
had read that <clause>", "'<clause>,' the label promised", "Claim: <clause>"), or a quote the
sentence splitter cut from the comment that examines it ("'...'?" / "The Truth About ...",
"'...!'" / "- a claim the FDA has warned about"); the refutation may be any later sentence of
the block (or the text under a card's title): a verdict, a null result, a harm it did, the care
that did nothing. Stop 39's cues (scopes.HEARD, REFUTES in the next sentence) read the dev
sets' wording only. Neighbours in the same forms still fire: a report the block does not
refute, a story that says it came true, the page's own voice ("Our doctors say ..."), a
"Verdict: true", a care named after the refutation that is the product. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import CLAIM_RULES, article_rules_fired, story_quote

CHELATION = "Chelation and Detox Therapy"
BRAIN = "Brain Health and Memory Care"
PAIN = "Pain Relief Clinic"


def _card(title: str, body: str) -> str:
    return ("<p>Browse our services.</p><div class=\"cards\"><div class=\"card\">"
            f"<h3>{title}</h3><p>{body}</p></div></div>")


QUIET = [
    # the holder a noun phrase of any length; the null result two sentences on
    (PAIN, "<p>Sellers of magnetic insoles such as SoleMag say they relieve plantar fasciitis "
           "and back pain. The company offered two small studies. Neither compared the insoles "
           "with a sham, and a larger trial found no effect on pain.</p>"),
    # told by a neighbour; refuted after a sentence between
    (PAIN, "<p>A neighbour told me the copper bracelet would cure my arthritis. I wore it for a "
           "year. It did nothing for the pain.</p>"),
    # a story: someone else had read it; "It made no difference" two sentences on
    (BRAIN, story_quote("My brother had read that coconut oil reverses Alzheimer's disease. We "
                        "tried it for six months. It made no difference, and his neurologist "
                        "said no trial has shown it.", "Ann")),
    # a story: the care that helped instead names no product, no condition
    (PAIN, story_quote("A neighbour told me the copper bracelet would end my arthritis pain. It "
                       "didn't. What helped was the exercise class my physiotherapist found "
                       "for me.", "Joan, 70")),
    # "Claim:" / "Verdict: false", a card and a paragraph
    (CHELATION, _card("Claim: Chelation reverses autism", "Verdict: false. No trial has shown "
                      "any benefit, and it has killed children.")),
    (CHELATION, "<p>Claim: chelation reverses heart disease. Verdict: false; the TACT trials "
                "found no such benefit.</p>"),
    # the refutation borrows the reported claim's condition and names a harm
    (CHELATION, "<p>You may have read that chelation cures autism. That is not true, and it has "
                "killed children.</p>"),
    # quoted headings cut at "?" and "!"
    (CHELATION, "<h2>'Chelation Reverses Your Child's Autism'? The Truth About Detox "
                "Protocols</h2><p>Read on.</p>"),
    (CHELATION, "<h2>\u201cReverse heart disease with chelation!\u201d \u2014 a claim the FDA "
                "has warned about</h2><p>Read on.</p>"),
]

FIRES = [
    # the same holder, the block refutes nothing
    (PAIN, "<p>Sellers of magnetic insoles such as SoleMag say they relieve plantar fasciitis "
           "and back pain. The company offered two small studies.</p>"),
    # the story says it came true
    (PAIN, "<p>A neighbour told me the copper bracelet would cure my arthritis. I wore it for a "
           "year, and it did.</p>"),
    (BRAIN, story_quote("I had read that coconut oil reverses Alzheimer's disease. It does! Six "
                        "months in, my mother knows us again.", "Ann")),
    # the care named after the refutation is the product
    (PAIN, story_quote("A neighbour told me the copper bracelet would end my arthritis pain. It "
                       "didn't at first. What helped was wearing the copper bracelet every "
                       "night.", "Joan, 70")),
    # "Verdict: true"; the page's own voice; a refutation of nothing reported
    (CHELATION, _card("Claim: Chelation reverses autism", "Verdict: true. Our patients improve "
                      "in weeks.")),
    (BRAIN, "<p>Our patients say the ginkgo capsules cured their dementia. Book a visit "
            "today.</p>"),
    (BRAIN, "<p>Coconut oil reverses Alzheimer's disease. Trials are expensive, and we do not "
            "run them.</p>"),
    (CHELATION, "<p>Chelation reverses autism. That is not what your pediatrician will tell "
                "you.</p>"),
    # a quoted heading the page answers as its own
    (CHELATION, "<h2>'Chelation Reverses Your Child's Autism'? Our Patients Say Yes</h2>"
                "<p>Read on.</p>"),
]


@pytest.mark.parametrize(("title", "body"), QUIET)
def test_a_reported_claim_its_block_refutes_is_quiet(engine, title: str, body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES == set()


@pytest.mark.parametrize(("title", "body"), FIRES)
def test_the_same_forms_unrefuted_or_in_the_page_s_voice_fire(engine, title: str,
                                                             body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES


MEMORY = "Memory Supplements"
HYPERBARIC = "Hyperbaric Oxygen Therapy"


def _cards(*pairs: tuple[str, str]) -> str:
    return "<div class=\"cards\">" + "".join(
        f"<div class=\"card\"><h3>{title}</h3><p>{text}</p></div>" for title, text in pairs
    ) + "</div>"


# The forms of fact-check pages: a belief told and answered by an elliptic "They weren't";
# the claim under "What they say" answered in the card beside it or on the next line; a
# quoted slogan cut at "!" from the comment on it; a quote the label says; the evidence said
# to point the other way.
QUIET_FORMS = [
    (HYPERBARIC, "<p>My mother's caregiver believed the hyperbaric sessions were reversing her "
                 "dementia. They weren't; her neurologist's tests showed a steady decline.</p>"),
    (HYPERBARIC, story_quote("I was sure the oxygen sessions were reversing Dad's dementia. They "
                             "weren't. His memory tests kept falling.", "Rose")),
    (BRAIN, _card("Ketone drinks and Alzheimer's", "What they say: ketone drinks reverse "
                  "Alzheimer's disease. What the evidence says: small studies found no lasting "
                  "effect on memory.")),
    (BRAIN, _cards(("What they say", "Ketone drinks reverse Alzheimer's disease."),
                   ("What the evidence says", "Small studies found no lasting effect on "
                                              "memory."))),
    (BRAIN, "<h2>\u201cCures Brain Fog Overnight!\u201d What the Label Leaves Out</h2>"
            "<p>Read on.</p>"),
    (MEMORY, "<p>\u201cClears brain fog in a week,\u201d reads the label. No trial supports "
             "that.</p>"),
    (BRAIN, "<p>Ketone drinks reverse memory loss, some websites say. The evidence says "
            "otherwise.</p>"),
]

FIRES_FORMS = [
    (HYPERBARIC, "<p>My mother's caregiver believed the hyperbaric sessions were reversing her "
                 "dementia. They were; her neurologist was amazed.</p>"),
    (BRAIN, _card("Ketone drinks and Alzheimer's", "What they say: ketone drinks reverse "
                  "Alzheimer's disease. What we see: our patients' memory improves in weeks.")),
    (BRAIN, _cards(("What they say", "Ketone drinks reverse Alzheimer's disease."),
                   ("What we see", "Our patients remember more within weeks."))),
    (BRAIN, "<p>Many families tell us chelation slowed their mother's Alzheimer's disease.</p>"),
]


@pytest.mark.parametrize(("title", "body"), QUIET_FORMS)
def test_fact_check_forms_are_quiet(engine, title: str, body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES == set()


@pytest.mark.parametrize(("title", "body"), FIRES_FORMS)
def test_fact_check_forms_answered_as_the_page_s_own_fire(engine, title: str, body: str) -> None:
    assert article_rules_fired(engine, title, body) & CLAIM_RULES


CBD = "CBD Oils and Creams"


@pytest.mark.parametrize(("text", "fires"), [
    # the card's text reports the title's claim of the same product and refutes it
    ("Some customers tell us a CBD cream eases their joint pain. Studies have not confirmed "
     "this, and we sell it as a cosmetic only.", False),
    # ... not refuted; the seller's own claim before the same refutation
    ("Some customers tell us a CBD cream eases their joint pain. Each jar holds 50 ml.", True),
    ("Our CBD cream eases joint pain. Studies have not confirmed this yet.", True),
])
def test_a_title_whose_card_reports_and_refutes_its_claim(engine, text: str,
                                                          fires: bool) -> None:
    fired = article_rules_fired(engine, CBD, _card("CBD Cream for Sore Joints", text))
    assert bool(fired & CLAIM_RULES) is fires


@pytest.mark.parametrize(("title", "body", "fires"), [
    # a seller told to stop making the claim: the headline reports it as the regulator's
    # order; a headline told to stop something else claims as the page's own
    (BRAIN, "<h2>Clinic Told to Stop Claiming Its Helmet Reverses Dementia</h2>"
            "<p>Read the story.</p>", False),
    (BRAIN, "<h2>Told to Stop Worrying: Our Helmet Reverses Dementia</h2><p>Read the "
            "story.</p>", True),
    # nothing in the research supports it; nothing else works as fast
    (MEMORY, "<p>The label promised that the capsules would reverse memory loss in 30 days. "
             "Nothing in the published research supports that.</p>", False),
    (MEMORY, "<p>The label promised that the capsules would reverse memory loss in 30 days. "
             "Nothing else on the market works as fast.</p>", True),
    # the writer looked for trials and found none; looked for a better formula and found ours
    (MEMORY, "<p>Some nootropic sellers insist their stacks cure brain fog. We looked for "
             "trials and found none.</p>", False),
    (MEMORY, "<p>Some nootropic sellers insist their stacks cure brain fog. We looked for a "
             "better formula and found ours.</p>", True),
])
def test_refutations_by_an_order_or_an_empty_search(engine, title: str, body: str,
                                                    fires: bool) -> None:
    assert bool(article_rules_fired(engine, title, body) & CLAIM_RULES) is fires


SUPPLEMENTS = "Brain Health Supplements"
HELMETS = "Photobiomodulation Helmets"


@pytest.mark.parametrize(("title", "body", "fires"), [
    # a slogan as a card's title, all quote, which the card's text refutes; the same slogan
    # over the seller's own text
    (SUPPLEMENTS, _card("\u201cClinically Shown to Improve Memory\u201d", "That line ran in the "
                        "ads for years. Regulators said the study behind it showed no such "
                        "thing."), False),
    (SUPPLEMENTS, _card("\u201cClinically Shown to Improve Memory\u201d", "That is what our "
                        "customers tell us. Order today."), True),
    # a question heading that reports the claim, answered by a trial's null result
    (SUPPLEMENTS, "<h2>Questions</h2><h3>My father's friend says ginkgo stopped his "
                  "Alzheimer's from getting worse. Should Dad take it?</h3><p>Large trials "
                  "found ginkgo did not slow Alzheimer's disease, and it can raise bleeding "
                  "risk with blood thinners.</p>", False),
    # one told by kin; "Nothing changed" two sentences on
    (HYPERBARIC, story_quote("A clinic told my husband that forty dives in the chamber would "
                             "reverse his Alzheimer's. We paid for twenty. Nothing changed, and "
                             "his doctor says the decline was never going to stop that way.",
                             "Marion"), False),
    (HYPERBARIC, story_quote("A clinic told my husband that forty dives in the chamber would "
                             "reverse his Alzheimer's. It did; he knows our grandchildren "
                             "again.", "Marion"), True),
    # "none shows that"
    (HELMETS, "<h2>Can a Light Helmet Reverse Dementia?</h2><p>Makers of infrared helmets say "
              "their devices repair brain cells and reverse dementia. The studies so far are "
              "tiny, most had no sham group, and none shows that.</p>", False),
    (HELMETS, "<h2>Can a Light Helmet Reverse Dementia?</h2><p>Makers of infrared helmets say "
              "their devices repair brain cells and reverse dementia. Ours are the brightest "
              "on the market.</p>", True),
    # the report as a participle ("ads saying", ", claiming"); the product not shown to help,
    # a harm it caused
    (BRAIN, "<p>You might see ads saying a coconut oil drink can reverse Alzheimer's in weeks. "
            "It cannot; a small trial found no benefit.</p>", False),
    (CHELATION, "<h3>Chelation for Alzheimer's?</h3><p>Some practitioners offer chelation, "
                "claiming it clears metals that cause Alzheimer's disease. Chelation has not "
                "been shown to help, and it has caused deaths.</p>", False),
    (CHELATION, "<h3>Chelation for Alzheimer's?</h3><p>Some practitioners offer chelation, "
                "claiming it clears metals that cause Alzheimer's disease. Chelation takes "
                "about three hours a session.</p>", True),
])
def test_reported_by_participle_kin_or_a_quoted_title(engine, title: str, body: str,
                                                      fires: bool) -> None:
    assert bool(article_rules_fired(engine, title, body) & CLAIM_RULES) is fires


@pytest.mark.parametrize(("title", "body", "fires"), [
    # a story's outcome against what the teller was told; the outcome that bears it out
    (BRAIN, "<p>My aunt was told a high-dose vitamin drip would stop her Alzheimer's disease. "
            "Her memory kept declining, and the drips cost her $9,000.</p>", False),
    (BRAIN, "<p>My aunt was told a high-dose vitamin drip would stop her Alzheimer's disease. "
            "Her memory has been sharp ever since.</p>", True),
    # a trial's null result with its subjects between, for the research rule too
    (SUPPLEMENTS, "<h2>Questions</h2><h3>Do brain supplements prevent dementia?</h3><p>Many "
                  "labels suggest they do. The large trials of vitamins, fish oil and ginkgo "
                  "found no protection.</p>", False),
    # evidence only from dishes and mice; the seller's own claim after the report
    (SUPPLEMENTS, "<p>Social media posts claim lion's mane mushrooms regrow brain cells and "
                  "reverse dementia. Those claims come from lab dishes and mice, not "
                  "people.</p>", False),
    (SUPPLEMENTS, "<p>Social media posts claim lion's mane mushrooms regrow brain cells and "
                  "reverse dementia. Our lion's mane capsules are the strongest you can "
                  "buy.</p>", True),
    # a review quoted whole, said to be no evidence; the same review passed on as praise
    (SUPPLEMENTS, "<p>\u201cIt cured my brain fog in a week!\u201d Reviews like this one are "
                  "common on supplement sites. They are not evidence, and brain fog has many "
                  "causes a doctor should check.</p>", False),
    (SUPPLEMENTS, "<p>\u201cIt cured my brain fog in a week!\u201d Reviews like this one reach "
                  "us every day. Order yours now.</p>", True),
])
def test_refuted_by_the_outcome_the_evidence_s_source_or_its_absence(engine, title: str,
                                                                      body: str,
                                                                      fires: bool) -> None:
    assert bool(article_rules_fired(engine, title, body) & CLAIM_RULES) is fires
