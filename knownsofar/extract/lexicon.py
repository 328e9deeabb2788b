"""Vocabulary of the extractors as named data: numbers, platforms, stop words.

Regexes that belong to one field live in that field's module; what several
modules share lives here.
"""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "twenty-one": 21, "twenty-two": 22,
    "twenty-four": 24, "thirty": 30,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "sophomore": 2, "freshman": 1,
}  # fmt: skip
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

NUMBER_RE = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# The modal "may", not the month: "may arrive", not "May 20", "in May, ...", "mid-May release",
# "an image released in May showing ..."
MAY_MODAL = (
    r"(?<![-\w])(?<!\bin )(?<!\bof )(?<!\bby )(?<!since )(?<!until )(?<!early )(?<!late )"
    r"(?<!\blast )(?<!\bnext )may(?=\s+(?!(?:\d|and|or|to|through|until|in|on|of|at|with|for|when|after|before|"
    r"this|next|last|the|is|was|will|as|from|\w+day|sweeps|premiere|release|launch|debut)\b)[a-z])"
)
ORDINAL_RE = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
# Police, military and service ranks a story gives a character ("DI Hattie Lusk", "Sheriff
# Lena Castellane"); each reader adds the titles its own question needs.
JOB_RANKS = (
    r"DI|DS|DC|DCI|DSI|DSupt|PC|Det|Detective|Sheriff|Deputy|Sgt|Sergeant|Inspector|Constable|"
    r"Lt|Lieutenant|Captain|Capt|Officer|Agent|Nurse|Commander|Colonel|Major|Corporal|Marshal|"
    r"Superintendent|Supt"
)


def number_value(word: str) -> int | None:
    """The integer a digit string, number word or ordinal ("2", "two", "2nd", "second") names."""
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    return int(m.group(1)) if m else None


