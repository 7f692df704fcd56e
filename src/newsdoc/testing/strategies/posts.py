"""Synthetic articles with embedded social posts known by construction.

:func:`post_samples` draws a :class:`Sample`: paragraphs of plain prose (separated by one
blank line) with posts of every platform placed between them, and the exact
:class:`~newsdoc.models.EmbeddedSocialPost` items a correct parser returns:

* X: a body of one to three lines (or paragraphs split by runs of blank lines), with
  mentions, hashtags, cashtags, emoji, ``t.co`` and ``pic.twitter.com`` links, then a
  signature on the same line or its own line, led by ``—``, ``–``, ``-``, a dash glued to
  a closing link, or two spaces where the dash was lost; display names with emoji, flags
  and non-Latin scripts; dates in English, German, French, Spanish, Russian or Japanese;
* X header first: ``Name @handle`` then one body line;
* Instagram: ``<caption> A post shared by Name (@handle) on Mon D, YYYY at h:mmam PDT``;
* Facebook: ``<text>`` then ``Posted by Name on Weekday, Month D, YYYY``;
* post URLs alone on a line (X, YouTube, Telegram, TikTok, Bluesky, Truth Social).

Layouts left out because they are ambiguous even to a reader (tested by hand instead):
prose directly above a body with no blank line, prose paragraphs that end in ``:`` or are
separated by runs of blank lines, flattened pages without line breaks (glued sentences),
a ``Posted by`` line whose text above could be prose, body lines ending in a mention
(``news @desk`` reads as a header line), and bodies at the length limit.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsdoc.models import EmbeddedSocialPost, Entity, Span, TimeZone
from newsdoc.testing.strategies._sample import Sample

__all__ = ["post_samples"]

_WORDS = (
    "council", "river", "schools", "budget", "members", "week", "plan", "town", "market",
    "farmers", "road", "water", "season", "team", "report", "office", "vote", "harbour",
)  # fmt: skip
_NAMES = (
    "Foreign Office 🇬🇧", "Ана Ковач", "tall glass of tea 🎄", "Jean-Luc Marc", "山田太郎",
    "Rep. Ola Berg", "Dele", "9to5Desk.com", "Ruth Adler 🏳️‍🌈", "محمد علي", "Kovács Éva",
)  # fmt: skip
_HEADER_NAMES = ("Ruth Adler", "Mika Salo", "Desk Team", "Ana Ruiz")
_HANDLES = ("ruthadler", "fo_office", "mika_s", "Desk24", "ana_ruiz", "x_y_z")
_EMOJI = ("⚡️", "👉", "🇺🇦", "🔥", "⬇️⬇️")
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTHS_DE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip
_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MONTHS_RU = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PDT = TimeZone(raw="PDT", utc_offset="-07:00", assumed=True)


def _format_date(day: dt.date, style: int) -> str:
    d, m, y = day.day, day.month, day.year
    return (
        f"{_MONTHS_EN[m - 1]} {d}, {y}",
        f"{d}. {_MONTHS_DE[m - 1]} {y}",
        f"{d} {_MONTHS_FR[m - 1]} {y}",
        f"{d} de {_MONTHS_ES[m - 1]} de {y}",
        f"{d} {_MONTHS_RU[m - 1]} {y} г.",
        f"{y}年{m}月{d}日",
    )[style]


class _Writer:
    """Appends text while recording spans and entities."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[Entity] = []

    def add(self, piece: str) -> Span:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return Span(start=start, end=self.length)

    def entity(self, raw: str, kind: str, value: str, url_kind: str | None = None) -> None:
        span = self.add(raw)
        self.entities.append(
            Entity.model_validate(
                {"span": span, "raw": raw, "kind": kind, "value": value, "url_kind": url_kind}
            )
        )

    @property
    def text(self) -> str:
        return "".join(self.parts)


@st.composite
def _prose(draw: st.DrawFn) -> str:
    sentences = []
    for _ in range(draw(st.integers(1, 3))):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=12))
        sentences.append("The " + " ".join(words) + draw(st.sampled_from((".", "!", "?"))))
    return " ".join(sentences)


