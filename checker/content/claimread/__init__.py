"""Claims as structure: a predicate linked to a condition in the context of a product.

A sentence is a claim when it holds a condition (a disease vocabulary term) and an efficacy
predicate (treat, cure, prevent, relieve... in any inflection), the predicate is not negated,
hedged into a non-claim, attributed to someone else or asked, the clause does not credit
approved care ("antidepressants can treat depression" is patient information), and a product
of the rule's classes is in context: in the sentence, in its lead (a list's intro, an FAQ's
question, a card's title, the heading above it), or in the page's title and h1.

The lead also lends its predicate: under "Conditions we treat with amniotic cells:" the list
item "Cerebral palsy" is a claim. A testimonial is read whole: a condition and an outcome
("reading the newspaper again", "off my oxygen tank") anywhere in the quote.

Every decision is recorded (Verdict), so `clinic-checker explain` can say why a sentence did
or did not fire.

The readings are modules by what they read, each importing only those above it in this list:
  context   Context, ClaimSpec, StatusSpec, Verdict, build_spec (the shared ground)
  products  which product of ours is named, and what acts in a clause
  care      approved or standard care credited, given up, replaced, made needless
  stories   testimonials, case studies, courses of care and a list's lead subject
  scope     the scope stops: asked, answered, denied, refuted, a lead's predicate
  offlabel  uses outside an approved drug's label
  status    regulatory status claims (judge_status)
  judging   the judge that puts the readings together, and its memo (judge, judged)
This module exports the entry points the engine and the rule types call.
"""

from checker.content.claimread.care import points_back
from checker.content.claimread.context import ClaimSpec, Context, StatusSpec, Verdict, build_spec
from checker.content.claimread.judging import judge, judged
from checker.content.claimread.status import judge_status

__all__ = [
    "ClaimSpec",
    "Context",
    "StatusSpec",
    "Verdict",
    "build_spec",
    "judge",
    "judge_status",
    "judged",
    "points_back",
]
