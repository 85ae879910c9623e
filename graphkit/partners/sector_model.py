"""A learned sector for the partners the rules cannot type: a maximum-entropy classifier.

When neither the report's own answer, a curated organisation, the question, a name cue nor
the description types a named partner, the rules fall back to a fixed guess (`sectors.
fallback_sector`: civil society for worded names, private for acronyms); in the labelled
reports that guess is right about half the time. This classifier replaces that guess. It
reads the name's words and letter 4-grams, the description's words, where the partner was
named and the rules' own guess, and is fitted on every labelled partner (with the rules'
sector as a feature, split by whether the rules fell back) by
`scripts/train_partner_sectors.py`. It is a python-crfsuite model over one-item sequences,
which is multinomial logistic regression; shipped as `graphkit/data/partner_sectors.crfsuite`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from graphkit.partners.sectors import fold

MODEL = Path(__file__).resolve().parent.parent / "data" / "partner_sectors.crfsuite"

_WORD = re.compile(r"\w+")
_STOP = frozenset(
    """the a an of and to in for with on by as at from is are was were this that their our we
    they it its be will has have been which who also""".split()
)


def sector_features(
    name: str, *, description: str, source: str, kind: str, guess: str, fell_back: bool
) -> dict[str, float]:
    """Features of one named partner for the classifier (names are stable: they key weights)."""
    folded = fold(name.casefold())
    words = _WORD.findall(folded)
    f: dict[str, float] = {f"w:{w}": 1.0 for w in words}
    if words:
        f[f"first:{words[0]}"] = 1.0
        f[f"last:{words[-1]}"] = 1.0
    padded = f"#{folded}#"
    f.update({f"c4:{padded[i : i + 4]}": 1.0 for i in range(len(padded) - 3)})
    if name.isupper():
        f["caps"] = 1.0
        if len(name.split()) == 1:
            f["acronym"] = 1.0
    for w in _WORD.findall(fold(description.casefold()))[:40]:
        if len(w) > 2 and w not in _STOP:
            f[f"d:{w}"] = 1.0
    f[f"src:{source}"] = 1.0
    f[f"kind:{kind}"] = 1.0
    f[f"rule:{guess}:{'fallback' if fell_back else 'typed'}"] = 1.0
    return f


class SectorModel:
    """A fitted classifier: the sector of a partner the rules fell back on."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def predict(self, features: dict[str, float]) -> str:
        """The most probable sector for these features."""
        return self._tagger.tag([features])[0]

    def decide(self, name: str, features: dict[str, float], guess: str, fell_back: bool) -> str:
        """The sector of one partner: the rules' where they typed it, else the model's."""
        return self.predict(features) if fell_back else guess


@lru_cache(maxsize=1)
def shipped_sector_model() -> SectorModel | None:
    """The classifier shipped in graphkit/data, or None when no model is shipped."""
    return SectorModel(MODEL) if MODEL.exists() else None
