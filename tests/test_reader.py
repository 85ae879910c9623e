"""The reader: one page file -> one Page, for every form variant; bad files rejected clearly."""

# ruff: noqa: E501, W291  (the fixtures quote the platform's long form questions verbatim)

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.errors import PageError
from graphkit.reader import FIELDS, FORMS, iter_page_files, parse_page, read_page, read_pages

PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

PLAN_2021 = """# Cleaner air for market streets

[[focal_point:lab.test@example.org]]

[[year:2021]]

[[type:learningplan]]

[[methods:Ethnography]]
[[country:Kenya]]
[[latlng:-1.28,36.82]]
## Title

> Please provide a name for your action learning plan.

Market air

## Challenge statement

> Challenge type: If you are working on multiple challenges, please indicate if this is your "big bet" or "exploratory" challenge. 

Please note: we ask you to only submit a maximum of 3 challenges - 1x Big Bet, 2x Exploratory. Each challenge must be submitted individually.

This is our BIG BET

> Challenge statement: What is your challenge? (Please answer in specific terms: "Our challenge is that...”.)

Our challenge is that traders breathe smoke all day.

> Quantitative evidence: What (official) data sources do you have on this challenge that better exemplifies the importance and urgency of this frontier challenge? You can add text, a link, or a picture.


<div class="group">


> 

Sensors show PM2.5 four times the guideline.




</div>


> Short “tweet” summary: We would like to tweet what you are working on, can you summarize your challenge in a maximum of 280 characters?

N/A

## Partners

> Who are your top 5 partners for this challenge? Please submit from MOST to LEAST important and state Name, Sector and a brief description of the (intended) collaboration.


<div class="group">


> Please state the name of the Parter:

Traders' Welfare Group




</div>



<div class="group">


> What sector does our partner belong to?


</div>



<div class="group">


> Please provide a brief description of the collaboration.

Hosts the sensors.




</div>



<div class="group">


> Is this a new and unusual partner for UNDP?

Yes


</div>



<div class="group">


> Please state the name of the Parter:

City Council




</div>



<div class="group">


> What sector does our partner belong to?

- Government


</div>



<div class="group">


> Is this a new and unusual partner for UNDP?

no


</div>



<div class="group">


> Please state the name of the Parter:




</div>

## Learning questions

> Learning question: What is your learning question for this challenge? What do you need to know or understand to work on your challenge statement?

Which stoves do traders adopt?

> To what stage(s) in the learning cycle does your learning question relate?

- Sense
- Explore

> Usage of methods: Relating to your choice above, how will you use your methods &amp; tools for this learning question? What value do these add in answering your learning question?

> Innovative methods can show what traders value
> and what they fear

## Learning questions

> Learning question: What is your learning question for this challenge? What do you need to know or understand to work on your challenge statement?

Who pays for clean stoves?
"""

CLOSING_2022 = """# -        Riders reach the villages first -        Radio works…

[[focal_point:lab.test@example.org]]

[[year:2022]]

[[type:learningplan]]

[[country:Kenya]]
[[latlng:-1.28,36.82]]
## Learnings on your challenge

> What are the top 5 key insights you generated about your frontier challenge during this Action Learning Plan?

-        Riders reach the villages first -        Radio works

> Please paste the link(s) to the blog(s) that articulate the learnings on your frontier challenge.
NA

> Did you experience any barriers or bottlenecks when impacting the system, working on your frontier challenge respectively?


> For this frontier challenge, how much of your time did you dedicate to the stages in the learning cycle? Please make sure that your answers adds up to 100%.


<div class="group">


> Sense

25%

</div>



<div class="group">


> Explore


</div>



<div class="group">


> Test

50,5 %

</div>



<div class="group">


> Grow

lots

</div>

## Partners

> If applicable, what civil society organisations did you actually work with and what did you do with them?

Riders' Association

> If applicable, what academic partners (and related institutions) did you actually work with and what did you do with them?

None

> If applicable, what private sector partners did you actually work with and what did you do with them?

Acme Telecom Ltd

> If applicable, what government partners (and related institutions) did you actually work with and what did you do with them?

Ministry of Health

> Relating to your answers above: who of the partners listed were new and unusual partners for UNDP, and what made them special?

The riders.

> If applicable, which UN internal partners did you actually work with and what did you do with them?

UNICEF
## End
"""

