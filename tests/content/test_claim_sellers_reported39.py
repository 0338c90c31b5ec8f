"""Golden tests (stop 39, fpfix39a): others' sales talk (claim-reported) said by sellers under
other names, brands, makers, shops, stores and retailers ("Homeopathic brands often say their
remedies cure colds"), as "websites say" and "clinics claim" already are; the passive of sales
talk opening a fragment with its subject left out ("Sold as clinically proven relief for ...");
and, for evidence-denied, the writer who found no trial ("we found no published trial"). The
seller's own brand ("Our homeopathic brand says ...") and a claim with "sold" after it still
fire. Sentences written for these tests (fresh35n dev rewrites f35n-011 and f35n-014 were the
first cases)."""

from __future__ import annotations

import pytest

from tests.content.conftest import CLAIM_RULES, article_rules_fired

HOMEOPATHY = "Homeopathic Remedies for Children"


@pytest.mark.parametrize(("body", "fired"), [
    ("<p>Homeopathic brands often say their remedies cure colds and flu in children.</p>", set()),
    ("<p>Some makers claim the pellets end teething pain; the FDA has warned about them.</p>",
     set()),
    ("<ul><li>Sold as clinically proven relief for colds and flu; we found no published trial"
     "</li></ul>", set()),
    # ... neighbours: the seller's own brand; the claim, with "sold" after it
    ("<p>Our homeopathic brand often says its remedies cure colds and flu in children.</p>",
     {"infectious-disease-claim", "no-unqualified-cure-claims"}),
    ("<ul><li>Clinically proven relief for colds and flu, sold online</li></ul>",
     {"infectious-disease-claim", "research-claims-cited"}),
])
def test_sellers_by_other_names(engine, body: str, fired: set[str]) -> None:
    assert article_rules_fired(engine, HOMEOPATHY, body) & CLAIM_RULES == fired


def test_we_found_no_trial_denies_the_evidence() -> None:
    from checker.content.scopes import EVIDENCE_DENIED
    assert EVIDENCE_DENIED.search("Clinically proven, they say; we found no published trial")
    assert EVIDENCE_DENIED.search("Researchers found no good evidence that it works")
    assert not EVIDENCE_DENIED.search("We found a published trial of 200 children")
