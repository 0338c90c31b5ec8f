"""Golden tests of the false-positive classes found by the fresh set fresh12n.yaml (helper
negatives12, 5 Dec 2026: patient information and compliant rewrites in the forms pages use;
dev half read, test half scored once at the end): the exact text must fire no claim rule,
and its claim twin must still fire the rule. Texts written for these tests (the clear ones
are the dev half's), not from a letter.

- approved care lent with the predicate: a list item or an FAQ answer whose only predicate is
  its lead's takes the care the lead names ("Valacyclovir is used for:"); a bare "Yes." is told
  by the answer's next sentence when that sentence is approved care's
  (checker/content/claimread/judging.py, _lent_care);
- care needed no more ("never need antibiotics again") is care replaced, not the care acting
  (claimread _REPLACED);
- "prescribe" is approved care as "prescribed" is (rules/lexicons/products.yaml);
- a generic anti-infective named by its USAN stem curing its infection is patient information
  (no-unqualified-cure-claims unless_clause);
- a story whose patient's own clinician started approved care, and whose outcome sentence
  credits nothing, tells that care's outcome (claimread _care_started);
- a provider named as the third party we refer to or work with ("works with local addiction
  treatment programs") is not our claim to treat (claimread _others_care)."""

from __future__ import annotations

import pytest

from tests.content.conftest import list_page, story_quote

IMMUNE = "Immune Support IV Drips"
PRIMARY = "Primary Care"
RECOVERY = "Recovery Support Products"


def _fired(engine, page: str) -> set[str]:
    return {f.rule_id for f in engine.check_page("https://clinic.example/p/", page).findings}


def _article(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")


def _faq(title: str, question: str, answer: str) -> str:
    return _article(title, f'<section class="faq"><h2>Frequently asked questions</h2><details>'
                           f"<summary>{question}</summary><p>{answer}</p></details></section>")


LISTS = [
    ("infectious-disease-claim", False, PRIMARY, "Valacyclovir is used for:",
     "Cold sores, genital herpes outbreaks and shingles"),
    ("infectious-disease-claim", False, PRIMARY, "Our pharmacists can prescribe treatment for:",
     "Uncomplicated urinary tract infections in women"),
    ("infectious-disease-claim", True, IMMUNE, "Our immune drip is used for:",
     "Cold sores, genital herpes outbreaks and shingles"),
    ("infectious-disease-claim", True, IMMUNE, "We prescribe our herbal antiviral formula for:",
     "Colds, flu and strep throat"),
    ("infectious-disease-claim", True, IMMUNE, "Our immune drip, better than antibiotics, treats:",
     "Colds, flu and strep throat"),
]


@pytest.mark.parametrize(("rule", "fires", "title", "intro", "item"), LISTS,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(LISTS)])
def test_a_list_item_takes_the_care_its_intro_names(engine, rule: str, fires: bool, title: str,
                                                    intro: str, item: str) -> None:
    assert (rule in _fired(engine, list_page(title, intro, item))) is fires, item


FAQS = [
    (False, PRIMARY, "Is strep throat treated with antibiotics?",
     "Yes. Penicillin or amoxicillin cures strep throat and prevents complications such as "
     "rheumatic fever."),
    (False, PRIMARY, "Is there a cure for hepatitis C?",
     "Yes. An 8 to 12 week course of antiviral pills cures hepatitis C in more than 95% of "
     "people."),
    (False, PRIMARY, "Is strep throat treated with antibiotics?", "Yes."),
    (True, IMMUNE, "Can your immune drip cure strep throat?", "Yes."),
    (True, IMMUNE, "Can strep throat be cured?", "Yes. Our immune drip clears strep throat in "
     "days."),
    (True, IMMUNE, "Can strep throat be cured?", "Yes. Many patients never need antibiotics "
     "again."),
    (True, IMMUNE, "Can strep throat be cured without antibiotics?", "Yes."),
]


@pytest.mark.parametrize(("fires", "title", "question", "answer"), FAQS,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(FAQS)])
def test_a_yes_answer_is_told_by_its_question_and_next_sentence(
        engine, fires: bool, title: str, question: str, answer: str) -> None:
    fired = _fired(engine, _faq(title, question, answer))
    assert ("infectious-disease-claim" in fired) is fires, answer
    if not fires:
        assert "no-unqualified-cure-claims" not in fired, answer


CURES = [
    (False, PRIMARY, "Penicillin or amoxicillin cures strep throat and prevents complications "
     "such as rheumatic fever."),
    (False, PRIMARY, "Fluconazole cures most vaginal yeast infections with one tablet."),
    (True, IMMUNE, "Our silver drip cures strep throat faster than amoxicillin."),
    (True, IMMUNE, "Our immune drip cures strep throat without amoxicillin."),
]


