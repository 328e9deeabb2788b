"""renewal: renewed / final / cancelled / pending, and the day it was announced."""

from __future__ import annotations

import re
from typing import Any

from knownsofar import dates
from knownsofar.extract.context import CONDITIONAL, NEGATED_BEFORE, Context, Found, Subject
from knownsofar.extract.folded import fold
from knownsofar.extract.lexicon import MAY_MODAL, NUMBER_RE, ORDINAL_RE, number_value
from knownsofar.extract.sentences import Sentence, clause_spans

_ORD = rf"(?:{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))"
_SHOWISH = (
    r"(?:(?:the|its|their|this|that) (?-i:[a-z-]+ ){0,2}"
    r"(?:show|series|drama|comedy|sitcom|thriller|programme|program)|it|they)"
)
# "no plans for a third season (of Larkfield) at this time": not yet (pending), where "no
# plans for a third season" alone is a cancellation
_PLANS_FOR_SEASON = (
    r"plans for (?:another|a new|a further|(?:a |an )?" + _ORD + r") (?:series|season)"
)
_FOR_NOW = (
    r"(?: of [\w'’&:-]+(?: [\w'’&:-]+){0,3}?)?,? (?:at (?:this|the) (?:time|moment|point|minute)|"
    r"yet|for now|currently|right now|at present)"
)

