"""Golden tests of patients' stories (issue 13, stop 52, story52): general facts of how a
testimonial states an outcome and whom it credits, each with a close neighbour on the other
side. Sentences written for these tests as review blocks on clinic, shop and telehealth pages
write them (the probe sets /work/wt/notes/story52/probes*.yaml hold more).

- care the teller was offered and passed over for something chosen instead ("My GP wanted to
  put me on sertraline. I tried Calmora instead") is the story's before, not the care its
  outcome credits; what was chosen, by name, is the product credited
  (claimread.stories._declined_care, _chosen_instead); the care the teller had is still
  credited, and approved care chosen instead of a remedy stays approved care;
- a review's sentence that opens on a word English has no such word for ("Prostavel shrank my
  enlarged prostate") names the seller's brand as what acted, as a name inside the sentence
  already did (claimread.stories._named_agent, lexicons.coined over the CMU Pronouncing
  Dictionary); an English word ("Exercise fixed ...") and a word an approved drug's name
  begins with ("Nurtec" of "Nurtec ODT") are not;
- "everyone's" or "every patient's" is a possessive whose noun is the subject ("Everyone's
  experience is different and results vary"): a disclaimer, not the universal over users a
  guarantee frame reads (rules/lexicons/claim-frames.yaml `everyone`);
- the care a clinician of the teller's owns ("my rheumatologist's plan", "the infusion my
  neurologist prescribes") as the subject or the means of the outcome is that care
  (claimread.stories._story_care, _MEANS_BEFORE), and a "but" opens the outcome's own clause
  ("The gummies did nothing for my arthritis, but my rheumatologist's plan has helped"), and
  approved care named as the second conjunct of a what-cleft's focus is what it credits
  ("what has helped most is a pacing plan and breathing physiotherapy"; _CLEFT_COPULA);
- a clinical team of the patient's, named by its kind or the condition it is for ("her
  paediatric CFS team", NICE NG206's "ME/CFS specialist team") is a clinician of the story
  (claimread.products._STORY_CLINICIANS);
- a condition told as no longer limiting the teller ("my arthritis doesn't bother me
  anymore") and the care it needed told as no longer taken ("I don't have to take insulin
  anymore") are a story's outcome (rules/lexicons/story-outcomes.yaml); credited to approved
  care, they stay quiet.
"""

from __future__ import annotations

import pytest

from bench.claims_eval import page_for
from checker.content import ContentEngine
from tests.content.conftest import reported_on

DISEASE = "unapproved-disease-claim"
GUARANTEE = "no-guaranteed-results"

# (rule, topic, testimonial, fires, neighbour, neighbour fires)
PAIRS = [
    # care passed over for what the teller chose instead
    (DISEASE, "mental-health", "My GP wanted to put me on sertraline. I tried Calmora instead "
                               "and my depression lifted within weeks.", True,
     "My GP put me on sertraline and my depression lifted within weeks. I tried Calmora for "
     "sleep.", False),
    (DISEASE, "mental-health", "My GP offered me sertraline, but I went with Calmora instead, "
                               "and my depression is gone.", True,
     "My GP offered me a herbal remedy, but I tried sertraline instead and my depression "
     "lifted within weeks.", False),
    (DISEASE, "mental-health", "My doctor wanted me on methylphenidate for my ADHD. I tried the "
                               "Focusly coaching instead, and my ADHD symptoms have gone.", True,
     "My doctor put me on methylphenidate for my ADHD, and my ADHD symptoms have gone.", False),
    # a coined word opening a review's sentence
    (DISEASE, "shop", "Prostavel shrank my enlarged prostate in a month.", True,
     "Flomax shrank my enlarged prostate symptoms.", False),
    (DISEASE, "weight-loss", "Slimtrol fixed my PCOS and I finally got pregnant.", True,
     "Exercise fixed my PCOS and I finally got pregnant.", False),
    (DISEASE, "shop", "Migrastop stopped my migraines.", True,
     "Nurtec stopped my migraines.", False),
    # "everyone's": a possessive, not a universal
    (GUARANTEE, "ozone", "Everyone's experience is different and results vary. For me the "
                         "sessions were relaxing.", False,
     "Everyone who tries it is pain free within a week.", True),
    (GUARANTEE, "ozone", "Everybody's body is different, so results vary.", False,
     "Everybody who tried it got results.", True),
    # the condition no longer limiting, the care no longer needed
    (DISEASE, "stem-cell", "Since the stem cell injection, my knee arthritis doesn't bother me "
                           "anymore.", True,
     "Since my knee replacement, my arthritis doesn't bother me anymore.", False),
    (DISEASE, "peptides", "I don't have to take insulin for my diabetes anymore since the "
                          "peptide program.", True,
     "Since my endocrinologist started metformin, I don't have to take insulin for my diabetes "
     "anymore.", False),
    # the care a clinician of the teller's owns, as the subject or the means
    (DISEASE, "cbd", "The CBD gummies did nothing for my arthritis pain. My rheumatologist's "
                     "plan has helped.", False,
     "My rheumatologist's plan did nothing for my arthritis pain. The CBD gummies have helped.",
     True),
    (DISEASE, "brain-health", "I had chronic fatigue syndrome for eight years. My GP's plan "
                              "helped me get back to work.", False,
     "I had chronic fatigue syndrome for eight years. My GP's plan failed, but the formula "
     "helped me get back to work.", True),
    (DISEASE, "hyperbaric", "My MS is managed with the infusion my neurologist prescribes. The "
                            "hyperbaric sessions did not change my MS.", False,
     "My MS is managed with the hyperbaric sessions here. My neurologist was amazed.", True),
    # a "but" opens the outcome's own clause
    (DISEASE, "cbd", "The CBD gummies did nothing for my arthritis pain, but my rheumatologist's "
                     "plan has helped.", False,
     "My rheumatologist's plan did nothing for my arthritis pain, but the CBD gummies have "
     "helped.", True),
    # approved care as the second conjunct of a what-cleft's focus
    (DISEASE, "hyperbaric", "I had twelve sessions in the chamber for my long COVID fatigue. The "
                            "fatigue stayed; what has helped most is a pacing plan and "
                            "breathing physiotherapy.", False,
     "I had twelve sessions in the chamber for my long COVID fatigue. The fatigue eased; what "
     "has helped most is the chamber and a pacing plan.", True),
    # a clinical team of the patient's, by its kind or the condition it is for
    (DISEASE, "brain-health", "My daughter's chronic fatigue syndrome was so bad she left school. "
                              "Her paediatric CFS team helped her pace herself, and she is "
                              "slowly going back part time.", False,
     "My daughter's chronic fatigue syndrome was so bad she left school. The weekend workshop "
     "helped her pace herself, and she is slowly going back part time.", True),
]


def _reported(engine: ContentEngine, rule: str, topic: str, text: str) -> bool:
    """`rule` reports the testimonial placed on the corpus page of `topic` (a reported
    sentence holding its first forty characters)."""
    item = {"id": "story52", "form": "testimonial", "topic": topic, "placement": "main",
            "author": "Ruth, 58", "text": text}
    return any(text[:40] in found for found in reported_on(engine, rule, page_for(item)))


@pytest.mark.parametrize(("rule", "topic", "text", "fires", "neighbour", "neighbour_fires"),
                         PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_a_story_reads_the_pair(engine: ContentEngine, rule: str, topic: str, text: str,
                                fires: bool, neighbour: str, neighbour_fires: bool) -> None:
    assert _reported(engine, rule, topic, text) is fires, text
    assert _reported(engine, rule, topic, neighbour) is neighbour_fires, neighbour

