"""release: released / dated / window / not_announced, with the confirmed flag."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from knownsofar import dates
from knownsofar.extract.context import (
    HABIT,
    NEGATION,
    PRECEDENT,
    Context,
    Found,
    Subject,
    is_speculative,
    tense_of,
)
from knownsofar.extract.folded import fold
from knownsofar.extract.lexicon import PLATFORM_RE, PLATFORMS, platform_name
from knownsofar.extract.sentences import Sentence, clause_spans

RELEASE_VERB = re.compile(
    r"(?<!press )\b(?:premier(?:e|es|ed|ing)|debut(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|"
    r"(?:starts?|begins?|kicks? off|kicking off|starting|beginning) (?:on|this|next)|"
    # "begins Thursday, Oct. 3", "kicks off in October": a date right after (or the date cut
    # off where the words before a date are read)
    r"(?:starts?|begins?|kicks? off|kicking off)(?=(?: in(?: the)?)?\s*$| (?:in (?:the )?)?"
    r"(?:early |late |mid-?)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec|spring|summer|fall|autumn|winter|20\d\d|\d{1,2}(?:st|nd|rd|th)? (?-i:[A-Z])))|looking like|looks like|pencil+ed in for|"
    r"eyeing|targeting|targeted (?:for|at)|aiming for|aim(?:s|ing|ed)? to (?:deliver|release|"
    r"launch|premiere|debut|air|drop|bring)|on track for|slott?(?:ed|ing)? (?:[\w'+:-]+ ){0,5}?(?:in )?for|(?:best |educated |safest )?(?:guess|bet) (?:is|would be)|"
    # "we'd bet on early 2026", "we're betting on a spring release", "our money is on summer"
    r"(?:(?:i|we)(?:['’]d| would)? bet|(?:i['’]m|we['’]re|i am|we are) betting|(?:our|my) money(?:['’]s| "
    r"is| would be)) on|"
    r"(?:i|we|i'd|we'd|i would|we would|had to|have to) guess|"
    r"(?:is|are) down for|put(?:s|ting)? (?:[\w'’&-]+ ){1,4}down for|"
    # "HBO has told us summer", "Apple's telling me autumn", "is still saying 2026", "the
    # plan is autumn": a bare period the network gave (or the date cut off after the words)
    r"(?:(?:has|have|had) told|told|tells|telling|(?:has|have|had) (?:only )?said|(?:is|are) "
    r"(?:still |only )?saying|the (?:plan|target|aim|goal) is(?: for)?)(?: (?:us|me|fans|viewers|"
    r"reporters|critics))?(?=\s*$| (?:(?:early|late|mid-?) )?(?:spring|summer|fall|autumn|winter|"
    r"20\d\d|next (?:year|spring|summer|fall|autumn|winter)|later this year)\b)|"
    r"(?:has|have|had) (?:us|it|them|the "
    r"(?:show|season|series|new season)) (?:down|pencil+ed in|slated|scheduled) for|"
    r"looking at(?=\s*$| (?:a |an )?(?:late |early |mid-?)?(?:20\d\d|spring|summer|fall|autumn|winter|"
    r"next year|the (?:end|start|first|second) of))|"
    r"bring(?:s|ing)? (?:it|them|season \w+|(?:the|its|their) (?:[\w-]+ )?(?:show|series|season|"
    r"drama|comedy|chapter|instal+ment)) (?:back )?to (?:\w+ ){0,3}(?:viewers|screens|audiences|"
    r"fans|subscribers)|"
    r"releas(?:e|es|ed|ing)(?!\s+(?:(?:a|an|the|its|their|new|first|official|six|two|three|four|"
    r"five|several|some|\d+|[\w]+-[\w]+)\s+){0,3}(?:posters?|trailers?|teasers?|photos?|images?|"
    r"stills?|statement|clips?|videos?|look|footage|featurettes?|key art|details|pictures?))|drop(?:s|ped|ping)?(?!\s+(?:it\s+|the\s+(?:show|series|drama|comedy)\s+)?after\s+(?:just\s+|only\s+)?\w+\s+(?:seasons?|series)\b)|return(?:s|ed|ing)?|launch(?:es|ed|ing)|(?:will|to) launch|"
    r"hit(?:s|ting)? (?:screens|netflix|streaming|the|our|tv|(?-i:[A-Z])\w+)|land(?:s|ed|ing)?|"
    r"air(?:s|ed|ing)?|stream(?:s|ed|ing)?(?!\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?(?:"
    r"promotional|promo|PV|trailer|teaser|clip|video)\b)(?!\s+(?:chief|service|giant|platform|rights|numbers|home|"
    r"wars|boss|executive|exec|arm|business|segment|data|charts?|figures|deal|app|unit|division|"
    r"decisions?|news|"
    r"library|market|company|subscribers?|revenue|price|tier))|(?:is|are|be) out|comes? out|coming|"
    r"(?:is|are|will be|be|comes?|coming|'s) back (?:on(?! set\b| location\b)|in(?! production\b)|for)|bring(?:s|ing)?\b[^.;]{0,40}\bback|set for|"
    r"(?:set|sets|setting|slated|slates|dated|dates|confirm(?:s|ed|ing)?) (?:the |its |their )?"
    r"(?:[\w-]+ ){0,2}?"
    r"(?:season|series|premiere|return)(?: \d+| [a-z]+)? for|slated for|scheduled for|due (?:out|in|on|for)|out now|"
    r"bow(?:s|ed)?|available|premiere date|release date|return date|air date|"
    r"launch date|on screens|(?:is|are) expected|(?:season|series) \w+ for(?= (?:early|mid|late|"
    r"spring|summer|fall|autumn|winter|q[1-4]|the|20\d\d|\w+ 20\d\d)|\s*$)|(?:has |have )?dated|promised|(?:release |premiere |likely )?window|new episodes|(?:be )?broadcast|transmitted|(?:be )?screened|(?:pushed|moved|delayed|postponed|bumped|shifted|"
    r"rescheduled)(?: back| up)?(?<!moved(?=\s(?:in|into|on|out|house|away)\b))|begins? (?:its|the)(?: [\w-]+){0,3} (?:season|series|run)|"
    r"(?:begins?|starts?|kicks? off|kicking off) (?:season|series) (?:\d+|[a-z]+)\b|"
    r"follows? suit|(?:will|would|should|could) follow|"
    # a promo's end card: "The teaser ends with a simple card: 'October 2026'"
    r"(?:end|title|closing|final) card|(?:ends|closes|finishes|signs off) (?:with|on) (?:a |the |an )?"
    r"(?:simple |short |title |black |closing |final )?(?:card|caption|slate|message|date|words?)|"
    # "aiming to have season three on the service in 2026", "should be on Peacock by June"
    r"(?:have|get) (?:it|them|season \w+|the (?:show|series|new season|new series|next season)) "
    r"out(?= (?:in|by|before|this|next|early|late|around)\b)|"
    r"(?:(?:have|get|put|see) (?:it|them|season \w+|the (?:show|series|new season|new series|"
    r"next season)) (?:back )?on (?:the service|the platform|the streamer|air|(?:our )?screens|"
    r"(?-i:[A-Z])[\w+]+)|be (?:back )?on (?:the service|the platform|the streamer|air|(?:our )?"
    r"screens))(?= (?:in|by|before|this|next|early|late|around)\b)|"
    r"be back(?! on set| on location| at work| in production| filming| shooting)|"
    r"(?:hold|holds|keep|keeps|keeping|holding|retain|retains|retaining) (?:its|their|the) "
    r"(?:[\w/:.-]+ ){0,3}(?:slot|time ?slot|berth)|"
    r"(?:will|'ll|to) be (?:shown |screened )?on (?!set\b|location\b|hand\b|board\b|the (?:set|way)\b)|"
    r"expect (?:to see )?(?:it|the|season|series)|see (?:it|the (?:new|next)))\b",
    re.IGNORECASE,
)
RELEASED = fold(
    r"\b(?:premiered|debuted|dropped(?!\s+(?:it\s+|the\s+(?:show|series|drama|comedy)\s+)?after\s+(?:just\s+|only\s+)?\w+\s+(?:seasons?|series)\b)|arrived|landed|was released|were released|released on|"
    r"aired|bowed|is (?:now )?(?:out(?! of)|streaming|available)|are (?:now )?(?:out(?! of)|streaming|"
    r"available)|"
    r"now streaming|out now|available (?:to stream )?now|has (?:now )?(?:premiered|debuted|"
    r"dropped|arrived|landed|returned|been released)|have (?:now )?(?:premiered|dropped|been "
    r"released)|kicked off|returned)\b",
    re.IGNORECASE,
)
NOT_ANNOUNCED = fold(
    r"\b(?:(?:yet to|has(?:n't| not)(?: yet)?|have(?:n't| not)(?: yet)?) (?:reveal|announce|confirm|"
    r"say|share|set)\w* when\b|(?:release|premiere|return|air) date [^.;]{0,40}?\b(?:has|is|remains) "
    r"(?:yet|still) to be (?:announced|set|revealed|confirmed|decided|determined)|"
    r"(?:a |the |an )?(?:release|premiere|return|air) date [^.;]{0,40}?"
    r"(?:has|have|had)(?: not|n't) (?:yet )?been (?:announced|set|revealed|confirmed)|(?:had not|hadn't) (?:yet )?(?:announced|set|revealed|confirmed|given) (?:a|an|the) "
    r"(?:release|premiere|air|return|transmission|broadcast) date|no (?:transmission|broadcast|tx) "
    r"date|(?:doesn't|does not|don't|do not) (?:yet )?have (?:a|an) (?:official |confirmed )?"
    r"(?:release|premiere|return|air) date|(?:did not|didn't|has not|hasn't|have not|haven't|won't|would not|wouldn't) "
    r"(?:yet )?(?:say|said|reveal|revealed|announce|announced|confirm|confirmed|specify|"
    r"specified) when\b|no (?:[a-z]+(?: [a-z]+)?(?:,|,? or|,? and) ){0,3}(?:official |confirmed |firm |exact |specific )?"
    r"(?:release|premiere|return|launch|air|debut|arrival) (?:date|window|timing)|(?:has|have|had)(?:n't| not) (?:yet )?dated\b|(?:yet to|has(?:n't| not)(?: yet)?|have(?:n't| not)(?: yet)?|"
    r"did(?:n't| not)|not yet) (?:been )?(?:announce|set|reveal|confirm|give|share|unveil|lock|"
    r"nail|pin|specif|offer)\w* (?:down )?(?:us |fans |viewers )?(?:a |an |the |any )?(?:official |exact |"
    r"specific |new )?(?:release|premiere|launch|return|air|debut|broadcast|transmission)?\s?(?:date|"
    r"window|day)|(?:release|premiere|air|"
    r"transmission|broadcast) date "
    r"(?:is |has |remains )?(?:yet to be|not been|not yet|still|TBA|TBC|TBD|to be (?:confirmed|"
    r"announced|determined|revealed))|no word (?:yet )?(?:on|about) (?:when|a release|a premiere|"
    r"the release|the premiere|a date)|(?:date|premiere) (?:is |remains )?(?:unknown|under wraps|"
    r"a mystery)|(?:release|premiere) date (?:has|have)(?:n't| not) been (?:announced|set|revealed"
    r"|confirmed)|when (?:it|the (?:new )?season|the show|the series) will (?:premiere|return|"
    r"arrive|be released|drop) (?:is|remains) (?:unknown|unclear|a mystery)|"
    # "didn't say how many episodes it will have, or when it will premiere"
    r"(?:did not|didn't|has not|hasn't|have not|haven't) (?:yet )?(?:say|said|reveal|revealed|"
    r"announce|announced|confirm|confirmed|specify|specified)\b[^.;]{0,80}?,? or when\b[^.;]{0,40}?"
    r"\b(?:premiere|return|arrive|air|be released|drop|debut|launch|stream)s?\b|"
    r"(?:give|given|gave|offer|offered|provide|provided) (?:any|no) (?:indication|hint|word|clue) "
    r"(?:of|about|as to) when\b|no (?:date|window)(?: or (?:a )?(?:date|window))? (?:yet|so far|has "
    r"been (?:given|set|announced|confirmed|revealed))\b|"
    r"no (?:timing|timeline|timeframe) (?:was|has been|is|yet)\b|"
    r"will (?:announce|reveal|confirm) (?:a|the) (?:release|premiere|air|return) date (?:at a later date|"
    r"later|in due course))",
    re.IGNORECASE,
)
NOT_PREMIERE = fold(
    r"\b(?:finale|final episode|last episode|through|until|weekly|every week|each week|"
    # not a promo's end card: "The teaser ends with a simple card: 'October 2026'"
    r"ends?(?! card\b)(?! (?:with|on) (?:a |the |an )?(?:simple |short |title |black |closing |"
    r"final )?(?:card|caption|slate|message|words?)\b)|"
    r"ended|concludes?|concluded|wraps? up|run(?:s)? through|"
    # one episode of a run: "Her departure episode airs May 14", "the 100th episode airs"
    r"(?:departure|farewell|exit|send-off|christmas|holiday|halloween|crossover|milestone|"
    r"anniversary|bottle|musical|next|\d+(?:st|nd|rd|th)) episode|episodes? (?:\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten)|part (?:two|2|ii)|volume 2|second half|"
    r"originally|initially|previously|was (?:supposed|set|scheduled|slated|planned|due)|"
    r"misstated|incorrectly|erroneously|earlier version|mistakenly|"
    r"had been|first (?:assumed|announced|reported)|instead of|rather than|(?:delayed|pushed|"
    r"moved|postponed|bumped)(?: back| up)? from|born|founded|"
    # "streaming since 2019", not "has since confirmed"
    r"since(?= (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|last|its|the|launch|"
    r"debut|premiere|then)))\b",
    re.IGNORECASE,
)
RELEASE_HEADING = re.compile(
    r"\b(?:release|premiere|come out|coming out|return|when|air date|arriv\w*|drop|slate|"
    r"schedule|calendar|line-?up|dates)\b",
    re.I,
)
_RANK = {
    ("released", True): 10.0,
    ("dated", True): 8.0,
    ("window", True): 7.0,
    ("dated", False): 6.0,
    ("window", False): 5.0,
    ("not_announced", False): 2.0,
}


def extract_release(ctx: Context, s: Sentence) -> list[Found]:
    """Release claims of one sentence (a question heading asserts nothing)."""
    if s.question or ctx.subjectless(s):
        return []  # every finding's subject is ctx.subject(s, ...)
    if _DAY_HEADING.match(s.text) or _dateline(ctx, s):
        return []  # a roundup's "THURSDAY" heading; the page's own "14 April 2025" line
    out = _dated_claims(ctx, s) + _listing(ctx, s) + _slot_line(ctx, s)
    if not out:
        out = (
            _released_undated(ctx, s)
            or _not_announced(ctx, s)
            or _answered_no(ctx, s)
            or _under_day_heading(ctx, s)
        )
    return out


_DAY_HEADING = re.compile(
    r"^\W*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"this week|last week)\W*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:posted|published|updated|last updated)\b", re.IGNORECASE)


def _dateline(ctx: Context, s: Sentence) -> bool:
    """A line that only dates the page: "14 April 2025", "posted on 2026-03-29 11:30 by ..."."""
    if _BYLINE.match(s.text):
        return True
    if s.index > 3 or len(s.text) > 40:
        return False
    found = dates.find_dates(s.text, ctx.published, "past")
    if len(found) != 1 or found[0].kind != "day" or found[0].date is None:
        return False
    if ctx.published is not None and found[0].date > ctx.published:
        return False  # a listing's slot to come
    rest = s.text[: found[0].start] + s.text[found[0].end :]
    return not re.search(r"[A-Za-z]{3,}", rest)


# A listing: "The 4:50 Club (BBC One, Tuesday 2 January, 9pm) - ...", "Kindling (Channel 4,
# spring) - ...": the title, then its channel and slot in brackets
_LISTING = re.compile(
    r"^[^()]{2,80}?\((?:"
    + "|".join(a for alts in PLATFORMS.values() for a in alts)
    + r")\s*,\s*(?P<when>[^()]{3,60}?)\)\s*[-–—:]"
)


# "Ladder 19 (Season 6): Tuesday, Sept. 22, 9/8c": a schedule's line for one season
_SEASON_LISTING = re.compile(
    r"^[^()]{2,80}?\((?:season|series)\s+\d{1,2}(?:\s+premiere)?\)\s*[:\-–—]\s*(?P<when>[^.;]{3,40}"
    r"(?:\.\s*\d{1,2})?[^.;]{0,25})",
    re.IGNORECASE,
)


def _listing(ctx: Context, s: Sentence) -> list[Found]:
    m = (_LISTING.match(s.text) or _SEASON_LISTING.match(s.text)) if "(" in s.text else None
    if m is None:
        return []
    when_text = m.group("when")
    found = dates.find_dates(when_text, ctx.published, "future") or dates.find_dates(
        "in " + when_text, ctx.published, "future"
    )  # "(Channel 4, spring)"
    subject = ctx.subject(s, 0)
    if not found or subject is None:
        return []
    when = found[0]
    value = _value(
        ctx, dataclasses.replace(s, text=f"{s.text} premieres {when.text}"), "premieres", when
    )
    if value is None:
        return []
    rank = _RANK.get((value["status"], value["confirmed"]), 1.0) - _width(value) + 0.5
    return [Found(subject, "release", value, s.text, s.index, rank)]


def _slot_line(ctx: Context, s: Sentence) -> list[Found]:
    """A listings entry: the title as a heading, then its slot on a line of its own
    ("Mudlarks" / "Sunday 7 January, 9pm, BBC One" / "The Thames drama returns for its
    second series ..."): the season the entry's text names starts that day."""
    if not s.heading or s.index == 0 or s.index + 1 >= len(ctx.sentences):
        return []
    title = ctx.sentences[s.index - 1]
    shows = ctx.subjects.shows_in.get(title.index)
    if not title.heading or not shows or len(s.text.split()) > 10:
        return []
    found = dates.find_dates(s.text, ctx.published, "future")
    if len(found) != 1 or found[0].kind != "day" or found[0].date is None or found[0].start > 0:
        return []
    if _SLOT_REST.fullmatch(s.text[found[0].end :]) is None:
        return []  # "Filming began Monday 7 January in Leeds": more than a slot
    show = shows[0][1]
    entry = [x for x in ctx.sentences[s.index + 1 : s.index + 4] if not x.heading]
    if not entry or NOT_PREMIERE.search(entry[0].text) or _FINALE_WORDS.search(entry[0].text):
        return []  # "Series 4 ... comes to a close": the slot of a finale
    subject = next(
        (
            sub
            for x in entry
            for a in ctx.subjects.anchors.get(x.index, [])
            if a.show == show and (sub := (a.show, a.season))
        ),
        None,
    )
    if subject is None:
        return []
    m = found[0]
    value = _value(ctx, dataclasses.replace(s, text=f"premieres {m.text}"), "premieres", m)
    if value is None:
        return []
    rank = _RANK.get((value["status"], value["confirmed"]), 1.0) - _width(value)
    out = [Found(subject, "release", value, s.text, s.index, rank)]
    for channel in PLATFORM_RE.finditer(s.text, found[0].end):  # the slot's channel is its home
        name = platform_name(channel)
        out.append(Found(subject, "platform", name, s.text, s.index, 2.5))
        break
    return out


# what may follow a listing's day: its time and channel ("9pm, BBC One", "at 9.30pm on ITV")
_SLOT_REST = re.compile(
    r"(?:\s*(?:,|at|on|from|-|–|and|\+)?\s*(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?|"
    r"(?:ET|PT|GMT|BST)\b|[A-Z][\w+]*(?:\s+[A-Z0-9][\w+]*)*))*\s*\.?"
)
_FINALE_WORDS = re.compile(
    r"\b(?:comes? to (?:a close|an end)|finale|final episode|last episode|concludes?|wraps? up)\b",
    re.IGNORECASE,
)


def _under_day_heading(ctx: Context, s: Sentence) -> list[Found]:
    """A schedule: "Friday, June 6" as a heading, then "The Ninth Wave (season 1): ...":
    the entries under a heading that is only a day premiere that day."""
    heading = ctx.headings.get(s.index)
    if s.heading and s.index > 0:  # a listing line under a day line: "9 p.m. - Title (...)"
        heading = _day_line_above(ctx, s)
    subject = _entry_subject(ctx, s)
    if heading is None or subject is None:
        return []
    if tense_of(s.text) == "past" and not _LISTING_ENTRY.search(s.text):
        return []  # a week's news under its days: "THURSDAY" / "Fox said it had not decided"
    if _DAY_HEADING.match(heading.text) and not _TIMED_ENTRY.match(s.text):
        return []  # "THURSDAY" / "X (Max) - Season 3 premiere date.": a digest's day, no slot
    found = dates.find_dates(heading.text, ctx.published, "future")
    if len(found) != 1 or found[0].kind != "day" or found[0].date is None:
        return []
    if len(heading.text.strip(" .:-")) > len(found[0].text) + 4:
        return []  # "Filming began Monday, June 2": a heading that says more than a day
    m = found[0]
    byline = heading.index > 0 and ctx.sentences[heading.index - 1].text.startswith("By ")
    if m.date == ctx.published or byline:
        return []  # the article's dateline, not a schedule's day
    value = _value(ctx, dataclasses.replace(s, text=f"{s.text} premieres {m.text}"), "premieres", m)
    if value is None:
        return []
    rank = 3.0  # a digest's day: its items may be other news ("Monday: X renewed")
    if _LISTING_ENTRY.search(s.text) and not _OTHER_EVENT.search(s.text):
        rank = _RANK.get((value["status"], value["confirmed"]), 1.0) - _width(value) + 0.5
    return [Found(subject, "release", value, s.text, s.index, rank)]


def _day_line_above(ctx: Context, s: Sentence) -> Sentence | None:
    """The heading line right above a listing line, past the day's earlier timed entries
    ("SUNDAY, OCT. 12" / "8 pm - A (Season 3)" / "9 pm - B (Season 5)": B's day is Sunday)."""
    for prev in reversed(ctx.sentences[max(0, s.index - 12) : s.index]):
        if not prev.heading:
            return None
        if not _TIMED_ENTRY.match(prev.text):
            return prev
    return None


def _entry_subject(ctx: Context, s: Sentence) -> Subject | None:
    """The season a schedule's entry names; a new show's "(series premiere)" is its first."""
    if s.index in ctx.subjects.anchors:
        return ctx.subject(s, 0)
    shows = ctx.subjects.shows_in.get(s.index)
    if shows and _SERIES_PREMIERE.search(s.text):
        return (shows[0][1], 1)
    return None


_SERIES_PREMIERE = re.compile(r"\bseries premiere\b", re.IGNORECASE)
_TIMED_ENTRY = re.compile(r"^\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-–—:]", re.I)
# "9 p.m. - The Bellamy Trust (season 3 premiere)": a schedule's entry
_LISTING_ENTRY = re.compile(
    r"^\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-–—:]|\b(?:premiere|series premiere|returns)\b", re.I
)


def _in_release_context(ctx: Context, s: Sentence) -> bool:
    """Whether a verbless date in the sentence is about the release: its section heading,
    its paragraph or the list it belongs to talks about release dates."""
    heading = ctx.headings.get(s.index)
    if heading is not None and RELEASE_HEADING.search(heading.text):
        return True
    if any(RELEASE_VERB.search(p.text) for p in ctx.previous_in_paragraph(s)[:2]):
        return True
    intro = ctx.list_intro(s)
    if intro is not None and RELEASE_HEADING.search(intro.text) is not None:
        return True
    question = _question_answered(ctx, s)
    return question is not None and _asks_when_out(question.text)


def _question_answered(ctx: Context, s: Sentence) -> Sentence | None:
    """The question one of the next few sentences answers ("When is season 2 coming out?" /
    "Next summer.")."""
    if s.question:
        return None
    for prev in reversed(ctx.sentences[max(0, s.index - _ANSWER_SPAN) : s.index]):
        if prev.question:
            return prev
    return None


def _asks_when_out(question: str) -> bool:
    """ "When is it on?", "So when do we get to see it?": a question about the release, not
    the shoot."""
    return (
        (RELEASE_VERB.search(question) is not None or _WHEN_ON.search(question) is not None)
        and _MAKING.search(question) is None
        and _PROMO_ASKED.search(question) is None  # "Is there a trailer coming?"
    )


_PROMO_ASKED = re.compile(
    r"\b(?:trailers?|teasers?|posters?|first look|footage|clips?|sneak peek|promos?)\b", re.I
)


_ANSWER_SPAN = 3  # sentences an answer runs to before its point ("Honestly, I don't know. ...")
_WHEN_ON = re.compile(r"when[^?]*(?:on|back)", re.IGNORECASE)


# "The network's midseason schedule is expected before Christmas", "the writers' room is
# expected to open next month": another thing's date
_THING_EXPECTED = re.compile(
    r"\b(?:schedules?|slates?|line-?ups?|announcements?|decisions?|news|details|word|updates?|"
    r"verdict|renewal|pick-?up|order|trailers?|teasers?|first look|footage|posters?|images?|"
    r"writers['’]? room|table reads?|auditions|casting|production|filming|shooting|shoot|scripts?)"
    # "A decision on a fourth season is expected", "NBC's decision on the show's future is ..."
    r"(?:\s+(?:on|about|over|regarding)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"\s+(?:is|are|was|were)\s+(?:also\s+|now\s+)?expected\b"
    # "The first image from the new series, released by the BBC this morning"
    r"|\b(?:images?|photos?|pictures?|stills?|posters?|trailers?|teasers?|clips?|footage|first "
    r"look|key art)\b[^.;]{0,40}?\b(?:released|unveiled|shared|dropped)\b",
    re.IGNORECASE,
)


# the date right after another thing expected: "the decision is expected in the spring"
_THING_DATED = re.compile(
    r"(?:"
    + _THING_EXPECTED.pattern
    + r")(?:\s+(?:in|on|by|before|around|at|this|next|later|early|late|sometime))*\s*(?:the\s+)?$",
    re.IGNORECASE,
)


_GUIDE_STAMP = re.compile(
    r"\b(?:everything|what|all) (?:we|you need to) know\b|\bupdated?\b|\blatest\b|\bso far\b", re.I
)


_STAMP_OPENING = re.compile(r"[(\[](?:updated?|as of)\s*:?\s*$", re.IGNORECASE)


def _in_brackets(clause: str, m: dates.DateMention) -> bool:
    before = clause[: m.start].rstrip()
    return before.endswith(("(", "[")) or bool(_STAMP_OPENING.search(before))


_DEADLINE_BEFORE = re.compile(r"\b(?:before|by|until|ahead of)\s+(?:the\s+)?$", re.IGNORECASE)
_AS_OF_BEFORE = re.compile(r"\bas of\s+$", re.IGNORECASE)  # "as of this week we have a window"


def _not_a_premiere_mention(clause: str, m: dates.DateMention, has_verb: bool) -> bool:
    if _GUIDE_STAMP.search(clause) and _in_brackets(clause, m):
        return True  # "Everything We Know (April 2025)": when the guide was updated
    if _AS_OF_BEFORE.search(clause, 0, m.start):
        return True  # "as of this week we have a window": the news's time
    if _BEST_OF.search(clause, 0, m.start):
        return True  # "the most talked-about drama of the autumn": a span looked back on
    if _LOOKED_BACK.search(clause, max(0, m.start - 40), m.start) and _RELEASE_NOUN_AFTER.match(
        clause, m.end
    ):
        return True  # "the show's performance since its August debut": a premiere gone by
    if not has_verb and _DEADLINE_BEFORE.search(clause, 0, m.start):
        return True  # "the schedule is expected before Christmas": another thing's deadline
    if _IF_BEFORE.search(clause, 0, m.start) or _IF_MADE.search(clause, 0, m.start):
        return True  # "if we got the green light tomorrow, ...": a supposition
    if _EVERY_BEFORE.search(clause, max(0, m.start - 10), m.start):
        return True  # "simulcast every Saturday": a weekly slot
    if _SLATE_AFTER.match(clause, m.end) or _SLATE_BEFORE.search(clause, 0, m.start):
        return True  # "CBS has set its fall 2025 premiere dates": a network's slate, each show's
        # own date is given apart
    if _REPORT_AFTER.match(clause, m.end):
        return True  # "Netflix Q3 earnings": the quarter reported on
    if _UNLIKELY_AFTER.match(clause, m.end):
        return True  # "new episodes in 2026 look unlikely": ruled out, not given
    return _month_as_name(clause, m)  # "Sheriff June Halloway", "April Kent": people


_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
_SLATE_AFTER = re.compile(
    r"(?:\s+(?:tv|television|series|show|streaming))?\s+(?:premiere|return|release|launch) "
    r"dates\b",
    re.IGNORECASE,
)
# "announced premiere dates for its 2025-26 season": the network's season, not a show's
_SLATE_BEFORE = re.compile(
    r"\b(?:premiere|return|release|launch) dates\s+(?:for|of)\s+(?:its|the|their)\s+$", re.I
)
_REPORT_AFTER = re.compile(
    r"(?:'s)?\s+(?:earnings|results|financials|shareholder letter|investor letter)\b", re.I
)
_UNLIKELY_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:looks?|seems?|is|are|appears?|feels?)\s+(?:very |highly |pretty |"
    r"increasingly |now )?(?:unlikely|improbable|off the table|out of the question|ruled out)\b",
    re.IGNORECASE,
)