RENEWED = fold(
    r"\b(?:renew(?:ed|s|ing)?\b(?!\s+(?:interest|calls|hope|push|focus|attention|contract|deal))|"
    r"re-?upped|re-?commission(?:ed|s|ing)\b|(?:saved|rescued|revived|resurrected) by\b|"
    r"(?:season|series)\b[^.;]{0,15}\b(?:is|are) (?:officially |now )?on (?:the|its) way\b|"
    r"(?:a|an) (?:"
    + _ORD
    + r"|new|another) (?:season|series) (?:is|are) (?:officially |definitely )?"
    r"(?:coming|happening|in the works)\b|greenlit|green-?lit|green-?lighted|(?:given|gets?|got) (?:the |a )?green ?light|"
    r"(?:given|gave|gives|giving|handed) (?:[\w'’&:-]+ ){1,4}?(?:the|a) green ?light|"
    r"picked (?:it |the (?:show|series) )?up for|pick(?:ed|s|ing)? up (?:a |an |its )?(?:[\w-]+-episode )?(?:"
    + _ORD
    + r" |new |another |second |third )?(?:season|series)\b|picked up by (?:[\w+&'’.-]+ ){1,3}for (?:a|an|its|season|series)|ordered (?:a |an )?(?:[\w-]+ ){0,2}(?:season|series)|"
    r"(?:season|series) (?:\w+ )?order|\w+-season renewal|commissioned (?:a |an )?(?:[\w-]+ ){0,2}(?:season|series)|"
    r"(?:has|have|was|been) commissioned|officially a go\b|is a go\b|will (?:officially )?be back for|"
    r"(?:will|to) return for|returning for (?:a|an|its|season|series)|coming back for|"
    r"(?:is|are|'s) (?:officially |definitely )?back for (?:(?:a |an |its )?(?:"
    + _ORD
    + r"|new|another) (?:season|series)|(?:season|series) \w+)|"
    r"bring(?:s|ing)? (?:it|the (?:show|series|drama|comedy)|[\w'’&:-]+(?: [\w'’&:-]+){0,4}) back for (?:a|an|its) (?:"
    + _ORD
    + r"|new|another) (?:season|series)|"
    r"(?:confirmed|announced) (?:a|an|the) (?:" + _ORD + r"|new|another) (?:season|series)|"
    # "Netflix has given Larkfield a second season", "brought it back for a second season",
    # "its renewal for a second season"
    r"(?:gives?|gave|given|giving|hand(?:s|ed|ing)?) (?:[\w'’&:-]+ ){0,4}?(?:a|an) (?:"
    + _ORD
    + r"|new|another) "
    r"(?:season|series)\b|(?:brought|bringing|brings?) (?:[\w'’&:-]+ ){0,4}?back for (?:a|an|its) "
    r"(?:" + _ORD + r"|new|another) (?:season|series)|renewal for (?:a|an) (?:" + _ORD + r"|new) "
    r"(?:season|series)|"
    r"(?:gets?|got|lands?|landed|scores?|scored|earns?|earned|nabs?|nabbed|secures?|secured) "
    r"(?:season|series) (?:\d{1,2}|"
    + NUMBER_RE
    + r")\b(?! (?:premiere|release|trailer|teaser|date|"
    r"finale|episode|cast|poster|first|look|footage|photos?|stills?|images?))|"
    r"(?:gets?|got|landed|scored|earned) (?:a |an )?(?:"
    + _ORD
    + r"|new|another) (?:season|series)|"
    r"(?:confirmed|announced|celebrat\w+|revealed|official|unveiled) (?:the |its |a |their )?"
    r"(?:\w+[- ])?(?:renewal|pickup|pick-up|recommission)|renewal (?:news|announcement)|(?:is|are) (?:officially )?happening|"
    r"it's official|(?:has been|have been|was|were|been) (?:officially )?ordered\b|"
    r"order(?:s|ed)? (?:a |an )?(?:" + _ORD + r"|new|another) (?:season|series)|"
    r"(?:gets?|got|lands?|landed|scores?|scored|earns?|earned|receives?|received|secures?|secured) "
    r"(?:a |an |its )?(?:(?:season|series) \w+ |\w+[- ]season )?renewal|"
    r"confirm(?:s|ed)? [^.;]{0,60}?\b(?:season|series) (?:\d+|" + NUMBER_RE + r")\b"
    r"(?! (?:release|premiere|cast|trailer|teaser|date|finale|episode))|"
    r"(?:season|series) \w+ (?:has been|is|was|is now) (?:officially )?confirmed|"
    r"(?:given|gave|gives|handed|hands|handing|giving) [^.;]{0,60}?\b(?:a |an )?(?:(?:season|series) "
    r"\w+ |\w+[- ]season |\w+[- ]series )(?:renewal|pickup|pick-up|order)\b|"
    r"\w+[- ](?:season|series) (?:pickup|pick-up)\b|(?:season|series) (?:\d{1,2}|"
    + NUMBER_RE
    + r") "
    r"(?:pickup|pick-up|order|renewal)\b|lives? to see (?:a|an|another) |"
    r"pick(?:s|ed)? up [^.;]{0,60}?\bfor (?:a |an )?(?:(?:season|series) (?:\d+|"
    + NUMBER_RE
    + r")\b|"
    r"(?:\w+ )?(?:season|series)\b)|"
    r"(?:has been|is|was) confirmed for (?:a|an) (?:\w+ )?(?:season|series)|(?:will|to) (?:officially )?(?:be )?(?:return|back) (?:for|with) (?:a|an|its|"
    r"season|series))",
    re.IGNORECASE,
)
# "X will return / is coming back" (said of the show, not an actor).
SHOW_RETURNS = fold(
    r"\b(?:will (?:officially )?(?:return|be back)|is (?:officially )?(?:returning|coming back|back)|"
    r"returns)\b",
    re.IGNORECASE,
)
FINAL = fold(
    r"\b(?:" + _ORD + r"\s+and\s+(?:final|last)\s+(?:season|series)|"
    r"(?:the|its|a|their) (?:upcoming |forthcoming |new )?(?:final|last) (?:season|series|chapter|"
    r"instal?lment|outing|run)|will (?:also )?be (?:its|the(?: show's)?|their) (?:final|last)|"
    r"(?:will|to|set to) (?:end|conclude|wrap up|close out) (?:with|after) (?:its|a|the|season)|"
    r"swan song|last hurrah|final chapter|(?:end|conclusion) of the (?:series|show)|"
    r"end of the road for (?:the|this|our) (?:show|series|drama|comedy)|"
    # "confirmed as the show's farewell", "will wrap up the story for good"
    r"(?:the show's|the series') farewell\b|farewell (?:season|series|run|outing)\b|"
    r"(?:will|to) (?:wrap up|conclude|close out|finish) (?:the|its) (?:story|saga|tale) for good|"
    r"bow out with)",
    re.IGNORECASE,
)
FINAL_HEDGE = re.compile(
    r"\b(?:possibl[ey]|likely|probabl[ey]|reportedly|could|" + MAY_MODAL + r"|might|maybe|perhaps|"
    r"believed|rumou?r\w*|unclear|if|whether|speculat\w*|suggest(?:s|ed|ing)?|hint(?:s|ed|ing)?|not (?:the|its) "
    r"(?:final|last)|isn't|wasn't|not necessarily|"
    # "has never described season 3 as the final season", "denied it would be the last"
    r"never (?:\w+ )?(?:said|called|described|confirmed|announced|billed)|den(?:y|ies|ied))\b",
    re.IGNORECASE,
)
CANCELLED = fold(
    r"\b(?:cancell?(?:ed|ation|s|ing)|canceled|axed|axing|axes|scrapped|pull(?:s|ed|ing)? the plug|"
    r"(?:got|gets|given) the (?:chop|axe|boot)|not (?:be )?(?:moving|move|going) forward|"
    r"(?:declined|declines|refused|refuses|opted not|chose not) to (?:renew|pick up|order|bring back)\b|"
    # "decided not to bring Copperline back", "dropped by ITV after two series"
    r"(?:decided|decides|chose|opted|elected) not to bring (?:[\w'’&:-]+ ){1,4}?back\b|"
    r"dropped by (?:[\w+&'’-]+ ){1,3}?after (?:one|two|three|four|five|six|\d+|its)\b|"
    r"(?:will not|won't|isn't|is not|are not|aren't) (?:be )?(?:moving|going) forward|"
    r"not (?:to )?(?:move|moving|go|going) ahead with|(?:decided|chosen|chose|elected) (?:against|not to) (?:renew\w*|continue|"
    r"move forward|pick up|order)|opted (?:not to|against) (?:renew\w*|continu\w*)|"
    r"won't be renewed|will not be renewed|not (?:been |be )?renewed for (?:a|an) |"
    r"passed on (?:a|an) (?:\w+ )?(?:season|series)|no longer (?:happening|moving forward)|"
    r"renewal (?:was |has been |had been )?(?:reversed|rescinded|revoked|pulled)|"
    r"(?:there )?will be no (?:\w+ )?(?:season|series)|(?:won't|will not) (?:be )?get(?:ting)? (?:a|an) (?:\w+ )?(?:season|series)|"
    r"not getting (?:a|an) (?:\w+ )?(?:season|series)|ended after (?:one|two|three|four|five|six|"
    r"\d+|its)|brought to an end|(?:won't|will not|not to|decided not to) (?:renew|recommission)|"
    r"not renewing|not (?:be )?recommissioned|(?:will not|won't|will no longer) continue (?:beyond|past|after)|"
    r"(?:is|are) (?:officially )?(?:done|over|finished) (?:at|on|after)\b|"
    r"(?:due|set|going|scheduled) to (?:end|finish|wrap up) (?:in \w+ |this \w+ )?after\b|"
    r"(?:will not|won't|not to|no plans to) (?:make|film|produce) any more (?:episodes|series|seasons)\b|"
    r"no " + _PLANS_FOR_SEASON + r"\b(?!" + _FOR_NOW + r")|"
    r"(?:come|came|comes|coming) to an end after|"
    r"(?:none|neither) of (?:the|them|these|those)\b[^.;]{0,30}\b(?:will|is going to) (?:get|be "
    r"getting|return for) (?:a|an)\b|"
    r"dropped (?:it |the (?:show|series) )?after (?:one|two|"
    r"three|four|five|\d+|its))",
    re.IGNORECASE,
)
# "won't return": said of the show only when the show (or "the series") is its subject.
SHOW_WONT_RETURN = fold(
    r"\b(?:won't|will not|isn't|is not|not) (?:be )?(?:returning|return|coming back|be back|happening)\b",
    re.IGNORECASE,
)
PENDING = fold(
    r"\b(?:(?:has|have|had)(?:n't| not)(?: yet)?(?: been)?(?: officially)? (?:been )?"
    r"(?:renewed|cancell?ed|picked up|greenlit|given the green light)|"
    r"(?:is|are|remains?) (?:yet|still) to be (?:renewed|greenlit|decided|confirmed)|"
    r"yet to (?:be )?(?:renew\w*|re-?commission\w*|confirm (?:a|the|whether)|decide)|"
    r"yet to (?:say|announce|reveal|"
    r"confirm|decide) (?:whether|if)|(?:said|says) (?:anything|nothing) either way|not (?:yet |officially )*renewed|"
    r"no word (?:yet )?(?:on|about) (?:a |whether|if|the fate|its fate|(?:a |the )?renewal|"
    r"(?:a |the )?(?:"
    + _ORD
    + r"|new|next|another) (?:season|series)|(?:a |the )?(?:season|series) "
    r"(?:\d{1,2}|" + NUMBER_RE + r")\b)|"
    r"(?:no|yet to make an?|(?:hasn't|has not|haven't|have not|hadn't|had not) (?:yet )?made an?) (?:official |final )?"
    r"decision\b|no (?:official )?announcement (?:on|about|has been made|yet)|undecided|on (?:indefinite )?hold|up in the air|remains to be seen|"
    r"(?:it's|it is|it remains) (?:still )?unclear (?:whether|if|what)|not a given|"
    r"wait[- ]and[- ]see|in limbo|on the shelf|(?:fans|viewers) (?:are )?(?:petition\w*|"
    r"campaign\w*|calling)|no (?:official )?(?:confirmation|news) (?:yet )?(?:on|about|of) "
    r"(?:a |the |whether )?(?:renewal|season|series|" + _ORD + r")|"
    r"not (?:been )?(?:officially )?(?:confirmed|announced)(?: yet)?(?= (?:whether|if|by))|"
    r"(?:has not|hasn't|have not|haven't|had not|hadn't) (?:yet )?(?:said|announced|confirmed|decided) (?:whether|if)|"
    r"neither renewed nor cancell?ed|(?:fate|future) (?:remains|is) (?:undecided|unclear|uncertain|"
    r"up in the air|unknown)|ha[sd](?:n't| not) (?:yet )?(?:ordered|greenlit|commissioned) (?:a|an)\s|"
    r"has(?:n't| not) ruled (?:it|one|a \w+ season) out|it's (?:up to|[\w+]+'s call)|"
    r"(?:season|series) (?:\w+ )?(?:has|have|is|was)(?:n't| not) (?:yet )?(?:been )?"
    r"(?:officially )?(?:confirmed|announced|ordered)|ha[sd](?:n't| not) (?:yet )?(?:officially )?"
    r"confirmed (?:it|a|the|whether|if)|\bif\b[^.]{0,60}\b(?:happens|goes ahead|gets made|is "
    r"greenlit|is renewed|gets renewed|gets the green light)\b|yet to (?:confirm|decide)|"
    r"(?:has|have|had)(?:n't| not) (?:yet )?decided (?:on|about)|(?:has|have|had)(?:n't| not) (?:yet )?been "
    r"(?:ordered|picked up|greenlit)(?: to series)?|in (?:early |active )?development\b|(?:still |(?:is|are|remains?) )(?:awaiting|waiting on|"
    r"waiting for) (?:word|news|a decision|confirmation|its fate|a verdict)|"
    r"(?:season|series)\b[^.;]{0,40}?\b(?:has|have|is)(?:n't| not) (?:yet )?(?:been )?"
    r"(?:officially )?(?:confirmed|announced|ordered|greenlit))|"
    r"(?:has|have)(?:n't| not) (?:yet )?heard (?:about|on|whether|if|anything|its fate)|"
    r"(?:said|says|has said) nothing (?:either way|yet|about|on)|(?:still )?waiting to hear (?:about|on|"
    r"whether|if|its fate)|(?:remains?|is|are|sits?) (?:firmly |still )?on the bubble|"
    # "there are no plans for a third season at this time": not yet, rather than never
    r"no (?:current )?" + _PLANS_FOR_SEASON + _FOR_NOW + r"|"
    r"(?:is|are) (?:still )?(?:weighing|mulling(?: over)?|considering) (?:a|an|whether|the (?:show's )?"
    r"future)\b",
    re.IGNORECASE,
)
_NOT_RENEWAL_TOPIC = re.compile(
    r"\b(?:(?:release|premiere|air|launch|return|transmission|broadcast) (?:date|window|slot)|"
    r"trailer|teaser|filming|production|shoot\w*|cast|appears? in|appearing in|"
    r"(?:be )?back as|reprise\w*)\b",
    re.IGNORECASE,
)
AFTER_COUNT = re.compile(
    rf"\b(?:after|following)\s+(?:just\s+|only\s+)?(?P<n>{NUMBER_RE}|\d{{1,2}}|a single|a lone)\s+"
    rf"(?:season|series)s?\b"
    rf"|\b(?:after|following)\s+(?:its|their|the)\s+(?P<o>{_ORD})\s+(?:season|series)\b"
    rf"|\b(?:first and only|only)\s+(?:season|series)\b"
    rf"|\b(?:beyond|past)\s+(?:its|their|the)\s+(?P<b>{_ORD})\s+(?:season|series)\b",
    re.IGNORECASE,
)
# "won't be back this year after all": a delay, not a cancellation
_NOT_YET_AFTER = re.compile(
    r"\s+(?:this (?:year|fall|autumn|spring|summer|winter|season)|in (?:19|20)\d\d|until|before|"
    r"as (?:planned|scheduled|expected)|on schedule|for a while|(?:any ?time|any) soon|next year|"
    # "will not return in September as planned", "won't return this autumn": a delay
    r"in (?:the )?(?:spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b[^.;]{0,25}?\bas (?:planned|scheduled|expected|"
    r"originally planned|hoped))\b",
    re.IGNORECASE,
)
# "saved from cancellation", "many viewers feared a cancellation", "dodged the axe": a
# cancellation feared or escaped, not one that happened
_AVERTED_BEFORE = re.compile(
    r"\b(?:saved|spared|rescued|escaped|avoided|dodged|survived|feared|fearing|fears? of|"
    r"threat of|threatened with|worried about|worries about|rumou?rs? of|talk of|brink of|verge of|"
    r"risk of|danger of|spectre of|specter of|rather than|instead of)\s+(?:(?:from|a|an|the|its|"
    r"possible|likely|certain|looming|imminent|surprise|sudden|abrupt|premature|early)\s+){0,2}$",
    re.IGNORECASE,
)
# "has cancelled most of its legacy dramas": other shows
_OTHERS_AFTER = re.compile(
    r"\s+(?:most|many|several|some|all|half|dozens|a (?:number|string|slew|handful|raft|lot|bunch|"
    r"swathe|clutch) of|lots of|plenty of|other|"
    r"(?:two|three|four|five|six|\d+) (?:other |of (?:its|their|the) )?(?:[\w-]+ )?(?:shows|series|"
    r"dramas|comedies|sitcoms|thrillers|originals))\b",
    re.IGNORECASE,
)
# "the rebuilding network, which has cancelled ...": the network's record, not this show's
_NETWORK_WHICH = re.compile(
    r"\b(?:network|streamer|channel|broadcaster|company|service|platform)s?,?\s+which\s+"
    r"(?:has |had |have )?(?:\w+ )?$",
    re.IGNORECASE,
)
_ANSWER = re.compile(r"^(?P<a>No|Yes|Sadly, no|Unfortunately, no|Nope|Yep)\b[.,!]", re.IGNORECASE)
_WISH_BEFORE = re.compile(
    r"\b(?:ask\w*|urg\w*|calling on|call on|petition\w*|hop\w*|want\w*|wish\w*|begg\w*|"
    r"campaign\w*|pleading|should|would|could|might|please|let it be|surely|pray\w*|bet\w*|wager\w*|"
    r"fingers crossed)\b[^.;]*$",
    re.IGNORECASE,
)
_SEASON_CONFIRMED = re.compile(
    r"\b(?:season|series) (?:\d+|" + NUMBER_RE + r") (?:officially |finally )?confirmed\b", re.I
)


