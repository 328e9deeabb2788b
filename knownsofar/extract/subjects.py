"""Which show and which season each sentence (and each position in it) is about.

Three passes over a document:
1. find show titles: capitalised runs anchored by season words or renewal
   verbs ("X season 2", "season 2 of X", "renewed X for"), cleaned of
   headline words, merged by match key;
2. find every mention of those shows and every season expression ("season
   two", "the fourth and final season", "S2", "sophomore run", "series 6");
3. walk the sentences, attaching season mentions to the nearest show and
   carrying the subject across sentences, paragraphs and headed sections, so
   that "the series" and "it" point back.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass, field

from knownsofar.extract.folded import Folded
from knownsofar.extract.lexicon import (
    COMPANY_WORDS,
    JOB_RANKS,
    LEADING_STOP,
    NUMBER_RE,
    ORDINAL_RE,
    PLATFORMS,
    TRAILING_STOP,
    number_value,
)
from knownsofar.extract.sentences import Sentence
from knownsofar.names import show_key

_SEASON_WORDS = r"(?:Season|Seasons|Series|Part|Parts|Episode|Episodes|Volume|Vol|Chapter|S\d{1,2})"
_ABBR_WORD = r"(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr)\.(?=\s[A-Z])"  # "St. Agnes Emergency"
# not a season word, unless it is a title's own "Season" before the season named
# ("Quiet Season season 3")
_NOT_SEASON_WORD = (
    r"(?!(?:Season|Seasons|Series)\b(?!\s+(?:[Ss]easons?|[Ss]eries)\s+\w)|"
    r"(?:Part|Parts|Episode|Episodes|Volume|Vol|Chapter|S\d{1,2})\b)"
)
_CAPWORD = (
    _NOT_SEASON_WORD
    + r"(?:"
    + _ABBR_WORD
    + r"|[A-Z0-9][\w'!+\-]*(?::\d\d\b)?(?:\.(?=[A-Z]\.)[\w'!+\-]*)*|&)"
)
_CONNECTOR = (
    r"(?:of|the|and|a|an|in|on|at|to|for|with|from|by|vs\.?|or|de|del|la|le|les|el|du|von|van|&)"
)
_FIRSTWORD = (
    r"(?!"
    + _SEASON_WORDS
    + r"\b)(?:"
    + _ABBR_WORD
    + r"|[A-Z][\w'!+\-]*(?:\.(?=[A-Z]\.)[\w'!+\-]*)*)"
)
_CAP_RUN = re.compile(
    _FIRSTWORD + r"(?:(?:\s+" + _CONNECTOR + r")*(?:\s+|:\s+|\s-\s)" + _CAPWORD + r")*"
)

_ORD = rf"(?:{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))"
_NUM = rf"(?:\d{{1,2}}|{NUMBER_RE})"
_SEASON_NOUN = r"(?:season|series|installment|instalment|outing|chapter|run|batch|go-round)"
SEASON_RE = re.compile(
    rf"\b(?:"
    rf"(?P<multi>seasons|series|season(?=\s+\d{{1,2}}\s*(?:and|&)\s*\d))\s+(?P<m1>{_NUM})\s*"
    rf"(?:,|and|&|-|to)\s*(?P<m2>{_NUM})\b"
    # "a third and fourth season", "its fifth & sixth series"
    rf"|(?P<o1>{_ORD})\s*(?:,|and|&)\s*(?P<o2>{_ORD})[\s-]+(?:seasons?|series)\b"
    rf"|(?:season|series)\s+(?P<num>{_NUM})\b(?!\s*(?:-|to)\s*\d)(?!\.\d)(?!\s*episodes?\b)"
    rf"|(?P<ord>{_ORD})(?P<final>,?\s+and\s+(?:(?:possibly|probably|likely|maybe|perhaps)\s+)?"
    rf"(?:final|last),?)?"
    rf"(?:\s+\((?:and\s+)?(?:probably|possibly|maybe|likely|perhaps)\s+(?:final|last)\))?"
    rf"[\s-]+(?P<ordnoun>{_SEASON_NOUN})\b"
    rf"|(?<![\w-])S(?P<abbr>\d{{1,2}})(?:E\d{{1,3}})?\b"
    rf"|(?P<unnum>(?:the|its|a|this|their|his|her|an)\s+(?:(?:brand[- ])?new|next|upcoming|"
    rf"forthcoming|coming|latest|final|last|penultimate|another|additional|further)"
    rf"(?:\s+and\s+final)?\s+(?:season|series|instalment|installment|chapter|outing)\b)"
    rf")",
    re.IGNORECASE,
)
_ANY_SEASON_MENTION = Folded.of(SEASON_RE)
_ABBR_CASE = re.compile(r"S\d")
_ABBR_CONTEXT = re.compile(
    r"S\d{1,2}E\d|\b(?:episodes?|premiere|renew\w*|trailer|teaser|finale|cast|writers|filming|"
    r"season|series|is a go|returns?|everything we know|release date|plot|news)\b",
    re.IGNORECASE,
)
# what a season did when it went out, in the past
_AIRED = (
    r"(?:premiered|aired|debuted|dropped|bowed|launched|released|ended|concluded|wrapped|"
    r"finished|streamed|came out|went out|was (?:released|broadcast|shown))"
)
_WEAK_BEFORE = re.compile(
    r"(?:\b(?:in|from|of|at the end of|end of|during|since|after|throughout|like|than|wrapped|"
    r"ended|concluded|finished|aired|completed|closed|same as|as in|as with|matching|"
    r"compared (?:to|with)|similar to|unlike|"
    r"before|with|to|same(?:\s+[a-z-]+){1,2}\s+as|just as|much as|"
    r"as (?:it|they|she|he) did (?:in|for|with)|"
    # "for season 4" is the season the news is for ("renewed / back / plans for season 4"),
    # unless it is what an award or a comparison was for ("an Emmy for season 1", "as for")
    r"(?:as|than|like|(?:nominat\w+|award\w*|prizes?|Emmys?|BAFTAs?|Globes?|won|wins|win)"
    r"(?:\s+[\w-]+){0,3}?)\s+for)\s+(?:the\s+|its\s+|their\s+)?"
    # "recommissioned after a strong second series", "following its record-breaking first run"
    r"|\b(?:after|following|follows|followed|on the back of|off the back of|on the heels of)\s+"
    r"(?:a|an|its|the|their|(?-i:[A-Z])[\w+]*['’]s)\s+(?:[a-z-]+(?:['’]s)?,?\s+){0,2}"
    # "after a strong premiere for the fourth season"
    r"(?:for\s+(?:the|its|their)\s+)?)$",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:same as|like|unlike|than|as with|as in|as did|as (?:it|they) did (?:in|for|with)|"
    r"matching|compared (?:to|with)|similar to)\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# "will end with its fourth series", "returns with a second season": the news, not a recap
_ENDS_WITH = re.compile(
    r"\b(?:end|ends|ending|conclude|concludes|concluding|wrap up|wraps up|finish|finishes|"
    r"bow out|bows out|sign off|signs off|return|returns|returning|back|go out|goes out)\s+"
    r"with\s+(?:its|the|their|a|an)\s+$"
    # "will return for its fifth season in January": the season coming, not a past one
    r"|\b(?:will|to|set to|is set to|'ll)\s+(?:return|come back|be back)\s+for\s+(?:its|their|a|an)\s+$",
    re.IGNORECASE,
)
_TITLE_AFTER_NUMBER = re.compile(
    r"\s+(?!(?:Part|Episode|Volume|Vol|Finale|Trailer|Teaser|Premiere|Release|Cast|Is|Will|"
    r"Has|And|Of|On|In|To)\b)[A-Z][a-z]"
)
_RECAP_AFTER = re.compile(
    r"(?:'s)?\s+(?:finale|premiere|opener|closer|cliffhanger|ending|episodes?|run|cast)\b", re.I
)
# "season 1, which premiered in 2022,": a relative clause that recaps it
_RECAP_CLAUSE = re.compile(
    r",\s+(?:which|that)\s+(?:(?:first|originally|only|all)\s+)?" + _AIRED + r"\b", re.I
)
# "which premiered its first season in 2022", "whose first season aired last year"
_AIRED_BEFORE = re.compile(r"\b" + _AIRED + r"\s+(?:its|their|the)\s+$", re.I)
_WHOSE = re.compile(r"\bwhose\s+$", re.I)
_AIRED_AFTER = re.compile(r"\s+" + _AIRED + r"\b", re.I)
_COUNT_ONLY = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$", re.I)


@dataclass(frozen=True)
class SeasonMention:
    start: int  # offsets within the sentence text
    end: int
    season: int | None  # None: "the new season" (resolved from context)
    final: bool  # "fourth and final season", "the final season"
    weak: bool  # recap-style reference ("in the first season")


@dataclass(frozen=True)
class Anchor:
    """A subject named at a position of a sentence."""

    pos: int
    show: str  # show key
    season: int
    weak: bool = False
    final: bool = False


@dataclass
class Subjects:
    """The shows of a document and the subject of every sentence."""

    names: dict[str, str]  # show key -> display name
    default: dict[int, tuple[str, int] | None]  # sentence index -> subject
    anchors: dict[int, list[Anchor]]  # sentence index -> subjects named in it
    shows_in: dict[int, list[tuple[int, str]]]  # sentence index -> (pos, show key)
    targets: dict[str, int]  # show key -> the season an unnumbered mention means
    seasons_seen: dict[str, set[int]] = field(default_factory=dict)
    context: dict[int, str | None] = field(default_factory=dict)  # sentence -> show in context
    carried_in: dict[int, tuple[str, int] | None] = field(default_factory=dict)  # before its own

    def at(self, sentence: Sentence, pos: int, *, weak_ok: bool = False) -> tuple[str, int] | None:
        """The subject at a position: the nearest season named in the same clause, else
        the sentence's subject."""
        best: Anchor | None = None
        best_dist = 10**9
        for a in self.anchors.get(sentence.index, ()):
            if a.weak and not weak_ok:
                continue
            if _clause_break(sentence.text, min(a.pos, pos), max(a.pos, pos)):
                continue
            dist = abs(a.pos - pos) + (0 if a.pos <= pos else 5)
            if dist < best_dist:
                best, best_dist = a, dist
        if best is not None:
            newer = self._new_season_ref(sentence.text, best.pos, pos)
            if (newer is not None or _inferred_from_recap(sentence.text, best.pos, pos)) and (
                self.targets.get(best.show, 0) > best.season
            ):
                return (best.show, self.targets[best.show])
            return (best.show, best.season)
        default = self.default.get(sentence.index)
        if default is not None and self._other_show_before(sentence, pos, default[0]):
            return None  # "Also on the way: more Hessian Row, which is in the edit"
        before = self.carried_in.get(sentence.index)
        if (
            default is not None
            and before is not None
            and before[0] == default[0]
            and before[1] > default[1]
            and self._recap_only(sentence, default)
        ):
            return before  # "Season 3 premiered in March 2024, but a 2025 premiere is unlikely"
        return default

    def _recap_only(self, sentence: Sentence, subject: tuple[str, int]) -> bool:
        """Whether ``subject`` is named in the sentence only in clauses that recap it."""
        named = [
            a.pos for a in self.anchors.get(sentence.index, ()) if (a.show, a.season) == subject
        ]
        text = sentence.text
        for pos in named:
            start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)), default=0)
            m = _CLAUSE_BREAK.search(text, pos)
            if not _RECAP.search(text, start, m.start() if m else len(text)):
                return False
        return bool(named)

    def _other_show_before(self, sentence: Sentence, pos: int, show: str) -> bool:
        """Another show, named with no season earlier in the claim's clause, is what the
        clause is about, not the season in context."""
        named = [
            (p, k)
            for p, k in self.shows_in.get(sentence.index, ())
            if p < pos and (k in self.seasons_seen or k in self.targets)
        ]
        if not named or any(k == show for _, k in named):
            return False
        last = max(named)[0]
        return not _clause_break(sentence.text, last, pos)

    def none_in(self, sentence: Sentence) -> bool:
        """True when ``at`` is None at every position of the sentence: it names no season
        and carries no subject (most sentences of an article that is not about a season)."""
        return sentence.index not in self.anchors and self.default.get(sentence.index) is None

    @staticmethod
    def _new_season_ref(text: str, anchor: int, pos: int) -> re.Match[str] | None:
        """ "Given that season 2 arrived 14 months after filming, the new episodes should
        land in late 2025": an unnumbered "new season" between the numbered one and the
        claim means the season the article is about."""
        if anchor >= pos:
            return None
        found = None
        for m in _NEW_SEASON_REF.finditer(text, anchor, pos):
            found = m
        return found