def _dated_claims(ctx: Context, s: Sentence) -> list[Found]:
    context = _in_release_context(ctx, s)
    verbs = _blank_asides(s.text)  # the things released or expected, the questions quoted
    sentence_verb = RELEASE_VERB.search(verbs) is not None
    out: list[Found] = []
    for a, b, clause in _clauses(s.text):
        has_verb = RELEASE_VERB.search(verbs, a, b) is not None
        in_context = context or (sentence_verb and not _DATELINE.match(clause))
        if not has_verb and not in_context:
            continue
        habit = HABIT.search(clause) or PRECEDENT.search(clause)
        mentions = _mentions(clause, ctx.published, _tense(clause, s.text))
        named = [x for x in mentions if _NOUN_AFTER_PERIOD.match(clause, x.end)]
        for m in mentions:
            if habit and not _own_forecast(clause, m, habit.end()):
                continue  # "the network tends to keep its period dramas in spring": a habit
            if not has_verb and (
                _OTHER_EVENT.search(_comma_part(clause, m.start, m.end))
                or _other_event_first(s.text[: a + m.start])
            ):
                continue  # a verbless date beside another event ("filming begins in May")
            m = _upcoming(clause, m, ctx.published)
            if _not_a_premiere_mention(clause, m, has_verb) or _not_the_premiere_in(
                ctx, s, a + m.start
            ):
                continue
            if _side_mention(clause, m, mentions, named):
                continue  # "due in early 2026, says its winter schedule": the other date
            if _later_part(s.text, a + m.start):
                out.extend(_part_one_out(ctx, s, a + m.start))
                continue
            if not _about_premiere(clause, m.start, m.end, has_verb):
                continue
            if _news_day(clause, m) or _everyday_time(clause, m, has_verb):
                continue  # "Peacock on Wednesday unveiled premiere dates": the news's day;
                # "I'd go back tomorrow", "the fifth person to ask me that this week"
            found = _claim(ctx, s, verbs[a:b], m, a)  # the things released or expected blanked
            if found is not None:
                out.append(found)
    return out


