"""Mine the corpus's structured partner name fields into shipped vocabularies (offline).

    python scripts/mine_partner_vocabulary.py [--pages DIR]

Writes graphkit/data/partner_names.csv (name, acronym, reports: organisation names cut from
"name of the partner" fields and experiments' partner lists, kept when at least two reports
name them) and graphkit/data/partner_sentence_words.txt (capitalised words that start
sentences in the corpus's partner answers but almost never start a name). The hand-labelled
gold reports (benchmarks/partners_gold*.json) are left out so that the scores stay honest.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.countries import resolve_country  # noqa: E402
from graphkit.partners.names import split_names  # noqa: E402
from graphkit.partners.resolve import normalise_name, split_acronym  # noqa: E402
from graphkit.partners.verdict import is_named  # noqa: E402
from graphkit.partners.vocabulary import CONNECTORS, GENERIC, PORTFOLIO, SINGULAR_HEADS  # noqa: E402
from graphkit.reader import read_page  # noqa: E402

PAGES = ROOT.parent / "shared" / "corpus" / "pages"
DATA = ROOT / "graphkit" / "data"
MIN_REPORTS = 2  # a name seen once is kept only when its shape is clearly a name
MAX_WORDS = 8
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_BAD = re.compile(r"(?i)^(the|a|an|our|other|and|with|undp|pnud|un|local|national)$")


def _gold_files() -> set[str]:
    files: set[str] = set()
    for path in (ROOT / "benchmarks").glob("partners_gold*.json"):
        files |= {d["file"] for d in json.loads(path.read_text(encoding="utf-8"))}
    return files


def _good(name: str, reports: int, lower: collections.Counter) -> bool:
    """A clean organisation name: named, not a country, not a common word, few lower-case words."""
    words = _WORD.findall(name)
    if not is_named(name) or re.search(r"\d", name):
        return False
    if len(name) > 3 and resolve_country(name) is not None:
        return False
    folded = [w.casefold() for w in words]
    if folded[0] in CONNECTORS or folded[-1] in CONNECTORS:
        return False  # a fragment: 'Ministry of', 'and Natural Resources'
    if folded[0] not in SINGULAR_HEADS and all(
        w in PORTFOLIO or w in GENERIC or w in CONNECTORS for w in folded
    ):
        return False  # a ministry's portfolio or a kind: 'Technology and Science'
    small = [w for w in words if w[:1].islower() and len(w) > 3]
    if small or name.isupper() and len(words) > 1 and reports < MIN_REPORTS:
        return False
    if len(words) == 1 and (lower[name.casefold()] > 0 or len(name) < 3):
        return False
    return reports >= MIN_REPORTS or len(words) <= 6


def main() -> int:
    """Mine and write the two vocabularies."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    args = parser.parse_args()
    skip = _gold_files()
    reports: dict[str, set[str]] = collections.defaultdict(set)
    spellings: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    acronyms: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    first_in_name: collections.Counter = collections.Counter()
    starts: collections.Counter = collections.Counter()  # capitalised at a sentence start
    inside_lower: collections.Counter = collections.Counter()  # lower case mid-sentence
    for path in sorted(args.pages.glob("*.md")):
        if path.name in skip:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if "artner" not in text:
            continue
        page = read_page(path)
        fields = [g.name for g in page.partner_groups]
        fields += [a.text for a in page.partner_answers if a.sector_hint == "any"]
        for field in fields:
            for candidate in split_names(field):
                name = candidate.name.strip(" .,;:")
                base, acronym = split_acronym(name)
                words = _WORD.findall(base)
                if not candidate.named or not words or len(words) > MAX_WORDS:
                    continue
                if _BAD.match(words[0]) or not base[:1].isupper() and not base[:1].isdigit():
                    continue
                key = normalise_name(base)
                if len(key) < 3:
                    continue
                reports[key].add(path.name)
                spellings[key][base] += 1
                if acronym:
                    acronyms[key][acronym] += 1
                first_in_name[words[0].casefold()] += 1
        for answer in page.partner_answers:
            for sentence in re.split(r"(?<=[.!?:;])\s+|\n+", answer.text):
                words = _WORD.findall(sentence)
                if words and words[0][:1].isupper():
                    starts[words[0].casefold()] += 1
                for word in words[1:]:
                    if word[:1].islower():
                        inside_lower[word] += 1
        for word in _WORD.findall(text):
            if word[:1].islower():
                inside_lower[word] += 1
    rows = []
    for key, files in reports.items():
        name = spellings[key].most_common(1)[0][0]
        if not _good(name, len(files), inside_lower):
            continue
        acronym = acronyms[key].most_common(1)[0][0] if acronyms[key] else ""
        rows.append((name, acronym, len(files)))
    rows.sort(key=lambda r: (-r[2], r[0].casefold()))
    with (DATA / "partner_names.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "acronym", "reports"])
        writer.writerows(rows)
    sentence = sorted(
        w
        for w, n in starts.items()
        if n >= 3 and inside_lower[w] >= 5 * max(1, first_in_name[w]) and len(w) > 1
    )
    (DATA / "partner_sentence_words.txt").write_text(
        "# capitalised sentence starts that (almost) never start an organisation name; mined by\n"
        "# scripts/mine_partner_vocabulary.py from the corpus's partner answers and name fields\n"
        + "\n".join(sentence)
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
