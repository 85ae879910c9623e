"""Round 4: the mined lexicon, generic headings, slash lists, places, statements of intent."""

from __future__ import annotations

from graphkit.partners import split_names
from graphkit.partners.lexicon import find_known, is_known, known_names, sentence_words
from graphkit.partners.verdict import _is_place


def _names(text: str) -> list[str]:
    return [c.name for c in split_names(text) if c.named]


def test_lexicon_is_shipped_and_clean() -> None:
    names = known_names()
    assert len(names) > 500
    assert "Ministry of Justice" in names
    assert not any(n.split()[-1].casefold() in ("of", "and", "for") for n in names)
    assert "we" in sentence_words()


def test_known_names_found_longest_first_and_not_overlapping() -> None:
    hits = [h for _, _, h in find_known("with Citibeats and the Ministry of Justice today")]
    assert hits == ["Citibeats", "Ministry of Justice"]
    assert is_known("ministry of justice")


def test_run_together_names_cut_at_a_known_name() -> None:
    assert _names("Legal Design Turkey Ministry of Justice") == [
        "Legal Design Turkey",
        "Ministry of Justice",
    ]


def test_ranking_headings_are_not_names() -> None:
    text = (
        "Most Important: Spices Board India (Government) - National Regulator "
        "Most Important: NEC Corporation - tech partner Important: GS1 India"
    )
    assert _names(text) == ["Spices Board India", "NEC Corporation", "GS1 India"]


def test_heading_then_slash_list() -> None:
    text = "Local authorities: Province of Entre Ríos/Municipality of Concepción"
    assert _names(text) == ["Province of Entre Ríos", "Municipality of Concepción"]
    assert _names("Ministry of Health/MoH") == ["Ministry of Health/MoH"]


def test_a_ministry_with_a_description_is_not_a_heading() -> None:
    assert _names("Ministry of Health: we built a tool together") == ["Ministry of Health"]


def test_places_and_plural_kinds_are_not_named() -> None:
    assert _is_place("Balboa Park", ["Balboa", "Park"])
    assert _is_place("Mozambique", ["Mozambique"])
    assert not _is_place("Science Technology Park", ["Science", "Technology", "Park"])
    assert not _is_place("UNICEF", ["UNICEF"])
    assert _names("Colegios públicos en Natalio, Empresas ubicadas en Natalio") == []
    assert _names("Science Technology Park") == ["Science Technology Park"]


def test_partners_only_interested_are_not_partners() -> None:
    text = (
        "We worked closely with the Ministry of Environment on the pilot. UNICEF, WHO and "
        "FAO expressed interests in joining the next phase."
    )
    assert _names(text) == ["Ministry of Environment"]