# "The two-season pickup, announced today, ...", "The news was announced today": the day of
# the decision told in another sentence
_THE_NEWS = re.compile(
    r"\b(?:the|this|its|their) (?:[\w-]+ ){0,2}(?:news|renewal|pickup|pick-up|recommission|"
    r"revival|cancell?ation|axing|decision|deal)\b",
    re.IGNORECASE,
)


def _news_dated(ctx: Context, s: Sentence) -> list[Found]:
    """The day the news was announced, from a sentence that only dates it (the record
    gives it to a renewal claim of the season that states no day)."""
    m = _THE_NEWS.search(s.text)
    if m is None:
        return []
    day = _announced_on(ctx, s)
    subject = ctx.subject(s, m.start()) if day else None
    if day is None or subject is None:
        return []
    return [Found(subject, "renewal_day", day, s.text, s.index, 1.0)]


def _confirmed_headline(text: str, a: int, b: int) -> re.Match[str] | None:
    """ "X Season 2 officially confirmed by Netflix" (not a rumour quoted to be debunked)."""
    m = _SEASON_CONFIRMED.search(text, a, b)
    if m is None or text.count('"', 0, m.start()) % 2 == 1:
        return None
    return m


# Words that make a "no decision yet" about the show's future whatever else the sentence
# is about ("no decision on a third season"), unlike a bare "no decision has been made"
_RENEWAL_WORDS = re.compile(
    r"renew|cancel|picked|greenlit|green light|order|season|series|fate|future|"
    r"decided? (?:on|about|whether|if)",
    re.IGNORECASE,
)
_PERSON_RETURN = re.compile(
    r"\b(?:expected|tipped|likely|set|slated|rumou?red) to (?:return|reprise|be back)|played by|"
    r"who plays|reprise (?:his|her|their) role",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:would|could|might|may|should|to)\s+(?:have\s+)?(?:be\s+|been\s+|get\s+)?$", re.IGNORECASE
)
MORE_SEASONS = re.compile(
    r"\b(?P<n>two|three|four|\d) (?:more|additional|further) (?:seasons|series)\b", re.I
)
# A decision (renewed, final, cancelled) outranks "no decision yet"; between decisions in
# one sentence the later clause wins ("dropped after two seasons, was picked up by Hulu").
_RANK = {"final": 3.0, "cancelled": 3.0, "renewed": 3.0, "pending": 1.0}


