"""Security around every request: headers, body size, bearer tokens.

``SecurityMiddleware`` is pure ASGI so it also wraps the 500 answer to an
unexpected error (which it gives in the one error shape, without a traceback).
No CORS middleware is installed on purpose: other origins get no access.
"""

from __future__ import annotations

import hmac
import logging

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from knownsofar.serve.errors import ApiError, error_response

__all__ = [
    "MAX_BODY_BYTES",
    "SECURITY_HEADERS",
    "SecurityMiddleware",
    "check_bearer",
    "read_body",
]

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1_000_000
"""The largest request body accepted (one article as JSON is far smaller)."""

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
_RAW_HEADERS = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]


def _too_large(limit: int) -> ApiError:
    return ApiError(413, f"request body over {limit:,} bytes")


def _declared_length(scope: Scope) -> int | None:
    """The Content-Length header as a number, None if absent or not a number."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else None
    return None


class SecurityMiddleware:
    """Adds ``SECURITY_HEADERS`` to every response; refuses bodies declared over the limit;
    answers unexpected errors with a 500 in the one error shape."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *_RAW_HEADERS]
            await send(message)

        declared = _declared_length(scope)
        if declared is not None and declared > self.max_body:
            error = _too_large(self.max_body)
            response = error_response(error.status_code, error.detail)
            await response(scope, receive, send_with_headers)
            return
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unexpected error answering %s", scope.get("path"))
            if started:
                raise
            response = error_response(500, "internal error")
            await response(scope, receive, send_with_headers)


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The request body, read in chunks; ApiError 413 as soon as it passes ``limit``."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def check_bearer(authorization: str | None, token: str | None) -> None:
    """Nothing if ``authorization`` is ``Bearer <token>``; ApiError 403 when writes are
    off (no token configured), 401 when the token is missing or wrong."""
    if not token:
        raise ApiError(403, "writes are disabled: no token is configured on the server")
    scheme, _, given = (authorization or "").partition(" ")
    # compare_digest on bytes: constant time, and no TypeError on non-ASCII input.
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), token.encode()
    ):
        raise ApiError(401, "a valid bearer token is required", {"WWW-Authenticate": "Bearer"})
