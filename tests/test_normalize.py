"""Text normalisation: entities, invisible characters, base64 images, empty answers."""

from __future__ import annotations

import time

import pytest

from graphkit.normalize import (
    clean_answer,
    decode_entities,
    is_empty_answer,
    normalize_text,
    normalize_value,
    strip_data_images,
    strip_inline_html,
)

PIXEL = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def test_entities_are_decoded() -> None:
    assert (
        decode_entities("Research &amp; development &quot;lab&quot;")
        == 'Research & development "lab"'
    )


def test_double_encoded_entities_are_decoded() -> None:
    assert decode_entities("R&amp;amp;D &amp;lt;3") == "R&D <3"


def test_encoded_newline_does_not_add_a_line() -> None:
    assert decode_entities("a&#10;b&#13;c").count("\n") == 0


def test_nbsp_entity_becomes_a_plain_space() -> None:
    assert normalize_text("Ministry&nbsp;of&amp;nbsp;Health") == "Ministry of Health"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Ministry\u00a0of\u202fHealth", "Ministry of Health"),
        ("zero\u200bwidth", "zerowidth"),
        ("soft\u00adhyphen", "softhyphen"),
        ("\ufeffbom", "bom"),
        ("Techni\x02cal", "Technical"),
        ("tab\there", "tab here"),
        ("Word\uf0b7bullet", "Wordbullet"),
        ("many     spaces", "many spaces"),
    ],
)
def test_invisible_characters_are_normalised(raw: str, want: str) -> None:
    assert normalize_text(raw) == want


def test_zero_width_joiners_stay_for_scripts_that_need_them() -> None:
    assert "\u200c" in normalize_text("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")


def test_decomposed_accents_are_composed() -> None:
    assert normalize_text("produccio\u0301n") == "producción"


def test_normalize_text_keeps_the_number_of_lines() -> None:
    raw = "a\r\nb\rc\n\u2028d\n&#10;\n"
    assert normalize_text(raw).count("\n") == raw.count("\n") == 4


def test_crlf_becomes_lf() -> None:
    assert normalize_text("one\r\ntwo\r\n") == "one\ntwo\n"


def test_normalize_value_flattens_to_one_line() -> None:
    assert (
        normalize_value("  satellite imagery\r weather\n monitoring ")
        == "satellite imagery weather monitoring"
    )


def test_markdown_data_image_is_removed_and_counted() -> None:
    text, count = strip_data_images(f"before ![](data:image/png;base64,{PIXEL}) after")
    assert (text, count) == ("before  after", 1)


def test_html_data_image_is_removed_and_counted() -> None:
    text, count = strip_data_images(
        f'x <img alt="a" src="data:image/jpeg;base64,{PIXEL}" width=3> y'
    )
    assert (text, count) == ("x  y", 1)


def test_bare_data_uri_is_removed() -> None:
    text, count = strip_data_images(f"see data:image/gif;base64,{PIXEL} here")
    assert "base64" not in text and count == 1


def test_data_image_spanning_lines_keeps_line_count() -> None:
    raw = f"![](data:image/png;base64,{PIXEL[:20]}\n{PIXEL[20:]})\n> question"
    text, count = strip_data_images(raw)
    assert count == 1 and text.count("\n") == raw.count("\n") and "question" in text


def test_unclosed_data_image_does_not_swallow_what_follows() -> None:
    text, _ = strip_data_images("![x](data:image/png;base64,AAAA\n[[country:Kenya]]\nmore)")
    assert "[[country:Kenya]]" in text


def test_megabytes_of_base64_are_stripped_fast() -> None:
    payload = (PIXEL * 40_000)[:3_000_000]
    raw = (
        "# Tool\n\n[[type:tools]]\n"
        + f"\n![](data:image/png;base64,{payload})\n" * 3
        + "## Overview\nText"
    )
    started = time.perf_counter()
    text, count = strip_data_images(raw)
    assert count == 3 and len(text) < 200
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "answer", ["NA", "N/A", "n/a", "None", " none ", "-", "—", "N/A.", "Not applicable", ""]
)
def test_empty_answers_are_recognised(answer: str) -> None:
    assert is_empty_answer(answer)
    assert clean_answer(answer) == ""


@pytest.mark.parametrize(
    "answer", ["No", "Nairobi", "NASA", "Yes", "0", "None of the partners were new"]
)
def test_real_answers_are_kept(answer: str) -> None:
    assert not is_empty_answer(answer)
    assert clean_answer(f"\n{answer}\n") == answer


def test_inline_html_is_stripped_but_text_kept() -> None:
    assert strip_inline_html("https://x.org/a<div><br></div><span style='c'>b</span> 3 < 4") == (
        "https://x.org/a b 3 < 4"
    )