@pytest.mark.parametrize(("fires", "title", "sentence"), CURES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CURES)])
def test_a_generic_anti_infective_curing_its_infection(engine, fires: bool, title: str,
                                                       sentence: str) -> None:
    fired = _fired(engine, _article(title, f"<p>{sentence}</p>"))
    assert ("no-unqualified-cure-claims" in fired) is fires, sentence


STORIES = [
    (False, "After twenty years on pain pills I am in recovery. My addiction doctor started me "
     "on buprenorphine, and the AWAREmed staff were kind to me while I looked for her."),
    (True, "After twenty years on pain pills I am in recovery thanks to AWAREmed. My doctor had "
     "started me on buprenorphine years ago."),
    (True, "After twenty years on pain pills I am in recovery. My doctor had started me on "
     "buprenorphine, but it never helped; AWAREmed did."),
    (True, "After twenty years on pain pills I am in recovery. It changed my life. My doctor "
     "started me on buprenorphine first."),
    (True, "After twenty years on pain pills I am in recovery."),
]


@pytest.mark.parametrize(("fires", "text"), STORIES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(STORIES)])
def test_a_story_tells_the_care_its_clinician_started(engine, fires: bool, text: str) -> None:
    fired = _fired(engine, _article(RECOVERY, story_quote(text, "Gary, Johnson City")))
    assert ("unapproved-disease-claim" in fired) is fires, text


THIRD_PARTY = [
    (False, "We are an outpatient clinic in Tennessee that works with local addiction treatment "
     "programs."),
    (False, "We refer patients to licensed addiction treatment programs."),
    (True, "We offer addiction treatment programs for opioid addiction."),
]


@pytest.mark.parametrize(("fires", "sentence"), THIRD_PARTY,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(THIRD_PARTY)])
def test_a_provider_we_refer_to_is_a_third_party(engine, fires: bool, sentence: str) -> None:
    fired = _fired(engine, _article(RECOVERY, f"<p>{sentence}</p>"))
    assert ("unapproved-disease-claim" in fired) is fires, sentence


# Own probe batch 1 (negatives12, written before running; 60 compliant texts, 4 fired): the
# regulator's "cleared" is a status, not a condition cleared; "with the exercises" is the
# care a story credits, as "with exercise" is; care a story's clinician started after the
# outcome in its clause ("improved after my doctor started me on a statin") is that care's.
PROBES = [
    (False, "Hyperbaric Oxygen Therapy", None,
     "<section class='faq'><details><summary>What does hyperbaric oxygen treat?</summary><p>Only "
     "for the uses the FDA has cleared, such as decompression sickness and some diabetic wounds; "
     "not for autism.</p></details></section>"),
    (True, "Hyperbaric Oxygen Therapy", None,
     "<p>Our chamber clears autism symptoms in ten sessions.</p>"),
    (False, "Chiropractic and Wellness", "Sue",
     "My back pain eased with the exercises my chiropractor taught me, and my doctor says that "
     "is normal for back pain."),
    (True, "Chiropractic and Wellness", "Sue", "My back pain eased with the adjustments."),
    (False, "Shop Supplements", "Paul",
     "My cholesterol improved after my doctor started me on a statin; I still take the fish oil "
     "because I like it."),
    (True, "Shop Supplements", "Paul",
     "My cholesterol improved after my doctor started me on a statin and the fish oil."),
    (True, "Shop Supplements", "Paul",
     "My cholesterol improved thanks to the fish oil; my doctor started me on a statin later."),
]


@pytest.mark.parametrize(("fires", "title", "who", "body"), PROBES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(PROBES)])
def test_own_probes_compliant_and_twins(engine, fires: bool, title: str, who: str | None,
                                        body: str) -> None:
    html = _article(title, story_quote(body, who) if who else body)
    assert ("unapproved-disease-claim" in _fired(engine, html)) is fires, body


