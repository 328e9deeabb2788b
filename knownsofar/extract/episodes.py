"""episodes: how many episodes the season has."""

from __future__ import annotations

import re

from knownsofar.extract.context import Context, Found
from knownsofar.extract.lexicon import NUMBER_RE, number_value
from knownsofar.extract.sentences import Sentence

EPISODES = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{NUMBER_RE})[- ](?:(?:new|hour-long|half-hour|one-hour|\w+-minute)[- ])?"
    rf"(?:episodes?|eps|installments|instalments)\b"
    rf"|\ball (?P<all>\d{{1,2}}|{NUMBER_RE}) episodes\b"
    rf"|\b(?P<part>\d{{1,2}}|{NUMBER_RE})-part\b"
    rf"|\b(?:for|making|totall?ing|a total of)\s+(?P<total>\d{{1,2}}|{NUMBER_RE})(?:\s+episodes)?\s+in total\b",
    re.IGNORECASE,
)
# Counts that are not this season's: whole-show totals, inferences, source material.
_NOT_THIS = re.compile(
    r"\b(?:like (?:the )?(?:previous|first|last|earlier|past)|each (?:season|series) (?:has|had)|"
    r"every (?:season|series)|previous seasons?|earlier seasons?|last season|past seasons?|"
    r"anime|manga|novels?|books?|chapters|special|bonus|webtoon|original series|"
    r"shorter than|longer than|so far|to date|likely|"
    r"probably|may|might|could)\b",
    re.IGNORECASE,
)


# "premieres with the first two episodes", "the final three episodes": part of the run.
_PART_OF_RUN = re.compile(r"\b(?:first|last|final|remaining|opening|next|other)\s+$", re.I)


def extract_episodes(ctx: Context, s: Sentence) -> list[Found]:
    """Episode counts of one sentence that are stated for the season itself."""
    m = next(
        (m for m in EPISODES.finditer(s.text) if not _PART_OF_RUN.search(s.text, 0, m.start())),
        None,
    )
    if m is None or s.question:
        return []
    if _NOT_THIS.search(s.text):
        return []
    n = number_value(m.group("n") or m.group("all") or m.group("part") or m.group("total"))
    if not n or n < 2 or n > 40:
        return []
    subject = ctx.subject(s, m.start())
    if subject is None:
        return []
    return [Found(subject, "episodes", n, s.text, s.index, 1.0)]