def extract_renewal(ctx: Context, s: Sentence) -> list[Found]:
    """Renewal claims of one sentence (questions and conditionals assert nothing)."""
    if ctx.subjectless(s) and not AFTER_COUNT.search(s.text):
        return []  # only "cancelled after two seasons" (_subject) names a season by itself
    if s.question or (s.heading and not _declarative_heading(s.text)):
        return _answered(ctx, s)
    if s.heading and s.index > 0 and (_BARE_STATUS.match(s.text) or _caps_section(s.text)):
        return []  # a roundup's "RENEWED" / "RENEWED, DATE TO COME" section heading
    statuses = _statuses(ctx, s)
    if not statuses:
        return _news_dated(ctx, s)
    out: list[Found] = []
    for status, pos in statuses:
        subject = _subject(ctx, s, pos, status)
        if subject is None or _other_show_after(ctx, s, pos, subject[0]):
            continue
        if _other_show_in_clause(ctx, s, pos, subject[0]) or _GENERIC_RENEW.search(s.text):
            continue  # "its medical drama Kindred Saints was also canceled"; "shows it does renew"
        if _LEAD_CANCELLATION.match(s.text) and not _names(ctx, s, subject[0]):
            continue  # "The cancellation comes days after Starz renewed The Cormorant"
        if status == "cancelled" and _RESCUE.search(s.text):
            continue  # "its first since moving from Paramount+, which canceled it": history
        value = {"status": status, "date": _announced_on(ctx, s) if status != "pending" else None}
        backstory = status == "cancelled" and (_backstory(s.text, pos) or _rescued(ctx))
        rank = _RANK[status] + pos / 100_000 - (1.5 if backstory else 0.0)
        for subj, value_of in _ordered(ctx, s, pos, subject, value):
            out.append(Found(subj, "renewal", value_of, s.text, s.index, rank))
    return out


def _ordered(
    ctx: Context, s: Sentence, pos: int, subject: Subject, value: dict[str, Any]
) -> list[tuple[Subject, dict[str, Any]]]:
    """Every season of the claim with its value: "renewed for seasons 4 and 5" both; when an
    ordinal names the last ("two more seasons, and the fifth will be its last") that one is
    final and the others of the order renewed."""
    also = _also_ordered(ctx, s, pos, subject, value["status"])
    named = _season_called_last(s.text, pos) if value["status"] == "final" else None
    order = [subject, *also]
    if named is None and (value["status"] != "final" or len(order) == 1):
        return [(subj, value) for subj in order]
    if named is None:  # only the last season of an order can be the final one
        named = max(o[1] for o in order)
    told = [a.season for a in ctx.subjects.anchors.get(s.index, []) if a.show == subject[0]]
    told += [o[1] for o in order]
    if named == 0 or (len(set(told)) > 1 and named < min(told)):
        named = max(told)  # "seasons 3 and 4, and the second will be the last"
    renewed = {**value, "status": "renewed"}
    others = {o for o in [subject, *also] if o[1] != named}
    return [((subject[0], named), value), *((o, renewed) for o in sorted(others))]


# The season a sentence calls the last, by its ordinal alone: "and the fifth will be its
# last", "The final season of the anime - its fourth - is due this summer"
_ORDINAL_BEFORE_FINAL = re.compile(
    rf"(?:\b(?:the|its)\s+|,\s*(?:and\s+)?|\band\s+)(?P<o>{_ORD})"
    rf"(?: (?:season|series|one|run|outing|instal?ment))?(?: of (?:them|the two|the pair|those))?\s+$",
    re.IGNORECASE,
)
_ORDINAL_AFTER_FINAL = re.compile(
    rf"[^.;,()–—]{{0,50}}?(?:,|\s[(–—-])\s*(?:its|the) (?P<o>{_ORD})(?: (?:season|series|one))?"
    rf"\s*[,)–—-]",
    re.IGNORECASE,
)


def _season_called_last(text: str, pos: int) -> int | None:
    """The season a "final" claim at ``pos`` names by an ordinal beside it, if any ("the
    second" of "two more seasons, and the second will be the last" counts within the order:
    0, the order's last)."""
    m = _ORDINAL_BEFORE_FINAL.search(text, max(0, pos - 40), pos)
    if m is None:
        end = FINAL.search(text, pos)
        m = _ORDINAL_AFTER_FINAL.match(text, end.end()) if end else None
    more = MORE_SEASONS.search(text, 0, pos)
    n = number_value(m.group("o")) if m else None
    if n is not None and more is not None and n <= (number_value(more.group("n")) or 0):
        return 0  # "two more seasons, and the second will be the last": the order's last
    return n


_LEAD_CANCELLATION = re.compile(
    r"(?:the|this|that)\s+cancell?ation\s+(?:comes?|came|follows|followed|was announced)\b",
    re.IGNORECASE,
)


def _names(ctx: Context, s: Sentence, show: str) -> bool:
    return any(key == show for _, key in ctx.subjects.shows_in.get(s.index, ()))


