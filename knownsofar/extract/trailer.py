"""trailer: none / announcement / teaser / trailer."""

from __future__ import annotations

import re

from knownsofar.extract.context import CONDITIONAL, Context, Found
from knownsofar.extract.sentences import Sentence

NONE = re.compile(
    r"\b(?:no (?:official |new |full )?(?:trailer|teaser|footage|first look)s?(?: yet| has| have|"
    r" so far| available|\b)|(?:yet|has(?:n't| not)(?: yet)?|have(?:n't| not)(?: yet)?|did(?:n't| "
    r"not)) (?:to )?(?:release|drop|share|unveil|debut|reveal|put out|show)\w* (?:a |an |any )?"
    r"(?:official |full |first )?(?:trailer|teaser|footage|first look|look)|"
    r"(?:trailer|teaser) (?:is|has) (?:yet to|not yet) (?:be|been) (?:released|revealed))",
    re.IGNORECASE,
)
ANNOUNCEMENT = re.compile(
    r"\b(?:announcement (?:video|trailer|teaser|clip)|date (?:announcement|reveal) (?:video|"
    r"teaser|trailer|clip)|(?:release|premiere) date (?:video|teaser)|(?:character |teaser |"
    r"official |first |new )?posters?|key art|logo|title (?:card|reveal)|renewal (?:video|"
    r"announcement|teaser)|(?:announced|revealed|confirmed) (?:the (?:news|renewal|date)|it) "
    r"(?:with|in|via) (?:a|an) (?:short )?(?:video|clip|poster)|sizzle reel)\b",
    re.IGNORECASE,
)
TEASER = re.compile(
    r"\b(?:teasers?(?: trailer)?|sneak peeks?|first[- ]looks?|featurettes?|promo(?: clip)?s?|"
    r"first footage|glimpses?|(?:brief|short) clip|behind[- ]the[- ]scenes (?:video|look|clip)|"
    r"first (?:official )?(?:images|photos|stills))\b",
    re.IGNORECASE,
)
TRAILER = re.compile(
    r"\b(?:(?:official|full|full-length|new|final|main|latest|second|first|full-blown) trailer|"
    r"trailer)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will (?:drop|arrive|be released|debut|release|come|share|unveil|premiere|land)|"
    r"(?:is|are) (?:set|due|expected|scheduled|slated|coming|going) to|coming soon|drops? "
    r"(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
    r"next)|when (?:a|the) (?:trailer|teaser)|once (?:a|the)|as soon as|until (?:a|the)|"
    r"hopefully|expect (?:a|the|to see)|could|might|may|would)\b",
    re.IGNORECASE,
)
_RANK = {"trailer": 4.0, "teaser": 3.0, "announcement": 2.0, "none": 1.0}


def extract_trailer(ctx: Context, s: Sentence) -> list[Found]:
    """Trailer claims of one sentence; a trailer still to come is not yet a trailer."""
    if s.question:
        return []
    status, pos = _status(s.text)
    if status is None:
        return []
    subject = ctx.subject(s, pos)
    if subject is None:
        return []
    return [Found(subject, "trailer", {"status": status}, s.text, s.index, _RANK[status])]


def _status(text: str) -> tuple[str | None, int]:
    m = NONE.search(text)
    if m:
        return "none", m.start()
    for status, pattern in (
        ("trailer", TRAILER),
        ("teaser", TEASER),
        ("announcement", ANNOUNCEMENT),
    ):
        for m in pattern.finditer(text):
            if _FUTURE.search(text) or CONDITIONAL.search(text[max(0, m.start() - 40) : m.start()]):
                return None, 0
            if status == "trailer" and _LABELLED.search(text, 0, m.start()):
                continue  # "teaser trailer", "announcement trailer"
            return status, m.start()
    return None, 0


_LABELLED = re.compile(r"\b(?:teaser|announcement|date announcement|renewal)\s+$", re.IGNORECASE)