_NEW_SEASON_REF = re.compile(
    r"\b(?:the|its|their) (?:brand[- ])?(?:new|next|upcoming|forthcoming) (?:season|series|"
    r"episodes|batch of episodes|run|chapter|instal?lment)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r";|\s-\s|\bwhile\b|\bwhereas\b|,\s+(?:but|and|while|though|although|where)\b|\.\s"
)


# "series 4 went out a year after filming began, so we'd guess late 2026": a guess drawn
# from an aired season is about the season to come
_SO_THEN = re.compile(r",\s+so\b|,\s+which means\b|,\s+meaning\b")


def _inferred_from_recap(text: str, anchor: int, pos: int) -> bool:
    if anchor >= pos:
        return False
    so = _SO_THEN.search(text, anchor, pos)
    return so is not None and _RECAP.search(text, anchor, so.start()) is not None


def _clause_break(text: str, a: int, b: int) -> bool:
    return _CLAUSE_BREAK.search(text, a, b) is not None


def find_subjects(sentences: list[Sentence], title: str | None) -> Subjects:
    """Shows, season mentions and the subject of every sentence of a document."""
    names = _find_shows(sentences)
    patterns = {key: _mention_pattern(name) for key, name in names.items()}
    shows_in: dict[int, list[tuple[int, str]]] = {}
    mentions: dict[int, list[SeasonMention]] = {}
    for s in sentences:
        found = sorted(
            (m.start(), key) for key, pat in patterns.items() for m in pat.finditer(s.text)
        )
        ms = find_season_mentions(s.text)
        if found:
            found = [f for f in _drop_nested(found, names) if not _in_credit(s.text, f[0], ms)]
        if found:
            shows_in[s.index] = found
        if ms:
            mentions[s.index] = ms
    _new_shows(sentences, shows_in, mentions)
    return _assign(sentences, names, shows_in, mentions)


# An actor's earlier work, named where the actor is: "Odalys Fenner (Brass Tacks, The
# Quiet Ones) has been cast", "Teodor Quarshie, who was terrific in last year's The
# Tidewrack, could join". Such a title is no subject of the sentence.
_CREDIT_PARENS = re.compile(
    r"(?<![\w'’])[A-Z][a-zà-ÿ'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}\s+\((?P<in>[^()]{2,120})\)"
)
_CREDIT_RELATIVE = re.compile(
    r",\s+(?:who|whose)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|starred|appeared|played|recurred|"
    r"broke out|shone|guest[- ]starred|featured|(?:is\s+)?(?:best\s+)?known)\b"
    r"(?P<in>[^,;]{0,80})",
    re.IGNORECASE,
)
_CREDIT_APPOSITIVE = re.compile(
    r",\s+(?:(?:perhaps|probably|still)\s+)?(?:(?:(?:best|widely|mostly)\s+)?known\s+(?:for|from)|"
    r"(?:the\s+)?(?:former\s+)?(?:star|alum|alumnus|alumna|veteran)\s+of|fresh\s+(?:off|from))\b"
    r"(?P<in>[^,;]{0,80})",
    re.IGNORECASE,
)


def _in_credit(text: str, pos: int, mentions: list[SeasonMention]) -> bool:
    """Whether the show named at ``pos`` is an actor's credit (see _CREDIT_PARENS) in a
    stretch that names no season."""
    for pattern in (_CREDIT_PARENS, _CREDIT_RELATIVE, _CREDIT_APPOSITIVE):
        for m in pattern.finditer(text, max(0, pos - 200)):
            if m.start() > pos:
                break
            start, end = m.span("in")
            if start <= pos < end and not any(start <= x.start < end for x in mentions):
                return True
    return False


# A new show: its first season is the news even though no season is numbered.
_NEW_SHOW = re.compile(
    r"\b(?:(?:straight-to-)?series order|order(?:s|ed)? (?:it )?(?:straight )?to series|"
    r"limited series|mini-?series|docu-?series|prequel|sequel series|spin-?off|"
    r"new (?:[\w-]+ ){0,2}?(?:drama|comedy|thriller|series|mystery|"
    r"show|sitcom|anthology|docuseries)|series premiere|debut season|"
    r"orders?\s+(?:\w+\s+){0,2}(?:series|drama|comedy|thriller|show)|"
    r"(?:greenlit|greenlights|picked up|commissioned|ordered) (?:a |the )?(?:new )?"
    r"(?:\w+ )?(?:series|drama|comedy|thriller))\b",
    re.IGNORECASE,
)


# "Thirteen episodes of Comeback have been commissioned by HBO": a first order
_ORDERED_AFTER = re.compile(
    r"\bepisodes of [A-Z][^.;]{0,40}? (?:have|has) been (?:commissioned|ordered|greenlit|picked up)\b"
)


def _new_shows(
    sentences: list[Sentence],
    shows_in: dict[int, list[tuple[int, str]]],
    mentions: dict[int, list[SeasonMention]],
) -> None:
    """ "Netflix has given a straight-to-series order to The Ninth Lock", "HBO's limited
    series Ashfall": season 1 of a show the document never numbers a season of."""
    numbered = {
        key
        for idx, shows in shows_in.items()
        if any(m.season is not None for m in mentions.get(idx, []))
        for _, key in shows
    }
    lead_cue = any(_NEW_SHOW.search(s.text) for s in sentences[:3])
    lead_show = next((shows_in[s.index][0][1] for s in sentences[:4] if s.index in shows_in), None)
    for s in sentences:
        shows = shows_in.get(s.index)
        if not shows:
            continue
        cues = [(c.end(), c.end() + 60) for c in _NEW_SHOW.finditer(s.text)]
        cues += [(0, len(s.text))] if _ORDERED_AFTER.search(s.text) else []
        if (
            lead_cue and s.index < 4
        ):  # "... returns with a new sitcom. Morris will direct Nathan Barley"
            cues.append((-1, len(s.text)))
        for a, b in cues:
            after = [(pos, key) for pos, key in shows if max(a, 0) <= pos <= b]
            if a < 0:
                after = [(pos, key) for pos, key in after if key == lead_show]
            if not after or after[0][1] in numbered:
                continue  # the first title after the cue only
            pos, key = after[0]
            numbered.add(key)  # one first season per show
            mentions.setdefault(s.index, []).append(SeasonMention(pos, pos, 1, False, False))
            mentions[s.index].sort(key=lambda m: m.start)
            break
    _new_show_items(sentences, shows_in, mentions, numbered)


def _new_show_items(
    sentences: list[Sentence],
    shows_in: dict[int, list[tuple[int, str]]],
    mentions: dict[int, list[SeasonMention]],
    numbered: set[str],
) -> None:
    """A roundup item: a paragraph that opens with a title ("The 4:50 Club (BBC One,
    Tuesday 2 January, 9pm) - ...") and calls it new anywhere ("this new four-part
    mystery"): season 1 of that show."""
    paras: dict[int, list[Sentence]] = {}
    for s in sentences:
        if not s.heading:
            paras.setdefault(s.para, []).append(s)
    for para in paras.values():
        first = para[0]
        shows = shows_in.get(first.index)
        if not shows or shows[0][0] != 0 or shows[0][1] in numbered:
            continue
        if any(_NEW_SHOW.search(s.text) for s in para):
            numbered.add(shows[0][1])
            mentions.setdefault(first.index, []).insert(0, SeasonMention(0, 0, 1, False, False))


def find_season_mentions(text: str) -> list[SeasonMention]:
    """Every season expression in a sentence, with its number when stated."""
    out: list[SeasonMention] = []
    if not _ANY_SEASON_MENTION.found_in(text):
        return out  # most sentences: one fast scan instead of the full one
    for m in SEASON_RE.finditer(text):
        if m.group("abbr") and not (_ABBR_CASE.match(m.group()) and _ABBR_CONTEXT.search(text)):
            continue  # "Volvo S40" is a car; "S2 episodes", "S01E03" are seasons
        before = _WEAK_BEFORE.search(text, 0, m.start())
        weak = (
            before is not None
            and not _in_a_title(text, before.start())
            and not _ENDS_WITH.search(text, 0, m.start())
            and not (_TEMPORAL.match(before.group()) and _STILL_AHEAD.match(text, m.end()))
        ) or bool(
            _RECAP_AFTER.match(text, m.end())
            or _AIRED_BEFORE.search(text, 0, m.start())
            or _in_an_aside(text, m.start())
        )
        if m.group("multi") or m.group("o1"):
            # "eight episodes, the same as seasons 1 and 2": a comparison, not an order
            compared = weak or _COMPARED_BEFORE.search(text, 0, m.start()) is not None
            for g in ("m1", "m2") if m.group("multi") else ("o1", "o2"):
                out.append(
                    SeasonMention(m.start(g), m.end(g), number_value(m.group(g)), False, compared)
                )
            continue
        if m.group("unnum"):
            words = m.group("unnum").lower()
            final = "final" in words or "last" in words
            out.append(SeasonMention(m.start(), m.end(), None, final, weak))
            continue
        if m.group("num") and _TITLE_AFTER_NUMBER.match(text, m.end()) and m.group()[0].islower():
            continue  # "the US series 21 Jump Street": a title, not a season
        raw = m.group("num") or m.group("ord") or m.group("abbr")
        if (
            m.group("ord")
            and m.group("ordnoun").lower() in ("year", "run")
            and _COUNT_ONLY.match(raw)
        ):
            continue
        season = number_value(raw)
        if season is None or not 0 < season < 60:
            continue
        out.append(SeasonMention(m.start(), m.end(), season, bool(m.group("final")), weak))
    return _orders_through(text, out)


_MORE_THROUGH = re.compile(
    r"\b(?P<n>two|three|four|\d) (?:more|additional|further) (?:seasons|series)\b"
    r"(?=[^.;]*?\b(?:through|thru|until|to|into|up to)\s+(?:its\s+|a\s+|the\s+)?"
    r"(?:(?:season|series)\s+\w+|\w+(?:\s+(?:season|series))?)\b)",
    re.IGNORECASE,
)


def _orders_through(text: str, out: list[SeasonMention]) -> list[SeasonMention]:
    """ "two more seasons, taking it through season 4": the seasons of the order before the
    last one are named too, where the order is named (3, before 4)."""
    more = _MORE_THROUGH.search(text) if out else None
    last = next((m for m in out if more and m.start > more.end() and m.season), None)
    if more is None or last is None or last.season is None:
        return out
    n = number_value(more.group("n")) or 0
    order = [
        SeasonMention(more.start(), more.end(), k, False, False)
        for k in range(last.season - n + 1, last.season)
        if k > 0
    ]
    return sorted(out + order, key=lambda m: m.start)


# "weeks before season 2 premieres on June 4": the season is what the clause dates
_STILL_AHEAD = re.compile(
    r"\s+(?:(?:officially\s+)?(?:debuts|premieres|returns|arrives|lands|drops|begins|starts|"
    r"kicks off|comes out|hits)|is\s+(?:due|set|slated|scheduled)|will)\b"
)
_TEMPORAL = re.compile(r"(?:before|after|until|till)\b", re.IGNORECASE)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’&-]*\s+$")


def _in_a_title(text: str, pos: int) -> bool:
    """ "Everly After season 3": in a sentence (not a headline in title case, "Returns
    After Season 2 Finale"), a capitalised "After" or "Before" after a capitalised word
    ends the title; it does not place the season."""
    return (
        text.startswith(("After", "Before"), pos)
        and _CAPITALISED_BEFORE.search(text, max(0, pos - 40), pos) is not None
        and not _title_case(text)
    )


def _title_case(text: str) -> bool:
    """A headline in title case: most of its longer words capitalised."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return sum(w[0].isupper() for w in words) * 3 > len(words) * 2


_ASIDE_VERB = re.compile(
    r"\b(?:had|has|was|were|ran|aired|premiered|debuted|got|did|earned|drew|ended|is|had been)\b",
    re.IGNORECASE,
)


def _in_an_aside(text: str, start: int) -> bool:
    """ "eight episodes (season 2 had ten)": a season named in a parenthesis that says
    something of its own is an aside, not the subject of the sentence around it."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.rfind(")", 0, start) > opened:
        return False
    closed = text.find(")", start)
    return _ASIDE_VERB.search(text, opened, closed if closed >= 0 else len(text)) is not None


