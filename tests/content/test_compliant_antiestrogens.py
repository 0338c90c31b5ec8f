"""Golden tests: antiestrogens by their USAN stem -ifene (tamoxifen, raloxifene, toremifene,
clomifene: USAN Council stem list, "antiestrogens of the clomifene and tamoxifen groups") are
approved care, also on a page that sells natural products; and the care stays the subject
across a participle set off by commas ("Tamoxifen, taken for five to ten years after surgery,
lowers ..."). Each beside a twin that fires: the seller's own product in the same frame."""

from __future__ import annotations

from checker.content import ContentEngine
from tests.content.conftest import reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"
TITLE = "Natural Cancer Support"
SHOP = "<p>Our shop offers teas, salves and capsules from herbal suppliers.</p>"

PAGES = [
    ("Tamoxifen lowers the chance of breast cancer coming back after treatment.", False),
    ("Raloxifene lowers the risk of invasive breast cancer in women after menopause.", False),
    ("Tamoxifen, taken for five to ten years after surgery, lowers the chance of "
     "hormone-receptor-positive breast cancer coming back by about a third.", False),
    ("Our mushroom extract lowers the chance of breast cancer coming back after treatment.",
     True),
    ("Our mushroom extract, taken for five months after surgery, lowers the chance of breast "
     "cancer coming back.", True),
    ("Tamoxifen, combined with our mushroom extract, lowers the chance of breast cancer coming "
     "back.", True),
]


def test_antiestrogens_are_approved_care(engine: ContentEngine) -> None:
    for text, fires in PAGES:
        html = riverbend_page(TITLE, f"{SHOP}<p>{text}</p>")
        assert bool(reported_on(engine, DISEASE, html)) is fires, text


BRACKETS = [
    ("Herceptin (trastuzumab) treats HER2-positive breast cancer and lowers the chance it "
     "comes back.", False),
    ("Trastuzumab (Herceptin) treats HER2-positive breast cancer and lowers the chance it "
     "comes back.", False),
    ("Herceptin (or our mushroom extract) treats HER2-positive breast cancer and lowers the "
     "chance it comes back.", True),
    ("Turkey tail (a mushroom) treats HER2-positive breast cancer and lowers the chance it "
     "comes back.", True),
]


def test_care_named_with_brackets_is_the_subject(engine: ContentEngine) -> None:
    """The care named with another name in brackets stays the subject of the clause after
    them (a bracket ends the clause the reader scopes by)."""
    for text, fires in BRACKETS:
        html = riverbend_page(TITLE, f"{SHOP}<p>{text}</p>")
        assert bool(reported_on(engine, DISEASE, html)) is fires, text
