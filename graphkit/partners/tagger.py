"""A CRF span tagger: which words of a partner field are the names of named organisations.

The rules (`names.py`) cut every field into candidate spans; the tagger reads the field word
by word (its words, their shape, the shipped word lists, mined names, places, known
acronyms, and where the rules' candidates start and end) and marks named partners with
B/I/O tags. It is a linear-chain CRF (python-crfsuite) fitted on the hand-labelled gold
reports by `scripts/train_partner_tagger.py`, shipped as `graphkit/data/partner_tagger*.crfsuite`.
The rules' candidates are features, not answers: during training they are hidden for a share
of the fields, so the tagger also learns to read fields the rules cut wrongly. Which fields
they are hidden in is drawn at random, and the draw alone moves held-out F1 by up to 0.009;
so three models fitted with three draws are shipped and vote on each word's tag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graphkit.partners.lexicon import find_known
from graphkit.partners.resolve import known_organisation
from graphkit.partners.sectors import fold
from graphkit.partners.vocabulary import (
    CONNECTORS,
    GENERIC,
    HEADS,
    PEOPLE,
    PLURAL_HEADS,
    PORTFOLIO,
    SENTENCE_WORDS,
)
from graphkit.places import is_place_name

MODEL = Path(__file__).resolve().parent.parent / "data" / "partner_tagger.crfsuite"
SEEDS = (0, 1, 2)  # one shipped model per draw of the fields that hide the rules' features


def model_path(seed: int) -> Path:
    """Where the model fitted with this draw is shipped (seed 0: `MODEL`)."""
    return MODEL if seed == 0 else MODEL.with_name(f"partner_tagger.{seed}.crfsuite")


_TOKEN = re.compile(r"\w+(?:[-.&]\w+)*\.?|['’]\w*|[^\w\s]")
_WORD_LISTS = (
    ("connector", CONNECTORS),
    ("head", HEADS),
    ("generic", GENERIC),
    ("people", PEOPLE),
    ("portfolio", PORTFOLIO),
    ("plural_head", PLURAL_HEADS),
    ("sentence", SENTENCE_WORDS),
)
Token = tuple[str, int, int]  # the word, its start and end offsets in the field
Features = dict[str, float | str]


@dataclass(frozen=True, slots=True)
class RuleSpans:
    """The rules' candidates of one field, by the rules' verdict."""

    named: Sequence[str] = ()  # kept named partners
    generic: Sequence[str] = ()  # kept generic groups
    dropped: Sequence[str] = ()  # candidates the rules' filters dropped


def tokens(text: str) -> list[Token]:
    """The field's words and punctuation marks with their offsets."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def spans_of(toks: Sequence[Token], names: Iterable[str]) -> list[tuple[int, int]]:
    """Token spans (start, end) where any of `names` occurs, case-insensitive, longest first.

    Tokens must match one for one (a sentence's full stop may end the last): matching on
    letters alone ('Inter - American' for 'Inter-American') was tried and lost 0.03 F1 on a
    fresh round."""
    folded = [t[0].casefold() for t in toks]
    found: list[tuple[int, int]] = []
    for name in names:
        want = [t[0].casefold() for t in tokens(name)]
        n = len(want)
        if n:
            # the last word may carry the full stop that ends the sentence ('and Fisheries.')
            ends = (want[-1], want[-1] + ".") if want[-1][-1:].isalnum() else (want[-1],)
            found.extend(
                (i, i + n)
                for i in range(len(folded) - n + 1)
                if folded[i : i + n - 1] == want[:-1] and folded[i + n - 1] in ends
            )
    return sorted(set(found), key=lambda s: (s[0] - s[1], s[0]))


def bio(toks: Sequence[Token], names: Iterable[str], tag: str = "") -> list[str]:
    """B/I/O labels (suffixed with `tag`) for the longest non-overlapping occurrences of names."""
    labels = ["O"] * len(toks)
    for a, b in spans_of(toks, names):
        if all(label == "O" for label in labels[a:b]):
            labels[a] = "B" + tag
            labels[a + 1 : b] = ["I" + tag] * (b - a - 1)
    return labels


_SHAPE = (re.compile(r"[A-Z]"), re.compile(r"[a-z]"), re.compile(r"\d"), re.compile(r"(.)\1+"))


def _shape(word: str) -> str:
    upper, lower, digit, repeat = _SHAPE
    return repeat.sub(r"\1\1", digit.sub("d", lower.sub("x", upper.sub("X", word))))


@lru_cache(maxsize=1 << 16)
def _word_features(word: str, prefix: str, suffix: bool = True) -> dict[str, float | str]:
    """One word's own features, keys prefixed by its offset (cached: words repeat)."""
    folded = fold(word.casefold()) if word[:1].isalpha() else word
    out: Features = {
        prefix + "w": folded,
        prefix + "shape": _shape(word),
        prefix + "title": float(word[:1].isupper()),
        prefix + "upper": float(word.isupper() and len(word) > 1),
    }
    if suffix:
        out[prefix + "suf3"] = folded[-3:]
    for name, words in _WORD_LISTS:
        if folded in words:
            out[prefix + name] = 1.0
    return out


