"""Round 16 of the partner rules: fields written as partner cards ('Name:', 'Sector:',
'Description:' lines, chatbot citation marks, bold headings) and French or Spanish lists of
two bodies joined by 'y' / 'et'."""

from __future__ import annotations

import pytest
from partner_pages import answer, group, make_page, tagged_named

from graphkit.partners import extract_partners
from graphkit.partners.names import read_cards, split_names

CARDS = """Here are the top partners, with their sectors:\u200b

Zorbia Youth Foundation

Sector: Non-Governmental Organization (NGO)\u200b

Description: Zorbia Youth Foundation runs the waste banks. \u200bzyf.or.zb

Kolma Municipal Council

Sector: Government\u200bzyf.or.zb+1linkedin.com+1

Description: The council runs waste collection in Kolma.

Zorbia Insurance Regulatory Authority (ZIRA)

Sector: Regulatory Body\u200b

Description: ZIRA oversees the insurance industry. \u200bzira.go.zb+2brill.com+2
"""


def test_a_card_field_gives_its_names_with_the_sectors_it_states():
    page = make_page([group(CARDS)])
    for found in (extract_partners(page, None), extract_partners(page)):
        named = {m.name: m.sector for m in found if m.named}
        assert named == {
            "Zorbia Youth Foundation": "civil_society",
            "Kolma Municipal Council": "government",
            "Zorbia Insurance Regulatory Authority (ZIRA)": "government",
        }


def test_read_cards_keeps_names_and_drops_attributes_and_citation_marks():
    text = read_cards("Name: Jokkolabs\nSector: Civil society\nRole: incubation\nsite.org+2")
    assert [line for line in text.splitlines() if line.strip()] == ["Jokkolabs (Civil society)"]


def test_bold_sector_headings_type_their_names():
    found = split_names("**Government:** Ministry of Zorbian Affairs\n**Private sector:** Kolmacom")
    assert [(c.name, c.hint) for c in found] == [
        ("Ministry of Zorbian Affairs", "government"),
        ("Kolmacom", "private"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ministerio de Salud y la Universidad de Zorbia",
            ["Ministerio de Salud", "Universidad de Zorbia"],
        ),
        ("Universidad de Zorbia y Fundación Kolma", ["Universidad de Zorbia", "Fundación Kolma"]),
        (
            "Ministère de la Santé et l'Université de Kolma",
            ["Ministère de la Santé", "Université de Kolma"],
        ),
        # one body whose field has two words: not cut
        (
            "Ministerio de Ambiente y Recursos Naturales",
            ["Ministerio de Ambiente y Recursos Naturales"],
        ),
        (
            "Center for Technology and Society Studies",
            ["Center for Technology and Society Studies"],
        ),
    ],
)
def test_a_romance_joiner_before_a_head_starts_a_second_body(text: str, names: list[str]):
    assert [c.name for c in split_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Local NGO (ZORBAMOR)", ["ZORBAMOR"]),  # a kind, then the body's acronym
        ("Environment Unit (UN)", ["Environment Unit (UN)"]),  # the acronym says what it is
        ("UN agencies (ILO, UNICEF, UNESCO…)", ["UN agencies", "ILO", "UNICEF", "UNESCO"]),
        (
            "Ministry of Trade, Industries, Business Development and Tourism",
            ["Ministry of Trade, Industries, Business Development and Tourism"],
        ),
    ],
)
def test_asides_lists_and_portfolios(text: str, names: list[str]):
    assert [c.name for c in split_names(text)] == names


def test_the_kind_written_before_a_name_is_not_the_name_but_types_it():
    found = split_names("NGO ZORADIAN\nThe NGO Kolma Corps\nNGO Forum on Zorbia")
    assert [(c.name, c.hint) for c in found] == [
        ("ZORADIAN", "civil_society"),
        ("Kolma Corps", "civil_society"),
        ("NGO Forum on Zorbia", ""),
    ]


def test_a_mapped_solution_states_its_partners(tmp_path):
    from graphkit.reader import read_page

    path = tmp_path / "zorbian_market.md"
    path.write_text(
        "# Zorbian market\n\n[[type:solution]]\n\n[[country:Paraguay]]\n\n"
        "> Partners\n\nNational Zorbia Strategy, Kolma Delivery Unit. Agencia Zorbia de "
        "Desarrollo (AZD)\n\n> Description\n\nA market run by its traders.\n",
        encoding="utf-8",
    )
    found = extract_partners(read_page(path))
    assert [m.name for m in found if m.named] == [
        "National Zorbia Strategy",
        "Kolma Delivery Unit",
        "Agencia Zorbia de Desarrollo (AZD)",
    ]


