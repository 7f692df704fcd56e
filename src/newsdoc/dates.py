"""Reading printed dates, times and time zones, shared by the parsers.

Month and weekday names come from the ``months`` lexicon (many languages, genitive and
other inflected forms included); zone abbreviations from the ``timezones`` lexicon,
overridable with :attr:`ParseOptions.timezones <newsdoc.options.ParseOptions.timezones>`.

Surface forms read by :func:`match_date` / :func:`search_date`, each optionally led by a
weekday (``Monday, March 7, 2022``) and followed by a time and zone:

* month first: ``March 7, 2022``, ``Mar. 7 2022``, ``Aug 30, 2017 at 9:41am PDT``,
  ``March 8th, 2022``, year-less ``March 8``;
* day first: ``08 Mar 2022, 10:45 IST``, ``7. März 2022``, ``7 mars 2022``,
  ``7 de marzo de 2022``, ``16 мая 2018 г.``, ``8th of March 2022``, year-less ``7 May``;
* year first: ``2019. július 30.`` (Hungarian), ``2022年3月7日``, ``2022년 3월 7일``;
* ISO 8601: ``2022-03-08``, ``2022-03-08T10:45:00+05:30``, ``2022-03-08T05:15Z``;
* numeric: ``08/03/2022``, ``8.3.2022`` (dotted forms are day first everywhere they
  are used), ``2022/03/08``. A slashed or dashed day/month pair that reads both ways is
  decided by ``ParseOptions.dayfirst``, else read month first and flagged ``ambiguous``;
* times: ``10:45``, ``11:02 AM``, ``9:41am``, ``10.45 a.m.``, ``8 PM``, ``18:30 Uhr``,
  joined by ``,``, ``|``, a dash, ``at``, ``um``, ``à`` …; zones: abbreviations
  (``IST``, ``EST``, ``(PDT)``), ``UTC+5:30``, ``GMT-4``, ``+0530``, ``Z`` (ISO only).

:func:`match_relative` reads ``3 hours ago``, ``vor 2 Tagen``, ``hace 3 horas``.

Deliberately not read: two-digit years (``08/03/22``), a time printed before its date,
weekdays printed after the date, and month-year pairs without a day (``March 2022``).
An unknown zone abbreviation after a time is left out of the match rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex
from dateutil import tz as dateutil_tz

from newsdoc.lexicon import load
from newsdoc.models import TimeZone
from newsdoc.options import ParseOptions

__all__ = [
    "FoundDate",
    "match_date",
    "match_relative",
    "month_number",
    "resolve_timezone",
    "search_date",
    "weekday_number",
]

_DEFAULT_OPTIONS = ParseOptions()


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date expression found in a text."""

    start: int
    """Absolute offset of the first character of the expression."""
    end: int
    """Absolute offset one past its last character."""
    value: dt.date | dt.datetime | None
    """A date, or a datetime when a time is printed (zone-aware when the zone is printed or
    known); ``None`` when the year is missing and no reference date was given."""
    timezone: TimeZone | None
    """The printed zone and how it was resolved."""
    has_year: bool
    """Whether the text prints the year (else it came from the reference date)."""
    ambiguous: bool
    """Whether a numeric day/month order could not be decided from the text alone."""


# --------------------------------------------------------------------------- lexicon


def _forms(section: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for per_language in load("months")[section].values():
        for index, forms in enumerate(per_language, start=1):
            for form in forms:
                table[form.lower()] = index
    return table


@cache
def _month_table() -> dict[str, int]:
    return _forms("months") | _forms("month_abbreviations")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(_forms("month_abbreviations")) - frozenset(_forms("months"))


@cache
def _weekday_table() -> dict[str, int]:
    return _forms("weekdays")


@cache
def _leading_words() -> frozenset[str]:
    """Every word a month or weekday form can open with, lower-case."""
    words: set[str] = set()
    for form in (*_month_table(), *_weekday_table()):
        word = _WORD.match(form)
        words.add(word[0] if word is not None else form)
    return frozenset(words)


_WORD = regex.compile(r"[\p{L}\p{M}]{1,30}")


@cache
def _lowercase_ambiguous() -> frozenset[str]:
    return frozenset(load("months")["lowercase_ambiguous"])


def month_number(word: str) -> int | None:
    """The month (1–12) a month name or abbreviation stands for, in any known language.

    >>> month_number("März"), month_number("sept."), month_number("мая")
    (3, 9, 5)
    """
    return _month_table().get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """The ISO weekday (1 = Monday) a weekday name stands for, in any known language."""
    return _weekday_table().get(word.lower().rstrip("."))


def _alternation(words: object) -> str:
    assert isinstance(words, dict)
    # Longest first, so "červenec" wins over its prefix "červen".
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word) for word in ordered)