# Own probe batch 2 (negatives12, written before running; 40 compliant stories, lists and
# headings, 6 fired): a story's care after "managed with" named by its USAN stem
# (methotrexate) or "after a few weeks of" care; a semicolon closes what the care's "no" is
# ("saw no change; his speech therapy is what helps him"); care tried and told to have done
# nothing, with no turn after; the cleared uses named as such (status rule).
STORIES_2 = [
    (False, "Shop Supplements",
     "I take the turmeric because I like it in smoothies. My rheumatoid arthritis is managed "
     "with methotrexate from my rheumatologist."),
    (True, "Shop Supplements",
     "My rheumatoid arthritis is managed with the turmeric capsules from this shop."),
    (False, "Chiropractic and Wellness",
     "My neck pain went away after a few weeks of physical therapy my doctor ordered; I still "
     "see Dr. Reed for adjustments because I enjoy them."),
    (True, "Chiropractic and Wellness",
     "My neck pain went away after a few weeks of adjustments."),
    (False, "Hyperbaric Oxygen Therapy",
     "We tried hyperbaric sessions for my son's autism and saw no change; his speech therapy is "
     "what helps him."),
    (False, "CBD Oils",
     "I tried the CBD oil for my back pain and it made no difference, so I went back to "
     "physical therapy."),
    (True, "CBD Oils",
     "I tried the CBD oil for my back pain and at first it made no difference, but now the pain "
     "is gone."),
    (True, "CBD Oils",
     "I tried the CBD oil for my back pain and it made no difference at first; after a month "
     "the pain was gone."),
]


@pytest.mark.parametrize(("fires", "title", "text"), STORIES_2,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(STORIES_2)])
def test_own_probe_stories_2(engine, fires: bool, title: str, text: str) -> None:
    html = _article(title, story_quote(text, "A patient"))
    assert ("unapproved-disease-claim" in _fired(engine, html)) is fires, text


def test_the_cleared_uses_named_as_such_are_no_status_claim(engine) -> None:
    title = "Hyperbaric Oxygen Therapy"
    assert "false-fda-approval-claim" not in _fired(
        engine, _article(title, "<h2>FDA-cleared uses of hyperbaric oxygen therapy</h2>"))
    assert "false-fda-approval-claim" in _fired(
        engine, _article(title, "<h2>FDA-cleared hyperbaric oxygen for autism</h2>"))


# Own probe batch 3 (negatives12, written before running; 40 patient-information texts in
# the dev styles, 5 fired): a research opener's finding and an equated superlative are said of
# the care that follows them (types/claims.py _subject_after); a list item with no subject
# of its own takes its intro's approved care as its subject (the phrase rules: types/base.py
# _said_of_lead_care; the disease rules: claimread _lent_care). Care set against, or named as
# ours ("What our eucalyptus inhaler does:"), is no subject.
PROBES_3 = [
    ("research-claims-cited", False, PRIMARY,
     "<p>Studies show that statins lower the risk of a first heart attack by about a "
     "quarter.</p>"),
    ("research-claims-cited", False, "Mental Health Care",
     "<p>Research shows that combining therapy with an antidepressant works better than either "
     "alone for moderate to severe depression.</p>"),
    ("research-claims-cited", True, "Shop Supplements",
     "<p>Studies show that turmeric works as well as ibuprofen for knee pain.</p>"),
    ("research-claims-cited", True, "Shop Supplements",
     "<p>Studies show that people who take vitamin D need fewer antibiotics.</p>"),
    ("no-superlative-claims", False, PRIMARY,
     "<h2>The best treatment for strep throat is penicillin</h2>"),
    ("no-superlative-claims", True, IMMUNE,
     "<h2>The best treatment for a cold is our immune drip</h2>"),
    ("no-superlative-claims", True, IMMUNE,
     "<h2>The best treatment for a cold is not antibiotics but an immune drip</h2>"),
]


@pytest.mark.parametrize(("rule", "fires", "title", "body"), PROBES_3,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(PROBES_3)])
def test_a_finding_or_superlative_said_of_the_care_after_it(engine, rule: str, fires: bool,
                                                            title: str, body: str) -> None:
    assert (rule in _fired(engine, _article(title, body))) is fires, body


SUBJECTLESS = [
    ("infectious-disease-claim", False, PRIMARY,
     "Triple therapy with amoxicillin, clarithromycin and omeprazole:",
     "Eradicates H. pylori in most people after a two-week course"),
    ("no-unqualified-cure-claims", False, PRIMARY, "Amoxicillin:",
     "Cures most cases of bacterial pneumonia in otherwise healthy adults"),
    ("infectious-disease-claim", False, PRIMARY, "Amoxicillin:",
     "Cures most cases of bacterial pneumonia in otherwise healthy adults"),
    ("no-unqualified-cure-claims", True, IMMUNE, "Our immune drip:",
     "Cures most cases of strep throat in days"),
    ("no-unqualified-cure-claims", True, IMMUNE, "Better than antibiotics:",
     "Cures strep throat faster"),
    ("infectious-disease-claim", True, IMMUNE, "What our eucalyptus inhaler does:",
     "Kills airborne coronavirus before you breathe it in"),
]