# A day or a week of everyday talk: "today", "tomorrow night", "this morning", "next week"
_NEAR_DAY = re.compile(
    r"^(?:(?:today|tonight|tomorrow|yesterday)(?: (?:morning|afternoon|evening|night))?|"
    r"this (?:morning|afternoon|evening)|last night)$",
    re.IGNORECASE,
)
_NEAR_WEEK = re.compile(r"^(?:this|next|last|the coming) week(?:end)?$", re.IGNORECASE)
# "I'd go back tomorrow", "she would return tomorrow if asked": someone's wish
_WISH_BEFORE = re.compile(r"\b(?:i|we|you|he|she|they)(?:['’]d| would)\b[^.;:!?]*$", re.IGNORECASE)
# what may stand beside a bare day: "Tomorrow.", "Yes, tomorrow night at 9pm on Netflix."
_BARE_BEFORE = re.compile(r"^\W*(?:(?:yes|yep|from|it['’]s|that['’]s|so|well|and)\W+){0,2}$", re.I)


def _everyday_time(clause: str, m: dates.DateMention, has_verb: bool) -> bool:
    """A day or a week said in passing, not a premiere: a wish ("I'd go back tomorrow"), or a
    clause with no release verb of its own ("You're the fifth person to ask me that this
    week"); a bare answer ("When is it out?" / "Tomorrow.") still dates it."""
    if not m.relative:
        return False
    text = m.text.strip()
    if _NEAR_WEEK.match(text):
        return not has_verb or _WISH_BEFORE.search(clause, 0, m.start) is not None
    if not _NEAR_DAY.match(text):
        return False
    if _WISH_BEFORE.search(clause, 0, m.start):
        return True
    if has_verb:
        return False
    bare = _BARE_BEFORE.match(clause[: m.start]) and _SLOT_REST.fullmatch(clause[m.end :])
    return bare is None


