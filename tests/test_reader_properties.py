"""Property tests: any text never crashes the reader and never loses a tag."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.normalize import normalize_text, normalize_value
from graphkit.reader import parse_page

# Lines that look like page structure, mixed with arbitrary text.
_STRUCTURE = st.sampled_from(
    [
        "# Title", "## Section", "> Question?", "> ", '<div class="group">', "</div>",
        "> Please state the name of the Parter:", "> Is this a new and unusual partner for UNDP?",
        "> Sense", "> Learning question: What is your learning question?", "[[", "]]", "[[x:",
        "![](data:image/png;base64,AAAA", "&amp;amp;", "\u00a0", "\u200b", "\r", "…", "NA",
    ]
)  # fmt: skip
_LINES = st.lists(st.one_of(st.text(max_size=40), _STRUCTURE), max_size=25)
_KEY = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
_VALUE = st.text(
    alphabet=st.characters(blacklist_characters="[]:\n", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=30,
).filter(lambda v: normalize_value(v) != "")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_never_crashes(text: str) -> None:
    page = parse_page(text)
    assert isinstance(page.text, str)
    assert all(q.line >= 1 for q in page.questions)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LINES, st.lists(st.tuples(_KEY, _VALUE), min_size=1, max_size=5), st.data())
def test_tags_are_never_lost(
    lines: list[str], tags: list[tuple[str, str]], data: st.DataObject
) -> None:
    for key, value in tags:
        where = data.draw(st.integers(min_value=0, max_value=len(lines)))
        lines.insert(where, f"[[{key}:{value}]]")
    page = parse_page("\n".join(lines))
    for key, value in tags:
        assert normalize_value(normalize_text(value)) in page.tag(key), (key, value)


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_question_lines_point_at_question_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    page = parse_page(text)
    raw_lines = text.replace("\r\n", "\n").split("\n")
    for question in page.questions:
        assert normalize_text(raw_lines[question.line - 1]).strip().startswith(">")
