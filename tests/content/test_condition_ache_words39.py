"""Golden tests (issue 13, stop 39, fresh35n's dev half): a body part's pain in the words pages
write, and teething by the parents' words (conditions-consumer.yaml). "Earache" and "ear pain"
were in no vocabulary: ICD-10-CM titles say otalgia, the Disease Ontology names no symptom, and
the consumer list composed "X pain" only for the parts it listed (no ear, belly, abdomen,
pelvis, throat or mouth) and wrote none of the closed compounds of "ache" beside "headache"
(earache, toothache, backache, stomachache, bellyache). A baby "cutting teeth" is teething; the
participle inside that name is no predicate ("Babies start cutting teeth at six months"), and a
list item so named takes its lead's. Approved care and advice stay quiet. Written for these
tests, not taken from a corpus file."""

from __future__ import annotations

import pytest

from checker.content import ContentEngine
from tests.content.conftest import list_page, reported

DISEASE = "unapproved-disease-claim"


@pytest.mark.parametrize(("title", "sentence", "fires"), [
    ("Homeopathic Ear Drops", "Our homeopathic drops relieve earache in children.", True),
    ("Homeopathic Ear Drops", "Our drops soothe ear pain overnight.", True),
    ("Herbal Remedies", "Our peppermint tea soothes a bellyache in minutes.", True),
    ("Herbal Remedies", "Our herbal drops soothe toothache.", True),
    ("Herbal Remedies", "Our turmeric blend relieves backache and pelvic pain.", True),
    # approved care by its labelled use, advice, a word of grief, an idiom of experience
    ("Pain Relief", "Ibuprofen relieves toothache, backache and period pain.", False),
    ("Ear Infections in Children",
     "Ear pain in children usually settles in three days; paracetamol or ibuprofen can ease "
     "it.", False),
    ("Herbal Remedies", "Our herbal tea is a comfort in times of heartache.", False),
    ("Our Team", "Dr Moss cut her teeth in a busy emergency department before joining us.",
     False),
])
def test_pain_named_by_its_body_part(engine: ContentEngine, title: str, sentence: str,
                                     fires: bool) -> None:
    assert reported(engine, DISEASE, title, f"<p>{sentence}</p>") == ([sentence] if fires
                                                                       else [])


def test_cutting_teeth_names_teething(engine: ContentEngine) -> None:
    def fired(intro: str, item: str) -> list[str]:
        verdict = engine.check_page("https://clinic.example/p/",
                                    list_page("Homeopathic Remedies", intro, item))
        return [f.sentence for f in verdict.findings if f.rule_id == DISEASE]

    item = "Restless nights and irritability from cutting teeth"
    assert item in fired("Our teething tablets relieve:", item)
    assert item not in fired("Signs your baby may be teething:", item)


def test_the_participle_of_cutting_teeth_is_no_predicate(engine: ContentEngine) -> None:
    claim = "Our tablets soothe babies who are cutting teeth."
    advice = "Babies start cutting teeth at about six months."
    assert reported(engine, DISEASE, "Homeopathic Remedies", f"<p>{claim}</p>") == [claim]
    assert reported(engine, DISEASE, "Homeopathic Remedies", f"<p>{advice}</p>") == []