WEEK_RANK = 1.5  # "everything new on Netflix this week": no SPEC period, below any other


# "eyeing early next year, possibly as soon as late February": the earliest it could be
_EARLIEST_BEFORE = re.compile(
    r"\b(?:(?:possibly|perhaps|maybe|potentially|or even)\s+)?as (?:soon|early) as\s+$", re.I
)


def _side_mention(
    clause: str, m: dates.DateMention, mentions: list[dates.DateMention], named: list[object]
) -> bool:
    """A date beside the clause's own: a period naming a thing ("due in early 2026, says its
    winter schedule"), or the earliest the season could come ("possibly as soon as late
    February") after the window it is said to come in."""
    if _NOUN_AFTER_PERIOD.match(clause, m.end) and len(mentions) > len(named):
        return True
    return len(mentions) > 1 and _EARLIEST_BEFORE.search(clause, 0, m.start) is not None


_IN_TIME_FOR = re.compile(r"\bin time for\s+(?:the\s+)?$", re.IGNORECASE)


def _blank_asides(text: str) -> str:
    """The sentence with what speaks of no release blanked: another thing released or
    expected ("the schedule is expected before Christmas"), a question quoted ("\"Will it be
    back next spring?\" asked one fan")."""
    blank = _THING_EXPECTED.sub(lambda m: " " * len(m.group()), text)
    return _QUOTED_QUESTION.sub(lambda m: " " * len(m.group()), blank)


# '"You coming back next year, Walt?" she asks': a question someone asks, in quotes
_QUOTED_QUESTION = re.compile(r"[\"“][^\"“”]{0,200}?\?\s*[\"”]")


def _not_the_premiere_in(ctx: Context, s: Sentence, pos: int) -> bool:
    """What the rest of the sentence says of a date: supposed ("Even if Hulu renewed it
    tomorrow, ..., so not before 2026"), asked in a quoted question ("\"Will it be back next
    spring?\" asked one fan"), or a holiday a date beside it comes before ("in October 2026,
    just in time for Halloween")."""
    if _IF_MADE.search(s.text, 0, pos):
        return True
    if any(q.start() < pos < q.end() for q in _QUOTED_QUESTION.finditer(s.text)):
        return True
    if _PROMO_DATED.search(s.text, max(0, pos - 160), pos):
        return True  # "The first teaser, Netflix says, will drop in June": the promo's date
    if _THING_DATED.search(s.text, max(0, pos - 120), pos):
        return True  # "A decision on a fourth season is expected in the spring"
    if not _IN_TIME_FOR.search(s.text, max(0, pos - 30), pos):
        return False
    return bool(dates.find_dates(s.text[:pos], ctx.published))


def _clauses(text: str) -> Iterator[tuple[int, int, str]]:
    """Each clause of a sentence, where it starts and ends; where the sentence says an earlier
    plan still holds ("had been targeting early 2025, and that plan has not changed") its
    words of an old plan are blanked, so the plan reads as the current one."""
    holds = _PLAN_HOLDS.search(text) is not None
    for a, b in clause_spans(text):
        clause = text[a:b]
        yield a, b, _OLD_PLAN.sub(lambda x: " " * len(x.group()), clause) if holds else clause


def _claim(ctx: Context, s: Sentence, clause: str, m: dates.DateMention, a: int) -> Found | None:
    """The release claim of one date about the premiere, with its subject and rank."""
    value = _value(ctx, s, clause, m)
    if value is None:
        return None
    subject = ctx.subject(s, a + m.start, weak_ok=value["status"] == "released")
    if subject is None:
        return None
    subject = _inferred_from_history(ctx, s, a + m.start, subject, value)
    subject = _named_premiere(ctx, s, (a + m.start, a + m.end), subject)
    if _OTHER_SHOW.search(s.text, max(0, a + m.start - 80), a + m.start) or _OTHER_SHOWS.search(
        s.text, max(0, a + m.start - 120), a + m.start
    ):
        return None  # "Hulu's other drama, Salt Meadow, premieres July 4"; "three new series"
    if ctx.names_only_others(s, subject[0]):
        return None  # "Also streaming this week on Apple TV+: the documentary Gilded Harbours"
    if value["status"] == "released" and s.index not in ctx.subjects.anchors:
        return None  # "The drama premiered in January": which season? (usually the last)
    rank = _RANK.get((value["status"], value["confirmed"]), 1.0) - _width(value)
    if m.relative and _NEAR_WEEK.match(m.text.strip()):
        rank = WEEK_RANK  # "new on Netflix this week": a roundup's week, no SPEC period
    if _long_ago(ctx, m):
        if value["status"] != "released":
            return None
        rank = HISTORY_RANK  # "its first season arrived in the spring of 2019"
    return Found(subject, "release", value, s.text, s.index, rank)


_PREMIERE_BEFORE = re.compile(
    r"^\S+(?: \S+)?(?:['’]s)? (?:premiere|debut|launch)(?: date)?(?: (?:on|in|of|is|was|for))?\s*$",
    re.IGNORECASE,
)
# "the fourth season's July premiere": the premiere word after the date
_POSSESSIVE_BEFORE = re.compile(r"^\S+(?: \S+)?['’]s\s*$")
# "a strong premiere for the third season in March": the premiere word before the season
_PREMIERE_OF = re.compile(
    r"\b(?:premiere|debut|launch|return)\s+(?:for|of)\s+(?:the\s+|its\s+)?$", re.IGNORECASE
)


def _named_premiere(ctx: Context, s: Sentence, span: tuple[int, int], subject: Subject) -> Subject:
    """ "ahead of the show's season 2 premiere next month", "the fourth season's July
    premiere", "a strong premiere for the third season in March": the season named with the
    word premiere by the date, whatever season the sentence is otherwise about."""
    pos = span[0]
    named = [x for x in ctx.subjects.anchors.get(s.index, []) if x.pos < pos]
    if not named:
        return subject
    last = max(named, key=lambda x: x.pos)
    if last.show != subject[0] or last.season == subject[1]:
        return subject
    between = s.text[last.pos : pos]
    if _PREMIERE_BEFORE.match(between) or (
        _POSSESSIVE_BEFORE.match(between) and _RELEASE_NOUN_AFTER.match(s.text, span[1])
    ):
        return (last.show, last.season)
    of = _PREMIERE_OF.search(s.text, max(0, last.pos - 30), last.pos)
    return (last.show, last.season) if of and _SEASON_THEN_DATE.match(between) else subject


_SEASON_THEN_DATE = re.compile(r"^\S+(?: \S+)? (?:in|on)\s*$", re.IGNORECASE)