@pytest.mark.parametrize(("rule", "fires", "title", "intro", "item"), SUBJECTLESS,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(SUBJECTLESS)])
def test_a_subjectless_item_says_it_of_its_intro(engine, rule: str, fires: bool, title: str,
                                                 intro: str, item: str) -> None:
    assert (rule in _fired(engine, list_page(title, intro, item))) is fires, item


# Own probe batch 5 (negatives12, written before running; 30 patient-information texts in
# the dev styles, 2 fired): a list item with no verb under an intro that names approved care
# sold by the pharmacy takes that care as its subject; "our" heads the care's noun phrase only
# when no verb stands between ("Our pharmacy sells permethrin" is care; "our eucalyptus
# inhaler" is ours); nitrofurantoin by its USAN stem (-toin).
LISTS_5 = [
    (False, PRIMARY, "Our pharmacy sells permethrin and ivermectin lotion for:",
     "Head lice, with a second treatment 7 to 10 days later"),
    (False, PRIMARY, "Nitrofurantoin usually clears:",
     "Uncomplicated urinary tract infections, in three to five days"),
    (True, IMMUNE, "Our immune drip:", "Head lice, with a second treatment 7 to 10 days later"),
    (True, IMMUNE, "Our pharmacy sells our herbal lice drip for:", "Head lice and scabies"),
    (True, IMMUNE, "Our inhaler clears:", "Colds and flu"),
]


@pytest.mark.parametrize(("fires", "title", "intro", "item"), LISTS_5,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(LISTS_5)])
def test_a_verbless_item_takes_the_care_its_intro_sells(engine, fires: bool, title: str,
                                                        intro: str, item: str) -> None:
    fired = _fired(engine, list_page(title, intro, item))
    assert ("infectious-disease-claim" in fired) is fires, item


# Own probe batch 6 (negatives12, written before running; 30 compliant patient stories with
# star ratings and product names, 6 fired): "X for" pairs with a condition in its own sentence
# only, and a story's clause does not reach into its other sentences unless "it" points back
# ("I drink the tea for comfort. My breast cancer was treated with surgery"); a no-effect
# report after "because"; a belief the story corrects by a clinician ("I thought the turmeric
# helped my arthritis, but my rheumatologist says ..."); a product's own cleared uses named
# as such (status rule); a hope the story says was not met (cure rule scope hope-unmet).
STORIES_6 = [
    ("unapproved-disease-claim", False, "Cancer Support",
     "I drink the tea for comfort. My breast cancer was treated with surgery and radiation, and "
     "I am now cancer-free."),
    ("unapproved-disease-claim", True, "Cancer Support",
     "I drink the tea for my breast cancer. It shrank my tumor."),
    ("unapproved-disease-claim", False, "Hyperbaric Oxygen Therapy",
     "We stopped the hyperbaric sessions for my daughter's cerebral palsy because we saw no "
     "improvement."),
    ("unapproved-disease-claim", False, "Shop Supplements",
     "I thought the turmeric helped my arthritis, but my rheumatologist says it was the new "
     "methotrexate dose."),
    ("unapproved-disease-claim", True, "Shop Supplements",
     "I thought nothing would help, but the turmeric helped my arthritis."),
    ("unapproved-disease-claim", True, "Shop Supplements",
     "I thought the turmeric helped my arthritis, and my doctor agrees."),
    ("false-fda-approval-claim", False, "Hyperbaric Oxygen Therapy",
     "Hyperbaric oxygen helped my radiation wound heal, which is one of its FDA-cleared uses, "
     "but it did nothing for my fatigue."),
    ("no-unqualified-cure-claims", False, "Regenerative Medicine: PRP, Exosomes and Stem Cells",
     "I hoped PRP would cure my plantar fasciitis, but stretching and better shoes are what "
     "worked."),
    ("no-unqualified-cure-claims", True, "Regenerative Medicine: PRP, Exosomes and Stem Cells",
     "I hoped PRP would cure my plantar fasciitis, and it did!"),
]


@pytest.mark.parametrize(("rule", "fires", "title", "text"), STORIES_6,
                         ids=[f"{c[0]}-{'fires' if c[1] else 'clear'}-{i}"
                              for i, c in enumerate(STORIES_6)])
def test_own_probe_stories_6(engine, rule: str, fires: bool, title: str, text: str) -> None:
    html = _article(title, story_quote(text, "A patient"))
    assert (rule in _fired(engine, html)) is fires, text
