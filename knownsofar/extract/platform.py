"""platform: the network or streamer airing the season."""

from __future__ import annotations

import re

from knownsofar.extract.context import Context, Found
from knownsofar.extract.lexicon import PLATFORM_RE, platform_name
from knownsofar.extract.sentences import Sentence

# "produced by X", "from X Studios": a studio, not where the season airs.
_STUDIO_BEFORE = re.compile(
    r"\b(?:produced by|from|studio|studios|distributed by|co-produced)\s*$", re.I
)
_STUDIO_AFTER = re.compile(r"^\s*(?:Studios|Television Studios|Productions|Entertainment)\b")
_STRONG_BEFORE = re.compile(r"\b(?:on|streamer|network|via|to|at|exclusively on)\s*$", re.I)
_STRONG_AFTER = re.compile(
    r"^(?:'s|\s+(?:has|have|had|will|is|renewed|confirmed|announced|cancell?ed|original|series|"
    r"drama|comedy|revealed|released|dropped|axed|scrapped|canned|ordered|picked up|greenlit|"
    r"green-lit|revived|rescued|(?:re)?commissioned))\b",
    re.I,
)


_STREAMS_ON = re.compile(
    r"\b(?:streams?|streaming|available|availability|watch(?:able)?|catch up|catch-up|also|"
    r"box ?sets?|boxsets?)"
    r"(?: \w+){0,2} on\s*$",
    re.I,
)
_AIRS_ON = re.compile(r"\b(?:airs|airing|broadcasts) (?:\w+ )?on\s*$", re.I)
_LIKE_BEFORE = re.compile(r"\b(?:like|unlike|as with|similar to|such as|including)\s*$", re.I)
# the new home of a rescued or moved show: "picked up by Hulu", "moves to Channel 4"
_NEW_HOME_BEFORE = re.compile(
    r"\b(?:picked up by|rescued by|saved by|revived by|moves? to|moving to|moved to|heads? to|"
    r"heading to|jumps? to|lands? at|landed at|new home (?:at|on)|shifts? to)\s*$",
    re.I,
)
# the old home: "which Freeform dropped", "after ITV axed it", "formerly on NBC"
_OLD_HOME_BEFORE = re.compile(
    r"\b(?:which|after|formerly on|previously on|originally on)\s*$", re.I
)


# Cheap first pass: most sentences name no network at all.
_HINT = re.compile(
    r"Netflix|NETFLIX|HBO|Max|Apple|Prime|Amazon|Disney|Hulu|HULU|Peacock|Paramount|Showtime|Starz|"
    r"STARZ|AMC|FX|CW|"
    r"NBC|ABC|CBS|Fox|FOX|BBC|iPlayer|ITV|Channel|All ?4|Sky|Crunchyroll|Tubi|Freevee|MGM|EPIX|Epix|"
    r"BritBox|Acorn|Crave|Stan|TNT|TBS|USA|Syfy|SYFY|Bravo|Freeform|Adult Swim|Cartoon|Nickelodeon|"
    r"Lifetime|E4|Viki|tvN|JTBC|KBS|SBS|MBC|Showmax|Shudder|Roku|YouTube|UPN|WB|Sci-Fi|HIDIVE|HiDive|"
    r"Funimation|Comedy Central|MTV|VH1|BET|TLC|HGTV|Food Network|Hallmark|A&E|National Geographic|"
    r"Nat Geo|Discovery|Sundance|IFC|More4|Witness|Dave|UKTV|S4C|RT[ÉE]|Virgin Media|CBC|Binge|iview"
)


def extract_platform(ctx: Context, s: Sentence) -> list[Found]:
    """Platform claims of one sentence, ranked by how directly the platform is tied
    to the season ("on Netflix", "Netflix has renewed")."""
    out: list[Found] = []
    if (ctx.subjectless(s) and not ctx.subjects.shows_in.get(s.index)) or not _HINT.search(s.text):
        return out  # every finding's subject is ctx.subject(s, ...) or a show named in s
    for m in PLATFORM_RE.finditer(s.text):
        name = platform_name(m)
        before = s.text[max(0, m.start() - 25) : m.start()]
        after = s.text[m.end() : m.end() + 20]
        if _STUDIO_BEFORE.search(before) or _STUDIO_AFTER.search(after):
            continue
        acts = _STRONG_AFTER.search(after) is not None
        subject = _named_show(ctx, s, m.start(), acts) or ctx.subject(s, m.start())
        if subject is None:
            continue
        strong = bool(_STRONG_BEFORE.search(before) or acts)
        if _LIKE_BEFORE.search(before):
            continue  # "like Netflix's Wednesday": another show's home
        rank = 1.0 + (1.0 if strong else 0.0) + (0.5 if not s.heading else 0.0)
        if _NEW_HOME_BEFORE.search(before):
            rank += 1.5
        elif _OLD_HOME_BEFORE.search(before):
            rank -= 1.0
        if _STREAMS_ON.search(before):
            rank -= 0.5  # "airs on FX and streams on Hulu": the network is the home
        elif _AIRS_ON.search(before):
            rank += 0.25
        out.append(Found(subject, "platform", name, s.text, s.index, rank))
    return out


def _named_show(ctx: Context, s: Sentence, pos: int, acts: bool) -> tuple[str, int] | None:
    """ "Halfmoon Creek (Fox) - Fox axed the mystery after a single season": the show named
    right before the platform, even when the sentence gives it no season (season 0 stands
    for the show; its seasons' records take the platform from it); else, when the platform
    acts on a show ("ABC canceled Foxglove Lane after one season"), the first show after it."""
    shows = ctx.subjects.shows_in.get(s.index, [])
    named = [key for at, key in shows if at < pos] or [key for at, key in shows[:1] if acts]
    if not named:
        return None
    key = named[-1]
    subject = ctx.subject(s, pos)
    if subject is not None and subject[0] == key:
        return subject
    return (key, ctx.subjects.targets.get(key, 0))
