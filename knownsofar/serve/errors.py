"""One error shape for every failing response: ``{"error": {"status", "message"}}``.

``KnownsofarError`` subclasses carry their ``http_status`` (NotFound 404,
AmbiguousShow 409, InputError 400/413/415); Starlette's HTTP errors (unknown
route, wrong method) and request validation errors map to the same shape.
A test (``tests/test_api.py``) pins it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from knownsofar.errors import KnownsofarError

__all__ = ["ApiError", "error_response", "install_error_handlers"]

log = logging.getLogger(__name__)


class ApiError(StarletteHTTPException):
    """An HTTP error raised by a route (401, 403, 413, 415), answered in the one shape."""


def error_response(
    status: int, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    """The JSON error response: ``{"error": {"status": status, "message": message}}``."""
    body = {"error": {"status": status, "message": message}}
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def _validation_message(errors: Sequence[Any]) -> str:
    """Validation errors in one line: ``query.per_page: Input should be ...``."""
    parts = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ()))
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


async def _on_knownsofar_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KnownsofarError)
    return error_response(exc.http_status, str(exc))


async def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return error_response(exc.status_code, str(exc.detail), exc.headers)


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, _validation_message(exc.errors()))


def install_error_handlers(app: FastAPI) -> None:
    """Answer every expected error in the one JSON shape (unexpected ones: see security)."""
    app.add_exception_handler(KnownsofarError, _on_knownsofar_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