def _caps_section(text: str) -> bool:
    """A heading in capitals inside the article: a section of a roundup."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


# "the sheer volume of shows it does renew": what a network does, not this show's news
_GENERIC_RENEW = re.compile(
    r"\b(?:shows|series|dramas|comedies|titles)\s+(?:that\s+|which\s+)?(?:it|they|we|\w+)\s+"
    r"(?:does\s+|do\s+|did\s+)?(?:renew|renews|cancel|cancels)\b"
    # "the kind of number that usually gets a show renewed"
    r"|\b(?:usually|typically|normally|often|generally|tends? to)\s+(?:\w+\s+){0,2}(?:gets?|get|"
    r"leads? to|means?)\s+(?:a|any) (?:show|series) (?:renewed|cancell?ed|axed)"
    # "Every Hulu original renewed and cancelled in 2024": shows in general
    r"|\b(?:every|all)\s+(?:[\w+'’-]+\s+){0,3}?(?:shows?|series|originals?|dramas?|comedies|"
    r"titles?)\s+(?:renewed|cancell?ed|axed)\b"
    # "renewal and cancellation news comes thick and fast", "our list of every renewed and
    # canceled show", "the busiest week of the year for renewal news": the news in general
    r"|\b(?:renewal|cancell?ation)s? (?:and|or|&) (?:renewal|cancell?ation)s? (?:news|season|"
    r"decisions?|round-?ups?|lists?|trackers?|chatter)\b"
    r"|\b(?:renewed|cancell?ed)\s*(?:and|or|&|/)\s*(?:renewed|cancell?ed)\b"
    r"|\bfor renewal (?:news|decisions|announcements)\b"
    # "Shows have been saved by streamers before": rescues in general
    r"|\b(?:shows|series|dramas|comedies)\s+have been (?:saved|rescued|revived)\b[^.;]{0,40}"
    r"\bbefore\b"
    # "The network's other fall dramas remain in limbo": other shows
    r"|\bother\s+(?:[\w-]+\s+){0,2}?(?:shows|series|dramas|comedies|titles)\s+(?:remain|are|"
    r"were|stay|sit)\b"
    # "Several cancelled series have been rescued by other platforms": shows in general
    r"|\b(?:several|many|other|some|few|numerous|most)\s+(?:[\w-]+\s+){0,2}?(?:shows|series|"
    r"dramas|comedies|titles)\s+(?:have|had|were|are|get|got)\s+(?:\w+\s+)?(?:renewed|rescued|"
    r"saved|revived|cancell?ed|axed)\b"
    # "there can't be one until Netflix renews the show": a condition still to be met
    r"|\buntil\s+(?:[\w+]+\s+){0,3}?(?:renews|renewed|is renewed|has been renewed|picks it up)\b"
    # a fan's demand: "They better renew it or I'm cancelling my subscription"
    r"|\b(?:better|should|must|needs? to|have to|has to|gotta)\s+(?:renew|cancel)\b",
    re.IGNORECASE,
)


def _other_show_in_clause(ctx: Context, s: Sentence, pos: int, show: str) -> bool:
    """Another show is named before the verb in its clause, and the sentence does not name
    this one: "its medical drama Kindred Saints was also canceled last month"."""
    if not ctx.names_only_others(s, show):
        return False
    named = ctx.subjects.shows_in.get(s.index, ())
    clause = next(((a, b) for a, b in clause_spans(s.text) if a <= pos < b), (0, len(s.text)))
    return any(clause[0] <= spos < pos for spos, _ in named)


# "Rescued by Hulu for Season 3 After Peacock Cancellation": the cancellation is history
_RESCUE = re.compile(
    r"\b(?:rescue[sd]?|saved|saves|revive[sd]|resurrect(?:s|ed)|picks? up|picked up|"
    r"finds? a new home|lands? at)\b[^.;]{0,120}?"
    r"\b(?:after|following|months after|weeks after)\b[^.;]{0,40}?\b(?:cancel\w*|axe[ds]?|axing|"
    r"dropp\w*)"
    # "Saved: Hulu Orders Season 3 of Cancelled FX Drama", "a second rescue of a canceled series"
    r"|\b(?:rescue[sd]?|saved|revive[sd]|revival|resurrect(?:s|ed))\b[^.;]{0,80}?"
    r"\b(?:cancell?ed|axed)\b"
    # "CBS Reverses 'Dapplewood Lane' Cancellation", "has reversed its cancellation of"
    r"|\brevers(?:es|ed|ing|al of)\b[^.;]{0,40}?\b(?:cancell?ation|decision to (?:cancel|axe))"
    # "Canceled by AMC in 2024 and rescued by Peacock last summer"
    r"|\b(?:cancell?ed|axed|dropped) by\b[^.;]{0,60}?\b(?:and|but|then|before)\b[^.;]{0,20}?"
    r"\b(?:rescued|saved|revived|resurrected|picked up) by\b"
    # "its first since moving from Paramount+, which canceled it last spring"
    r"|\bmov(?:ed|ing|es) (?:over )?from\b[^.;]{0,40}?\b(?:cancell?ed|axed|dropped)\b"
    # "Three months after FX cancelled it, Oxbow Saints has found a new home"
    r"|\b(?:after|following)\b[^.;]{0,40}?\b(?:cancell?ed|axed|dropped)\b[^.;]{0,80}?\b(?:finds?|"
    r"found) a new home\b",
    re.IGNORECASE,
)


def _rescued(ctx: Context) -> bool:
    """Whether the document tells of a rescue after a cancellation (worked out once)."""
    return bool(ctx.once("rescued", lambda c: any(_RESCUE.search(s.text) for s in c.sentences)))


def _other_show_after(ctx: Context, s: Sentence, pos: int, show: str) -> bool:
    """The verb's object is another show ("axing fellow Sunday drama Pilgrim Road") than
    the season the claim would go to (one whose title the sentence names with no season)."""
    after = [
        key
        for spos, key in ctx.subjects.shows_in.get(s.index, ())
        if pos < spos <= pos + 45 and not re.search(r"[,;.]|\band\b", s.text[pos:spos])
    ]
    return bool(after) and show not in after  # "renewed the Marvel series Glass Harbour"


def _also_ordered(
    ctx: Context, s: Sentence, pos: int, subject: Subject, status: str
) -> list[Subject]:
    """ "renewed for seasons 3 and 4", "two more seasons": every season of the order."""
    if status not in ("renewed", "final"):
        return []
    clause = next(((a, b) for a, b in clause_spans(s.text) if a <= pos < b), (0, len(s.text)))
    more = MORE_SEASONS.search(s.text, *clause)
    if more:
        n = number_value(more.group("n")) or 0
        ends = [
            a.season
            for a in ctx.subjects.anchors.get(s.index, [])
            if a.show == subject[0] and not a.weak and a.pos > more.start()
        ]
        if ends:  # "two more seasons, taking it through a fourth season"
            return [(subject[0], ends[0] - i) for i in range(n)]
        seen = ctx.subjects.seasons_seen.get(subject[0], {subject[1]})
        top = max(seen)
        named = set(range(top - n + 1, top + 1))
        if named <= seen and ctx.subjects.targets.get(subject[0]) in named:
            # "seasons 4 and 5" named elsewhere: the order is those
            return [(subject[0], k) for k in sorted(named) if k != subject[1]]
        return [(subject[0], top + i) for i in range(1, n + 1)]
    several = _SEVERAL.search(s.text)
    if several is None:
        return []
    span = (several.start(), several.end())
    others = [
        (a.show, a.season)
        for a in ctx.subjects.anchors.get(s.index, [])
        if clause[0] <= a.pos < clause[1]
        and a.show == subject[0]
        and (not a.weak or span[0] <= a.pos < span[1])  # "series 4 and series 5" both
    ]
    if several.group("a"):  # "a third and fourth series"
        others += [(subject[0], number_value(several.group(g)) or 0) for g in ("a", "b")]
    return sorted({o for o in others if o != subject and o[1]})


# "seasons 4 and 5", "series 4 and series 5", "a third and (a) fourth series": more than one
_SEVERAL = re.compile(
    rf"\bseasons\b|\bseries\s+\w+\s+(?:and|&)\s+(?:series\s+)?\w+|"
    rf"\b(?P<a>{_ORD})\s+(?:and|&)\s+(?:an?\s+)?(?P<b>{_ORD})\s+(?:series|seasons?)\b",
    re.IGNORECASE,
)


_UNCONFIRMED_BY = re.compile(r"\bconfirm|\bannounced\b", re.IGNORECASE)


def _statuses(ctx: Context, s: Sentence) -> list[tuple[str, int]]:
    text = s.text
    pending = PENDING.search(text)
    if pending and _PERSON_RETURN.search(text):
        pending = None  # "widely expected to return, though Peacock hasn't confirmed it": cast
    if pending and re.search(
        r"\b(?:last|final|end)\b", text[pending.end() : pending.end() + 60], re.I
    ):
        pending = None  # "has not said whether season 3 will be the last": it is renewed
    if pending and _UNCONFIRMED_BY.search(pending.group()):
        renewed = RENEWED.search(text, 0, pending.start())
        if renewed and not NEGATED_BEFORE.search(
            text, max(0, renewed.start() - 12), renewed.start()
        ):
            pending = None  # "renewed for a third season, per sources, though Peacock has yet to confirm it"
    explicit = pending is not None and _RENEWAL_WORDS.search(pending.group())
    if pending and (explicit or not _NOT_RENEWAL_TOPIC.search(text)):
        return [("pending", pending.start())]
    found: list[tuple[str, int]] = []
    for a, b in clause_spans(text):
        found.extend(_clause_statuses(ctx, s, a, b))
    return found


# "NBC's cancelled farm drama gets season 3": the cancellation it got over, as an adjective
_ATTRIBUTIVE = re.compile(
    r"(?:cancell?ed|axed|scrapped)\s+(?:[\w-]+\s+){0,3}?(?:drama|series|show|comedy|sitcom|thriller|"
    r"procedural|dramedy|mystery|western|anthology|docuseries)\b",
    re.IGNORECASE,
)

_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their)|['’]s)\s+(?:(?:recently|previously|once|since)\s+)?$", re.I
)


def _clause_statuses(ctx: Context, s: Sentence, a: int, b: int) -> list[tuple[str, int]]:
    text = s.text
    found: list[tuple[str, int]] = []
    cancel = CANCELLED.search(text, a, b)
    if cancel is None:
        m = SHOW_WONT_RETURN.search(text, a, b)
        cancel = m if m and _about_show(ctx, s, m.start(), strict=True) else None
    if cancel is not None and _MODAL_BEFORE.search(
        text, max(0, cancel.start() - 25), cancel.start()
    ):
        cancel = None  # "we were convinced it would be cancelled"
    if cancel is not None and (
        text.startswith("?", cancel.end())  # 'a stream of "Nightjar cancelled?" posts'
        or _NOT_YET_AFTER.match(text, cancel.end())
        or _OTHERS_AFTER.match(text, cancel.end())
        or _NETWORK_WHICH.search(text, max(0, cancel.start() - 40), cancel.start())
        or _negated(text, cancel.start())
        or _AVERTED_BEFORE.search(text, max(0, cancel.start() - 40), cancel.start())
        or (
            _ATTRIBUTIVE.match(text, cancel.start())
            and _DETERMINER_BEFORE.search(text, max(0, cancel.start() - 20), cancel.start())
            and RENEWED.search(text)
        )
    ):
        cancel = (
            None  # "won't be back this year", "cancelled most of its dramas", "hasn't cancelled it"
        )
    if (
        cancel
        and _about_show(ctx, s, cancel.start())
        and not _conditional_before(text, cancel.start())
    ):
        found.append(("cancelled", cancel.start()))
    final = _final(text, a, b)
    if final and not cancel and not _conditional_before(text, final.start()):
        hedged = FINAL_HEDGE.search(text, a, b)
        found.append(("renewed" if hedged else "final", final.start()))
    renewed = RENEWED.search(text, a, b) or _confirmed_headline(text, a, b)
    if renewed is not None and _WISH_BEFORE.search(
        text, max(0, renewed.start() - 45), renewed.start()
    ):
        renewed = None  # "a petition asking Netflix to renew it"
    if renewed is None:
        m = SHOW_RETURNS.search(text, a, b)
        renewed = m if m and _about_show(ctx, s, m.start(), strict=True) else None
    if renewed and cancel and (_backstory(text, cancel.start()) or _RESCUE.search(text, a, b)):
        if not _backstory(text, renewed.start()):
            found = [f for f in found if f[0] != "cancelled"]  # "X, which Y dropped, was picked up"
    if renewed and not found and not _conditional_before(text, renewed.start()):
        if not _negated(text, renewed.start()):
            found.append(("renewed", renewed.start()))
    return found


# A last season someone wants, not one the network ordered
_WISHED_END = re.compile(
    r"\b(?:would|'d) (?:\w+ )?(?:like|love|prefer)\b|\b(?:hop(?:e|es|ed|ing)|wants?|wanted|"
    r"wish(?:es|ed)?|dream(?:s|ed|ing)? of|pitch(?:es|ed|ing)?|lobby(?:ing)?)\b[^.;]{0,50}$",
    re.IGNORECASE,
)


# "the last series averaged 2.3 million", "its strongest since the last series": the season
# before, not the final one; "Series 5 will be the last for Clemency Otuya": an actor's
_PREVIOUS_AFTER = re.compile(
    r"\s+(?:was|were|had|averag\w*|drew|ended|aired|premiered|debuted|finished|saw|got|earned|"
    r"won|wrapped|concluded|left|broke)\b"
)
_PREVIOUS_BEFORE = re.compile(
    r"\b(?:since|than|from|like|during|after|before|as in|as with|unlike)\s+$", re.I
)
_FOR_SOMEONE_AFTER = re.compile(
    r"\s+(?:one\s+)?for\s+(?:(?-i:[A-Z])[\w'’-]+|him|her|them|the (?:character|actor|actress))\b"
)


def _final(text: str, a: int, b: int) -> re.Match[str] | None:
    """The clause's word that the season is the show's last, if it is."""
    final = FINAL.search(text, a, b)
    if final is None or _not_the_end(text, final):
        return None
    if _WISHED_END.search(text, max(0, final.start() - 70), final.start()):
        return None  # "would like to end the show properly with a fourth and final season"
    return final


# "heading for its last run of the year": the last of a period, not the show's last
_LAST_OF_A_PERIOD = re.compile(
    r"\s+(?:of|for) (?:the|this) (?:year|day|night|week|weekend|month|winter|spring|summer|"
    r"autumn|fall|holidays?)\b",
    re.IGNORECASE,
)


def _not_the_end(text: str, final: re.Match[str]) -> bool:
    """A "last season" that is the one before, or someone's last, not the show's final one."""
    if _FOR_SOMEONE_AFTER.match(text, final.end()) or _LAST_OF_A_PERIOD.match(text, final.end()):
        return True
    if "last" not in final.group().lower() or "final" in final.group().lower():
        return False
    return bool(
        _PREVIOUS_AFTER.match(text, final.end())
        or _PREVIOUS_BEFORE.search(text, max(0, final.start() - 12), final.start())
    )


_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|that|after)\b[^,;]*,"
    # "..., the horror drama that Fox canceled in November after two seasons, Variety said"
    r"|,\s+(?:the|its|a|an)\s+[^,;]{0,60}?\b(?:that|which)\b[^,;]*(?:,|[.!]?\s*$)"
)
# "Rescued By Prime Video After Fox Cancellation", "mapped out season 3 before the cancellation"
_BACKSTORY_CANCEL = re.compile(
    r"\b(?:after|before|following|since|despite|post-)\s*(?:the\s+|its\s+|their\s+|a\s+|"
    r"[\w+]+['’]s\s+|[A-Z][\w+]*\s+)?cancell?ation\b"
    # "less than two months after NBC cancelled it", "a year after Fox axed the show"
    r"|\b(?:after|before|following|since|when)\s+(?:the\s+)?(?:[A-Z][\w+]*|it|the network|"
    r"the streamer|the channel|the broadcaster)\s+(?:had\s+|originally\s+|first\s+)?"
    r"(?:cancell?ed|canceled|axed|scrapped|dropped)\b"
    # "The cancellation comes as ...": the news of the paragraph before, not of this sentence
    r"|^" + _LEAD_CANCELLATION.pattern,
    re.IGNORECASE,
)


def _backstory(text: str, pos: int) -> bool:
    """A cancellation told as history: in a relative clause, or "after the cancellation"."""
    return _in_relative(text, pos) or _after_cancellation(text, pos)


def _after_cancellation(text: str, pos: int) -> bool:
    return any(m.start() <= pos < m.end() for m in _BACKSTORY_CANCEL.finditer(text))


def _in_relative(text: str, pos: int) -> bool:
    """Whether a position lies inside a relative clause set off by commas."""
    return any(m.start() <= pos < m.end() for m in _RELATIVE_CLAUSE.finditer(text))


def _declarative_heading(text: str) -> bool:
    return (
        bool(
            RENEWED.search(text)
            or CANCELLED.search(text)
            or FINAL.search(text)
            or _confirmed_headline(text, 0, len(text))
        )
        and not text.rstrip().endswith("?")
        and not _TOPIC_HEADING.search(text)
    )


_BARE_STATUS = re.compile(
    r"^\W*(?:(?:the\s+)?(?:renewed|cancell?ed|canceled|axed|ending|ended|returning|picked up|"
    r"new|final seasons?|on the bubble|pending|undecided)(?:\s+(?:shows|series|dramas|comedies))?"
    r"\W*)+$",
    re.IGNORECASE,
)
# "Renewed, Canceled or Pending: ...", "Renewed or Cancelled?": a topic, not a decision
_TOPIC_HEADING = re.compile(
    r"\b(?:renewed|cancell?ed|canceled|axed|ending|returning),\s+(?:renewed|cancell?ed|canceled|"
    r"axed|ending|returning)\b|\brenewals?\s+(?:and|&|or|,)\s+cancell?ations?\b|"
    r"\b(?:renewed|cancell?ed|canceled|axed|ending|returning)\b,?\s+(?:\w+,\s+)?(?:or|and|vs\.?|"
    r"versus|/)\s+(?:renewed|cancell?ed|canceled|axed|pending|on the bubble|undecided|ending|"
    r"returning)\b|\bstatus\b|\bfate of (?:every|all)\b",
    re.IGNORECASE,
)


def _negated(text: str, pos: int) -> bool:
    window = text[max(0, pos - 25) : pos].lower()
    return bool(
        re.search(
            r"(?:\b(?:not|never|no|neither|nor)\b|n't|\b(?:declined|declines|refused|refuses|"
            r"opted not|chose not|decided not)(?: to)?)\s*(?:(?:actually|officially|yet|formally|"
            r"technically|really|even)\s+)?(?:\w+\s+)?$",
            window,
        )
    )


def _conditional_before(text: str, pos: int) -> bool:
    window = text[max(0, pos - 60) : pos]
    return bool(CONDITIONAL.search(window)) and not re.search(r"\bonce again\b", window, re.I)


def _about_show(ctx: Context, s: Sentence, pos: int, *, strict: bool = False) -> bool:
    """A cancel/return verb whose subject is the show (not an actor, nor "a race that's been
    cancelled" in the plot)."""
    # "The hit dating show, which strands twelve strangers on an island, will return": the
    # verb's subject is before the relative clause
    before = _TRAILING_RELATIVE.sub(" ", s.text[:pos])[-60:]
    if strict and _person_named_before(ctx, s, pos):
        return False  # "Renewed for Season 3, Rhiannon Vasquez-Tate Won't Return"
    thing = _THING_THAT.search(before)
    if thing and not re.match(_SHOWISH_NOUN, thing.group("noun"), re.IGNORECASE):
        return False
    for spos, _key in ctx.subjects.shows_in.get(s.index, ()):
        between = s.text[spos:pos]
        if _STAR_NAMED.search(between):
            return False  # "Dockside star Kiera Blunden has quit ... and will not return"
        if spos < pos and not re.search(r"[;.]|\s-\s|\bbut\b", between):
            return True
    if re.search(rf"\b{_SHOWISH}\s+(?:\w+\s+){{0,3}}$", before, re.IGNORECASE):
        return True
    for spos, _key in ctx.subjects.shows_in.get(s.index, ()):
        # "HBO has cancelled The Pale Hours"; not "Fenella won't return for series 4 of
        # Elderwick" (strict: a verb whose subject comes before it)
        if pos < spos <= pos + 40 and not strict:
            return True
    if re.search(r"\b(?:seasons?|series)\b", s.text, re.IGNORECASE) and not strict:
        return not _person_subject(before)
    return False


_TRAILING_RELATIVE = re.compile(r",\s+(?:which|who|that)\b[^,;]{0,150},\s*$", re.IGNORECASE)
# "a race that's been cancelled", "the wedding, which was axed": something else's fate
_THING_THAT = re.compile(
    r"\b(?:a|an|the|their|his|her)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+),?\s+(?:that|which)"
    r"(?:['’]s|\s+has|\s+had|\s+was|\s+is|\s+were|\s+got|\s+gets)?(?:\s+been)?\s+$"
)
_SHOWISH_NOUN = r"(?:show|series|drama|comedy|sitcom|thriller|season|spin-?off|prequel|sequel|adaptation|revival|reboot|procedural|docuseries|anthology|western|mystery|programme|program|project)$"
_STAR_NAMED = re.compile(
    r"\b(?:star|actor|actress|co-star|lead|favou?rite|alum|regular)\s+(?-i:[A-Z][a-z]+\s+[A-Z][\w'-]+)",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(r"\b(?:he|she|[A-Z][a-z]+ [A-Z][a-z'-]+)\s+(?:\w+\s+){0,2}$")


_NAME_BEFORE = re.compile(r"(?:^|[,;:]\s*|\band\s+)(?P<name>[A-Z][a-z]+(?:[ -][A-Z][\w'’-]+)+)\s+$")


def _person_named_before(ctx: Context, s: Sentence, pos: int) -> bool:
    """A person's full name (not a show's title) just before the verb, as its subject."""
    m = _NAME_BEFORE.search(s.text, max(0, pos - 50), pos)
    if m is None:
        return False
    start = m.start("name")
    return not any(start <= spos < m.end() for spos, _ in ctx.subjects.shows_in.get(s.index, ()))


def _person_subject(before: str) -> bool:
    return bool(_PERSON_BEFORE.search(before))


def _subject(ctx: Context, s: Sentence, pos: int, status: str) -> Subject | None:
    if status == "cancelled":
        m = AFTER_COUNT.search(s.text, pos)
        if m and not any(a <= pos < b and b <= m.start() for a, b in clause_spans(s.text)):
            named = ctx.subjects.shows_in.get(s.index) or []
            # "canceled its comedy Pinecrest after one season": the title between the verb
            # and the count; else "Pinecrest was canceled after one season"
            shows = [x for x in named if pos <= x[0] < m.start()][:1] or [
                x for x in named if x[0] <= pos
            ][-1:]
            show = shows[0][1] if shows else ctx.subjects.context.get(s.index)
            count = m.group("n") or m.group("o") or m.group("b") or "one"
            n = 1 if count.startswith("a ") else number_value(count)
            if show is not None and n:
                return (show, n + 1)
    return ctx.subject(s, pos)


_ANNOUNCE_CUE = re.compile(
    r"\b(?:announc\w*|renew\w*|cancel\w*|confirm\w*|revealed|axed|ordered|greenlit|"
    r"picked up|said|told|shared|posted|informed|notified|(?:was|were) (?:made|taken|reached))\b",
    re.IGNORECASE,
)


def _announced_on(ctx: Context, s: Sentence) -> str | None:
    """The day the decision was announced: a past day right beside an announcing verb
    ("announced Monday", "On Tuesday, Netflix renewed"), not the premiere day."""
    cues = [m for m in _ANNOUNCE_CUE.finditer(s.text)]
    posted = "(@" in s.text  # "Series 2 is on its way. — BBC Two (@BBCTwo) May 14, 2025"
    if not cues and not posted and not re.search(r"\b(?:today|yesterday)\b", s.text, re.I):
        return None
    best: tuple[int, str] | None = None
    for m in dates.find_dates(s.text, ctx.published, "past"):
        if m.kind != "day" or m.date is None or not _is_announcement_date(s.text, m.start):
            continue
        if ctx.published is not None and m.date > ctx.published:
            continue
        dist = min((_gap(c.start(), c.end(), m.start, m.end) for c in cues), default=61)
        if _POST_SIGNED.search(s.text, 0, m.start):
            dist = 0  # the day of the post that told the news
        if m.text.lower() in ("today", "yesterday", "this morning"):
            dist = min(dist, 10)
        if dist <= 60 and (best is None or dist < best[0]):
            best = (dist, m.date.isoformat())
    return best[1] if best else None


# An embedded post's signature right before its date: "— BBC Two (@BBCTwo) May 14, 2025"
_POST_SIGNED = re.compile(r"\(@[\w.]+\)\s*$")


def _gap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, b0 - a1, a0 - b1)


def _is_announcement_date(text: str, pos: int) -> bool:
    before = text[max(0, pos - 50) : pos].lower()
    return not re.search(
        r"\b(?:premier\w*|debut\w*|return\w* (?:on|in)|releas\w*|arriv\w*|"
        r"drop\w*|stream(?:s|ed|ing)?|airs?|aired|airing|launch\w*|film\w*|shoot\w*)\b[^,;]*$",
        before,
    )


_RENEWAL_QUESTION = re.compile(
    r"\b(?:renew\w*|cancel\w*|will there be|is there (?:going to be |gonna be )?(?:a|another) "
    r"(?:\w+ )?(?:season|series)|come back|coming back|return|get (?:a|another)|"
    # "Is there any chance of a fifth season?", "Any hope for another series?"
    r"(?:chance|hope|possibility|prospect)s? (?:of|for) (?:a|an|another|more) (?:\w+ )?"
    r"(?:season|series|seasons))\b",
    re.IGNORECASE,
)
# "Will there be a season 3? Max hasn't said, and ...": no decision yet
_UNDECIDED_ANSWER = re.compile(
    r"^(?:[\w+&' ]{1,30}?\s)?(?:has(?:n't| not)|have(?:n't| not))\s+(?:yet\s+)?(?:said|announced|"
    r"confirmed|decided|commented)\b|^(?:not yet|nothing (?:is )?(?:official|confirmed) yet|"
    r"it's (?:still )?too early to (?:say|tell))\b",
    re.IGNORECASE,
)
_NOT_YET_ANSWER = re.compile(
    r"^(?:A:\s*)?(?:no|nope|not)\b[^.;]{0,25}?\b(?:not yet|yet|so far|for now|at the moment|"
    r"at this point|at the time of writing)\b",
    re.IGNORECASE,
)
_OTHER_QUESTION = re.compile(
    r"\b(?:trailer|teaser|release date|cast|filming|when|episodes?|how many|who|where|what)\b", re.I
)


def _answered(ctx: Context, s: Sentence) -> list[Found]:
    """ "Will there be a season 6? No." asserts a cancellation; "Yes." a renewal."""
    if not s.question or s.index + 1 >= len(ctx.sentences):
        return []
    nxt = ctx.sentences[s.index + 1]
    m = _ANSWER.match(nxt.text)
    undecided = m is None and _UNDECIDED_ANSWER.match(nxt.text)
    if not (m or undecided) or not _RENEWAL_QUESTION.search(s.text):
        return []
    if _OTHER_QUESTION.search(s.text):
        return []
    subject = ctx.subject(s, 0)
    if subject is None:
        return []
    if undecided or _NOT_YET_ANSWER.match(nxt.text):
        status = "pending"  # "No, at least not yet": no decision either way
    else:
        status = "cancelled" if "no" in m.group("a").lower() else "renewed"
    value = {"status": status, "date": None}
    return [Found(subject, "renewal", value, f"{s.text} {nxt.text}", nxt.index, _RANK[status])]
