"""Official social-media embeds read from a page's markup.

Each embed element becomes a span-less :class:`~newsdoc.models.EmbeddedSocialPost`
(``span=None, raw=None``), in document order. An element nested in an embed already
taken (the iframe of a rendered tweet, the blockquote inside ``div.fb-post``) is not
counted again.

Markup read, by platform:

* twitter: ``<blockquote class="twitter-tweet">`` / ``twitter-video`` (the fallback text
  ``— Jane Roe (@jroe) March 7, 2022`` gives name, handle and date; the last status link
  gives the URL), ``<div class="twitter-tweet-rendered">``, ``<iframe data-tweet-id>``,
  ``<iframe src="https://platform.twitter.com/embed/Tweet.html?id=…">``,
  ``<amp-twitter data-tweetid>``;
* instagram: ``<blockquote class="instagram-media" data-instgrm-permalink>`` ("A post
  shared by Jane Roe (@jroe)" in several languages, ``<time datetime>``), the
  ``instagram.com/p/<code>/embed`` iframe, ``<amp-instagram data-shortcode>``;
* facebook: ``<div class="fb-post" data-href>`` / ``fb-video`` ("Posted by Jane Roe on
  Monday, March 7, 2022"), ``facebook.com/plugins/post.php`` / ``video.php`` iframes,
  ``<amp-facebook data-href>``;
* tiktok ``blockquote.tiktok-embed`` and ``tiktok.com/embed`` iframes; bluesky
  ``blockquote.bluesky-embed`` and ``embed.bsky.app`` iframes; mastodon and truthsocial
  ``mastodon-embed`` / ``truthsocial-embed`` blockquotes and iframes; reddit
  ``blockquote.reddit-embed-bq`` / ``reddit-card``; threads
  ``blockquote.text-post-media[data-text-post-permalink]``;
* youtube/vimeo players: ``youtube.com/embed/<id>``, ``youtube-nocookie.com``,
  ``player.vimeo.com/video/<id>`` in ``src`` or a lazy ``data-src`` / ``data-lazy-src`` /
  ``data-original``; ``amp-youtube`` / ``amp-vimeo``;
* telegram: ``<script data-telegram-post="channel/12">`` and ``t.me/channel/12?embed=1``
  iframes;
* copies parked for later: inside ``<noscript>``, ``<template>``, ``<textarea>`` or as HTML
  in a ``data-content`` / ``data-iframe`` / ``data-embed`` / ``data-html`` /
  ``data-embed-code`` attribute (consent walls). Such a copy of a post that is also in
  the live page is the same post and is dropped.

Deliberately skipped: page widgets (``div.fb-page``, follow buttons), YouTube playlists
(``videoseries``) and live-stream players, a site's own card or screenshot of a post, and
script or CSS that merely mentions ``twitter-tweet``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import regex

from newsdoc.dates import match_date, search_date
from newsdoc.html.decode import compile_xpath
from newsdoc.models import EmbeddedSocialPost, Platform, TimeZone
from newsdoc.options import ParseOptions
from newsdoc.social.urls import read_post_url

__all__ = ["MarkupEmbed", "find_embeds"]

_HOLDER_TAGS = frozenset({"noscript", "template", "textarea"})
_HOLDER_ATTRIBUTES = ("data-content", "data-iframe", "data-embed", "data-html", "data-embed-code")
_SOURCE_ATTRIBUTES = ("src", "data-src", "data-lazy-src", "data-original", "data-url")
# Handles that stand in for "no user" in status URLs (twitter.com/i/status/…).
_PLACEHOLDER_USERS = frozenset({"i", "x", "twitter", "intent", "web", "user"})

# A cheap test before parsing a parked HTML chunk: does it hold any embed code at all?
_EMBED_HINT = regex.compile(
    r"twitter-tweet|twitter-video|instagram-media|fb-post|fb-video|tiktok-embed|bluesky-embed"
    r"|mastodon-embed|truthsocial-embed|reddit-embed-bq|reddit-card|text-post-media"
    r"|data-telegram-post|youtube(?:-nocookie)?\.com/embed|player\.vimeo\.com"
    r"|facebook\.com/plugins/(?:post|video)\.php|platform\.twitter\.com/embed"
    r"|instagram\.com/(?:p|reel|tv)/[^\"'\s]{1,60}/embed|tiktok\.com/embed|embed\.bsky\.app"
    r"|<amp-(?:twitter|instagram|facebook|youtube|vimeo|tiktok)"
)
_SIGNATURE_HANDLE = regex.compile(r"\(\s{0,3}@([\w.\-]{1,60})\s{0,3}\)")
_DASHES = "\u2014\u2013\u2012\u2015"
# "A post shared by Name (@handle)" as Instagram prints it in the page's language.
_SHARED_BY = regex.compile(
    r"(?:shared by|geteilt von|partag[ée]e? par|compartida por|compartilhada por|condiviso da"
    r"|gedeeld door|delat av|udostępniony przez|публикация от(?: пользователя)?"
    r"|paylaşılan|dibagikan oleh|publicación compartida de|post condiviso da)\s{0,3}",
    regex.IGNORECASE,
)
_POSTED_BY = regex.compile(
    r"(?:Posted by|Publié par|Publiée par|Gepostet von|Publicado por|Pubblicato da"
    r"|Geplaatst door|Opublikowany przez|Publicat de)\s{1,3}(.{1,120}?)"
    r"(?:\s{1,3}(?:on|le|am|el|em|il|op|dnia|pe)\s{1,3}(.{1,80}))?$",
    regex.IGNORECASE,
)
_INSTAGRAM_DATE_SPLIT = regex.compile(r"\s(?:on|am|le|el|em|il|op|den)\s", regex.IGNORECASE)
_INSTAGRAM_PROFILE = regex.compile(
    r"instagram\.com/(?!p/|reel/|reels/|tv/|explore/|accounts/|stories/)([\w.]{1,30})/?(?:[?#]|$)",
    regex.IGNORECASE,
)
_TIKTOK_ID = regex.compile(r"tiktok\.com/(?:@([\w.]{1,40})/video/|embed/(?:v2/)?|v/)(\d{8,25})")
_TIKTOK_USER = regex.compile(r"tiktok\.com/@([\w.]{1,40})")
_YOUTUBE_EMBED = regex.compile(
    r"youtube(?:-nocookie)?\.com/embed/([\w-]{11})(?![\w-])", regex.IGNORECASE
)
_VIMEO_PLAYER = regex.compile(r"player\.vimeo\.com/video/(\d{5,12})(?!\d)", regex.IGNORECASE)
_TELEGRAM_REF = regex.compile(r"^([A-Za-z0-9_]{4,40})/(\d{1,12})$")
_TELEGRAM_EMBED = regex.compile(
    r"(?:t|telegram)\.me/(?:s/)?([A-Za-z0-9_]{4,40})/(\d{1,12})\?(?:[^#]{0,200}&)?embed=1",
    regex.IGNORECASE,
)
_BLUESKY_AT = regex.compile(r"at://([\w.:-]{3,100})/app\.bsky\.feed\.post/(\w{5,20})")
_MASTODON_EMBED = regex.compile(r"/@\w{1,30}/\d{6,25}/embed", regex.IGNORECASE)
_WHITESPACE = regex.compile(r"\s+")
_FACEBOOK_QUERY = regex.compile(r"/(permalink|story|photo|watch)(?:\.php)?/?$")
_FACEBOOK_PATH = regex.compile(
    r"^/(?:pg/)?(?!reel/)(?P<slug>[\w.-]{1,80})/(?:posts|videos|photos|permalink|activity)"
    r"(?:/[^/]{1,200}){0,3}?/(?:pcb\.)?(?P<id>pfbid\w{5,80}|\d{5,25})/?$"
    r"|^/reel/(?P<id>\d{5,25})/?$"
)


@dataclass(frozen=True, slots=True)
class MarkupEmbed:
    """One embed found in the markup."""

    post: EmbeddedSocialPost
    """The post, without span."""
    deferred: bool
    """Whether the embed is parked in a consent wall (``noscript``, ``template`` …)."""
    fallback_text: str
    """The embed's own fallback text, whitespace collapsed (empty for players)."""