# --------------------------------------------------------------------------- zones


@cache
def _zone_table() -> dict[str, Any]:
    data: dict[str, Any] = load("timezones")
    return data


@cache
def _tz_database(name: str) -> dt.tzinfo | None:
    return dateutil_tz.gettz(name)


_OFFSET = regex.compile(
    r"(?:(?:UTC|GMT|UT)\s?)?(?P<sign>[+\-−])\s?(?P<h>\d{1,2})(?::?(?P<m>[0-5]\d))?"
)


def _format_offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def resolve_timezone(
    raw: str, options: ParseOptions | None = None, *, on: dt.date | None = None
) -> TimeZone | None:
    """The :class:`~newsdoc.models.TimeZone` a printed zone stands for, or ``None``.

    Abbreviations come from the ``timezones`` lexicon (``assumed=True``), overridden by
    ``options.timezones``; printed offsets (``+0530``, ``UTC+5:30``, ``GMT-4``) and the
    zones that are an offset by definition (``UTC``, ``GMT``, ``Z``) give ``assumed=False``.
    Regional names without a standard/daylight distinction (``ET``) take the offset in
    force ``on`` that date when it is given.

    >>> resolve_timezone("IST")
    TimeZone(raw='IST', utc_offset='+05:30', assumed=True)
    >>> resolve_timezone("UTC+5:30").utc_offset
    '+05:30'
    """
    options = options if options is not None else _DEFAULT_OPTIONS
    name = raw.strip()
    if name.startswith("(") and name.endswith(")"):
        name = name[1:-1].strip()
    if not name:
        return None
    upper = name.upper()
    if upper in options.timezones:
        return TimeZone(raw=raw, utc_offset=options.timezones[upper], assumed=True)
    table = _zone_table()
    if upper == name and upper in table["zones"]:
        offset: str = table["zones"][upper]
        regional = table["regional"].get(upper)
        if regional is not None and on is not None:
            zone = _tz_database(regional)
            moment = dt.datetime(on.year, on.month, on.day, 12, tzinfo=zone)
            delta = moment.utcoffset()
            if delta is not None:
                offset = _format_offset(delta)
        return TimeZone(raw=raw, utc_offset=offset, assumed=upper not in table["exact"])
    match = _OFFSET.fullmatch(name)
    if match is None:
        return None
    hours, minutes = int(match["h"]), int(match["m"] or 0)
    if hours > 14:
        return None
    sign = "-" if match["sign"] in "-−" else "+"
    return TimeZone(raw=raw, utc_offset=f"{sign}{hours:02d}:{minutes:02d}", assumed=False)


def _tzinfo(zone: TimeZone) -> dt.timezone:
    sign = -1 if zone.utc_offset.startswith("-") else 1
    hours, minutes = int(zone.utc_offset[1:3]), int(zone.utc_offset[4:6])
    offset = dt.timedelta(hours=hours, minutes=minutes) * sign
    return dt.timezone.utc if not offset else dt.timezone(offset)


# --------------------------------------------------------------------------- patterns

