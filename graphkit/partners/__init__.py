"""Partners: mentions extracted from pages, their sectors, and one node per organisation."""

from __future__ import annotations

from graphkit.partners.extract import PartnerMention, extract_partners
from graphkit.partners.names import split_names
from graphkit.partners.resolve import (
    Organisation,
    PartnerKey,
    canonical_label,
    known_organisation,
    normalise_name,
    organisations,
    partner_key,
)
from graphkit.partners.sectors import SECTORS, sector_from_answer, sector_from_name, sector_of
from graphkit.partners.verdict import is_named

__all__ = [
    "SECTORS",
    "Organisation",
    "PartnerKey",
    "PartnerMention",
    "canonical_label",
    "extract_partners",
    "is_named",
    "known_organisation",
    "normalise_name",
    "organisations",
    "partner_key",
    "sector_from_answer",
    "sector_from_name",
    "sector_of",
    "split_names",
]
