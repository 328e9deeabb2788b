"""episodes: how many episodes the season has."""

from __future__ import annotations

import dataclasses
import re

from knownsofar.extract.context import FUTURE, Context, Found, Subject
from knownsofar.extract.folded import fold
from knownsofar.extract.lexicon import MAY_MODAL, NUMBER_RE, ORDINAL_RE, number_value
from knownsofar.extract.sentences import Sentence

# "Season 2 Episode 1", "part 2 episodes": a number that names something else
_NAMED_NUMBER = r"(?<!season )(?<!series )(?<!part )(?<!volume )(?<!chapter )(?<!episode )"
EPISODES = re.compile(
    rf"\b(?P<inall>\d{{1,2}}|{NUMBER_RE}) episodes (?:in all|altogether|in total)\b"
    rf"|\bbring(?:s|ing)? (?:the (?:\w+ )?(?:season|series|total|count|run)|it) to "
    rf"(?P<bring>\d{{1,2}}|{NUMBER_RE})(?: episodes)?\b"
    rf"|{_NAMED_NUMBER}\b(?P<n>\d{{1,2}}|{NUMBER_RE})[- ](?:(?:new|hour-long|half-hour|one-hour|\w+-minute)[- ])?"
    rf"(?:episodes?|eps|installments|instalments)\b"
    rf"|\ball (?P<all>\d{{1,2}}|{NUMBER_RE}) episodes\b"
    rf"|\b(?P<part>\d{{1,2}}|{NUMBER_RE})-part\b(?!\s+(?:symphony|plan|structure|interview|podcast|"
    rf"essay|harmony|question|answer|epic poem|opera)\b)"
    rf"|\b(?:for|making|totall?ing|a total of)\s+(?P<total>\d{{1,2}}|{NUMBER_RE})(?:\s+episodes)?\s+in total\b"
    rf"|\ba total of (?P<atotal>\d{{1,2}}|{NUMBER_RE})\b(?!\s+(?:seasons?|series|years?|hours?|"
    rf"million|weeks?|days?|minutes?|nominations?|awards?|stars?|actors?|parts?|volumes?|cours?)\b)"
    rf"|\b(?:(?:season|series)['’]s? (?:total|episode count|tally)|episode count) (?:to|of|at|is|will be) "
    rf"(?P<stotal>\d{{1,2}}|{NUMBER_RE})\b",
    re.IGNORECASE,
)
# Counts that are not this season's: whole-show totals, inferences, source material.
_NOT_THIS = fold(
    r"\b(?:like (?:the )?(?:previous|first|last|earlier|past)|each (?:season|series) (?:has|had)|"
    r"every (?:season|series)|previous (?:seasons?|series)|earlier (?:seasons?|series)|"
    r"last (?:season|series)|past (?:seasons?|series)|both previous|earlier version|misstated|"
    r"incorrectly|"
    # an anime of the source ("the 26-episode anime from 2009"), not the show that is one
    r"(?:original|first|old|older|earlier|previous|\d{4}) anime|anime['’]s|episodes? anime|"
    r"manga|novels?|books?|chapters|special|bonus|webtoon|original series|"
    # "the first two seasons each ran eight", "each of the first two seasons had eight"
    r"seasons (?:each |all |both )?(?:ran|had|were|averaged)|(?:series|runs) (?:each|all|both) "
    r"(?:ran|had|were)|both (?:seasons|series|runs) (?:have|had|ran|run|were|are)|each of the (?:first|previous|earlier|past|last|other)|"
    r"shorter than|longer than|so far|to date|matching|"
    # "has written or co-written ten episodes of the series": a writer's credits
    r"(?:has|have|had) (?:also )?(?:written|directed|co-written|penned|helmed)|"
    # "still short of the traditional 22-episode network order": a yardstick
    r"(?:traditional|typical|standard|customary) (?:\d{1,2}|[a-z]+)[- ]episode)\b",
    re.IGNORECASE,
)
# "Like the last run, it will have eight episodes", "the second season, like the first,
# runs to eight episodes": the new season's count, as before
_SAME_VERB = r"(?:will|is set to|is going to|has|runs|is|again has|also has)\b"
_SAME_AS_BEFORE = re.compile(
    r"^(?:just |much )?like (?:the )?(?:previous|first|last|earlier|past) (?:\w+ )?"
    r"(?:run|season|series|seasons|runs)\s*,\s*(?:it|the (?:new|next) (?:season|series)|"
    rf"season \w+|series \w+)\s+{_SAME_VERB}"
    r"|\b(?:season|series|run|it),\s+(?:just |much )?like (?:the )?(?:previous|first|last|earlier|"
    rf"past)(?: \w+)?(?: (?:run|season|series|one))?,\s+(?:also |again )?{_SAME_VERB}",
    re.IGNORECASE,
)
# A hedge counts only where it governs the count: "probably eight episodes", "is expected to
# have ten", not "the eight-episode season could arrive in June".
_HEDGE = re.compile(
    r"\b(?:likely|probably|presumably|" + MAY_MODAL + r"|might|could|expected to|should|rumou?red|"
    r"reportedly|guess|bet|assume|predict)\b[^;.]{0,30}$|"
    r"\b(?:whether|if) (?:the )?(?:new |next )?(?:season|series|it|the show)\b[^;.]{0,40}$",
    re.IGNORECASE,
)


