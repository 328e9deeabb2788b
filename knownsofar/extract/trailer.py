"""trailer: none / announcement / teaser / trailer."""

from __future__ import annotations

import re

from knownsofar.extract.context import CONDITIONAL, HABIT, Context, Found, Subject, SummaryLine
from knownsofar.extract.lexicon import MAY_MODAL
from knownsofar.extract.sentences import Sentence, clause_spans
from knownsofar.extract.subjects import title_cased

NONE = re.compile(
    r"\b(?:(?:won't|will not) be (?:a|an|any) (?:official |full )?(?:trailer|teaser|footage)|"
    # "No, there's no Valhalla Drive season 2 trailer yet"
    r"no (?:(?-i:[A-Z])[\w'’:-]*\s+){1,4}(?:season|series) \w+ (?:official )?(?:trailer|teaser)s?\b|"
    r"no (?:official |new |full )?(?:trailer|teaser|footage|first[- ]look(?: images?| photos?| stills?)?)s?"
    r"(?:\s+(?:or|and|nor)\s+(?:a\s+|any\s+)?(?:trailer|teaser|footage|first[- ]look)s?)?(?: yet| has| have|"
    r" so far| available|\b)|(?:yet|has(?:n't| not)(?: yet)?|have(?:n't| not)(?: yet)?|did(?:n't| "
    r"not)) (?:to )?(?:release|drop|share|unveil|debut|reveal|put out|show|cut|made|make|finish|"
    r"edit)\w* (?:a |an |any )?"
    r"(?:official |full |first )?(?:trailer|teaser|footage|first[- ]look|look)|"
    # "a trailer has yet to surface", "footage from the season is still to appear"
    r"(?:trailer|teaser|footage)s?\b[^.;]{0,40}? (?:has|have|is|are) (?:yet|still|not yet) to "
    r"(?:be |been )?(?:released|revealed|shared|dropped|unveiled|shown|surface|appear|emerge|arrive|"
    r"land|materiali[sz]e|drop|debut|come out|go up)\b|"
    r"(?:trailer|teaser|footage)s?\b[^.;]{0,30}? (?:has|have|is|are)(?:n't| not) (?:yet )?(?:been )?(?:released|"
    r"revealed|shared|dropped|unveiled|shown|out|here|online|available)|"
    # "no word on a trailer yet", "no sign of a Tin Crown season 2 trailer", "nothing in the
    # way of footage", "footage under wraps"
    r"no (?:word|news|sign|update)s? (?:yet )?(?:on|of|about) (?:a|an|any|the) (?:[\w'’:-]+ ){0,5}?"
    r"(?:official |full |new )?(?:trailer|teaser|footage)|"
    r"nothing in the way of (?:a |an |any )?(?:trailer|teaser|footage)|"
    r"(?:trailer|teaser|footage)s? (?:is |are )?(?:still )?under wraps|(?:has|have)(?:n't| not) (?:yet )?seen "
    r"(?:so much as |even )?(?:any|a|an) (?:footage|trailer|teaser)|"
    # "doesn't have a trailer yet", "is still without a trailer", "there isn't a teaser"
    r"(?:(?:does|do)(?:n't| not) (?:yet )?have|(?:has|have)(?:n't| not) got|(?:is|are) (?:still )?"
    r"without|there (?:is|are)(?:n't| not)) (?:a |an |any )?(?:official |full |new )?"
    r"(?:trailer|teaser|footage)|"
    # "we're still waiting on a trailer", "don't expect a trailer any time soon"
    r"still (?:waiting|holding out) (?:on|for) (?:a|an|the|any) (?:[\w'’:-]+ ){0,5}?"
    r"(?:trailer|teaser|footage)|(?:don't|do not) expect (?:a|an|any) (?:[\w'’:-]+ ){0,5}?"
    r"(?:trailer|teaser|footage)\b[^.;]{0,30}?\b(?:any ?time soon|soon|for a while|yet)\b|"
    # "has not announced a premiere date or released any footage"
    r"(?:has|have|did)(?:n't| not) (?:yet )?\w+[^.;]{0,40}?\b(?:or|nor) (?:release|drop|share|show|"
    r"put out)\w* (?:a |an |any )?(?:official |full |first )?(?:trailer|teaser|footage|first look)|"
    # "anyone who wants a teaser for Christmas: there isn't one"
    r"(?:trailer|teaser)s?\b[^.;]{0,60}?\bthere (?:isn't|is not|aren't|are not) (?:one|any)\b|"
    # "There's nothing to put in a trailer yet", "not enough footage for a teaser"
    r"(?:nothing|not enough(?: footage)?) (?:yet )?(?:to (?:put in|show in|cut|make)|for) "
    r"(?:a |an |any )?(?:trailer|teaser))",
    re.IGNORECASE,
)
ANNOUNCEMENT = re.compile(
    r"\b(?:(?:announcement|news|date|renewal|confirmation),? (?:came|arrived|was made|made) "
    r"(?:[\w'’]+ ){0,5}?(?:via|with|in) (?:a|an) "
    r"(?:short |brief )?(?:video|clip)|"
    r"(?:announced|revealed) (?!(?:his|her|their) )(?:\w+ ){0,4}(?:via|with|in) (?:a|an) "
    r"(?:short |brief )?(?:video|clip)|"
    # "confirming the news with a cheeky video", "made it official with a short clip",
    # "a tweet announcing the pickup, alongside a clip"
    r"(?:announc|reveal|confirm|unveil|mark|celebrat)\w* (?:the (?:news|renewal|pickup|order|return|"
    r"date)|it)\b"
    r"[^.;]{0,30}?\b(?:with|in|via|alongside) (?:a|an) (?:[\w-]+ ){0,2}?(?:video|clip)|"
    r"made it official (?:[\w'’]+ ){0,4}?(?:with|in|via) (?:a|an) (?:[\w-]+ ){0,2}?(?:video|clip)|"
    # a video of old footage: "the little video is just clips from seasons 1 and 2"
    r"(?:video|clip|reel)s?\b[^.;]{0,40}?\b(?:made up of|cut together from|put together from|"
    r"consisting of|composed of|assembled from|just|only|entirely|mostly)\s+(?:\w+\s+){0,2}?"
    r"(?:clips|footage|highlights|scenes|outtakes|moments)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:first|previous|earlier|past|last|old|older|(?:seasons?|series) (?:\d+|one|two|three))\b|"
    # "a 20-second teaser of season 1 clips", "a trailer made of old footage"
    r"(?:teaser|trailer|video|clip|reel|promo)s?\b[^.;]{0,30}?\b(?:of|from|using|with|made of|built "
    r"from) (?:(?:the )?(?:previous|earlier|past|last|old|older)(?:[- ](?:season|series)['’]?s?)? |"
    r"(?:the )?first[- ](?:season|series)['’]?s? |"
    r"season (?:1|one|\d)['’]?s? |series (?:1|one|\d)['’]?s? |archive )(?:clips|footage|scenes|"
    r"highlights|moments)|"
    r"announcement (?:video|trailer|teaser|clip)|date[- ](?:announcement|reveal) (?:video|"
    r"teaser|trailer|clip)|(?:release|premiere) date (?:video|teaser)|(?:character |teaser |"
    r"official |first |new )?posters?|key art|key visuals?|logo (?:reveal|video|teaser|card)|"
    r"(?:released|revealed|unveiled|shared|dropped|debuted) (?:a |an |the |its |the (?:season|"
    r"series|show)['’]s? )?(?:new |official |first )?logo|title (?:card|reveal)|renewal (?:video|"
    r"announcement|teaser)|montage (?:of|video|clip)|teaser (?:poster|art|image|visual|card)|(?:announced|revealed|"
    r"confirmed) (?:the (?:news|renewal|date)|it) "
    r"(?:with|in|via) (?:a|an) (?:short )?(?:video|clip|poster)|sizzle reel)\b"
    r"(?! (?:call|interview|conference|chat)s?\b)",  # "a video call with reporters"
    re.IGNORECASE,
)
TEASER = re.compile(
    r"\b(?:teasers?(?: trailer)?(?!\s+(?:poster|art|image|still|photo|card|visual|key))|sneak peeks?|"
    r"first[- ]looks?|featurettes?|promo(?:tional)? (?:video|clip|spot|reel)s?|"
    r"promo(?: clip)?s?(?! (?:photo|image|still|shot|budget|tour|campaign|"
    r"poster)s?\b)|clips? from the (?:new|upcoming|"
    r"next|second|third|fourth|fifth) (?:season|series)|"
    r"first footage|glimpses?|(?:brief|short) clip|behind[- ]the[- ]scenes (?:video|look|clip)|"
    # "a new clip from season 2", "still photos from the set were released"
    r"(?:new|first|exclusive|official) clips?|(?:first|new|official|production|promotional|"
    r"exclusive|released|several|some) stills|stills from|still (?:photos|images)|"
    r"first (?:official )?(?:images?|photos?|stills?|pictures?|pics)|"
    # "a new image from the second season", "exclusive photos from series two"
    r"(?:new|official|exclusive) (?:images?|photos?|pictures?) (?:from|of) (?:the )?(?:new |upcoming "
    r"|next |second |third |fourth |fifth )?(?:season|series)|"
    # "Hulu teased the new season with a 15-second video"
    r"teased\b[^.;]{0,50}?\bwith (?:a|an) (?:[\w-]+ ){0,2}?(?:video|clip))\b",
    re.IGNORECASE,
)
TRAILER = re.compile(
    r"\b(?:(?:official|full|full-length|new|final|main|latest|second|first|full-blown) trailer|"
    r"trailer|"
    # the BBC's word: "BBC One released the first trail for series two"; not "the trail dust"
    r"(?:official|full|new|final|latest|first|launch|christmas|festive) trails?|"
    r"trails? (?:for|of) (?:the )?(?:new |next |upcoming |latest )?(?:series|season)|"
    r"(?:series|season) (?:\d+|one|two|three|four|five|six) trails?)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will (?:drop|arrive|be released|debut|release|come|share|unveil|premiere|land)|'ll|"
    r"plans? to|planning to|intends? to|hopes? to|aims? to|"
    r"when (?:\w+ ){1,3}(?:releases?|drops?|shares?|puts? out) (?:one|it|a|the)|"
    r"(?:is|are) (?:set|due|expected|scheduled|slated|coming|going) to|coming soon|drops? "
    r"(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
    r"next)|when (?:a|the) (?:trailer|teaser)|once (?:a|the)|as soon as|until (?:a|the)|"
    r"hopefully|expect (?:a|the|to see)|could|might|should (?:arrive|drop|land|come|debut|follow|"
    r"surface|be (?:released|out|here|ready))|"
    + MAY_MODAL
    + r"|would|will|on the way|in the works|"
    r"likely|unlikely|probably|(?:still )?(?:weeks|months|a (?:long )?way|some way|a while) (?:away|off)|"
    r"to come|to follow|coming|expected|planned|promised|(?:is|are) due|(?:drops?|arrives?|lands?|"
    r"debuts?|coming|due) in|gets? (?:its|a|the) (?:first |official )?(?:trailer|teaser) (?:on|this|"
    r"next|later))\b",
    re.IGNORECASE,
)
_FAN_MADE = re.compile(
    r"\bfan[- ](?:made|edits?|trailers?|cuts?)\b|\bconcept trailers?\b|\bfake (?:trailers?|teasers?)\b",
    re.IGNORECASE,
)
_RANK = {"trailer": 4.0, "teaser": 3.0, "announcement": 2.0, "none": 1.0}


