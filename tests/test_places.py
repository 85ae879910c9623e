"""World place names (graphkit.places): cities and subdivisions are not partners."""

from __future__ import annotations

from partner_pages import answer, make_page

from graphkit.partners import extract_partners
from graphkit.places import is_place_name


def test_cities_and_subdivisions_are_places_and_bodies_are_not():
    assert is_place_name("Buenos Aires")
    assert is_place_name("Alta Verapaz")
    assert is_place_name("sarajevo")
    assert not is_place_name("Ministry of Health")
    assert not is_place_name("")


def test_a_place_read_from_prose_is_not_a_partner():
    page = make_page(
        (),
        [
            answer(
                "We worked with the Ministry of Health. Sarajevo hosted the workshops.",
                "government",
            )
        ],
        file="p.md",
    )
    names = {m.name for m in extract_partners(page, None) if m.named}
    assert names == {"Ministry of Health"}
