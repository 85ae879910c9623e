"""A ministry (or a body named by its fields) and its comma-separated portfolio.

'Ministry of National Land Management, Urban Planning, Housing and Urban Policy' is one
name: its commas part fields, not bodies. These tests decide when a comma stays inside a
name, for the list reader (`splitting.split_commas`, `splitting.split_and`) and for prose
(`protect_portfolios`).
"""

from __future__ import annotations

import re

from graphkit.partners.sectors import fold
from graphkit.partners.vocabulary import CONNECTORS, HEADS, PLURAL_HEADS, PORTFOLIO
from graphkit.partners.words import split_words

# 'We have successfully secured strategic partnerships with BTS Education': the lead goes.
# 'Working together with the Ministry of Trade': so does a lead-in opening with such a verb.
LEAD_IN = re.compile(
    r"^(?:(?:We|I|They|The [Ll]ab|Our [Ll]ab|The AccLab|The team)\s+(?:[a-z]+\s+){1,5}|"
    r"(?:Working|Partnering|Collaborating|Cooperating|Engaging|Coordinating|Teaming)\s+"
    r"(?:[a-z]+\s+){0,3})(?:with|by)\s+(?:the\s+)?(?=[A-Z])"
    # the same in French, Spanish and Portuguese: 'Nous avons travaillé avec le', 'Trabajamos
    # con la', 'Se trabajó con el', 'Le laboratoire a collaboré avec', 'Partenariat avec'
    r"|^(?:(?:Nous|Le [Ll]abo(?:ratoire)?|L'[ée]quipe|Nosotros|El [Ll]aborat[oó]rio|El equipo|"
    r"Se|Nós|A equipe|O [Ll]aborat[oó]rio)\s+(?:[\w'’]+\s+){0,4}|"
    r"(?:Trabajamos|Colaboramos|Trabalhamos|Partenariat|Collaboration|"
    r"Colaboraci[oó]n|Alianza|Parceria)\s+(?:[\w'’]+\s+){0,3})"
    r"(?:avec|con|com|junto a)\s+(?:(?:le|la|les|el|los|las|o|a|os|as)\s+|l['’])?(?=[A-ZÀ-Ý])"
)


def is_ministry(part: str) -> bool:
    """Whether the text opens with a ministry or department ('the Argentine Ministry of')."""
    return bool(
        re.match(
            r"(?i)\s*(the\s+)?(?:(?:national|federal|union|argentine|[a-z]+ian)\s+)?"
            r"(ministry|ministère|ministere|ministerio|minist[eé]rio|secretar[ií]a|"
            r"department|departamento|state (department|secretariat))\b",
            part,
        )
    )


# A body named by its fields: 'Chamber of Commerce, Industry and Services', 'Direction of
# Economy, Equality and Gender', 'Federation of Chambers of Commerce, Industry and Agriculture'.
_FIELD_HEAD = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:[\w'’-]+\s+(?:of\s+)?){0,2}?(?:chambers?|direction|directorate|"
    r"division|secretariat|portfolio|commission|council|c[aá]mara|direcci[oó]n|centre|center|institute|"
    r"agency)\s+(?:of|for|de|del)\s+"
)


def takes_portfolio(left: str) -> bool:
    """Whether a name's head takes a list of fields after it, commas included."""
    left = re.sub(r"(?i)^\s*(?:and|&|y|et)\s+", "", left)  # '..., and the Ministry of X'
    left = LEAD_IN.sub("", left.strip())  # 'Working together with the Ministry of X'
    if is_ministry(left) or _FIELD_HEAD.match(left):
        return True
    # 'ICT Division under the Ministry of Posts': the fields after it are the parent's
    parent = _PARENT.search(left)
    return parent is not None and is_ministry(left[parent.end() :])


_PARENT = re.compile(r"\s(?:under|within|from|at)\s+(?:the\s+)?(?=[A-Z])")


def portfolio_name(name: str) -> bool:
    """'Ministry of communications, technology and innovation': lower-case fields, no prose."""
    fields = re.sub(r"(?i)^.*?\b(?:of|for)\s+", "", name, count=1)
    return takes_portfolio(name) and fields != name and portfolio_words(fields.replace(",", " "))


def portfolio_words(part: str) -> bool:
    """'Urban Planning', 'Industry and Services of Ñeembucu', 'Equality and Gender from the
    Ministry of X': fields of a body, before any place or parent body they are of."""
    core = re.sub(r"\s*\([^()]*\)", "", part)  # '... Social (Ministry of Labor)': an aside
    core = re.sub(r"\s+(?:of|from|de|del|in)\s+(?:the\s+)?[A-ZÀ-Ý].*$", "", core)
    words = [fold(w) for w in split_words(core) if fold(w) not in CONNECTORS]
    return bool(words) and all(field_word(w) for w in words)


def field_word(word: str) -> bool:
    """A folded word that names a body's field, singular or plural ('Innovations')."""
    return word in PORTFOLIO or (
        word.endswith("s") and word[:-1] in PORTFOLIO and word not in PLURAL_HEADS | HEADS
    )


# A body of its own after a comma, not a field of the ministry before it ('Ministry of X,
# Local Government of Quilmes').
LOCAL_BODY = re.compile(
    r"(?i)\s*(?:(?:local|municipal|city|county|provincial|regional)\s+)?government\s+of\s+[A-Z]"
)


_MINISTRY_START = re.compile(
    r"\b(?:Ministry|Ministère|Ministere|Ministerio|Ministério|Department|Secretariat)\s+"
    r"(?:of|for|de|du|des|da|do)\s+"
)


def protect_portfolios(text: str) -> str:
    """Hide the commas of a ministry's portfolio in prose ('Ministry of Labor, Employment,
    and Social Security') so that chunking on commas keeps the name whole."""
    for start in reversed([m.end() for m in _MINISTRY_START.finditer(text)]):
        end = start
        pieces = re.split(r"(,)", text[start:])
        # pieces: first portfolio, then (',', next piece) pairs
        end += len(pieces[0])
        k = 1
        while k + 1 < len(pieces):
            lead = re.sub(r"(?i)^\s*(and|&|y|et)\s+", "", pieces[k + 1]).strip()
            head = re.match(r"((?:[A-Z][\w'’\-]*|and|&|of|y|et|de)(?:\s+|$))+", lead + " ")
            if not head:
                break
            run = [fold(w) for w in split_words(head.group(0))]
            fields = 0  # how many words of the run are the ministry's fields
            for n, word in enumerate(run, 1):
                if field_word(word) and word not in CONNECTORS:
                    fields = n
                elif word not in CONNECTORS:
                    break
            if not fields or (fields < len(run) and run[fields] not in ("and", "&", "y", "et")):
                break  # '..., Government of India': a body of its own
            end += len(pieces[k]) + len(pieces[k + 1])
            k += 2
            if fields < len(run):
                break  # '..., Fisheries and Environment and AfriKelp': another body follows
        if k > 1:
            text = text[:start] + text[start:end].replace(",", "\x00") + text[end:]
    return text