_ZONE = (
    r"(?:(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?[0-5]\d)?|[+\-−][01]\d:?[0-5]\d"
    r"|[A-Z]{2,5})(?![a-z\d+\-−])"
)
_DOTTED_TIME_END = (
    r"\s?[AaPp]\.?[Mm]|\s{0,2}\(?(?:UTC|GMT|[A-Z]{2,5})(?![\p{L}\d])|\s{0,2}[+\-−]\d"
    r"|\s?(?i:uhr|hrs|h)(?!\w)|[^\S\n]*(?:\n|$|[|,·•/–—])"
)
"""What may follow a time written with a full stop or an ``h`` (``10.12 GMT``, ``kl. 10.12``
at a line's end, ``à 10h12``): a zone, am/pm, an hour word, a separator or the line's end,
so that a decimal in prose (``10.50 percent``) is no time."""
_TIME = (
    r"(?P<dend>)"
    r"(?:\s{0,3}(?:[,|@·–—\-]|(?<=\s)/(?=\s)|(?i:at|um|à|a\ las|alle|às|om|kl\.?|в|o))?\s{0,3}"
    r"(?P<hour>[012]?\d)"
    r"(?::(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"|(?:\.|\s?h\s?)(?P<minute>[0-5]\d)(?!\d)(?=" + _DOTTED_TIME_END + r"))?"
    r"(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?!\w))?"
    r"(?:\s?(?i:uhr|hrs|hs|horas|ч\.)(?!\w))?"
    r"(?P<tend>)"
    r"(?:\s{0,2}(?:\((?P<zone>" + _ZONE + r")\)|(?P<zone>" + _ZONE + r")))?"
    r")?"
)
_ISO_TIME = (
    r"(?P<dend>)"
    r"(?:[T\s](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d)(?:[.,]\d{1,9})?)?"
    r"(?P<tend>)"
    r"(?:\s?(?P<zone>Z(?!\w)|[+\-−][01]\d(?::?[0-5]\d)?(?!\d)|" + _ZONE + r"))?"
    r")?"
)


_CJK_MONTH_MARKS = ("月", "월")


@cache
def _date_pattern() -> regex.Pattern[str]:
    months = f"(?P<mon>(?i:{_alternation(_month_table())}))"
    weekday = (
        rf"(?:(?P<wd>(?i:{_alternation(_weekday_table())}))(?!\w)\.?,?\s{{1,3}}"
        r"(?:(?i:the|le|el|den|der)\s{1,3})?)?"
    )
    day = r"(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th|er|º|°|\.)?"
    year = r"(?P<year>(?:1[89]|2[01])\d\d)(?!\d)"
    ru_year = r"(?:\s{0,2}(?:г\.|года|г(?!\w)|年))?"
    month_first = rf"{months}(?!\w)\.?\s{{1,3}}{day}(?:,?\s{{1,3}}{year})?"
    day_first = (
        rf"{day}\s{{0,3}}(?:(?i:of|de)\s{{1,3}})?{months}(?!\w)\.?"
        rf"(?:,?\s{{1,3}}(?:(?i:de|del)\s{{1,3}})?{year}{ru_year})?"
    )
    hungarian = rf"{year}\.\s{{1,3}}{months}(?!\w)\.?\s{{1,3}}(?P<day>[0-3]?\d)(?!\d)\.?"
    # the CJK form only ever holds a CJK month ("3月"): trying the whole month
    # alternation there first made every other date pay for it twice
    cjk_months = [form for form in _month_table() if form.endswith(_CJK_MONTH_MARKS)]
    cjk_month = f"(?P<mon>{_alternation(dict.fromkeys(cjk_months))})"
    cjk = rf"(?:{year}\s?[年년]\s?)?{cjk_month}\s?(?P<day>[0-3]?\d)(?!\d)\s?[日일]"
    iso = rf"{year}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"
    numeric = (
        r"(?P<n1>[0-3]?\d)(?P<sep>[/.\-])(?P<n2>[0-3]?\d)(?P=sep)"
        + year
        + r"|"
        + rf"{year}(?P<ysep>[/.])(?P<mnum>[01]?\d)(?P=ysep)(?P<day>[0-3]?\d)(?!\d)\.?"
    )
    # "10:12 GMT, 5 January 2031", "3:05 PM · Mar 7, 2022": the time printed first
    inner_weekday = weekday.replace("(?P<wd>", "(?:", 1)
    time_first = (
        r"(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)(?!\d)"
        r"(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?!\w))?"
        r"(?:\s{0,2}(?P<zone>" + _ZONE + r"))?"
        r"\s{0,2}(?:,|\||·|(?i:on))\s{0,3}"
        rf"{inner_weekday}(?:{day_first}|{month_first})(?P<dend>)(?P<tend>)"
    )
    pattern = (
        r"(?<![\d\p{Latin}\p{Cyrillic}\p{Greek}])"
        rf"{weekday}"
        r"(?:"
        rf"(?:{iso}){_ISO_TIME}"
        rf"|(?:{cjk}|{hungarian}|{numeric}|{month_first}|{day_first}){_TIME}"
        rf"|{time_first}"
        r")"
    )
    return regex.compile(pattern, regex.VERSION1)


