"""Round 3 partner mechanisms: roles, shared plural heads, 'and' complements, sectors, labels."""

from __future__ import annotations

import pytest

from graphkit.partners import canonical_label, is_named, split_names
from graphkit.partners.sectors import fallback_sector, sector_from_name


def _names(text: str) -> list[tuple[str, bool]]:
    return [(c.name, c.named) for c in split_names(text)]


@pytest.mark.parametrize(
    "role", ["Magistrates", "Chief justice", "Registrar of courts", "IT specialists", "Clerks"]
)
def test_people_named_by_role_are_not_organisations(role: str) -> None:
    assert not is_named(role)


def test_ministry_of_justice_is_still_named() -> None:
    assert is_named("Ministry of Justice")


def test_shared_plural_head_is_distributed() -> None:
    assert _names("OR Tambo, eThekwini and Waterburg Districts") == [
        ("OR Tambo", True),
        ("eThekwini District", True),
        ("Waterburg District", True),
    ]


def test_and_inside_a_heads_complement_is_kept() -> None:
    assert _names("Council for Scientific and Industrial Research") == [
        ("Council for Scientific and Industrial Research", True)
    ]


def test_one_word_second_name_and_trailing_kind_are_split() -> None:
    assert _names("Fundación Sadosky and Fundar") == [
        ("Fundación Sadosky", True),
        ("Fundar", True),
    ]
    assert _names("Japan Innovation Network and private sector")[0] == (
        "Japan Innovation Network",
        True,
    )


def test_name_cues_for_common_heads() -> None:
    assert sector_from_name("Planning and budget office") == "government"
    assert sector_from_name("Lusófona Univeristy") == "academia"
    assert sector_from_name("Amani FM") == "civil_society"
    assert sector_from_name("Deque Software") == "private"


def test_fallback_sector_uses_description_and_allowed_tags() -> None:
    assert fallback_sector("OYO", description="OYO is a youth-led NGO") == "civil_society"
    assert fallback_sector("Blue", description="a start-up selling solar products") == "private"
    assert fallback_sector("Diálogos", allowed=("academia", "civil_society")) == "civil_society"
    assert fallback_sector("Xyz", allowed=("private",)) == "private"


def test_canonical_label_uses_the_reports_spelling_of_a_curated_organisation() -> None:
    assert canonical_label(["World Wide Fund for Nature"])[0] == "World Wide Fund for Nature"
    assert canonical_label(["UNICEF team"])[0] == "UNICEF"
    assert canonical_label(["Unicef", "UNICEF", "United Nations Children's Fund"])[0] == "UNICEF"