def _aside(text: str, start: int) -> bool:
    """A season named only as what aired (see _aired_in_a_recap) or as one that may never
    be made ("HBO has not yet ordered a fourth season") is not the one the article is
    about."""
    return _aired_in_a_recap(text, start) or _UNDECIDED.search(text) is not None


_UNDECIDED = re.compile(
    r"\b(?:(?:has|have)(?:n['’]t| not)\s+(?:yet\s+)?(?:been\s+)?(?:ordered|renewed|picked up|"
    r"greenlit|commissioned|confirmed)|(?:not|no)\s+(?:yet\s+)?(?:been\s+)?(?:ordered|renewed|"
    r"picked up|greenlit|commissioned)|no word (?:yet )?on|if there (?:is|'s|’s|will be)|"
    r"whether there will be)\b",
    re.IGNORECASE,
)


def _aired_in_a_recap(text: str, start: int) -> bool:
    """Whether the season named at ``start`` is named only as what aired: in a relative
    clause saying when ("season 1, which premiered in 2022,", "whose first season aired
    last year") or as the thing that aired ("which premiered its first season in 2022")."""
    m = SEASON_RE.match(text, start)
    end = m.end() if m else start
    if _RECAP_CLAUSE.match(text, end) or _AIRED_BEFORE.search(text, 0, start):
        return True
    return bool(_WHOSE.search(text, max(0, start - 8), start) and _AIRED_AFTER.match(text, end))


# --- pass 1: show titles --------------------------------------------------

_AFTER_ANCHOR = re.compile(
    r"^(?:'s?|,|:|\s-)?\s*(?:\(?(?:Season|season|Series|series|Seasons|seasons)\s+(?:\d|"
    + NUMBER_RE.replace("|", r"\b|")
    + r"\b)|S\d{1,2}\b)"
    r"|^'s\s+(?:[\w-]+\s+){0,3}?(?:season|series|installment|instalment)\b"
    r"|^,?\s*(?:which|that)?\s*(?:has|have|had|was|is|will|would|got|gets|'s|officially|"
    r"finally|just|also|reportedly|been|be|now|not|n't|won't|will not|wont|\w+ly|\s)*"
    r"(?:renewed|cancell?ed|axed|greenlit|green-lit|picked up|ordered|commissioned|recommissioned|"
    r"returning for|coming back|returns? for|back for|scrapped|ending with|end with|end after|"
    r"conclude with|wrap up with|pulled|finale\b|premiere\b|showrunner|writers'? room|"
    r"(?:land(?:ed|s)|get(?:s|ting)?|got|score[sd]?|earn(?:ed|s)|secure[sd]?|nab(?:bed|s)|"
    r"bag(?:ged|s)|been given|been granted|snag(?:ged|s)) (?:a |an |its |their )?"
    r"(?:" + ORDINAL_RE + r"|\d+(?:st|nd|rd|th)|new|another|final|last))\b"
    r"|^\s+(?:a|an|its|their)\s+(?:(?:season|series)\s+\d|(?:"
    + ORDINAL_RE
    + r")[\s-](?:season|series))"
    r"|^\s+(?:is|are|was) (?:officially )?(?:done|over) (?:at|on|after)\b"
    r"|^\s+(?:won't|will not|isn't|is not)\s+(?:be\s+)?(?:back|returning|coming back)\b"
    r"(?=\s+(?:this (?:year|fall|autumn|spring|summer|winter)|next year|in (?:19|20)\d\d|until|"
    r"for (?:a|an) \w+ (?:season|series)|after (?:its|this|the)))"
    r"|^:\s+the\s+(?:[\w-]+\s+){0,3}(?:drama|comedy|mystery|thriller|series|show|sitcom|procedural|"
    r"western|saga|anthology|docuseries)\b"
    r"|^\s+(?:has |have )?(?:come|came) to an end after\b"
    r"|^\s+for\s+(?:a|an|its|their)\s+(?:" + ORDINAL_RE + r"|\d+(?:st|nd|rd|th)|new|another|final|"
    r"last)\s+(?:season|series)"
    r"|^\s+(?:gets|got|given) the (?:chop|axe|boot)|^\s+(?:will |is set to |to )?bows? out"
    r"|^,\s+(?:the|a|an|its|their|[A-Z][\w+]*['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?:drama|comedy|series|"
    r"show|thriller|sitcom|procedural|docuseries|anthology|western|soap|saga|dramedy|mystery|"
    r"spin-?off|prequel|sequel|anime|adaptation|miniseries|whodunnit|whodunit|romcom|rom-com)\b"
    r"(?!['’])"
    r"|^\s+(?:has been |was |is )?(?:saved|rescued|revived|resurrected) by\b"
    r"|^\s+(?:[\w,-]+\s+){1,6}?(?:for|with|in|into)\s+its\s+(?:"
    + ORDINAL_RE
    + r"|\d+(?:st|nd|rd|th)|new|final|last)[\s-](?:season|series)\b"
    r"|^:\s+(?:the|a|an|[A-Z][\w+]*['’]s)\s+(?:[\w-]+\s+){0,3}(?:drama|comedy|mystery|thriller|"
    r"series|show|sitcom|procedural|western|saga|anthology|docuseries)\s+(?:gets|got|lands|is|has|"
    r"will|renewed|cancell?ed|axed|returns|scores)\b"
    r"|^\s+from (?:its|the|their) (?:schedule|line-?up|slate)"
    # "panels for Gossamer, whose second season premieres this summer"
    r"|^,\s+whose\s+(?:(?:" + ORDINAL_RE + r"|\d+(?:st|nd|rd|th)|new|next|final|last|latest)"
    r"[\s-](?:season|series)|(?:season|series)\s+\d)\b"
    r"(?!\s+(?:premiered|aired|debuted|ended|concluded|finale|wrapped|went out|came out))"
    r"|^\s+(?:creators?|showrunners?|co-creators?|writers'? room|cast members|cast and crew|team)\s+"
    r"(?:said|say|says|posted|told|revealed|confirmed|announced|shared|have|has)\b"
    r"|^\s+(?:has been |have been |was |is )?(?:gets?|got|given|lands?|landed) (?:the |a )?green ?light"
    r"|^\s+(?:confirms?|announces?|reveals?|sets?|unveils?|teases?|drops?|shares?|dates?|books?|"
    r"schedules?|gets?|got|lands?|scores?|earns?|receives?|nabs?|secures?)\s+(?:its\s+|a\s+|the\s+)?(?:season|series)\s+(?:\d|"
    + NUMBER_RE.replace("|", r"\b|")
    + r"\b)"
    r"|^,\s+(?:the|a|an|its)\s+[^,;.]{3,90},\s+(?:has|have|had|was|is|will|got|gets)\s+(?:been\s+)?"
    r"(?:officially\s+)?(?:renewed|cancell?ed|axed|picked up|ordered|greenlit|given|returning|coming)"
    r"|^\s+(?:will|is set to|is slated to|is due to|is expected to)\s+(?:return|premiere|debut|arrive)"
    r"\s+(?:this|next|in|on|later|early|late|mid|sometime)\b"
    r"|^\s*\((?:"
    + "|".join(a for alts in PLATFORMS.values() for a in alts)
    + r")(?:,[^()]{0,60})?\)\s*(?:[:\-,–—]|$|(?=[a-z]))",
)
_BEFORE_ANCHOR = re.compile(
    r"(?:\b(?:renew|renewed|renews|renewing|cancell?ed|cancels|cancell?ing|axed|axes|greenlit|"
    r"picked up|ordered|commissioned|recommissioned|re-commissioned|scrap|scraps|scrapped|axe|"
    r"saves|rescues|revives|resurrects|saved|rescued|revived)\s+(?:(?:its|the|their|hit|acclaimed|"
    r"popular|beloved|[a-z]+-[a-z]+|drama|comedy|series|show|sitcom|thriller|docuseries|anthology|"
    r"reality|animated|fantasy|crime|period|medical|legal|teen|spy|horror|mystery|british|korean|"
    r"spanish|original|anime|animated|adult|cartoon)\s+){0,3}"
    r"|\b(?:(?:season|series)\s+(?:\d{1,2}|[ivx]{1,4}|"
    + NUMBER_RE
    + r")|\w+\s+(?:seasons?|series|instal?lments?))\s+of\s+"
    r"(?:(?:the|its|their|this|that|hit|new|popular|beloved|acclaimed|award-winning|[a-z]+-[a-z]+|"
    r"drama|comedy|series|show|sitcom|thriller|reality|animated|fantasy|crime|period|medical|legal|"
    r"teen|spy|horror|mystery|british|korean|spanish|original|anime|streaming|cult|long-running)\s+){0,3}|\b(?:exited|exits|left|leaving|joined|joins|joining|boarded|boards|"
    r"cast of|cast in)\s+"
    r"|\b(?:pull(?:s|ed|ing)? the plug on|the axe on|cancellation of|renewal (?:of|to|for)|return of|future of|"
    r"fate of|renewal order (?:to|for)|"
    r"end of the road for|curtains for|farewell to|(?:fans|viewers|audiences) of|"
    r"(?:good|bad|great|sad|big|better|worse|welcome|happier|grim|mixed) news for|a word on|"
    # "Sky Atlantic orders more Glimmer & Gall"
    r"(?:orders?|ordered|commissions?|commissioned|wants|wanted) more)\s+"
    r"|(?:^\s*[A-Z][\w-]*\s+|\b(?:that|and|while|as|with|whose|but|of)\s+)(?:(?:[a-z-]+|TV|US|UK)\s+){0,2}(?:drama|comedy|sitcom|thriller|show|"
    r"procedural|docuseries|anthology|miniseries|western|dramedy|soap|spinoff|spin-off|prequel|"
    r"sequel)\s+"
    r"|(?:\b(?:the|its|their|a|an|hit|new)|[A-Z][\w+]*'s)\s+(?:[\w-]+\s+){0,3}(?:drama|comedy|"
    r"sitcom|thriller|procedural|docuseries|anthology|miniseries|satire|western|saga|dramedy|"
    r"series|show|soap|spinoff|spin-off|prequel|sequel|opera|mystery|romance|fantasy|epic|anime)"
    r",?\s+)['\"]?$",
    re.IGNORECASE,
)
_ANCHOR_BEFORE = Folded.of(_BEFORE_ANCHOR)
# "9 p.m. ET/PT - Grady's Rules (Season 4 premiere)": a schedule line's time zone
_TO_VERB_TAIL = re.compile(
    r"\s+(?:to|To|Will|Set to|Set To)\s+(?:End|Return|Premiere|Wrap|Air|Debut|Launch|Conclude|"
    r"Finish|Close|Come Back|Be Back)\b.*$"
)
_AFTER_CLOSING_QUOTE = re.compile(r"(?<=\w)['’\"”]\s.*$")
_PLATFORM_ONLY = re.compile("|".join(a for alts in PLATFORMS.values() for a in alts))
_TIME_ZONE_PREFIX = re.compile(r"^(?:(?:[ECMP][SD]?T|BST|GMT)(?:/(?:[ECMP][SD]?T))?\s*[-–—:]\s*)+")
_PLATFORM_PREFIX = re.compile(
    r"^(?:(?:" + "|".join(a for alts in PLATFORMS.values() for a in alts) + r")'s?\s+)+"
)
# "NBC on Thursday", "ITV2 in January", "Sky and HBO": a network and a phrase, not a title
_PLATFORM_PHRASE = re.compile(
    r"^(?:" + "|".join(re.escape(k) for k in PLATFORMS) + r"|Sky|Amazon|Apple|BBC|ITV)\d?\s+"
    r"(?:on|in|and|or|at|for|with|to|from|&|this|last|next)\b"
)


