"""Scope cues of the claim reader (ConText/NegEx style trigger table): each clears a claim in
its scope. Kept apart from the claim readers (checker/content/claimread/) so that the learned
model's structural facts (checker/content/learned.py) read the same cues without an import
cycle."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.content.match import NOT_ONLY

# Scope cues (ConText/NegEx style trigger table): each clears a claim in its scope.
# The evidence for a claim denied ("no evidence that", "no study has shown") ...
_NO_EVIDENCE = (
    r"\bno\s+(?:good\s+|strong\s+|reliable\s+)?"
    r"(?:evidence|proof|trials?|studies|data)\b|\b(?:no|not\s+(?:a|one))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|trials?|research|data)\s+(?:in\s+[\w-]+\s+)?(?:has|have|had|shows?|"
    r"showed|proves?|proved|finds?|found|supports?)\b|\bnone\s+of\s+the\s+(?:studies|trials)\b|"
    # what was named, none of it shown ("What parents are told the tablets relieve, none of it
    # shown in a trial:", "none of these has been proven")
    r"\bnone\s+of\s+(?:it|them|this|these|those)\s+(?:(?:has|have|had)\s+(?:yet\s+|ever\s+)?"
    r"been\s+|(?:is|are|was|were)\s+)?(?:shown|proven|proved)\b|"
    # no product of a kind shown to work ("No IV vitamin drip has been shown to prevent
    # COVID-19"; not "no other drip has been shown to", which ranks one above the rest, nor
    # "no doubt our tea has been shown to")
    r"\bno\s+(?!other\b|doubt\b|question\b|wonder\b|surprise\b)(?:[\w-]+\s+){1,3}?"
    r"(?:has|have|is|are)\s+(?:yet\s+|ever\s+)?(?:been\s+)?(?:shown|proven|proved)\s+to\b|")
# ... said to be weak or missing, before or after the claim it is about ("little evidence
# that drips prevent the flu", "the evidence that it shortens the flu is limited", "have no
# scientific basis") ...
_WEAK_EVIDENCE = (
    r"\b(?:little|scant|sparse|insufficient|inadequate|limited|weak|thin|not\s+(?:much|"
    r"enough))\s+(?:good\s+|strong\s+|reliable\s+|scientific\s+|clinical\s+|high-quality\s+)?"
    r"(?:evidence|proof|data|research)\b|"
    r"\b(?:evidence|proof|data|research|science)\s+(?:that|for|on|behind|of)\b[^.;]{0,120}?\b"
    r"(?:is|are|remains?|was|were)\s+(?:still\s+|very\s+)?(?:limited|weak|lacking|scant|thin|"
    r"mixed|inconclusive|poor|insufficient|missing|unclear|conflicting)\b|"
    r"\b(?:has|have|had)\s+no\s+(?:scientific\s+|medical\s+|proven\s+|real\s+)?(?:basis|"
    r"support|evidence|proof)\b|")
# ... and a claim called false: patient information debunking it.
_FALSE_CLAIM = (
    r"\bclaims?\s+that\b[^.;]{0,120}?\b(?:is|are|were|was)\s+(?:false|untrue|unfounded|"
    r"baseless|a\s+myth|misleading|not\s+true)\b")
# Negation: before the predicate in its clause (match.negated), or one of these anywhere in
# the sentence: they deny the claim itself ("not approved for", "no evidence that").
DENIAL = re.compile(
    # (a contraction is the same denial: "it isn't a treatment", "they aren't FDA approved")
    r"(?:\bnot|\b(?:is|are|was|were|has|have|had)n['\u2019]t)\s+(?:an?\s+|the\s+)?"
    r"(?:FDA[- ])?(?:approved|cleared|approval|clearance|intended|"
    r"a\s+(?:treatment|cure|substitute|replacement)|"
    # with what it would treat or replace between: "not a flu treatment", "not a vaccine
    # substitute" (not "not a single ..."); a medicine or remedy only so ("not a sleep
    # medicine", "not a COVID-19 remedy"), not bare ("it's not a medicine, it's nature's cure")
    # nor as sales talk sets it against drugs ("not a harsh chemical medicine")
    r"an?\s+(?!single\b|one\b)(?:[\w-]+\s+){1,2}?(?:treatment|cure|substitute|replacement)|"
    r"an?\s+(?!single\b|one\b|harsh\b|toxic\b|chemical\b|synthetic\b|addictive\b|"
    r"dangerous\b|risky\b|prescription\b|pharmaceutical\b|expensive\b|magic\b|miracle\b)"
    r"(?:[\w-]+\s+){1,2}?(?:medicine|medication|remedy)|proven|shown|been\s+(?:shown|proven|tested|"
    # (not the supplement label's disclaimer, "These statements have not been evaluated by the
    # Food and Drug Administration": it is printed beside the claims, it denies none of them)
    r"studied|approved|(?<!statements\shave\snot\sbeen\s)(?<!statement\shas\snot\sbeen\s)evaluated|"
    r"reviewed|cleared|authori[sz]ed)|"
    r"known|for\s+(?:people|human|humans|children))\b|" + _NO_EVIDENCE +
    r"\bnever\s+(?:change|stop|replace)\b|"
    r"\b(?:does|do|did|can|will|could|should)\s*(?:not|n't)\b"
    r"(?!\s+(?:believe|explain|understand|wait)\b|\s+" + NOT_ONLY + r")|"
    r"\bcannot\b|\bwe\s+do\s+not\b|"
    r"\binstead\s+of\b|\brather\s+than\b|\bunproven\b|\bno\s+(?:product|supplement|stem)|"
    # a recommendation against the use ("The USPSTF recommends against the use of vitamin E
    # supplements for the prevention of cancer")
    r"\b(?:recommends?|recommended|advises?|advised|warns?|warned)\s+against\b|"
    r"\bthere(?:\s+(?:is|are)|['\u2019]s)\s+no\b|" + _WEAK_EVIDENCE + _FALSE_CLAIM,
    re.IGNORECASE,
)
# The phrase-list claim rules (type claim, existence, citation: `scopes:` in their params)
# read these sentence-wide cues, each defined once here. They take DENIAL's evidence parts,
# not the whole of it ("we do not", "instead of" anywhere in a sentence would clear "cures
# your migraines, so you do not need pills"), and not ATTRIBUTION ("according to a study" is
# the research rule's trigger; "according to our patients, it cured them" is a testimonial).
# evidence-denied: the evidence for the claim is missing or weak, or the claim is called false.
# Besides DENIAL's evidence parts, the research mentions that deny or fail to find support, as
# compliant rewrites word them: no study among those named has shown it ("none has shown they
# treat these diseases", "none of these trials has proven"), the writer found no study ("we
# could not find a published, controlled study showing ...").
# Kept out of DENIAL: these are about research, and DENIAL also clears disease claims.
_STUDY_FOUND_NOTHING = (
    r"|\bnone\s+(?:of\s+(?:them|these|those|the\s+(?:studies|trials))\s+)?(?:has|have|had)\s+"
    r"(?:yet\s+|ever\s+)?(?:shown|proven|proved|found|demonstrated|established)\b|"
    r"\b(?:could|can|did|do)\s*(?:not|n't|n\u2019t)\s+find\s+(?:a|an|any|one)\s+(?:[\w,-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|trials?|evidence|research|data)\b|"
    r"\b(?:we|I|they|researchers|reviewers)\s+(?:have\s+|has\s+)?(?:found|find|could\s+find|saw)\s+"
    r"no\s+(?:[\w,-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|evidence|research|data|proof)\b|"
    # the writer looked and found none ("We looked for trials and found none")
    r"\b(?:looked|searched|checked)\s+(?:for\s+)?(?:[\w,-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|"
    r"evidence|research|data)\s+(?:and|but)\s+(?:[\w-]+\s+)?found\s+(?:none|nothing|no\b)|"
    # nothing in the research supports it ("Nothing in the published research supports that")
    r"\bnothing\s+(?:in\s+(?:[\w-]+\s+){0,4}?)?(?:supports?|backs?\s+up|shows?|proves?)\s+"
    r"(?:that|this|it|them|the\s+claims?)\b")
# ... and the evidence said to point the other way ("The evidence says otherwise"; not "our
# results show otherwise", the seller's own)
_EVIDENCE_OTHERWISE = (
    r"|(?<!\bour\s)(?<!\bmy\s)\b(?:evidence|research|stud(?:y|ies)|trials?|science|data|"
    r"reviews?)\s+(?:(?:so\s+far|actually|clearly)\s+)?(?:says?|said|show(?:s|ed)?|suggests?|"
    r"suggested|points?|pointed|indicates?|indicated)\s+otherwise\b|"
    # ("the study behind it showed no such thing")
    r"\b(?:show(?:s|ed)?|found|prove[sd]?|demonstrated)\s+no\s+such\s+thing\b|"
    # a study's null result told with its subjects between ("A 2013 trial of magnetic and
    # copper bracelets in 70 people with rheumatoid arthritis found no effect on pain", "The
    # large trials of vitamins, fish oil and ginkgo found no protection")
    r"\b(?:stud(?:y|ies)|trials?|research|reviews?|meta-analys[ie]s)\b[^.;]{0,120}?\b(?:found|"
    r"showed|saw)\s+no\s+(?:[\w-]+\s+)?(?:benefits?|effects?|differences?|improvements?|"
    r"evidence|protection)\b")
EVIDENCE_DENIED = re.compile(_NO_EVIDENCE + _WEAK_EVIDENCE + _FALSE_CLAIM + _STUDY_FOUND_NOTHING
                             + _EVIDENCE_OTHERWISE, re.IGNORECASE)
# evidence-unsettled: a research mention that names its own uncertainty ("more research is
# needed", "results so far are inconsistent", "others show no change", "has not been
# confirmed") or reports a null result ("controlled studies found no benefit"). Such a
# sentence states no level of support, so it is no establishment claim needing a citation.
EVIDENCE_UNSETTLED = re.compile(
    r"\b(?:more|further|larger|additional|better|bigger|longer)\s+(?:[\w-]+\s+)?(?:research|"
    r"stud(?:y|ies)|trials?|data|evidence)\s+(?:(?:is|are)\s+(?:still\s+)?)?(?:needed|required|"
    r"necessary|under\s*way|ongoing)\b|"
    r"\b(?:evidence|data|research|science|findings|results?|studies|trials)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:still\s+|so\s+far\s+|too\s+|"
    r"very\s+)?(?:limited|weak|thin|sparse|scant|mixed|inconclusive|unclear|conflicting|"
    r"inconsistent|contradictory|"
    r"preliminary|uncertain|small|few|short|poor|emerging|developing|evolving)\b|"
    # a null result against placebo ("large trials found it worked no better than a placebo",
    # "give little or no benefit over placebo")
    r"\bno\s+better\s+than\s+(?:a\s+)?(?:placebo|sham|dummy)\b|\blittle\s+or\s+no\s+(?:benefit|"
    r"effect|difference|improvement)\b|"
    # a study that failed to find what it looked for ("a study that fails to show a benefit
    # over placebo", "trials failed to demonstrate an effect")
    r"\bfail(?:s|ed|ing)?\s+to\s+(?:show|find|prove|demonstrate|detect|confirm|establish)\b|"
    # the reviewers' own uncertainty, as Cochrane summaries state it ("we are very uncertain")
    r"\b(?:we|researchers|experts|reviewers)\s+(?:are|were)\s+(?:very\s+|still\s+)?(?:uncertain|"
    r"unsure|not\s+sure)\b|"
    # the quality of the evidence, as evidence summaries grade it ("the studies were small
    # and of low quality", "the certainty of the evidence is very low"), and an effect too
    # small to matter
    r"\b(?:low|very\s+low|poor)[- ](?:quality|certainty)\b|\bcertainty\s+of\s+(?:the\s+)?"
    r"evidence\s+(?:is|was)\s+(?:very\s+)?low\b|\btoo\s+small\s+to\s+(?:matter|be\s+"
    r"(?:meaningful|important|noticeable))\b|\bnot\s+clinically\s+(?:meaningful|important)\b|"
    # still under study ("is being tested in early clinical trials", "has not been compared
    # with placebo in good trials")
    r"\bbeing\s+(?:tested|investigated|trialled|trialed|evaluated|studied)\b|\bin\s+(?:early|ongoing|"
    r"small|preliminary)\s+(?:clinical\s+)?(?:trials|studies)\b|"
    # offered only as research: "in our registered clinical trial only", "only as part of a
    # clinical trial", "studied under an FDA-reviewed IND" (not "patients in our trial saw ...")
    r"\bonly\s+(?:in|within|through|as\s+part\s+of)\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:clinical\s+)?(?:trials?|stud(?:y|ies))\b|\b(?:in|within|through|as\s+part\s+of)\s+"
    r"(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}?(?:clinical\s+)?(?:trials?|stud(?:y|ies))\s+only\b|"
    r"\b(?:studied|offered|available|given|provided|used)\s+(?:only\s+)?under\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:IND|investigational\s+new\s+drug(?:\s+application)?)\b|"
    r"\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:compared|tested|assessed|evaluated)\s+"
    r"(?:with|against|in)\b|"
    # results told as mixed by the verb that reports them ("small studies show mixed results",
    # "trials have had conflicting findings")
    r"\b(?:show|shows|showed|shown|find|finds|found|report|reports|reported|give|gives|gave|"
    r"have\s+had|has\s+had|had|produced?|yield(?:s|ed)?)\s+(?:only\s+)?(?:mixed|inconsistent|"
    r"conflicting|inconclusive|contradictory)\s+(?:results|evidence|findings|effects|outcomes)\b|"
    r"\b(?:studies|trials|experts|researchers|results)\s+(?:[\w-]+\s+)?(?:disagree|conflict|"
    r"differ|vary)\b|"
    r"\b(?:others?|other\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|research|reviews?))\s+"
    r"(?:have\s+|has\s+)?(?:show(?:s|ed|n)?|found|find|finds|report(?:s|ed)?|saw)\s+no\b|"
    r"\b(?:stud(?:y|ies)|trials?|research|reviews?|data)\s+(?:have\s+|has\s+)?(?:show(?:s|ed|n)?|"
    r"found|find|finds|report(?:s|ed)?|saw)\s+no\s+(?:[\w-]+\s+)?(?:benefit|effect|"
    r"difference|improvement|change|protection)s?\b|"
    # the same null result with what was tested between ("Trials of hyperbaric oxygen for
    # autism found no benefit"), or told with the verb negated, as "found no" is ("have not
    # found a benefit", "did not show any effect"): not a benefit found ("have found a benefit")
    r"\b(?:stud(?:y|ies)|trials?|research|reviews?|meta-analys[ie]s)\b[^.;]{0,120}?\b(?:"
    r"(?:found|showed|shown|saw|reported)\s+no|(?:have|has|had|did|do|does)\s*(?:not|n['\u2019]t)"
    r"\s+(?:yet\s+)?(?:found|find|shown|show|seen|see|reported|report)\s+(?:a|an|any))\s+"
    r"(?:(?!side\b|adverse\b|serious\b|harmful\b|ill\b|bad\b|unwanted\b|negative\b)[\w-]+\s+)?"
    r"(?:benefits?|effects?|differences?|improvements?|protection)\b|"
    # a null result told with a negated verb ("studies found it does not help COVID-19",
    # "large trials, such as ACTIV-6, found it did not improve recovery", "have found that
    # acupuncture does not raise IVF success rates"; not "increase": "found that it does not
    # increase the risk of ..." is a safety finding, still a research claim)
    r"\b(?:stud(?:y|ies)|trials?|research|reviews?|data)\b[^.;]{0,60}?\b(?:found|find|finds|"
    r"show(?:s|ed|n)?|report(?:s|ed)?|conclud(?:e|es|ed))\s+(?:that\s+)?(?:[\w-]+\s+){1,3}?"
    r"(?:does|do|did)\s*(?:not|n't)\s+(?:help|work|improve|reduce|shorten|prevent|benefit|"
    r"lower|speed|change|affect|raise|boost|extend|slow|cure|treat)\b|"
    # a null result on harm: no raised risk, no link ("Studies of millions of children found
    # no increased risk of autism after MMR vaccination", "found no link between ...")
    r"\b(?:stud(?:y|ies)|trials?|research|reviews?|data)\b[^.;]{0,60}?\b(?:found|find|finds|"
    r"show(?:s|ed|n)?|saw|report(?:s|ed)?)\s+no\s+(?:increased\s+|higher\s+|added\s+|greater\s+)?"
    r"(?:risk|link|association|connection)s?\b|"
    r"\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:confirmed|replicated|established|repeated)\b|"
    r"\bnot\s+yet\s+(?:been\s+)?(?:confirmed|replicated|established|proven)\b|"
    # a null result told as the comparison's outcome ("both groups improved, with no
    # significant difference between them"; not "no significant side effects")
    r"\bno\s+(?:statistically\s+)?(?:significant|meaningful|measurable|clear|real|"
    r"important)\s+(?:difference|benefit|effect|improvement|change)s?\b|"
    # an effect the finding says did not last ("in many men the gain faded within a year",
    # "the benefit did not last beyond a few months", "the effect wore off after six months";
    # not "the benefit never fades")
    r"\b(?:gains?|benefits?|effects?|improvements?|relief)\s+(?:(?!never\b|not\b|no\b)"
    r"[\w-]+\s+){0,3}?(?:faded|fades|wore\s+off|wears\s+off|waned|wanes|did\s*(?:not|n't)\s+"
    r"last|(?:was|were)\s+(?:short-lived|temporary))\b|"
    # a study's purpose, a question it asks ("the purpose of this study is to find out if
    # ...", "a trial is testing whether ... may help", "to see whether any benefit goes
    # beyond the placebo effect"), with no finding told after it in the sentence ("we ran a
    # study to see whether it works, and it showed ..." reports one)
    r"\b(?:(?:to|will)\s+(?:find\s+out|see|learn|determine|test|assess|evaluate|compare|"
    r"understand)|(?:is|are|was|were)\s+(?:testing|studying|investigating|asking|looking\s+at))"
    r"\s+(?:if|whether)\b(?![^.;!?]*\b(?:found|find[s]?|show(?:s|ed|n)?|prove[sdn]?|"
    r"demonstrat(?:es|ed)|confirm(?:s|ed)|reveal(?:s|ed))\b)|"
    # ... or told as what it tries to learn, with or without the question ("that is what the
    # study is trying to find out", "the trial is designed to learn whether"), and an answer
    # not known yet ("we don't know yet", "no one knows yet")
    r"\b(?:is|are|was|were)\s+(?:trying|aiming|hoping|designed|meant|set\s+up|intended|"
    r"planned)\s+to\s+(?:find\s+out|learn|see|determine|answer|test|understand)\b"
    r"(?![^.;!?]*\b(?:found|show(?:s|ed|n)|prove[sdn]|demonstrat(?:es|ed)|confirm(?:s|ed)|"
    r"reveal(?:s|ed))\b)|"
    r"\b(?:(?:we|researchers|scientists|doctors)\s+(?:do\s*(?:not|n['\u2019]t)|still\s+do\s*(?:not|"
    r"n['\u2019]t))\s+(?:yet\s+)?know|no\s+one\s+(?:yet\s+)?knows|nobody\s+(?:yet\s+)?knows)"
    r"(?:\s+yet)?\b(?![^.;!?]*\b(?:but|though)\b)|"
    # evidence few could cite ("few cited any published evidence for the treatments offered")
    r"\bfew\s+(?:[\w-]+\s+){0,2}?any\s+(?:[\w-]+\s+)?(?:evidence|studies|research|data|"
    r"trials)\b|"
    # a trial recruiting ("Now enrolling: a study of stem cells after stroke")
    r"\b(?:now\s+(?:enrolling|recruiting)|(?:enrolling|recruiting)\s+(?:now|patients|"
    r"participants|volunteers))\b|"
    # research as the hoped agent of a future benefit ("I'm glad the research might help the
    # next person with Parkinson's"; not "this treatment might help")
    r"\b(?:the|this|their|such)\s+(?:research|stud(?:y|ies)|trials?)\s+(?:might|may|could|"
    r"will|would)\s+(?:one\s+day\s+|someday\s+|eventually\s+)?(?:help|benefit|lead\s+to)\b",
    re.IGNORECASE,
)
# claim-reported: the claim is told as someone else's sales talk, or called a myth
# ("sometimes marketed as a cure", "sellers who say their tea cures", "the idea that ...
# is a myth", "products claiming to cure"). The page reports it; match.REPORTED reads such
# cues before the match only, these anywhere in the sentence.
# The verbs of sales talk, in every form the two cues below need.
_SALES_PARTICIPLE = (r"(?:sold|marketed|promoted|touted|pitched|billed|advertised|hyped|pushed|"
                     r"claimed|called|promised)")
_SALES_VERB = (r"(?:say|says|said|claim|claims|claimed|call|calls|called|promise|promises|"
               r"promised|advertise|advertises|advertised|tout|touts|touted|market|markets|"
               r"marketed|sell|sells|sold|promote|promotes|promoted|pitch|pitches|pitched|"
               r"bill|bills|billed)")
# Those who sell or promote care, named as others: the claim is their sales talk, not ours
# (claim-reported), and a claim they told is reported (HEARD).
_SELLERS = (r"sellers?|vendors?|companies|websites?|sites|marketers?|influencers?|manufacturers?|"
            r"ads|advertisements?|spas|clinics|brands|makers|shops|stores|retailers|"
            r"practitioners|providers|therapists|healers")
# Who reports a firm's claims to rule on them: regulators at home and abroad, courts and
# prosecutors (initials in capitals only, "cap" is a laser cap).
_ACCUSERS = (r"(?:FDA|FTC|DOJ|SEC|Federal\s+Trade\s+Commission|Food\s+and\s+Drug\s+Administration|"
             r"(?-i:ASA|CAP|MHRA|TGA|ACCC)|Advertising\s+Standards\s+(?:Authority|Board)|"
             r"Committee\s+of\s+Advertising\s+Practice|Health\s+Canada|Competition\s+Bureau|"
             r"National\s+Advertising\s+(?:Division|Review\s+Board)|"
             r"Department\s+of\s+Justice|agency|agencies|regulators?|prosecutors?|complaints?|"
             r"lawsuits?|indictments?|warning\s+letters?|attorneys?\s+general|AGs?|states?|"
             r"Justice\s+Department|courts?|judges?|juries|jury|officials|investigators|inspectors|"
             r"authorities)")
_CLAIM_REPORTED = re.compile(
    # passive, with an agent or a manner between: "sometimes marketed as", "promoted by some
    # clinics as a way to"
    r"\b(?:is|are|was|were|been|being|often|sometimes|widely|commonly|heavily|frequently|"
    r"still)\s+(?:\w+\s+)?" + _SALES_PARTICIPLE + r"\s+(?:online\s+|widely\s+|"
    r"by\s+(?:some\s+|many\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?as\b|"
    # others' sales talk, not ours ("our clinics sell ..." is the clinic's own claim)
    r"(?<!\bour\s)(?<!\bmy\s)"
    # (and a seller's words as the sellers' noun's complement: "ads saying acupuncture treats
    # long COVID", "websites claiming ...")
    r"\b(?:" + _SELLERS + r")\s+(?:(?:that|who|which)\s+)?(?:\w+\s+)?(?:" + _SALES_VERB +
    r"|saying|claiming|promising)\b|"
    # the same passive with its subject left out, opening a fragment ("Sold as clinically
    # proven relief for earache, colds and flu; we found no published trial")
    r"^\W*(?:often\s+|widely\s+|sometimes\s+)?(?:sold|marketed|promoted|touted|pitched|billed|"
    r"advertised|hyped)\s+(?:online\s+|widely\s+)?as\b|"
    r"\b(?:products?|remed(?:y|ies)|supplements?|treatments?|drips?|anyone|anything)\s+"
    r"(?:that\s+)?(?:claim(?:s|ing)?|promis(?:e|es|ing))\s+to\b|"
    # an authority or an accuser reporting a firm's claims: "The FTC said the company
    # advertised its drips as ...", "Prosecutors say the center promoted ...", "The FDA warned
    # the seller to stop claiming that ...", "the FTC sued the marketers for claiming ...";
    # other countries' advertising and medicines regulators the same ("The ASA has ruled that
    # marketers must hold robust evidence before claiming that PRP treats ...": the UK's
    # Advertising Standards Authority and its Committee of Advertising Practice, the MHRA,
    # Australia's TGA and ACCC, Health Canada, BBB National Programs' advertising division;
    # initials in capitals only, "cap" is a laser cap)
    r"\b" + _ACCUSERS + r"\b[^.;]{0,60}?\b"
    r"(?:say|says|said|allege|alleges|alleged|warn|warns|warned|charge|charges|charged|accuse|"
    r"accuses|accused|sue|sues|sued|order|orders|ordered|cite|cites|cited|found|finds|ruled|"
    r"rules|fined|fines|barred|bars|banned|bans|settled|settles|penali[sz]ed|prosecuted|"
    r"investigated|shut\s+down)\b[^.;]{0,60}?\b(?:" + _SALES_VERB + r"|told|tells|claiming|"
    r"marketing|promoting|selling|advertising|touting|telling|making\s+claims)\b|"
    r"\b(?:idea|notion|belief|myth|claim|promise)s?\s+that\b[^.;]{0,120}?\b(?:is|are|was|were)\s+"
    r"(?:a\s+|just\s+a\s+)?(?:myth|false|untrue|wrong|unfounded|baseless|misleading|not\s+true|"
    r"not\s+supported|unsupported|red\s+flag|warning\s+sign|scam|too\s+good\s+to\s+be\s+true)\b|"
    # a seller ordered or told to stop making the claim ("Clinic Told to Stop Claiming Its
    # Helmet Reverses Dementia", "ordered to stop advertising that ..."), the passive's agent
    # and its date between ("was told by the ASA in 2018 to stop suggesting that ...")
    r"\b(?:told|ordered|forced|made|required|asked|warned|directed)\s+(?:by\s+(?:the\s+)?"
    r"[\w-]+(?:\s+[\w-]+){0,3}?\s+)?to\s+(?:stop|cease|quit|end)\s+(?:claiming|saying|"
    r"advertising|promising|marketing|telling|selling|promoting|suggesting|implying|stating)\b|"
    # a firm's sales talk told in the past, and the ruling on it after a semicolon ("Called its
    # remedies for teething ... 'the most effective'; the FDA warned it in 2017")
    r"\b(?:called|claimed|said|advertised|promoted|marketed|sold|touted|billed|promised)\b"
    r"[^.;]{0,160};\s*(?:and\s+)?(?:the\s+|a\s+)?" + _ACCUSERS + r"\s+(?:later\s+|then\s+)?"
    r"(?:warned|ordered|fined|sued|charged|cited|barred|banned|penali[sz]ed|prosecuted)\s+"
    r"(?:it|them|the\s+(?:firm|company|maker|seller|clinic|brand))\b|"
    # claims said to be wrong ("What the GAPS Claims Get Wrong")
    r"\b(?:claims?|promises?|ads|adverts|advertising|marketing)\s+(?:get|gets|got)\s+(?:it\s+|"
    r"(?:so\s+)?much\s+|everything\s+)?wrong\b",
    re.IGNORECASE,
)
# A claim in quotation marks that the text after the quote questions or examines: a question
# mark right after the closing mark ("'Cures Colic in One Visit'? What the Evidence Says"), or
# a colon or dash and a fact-checking frame ("'Heal Your Gut, Heal Depression': What the GAPS
# Claims Get Wrong", "'Detox Your Liver' - the truth about detox teas"). The quote is someone's
# claim held up to be checked, the way a debunking heading writes it. (An apostrophe between
# letters is no quotation mark: "'Your Child's Autism Can Be Healed'?")
# the page's voice that declines to sell or offer a kind of care: no seller adopting it
_WE_DECLINE_WORDS = (
    r"\b(?:we|I)\s+(?:do\s*n['\u2019]t|do\s+not|never|no\s+longer|won['\u2019]t|will\s+not|"
    r"stopped|refuse\s+to|chose\s+not\s+to|decided\s+not\s+to)\s+(?:sell(?:ing)?|offer(?:ing)?|"
    r"stock(?:ing)?|carry(?:ing)?|recommend(?:ing)?|prescrib(?:e|ing)|provid(?:e|ing))\b")
_QUOTED_QUESTIONED = re.compile(
    r"(?:^|(?<=[\s(\[:\u2014\u2013]))['\"\u201c\u2018](?P<quote>(?:[^'\"\u201c\u201d\u2018\u2019]|"
    r"(?<=\w)['\u2019](?=\w)){3,160}?)[.,!]?['\"\u201d\u2019](?:\s*\?|\s*(?:[:\u2014\u2013]|\s-)\s*"
    r"(?:(?:what|how)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:claims?|evidence|research|science|"
    r"labels?|ads?|adverts?|advertising|marketing|packaging|box|sellers?|makers?|"
    r"stud(?:y|ies)|trials?|data|experts?|doctors?|scientists?|regulators?|ASA|FDA|FTC|NICE|NHS|"
    r"CDC|guidelines?)\s+(?:really\s+|actually\s+)?(?:says?|said|shows?|showed|found|finds|ruled|"
    r"tells?\s+us|gets?\s+wrong|got\s+wrong|miss(?:es)?|leaves?\s+out)|(?:the\s+)?(?:truth|"
    r"facts?|evidence|science|reality)\s+(?:about|behind|on)\b|(?:an?\s+)?(?:reality|fact)[- ]?"
    r"check|fact\s+or\s+(?:fiction|myth)|myth\s+or\s+(?:fact|reality)|(?:is|are)\s+(?:it|this|"
    r"that|they)\s+(?:really\s+)?(?:true|real)\b|(?:does|do|can|will)\s+(?:it|this|they)\s+"
    r"(?:really\s+)?work\b|debunk|myths?\b|not\s+so\s+fast\b|"
    # the quote named as someone's claim ("- a claim the FDA has warned about", "- the
    # slogan on the box")
    r"(?:an?|the|one|that)\s+(?:[\w-]+\s+)?(?:claim|promise|slogan|pitch|headline|tagline|"
    r"sales\s+line|advert|ad)\b|"
    # the page's voice declining what the quote sells ("'Cure Brain Fog in a Week'! Why We
    # Don't Sell Nootropic Stacks")
    r"(?:why\s+)?" + _WE_DECLINE_WORDS + r"))",
    re.IGNORECASE)
_WE_DECLINE = re.compile(_WE_DECLINE_WORDS, re.IGNORECASE)
_OURS = re.compile(r"\b(?:our|ours|we|my)\b", re.IGNORECASE)
# Sales talk as a reduced relative clause: a plural product noun with the participle of a
# sales verb and what it is sold for ("Products marketed to prevent or treat COVID-19 without
# FDA approval may be unsafe", "stem cell products sold as cures for arthritis", "remedies
# advertised online for Lyme disease"): the sentence is about such products, the claim is
# their sellers'. Without the copula the cue above needs; read only where the sentence names
# no first person and no call to buy anywhere ("Exosome injections marketed to regrow hair
# are now at our spa", "... book yours today" are the clinic's own offer).
_REDUCED_SALES = re.compile(
    r"\b[\w-]+s\s+(?:that\s+(?:are|were)\s+)?" + _SALES_PARTICIPLE + r"\s+(?:online\s+|widely\s+|"
    r"directly\s+|heavily\s+|over\s+the\s+counter\s+|in\s+(?:the\s+)?[\w.-]+\s+|"
    r"(?:to\s+)?(?:consumers|patients|the\s+public)\s+|by\s+(?:some\s+|"
    r"many\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:to\s+(?:prevent|treat|cure|heal|fight|reverse|"
    r"protect|stop|kill|boost|ease|relieve|regrow|repair)|as\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:cures?|treatments?|"
    r"remed(?:y|ies)|preventions?|protection|alternatives?)|for\s+(?:the\s+)?(?:prevention|"
    r"treatment|cure))\b",
    re.IGNORECASE)
# ("I" and "us" in lower case only: "the US" is a country)
_FIRST_PERSON_ANYWHERE = re.compile(
    r"\b(?:I|us)\b|(?i:\b(?:our|ours|we|my)\b|\b(?:book|buy|order|schedule|shop|try|get)\s+"
    r"(?:your|yours|one|now|today|online)\b)")


class _OthersTalk:
    """claim-reported, unless the sentence makes the talk its own before the cue ("Our NAD+
    drip is marketed as the cure for fatigue" is the clinic's claim, not a report of one);
    the reduced relative ("products marketed to treat ...") only in a sentence with no first
    person at all."""

    def __init__(self, pattern: re.Pattern[str], reduced: re.Pattern[str],
                 quoted: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.reduced = reduced
        self.quoted = quoted

    def search(self, text: str) -> re.Match[str] | None:
        found = self.pattern.search(text)
        if found is not None and _OURS.search(text, 0, found.end()):
            found = None
        if found is None:
            found = self.reduced.search(text)
            if found is not None and _FIRST_PERSON_ANYWHERE.search(text):
                found = None
        if found is None:
            # a quoted claim held up to be checked, by no seller outside the quote ("'Cures
            # colic'? What our chiropractors say" answers it as the clinic)
            found = self.quoted.search(text)
            if found is not None and _FIRST_PERSON_ANYWHERE.search(_WE_DECLINE.sub(
                    " ", text[:found.start("quote")] + " " + text[found.end("quote"):])):
                return None
        return found


CLAIM_REPORTED = _OthersTalk(_CLAIM_REPORTED, _REDUCED_SALES, _QUOTED_QUESTIONED)
# transmission-to-partners: the risk said to be none is of a person passing an infection to a
# sexual partner ("an undetectable viral load means effectively no risk of transmitting HIV to
# partners", "the risk of passing HIV drops to zero", the CDC's and U=U's wording): a measure
# of what treatment or PrEP prevents, not the safety of a product or procedure. Read only
# where the sentence is about sex, partners or viral load ("zero risk of transmitting disease"
# said of a cord blood product is a safety claim of the product and still fires).
_TRANSMISSION = re.compile(r"\b(?:transmit(?:s|ting|ted)?|transmission|pass(?:es|ing)?\s+(?:on\s+)?"
                           r"(?:HIV|the\s+virus|it))\b", re.IGNORECASE)
_TO_PARTNERS = re.compile(r"\b(?:undetectable|viral\s+load|sex(?:ual(?:ly)?)?|partners?)\b",
                          re.IGNORECASE)


class _TransmissionToPartners:
    def search(self, text: str) -> re.Match[str] | None:
        found = _TRANSMISSION.search(text)
        return found if found is not None and _TO_PARTNERS.search(text) else None


TRANSMISSION_TO_PARTNERS = _TransmissionToPartners()


# An outcome told as total, permanent or a cure ("completely gone - it's a cure!", "gone for
# good", "a miracle"): past the typical outcome of any care, so a story that tells it of
# standard care still claims it (the ASA's Hidden Hearing ruling, A21-1113679: hearing aids
# said to cure tinnitus). A pattern for use inside \b...\b (claimread, types/claims.py).
OUTCOME_PAST_CARE = (r"cur(?:e|es|ed)|miracle\w*|complete(?:ly)?|total(?:ly)?|entirely|"
                     r"forever|for\s+good|permanent(?:ly)?|once\s+and\s+for\s+all|"
                     r"never\s+came\s+back")

# authority-reported: the sentence is told as a public health authority's word ("Pelvic floor
# exercises cure stress incontinence in many women, the NHS says"), by no seller: patient
# information quoting its source. Not a study ("according to a 2019 study, stem cells cure
# MS" is a research claim, and a cure claim still) and not the seller's own page.
AUTHORITY = (r"(?:the\s+)?(?:NHS|CDC|NIH|NICE|WHO|FDA|AHRQ|USPSTF|MedlinePlus|"
              r"National\s+(?:Cancer|Heart,\s+Lung,\s+and\s+Blood)\s+Institute|"
              r"(?:U\.?S\.?\s+)?Preventive\s+Services\s+Task\s+Force|"
              r"American\s+(?:Cancer|Heart|Diabetes|Lung)\s+(?:Society|Association)|"
              # a profession's society or academy, by name or initials ("the American Academy
              # of Sleep Medicine", "the European Society of Cardiology", "ACOG"): its guidance
              r"(?:American|European|British|Canadian|Australian|International|National|World)"
              r"\s+(?:(?-i:[A-Z][a-z]+)\s+){0,3}(?:Academy|College|Society|Association|Federation)"
              r"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?:and\s+|&\s+)?"
              r"(?-i:[A-Z][a-z]+)){0,3})?|"
              r"(?-i:NCCN|ASCO|ACOG|AAP|AAFP|AAD|AAOS|AASM|ASRM|ACC|AUA|ACR|ACP|ESC|EULAR)|"
              # a society by its own name, capitalised ("The Menopause Society", "the
              # Endocrine Society", "the Infectious Diseases Society of America", "the Undersea
              # and Hyperbaric Medical Society")
              r"(?-i:(?:[A-Z][a-z]+\s+(?:and\s+|&\s+)?){1,3}(?:Society|Academy|College)"
              r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?)|"
              r"World\s+Health\s+Organization|Centers\s+for\s+Disease\s+Control|"
              # a guideline, the profession's own word ("according to clinical practice
              # guidelines")
              r"(?:(?:clinical|national|current|published)\s+)?(?:(?:practice|treatment)\s+)?"
              r"guidelines)")
# (its word may be a document of its own: "The Menopause Society's 2022 position statement
# says", "the Endocrine Society's guideline recommends")
_AUTHORITY_DOCUMENT = (r"(?:['\u2019]s?\s+(?:(?:19|20)\d{2}\s+)?(?:(?:clinical|practice|"
                       r"treatment|current|latest)\s+)?(?:position\s+statement|consensus\s+"
                       r"statement|guidelines?|guidance|recommendations|practice\s+bulletin|"
                       r"fact\s+sheet))?")
_AUTHORITY_REPORTED = re.compile(
    r"\b[Aa]ccording\s+to\s+" + AUTHORITY + r"\b|\b" + AUTHORITY + _AUTHORITY_DOCUMENT
    + r"\s+(?:says|said|reports?|notes|states|estimates|advises|recommends|concludes)\b")


class _SaidByNoSeller:
    """A scope cue that holds only in a sentence no seller speaks ("our", "we", "book now"
    anywhere in it makes the sentence the clinic's own claim)."""

    def __init__(self, cue: re.Pattern[str]) -> None:
        self.cue = cue

    def search(self, text: str) -> re.Match[str] | None:
        found = self.cue.search(text)
        return None if found is None or _FIRST_PERSON_ANYWHERE.search(text) else found


AUTHORITY_REPORTED = _SaidByNoSeller(_AUTHORITY_REPORTED)
# product-warned: the sentence warns the public against a product, by no seller: a regulator's
# warning to the public ("the FDA has warned people not to drink it", "Health Canada warns
# consumers that ..."), or the product told as recalled, tainted or found to hold a hidden drug
# (the FDA's consumer pages, "Health Fraud Scams" and "Tainted Products Marketed as Dietary
# Supplements", https://www.fda.gov/consumers/health-fraud-scams). A superlative or a "miracle"
# there is the warned product's own name or its seller's word ("Miracle Mineral Solution is
# bleach"), not the page's claim; "our" or "we" anywhere makes it the clinic's own.
_PRODUCT_WARNED = re.compile(
    r"\b" + _ACCUSERS + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|repeatedly\s+)?(?:warn(?:s|ed)?|"
    r"cautions?|cautioned|alerts?|alerted)\s+(?:(?:people|consumers|the\s+public|patients|"
    r"parents|shoppers|everyone)\s+)?(?:not\s+to|against|about|that)\b|"
    r"\b(?:is|are|was|were|been)\s+(?:often\s+|also\s+|later\s+)?(?:recalled|withdrawn|"
    r"tainted|adulterated|found\s+to\s+contain)\b|"
    r"\b" + _ACCUSERS + r"\s+(?:has\s+|have\s+)?(?:recalled|seized|found\s+(?:hidden|undeclared))"
    r"\b", re.IGNORECASE)
PRODUCT_WARNED = _SaidByNoSeller(_PRODUCT_WARNED)
# A trial or study by its proper name ("the AREDS2 study", "the STEP-1 trial"): case-sensitive.
TRIAL_NAMED = re.compile(r"\b[A-Z][A-Z0-9]{2,}(?:[\s-]?\d{1,2})?\s+(?:trial|study)\b")
# named-finding: a finding told as a named source's, by no seller ("A 2019 Cochrane review
# found that probiotics may lower the risk of diarrhoea from antibiotics", "The AREDS trial
# showed ...", "a study in The Lancet found ...", "(Devinsky et al., N Engl J Med 2017)"): the
# reader can find the source, and the sentence reports what it found, as "according to" does
# (ATTRIBUTION). A source is a Cochrane review, a trial's proper name, a journal by its title,
# a public body's review or study, or a reference written out; not "a 2016 study" or "a major
# study", which name nothing a reader can find.
_JOURNAL_TITLE = (r"(?-i:(?:The\s+)?(?:Lancet|BMJ|JAMA|NEJM|New\s+England\s+Journal|"
                  r"Pediatrics|Circulation|Diabetes\s+Care|(?:(?:[A-Z][\w&'.-]*|of|and|the)\s+)"
                  r"{0,4}(?:Journal|Annals|Archives|Database)\b))")
_NAMED_SOURCE = (r"(?:\b(?:19|20)\d{2}\s+)?\bCochrane\s+(?:systematic\s+)?reviews?\b|"
                 r"(?-i:" + TRIAL_NAMED.pattern + r")|"
                 r"\b(?:stud(?:y|ies)|trials?|reviews?|meta-analys[ie]s)\s+(?:published\s+)?in\s+"
                 r"(?:the\s+journal\s+|the\s+)?" + _JOURNAL_TITLE + r"|"
                 r"\b" + AUTHORITY + r"(?:[- ]funded)?\s+(?:systematic\s+)?(?:review|study|trial|"
                 r"report|analysis)\b")
NAMED_FINDING = _SaidByNoSeller(re.compile(
    r"(?:" + _NAMED_SOURCE + r")[^.;!?]{0,60}?\b(?:found|finds?|showed|shows?|concluded|"
    r"concludes|reported|reports|suggest(?:s|ed)?|confirm(?:s|ed)?)\b|"
    r"\bet\s+al\.?,?\s+(?:[A-Z][\w.]*\s+){0,6}(?:19|20)\d{2}\b", re.IGNORECASE))
# hope-unmet: a story's hope that the care would cure, which the story says was not met ("I
# hoped PRP would cure my plantar fasciitis, but stretching is what worked"; not "..., and it
# did").
HOPE_UNMET = re.compile(
    r"\b(?:I|we)\s+(?:had\s+)?(?:hoped|was\s+hoping|were\s+hoping|wished|wanted)\b[^.;!?]{0,60}?"
    r"\bwould\s+(?:cure|heal|fix|end|get\s+rid\s+of)\b[^.!?]{0,80}?\b(?:but|did\s*n[o'\u2019]?t|"
    r"never|no\s+luck)\b", re.IGNORECASE)
# A claim reported, then refuted in the next sentence of its block (a story's or a page's
# debunking told over two sentences: "I had read that six months of GAPS would make his autism
# go away. It didn't, ...", "My mother-in-law told me amber beads would stop his teething pain.
# They didn't.", "Some websites say chiropractic cures colic. The studies do not support
# this."). The first sentence tells the claim as heard, read, told or believed before the
# claim's words (HEARD); the next opens by refuting it or denies its evidence (REFUTES). Both
# are needed: a claim only reported stays a claim ("Many patients say our drips cured their
# fatigue." is the seller's praise; "I was told the drip would cure my fatigue, and it did").
HEARD = re.compile(
    # the teller read, heard or saw it ("I had read online that", "we'd heard that")
    r"\b(?:I|we|he|she|they)(?:\s+had\s+|['\u2019]d\s+|\s+have\s+|['\u2019]ve\s+|\s+)(?:read|heard|"
    r"seen)\s+(?:[\w-]+\s+){0,3}?(?:that|how)\b|"
    # was told or promised it ("I was told online that", "we had been promised")
    r"\b(?:I|we|he|she|they)\s+(?:was|were|had\s+been|['\u2019]d\s+been|have\s+been|"
    r"['\u2019]ve\s+been)\s+(?:[\w-]+\s+)?(?:told|promised|assured|led\s+to\s+believe)\b|"
    # someone told the teller, or swore to it ("My mother-in-law told me amber beads would
    # ...", "A friend swore the drops would clear it up"; not "swear by")
    r"\b(?:told|promised|assured|convinced)\s+(?:me|us|him|her|them)\b|"
    r"\b(?:swore|swears|sworn)\b(?!\s+by\b)|"
    # the maker's or the label's word ("The maker says it relieves ...", "the box promises")
    r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:makers?|manufacturers?|company|brand|label|seller|"
    r"vendor|packaging|packet|box|advert|ad|website|site|leaflet)\s+(?:says|said|claims?|claimed|"
    r"promises?|promised|states?|stated)\b|"
    # the reader may have read it ("You may have read that ...")
    r"\byou\s+(?:may|might|could)\s+(?:have\s+|already\s+have\s+)?(?:read|heard|seen)\b|"
    # others say it ("Some websites say", "Many parents believe", "Other clinics claim")
    r"\b(?:some|many|other|a\s+few|lots\s+of)\s+(?:[\w-]+\s+)?(?:people|parents|patients|"
    r"friends|relatives|adverts|labels|articles|posts|blogs|videos|books|forums|groups|"
    + _SELLERS + r")\s+(?:[\w-]+\s+)?(?:say|said|claim|"
    r"claimed|suggest|suggested|believe|believed|promise|promised|insist|insisted|swear|told|"
    r"tell)\b|"
    # one other source ("A popular blog claims", "One clinic promised that", "an influencer said")
    r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+)?(?:blog|website|site|article|post|video|influencer|"
    r"book|ad|advert|advertisement|clinic|seller|company|brand|practitioner|naturopath|friend|"
    r"relative|neighbou?r|podcast|forum|leaflet|label)\s+(?:[\w-]+\s+)?(?:claims?|claimed|says|"
    r"said|promises?|promised|advertised|advertises|suggests?|suggested|insists?|insisted)\b|"
    # heard often ("We often hear that", "you may read claims that")
    r"\b(?:we|you|people|parents|patients)\s+(?:often\s+|sometimes\s+|may\s+|might\s+|will\s+)?"
    r"(?:hear|read|see)\s+(?:[\w-]+\s+){0,2}?(?:that|how)\b|"
    # told, said or claimed, in the passive ("Parents are sometimes told that", "it is said
    # to", "is claimed to")
    r"\b(?:is|are|was|were|been|being|get|gets|got)\s+(?:often\s+|sometimes\s+|widely\s+|"
    r"commonly\s+|frequently\s+|still\s+)?(?:told|promised|said|claimed|believed|thought|"
    r"rumou?red|reported)\s+(?:that|to)\b|"
    # the claim named as such ("The idea that chelation reverses ...", "the belief that")
    r"\b(?:the|a|this|that)\s+(?:popular\s+|common\s+|old\s+|widespread\s+)?(?:idea|claim|belief|"
    r"notion|myth|promise|story|theory)\s+that\b|"
    # someone sure of it ("My aunt was sure chelation would ...")
    r"\b(?:was|were)\s+(?:so\s+)?(?:sure|convinced|certain)\b|"
    # said in general ("It is often said that", "it's widely believed")
    r"\b(?:it\s+is|it['\u2019]s|it\s+was)\s+(?:often\s+|sometimes\s+|widely\s+|commonly\s+)?"
    r"(?:said|claimed|believed|thought|suggested|rumou?red)\b|"
    # the teller believed it ("I went in believing ...", "I was convinced that", "I thought")
    r"\bbelieving\b|\b(?:I|we)\s+(?:was|were)\s+(?:convinced|sure)\b|"
    r"\b(?:I|we)\s+(?:first\s+|really\s+|once\s+)?(?:thought|believed|assumed)\b|"
    # the teller hoped it, a belief about what the care would do ("I hoped three sessions
    # would cure my depression", "I'd hoped the detox would sort out my diabetes"): a hope is
    # held as a belief is, and the story's refutation after it says it was not met
    r"\b(?:I|we|he|she|they)(?:\s+had\s+|['\u2019]d\s+|\s+)(?:really\s+|so\s+)?hoped\b|"
    r"\b(?:I|we|he|she|they)\s+(?:was|were|had\s+been|['\u2019]d\s+been)\s+hoping\b",
    re.IGNORECASE)
REFUTES = re.compile(
    # an elliptic denial of what was said ("It didn't.", "They didn't, and ...", "It does not:
    # ...", "It didn't work.", "That never happened", "It did nothing")
    r"^\W*(?:(?:but|sadly|unfortunately|of\s+course)\W+)?(?:it|they|that|this|he|she|none\s+of\s+"
    r"(?:it|them|this|that))\s+(?:(?:did|does|do|will|would|could|can|has|have|had|is|are|was|"
    r"were)\s*(?:n['\u2019]t|"
    r"\s+not)|won['\u2019]t|can['\u2019]t|cannot|never)(?:\s+(?:work|worked|help|helped|happen|happened|come\s+true|do\s+(?:that|"
    r"so|this|it|anything)|did))?(?:\s+(?:at\s+all|either))?\s*(?:[,.;:!\u2014\u2013-]|$|\s+(?:and|"
    r"but)\b)|"
    r"^\W*(?:(?:but|sadly|unfortunately)\W+)?(?:it|they|that|this)\s+(?:did|made|changed)\s+"
    r"(?:nothing|no\s+difference)\b|"
    r"^\W*(?:(?:but|sadly|unfortunately)\W+)?nothing\s+(?:changed|happened|helped|worked)\b|"
    # the claim called untrue ("That is not true.", "This isn't so", "Not true.", "False.")
    r"^\W*(?:(?:that|this|it)\s+(?:is|was|['\u2019]s)\s*(?:n['\u2019]t|\s+not)\s+(?:true|so|the\s+"
    r"case|correct|right)|(?:that|this|it)\s+(?:is|was|['\u2019]s)\s+(?:false|untrue|wrong|a\s+myth|"
    r"a\s+claim\s+without\s+evidence)|not\s+(?:true|so)|false|untrue|wrong)\b|"
    # its evidence denied ("The studies do not support this.", "No trial has shown it", "no
    # diet has been shown to do that", "It has not been shown to")
    r"\bno\s+(?:proven|known|demonstrated|established|real)\s+(?:benefits?|effects?|value)\b|"
    # a study's null result ("The TACT2 trial found no benefit"), the claim called false ("That
    # claim is false"), the product no substitute for care ("they were no substitute for ...")
    r"\b(?:stud(?:y|ies)|trials?|research|reviews?|data)\b[^.;]{0,40}?\b(?:found|find|finds|"
    r"show(?:s|ed)?|saw)\s+no\s+(?:[\w-]+\s+)?(?:benefits?|effects?|differences?|improvements?|"
    r"evidence)\b|"
    r"^\W*(?:that|this|the|such)\s+(?:claims?|ideas?|beliefs?|promises?|stor(?:y|ies))\s+(?:is|are|"
    r"was|were)\s+(?:false|untrue|wrong|a\s+myth|not\s+true|unfounded|misleading|baseless)\b|"
    r"\b(?:it|they|these|those)\s+(?:is|are|was|were)\s+no\s+(?:substitute|replacement|cure)\b|"
    r"\b(?:do|does|did)\s*(?:n['\u2019]t|\s+not)\s+(?:support|back\s+up|bear\s+out)\s+(?:this|"
    r"that|it|these|those|the\s+claims?|such\s+claims)\b|"
    r"\bno\s+(?:[\w-]+\s+){1,2}?(?:has|have)\s+(?:ever\s+)?been\s+(?:shown|proven|proved|found)\b|"
    r"\b(?:it|they|this|that)\s+(?:has|have)\s*(?:n['\u2019]t|\s+not)\s+(?:ever\s+)?been\s+"
    r"(?:shown|proven|proved)\b|"
    # a warning against doing what the claim invites, giving up prescribed care ("You may hear
    # that ..., so you can stop your medicines; never stop a prescribed medicine without talking
    # to the doctor who prescribed it")
    r"^\W*(?:(?:but|so)\W+)?(?:never|do\s+not|don['\u2019]t)\s+(?:stop|skip|replace|give\s+up|"
    r"come\s+off|change)\s+(?:(?:a|any|your|the)\s+)?(?:prescribed|prescription)\s+(?:medicines?|"
    r"medications?|drugs?|treatments?)\b[^.;!?]{0,20}?\bwithout\s+(?:first\s+)?(?:talking|speaking|"
    r"checking)\b|"
    + _NO_EVIDENCE + _WEAK_EVIDENCE + _FALSE_CLAIM.rstrip("|") + r"|"
    + _STUDY_FOUND_NOTHING.lstrip("|"),
    re.IGNORECASE)


def refuted_after(sentence: str, following: str, at: int | None = None) -> re.Match[str] | None:
    """The cue of a claim reported in `sentence` (before `at`, the claim's own words, when
    known) that `following`, the next sentence of its block, refutes; None if there is none."""
    return refuted_in_block(sentence, (following,) if following else (), at)


# The structural reading of a reported claim (stop 40): the claim clause is the COMPLEMENT of a
# report, belief or question whose holder is not the page's voice, or a quoted mention. The
# cues above (HEARD) name who reports it; these read the construction whoever the holder is:
# "Sellers of bio-magnetic bracelets such as Magnetude's say <clause>", "<clause>, some
# websites say", "the claim that <clause>", "<clause> is said to ...", "'<clause>,' the label
# promised", "Claim: <clause>". A reported claim does not fire when its block refutes it
# (refutes_later); with no refutation it is read as before (a seller reporting praise, "Many
# clients tell us X reversed their memory loss", is the seller's claim).
_REPORT_VERB = (r"say|says|said|claim|claims|claimed|promise|promises|promised|advertise|"
                r"advertises|advertised|insist|insists|insisted|swear|swears|swore|believe|"
                r"believes|believed|suggest|suggests|suggested|maintain|maintains|maintained|"
                r"assure|assures|assured|boast|boasts|boasted|tout|touts|touted|write|writes|"
                r"wrote|post|posts|posted|argue|argues|argued|think|thinks|thought|tell|tells|"
                r"told|hear|hears|heard|read|reads|allege|alleges|alleged")
# the holder, the subject of the report verb from the start of its clause: up to ten words
# (a name with its modifiers: "Sellers of bio-magnetic bracelets such as Magnetude's")
_REPORT_FRAME = re.compile(
    r"(?:^\W*|(?<=[,;:\u2014\u2013(])|\b(?:and|but|so|while|because|although|though|when)\b)\s*"
    r"(?P<holder>(?:[\w'\u2019.-]+,?\s+){1,10}?)(?:(?:had|has|have|would|often|also|sometimes|"
    r"still|even|once|always|all|really|first|then|will|may|might|could|did|do|does|can)\s+)?"
    r"(?P<verb>" + _REPORT_VERB + r")\b(?:\s+(?:me|us|you|him|her|them|people|parents|patients|"
    r"customers|clients|everyone|anyone|readers|buyers|families|caregivers|carers|"
    # (one told by name or kin: "A clinic told my husband that ...")
    r"(?:my|his|her|their|your|our)\s+[\w-]+))?"
    r"(?:\s+(?:online|everywhere|often|again))?(?:\s*,)?\s+(?:that\b|how\b)?",
    re.IGNORECASE)
# the report as a participle: of a noun ("ads saying", "posts claiming") or of the clause's
# subject after a comma ("Some practitioners offer chelation, claiming it clears metals")
_REPORT_PARTICIPLE = re.compile(
    r"(?:\b(?:ads?|adverts?|advertisements?|posts?|videos?|websites?|sites?|blogs?|articles?|"
    r"sellers?|clinics?|companies|labels?|leaflets?|emails?|messages?|influencers?|people|"
    r"headlines?|stories|reviews?|testimonials?|flyers?)|,)\s+(?:all\s+)?(?:saying|claiming|"
    r"promising|insisting|suggesting|boasting|advertising|telling\s+(?:you|people|readers|"
    r"parents|families))\b(?:\s+that\b)?", re.IGNORECASE)
# the report told in the passive ("is said to", "are often claimed to", "was promised as")
_REPORT_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:often\s+|sometimes\s+|widely\s+|commonly\s+|also\s+|"
    r"frequently\s+|still\s+|even\s+)?(?:said|claimed|promised|advertised|believed|thought|"
    r"touted|rumou?red|reported|alleged|supposed|purported|marketed|billed|pitched|promoted|sold)"
    r"\s+(?:online\s+|widely\s+)?(?:to|as|that)\b", re.IGNORECASE)
# the claim named as such ("the claim that", "the belief that", "promises that")
_REPORT_NOUN = re.compile(
    r"\b(?:idea|claims?|belief|notion|myths?|promises?|story|stories|theory|rumou?rs?|"
    r"assertions?|suggestions?|pitch|slogan|message|hype)\s+that\b", re.IGNORECASE)
# the report after the clause it reports ("..., some websites say.", "'...,' the label
# promised.")
_REPORT_AFTER = re.compile(
    r"[,\u201d\u2019\"']\s*(?P<holder>(?:[\w'\u2019-]+\s+){1,6}?)(?:(?:often|also|still|even|"
    r"once)\s+)?(?P<verb>say|says|said|claim|claims|claimed|promise|promises|promised|insist|"
    r"insists|insisted|swear|swears|swore|boast|boasts|boasted|advertise|advertises|advertised|"
    r"suggest|suggests|suggested|write|writes|wrote|tell\s+you|told\s+(?:me|us|you))\b"
    r"(?:\s+[\w-]+){0,3}\W*$", re.IGNORECASE)
# a label that marks the line as a claim held up to be checked ("Claim: ...", "What they
# say: ...", "The pitch: ...")
_CLAIM_LABEL_WORDS = (
    r"(?:the\s+)?(?:claims?|what\s+(?:they|sellers|marketers|websites|clinics|the\s+ads?|"
    r"the\s+labels?|the\s+makers?|the\s+company|companies|influencers|people)\s+(?:say|says|"
    r"claim|claims|promise|promises|tell\s+you)|they\s+say|the\s+pitch|the\s+promise|"
    r"the\s+sales\s+pitch|the\s+hype|rumou?r)")
_CLAIM_LABEL = re.compile(r"^\W*" + _CLAIM_LABEL_WORDS + r"\s*[:\u2014\u2013]", re.IGNORECASE)
# ... or the whole of a card's title or a heading over the claim ("What they say" over
# "Ketone drinks reverse Alzheimer's disease.", its refutation in the card beside it)
_CLAIM_LEAD = re.compile(r"^\W*" + _CLAIM_LABEL_WORDS + r"\W*$", re.IGNORECASE)


def claim_lead(lead: str) -> bool:
    """The lead (a card's title, a heading) is nothing but a label of a claim held up to be
    checked: the text under it is reported."""
    return bool(lead) and len(lead) < 60 and _CLAIM_LEAD.match(lead) is not None


# holders that are the page's voice (we, us, the clinic's own people and things), or research
# (a study's finding is no report of a claim: "Studies say it helps" is a research claim)
_PAGE_VOICE = re.compile(
    r"\b(?:we|us)\b|\bour\s+(?!(?:[\w-]+\s+)?(?:patients|clients|customers|members|users|"
    r"readers|guests|families|visitors|followers|parents)\b)|"
    r"\b(?:stud(?:y|ies)|trials?|research|researchers|evidence|data|science|reviews?|"
    r"results|scientists)\b", re.IGNORECASE)
# the teller's own present word ("I say", "I believe", "I promise"): an assertion; the past
# (a belief the story goes on to test: "I believed", "I thought", "I heard") is a report
_PRESENT_I = re.compile(r"^\W*I\s*$", re.IGNORECASE)
_PRESENT_VERB = re.compile(r"(?:say|claim|promise|advertise|insist|swear|believe|suggest|"
                           r"maintain|assure|boast|tout|tell|think)s?$",
                           re.IGNORECASE)
# a turn between the report and the claim makes the claim the page's own ("Some say it is
# costly, but our drip cures the flu")
_TURN = re.compile(r";|\b(?:but|however|yet|although|though|whereas)\b", re.IGNORECASE)
# a quoted span (an apostrophe between letters is no quotation mark)
_QUOTED_SPAN = re.compile(
    r"(?:^|(?<=[\s(\[:\u2014\u2013]))['\"\u201c\u2018](?:[^'\"\u201c\u201d\u2018\u2019]|"
    r"(?<=\w)['\u2019](?=\w)){3,200}?[.,!?]?['\"\u201d\u2019](?!\w)")


def _holder_ours(holder: str, verb: str) -> bool:
    holder = holder.strip(" ,")
    if _PAGE_VOICE.search(holder):
        return True
    return bool(_PRESENT_I.match(holder) and _PRESENT_VERB.fullmatch(verb))


# What other sellers give or use, a practice the page reports (and may refute after it:
# "Some providers inject umbilical cord products for arthritis. The FDA has warned that these
# products are unapproved"): named as others by a quantifier, and no voice of ours after it
# ("some clinics inject steroids; we use stem cells, which heal the joint" is ours). Read as
# HEARD's cues are: a report that a later sentence of its block must refute.
_OTHERS_PRACTICE = re.compile(
    r"(?<!\bour\s)\b(?:some|many|other|certain|several|a\s+few|a\s+number\s+of)\s+"
    r"(?:[\w-]+\s+)?(?:" + _SELLERS + r")\s+(?:(?:that|who|which)\s+)?(?:\w+\s+)?"
    r"(?:offer|offers|offered|inject|injects|injected|infuse|infuses|infused|use|uses|used|"
    r"give|gives|gave|provide|provides|provided|administer|administers|administered|"
    r"prescribe|prescribes|prescribed|recommend|recommends|recommended)\b"
    r"(?![^.!?]*\b(?:ours?|we|(?-i:us))\b)", re.IGNORECASE)


def reported_at(sentence: str, at: int | None = None,
                quotes: bool = True) -> re.Match[str] | None:
    """The cue that makes the claim at `at` (its first predicate; the whole sentence when
    None) a reported one: HEARD before it, a report, belief or question whose holder is not
    the page's voice with the claim in its complement, the passive or the noun of a report
    before it, a report after it at the sentence's end, a "Claim:" label, or (with `quotes`)
    quotation marks around it. None if the claim is the page's own."""
    end = len(sentence) if at is None else max(at, 0)
    found = HEARD.search(sentence, 0, end) or next(
        # (others' practice opens before the predicate, which may be its own verb: "Some
        # spas administer glutathione drips for liver disease")
        (m for m in _OTHERS_PRACTICE.finditer(sentence) if m.start() <= end), None)
    if found is not None:
        return found
    for found in _REPORT_FRAME.finditer(sentence, 0, end):
        if _holder_ours(found.group("holder"), found.group("verb")) \
                or _TURN.search(sentence, found.end(), end):
            continue
        return found
    for pattern in (_REPORT_PASSIVE, _REPORT_NOUN, _REPORT_PARTICIPLE):
        found = pattern.search(sentence, 0, end)
        if found is not None and not _OURS.search(sentence, 0, found.start()) \
                and not _TURN.search(sentence, found.end(), end):
            return found
    found = _CLAIM_LABEL.match(sentence)
    if found is not None and found.end() <= end:
        return found
    found = _REPORT_AFTER.search(sentence)
    if found is not None and found.start() >= end \
            and not _holder_ours(found.group("holder"), found.group("verb")):
        return found
    if quotes and at is not None:
        for found in _QUOTED_SPAN.finditer(sentence):
            if found.start() <= at < found.end():
                return found
    return None


# A refutation anywhere after the reported claim in its block, besides REFUTES (which reads
# a denial opening the sentence after it): a verdict or fact line that calls it false, a harm
# it did ("it has killed children", "has hurt people"), its evidence never gathered or not
# confirmed ("has never been tested", "Studies have not confirmed this"), the care said to
# have done nothing ("I wore it for a year. It did nothing for the pain.").
_REFUTES_LATER = re.compile(
    r"^\W*(?:(?:our|the)\s+)?(?:verdict|rating|ruling|bottom\s+line|truth|reality|fact|facts|"
    r"evidence)\s*[:\u2014\u2013-]\s*(?:false|untrue|wrong|misleading|not\s+true|unproven|"
    r"unsupported|mostly\s+false|a\s+myth|no\b|none\b|not\s+(?:shown|proven|supported))|"
    r"\b(?:it|they|this|that|these|those|[\w-]+)\s+(?:has|have|had)\s+"
    r"(?:also\s+|even\s+)?(?:killed|hurt|harmed|injured|blinded|paralysed|paralyzed|sickened|"
    r"poisoned)\s+(?:people|children|patients|adults|babies|infants|women|men|some|several|"
    r"many|others|users|at\s+least)\b|"
    r"\b(?:has|have|had)\s+never\s+been\s+(?:tested|shown|proven|proved|studied|"
    r"demonstrated)\b|"
    r"\b(?:stud(?:y|ies)|trials?|research|evidence|science|data|reviews?)\s+(?:has|have|had|does|"
    r"do|did)\s*(?:n['\u2019]t|\s+not)\s+(?:yet\s+)?(?:confirmed|shown|proven|proved|"
    r"supported|backed\s+(?:it|this|that|them)\s+up|found)\s+(?:this|that|it|them|these|those|"
    r"such|any)\b|"
    r"\b(?:it|they|this|that)\s+(?:did|made|changed)\s+(?:nothing|no\s+difference|little)\b|"
    r"\b(?:it|they)\s+(?:never|did\s*n['\u2019]?t|did\s+not)\s+(?:work|worked|help|helped)\b|"
    # the product said to be no treatment, or no product of the kind approved ("the tablets
    # are not a treatment", "The FDA has approved no stem cell product for dementia", "neither
    # use is approved")
    r"\b(?:is|are|was|were)\s*(?:n['\u2019]t|\s+not)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:treatment|cure|remedy|medicine)\b|\b(?:has|have)\s+approved\s+no\b|"
    r"\b(?:no|neither)\s+(?:[\w-]+\s+){0,3}?(?:is|are|has\s+been|have\s+been)\s+(?:FDA[- ])?"
    r"approved\b|"
    # (or called unapproved, the same word: "The FDA has warned that these products are
    # unapproved")
    r"\b(?:is|are|was|were|remains?)\s+(?:still\s+)?unapproved\b|"
    # (or called unapproved at its clause's end: "pellets are compounded and not
    # FDA-approved, and we chose ...")
    r"\bnot\s+(?:FDA[- ])?approved(?:\s+(?:to|for)\b|\s*(?=[,.;]|$))" + _EVIDENCE_OTHERWISE
    + r"|"
    # an elliptic denial told as someone's word, the claim its only antecedent ("The nurse was
    # honest that it wouldn't, and ...", "my doctor explained that they don't")
    r"\bthat\s+(?:it|they)\s+(?:would|will|could|can|did|does|do)\s*(?:n['\u2019]t|\s+not)"
    r"(?:\s+(?:work|help))?(?=\s*(?:[,.;:!\u2014\u2013]|$)|\s+(?:and|but)\b)|"
    # the product itself not shown to work, nothing of the kind shown, a harm done ("Chelation
    # has not been shown to help", "none shows that", "showed no such thing", "it has caused
    # deaths")
    r"\b[\w-]+\s+(?:has|have)\s*(?:n['\u2019]t|\s+not)\s+(?:yet\s+|ever\s+)?been\s+(?:shown|"
    r"proven|proved)\s+to\b|\bnone\s+(?:of\s+(?:them|these|those|it)\s+)?(?:shows?|proves?|"
    r"supports?|found|showed|proved)\s+(?:that|this|it|any\s+such)\b|\bno\s+such\s+thing\b|"
    r"\b(?:has|have|had)\s+(?:also\s+)?(?:caused|led\s+to|resulted\s+in)\s+(?:[\w-]+\s+)?"
    r"(?:deaths?|harm|injur(?:y|ies)|hospital\s+stays|hospitali[sz]ations?|infections?|"
    r"strokes?|blindness)\b|"
    # a study's null result told with a negated verb ("Large trials found ginkgo did not slow
    # Alzheimer's disease")
    r"\b(?:stud(?:y|ies)|trials?|research|reviews?)\b[^.;]{0,80}?\b(?:found|showed|show|shows)\s+"
    r"(?:that\s+)?(?:[\w-]+\s+){1,4}?(?:did|does|do)\s*(?:n['\u2019]t|\s+not)\s+(?:help|work|"
    r"improve|slow|prevent|reverse|reduce|stop|cure|treat|restore|protect|delay|benefit)\b|"
    # (or elliptic, the claim its antecedent: "the trials show it does not")
    r"\b(?:stud(?:y|ies)|trials?|research|reviews?)\s+(?:found|showed|show|shows)\s+(?:that\s+)?"
    r"(?:it|they)\s+(?:did|does|do)\s*(?:n['\u2019]t|\s+not)(?=\s*(?:[,.;:!]|$))|"
    # the story's outcome against the claim ("Her memory kept declining", "my test scores were
    # exactly the same", "no change")
    r"\b(?:kept|continued)\s+(?:on\s+)?(?:getting\s+worse|declining|falling|slipping|worsening|"
    r"to\s+(?:decline|fall|worsen|slip|get\s+worse))\b|\b(?:stayed|remained|were|was)\s+"
    r"(?:exactly\s+|just\s+|much\s+)?(?:the\s+same|unchanged)\b|\bno\s+(?:change|"
    r"improvement)\b|"
    # evidence only from dishes or animals, or said to be none ("Those claims come from lab
    # dishes and mice, not people"; "They are not evidence")
    r"\b(?:lab(?:oratory)?\s+dish(?:es)?|test\s+tubes?|mice|rats|animals)\b[^.;]{0,30}?,?\s+not\s+"
    r"(?:in\s+|from\s+)?(?:people|humans|patients)\b|"
    r"\b(?:is|are|was|were)\s*(?:n['\u2019]t|\s+not)\s+(?:evidence|proof)\b|"
    # the claim found unsupported, as a regulator's or a reviewer's finding tells it, whatever
    # the auxiliary ("the sellers could not back that up", "the data could not support the
    # claim", "the company failed to substantiate its claims", "the claims were
    # unsubstantiated"; REFUTES reads only "did not support this")
    r"\b(?:(?:could|can|did|does|do|would)\s*(?:n['\u2019]t|\s+not)|cannot|(?:was|were|is|are)\s+"
    r"unable\s+to|failed\s+to|never)\s+(?:(?:support|substantiate|prove|verify|bear\s+out|"
    r"back\s+up|justify)\s+(?:(?:the|that|this|those|these|its|their|such|any\s+of\s+(?:the|those|"
    r"its|their))\s+(?:[\w-]+\s+)?(?:claims?|promises?|figures?|statements?|numbers?|"
    r"results?|advertising|ads?)|it|this|that|them)|back\s+(?:it|this|that|them|those|these|"
    r"(?:the|its|their|those|these)\s+(?:claims?|promises?|figures?|numbers?))\s+up)\b|"
    r"\b(?:claims?|promises?|figures?|statements?|numbers?|advertising|ads?)\s+(?:(?:is|are|was|"
    r"were)\s+(?:(?:found|ruled|judged)\s+(?:to\s+be\s+)?)?)(?:unsubstantiated|unsupported|"
    r"not\s+(?:substantiated|supported))\b",
    re.IGNORECASE)


@lru_cache(maxsize=4096)
def refutes(text: str, first: bool = True) -> re.Match[str] | None:
    """A refutation of a claim reported before it in its block (`first`: the sentence right
    after the claim's, where an elliptic denial "It didn't." refers to it). Remembered
    (bounded) by the text: each claim of a block reads the sentences after it (perf42)."""
    found = REFUTES.search(text)
    if found is not None and (first or found.start() > 0 or not _ELLIPTIC.match(text)):
        return found
    return _REFUTES_LATER.search(text)


# (an elliptic denial, "It didn't.", refers to the sentence right before it only)
_ELLIPTIC = re.compile(r"^\W*(?:(?:but|sadly|unfortunately|of\s+course)\W+)?(?:it|they|that|this|"
                       r"he|she)\s+(?:did|does|do|will|would|could|can|has|have|had|won|can|is|"
                       r"are|was|were)\b",
                       re.IGNORECASE)


def mention_split(sentence: str, following: str) -> re.Match[str] | None:
    """A quoted claim that the splitter cut from the comment on it at its "?" or "!"
    ("'Chelation Reverses Your Child's Autism'?" / "The Truth About Detox Protocols",
    "'Reverse heart disease with chelation!'" / "- a claim the FDA has warned about"): the
    sentence is all quote and the two read as one hold a quoted claim held up to be checked
    (claim-reported's quoted cue), by no seller outside the quote."""
    text = sentence.strip()
    if not following or not text or text[-1] not in "'\"\u201d\u2019?!" \
            or text[0] not in "'\"\u201c\u2018":
        return None
    # (the "?" or "!" ends the quote as a colon would: "'Cures Brain Fog Overnight!' What the
    # Label Leaves Out")
    following = following.strip()
    if text[-1] == "!" and text[-2:-1] in ("'", '"', "\u201d", "\u2019"):
        # (a "!" after the closing mark ends the quote as one inside it does: "'Cure Brain
        # Fog in a Week'!" / "Why We Don't Sell Nootropic Stacks")
        text = text[:-1]
    joined = f"{text} {following}" if following[:1] in ":-\u2014\u2013" else f"{text}: {following}"
    found = CLAIM_REPORTED.quoted.search(joined)
    if found is None or found.start() != 0 or found.end("quote") > len(text) \
            or _FIRST_PERSON_ANYWHERE.search(_WE_DECLINE.sub(" ", following)):
        return None
    return found


_WHOLLY_QUOTED = re.compile(
    r"^\s*['\"\u201c\u2018][^\"\u201c\u201d]{3,160}['\"\u201d\u2019][?!.]?\s*$")


def quoted_title_refuted(title: str, under: list[str] | tuple[str, ...]) -> bool:
    """A title (a heading, a card's title) that is all quote, a slogan held up, and the text
    under it refutes it ("'Clinically Shown to Improve Memory'" over "That line ran in the
    ads for years. Regulators said the study behind it showed no such thing.")."""
    return bool(under) and _WHOLLY_QUOTED.match(title) is not None \
        and any(refutes(text, i == 0) for i, text in enumerate(under))


_LATER_READ = 8


# Where a sentence turns to a clause of its own: a semicolon, or "but" after a comma ("You may
# have heard that colloidal silver cures strep throat, but it does not").
_CLAUSE_TURN = re.compile(r";|,\s+but\b", re.IGNORECASE)


def clauses_after(sentence: str, at: int) -> list[str]:
    """The clauses of the sentence that follow a turn (a semicolon, ", but") after `at`,
    nearest first: each is read as a sentence after the claim, where it may refute it ("NAET
    is sometimes promoted to eliminate food allergies; it has not been shown to do so")."""
    cut = _CLAUSE_TURN.search(sentence, max(at, 0))
    if cut is None:
        return []
    return [part for part in _CLAUSE_TURN.split(sentence[cut.end():]) if part.strip()]


def refuted_in_block(sentence: str, later: tuple[str, ...] | list[str],
                     at: int | None = None, quotes: bool = True,
                     lead: str = "") -> re.Match[str] | None:
    """The cue of a claim reported in `sentence` (at `at`, its first predicate, when known;
    or under a `lead` that labels it a claim, claim_lead) that a later sentence of its block
    (`later`, nearest first) refutes; None if there is none."""
    # (a refutation comes within a few sentences of what it refutes: the rest of a long block is
    # not read, so that a hostile run of sentences costs no more than a paragraph)
    if not later or not any(refutes(text, i == 0) for i, text in enumerate(later[:_LATER_READ])):
        return None
    found = reported_at(sentence, at, quotes)
    if found is None and claim_lead(lead):
        found = _CLAIM_LEAD.match(lead)
    return found


# comparison-asked: a comparison a study asks about or leaves open, not one claimed ("this
# study tests whether the new therapy works better than usual care", "too little evidence to
# say whether it works better than other ways", "it is unclear whether it works better than
# steroids"; not "... and it did", "we tested whether it works better than steroids and found
# that it does").
COMPARISON_ASKED = re.compile(
    r"\b(?:to\s+(?:test|see|learn|find\s+out|determine|know|say|tell|judge)|tests?|testing|"
    r"asks?|asking|compares?|comparing|studying|studies|(?:un|not\s+)clear|uncertain|unknown|"
    r"not\s+(?:yet\s+)?known)\s+(?:if|whether)\b(?![^.;!?]*\b(?:found|finds|"
    r"showed|shows|proved|and\s+it\s+(?:does|did|is|was))\b)[^.;!?]{0,100}?\b(?:better|faster|"
    r"safer|stronger|more\s+effective(?:ly)?)\s+than\b", re.IGNORECASE)
# prognosis: a cure told as a likelihood or a chance, by no seller ("Skin cancer found early is
# much more likely to be cured", "the chance of a cure is highest when ..."): what the disease's
# course allows, not what a product does ("our patients are more likely to be cured" is the
# clinic's claim; "PRP has a 90% cure rate" is PRP's).
# (or in the active, when the course is told by its stage and the agent is treatment at large:
# "finds bowel cancer early, when treatment is much more likely to cure it"; not "our
# treatment is more likely to cure", which a seller says)
_PROGNOSIS = re.compile(
    r"\b(?:(?:far|much|a\s+lot)\s+)?(?:more|less|most|very|un)?likely\s+to\s+be\s+(?:cured|curable)\b|"
    r"\b(?:when|while|if)\s+(?:treatment|surgery)\s+(?:is|are)\s+(?:(?:far|much|a\s+lot)\s+)?"
    r"(?:more|most|less)\s+likely\s+to\s+(?:cure|succeed|work)\b|"
    r"\b(?:chances?|odds|likelihood|probability)\s+of\s+(?:a\s+)?(?:cure|being\s+cured)\b",
    re.IGNORECASE)

PROGNOSIS = _SaidByNoSeller(_PROGNOSIS)
# cure-defined: what the word "cure" means, told by no seller ("A cure means the infection has
# gone for good", "Being cured means tests no longer find the virus"): a definition of the
# word names no treatment that cures, as the dictionary's does not; the seller's own cure in
# it is a claim ("... and our spray cures it": _SaidByNoSeller), and so is a definition that
# goes on to name what cures ("..., and LiverPure cures it", "as happens after 8 weeks of milk
# thistle": _DefinitionOnly).
_CURE_DEFINED = re.compile(
    r"^\W*(?:(?:a|the)\s+(?:word\s+)?|being\s+|to\s+be\s+)?(?:cure|cured)\s+"
    r"(?:means|is\s+defined\s+as|refers\s+to)\b",
    re.IGNORECASE)
_CURE_AGENT_AFTER = re.compile(
    r"\bcur(?:e|es|ed|ing)\b|\b(?:weeks?|months?|days?|course|doses?|sessions?)\s+of\b|"
    r"\b(?:thanks\s+to|because\s+of|due\s+to|with|using|taking|by)\b", re.IGNORECASE)


class _DefinitionOnly(_SaidByNoSeller):
    """A definition's cue that holds only when the sentence names no agent of a cure after it."""

    def search(self, text: str) -> re.Match[str] | None:
        found = super().search(text)
        return None if found is None or _CURE_AGENT_AFTER.search(text, found.end()) else found


CURE_DEFINED = _DefinitionOnly(_CURE_DEFINED)
# By name, for the `scopes:` parameter of the phrase-list rules, with what each means
# (`clinic-checker rules show ID`).
PHRASE_SCOPES = {"evidence-denied": EVIDENCE_DENIED, "evidence-unsettled": EVIDENCE_UNSETTLED,
                 "claim-reported": CLAIM_REPORTED, "authority-reported": AUTHORITY_REPORTED,
                 "transmission-to-partners": TRANSMISSION_TO_PARTNERS,
                 "hope-unmet": HOPE_UNMET, "comparison-asked": COMPARISON_ASKED,
                 "prognosis": PROGNOSIS, "cure-defined": CURE_DEFINED,
                 "product-warned": PRODUCT_WARNED}
SCOPE_WORDS = {
    "evidence-denied": "the evidence for the claim is said to be missing or weak, or the claim "
                       "false (\"no study supports this\", \"claims that ... are false\")",
    "evidence-unsettled": "a research mention names its own uncertainty or a null result "
                          "(\"more research is needed\", \"others show no change\")",
    "claim-reported": "the claim is told as others' sales talk or called a myth (\"sometimes "
                      "marketed as a cure\", \"sellers who say\", \"the idea that ... is a "
                      "myth\"), or quoted and held up to be checked (\"'Cures Colic'? What "
                      "the Evidence Says\")",
    "authority-reported": "the sentence is told as a public health authority's word, by no "
                          "seller (\"..., the NHS says\", \"according to the CDC\"); a study "
                          "is no authority",
    "transmission-to-partners": "the risk is of passing an infection to a sexual partner "
                                "(\"an undetectable viral load means no risk of transmitting "
                                "HIV\"): what treatment prevents, not a product's safety",
    "hope-unmet": "a story's hope that the care would cure, which the story says was not met "
                  "(\"I hoped PRP would cure my plantar fasciitis, but ...\")",
    "comparison-asked": "the comparison is what a study asks or leaves open, not a finding "
                        "(\"this study tests whether the new therapy works better than usual "
                        "care\", \"too little evidence to say whether it works better\")",
    "prognosis": "a cure told as a likelihood or a chance of the disease's course, by no seller "
                 "(\"found early, it is much more likely to be cured\", \"the chance of a "
                 "cure\", \"when treatment is more likely to cure it\"); not a cure rate, "
                 "which is claimed of what cures",
    "product-warned": "the sentence warns the public against a product, by no seller (\"the "
                      "FDA has warned people not to drink it\", \"were found to contain "
                      "sibutramine\"): a superlative there is the warned product's name",
    "cure-defined": "what the word cure means, by no seller (\"A cure means the infection "
                    "has gone for good\", \"Being cured means tests no longer find the "
                    "virus\"): a definition names no treatment that cures",
}
# Hedges that turn a claim into a statement about uncertainty or a question to a clinician.
HEDGE = re.compile(
    # "whether" asks ("ask your doctor whether it helps"), but not where it opens a sentence or
    # follows a comma to set out alternatives the claim holds for ("Whether your macula is
    # wet or dry, the formula halts ...", "..., whether insomnia or sleeping too much"): the
    # concessive clause of alternatives, which leaves the main clause asserted
    r"(?<!^)(?<!,\s)\bwhether\b|(?:^|(?<=,\s))whether\b(?!\s+(?:[\w'-]+\s+){1,5}?or\s+"
    r"(?:[\w'-]+\s+){0,3}?[\w'-]+\s*(?:,|$))|\bunknown\b|\bnot\s+(?:yet\s+)?known\b|\bwhat\s+(?:is|we)\s+know|"
    r"\b(?:being|been|was|were|is|are)\s+studied\b|\bstud(?:y|ies)\s+(?:are|is)\s+(?:under\s*way|"
    r"ongoing)|"
    # the same in the active voice ("What Research Is Studying in Alzheimer's", "researchers
    # are testing whether ...")
    r"\b(?:research|researchers|scientists|stud(?:y|ies)|trials?)\s+(?:is|are)\s+(?:now\s+|still\s+|"
    r"currently\s+)?(?:studying|investigating|testing|exploring|examining|looking\s+(?:at|into))\b|\bexperimental\b|\binvestigational\b|\bin\s+(?:clinical\s+|registered\s+)?trials\b|"
    r"\bmixed\s+results\b|\bearly\s+(?:stage|research|studies)\b|\bno\s+trial\b|"
    r"\b(?:ask|talk\s+(?:with|to)|speak\s+(?:with|to)|check\s+with|see)\s+(?:your|a|our)\s+[\w-]+|"
    r"\bconsult\s+(?:your|a)\s+[\w-]+|"
    r"\bwhat\s+(?:the\s+)?(?:research|science|FDA|evidence)\s+(?:says|shows)\b|"
    r"\bbefore\s+(?:you\s+buy|your\s+visit|any)\b|\binteract|\btreatment\s+options\b|"
    # (the clinic's clinicians as the subject too, with a modal: "Conditions our doctors will
    # discuss with you at your assessment:")
    r"\b(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:doctors?|clinicians?|team|specialists?|nurses?|physicians?|"
    r"prescribers?|surgeons?|practitioners?))\s+(?:will\s+|can\s+|may\s+|would\s+)?(?:discuss|"
    r"explain|talk\s+through)\b|\bwhat\s+(?:to|you\s+should)\s+know\b|"
    r"\bwhere\s+to\s+start\b|\bthe\s+facts\b|\bquestions\s+to\s+ask\b",
    re.IGNORECASE,
)
# Attribution: the claim is someone else's, reported or warned about.
ATTRIBUTION = re.compile(
    # (the UK's National Health Service, https://www.nhs.uk, and its guidance body NICE,
    # https://www.nice.org.uk, too: "what the NHS recommends")
    r"\b(?:FDA|CDC|NIH|WHO|FTC|NHS|(?-i:NICE)|agency|regulators?)\s+(?:says|warns?|has\s+warned|"
    r"recommends|"
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
# A medicine licensed for its use (the word of the UK's MHRA and of the EMA, "licensed to
# treat", "licensed for"): a statement of status, read by the disease rules' scope stop (kept
# apart from APPROVAL, a feature of the learned model).
# Not in a sentence of the clinic's own ("our CBD oil is licensed to treat anxiety" is a status
# claim of its own).
class _NotOurs:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        return None if _FIRST_PERSON_ANYWHERE.search(text) else self.pattern.search(text)


LICENSED = _NotOurs(re.compile(
    r"\blicen[cs]ed\s+(?:in\s+[\w.]+\s+)?(?:to\s+(?:treat|prevent)|for\s+(?:use\s+in|the\s+"
    r"treatment|the\s+prevention))\b|"
    # a biologic's licence from the FDA (a BLA: "cord blood products licensed by the FDA"),
    # the status rule's to judge as "FDA-approved" is
    r"\blicen[cs]ed\s+by\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:FDA|Food\s+and\s+Drug\s+"
    r"Administration)\b|\bFDA[- ]licen[cs]ed\b", re.IGNORECASE))
# The status rule's cue for a sentence that identifies the approved ones ("the only
# FDA-approved ... is", "the only ... the FDA has approved").
IDENTIFYING = re.compile(r"\bthe\s+only\s+(?:FDA[- ]?approved\s+|approved\s+)?[\w\s,()'-]{0,60}?"
                         r"\b(?:are|is)\b|\bthe\s+only\s+[\w\s-]{0,40}?\bFDA\s+has\s+"
                         r"(?:ever\s+)?(?:approved|cleared)\b", re.IGNORECASE)
# The same for the disease rules, with the approval named ("The only approved stem cell
# products are blood-forming cells from cord blood, used for certain blood cancers", the FDA's
# own wording): which products hold an approval, and for what. Only where the sentence names
# no first person ("the only approved stem cells are ours, and they heal knees" is the
# clinic's claim).
IDENTIFIES_APPROVED = _NotOurs(re.compile(
    r"\bthe\s+only\s+(?:FDA[- ]?)?(?:approved|licen[cs]ed|cleared)\s+[\w\s,()'-]{0,60}?"
    r"\b(?:are|is)\b|\bthe\s+only\s+[\w\s-]{0,40}?\bFDA\s+has\s+(?:ever\s+)?(?:approved|"
    r"cleared|licen[cs]ed)\b", re.IGNORECASE))
# A harm the product caused ("stem cell tourism has led to serious infections and
# blindness"): the condition is what it did to people, not what it treats. A causal verb with
# a word of severity (not "has led to remission").
# Also a harm people report, suffered or developed after the care, as a news report tells it
# ("Stem Cell Clinic Patients Report Vision Loss After Eye Injections"): the condition is the
# object of their report, with no word of its easing between ("Patients report less pain after
# PRP", "... their migraines disappear after ..." tell a benefit and are no harm).
HARM_CAUSED = re.compile(
    r"\b(?:has|have|had)\s+(?:led\s+to|caused|resulted\s+in)\s+(?:[\w-]+\s+)?"
    r"(?:serious|severe|dangerous|life-threatening|fatal|deadly|permanent)\b|"
    r"\b(?:patients|people|women|men|users|customers|clients|children|recipients)\s+"
    r"(?:report|reported|suffered|developed)\s+"
    r"(?:(?!(?:less|fewer|no|better|improv\w*|relie\w*|reduc\w*|lower|faster|quicker|clearer|"
    r"more|disappear\w*|gone|vanish\w*|heal\w*|cur\w*|clear\w*|free|ease\w*|eas\w*|end\w*|"
    r"stop\w*|resolv\w*|recover\w*|their|success\w*|great|good|excellent|amazing|"
    r"dramatic)\b)[\w-]+\s+){1,4}?(?:after|following)\b",
    re.IGNORECASE)
# A status stated with its limit ("cleared only for acute mountain sickness, not for Lyme
# disease"): "cleared" there is a status, not the predicate "clear". Kept apart from APPROVAL
# (a feature of the learned model).
STATUS_LIMITED = re.compile(r"\b(?:FDA[- ])?(?:approved|cleared|authori[sz]ed|licen[cs]ed)\s+"
                            r"(?:only|solely|just)\s+(?:for|to|as|in)\b", re.IGNORECASE)
# A statement of approval status is the false-fda-approval-claim rule's to judge.
APPROVAL = re.compile(
    r"\b(?:FDA[- ])?(?:approved|cleared|authori[sz]ed)\s+(?:to|for|as|by)\b|"
    r"\bFDA[- ](?:approved|cleared)\b|\bapproved\s+(?:medicines?|treatments?|"
    r"drugs?|options?)\b|\bevidence(?:-based|\s+behind)|\bwith\s+evidence\b|"
    r"\b(?:get|getting|find|finding|seek|seeking)\s+(?:medical\s+)?"
    r"(?:help|care|treatment)\b|\bmedical\s+help\b",
    re.IGNORECASE,
)
