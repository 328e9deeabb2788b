"""Date vocabulary and compiled patterns for :mod:`knownsofar.dates`.

Data only (names, numbers, regexes built once at import); the meaning of each
match lives in ``dates.py``. All patterns are case-insensitive except "May",
which must be capitalised so the verb "may" is never a month.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

Window = tuple[date, date]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2,
}  # fmt: skip
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
ORDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
    **{f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)},
}  # fmt: skip
# Words that make a bare month or season name a date ("in the fall", "by June").
CONTEXT_BEFORE = frozenset(
    "in by until till from since through throughout during before after around for of "
    "into circa on at over us me saying".split()  # "has told us summer", "is saying autumn"
)
# Nouns after a bare month/season that make it a release period ("summer return").
CONTEXT_AFTER = frozenset(
    "premiere premieres premiered release releases return returns debut debuts launch "
    "arrival finale slate schedule lineup window bow".split()
)
# Words before a number that make it a count or a label, not a day or a year.
LABEL_BEFORE = frozenset(
    "season seasons series episode episodes ep eps part parts vol volume chapter chapters "
    "book books no number top page pages issue room route channel model version".split()
)
# Nouns after a 4-digit number that make it a count, not a year.
COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent|episodes?|minutes?|mins?|hours?|people|fans|viewers|votes|"
    r"times|words|pages|km|miles|feet|foot|meters?|metres?|dollars|pounds|euros|followers|"
    r"members|tickets|copies|views|units|jobs|extras|signatures|reviews|calories)\b",
    re.IGNORECASE,
)
CHANGE_BEFORE = re.compile(
    r"\b(?:moved|moving|pushed|push|delayed|shifted|bumped|postponed|changed|switched|"
    r"rescheduled|brought|moves)\b",
    re.IGNORECASE,
)


def _alt(words: object) -> str:
    """Regex alternation of words, longest first (so "june" wins over "jun")."""
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_FULL_MONTHS = "january|february|march|april|june|july|august|september|october|november|december"
_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
MONTH = rf"(?:{_FULL_MONTHS}|(?-i:May|MAY)|(?:{_ABBR})\.?)(?![a-z])"
# In a bare period ("in Aug. 2024") an abbreviation needs its dot or a year after it.
MONTH_W = (
    rf"(?:{_FULL_MONTHS}|(?-i:May|MAY)|(?:{_ABBR})(?:\.|(?=\s+(?:of\s+)?(?:19|20)\d\d)))(?![a-z])"
)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_ANY = rf"(?:{WEEKDAY}|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?![a-z])"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
ORDINAL = rf"(?:{_alt(ORDINALS)})"
NUMBER = rf"(?:\d{{1,3}}|{_alt(NUMBERS)})"
YEAR4 = r"(?:19[5-9]\d|20\d\d|2100)"
_NOT_DECADE = r"(?!\d|%|s\b|['’]s\b)"
MOD = (
    r"(?:early|mid|middle|late|"
    r"(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end)\s+of)"
)
YPART = (
    r"(?:H[12]|early|mid|middle|late|later|earlier|sometime|some\s+time|"
    r"(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|rest|remainder)\s+of|"
    r"(?:the\s+)?(?:first|second|1st|2nd|latter|later|back|front|early|earlier)\s+"
    r"(?:half|part|portion)\s+of)"
)
APPROX = r"(?:about|around|roughly|nearly|almost|just\s+over|just\s+under|over|under|some|" \
    r"approximately|less\s+than|more\s+than)"  # fmt: skip


def yspec(p: str, apostrophe: bool = True) -> str:
    """A year: written ("2024", "'24") or relative ("next year"), groups prefixed by p."""
    short = rf"|['’](?P<{p}y2>\d\d)(?!\d)" if apostrophe else ""
    return (
        rf"(?:(?P<{p}y4>{YEAR4}){_NOT_DECADE}{short}|"
        rf"(?P<{p}yr>this|next|last|the|the\s+current|the\s+coming|the\s+new)\s+year(?![\w'’]))"
    )


_F = re.IGNORECASE | re.VERBOSE


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _F)


ISO = _c(r"(?<![\d/.-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
NUMERIC = _c(
    r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?!\d|[/.]\d)"
)
MONTH_DAY = _c(
    rf"""\b(?:(?P<wd>{WEEKDAY_ANY})\.?(?:,\s*|\s+)(?:(?P<paren>\()\s*)?)?
    (?P<mon>{MONTH})\s*(?:the\s+)?(?P<day>\d{{1,2}}|{ORDINAL})(?:st|nd|rd|th)?(?!\d)
    (?!\s*-?\s*(?:minutes?|hours?|episodes?|parts?|%)|[.:]\d)
    (?:,?\s+(?P<year>{YEAR4})(?!\d))?(?(paren)\s*\))"""
)
DAY_MONTH = _c(
    rf"""\b(?:(?P<wd>{WEEKDAY_ANY})\.?,?\s+)?(?:the\s+)?
    (?P<day>\d{{1,2}}|{ORDINAL})(?:st|nd|rd|th)?\.?(?:\s+of)?\s+(?P<mon>{MONTH})
    (?:,?\s+(?P<year>{YEAR4})(?!\d))?"""
)
WEEKDAY_ALONE = _c(
    rf"""\b(?:(?P<rel>this\s+coming|this\s+past|this|next|last|coming|past)\s+)?
    (?P<wd>{WEEKDAY})(?!s\b)(?:\s*\((?P<dom>\d{{1,2}})\))?
    (?!(?:['’]s)?(?:[\s-]+(?:night|evening|morning|afternoon|teatime|primetime|prime-time))?[\s-]+
    (?:drama|show|series|slot|schedule|line-?up|lineup|viewers|audiences?|tv|television|
    programmes?|programs?|soap|sitcom|comedy|staple|favou?rite|ratings|hits?|news|
    announcement|decision)\b)"""
)
PERIOD = _c(
    rf"""(?<![\w-])(?:(?P<clip>later|earlier)\s+(?:in\s+)?)?
    (?:(?P<rel>this\s+coming|this\s+past|this|next|last|coming|past)\s+)?(?:the\s+)?
    (?:(?P<mod1>{MOD})[\s-]*(?:the\s+)?)?(?:(?P<s1>{SEASON})|(?P<m1>{MONTH_W}))
    (?:\s*(?P<conj>or|to|and|through|thru|into|until|-|–|—|/)\s*(?:the\s+)?
       (?:(?P<mod2>{MOD})[\s-]*(?:the\s+)?)?(?:(?P<s2>{SEASON})|(?P<m2>{MONTH_W})))?
    (?:(?:,\s*|\s+)(?:of\s+)?{yspec("")})?(?![\w'’])"""
)
YEAR_LEVEL = _c(
    rf"""(?<![\w$£€#@/])(?:(?P<part>{YPART})[\s-]*(?:(?:in|of|during)\s+)?)?
    {yspec("", apostrophe=False)}(?![\w/])"""
)
QUARTER = _c(
    rf"""\b(?:Q(?P<q1>[1-4])(?:\s*(?:or|to|and|through|-|–)\s*Q(?P<q2>[1-4]))?
    |(?:the\s+)?(?P<qo>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+quarter
    |(?P<qrel>this|next|last|the\s+coming|the\s+current|the\s+next)\s+quarter)
    (?:\s*(?:of\s+)?{yspec("")})?(?![\w'’])"""
)
YEAR_RANGE = _c(rf"(?<![\w$£€#@/])(?P<a>{YEAR4})\s*(?:-|–|—|/)\s*(?P<b>\d{{4}}|\d{{2}})(?![\w/%-])")
DAY_WORD = _c(
    r"""\b(?:(?:earlier|later)\s+)?(?:the\s+day\s+(?P<dayrel>after\s+tomorrow|before\s+yesterday)
    |(?P<w>today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?
    |this\s+(?:morning|afternoon|evening)|last\s+night)\b"""
)
OFFSET = _c(
    rf"""\b(?:(?P<in>in|within)\s+(?:{APPROX}\s+)?(?P<n1>{NUMBER})\s+(?P<u1>day|week|month|year)s?
       (?:['’]?\s+time)?(?!\s+(?:of|when|that|which|where)\b)
    |(?:{APPROX}\s+)?(?P<n2>{NUMBER})\s+(?P<u2>day|week|month|year)s?\s+
       (?:(?P<ago>ago)|from\s+(?:now|(?P<anchor>today|tomorrow|{WEEKDAY}))))\b"""
)
WEEK_MONTH = _c(
    r"""\b(?:(?P<clip>earlier|later)\s+)?(?P<rel>this|next|last|the\s+past|the\s+coming)\s+
    (?P<u>weekend|week|month)\b"""
)
HOLIDAY = _c(
    r"""\b(?:(?P<rel>this|next|last)\s+)?(?P<h>christmas\s+(?:day|eve)|christmas|xmas
    |new\s+year['’]?s\s+(?:day|eve)|valentine['’]?s\s+day|thanksgiving(?:\s+day)?
    |(?:memorial|labor|labour)\s+day(?:\s+weekend)?|halloween|fourth\s+of\s+july|boxing\s+day
    |easter(?:\s+sunday)?|(?:the\s+)?holiday\s+season|the\s+holidays)
    (?:,?\s+(?P<year>(?:19[5-9]\d|20\d\d|2100))(?!\d))?\b"""
)
ISO_PREFIX = re.compile(r"\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]|$)")
ANY_YEAR = re.compile(rf"(?<![\d$£€#@/]){YEAR4}(?!\d)")
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“‘'(\[])|\n")
CONNECTOR = re.compile(r"\s*(?:or|to|through|thru|until|till|into|and|-|–|—|/)\s*", re.IGNORECASE)
BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
WORD_BEFORE = re.compile(r"([\w#.]+)\W*$")
WORD_AFTER = re.compile(r"\W*([\w]+)")
NUMBER_AFTER = re.compile(r",?\s*(?:of\s+)?\d")

# Cheap gates: a recogniser runs only when its words or digit shapes occur in the text.
WORDS = re.compile(r"[a-z]+")
MONTH_WORDS = frozenset(MONTHS)
WEEKDAY_WORDS = frozenset(w for w in WEEKDAYS if len(w) > 5)
SEASON_WORDS = frozenset(SEASONS) | {f"mid{s}" for s in SEASONS}
HOLIDAY_WORDS = frozenset(
    "christmas xmas valentine valentines thanksgiving memorial labor labour halloween july "
    "boxing easter holiday holidays newyear".split()
)
DAY_WORDS = frozenset("today tonight yesterday tomorrow morning afternoon evening night".split())
UNIT_WORDS = frozenset("day days week weeks month months year years".split())
HAS_ISO = re.compile(r"\d{4}[-/.]\d")
HAS_NUMERIC = re.compile(r"\d[/.]\d{1,2}[/.]\d")
HAS_YEAR = re.compile(r"\d{4}")
HAS_RANGE = re.compile(r"\d{4}\s*[-–—/]\s*\d\d")


# Named days: how each holiday falls in a year (Thanksgiving = 4th Thursday of November).
def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e, f = b // 4, b % 4, (b + 8) // 25
    h = (19 * a + b - d - (b - f + 1) // 3 + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def _weekend(day: date) -> Window:
    return day - timedelta(days=2), day


HOLIDAYS: dict[str, Callable[[int], Window]] = {
    "christmas day": lambda y: (date(y, 12, 25),) * 2,
    "christmas eve": lambda y: (date(y, 12, 24),) * 2,
    "new year's day": lambda y: (date(y, 1, 1),) * 2,
    "new year's eve": lambda y: (date(y, 12, 31),) * 2,
    "valentine's day": lambda y: (date(y, 2, 14),) * 2,
    "halloween": lambda y: (date(y, 10, 31),) * 2,
    "fourth of july": lambda y: (date(y, 7, 4),) * 2,
    "boxing day": lambda y: (date(y, 12, 26),) * 2,
    "thanksgiving": lambda y: (_nth_weekday(y, 11, 3, 4),) * 2,
    "memorial day": lambda y: (_nth_weekday(y, 5, 0, -1),) * 2,
    "labor day": lambda y: (_nth_weekday(y, 9, 0, 1),) * 2,
    "memorial day weekend": lambda y: _weekend(_nth_weekday(y, 5, 0, -1)),
    "labor day weekend": lambda y: _weekend(_nth_weekday(y, 9, 0, 1)),
    "easter": lambda y: (_easter(y),) * 2,
    "holidays": lambda y: (date(y, 11, 15), date(y, 12, 31)),
}


def holiday_key(words: str) -> str:
    key = re.sub(r"\s+", " ", words.lower().replace("’", "'")).removeprefix("the ")
    key = key.replace("labour", "labor").replace("new years", "new year's")
    key = key.replace("valentines", "valentine's").removesuffix(" sunday")
    aliases = {"christmas": "christmas day", "xmas": "christmas day", "holiday season": "holidays",
               "thanksgiving day": "thanksgiving"}  # fmt: skip
    return aliases.get(key, key)
