"""What every field extractor reads: the sentences, their subjects, and modality.

``Found`` is what an extractor returns: one field value for one subject, with
its quote and an in-document rank used to pick between several findings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from knownsofar.extract.folded import fold
from knownsofar.extract.lexicon import MAY_MODAL
from knownsofar.extract.sentences import BULLET, Sentence
from knownsofar.extract.subjects import Subjects

Subject = tuple[str, int]  # (show key, season)


@dataclass(frozen=True)
class Found:
    """One field claim found in the document."""

    subject: Subject
    field: str
    value: Any
    quote: str
    sentence: int
    rank: float = 0.0


@dataclass
class Context:
    """A document prepared for the extractors."""

    sentences: list[Sentence]
    subjects: Subjects
    published: dt.date | None
    headings: dict[int, Sentence | None]  # sentence index -> heading of its section
    solo: Counter[str] = field(default_factory=Counter)  # capitalised words used alone
    surnames: dict[str, str] = field(default_factory=dict)  # "Quill" -> "Mara Quill"
    memo: dict[str, Any] = field(default_factory=dict)  # per-document facts, see once()

    def once(self, key: str, compute: Callable[[Context], Any]) -> Any:
        """``compute(self)``, worked out once per document (an extractor asks for a fact
        of the whole document sentence after sentence)."""
        if key not in self.memo:
            self.memo[key] = compute(self)
        return self.memo[key]

    def names_only_others(self, s: Sentence, show: str) -> bool:
        """Whether ``s`` names shows, and not ``show``: its claims are about those."""
        named = {key for _, key in self.subjects.shows_in.get(s.index, ())}
        return bool(named) and show not in named

    def subject(self, s: Sentence, pos: int = 0, *, weak_ok: bool = False) -> Subject | None:
        return self.subjects.at(s, pos, weak_ok=weak_ok)

    def subjectless(self, s: Sentence) -> bool:
        """True when ``subject`` is None wherever it is asked in ``s``: an extractor whose
        every finding takes its subject from ``subject(s, ...)`` has nothing to say there."""
        return self.subjects.none_in(s)

    def list_intro(
        self, s: Sentence, is_item: Callable[[str], bool] = lambda t: bool(BULLET.match(t))
    ) -> Sentence | None:
        """The line ending in ":" that introduces the list ``s`` belongs to ("Joining the
        cast:", "Hulu's winter slate:"), walking back over the list's other items."""
        if not is_item(s.text):
            return None
        for i in range(s.index - 1, max(-1, s.index - 21), -1):
            prev = self.sentences[i]
            if prev.text.rstrip().endswith(":"):
                return prev
            if not is_item(prev.text):
                return None
        return None

    def previous_in_paragraph(self, s: Sentence) -> list[Sentence]:
        out = []
        i = s.index - 1
        while i >= 0 and self.sentences[i].para == s.para:
            out.append(self.sentences[i])
            i -= 1
        return out


def build_context(
    sentences: list[Sentence], subjects: Subjects, published: dt.date | None
) -> Context:
    headings: dict[int, Sentence | None] = {}
    current: Sentence | None = None
    for s in sentences:
        if s.heading:
            current = s
            headings[s.index] = None
        else:
            headings[s.index] = current
    solo = _solo_words(sentences)
    for name in subjects.names.values():  # "Sable & Sons" says nothing about a character
        for word in name.split():
            solo.pop(word, None)
    return Context(sentences, subjects, published, headings, solo, _surnames(sentences))


_FULL = re.compile(
    r"\b[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)?\s+(?:[A-Z][a-zà-ÿ'’]+\s+)?"
    r"(?P<last>[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)?)\b"
)


def _surnames(sentences: list[Sentence]) -> dict[str, str]:
    """Surname -> full name, for names whose surname no other name in the document shares."""
    seen: dict[str, set[str]] = {}
    for s in sentences:
        for m in _FULL.finditer(s.text):
            seen.setdefault(m.group("last"), set()).add(m.group())
    return {last: next(iter(names)) for last, names in seen.items() if len(names) == 1}


_CAP_SEQ = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _solo_words(sentences: list[Sentence]) -> Counter[str]:
    """Capitalised words standing alone mid-sentence: articles call characters by their
    first name ("where Ada ends up") and actors by their surname."""
    out: Counter[str] = Counter()
    for s in sentences:
        for m in _CAP_SEQ.finditer(s.text):
            if m.start() > 0 and " " not in m.group() and s.text[m.start() - 1] == " ":
                out[m.group().rstrip("'’s")] += 1
    return out


# --- modality ---------------------------------------------------------------

SPECULATION = fold(
    r"\b(?:expect(?:ed|s|ing)?|likely|unlikely|seems?|seemingly|could|should|might|"
    + MAY_MODAL
    + r"|"
    r"probabl[ey]|possibl[ey]|perhaps|predict\w*|guess\w*|estimat\w*|assum\w*|"
    r"reported(?:ly)?|rumou?r\w*|reports? (?:suggest|say|claim|indicate)\w*|per sources|"
    r"sources? (?:say|said|claim|tell|told|close)|insiders?|according to (?:sources|insiders|"
    r"reports?|a report|rumou?rs|leaks?|speculation)|tentative(?:ly)?|speculat\w*|"
    r"follows? (?:the|a|its) (?:same )?(?:pattern|schedule|release)|pattern|we think|"
    r"best guess|hopefully|anticipat\w*|would (?:be|make sense|mean|put|see|arrive)|"
    r"chances are|safe to say|(?:safe|reasonable|fair) to|dead certainty|in all likelihood|"
    r"presumably|looks like|appears|hoping|hopes?|wishful|if all goes|at the earliest|"
    r"our (?:money|bet)|we(?:'d| would) (?:bet|wager|guess)|fingers crossed|leak\w*|"
    r"impossible|eyeing|eyes|mulling|(?:not|isn't) guaranteed|no guarantee)\b",
    re.IGNORECASE,
)
# The writer's own estimate: unconfirmed even when a network is named nearby.
WRITER_ESTIMATE = fold(
    r"\b(?:we (?:expect|predict|think|reckon|estimate|anticipate|can (?:assume|expect|guess))|"
    r"seems? (?:the )?(?:most )?likely|our (?:best )?guess|we're (?:guessing|estimating|betting)|"
    r"(?:looks?|seems?|is|feels?) (?:like )?(?:a|the) (?:safe|good|solid|strong|sensible) bet|"
    r"(?:safe|reasonable|fair) to (?:assume|say|expect|guess)|if (?:it|the show|the series) "
    r"follows|based on (?:previous|past|the previous)|in all likelihood|dead certainty|"
    r"would (?:put|mean|suggest)|speculat\w*|rumou?r\w*|reportedly|per sources?|insiders?|"
    r"sources? (?:says?|said|claims?|tells?|told)|according to (?:a |one |two |several )?"
    r"(?:sources?|insiders?|reports?)|my money(?:'s| is) on|(?:i|we)(?:'d| would)? bet|(?:i|we)(?:'d| would) guess|"
    r"my (?:best )?guess|i (?:predict|reckon|think|expect)|claim(?:s|ing|ed)? (?:that )?|"
    r"(?:i|we)(?:'d| would) (?:circle|pencil|mark|go with|plump for|lean towards?)|"
    r"(?:hard|difficult|tough) to (?:see|imagine)|"
    r"(?:i|we)(?:'d| would)(?: not|n't)? be (?:surprised|shocked|amazed)|"
    r"(?:would|wouldn't|would not|won't|will not|shouldn't|should not) (?:surprise|shock) (?:us|me)|"
    r"(?:would|wouldn't|would not|won't|will not)(?: not)? (?:be|come as) an? (?:surprise|shock)|"
    r"(?:tiktoks?|leakers?|fan theories|fan accounts)\b|realistically|"
    # what fans think, not what they are told: "Fans are convinced", "many fans expect"
    r"fans (?:\w+ ){0,3}?(?:think|believe|are (?:convinced|sure|certain)|expect|suspect|"
    r"speculate|theori[sz]e|reckon|predict|guess|hope|claim|insist)|"
    r"(?:a |one |two )?(?:person|people|someone|sources?) (?:close to|familiar with))\b",
    re.IGNORECASE,
)
OFFICIAL = fold(
    r"\b(?:according to (?:the )?(?:streamer|network|studio|broadcaster|channel|company|platform|"
    r"showrunner|creator|producers?)|announc\w*|confirm\w*|reveal\w*|unveil\w*|officially|official|press release|"
    r"statement|said|says|told|tease[sd]?|revealed|set (?:a|the) (?:premiere|release) date|"
    r"(?:we|we're|we'll|we are|our)\b(?=[^\"]*\"))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SummaryLine:
    """A guide's summary line ("- Filming: wrapped", "Trailer: none yet"): a label naming the
    field, then a value whose first words name a status (or none: "TBC")."""

    line: re.Pattern[str]
    values: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def of(cls, labels: str, values: tuple[tuple[str, str], ...]) -> SummaryLine:
        """The line of one of ``labels`` (an alternation); ``values``: (status, start of the
        value) in the order they are tried."""
        return cls(
            re.compile(rf"^\W*(?:{labels})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE),
            tuple((status, re.compile(f"^(?:{start})", re.IGNORECASE)) for status, start in values),
        )

    def status(self, text: str) -> tuple[str | None, int] | None:
        """(the status the value names, where the value starts), or None for another line."""
        m = self.line.match(text)
        if m is None:
            return None
        value = m.group("value")
        return next((st for st, start in self.values if start.match(value)), None), m.start("value")


# "not", "never", "yet to" right before a word, or written into it ("hasn't finished")
NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\byet to)\s+(?:\w+\s+)?$", re.IGNORECASE)
# What usually happens, not what this season does: "a teaser usually arrives two months
# before", "the network tends to premiere its dramas in spring"
HABIT = re.compile(
    r"\b(?:usually|typically|generally|normally|traditionally|historically|tends? to|tended to|"
    r"(?:has|have|had) a habit of|likes? to|prefers? to|is known for)\b",
    re.IGNORECASE,
)
# What earlier seasons did: "previous runs have landed in the spring", "past seasons all
# premiered in June" (a precedent the writer may reason from, not this season's date).
PRECEDENT = re.compile(
    r"\b(?:previous|past|earlier|prior|other) (?:runs|seasons|series|instal+ments|outings|"
    r"chapters)(?: (?:have|had|all|both|each|always|usually|typically))* (?:landed|premiered|"
    r"aired|arrived|debuted|dropped|launched|come out|came out|returned|began|started|bowed|"
    r"been released|were released)\b",
    re.IGNORECASE,
)
NEGATION = fold(r"\b(?:not|no|never|none|nor|without|neither)\b|n't\b", re.IGNORECASE)
CONDITIONAL = fold(
    r"\b(?:if|unless|whether|in case|assuming|once(?! again| more)|as soon as|"
    r"when(?:ever)? (?:it|the|a|we|they))\b",
    re.IGNORECASE,
)
FUTURE = fold(
    r"\b(?:will|'ll|shall|going to|set to|slated to|scheduled to|due to|expected to|plans? to|"
    r"hopes?\W{0,2} to|hoping to|intends? to|wants? to|"
    r"planning to|aims? to|aiming (?:for|to)|targeting|eyeing|upcoming|next|soon|tomorrow|"
    r"(?<!days )(?<!weeks )(?<!months )(?<!years )later|"
    r"(?:is|are) coming|premieres|returns|"
    r"arrives|debuts|drops|lands|hits|launches|bows|kicks off|gets|begins|starts|opens)\b",
    re.IGNORECASE,
)
PAST = fold(
    r"\b(?:was|were|had|did|ago|yesterday|last (?:week|month|year|night)|earlier|previously|"
    r"already|has been|have been|announced|premiered|debuted|aired|dropped|released|revealed|"
    r"confirmed|said|told|renewed|wrapped|started|began|finished|returned|arrived|landed|"
    r"shared|posted|unveiled|launched|ended|concluded|teased|cancell?ed|streamed|drew|bowed|"
    r"opened|closed|kicked off|went out|broadcast last|followed)\b",
    re.IGNORECASE,
)


_UNCONFIRMED = re.compile(
    r"(?:\bnothing|\bnot|n't|\byet to(?: be)?|\bun)\s*(?:\w+\s+)?(?:officially\s+)?(?:confirm\w*|"
    r"announc\w*|set\b|dated\b)"
    r"|\b(?:said|says|revealed|announced|confirmed) nothing\b",
    re.IGNORECASE,
)


_LEAD_HEDGE = re.compile(
    r"^\W*(?:realistically|probably|likely|most likely|in all likelihood|presumably|"
    r"if (?:[\w'’]+ ){0,3}(?:is|are) (?:any|a) guide|if (?:[\w'’]+ ){0,3}(?:is|are) anything to "
    r"go by|according to (?:sources|insiders|reports?|a report|people familiar)|"
    # "Our guess: December 2026", "Best guess: late 2026"
    r"(?:(?:our|my) )?(?:best )?(?:guess|bet|prediction|estimate|pick)\s*:)",
    re.IGNORECASE,
)


def is_speculative(text: str, sentence: str | None = None) -> bool:
    """True when a sentence (or one clause ``text`` of ``sentence``) states a writer's
    estimate, a report or a rumour. A clause's hedge is official when the sentence names an
    official source ("if I had to guess, autumn, she says"); a writer's estimate never is."""
    if WRITER_ESTIMATE.search(text):
        return True
    source = sentence if sentence is not None else text
    if _LEAD_HEDGE.match(source):
        return True  # "Realistically, its second season won't arrive until 2027."
    official = OFFICIAL.search(_UNCONFIRMED.sub(" ", source))  # "nothing is confirmed" isn't
    return bool(SPECULATION.search(text)) and not official


def tense_of(text: str) -> str:
    """ "future", "past" or "any": what a weekday or yearless date in ``text`` leans to."""
    if FUTURE.search(text):
        return "future"
    if PAST.search(text):
        return "past"
    return "any"