# "Seasons 2 and 3 both arrived a year after filming, so our estimate is spring 2026"
_TOOK = re.compile(
    r"\b(?:took|both|each|all|went out|came out)\b", re.IGNORECASE
)  # "Seasons 1 and 2 both took"
_BASIS_BEFORE = re.compile(
    r"\b(?:given|based on|going by|judging (?:by|from)|considering|as long as|(?:follows?|"
    r"following|repeats?|keeps? to) the (?:pattern|schedule|timing|template|example) of)\b",
    re.IGNORECASE,
)
_BASIS_AFTER = re.compile(
    r"[^.;]{0,25}?,\s+(?:based on|going by|judging (?:by|from)|given|in line with|which would "
    r"(?:keep|match|mirror|repeat))\b[^.;]{0,60}?\b(?:gap|took|"
    r"between|after|wait|how (?:quickly|long|fast|soon))\b",
    re.IGNORECASE,
)
_SO = re.compile(r"(?:,|;)?\s+(?:so|which means|meaning|that means|so we|hence)\b", re.IGNORECASE)


def _inferred_from_history(
    ctx: Context, s: Sentence, pos: int, subject: tuple[str, int], value: dict[str, object]
) -> tuple[str, int]:
    """An estimate drawn from earlier seasons' history is about the season to come: the
    show's target season, not the seasons the sentence recounts."""
    if value["status"] not in ("window", "dated"):
        return subject
    target = ctx.subjects.targets.get(subject[0], subject[1])
    anchors = [x.pos for x in ctx.subjects.anchors.get(s.index, [])]
    if target <= subject[1] or not anchors:
        return subject
    if not any(x < pos for x in anchors):
        basis = _BASIS_AFTER.match(s.text, pos)  # "2027, based on the gap between seasons 1 and 2"
        return (subject[0], target) if basis else subject
    last = max(x for x in anchors if x < pos)
    between = s.text[last:pos]
    history = RELEASED.search(between) or _TOOK.search(between)
    basis = _BASIS_BEFORE.search(s.text, max(0, last - 40), last)
    if basis or (history and _SO.search(between)):
        return (subject[0], target)  # "Given how long season 2 took, our guess is 2028"
    return subject


# A promo's own arrival: "the trailer drops Friday", "The first teaser, Netflix says, will drop
# in June" (an aside between the promo and its verb)
_PROMO_DOES = (
    r"(?:trailer|teaser|poster|clip|featurette|footage|first look|sneak peek|promo)s?\b"
    r"(?:,[^.;,]{0,60},)?[^.;,]{0,25}?\b(?:drops?|dropped|arrives?|arrived|lands?|landed|releases|"
    r"debuts?|debuted|is due|(?:will|should|could|might|may|is set to|is expected to) (?:drop|"
    r"arrive|land|debut|be released|come)|(?:is|are) coming|(?:was|were) released|comes? out)"
)
# the promo's verb right before a date: "... will drop in June", "... should arrive around the"
_PROMO_DATED = re.compile(
    r"\b"
    + _PROMO_DOES
    + r"(?:\s+(?:in|on|by|around|before|this|next|at|from|later|early|late|sometime))*\s*"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_OTHER_EVENT = fold(
    r"\b(?:(?:production|filming|shooting|principal photography|cameras|writing|casting|"
    r"rehearsals|the shoot)\b[^.;]{0,60}?\b(?:start|starts|"
    r"begin|begins|kick off|kicks off|commence|commences|resume|resumes|roll|rolls)\b"
    r"(?:\s+(?:on|in|this|next))?|"
    # "Production on the new season is expected to get going", "filming will return to
    # Oklahoma" (not "began filming last month and will return to BBC One")
    r"(?:production|filming|shooting|the shoot|cameras)\b(?:(?! and\b)[^.;,]){0,40}?\b(?:gets? "
    r"going|gets? under ?way|returns?|moves?|heads?)\b|"
    r"(?:production|filming|shooting|the shoot|cameras)\s+(?:is\s+|are\s+)?(?:set|slated|"
    r"scheduled|planned|due|expected|pencil+ed in)\s+(?:for|to)|renew\w*|cancel\w*|"
    r"(?:reveal|announc|unveil|shar|confirm|set)\w*\b[^.;]{0,40}?\b(?:premiere|release|launch) date\b"
    r"[^.;]{0,40}?\b(?:at|during|on)\b|axed|picked up|ordered|(?:re)?commissioned|announc\w*|revealed|"
    r"confirm(?:ed|ing)|said|told|film\w*|shoot\w*|shot|production|wrap(?:s|ped|ping)?|cast|joined|born|"
    r"(?:sizzle |highlights? )?reels?|"
    r"nominat\w*|awards?|won|Emmys?|Golden Globes?|BAFTAs?|"
    # the source books: "the manga's latest volume shipped on December 4"
    r"manga|light novels?|novels?|shipped|went on sale|published|"
    # a print issue: "appears in the March 19 issue of The Hollywood Ledger magazine"
    r"issue of|magazine|print edition|"
    r"writers['’]? room|writing room|"
    # a viewer's catching up: "Catch up on season 2 this weekend", "rewatch it this summer"
    r"catch(?:es|ing)? up|binge\w*|re-?watch\w*|"
    # a strike, a contract, a fans' campaign: "could join the strike when its contract expires"
    r"strikes?|walkouts?|picket\w*|contracts?|negotiat\w*|petitions?|billboards?|"
    r"interview\w*|greenlit|(?:earnings |conference |investor )?call|panel|upfronts?|presentation|"
    r"(?:stage |fan |press )?events?|expo|festival|convention|comic-con|"
    r"summit|conference|(?:production|filming|shooting|the shoot|cameras)\s+(?:is\s+|are\s+)?"
    r"(?:set|slated|scheduled|planned|due|expected)\s+(?:for|to)|"
    + _PROMO_DOES
    + r"|(?:trailer|teaser|featurette|poster|clip|footage|photo|"
    r"image|video|first look|sneak peek|promo)s?\s+(?:was |were |has been |have been )?(?:released|"
    r"dropped|arrived|landed|debuted|premiered|unveiled|shared|out)|teas\w*|trailer)\b",
    re.IGNORECASE,
)
_SPLIT_PART = re.compile(
    r"\b(?:part (?:two|2|ii)|second half|volume (?:two|2)|vol\. 2|"
    r"back half|remaining episodes|second (?:part|cour|batch|volume)|cour (?:two|2)|2nd cour)\b",
    re.IGNORECASE,
)


# An earlier plan the article says still holds: "that plan has not changed", "is still on
# track", "the date still stands"
_PLAN_HOLDS = re.compile(
    r"\b(?:has|have|had)(?:n't| not) (?:yet )?changed\b|\b(?:is|are|remains?|stays?) (?:still )?"
    r"(?:on track|on schedule|unchanged|in place)\b|\bstill (?:stands|holds|on track)\b",
    re.IGNORECASE,
)
_OLD_PLAN = re.compile(r"\b(?:originally|initially|previously|had been|was)\b", re.IGNORECASE)
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|previously|at first|had been (?:set|scheduled|slated|planned)|"
    r"was (?:originally |initially )?(?:supposed|meant|slated|scheduled|set|planned) to)\b",
    re.IGNORECASE,
)
# The new plan after the old one: "previously set to premiere March 14, will now debut May 9"
_REPLACED = re.compile(r"\b(?:now|instead|new date|(?:moved|pushed|bumped|shifted) to)\b", re.I)
_EARLIER_SEASONS = re.compile(
    r"\b(?:the |both |all )?(?:last|previous|past|earlier|first|other) (?:two |three |four |five |"
    r"\w+ )?(?:seasons|series)\b|\bseasons (?:\d+|one|two|three) and (?:\d+|two|three|four)\b|"
    r"\b(?:seasons|series) \d+ ?(?:-|–|to|through) ?\d+\b|"
    r"\bboth (?:seasons|series)\b",
    re.IGNORECASE,
)


_EARLIER_SUBJECT = re.compile(
    r"^\s*(?:the |both |all )?(?:first|previous|earlier|past|last|other) (?:two |three |four |five |"
    r"\d+ )?(?:seasons|series)\b|^\s*(?:seasons|series) (?:\d+|one|two) (?:and|&|-|to) (?:\d+|two|"
    r"three|four)\b",
    re.IGNORECASE,
)
_NEW_SEASON = re.compile(
    r"\b(?:new|upcoming|next|third|fourth|fifth|latest) (?:season|series)\b[^.;]{0,30}?\b(?:premieres?|"
    r"arrives?|debuts?|returns?|lands?|drops?|launch\w*|(?:will|is set to|is due to) (?:premiere|"
    r"arrive|debut|return|land|drop|launch))\b",
    re.IGNORECASE,
)


_OTHER_SHOW = re.compile(
    r"\b(?:spin-?off|sister (?:show|series|drama)|companion series|(?:other|another) (?:drama|show|"
    r"series|comedy|thriller|hit))\b[^.;]{0,40}$",
    re.IGNORECASE,
)


# A count of other shows: "with three new series from the U.K. set to debut before the end of
# the year", "five other dramas due in the spring" (not "two more series": a UK order)
_OTHER_SHOWS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|a handful of|"
    r"a few|many|\d+)\s+(?:(?:new|other|original|returning|scripted|unscripted)\s+)+(?:series|shows|"
    r"dramas|comedies|originals|titles|docuseries|thrillers)\b(?:(?!,\s*(?:and|but|while)\b)[^;]){0,80}$|\b(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|a dozen|dozens of|several|a handful of|a few|many|\d+)\s+(?:shows|dramas|"
    r"comedies|originals|titles)\b(?:(?!,\s*(?:and|but|while)\b)[^;]){0,80}$",
    re.IGNORECASE,
)


