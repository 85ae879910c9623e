"""The typed records the reader produces: a page, its sections, questions and partner groups.

Records are frozen and hold normalised text only (entities decoded, invisible characters
and base64 images removed, 'NA'/'N/A'/'None' answers turned into '').
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Question:
    """One `> question` line of a page and the answer written under it."""

    section: str  # the section heading it stands under ('' before the first heading)
    text: str  # the question, normalised ('' for an unlabelled group)
    answer: str  # the answer, normalised; '' when empty
    line: int  # 1-based line number of the question in the file
    group: int | None = None  # index of the `<div class="group">` block, None outside groups


@dataclass(frozen=True, slots=True)
class Section:
    """A `## heading` and the free text under it that answers no question."""

    title: str
    line: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class PartnerGroup:
    """A structured partner entry of a learning plan or closing form (one name field)."""

    name: str  # the raw name field (may list several organisations)
    sector: str = ""  # the report's own sector answer, raw ('' when empty)
    description: str = ""
    new_unusual: bool | None = None  # None when unanswered
    line: int = 0  # line of the name question


@dataclass(frozen=True, slots=True)
class PartnerAnswer:
    """A free-text answer that names partners (closing forms, experiments)."""

    sector_hint: str  # government|civil_society|academia|private|un|new_unusual|any
    text: str
    question: str
    line: int


@dataclass(frozen=True, slots=True)
class Page:
    """One SDG Commons page, read and normalised."""

    file: str  # the file name (no folder)
    sha256: str  # of the raw bytes
    doc_type: str  # the [[type:...]] tag ('learningplan', 'solution', ...)
    form: str  # form variant: see reader.FORMS
    title: str  # cleaned label (no leading bullets, no trailing '…')
    title_truncated: bool
    year: int | None
    countries: tuple[str, ...]  # raw country tags, in page order, de-duplicated
    latlng: tuple[float, float] | None
    focal_point: str | None  # e-mail: personal data, never published by default
    tags: tuple[tuple[str, tuple[str, ...]], ...]  # every [[key:value]], keys in page order
    sections: tuple[Section, ...]
    questions: tuple[Question, ...]
    text: str  # the normalised body (headings, questions and answers, free text)
    images_removed: int = 0  # base64 data: images dropped from the text
    # Form-specific views, filled by the reader from the questions:
    fields: tuple[tuple[str, str], ...] = ()  # (field name, value), see reader.FIELDS
    learning_questions: tuple[str, ...] = ()
    stage_shares: tuple[tuple[str, float], ...] = ()  # (Sense|Explore|Test|Grow, percent)
    partner_groups: tuple[PartnerGroup, ...] = ()
    partner_answers: tuple[PartnerAnswer, ...] = ()
    _tag_index: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def tag(self, key: str) -> tuple[str, ...]:
        """All values of one tag key, in page order (empty when absent)."""
        if not self._tag_index and self.tags:
            self._tag_index.update(self.tags)
        return self._tag_index.get(key, ())

    def field(self, name: str) -> str:
        """One form field's value ('' when the page has none)."""
        for key, value in self.fields:
            if key == name:
                return value
        return ""

    def fields_of(self, name: str) -> tuple[str, ...]:
        """Every value of a repeated form field, in page order (empty when absent)."""
        return tuple(value for key, value in self.fields if key == name)

    def to_dict(self, *, max_text: int | None = 50_000) -> dict[str, Any]:
        """Plain JSON-able data: tags and fields as {name: [values]}, records as dicts.

        `text` is cut to `max_text` characters (None: whole) so that a long blog stays a
        readable document; `text_chars` keeps the full length.
        """
        fields: dict[str, list[str]] = {}
        for key, value in self.fields:
            fields.setdefault(key, []).append(value)
        return {
            "file": self.file,
            "sha256": self.sha256,
            "doc_type": self.doc_type,
            "form": self.form,
            "title": self.title,
            "title_truncated": self.title_truncated,
            "year": self.year,
            "countries": list(self.countries),
            "latlng": list(self.latlng) if self.latlng else None,
            "focal_point": self.focal_point,
            "tags": {key: list(values) for key, values in self.tags},
            "images_removed": self.images_removed,
            "fields": fields,
            "learning_questions": list(self.learning_questions),
            "stage_shares": {stage: share for stage, share in self.stage_shares},
            "partner_groups": [asdict(group) for group in self.partner_groups],
            "partner_answers": [asdict(answer) for answer in self.partner_answers],
            "sections": [asdict(section) for section in self.sections],
            "questions": [asdict(question) for question in self.questions],
            "text_chars": len(self.text),
            "text": self.text if max_text is None else self.text[:max_text],
        }