def _find_shows(sentences: list[Sentence]) -> dict[str, str]:
    hits: Counter[str] = Counter()
    strong: set[str] = set()
    spellings: dict[str, Counter[str]] = {}
    body = "\n".join(s.text for s in sentences if not s.heading)
    per_line = {s.index: _candidates(s, body) for s in sentences}
    _sibling_headings(sentences, per_line)
    for s in sentences:
        found = per_line[s.index]
        if s.index == 0 and not found:
            found = _title_subject(s, body)
        if s.index == 0:
            rest = "\n".join(x.text for x in sentences if x.text != s.text)
            found = found + _headline_list(s, rest)
        for name, weak in found:
            key = show_key(name)
            hits[key] += 1 if s.heading else 2
            spellings.setdefault(key, Counter())[name] += 1
            if not weak:
                strong.add(key)
    if not hits and sentences and _STRONG_TV.search(body):
        name = _repeated_title_run(sentences)
        if name:
            key = show_key(name)
            hits[key] += 1
            spellings[key] = Counter({name: 1})
    if strong:  # "Ravi Dunmore will return for season 5": an actor, when a show is named too
        headed = {show_key(s.text) for s in sentences if s.heading}
        hits = Counter({k: v for k, v in hits.items() if k in strong or k in headed})
    keys = _merge_variants(set(hits))
    names = {key: _best_spelling(spellings[key]) for key, target in keys.items() if target == key}
    everything = "\n".join(s.text for s in sentences)
    return {
        key: name
        for key, name in names.items()
        if not _first_name(name, body, names)
        and not (_a_person_or_part(name, body) and not _own_season(name, everything))
        and not _head_of_a_title(name, names, body)
    }


def _own_season(name: str, text: str) -> bool:
    """ "Inchgarth season 3" in an article where Lady Margaret Inchgarth is a part: the
    family a show is named after; a title the article gives a season of is the show."""
    own = rf"\b{re.escape(name)}(?:['’]s)?,?\s+(?:[Ss]eason|[Ss]eries)\s+\w"
    return re.search(own, text) is not None


def _head_of_a_title(name: str, names: dict[str, str], body: str) -> bool:
    """ "leaving Saltcombe on the night ferry" in a Saltcombe Deep article: the first word
    of a longer title, never given a season of its own, is the place it is named after."""
    if " " in name or not any(other.startswith(name + " ") for other in names.values()):
        return False
    own_season = rf"\b{re.escape(name)}(?:['’]s)?,?\s+(?:[Ss]eason|[Ss]eries|S\d)"
    return re.search(own_season, body) is None


_SECTION_NEWS = re.compile(
    r"\b(?:season|series|renew\w*|cancel\w*|axed|premieres?|returns?|picked up|commission\w*)\b",
    re.IGNORECASE,
)


def _sibling_headings(
    sentences: list[Sentence], per_line: dict[int, list[tuple[str, bool]]]
) -> None:
    """A roundup whose section headings are titles ("Pinhole", "Kingsbridge Legal"): a
    sibling heading of the same kind ("Marlpit") is a title too, when its section talks
    of a season, even though the body never names it again."""
    headings = [s for s in sentences[1:] if s.heading]
    titled = [s for s in headings if per_line[s.index] and _CAP_RUN.fullmatch(s.text.strip())]
    if len(titled) < 2:
        return
    for s in headings:
        core = s.text.strip()
        if per_line[s.index] or not _CAP_RUN.fullmatch(core) or len(core.split()) > 4:
            continue
        if core.isupper() or show_key(core) in _NOT_TITLES:
            continue  # "CANCELLED", "IN LIMBO": a section label
        section = []
        for nxt in sentences[s.index + 1 : s.index + 8]:
            if nxt.heading:
                break
            section.append(nxt.text)
        name = clean_title(core, at_start=True, whole=True)
        if name == core and _SECTION_NEWS.search(" ".join(section)):
            per_line[s.index] = [(name, False)]


# Who a name is, by the words around it in the body: a part an actor plays ("will return
# as Captain Sorcha Kell", and the names within it) or a person ("Host Dani Reyes-Whitford
# returns", "the return of Philippa Garside as Agnes Lowe") is no show.
_PART_BEFORE = re.compile(
    r"\b(?:(?:return|returns|returning|back|stars?|starring|starred|reprises?|reprising|joins?|"
    r"joining|joined|cast|recast|is|are)\s+as|plays|playing|played|portrays|portraying|"
    # "has played in Merrow Point since 2021": where a part is played is the show
    r"portrayed|voices|voicing|voiced)\s+"
    r"(?:(?!(?:the|in|on|for|with|opposite|alongside|throughout)\b)[a-z][\w-]*\s+){0,2}"
    # 'will return as Delphine "Del" Marr': a nickname in quotes is part of the part
    r"(?:[A-Z][\w'’-]+\s+){0,3}[\"“‘']?$"
)
_PERSON_BEFORE = re.compile(
    r"\b(?:[Ss]tars?|[Hh]ost|[Cc]o-host|[Aa]ctor|[Aa]ctress|[Cc]omedian|[Nn]ewcomer|[Pp]resenter|"
    r"[Jj]udge|return of|[Rr]eturning)\s+$"
)
_PERSON_AFTER = re.compile(r"^\s+(?:as|returns?|is|will|joins?|\()")
_RETURNS_AS_AFTER = re.compile(r"^\s+(?:returns|will return|is back|back|reprises)\s+as\s+[A-Z]")
_ROLE_AND_NAME = re.compile(
    r"\b(?:[Cc]reator|[Ss]howrunner|[Dd]irector|[Ww]riter|[Pp]roducer|[Ss]tar|[Hh]ost|[Aa]ctor|"
    r"[Aa]ctress|[Pp]resenter)\s+[A-Z][a-z]+\s+([A-Z][\w'’-]+)"
)


def _name_char(c: str) -> bool:
    return c.isalnum() or c in "_'’-"


def _inside_a_word(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is part of a longer word (a name in quotes, "'Peg'", is not)."""
    quoted = start >= 2 and body[start - 1] in "'‘" and not _name_char(body[start - 2])
    if start and _name_char(body[start - 1]) and not quoted:
        return True
    return end < len(body) and _name_char(body[end]) and not (quoted and body[end] in "'’")


def _a_person_or_part(name: str, body: str) -> bool:
    """Whether the body names ``name`` as a person or as (part of) a part an actor plays."""
    words = name.split()
    if len(words) > 4:
        return False
    if len(words) == 1 and any(m.group(1) == name for m in _ROLE_AND_NAME.finditer(body)):
        return True  # "creator Reid Castellanos" ... "Castellanos confirms season 3 will ..."
    person = len(words) == 2 and words[0][0].isupper() and words[0][1:].islower()
    at = body.find(name)
    while at >= 0:
        start, end = at, at + len(name)
        at = body.find(name, end)
        if _inside_a_word(body, start, end):
            continue
        before = body[max(0, start - 60) : start]
        after = body[end : end + 30]
        if not before.rstrip().endswith(("the", "The")) and _PART_BEFORE.search(before):
            return True
        if person and (
            (_PERSON_BEFORE.search(before) and _PERSON_AFTER.match(after))
            or _RETURNS_AS_AFTER.match(after)
        ):
            return True
    return False


_NEXT_CAP = (
    r" (?!(?:Season|Series|Part|Volume|Vol|Episode|Chapter|The|And|Or|Is|Was|Will|Has)\b)"
    # "Wickmere Hall", "the Oleander Institute": a place named after the title, not a person
    r"(?!(?:Hall|House|Manor|Castle|Abbey|Priory|Grange|Court|Towers?|Estate|Farm|Park|Lodge|"
    r"Hotel|Inn|Institute|Academy|School|College|University|Hospital|Prison|Station|Street|"
    r"Road|Lane|Square|Bridge|Bay|Island|Harbou?r|Village|Valley|Forest|Woods|Moor|Fen|"
    r"Church|Chapel|Mill|Gardens|Company|Corporation|Industries|Group)\b)[A-Z][a-z]+"
)


def _first_name(name: str, body: str, names: dict[str, str]) -> bool:
    """ "Nora's fate", "Jo's mother": a one-word "title" that the article also writes as the
    first name of a person ("Nora Slate") is a character; as a surname, an actor."""
    if " " in name or not name[:1].isupper():
        return False
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?={_NEXT_CAP})", body):
        full = body[m.start() : m.end() + 1 + len(body[m.end() + 1 :].split(" ", 1)[0])]
        if show_key(full.strip(" .,;:!?'’\"")) not in names:
            return True
    # "Matthias Vandermeer as the Baron ... Vandermeer returns for the third season": an
    # actor's surname (a character's family name, "Tuck Longacre", can be the title)
    actor = (
        rf"(?:\b(?:star|actor|actress|by|starring|newcomer|with)\s+[A-Z][a-z]+ {re.escape(name)}\b|"
        rf"\((?:[A-Z][a-z]+ )+{re.escape(name)}\)|"
        rf"\b[A-Z][a-z]+ {re.escape(name)}(?:,\s+\d+,)?\s+(?:as\b|\((?:the\s+)?[A-Z][\w'’-]*"
        rf"(?:\s+[A-Z][\w'’-]*){{0,2}}\)|will (?:return|reprise|play|star)|(?:who )?plays\b))"
    )
    return re.search(actor, body) is not None


def _item_titles(s: Sentence, body: str) -> list[tuple[str, bool]]:
    """The title a roundup's heading or item line is, if it is one."""
    name = None
    if s.heading or (len(s.text.split()) <= 8 and _NUMBERED.match(s.text)):
        name = _roundup_heading(s.text, body)
    name = name or _pipe_item(s.text, body)
    return [(name, False)] if name else []


def _candidates(s: Sentence, body: str) -> list[tuple[str, bool]]:
    """Show titles a sentence names, each with whether only a weak anchor supports it."""
    out = _item_titles(s, body)
    quoted = _quoted_titles(s, body)
    out.extend(name for name, _ in quoted)
    out.extend(_numeric_titles(s.text))
    whole = out[0][0] if out else None  # a title-only line: its runs are parts of that title
    for m in _CAP_RUN.finditer(s.text):
        if any(a <= m.start() < b for _, (a, b) in quoted):
            continue  # "'Saltwind' Creator on That Finale": the quotes end the title
        start, group, end = _run_span(m)
        after = s.text[end : end + 60]
        possessive_title = group.endswith("'s") and _AFTER_ANCHOR.search(after) is not None
        if group.endswith("'s") and not possessive_title:
            after = "'s" + after
        lead = _LEAD_PHRASE.match(group)
        if lead:  # "Fans of Harrowgate Hall ...": the lead words are context, not title
            start += lead.end()
        before = s.text[max(0, start - 40) : start]
        if _not_a_title(s.text[max(0, start - 100) : start], group, after):
            continue
        anchored_after = _AFTER_ANCHOR.search(after) is not None
        if not (anchored_after or _ANCHOR_BEFORE.found_in(before)) or _PERSON_ROLE.search(before):
            continue
        run = _trim_run(s.text[start:end], before, anchored_after, body)
        if run is None:
            continue
        season_follows = bool(_SEASON_NEXT.match(after))
        name = clean_title(
            run, at_start=_at_start(s.text, m.start()), season_follows=season_follows, body=body
        )
        if name and run.endswith("'s"):
            name = _possessive(name, possessive_title)
        if name and not _part_of(name, whole):
            out.append((name, bool(_WEAK_AFTER.search(after))))
    return out


def _run_span(m: re.Match[str]) -> tuple[int, str, int]:
    """A capitalised run's start, text and end, without an interview's "A: " ("A: We're
    renewed") and cut before a colon and a network's possessive ("Tall Grass: NBC's
    cancelled farm drama gets season 3")."""
    start, group, end = m.start(), m.group(), m.end()
    qa = _INTERVIEW_MARK.match(group)
    if qa:
        start, group = start + qa.end(), group[qa.end() :]
    colon = group.find(": ")
    if colon > 0 and _PLATFORM_PREFIX.match(group[colon + 2 :] + " "):
        end, group = start + colon, group[:colon]
    return start, group, end


# a roundup item led by its title in capitals and a bar
_PIPE_LEAD = re.compile(r"^([A-Z0-9][A-Z0-9'’&.:\- ]{1,60}?[A-Z0-9.])\s+\|\s+(?=[A-Z\"“'‘])")
_PIPE_LABEL = re.compile(
    r"^(?:BY\s.*|OPINION|EXCLUSIVE|ANALYSIS|REVIEW|UPDATE|UPDATED|BREAKING|WATCH|RECAP|"
    r"INTERVIEW|NEWS|FEATURE|COMMENT|PHOTOS?|VIDEO)$"
)


def _pipe_item(text: str, body: str) -> str | None:
    """ "NORTHWICK GENERAL | NBC has given its medical drama a two-season renewal": a
    roundup item's title; not a byline ("BY ANA REYES | MAY 2"), a section label
    ("OPINION | By ..."), nor an interviewer's name leading every question."""
    lead = _PIPE_LEAD.match(text)
    if lead is None or _PIPE_LABEL.match(lead.group(1)) or text[lead.end() :].startswith("By "):
        return None
    if body.count(lead.group(0)[: lead.end(1)] + " |") > 1:
        return None  # "TVLINE | And Abe?": who asks
    return _roundup_heading(lead.group(1), body, item=True)


_INTERVIEW_MARK = re.compile(r"^(?:[QA]|Question|Answer):\s+")
# A title that starts with a digit ("9-1-1 season 8", "renewed 1923 for a second season"):
# only right before a season or right after a renewal verb, never after "the" or "in"
_NUMERIC_TITLE = re.compile(
    r"(?:(?<=renewed )|(?<=renews )|(?<=cancelled )|(?<=canceled )|(?<=axed ))"
    r"(?P<t>\d[\d-]{0,5}(?:\s+[A-Z][\w'’-]+){0,3})(?=\s+for\s+(?:a|an|its)\s+(?:"
    + ORDINAL_RE
    + r"|\d+(?:st|nd|rd|th))\s+(?:season|series))"
    r"|(?<![\w$£€.,:/'’-])(?P<h>\d+-\d[\d-]*|\d{1,4}(?:\s+(?-i:[A-Z])[\w'’-]+){1,3})"
    r"(?=['’]s\s+(?:[Ss]eason|[Ss]eries)\s+\w|\s+(?:[Ss]eason|[Ss]eries)\s+\d)"
)


def _numeric_titles(text: str) -> list[tuple[str, bool]]:
    if "eason" not in text and "eries" not in text:
        return []  # cheap gate: a numeric title needs a season
    out = []
    for m in _NUMERIC_TITLE.finditer(text):
        name = m.group("t") or m.group("h")
        if _NUMBERED_PART.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Part 2 Announced After Season 2": a part's number
        if any(w.lower() in TRAILING_STOP for w in name.split()[1:]):
            continue  # "2 Announced After": a headline's words, not a title's
        out.append((name, False))
    return out


_NUMBERED_PART = re.compile(
    r"\b(?:Part|Vol\.?|Volume|Episode|Chapter|Season|Series|Cour|No\.?|Book)\s+$", re.I
)


_LEAD_PHRASE = re.compile(
    r"^(?:(?:Fans|Viewers|Audiences|News|Good news|Bad news|Fate|Future|Return|Renewal|"
    r"Cancellation|Cast|Star|Stars|Creator|Makers|Bosses) (?:of|for|on|from)|"
    # "Speaking to Screen Rant, ...": whom the speaker spoke to
    r"(?:Speaking|Talking|Chatting|Writing) (?:to|with|for)|According to|Per) (?=[A-Z0-9])"
)


def _part_of(name: str, whole: str | None) -> bool:
    """ "What the River Knows (Season 3)": "the River Knows" is part of the line's title."""
    return whole is not None and name != whole and whole.endswith(name)


def _possessive(name: str, possessive_title: bool) -> str | None:
    if show_key(name) in _CALENDAR_TITLES:
        return None  # "Sunday's Season 3 finale": a day's
    return name + "'s" if possessive_title else name  # "Saint Jude's, season 2"


def _trim_run(run: str, before: str, anchored_after: bool, body: str) -> str | None:
    """The part of a capitalised run that is the title."""
    if _ROLE_BEFORE.search(before):  # "as Wren in Nightjar season 3"
        parts = _PREPOSITION.split(run)
        if len(parts) == 1:
            return None
        run = parts[-1]
    if not anchored_after:  # "season 2 of Orchard Road in Atlanta"
        if (
            _PREPOSITION.search(run)
            and body.count(run) >= 2
            and re.search(r"\s(?:in|on|at|of)\s+the\s+[A-Z]", run)
        ):
            return run  # "Only Murders in the Building", named so twice
        return _PREPOSITION.split(run)[0]
    # "Wynn Castellan on Thornbury Road series 3" vs "Emily in Paris season 5"
    return _likeliest_suffix(run, body)


def _quoted_titles(s: Sentence, body: str) -> list[tuple[tuple[str, bool], tuple[int, int]]]:
    """Titles in quotes ("'Saltwind' Creator on ..."), with their spans."""
    out = []
    for m in _QUOTED_TITLE.finditer(s.text):
        after = s.text[m.end() : m.end() + 60]
        before = s.text[max(0, m.start() - 40) : m.start()]
        headline = s.index == 0 and s.heading
        if not (headline or _AFTER_ANCHOR.search(after) or _ANCHOR_BEFORE.found_in(before)):
            continue
        if _NICKNAME_AROUND.search(before) and re.match(r"\s+[A-Z]", after):
            continue  # 'Delphine "Del" Marr': a nickname between a first name and a surname
        if not title_cased(m.group("title")):
            continue  # "'We start shooting in June'": a quote, not a title
        # the quotes mark where the title starts: "Elsewhere County" keeps "Elsewhere"
        name = clean_title(m.group("title"), at_start=True, body=body, whole=True)
        if name and (not headline or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body)):
            # no actor is quoted: "'Elsewhere County' will return for" names the show
            out.append(((name, False), (m.start(), m.end())))
    return out