def _about_premiere(text: str, start: int, end: int, has_verb: bool) -> bool:
    before = text[max(0, start - 120) : start]
    if _EARLIER_SUBJECT.match(text) and not _NEW_SEASON.search(text):
        return False  # "The first two seasons, which aired on Fox, will move to Prime Video"
    if _EARLIER_SEASONS.search(before.rsplit(",", 1)[-1]):
        return False  # "the last two seasons both premiered in July"
    superseded = _SUPERSEDED.search(text, 0, start)
    if superseded and not _REPLACED.search(text, superseded.end(), start):
        return False  # "Hulu originally announced it would premiere on March 14"
    after = text[end : end + 25]
    if _RELEASE_NOUN_AFTER.match(after) and not NEGATION.search(before[-25:]):
        return True  # "a late 2026 release looks likely", "the season's Feb. 26 premiere"
    if (
        re.search(r"\b(?:until|before)\s*$", before, re.IGNORECASE)
        and RELEASE_VERB.search(before)
        and not re.search(r"\b(?:weekly|every week|finale|through)\b", before, re.IGNORECASE)
    ):
        return True  # "we wouldn't expect season 2 until 2026": not before 2026
    if re.match(r"\s*(?:finale|-\s*finale)", after, re.I) or _FINALE_SUBJECT.search(before):
        return False  # "the June 2 finale"; "the season 3 finale, which airs May 14"
    if _OTHER_SHOW.search(before[-80:]):
        return False  # "the show's spin-off premieres July 4", "its other drama, X, returns"

    if NOT_PREMIERE.search(before):
        last = before.rsplit(",", 1)[-1]  # "X, which ended its first season in May, returns in"
        if NOT_PREMIERE.search(last) or not RELEASE_VERB.search(last) or last == before:
            return False
    if not _release_verb_nearest(before, text[end : end + 40], has_verb):
        return False
    if re.search(r"\buntil\s*$|\bbefore\s*$", before, re.IGNORECASE):
        return True
    return not NEGATION.search(_NO_NEGATION.sub(lambda x: " " * len(x.group()), before)[-45:])


# words with a "not" in them that deny nothing: a maker's "We can't wait to bring it to
# viewers" (not a list's "the shows we can't wait to see next year": the writer's wish)
_NO_NEGATION = re.compile(
    r"\b(?:can['’]t|cannot|could(?:n['’]t| not)) wait to (?:bring|share|show|deliver|unveil|"
    r"launch)\b|\bnot only\b|\bno doubt\b",
    re.IGNORECASE,
)


# A finale the verb is about: "the season 3 finale, which airs", "The Season 3 finale, now
# the series finale, airs", "the finale, which is set to air in" (not "After the finale, the
# fourth season premieres")
_FINALE_SUBJECT = re.compile(
    r"\b(?:finale|final episode|last episode)s?\b[^.;]{0,60},\s*(?:which |that )?(?:(?:will|is|"
    r"are)\s+(?:(?:set|due|scheduled|slated) to )?)?[\w-]+\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


# "LOS ANGELES - September 24, 2024 - ...": the press release's own date.
_DATELINE = re.compile(
    r"^\s*(?:\w+day,?\s+)?\w+\.?\s+\d{1,2},?\s+\d{4}\s*$|^\s*\d{1,2}\s+\w+\s+\d{4}\s*$"
)


_RELEASE_NOUN_AFTER = re.compile(
    r"\s*(?:-|\s)?(?:series |season |global |worldwide |streaming |broadcast )?"
    r"(?:premiere|debut|return|release|launch|bow|arrival)\b(?! of)",
    re.IGNORECASE,
)


# "FX's most-watched new drama in three years": a span looked back on, not a date to come
_SUPERLATIVE_SPAN = re.compile(
    r"\b(?:most|biggest|best|highest|largest|first|only|longest)\b[^.;]{0,40}$", re.IGNORECASE
)


_BEST_OF = re.compile(
    r"\b(?:best|biggest|most[- ]\w+|worst|scariest|funniest|top)\b[^.;,]{0,40}?\bof\s+"
    r"(?:the\s+|this\s+|last\s+)?$",
    re.IGNORECASE,
)


def _news_day(clause: str, m: dates.DateMention) -> bool:
    """A day on which news came out, not the premiere: "the streamer on Wednesday unveiled
    premiere dates", "Prime Video on Tuesday released the trailer", "announced on Sunday
    that", "the trailer, which dropped Tuesday"."""
    if _PROMO_VERB.search(clause, 0, m.start):
        return True
    if (
        m.relative
        and re.match(r"in \w+ years?$", m.text)
        and _SUPERLATIVE_SPAN.search(clause, 0, m.start)
    ):
        return True
    if m.kind != "day" or _RELEASE_NOUN_AFTER.match(clause[m.end :]):
        return False
    return bool(
        _NEWS_VERB_AFTER.match(clause, m.end)
        or _NEWS_VERB_BEFORE.search(clause, max(0, m.start - 30), m.start)
        or (m.relative and _past_deed_before(clause, m.start))
        or (m.relative and _DATE_NOUN_BEFORE.search(clause, max(0, m.start - 30), m.start))
    )


# "revealed the premiere date on Saturday", "set the release date this morning": the day the
# date was given
_DATE_NOUN_BEFORE = re.compile(
    r"\b(?:premiere|release|return|air|launch|broadcast) dates?\s+(?:on\s+|this\s+|last\s+)?$",
    re.IGNORECASE,
)


# A deed in the past tense a few words before a weekday: "broke the news on Monday", "gave a
# clear answer on Monday" (not "the long-awaited season premieres Monday": a verb between)
_PAST_DEED_BEFORE = re.compile(
    r"\b(?P<verb>gave|broke|made|held|took|told|wrote|spoke|met|sent|put|shared|\w{3,}ed)"
    r"(?P<between>(?:\s+[\w'’-]+){0,5}?)\s+(?:on\s+)?(?:last\s+|this\s+(?:past\s+)?)?$",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(r"\b(?:that|and|but|which|who|when|as|will|to)\b", re.IGNORECASE)


def _past_deed_before(clause: str, start: int) -> bool:
    m = _PAST_DEED_BEFORE.search(clause, max(0, start - 60), start)
    if m is None or RELEASE_VERB.match(m.group("verb")):
        return False
    return not (_NEW_CLAUSE.search(m.group("between")) or RELEASE_VERB.search(m.group("between")))


_NEWS_VERB = (
    r"(?:unveiled|announced|revealed|confirmed|released|dropped|shared|said|posted|teased|"
    r"reported|told|tweeted|unveils|announces|reveals|confirms|releases|shares|says|posts|"
    r"pushed|moved|delayed|postponed|bumped|shifted|rescheduled|set|dated|pushes|moves|delays|"
    r"postpones|bumps|shifts|reschedules|sets|dates)"
)
_NEWS_VERB_AFTER = re.compile(
    rf"\s*,?\s*{_NEWS_VERB}\b(?!\s+(?:that\s+)?(?:it|the season|the show)\s+(?:will|would))"
)
_NEWS_VERB_BEFORE = re.compile(rf"\b{_NEWS_VERB}\s+(?:on\s+)?$")


# A promo's own release right before the date: "the trailer, which dropped Tuesday, ..."
_PROMO_VERB = re.compile(
    r"\b(?:trailers?|teasers?|posters?|clips?|featurettes?|first[- ]look|promos?|key art|"
    r"images|photos|stills|footage)(?:,?\s+(?:which|that))?\s+(?:\w+\s+){0,2}?(?:dropped|"
    r"drops|arrived|arrives|landed|lands|debuted|debuts|premiered|was released|were released|"
    r"came out|went live|went up|is out|was unveiled|were unveiled)\s+(?:on\s+|last\s+|this\s+)?$",
    re.IGNORECASE,
)
# A period naming a thing rather than a time: "its winter schedule", "the fall slate"
_NOUN_AFTER_PERIOD = re.compile(
    r"(?:'s)?\s+(?:schedules?|slates?|line-?ups?|previews?|sizzle|press tour|tour|upfronts?|"
    r"sales?|campaigns?|editions?|catalogues?|catalogs?|brochures?|launch event|showcase|"
    r"programming|tentpoles?|reel)\b",
    re.IGNORECASE,
)
_MOVED = re.compile(r"\b(?:pushed|moved|delayed|postponed|bumped|shifted|rescheduled)\b", re.I)


def _tense(clause: str, sentence: str) -> str:
    """The tense a clause's yearless dates lean to; a clause that is only a time ("In March,
    Paramount+ released it", "Last October, ...") takes the sentence's."""
    tense = tense_of(clause)
    if tense == "any" and _BARE_TIME.match(clause):
        return tense_of(sentence)
    return tense


# a clause that is only a time: "In March", "Last October", "Back in the spring of 2024"
_BARE_TIME = re.compile(r"^\W*(?:\w+\W+){0,4}\w+\W*$")


def _mentions(clause: str, published: object, tense: str) -> list[dates.DateMention]:
    """Date mentions of a clause; for a moved date ("pushed from spring to fall 2025")
    only the new one."""
    found = dates.find_dates(clause, published, tense)  # type: ignore[arg-type]
    found = [_past_by_verb(clause, m, published) for m in found]
    if not _MOVED.search(clause):
        return found
    out: list[dates.DateMention] = []
    for m in found:
        cut = m.text.find(" to ")
        if cut < 0:
            out.append(m)
            continue
        tail = dates.find_dates(m.text[cut + 4 :], published, "future")  # type: ignore[arg-type]
        shift = m.start + cut + 4
        out.extend(dataclasses.replace(t, start=t.start + shift, end=t.end + shift) for t in tail)
    return out


# "which premiered Sunday night": the verb right before a weekday sets its direction
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:premiered|debuted|aired|dropped|returned|arrived|launched|bowed|landed|opened)\s+"
    r"(?:on\s+|in\s+(?:the\s+)?)?(?:last\s+)?$",
    re.IGNORECASE,
)


def _past_by_verb(clause: str, m: dates.DateMention, published: object) -> dates.DateMention:
    """ "which premiered Sunday night", "which premiered in October": a yearless day or
    period right after a past premiere verb is the one gone by."""
    if m.year_stated or published is None:
        return m
    first = m.date if m.kind == "day" else (m.window[0] if m.window else None)
    if first is None or first <= published:  # type: ignore[operator]
        return m
    if not _PAST_VERB_BEFORE.search(clause, max(0, m.start - 30), m.start):
        return m
    text = m.text if m.kind == "day" else f"in {m.text}"  # a bare "October" needs its "in"
    again = dates.find_dates(text, published, "past")  # type: ignore[arg-type]
    if again and m.kind == "day" and again[0].date is not None:
        return dataclasses.replace(m, date=again[0].date)
    if again and m.kind != "day" and again[0].window is not None:
        return dataclasses.replace(m, window=again[0].window)
    return m
    if m.date <= published or not _PAST_VERB_BEFORE.search(clause, max(0, m.start - 30), m.start):  # type: ignore[operator]
        return m
    again = dates.find_dates(m.text, published, "past")  # type: ignore[arg-type]
    if again and again[0].date is not None:
        return dataclasses.replace(m, date=again[0].date)
    return m


