"""Golden tests (stop 36, rewrites36): a card's title that names a condition in the product's
name ("Migraine Relief Course") is disclaimed when the card's body, in its first two sentences,
denies the product treats that condition: the body often says what the product is first ("Six
acupuncture sessions. It does not end migraines"), and may name the condition in another number
or a longer name ("Withdrawal Ease" over "does not treat withdrawal symptoms"). A body that
claims the condition before any denial, or denies something else, still leaves the title a
claim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.content.conftest import article_rules_fired

DISEASE = "unapproved-disease-claim"
TITLE = "Shop our wellness range"


def _card(title: str, body: str) -> str:
    return ("<p>Browse the range below.</p><div class=\"cards\"><div class=\"card\">"
            f"<h3>{title}</h3><p>{body}</p><a href=\"/buy/\">Buy now</a></div></div>")


@pytest.mark.parametrize(("title", "body", "fires"), [
    # the denial in the body's second sentence, the condition in another number
    ("Migraine Relief Course (6 sessions)",
     "Six acupressure sessions with our therapist. It does not end migraines; keep taking the "
     "medicines your doctor prescribed. $240", False),
    ("The Natural Diabetes Solution",
     "A 3-month meal planning course with recipes. It does not treat diabetes and does not "
     "replace the care of your doctor.", False),
    # the condition under a longer name in the body
    ("Withdrawal Ease Herbal Kit",
     "An herb and vitamin kit that does not treat withdrawal symptoms or cravings; ask a doctor "
     "before any home detox. $89", False),
    # ... neighbours: the body claims the condition first, or denies something else
    ("Migraine Relief Course (6 sessions)",
     "Six acupressure sessions with our therapist. It ends migraines for good in most clients. "
     "$240", True),
    ("The Natural Diabetes Solution",
     "A 3-month meal planning course with recipes. It reverses diabetes and does not need a "
     "prescription.", True),
])
def test_a_card_body_denies_its_title(engine, title: str, body: str, fires: bool) -> None:
    assert (DISEASE in article_rules_fired(engine, TITLE, _card(title, body))) is fires
