"""Read SDG Commons page files into `Page` records: tags, sections, questions and form views.

A page is markdown-ish text: a `# title`, `[[key:value]]` tags (anywhere, sometimes before the
title), `## Section` headings, `> question` lines followed by their answers, and
`<div class="group">` blocks that each hold one question (structured partner entries, stage
shares). The reader keys everything on the English `> question` text, never on headings
(about 20 plans have French or Spanish headings over English questions).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from graphkit.errors import PageError
from graphkit.normalize import (
    clean_answer,
    collapse_spaces,
    normalize_text,
    normalize_value,
    strip_data_images,
    strip_inline_html,
)
from graphkit.page import Page, PartnerAnswer, PartnerGroup, Question, Section

__all__ = ["FIELDS", "FORMS", "iter_page_files", "parse_page", "read_page", "read_pages"]

FORMS: tuple[str, ...] = (
    "learningplan-2021",  # 2021-2025 plans: Title | Challenge statement | ... | Closing
    "learningplan-hybrid",  # a plan and its closing report in one page (a few of 2021)
    "learningplan-other",  # a learning plan page with neither form's questions
    "closing-2022",  # closing report: insights, barriers, stage shares, free-text partners
    "closing-2023",  # closing report: structured partner groups, handover questions
    "experiment",
    "solution",
    "blog",
    "publication",
    "story",
    "tool",
    "skill",
    "tactic",
    "principle",
    "other",
)

_F, _LQ, _NAME, _SECTOR, _DESC, _NEW, _ANSWER, _MARK = (
    "field", "learning_question", "partner_name", "partner_sector", "partner_description",
    "partner_new", "partner_answer", "marker",
)  # fmt: skip

# (question prefix, lower-cased with straight quotes) -> (kind, name). Longer prefixes first
# where one prefix starts another; a prefix ending in '$' is the whole question. Typos are the
# forms' own ("Parter", "did you chose").
_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    # 2021/2022 action learning plan
    ("please provide a name for your action learning plan", _F, "plan_title"),
    ("challenge type:", _F, "challenge_type"),
    ("challenge statement:", _F, "challenge_statement"),
    ("background:", _F, "background"),
    ("quantitative evidence:", _F, "quantitative_evidence"),
    ("qualitative evidence:", _F, "qualitative_evidence"),
    ("value proposition:", _F, "value_proposition"),
    ('short "tweet" summary', _F, "summary"),
    ("short tweet summary", _F, "summary"),
    ("early leads to grow", _F, "early_leads"),
    ("existing data gaps:", _F, "data_gaps"),
    ("usage of methods:", _F, "methods_usage"),
    ("to what stage(s) in the learning cycle", _F, "learning_question_stage"),
    ("learning question:", _LQ, "learning_question"),
    ("who are your top 5 partners", _MARK, "partners_plan"),
    # closing reports
    ("what are the top 5 key insights", _F, "insights"),
    ("what are the top key insights", _F, "insights"),
    ("please paste the link(s) to the blog(s)", _F, "blog_links"),
    ("please paste any link(s) to blog(s)", _F, "blog_links"),
    ("did you experience any barriers", _F, "barriers"),
    ("for this frontier challenge, how much of your time", _MARK, "stages"),
    ("for this learning challenge, how much of your time", _MARK, "stages"),
    ("relating to your types of data, why did you", _F, "data_rationale"),
    ("why was it necessary to apply the above innovation method", _F, "methods_rationale"),
    ("bonus question: how did the interplay", _F, "bonus_interplay"),
    ("considering the outcomes of this learning challenge", _F, "handover"),
    ("can you provide more detail on your handover", _F, "handover_detail"),
    ("please indicate what partners you have actually worked with", _MARK, "partners_closing"),
    ("please upload any further supporting evidence", _MARK, "evidence"),
    ("end of action learning plan", _MARK, "end"),
    ("the closing form saves automatically", _MARK, "end"),
    ("if applicable, what government partners", _ANSWER, "government"),
    ("if applicable, what civil society", _ANSWER, "civil_society"),
    ("if applicable, what academic partners", _ANSWER, "academia"),
    ("if applicable, what private sector partners", _ANSWER, "private"),
    ("if applicable, which un internal partners", _ANSWER, "un"),
    ("if applicable, what un internal partners", _ANSWER, "un"),
    ("relating to your answers above: who of the partners listed were new", _ANSWER, "new_unusual"),
    # structured partner groups (plans and 2023 closing forms)
    ("please state the name of the parter", _NAME, ""),
    ("please state the name of the partner", _NAME, ""),
    ("what sector does our partner belong to", _SECTOR, ""),
    ("what sector does your partner belong to", _SECTOR, ""),
    ("please provide a brief description of the collaboration", _DESC, ""),
    ("please provide a brief description of the partnership", _DESC, ""),
    ("is this a new and unusual partner", _NEW, ""),
    # experiments
    ("name of the experimental activity", _F, "activity_name"),
    ("prepared by", _MARK, "prepared_by"),
    ("on date", _MARK, "date"),
    ("current status of experimental activity", _F, "experiment_status"),
    ("what portfolio does this activity correspond to", _F, "portfolio"),
    ("what is the frontier challenge", _F, "frontier_challenge"),
    ("what is the learning question", _F, "learning_question"),
    ("what action learning plan is this activity related to", _F, "related_plan"),
    ("please categorize the type that best identifies", _F, "experiment_type"),
    ("which sector are you partnering with", _F, "partnering_sectors"),
    ("if you worked with partners, please choose what sector", _F, "partnering_sectors"),
    ("please list the names of partners mentioned", _ANSWER, "any"),
    ("partners$", _ANSWER, "any"),  # solutions mapped by a lab ('> Partners', whole)
    ("what is the specific learning intent", _F, "learning_intent"),
    ("what is the learning intent of the activity", _F, "learning_intent"),
    ("what is your hypothesis", _F, "hypothesis"),
    ("hypothesis: if", _F, "hypothesis"),
    ("does the activity use a control group", _F, "control_group"),
    ("how is the intervention assigned", _F, "assignment"),
    ("describe which actions", _F, "actions"),
    ("what is the unit of analysis", _F, "unit_of_analysis"),
    ("please describe the data collection technique", _F, "data_collection"),
    ("what is the timeline of the experimental activity", _F, "timeline"),
    ("what is the estimated sample size", _F, "sample_size"),
    ("what is the total estimated monetary resources", _F, "total_cost"),
    ("what was the approximate total budget", _F, "total_cost"),
    ("what are the resources required for this experiment", _F, "resources"),
    ("what are the estimated non- monetary resources", _F, "non_monetary_resources"),
    ("what are the estimated non-monetary resources", _F, "non_monetary_resources"),
    ("quality check", _MARK, "quality_check"),
    ("was the original hypothesis", _F, "hypothesis_result"),
    ("what were the actual monetary resources", _F, "actual_cost"),
    ("from design to results, how long", _F, "duration"),
    ("what was the total time it took to implement", _F, "duration"),
    ("time it took to implement", _F, "duration"),
    ("what were the main obstacles and challenges", _F, "obstacles"),
    ("what surprised you", _F, "surprises"),
    ("what do you know now about the action plan learning question", _F, "learnings"),
    ("what are the most important learning outcomes", _F, "learnings"),
    ("what were the key insights of this experiment", _F, "learnings"),
    ("what were the key results", _F, "results"),
    ("does this activity have a follow up", _F, "next_stage"),
    ("is this experiment planned to scale", _F, "scaling"),
    ("what advice would you give someone wanting to replicate", _F, "replication_advice"),
    ("did this experiment require iterations", _F, "iterations"),
    ("can this experiment be replicated", _F, "replicability"),
    ("do you have observations about the methodology", _F, "methodology_notes"),
    ("any observations about the methodology", _F, "methodology_notes"),
    ("describe the methodology of the experimental activity", _F, "methodology"),
    ("what is the object being tested", _F, "object_tested"),
    ("who outside undp might benefit", _F, "beneficiaries_outside_undp"),
    ("who at undp might benefit", _F, "beneficiaries_undp"),
    ('how much the "sense" and "explore" phases', _F, "sense_explore_influence"),
    ("considering the outcomes of this experimental activity", _F, "follow_up"),
    ("please upload any supporting images", _MARK, "images"),
    ("please include any supporting images", _MARK, "images"),
    ("please include supporting images", _MARK, "images"),
    ("reviewer's name", _MARK, "reviewer"),
    ("please upload any supporting links", _F, "supporting_links"),
    ("please add any supporting links", _F, "supporting_links"),
    ("please include supporting links", _F, "supporting_links"),
)

FIELDS: tuple[str, ...] = tuple(
    dict.fromkeys(name for _, kind, name in _QUESTIONS if kind in (_F, _LQ))
)

_STAGES = {"sense": "Sense", "explore": "Explore", "test": "Test", "grow": "Grow"}
_PLAN_FIELDS = frozenset(
    {"plan_title", "challenge_statement", "background", "value_proposition", "summary",
     "early_leads", "quantitative_evidence", "qualitative_evidence"}
)  # fmt: skip
_CLOSING_FIELDS = frozenset(
    {"insights", "barriers", "blog_links", "data_rationale", "methods_rationale",
     "bonus_interplay", "handover", "handover_detail"}
)  # fmt: skip
_FORM_OF_TYPE = {
    "experiment": "experiment", "experiments": "experiment",
    "solution": "solution", "solutions": "solution",
    "blog": "blog", "blogs": "blog",
    "publication": "publication", "publications": "publication",
    "story": "story", "stories": "story",
    "tool": "tool", "tools": "tool",
    "skill": "skill", "skills": "skill",
    "tactic": "tactic", "tactics": "tactic",
    "principle": "principle", "principles": "principle",
}  # fmt: skip
# Experiment answers left empty whose value the platform kept as a tag.
_TAG_FALLBACKS = {
    "control_group": "control_group",
    "assignment": "assignment_type",
    "total_cost": "total_cost",
    "sample_size": "sample_size",
    "experiment_status": "experiment_status",
    "experiment_type": "experiment_type",
    "partnering_sectors": "partnering_sector",
}

# A tag value never holds `[[` or `]]`, so an unclosed `[[x:` cannot swallow the next tag;
# keys start with a letter, which leaves interview timestamps like `[[19:29]]` in the text.
_TAG = re.compile(r"\[\[([A-Za-z][A-Za-z0-9_]*):([^\[\]]*(?:(?:\[(?!\[)|\](?!\]))[^\[\]]*)*)\]\]")
_TYPE_TAG = re.compile(r"^\[\[type:([^\]\r\n]*)\]\]", re.M)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")
_TITLE_NOISE = re.compile(r"^(?:\s+|[-–—•·*▪●◦‣⁃✓>|]+|#+(?=\s|$)|\d{1,2}[.)](?=\s))+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BULLET = re.compile(r"^(?:[-•*·▪]|\d{1,2}[.)])\s+")
_PLEASE_NOTE = re.compile(r"^please note: we ask you to only submit[^\n]*(?:\n|$)", re.I)
_YES = frozenset({"yes", "y", "oui", "sí", "si", "sim", "true", "да", "نعم"})
_NO = frozenset({"no", "n", "non", "not", "não", "nao", "false", "нет", "لا"})
_GROUP_OPEN = '<div class="group">'


@lru_cache(maxsize=8192)
def _classify(question: str) -> tuple[str, str] | None:
    """(kind, name) of a known form question, None for any other question."""
    key = " ".join(question.lower().replace("\\n", " ").split())
    key = key.replace("“", '"').replace("”", '"').replace("’", "'")
    for prefix, kind, name in _QUESTIONS:
        whole = prefix.endswith("$")  # a question matched whole, not by its start
        if key == prefix[:-1] if whole else key.startswith(prefix):
            return kind, name
    return None


def _is_name_field(question: str) -> bool:
    """Whether the question asks for a structured partner group's name."""
    known = _classify(question)
    return known is not None and known[0] == _NAME