# --------------------------------------------------------------------------- reading


def _year_for(month: int, day: int, reference: dt.date) -> int | None:
    """The year that puts month/day nearest the reference date (within half a year)."""
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        distance = abs((candidate - reference).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return None if best is None else best[1]


def _day_month(match: regex.Match[str], options: ParseOptions) -> tuple[int, int, bool] | None:
    """Day, month and ambiguity of a match."""
    if match["n1"] is not None:
        first, second = int(match["n1"]), int(match["n2"])
        if match["sep"] == ".":
            return first, second, False
        if options.dayfirst is True:
            return (first, second, False) if second <= 12 else (second, first, False)
        if options.dayfirst is False:
            return (second, first, False) if first <= 12 else (first, second, False)
        if first > 12:
            return first, second, False
        if second > 12 or first == second:
            return second, first, False
        return second, first, True
    day = int(match["day"])
    if match["mnum"] is not None:
        return day, int(match["mnum"]), False
    month = month_number(match["mon"])
    if month is None:
        return None
    return day, month, False


def _time_of(match: regex.Match[str]) -> dt.time | None:
    if match["hour"] is None:
        return None
    hour = int(match["hour"])
    minute = int(match["minute"]) if match["minute"] is not None else None
    ampm = match["ampm"]
    if minute is None and ampm is None:
        return None
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        pm = ampm[0] in "pP"
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23:
        return None
    second = int(match["second"]) if match["second"] is not None else 0
    return dt.time(hour, minute or 0, second)


def _read(
    match: regex.Match[str], options: ParseOptions, reference: dt.date | None
) -> FoundDate | None:
    parts = _day_month(match, options)
    if parts is None:
        return None
    day, month, ambiguous = parts
    has_year = match["year"] is not None
    if not has_year:
        month_word = match["mon"]
        if month_word is not None and not _yearless_month_ok(month_word):
            return None
    year: int | None = int(match["year"]) if has_year else None
    if year is None and reference is not None:
        year = _year_for(month, day, reference)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    date: dt.date | None = None
    if year is not None:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
    elif day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    end = match.end("dend")
    time = _time_of(match)
    zone: TimeZone | None = None
    if time is not None:
        end = match.end("tend")
        if match["zone"] is not None:
            zone = resolve_timezone(match["zone"], options, on=date)
            if zone is not None and match.end("zone") > end:  # a zone before the date stays
                end = match.end("zone")
                if match.group(0)[end - match.start() :].startswith(")"):
                    end += 1
    value: dt.date | dt.datetime | None = date
    if date is not None and time is not None:
        value = dt.datetime.combine(date, time, tzinfo=_tzinfo(zone) if zone else None)
    return FoundDate(
        start=match.start(),
        end=_rstrip(match.string, match.start(), end),
        value=value,
        timezone=zone,
        has_year=has_year,
        ambiguous=ambiguous,
    )


def _yearless_month_ok(word: str) -> bool:
    """Year-less dates need a month word that cannot be an ordinary word (``may``,
    ``mar``) unless it is capitalised as a month name is in English or German copy."""
    bare = word.rstrip(".")
    if bare[:1].isupper():
        return True
    lower = bare.lower()
    return lower not in _lowercase_ambiguous() and lower not in _abbreviations()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _opens_with(
    text: str, pos: int, endpos: int, words: Container[str], fold: Callable[[str], str]
) -> bool:
    """Whether the word at ``pos`` is one of ``words`` once folded."""
    word = _WORD.match(text, pos, min(endpos, pos + 30))
    return word is not None and fold(word[0]) in words


def match_date(
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    options: ParseOptions | None = None,
    reference: dt.date | None = None,
) -> FoundDate | None:
    """A date expression starting exactly at ``pos`` (optional weekday, day, month name or
    number, year, optional time and zone), or ``None``.

    Year-less dates take their year from ``reference`` (the nearest such date); without
    one, ``value`` is ``None``.

    >>> found = match_date("Mar 7, 2022 at 3:05 PM PDT")
    >>> found.value.isoformat(), found.timezone.utc_offset
    ('2022-03-07T15:05:00-07:00', '-07:00')
    """
    options = options if options is not None else _DEFAULT_OPTIONS
    endpos = len(text) if endpos is None else endpos
    if pos >= endpos:
        return None
    if not text[pos].isdigit() and not _opens_with(text, pos, endpos, _leading_words(), str.lower):
        # a cheap look at the first word saves running the full pattern on most positions
        return None
    match = _date_pattern().match(text, pos, endpos, timeout=options.regex_timeout)
    if match is None:
        return None
    return _read(match, options, reference)


def search_date(
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    options: ParseOptions | None = None,
    reference: dt.date | None = None,
) -> FoundDate | None:
    """The first date expression in ``text[pos:endpos]``, or ``None``.

    >>> search_date("— Jan Novak (@jnovak) 7. März 2022").value
    datetime.date(2022, 3, 7)
    """
    options = options if options is not None else _DEFAULT_OPTIONS
    endpos = len(text) if endpos is None else endpos
    for match in _date_pattern().finditer(text, pos, endpos, timeout=options.regex_timeout):
        found = _read(match, options, reference)
        if found is not None:
            return found
    return None


# --------------------------------------------------------------------------- relative

_UNIT_DAYS = {"minute": 0, "hour": 0, "day": 1, "week": 7}


@cache
def _relative() -> tuple[regex.Pattern[str], dict[str, str], dict[str, int]]:
    units: dict[str, str] = {}
    one_words: dict[str, int] = {}
    before: set[str] = set()
    after: set[str] = set()
    for spec in load("months")["relative"].values():
        for unit, words in spec["units"].items():
            for word in words:
                units[word.lower()] = unit
        for word in spec["one_words"]:
            one_words[word.lower()] = 1
        (before if spec["position"] == "before" else after).update(spec["marker"])
    unit_alt = _alternation(units)
    number = rf"(?P<n>\d{{1,3}}|{_alternation(one_words)})" if one_words else r"(?P<n>\d{1,3})"
    body = rf"{number}\s{{1,2}}(?P<unit>{unit_alt})(?!\w)\.?"
    marker_before = _alternation(dict.fromkeys(before))
    marker_after = _alternation(dict.fromkeys(after))
    pattern = regex.compile(
        rf"(?i)(?<!\w)(?:(?:{marker_before})\s{{1,2}}{body}|{body}\s{{1,2}}(?:{marker_after}))(?!\w)",
        regex.VERSION1,
    )
    return pattern, units, one_words


@cache
def _relative_openers() -> frozenset[str]:
    """Every word a relative date can open with (a count word or a leading marker's first
    word), case-folded as the pattern's full case folding compares them."""
    openers: set[str] = set()
    for spec in load("months")["relative"].values():
        openers.update(word.casefold() for word in spec["one_words"])
        if spec["position"] == "before":
            openers.update(marker.split()[0].casefold() for marker in spec["marker"])
    return frozenset(openers)


def match_relative(
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    options: ParseOptions | None = None,
    reference: dt.date | None = None,
) -> FoundDate | None:
    """A relative date (``3 hours ago``, ``vor 2 Tagen``, ``hace una semana``) starting at
    ``pos``. Its value is the reference date moved back by whole days (hours and minutes
    keep the reference date); ``None`` without a reference."""
    options = options if options is not None else _DEFAULT_OPTIONS
    endpos = len(text) if endpos is None else endpos
    if pos >= endpos:
        return None
    if not text[pos].isdigit() and not _opens_with(
        text, pos, endpos, _relative_openers(), str.casefold
    ):
        # a relative date opens with a number, a count word or a marker
        return None
    pattern, units, one_words = _relative()
    match = pattern.match(text, pos, endpos, timeout=options.regex_timeout)
    if match is None:
        return None
    count_word = match["n"].lower()
    count = int(count_word) if count_word.isdigit() else one_words.get(count_word, 1)
    unit = units[match["unit"].lower()]
    value = None
    if reference is not None:
        value = reference - dt.timedelta(days=_UNIT_DAYS[unit] * count)
    return FoundDate(
        start=match.start(),
        end=match.end(),
        value=value,
        timezone=None,
        has_year=False,
        ambiguous=False,
    )