# --------------------------------------------------------------------------- small readers


def _text(element: Any) -> str:
    try:
        content = element.text_content()
    except (AttributeError, ValueError):
        content = "".join(element.itertext())
    return _WHITESPACE.sub(" ", str(content)).strip()


def _classes(element: Any) -> frozenset[str]:
    value = element.get("class")
    return frozenset(value.split()) if isinstance(value, str) else frozenset()


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _absolute(url: str) -> str:
    url = url.strip()
    return "https:" + url if url.startswith("//") else url


def _source(element: Any) -> str:
    for name in _SOURCE_ATTRIBUTES:
        value = element.get(name)
        if value and not value.startswith(("data:", "about:")):
            return _absolute(str(value))
    return ""


def _read_date(text: str, options: ParseOptions) -> tuple[dt.date | dt.datetime | None, Any]:
    """The date printed in a short piece of fallback text (first date in it)."""
    text = text.strip()[:200]
    if not text:
        return None, None
    found = match_date(text, options=options) or search_date(text, options=options)
    if found is None or found.value is None:
        return None, None
    return found.value, found.timezone


def _iso_value(value: str | None) -> dt.date | dt.datetime | None:
    """A machine-readable ``datetime`` attribute value."""
    if not value:
        return None
    value = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return parsed


def _signature(full: str) -> tuple[str | None, str | None]:
    """(handle, author) from ``… — Name (@handle) Date`` fallback text."""
    matches = list(_SIGNATURE_HANDLE.finditer(full))
    if not matches:
        return None, None
    last = matches[-1]
    before = full[: last.start()]
    cut = max(before.rfind(dash) for dash in _DASHES)
    if cut < 0:
        cut = before.rfind(" - ")
        cut = cut + 1 if cut >= 0 else -1
    author = before[cut + 1 :].strip(" -\u00a0") if cut >= 0 else ""
    return last.group(1), (author or None)


