"""Small Page records for partner tests: a page around some partner groups and answers."""

from __future__ import annotations

from typing import Any

from graphkit.page import Page, PartnerAnswer, PartnerGroup


def make_page(
    groups: tuple[PartnerGroup, ...] | list[PartnerGroup] = (),
    answers: tuple[PartnerAnswer, ...] | list[PartnerAnswer] = (),
    **fields: Any,
) -> Page:
    """A page holding only partner data (defaults: a Moroccan learning plan)."""
    record: dict[str, Any] = dict(
        file="x.md",
        sha256="",
        doc_type="learningplan",
        form="",
        title="",
        title_truncated=False,
        year=None,
        countries=("Morocco",),
        latlng=None,
        focal_point=None,
        tags=(),
        sections=(),
        questions=(),
        text="",
        partner_groups=tuple(groups),
        partner_answers=tuple(answers),
    )
    record.update(fields)
    if "tags" in fields:
        record["tags"] = tuple(fields["tags"])
    return Page(**record)


def group(name: str, line: int = 1) -> PartnerGroup:
    """A structured partner entry with only its name filled in."""
    return PartnerGroup(name=name, sector="", description="", new_unusual=None, line=line)


def answer(text: str, hint: str, line: int = 5) -> PartnerAnswer:
    """A free-text partner answer."""
    return PartnerAnswer(question="Which partners?", sector_hint=hint, text=text, line=line)


class FixedTagger:
    """A stand-in for the CRF tagger that marks given names wherever they stand."""

    def __init__(self, *names: str) -> None:
        self._names = names

    def names(self, text, source, kind, rules):  # noqa: ANN001, ANN201 - the Tagger protocol
        return [(n, text.find(n), text.find(n) + len(n)) for n in self._names if n in text]


def tagged_named(page: Page, *spans: str) -> list:
    """The named partners of a page when a stand-in tagger marks these spans."""
    from graphkit.partners import extract_partners
    from graphkit.partners.extract import Models

    return [m for m in extract_partners(page, Models(FixedTagger(*spans), None)) if m.named]
