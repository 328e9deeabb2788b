#!/usr/bin/env python3
"""Expected resolved states of a labelled eval set, derived from SPEC.md alone.

    python tests/data/eval/states/make_states.py LABELS.jsonl [-o STATES.jsonl]
                                                 [--today 2026-11-23]

LABELS.jsonl has one article per line, ``{"id", "published", "title", "url",
"text", "labels": [season records]}``. Each hand-made label is read as that
article's claims; all claims about one (show, season) are resolved by SPEC's
"Resolving: the season's current state" rules, and one line per labelled
season is written: ``{"show", "season", "state": {partial SeasonState}}``, the
format ``knownsofar eval LABELS --states STATES`` scores.

Standalone on purpose (standard library only; it does not use knownsofar's
resolver): it is an independent reading of SPEC. See README.md next to it for
the rules as implemented and the cases left open. A summary (seasons, open
cases left out, stale releases, readings applied) goes to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 11, 23)
RETURNING = {"confirmed", "expected", "possible"}
STRENGTH = {"possible": 0, "expected": 1, "confirmed": 2}
STRONG = {"confirmed", "not_returning"}  # see README: the other reading of rule 2 for cast
# Same spellings the evaluator treats as one platform (so they never "disagree").
PLATFORM_ALIASES = {
    "apple tv+": "apple tv",
    "apple tv plus": "apple tv",
    "amazon prime video": "prime video",
    "amazon prime": "prime video",
    "prime": "prime video",
    "disney plus": "disney+",
    "paramount plus": "paramount+",
    "peacock tv": "peacock",
}


# -- keys ---------------------------------------------------------------------


def show_key(name: str) -> str:
    """Shows match case-insensitively, ignoring a leading "The" (and extra spaces)."""
    return re.sub(r"^the\s+", "", " ".join(name.casefold().split()))


def actor_key(name: str) -> str:
    """Actors match case-, accent- and hyphen-insensitively (SPEC rule 5); spaces too."""
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑–—]+", "", text)


def platform_key(name: str) -> str:
    folded = " ".join(name.casefold().split())
    return PLATFORM_ALIASES.get(folded, folded)


def day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


# -- claims and the generic rule ----------------------------------------------


@dataclass(frozen=True)
class Claim:
    """One article's statement about one field of one season."""

    doc: str
    when: dt.date | None  # the date it holds: published, or a stated as-of date
    confirmed: bool  # only used for release (SPEC rule 2)
    key: Any  # what "disagree" compares
    value: Any  # what goes into the state


def top(claims: list[Claim], confirmed_rank: bool = False) -> list[Claim]:
    """The claims of the best rank and latest date (several when tied).

    Rule 1: later replaces earlier; undated documents only where no dated one speaks.
    Rule 2 (``confirmed_rank``): a confirmed claim outranks unconfirmed ones of any date.
    """
    pool = [c for c in claims if c.when is not None] or claims
    if confirmed_rank:
        pool = [c for c in pool if c.confirmed] or pool
    if not pool:
        return []
    latest = max((c.when for c in pool if c.when is not None), default=None)
    return [c for c in pool if c.when == latest]


def agreed(tied: list[Claim]) -> bool:
    return len({repr(c.key) for c in tied}) == 1


# -- one season ---------------------------------------------------------------


