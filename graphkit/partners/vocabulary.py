"""Word lists the partner rules read names with: connectors, institution heads, generic and
people words, ministry portfolios, sentence openers, acronyms that are no organisation.

Words are looked up folded (case and accents removed, see `sectors.fold`), so every list also
holds its words' accent-free forms.
"""

from __future__ import annotations

from graphkit.partners.sectors import fold

# Lower-case words allowed inside a name ('Ministry of Health', 'Universidad de la Plata').
CONNECTORS = frozenset(
    "of for and the in & de del la las los el le les des du d' et y e da do dos das di und für "
    "fur van von al n".split()
)
# Nouns that head an organisation's name; a span with one of them is an organisation.
HEADS = frozenset(
    """ministry ministries ministere ministerio ministerium minister department departement
    departamento directorate direction direccion secretariat secretaria secretaría agency agence
    agencia authority autorite autoridad office bureau commission committee council conseil
    consejo municipality municipalities municipio municipalidad mairie commune city county
    governorate government gobierno gouvernement administration parliament assembly court
    university universidad universite université universidade college school ecole escuela
    institute institut instituto institution academy faculty centre center centro laboratory
    lab labs foundation fondation fundacion fundación fundacao association asociacion
    asociación associação associacao society trust fund network red reseau réseau alliance
    federation union cooperative cooperativa coop club chamber camara cámara forum
    corporation corp company compagnie compañía ltd limited llc inc plc gmbh sa sarl sas pvt
    bank banque banco group groupe holding enterprise enterprises factory cluster hub
    incubator accelerator program programme programa project initiative platform partners
    consulting consultancy consultants solutions technologies technology systems services
    industries services studio media radio tv ngo ong organization organisation organizacion
    organización service board agency commission parishad council division alcaldía alcaldia
    intendencia prefeitura ayuntamiento gobernación gobernacion préfecture""".split()
)
# Words that make a candidate generic when nothing else in it is a proper name.
GENERIC = frozenset(
    """local national regional international global rural urban informal small medium large
    scale micro various several other others different relevant key line many some all
    communities community youth young youths people women woman men girls boys children
    elderly seniors farmers farmer fishers fishermen traders trader vendors students student
    citizens citizen residents users beneficiaries households families cooperatives
    cooperative csos cso ngos ngo organizations organisations organization organisation
    government governments ministries ministry municipalities municipality universities
    university academia academic academics private public sector sectors companies company
    businesses business startups start-ups startup entrepreneurs innovators innovator msmes
    smes sme msme schools school volunteers volunteer partners partner stakeholders authorities
    authority officials experts leaders influencers media institutions institution agencies
    agency groups group networks associations association hubs hub civil society social
    enterprises enterprise development service providers provider collectors waste workers
    members teams team staff actors actor and of the with for in from to a an on at by
    individuals persons leaders councils departments offices office clubs donors donor
    researchers research private-sector un agencies entities entity line-ministries
    government-agencies colleagues unit units programme programmes project projects cluster
    innovation digital tech technology health education environment water energy climate
    agriculture tourism finance financial creative art artists designers developers
    disabilities disability persons pwd pwds migrants refugees indigenous peoples
    ministerios municipios comunidades comunidad jóvenes jovenes mujeres empresas
    organizaciones sociedad gobiernos locales communautés femmes jeunes entreprises
    associations collectivités general population grassroots grassroot""".split()
)
# People-group heads: 'Youth of Samoa', 'Citizens of Metbassta' stay generic.
PEOPLE = frozenset(
    """youth youths young people women men girls boys children citizens residents community
    communities farmers fishers fishermen traders vendors students users beneficiaries
    households families villagers inhabitants members""".split()
)
# Words of a ministry's portfolio: 'Ministry of Land Management, Urban Planning, Housing'.
PORTFOLIO = frozenset(
    """urban planning housing policy policies business land management environment environmental
    trade industry industries tourism culture cultural sports sport youth women gender family
    families children child social affairs development health education science sciences
    technology technologies research innovation agriculture agricultural livestock fisheries
    fishery forestry forests water waters energy mines mining transport transportation
    infrastructure communications communication information digital economy economic
    finance financial labour labor employment justice interior foreign defence defense
    security public works local government rural natural resources resource climate change
    sustainable higher vocational training cooperation international investment investments
    commerce small medium enterprises equality protection welfare human rights heritage arts
    population demography decentralization decentralisation administration reform
    territorial relations solidarity humanitarian action disaster management transformation
    modernization modernisation statistics planning budget national regional integration
    religious religion media telecommunications posts post ecology green biodiversity
    community communities social security labor labour employment works housing lands
    wildlife parks marine ocean oceans blue food nutrition veterinary services service
    empowerment affairs diaspora migration emigration immigration status persons disabled
    disabilities elderly seniors older citizens consumer industrialization trade industry
    santé sante publique éducation education nationale agriculture élevage elevage pêche
    peche environnement développement developpement durable économie economie finances
    salud educación educacion trabajo ambiente medio desarrollo social economía economia
    hacienda vivienda turismo cultura handicraft handicrafts crafts maritime disaster disasters
    risk emergency emergencies empleo seguridad justicia agricultura ganadería pesca industria
    comercio energía minas transporte obras públicas mujer mujeres género niñez juventud
    deporte deportes ciencia tecnología innovación planificación finanzas recursos naturales
    emploi travail justice femme femmes famille enfance jeunesse commerce industrie énergie
    transports eau assainissement urbanisme emprego trabalho saúde mulher família nature
    medium-sized small-sized aerospace agrarian alleviation antiquities aquaculture aviation
    broadcasting cartography geodesy chieftaincy competitiveness construction consumption
    electricity endowments entrepreneurship eradication geology hydrocarbons hydrology hygiene
    industrial irrigation light meteorology mineral minerals petroleum poverty preparedness
    privatisation privatization productivity reconstruction rehabilitation resettlement
    sanitation taxation treasury urbanism veterans postal healthcare inclusion cohesion
    peacebuilding reconciliation cooperatives cooperative safety recreation leisure awqaf
    informatics hydraulics ports railways roads home ict high tech""".split()
)
# Legal forms that end a company's name ('Google Inc', 'KOMPRA JSC', 'Zorbix S.L.').
LEGAL_FORMS = frozenset(
    """inc ltd limited llc plc gmbh corp corporation company co sa sas sarl pvt pty sl srl bv
    nv ag oy ab spa jsc ojsc cjsc pjsc lda ltda""".split()
)
# Heads that usually end an English name, where run-together names can be cut apart.
FINAL_HEADS = frozenset(
    """cluster factory council municipality foundation association company ltd limited inc
    bank agency hub lab network authority commission institute centre center group society
    trust fund corporation university college school academy cooperative alliance federation
    office ministry""".split()
)
# Plural heads: 'Ministries', 'Municipalities in Yala' are kinds, not organisations.
PLURAL_HEADS = frozenset(
    """ministries municipalities universities agencies organisations organizations companies
    businesses institutions authorities councils departments governments banks hubs
    cooperatives associations foundations ngos csos schools startups chambers offices
    embassies alcaldías alcaldias mairies secretarías secretarias""".split()
)
# People or bodies named by what they do, in the plural, last in a name: 'LPG Suppliers',
# 'Fintech Regulatory bodies', 'Social and Peace Influencers' are kinds of partner.
ROLE_PLURALS = frozenset(
    """retailers suppliers distributors producers manufacturers buyers sellers exporters
    importers operators providers counterparts collaborators academicians regulators bodies
    consultants contractors investors funders sponsors journalists influencers partners
    stakeholders actors owners practitioners leaders experts developers designers hotels
    restaurants shops pharmacies clinics hospitals supermarkets workers officials generators
    promoteurs members fintechs incubators accelerators tanks groups vendors""".split()
)
# Heads that, first in a name, make it one institution even with common words after them.
SINGULAR_HEADS = frozenset(
    """ministry ministère ministere ministerio ministério department departamento directorate
    secretariat secretaría secretaria agency agence agencia authority office commission council
    municipality municipio municipalidad governorate university universidad université
    universidade college institute institut instituto academy faculty centre center centro
    foundation fondation fundación fundacion association asociación asociacion society
    federation chamber cámara camara embassy bank mairie alcaldía alcaldia intendencia prefeitura
    ayuntamiento gobernación gobernacion préfecture""".split()
)
# Capitalised words that begin sentences or headings but never names.
SENTENCE_WORDS = frozenset(
    """we the our in with this they it also both all a an as at for from through during under
    partnering collaborating working worked these those their there he she his her its
    additionally furthermore moreover however then when while since after before by on to
    each other some many most several new one two three four five first second third
    together with via within among including include includes such like nous nosotros given
    con el la los las les le et y de en avec por para se um uma os as com in-house yes no
    not na n/a none tbc tbd that here""".split()
)