# "premieres with the first two episodes", "the final three episodes": part of the run.
_PART_OF_RUN = re.compile(r"\b(?:first|last|final|remaining|opening|next|other)\s+$", re.I)
# "premieres with two episodes, followed by one weekly": the opening batch
_OPENS_WITH = re.compile(
    r"\b(?:premieres?|premiering|debuts?|debuting|launch(?:es)?|launching|returns?|returning|"
    r"kicks? off|arrives?|drops?)\s+(?:[^;]{0,40}?,\s+)?with\s+$",
    re.I,
)
# "returns January 15 with two episodes", "premiered Wednesday with three episodes": a
# premiere's small batch is the opening batch even with no word of the rest
_OPENS_SMALL = re.compile(
    r"\b(?:premier(?:es?|ed|ing)|debut(?:s|ed|ing)?|launch(?:es|ed|ing)?|return(?:s|ed|ing)?|"
    r"kick(?:s|ed)? off|arriv(?:es?|ed|ing)|drop(?:s|ped|ping)?|bows?|bowed|(?:is|are) back)\s+"
    r"(?:[^;]{0,60}?[\s,])?with\s+$",
    re.I,
)
# What is not the season's count: a rate ("two episodes a week"), a place in the run
# ("after three episodes", "three episodes later", "two episodes left to shoot") or a part
# ("a three-episode arc", "plays a ferryman in two episodes")
_RATE_OR_PLACE_AFTER = re.compile(
    r"\s+(?:a|per|each|every) week\b|\s+(?:later|left|to go|to shoot|to film|into)\b|\s+in(?=[,.;]|$)"
    r"|\s+(?:arcs?|turns?|stints?|cameos?|appearances?|guest)\b"
    # "returns with a two-part premiere": one story told in parts, not the season
    r"|(?<=part)\s+(?:premiere|finale|opener|special|story|episode|closer)\b",
    re.I,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:after|in)\s+(?:just |only )?$"
    # "had completed just two episodes before the strike": how far the shoot got
    r"|\b(?:completed|finished|shot|filmed|wrapped)\s+(?:just|only)\s+$"
    # "critics saw four episodes ahead of the premiere": what was screened
    r"|\b(?:saw|seen|watched|screened|previewed|sent|shown)\s+(?:just |only )?$",
    re.I,
)
# "is back as the mayor for two episodes of season 3": a guest's share of the season
_SHARE = (re.compile(r"\bfor\s+(?:just |only )?$", re.I), re.compile(r"\s+of\b", re.I))
# EPISODES groups that state the season's total ("six episodes in all", "a total of 10")
_TOTALS = ("total", "stotal", "atotal", "inall", "bring")
_GOES_ON = r"[^.;]{0,40}?\b(?:followed by|then|weekly|remaining|the rest|every|each week)\b"
_RUN_GOES_ON = re.compile(_GOES_ON)
# "Two episodes on premiere day, then weekly": the opening batch, told after the count
_OPENING_BATCH = re.compile(
    r"\s+(?:on (?:the )?(?:premiere|launch|opening) (?:day|night)|on day one|at launch)\b"
    + _GOES_ON,
    re.I,
)


