"""Split a document's text into sentences with offsets, headings and questions.

A paragraph is one line of the normalised text (readers put one paragraph per
line, blank lines between). A short line with no closing punctuation is a
heading; headings open sections, which the extractors use as context ("Who is
expected to return?" colours the cast list below it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = (
    "mr|mrs|ms|dr|st|jr|sr|vs|vol|inc|ltd|co|corp|prof|gen|sgt|lt|col|capt|rev|mt|ft|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|est|ep|eps|pt|fig|"
    "u\\.s|u\\.k|a\\.m|p\\.m|e\\.g|i\\.e|d\\.c|l\\.a|n\\.y"
)
_ABBREV_END = re.compile(r"(?:^|[\s('‘\"“])(?:" + _ABBREVIATIONS + r")\.$", re.IGNORECASE)
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")
# A match of either ends the text, so it starts within its last few characters: searching
# only there gives the same answer without trying every position of a long line.
_ABBREV_WIDTH = 2 + max(len(a) for a in _ABBREVIATIONS.split("|"))


def _abbreviation_ends(head: str) -> bool:
    """Whether ``head`` ends in an abbreviation ("Dr.", "U.S.") or an initial ("J.")."""
    return bool(
        _ABBREV_END.search(head, max(0, len(head) - _ABBREV_WIDTH))
        or _INITIAL_END.search(head, max(0, len(head) - 3))
    )


_CLOSING = re.compile(r"[.!?:;]$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Sentence:
    """One sentence (or heading) of a document; ``start``/``end`` index the text."""

    index: int
    para: int
    start: int
    end: int
    text: str
    heading: bool
    question: bool


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in order, headings included."""
    out: list[Sentence] = []
    pos = 0
    links = False  # in a "Related Stories" list: other stories' headlines, line by line
    for para, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped:
            if LINKS_HEADING.match(stripped):
                links = True
            elif links and not (_is_heading(stripped) or BULLET.match(stripped)):
                links = False
        if stripped and not links and not BOILERPLATE.match(stripped):
            offset = pos + (len(line) - len(line.lstrip()))
            heading = _is_heading(stripped)
            for start, end in _sentence_spans(stripped):
                chunk = stripped[start:end]
                if start and BOILERPLATE.match(chunk):
                    continue  # "Never miss a decision. Sign up for our newsletter ..."
                out.append(
                    Sentence(
                        index=len(out),
                        para=para,
                        start=offset + start,
                        end=offset + end,
                        text=chunk,
                        heading=heading,
                        question=chunk.rstrip("\"') ").endswith("?"),
                    )
                )
        pos += len(line) + 1
    return out


# Lines a page puts inside the article that are about other stories or the page itself.
BOILERPLATE = re.compile(
    r"^(?:\(?(?:read more|read next|also read|read also|related|recommended|more from|more on|watch|"
    r"up next|keep reading|continue reading|more like this|"
    r"see also|don't miss|you may also like|trending|most read|sign up|subscribe|follow us|"
    r"advertisement|sponsored|image credit|photo credit|photo|credit|featured image)\b\s*[:|\-)]"
    r"|\(?(?:advertisement|sponsored content)\)?$"
    # the page's own prompts: "Sign up for our TV newsletter to get renewal news in your inbox"
    r"|(?:sign up|subscribe|follow us|click here|get (?:the latest|our)|want more|like us on|"
    r"download (?:our|the)|join (?:us|our))\b[^.!?]{0,160}?\b(?:newsletters?|inbox|e-?mails?|"
    r"alerts|notifications|podcast|app|twitter|facebook|instagram|tiktok|youtube|threads|bluesky)\b"
    # an author's bio: "She has covered renewals and cancellations since 2011"
    r"|(?:he|she|they) (?:has|have) (?:covered|written about|reported on|been covering)\b"
    r"|this (?:article|story|post|piece) (?:was|has been|is) (?:originally |first )?"
    r"(?:published|posted|syndicated)\b)",
    re.IGNORECASE,
)
# A heading over a list of links to other stories, one headline a line.
LINKS_HEADING = re.compile(
    r"^(?:related(?: stories| articles| news| coverage| content| reading| posts)?|more (?:stories|"
    r"news|from [\w '’&+.-]{1,30}|on this story|coverage)|read more|read next|also read|see also|"
    r"you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|most (?:read|popular)|"
    r"popular (?:now|stories)|what to read next|more to read|latest (?:news|stories))\W*$",
    re.IGNORECASE,
)
BULLET = re.compile(r"^(?:[-*•]|\d+[.)])\s")  # a list item line


def _is_heading(line: str) -> bool:
    if BULLET.match(line):
        # a list item, not a heading; but a listicle's numbered title line is its section's
        # heading: "1. Orchard Wars, season 3 (Apple TV+)"
        return bool(_NUMBERED_TITLE.match(line))
    words = len(_WORD.findall(line))
    if words == 0 or words > 16:
        return False
    if line.endswith("?"):
        return words <= 14 and _BOUNDARY_SIMPLE.search(line) is None
    return _CLOSING.search(line) is None


_BOUNDARY_SIMPLE = re.compile(r"[.!?]\s+[A-Z]")
_CANDIDATE = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
_NUMBERED_TITLE = re.compile(
    r"^\d{1,2}[.)]\s+(?:The\s+|A\s+)?[A-Z0-9][^.!?:;]{0,60}?,?\s+(?:\(?(?:season|series)\s+\w+\)?)"
    r"(?:\s*\([^()]{2,30}\))?\s*$",
    re.IGNORECASE,
)


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(line):
        head = line[start : m.start() + 1]
        if m.group().startswith(".") and _abbreviation_ends(head):
            continue
        if head.endswith("No.") and line[m.end() : m.end() + 1].isdigit():
            continue  # "No. 1 in 40 countries"
        if start == 0 and _LIST_NUMBER.fullmatch(head):
            continue  # "1. Orchard Wars, season 3 (Apple TV+)": a list item's number
        end = m.end() - len(m.group()) + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    if start < len(line):
        spans.append((start, len(line.rstrip())))
    return spans


_CLAUSES = re.compile(
    r";|\s-\s|,\s+(?:and|but|while|whereas|though|although|so)\s+|:\s+(?=[A-Z])"
    r"|(?<!day),\s+(?=[A-Z][a-z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence as (start, end) offsets: a roundup sentence ("X is back
    for season 3, Y was picked up for a fifth") says one thing per clause."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSES.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]