def extract_trailer(ctx: Context, s: Sentence) -> list[Found]:
    """Trailer claims of each clause ("No trailer yet, but a poster is out" is an
    announcement); a trailer still to come is not yet a trailer."""
    if ctx.subjectless(s):
        return []  # every finding's subject is ctx.subject(s, ...)
    if s.question or _TRAILER_HEADING.match(s.text):
        return _answered_no(ctx, s)  # "Is there a trailer? Not yet.", "Trailer / Nothing yet!"
    summary = _SUMMARY.status(s.text)
    if summary is not None and summary[0] is not None:  # "- Trailer: first-look images only"
        return _summary_line(ctx, s, summary[0])  # a guide's summary line
    if s.heading and not _HEADLINE_TRAILER.search(s.text):
        return []  # "release date, cast and trailer news": a topic, not a trailer
    if s.index > 0 and _section_title(s.text):
        return []  # a guide's section title: "6. Apex Junction Season 2 Trailer"
    if _FAN_MADE.search(s.text):
        return []  # "the 'season 5 trailer' videos on YouTube are fan edits"
    out = _clause_claims(ctx, s)
    if out and _TOPIC_LIST.search(s.text):
        return []  # "everything about its release date, cast, plot and trailer": a topic
    if _NO_SEASON_FOOTAGE.search(s.text):  # "a short clip, but it's an announcement video"
        out = [_as_announcement(f) if f.value["status"] == "teaser" else f for f in out]
    return out