_SUM = re.compile(
    rf"\b(?:with|drops?|launch(?:es)? with|debuts? with|premieres? with)\s+(?:(?:the|its|their) first\s+)?"
    rf"(?P<a>\d{{1,2}}|{NUMBER_RE})\s+(?:new\s+)?episodes?,?\s+(?:followed by|then|and then|with)\s+"
    rf"(?:the\s+)?(?:remaining|other|last|final|next)?\s*(?P<b>\d{{1,2}}|{NUMBER_RE})\b"
    rf"(?!\s+(?:new\s+)?episode\s+(?:every|each|a week|weekly|per week))",
    re.IGNORECASE,
)
# "twelve episodes in winter, and another twelve in the summer": a split season's batches
_ANOTHER = re.compile(
    rf"\b(?P<a>\d{{1,2}}|{NUMBER_RE})(?: new)? episodes\b[^.;]{{0,40}}?,?\s+(?:and|with|plus|then|"
    rf"followed by)\s+(?:another|a further|a second batch of|the other)\s+(?P<b>\d{{1,2}}|{NUMBER_RE})\b"
    rf"(?!\s+(?:seasons?|series|years?|weeks?|months?|days?)\b)",
    re.IGNORECASE,
)
_HALF = r"(?:Part|Volume|Vol\.|Batch|Cour)"
_PARTS_SUM = re.compile(
    rf"\b{_HALF} (?:1|one|I)\b,?\s+(?:[^.;]{{0,60}}?\s)?(?P<a>\d{{1,2}}|{NUMBER_RE})(?: new)? "
    rf"episodes\b[^.]{{0,120}}?\b(?:{_HALF} (?:2|two|II)\b,?\s+(?:and |with )?(?:its |the )?"
    rf"(?:remaining |final |last |other )?|the (?:remaining|final|last|other) )"
    rf"(?P<b>\d{{1,2}}|{NUMBER_RE})(?: new)? episodes\b",
    re.IGNORECASE,
)
# "Part 2 runs 12 episodes, following the 12-episode first part": the second half's count
# with the first's
_AFTER_FIRST_HALF = re.compile(
    rf"\b(?P<b>\d{{1,2}}|{NUMBER_RE})(?: new)? episodes,? (?:following|after) the "
    rf"(?P<a>\d{{1,2}}|{NUMBER_RE})(?:-episode| episodes)? (?:first (?:part|half|cour|volume|batch)|"
    rf"of {_HALF} (?:1|one|I)\b)",
    re.IGNORECASE,
)
_CHANGED_TO = re.compile(
    rf"\b(?:cut|trimmed|reduced|shortened|increased|expanded|extended|bumped up|upped|"
    rf"dropped|down|up|going|went) (?:from )?(?:\d{{1,2}}|{NUMBER_RE})(?: episodes)? to "
    rf"(?P<new>\d{{1,2}}|{NUMBER_RE})\b(?!\s+(?:seasons?|series|hours?|minutes?|years?|weeks?)\b)",
    re.IGNORECASE,
)
_EACH_PART = re.compile(
    rf"\b(?:each|both) (?:of the )?(?:parts?|volumes?|halves|half|batch(?:es)?)\s+(?:will\s+)?"
    rf"(?:have|has|contains?|consists? of|runs?|comprises?|features?)\s+(?P<n>\d{{1,2}}|{NUMBER_RE})"
    rf"\s+episodes\b",
    re.IGNORECASE,
)
# "in two parts of four episodes each", "split into two eight-episode parts"
_PARTS_OF = re.compile(
    rf"\b(?P<p>two|three|four|2|3|4) (?:parts|volumes|halves|batches|cours) of (?P<n>\d{{1,2}}|"
    rf"{NUMBER_RE}) episodes(?: each| apiece)?\b|\b(?P<p2>two|three|four|2|3|4) "
    rf"(?P<n2>\d{{1,2}}|{NUMBER_RE})-episode (?:parts|volumes|halves|batches|cours)\b",
    re.IGNORECASE,
)
_PARTS = re.compile(r"\b(?P<p>two|three|four|2|3|4) (?:parts|volumes|halves|batches)\b", re.I)
_HOW_MANY = re.compile(r"\bhow many episodes\b", re.IGNORECASE)
_ANSWER_COUNT = re.compile(
    rf"^(?:A:\s*)?(?:(?:There (?:will be|are)|It(?:'s| is| will be)|We(?:'ve| have) got|We have|"
    rf"We're (?:doing|making))\s+)?(?:(?:just|only|actually)\s+)?(?P<n>\d{{1,2}}|{NUMBER_RE})\b",
    re.IGNORECASE,
)
_ANSWER_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|or so|give or take|likely|roughly|around|we think)\b",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s")
# "It was eight last season.": the answer's aside about a season before
_ANSWER_ASIDE = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)