_IF_BEFORE = re.compile(r"\b(?:if|unless|even if|whether)\b[^,;:]*$", re.IGNORECASE)
# "If we came back, I'd guess next year": the season itself is the supposition
_IF_MADE = re.compile(
    r"\b(?:if|unless)\s+(?:we|it|they|the (?:show|series))\s+(?:came|come|comes|were|was|is|are|"
    r"gets?|got)\s+(?:back|renewed|picked up|greenlit|green-lit)\b|\bif there(?: is| were| was|'s) "
    r"(?:a|another) (?:season|series)\b|"
    # "If Hulu orders a second season", "Even if Prime Video renewed it tomorrow", "Should
    # Hulu pick up a second season", "If we get a second season"
    r"\b(?:if|unless|even if|should|assuming)\s+(?:[\w+'’-]+\s+){1,3}?(?:orders?|ordered|renews?|"
    r"renewed|picks? up|picked up|greenlights?|greenlit|commissions?|commissioned|recommissions?|"
    r"recommissioned)\b|\bif (?:we|they|it|the (?:show|series)) (?:gets?|got) (?:a|another) "
    r"(?:[\w-]+ )?(?:season|series)\b",
    re.IGNORECASE,
)
_MONTH_NAMES = re.compile(r"^(?:April|May|June|August|January)$")


def _other_event_first(before: str) -> bool:
    """Whether the sentence names another event, and no release, before a verbless date:
    "Production is scheduled to begin in Alberta, Canada, in September"."""
    return _MAKING.search(before) is not None and RELEASE_VERB.search(before) is None


_MAKING = fold(r"\b(?:filming|shooting|production|cameras|principal photography)\b", re.IGNORECASE)


def _own_forecast(clause: str, m: dates.DateMention, habit_end: int) -> bool:
    """A date after a habit, in a comma part of its own with its own release word: "with the
    show traditionally launching in September, an autumn 2025 return looks a safe bet"."""
    part_start = clause.rfind(",", 0, m.start) + 1
    if part_start <= habit_end:
        return False
    return bool(_RELEASE_NOUN_AFTER.match(clause[m.end :]) or _verb_right_after(clause[m.end :]))


def _comma_part(clause: str, start: int, end: int) -> str:
    """The stretch of a clause between the commas around a date."""
    left = clause.rfind(",", 0, start) + 1
    right = clause.find(",", end)
    return clause[left : right if right >= 0 else len(clause)]


def _upcoming(clause: str, m: dates.DateMention, published: object) -> dates.DateMention:
    """A yearless day that names a premiere still to come ("ahead of the season's Feb. 26
    premiere") is the next such day, whatever the tense of the rest of the clause."""
    if m.year_stated or m.relative or published is None:
        return m
    if m.kind == "day" and (m.date is None or m.date >= published):  # type: ignore[operator]
        return m
    if m.kind != "day" and (m.window is None or m.window[1] >= published):  # type: ignore[operator]
        return m  # "a mid-May release": a yearless window, too
    if _LOOKED_BACK.search(clause, max(0, m.start - 40), m.start):
        return m  # "the show's performance since its August debut": one gone by
    ahead = re.search(r"\bahead of\b[^.;]*$", clause[: m.start], re.IGNORECASE)
    told = _TOLD_BEFORE.search(clause, 0, m.start)  # "HBO has told us summer": one to come
    told = told or _SET_FOR_BEFORE.search(clause, 0, m.start)  # "has confirmed it for March"
    if not (ahead or told or _RELEASE_NOUN_AFTER.match(clause[m.end :])):
        return m
    text = f"in {m.text}" if told else m.text  # a bare "summer" is a date after "in"
    again = dates.find_dates(text, published, "future")  # type: ignore[arg-type]
    if not again and m.kind != "day":  # "a spring release": the bare season, read after "in"
        again = dates.find_dates(f"in {m.text}", published, "future")  # type: ignore[arg-type]
    if again and again[0].date is not None:
        return dataclasses.replace(m, date=again[0].date)
    if again and m.kind != "day" and again[0].window is not None:
        return dataclasses.replace(m, window=again[0].window)
    return m


# "has confirmed season 3 for March", "was set for autumn": a date fixed for one to come
_SET_FOR_BEFORE = re.compile(
    r"\b(?:set|slated|scheduled|dated|confirmed|pencil+ed in|booked|targeted)\b[^.;,]{0,40}?"
    r"\bfor\s+$",
    re.IGNORECASE,
)
# "since its August debut", "since the drama's October premiere": a premiere gone by
_LOOKED_BACK = re.compile(
    r"\bsince\s+(?:(?:the|its|their|his|her|a)\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tells|telling|said|saying)(?: (?:us|me|fans|viewers|reporters|critics))?\s+$",
    re.IGNORECASE,
)


def _month_as_name(clause: str, m: dates.DateMention) -> bool:
    """A bare month that is a given name: a capitalised word right before or after it."""
    if not _MONTH_NAMES.match(m.text.strip()):
        return False
    before = clause[max(0, m.start - 20) : m.start]
    after = clause[m.end : m.end + 20]
    return bool(
        re.search(r"[A-Z][a-z]+\.?\s+$", before)
        and not re.search(r"\b(?:In|By|Since|Until|From|On|This|Next|Last)\s+$", before)
    ) or bool(re.match(r"\s+[A-Z][a-z]", after))


HISTORY_RANK = 0.25  # a premiere over half a year before the article: a recap
PART_TWO_RANK = 2.5  # "Part 2 drops Thursday": news of the season, though it is out


def _later_part(text: str, pos: int) -> bool:
    """A date for "Part 2" of a split season: not the season's premiere (SPEC: a split
    season's release date is the first part's)."""
    return bool(_SPLIT_PART.search(text, 0, pos)) and not re.search(
        r"\bpart (?:one|1|i)\b|\bfirst (?:half|part|batch|volume|cour)\b", text[:pos], re.I
    )


def _part_one_out(ctx: Context, s: Sentence, pos: int) -> list[Found]:
    """Part 2 being scheduled means part 1 has premiered: the season is released (a weak
    claim: any stated first-part date outranks it)."""
    subject = ctx.subject(s, pos)
    if subject is None:
        return []
    return [Found(subject, "release", _released(None), s.text, s.index, PART_TWO_RANK)]


def _release_verb_nearest(before: str, after: str, has_verb: bool) -> bool:
    """The event the date belongs to is the nearest verb before it: "renewed this week"
    dates a renewal, "premieres this week" a release; with no verb before it, a release
    verb right after it ("On May 30, the season arrives")."""
    if re.search(r"\bfrom\s+(?:the\s+|its\s+)?$", before, re.IGNORECASE) and re.search(
        r"\b(?:push|move|delay|shift|bump|postpone|reschedul|slid|slipp|back)\w*\b[^.;]{0,90}$",
        before,
        re.IGNORECASE,
    ):
        return False  # "pushed from spring to fall": the old plan; "streams from 11 July" is not
    if _RELEASE_NOUN_AFTER.match(after):
        return True  # "ahead of the season's Feb. 26 premiere", "a spring 2025 return"
    if not has_verb:  # a verbless estimate under a release heading: its own clause counts
        before = before.rsplit(",", 1)[-1]
    if before.rstrip().endswith(",") and _verb_right_after(after):
        return True  # "if filming wraps in November, mid-2025 seems the likely window"
    other = [m.end() for m in _OTHER_EVENT.finditer(before)]
    release = [m.end() for m in RELEASE_VERB.finditer(before)]
    if release:
        return not other or max(release) > max(other)
    if other:
        return False
    if _verb_right_after(after):
        return True
    return not has_verb


def _verb_right_after(after: str) -> bool:
    """A release verb follows the date closely ("mid-2025 seems the most likely window")."""
    return RELEASE_VERB.search(after[:35]) is not None and not _OTHER_EVENT.search(after[:20])


def _value(
    ctx: Context, s: Sentence, clause: str, m: dates.DateMention
) -> dict[str, object] | None:
    speculative = _speculative(ctx, s, clause)
    past = RELEASED.search(clause) is not None
    if m.kind == "day":
        if m.date is None:
            return None
        if ctx.published is not None and m.date <= ctx.published:
            # a past day is a premiere only with a release verb ("premiered Monday",
            # "drops today"); otherwise it dates something else (an announcement)
            present = m.date == ctx.published and RELEASE_VERB.search(clause)
            # a hedge elsewhere in the sentence ("..., has more bite than anyone could have
            # expected") leaves a premiere that happened stated
            here = _speculative(ctx, s, _comma_part(clause, m.start, m.end))
            if (past or present) and not (speculative and here):
                return _released(m.text, m.date)
            return None
        if past and ctx.published is None and not re.search(r"\bwill\b", clause):
            return _released(m.text, m.date)
        return {
            "status": "dated",
            "date": m.date.isoformat(),
            "window": None,
            "confirmed": not _day_speculative(s.text),
            "text": m.text,
        }
    if m.window is None:
        if m.relative and _PAST_RELATIVE.search(m.text):
            return None  # "last month" with no published date: past, whatever it dates
        if m.relative:  # "next spring" with no published date: a window we cannot place
            return {
                "status": "window",
                "date": None,
                "window": None,
                "confirmed": not speculative,
                "text": m.text,
            }
        return None
    start, end = m.window
    if past and (ctx.published is None or start <= ctx.published):
        return _released(m.text)
    if m.relative and _PAST_RELATIVE.search(m.text):
        return None  # "earlier this month", "last year": gone, and no premiere verb said so
    if (
        ctx.published is not None
        and end < ctx.published
        and not (speculative or tense_of(clause) == "future")
    ):
        return None  # a period already over, stated without a release verb in the past
    return {
        "status": "window",
        "date": None,
        "window": [start.isoformat(), end.isoformat()],
        "confirmed": not speculative,
        "text": m.text,
    }


