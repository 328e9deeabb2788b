"""Request parameters shared by routes: the site, season filters, paging."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from pydantic import BeforeValidator

from knownsofar.record import ReleaseStatus, RenewalStatus
from knownsofar.serve.query import Page, SeasonQuery, SortName
from knownsofar.serve.site import Site

__all__ = ["PagingDep", "QueryDep", "SiteDep", "paging_headers"]


def _blank_is_none(value: object) -> object:
    """An empty form field ("any") means no filter."""
    return None if value == "" else value


Blankable = BeforeValidator(_blank_is_none)


def get_site(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


def season_query(  # noqa: PLR0913 (one parameter per query filter)
    q: Annotated[
        str | None, Query(max_length=200, description="Part of a show name."), Blankable
    ] = None,
    renewal: Annotated[RenewalStatus | None, Query(), Blankable] = None,
    release: Annotated[ReleaseStatus | None, Query(), Blankable] = None,
    platform: Annotated[str | None, Query(max_length=100), Blankable] = None,
    stale: Annotated[bool | None, Query(description="Only expired predictions."), Blankable] = None,
    sort: Annotated[SortName, Query(description="A column; '-column' sorts descending.")] = "show",
) -> SeasonQuery:
    return SeasonQuery(
        q=q, renewal=renewal, release=release, platform=platform, stale=stale, sort=sort
    )


@dataclass(frozen=True)
class Paging:
    page: int
    per_page: int


def paging(
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Paging:
    return Paging(page, per_page)


SiteDep = Annotated[Site, Depends(get_site)]
QueryDep = Annotated[SeasonQuery, Depends(season_query)]
PagingDep = Annotated[Paging, Depends(paging)]


def paging_headers(request: Request, page: Page[Any]) -> dict[str, str]:
    """``X-Total-Count`` and an RFC 8288 ``Link`` (first, prev, next, last) for a page."""

    def url(n: int) -> str:
        return str(request.url.include_query_params(page=n, per_page=page.per_page))

    links = [(1, "first")]
    if page.page > 1:
        links.append((min(page.page - 1, page.pages), "prev"))
    if page.page < page.pages:
        links.append((page.page + 1, "next"))
    links.append((page.pages, "last"))
    return {
        "X-Total-Count": str(page.total),
        "Link": ", ".join(f'<{url(n)}>; rel="{rel}"' for n, rel in links),
    }