@lru_cache(maxsize=1 << 14)
def _token_flags(word: str) -> tuple[str, str]:
    """Whether a capitalised word is a place name (P) and a known organisation (K)."""
    if not word[:1].isupper():
        return "O", "O"
    place = "P" if is_place_name(word) else "O"
    return place, "K" if known_organisation(word, fuzzy=False) is not None else "O"


def rule_labels(toks: Sequence[Token], rules: RuleSpans) -> list[str]:
    """Per token, the rules' label: B/I of a kept named (R), generic (G) or dropped (X) span."""
    named, generic, dropped = (
        bio(toks, rules.named, "R"),
        bio(toks, rules.generic, "G"),
        bio(toks, rules.dropped, "X"),
    )
    merged = zip(named, generic, dropped, strict=True)
    return [r if r != "O" else g if g != "O" else x for r, g, x in merged]


def field_features(
    text: str, source: str, hint: str, rules: RuleSpans | None
) -> tuple[list[Token], list[Features]]:
    """The tokens of one field and each token's features (`rules=None`: without the rules')."""
    toks = tokens(text)
    rule = rule_labels(toks, rules) if rules is not None else None
    known = bio(toks, [hit[2] for hit in find_known(text)], "L")
    flags = [_token_flags(t[0]) for t in toks]
    place, org = [f[0] for f in flags], [f[1] for f in flags]
    out: list[Features] = []
    for i, (word, start, _end) in enumerate(toks):
        f: Features = {"bias": 1.0, "src": source, "hint": hint or "-"}
        f.update(_word_features(word, ""))
        if i == 0:
            f["BOS"] = 1.0
        elif "\n" in text[toks[i - 1][2] : start]:
            f["newline"] = 1.0
        if i < 3:
            f["pos"] = str(i)
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(toks):
                f.update(_word_features(toks[j][0], f"{offset}:", suffix=False))
                if rule is not None:
                    f[f"{offset}:rule"] = rule[j]
            else:
                f[f"{offset}:pad"] = 1.0
        if rule is not None:
            f["rule"] = rule[i]
            f["rule_bi"] = rule[i] + "|" + (rule[i - 1] if i else "^")
        for key, labels in (("lex", known), ("place", place), ("org", org)):
            f[key] = labels[i]
            if i:
                f["-1:" + key] = labels[i - 1]
            if i + 1 < len(toks):
                f["1:" + key] = labels[i + 1]
        out.append(f)
    return toks, out


def without_rules(features: Sequence[Features]) -> list[Features]:
    """The same features with the rules' candidate features left out (training dropout)."""
    return [{k: v for k, v in f.items() if "rule" not in k} for f in features]


def decode(text: str, toks: Sequence[Token], tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """The tagged names of a field with their offsets, trimmed of edge punctuation, a leading
    article and an unmatched bracket."""
    spans: list[list[int]] = []
    for i, tag in enumerate(tags):
        if tag == "B" or (tag == "I" and (not spans or spans[-1][1] != i)):
            spans.append([i, i + 1])
        elif tag == "I":
            spans[-1][1] = i + 1
    names: list[tuple[str, int, int]] = []
    for a, b in spans:
        start, end = toks[a][1], toks[b - 1][2]
        name = text[start:end]
        for pattern in (r"^(?:the\s+|[\s,.;:\-–]+)", r"[\s,.;:\-–]+$"):
            if found := re.search(pattern, name, re.IGNORECASE):
                name = name[: found.start()] + name[found.end() :]
                start += found.end() - found.start() if found.start() == 0 else 0
        if name.count(")") > name.count("(") and name.endswith(")"):
            name = name[:-1].rstrip()
        elif name.count("(") > name.count(")") and name.startswith("("):
            name, start = name[1:].lstrip(), start + 1 + len(name[1:]) - len(name[1:].lstrip())
        if name:
            names.append((name, start, start + len(name)))
    return names


def vote(taggings: Sequence[Sequence[str]]) -> list[str]:
    """Each word's tag by majority of the models; a tie goes to 'O', else to 'B' (whatever
    the models' order)."""
    out: list[str] = []
    for tags in zip(*taggings, strict=True):
        counts = {t: tags.count(t) for t in tags}
        out.append(max(counts, key=lambda t: (counts[t], t == "O", t == "B")))
    return out


class Tagger:
    """Fitted CRF models that vote: tag the named partners of one field."""

    def __init__(self, *paths: Path) -> None:
        import pycrfsuite

        if not paths:
            raise ValueError("a Tagger needs at least one model file")
        self._taggers = []
        for path in paths:
            model = pycrfsuite.Tagger()
            model.open(str(path))
            self._taggers.append(model)

    def names(
        self, text: str, source: str, hint: str, rules: RuleSpans
    ) -> list[tuple[str, int, int]]:
        """The named partners of one field, in order, with their offsets in the text."""
        toks, features = field_features(text, source, hint, rules)
        if not toks:
            return []
        return decode(text, toks, vote([model.tag(features) for model in self._taggers]))


@lru_cache(maxsize=1)
def shipped_tagger() -> Tagger | None:
    """The taggers shipped in graphkit/data (voting), or None when no model is shipped."""
    paths = [path for path in map(model_path, SEEDS) if path.exists()]
    return Tagger(*paths) if paths else None