CLOSING_2023 = """# Closing: better stoves

[[focal_point:lab.test@example.org]]

[[year:2024]]

[[type:learningplan]]

[[country:Viet Nam]]
## Enseignements sur votre défi

> What are the top key insights you generated about your learning challenge during this Action Learning Plan? (Please list a maximum of 5 key insights) 

Traders copy their neighbours.

> Considering the outcomes of this learning challenge, which of the following best describe the handover process? (Please select all that apply)

- Our work has not yet scaled

> Can you provide more detail on your handover process?

Not yet.
## Les partenaires

> Please indicate what partners you have actually worked with for this learning challenge. 

<div class="group">

> Please state the name of the partner:

GIZ

</div>

<div class="group">

> What sector does your partner belong to?

Bilateral agency

</div>

<div class="group">

> Please provide a brief description of the partnership.

Co-funding.

</div>

<div class="group">

> Is this a new and unusual partner for UNDP?

Oui

</div>

## Fin

> Please upload any further supporting evidence / documents / data you have produced on your frontier challenge that showcase your learnings.

<div class="group">

> None

</div>
"""

EXPERIMENT = """# Stove trial

[[focal_point:lab.test@example.org]]

[[year:2022]]

[[type:experiment]]

[[country:Kenya]]
[[control_group:Yes, a different group entirely]]
[[sample_size:100-999]]
[[total_cost:Less than 5,000 USD]]
[[partnering_sector:Academia]]
[[partnering_sector:Private Sector]]
## Overview
**This section is to explain the basics of the activity**

> Current status of experimental activity

- Completed

> Which sector are you partnering with for this activity? Please select all that apply

- Academia
- Private Sector

> Please list the names of partners mentioned in the previous question:

Lake University, Acme Stoves Ltd
## Design

> What is your hypothesis? IF... THEN....

IF traders test a stove for a week THEN they buy it.

> Does the activity use a control group for comparison?

> What is the estimated sample size?

- 100-999

> What is the total estimated monetary resources needed for this experiment?

## Learning

> What surprised you?

Women decided.
"""

SOLUTION = """# • 1. Solar dryer…

[[focal_point:lab.test@example.org]]

[[year:2022]]

[[type:solution]]

[[sdgs:7. Affordable and clean energy]]
[[country:Morocco]]
[[country:Morocco]]
[[latlng:not a place]]
[[latlng:31.6,-7.9]]
[[Gender:female]]
## 

> Title of the Solution

Dryer

> Who led the solution

A farmer
"""

BLOG = """# Notes from the field

[[type:blog]]

[[source:https://example.org/blog/notes]]

[[year:2023]]

[[date:2023-03-14T00:00:00.000Z]]

[[country:Colombia]]

Text of the blog.

> "A quote, not a question" — a trader

More text.
"""