def _clause_claims(ctx: Context, s: Sentence) -> list[Found]:
    """The claim of each clause, after a guide's label ("The trailer: there's no trailer
    yet, though ..."), which names a topic, not a trailer."""
    out: list[Found] = []
    label = _LABEL.match(s.text)
    for a, b in clause_spans(s.text):
        a = max(a, label.end() if label else 0)
        status, pos = _clause_status(s.text, a, b) if a < b else (None, 0)
        subject = _subject_of(ctx, s, pos, b) if status is not None else None
        if status is not None and subject is not None:
            out.append(
                Found(subject, "trailer", {"status": status}, s.text, s.index, _RANK[status])
            )
    return out


# "a short clip of Fane ..., but it's an announcement video rather than footage from the
# season": the sentence says the clip it names shows nothing of the season
_NO_SEASON_FOOTAGE = re.compile(
    r"\b(?:rather than|instead of|not|isn't|wasn't|is not|was not) (?:any |actual |real |new )?"
    r"footage (?:from|of) the (?:new |upcoming |next )?(?:season|series)\b"
    r"|\b(?:it's|it is|that's|that is|this is) (?:just |only |really )?(?:an|a) (?:announcement|"
    r"renewal) (?:video|clip)\b"
    # "in a short clip with no new footage", "a video without any footage from the season"
    r"|\b(?:with no|without(?: any)?|containing no|featuring no) (?:new |actual |real )?footage\b",
    re.IGNORECASE,
)