def extract_episodes(ctx: Context, s: Sentence) -> list[Found]:
    """Episode counts of one sentence that are stated for the season itself."""
    if ctx.subjectless(s):
        return []  # every finding's subject is ctx.subject(s, ...)
    if s.question:
        return _answered(ctx, s)
    summary = _SUMMARY_COUNT.match(s.text)
    if summary is not None:  # "- Episodes: eight, released weekly after a two-episode premiere"
        return _summary_count(ctx, s, summary)
    n, pos = _count(s.text)
    summed = n is None
    if summed and _SAME_COUNT.search(s.text):  # "Season 1 ran 10 episodes. Season 2 will
        return _same_as_told(ctx, s)  # run the same length."
    if summed:
        n, pos = _rest_of_batches(ctx, s)
    if not n or n < 2 or n > 40 or _HEDGE.search(s.text, 0, pos):
        return []
    # not after the count's own stretch ("eight episodes, covering the manga's arc"), nor
    # before a colon that opens the count ("shorter than the first: six episodes")
    lead = s.text.rfind(":", 0, pos) + 1
    elsewhere = _NOT_THIS.search(s.text, lead, _part_end(s.text, pos))
    if elsewhere and not _SAME_AS_BEFORE.search(s.text):
        return []
    total = _EXPLICIT_TOTAL.search(s.text)
    if not total and _recaps_aired_run(ctx, s):
        return []
    subject = _subject_at(ctx, s, pos)
    if subject is None:
        return []
    rank = 2.0 if summed or _STATED_TOTAL.search(s.text) else 1.0
    if total:
        rank = 2.5  # "for a total of 24 episodes": above "the second part will have 12 episodes"
    found = Found(subject, "episodes", n, s.text, s.index, rank)
    return [found, *_carried(ctx, s, pos, found)]


# "Season 1 ran ten episodes, and season 2 will too": the count carried to a later season
_LATER = (
    rf"(?P<later>(?:the\s+)?(?:season|series)\s+(?:\d{{1,2}}|{NUMBER_RE})|the\s+(?P<ord>{ORDINAL_RE}|"
    r"new|next|upcoming)(?:\s+(?:season|series|run|one))?)"
)
_CARRIED = tuple(
    re.compile(r"[^.;]{0,40}?(?:[,;]\s*|\s+)" + form, re.IGNORECASE)
    for form in (
        rf"(?:and|but|while|with)?\s*{_LATER}\s+(?:will|is going to|is set to|does|has|is)\s+"
        r"(?:(?:also|again)\s+)?(?:too|as well|also\b|match (?:that|it|this)|"
        r"(?:have|get|run(?: to)?|be|keep)\s+(?:the same(?: number| count| length| episode count)?|"
        rf"as many|(?P<n2>\d{{1,2}}|{NUMBER_RE})\b))",
        rf"(?:as|and so)\s+(?:will|does|has|is)\s+{_LATER}",
        rf"as\s+{_LATER}\s+will(?: be| have| run)?\s*(?:[,.;]|$)",
    )
)


def _carried(ctx: Context, s: Sentence, pos: int, found: Found) -> list[Found]:
    """The count said again of a later season in the same sentence ("Season 1 ran ten
    episodes, and season 2 will too"; "..., as series two will be")."""
    m = next((m for p in _CARRIED if (m := p.match(s.text, pos))), None)
    if m is None:
        return []
    later = ctx.subject(s, m.start("later"), weak_ok=True)
    if m.group("ord"):
        n = number_value(m.group("ord"))
        later = (found.subject[0], n) if n else ctx.subjects.at(s, m.start("later"), weak_ok=True)
    if later is None or later[0] != found.subject[0] or later[1] <= found.subject[1]:
        return []
    n2 = m.groupdict().get("n2")
    count = number_value(n2) if n2 else found.value
    return [dataclasses.replace(found, subject=later, value=count)]