_NICKNAME_AROUND = re.compile(r"\b[A-Z][a-z]+\s+$")
_SMALL_WORDS = frozenset("of the and in on a an to for at with from by or & vs. vs".split())


def title_cased(text: str) -> bool:
    """A short line whose words are all capitalised, numbers, or small joining words."""
    words = text.split()
    return len(words) <= 7 and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words
    )


# Trade headlines quote the title: "'Saltwind' Creator on ...", "“Ward 7” Renewed"
_QUOTED_TITLE = re.compile(
    r"(?<![\w'’])['‘\"“](?P<title>[A-Z0-9][\w&:,.!?-]*(?:['’][A-Za-z]+)*"
    r"(?:\s+[\w&:,.!?-]+(?:['’][A-Za-z]+)*){0,7}?)['’\"”](?![\w])"
)
_STRONG_TV = re.compile(
    r"\b(?:episodes?|premiere[sd]?|renew(?:ed|al)|showrunner|trailer|teaser|streaming|"
    r"streamer|writers'? room|Netflix|HBO|Hulu|Disney\+|Apple TV|Prime Video|Peacock|"
    r"Paramount\+|BBC One|ITV|Channel 4|Sky Atlantic|Starz|Showtime)\b"
)


def _repeated_title_run(sentences: list[Sentence]) -> str | None:
    """No anchored title anywhere: a capitalised run of the headline that the body repeats
    at least twice, once beside a season word, is most likely the show ("The long road of
    The Lantern Keepers")."""
    best: tuple[int, str] | None = None
    seasonal = "\n".join(
        s.text for s in sentences[1:] if any(m.season for m in find_season_mentions(s.text))
    )
    body = "\n".join(s.text for s in sentences[1:])
    for m in _CAP_RUN.finditer(sentences[0].text):
        name = clean_title(m.group(), at_start=m.start() == 0, body=body)
        if not name or len(name) < 4:
            continue
        pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
        if not re.search(pattern, seasonal):
            continue
        count = len(re.findall(pattern, body))
        if count >= 2 and (best is None or count > best[0]):
            best = (count, name)
    return best[1] if best else None


_NUMBERED = re.compile(r"^\d+[.)]\s")


def _likeliest_suffix(run: str, body: str) -> str:
    """Of a run and its tails after each preposition, the one the body names most often
    on its own (the whole run on a tie)."""
    options = [run]
    for m in _PREPOSITION.finditer(run):
        options.append(run[m.end() :])
    if len(options) == 1:
        return run

    def count(name: str) -> int:
        return len(re.findall(rf"(?<![\w ]{{2}} ){re.escape(name)}(?!\w)", body))

    best = max(options, key=lambda o: (count(o), -options.index(o)))
    return best if count(best) > count(run) else run


def _title_subject(title: Sentence, body: str) -> list[tuple[str, bool]]:
    """A headline about a season ("Hollowmere recasts Marigold for season 3") leads with
    the show: its first capitalised run, when the body names it too. A headline in title
    case or capitals ("Quarry Bells Canceled at NBC After Two Seasons", "SCARCROFT AXED:
    ITV pulls the plug") leads with it before its news word, spelled as the body spells it."""
    if SEASON_RE.search(title.text):
        m = _CAP_RUN.search(title.text)
        name = clean_title(m.group(), at_start=True, body=body) if m else None
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body):
            return [(name, True)]
    return _before_news_word(title.text, body)


# A headline's news word, after the title it leads with
_NEWS_WORD = re.compile(
    r"\s*(?::|\s[-–—]\s|\s(?:canceled|cancelled|renewed|axed|saved|scrapped|rescued|ending|ends|"
    r"to end|will end|returns?|gets|sets|picked up|season|series|is|will|star|stars|casts?|adds|"
    r"trailer|teaser|premiere|premieres|release|reveals|confirms|renewal|cancellation|creator|"
    r"showrunner|boss|finale|part|volume|final|recasts|moves|heads|lands|dates|delayed)\b)",
    re.IGNORECASE,
)


_TRAILING_KIND = re.compile(
    r"\s+(?:anime|series|drama|comedy|show|docuseries|reboot|revival|sitcom|thriller)$", re.I
)


def _before_news_word(title: str, body: str) -> list[tuple[str, bool]]:
    m = _NEWS_WORD.search(title)
    if m is None or m.start() == 0:
        return []
    if m.group().strip() == ":" and re.match(r"\s*['\"‘“]", title[m.end() :]):
        return []  # "Honor Vasquez-Tate: 'I have no idea ...'": who is quoted, not a show
    head = title[: m.start()].strip(" '\"‘’“”")
    head = _TRAILING_KIND.sub("", head)  # "Kuroshio Requiem Anime Gets Final Season"
    if not head or len(head.split()) > 5 or not head[:1].isupper():
        return []
    found = re.search(rf"(?<![\w'’-]){re.escape(head)}(?![\w'’-])", body, re.IGNORECASE)
    if found is None or not found.group()[:1].isupper():
        return []
    name = clean_title(found.group(), at_start=True, body=body)
    return [(name, False)] if name else []  # the headline's own subject: as strong as an anchor


_LIST_CUE = re.compile(
    r"\b(?:renews?|renewed|cancels?|cancell?ed|axes|axed|scoop on|news on|updates? on|"
    r"dates? for|premiere dates:?|return dates:?|first looks? at)\s+(?P<list>[^:;]+)",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r",\s+(?:and\s+|&\s+)?|\s+and\s+")


def _headline_list(title: Sentence, body: str) -> list[tuple[str, bool]]:
    """A headline's list of titles after a roundup cue ("Scoop on Juniper Falls, Loyal,
    Birchmoor and A Quiet Coup", "Apple renews Ashfall, Tidewater and Lumen"): each item
    that is a whole capitalised run and that the body names too."""
    m = _LIST_CUE.search(title.text)
    if m is None:
        return []
    items = _LIST_SPLIT.split(m.group("list").strip(" .!?"))
    if len(items) < 3:
        return []
    out: list[tuple[str, bool]] = []
    for item in items:
        run = _CAP_RUN.match(item)
        if run is None or run.end() != len(item):
            continue
        name = clean_title(run.group(), at_start=True, body=body)
        if name and re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", body):
            out.append((name, False))
    return out


def _not_a_title(before: str, run: str, after: str) -> bool:
    """An adjective, a person or a place, by what surrounds the run: "HBO's head of drama, Marisela Onwu,
    told Deadline", "the return of Quentin Alb as harbor police chief", "Captain Abel
    Sorensen's ship", "Ingleby Fold, its drama about a family in the Yorkshire Dales, will end"."""
    if _GENRE_NEXT.match(after):
        return True  # "its Viking-age saga Ravenscar": an adjective; the title follows
    if (
        before[-8:].rstrip().lower().endswith(_ADDRESS_ENDS)  # cheap gate for the search
        and _ADDRESSEE_BEFORE.search(before[-40:])
        and not _MAKER_AFTER.match(after)
    ):
        return True  # "told TVLine season 3 will be darker": the outlet spoken to
    if _SPEAKS_AFTER.match(after) or _PLAYS_AS_AFTER.match(after):
        return True
    actor = _ACTOR_PAREN_AFTER.match(after)
    if actor and not _PLATFORM_ONLY.fullmatch(actor.group(1)):
        return True  # "the fate of Father Amos (Jonas Halvorsen-Pike)": a part and its actor
    if _RANKED_PERSON.match(run):
        return True
    if not before.strip() and _COUNT_ONLY.match(run) and after.startswith((",", ".")):
        return True  # "How many episodes? Six, the same as the first series."
    if before.endswith(_PLACE_ENDS) and _PLACE_BEFORE.search(before[-40:]):
        return True  # "which is currently filming in San Diego, will premiere in July"
    if before.rstrip().endswith(("the", "0s")) and _PLACE_PHRASE_BEFORE.search(before[-30:]):
        return True  # "solving murders in the Pacific Northwest", "a motel in 1950s Nevada"
    return bool(after.startswith(",") and _APPOSITIVE_INSIDE.search(before))