_NETWORK_VERBS = (
    r"renewed|canceled|cancelled|axed|ordered|picked|said|says|announced|confirmed|revealed|"
    r"set|dated|gave|handed|unveiled|greenlit|officially|also|has|have|will|is"
)
# Platform canonical name -> spellings (regex alternatives, matched case-sensitively
# where the name is also a common word).
PLATFORMS: dict[str, tuple[str, ...]] = {
    "Netflix": (r"Netflix", r"NETFLIX"),
    "HBO Max": (r"HBO\s?Max",),
    "Max": (
        r"(?<![A-Za-z+])Max(?=\s+(?:original|series|drama|comedy|has|is|will|and)|[,.;')]|$)",
        # the network as the subject: "Max renewed ...", "Also Thursday, Max said ..."
        rf"(?:^|(?<=[,;:(\"'] ))Max(?=\s+(?:{_NETWORK_VERBS})\b)",
    ),
    "HBO": (r"HBO(?!\s?Max)",),
    "Apple TV+": (
        r"Apple\s?TV\s?(?:\+|Plus)",
        r"Apple\s?TV(?!\s?\+)",
        r"Apple Original",
        r"Apple(?=\s+(?:has|have|will|is|renewed|cancell?ed|ordered|confirmed|announced)\b)",
    ),
    "Prime Video": (
        r"(?:Amazon\s+)?Prime\s+Video",
        r"Amazon(?=\s+(?:has|have|will|is|original|series|renewed|Prime)|[,.;')]|$)",
    ),
    "Disney+": (r"Disney\s?(?:\+|Plus)",),
    "Hulu": (r"Hulu", r"HULU"),
    "Peacock": (r"Peacock",),
    "Paramount+": (r"Paramount\s?(?:\+|Plus)",),
    "Showtime": (r"Showtime",),
    "Starz": (r"Starz", r"STARZ"),
    "AMC+": (r"AMC\s?\+",),
    "AMC": (r"AMC(?!\s?\+)",),
    "FX": (r"FX(?:X)?",),
    "The CW": (r"The CW", r"(?<=\s)CW(?=\W)"),
    "NBC": (r"NBC",),
    "ABC": (r"ABC(?!\s?(?:News|Australia|iview))",),
    "CBS": (r"CBS",),
    "Fox": (
        r"FOX",
        r"Fox(?=\s+(?:has|have|will|is|series|drama|comedy|network)|['.,)])",
        rf"(?:^|(?<=[,;:(\"'] ))Fox(?=\s+(?:{_NETWORK_VERBS})\b)",
    ),
    "BBC One": (r"BBC\s?One", r"BBC1"),
    "BBC Two": (r"BBC\s?Two", r"BBC2"),
    "BBC Three": (r"BBC\s?Three", r"BBC3"),
    "BBC iPlayer": (r"(?:BBC\s)?iPlayer",),
    "BBC Four": (r"BBC\s?Four", r"BBC4"),
    "BBC Scotland": (r"BBC Scotland",),
    "BBC": (r"BBC(?!\s?(?:One|Two|Three|Four|Scotland|1|2|3|4|iPlayer|Studios|News|Worldwide))",),
    "ITVX": (r"ITVX",),
    "ITV2": (r"ITV\s?2",),
    "ITV3": (r"ITV\s?3",),
    "ITV4": (r"ITV\s?4",),
    "ITV": (r"ITV(?!X|\s?[234])\d?",),
    "Channel 4": (r"Channel\s?4", r"All\s?4"),
    "Channel 5": (r"Channel\s?5",),
    "Sky Atlantic": (r"Sky\s?Atlantic",),
    "Sky Max": (r"Sky\s?Max",),
    "Sky Showcase": (r"Sky\s?Showcase",),
    "Sky Comedy": (r"Sky\s?Comedy",),
    "Sky One": (r"Sky\s?One",),
    "Sky": (r"Sky(?=\s+(?:Original|has|will|is|drama|series)|['.,)])",),
    "Crunchyroll": (r"Crunchyroll",),
    "Tubi": (r"Tubi",),
    "Freevee": (r"Freevee",),
    "MGM+": (r"MGM\s?\+", r"Epix", r"EPIX"),
    "BritBox": (r"BritBox",),
    "Acorn TV": (r"Acorn\s?TV",),
    "Crave": (r"Crave(?=\s|['.,)])",),
    "Stan": (r"(?<=on )Stan(?=\W)",),
    "TNT": (r"TNT",),
    "TBS": (r"TBS",),
    "USA Network": (r"USA Network",),
    "Syfy": (r"Syfy", r"SYFY", r"Sci-Fi Channel"),
    "UPN": (r"UPN",),
    "The WB": (r"The WB", r"(?<=\s)WB(?=\W)"),
    "Bravo": (r"Bravo(?=\s|['.,)])",),
    "Freeform": (r"Freeform",),
    "Adult Swim": (r"Adult Swim",),
    "Cartoon Network": (r"Cartoon Network",),
    "Nickelodeon": (r"Nickelodeon",),
    "Disney Channel": (r"Disney Channel",),
    "Lifetime": (r"Lifetime(?=\s+(?:has|will|movie|series|network)|['.,)])",),
    "E4": (r"E4",),
    "Viki": (r"Viki",),
    "tvN": (r"tvN",),
    "JTBC": (r"JTBC",),
    "KBS": (r"KBS\d?",),
    "SBS": (r"SBS",),
    "MBC": (r"MBC",),
    "Showmax": (r"Showmax",),
    "Shudder": (r"Shudder",),
    "Roku Channel": (r"(?:The )?Roku Channel",),
    "Disney Junior": (r"Disney Junior",),
    "Disney XD": (r"Disney XD",),
    "HIDIVE": (r"HIDIVE", r"HiDive"),
    "Funimation": (r"Funimation",),
    "Comedy Central": (r"Comedy Central",),
    "Paramount Network": (r"Paramount Network",),
    "MTV": (r"MTV",),
    "VH1": (r"VH1",),
    "BET": (r"BET(?:\+)?",),
    "TLC": (r"TLC",),
    "HGTV": (r"HGTV",),
    "Food Network": (r"Food Network",),
    "Hallmark Channel": (r"Hallmark Channel",),
    "Hallmark+": (r"Hallmark\s?(?:\+|Plus)",),
    "A&E": (r"A&E",),
    "National Geographic": (r"National Geographic(?: Channel)?", r"Nat Geo"),
    "Discovery+": (r"Discovery\s?(?:\+|Plus)",),
    "Discovery Channel": (r"Discovery Channel",),
    "Sundance Now": (r"Sundance Now",),
    "IFC": (r"IFC",),
    "Epix": (r"EPIX", r"Epix"),
    "More4": (r"More4",),
    "Sky Witness": (r"Sky\s?Witness",),
    "U&Dave": (r"U\s?&\s?Dave", r"UKTV"),
    "S4C": (r"S4C",),
    "RTÉ": (r"RT[ÉE](?: One| Two|\s?Player)?",),
    "Virgin Media": (r"Virgin Media(?: One| Two)?",),
    "CBC": (r"CBC(?: Gem)?",),
    "Binge": (r"Binge(?=\s+(?:original|series|has|will|is)|['.,)])",),
    "ABC iview": (r"ABC\s?iview",),
    "YouTube": (r"YouTube(?: Premium| Originals)?",),
}

