"""Golden tests (stop 38, fpfix38): the dosage form after a drug's own generic name is that
drug's, no unnamed product of ours.

A card titled "Pregabalin capsules" over "Licensed for neuropathic pain ..." and a sentence
"Patching or atropine drops ... are the proven treatments for amblyopia" name approved drugs
for uses their labels name; the dosage-form word ("capsules", "drops", "patches") was read as
an unnamed supplement or gadget because only an approved drug's capitalized brand
("Lyrica 75 mg capsules") kept its form. A name of labelled-uses.yaml, generic or brand, now
keeps it too (and atropine, whose low-dose drops eye clinics promote for myopia, is a drug of
that file with its label's uses). Named for a use outside its label, the drug is still the
claim's product ("Pregabalin capsules ease anxiety"), and a seller's own drops or capsules
still are. Each case: the exact text and its rule, and a claim beside it in the same form.
Sentences written for these tests (the dev halves of fresh25n and fresh27n showed the class)."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine

DISEASE = "unapproved-disease-claim"


def card(title: str, text: str) -> str:
    return f'<div class="card"><h3>{title}</h3><p>{text}</p></div>'


def fired(engine: ContentEngine, title: str, body: str) -> bool:
    page = (f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")
    verdict = engine.check_page("https://clinic.example/p/", page)
    return any(f.rule_id == DISEASE for f in verdict.findings)


CASES = [
    # a pharmacy card: the generic's capsules, for its labelled use
    (False, "Pharmacy", card("Pregabalin capsules", "Licensed for neuropathic pain, including "
                                                    "pain from diabetic peripheral neuropathy.")),
    (True, "Pharmacy", card("Nerve Calm capsules", "Licensed for neuropathic pain, including "
                                                   "pain from diabetic peripheral neuropathy.")),
    (True, "Pharmacy", card("Pregabalin capsules", "Eases anxiety and insomnia.")),
    # a sentence: the generic's drops or patches, for a labelled use
    (False, "Lazy eye", "<p>Patching or atropine drops, started in childhood, are the proven "
                        "treatments for amblyopia.</p>"),
    (True, "Lazy eye", "<p>Our herbal drops, started in childhood, are the proven treatments "
                       "for amblyopia.</p>"),
    (True, "Myopia", "<p>Atropine drops slow myopia progression in children.</p>"),
    (False, "Menopause", "<p>Estradiol patches relieve hot flashes of menopause.</p>"),
    (True, "Menopause", "<p>Our compounded estradiol cream relieves hot flashes of "
                        "menopause.</p>"),
    (False, "Nerve pain", "<p>Pregabalin capsules ease nerve pain from diabetic "
                          "neuropathy.</p>"),
    (True, "Nerve pain", "<p>Pregabalin capsules ease anxiety and insomnia.</p>"),
]


@pytest.mark.parametrize(("fires", "title", "body"), CASES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}" for i, c in enumerate(CASES)])
def test_a_dosage_form_after_a_drugs_generic_name_is_the_drugs(
        engine: ContentEngine, fires: bool, title: str, body: str) -> None:
    assert fired(engine, title, body) is fires, body