_ADDRESS_ENDS = ("to", "with", "per", "told", "tells", "telling")  # _ADDRESSEE_BEFORE ends so
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:told|tells|telling|(?:said|says|saying|speaking|spoke|speaks|talking|talked|talks|"
    r"chatting|chatted|revealed|reveals|confirmed|confirms|explained|explains|teased|teases|"
    r"admitted|admits|insisted|confided|announced|writing|wrote)\s+(?:exclusively\s+)?(?:to|with)|"
    r"(?:in|during) an? (?:recent |new )?interview with|according to|per)\s+$",
    re.IGNORECASE,
)
# "according to Nightjar creator Dana Pell": the show's own people, named by it
_MAKER_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:co-)?(?:creator|star|showrunner|boss|producer|writer|cast|director|actor|"
    r"actress|executive|team|lead)s?\b",
    re.IGNORECASE,
)
_PLACE_ENDS = (" in ", " at ", " around ", " across ", " near ", " outside ", " to ")
_PLACE_BEFORE = re.compile(
    r"\b(?:filming|filmed|shooting|shot|set|based|located|headquartered|lives|living|born|"
    r"moved|moving|relocat\w+|on location)\s+(?:in|at|around|across|near|outside|to)\s+$",
    re.IGNORECASE,
)


# a place or a time, not a title: "in the" (a title keeps its capital "The") or "in 1950s"
_PLACE_PHRASE_BEFORE = re.compile(
    r"\b(?:in|across|around|near|throughout|outside)\s+(?:the|(?:the\s+)?\d{4}s)\s+$"
)
_SPEAKS_AFTER = re.compile(
    r"^,?\s+(?:told|tells|said|says|added|adds|explained|noted|wrote|posted|insisted|admitted|"
    # "..., The Hollywood Trades has learned": the outlet reporting it
    r"(?:has|have)\s+learned|(?:first\s+)?reported|reports|can (?:reveal|confirm|exclusively))\b"
)
_ACTOR_PAREN_AFTER = re.compile(r"^\s*\(([A-Z][a-zà-ÿ'’]+(?:[ -][A-Z][a-zà-ÿ][\w'’-]*){1,2})\)")
_PLAYS_AS_AFTER = re.compile(
    r"^\s+as\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[a-z][\w'’-]*\s+){1,4}"
)
_RANKED_PERSON = re.compile(
    rf"^(?:{JOB_RANKS}|Dr|Doctor|Professor|Judge|Chief|General|Admiral|"
    r"Presenter|Host|Co-host|Star|Actor|Actress|Narrator|Chef|Comedian|Broadcaster)"
    r"\.?\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+"
)
# the run ends an appositive that describes an earlier title: "X, its drama about ... in <run>,"
_APPOSITIVE_INSIDE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+(?:its|the|a|an|their|his|her)\s+[^,;]{0,100}?"
    r"\b(?:in|about|from|near|across|around|of|set in)\s+(?:the\s+)?$"
)


_GENRE_NEXT = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}(?:drama|comedy|sitcom|thriller|procedural|docuseries|anthology|"
    r"miniseries|satire|western|saga|dramedy|soap|spinoff|spin-off|prequel|sequel|epic|"
    r"romance|mystery|fantasy|opera|noir|horror|whodunn?it|caper|melodrama|telenovela)\b"
    r"(?!\s+(?:season|series)\s+\d)"
)


# "producer Clem Hathaway was cancelled": a person, whatever the verb says.
_PERSON_ROLE = re.compile(
    r"\b(?:producer|creator|director|showrunner|star|actor|actress|writer|host|executive|"
    r"co-star|author|novelist|comedian)\s+$"
    # "stars Bethan Harte as no-nonsense DCI Nell Garside": the part an actor plays
    r"|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s+as\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
    r"(?:[a-z][\w'’-]*\s+){0,3}$",
    re.IGNORECASE,
)
_ONE_PLATFORM = "(?:" + "|".join(a for alts in PLATFORMS.values() for a in alts) + ")"
# "(Hulu)", "(ITV1 and ITVX)", "(BBC One / iPlayer)"
_PLATFORM_PAREN = re.compile(
    r"\s*\(" + _ONE_PLATFORM + r"(?:\s*(?:,|and|&|/)\s*" + _ONE_PLATFORM + r")*\)\s*$"
)
# a listing's slot or kind after the title: "Foxhollow Terrace, Monday 13th January, 9pm,
# ITV1", "Drowned Acre: Thursday, March 12", "Tsukiyomi Relay final season"
_SLOT_TAIL = re.compile(
    r"(?:(?:,|:|\s[-–—])\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Premieres?|Returns?)\b.*"
    r"|\s+(?:final|new|last|(?:" + ORDINAL_RE + r"))\s+(?:season|series))$",
    re.IGNORECASE,
)
# a scorecard's status before the title: "RENEWED: Brackenfold", "FINAL SEASON: Quillmoor"
_STATUS_LABEL = (
    r"(?:RENEWED|CANCELL?ED|AXED|NEW|PENDING|UNDECIDED|SAVED|ENDING|ENDED|RETURNING|ORDERED|"
    r"PICKED UP|FINAL SEASON|ON THE BUBBLE|IN LIMBO|Final season|On the bubble|In limbo)"
)
_HEADING_LABEL = re.compile(r"^(?:\d+[.)]\s*|(?:[A-Z][a-z]+|" + _STATUS_LABEL + r"):\s+)")
_STATUS_LEAD = re.compile(r"^(?:\d+[.)]\s*)?" + _STATUS_LABEL + r":\s+", re.IGNORECASE)


_SEASON_PAREN = re.compile(r"\((?:Season|Series|season|series)\s+\w+\)\s*$")


_SEASON_TAIL = re.compile(
    r"(?:,\s+|\s+\()(?:seasons?|series)\s+(?:\d{1,2}|[a-z]+)(?:\s*(?:and|&|-|to)\s*\d{1,2})?\)?$"
    # "Moth Lane – cancelled after one season": the section's news after a dash
    r"|\s+[-–—]\s+(?:renewed|cancell?ed|canceled|axed|ending|ends|ended|returning|returns|"
    r"coming back|picked up|saved|pending|undecided|final|to end|will end|won't return|"
    r"not returning|ordered|(?:season|series)\s+\w+)\b.*$",
    re.IGNORECASE,
)


def _body_spelling(caps: str, body: str) -> str:
    """A heading in capitals ("DREDGER'S REACH") as the body writes it mid-sentence
    ("... in Dredger's Reach ..."), or as it is when the body never does."""
    pattern = rf"(?<=[a-z0-9,;’'\"“‘(] )(?<![\w-]){re.escape(caps)}(?![\w-])"
    for m in re.finditer(pattern, body, re.IGNORECASE):
        if not m.group().isupper() and m.group()[:1].isupper():
            return m.group()
    return caps


def _roundup_heading(text: str, body: str, *, item: bool = False) -> str | None:
    """A roundup's section heading naming one show: "Dustbowl Saints (Paramount+)",
    "CROWMARSH, SERIES 3", or a short title-case line ("Saved: Lantern Row") that the body
    names again."""
    core, platform, seasoned = _heading_core(text, body, item=item)
    m = _CAP_RUN.fullmatch(core) if core else None
    if core is None or m is None or len(core.split()) > 5:
        return None
    # a line that is only a title ("What the River Knows (Season 3)") keeps its first word
    whole = bool(platform or seasoned or core != text.strip() or _SEASON_PAREN.search(text))
    name = clean_title(core, at_start=True, body=body, whole=whole)
    if name is None or (name != core.removeprefix("The ").removeprefix("the ") and name != core):
        return None
    if platform or seasoned or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body):
        return name  # a season, a platform or a listing's slot says the line is a title
    return None


def _heading_core(text: str, body: str, *, item: bool = False) -> tuple[str | None, bool, bool]:
    """A heading cut to its title (numbering, platform, season and slot taken off, capitals
    spelled as the body spells them), whether it named a platform, and whether a season or
    a listing's slot."""
    core = _HEADING_LABEL.sub("", text.strip())
    labelled = _STATUS_LEAD.match(text.strip()) is not None  # "CANCELED: Moth Lane"
    platform = _PLATFORM_PAREN.search(core) is not None
    core = _PLATFORM_PAREN.sub("", core).strip()
    seasoned = _SEASON_TAIL.search(core)
    tail = seasoned or _SLOT_TAIL.search(core)
    core = core[: tail.start()] if tail else core  # "1. Orchard Wars, season 3"
    if core.isupper():
        core = _body_spelling(core, body)
    if core.isupper() and len(core) > 3:  # a label in capitals ("RENEWED AND DATED")
        if not (seasoned or item):
            return None, platform, False
        core = string.capwords(core)  # "CROWMARSH, SERIES 3" the body never names
    return core, platform, tail is not None or item or labelled


_WEAK_AFTER = re.compile(
    r"^,?\s*(?:will|is|are|won't|will not|to|also|both)?\s*(?:\w+\s+)?(?:return(?:ing)? for|"
    r"back for|coming back)"
)
_ROLE_BEFORE = re.compile(
    r"\b(?:as|plays|playing|played(?: by)?|portrayed by|voiced by|role of|character)\s+"
    r"(?:(?:the|a|an|[a-z]+)\s+){0,3}$"
)
_PREPOSITION = re.compile(r"\s+(?:in|for|on|at|to|from|with|by)\s+")


def _at_start(text: str, pos: int) -> bool:
    return text[:pos].strip(" \"'([") == ""


def clean_title(
    run: str, *, at_start: bool, season_follows: bool = False, body: str = "", whole: bool = False
) -> str | None:
    """A capitalised run cut to the show's title, or None when nothing title-like is left.
    A leading small word stays when the document writes it capitalised mid-sentence too
    ("fans of What the River Knows", "renewed Good Grief")."""
    if _PLATFORM_PHRASE.match(run.strip()):
        return None
    run = _PLATFORM_PREFIX.sub("", _TIME_ZONE_PREFIX.sub("", run.strip()))
    run = _AFTER_CLOSING_QUOTE.sub("", run)  # "'Dogleg' Creator on That Season 3 Finale"
    run = _STATUS_LEAD.sub("", _CAPTION_LEAD.sub("", run))  # "RENEWED: Brackenfold"
    run = _NETWORK_VERB_LEAD.sub("", run)  # "Hulu Renews Gannet Point Through Season 4"
    run = _TO_VERB_TAIL.sub("", run)  # "Quiet Cove to End With Season 5"
    words = run.split()
    while (
        words
        and words[0].lower().strip("'\"") in LEADING_STOP
        and not _keeps_the(words, at_start)
        and not whole
        and not (len(words) > 1 and _attested(re.sub(r"['’]s$", "", " ".join(words)), body))
    ):
        words.pop(0)
    while (
        words
        and words[-1].lower().strip(":'\"-") in TRAILING_STOP
        and not _titled_before_season(words, body)
    ):
        words.pop()
    while words and words[-1] in ("&", "-", ":"):
        words.pop()
    if not words:
        return None
    name = " ".join(words).strip(" .:'\"-!,")
    if _INITIALISM_END.search(name):
        name += "."  # "Belhollow P.D.": the initialism keeps its last full stop
    if name.endswith("'s"):
        name = name[:-2]
    head, colon, tail = name.partition(": ")
    if colon and _HEADLINE_VERB.search(tail):
        # "The Ninth Lamp Saved: Prime Video Picks Up": a headline's two parts
        return clean_title(head, at_start=at_start, body=body, whole=whole)
    return None if _not_a_name(name, season_follows) else name


