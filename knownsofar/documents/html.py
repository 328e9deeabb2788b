"""HTML to text, title, date and URL. The only module that imports trafilatura.

The publication date comes only from explicit page metadata (meta tags, JSON-LD,
marked-up ``<time>``): trafilatura/htmldate guess dates for undated pages (a footer
copyright year, the clock), and SPEC says a missing date stays None.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.etree
import lxml.html

from knownsofar.documents.published import parse_stamp
from knownsofar.errors import BrokenInput

# Keys of <meta name|property|itemprop> that state when the article was published.
PUBLISHED_META = frozenset(
    {
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "publication_date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date.created",
        "dcterms.created",
        "dc.date",
        "sailthru.date",
        "parsely-pub-date",
    }
)
# JSON-LD @types whose datePublished is the article's (not a video's or a show's).
ARTICLE_TYPES = ("Article", "BlogPosting", "Report", "WebPage")
PUBLISHED_TIME_XPATH = (
    "//time[@pubdate]/@datetime | //*[@itemprop='datePublished']/@datetime"
    " | //*[@itemprop='datePublished']/@content"
    " | //time[contains(@class, 'publish') or contains(@class, 'entry-date')"
    " or contains(@class, 'posted')]/@datetime"
)
# Block elements: each starts a paragraph. Breaks start a line.
HTML_BLOCKS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "hr",
        "main",
        "aside",
    }
)
BREAKS = frozenset({"br", "lb"})
CELLS = frozenset({"cell", "td", "th"})


@dataclass(frozen=True)
class Layout:
    """Which elements start a paragraph, and which are dropped with their text."""

    blocks: frozenset[str]
    skipped: frozenset[str] = frozenset()


HTML_LAYOUT = Layout(HTML_BLOCKS, frozenset({"script", "style", "noscript", "template", "head"}))
CONTAINER_LAYOUT = Layout(
    HTML_BLOCKS, HTML_LAYOUT.skipped | {"nav", "footer", "aside", "form", "button", "select"}
)
# trafilatura's XML output: <head> is a heading there, <item> a list item.
EXTRACT_LAYOUT = Layout(frozenset({"p", "head", "item", "quote", "row", "code", "list", "table"}))


@dataclass(frozen=True)
class HtmlPage:
    """What a web page says about itself: main text (raw), title, date, URL."""

    text: str
    title: str | None
    published: dt.date | None
    url: str | None


def read_html_page(markup: str, input: str) -> HtmlPage:
    """Return the page's main text (boilerplate removed), title, date and URL."""
    tree = _parse_html(markup, input)
    title, published, url = _find_title(tree), _find_published(tree), _find_url(tree)
    _unwrap_inline_dates(tree)
    container = _container_text(tree)
    text = _choose_text(_extract_main_text(tree), container)
    if not text.strip():
        raise BrokenInput(input, "no article text found in the page")
    return HtmlPage(text=text, title=title, published=published, url=url)


def fragment_to_text(markup: str) -> str:
    """Return the text of an HTML fragment (a feed entry), one paragraph per block."""
    if "<" not in markup:
        return markup
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        root = lxml.html.fragment_fromstring(
            markup.encode("utf-8"), create_parent="div", parser=parser
        )
    except (lxml.etree.ParserError, ValueError):
        return markup
    return element_text(root, HTML_LAYOUT)


def element_text(root: Any, layout: Layout) -> str:
    """Return the text under ``root``: blocks become paragraphs, <br> a new line."""
    pieces: list[str] = []
    skipping = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in layout.skipped:
            skipping += 1 if event == "start" else -1
        elif skipping == 0:
            pieces.extend(_pieces_of(event, el, tag, layout.blocks))
        if event == "end" and skipping == 0 and el.tail and el is not root:
            pieces.append(el.tail.replace("\n", " "))
    return "".join(pieces)


def _pieces_of(event: str, el: Any, tag: str, blocks: frozenset[str]) -> Iterator[str]:
    if tag in blocks:
        yield "\n\n"
    if event == "start":
        if tag in BREAKS:
            yield "\n"
        if el.text and tag:
            yield el.text.replace("\n", " ")
    elif tag in CELLS:
        yield " "


def _parse_html(markup: str, input: str) -> Any:
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        return lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as e:
        raise BrokenInput(input, f"broken HTML: {e}") from e


def _unwrap_inline_dates(tree: Any) -> None:
    """trafilatura drops <time> with its text ("premieres on <time>2 June</time>")."""
    for element in list(tree.iter("time", "data")):
        element.drop_tag()


def _extract_main_text(tree: Any) -> str | None:
    """trafilatura's main text (it prunes ``tree`` in place)."""
    import trafilatura  # 0.4 s to import: loaded when a page is read, not when the CLI starts

    xml = trafilatura.extract(
        tree,
        output_format="xml",
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        with_metadata=False,
    )
    if not xml:
        return None
    main = lxml.etree.fromstring(xml).find("main")
    return None if main is None else element_text(main, EXTRACT_LAYOUT)


def _container_text(tree: Any) -> str:
    """The text of the page's <article>, <main> or <body>, without navigation."""
    for xpath in ("//article", "//main", "//body"):
        found = tree.xpath(xpath)
        if found:
            return element_text(found[0], CONTAINER_LAYOUT)
    return ""


def _choose_text(extracted: str | None, container: str) -> str:
    """trafilatura's text, unless it merged a short page into one paragraph (its
    fallback does, and drops inline <time> text); then the container's text."""
    if extracted and (_paragraph_count(extracted) > 1 or _paragraph_count(container) <= 1):
        return extracted
    return container


def _paragraph_count(text: str) -> int:
    return sum(1 for part in text.split("\n\n") if part.strip())


_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+[^|\-–—]{1,40}$")


def _find_title(tree: Any) -> str | None:
    """The headline: og:title, else the first <h1>, else <title> without its " | Site"."""
    for xpath in ("//meta[@property='og:title']/@content", "//h1", "//title/text()"):
        for found in tree.xpath(xpath):
            text = found if isinstance(found, str) else found.text_content()
            if text.strip():
                title = " ".join(text.split())
                return _SITE_SUFFIX.sub("", title) if xpath.startswith("//title") else title
    return None


def _find_url(tree: Any) -> str | None:
    xpath = "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"
    urls = [u.strip() for u in tree.xpath(xpath) if u.strip().startswith(("http:", "https:"))]
    return urls[0] if urls else None


def _find_published(tree: Any) -> dt.date | None:
    """The first date stated by meta tags, JSON-LD or a marked-up <time>; else None."""
    for value in _meta_dates(tree):
        day = parse_stamp(value)
        if day is not None:
            return day
    return None


def _meta_dates(tree: Any) -> Iterator[str]:
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if key.strip().lower() in PUBLISHED_META and meta.get("content"):
            yield meta.get("content")
    for script in tree.xpath("//script[@type='application/ld+json']"):
        yield from _json_ld_dates(script.text or "")
    yield from (str(v) for v in tree.xpath(PUBLISHED_TIME_XPATH))


def _json_ld_dates(source: str) -> Iterator[str]:
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):
        return
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            if _is_article(node.get("@type")) and isinstance(node.get("datePublished"), str):
                yield node["datePublished"]
            stack.extend(reversed([v for v in node.values() if isinstance(v, list | dict)]))


def _is_article(kind: object) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith(ARTICLE_TYPES) for k in kinds)