TOOL = f"""[[type:tools]]
[[type:skills]]

# Canvas

![](data:image/png;base64,{PIXEL})

## Overview
A canvas.
"""


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write one page into tmp_path and return its path."""

    def _write(text: str | bytes, name: str = "page.md") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return _write


def q(page, text_start: str):  # type: ignore[no-untyped-def]
    """The first question of a page whose text starts so."""
    return next(question for question in page.questions if question.text.startswith(text_start))


# --- form variants -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (PLAN_2021, "learningplan-2021"),
        (CLOSING_2022, "closing-2022"),
        (CLOSING_2023, "closing-2023"),
        (EXPERIMENT, "experiment"),
        (SOLUTION, "solution"),
        (BLOG, "blog"),
        (TOOL, "tool"),
    ],
)
def test_form_variant_is_detected(text: str, form: str) -> None:
    page = parse_page(text)
    assert page.form == form
    assert page.form in FORMS


def test_plan_fields_are_keyed_on_questions() -> None:
    page = parse_page(PLAN_2021)
    assert page.field("plan_title") == "Market air"
    assert (
        page.field("challenge_statement") == "Our challenge is that traders breathe smoke all day."
    )
    assert page.field("learning_question_stage") == "Sense; Explore"


def test_challenge_type_drops_the_form_note_and_is_normalised() -> None:
    assert parse_page(PLAN_2021).field("challenge_type") == "big bet"


def test_answer_in_the_unlabelled_group_belongs_to_the_question_before() -> None:
    page = parse_page(PLAN_2021)
    assert page.field("quantitative_evidence") == "Sensors show PM2.5 four times the guideline."


def test_na_answer_is_empty_and_field_absent() -> None:
    page = parse_page(PLAN_2021)
    assert q(page, "Short “tweet” summary").answer == ""
    assert page.field("summary") == ""


def test_repeated_fields_keep_every_value() -> None:
    page = parse_page(PLAN_2021)
    assert page.fields_of("learning_question") == (
        "Which stoves do traders adopt?",
        "Who pays for clean stoves?",
    )
    assert page.learning_questions == page.fields_of("learning_question")


def test_blockquote_inside_a_plan_answer_is_answer_text() -> None:
    page = parse_page(PLAN_2021)
    assert "what traders value" in page.field("methods_usage")
    assert not any(question.text.startswith("and what they fear") for question in page.questions)


def test_partner_groups_are_one_per_name_question() -> None:
    groups = parse_page(PLAN_2021).partner_groups
    assert [g.name for g in groups] == ["Traders' Welfare Group", "City Council"]
    assert groups[0].description == "Hosts the sensors."
    assert groups[0].sector == ""
    assert groups[1].sector == "Government"


def test_a_no_break_space_before_a_space_in_a_partner_name_is_a_line_break() -> None:
    text = PLAN_2021.replace("Traders' Welfare Group", "Traders' Welfare Group\u00a0 Zorbix Hub")
    groups = parse_page(text).partner_groups
    assert groups[0].name == "Traders' Welfare Group\nZorbix Hub"
    # elsewhere runs of spaces are one space, as before
    text = PLAN_2021.replace("Hosts the sensors.", "Hosts the\u00a0 sensors.")
    assert parse_page(text).partner_groups[0].description == "Hosts the sensors."


def test_new_and_unusual_answers_become_booleans() -> None:
    plan = parse_page(PLAN_2021).partner_groups
    assert (plan[0].new_unusual, plan[1].new_unusual) == (True, False)
    assert parse_page(CLOSING_2023).partner_groups[0].new_unusual is True  # "Oui"


def test_partner_group_line_is_the_name_question_line() -> None:
    page = parse_page(PLAN_2021)
    line = PLAN_2021.split("\n").index("> Please state the name of the Parter:") + 1
    assert page.partner_groups[0].line == line


def test_group_questions_carry_their_group_index() -> None:
    page = parse_page(PLAN_2021)
    groups = [question.group for question in page.questions if question.group is not None]
    assert groups == sorted(groups) and len(set(groups)) == len(groups)


def test_empty_answer_is_empty_not_the_next_question() -> None:
    page = parse_page(CLOSING_2022)
    barriers = q(page, "Did you experience any barriers")
    assert barriers.answer == ""
    assert q(page, "For this frontier challenge").answer == ""


def test_answer_right_under_its_question_is_read() -> None:
    page = parse_page(CLOSING_2022)
    assert q(page, "Please paste the link(s)").answer == ""  # 'NA'
    assert page.field("blog_links") == ""


def test_stage_shares_are_percent_floats_and_skip_empty() -> None:
    assert parse_page(CLOSING_2022).stage_shares == (("Sense", 25.0), ("Test", 50.5))


def test_closing_free_text_partners_have_sector_hints() -> None:
    answers = parse_page(CLOSING_2022).partner_answers
    assert [(a.sector_hint, a.text) for a in answers] == [
        ("civil_society", "Riders' Association"),
        ("private", "Acme Telecom Ltd"),
        ("government", "Ministry of Health"),
        ("new_unusual", "The riders."),
        ("un", "UNICEF"),
    ]


def test_closing_insights_and_title_truncation() -> None:
    page = parse_page(CLOSING_2022)
    assert page.title == "Riders reach the villages first - Radio works"
    assert page.title_truncated
    assert page.field("insights").startswith("- Riders reach")


def test_closing_2023_with_french_headings_reads_english_questions() -> None:
    page = parse_page(CLOSING_2023)
    assert page.field("insights") == "Traders copy their neighbours."
    assert page.field("handover") == "Our work has not yet scaled"
    assert page.partner_groups[0].name == "GIZ"
    assert page.partner_groups[0].sector == "Bilateral agency"
    assert [s.title for s in page.sections] == [
        "Enseignements sur votre défi",
        "Les partenaires",
        "Fin",
    ]


def test_group_question_none_is_an_unlabelled_question() -> None:
    page = parse_page(CLOSING_2023)
    last = page.questions[-1]
    assert (last.text, last.answer, last.group is not None) == ("", "", True)


def test_experiment_fields_and_tag_fallbacks() -> None:
    page = parse_page(EXPERIMENT)
    assert page.field("hypothesis") == "IF traders test a stove for a week THEN they buy it."
    assert page.field("experiment_status") == "Completed"
    assert page.field("sample_size") == "100-999"
    assert page.field("control_group") == "Yes, a different group entirely"  # from the tag
    assert page.field("total_cost") == "Less than 5,000 USD"  # from the tag
    assert page.field("partnering_sectors") == "Academia; Private Sector"
    assert page.field("surprises") == "Women decided."


def test_experiment_partner_names_are_an_any_sector_answer() -> None:
    answers = parse_page(EXPERIMENT).partner_answers
    assert [(a.sector_hint, a.text) for a in answers] == [
        ("any", "Lake University, Acme Stoves Ltd")
    ]


def test_experiment_section_intro_is_section_text() -> None:
    page = parse_page(EXPERIMENT)
    assert page.sections[0].text.startswith("**This section is to explain")


def test_solution_questions_and_cleaned_title() -> None:
    page = parse_page(SOLUTION)
    assert (page.title, page.title_truncated) == ("Solar dryer", True)
    assert q(page, "Who led the solution").answer == "A farmer"


def test_countries_are_deduplicated_and_latlng_skips_garbage() -> None:
    page = parse_page(SOLUTION)
    assert page.countries == ("Morocco",)
    assert page.latlng == (31.6, -7.9)


def test_every_tag_is_kept_including_unknown_keys() -> None:
    page = parse_page(SOLUTION)
    assert page.tag("gender") == ("female",)
    assert page.tag("sdgs") == ("7. Affordable and clean energy",)
    assert dict(page.tags)["country"] == ("Morocco",)


def test_blog_quote_is_text_not_a_question() -> None:
    page = parse_page(BLOG)
    assert page.questions == ()
    assert '"A quote, not a question"' in page.text


def test_year_from_the_date_tag_when_no_year_tag() -> None:
    assert parse_page(BLOG.replace("[[year:2023]]", "")).year == 2023


def test_tool_type_tag_before_title_and_first_type_is_doc_type() -> None:
    page = parse_page(TOOL)
    assert (page.doc_type, page.title) == ("tools", "Canvas")
    assert page.tag("type") == ("tools", "skills")


def test_base64_image_is_counted_and_not_in_text() -> None:
    page = parse_page(TOOL)
    assert page.images_removed == 1
    assert "base64" not in page.text and PIXEL[:20] not in json.dumps(page.to_dict())


def test_text_has_no_tag_markup_and_keeps_answers() -> None:
    page = parse_page(PLAN_2021)
    assert "[[" not in page.text and "Market air" in page.text


def test_entities_and_nbsp_are_normalised_in_answers_and_tags() -> None:
    page = parse_page(
        "# T\n\n[[type:solution]]\n[[methods:R&amp;amp;D]]\n## A\n\n> Q?\n\nA&nbsp;&amp; B\u200b\n"
    )
    assert page.tag("methods") == ("R&D",)
    assert page.questions[0].answer == "A & B"


def test_line_numbers_survive_crlf_and_multiline_base64() -> None:
    text = f"# T\r\n[[type:tools]]\r\n![](data:image/png;base64,{PIXEL[:30]}\r\n{PIXEL[30:]})\r\n## S\r\n> Q?\r\nA\r\n"
    page = parse_page(text)
    assert page.sections[0].line == 5
    assert page.questions[0].line == 6


@pytest.mark.parametrize(
    ("raw", "title", "truncated"),
    [
        ("# -        Insight one…", "Insight one", True),
        ("# • Title", "Title", False),
        ("# 1. First insight...", "First insight", True),
        ("# # Solutions", "Solutions", False),
        ("# #InnovationChallenge winners", "#InnovationChallenge winners", False),
        ("# 100% Fish Use", "100% Fish Use", False),
        ("#\u00a0 Closing of the plan", "Closing of the plan", False),
    ],
)
def test_title_cleaning(raw: str, title: str, truncated: bool) -> None:
    page = parse_page(f"{raw}\n\n[[type:blog]]\n")
    assert (page.title, page.title_truncated) == (title, truncated)


def test_untitled_page_falls_back_to_the_file_name() -> None:
    assert parse_page("[[type:blog]]\ntext", file="my_blog_post.md").title == "my blog post"


def test_to_dict_is_plain_json_without_the_private_index() -> None:
    page = parse_page(PLAN_2021)
    page.tag("country")  # fills the private index
    data = json.loads(json.dumps(page.to_dict()))
    assert "_tag_index" not in data
    assert data["tags"]["country"] == ["Kenya"]
    assert data["fields"]["learning_question"] == [
        "Which stoves do traders adopt?",
        "Who pays for clean stoves?",
    ]
    assert data["partner_groups"][0]["name"] == "Traders' Welfare Group"


def test_to_dict_cuts_very_long_text() -> None:
    page = parse_page("# Long\n\n[[type:blog]]\n" + "word " * 30_000)
    data = page.to_dict(max_text=1000)
    assert len(data["text"]) == 1000 and data["text_chars"] > 100_000
    assert len(page.to_dict(max_text=None)["text"]) == data["text_chars"]


def test_fields_constant_names_every_field_the_reader_fills() -> None:
    names = {
        name
        for text in (PLAN_2021, CLOSING_2022, CLOSING_2023, EXPERIMENT)
        for name, _ in parse_page(text).fields
    }
    assert names <= set(FIELDS)
    assert {"hypothesis", "challenge_statement", "insights", "handover", "total_cost"} <= set(
        FIELDS
    )


# --- files -------------------------------------------------------------------------------


def test_read_page_fills_file_and_sha256(write) -> None:  # type: ignore[no-untyped-def]
    path = write(SOLUTION, "dryer.md")
    page = read_page(path)
    assert page.file == "dryer.md"
    assert len(page.sha256) == 64


def test_read_page_accepts_bytes_already_read(write) -> None:  # type: ignore[no-untyped-def]
    path = write("placeholder", "x.md")
    assert read_page(path, data=SOLUTION.encode()).doc_type == "solution"


def test_utf8_bom_is_ignored(write) -> None:  # type: ignore[no-untyped-def]
    page = read_page(write(b"\xef\xbb\xbf# Title\n[[type:blog]]\n"))
    assert page.title == "Title"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"# Caf\xe9\n\n[[type:blog]]\n", "not UTF-8"),
        (b"just some text\nno tags here\n", "no [[key:value]] tag"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08 [[a:b]]", "binary"),
    ],
    ids=["empty", "whitespace", "binary", "latin-1", "untagged", "control-chars"],
)
def test_bad_files_are_rejected_with_a_reason_naming_the_file(
    write, content: bytes, reason: str
) -> None:  # type: ignore[no-untyped-def]
    path = write(content, "bad.md")
    with pytest.raises(PageError) as caught:
        read_page(path)
    assert reason in caught.value.reason
    assert "bad.md" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_latin1_rejection_names_offset_and_line(write) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PageError) as caught:
        read_page(write(b"[[type:blog]]\n# Caf\xe9\n"))
    assert caught.value.line == 2
    assert "0xe9 at offset 19" in caught.value.reason


def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(PageError, match="unreadable"):
        read_page(tmp_path / "missing.md")
    with pytest.raises(PageError, match="unreadable"):
        read_page(tmp_path)  # a folder


def test_read_pages_reports_bad_files_and_goes_on(write) -> None:  # type: ignore[no-untyped-def]
    good = write(SOLUTION, "a.md")
    bad = write(b"", "b.md")
    other = write(BLOG, "c.md")
    errors: list[PageError] = []
    pages = list(read_pages([good, bad, other], on_error=errors.append))
    assert [p.file for p in pages] == ["a.md", "c.md"]
    assert [Path(e.file).name for e in errors] == ["b.md"]


def test_read_pages_without_handler_raises(write) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PageError):
        list(read_pages([write(b"", "b.md")]))


def test_iter_page_files_sorts_and_skips_hidden(tmp_path: Path) -> None:
    for name in ("b.md", "a.md", ".hidden.md", "c.txt"):
        (tmp_path / name).write_text("[[type:blog]]")
    (tmp_path / "sub").mkdir()
    single = tmp_path / "sub" / "z.md"
    single.write_text("[[type:blog]]")
    files = iter_page_files([tmp_path, single])
    assert [f.name for f in files] == ["a.md", "b.md", "c.txt", "z.md"]


def test_iter_page_files_rejects_a_missing_source(tmp_path: Path) -> None:
    with pytest.raises(PageError, match="no such file"):
        iter_page_files([tmp_path / "nope"])


# --- bundled examples, the seed, the corpus ------------------------------------------------


def test_examples_cover_every_main_form(examples_dir: Path) -> None:
    pages = list(read_pages(iter_page_files([examples_dir])))
    assert 10 <= len(pages) <= 14
    forms = {p.form for p in pages}
    assert {
        "learningplan-2021",
        "closing-2022",
        "closing-2023",
        "experiment",
        "solution",
        "blog",
        "tool",
    } <= forms
    assert all(p.focal_point is None or p.focal_point.endswith("@example.org") for p in pages)


def test_examples_share_partners_across_countries(examples_dir: Path) -> None:
    pages = list(read_pages(iter_page_files([examples_dir])))
    texts = {
        p.file: " ".join([g.name for g in p.partner_groups] + [a.text for a in p.partner_answers])
        for p in pages
    }
    with_unicef = {f for f, t in texts.items() if "UNICEF" in t}
    countries = {p.countries[0] for p in pages if p.file in with_unicef}
    assert len(countries) >= 3


def test_seed_partner_answers(seed_file: Path) -> None:
    page = read_page(seed_file)
    hints = {a.sector_hint: a.text for a in page.partner_answers}
    assert "Maroc Numeric Cluster FIWARE" in hints["private"]
    assert hints["academia"] == "MOHAMMED V UNIVERSITY IN RABAT"
    assert set(hints) == {"civil_society", "academia", "private", "government"}
    assert all("did you actually work with" in a.question for a in page.partner_answers)


def test_seed_barriers_country_and_truncated_title(seed_file: Path) -> None:
    page = read_page(seed_file)
    assert "Difficulties to convince stakeholders" in page.field("barriers")
    assert page.countries == ("Morocco",)
    assert page.title_truncated and page.title.startswith("Collective intelligence workshop")
    assert not page.title.endswith(("…", "chall…"))
    assert page.form == "closing-2022"
    assert page.field("blog_links") == ""  # 'NA'


@pytest.mark.corpus
def test_corpus_reads_every_page_and_types_match_first_type_tags(corpus_dir: Path) -> None:
    import re
    from collections import Counter

    files = iter_page_files([corpus_dir])
    errors: list[PageError] = []
    pages = list(read_pages(files, on_error=errors.append))
    assert errors == []
    assert len(pages) == len(files)
    want: Counter[str] = Counter()
    for path in files:
        match = re.search(
            r"^\[\[type:([^\]]*)\]\]", path.read_text(encoding="utf-8", errors="replace"), re.M
        )
        want[match.group(1) if match else ""] += 1
    assert Counter(p.doc_type for p in pages) == want
    assert all(p.form in FORMS for p in pages)
    assert not any("base64," in p.text for p in pages)
    assert sum(p.images_removed for p in pages) > 0
