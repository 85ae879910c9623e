"""Text normalisation of SDG Commons pages: entities, invisible characters, base64, empty answers.

Every function is pure and keeps the number of lines of its input (except `normalize_value`,
which flattens to one line), so the reader can report line numbers of the original file.
"""

from __future__ import annotations

import html
import re
import unicodedata

__all__ = [
    "EMPTY_ANSWERS",
    "clean_answer",
    "collapse_spaces",
    "decode_entities",
    "is_empty_answer",
    "normalize_text",
    "normalize_value",
    "strip_data_images",
    "strip_inline_html",
]

# Base64 payloads. A markdown image `![alt](data:image/png;base64,....)`, an HTML image
# `<img src="data:...">`, or a bare `data:...;base64,...` URI. Payloads never hold brackets,
# so a stray unclosed `![x](data:` cannot swallow the tags that follow it.
_MD_DATA_IMAGE = re.compile(
    r"!\[[^\]\[\n]*\]\(\s*<?data:[^,()\[\]\s]*,[A-Za-z0-9+/=%\s_-]*>?(?:\s+\"[^\"\n]*\")?\s*\)"
)
_HTML_DATA_IMAGE = re.compile(
    r"<img\b[^<>\[\]]*?\bsrc\s*=\s*[\"']?\s*data:[^\"'<>\[\]\s]*[\"']?[^<>\[\]]*>", re.I
)
_BARE_DATA_URI = re.compile(
    r"data:[\w.+-]+/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,[A-Za-z0-9+/=]{16,}"
)

# Invisible and odd characters. Spaces of every width become a plain space; zero-width,
# soft hyphens, bidi controls, C0/C1 controls and private-use glyphs (Word's Symbol-font
# bullets such as U+F0B7) are dropped. ZWJ/ZWNJ stay: Persian, Indic scripts and emoji need them.
_SPACE_CHARS = "\t\x0b\x0c\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_ODD = re.compile(
    "[\t\x0b\x0c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"  # spaces
    "\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ue000-\uf8ff\ufff9-\ufffb]"  # dropped
)
_ODD_TO_SPACE = frozenset(_SPACE_CHARS)
_RUN_OF_SPACES = re.compile(r" {2,}")
_SPACE_BEFORE_NEWLINE = re.compile(r" +\n")
_NEWLINE_CHARS = re.compile(r"&#(?:0*1[03]|[xX]0*[aAdD]);")
_ANY_WHITESPACE = re.compile(r"\s+")

# Inline HTML left in answers by the platform's rich-text editor (`<div><br></div>`,
# `<span style=...>`). The `<div class="group">` markers are whole lines and are read
# by the reader before this runs on the remaining lines.
_INLINE_HTML = re.compile(
    r"<br\s*/?>|</?(?:a|b|i|u|em|strong|span|font|p|div|li|ul|ol|table|tbody|thead|tr|td|th|sup|sub)"
    r"(?:\s[^<>]*)?/?>",
    re.I,
)

# Answers that mean "nothing here".
# fmt: off
EMPTY_ANSWERS: frozenset[str] = frozenset(
    {
        "", "na", "n/a", "n.a", "n.a.", "n / a", "n/a.", "none", "none.", "null", "nil",
        "-", "--", "---", "–", "—", ".", "..", "...", "…", "not applicable", "no aplica",
        "non applicable", "sans objet", "n/d",
    }
)
# fmt: on


def _fix_odd(match: re.Match[str]) -> str:
    return " " if match.group() in _ODD_TO_SPACE else ""


def strip_data_images(text: str) -> tuple[str, int]:
    """Remove base64 `data:` images and URIs from raw page text; return the text and their count.

    Line breaks inside a removed payload are kept so line numbers stay right.
    """
    if "data:" not in text:
        return text, 0
    count = 0

    def _drop(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\n" * match.group().count("\n")

    text = _MD_DATA_IMAGE.sub(_drop, text)
    if "<img" in text or "<IMG" in text:
        text = _HTML_DATA_IMAGE.sub(_drop, text)
    if "base64," in text:
        text = _BARE_DATA_URI.sub(_drop, text)
    return text, count


def decode_entities(text: str) -> str:
    """Decode HTML entities, twice so double-encoded `&amp;amp;` becomes `&`; never adds lines."""
    if "&" not in text:
        return text
    text = _NEWLINE_CHARS.sub(" ", text)
    text = html.unescape(text)
    if "&" in text:
        text = html.unescape(text)
    return text


def normalize_text(text: str, *, collapse_spaces: bool = True) -> str:
    """Entities decoded, invisible characters dropped, spaces collapsed, NFC; lines kept.

    With collapse_spaces=False runs of spaces and trailing spaces stay (the reader strips
    them line by line, which is faster on megabytes of text).
    """
    text = decode_entities(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", " ")
    text = _ODD.sub(_fix_odd, text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if collapse_spaces:
        if "  " in text:
            text = _RUN_OF_SPACES.sub(" ", text)
        if " \n" in text:
            text = _SPACE_BEFORE_NEWLINE.sub("\n", text)
    return text


def collapse_spaces(text: str) -> str:
    """Runs of spaces as one space (the text is already normalised)."""
    return _RUN_OF_SPACES.sub(" ", text) if "  " in text else text


def normalize_value(text: str) -> str:
    """One short value (a tag, a question, a heading): normalised and flattened to one line."""
    return _ANY_WHITESPACE.sub(" ", normalize_text(text)).strip()


def strip_inline_html(text: str) -> str:
    """Replace inline HTML tags (`<br>`, `<span ...>`, `<div>`) by spaces; text elsewhere kept."""
    if "<" not in text:
        return text
    text = _INLINE_HTML.sub(" ", text)
    if "  " in text:
        text = _RUN_OF_SPACES.sub(" ", text)
    return text.strip()


def is_empty_answer(text: str) -> bool:
    """True for answers that say nothing: '', 'NA', 'N/A', 'None', '-', 'not applicable' ..."""
    stripped = text.strip()
    if len(stripped) > 16:
        return False
    return stripped.lower() in EMPTY_ANSWERS


def clean_answer(text: str) -> str:
    """The answer without surrounding blank lines, or '' when it is an empty answer."""
    stripped = text.strip()
    return "" if is_empty_answer(stripped) else stripped