# A later season said to have the count told just before: "Season 2 will run the same
# length", "The second will have the same number of episodes"
_SAME_COUNT = re.compile(
    r"\b(?:will|is going to|is set to|does|has|is)\s+(?:also\s+|again\s+)?(?:have|run(?: to)?|be|get|"
    r"keep|match)\s+(?:the same (?:number(?: of episodes)?|length|episode count|count)|as many "
    r"episodes)\b",
    re.IGNORECASE,
)


_ORDINAL_LEAD = re.compile(
    rf"^(?:and )?the (?P<o>{ORDINAL_RE})(?: (?:season|series|one|run))? (?:will|is|has|does)\b",
    re.IGNORECASE,
)


def _same_as_told(ctx: Context, s: Sentence) -> list[Found]:
    """The count of an earlier season told in one of the two sentences before, for the later
    season this sentence names; a hedge ("Expect season 2 to have the same number") says
    nothing."""
    m = _SAME_COUNT.search(s.text)
    subject = ctx.subject(s, m.start()) if m else None
    if m is None or subject is None or _HEDGE.search(s.text, 0, m.start()):
        return []
    lead = _ORDINAL_LEAD.match(s.text)  # "The second will have the same number."
    if lead is not None:
        subject = (subject[0], number_value(lead.group("o")) or subject[1])
    for prev in reversed(ctx.sentences[max(0, s.index - 2) : s.index]):
        n, pos = _count(prev.text)
        told = ctx.subject(prev, pos) if n else None
        if told is not None and told[0] == subject[0] and told[1] < subject[1]:
            if 2 <= (n or 0) <= 40:
                quote = f"{prev.text} {s.text}"
                return [Found(subject, "episodes", n, quote, s.index, 1.0)]
    return []


# A guide's summary line: "- Episodes: eight", "Episode count: 10"
_SUMMARY_COUNT = re.compile(
    rf"^\W*(?:episodes|episode count|number of episodes|no\. of episodes)\s*:\s*"
    rf"(?P<n>\d{{1,2}}|{NUMBER_RE})\b",
    re.IGNORECASE,
)


def _summary_count(ctx: Context, s: Sentence, m: re.Match[str]) -> list[Found]:
    n = number_value(m.group("n"))
    subject = ctx.subject(s, 0)
    if not n or n < 2 or n > 40 or subject is None or _ANSWER_HEDGE.search(s.text):
        return []
    return [Found(subject, "episodes", n, s.text, s.index, 2.0)]


# "The eight-part thriller premiered in March and topped the charts", "The six-episode
# comedy was the surprise of last summer": a season that has aired, described in passing
_AIRED = re.compile(
    r"\b(?:premiered|debuted|aired|launched|arrived|ended|topped|became|ran|went out|concluded|"
    r"struggled|has (?:quietly |since |already )?(?:been an?|become|spent)|was (?:an?|the)|"
    r"were (?:an?|the)|(?:you|viewers|fans)(?:'ve| have) (?:binged|watched|seen))\b",
    re.IGNORECASE,
)
# "Filming on the eight-episode season began in August and was halfway through": the
# season being made, not one that has aired
_RUNS = re.compile(r"\b(?:runs?|running)\b", re.I)
_MAKING = re.compile(r"\b(?:film\w*|shoot\w*|shot|production|wrap\w*|cameras|set)\b", re.I)


def _recaps_aired_run(ctx: Context, s: Sentence) -> bool:
    """A sentence naming no season that only looks back on a run that has aired: its
    count is that run's, not the count of the season the article carries on about."""
    named = any(not a.weak for a in ctx.subjects.anchors.get(s.index, ()))
    if named or not _AIRED.search(s.text) or _MAKING.search(s.text):
        return False
    return not (FUTURE.search(s.text) or _RUNS.search(s.text))


# "all 24 episodes of Season 2 are streaming": the season the count is of
_OF_SEASON = re.compile(
    rf"(?:\d{{1,2}}|{NUMBER_RE})[- ](?:new )?episodes? of (?:the )?(?P<season>(?:season|series) \w+)",
    re.IGNORECASE,
)


def _subject_at(ctx: Context, s: Sentence, pos: int) -> Subject | None:
    """The subject of a count at ``pos``: the season it is "of", even told in passing."""
    of = _OF_SEASON.search(s.text, pos, pos + 60)
    if of is not None and of.start() - pos < 12:
        named = ctx.subject(s, of.start("season"), weak_ok=True)
        if named is not None:
            return named
    return ctx.subject(s, pos)


