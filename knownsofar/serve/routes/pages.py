"""HTML pages and the feed: the scorecard, the live article, the Atom feed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from knownsofar.changes import render_changes_atom
from knownsofar.record import ReleaseStatus, RenewalStatus
from knownsofar.render import render_article_html
from knownsofar.serve.query import SeasonQuery, find_seasons, page_of
from knownsofar.serve.routes.deps import Paging, PagingDep, QueryDep, SiteDep
from knownsofar.serve.site import Snapshot
from knownsofar.serve.templating import render_page

__all__ = ["router"]

router = APIRouter()

ShowPath = Annotated[str, Path(description="Show slug or title (SPEC: SHOW matching).")]
SeasonPath = Annotated[int, Path(ge=0, le=10_000)]
FEED_LIMIT = 100
_RENEWAL: tuple[RenewalStatus, ...] = ("renewed", "final", "pending", "cancelled", "unknown")
_RELEASE: tuple[ReleaseStatus, ...] = ("released", "dated", "window", "not_announced", "unknown")


def article_fragment(page: str) -> str:
    """The ``<article>`` element of a page from ``render_article_html``.

    Article text in it is escaped, so the only literal ``<article>`` tags are the
    template's own.
    """
    start, end = page.find("<article>"), page.rfind("</article>")
    if start < 0 or end < start:
        raise RuntimeError("render_article_html returned no <article> element")
    return page[start : end + len("</article>")]


@router.get("/", response_class=HTMLResponse, summary="Scorecard of every tracked season")
def scorecard(request: Request, site: SiteDep, query: QueryDep, paging: PagingDep) -> HTMLResponse:
    snapshot = site.snapshot()
    html = snapshot.memo(
        "scorecard", request.url.query, lambda: _scorecard(request, snapshot, query, paging)
    )
    return HTMLResponse(html)


def _scorecard(request: Request, snapshot: Snapshot, query: SeasonQuery, paging: Paging) -> str:
    """The scorecard page (the same for the same query string and snapshot)."""
    page = page_of(find_seasons(snapshot, query), paging.page, min(paging.per_page, 200))

    def link(**changes: object) -> str:
        params = {k: v for k, v in request.query_params.items() if v}
        params.update({k: str(v) for k, v in changes.items() if v is not None})
        for k in (k for k, v in changes.items() if v is None):
            params.pop(k, None)
        return str(request.url.replace_query_params(**params).replace(scheme="", netloc=""))

    filtered = any((query.q, query.renewal, query.release, query.platform, query.stale))
    return render_page(
        "scorecard.html",
        today=snapshot.today,
        page=page,
        query=query,
        filtered=filtered,
        link=link,
        platforms=snapshot.platforms,
        renewal_statuses=_RENEWAL,
        release_statuses=_RELEASE,
    )


@router.get("/shows/{show}", include_in_schema=False)
def latest_article(show: ShowPath, site: SiteDep) -> RedirectResponse:
    """The latest season's article of a show."""
    return RedirectResponse(site.snapshot().find(show).path, status_code=302)


@router.get("/shows/{show}/seasons/{n}", response_class=HTMLResponse, summary="The live article")
def article(show: ShowPath, n: SeasonPath, site: SiteDep) -> HTMLResponse:
    """The "everything we know so far" article, with citations and a timeline."""
    snapshot = site.snapshot()
    row = snapshot.find(show, n)
    # Markup: render_article_html escaped every article text already.
    body = Markup(article_fragment(render_article_html(row.state, snapshot.today)))
    html = render_page("article.html", today=snapshot.today, row=row, article=body)
    return HTMLResponse(html)


@router.get(
    "/feed.atom",
    response_class=Response,
    summary="Changes as an Atom feed",
    responses={200: {"content": {"application/atom+xml": {}}}},
)
def feed(site: SiteDep) -> Response:
    """The newest ``FEED_LIMIT`` changes of the log, as ``knownsofar changes --format atom``."""
    snapshot = site.snapshot()
    xml = render_changes_atom(list(snapshot.log[-FEED_LIMIT:]), snapshot.today)
    return Response(xml, media_type="application/atom+xml; charset=utf-8")
