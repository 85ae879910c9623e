"""The learned sector for partners the rules cannot type (sector_model.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from partner_pages import group, make_page

from graphkit.partners import extract_partners
from graphkit.partners.extract import Models
from graphkit.partners.sector_model import (
    MODEL,
    SectorModel,
    sector_features,
    shipped_sector_model,
)

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location(
        "train_partner_sectors", ROOT / "scripts" / "train_partner_sectors.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_features_read_the_name_the_description_and_the_rules_guess():
    f = sector_features(
        "ZORBIX HUB",
        description="An incubator for young founders",
        source="group",
        kind="group",
        guess="civil_society",
        fell_back=True,
    )
    assert f["w:zorbix"] == f["last:hub"] == f["caps"] == 1.0
    assert f["c4:#zor"] == 1.0 and f["d:incubator"] == 1.0 and "d:for" not in f
    assert f["rule:civil_society:fallback"] == 1.0 and f["src:group"] == 1.0


def test_a_fitted_model_decides_only_where_the_rules_fell_back(tmp_path: Path):
    rows = []
    for name, sector in [("Zorbix Incubator", "private"), ("Quandle Incubator", "private")] * 3:
        f = sector_features(
            name,
            description="",
            source="group",
            kind="group",
            guess="civil_society",
            fell_back=True,
        )
        rows.append((f, sector, "civil_society", True))
    _script().fit(rows, tmp_path / "s.crfsuite")
    model = SectorModel(tmp_path / "s.crfsuite")
    new = sector_features(
        "Plimsoll Incubator",
        description="",
        source="group",
        kind="group",
        guess="civil_society",
        fell_back=True,
    )
    assert model.decide("Plimsoll Incubator", new, "civil_society", True) == "private"
    assert model.decide("Plimsoll Incubator", new, "government", False) == "government"


class _Recorder:
    def __init__(self) -> None:
        self.calls: dict[str, bool] = {}

    def decide(self, name: str, features: dict, guess: str, fell_back: bool) -> str:
        self.calls[name] = fell_back
        return "other" if fell_back else guess


def test_extraction_asks_the_model_only_for_partners_nothing_typed():
    page = make_page([group("Ministry of Health"), group("Zorbix Quandle", line=2)])
    recorder = _Recorder()
    sectors = {m.name: m.sector for m in extract_partners(page, Models(None, recorder))}
    assert recorder.calls == {"Ministry of Health": False, "Zorbix Quandle": True}
    assert sectors == {"Ministry of Health": "government", "Zorbix Quandle": "other"}
    # the rules alone keep their fixed guess
    assert {m.name: m.sector for m in extract_partners(page, None)}["Zorbix Quandle"] == (
        "civil_society"
    )


def test_the_model_is_shipped():
    assert MODEL.exists()
    assert isinstance(shipped_sector_model(), SectorModel)
