"""plot: sentences about the story of the season."""

from __future__ import annotations

import re

from knownsofar.extract.context import Context, Found
from knownsofar.extract.sentences import Sentence

PLOT_HEADING = re.compile(
    r"\b(?:plot|story|storyline|happen|synopsis|about|expect from|spoilers?)\b", re.I
)
PLOT_CUE = re.compile(
    r"\b(?:(?:will|set to|is going to) (?:follow|pick up|explore|focus|centre|center|see|find|"
    r"delve|continue|tell)|picks up (?:where|after|right)|synopsis|logline|official description|"
    r"the (?:new )?season (?:follows|finds|sees|explores|centers|centres|will))\b",
    re.IGNORECASE,
)
_NOT_PLOT = re.compile(
    r"\b(?:update|live article|release date|trailer|renew\w*|filming|premiere|cast|subscribe|"
    r"click|follow us|newsletter)\b",
    re.IGNORECASE,
)


def extract_plot(ctx: Context, s: Sentence) -> list[Found]:
    """A plot sentence about the season (under a story heading, or with a story cue)."""
    if ctx.subjectless(s):
        return []  # every finding's subject is ctx.subject(s, ...)
    if s.heading or s.question or len(s.text) < 40 or _NOT_PLOT.search(s.text):
        return []
    heading = ctx.headings.get(s.index)
    in_section = heading is not None and PLOT_HEADING.search(heading.text) is not None
    if not (in_section or PLOT_CUE.search(s.text)):
        return []
    subject = ctx.subject(s, 0)
    if subject is None:
        return []
    return [Found(subject, "plot", s.text, s.text, s.index, 0.0)]