def _as_announcement(f: Found) -> Found:
    return Found(
        f.subject, f.field, {"status": "announcement"}, f.quote, f.sentence, _RANK["announcement"]
    )


# "a new promotional video for the second cour of Season 2": the season the video is for
_FOR_SEASON = re.compile(
    r"\s+(?:(?:and|or) (?:a |an )?[\w-]+ (?:[\w-]+ )?)?for (?:the )?(?:[\w-]+ ){0,3}?(?:of )?"
    r"(?P<season>(?:season|series|part|cour) \w+)",
    re.IGNORECASE,
)


def _subject_of(ctx: Context, s: Sentence, pos: int, end: int) -> Subject | None:
    """The subject of a claim at ``pos``; a season named as what the video is for
    ("a teaser for the second half of season 4") decides, even told in passing."""
    word = _WORD_END.match(s.text, pos)
    m = _FOR_SEASON.match(s.text, word.end()) if word else None
    if m is not None and m.end() <= end:
        named = ctx.subject(s, m.start("season"), weak_ok=True)
        if named is not None:
            return named
    subject = ctx.subject(s, pos)
    new_run = _FOR_NEW_RUN.match(s.text, word.end()) if word else None
    if subject is not None and new_run is not None:  # "a key visual for the new run"
        target = ctx.subjects.targets.get(subject[0], 0)
        if target > subject[1]:
            return (subject[0], target)
    recap = _RECAP_SEASON.search(s.text, pos)
    if subject is not None and recap is not None:  # "... the wreck that closed out Season 2"
        target = ctx.subjects.targets.get(subject[0], 0)
        if target > subject[1] and not _SEASON_BEFORE.search(s.text, 0, pos):
            return (subject[0], target)
    return subject


_FOR_NEW_RUN = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:for|from|of)\s+(?:the|its)\s+(?:new|next|upcoming|coming|forthcoming)\s+"
    r"(?:season|series|run|batch|instal+ment|outing|chapter)\b",
    re.IGNORECASE,
)


# A season named after the video as what an earlier scene ended: "a teaser in which Kerra
# dives on the wreck that closed out Season 2" shows the next season
_RECAP_SEASON = re.compile(
    r"\b(?:closed out|ended|concluded|capped|wrapped up|the (?:end|finale|ending) of|"
    r"(?:clips|footage|scenes|highlights) (?:from|of))\s+(?:the\s+)?(?:seasons?|series)\s+\w+",
    re.IGNORECASE,
)
_SEASON_BEFORE = re.compile(r"\b(?:season|series)\s+\w+", re.IGNORECASE)