@pytest.mark.parametrize("name", ["IT Park", "US Embassy", "His Majesty’s Correctional Services"])
def test_a_name_opening_with_an_acronym_or_a_title_is_no_pronoun(name: str):
    page = make_page([group(name)])
    assert [m.name for m in extract_partners(page, None) if m.named] == [name]


def test_a_city_named_as_a_partner_is_its_government():
    page = make_page([group("Zorbia City, City of Kolma")])
    found = {m.name: m.sector for m in extract_partners(page, None) if m.named}
    assert found == {"Zorbia City": "government", "City of Kolma": "government"}


def test_a_sister_office_in_another_country_is_a_un_partner_but_the_own_office_is_not():
    page = make_page(
        [group("AccLab Zambia, UNDP Accelerator Lab Lao PDR, UNDP Morocco, UNDP Africa")],
        countries=("Morocco",),
    )
    found = {m.name: m.sector for m in extract_partners(page, None) if m.named}
    assert found == {
        "AccLab Zambia": "un",
        "UNDP Accelerator Lab Lao PDR": "un",
        "UNDP Africa": "un",
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Civil Society Organizations [Zorbia Think; Kolma Policy Institute]",
            ["Civil Society Organizations", "Zorbia Think", "Kolma Policy Institute"],
        ),
        (
            "Private sector/civil society: Social clubs (Club Zorbia and Club Kolma de Tenis) "
            "Cooperatives (Cooperativa ZORMA)",
            [
                "Social clubs",
                "Club Zorbia",
                "Club Kolma de Tenis",
                "Cooperatives",
                "Cooperativa ZORMA",
            ],
        ),
        ("Chamber of Commerce of Zorbia (CCZ and CCISZ)", ["CCZ", "CCISZ"]),
        (
            "Ministerio de Trabajo, Empleo y Seguridad Social (Ministry of Labor)",
            ["Ministerio de Trabajo, Empleo y Seguridad Social"],
        ),
        ("Zorbia University (ZU, by its Spanish acronym)", ["Zorbia University (ZU)"]),
    ],
)
def test_brackets_square_nested_and_listing_members(text: str, names: list[str]):
    assert [c.name for c in split_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "We partnered with a civil society organization called 'Zorbalytica' on it.",
            ["Zorbalytica"],
        ),
        (
            "Zorbia Games partnered with UNDP Kenya to promote a game.",
            ["Zorbia Games", "UNDP Kenya"],
        ),
        (
            "Zoñoiru, a cooperative organization of mate producers, was the main partner.",
            ["Zoñoiru"],
        ),
    ],
)
def test_prose_names_by_quotes_verbs_and_appositives(text: str, names: list[str]):
    assert [c.name for c in split_names(text)] == names


def test_well_known_bodies_are_typed_by_the_curated_list():
    page = make_page([group("Coursera, ICRISAT, Moov Africa, Tony Elumelu Foundation")])
    found = {m.name: m.sector for m in extract_partners(page, None) if m.named}
    assert found == {
        "Coursera": "private",
        "ICRISAT": "academia",
        "Moov Africa": "private",
        "Tony Elumelu Foundation": "civil_society",
    }


@pytest.mark.parametrize(
    "text",
    [
        "We tried to engage with the Ministry of Zorbian Affairs, but didn't get it through.",
        "We haven't worked yet with any UN internal partner but we are trying to involve ZORBIDO.",
        "The Acc Lab has collaborated with the UNDP-ZORFISH project on fisheries.",
        "Zorvés is a project that promotes an effective transition towards a circular economy.",
    ],
)
def test_sentences_of_attempts_and_projects_name_no_partner(text: str):
    page = make_page(answers=[answer(text, "un")])
    assert [m.name for m in extract_partners(page, None) if m.named] == []


def test_a_body_owning_a_project_is_still_named():
    text = "The project is in partnership with the Ministry of Zorbian Affairs's ZOR-CV project."
    assert [c.name for c in split_names(text)] == ["Ministry of Zorbian Affairs"]


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "Ministry of Zorbian Agriculture - Department of Fisheries",
            "Department of Fisheries",
            "government",
        ),
        (
            "University of Zorbia: Department of Urban Planning",
            "Department of Urban Planning",
            "academia",
        ),
        (
            "The Ministry of Zorbian Energy (Department of Energy Efficiency)",
            "Department of Energy Efficiency",
            "government",
        ),
    ],
)
def test_a_unit_named_after_its_parent_is_the_partner(text: str, name: str, sector: str):
    assert [(c.name, c.hint) for c in split_names(text)] == [(name, sector)]