def _post(
    platform: Platform,
    *,
    url: str | None = None,
    post_id: str | None = None,
    handle: str | None = None,
    author_name: str | None = None,
    posted: dt.date | dt.datetime | None = None,
    posted_timezone: TimeZone | None = None,
) -> EmbeddedSocialPost:
    return EmbeddedSocialPost(
        platform=platform,
        url=url,
        canonical_url=url,
        post_id=post_id,
        handle=handle or None,
        author_name=author_name or None,
        posted=posted,
        posted_timezone=posted_timezone if isinstance(posted, dt.datetime) else None,
    )


def _from_url(
    platform: Platform, url: str, handle: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """(canonical url, post id, handle) of a post URL of ``platform``."""
    read = read_post_url(_absolute(unquote(url)))
    if read is None or read.platform != platform:
        return None, None, handle
    user = read.handle
    if platform == "twitter" and user is not None and user.lower() in _PLACEHOLDER_USERS:
        user = None
    handle = handle or user
    canonical = read.canonical_url
    if platform == "twitter" and read.post_id:
        canonical = f"https://twitter.com/{handle or 'i'}/status/{read.post_id}"
    return canonical, read.post_id, handle


# --------------------------------------------------------------------------- per platform


def _twitter_blockquote(element: Any, options: ParseOptions) -> EmbeddedSocialPost:
    anchors = element.xpath(".//a[@href]")
    full = _text(element)
    handle, author = _signature(full)
    url = post_id = None
    posted = zone = None
    for position in range(len(anchors) - 1, -1, -1):
        anchor = anchors[position]
        canonical, found_id, user = _from_url("twitter", anchor.get("href") or "", handle)
        if found_id is None:
            continue
        url, post_id, handle = canonical, found_id, user
        if position == len(anchors) - 1:
            posted, zone = _read_date(_text(anchor), options)
        break
    if post_id is None:
        tweet_id = element.get("data-tweet-id") or element.get("data-id")
        if tweet_id and tweet_id.strip().isdigit():
            post_id = tweet_id.strip()
            url = f"https://twitter.com/{handle or 'i'}/status/{post_id}"
    return _post(
        "twitter",
        url=url,
        post_id=post_id,
        handle=handle,
        author_name=author,
        posted=posted,
        posted_timezone=zone,
    )


def _twitter_id(tweet_id: str, handle: str | None = None) -> EmbeddedSocialPost | None:
    tweet_id = tweet_id.strip()
    read = read_post_url(_absolute(tweet_id)) if "/" in tweet_id else None
    if read is not None and read.platform == "twitter" and read.post_id:
        user = read.handle
        handle = user if user and user.lower() not in _PLACEHOLDER_USERS else handle
        tweet_id = read.post_id
    if not tweet_id.isdigit():
        return None
    return _post(
        "twitter",
        url=f"https://twitter.com/{handle or 'i'}/status/{tweet_id}",
        post_id=tweet_id,
        handle=handle,
    )


def _instagram_blockquote(element: Any, options: ParseOptions) -> EmbeddedSocialPost:
    link = element.get("data-instgrm-permalink") or ""
    url, post_id, _ = _from_url("instagram", link)
    if post_id is None:
        for anchor in element.xpath(".//a[@href]"):
            url, post_id, _ = _from_url("instagram", anchor.get("href") or "")
            if post_id is not None:
                break
    handle = author = None
    posted: dt.date | dt.datetime | None = None
    zone = None
    signature = None
    for paragraph in element.xpath(".//p"):
        text = _text(paragraph)
        if _SIGNATURE_HANDLE.search(text) or _SHARED_BY.search(text):
            signature = paragraph
    if signature is not None:
        text = _text(signature)
        at = _SIGNATURE_HANDLE.search(text)
        shared = _SHARED_BY.search(text)
        if at is not None:
            handle = at.group(1)
            start = shared.end() if shared is not None and shared.end() <= at.start() else 0
            author = text[start : at.start()].strip() or None
            posted, zone = _read_date(text[at.end() :], options)
        elif shared is not None:
            rest = _INSTAGRAM_DATE_SPLIT.split(text[shared.end() :].strip(), maxsplit=1)
            name = rest[0].strip()
            if name.startswith("@"):
                handle = name[1:] or None
            else:
                author = name or None
            if len(rest) > 1:
                posted, zone = _read_date(rest[1], options)
        if handle is None:
            for anchor in signature.xpath(".//a[@href]"):
                profile = _INSTAGRAM_PROFILE.search(anchor.get("href") or "")
                if profile is not None:
                    handle = profile.group(1)
                    author = author or _text(anchor) or None
                    break
        if posted is None:
            stamps = signature.xpath(".//time/@datetime")
            posted = _iso_value(str(stamps[0])) if stamps else None
            if isinstance(posted, dt.datetime):
                posted = posted.date()
    return _post(
        "instagram",
        url=url,
        post_id=post_id,
        handle=handle,
        author_name=author,
        posted=posted,
        posted_timezone=zone,
    )


def _facebook_fields(href: str) -> tuple[str | None, str | None, str | None]:
    """(url, post id, page slug) of a Facebook post URL: ``/<page>/posts/<id>``,
    ``/<page>/videos/<id>``, ``/<page>/photos/<album>/<id>``, ``permalink.php?story_fbid=``,
    ``story.php?story_fbid=``, ``photo.php?fbid=``, ``watch?v=``, ``reel/<id>``."""
    href = _absolute(unquote(href.replace("&amp;", "&")).strip())
    parts = urlsplit(href)
    if "facebook.com" not in parts.netloc.lower():
        return None, None, None
    path, query = parts.path, parse_qs(parts.query)
    by_query = _FACEBOOK_QUERY.search(path)
    if by_query is not None:
        key = "fbid" if by_query.group(1) == "photo" else "story_fbid"
        key = "v" if by_query.group(1) == "watch" else key
        values = query.get(key)
        if not values:
            return None, None, None
        if by_query.group(1) == "photo":
            return f"https://www.facebook.com/photo.php?fbid={values[0]}", values[0], None
        if by_query.group(1) == "watch":
            return f"https://www.facebook.com/watch/?v={values[0]}", values[0], None
        return f"https://www.facebook.com{path}?{parts.query}", values[0], None
    found = _FACEBOOK_PATH.search(path)
    if found is None:
        return None, None, None
    return f"https://www.facebook.com{path.rstrip('/')}", found.group("id"), found.group("slug")


def _facebook_div(element: Any, options: ParseOptions) -> EmbeddedSocialPost:
    href = element.get("data-href") or ""
    url, post_id, slug = _facebook_fields(href)
    if post_id is None:
        for quote in element.xpath(".//blockquote[@cite]"):
            url, post_id, slug = _facebook_fields(quote.get("cite") or "")
            if post_id is not None:
                break
    author = None
    posted = zone = None
    for candidate in [*element.xpath(".//p"), element]:
        text = _text(candidate)
        start = text.casefold().rfind("posted by")
        found = _POSTED_BY.search(text, max(start, 0)) if text else None
        if found is not None:
            author = found.group(1).strip() or None
            if found.group(2):
                posted, zone = _read_date(found.group(2), options)
            break
    return _post(
        "facebook",
        url=url or (_absolute(href).split("?", 1)[0] if href else None),
        post_id=post_id,
        handle=slug,
        author_name=author,
        posted=posted,
        posted_timezone=zone,
    )


def _tiktok_blockquote(element: Any) -> EmbeddedSocialPost:
    cite = element.get("cite") or ""
    found = _TIKTOK_ID.search(cite)
    video = element.get("data-video-id") or (found.group(2) if found else None)
    handle = found.group(1) if found and found.group(1) else None
    if handle is None:
        for anchor in element.xpath(".//a[@href]"):
            user = _TIKTOK_USER.search(anchor.get("href") or "")
            if user is not None:
                handle = user.group(1)
                break
    url = f"https://www.tiktok.com/@{handle}/video/{video}" if handle and video else None
    return _post("tiktok", url=url or (cite.split("?", 1)[0] or None), post_id=video, handle=handle)


def _bluesky_blockquote(element: Any, options: ParseOptions) -> EmbeddedSocialPost:
    full = _text(element)
    handle, author = _signature(full)
    at = _BLUESKY_AT.search(element.get("data-bluesky-uri") or "")
    record = at.group(2) if at else None
    profile = None
    posted = zone = None
    anchors = element.xpath(".//a[@href]")
    for position in range(len(anchors) - 1, -1, -1):
        read = read_post_url(anchors[position].get("href") or "")
        if read is not None and read.platform == "bluesky":
            record = record or read.post_id
            profile = read.handle
            if position == len(anchors) - 1:
                posted, zone = _read_date(_text(anchors[position]), options)
            break
    who = handle or profile
    url = f"https://bsky.app/profile/{who}/post/{record}" if who and record else None
    return _post(
        "bluesky",
        url=url,
        post_id=record,
        handle=handle,
        author_name=author,
        posted=posted,
        posted_timezone=zone,
    )


def _mastodon(element: Any) -> EmbeddedSocialPost | None:
    candidates = [element.get("data-embed-url") or "", _source(element)]
    candidates += [anchor.get("href") or "" for anchor in element.xpath(".//a[@href]")]
    for candidate in candidates:
        read = read_post_url(_absolute(candidate).removesuffix("/embed"))
        if read is None or read.platform not in {"mastodon", "truthsocial"}:
            continue
        host = urlsplit(_absolute(candidate)).netloc.lower()
        user = (read.handle or "").split("@", 1)[0]
        return _post(
            read.platform,
            url=f"https://{host}/@{user}/{read.post_id}",
            post_id=read.post_id,
            handle=f"{user}@{host}" if user else None,
        )
    platform: Platform = "truthsocial" if "truthsocial-embed" in _classes(element) else "mastodon"
    return _post(platform)


def _reddit_blockquote(element: Any) -> EmbeddedSocialPost:
    url = post_id = handle = None
    for anchor in element.xpath(".//a[@href]"):
        href = anchor.get("href") or ""
        read = read_post_url(href)
        if read is not None and read.platform == "reddit" and post_id is None:
            url, post_id = read.canonical_url, read.post_id
        user = regex.search(r"reddit\.com/(?:u|user)/([\w-]{1,40})", href)
        if user is not None and handle is None:
            handle = user.group(1)
    return _post("reddit", url=url, post_id=post_id, handle=handle)


def _threads_blockquote(element: Any) -> EmbeddedSocialPost:
    read = read_post_url(element.get("data-text-post-permalink") or "")
    if read is None or read.platform != "threads":
        return _post("threads")
    return _post("threads", url=read.canonical_url, post_id=read.post_id, handle=read.handle)


def _iframe(element: Any) -> EmbeddedSocialPost | None:
    tweet_id = element.get("data-tweet-id")
    if tweet_id:
        return _twitter_id(tweet_id)
    source = _source(element)
    if not source:
        return None
    plain = unquote(source)
    low = plain.lower()
    if "platform.twitter.com/embed" in low:
        ids = parse_qs(urlsplit(source).query).get("id")
        return _twitter_id(ids[0]) if ids else None
    if "instagram.com" in low and "/embed" in low:
        url, post_id, _ = _from_url("instagram", plain.split("/embed", 1)[0] + "/")
        return _post("instagram", url=url, post_id=post_id) if post_id else None
    if "facebook.com/plugins/post.php" in low or "facebook.com/plugins/video.php" in low:
        href = parse_qs(urlsplit(source.replace("&amp;", "&")).query).get("href")
        if not href:
            return None
        url, post_id, slug = _facebook_fields(href[0])
        return _post("facebook", url=url, post_id=post_id, handle=slug)
    if "tiktok.com/embed" in low:
        found = _TIKTOK_ID.search(plain)
        return _post("tiktok", post_id=found.group(2) if found else None)
    youtube = _YOUTUBE_EMBED.search(plain)
    if youtube is not None:
        video = youtube.group(1)
        if video.lower() in {"videoseries", "live_stream"}:
            return None
        return _post("youtube", url=f"https://www.youtube.com/watch?v={video}", post_id=video)
    vimeo = _VIMEO_PLAYER.search(plain)
    if vimeo is not None:
        return _post("vimeo", url=f"https://vimeo.com/{vimeo.group(1)}", post_id=vimeo.group(1))
    telegram = _TELEGRAM_EMBED.search(plain)
    if telegram is not None:
        channel, number = telegram.group(1), telegram.group(2)
        return _post(
            "telegram", url=f"https://t.me/{channel}/{number}", post_id=number, handle=channel
        )
    if "embed.bsky.app" in low:
        at = _BLUESKY_AT.search(plain)
        return _post("bluesky", post_id=at.group(2) if at else None)
    if {"mastodon-embed", "truthsocial-embed"} & _classes(element) or _MASTODON_EMBED.search(low):
        return _mastodon(element)
    return None


def _amp(element: Any, tag: str) -> EmbeddedSocialPost | None:
    if tag == "amp-twitter" and element.get("data-tweetid"):
        return _twitter_id(str(element.get("data-tweetid")))
    if tag == "amp-instagram" and element.get("data-shortcode"):
        code = str(element.get("data-shortcode")).strip()
        return _post("instagram", url=f"https://www.instagram.com/p/{code}/", post_id=code)
    if tag == "amp-facebook" and element.get("data-href"):
        url, post_id, slug = _facebook_fields(str(element.get("data-href")))
        return _post("facebook", url=url, post_id=post_id, handle=slug)
    if tag in {"amp-youtube", "amp-vimeo"} and element.get("data-videoid"):
        video = str(element.get("data-videoid")).strip()
        if tag == "amp-youtube":
            return _post("youtube", url=f"https://www.youtube.com/watch?v={video}", post_id=video)
        return _post("vimeo", url=f"https://vimeo.com/{video}", post_id=video)
    if tag == "amp-tiktok" and element.get("data-src"):
        found = _TIKTOK_ID.search(str(element.get("data-src")))
        return _post("tiktok", post_id=found.group(2) if found else None)
    return None


def embed_of(element: Any, options: ParseOptions) -> EmbeddedSocialPost | None:
    """The post an element embeds (official embed markup only), or ``None``."""
    tag = _tag(element)
    if tag == "blockquote":
        classes = _classes(element)
        if "twitter-tweet" in classes or "twitter-video" in classes:
            return _twitter_blockquote(element, options)
        if "instagram-media" in classes:
            return _instagram_blockquote(element, options)
        if "tiktok-embed" in classes:
            return _tiktok_blockquote(element)
        if "bluesky-embed" in classes:
            return _bluesky_blockquote(element, options)
        if "mastodon-embed" in classes or "truthsocial-embed" in classes:
            return _mastodon(element)
        if "reddit-embed-bq" in classes or "reddit-card" in classes:
            return _reddit_blockquote(element)
        if "text-post-media" in classes and element.get("data-text-post-permalink"):
            return _threads_blockquote(element)
        return None
    if tag == "div":
        classes = _classes(element)
        if ("fb-post" in classes or "fb-video" in classes) and element.get("data-href"):
            return _facebook_div(element, options)
        if "twitter-tweet-rendered" in classes or (
            "twitter-tweet" in classes and element.xpath(".//iframe[@data-tweet-id]")
        ):
            ids = [str(value) for value in element.xpath(".//@data-tweet-id") if value]
            quotes = element.xpath(".//blockquote")
            if quotes and not ids:
                return _twitter_blockquote(quotes[0], options)
            return _twitter_id(ids[0]) if ids else _post("twitter")
        return None
    if tag == "iframe":
        if "instagram-media" in _classes(element) and not _source(element):
            return None
        return _iframe(element)
    if tag == "script" and element.get("data-telegram-post"):
        reference = _TELEGRAM_REF.match(str(element.get("data-telegram-post")).strip().strip("/"))
        if reference is None:
            return None
        channel, number = reference.group(1), reference.group(2)
        return _post(
            "telegram", url=f"https://t.me/{channel}/{number}", post_id=number, handle=channel
        )
    if tag.startswith("amp-"):
        return _amp(element, tag)
    return None


# --------------------------------------------------------------------------- the walk


def _parked_chunks(element: Any, tag: str) -> Iterator[str]:
    """HTML strings an element parks for later (consent walls)."""
    for name in _HOLDER_ATTRIBUTES:
        value = element.get(name)
        if value and _EMBED_HINT.search(value):
            yield str(value)
    text = element.text if tag in _HOLDER_TAGS and len(element) == 0 else None
    if text and _EMBED_HINT.search(text):
        yield str(text)


def _candidates_xpath() -> Any:
    # Plain element and attribute steps keep the search inside libxml2; predicates over
    # every element (local-name() tests) cost several times more.
    return compile_xpath(
        "//blockquote | //div[@data-href or contains(@class, 'twitter-tweet')] | //iframe"
        " | //script[@data-telegram-post] | //amp-twitter | //amp-instagram | //amp-facebook"
        " | //amp-youtube | //amp-vimeo | //amp-tiktok | //noscript | //template | //textarea"
        " | //@data-content/.. | //@data-iframe/.. | //@data-embed/.. | //@data-html/.."
        " | //@data-embed-code/.."
    )


_CANDIDATES: list[Any] = []


def _walk(
    root: Any, deferred: bool, options: ParseOptions, fragment_parser: Any
) -> Iterator[MarkupEmbed]:
    """Embeds under ``root`` in document order, not looking inside an embed once taken;
    a parked copy takes the place of its holder."""
    if not _CANDIDATES:
        _CANDIDATES.append(_candidates_xpath())
    inside_taken: set[Any] = set()
    # Element proxies stay the same objects while referenced, so sets of them work.
    for element in _CANDIDATES[0](root):
        tag = _tag(element)
        if not tag or element in inside_taken:
            continue
        for chunk in _parked_chunks(element, tag):
            fragment = fragment_parser(chunk)
            if fragment is not None:
                yield from _walk(fragment, True, options, _no_fragments)
        post = embed_of(element, options)
        if post is None:
            continue
        inside_taken.update(element.iterdescendants())
        parked = deferred or any(
            _tag(ancestor) in _HOLDER_TAGS for ancestor in element.iterancestors()
        )
        yield MarkupEmbed(post=post, deferred=parked, fallback_text=_text(element))


def _no_fragments(chunk: str) -> None:
    # Parked markup inside parked markup is not unpacked again.
    return None


def find_embeds(root: Any, options: ParseOptions, fragment_parser: Any) -> list[MarkupEmbed]:
    """Every official embed of a page, in document order (see the module docstring).

    ``fragment_parser`` turns a parked HTML string into an element (``None`` if it
    cannot).
    """
    if root is None:
        return []
    return _drop_repeats(list(_walk(root, False, options, fragment_parser)))


def _drop_repeats(found: list[MarkupEmbed]) -> list[MarkupEmbed]:
    live = {
        (embed.post.platform, embed.post.post_id)
        for embed in found
        if not embed.deferred and embed.post.post_id
    }
    seen: set[tuple[str, str]] = set()
    kept: list[MarkupEmbed] = []
    for embed in found:
        key = (embed.post.platform, embed.post.post_id or "")
        if embed.deferred and embed.post.post_id:
            if key in live or key in seen:
                continue
            seen.add(key)
        kept.append(embed)
    return kept
