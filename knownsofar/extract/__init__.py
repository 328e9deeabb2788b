"""Document -> season records (SPEC: the season record). Pure: no I/O, no clock.

The pipeline: split sentences, find the shows and the subject (show, season) of
every sentence, run each field's extractor over the sentences, then pick, per
subject and field, the finding the document ranks highest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from knownsofar.documents.model import Document
from knownsofar.extract.cast import extract_cast
from knownsofar.extract.context import Context, Found, Subject, build_context
from knownsofar.extract.episodes import extract_episodes
from knownsofar.extract.folded import Folded
from knownsofar.extract.lexicon import JOB_RANKS
from knownsofar.extract.platform import extract_platform
from knownsofar.extract.plot import extract_plot
from knownsofar.extract.production import extract_production
from knownsofar.extract.release import HISTORY_RANK, PART_TWO_RANK, extract_release
from knownsofar.extract.renewal import extract_renewal
from knownsofar.extract.sentences import Sentence, split_sentences
from knownsofar.extract.subjects import find_subjects
from knownsofar.extract.trailer import extract_trailer
from knownsofar.names import actor_key
from knownsofar.record import (
    CastMember,
    Evidence,
    Production,
    Release,
    Renewal,
    SeasonRecord,
    Trailer,
)

__all__ = ["EXTRACTORS", "extract_document"]

Extractor = Callable[[Context, Sentence], list[Found]]

EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("renewal", extract_renewal),
    ("release", extract_release),
    ("production", extract_production),
    ("trailer", extract_trailer),
    ("platform", extract_platform),
    ("episodes", extract_episodes),
    ("cast", extract_cast),
    ("plot", extract_plot),
)

# Cheap gates: a document that never names a season or a renewal verb has no record, nor
# one that never talks about television (a car's "S40", a rugby "series").
_ANY_SEASON = re.compile(
    r"\b(?:season|series|S\d{1,2}\b|renew|cancel|greenlit|picked up|commissioned|install?ment|"
    r"instalment|outing)",
    re.IGNORECASE,
)
_TV_WORDS = re.compile(
    r"\b(?:episodes?|premiere[sd]?|renew(?:ed|al)|showrunner|streamer|streaming|sitcom|"
    r"drama series|tv series|television|the show|the series|season \w+ of|writers'? room|"
    r"trailer|teaser|(?:season|series) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|final|sophomore|"
    r"freshman|\d+(?:st|nd|rd|th))[\s-](?:season|series|run|install?ment|instalment|outing|chapter)|"
    r"picked up for|greenlit|commissioned|filming|cameras|casting|cast members?|on set|sky|bbc|"
    r"netflix|hbo|hulu|disney\+|apple tv|prime video|peacock|paramount\+|"
    r"bbc (?:one|two|three)|itv|channel 4|sky atlantic|fx|amc|starz|showtime|the cw|"
    r"(?:nbc|abc|cbs|fox|max|freeform|crunchyroll|britbox|acorn tv|syfy|tnt|tbs|bravo|channel 5|"
    r"tubi|epix|adult swim|nickelodeon|docuseries|miniseries)\b)",
    re.IGNORECASE,
)
_CLAIM_FIELDS = ("renewal", "release", "production", "trailer", "episodes", "cast")
_GATES = (Folded.of(_ANY_SEASON), Folded.of(_TV_WORDS))


def _worth_reading(text: str) -> bool:
    """The cheap gates: a season or renewal word, and a television word."""
    return all(gate.found_in(text) for gate in _GATES)


def extract_document(doc: Document) -> list[SeasonRecord]:
    """Every season record the document gives information about."""
    text = doc.full_text
    if not _worth_reading(text):
        return []
    sentences = split_sentences(text)
    subjects = find_subjects(sentences, doc.title)
    if not subjects.names:
        return []
    ctx = build_context(sentences, subjects, doc.published)
    found: dict[Subject, list[Found]] = {}
    for s in _readable(sentences):
        for _, extractor in EXTRACTORS:
            for f in extractor(ctx, s):
                found.setdefault(f.subject, []).append(f)
    return _records(ctx, found, doc)


# "An earlier version of this article said ...": the corrected claim, not a claim.
_RETRACTED = re.compile(
    r"\b(?:earlier version of this (?:article|story|piece)|(?:incorrectly|mistakenly|wrongly) "
    r"(?:said|stated|reported|claimed)|misstated)\b",
    re.IGNORECASE,
)
_IS_THERE = re.compile(r"\b(?:is|are) there (?:a|an|any)\b", re.IGNORECASE)
_YES = re.compile(r"^(?:A:\s*)?(?:yes|yep|yeah|correct|that's right|absolutely|indeed)\b", re.I)


def _readable(sentences: list[Sentence]) -> Iterator[Sentence]:
    """The sentences the extractors read: retractions dropped, and a question the next
    sentence answers "Yes" read as the statement it asks about ("Q: Six episodes again?
    A: Yes.")."""
    for s in sentences:
        if _RETRACTED.search(s.text):
            continue
        nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
        if s.question and nxt is not None and _YES.match(nxt.text) and not _IS_THERE.search(s.text):
            text = re.sub(r"^(?:Q:\s*)", "", s.text).rstrip(" ?")
            yield dataclasses.replace(s, text=text, question=False, heading=False)
            continue
        yield s


def _records(ctx: Context, found: dict[Subject, list[Found]], doc: Document) -> list[SeasonRecord]:
    _move_aired_seasons_future(ctx, found, doc.published)
    records: list[SeasonRecord] = []
    latest: dict[str, int] = {}
    for (show, season), items in found.items():
        if any(f.field in _CLAIM_FIELDS for f in items):
            latest[show] = max(latest.get(show, 0), season)
    platforms = {f.value for fs in found.values() for f in fs if f.field == "platform"}
    one_home = (
        len({k for k, _ in found}) == 1 or len(platforms) == 1 or _network_article(ctx, found)
    )
    for subject in sorted(found):
        items = found[subject]
        if not _worth_a_record(subject, items, latest, doc.published):
            continue
        record = _record(ctx, subject, items, doc, found if one_home else None, found)
        records.append(record)
    return records


def _move_aired_seasons_future(
    ctx: Context, found: dict[Subject, list[Found]], published: dt.date | None
) -> None:
    """ "Based on when the first season dropped (December 6, 2024), an early-December
    release is likely": a window still to come, pinned to a season the article says is
    out, belongs to the season the article is about."""
    if published is None:
        return
    for (show, season), items in list(found.items()):
        target = ctx.subjects.targets.get(show, 0)
        if season >= target or not any(_aired(f) for f in items):
            continue
        ahead = [f for f in items if f.field == "release" and _still_to_come(f.value, published)]
        if ahead:
            found[(show, season)] = [f for f in items if f not in ahead]
            moved = [dataclasses.replace(f, subject=(show, target)) for f in ahead]
            found.setdefault((show, target), []).extend(moved)


def _aired(f: Found) -> bool:
    return f.field == "release" and f.value["status"] == "released"


def _still_to_come(value: dict[str, Any], published: dt.date) -> bool:
    """A window still to open (an exact day may be an aired season's second part)."""
    window = value.get("window") if value["status"] == "window" else None
    return bool(window) and dt.date.fromisoformat(str(window[0])) > published


def _network_article(ctx: Context, found: dict[Subject, list[Found]]) -> bool:
    """One network's article ("CBS sets its fall premiere dates"): its headline names one
    platform, which has most of the article's platform mentions; shows the article names
    no home for are that network's."""
    if not ctx.sentences or not ctx.sentences[0].heading:
        return False
    score: dict[str, float] = {}
    for fs in found.values():
        for f in fs:
            if f.field == "platform":
                score[f.value] = score.get(f.value, 0.0) + f.rank
    in_title = [
        f.value for fs in found.values() for f in fs if f.field == "platform" and f.sentence == 0
    ]
    if len(set(in_title)) != 1 or not score:
        return False
    return score.get(in_title[0], 0.0) > sum(score.values()) - score.get(in_title[0], 0.0)


def _worth_a_record(
    subject: Subject, items: list[Found], latest: dict[str, int], published: dt.date | None
) -> bool:
    """A season named in passing (platform or plot only) gets no record; nor does an
    earlier season the article only recaps ("season 1 premiered in 2022 and was renewed
    a month later" in a season-3 article): it needs news of its own."""
    show, season = subject
    claims = [f for f in items if f.field in _CLAIM_FIELDS]
    if not claims or season <= 0:
        return False
    history = [f for f in claims if f.field == "release" and f.rank == HISTORY_RANK]
    if history and all(
        f in history
        or (f.field == "renewal" and f.value["status"] == "renewed")
        or f.field in ("episodes", "cast")
        for f in claims
    ):
        return False  # "the first season premiered in November 2023 and was renewed a month later"
    if season < latest.get(show, season):
        released = any(f.field == "release" and f.value["status"] == "released" for f in claims)
        return any(_is_news(f, released, published) for f in claims)
    return True


def _just_out(value: dict[str, Any], published: dt.date | None) -> bool:
    day = value.get("date")
    if value["status"] != "released" or not day or published is None:
        return False
    return 0 <= (published - dt.date.fromisoformat(str(day))).days <= 14


def _is_news(f: Found, released: bool, published: dt.date | None = None) -> bool:
    value = f.value
    if f.field == "renewal" and value["status"] == "renewed":
        return not released  # "renewed for seasons 3 and 4" is news; an aired season's isn't
    if f.field == "release":
        return (
            bool(value["status"] in ("dated", "window", "not_announced"))
            or f.rank == PART_TWO_RANK
            or _just_out(value, published)  # the season a review covers, "premiered today"
        )
    if f.field == "production":  # an aired season is not being made
        return not released and bool(value["status"] in ("not_started", "filming"))
    if f.field == "renewal":
        return bool(value["status"] in ("pending", "cancelled", "final"))
    return f.field == "trailer" and not released  # "rewatch the season 2 trailer"


def _record(  # noqa: PLR0913 - the subject's findings, and the document's for fallbacks
    ctx: Context,
    subject: Subject,
    items: list[Found],
    doc: Document,
    all_found: dict[Subject, list[Found]] | None,
    everything: dict[Subject, list[Found]] | None = None,
) -> SeasonRecord:
    show, season = subject
    by_field: dict[str, list[Found]] = {}
    for f in items:
        by_field.setdefault(f.field, []).append(f)
    chosen: dict[str, Found] = {}
    for field in ("release", "trailer", "episodes"):
        if field in by_field:
            chosen[field] = _best(by_field[field])
    if "renewal" in by_field:
        days = by_field.get("renewal_day") or _show_wide(everything, show, "renewal_day")
        chosen["renewal"] = _with_day(_renewal(by_field["renewal"]), by_field, days)
    if "production" in by_field:
        chosen["production"] = max(
            by_field["production"],
            key=lambda f: (f.rank, f.value["as_of"] or "", -f.sentence),
        )
    show_wide = _show_wide(everything, show, "platform")
    # else another season of the show names it
    platform = _platform(by_field.get("platform", []), show_wide) or _platform(show_wide)
    if platform is None and all_found is not None:
        platform = _platform([f for fs in all_found.values() for f in fs if f.field == "platform"])
    record: dict[str, Any] = {
        "show": ctx.subjects.names.get(show, show),
        "season": season,
        "platform": platform.value if platform else None,
        "renewal": Renewal(**chosen["renewal"].value) if "renewal" in chosen else Renewal(),
        "release": Release(**chosen["release"].value) if "release" in chosen else Release(),
        "production": Production(**chosen["production"].value)
        if "production" in chosen
        else Production(),
        "trailer": Trailer(**chosen["trailer"].value) if "trailer" in chosen else Trailer(),
        "episodes": chosen["episodes"].value if "episodes" in chosen else None,
        "cast": _cast(by_field.get("cast", [])),
        "plot": _plot(by_field.get("plot", [])),
    }
    implied_by = _imply_renewal(record, chosen, by_field.get("cast", []))
    cancelled = record["renewal"].status == "cancelled"
    if cancelled and record["production"].status == "not_started":
        record["production"] = Production()  # a cancelled season is not being made
    cast = by_field.get("cast", [])
    if cancelled and not _being_made(record):  # nobody joins or returns to a season that will
        # not be made; one filming, wrapped or dated is being made, whatever read as cancelled
        record["cast"] = [m for m in record["cast"] if m.status == "not_returning"]
        cast = [f for f in cast if f.value["status"] == "not_returning"]
    evidence = [f for f in chosen.values()] + ([platform] if platform else [])
    if implied_by is not None:  # the renewal's citation is the news that implies it
        evidence.append(dataclasses.replace(implied_by, field="renewal"))
    evidence += cast
    record["evidence"] = _evidence(evidence, doc)
    return SeasonRecord(**record)


def _being_made(record: dict[str, Any]) -> bool:
    """Whether the record shows the season being made: filming or wrapped, released, dated,
    or given a window by its makers."""
    return record["production"].status in _SHOOTING or _official(record["release"])


_SHOOTING = ("filming", "wrapped")


def _official(release: Release) -> bool:
    """Released, dated, or given a window by its makers."""
    return release.status in ("released", "dated") or (
        release.status == "window" and release.confirmed
    )


def _show_wide(found: dict[Subject, list[Found]] | None, show: str, field: str) -> list[Found]:
    """The findings of one field told of any season of the show."""
    return [f for (k, _), fs in (found or {}).items() if k == show for f in fs if f.field == field]


def _best(items: list[Found]) -> Found:
    return max(items, key=lambda f: (f.rank, -f.sentence))


def _renewal(items: list[Found]) -> Found:
    """The best renewal claim; a season told to be the last is renewed and more, so "final"
    stands over "renewed" wherever each is said ("renewed for a third and a fourth season"
    in one sentence, "season 4 will be the final one" in the next)."""
    best = _best(items)
    finals = [f for f in items if f.value["status"] == "final"]
    if best.value["status"] == "renewed" and finals:
        return _best(finals)
    return best


def _with_day(best: Found, by_field: dict[str, list[Found]], days: list[Found]) -> Found:
    """The renewal claim with the day it was announced, when ``best`` gives none: the best
    claim of the same status that does ("Renewed for Season 3" in the headline, "renewed it
    on Monday" in the text), else ``best`` dated by a sentence that only dates the news
    (``days``: "The news was announced today", told of this season or, failing that, of
    another season of the show: "..., a month after the Season 2 finale", "The early
    pickup, confirmed by HBO today, comes on the back of ... a first season that ...");
    a pending claim has no day."""
    status = best.value["status"]
    if best.value["date"] or status == "pending":
        return best
    # the day a final season was ordered may come with "renewed" ("renewed on Monday ...
    # Season 4 will be the last")
    same = ("final", "renewed") if status == "final" else (status,)
    dated = [f for f in by_field["renewal"] if f.value["status"] in same and f.value["date"]]
    if dated:
        day = _best(dated).value["date"]
        return dataclasses.replace(best, value={**best.value, "date": day})
    if days:
        day = min(days, key=lambda f: f.sentence).value
        return dataclasses.replace(best, value={**best.value, "date": day})
    return best


def _platform(items: Sequence[Found], show_wide: Sequence[Found] = ()) -> Found | None:
    """The platform most strongly tied to the season; a broadcaster's name gives way to
    its channel named for this season or, failing that, for another season of the show
    ("The BBC hasn't commissioned a third series" after "series 2 airs on BBC One")."""
    if not items:
        return None
    score = _scores(items)
    name = max(score, key=lambda n: (score[n], n))
    # "The BBC has confirmed ... on BBC One, and on iPlayer": the channel airing it is the
    # precise answer; the broadcaster's name and its catch-up service are not.
    family = _CHANNELS.get(name)
    # Max is a home of its own: HBO takes its place only when named as the show's network
    # ("HBO's drama", "on HBO"), not in a list of photo credits
    family_rank = _TIED if name in _STREAMERS_OF_NETWORKS else 0.0
    if family:
        for pool in (items, show_wide):
            tied = [f for f in pool if f.value in family and f.rank >= family_rank]
            channels = _scores(tied)
            if channels:
                name = max(channels, key=lambda n: (channels[n], n))
                return next(f for f in tied if f.value == name)
    return next(f for f in items if f.value == name)


def _scores(items: Sequence[Found]) -> dict[str, float]:
    score: dict[str, float] = {}
    for f in items:
        score[f.value] = score.get(f.value, 0.0) + f.rank
    return score


_TIED = 2.0
"""The rank of a platform named as the season's home ("on HBO", "HBO's drama"), not in
passing ("Credits: HBO")."""
_STREAMERS_OF_NETWORKS = frozenset({"Max", "HBO Max"})
_CHANNELS = {
    "BBC": ("BBC One", "BBC Two", "BBC Three"),
    "BBC iPlayer": ("BBC One", "BBC Two", "BBC Three"),
    "ITV": ("ITV2", "ITV3", "ITV4"),
    "ITVX": ("ITV2", "ITV3", "ITV4"),
    "Sky": ("Sky Atlantic", "Sky Max", "Sky Showcase", "Sky Comedy", "Sky One"),
    "HBO Max": ("HBO",),
    "Max": ("HBO",),
}


def _imply_renewal(
    record: dict[str, Any], chosen: dict[str, Found], cast: list[Found]
) -> Found | None:
    """SPEC: renewal is implied when the season is being made, dated or released; returns
    the finding that implies it."""
    renewal: Renewal = record["renewal"]
    release: Release = record["release"]
    # "There's no decision yet" beside a season being shot or dated is about the next one
    # (not when one sentence says both: "filming wrapped, and a third season is undecided")
    made = record["production"].status in _SHOOTING and _apart(chosen, "production")
    dated = release.status in ("released", "dated") and _apart(chosen, "release")
    undecided_yet_made = renewal.status == "pending" and (made or dated)
    if renewal.status != "unknown" and not undecided_yet_made:
        return None
    because: Found | None = None
    if record["production"].status in ("not_started", "filming", "wrapped"):
        because = chosen.get("production")
    elif _official(release):
        because = chosen.get("release")
    elif record["trailer"].status in ("trailer", "teaser"):
        because = chosen.get("trailer")  # footage of the season: it is being made
    else:
        because = next((f for f in cast if f.value["status"] == "confirmed"), None)
    if because is not None:
        record["renewal"] = Renewal(status="renewed", date=None)
    return because


def _apart(chosen: dict[str, Found], field: str) -> bool:
    """Whether the chosen renewal and ``field`` findings come from different sentences."""
    renewal, other = chosen.get("renewal"), chosen.get(field)
    return renewal is None or other is None or renewal.sentence != other.sentence


def _cast(items: list[Found]) -> list[CastMember]:
    merged: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for f in sorted(items, key=lambda f: (f.sentence, f.rank)):
        key = actor_key(f.value["actor"])
        if key not in merged:
            merged[key] = dict(f.value)
            order.append(key)
            continue
        entry = merged[key]
        entry["status"] = f.value["status"]
        entry["character"] = entry["character"] or f.value["character"]
        entry["new"] = entry["new"] or f.value["new"]
    for entry in merged.values():
        entry["character"] = entry["character"] and _without_rank(entry["character"])
    return [CastMember(**merged[k]) for k in order]


# A job or rank before a character's name ("DI Carys Bell", "Dr. Hana Vey", "Sheriff Lena
# Castellane") is not part of the name; a title of rank by birth or vocation is
# ("Lady Catriona", "Father Tom", "Queen Maelis").
_RANK = re.compile(
    rf"^(?:(?:{JOB_RANKS}|Dr|Doctor|Chief|Judge|Magistrate|DSU|WPC|Col|Cpl|Private|Pvt|General|"
    r"Gen|Admiral|Special Agent|Professor|Prof|Principal|Mayor|Chancellor|Councillor|"
    r"Harbormaster|Harbourmaster|ADA|DA)\.?\s+)+"
)


def _without_rank(character: str) -> str:
    """The character's name without a leading job or rank, when a full name remains."""
    rest = _RANK.sub("", character)
    return rest if rest != character and len(rest.split()) >= 2 else character


def _plot(items: list[Found]) -> list[str]:
    seen: list[str] = []
    for f in sorted(items, key=lambda f: f.sentence):
        if f.value not in seen:
            seen.append(f.value)
    return seen[:8]


def _evidence(items: list[Found], doc: Document) -> list[Evidence]:
    out: list[Evidence] = []
    for f in items:
        out.append(Evidence(field=f.field, quote=f.quote, doc=doc.id, published=doc.published))
    return out
