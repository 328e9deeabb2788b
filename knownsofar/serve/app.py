"""``create_app``: the FastAPI app over a store (SPEC: ``serve``).

Routes are thin: they read a ``Site`` snapshot (``site.py``), pick and page
(``query.py``), and hand over to templates, the article renderer or the feed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from knownsofar import dates
from knownsofar.serve.errors import install_error_handlers
from knownsofar.serve.routes import api, pages
from knownsofar.serve.security import MAX_BODY_BYTES, SecurityMiddleware
from knownsofar.serve.site import MAX_AGE_SECONDS, Site, TodayProvider
from knownsofar.store import Store, open_store

__all__ = ["create_app"]

STATIC = Path(__file__).parent / "static"


def create_app(
    store: Store | str | Path,
    today_provider: TodayProvider = dates.today,
    token: str | None = None,
    *,
    max_body: int = MAX_BODY_BYTES,
    max_age: float = MAX_AGE_SECONDS,
) -> FastAPI:
    """The web app over ``store`` (a Store, or a path it opens and closes on shutdown).

    ``today_provider`` gives the day stale predictions are judged by; ``token``
    enables ``POST /api/documents`` for ``Authorization: Bearer <token>`` (None:
    writes are off).
    """
    owned = not isinstance(store, Store)
    opened = open_store(store) if not isinstance(store, Store) else store

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            opened.close()

    app = FastAPI(
        title="knownsofar",
        summary="A live, sourced record of every upcoming TV season, from the news.",
        version="0.1.0",
        docs_url=None,  # Swagger/ReDoc load scripts from a CDN; the CSP allows only 'self'
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.site = Site(opened, today_provider, token, max_age)
    app.state.max_body = max_body
    install_error_handlers(app)
    app.add_middleware(SecurityMiddleware, max_body=max_body)
    app.include_router(pages.router)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
