"""Tell people what changed: POST a JSON payload to webhooks and/or pipe it to a command.

Notifying happens after the changes are stored; a failing hook is logged (one
line) and never raises, so it cannot block ingestion. Webhooks get bounded
retries with back-off on 5xx, 429, timeouts and connection errors; the command
gets the payload on stdin and a timeout.

Payload: ``{"event": "changes", "count": N, "changes": [change, ...]}`` where a
change is ``Change.as_json()`` (show, season, field, old, new, doc, at, ...).
"""

from __future__ import annotations

import json
import logging
import shlex
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from knownsofar.changes import Change
from knownsofar.documents.fetch import USER_AGENT, check_web_url

__all__ = ["Notifier", "NotifySettings", "changes_payload", "notifier_from_options"]

log = logging.getLogger(__name__)

_RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class NotifySettings:
    """Where to send changes: webhook URLs and/or a command (argv, no shell)."""

    webhooks: tuple[str, ...] = ()
    command: tuple[str, ...] = ()
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 1.0

    @property
    def enabled(self) -> bool:
        return bool(self.webhooks or self.command)


def changes_payload(changes: Sequence[Change]) -> dict[str, Any]:
    """The JSON object sent to hooks."""
    return {"event": "changes", "count": len(changes), "changes": [c.as_json() for c in changes]}


class Notifier:
    """Sends change payloads; returns how many hooks succeeded, never raises."""

    def __init__(
        self,
        settings: NotifySettings,
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self._client = client
        self._sleep = sleep
        for url in settings.webhooks:
            check_web_url(
                url
            )  # UnsupportedInput up front: a configuration error, not a hook failure

    def notify(self, changes: Sequence[Change]) -> int:
        """Send ``changes`` to every hook (nothing if empty); the number of hooks that took it."""
        if not changes or not self.settings.enabled:
            return 0
        body = json.dumps(changes_payload(changes), ensure_ascii=False).encode("utf-8")
        delivered = sum(self._post(url, body) for url in self.settings.webhooks)
        if self.settings.command:
            delivered += self._run(body)
        return delivered

    def _post(self, url: str, body: bytes) -> bool:
        client = self._client or httpx.Client()
        try:
            return self._post_with_retries(client, url, body)
        finally:
            if self._client is None:
                client.close()

    def _post_with_retries(self, client: httpx.Client, url: str, body: bytes) -> bool:
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
        problem = ""
        for attempt in range(self.settings.retries + 1):
            if attempt:
                self._sleep(self.settings.backoff * 2 ** (attempt - 1))
            try:
                response = client.post(
                    url, content=body, headers=headers, timeout=self.settings.timeout
                )
            except httpx.HTTPError as e:
                problem = f"{type(e).__name__}"
                continue
            if response.is_success:
                return True
            problem = f"HTTP {response.status_code}"
            if response.status_code not in _RETRIED_STATUS:
                break
        log.warning("webhook %s failed: %s (changes are stored anyway)", url, problem)
        return False

    def _run(self, body: bytes) -> bool:
        argv = list(self.settings.command)
        try:
            done = subprocess.run(
                argv, input=body, capture_output=True, timeout=self.settings.timeout, check=False
            )
        except (OSError, subprocess.SubprocessError) as e:
            log.warning("notify command %s failed: %s", argv[0], type(e).__name__)
            return False
        if done.returncode != 0:
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            log.warning("notify command %s exited %d %s", argv[0], done.returncode, "".join(tail))
            return False
        return True


def notifier_from_options(
    webhooks: Sequence[str], command: str | None, client: httpx.Client | None = None
) -> Notifier | None:
    """A Notifier for ``--webhook`` URLs and a ``--notify-command`` line; None if neither."""
    argv = tuple(shlex.split(command)) if command else ()
    settings = NotifySettings(webhooks=tuple(webhooks), command=argv)
    if not settings.enabled:
        return None
    return Notifier(settings, client)