def _part_end(text: str, pos: int) -> int:
    """The end of the comma-separated stretch of ``text`` holding ``pos``."""
    end = text.find(",", pos)
    return len(text) if end < 0 else end


_EXPLICIT_TOTAL = re.compile(
    r"\b(?:a total of|in total|in all|altogether|bringing (?:the|it|its)\b[^.;]{0,30}\bto)\b",
    re.IGNORECASE,
)
_STATED_TOTAL = re.compile(
    rf"\b(?:runs?|has|have|will have|consists? of|comprises?|spans?|totals?|in total|all)\s+"
    rf"(?:\d{{1,2}}|{NUMBER_RE})\s+episodes\b|\b(?:\d{{1,2}}|{NUMBER_RE})-episode\b|in total\b|"
    rf"['’]s? (?:total|episode count|tally) (?:to|of|at)\b|\ba total of\b",
    re.IGNORECASE,
)


def _count(text: str) -> tuple[int | None, int]:
    """The season's episode count a sentence states: a sum of batches ("three episodes,
    followed by the remaining five"), a total ("for eight in total"), else the first count
    that is not part of the run ("the first two episodes")."""
    change = _CHANGED_TO.search(text)
    if change:  # "cut from ten episodes to eight": the new count
        return number_value(change.group("new")), change.start()
    each = _EACH_PART.search(text)
    if each:  # "each part will have six episodes": parts times that
        per = number_value(each.group("n"))
        parts = _PARTS.search(text)
        count = number_value(parts.group("p")) if parts else 2
        if per and count:
            return per * count, each.start()
    parts_of = _PARTS_OF.search(text)
    if parts_of:
        per = number_value(parts_of.group("n") or parts_of.group("n2"))
        count = number_value(parts_of.group("p") or parts_of.group("p2"))
        if per and count:
            return per * count, parts_of.start()
    # "Part 1, five episodes, premieres July 18; Part 2, the remaining five, follows"
    for m in (_PARTS_SUM.search(text), _AFTER_FIRST_HALF.search(text)):
        if m:
            a, b = number_value(m.group("a")), number_value(m.group("b"))
            if a and b:
                return a + b, m.start()
    m = _SUM.search(text) or _ANOTHER.search(text)
    if m:
        a, b = number_value(m.group("a")), number_value(m.group("b"))
        if a and b and b > 1:  # "then one new episode every Friday" is a rate, not a batch
            return a + b, m.start()
    found = [m for m in EPISODES.finditer(text) if _is_season_count(text, m)]
    total = next((m for m in found if any(m.group(g) for g in _TOTALS)), None)
    m = total or (found[0] if found else None)
    if m is None:
        return None, 0
    return number_value(next(v for v in m.groups() if v)), m.start()


def _is_season_count(text: str, m: re.Match[str]) -> bool:
    """Whether an EPISODES match counts the season's episodes, not a batch of them ("the
    first two episodes", "premieres with two episodes, then weekly"), a rate or a place."""
    start, end = m.start(), m.end()
    if _PART_OF_RUN.search(text, 0, start) or _OPENING_BATCH.match(text, end):
        return False
    if _OPENS_WITH.search(text, 0, start) and _RUN_GOES_ON.match(text, end):
        return False
    if any(m.group(g) for g in _TOTALS):
        return True
    small = (number_value(next(v for v in m.groups() if v)) or 0) <= 3
    if small and _OPENS_SMALL.search(text, 0, start):
        return False
    if _SHARE[0].search(text, 0, start) and _SHARE[1].match(text, end):
        return False
    return not (_RATE_OR_PLACE_AFTER.match(text, end) or _PLACE_BEFORE.search(text, 0, start))