def _with_folded(words: frozenset[str]) -> frozenset[str]:
    """A vocabulary with each word's accent-free form too: words are looked up folded
    ('Université' -> 'universite')."""
    return words | {fold(w) for w in words}


CONNECTORS, HEADS, GENERIC, PEOPLE, PORTFOLIO, FINAL_HEADS = map(
    _with_folded, (CONNECTORS, HEADS, GENERIC, PEOPLE, PORTFOLIO, FINAL_HEADS)
)
PLURAL_HEADS, SINGULAR_HEADS, SENTENCE_WORDS = map(
    _with_folded, (PLURAL_HEADS, SINGULAR_HEADS, SENTENCE_WORDS)
)

# Acronyms that are not organisations.
ACRONYM_STOP = frozenset(
    """SDG SDGS COVID COVID-19 ICT AI IT HQ USD US UK NA N/A TBC TBD PHD MSME MSMES SME SMES CSO
    CSOS NGO NGOS ONG ONGS CO COS OK ID GIS IOT API UX UI ML LNOB RBX RBA RBAP RBAS RBEC RBLAC
    CEO CTO ROI KPI KPIS FAQ PDF PPT Q1 Q2 Q3 Q4 MVP POC PPE WASH SMS QR ALP AL LP DRR GBV
    STEM STEAM TVET HIV AIDS NCD NCDS TV FM OCR BI GDP MOU MOA LGBTQ LGBTQI LGBTI IDP IDPS PWD
    PWDS CSR R&D
    NDS NDC NDCS SOP SOPS CI BIS B2B B2C B2G G2G P2P C2C
    OSC OSCS PTF PTFS CBO CBOS FBO FBOS INGO INGOS DPO DPOS""".split()
)