def _body_line(draw: st.DrawFn, out: _Writer, last: bool) -> bool:
    """Write one body line; return whether it ends with a link."""
    tokens = draw(st.lists(st.sampled_from(("w", "w", "w", "@", "#", "$", "e")), min_size=2,
                           max_size=8))  # fmt: skip
    for index, token in enumerate(tokens):
        if index:
            out.add(" ")
        if token == "w":
            out.add(draw(st.sampled_from(_WORDS)))
        elif token == "@":
            handle = draw(st.sampled_from(_HANDLES))
            out.entity("@" + handle, "mention", handle)
        elif token == "#":
            tag = draw(st.sampled_from(("truce", "Vote2024", "café", "Стамбул")))
            out.entity("#" + tag, "hashtag", tag)
        elif token == "$":
            tag = draw(st.sampled_from(("ACME", "XYZ")))
            out.entity("$" + tag, "cashtag", tag)
        else:
            out.add(draw(st.sampled_from(_EMOJI)))
    # A line ending in a mention would read as a "Name @handle" header line.
    out.add(" " + draw(st.sampled_from(_WORDS)))
    ends_with_link = False
    if last and draw(st.booleans()):
        code = draw(st.text("abcXYZ019", min_size=6, max_size=10))
        if draw(st.booleans()):
            out.add(" ")
            out.entity(f"https://t.co/{code}", "url", f"https://t.co/{code}", "shortener")
        out.add(" ")
        out.entity(f"pic.twitter.com/{code}", "url", f"pic.twitter.com/{code}", "media")
        ends_with_link = True
    return ends_with_link


@st.composite
def _tweet(draw: st.DrawFn, out: _Writer) -> EmbeddedSocialPost:
    out.entities = []
    start = out.length
    lines = draw(st.integers(1, 3))
    separator = draw(st.sampled_from(("\n", "\n\n\n\n")))
    ends_with_link = False
    for index in range(lines):
        if index:
            out.add(separator)
        ends_with_link = _body_line(draw, out, index == lines - 1)
    body = Span(start=start, end=out.length)
    name = draw(st.sampled_from(_NAMES))
    handle = draw(st.sampled_from(_HANDLES))
    day = draw(st.dates(dt.date(2018, 1, 1), dt.date(2026, 12, 31)))
    dash = draw(st.sampled_from(("— ", "– ", "- ", "glued", "lost")))
    if dash == "glued" and not ends_with_link:
        dash = "— "
    if dash == "lost":
        out.add("  ")
        sig_start = out.length
        out.add(f"{name} (@{handle}) {_format_date(day, draw(st.integers(0, 5)))}")
    else:
        if dash != "glued":
            out.add(draw(st.sampled_from((" ", "\n\n"))))
        sig_start = out.length
        mark = "—" if dash == "glued" else dash
        out.add(f"{mark}{name} (@{handle}) {_format_date(day, draw(st.integers(0, 5)))}")
    signature = Span(start=sig_start, end=out.length)
    return _post("twitter", out, body, signature, name, handle, day)


def _post(
    platform: str,
    out: _Writer,
    body: Span | None,
    signature: Span | None,
    name: str | None,
    handle: str | None,
    posted: dt.date | None,
    zone: TimeZone | None = None,
    start: int | None = None,
    **extra: str | None,
) -> EmbeddedSocialPost:
    text = out.text
    first = start if start is not None else (body.start if body else signature.start)  # type: ignore[union-attr]
    return EmbeddedSocialPost.model_validate(
        {
            "span": {"start": first, "end": out.length},
            "raw": text[first:],
            "platform": platform,
            "author_name": name,
            "handle": handle,
            "posted": posted,
            "posted_timezone": zone,
            "body": body,
            "text": body.slice(text) if body else None,
            "signature": signature,
            "entities": tuple(out.entities) if body else (),
            **extra,
        }
    )


@st.composite
def _instagram(draw: st.DrawFn, out: _Writer) -> EmbeddedSocialPost:
    out.entities = []
    start = out.length
    _body_line(draw, out, last=False)
    body = Span(start=start, end=out.length)
    out.add(" ")
    sig_start = out.length
    name = draw(st.sampled_from(_NAMES))
    handle = draw(st.sampled_from(_HANDLES))
    day = draw(st.dates(dt.date(2015, 1, 1), dt.date(2026, 12, 31)))
    hour, minute = draw(st.integers(1, 12)), draw(st.integers(0, 59))
    half = draw(st.sampled_from(("am", "pm")))
    out.add(
        f"A post shared by {name} (@{handle}) on {_MONTHS_EN[day.month - 1][:3]} {day.day},"
        f" {day.year} at {hour}:{minute:02d}{half} PDT"
    )
    hour24 = hour % 12 + (12 if half == "pm" else 0)
    posted = dt.datetime(
        day.year, day.month, day.day, hour24, minute, tzinfo=dt.timezone(dt.timedelta(hours=-7))
    )
    signature = Span(start=sig_start, end=out.length)
    return _post("instagram", out, body, signature, name, handle, posted, _PDT)


