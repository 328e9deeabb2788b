"""The JSON API (SPEC: serve): seasons, one season, changes, and ingesting a document."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from knownsofar.record import SeasonState
from knownsofar.serve.changes import changes_since
from knownsofar.serve.errors import ApiError
from knownsofar.serve.models import IngestResult, LoggedChange
from knownsofar.serve.query import find_seasons, page_of
from knownsofar.serve.routes.deps import PagingDep, QueryDep, SiteDep, paging_headers
from knownsofar.serve.security import check_bearer, read_body

__all__ = ["router"]

router = APIRouter(prefix="/api")

_ERROR: dict[str, Any] = {
    "description": "Error",
    "content": {
        "application/json": {
            "example": {"error": {"status": 404, "message": "no show matches 'x'"}}
        }
    },
}
_DOCUMENT_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "description": "One document in SPEC's JSON Lines format; text or html needed.",
                "properties": {
                    k: {"type": "string"}
                    for k in ("id", "url", "title", "published", "text", "html")
                },
            }
        }
    },
}


@router.get("/seasons", response_model=list[SeasonState], responses={422: _ERROR})
def list_seasons(request: Request, site: SiteDep, query: QueryDep, paging: PagingDep) -> Response:
    """Every tracked season's state, filtered and paged (``X-Total-Count``, ``Link``)."""
    page = page_of(find_seasons(site.snapshot(), query), paging.page, paging.per_page)
    body = b"[" + b",".join(row.json for row in page.items) + b"]"
    return _json(body, paging_headers(request, page))


@router.get(
    "/shows/{show}/seasons/{n}",
    response_model=SeasonState,
    responses={404: _ERROR, 409: _ERROR},
)
def get_season(
    show: Annotated[str, Path(description="Show slug or title (SPEC: SHOW matching).")],
    n: Annotated[int, Path(ge=0, le=10_000)],
    site: SiteDep,
) -> Response:
    """One season's resolved state (SPEC: resolving)."""
    return _json(site.snapshot().find(show, n).json)


@router.get("/changes", response_model=list[LoggedChange], responses={422: _ERROR})
def list_changes(
    request: Request,
    site: SiteDep,
    paging: PagingDep,
    since: Annotated[
        dt.date | None, Query(description="YYYY-MM-DD: changes recorded on or after it.")
    ] = None,
) -> Response:
    """The change log, oldest first, as ``knownsofar changes --format json`` (paged)."""
    changes = changes_since(site.snapshot().log, since)
    page = page_of(changes, paging.page, paging.per_page)
    body = json.dumps([c.as_json() for c in page.items], ensure_ascii=False).encode()
    return _json(body, paging_headers(request, page))


def _json(body: bytes, headers: dict[str, str] | None = None) -> Response:
    """JSON serialised here; FastAPI still documents the route's response_model."""
    return Response(body, media_type="application/json", headers=headers)


def _require_json(content_type: str | None) -> None:
    media = (content_type or "application/json").split(";", 1)[0].strip().lower()
    if media != "application/json":
        raise ApiError(415, f"send the document as application/json, not {media}")


@router.post(
    "/documents",
    status_code=201,
    response_model=IngestResult,
    responses={
        200: {"description": "Already stored"},
        **{s: _ERROR for s in (400, 401, 403, 413, 415)},
    },
    openapi_extra={"requestBody": _DOCUMENT_BODY},
)
async def post_document(
    request: Request,
    response: Response,
    site: SiteDep,
    authorization: Annotated[str | None, Header(description="Bearer <token>")] = None,
) -> IngestResult:
    """Ingest one article (needs the server's bearer token; off when none is set)."""
    check_bearer(authorization, site.token)
    _require_json(request.headers.get("content-type"))
    body = await read_body(request, request.app.state.max_body)
    result = await run_in_threadpool(site.ingest, body)
    if not result.added:
        response.status_code = 200
    return result