def _squeeze(text: str) -> str:
    """At most one blank line in a row (str.replace beats a regex on megabytes of newlines)."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def _stage_of(question: str) -> str | None:
    return _STAGES.get(question.strip(" :%").lower())


class _Q:
    """A question being read: its answer lines grow until the next question, heading or group."""

    __slots__ = ("answer", "group", "line", "section", "text")

    def __init__(self, section: str, text: str, line: int, group: int | None) -> None:
        self.section = section
        self.text = text
        self.line = line
        self.group = group
        self.answer: list[str] = []

    def freeze(self) -> Question:
        answer = clean_answer(_squeeze("\n".join(self.answer)))
        return Question(self.section, self.text, answer, self.line, self.group)


def _clean_title(raw: str) -> tuple[str, bool]:
    """Strip leading bullets/dashes/numbering/`#` noise and a trailing '…' (remembered)."""
    title = _TITLE_NOISE.sub("", normalize_value(raw))
    truncated = False
    while title.endswith(("…", "...")):
        truncated = True
        title = title[:-1] if title.endswith("…") else title[:-3]
        title = title.rstrip()
    return title.strip(), truncated


def _list_value(value: str) -> str:
    """A short bulleted answer ('- Yes', '- No') as 'Yes; No'; any other answer as is."""
    lines = [line for line in value.split("\n") if line.strip()]
    if not lines or len(lines) > 12:
        return value
    items = []
    for line in lines:
        match = _BULLET.match(line)
        if not match or len(line) > 160:
            return value
        items.append(line[match.end() :].strip())
    return "; ".join(item for item in items if item)


def _yes_no(answer: str) -> bool | None:
    words = _BULLET.sub("", answer.strip()).lower().replace(",", " ").replace(".", " ").split()
    if not words:
        return None
    if words[0] in _YES:
        return True
    if words[0] in _NO:
        return False
    return None


def _challenge_type(value: str) -> str:
    # The form's own instructions ("Please note: we ask you to only submit...") follow the
    # question as if they were the answer.
    value = _PLEASE_NOTE.sub("", value).strip()
    if not value:
        return ""
    low = value.lower()
    big, exploratory = "big bet" in low, "exploratory" in low or "exploratoire" in low
    if big and not exploratory:
        return "big bet"
    if exploratory and not big:
        return "exploratory"
    return value


def _parse_float(text: str) -> float | None:
    match = _NUMBER.search(text)
    if not match:
        return None
    return float(match.group().replace(",", "."))


def _parse_latlng(values: tuple[str, ...]) -> tuple[float, float] | None:
    for value in values:
        parts = value.replace(";", ",").split(",")
        if len(parts) != 2:
            continue
        try:
            lat, lng = float(parts[0]), float(parts[1])
        except ValueError:
            continue
        if -90.0 <= lat <= 90.0 and -180.0 <= lng <= 180.0:
            return lat, lng
    return None


def _parse_year(index: dict[str, list[str]]) -> int | None:
    for key in ("year", "date"):
        for value in index.get(key, ()):
            match = _YEAR.search(value)
            if match:
                return int(match.group())
    return None


def _form_of(doc_type: str, names: set[str]) -> str:
    kind = doc_type.strip().lower()
    if kind.startswith("learningplan") or kind.startswith("learning plan"):
        plan = bool(names & _PLAN_FIELDS)
        closing = bool(names & _CLOSING_FIELDS) or "closing_partners" in names
        if plan and closing:
            return "learningplan-hybrid"
        if closing:
            modern = {"handover", "handover_detail", "partners_closing", "insights_2023"}
            return "closing-2023" if names & modern else "closing-2022"
        return "learningplan-2021" if plan else "learningplan-other"
    return _FORM_OF_TYPE.get(kind, "other")


def parse_page(text: str, *, file: str = "<text>", sha256: str = "") -> Page:
    """Parse the text of one page (already decoded) into a `Page`; never raises on odd text."""
    text, images = strip_data_images(text)
    first_type = _TYPE_TAG.search(text)
    text = normalize_text(text, collapse_spaces=False)

    tags: dict[str, list[str]] = {}

    def _take_tag(match: re.Match[str]) -> str:
        key = match.group(1).lower()
        value = " ".join(match.group(2).split())
        values = tags.setdefault(key, [])
        if value and value not in values:
            values.append(value)
        return "\n" * match.group().count("\n")

    body = _TAG.sub(_take_tag, text) if "[[" in text else text
    tag_index = {key: values for key, values in tags.items() if values}
    doc_type = first_type.group(1) if first_type else ""
    if not first_type and tag_index.get("type"):
        doc_type = tag_index["type"][0]
    kind = doc_type.strip().lower()
    lenient = kind.startswith(("learningplan", "experiment"))
    # Blogs, publications and stories are prose: their `>` lines are quotes, not questions.
    prose = _FORM_OF_TYPE.get(kind) in ("blog", "publication", "story")

    title: str | None = None
    sections: list[Section] = []
    sec_title, sec_line = "", 0  # free text before the first heading belongs to no section
    sec_text: list[str] = []
    questions: list[Question] = []
    current: _Q | None = None
    in_group = False
    group = -1
    out: list[str] = []

    def _close_section() -> None:
        if sec_line:
            joined = _squeeze("\n".join(sec_text)).strip()
            sections.append(Section(sec_title, sec_line, joined))

    for number, raw in enumerate(body.split("\n"), 1):
        line = raw.strip()
        spaced = line  # before runs of spaces collapse (partner name fields read them)
        if "  " in line:
            line = collapse_spaces(line)
        if not line:
            if out and out[-1]:
                out.append("")
                if current is not None:
                    current.answer.append("")
                elif sec_line:
                    sec_text.append("")
            continue
        first = line[0]
        if first == "#":
            if title is None and (line.startswith("# ") or line == "#"):
                title = line[1:]
                out.append(line[1:].strip())
                continue
            if line.startswith("##") and not line.startswith("###"):
                if current is not None:
                    questions.append(current.freeze())
                    current = None
                _close_section()
                sec_title, sec_line, sec_text = " ".join(line[2:].split()), number, []
                in_group = False
                out.append(sec_title)
                continue
        elif first == "<":
            low = line.lower()
            if low.startswith(_GROUP_OPEN):
                if current is not None:
                    questions.append(current.freeze())
                    current = None
                in_group = True
                group += 1
                line = line[len(_GROUP_OPEN) :].strip()
                if not line:
                    continue
            elif low == "</div>":
                if current is not None:
                    questions.append(current.freeze())
                    current = None
                in_group = False
                continue
            line = strip_inline_html(line)
            if not line:
                continue
        elif first == ">" and (prose or line.startswith(">>")):
            line = line.lstrip("> ")
            if not line:
                continue
        elif first == ">":
            asked = line[1:].strip()
            # A blockquote inside a form answer ("> Innovative monitoring methods can ...")
            # is answer text: outside groups, only known questions and lines that read like
            # one ('?' or ':' at the end, 'Please ...') are questions.
            if (
                in_group
                or not lenient
                or current is None
                or not asked
                or asked.endswith(("?", ":"))
                or asked.startswith("Please ")
                or _classify(asked) is not None
            ):
                if current is not None:
                    questions.append(current.freeze())
                if clean_answer(asked) == "":
                    asked = ""
                current = _Q(sec_title, asked, number, group if in_group else None)
                out.append(asked)
                continue
            line = asked
        if "<" in line:
            line = strip_inline_html(line)
        if current is not None:
            if (
                "  " in spaced
                and collapse_spaces(spaced) == line  # nothing else rewrote the line
                and _is_name_field(current.text)
            ):
                # A partner name field whose line breaks the form kept only as a no-break
                # space before a space ('Royal Civil Service Commission&nbsp; Gross National
                # Happiness Commission'): one name per line.
                current.answer.extend(re.split(r" {2,}", spaced))
            else:
                current.answer.append(line)
        elif sec_line:
            sec_text.append(line)
        out.append(line)
    if current is not None:
        questions.append(current.freeze())
    _close_section()

    fields, learning_questions, stage_shares, groups, answers, seen = _form_views(questions)
    if doc_type.strip().lower().startswith("experiment"):
        present = {name for name, _ in fields}
        for name, key in _TAG_FALLBACKS.items():
            if name not in present and tag_index.get(key):
                fields.append((name, "; ".join(tag_index[key])))

    clean, truncated = _clean_title(title or "")
    if not clean:
        fallback = next((value for name, value in fields if name == "plan_title"), "")
        clean, truncated = _clean_title(
            fallback.split("\n")[0] or Path(file).stem.replace("_", " ")
        )

    countries = tuple(tag_index.get("country", ()))
    focal = tag_index.get("focal_point")
    return Page(
        file=Path(file).name,
        sha256=sha256,
        doc_type=doc_type,
        form=_form_of(doc_type, seen),
        title=clean,
        title_truncated=truncated,
        year=_parse_year(tag_index),
        countries=countries,
        latlng=_parse_latlng(tuple(tag_index.get("latlng", ()))),
        focal_point=focal[0] if focal else None,
        tags=tuple((key, tuple(values)) for key, values in tag_index.items()),
        sections=tuple(sections),
        questions=tuple(questions),
        text=_squeeze("\n".join(out)).strip(),
        images_removed=images,
        fields=tuple(fields),
        learning_questions=tuple(learning_questions),
        stage_shares=tuple(stage_shares),
        partner_groups=tuple(groups),
        partner_answers=tuple(answers),
        _tag_index={key: tuple(values) for key, values in tag_index.items()},
    )


def _form_views(
    questions: list[Question],
) -> tuple[
    list[tuple[str, str]],
    list[str],
    list[tuple[str, float]],
    list[PartnerGroup],
    list[PartnerAnswer],
    set[str],
]:
    """Fields, learning questions, stage shares and partner entries from the questions."""
    fields: list[tuple[str, str]] = []
    learning: list[str] = []
    shares: list[tuple[str, float]] = []
    groups: list[PartnerGroup] = []
    answers: list[PartnerAnswer] = []
    seen: set[str] = set()
    partner: dict[str, object] | None = None
    in_stages = False

    def _close_partner() -> None:
        if partner is not None and (
            partner["name"] or partner["sector"] or partner["description"]
            or partner["new_unusual"] is not None
        ):  # fmt: skip
            groups.append(PartnerGroup(**partner))  # type: ignore[arg-type]

    count = len(questions)
    for index, question in enumerate(questions):
        stage = _stage_of(question.text) if in_stages else None
        if stage is not None:
            share = _parse_float(question.answer) if question.answer else None
            if share is not None:
                shares.append((stage, share))
            continue
        in_stages = False
        kind_name = _classify(question.text) if question.text else None
        if kind_name is None:
            continue
        kind, name = kind_name
        if kind in (_F, _LQ):
            # An answer may sit in the unlabelled groups right after its question
            # ("Quantitative evidence: ..." then `<div class="group">` `> ` the answer).
            parts = [question.answer] if question.answer else []
            follow = index + 1
            while (
                follow < count
                and not questions[follow].text
                and questions[follow].group is not None
            ):
                if questions[follow].answer:
                    parts.append(questions[follow].answer)
                follow += 1
            value = "\n\n".join(parts)
            if name == "challenge_type":
                value = _challenge_type(value)
            elif value and name not in ("insights", "barriers", "background"):
                value = _list_value(value)
            seen.add(name)
            if question.text.lower().startswith("what are the top key insights"):
                seen.add("insights_2023")
            if value:
                fields.append((name, value))
                if kind == _LQ:
                    learning.append(value)
        elif kind == _MARK:
            seen.add(name)
            in_stages = name == "stages"
        elif kind == _ANSWER:
            if name != "any":
                seen.add("closing_partners")
            if question.answer:
                answers.append(PartnerAnswer(name, question.answer, question.text, question.line))
        elif kind == _NAME:
            _close_partner()
            partner = {"name": question.answer, "sector": "", "description": "",
                       "new_unusual": None, "line": question.line}  # fmt: skip
        else:
            if partner is None:
                partner = {"name": "", "sector": "", "description": "",
                           "new_unusual": None, "line": question.line}  # fmt: skip
            if kind == _SECTOR:
                partner["sector"] = _list_value(question.answer) if question.answer else ""
            elif kind == _DESC:
                partner["description"] = question.answer
            else:
                partner["new_unusual"] = _yes_no(question.answer)
    _close_partner()
    return fields, learning, shares, groups, answers, seen


def _reject(path: Path, reason: str, line: int | None = None) -> PageError:
    return PageError(str(path), reason, line)


def read_page(path: Path | str, *, data: bytes | None = None) -> Page:
    """Read one page file (or its bytes, already read) into a `Page`; PageError if it is none."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _reject(path, f"unreadable: {exc.strerror or exc}") from None
    if not data:
        raise _reject(path, "empty file")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _reject(path, f"binary file (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start]
        raise _reject(
            path, f"not UTF-8: invalid byte 0x{byte:02x} at offset {exc.start} (line {line})", line
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise _reject(path, "empty file (whitespace only)")
    if _CONTROL.search(text):
        controls = len(_CONTROL.findall(text))
        if controls * 10 > len(text):
            raise _reject(path, f"binary file ({controls} control characters in {len(text)})")
    if not _TAG.search(text):
        raise _reject(path, "no [[key:value]] tag: not an SDG Commons page")
    return parse_page(text, file=path.name, sha256=hashlib.sha256(data).hexdigest())


def read_pages(
    paths: Iterable[Path | str], *, on_error: Callable[[PageError], None] | None = None
) -> Iterator[Page]:
    """Read pages one by one; a bad file goes to `on_error` and reading goes on (raises if None)."""
    for path in paths:
        try:
            page = read_page(path)
        except PageError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        yield page


def iter_page_files(sources: Iterable[Path | str] | Path | str) -> list[Path]:
    """The page files of SOURCES (files, or folders one level deep), sorted, hidden ones skipped."""
    if isinstance(sources, (str, Path)):
        sources = [sources]
    files: list[Path] = []
    seen: set[Path] = set()
    for source in sources:
        source = Path(source)
        if source.is_dir():
            found = sorted(
                (p for p in source.iterdir() if not p.name.startswith(".") and p.is_file()),
                key=lambda p: p.name,
            )
        elif source.exists():
            found = [source]
        else:
            raise PageError(str(source), "no such file or folder")
        for path in found:
            if path not in seen:
                seen.add(path)
                files.append(path)
    return files