@st.composite
def _facebook(draw: st.DrawFn, out: _Writer) -> EmbeddedSocialPost:
    out.entities = []
    start = out.length
    _body_line(draw, out, last=False)
    body = Span(start=start, end=out.length)
    out.add("\n")
    sig_start = out.length
    name = draw(st.sampled_from(_HEADER_NAMES))
    day = draw(st.dates(dt.date(2012, 1, 1), dt.date(2026, 12, 31)))
    out.add(f"Posted by {name} on {_WEEKDAYS[day.weekday()]}, {_format_date(day, 0)}")
    signature = Span(start=sig_start, end=out.length)
    return _post("facebook", out, body, signature, name, None, day)


@st.composite
def _header_first(draw: st.DrawFn, out: _Writer) -> EmbeddedSocialPost:
    out.entities = []
    name = draw(st.sampled_from(_HEADER_NAMES))
    handle = draw(st.sampled_from(_HANDLES))
    signature = out.add(f"{name} @{handle}")
    out.add("\n")
    out.entities = []
    start = out.length
    _body_line(draw, out, last=True)
    body = Span(start=start, end=out.length)
    return _post("twitter", out, body, signature, name, handle, None, start=signature.start)


@st.composite
def _url_line(draw: st.DrawFn, out: _Writer) -> EmbeddedSocialPost:
    out.entities = []
    handle = draw(st.sampled_from(_HANDLES)).lower()
    number = str(draw(st.integers(10**9, 10**12)))
    video = draw(st.text("abcdefXYZ0129_-", min_size=11, max_size=11))
    platform, url, post_handle, post_id, canonical = draw(
        st.sampled_from(
            (
                ("twitter", f"https://x.com/{handle}/status/{number}", handle, number,
                 f"https://twitter.com/{handle}/status/{number}"),
                ("youtube", f"https://www.youtube.com/watch?v={video}", None, video,
                 f"https://www.youtube.com/watch?v={video}"),
                ("telegram", f"https://t.me/{handle}/{number[:4]}", handle, number[:4],
                 f"https://t.me/{handle}/{number[:4]}"),
                ("tiktok", f"https://www.tiktok.com/@{handle}/video/{number}", handle, number,
                 f"https://www.tiktok.com/@{handle}/video/{number}"),
                ("bluesky", f"https://bsky.app/profile/{handle}.bsky.social/post/3k{video[:6]}",
                 f"{handle}.bsky.social", f"3k{video[:6]}",
                 f"https://bsky.app/profile/{handle}.bsky.social/post/3k{video[:6]}"),
                ("truthsocial", f"https://truthsocial.com/@{handle}/posts/{number}", handle,
                 number, f"https://truthsocial.com/@{handle}/posts/{number}"),
            )
        )
    )  # fmt: skip
    if platform == "bluesky" and not video[:6].isalnum():
        return draw(_url_line(out))
    start = out.add(url).start
    return _post(
        platform, out, None, None, None, post_handle, None, start=start,
        url=url, post_id=post_id, canonical_url=canonical,
    )  # fmt: skip


@st.composite
def post_samples(draw: st.DrawFn) -> Sample:
    """An article of prose paragraphs with 1-4 embedded posts between them."""
    out = _Writer()
    posts: list[EmbeddedSocialPost] = []
    out.add(draw(_prose()))
    kinds = draw(
        st.lists(
            st.sampled_from(("tweet", "tweet", "instagram", "facebook", "header", "url")),
            min_size=1,
            max_size=4,
        )
    )
    builders = {
        "tweet": _tweet,
        "instagram": _instagram,
        "facebook": _facebook,
        "header": _header_first,
        "url": _url_line,
    }
    for kind in kinds:
        out.add("\n\n")
        posts.append(draw(builders[kind](out)))
        out.add("\n\n")
        out.add(draw(_prose()))
    return Sample(text=out.text, items=tuple(posts))