class Resolver:
    """Resolves every labelled season; counts the open cases it leaves out."""

    def __init__(self, today: dt.date, cast_conflicts: str = "drop-actor") -> None:
        self.today = today
        self.open: Counter[str] = Counter()
        # Readings where another reasonable reading of SPEC would give a different state
        # (applied as README.md describes, counted so they stay visible).
        self.readings: Counter[str] = Counter()
        self.stale = 0
        self.cast_conflicts = cast_conflicts

    def season(self, records: list[tuple[str, dt.date | None, dict[str, Any]]]) -> dict[str, Any]:
        """``records``: (doc id, published, label) for every label of this season."""
        state: dict[str, Any] = {}
        self._platform(records, state)
        self._renewal(records, state)
        self._release(records, state)
        self._production(records, state)
        self._trailer(records, state)
        self._episodes(records, state)
        self._cast(records, state)
        return state

    def _simple(self, name: str, claims: list[Claim], state: dict, empty: Any) -> Claim | None:
        """Rule 1 + 4 for a single-valued field; ``empty`` when nobody states it."""
        if not claims:
            state[name] = empty
            return None
        tied = top(claims)
        if not agreed(tied):
            self.open[name] += 1
            return None
        state[name] = tied[-1].value
        return tied[-1]

    def _platform(self, records, state) -> None:
        claims = [
            Claim(doc, pub, False, platform_key(r["platform"]), r["platform"])
            for doc, pub, r in records
            if r.get("platform")
        ]
        self._simple("platform", claims, state, None)

    def _episodes(self, records, state) -> None:
        claims = [
            Claim(doc, pub, False, r["episodes"], r["episodes"])
            for doc, pub, r in records
            if r.get("episodes") is not None
        ]
        self._simple("episodes", claims, state, None)

    def _trailer(self, records, state) -> None:
        claims = []
        for doc, pub, r in records:
            status = (r.get("trailer") or {}).get("status", "unknown")
            if status != "unknown":
                claims.append(Claim(doc, pub, False, status, {"status": status}))
        self._simple("trailer", claims, state, {"status": "unknown"})

    def _renewal(self, records, state) -> None:
        claims = []
        for doc, pub, r in records:
            renewal = r.get("renewal") or {}
            status = renewal.get("status", "unknown")
            if status != "unknown":
                claims.append(Claim(doc, pub, False, status, renewal.get("date")))
        if not claims:
            state["renewal"] = {"status": "unknown", "date": None}
            return
        tied = top(claims)
        if not agreed(tied):
            self.open["renewal"] += 1
            return
        status = tied[0].key
        # The announcement day: the latest claim of the winning status that gives one.
        dated = [c for c in claims if c.key == status and c.value]
        if dated and not tied[-1].value:
            self.readings["renewal date kept from an earlier claim of the same status"] += 1
        renewal: dict[str, Any] = {"status": status, "date": None}
        dates = {c.value for c in top(dated)}
        if len(dates) == 1:
            renewal["date"] = dates.pop()
        elif dates:  # equal-date claims giving different days: left out
            del renewal["date"]
            self.open["renewal date"] += 1
        state["renewal"] = renewal

    def _production(self, records, state) -> None:
        claims = []
        for doc, pub, r in records:
            production = r.get("production") or {}
            status = production.get("status", "unknown")
            if status != "unknown":
                when = day(production.get("as_of")) or pub
                value = {"status": status, "as_of": when.isoformat() if when else None}
                claims.append(Claim(doc, when, False, status, value))
        self._simple("production", claims, state, {"status": "unknown", "as_of": None})

    def _release(self, records, state) -> None:
        claims = []
        for doc, pub, r in records:
            release = r.get("release") or {}
            status = release.get("status", "unknown")
            if status == "unknown":
                continue
            confirmed = True if status == "released" else bool(release.get("confirmed"))
            window = release.get("window")
            value = {
                "status": status,
                "date": release.get("date"),
                "window": list(window) if window else None,
                "confirmed": confirmed,
            }
            key = (status, value["date"], tuple(window) if window else None)
            claims.append(Claim(doc, pub, confirmed, key, value))
        if not claims:
            state["release"] = {
                "status": "unknown",
                "date": None,
                "window": None,
                "confirmed": False,
                "stale": False,
            }
            return
        tied = top(claims, confirmed_rank=True)
        dated = [c for c in claims if c.when is not None]
        if dated and not any(c.confirmed for c in dated) and any(c.confirmed for c in claims):
            self.readings["release: undated confirmed claim below dated unconfirmed (rule 1)"] += 1
        release: dict[str, Any] = {}
        for sub in ("status", "date", "window", "confirmed"):
            values = {json.dumps(c.value[sub]) for c in tied}
            if len(values) == 1:
                release[sub] = tied[0].value[sub]
        if len(release) < 4:
            self.open[
                "release ("
                + ", ".join(
                    s for s in ("status", "date", "window", "confirmed") if s not in release
                )
                + " left out)"
            ] += 1
        # Rule 3: a dated/window release whose period has passed is stale.
        status = release.get("status")
        if status in ("dated", "window") and ("date" in release and "window" in release):
            end = release["window"][1] if status == "window" and release["window"] else None
            end = end or (release["date"] if status == "dated" else None)
            if end is not None:
                release["stale"] = day(end) < self.today
                self.stale += release["stale"]
        elif status in ("released", "not_announced"):
            release["stale"] = False
        state["release"] = release

    def _cast(self, records, state) -> None:
        by_actor: dict[str, list[Claim]] = defaultdict(list)
        order: list[str] = []
        for doc, pub, r in records:
            for member in r.get("cast") or []:
                key = actor_key(member["actor"])
                if key not in by_actor:
                    order.append(key)
                by_actor[key].append(Claim(doc, pub, False, member["status"], member))
        cast = []
        for key in order:
            claims = by_actor[key]
            tied = top(claims)
            if not agreed(tied):
                statuses = {c.key for c in tied}
                if statuses <= RETURNING:  # only which of confirmed/expected/possible is open
                    self.open["cast actor (statuses all returning)"] += 1
                    if self.cast_conflicts == "drop-actor":
                        continue
                    tied = sorted(tied, key=lambda c: STRENGTH[c.key])
                else:
                    self.open["cast actor (returning vs not_returning)"] += 1
                    continue
            winner = tied[-1].value
            # The other reading: rule 2 for cast too (confirmed/not_returning outrank
            # expected/possible of any date). Counted where it would pick another status.
            ranked = [Claim(c.doc, c.when, c.key in STRONG, c.key, c.value) for c in claims]
            other = top(ranked, confirmed_rank=True)
            if agreed(other) and other[0].key != winner["status"]:
                flips = (other[0].key == "not_returning") != (winner["status"] == "not_returning")
                self.readings[
                    "cast: latest status over an earlier confirmed/not_returning (rule 5)"
                    + (", changes returning/leaving" if flips else ", both returning")
                ] += 1
            character = winner.get("character") or next(
                (
                    c.value.get("character")
                    for c in reversed(top_sorted(claims))
                    if c.value.get("character")
                ),
                None,
            )
            cast.append(
                {
                    "actor": winner["actor"],
                    "character": character,
                    "status": winner["status"],
                    "new": any(c.value.get("new") for c in claims),
                }
            )
        state["cast"] = cast


