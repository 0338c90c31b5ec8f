"""Stop 44 (fixoff44): an off-label use disclosed on the page, read as a disclosure only when
it names the use as off-label; and the lexicons' whole-word boundary after a name that ends in
a non-word character.

- The page's disclosure (claimread._OFF_LABEL_USE_SAID) once matched a bare "off-label"
  anywhere: its alternation had no group, so the anchors after it bound its last branch only,
  and a passing mention ("Is off-label use safe? Ask us.") disclosed every use the page
  claimed. A disclosure names the use: "Using ketamine for OCD is off-label", "Prescribing it
  for OCD is an off-label use", "not FDA-approved for OCD".
- TermSet's whole-word boundary (lexicons._whole_words) was a word boundary on both sides of
  every term, which never holds after a name ending in "%" ("lidocaine 4%" before a space):
  a term's edge that is a non-word character is bounded by \\B (no word character beside it),
  so the labelled drugs' one matcher finds "Lidocaine 4%" (the second matcher of the OTC
  relievers' names beside it is gone).
"""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from checker.content.lexicons import TermSet, load_lexicons
from tests.content.conftest import reported_on, riverbend_page

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("text", "found"), [
    ("Lidocaine 4% patches and creams:", ["Lidocaine 4%"]),
    ("diclofenac sodium 1% gel, twice a day", ["diclofenac sodium 1%"]),
    ("ketoconazole 1%.", ["ketoconazole 1%"]),
    # not inside a longer word: a word character straight after the "%"
    ("lidocaine 4%x", []),
])
def test_a_name_ending_in_percent_is_a_whole_word(text: str, found: list[str]) -> None:
    names = load_lexicons().labelled.names
    assert [m.text for m in names.finditer(text)] == found


def test_a_term_set_bounds_each_edge_by_its_own_character() -> None:
    terms = TermSet("edges44", ["lidocaine 4%", "diabetes"])
    found = terms.finditer("Lidocaine 4% for diabetes; lidocaine 4%, not prediabetes")
    assert [(m.text, m.begin) for m in found] == [("Lidocaine 4%", 0), ("diabetes", 17),
                                                   ("lidocaine 4%", 27)]


# A ketamine page that lists a use outside ketamine's label (anesthesia), with a line about
# off-label use elsewhere on the page: a line that names the use as off-label discloses it; a
# passing mention of off-label use names no use, and the listed use stays a claim.
def ketamine_page(line: str) -> str:
    body = (f"<p>{line}</p><p>Conditions we treat with ketamine:</p>"
            "<ul><li>Obsessive-compulsive disorder</li><li>Bring a list of your medicines.</li>"
            "</ul>")
    return riverbend_page("Ketamine infusion therapy", body)


OFF_LABEL_LINES = [
    (True, "Is off-label use safe? Ask us at your first visit."),
    (True, "Ask us about off-label treatments when you call."),
    (False, "Using ketamine for obsessive-compulsive disorder is off-label."),
    (False, "Prescribing it for obsessive-compulsive disorder is an off-label use."),
    (False, "Treating obsessive-compulsive disorder with it is off-label."),
    (False, "Ketamine is an off-label treatment for obsessive-compulsive disorder."),
]


@pytest.mark.parametrize(("fires", "line"), OFF_LABEL_LINES,
                         ids=[f"{'fires' if c[0] else 'clear'}-{i}"
                              for i, c in enumerate(OFF_LABEL_LINES)])
def test_a_disclosure_names_the_use_as_off_label(engine: ContentEngine, fires: bool,
                                                  line: str) -> None:
    found = reported_on(engine, DISEASE, ketamine_page(line))
    assert (found == ["Obsessive-compulsive disorder"]) is fires, found