@pytest.mark.parametrize("name", ["Dr. Zorbikov", "Prof Vesna Zorbovska", "Chef Zolokuanda"])
def test_a_person_by_title_is_no_partner(name: str):
    assert [m.name for m in extract_partners(make_page([group(name)]), None)] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ministry of technical and higher education",
            ["Ministry of technical and higher education"],
        ),
        (
            "Municipality of Zorbia: co-design of the pilot; Kolma Post: distribution",
            ["Municipality of Zorbia", "Kolma Post"],
        ),
    ],
)
def test_lower_case_bodies_and_entries_parted_by_semicolons(text: str, names: list[str]):
    assert [c.name for c in split_names(text)] == names


def test_names_listed_after_such_as_but_not_places():
    text = "We collaborate with organizations such as Zorbia Inondation, Kolma Thiossane and GRET."
    assert [c.name for c in split_names(text)][:2] == ["Zorbia Inondation", "Kolma Thiossane"]
    text = "We partnered with communities such as Zorbia Thiaroye Kaw, Kolma Massar and Pikine."
    assert [c.name for c in split_names(text) if c.named] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nous avons travaillé avec le Ministère de l'Environnement et la Mairie de Zorbia "
            "pour tester la solution.",
            ["Ministère de l'Environnement", "Mairie de Zorbia"],
        ),
        (
            "Se trabajó con el Ministerio de Desarrollo Social, la Intendencia de Kolma y la "
            "Universidad de Zorbia para diseñar el piloto.",
            ["Ministerio de Desarrollo Social", "Intendencia de Kolma", "Universidad de Zorbia"],
        ),
        (
            "Association Zorbaaba pour le Développement",
            ["Association Zorbaaba pour le Développement"],
        ),
    ],
)
def test_french_and_spanish_sentences_give_names_not_sentences(text: str, names: list[str]):
    assert [c.name for c in split_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Fisheries Division, Ministry of Zorbian Affairs (MZA)",
            [("Fisheries Division", "government")],
        ),
        (
            "Faculty of Economics, National University of Zorbia",
            [("Faculty of Economics", "academia")],
        ),
        (
            "Ministry of Health, University of Zorbia",
            [("Ministry of Health", ""), ("University of Zorbia", "")],
        ),
    ],
)
def test_a_unit_then_its_parent_is_the_unit(text: str, names: list[tuple[str, str]]):
    assert [(c.name, c.hint) for c in split_names(text)] == names


def test_the_tagger_path_keeps_a_listed_ministry_and_drops_comma_runs():
    page = make_page([group("Zorbix Hub, Ministry of Zorbian Affairs, Kathmandu, Lalitpur")])
    found = [m.name for m in tagged_named(page, "Zorbix Hub", "Kathmandu, Lalitpur")]
    assert found == ["Zorbix Hub", "Ministry of Zorbian Affairs"]


def test_a_sister_office_is_a_partner_on_the_tagger_path_too():
    page = make_page([group("AccLab Zambia, UNDP Morocco")], countries=("Morocco",))
    found = {m.name: m.sector for m in tagged_named(page, "AccLab Zambia", "UNDP Morocco")}
    assert found == {"AccLab Zambia": "un"}


def test_a_tagged_span_loses_its_kind_and_web_button():
    page = make_page([group("1- The NGO ZORADIAN\n2- Happy Zorbala See less")])
    spans = ("NGO ZORADIAN", "Happy Zorbala See less")
    found = {m.name: m.sector for m in tagged_named(page, *spans)}
    assert found == {"ZORADIAN": "civil_society", "Happy Zorbala": found.get("Happy Zorbala")}


@pytest.mark.parametrize(
    ("description", "sector"),
    [
        ("Procured their services to develop a digital system", "private"),
        ("Organe du gouvernement et structure d'ancrage du projet", "government"),
        ("An incubator for young founders", "private"),
    ],
)
def test_a_description_types_a_partner_nothing_else_types(description: str, sector: str):
    from graphkit.partners.sectors import fallback_sector

    assert fallback_sector("Zorbiquux", description=description) == sector


def test_only_the_whole_question_partners_is_a_solutions_partner_answer():
    from graphkit.reader import _ANSWER, _classify

    assert _classify("Partners") == (_ANSWER, "any")
    assert _classify("Partnerships that made the solution possible") is None
