"""Golden tests (issue 13, stop 47): superlatives and guarantees read by their grammar. A
superlative noun phrase standing as the whole line (a tagline with no verb: the thing sold is
what it ranks, with or without a scope), "the best possible" treatment given, the product
ranked by what it makes of itself, a verb that ranks it over approved care, an approved drug
named as its equal; an outcome guaranteed by its noun with a refund as the alternative, a
function told restored in everyone, a perfect sense sold as the line. Each with a neighbour
that stays quiet (a way, a practice or a choice ranked, a line with a verb, a service or the
purchase guaranteed, a visit repeated, a negation). Written for these tests, not taken from a
corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import article_page, reported_on

SUPERLATIVE = "no-superlative-claims"
GUARANTEED = "no-guaranteed-results"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    # a superlative noun phrase as the whole line, no scope
    ("Orthodontics", "The Gentlest Natural Alternative to Metal Braces", True),
    ("Hair Restoration", "World-Class Hair Restoration Treatment at Half the Price", True),
    ("Vein Clinic", "The coast's top-rated vein clinic, trusted by marathon runners.", True),
    ("Shop Supplements", "The purest, most potent CBD oil for joint pain.", True),
    ("Cold and Flu", "The best possible protection against winter colds for your whole family",
     True),
    # "the best possible" treatment given is a ranking, not a commitment to care
    ("Knee Pain", "We give our patients the best possible knee treatment at a fair price.",
     True),
    # the product ranked by what it makes of itself
    ("Medical Weight Loss",
     "Its single-dose pen makes it the safest way to begin weight-loss treatment.", True),
    # ranked over approved care, or an approved drug named as its equal
    ("Acupuncture", "Why acupuncture beats painkillers for back pain", True),
    ("Men's Health", "Our drops are basically Cialis in a bottle.", True),
    ("Medical Weight Loss", "Try the natural Ozempic everyone is talking about.", True),
    ("Joint Pain", "Our arnica gel works like magic on stiff knees.", True),
    # neighbours: ordinary usage, a line with a verb, a negation, a drug's own form
    ("Contact", "The Best Way to Reach Our Clinic", False),
    ("Infection Control", "We follow best practice in wound care.", False),
    ("Contact", "We do our best to see every patient on the day.", False),
    ("Pharmacy", "The safest choice is to ask your pharmacist first.", False),
    ("Medical Weight Loss", "The most common side effect is a mild headache.", False),
    ("Dental Care", "Our aim is the best possible care for every patient.", False),
    ("Acupuncture", "Acupuncture does not beat painkillers for back pain.", False),
    ("Heart Health", "Your heart beats faster on some asthma medicines.", False),
    ("Diabetes", "Ozempic comes in a pen you use once a week.", False),
    ("Medical Weight Loss", "There is no magic pill for weight loss.", False),
    ("Knee Pain", "This makes it the most common cause of knee pain.", False),
])
def test_a_superlative_read_by_its_grammar(engine: ContentEngine, title: str, sentence: str,
                                           fires: bool) -> None:
    assert reported_on(engine, SUPERLATIVE, article_page(title, sentence)) == (
        [sentence] if fires else [])


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Sleep Clinic", "Guaranteed deeper sleep or a full refund", True),
    ("Sleep Clinic", "Every client sleeps through the night again within days.", True),
    ("Laser Eye Surgery", "Perfect, Effortless Vision Without Glasses", True),
    ("Podiatry", "The quick, guaranteed fix for stubborn athlete's foot.", True),
    # neighbours: a service or the purchase guaranteed, a visit repeated, a statement of fact
    ("Sleep Clinic", "Guaranteed next-day delivery or a full refund", False),
    ("Shop Supplements",
     "We offer a full refund within 14 days if you are not satisfied with your order.", False),
    ("Testosterone", "Every patient comes back again at six weeks for a check-up.", False),
    ("Laser Eye Surgery", "Perfect vision is rare after the age of 40.", False),
    ("Podiatry", "No cream is a guaranteed fix for athlete's foot.", False),
])
def test_a_guarantee_read_by_its_grammar(engine: ContentEngine, title: str, sentence: str,
                                         fires: bool) -> None:
    assert reported_on(engine, GUARANTEED, article_page(title, sentence)) == (
        [sentence] if fires else [])
