"""A small logistic-regression scorer that decides which candidate spans are named partners.

The weights are fitted by scripts/train_partner_scorer.py on the hand-labelled gold sets and
shipped as graphkit/data/partner_scorer.json; scoring is a dot product over sparse features.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WEIGHTS_JSON = Path(__file__).resolve().parent.parent / "data" / "partner_scorer.json"


@dataclass(frozen=True, slots=True)
class Scorer:
    """Fitted weights by feature name, a bias and the decision threshold."""

    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a candidate with these features is a named partner."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def accepts(self, features: Mapping[str, float]) -> bool:
        """Whether the candidate is scored a named partner."""
        return self.probability(features) >= self.threshold

    def to_json(self) -> str:
        """The scorer as the shipped JSON text."""
        data = {
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if v},
        }
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


@lru_cache(maxsize=1)
def shipped_scorer() -> Scorer | None:
    """The scorer shipped in graphkit/data, or None when no weights are shipped."""
    if not WEIGHTS_JSON.exists():
        return None
    data = json.loads(WEIGHTS_JSON.read_text(encoding="utf-8"))
    return Scorer(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))


def fit(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[int],
    *,
    l2: float = 1.0,
    iterations: int = 50,
    threshold: float = 0.5,
) -> Scorer:
    """Fit an L2-regularised logistic regression by Newton's method (numpy only)."""
    import numpy as np

    names = sorted({k for row in rows for k in row})
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for r, row in enumerate(rows):
        for k, v in row.items():
            x[r, index[k]] = v
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-7:
            break
    return Scorer({k: float(w[i]) for k, i in index.items()}, float(w[-1]), threshold)