def _answered(ctx: Context, s: Sentence) -> list[Found]:
    """ "How many episodes?" answered by "Eight." or "There will be ten"; "Six episodes
    again?" answered by "Six again." or "Yes"."""
    if not _HOW_MANY.search(s.text):
        return _confirmed_count(ctx, s)
    n, nxt = None, s
    for nxt in ctx.sentences[s.index + 1 : s.index + 3]:
        m = _ANSWER_COUNT.match(nxt.text)
        n = number_value(m.group("n")) if m else None
        if n and not _NOT_THIS.search(nxt.text):
            break
        if not _ANSWER_ASIDE.search(nxt.text):
            return []  # "It was eight last season. It's nine, actually.": the next one answers
        n = None
    if not n or n < 2 or n > 40 or _ANSWER_HEDGE.search(nxt.text):
        return []  # "Eight, maybe nine."
    numbered = _NUMBERED.match(s.text)
    if numbered and nxt.index == s.index + 1 and int(numbered.group(1)) + 1 == n:
        return []  # "5. How many episodes? 6. What happens in season 3?": a guide's contents
    subject = ctx.subject(s, 0)
    if subject is None:
        return []
    return [Found(subject, "episodes", n, f"{s.text} {nxt.text}", nxt.index, 1.0)]


# "A: Six again.", "FQ: Yes, six.": an interview answer, after its speaker's label
_SPEAKER = re.compile(r"^(?:A|[A-Z]{1,3}|[A-Z][a-z]+):\s*")
_YES_OR_NUMBER = re.compile(
    rf"^(?:yes|yep|yeah|correct|that's right|(?P<n>\d{{1,2}}|{NUMBER_RE}))\b", re.I
)


def _confirmed_count(ctx: Context, s: Sentence) -> list[Found]:
    """A count asked about ("Q: Six episodes again?") that the answer confirms."""
    n, pos = _count(s.text)
    if not n or n < 2 or n > 40 or s.index + 1 >= len(ctx.sentences):
        return []
    nxt = ctx.sentences[s.index + 1]
    answer = _SPEAKER.sub("", nxt.text, count=1).lstrip("\"“‘' ")  # '"Six again.', 'A: Yes'
    m = _YES_OR_NUMBER.match(answer)
    if m is None or (m.group("n") and number_value(m.group("n")) != n):
        return []
    subject = ctx.subject(s, pos)
    if subject is None:
        return []
    return [Found(subject, "episodes", n, f"{s.text} {nxt.text}", nxt.index, 1.0)]


_REST = re.compile(
    rf"\b(?:the )?(?:remaining|other|final|last|next) (?P<n>\d{{1,2}}|{NUMBER_RE})"
    rf"(?: new)? episodes\b",
    re.IGNORECASE,
)
_FIRST_BATCH = re.compile(
    rf"\b(?:(?:the |its )?first (?P<a>\d{{1,2}}|{NUMBER_RE})|{_HALF} (?:1|one|I)(?:['’]s|,)\s+"
    rf"(?P<c>\d{{1,2}}|{NUMBER_RE})|(?:with|of|drops?|launch(?:es|ed)? "
    rf"with) (?P<b>\d{{1,2}}|{NUMBER_RE}))(?: new)? episodes\b",
    re.IGNORECASE,
)


# "with the remaining eight rolling out weekly", after the first batch in the same sentence
_REST_BARE = re.compile(
    rf"\b(?:the )?(?:remaining|other|final|last|next) (?P<n>\d{{1,2}}|{NUMBER_RE})\b"
    r"(?!\s+(?:seasons?|series|years?|months?|weeks?|days?|parts?|volumes?|hours?|minutes?)\b)",
    re.IGNORECASE,
)


def _rest_of_batches(ctx: Context, s: Sentence) -> tuple[int | None, int]:
    """ "The first three episodes arrive May 2, with the remaining seven weekly"; "Part 1
    arrives with four episodes. ... Part 2, the remaining four episodes, follows in May":
    the two batches, stated in one sentence or nearby ones, add up."""
    bare = _REST_BARE.search(s.text)
    first = _FIRST_BATCH.search(s.text, 0, bare.start()) if bare else None
    if bare and first:
        a = number_value(first.group("a") or first.group("b") or first.group("c"))
        b = number_value(bare.group("n"))
        if a and b:
            return a + b, first.start()
    rest = _REST.search(s.text)
    if rest is None:
        return None, 0
    for prev in reversed(ctx.sentences[max(0, s.index - 3) : s.index]):
        first = _FIRST_BATCH.search(prev.text)
        if first and not _REST.search(prev.text):
            a = number_value(first.group("a") or first.group("b") or first.group("c"))
            b = number_value(rest.group("n"))
            if a and b:
                return a + b, rest.start()
    return None, 0