# A maker's own hedge is official (PHRASES hard case 18); in the first person it is the
# writer's, unless the sentence is someone else's words: a quotation or an interview's reply
_FIRST_PERSON_HEDGE = re.compile(
    r"\b(?:if i had to (?:guess|bet|say)|i(?:'d| would) (?:guess|imagine|say|think|hope|bet)|"
    r"i (?:think|imagine|reckon|suspect|hope|guess|expect)|my (?:best )?guess(?: is| would be)?)"
    r"\b,?",
    re.IGNORECASE,
)
_INTERVIEW = re.compile(
    r"\bthis interview\b|\binterview (?:has been|was) (?:edited|condensed|lightly)|"
    r"\b(?:spoke|talked|chatted) (?:to|with)\b|\b(?:sat down|caught up) with\b|"
    r"\b(?:video|zoom|phone) call\b|\bby phone\b|^(?:Q|A):",
    re.IGNORECASE,
)
_QUOTES = ('"', "\u201c", "\u201d")


def _speculative(ctx: Context, s: Sentence, clause: str) -> bool:
    """A writer's estimate, a report or a rumour ("Apple said 2026, but we'd bet on autumn");
    not a maker's first-person hedge ("If I had to guess, next summer," in a reply)."""
    if not is_speculative(clause, s.text):
        return False
    if not _speakers_hedge(ctx, s):
        return True
    return is_speculative(
        _FIRST_PERSON_HEDGE.sub(" ", clause), _FIRST_PERSON_HEDGE.sub(" ", s.text)
    )


def _speakers_hedge(ctx: Context, s: Sentence) -> bool:
    """A first-person hedge someone else says: inside a quotation, or answering an
    interview's question ("When do we get to see it?" / "If I had to guess, next year.")."""
    if _FIRST_PERSON_HEDGE.search(s.text) is None:
        return False
    if _in_quotation(ctx, s):
        return True
    return _question_answered(ctx, s) is not None and ctx.once("interview", _is_interview)


def _in_quotation(ctx: Context, s: Sentence) -> bool:
    """Whether ``s`` opens with, or sits inside, a quotation its paragraph opened."""
    if s.text.lstrip().startswith(_QUOTES):
        return True
    before = "".join(p.text for p in ctx.previous_in_paragraph(s))
    straight = before.count('"') % 2 == 1
    return straight or before.count("\u201c") > before.count("\u201d")


def _is_interview(ctx: Context) -> bool:
    return any(_INTERVIEW.search(x.text) for x in ctx.sentences)


_PAST_RELATIVE = re.compile(r"\b(?:last|past|previous|earlier|ago|yesterday)\b", re.IGNORECASE)


def _long_ago(ctx: Context, m: dates.DateMention) -> bool:
    """A day or period that ended over half a year before the article."""
    if ctx.published is None:
        return False
    end = m.date if m.kind == "day" else (m.window[1] if m.window else None)
    return end is not None and (ctx.published - end).days > 183


def _day_speculative(text: str) -> bool:
    # An exact day is rarely a writer's guess: "is expected to premiere Aug. 14" is still
    # the network's date. Only rumour words make it unconfirmed.
    return bool(
        re.search(
            r"\b(?:rumou?r\w*|reportedly|leak\w*|insiders?|per sources|sources "
            r"(?:say|said|claim)|could|might|we (?:expect|predict|think|guess)|"
            r"speculat\w*|guess\w*|predict\w*|estimat\w*)\b",
            text,
            re.IGNORECASE,
        )
    )


def _released(text: str | None, day: dt.date | None = None) -> dict[str, object]:
    """Released: always confirmed; the premiere day when the article states it."""
    date = day.isoformat() if day else None
    return {"status": "released", "date": date, "window": None, "confirmed": True, "text": text}


def _width(value: dict[str, object]) -> float:
    window = value.get("window")
    if not isinstance(window, list):
        return 0.0
    days = (dates.parse_iso_date(window[1]) - dates.parse_iso_date(window[0])).days  # type: ignore[operator]
    return min(days, 800) / 1000


_RELEASED_NOW = re.compile(
    r"\b(?:is|are) (?:now |finally |officially )?(?:streaming|out|available)\b(?! of| (?:to|for) "
    r"download| below| here)|"
    r"\bnow streaming\b|\bout now\b|"
    r"\bhas (?:now |officially |finally )?(?:premiered|debuted|dropped|landed|arrived)\b"
    r"(?!\s+(?:a|an|the|its|their|new|first)\s+(?:\w+\s+)?(?:trailer|teaser|poster|clip|photo|image|"
    r"look|video|featurette|footage|synopsis|role|part|gig|job|deal|showrunner|director|writer|"
    r"host|nomination|award|spot|lead|cameo))",
    re.IGNORECASE,
)


# "Once season 3 is out", "Asked when it is out", "as soon as it is streaming": a time to come
# or a question, in the clause before the verb
_PENDING_BEFORE = re.compile(
    r"\b(?:when|once|as soon as|until|till|before|if|whether|unless|by the time)\b[^.;,:]*$",
    re.IGNORECASE,
)


def _released_undated(ctx: Context, s: Sentence) -> list[Found]:
    if s.index not in ctx.subjects.anchors:
        return []  # "Both series are available on iPlayer": which season is out?
    m = _RELEASED_NOW.search(s.text)
    if m is None or NEGATION.search(s.text[max(0, m.start() - 20) : m.start()]):
        return []
    if _PENDING_BEFORE.search(s.text, max(0, m.start() - 80), m.start()):
        return []  # "as soon as season 3 is streaming", "Asked when it is out": not yet said
    subject = ctx.subject(s, m.start(), weak_ok=True)  # "the season 2 finale, now streaming"
    if subject is None:
        return []
    # "all three previous seasons are streaming": a recap, below any claim of the season to come
    earlier = _EARLIER_SEASONS.search(s.text, max(0, m.start() - 60), m.start())
    rank = HISTORY_RANK if earlier else 9.0
    return [Found(subject, "release", _released(None), s.text, s.index, rank)]


def _not_announced(ctx: Context, s: Sentence) -> list[Found]:
    m = NOT_ANNOUNCED.search(s.text)
    if m is None or _when_shooting(s.text, m.end()):
        return []
    subject = ctx.subject(s, m.start())
    if subject is None:
        return []
    subject = _season_to_come(ctx, s, subject)
    value = {
        "status": "not_announced",
        "date": None,
        "window": None,
        "confirmed": False,
        "text": None,
    }
    subjects = [subject, *_order_partners(ctx, s, subject)]
    return [Found(subj, "release", dict(value), s.text, s.index, 2.0) for subj in subjects]


def _when_shooting(text: str, end: int) -> bool:
    """ "There's no word yet on when season 4 will film": when the shoot starts, not the
    premiere."""
    if not text[:end].rstrip().lower().endswith("when"):
        return False
    rest = text[end : end + 40].split(",")[0]
    return _MAKING_WORD.search(rest) is not None and RELEASE_VERB.search(rest) is None


_MAKING_WORD = re.compile(
    r"\b(?:film\w*|shoot\w*|production|cameras|writ\w+|cast(?:ing)?|table reads?)\b", re.I
)


def _season_to_come(ctx: Context, s: Sentence, subject: Subject) -> Subject:
    """No date said of a season the sentence does not name, when the article is about a
    later one: the later one ("Its first season was a hit. Max has not announced a premiere
    date.": the second season's)."""
    target = ctx.subjects.targets.get(subject[0])
    if target is None or target <= subject[1] or s.index in ctx.subjects.anchors:
        return subject
    named = next(
        (
            x
            for x in reversed(ctx.sentences[: s.index])
            for a in ctx.subjects.anchors.get(x.index, ())
            if (a.show, a.season) == subject
        ),
        None,
    )
    return (subject[0], target) if named and _RECAP.search(named.text) else subject


# A season looked back on: "its first season was a hit", "season 2 premiered in May"
_RECAP = re.compile(
    r"\b(?:was|were|premiered|aired|debuted|ended|concluded|finished|went out|wrapped up)\b",
    re.IGNORECASE,
)


def _answered_no(ctx: Context, s: Sentence) -> list[Found]:
    """ "Is there a premiere date?" / "Not yet.": no date has been given."""
    if s.index == 0 or not _NO_ANSWER.match(s.text):
        return []
    question = ctx.sentences[s.index - 1]
    if not question.question or not _DATE_QUESTION.search(question.text):
        return []
    subject = ctx.subject(question, 0) or ctx.subject(s, 0)
    if subject is None:
        return []
    value = {"status": "not_announced", "date": None, "window": None, "confirmed": False}
    quote = f"{question.text} {s.text}"
    return [Found(subject, "release", {**value, "text": None}, quote, s.index, 2.0)]


_NO_ANSWER = re.compile(
    r"^(?:A:\s*)?(?:no\b|nope\b|not yet\b|not so far\b|not that (?:anyone|I|we)\b|nothing (?:yet|so "
    r"far)\b|none (?:yet|so far)\b|(?:sadly|unfortunately),? not\b)",
    re.IGNORECASE,
)
_DATE_QUESTION = re.compile(
    r"\b(?:release|premiere|air|return|launch) date\b|\bis there a (?:date|window)\b|\bwhen\b[^?]*"
    r"\b(?:out|premiere|return|air|arrive|released|back|on)\b",
    re.IGNORECASE,
)


_EITHER_SEASON = re.compile(
    r"\b(?:either|both|neither)(?: of the)? (?:new )?(?:seasons?|series|instal?lments?)\b",
    re.IGNORECASE,
)


def _order_partners(ctx: Context, s: Sentence, subject: Subject) -> list[Subject]:
    """ "No date has been set for either season" of a two-season order: the other one too."""
    if not _EITHER_SEASON.search(s.text):
        return []
    seen = ctx.subjects.seasons_seen.get(subject[0], set())
    target = ctx.subjects.targets.get(subject[0])
    return [
        (subject[0], other)
        for other in (subject[1] - 1, subject[1] + 1)
        if other in seen and (target is None or other >= target)
    ]
