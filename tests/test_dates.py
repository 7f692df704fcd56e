"""Tests for newsdoc.dates: date expressions, zones and relative dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import pytest

from newsdoc.dates import (
    FoundDate,
    match_date,
    match_relative,
    month_number,
    resolve_timezone,
    search_date,
    weekday_number,
)
from newsdoc.lexicon import load
from newsdoc.models import TimeZone
from newsdoc.options import ParseOptions
from newsdoc.testing import marked


def _tz(offset: str) -> dt.timezone:
    sign = -1 if offset.startswith("-") else 1
    return dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("⟦d:April 3, 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:Apr. 3 2021⟧ and more", dt.date(2021, 4, 3)),
        ("⟦d:April 3rd, 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:Saturday, April 3, 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:3 April 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:3rd of April 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:3. April 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:3. März 2021⟧", dt.date(2021, 3, 3)),
        ("⟦d:3 avril 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:3 de abril de 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:3 de março de 2021⟧", dt.date(2021, 3, 3)),
        ("⟦d:3 aprile 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:3 april 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:3 kwietnia 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:3. července 2021⟧", dt.date(2021, 7, 3)),
        ("⟦d:3. června 2021⟧", dt.date(2021, 6, 3)),
        ("⟦d:3 augusti 2021⟧", dt.date(2021, 8, 3)),
        ("⟦d:2021. augusztus 3.⟧", dt.date(2021, 8, 3)),
        ("⟦d:3 апреля 2021 г.⟧", dt.date(2021, 4, 3)),
        ("⟦d:3 квітня 2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:2021年4月3日⟧", dt.date(2021, 4, 3)),
        ("⟦d:2021년 4월 3일⟧", dt.date(2021, 4, 3)),
        ("⟦d:2021-04-03⟧ Text", dt.date(2021, 4, 3)),
        ("⟦d:2021/04/03⟧", dt.date(2021, 4, 3)),
        ("⟦d:3.4.2021⟧", dt.date(2021, 4, 3)),
        ("⟦d:23/04/2021⟧", dt.date(2021, 4, 23)),
        ("⟦d:April 3, 2021⟧; Springfield, USA", dt.date(2021, 4, 3)),
        ("⟦d:April 3, 2021⟧.", dt.date(2021, 4, 3)),
    ],
)
def test_match_date_reads_calendar_dates(source: str, value: dt.date) -> None:
    sample = marked(source)
    found = match_date(sample.text)
    assert found is not None
    assert (found.start, found.end) == (sample.span("d").start, sample.span("d").end)
    assert found.value == value
    assert found.has_year
    assert not found.ambiguous


@pytest.mark.parametrize(
    ("source", "value", "zone"),
    [
        ("⟦d:Apr 3, 2021 at 4:05 PM PDT⟧", dt.datetime(2021, 4, 3, 16, 5), "-07:00"),
        ("⟦d:03 Apr 2021, 09:15 IST⟧", dt.datetime(2021, 4, 3, 9, 15), "+05:30"),
        ("⟦d:April 3, 2021 11:20 AM EST⟧", dt.datetime(2021, 4, 3, 11, 20), "-05:00"),
        ("⟦d:April 3, 2021 | 11:20 AM IST⟧", dt.datetime(2021, 4, 3, 11, 20), "+05:30"),
        ("⟦d:3 April 2021 9.15 a.m. BST⟧", dt.datetime(2021, 4, 3, 9, 15), "+01:00"),
        ("⟦d:3 April 2021 12:30 (JST)⟧ more", dt.datetime(2021, 4, 3, 12, 30), "+09:00"),
        ("⟦d:April 3, 2021 4:05 PM ET⟧", dt.datetime(2021, 4, 3, 16, 5), "-04:00"),
        ("⟦d:January 3, 2021 4:05 PM ET⟧", dt.datetime(2021, 1, 3, 16, 5), "-05:00"),
        ("⟦d:Apr 3, 2021 at 4:05pm PDT⟧Next words glued", dt.datetime(2021, 4, 3, 16, 5), "-07:00"),
        ("⟦d:3 April 2021, 18:40 UTC+5:30⟧", dt.datetime(2021, 4, 3, 18, 40), "+05:30"),
        ("⟦d:2021-04-03T18:40:00+05:30⟧", dt.datetime(2021, 4, 3, 18, 40), "+05:30"),
        ("⟦d:2021-04-03T18:40:00.250Z⟧", dt.datetime(2021, 4, 3, 18, 40), "+00:00"),
        ("⟦d:2021-04-03 18:40 -0300⟧", dt.datetime(2021, 4, 3, 18, 40), "-03:00"),
    ],
)
def test_match_date_reads_times_and_zones(source: str, value: dt.datetime, zone: str) -> None:
    sample = marked(source)
    found = match_date(sample.text)
    assert found is not None
    assert found.end == sample.span("d").end
    assert found.value == value.replace(tzinfo=_tz(zone))
    assert found.timezone is not None
    assert found.timezone.utc_offset == zone


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("⟦d:April 3, 2021 4:05 PM⟧", dt.datetime(2021, 4, 3, 16, 5)),
        ("⟦d:3. April 2021, 18:40 Uhr⟧", dt.datetime(2021, 4, 3, 18, 40)),
        ("⟦d:3 de abril de 2021 às 18:40⟧", dt.datetime(2021, 4, 3, 18, 40)),
        ("⟦d:April 3, 2021 12:05 AM⟧", dt.datetime(2021, 4, 3, 0, 5)),
        # An unknown zone word stays outside the match.
        ("⟦d:April 3, 2021 4:05 PM⟧ QQQ", dt.datetime(2021, 4, 3, 16, 5)),
        # An impossible time leaves the date alone.
        ("⟦d:April 3, 2021⟧ 27:05 next", dt.date(2021, 4, 3)),
    ],
)
def test_match_date_without_zone(source: str, value: dt.date) -> None:
    sample = marked(source)
    found = match_date(sample.text)
    assert found is not None
    assert found.end == sample.span("d").end
    assert found.value == value
    assert found.timezone is None


@pytest.mark.parametrize(
    "text",
    [
        "April 2021",
        "Springfield, USA",
        "2021",
        "31 June 2021",
        "February 30, 2021",
        "13/13/2021",
        "7 may be enough",
        "the set 5 times",
        "",
    ],
)
def test_match_date_rejects_non_dates(text: str) -> None:
    assert match_date(text) is None


def test_match_date_is_anchored_and_respects_bounds() -> None:
    text = "On April 3, 2021 the plan"
    assert match_date(text) is None
    found = match_date(text, 3)
    assert found is not None
    assert text[found.start : found.end] == "April 3, 2021"
    short = match_date(text, 3, 10)
    assert short is not None
    assert short.has_year is False
    assert text[short.start : short.end] == "April 3"


def test_yearless_dates_use_the_nearest_year_of_the_reference() -> None:
    assert match_date("April 3").value is None  # type: ignore[union-attr]
    near = match_date("April 3", reference=dt.date(2021, 4, 4))
    assert near is not None
    assert near.value == dt.date(2021, 4, 3)
    assert not near.has_year
    back = match_date("December 30", reference=dt.date(2022, 1, 2))
    assert back is not None
    assert back.value == dt.date(2021, 12, 30)
    leap = match_date("29 February", reference=dt.date(2021, 3, 1))
    assert leap is not None
    assert leap.value == dt.date(2020, 2, 29)


def test_lowercase_yearless_month_words_need_a_real_month_name() -> None:
    assert match_date("3 may", reference=dt.date(2021, 5, 4)) is None
    assert match_date("3 May", reference=dt.date(2021, 5, 4)) is not None
    spanish = match_date("3 mayo", reference=dt.date(2021, 5, 4))
    assert spanish is not None
    assert spanish.value == dt.date(2021, 5, 3)


@pytest.mark.parametrize(
    ("text", "dayfirst", "value", "ambiguous"),
    [
        ("03/04/2021", None, dt.date(2021, 3, 4), True),
        ("03/04/2021", True, dt.date(2021, 4, 3), False),
        ("03/04/2021", False, dt.date(2021, 3, 4), False),
        ("23/04/2021", None, dt.date(2021, 4, 23), False),
        ("04/23/2021", None, dt.date(2021, 4, 23), False),
        ("04/23/2021", True, dt.date(2021, 4, 23), False),
        ("04/04/2021", None, dt.date(2021, 4, 4), False),
        ("03.04.2021", None, dt.date(2021, 4, 3), False),
        ("03-04-2021", None, dt.date(2021, 3, 4), True),
    ],
)
def test_numeric_dates_follow_dayfirst(
    text: str, dayfirst: bool | None, value: dt.date, ambiguous: bool
) -> None:
    found = match_date(text, options=ParseOptions(dayfirst=dayfirst))
    assert found is not None
    assert found.value == value
    assert found.ambiguous is ambiguous


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("— Ann Lee (@annlee) ⟦d:April 3, 2021⟧", dt.date(2021, 4, 3)),
        ("— Jan Novak (@jnovak) ⟦d:3. März 2021⟧", dt.date(2021, 3, 3)),
        ("Пост ⟦d:16 мая 2018 г.⟧", dt.date(2018, 5, 16)),
        ("投稿于⟦d:2022年3月7日⟧", dt.date(2022, 3, 7)),
        ("shared by Ann (@ann) on ⟦d:Aug 30, 2017 at 9:41am PDT⟧Next", None),
        ("No 12 in 2012, but ⟦d:7 mars 2022⟧", dt.date(2022, 3, 7)),
    ],
)
def test_search_date_finds_the_first_date(source: str, value: dt.date | None) -> None:
    sample = marked(source)
    found = search_date(sample.text)
    assert found is not None
    assert (found.start, found.end) == (sample.span("d").start, sample.span("d").end)
    if value is not None:
        assert found.value == value


def test_search_date_returns_none_without_a_date() -> None:
    assert search_date("No date here, just 2021 and 12 people.") is None
    assert search_date("April 3, 2021", 1) is None


@pytest.mark.parametrize(
    ("raw", "offset", "assumed"),
    [
        ("IST", "+05:30", True),
        ("MSK", "+03:00", True),
        ("EDT", "-04:00", True),
        ("PST", "-08:00", True),
        ("AEDT", "+11:00", True),
        ("WIB", "+07:00", True),
        ("UTC", "+00:00", False),
        ("GMT", "+00:00", False),
        ("+0530", "+05:30", False),
        ("UTC+5:30", "+05:30", False),
        ("GMT-4", "-04:00", False),
        ("(CET)", "+01:00", True),
    ],
)
def test_resolve_timezone(raw: str, offset: str, assumed: bool) -> None:
    assert resolve_timezone(raw) == TimeZone(raw=raw, utc_offset=offset, assumed=assumed)


def test_resolve_timezone_options_and_unknowns() -> None:
    irish = ParseOptions(timezones={"ist": "+01:00", "XST": "-02:00"})
    assert resolve_timezone("IST", irish) == TimeZone(raw="IST", utc_offset="+01:00", assumed=True)
    assert resolve_timezone("XST", irish) is not None
    assert resolve_timezone("XST") is None
    assert resolve_timezone("ist") is None
    assert resolve_timezone("UTC+25") is None
    assert resolve_timezone("") is None
    summer = resolve_timezone("PT", on=dt.date(2021, 7, 1))
    winter = resolve_timezone("PT", on=dt.date(2021, 1, 1))
    assert summer is not None
    assert winter is not None
    assert (summer.utc_offset, winter.utc_offset) == ("-07:00", "-08:00")


def test_option_zones_are_read_after_times() -> None:
    options = ParseOptions(timezones={"XST": "-02:00"})
    found = match_date("April 3, 2021 10:00 XST", options=options)
    assert found is not None
    assert found.value == dt.datetime(2021, 4, 3, 10, tzinfo=_tz("-02:00"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 hours ago", dt.date(2021, 4, 3)),
        ("an hour ago", dt.date(2021, 4, 3)),
        ("2 days ago", dt.date(2021, 4, 1)),
        ("1 week ago", dt.date(2021, 3, 27)),
        ("vor 2 Tagen", dt.date(2021, 4, 1)),
        ("hace 3 días", dt.date(2021, 3, 31)),
        ("il y a 2 jours", dt.date(2021, 4, 1)),
        ("2 дня назад", dt.date(2021, 4, 1)),
    ],
)
def test_match_relative(text: str, value: dt.date) -> None:
    found = match_relative(text, reference=dt.date(2021, 4, 3))
    assert found is not None
    assert (found.start, found.end) == (0, len(text))
    assert found.value == value
    without = match_relative(text)
    assert without is not None
    assert without.value is None


def test_match_relative_rejects_other_text() -> None:
    assert match_relative("3 hours later") is None
    assert match_relative("agony") is None


def test_month_and_weekday_lookups() -> None:
    assert month_number("März") == 3
    assert month_number("sept.") == 9
    assert month_number("мая") == 5
    assert month_number("října") == 10
    assert month_number("smarch") is None
    assert weekday_number("Thursday") == 4
    assert weekday_number("niedziela") == 7


def test_lexicon_forms_name_one_month_each() -> None:
    lexicon = load("months")
    seen: dict[str, int] = {}
    for section in ("months", "month_abbreviations"):
        for language, months in lexicon[section].items():
            assert len(months) == 12, language
            for number, forms in enumerate(months, start=1):
                for form in forms:
                    assert seen.setdefault(form, number) == number, form
    for language in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "hu", "ru"):
        assert language in lexicon["months"]
        assert len(lexicon["weekdays"][language]) == 7
    for language in ("ja", "ko", "zh"):
        assert language in lexicon["months"]


def test_timezone_lexicon_offsets_are_well_formed() -> None:
    table = load("timezones")
    for name, offset in table["zones"].items():
        zone = resolve_timezone(name)
        assert zone is not None
        assert zone.utc_offset == offset
    assert set(table["regional"]) <= set(table["zones"])


def test_found_date_is_frozen() -> None:
    found = match_date("April 3, 2021")
    assert isinstance(found, FoundDate)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.start = 4  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "1" * 20_000,
        "April " * 5_000,
        "3 " * 10_000 + "April",
        "Monday, " * 5_000,
        "April 3, 2021 " + "1:" * 5_000,
    ],
)
def test_adversarial_input_is_fast(text: str) -> None:
    began = time.perf_counter()
    search_date(text)
    match_date(text)
    assert time.perf_counter() - began < 1.0


@pytest.mark.parametrize(
    ("source", "value"),
    [
        # a time with a full stop or an "h", before a zone, an hour word or the end
        ("5 January 2031 10.12 GMT", dt.datetime(2031, 1, 5, 10, 12, tzinfo=dt.timezone.utc)),
        ("5 janvier 2031 à 10h12", dt.datetime(2031, 1, 5, 10, 12)),
        # the time printed before the date
        ("10:12 GMT, 5 January 2031", dt.datetime(2031, 1, 5, 10, 12, tzinfo=dt.timezone.utc)),
        ("12:30 on 5 January 2031", dt.datetime(2031, 1, 5, 12, 30)),
    ],
)
def test_match_date_reads_dotted_and_leading_times(source: str, value: dt.datetime) -> None:
    found = match_date(source)
    assert found is not None
    assert (found.value, source[found.start : found.end]) == (value, source)


def test_a_decimal_after_a_date_is_no_time() -> None:
    found = match_date("March 8, 2031 10.50 percent")
    assert found is not None
    assert found.value == dt.date(2031, 3, 8)
