"""Hypothesis strategies for date headers and datelines.

:func:`date_header_samples` draws a short article: a title line, a date header rendered
in one of the supported formats (:data:`HEADER_FORMATS`), and a first paragraph that may
open with a wire dateline. The sample's items are exactly the :class:`DateHeader`, the
:class:`Dateline` and its wire :class:`Attribution` a correct parser reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

from newsdoc.agencies import canonical_agency
from newsdoc.models import Attribution, DateHeader, Dateline, Party, Span, TimeZone
from newsdoc.pipeline import Item
from newsdoc.testing.strategies._sample import Sample

__all__ = ["HEADER_FORMATS", "Rendered", "date_header_samples", "zoned_datetimes"]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_GERMAN_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
_FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_SPANISH_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_ZONES = (
    ("IST", "+05:30"),
    ("EST", "-05:00"),
    ("EDT", "-04:00"),
    ("PDT", "-07:00"),
    ("CET", "+01:00"),
    ("MSK", "+03:00"),
    ("JST", "+09:00"),
    ("AEDT", "+11:00"),
)
_TITLES = ("Council approves new budget for harbour works", "Rail strike ends after talks")
_BODY = "The committee met late into the night and agreed on a plan for the coming year."
_PLACES = ("MOSCOW", "NEW DELHI", "ST. JOSEPH, Mich.", "KYIV")
_AGENCIES = ("Reuters", "AP", "AFP", "IANS")


@dataclass(frozen=True)
class Rendered:
    """A rendered header: its text, the value it stands for, label and zone."""

    text: str
    value: dt.date | dt.datetime
    label: str | None
    timezone: TimeZone | None


def _offset(text: str) -> dt.timezone:
    sign = -1 if text.startswith("-") else 1
    delta = dt.timedelta(hours=int(text[1:3]), minutes=int(text[4:6])) * sign
    return dt.timezone(delta)


def _clock12(moment: dt.datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'PM' if moment.hour >= 12 else 'AM'}"


def _published_dmy(moment: dt.datetime, zone: TimeZone) -> Rendered:
    text = (
        f"Published: {moment.day:02d} {_MONTHS[moment.month - 1][:3]} {moment.year}, "
        f"{moment.hour:02d}:{moment.minute:02d} {zone.raw}"
    )
    return Rendered(text, moment, "published", zone)


def _updated_mdy(moment: dt.datetime, zone: TimeZone) -> Rendered:
    text = (
        f"Updated: {_MONTHS[moment.month - 1]} {moment.day}, {moment.year} "
        f"{_clock12(moment)} {zone.raw}"
    )
    return Rendered(text, moment, "updated", zone)


def _last_updated(moment: dt.datetime, zone: TimeZone) -> Rendered:
    text = (
        f"Last Updated: {_MONTHS[moment.month - 1][:3]} {moment.day}, {moment.year} | "
        f"{_clock12(moment)} {zone.raw}"
    )
    return Rendered(text, moment, "last updated", zone)


def _posted_weekday(moment: dt.datetime, zone: TimeZone) -> Rendered:
    naive = moment.replace(tzinfo=None)
    text = (
        f"Posted: {_WEEKDAYS[moment.weekday()]}, {_MONTHS[moment.month - 1]} {moment.day}, "
        f"{moment.year}, {_clock12(moment)}"
    )
    return Rendered(text, naive, "posted", None)


def _iso_offset(moment: dt.datetime, zone: TimeZone) -> Rendered:
    stamp = moment.isoformat(timespec="seconds")
    printed = TimeZone(raw=stamp[-6:], utc_offset=stamp[-6:], assumed=False)
    return Rendered(f"Published: {stamp}", moment, "published", printed)


def _date_word(moment: dt.datetime, zone: TimeZone) -> Rendered:
    return Rendered(f"date {moment.date().isoformat()}", moment.date(), None, None)


def _bracket(moment: dt.datetime, zone: TimeZone) -> Rendered:
    text = f"[{_MONTHS[moment.month - 1]} {moment.day}, {moment.year} - Example Gazette]"
    return Rendered(text, moment.date(), None, None)


def _updated_full_stop(moment: dt.datetime, zone: TimeZone) -> Rendered:
    text = f"Updated {_MONTHS[moment.month - 1]} {moment.day:02d}, {moment.year}."
    return Rendered(text, moment.date(), "updated", None)


def _german(moment: dt.datetime, zone: TimeZone) -> Rendered:
    text = f"Veröffentlicht am {moment.day}. {_GERMAN_MONTHS[moment.month - 1]} {moment.year}"
    return Rendered(text, moment.date(), "published", None)


def _french(moment: dt.datetime, zone: TimeZone) -> Rendered:
    text = f"Publié le {moment.day} {_FRENCH_MONTHS[moment.month - 1]} {moment.year}"
    return Rendered(text, moment.date(), "published", None)


def _spanish(moment: dt.datetime, zone: TimeZone) -> Rendered:
    text = f"Actualizado el {moment.day} de {_SPANISH_MONTHS[moment.month - 1]} de {moment.year}"
    return Rendered(text, moment.date(), "updated", None)


def _weekday_line(moment: dt.datetime, zone: TimeZone) -> Rendered:
    text = f"{_WEEKDAYS[moment.weekday()]}, {_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"
    return Rendered(text, moment.date(), None, None)


HEADER_FORMATS: tuple[Callable[[dt.datetime, TimeZone], Rendered], ...] = (
    _published_dmy,
    _updated_mdy,
    _last_updated,
    _posted_weekday,
    _iso_offset,
    _date_word,
    _bracket,
    _updated_full_stop,
    _german,
    _french,
    _spanish,
    _weekday_line,
)
"""Every header format the round trip covers: each renders a zone-aware datetime (in the
given zone) and says what a parser must read back."""


@st.composite
def zoned_datetimes(draw: st.DrawFn) -> tuple[dt.datetime, TimeZone]:
    """A minute-precision datetime in a zone from the abbreviation table."""
    raw, offset = draw(st.sampled_from(_ZONES))
    day = draw(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    moment = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=_offset(offset))
    return moment, TimeZone(raw=raw, utc_offset=offset, assumed=True)


@st.composite
def date_header_samples(draw: st.DrawFn, *, with_dateline: bool | None = None) -> Sample:
    """A title, a date header in a random format and a first paragraph, perhaps opening
    with a dateline; the items are the header, the dateline and its wire credit."""
    moment, zone = draw(zoned_datetimes())
    render = draw(st.sampled_from(HEADER_FORMATS))
    rendered = render(moment, zone)
    title = draw(st.sampled_from(_TITLES))
    newline = draw(st.sampled_from(("\n", "\r\n")))
    blank = draw(st.sampled_from(("", newline)))
    prefix = f"{title}{newline}{blank}"
    header_span = Span(start=len(prefix), end=len(prefix) + len(rendered.text))
    items: list[Item] = [
        DateHeader(
            span=header_span,
            raw=rendered.text,
            value=rendered.value,
            label=rendered.label,
            timezone=rendered.timezone,
        )
    ]
    text = f"{prefix}{rendered.text}{newline}{blank}"
    if with_dateline if with_dateline is not None else draw(st.booleans()):
        place = draw(st.sampled_from(_PLACES))
        agency = draw(st.sampled_from(_AGENCIES))
        header_day = rendered.value
        if isinstance(header_day, dt.datetime):
            header_day = header_day.date()
        day = header_day - dt.timedelta(days=draw(st.integers(0, 2)))
        dash = draw(st.sampled_from(("-", "—", "–")))
        dateline = f"{place}, {_MONTHS[day.month - 1]} {day.day} ({agency}) {dash}"
        span = Span(start=len(text), end=len(text) + len(dateline))
        canonical = canonical_agency(agency)
        items.append(
            Dateline(
                span=span,
                raw=dateline,
                location=place,
                date=day,
                agency=canonical,
            )
        )
        if canonical is not None:
            items.append(
                Attribution(
                    kind="wire",
                    span=span,
                    raw=dateline,
                    parties=(Party(name=canonical, kind="agency"),),
                )
            )
        text = f"{text}{dateline} "
    text = f"{text}{_BODY}{newline}"
    return Sample(text=text, items=tuple(items))
