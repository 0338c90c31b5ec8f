"""Scope cues of the claim reader (ConText/NegEx style trigger table): each clears a claim in
its scope. Kept apart from checker/content/claimread.py so that the learned model's
structural facts (checker/content/learned.py) read the same cues without an import cycle."""

from __future__ import annotations

import re

# Scope cues (ConText/NegEx style trigger table): each clears a claim in its scope.
# Negation: before the predicate in its clause (match.negated), or one of these anywhere in
# the sentence: they deny the claim itself ("not approved for", "no evidence that").
DENIAL = re.compile(
    r"\bnot\s+(?:an?\s+|the\s+)?(?:FDA[- ])?(?:approved|cleared|approval|clearance|intended|"
    r"a\s+(?:treatment|cure|substitute|replacement)|proven|shown|been\s+(?:shown|proven|tested|studied|approved)|"
    r"known|for\s+(?:people|human|humans|children))\b|\bno\s+(?:good\s+|strong\s+|reliable\s+)?"
    r"(?:evidence|proof|trials?|studies)\b|\b(?:no|not\s+(?:a|one))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|trials?|research|data)\s+(?:in\s+[\w-]+\s+)?(?:has|have|had|shows?|"
    r"showed|proves?|proved|finds?|found|supports?)\b|\bnone\s+of\s+the\s+(?:studies|trials)\b|"
    r"\bnever\s+(?:change|stop|replace)\b|"
    r"\b(?:does|do|did|can|will|could|should)\s*(?:not|n't)\b(?!\s+(?:believe|explain|understand|wait))|\bcannot\b|\bwe\s+do\s+not\b|"
    r"\binstead\s+of\b|\brather\s+than\b|\bunproven\b|\bno\s+(?:product|supplement|stem)|"
    r"\bthere\s+(?:is|are)\s+no\b|"
    # Evidence said to be weak or missing, before or after the claim it is about ("little
    # evidence that drips prevent the flu", "the evidence that it shortens the flu is limited",
    # "have no scientific basis") and a claim called false: patient information debunking it.
    r"\b(?:little|scant|sparse|insufficient|inadequate|limited|weak|thin|not\s+(?:much|"
    r"enough))\s+(?:good\s+|strong\s+|reliable\s+|scientific\s+|clinical\s+|high-quality\s+)?"
    r"(?:evidence|proof|data|research)\b|"
    r"\b(?:evidence|proof|data|research|science)\s+(?:that|for|on|behind)\b[^.;]{0,120}?\b"
    r"(?:is|are|remains?|was|were)\s+(?:still\s+|very\s+)?(?:limited|weak|lacking|scant|thin|"
    r"mixed|inconclusive|poor|insufficient|missing|unclear|conflicting)\b|"
    r"\b(?:has|have|had)\s+no\s+(?:scientific\s+|medical\s+|proven\s+|real\s+)?(?:basis|"
    r"support|evidence|proof)\b|"
    r"\bclaims?\s+that\b[^.;]{0,120}?\b(?:is|are|were|was)\s+(?:false|untrue|unfounded|"
    r"baseless|a\s+myth|misleading|not\s+true)\b",
    re.IGNORECASE,
)
# Hedges that turn a claim into a statement about uncertainty or a question to a clinician.
HEDGE = re.compile(
    r"\bwhether\b|\bunknown\b|\bnot\s+(?:yet\s+)?known\b|\bwhat\s+(?:is|we)\s+know|"
    r"\b(?:being|been|was|were|is|are)\s+studied\b|\bstud(?:y|ies)\s+(?:are|is)\s+(?:under\s*way|"
    r"ongoing)|\bexperimental\b|\binvestigational\b|\bin\s+(?:clinical\s+|registered\s+)?trials\b|"
    r"\bmixed\s+results\b|\bearly\s+(?:stage|research|studies)\b|\bno\s+trial\b|"
    r"\b(?:ask|talk\s+(?:with|to)|check\s+with|see)\s+(?:your|a|our)\s+[\w-]+|"
    r"\bwhat\s+(?:the\s+)?(?:research|science|FDA|evidence)\s+(?:says|shows)\b|"
    r"\bbefore\s+(?:you\s+buy|your\s+visit|any)\b|\binteract|\btreatment\s+options\b|"
    r"\bwe\s+(?:discuss|explain|talk\s+through)\b|\bwhat\s+(?:to|you\s+should)\s+know\b|"
    r"\bwhere\s+to\s+start\b|\bthe\s+facts\b|\bquestions\s+to\s+ask\b",
    re.IGNORECASE,
)
# Attribution: the claim is someone else's, reported or warned about.
ATTRIBUTION = re.compile(
    r"\b(?:FDA|CDC|NIH|WHO|FTC|agency|regulators?)\s+(?:says|warns?|has\s+warned|recommends|"
    r"advises)\b|\baccording\s+to\b|\b(?:some|other)\s+(?:clinics|sellers|websites|people|"
    r"companies)\s+(?:claim|say|advertise|promise)|\badvertis(?:e|es|ed|ing)\b|\bclaims?\s+that\b",
    re.IGNORECASE,
)
# The condition is a risk of the product, not what it treats.
RISK = re.compile(
    r"\brisks?\b|\bside\s+effects?\b|\bcomplications?\b|\badverse\b|"
    r"\bharm(?:s|ful)?\b|\bdangerous\b|\ballergic\s+reactions?\b|"
    r"\b(?:can|may)\s+cause\b|\breports?\s+of\b|\bwarning",
    re.IGNORECASE,
)
# A statement of approval status is the false-fda-approval-claim rule's to judge.
APPROVAL = re.compile(
    r"\b(?:FDA[- ])?(?:approved|cleared|authori[sz]ed)\s+(?:to|for|as|by)\b|"
    r"\bFDA[- ](?:approved|cleared)\b|\bapproved\s+(?:medicines?|treatments?|"
    r"drugs?|options?)\b|\bevidence(?:-based|\s+behind)|\bwith\s+evidence\b|"
    r"\b(?:get|getting|find|finding|seek|seeking)\s+(?:medical\s+)?"
    r"(?:help|care|treatment)\b|\bmedical\s+help\b",
    re.IGNORECASE,
)