_WORD_END = re.compile(r"[\w-]+(?: (?:video|clip|trailer|visual|reel|spot)s?)?", re.IGNORECASE)


# "Release Date, Cast, Trailer - All The Latest", "everything about its release date, cast,
# plot and trailer": the trailer as one topic of a guide
_TOPIC_LIST = re.compile(
    r"\b(?:release date|cast|plot|news|spoilers|story|episodes?)\s*(?:,|and|&)\s*(?:[\w ]{0,20},\s*)*"
    r"(?:and\s+)?(?:the\s+)?trailers?\b|\btrailers?\s*(?:,|and|&)\s*(?:release date|cast|plot|news|"
    r"more|everything)\b|\b(?:everything|all) (?:about|on|we know)\b[^.]{0,80}\btrailers?\b|"
    r"\b(?:as for|as to|what about|speaking of|on the subject of)\s+(?:the|a)\s+(?:trailer|teaser)s?\b",
    re.IGNORECASE,
)


def _section_title(text: str) -> bool:
    """A title-case line naming the trailer as a topic, with no verb."""
    return bool(_TOPIC_LINE.match(text)) and not _TOPIC_VERB.search(text) and title_cased(text)


_TOPIC_LINE = re.compile(r"^(?:\d+[.)]\s*)?[^.!?]{0,80}\b(?:trailers?|teasers?)\W*$", re.I)
_TOPIC_VERB = re.compile(
    r"\b(?:is|are|was|has|have|released|releases|drops?|dropped|arrives?|arrived|out|here|watch|"
    r"debuts?|debuted|unveil\w*|reveal\w*|shares?|shared|gets?|got|new|first|official)\b",
    re.IGNORECASE,
)
_HEADLINE_TRAILER = re.compile(
    r"\b(?:watch|first|official|new|final|full|latest|debuts|drops|released|releases|unveils|"
    r"shares|reveals|here'?s)\b[^:,]{0,30}\b(?:trailer|teaser|first look|sneak peek)|"
    r"\b(?:trailer|teaser|first look|sneak peek)\b\s*(?::|-|is here|is out|arrives|drops|reveals|"
    r"teases|shows|confirms|sets|dated|released)",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^(?:A:\s*)?(?:no|not yet|nope|not so far|sadly,? not|unfortunately,? not|there (?:isn't|is not|"
    r"is no|aren't) (?:one|a trailer|a teaser|any)|nothing(?: yet| so "
    r"far)?|none(?: yet| so far)?|(?:we|they|i)(?: have|'ve)?(?:n't| not) (?:yet )?(?:cut|made|"
    r"finished|released|put together) (?:one|it|a trailer|a teaser|anything))\b",
    re.I,
)
# A guide's label that opens its paragraph: "The trailer: ...", "Trailer and teasers - ..."
_LABEL = re.compile(
    r"^\W*(?:the )?(?:trailers?|teasers?)(?: and (?:teasers?|footage|trailers?))?\s*[:|–—]\s*", re.I
)
# A section of its own: "Trailer", "Is there a trailer?" is a question
_TRAILER_HEADING = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:the )?(?:trailers?|teasers?)\W*$", re.I)
# A guide's summary line: "- Trailer: none yet", "Trailer: first-look images only"
_SUMMARY = SummaryLine.of(
    "(?:the )?(?:trailers?|teasers?|footage)",
    (
        (
            "none",
            r"(?:(?:lol|sadly|alas|nope|ha|haha|unfortunately|sorry)[,.!]?\s+)?(?:none|no\b|not yet|"
            r"nothing)|tbc|tba",
        ),
        ("teaser", r"teaser|first[- ]look|images?|photos?|stills?|clip|sneak"),
        ("announcement", r"poster|key art|key visual|logo|title card|date"),
        ("trailer", r"(?:official |full )?trailer|out\b|released|yes\b"),
    ),
)


def _summary_line(ctx: Context, s: Sentence, status: str | None) -> list[Found]:
    """The claim of a summary line naming ``status`` (none if it names no status)."""
    subject = ctx.subject(s, 0)
    if status is None or subject is None:
        return []
    return [Found(subject, "trailer", {"status": status}, s.text, s.index, _RANK[status])]


def _answered_no(ctx: Context, s: Sentence) -> list[Found]:
    """ "Is there a trailer? Not yet." says there is none."""
    if not re.search(r"\b(?:trailer|teaser|footage)\b", s.text, re.I):
        return []
    if s.index + 1 >= len(ctx.sentences) or not _NO.match(ctx.sentences[s.index + 1].text):
        return []
    subject = ctx.subject(s, 0)
    if subject is None:
        return []
    quote = f"{s.text} {ctx.sentences[s.index + 1].text}"
    return [Found(subject, "trailer", {"status": "none"}, quote, s.index + 1, _RANK["none"])]


def _clause_status(text: str, a: int, b: int) -> tuple[str | None, int]:
    """The highest status a clause asserts; "posters but no footage" is an announcement."""
    clause = text[a:b]
    best: tuple[float, str | None, int] = (0.0, None, 0)
    if HABIT.search(clause):
        return None, 0  # "a teaser usually arrives two months before the premiere"
    negated = [(n.start(), _list_end(clause, n.end())) for n in NONE.finditer(clause)]
    if negated:
        best = (_RANK["none"], "none", a + negated[0][0])
    negated += [(n.start(), n.end()) for n in _NOT_A.finditer(clause)]  # "it's not a trailer"
    announced = [(m.start(), m.end()) for m in ANNOUNCEMENT.finditer(clause)]
    for status, pattern in (
        ("trailer", TRAILER),
        ("teaser", TEASER),
        ("announcement", ANNOUNCEMENT),
    ):
        for m in pattern.finditer(clause):
            if _RANK[status] <= best[0] or _still_to_come(clause, m.start(), m.end()):
                continue
            if status != "announcement" and any(x <= m.start() < y for x, y in announced):
                continue  # "the announcement came with a short clip": the clip announced it
            if any(m.start() < y and x < m.end() for x, y in negated):
                continue  # the "trailer" of "no trailer yet", "a full trailer hasn't been released"
            if status == "trailer" and _LABELLED.search(clause, 0, m.start()):
                continue  # "teaser trailer", "announcement trailer"
            best = (_RANK[status], status, a + m.start())
    return best[1], best[2]


# "has not released a trailer, teaser or first-look image": the negation covers the list
_MORE_ITEMS = re.compile(
    r"(?:\s+(?:from|of|for) (?:the )?(?:[\w-]+ )?(?:season|series)(?: (?:\d+|[a-z]+(?<!not)))?)?"
    r"(?: yet| so far)?"
    r"(?:,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+)(?:not even |even |so much as )?(?:a |an |any )?"
    r"(?:official |full |new |first[- ]look |first )?"
    r"(?:trailers?|teasers?|footage|first[- ]looks?|images?|photos?|stills?|clips?|posters?|"
    r"sneak peeks?|glimpses?)\b",
    re.IGNORECASE,
)


def _list_end(clause: str, end: int) -> int:
    while m := _MORE_ITEMS.match(clause, end):
        end = m.end()
    return end


def _still_to_come(clause: str, start: int, end: int) -> bool:
    """ "A trailer will follow in September", "if a teaser drops": not out yet."""
    before, word = clause[max(0, start - 40) : start], clause[start:end]
    after = clause[end : min(len(clause), end + 35)]
    aside = _ASIDE.match(clause, end)  # "A full trailer, if the pattern holds, should arrive"
    if aside is not None:
        after = clause[aside.end() : min(len(clause), aside.end() + 35)]
    if _ANY_GUIDE.search(before + word + after):
        return False  # "if the teaser is anything to go by": there is one
    that = _THAT.search(after)  # "a key visual, and revealed that the season will adapt"
    near = before + word + after[: that.start() if that else None]
    if _WHEN_RELEASED.search(clause, max(0, start - 100), start):
        return True  # "we'll update this guide when Hulu announces a date or releases a trailer"
    return bool(_FUTURE.search(near) or CONDITIONAL.search(before))


# An aside set off by commas right after the word: "A full trailer, if the pattern of the
# last season holds, should arrive"
_ASIDE = re.compile(
    r",\s+(?:if|according to|as|by|per|we hear|we're told|judging by)\b[^,;]{0,70},"
)
_WHEN_RELEASED = re.compile(
    r"\b(?:when|once|until|as soon as|after)\s+(?:[\w+'’]+\s+){1,8}?(?:releases?|drops?|shares?|"
    r"puts? out|unveils?|debuts?)\s+(?:one|it|a|an|the|any|its)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


_THAT = re.compile(r"\b(?:that|whether)\b", re.IGNORECASE)
_ANY_GUIDE = re.compile(
    r"\bif\b[^,;]{0,40}\b(?:is|are|was|were) (?:any|anything) (?:guide|to go by|indication)\b",
    re.IGNORECASE,
)


# "it's very charming, but it's not a trailer": says what a video is not, nothing more
_NOT_A = re.compile(
    r"(?:n't|\bnot|\bhardly|\bfar from) (?:really |quite |exactly |count as |counts as )?(?:a|an|the|"
    r"any) (?:official |proper |real |full |actual |true )?(?:trailer|teaser)s?\b"
    # the wish, not the thing: "fans are already hunting for a season 2 trailer"
    # "laughs when I ask about a trailer"; "showed a short clip to advertisers"; a recap's
    # "the show's first trailer"
    r"|\bask(?:s|ed|ing)? (?:me |us |him |her )?about (?:a|an|the|any) (?:trailer|teaser)s?\b"
    r"|\b(?:showed|shown|screened|previewed)\b[^.;]{0,50}?\bto (?:advertisers|buyers|investors|"
    r"critics|the press|exhibitors)\b"
    r"|(?<!released )(?<!dropped )(?<!unveiled )(?<!debuted )(?<!shared )(?<!revealed )"
    r"(?<!put out )\b(?:the show's|the series'|its) first (?:official )?(?:trailer|teaser)\b"
    r"|\b(?:wants?|wanted|wanting) (?:a|an|any) (?:[\w-]+ ){0,2}(?:trailer|teaser)s?\b"
    r"|\b(?:hunting|looking|searching|waiting|asking|hoping|clamou?ring|begging|calling|crying|"
    r"scouring|holding out|desperate) for (?:a|an|the|any) (?:[\w-]+ ){0,3}(?:trailer|teaser)s?\b"
    # "a premise that was hard to sell in a trailer"
    r"|\b(?:sell|fit|capture|explain|convey|summari[sz]e|squeeze) (?:\w+ )?in(?:to)? (?:a|one) "
    r"(?:single )?(?:trailer|teaser)\b"
    # an actor's on-set trailer
    r"|\b(?:in|to|from|outside) (?:her|his|their|my|your|the) (?:own )?(?:trailer|make-?up trailer)\b"
    r"|\b(?:calling|speaking|talking|phoning|chatting|sitting|waiting|resting|hiding) (?:from |in |"
    r"outside )(?:a|her|his|their|my|your|the) (?:[\w-]+ )?trailer\b"
    # another project's or the schedule's: "a first look at a limited series", "a sneak peek at
    # the week after"
    r"|\b(?:first[- ]look|teaser|trailer|sneak peek)s? (?:at|for|of) (?:a|an|another) (?:new |upcoming )?"
    r"(?:[\w-]+ )?(?:limited series|film|movie|documentary|special|spin-?off|show|drama|comedy)\b"
    r"|\bsneak peeks? at (?:the |next )?(?:week|weekend|month|schedule|listings|line-?up)\b"
    # one imagined, not cut: "there's a teaser in my head, but it's not cut"
    r"|\b(?:trailer|teaser)s? in (?:my|his|her|our|their|your) (?:head|mind|imagination)\b"
    # a precedent: "the teasers for previous seasons arrived two months before each premiere"
    r"|\b(?:trailers?|teasers?)\s+(?:for|of|from)\s+(?:the\s+|its\s+)?(?:previous|past|earlier|prior|"
    r"older|last)\s+(?:(?:two|three|four|five|\d)\s+)?(?:seasons?|series)\b"
    # a yardstick: "drew more views than any AMC trailer since 2019"
    r"|\bthan (?:any|every) (?:[\w+&-]+ ){0,2}(?:trailer|teaser)s?\b",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"\b(?:teaser|announcement|date announcement|renewal)\s+$", re.IGNORECASE)