# One group per platform. The shared "(?<![\w@#])" stands once before the alternation:
# the same matches as inside each group, and re no longer re-enters 60 groups at
# every position to test it (7x faster).
PLATFORM_RE = re.compile(
    "(?<![\\w@#])(?:"
    + "|".join(
        f"(?P<p{i}>(?:{'|'.join(alts)})(?![\\w]))" for i, alts in enumerate(PLATFORMS.values())
    )
    + ")"
)
PLATFORM_NAMES = tuple(PLATFORMS)


def platform_name(m: re.Match[str]) -> str:
    """The canonical name of the platform a PLATFORM_RE match found."""
    return PLATFORM_NAMES[int(next(k for k, v in m.groupdict().items() if v)[1:])]


# Words that start a capitalised run but are not part of a show's title.
LEADING_STOP = frozenset(
    """
    a about according after again ahead all-new also although amid an and another any as at back
    let's lets elsewhere alongside along renewal
    filming production shooting casting we'll we're we've we'd i'm i'll i've i'd it'll it's
    they'll they're they've you'll you're he's she's that's there's here's what's who's
    before being below beyond both breaking but by can could despite did do does during each even
    every everything exclusive fans fan first following for from further given good great has have
    having he her here here's his how however i if in instead into is it it's its just last latest
    like many meanwhile more most much my new news next no not now of official officially on once
    or other our over per perhaps plus previously read related see season she since so some
    soon still such that the their them then there these they this those though thus to today
    update updated upcoming viewers watch we well were what when where whether which while who
    whose why will with without would yes yet you your
    expected everyone nobody somebody someone meet confirmed report reports reportedly
    creator creators showrunner showrunners producer producers star stars actor actress director
    writer writers cast network streamer studio sources insiders critics audiences trailer teaser
    premiere finale episode episodes both either neither recap review spoilers spoiler warning
    newcomers newcomer returning joining characters character role villain hero guest guests
    to in for at on with by from
    technically quietly sadly finally basically essentially unfortunately fortunately thankfully
    hopefully apparently surprisingly unsurprisingly notably interestingly naturally obviously
    clearly currently originally initially eventually ultimately recently understandably
    predictably luckily admittedly
    """.split()
)
# The last word of a company's name ("Kumo Animation", "Lathe Pictures"); "Studio" also leads
# one ("Studio Kanaboshi").
COMPANY_WORDS = frozenset(
    "Studio Studios Productions Pictures Entertainment Animation Films Media Television".split()
)
# Words that end a capitalised run in a title-case headline but belong to the sentence.
TRAILING_STOP = frozenset(
    """
    a an and as at be been being by came come comes coming confirmed date dates details
    did does ending ends for from gets get got has have is news of on or out officially
    release released releases renewed renewal return returns returning cancelled canceled
    axed cast trailer teaser premiere premieres plot spoilers to was were will with
    everything know known so far what when who why how where update updates possible
    saved rescued revived announced greenlit ordered delayed dated anime after ahead
    wraps sets gets panel recap through
    """.split()
)