def top_sorted(claims: list[Claim]) -> list[Claim]:
    """Claims oldest first (undated first), for picking the latest non-null sub-value."""
    return sorted(claims, key=lambda c: (c.when is not None, c.when or dt.date.min))


# -- files --------------------------------------------------------------------


def make_states(lines, resolver: Resolver) -> list[dict[str, Any]]:
    seasons: dict[tuple[str, int], list] = defaultdict(list)
    names: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for line in lines:
        if not line.strip():
            continue
        article = json.loads(line)
        doc, pub = article.get("id") or article.get("url"), day(article.get("published"))
        for label in article.get("labels") or []:
            key = (show_key(label["show"]), int(label["season"]))
            seasons[key].append((doc, pub, label))
            names[key][label["show"]] += 1
    out = []
    for key in sorted(seasons):
        show = names[key].most_common(1)[0][0]
        out.append({"show": show, "season": key[1], "state": resolver.season(seasons[key])})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", help="labelled JSON Lines set")
    parser.add_argument("-o", "--out", help="STATES.jsonl to write (default: stdout)")
    parser.add_argument("--today", default=TODAY.isoformat(), help="YYYY-MM-DD (stale rule)")
    parser.add_argument(
        "--cast-conflicts",
        choices=("drop-actor", "keep-returning"),
        default="drop-actor",
        help="equal-date claims about one actor that disagree only on confirmed/expected/"
        "possible: leave the actor out (default) or keep it with the strongest status "
        "(returning vs not_returning disagreements always leave the actor out)",
    )
    args = parser.parse_args(argv)
    resolver = Resolver(dt.date.fromisoformat(args.today), args.cast_conflicts)
    with Path(args.labels).open(encoding="utf-8") as f:
        states = make_states(f, resolver)
    text = "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in states)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    left_out = ", ".join(f"{k} {v}" for k, v in sorted(resolver.open.items())) or "none"
    readings = "; ".join(f"{k}: {v}" for k, v in sorted(resolver.readings.items())) or "none"
    sys.stderr.write(
        f"{args.labels}: {len(states)} seasons, {resolver.stale} stale releases, "
        f"open cases left out: {left_out}; readings applied: {readings}\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