# a caption's or a page's label: "(Image: The Season 2 key art ...)", "Photo: ..."
_CAPTION_LEAD = re.compile(
    r"^(?:(?:Photo|Image|Picture) caption|Image|Images|Photo|Photos|Picture|Pictured|Pic|Video|"
    r"Watch|Credit|Caption|Above|"
    r"Top|Main image|Press Release|PRESS RELEASE|Opinion|OPINION|Review|REVIEW)\s*:\s+"
)
# a headline's network and verb before the title: "Starz Renews ...", "Hulu Cancels ..."
_NETWORK_VERB_LEAD = re.compile(
    r"^(?:" + "|".join(a for alts in PLATFORMS.values() for a in alts) + r")\s+"
    r"(?:Renews|Cancels|Axes|Orders|Picks Up|Greenlights|Saves|Revives|Scraps|Ends)\s+(?=[A-Z0-9])"
)
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$")


def _not_a_name(name: str, season_follows: bool) -> bool:
    """What is left of a run is still no title."""
    at, _, rest = name.partition(" ")
    if at in ("At", "On", "To", "From", "For", "Via") and (
        show_key(rest) in _NOT_TITLES or _PLATFORM_PREFIX.match(rest + " ")
    ):
        return True  # "Renewed For Season 3 At Prime Video Ahead Of ...", "At Hulu Weeks"
    if _PLATFORM_ONLY.fullmatch(name):
        return True  # "ITV1", "BBC Two"
    key = show_key(name)
    if not key or key.isdigit() or len(key) < 2 or _PEOPLE_LIST.match(name):
        return True
    if _ADJECTIVE.match(name) or _HEADLINE_VERB.match(name) or _DESCRIPTOR.match(name):
        return True  # "the Nevada-set drama", "Orders 13-Episode Season 3", "Unlikeliest Hit"
    if _A_DAY.match(name):
        return True  # "a June 7 premiere date": a day, not "Ward 7"
    words = name.split()
    if len(words) > 1 and (words[-1] in COMPANY_WORDS or words[0] in ("Studio", "Studios")):
        return True  # "Studio Kanaboshi's adaptation", "Lathe & Pine Productions"
    if all(word in _GENRE_WORDS or word in _NOT_TITLES for word in key.split()):
        return True  # "Orders Season 3 of Cancelled FX Drama": a kind of show, not a title
    # "Wednesday season 2" is a show; "Wednesday" alone is a day
    return key in _NOT_TITLES and not (season_follows and key in _CALENDAR_TITLES)


_GENRE_WORDS = frozenset(
    """drama dramas comedy comedies sitcom thriller procedural docuseries anthology miniseries
    satire western saga dramedy soap spinoff spin off prequel sequel epic romance mystery
    fantasy sci fi science fiction horror crime period legal medical police cop spy teen
    family historical political action adventure animated anime reality dating competition
    cooking baking game show series limited true documentary cancelled canceled axed hit
    acclaimed beloved former streaming cable network broadcast original originals""".split()
)
# a headline's verb or a describing superlative leading a capitalised run is no title
_HEADLINE_VERB = re.compile(
    r"(?:^|(?<=\s))(?:Orders|Renews|Reverses|Cancels|Axes|Sets|Gets|Confirms|Adds|Casts|Taps|"
    r"Books|Lands|Drops|Reveals|Unveils|Teases|Announces|Picks|Greenlights|Scraps|Moves|Dates|"
    r"Shares)(?:\s|$)"
)
_ADJECTIVE = re.compile(
    r"^[A-Z][\w'’]*-(?:set|based|born|nominated|winning|themed|inspired|led|produced|made|"
    r"bound|focused|centric|adjacent|style|era|loving|hating|starring|created)$"
)
_DESCRIPTOR = re.compile(r"^(?:[A-Z][a-z]+est|Latest|Newest|Biggest|Breakout|Surprise)\s+Hit\b")


_A_DAY = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (?:\d{1,2}(?:st|nd|rd|th)?|"
    r"(?:19|20)\d\d)$"
)
# "the return of Ana Reyes and John Smith": two people, not a title
_PEOPLE_LIST = re.compile(
    r"^[A-Z][a-z]+ [A-Z][\w'-]+(?:, [A-Z][a-z]+ [A-Z][\w'-]+)* (?:and|&) [A-Z][a-z]+ [A-Z][\w'-]+$"
    # "Okereke-Vale and Pellew-Hart": two actors by their double-barrelled surnames
    r"|^[A-Z][a-z]+-[A-Z][\w'-]+(?:, [A-Z][a-z]+-[A-Z][\w'-]+)* (?:and|&) [A-Z][a-z]+-[A-Z][\w'-]+$"
    # "Alongside Oyston-Blair and Penberthy": one of them double-barrelled, joined by "and"
    r"|^[A-Z][a-z]+-[A-Z][\w'-]+ and [A-Z][a-z][\w'-]+$|^[A-Z][a-z][\w'-]+ and [A-Z][a-z]+-[A-Z][\w'-]+$"
)
_HEADLINE_WORDS = frozenset(
    "new upcoming latest next official first second third final season series show cast "
    "trailer premiere release date renewal everything".split()
)
_SEASON_NEXT = re.compile(r"^\s+(?:season|series)\s+(?:\d|[a-z]+\b)", re.IGNORECASE)
_CALENDAR_TITLES = frozenset(
    show_key(w)
    for w in (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
        "April May June July August September October November December Spring Summer Fall "
        "Autumn Winter Christmas"
    ).split()
)


# Small words a title can end with ("Everly After", "Far Out"), unlike a status
# ("Nightjar Renewed") or "Ahead Of": kept when the document names that season of the run
_TITLE_TAIL = frozenset("after out far".split())


def _titled_before_season(words: list[str], body: str) -> bool:
    """ "Everly After season 3": a capitalised small word that ends the title."""
    last = words[-1]
    if len(words) < 2 or not last[:1].isupper() or last.lower() not in _TITLE_TAIL or not body:
        return False
    run = re.escape(" ".join(words))
    return re.search(rf"\b{run},?\s+(?:[Ss]eason|[Ss]eries)\s+\w", body) is not None


def _attested(run: str, body: str) -> bool:
    """The run appears capitalised in the middle of a sentence somewhere in the body."""
    if not body or run.split()[0].lower() in ("the", "a", "an") or run.split()[0][0].islower():
        return False  # a leading "The" has its own rule
    return re.search(rf"(?:[a-z0-9,;’'\"“‘(]|\w:) {re.escape(run)}(?![\w-])", body) is not None


def _keeps_the(words: list[str], at_start: bool) -> bool:
    # "The Bear" and "The Last of Us" keep their article; it is dropped before a headline
    # word ("The New Season", "The Upcoming ...").
    first = words[0].lower()
    if first not in ("the", "a", "an") or len(words) < 2:
        return False
    return words[1].lower() not in _HEADLINE_WORDS


_NOT_TITLES = frozenset(
    show_key(w)
    for w in (
        "Netflix HBO Max Hulu Peacock Disney Apple Amazon BBC ITV Sky Showtime Starz AMC FX "
        "Season Series Part Episode Volume Chapter I It We You They He She This That Fans "
        "TV Show Drama Comedy Thriller Premiere Finale Trailer Teaser Cast Release Date Plot "
        "News Everything Update January February March April May June July August September "
        "October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
        "Spring Summer Fall Autumn Winter Christmas Netflix's Prime Video Paramount "
        "Nobody Nobody's Everyone Everybody Someone Somebody Nothing Anyone Anybody "
        "Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays Weekends Weeknights "
        "Inside Behind Beyond Ahead End Ends Return Returns Wrap Wraps Begins Starts "
        # a part of the TV year and an anime's promotional video
        "Midseason Mid-season PV "
        # a page's label: "Opinion: Bring back the 22-episode season"
        "Opinion Review Exclusive Analysis Editorial Commentary Explainer Recap Interview "
        "Image Photo Video "
        # awards: "three Emmys for its first season"
        "Emmy Emmys Oscar Oscars BAFTA BAFTAs Globes Peabody "
        # sentence adverbs that are no -ly words: "Already renewed back in March, ..."
        "Already Also Still Meanwhile Elsewhere Likewise However Instead Again "
        # nationalities: "a few American showrunners", "British viewers"
        "American British English Scottish Welsh Irish Canadian Australian French German "
        "Spanish Italian Korean Japanese Chinese Indian Nordic Scandinavian Danish Swedish "
        "Norwegian European Mexican Brazilian "
        # places written short: "streaming on BritBox in the US", "In the UK, season 1 airs"
        "US USA UK EU"
    ).split()
) | frozenset(show_key(p) for p in PLATFORMS)


def _merge_variants(keys: set[str]) -> dict[str, str]:
    """Map each key to the shortest other key it ends with ("netflix x" -> "x")."""
    out: dict[str, str] = {}
    for key in keys:
        target = key
        for other in keys:
            if (
                other != key
                and key.endswith(" " + other)
                and len(other) < len(target)
                and not key[: -len(other)].strip().isdigit()  # "12 Hollow Lane"
            ):
                target = other
        out[key] = target
    return out


_SMALL = frozenset("of the and a an in on at to for with from by or".split())


def _best_spelling(spellings: Counter[str]) -> str:
    def score(name: str) -> tuple[int, int, str]:
        words = name.split()[1:]
        proper = sum(1 for w in words if w.lower() in _SMALL and w.islower())
        return (-proper, -spellings[name], name)

    return min(spellings, key=score)


def _mention_pattern(name: str) -> re.Pattern[str]:
    words = [w for w in re.split(r"[\s:\-]+", name) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    parts = [r"(?:&|and)" if w.lower() in ("&", "and") else re.escape(w) for w in words]
    body = r"[\s:\-]+".join(parts)
    if len(words) == 1:  # "Evensong", or "EVENSONG" in a heading; not "evensong"
        body = rf"(?:{body}|{re.escape(words[0].upper())})"
    flags = 0 if len(words) == 1 else re.IGNORECASE
    return re.compile(rf"(?<![\w#@])(?:(?i:the)\s+)?{body}(?![\w])", flags)


def _drop_nested(found: list[tuple[int, str]], names: dict[str, str]) -> list[tuple[int, str]]:
    """When one show's title contains another's, keep only the longer match."""
    out: list[tuple[int, str]] = []
    spans = [(pos, pos + len(names[k]), k) for pos, k in found]
    for pos, end, key in spans:
        inside = any(
            p <= pos and end <= e and (p, e) != (pos, end) and k != key for p, e, k in spans
        )
        if not inside:
            out.append((pos, key))
    return out


# --- pass 3: subjects of sentences ----------------------------------------


def _assign(
    sentences: list[Sentence],
    names: dict[str, str],
    shows_in: dict[int, list[tuple[int, str]]],
    mentions: dict[int, list[SeasonMention]],
) -> Subjects:
    main = _main_show(shows_in, sentences)
    context = _context_shows(sentences, shows_in, main)
    raw_anchors = {
        s.index: _anchor_mentions(
            s, shows_in.get(s.index, []), mentions.get(s.index, []), context[s.index]
        )
        for s in sentences
        if s.index in mentions
    }
    _drop_strays(raw_anchors, shows_in)
    targets = _targets(raw_anchors, shows_in, sentences)
    finals = _finals(raw_anchors)
    anchors: dict[int, list[Anchor]] = {}
    for idx, items in raw_anchors.items():
        text = sentences[idx].text
        resolved = [
            Anchor(pos, show, target, weak and target < targets.get(show, 0), final)
            for pos, show, season, weak, final in items
            if show is not None
            # "the final season" is the one named final ("a fourth and final season"); "the
            # last season" may be the one before
            for target in [
                season
                if season is not None
                else (finals.get(show) if _FINAL.match(text, pos) else None) or targets.get(show, 0)
            ]
        ]
        resolved = [a for a in resolved if a.season > 0]
        if resolved:
            anchors[idx] = resolved
    default, carried_in = _carry(sentences, anchors, shows_in, targets, main)
    seen: dict[str, set[int]] = {}
    for items in anchors.values():
        for a in items:
            seen.setdefault(a.show, set()).add(a.season)
    return Subjects(names, default, anchors, shows_in, targets, seen, context, carried_in)


_FINAL = re.compile(r"\w+\s+final\b", re.IGNORECASE)


def _finals(raw: dict[int, list[_RawAnchor]]) -> dict[str, int]:
    """The season each show's "fourth and final season" names."""
    out: dict[str, int] = {}
    for items in raw.values():
        for _, show, season, _weak, final in items:
            if show is not None and season is not None and final:
                out[show] = max(out.get(show, season), season)
    return out


def _drop_strays(
    raw: dict[int, list[_RawAnchor]], shows_in: dict[int, list[tuple[int, str]]]
) -> None:
    """ "the network's newsmagazine, which begins its 58th season": a season number far
    beyond every other one of the show in context, in a sentence that does not name the
    show, is another programme's."""
    seasons: dict[str, set[int]] = {}
    for items in raw.values():
        for _, show, season, _, _ in items:
            if show is not None and season is not None:
                seasons.setdefault(show, set()).add(season)

    def stray(idx: int, show: str | None, season: int | None) -> bool:
        if show is None or season is None or season <= 20:
            return False
        if show in {key for _, key in shows_in.get(idx, ())}:
            return False
        others = [n for n in seasons.get(show, ()) if n != season]
        return bool(others) and max(others) * 2 < season

    for idx, items in raw.items():
        raw[idx] = [item for item in items if not stray(idx, item[1], item[2])]


_RawAnchor = tuple[int, str | None, int | None, bool, bool]
_Subject = tuple[str, int]


def _context_shows(
    sentences: list[Sentence], shows_in: dict[int, list[tuple[int, str]]], main: str | None
) -> dict[int, str | None]:
    """The show a sentence that names none is about: the last one named in its
    paragraph, else its section heading's, else the last one named, else the main one."""
    out: dict[int, str | None] = {}
    last: str | None = None
    section: str | None = None
    para = -1
    for s in sentences:
        if s.para != para and not s.heading and section is not None:
            last = section
        para = s.para
        out[s.index] = last or main
        named = shows_in.get(s.index)
        if named:
            last = named[-1][1]
            if s.heading:
                section = named[0][1]
    return out


def _anchor_mentions(
    s: Sentence, shows: list[tuple[int, str]], ms: list[SeasonMention], main: str | None
) -> list[_RawAnchor]:
    out: list[_RawAnchor] = []
    for m in ms:
        show = _nearest_show(s.text, m, shows) or main
        out.append((m.start, show, m.season, m.weak, m.final))
    return out


def _nearest_show(text: str, m: SeasonMention, shows: list[tuple[int, str]]) -> str | None:
    best: str | None = None
    best_dist = 10**9
    for pos, key in shows:
        # "X season 2" (show before) beats "season 2 of X" (show after), both beat far ones.
        dist = m.start - pos if pos <= m.start else (pos - m.end) * 2 + 5
        if _clause_break(text, min(pos, m.start), max(pos, m.start)):
            dist += 200
        if dist < best_dist:
            best, best_dist = key, dist
    return best


def _main_show(shows_in: dict[int, list[tuple[int, str]]], sentences: list[Sentence]) -> str | None:
    counts: Counter[str] = Counter()
    for s in sentences:
        for _, key in shows_in.get(s.index, []):
            counts[key] += 3 if s.index == 0 else 1
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], k))


