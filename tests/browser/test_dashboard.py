"""End to end: `uvicorn` serving a small store, driven by headless Chromium via Playwright.

Skips (with the reason) when the ``playwright`` package or a Chromium binary is
missing; set ``KNOWNSOFAR_CHROMIUM`` to use a browser elsewhere than Debian's
``/usr/bin/chromium``. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from knownsofar.documents.model import Document
from knownsofar.record import SeasonRecord
from knownsofar.store import Store

playwright_sync = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install playwright)"
)

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TODAY = "2026-01-01"
SCRIPT = "<script>alert('x')</script>"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _chromium() -> str | None:
    candidates = [os.environ.get("KNOWNSOFAR_CHROMIUM"), "/usr/bin/chromium"]
    candidates += [shutil.which(n) for n in ("chromium", "chromium-browser")]
    return next((c for c in candidates if c and Path(c).exists()), None)


def _record(show: str, season: int, doc: str, published: str, **fields) -> SeasonRecord:
    quote = f"{show} season {season}: {doc} {SCRIPT}"
    evidence = [
        {"field": f, "quote": quote, "doc": doc, "published": published}
        for f in ("platform", *fields)
    ]
    return SeasonRecord.model_validate({"show": show, "season": season, **fields,
                                        "evidence": evidence})  # fmt: skip


def _add(store: Store, id: str, published: str, records: list[SeasonRecord]) -> None:
    day = dt.date.fromisoformat(published)
    doc = Document(id=id, text=f"Text of {id}.", title=f"{SCRIPT} News: {id}",
                   url=f"https://news.example/{id}", published=day, source=id)  # fmt: skip
    store.add_document(doc, records)


def _fill(path: Path) -> None:
    window = {"status": "window", "window": ["2025-01-01", "2025-04-30"], "confirmed": False,
              "text": "early 2025"}  # fmt: skip
    with Store(path) as store:
        _add(store, "wardens", "2024-03-01", [
            _record("Skyline Wardens", 2, "wardens", "2024-03-01", platform="Netflix",
                    renewal={"status": "renewed"}, release=window),
        ])  # fmt: skip
        _add(store, "harbor", "2025-02-10", [
            _record("Glass Harbor", 2, "harbor", "2025-02-10", platform="Hulu",
                    renewal={"status": "cancelled"}),
        ])  # fmt: skip
        _add(store, "kites", "2025-05-05", [
            _record("Paper Kites", 3, "kites", "2025-05-05", platform="HBO",
                    renewal={"status": "renewed"},
                    release={"status": "dated", "date": "2027-03-05", "confirmed": True}),
        ])  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"uvicorn exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of `uvicorn` serving a filled store on a free loopback port."""
    folder = tmp_path_factory.mktemp("web")
    _fill(folder / "web.db")
    port = _free_port()
    env = {**os.environ, "KNOWNSOFAR_DB": str(folder / "web.db"), "KNOWNSOFAR_TODAY": TODAY}
    env.pop("KNOWNSOFAR_TOKEN", None)
    command = [sys.executable, "-m", "uvicorn", "--factory", "knownsofar.serve:create_app_from_env",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]  # fmt: skip
    with (folder / "uvicorn.log").open("wb") as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_until_up(f"http://127.0.0.1:{port}/", process)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium: apt-get install chromium, or set KNOWNSOFAR_CHROMIUM")
    with playwright_sync.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    """A fresh page; the fake news site is answered locally, console errors collected."""
    context = browser.new_context(base_url=server)
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("dialog", lambda d: page.errors.append(f"dialog: {d.message}"))
    page.route(
        "https://news.example/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html",
            body=f"<!doctype html><title>Source</title><h1>Source {route.request.url}</h1>",
        ),
    )  # fmt: skip
    yield page
    context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_scorecard_filter_article_and_citation(page):
    page.goto("/")
    assert page.locator("h1").inner_text() == "Upcoming seasons: the scorecard"
    assert page.locator("table.scorecard tbody tr").count() == 3
    assert page.locator(".mark-stale").count() == 1
    _shot(page, "scorecard")

    page.select_option("select[name=renewal]", "cancelled")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**renewal=cancelled**")
    rows = page.locator("table.scorecard tbody tr")
    assert rows.count() == 1 and "Glass Harbor" in rows.first.inner_text()
    _shot(page, "scorecard-filtered")

    page.fill("input[name=q]", "skyline")
    page.select_option("select[name=renewal]", "")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**q=skyline**")
    page.click("text=Skyline Wardens")
    page.wait_for_url("**/shows/skyline-wardens/seasons/2")
    assert "everything we know so far" in page.locator("article h1").inner_text()
    assert page.locator("#timeline tbody tr").count() >= 1
    _shot(page, "article")

    page.locator("sup.cite a").first.click()
    page.wait_for_url("https://news.example/**")
    assert "Source https://news.example/wardens" in page.locator("h1").inner_text()
    _shot(page, "citation")
    assert page.errors == []


def test_script_in_an_article_stays_text(page):
    page.goto("/shows/paper-kites/seasons/3")
    assert SCRIPT in page.locator("#sources").inner_text()
    assert page.locator("article script").count() == 0
    _shot(page, "escaped-article")
    assert page.errors == []  # no alert dialog, no CSP violation


def test_sorting_by_a_column_header(page):
    page.goto("/")
    page.click("thead >> text=Release")
    page.wait_for_url("**sort=release**")
    first = page.locator("table.scorecard tbody tr").first.inner_text()
    assert "Skyline Wardens" in first  # early 2025 comes before March 2027
    page.click("thead >> text=Release")
    page.wait_for_url("**sort=-release**")
    assert "Glass Harbor" in page.locator("table.scorecard tbody tr").first.inner_text()