def _targets(
    raw: dict[int, list[_RawAnchor]],
    shows_in: dict[int, list[tuple[int, str]]],
    sentences: list[Sentence],
) -> dict[str, int]:
    """The season an unnumbered mention ("the new season") of each show means: the season
    the document names most often (its headline's first counts twice), the highest on a
    tie."""
    counts, strong = _season_counts(raw, sentences)
    recapped_only = set(counts) - strong
    # a tie goes to the headline's first season, else to the highest
    lead = {show: season for _, show, season, _, _ in raw.get(0, ())[:1]}
    targets = {
        show: max(c, key=lambda n, show=show: (c[n], n == lead.get(show), n))
        for show, c in counts.items()
    }
    for show in recapped_only & _called_new(raw, shows_in, sentences):
        # "The drama, whose first season premiered in 2022, ... Filming on the new season
        # begins in May": only a season named in a recap is numbered; the new one is next
        targets[show] = max(counts[show]) + 1
    unnumbered_final = {
        show
        for items in raw.values()
        for _, show, season, _, final in items
        if final and season is None and show is not None
    }
    for items in raw.values():
        for _, show, season, _weak, final in items:
            if show in unnumbered_final and season is not None and final:
                # "the fifth and final season" ... "the final season premieres Oct. 12"
                targets[show] = max(targets[show], season)
    ordering = {i: items for i, items in raw.items() if _ORDER_VERB.search(sentences[i].text)}
    for show, low in _orders(ordering, sentences).items():
        top = targets.get(show)
        if top is not None and low < top <= low + 3 and counts[show][top] <= 3:
            targets[show] = low  # "renewed for seasons 27 and 28 ... will return this fall"
    return targets


def _called_new(
    raw: dict[int, list[_RawAnchor]],
    shows_in: dict[int, list[tuple[int, str]]],
    sentences: list[Sentence],
) -> set[str]:
    """The shows a sentence naming them renews or gives a new season ("Hulu has renewed
    Fernhollow", "the new episodes will arrive in 2026")."""
    out: set[str] = set()
    for s in sentences:
        named = {key for _, key in shows_in.get(s.index, ())}
        named |= {show for _, show, _, _, _ in raw.get(s.index, ()) if show is not None}
        if named - out and _NEXT_NEWS.search(s.text):
            out |= named
    return out


_NEXT_NEWS = re.compile(
    r"\b(?:renew(?:ed|s|al)|picked up|greenlit|green-lit|recommissioned|coming back|"
    r"will (?:return|be back)|is returning|(?:the|its|their|a)\s+(?:brand[- ]new|new|next|"
    r"upcoming|forthcoming|another|additional|further)\s+(?:season|series|episodes|batch|run|"
    r"chapter|instal?lment))\b",
    re.IGNORECASE,
)


def _season_counts(
    raw: dict[int, list[_RawAnchor]], sentences: list[Sentence]
) -> tuple[dict[str, Counter[int]], set[str]]:
    """How often the document names each season of each show: its strong mentions, else
    (for a show it names only so) its weak ones and those it names only as what aired. The
    headline's first season is the article's: it counts twice. Also the shows counted by
    strong mentions."""
    counts: dict[str, Counter[int]] = {}
    strong: set[str] = set()
    for strong_only in (True, False):
        known = set(counts)
        for idx, items in raw.items():
            for n, (pos, show, season, weak, _final) in enumerate(items):
                if show is None or season is None or show in known:
                    continue
                if strong_only and (weak or _aside(sentences[idx].text, pos)):
                    continue
                counts.setdefault(show, Counter())[season] += 2 if idx == n == 0 else 1
        if strong_only:
            strong = set(counts)
    return counts, strong


_ORDER_VERB = re.compile(
    r"\b(?:renew\w*|order\w*|pick\w* up|greenlit|green-lit|commission\w*|two-season|"
    r"multi-season|through)\b",
    re.IGNORECASE,
)


def _orders(raw: dict[int, list[_RawAnchor]], sentences: list[Sentence]) -> dict[str, int]:
    """The first season of each multi-season order: a sentence naming consecutive seasons
    of one show ("seasons 27 and 28", "a third and fourth season"), not a season it names as
    what came before ("picked up for a third season ... following its second season")."""
    out: dict[str, int] = {}
    for idx, items in raw.items():
        text = sentences[idx].text
        by_show: dict[str, set[int]] = {}
        for pos, show, season, weak, _final in items:
            if show is None or season is None or weak:
                continue
            if _HISTORY_BEFORE.search(text, max(0, pos - 30), pos) or _aired_in_a_recap(text, pos):
                continue
            by_show.setdefault(show, set()).add(season)
        for show, seasons in by_show.items():
            low = min(seasons)
            if low + 1 in seasons:
                out[show] = min(out.get(show, low), low)
    return out


_HISTORY_BEFORE = re.compile(r"\b(?:after|following|since)\s+(?:its|the|their)\s+$", re.I)


def _carry(
    sentences: list[Sentence],
    anchors: dict[int, list[Anchor]],
    shows_in: dict[int, list[tuple[int, str]]],
    targets: dict[str, int],
    main: str | None,
) -> tuple[dict[int, _Subject | None], dict[int, _Subject | None]]:
    """Each sentence's subject: its own first strong anchor, else its show's target
    season, else the subject carried from the sentence before or the section heading;
    and the subject carried into each sentence."""
    default: dict[int, _Subject | None] = {}
    carried_in: dict[int, _Subject | None] = {}
    carried: tuple[str, int] | None = (main, targets[main]) if main in targets else None
    section: tuple[str, int] | None = None
    last_para = -1
    last_para_of = {s.index: s.para for s in sentences}
    after_note: tuple[str, int] | None = None
    for s in sentences:
        if s.para != last_para and after_note is not None:
            carried, after_note = after_note, None
        if s.para != last_para and not s.heading and section is not None:
            carried = section
        last_para = s.para
        own = _own_subject(s, anchors.get(s.index, []), shows_in.get(s.index, []), targets)
        if (
            own is None
            and s.para != last_para_of.get(s.index - 1)
            and any(
                pos == 0 and (carried is None or key != carried[0])
                for pos, key in shows_in.get(s.index, [])
            )
        ):
            carried = None  # a sentence that opens with another, unnumbered show
        subject = own or carried
        default[s.index] = subject
        carried_in[s.index] = carried
        if s.heading and own is not None:
            section = own
        elif s.heading and s.index in shows_in and _title_only(s.text):
            # a section heading naming a show with no season ("EVENSONG"): what follows is
            # that show's, not the last section's
            section = carried = None
        target = targets.get(own[0], 0) if own is not None else 0
        if own is not None and (own[1] >= target or _still_news(s.text)):
            carried = own  # a recap sentence ("season 2 premiered in 2023") does not carry
            if own[1] < target and _names_last(anchors.get(s.index, []), (own[0], target)):
                # "Season 2 reached screens five months after wrapping, so a February wrap
                # would put Season 3 in the summer": the season named last goes on
                carried = (own[0], target)
            # "... announced that Prime Video has renewed the show for season 3": news of a
            # later season than the article's, carried to the end of its paragraph only
            side_note = own[1] > target > 0 and _ORDER_VERB.search(s.text) is not None
            after_note = (own[0], target) if side_note else None
        elif own is not None and (carried is None or carried[0] != own[0]):
            carried, after_note = (own[0], targets.get(own[0], own[1])), None
    return default, carried_in


def _names_last(anchors: list[Anchor], subject: _Subject) -> bool:
    """Whether the last strong anchor of a sentence names ``subject``."""
    strong = [a for a in anchors if not a.weak]
    if not strong:
        return False
    last = max(strong, key=lambda a: a.pos)
    return (last.show, last.season) == subject


def _title_only(text: str) -> bool:
    return len(text.split()) <= 6 and not SEASON_RE.search(text)


_RECAP = re.compile(
    r"\b(?:premiered|aired|debuted|ended|concluded|was released|were released|wrapped up its run|"
    r"closed out|capped off|"
    r"landed|arrived|dropped|bowed|hit screens|returned|"
    r"finale (?:drew|aired)|ran for|came out|went out|(?:was|were) (?:broadcast|shown)|"
    r"finished (?:airing|streaming)|"
    r"(?:is|are) (?:now |all )?(?:streaming|available)|can be streamed)\b",
    re.IGNORECASE,
)


# "Season 4 Part 2 drops Thursday": an earlier season with news still to come
_STILL_TO_COME = re.compile(
    r"\b(?:will|shall|is set|are set|set to|is due|are due|slated|scheduled|is expected|"
    r"are expected|upcoming|coming|premieres|returns|arrives|drops|lands|debuts|begins|starts|"
    r"continues|resumes|airs|streams)\b|['’]ll\b",
    re.IGNORECASE,
)


_PAST = re.compile(r"\b(?:was|were|did|last year|ago)\b", re.IGNORECASE)


def _still_news(text: str) -> bool:
    """Whether a sentence naming a season before the article's carries it on: not a recap
    ("season 2 premiered in 2023"), nor a sentence all in the past ("the first season was
    one of last year's hits"), which leaves the article's season to the sentences after."""
    if _RECAP.search(text):
        return False
    return _PAST.search(text) is None or _STILL_TO_COME.search(text) is not None


def _own_subject(
    s: Sentence,
    anchors: list[Anchor],
    shows: list[tuple[int, str]],
    targets: dict[str, int],
) -> tuple[str, int] | None:
    strong = [a for a in anchors if not a.weak]
    if strong:
        return (strong[0].show, strong[0].season)
    for _, key in shows:
        if key in targets:
            return (key, targets[key])
    return None
