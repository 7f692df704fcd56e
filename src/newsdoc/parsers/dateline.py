"""Wire-style datelines opening the story, with the wire credit they carry.

A dateline is looked for only at the start of one of the first few non-empty lines (the
title, kicker and header lines come first), or right after an inline date header on the
same line. Forms handled:

* ``WASHINGTON (Reuters) -``, ``WASHINGTON (AP) —``, ``WASHINGTON (AP)—Ambassador …``;
* ``MOSCOW, March 8 (Reuters) -``, ``MINSK, 7 May (BelTA) –``, ``Kyiv, March 8 (IANS)``;
* ``ST. JOSEPH, Mich. (AP) —``, ``HONOLULU, Hawaii (HawaiiNewsNow) -`` (a tag that is
  not a known agency is the outlet's own credit: kind ``other``);
* ``NEW DELHI:``, ``VIENNA —`` (a place in capitals and a colon or dash; but not a
  transcript's speaker label, ``REPORTER: …``, see ``_in_transcript``);
* ``March 8 (Reuters) -`` (no place: ``location`` is ``None``);
* ``(Acme News) —``, ``(Acme News)The mayor said …`` (an outlet's tag opening the story,
  no place: it needs a dash or a capital right after it; ``Acme Motors India (AMI) said``
  is an acronym in the prose, ``Harbour City (1-0):`` a team's record, and a bracketed
  label in the furniture list such as ``(Updated)`` no tag).

Each gives a :class:`Dateline` whose span runs from the place to the closing dash or
colon (or the agency's parenthesis). An agency tag also gives an :class:`Attribution`
(``wire`` for agencies from :mod:`newsdoc.agencies`, ``other`` for an outlet's tag) with
the same span. A year-less date takes its year from the date header or
``ParseOptions.reference_date`` (``doc.reference_date()``), else the date is ``None`` with
a ``year-less-date`` diagnostic. A dateline that prints a full date
(``KYIV, March 8, 2022 (Ukrinform) -``) is also the article's date header when the text
has no other, reported as a :class:`DateHeader` with the same span.

* ``Mumbai:``, ``New Delhi:`` (a town in title case and a colon: only a town of the
  ``cities`` and ``capitals`` of ``lexicon/places.json``, since ``Jane Roe: …`` has
  the same shape and is a speaker; so too with a tag, ``Pune (Acme Times):``, since
  ``Jane Roe (Acme):`` labels a contributor in a round-up).

Deliberately skipped: other place names in title case without a date or agency
(``Vienna —`` reads like a sentence opening), furniture lead-ins in capitals
(``WATCH:``, ``UPDATE —``, ``ALSO READ:``), datelines further down the text, and short
capitalised lines such as all-caps headlines, which leave too little text after the dash
to be a story's opening.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from newsdoc.agencies import canonical_agency
from newsdoc.dates import FoundDate, match_date, weekday_number
from newsdoc.document import Document, Line
from newsdoc.lexicon import word_set
from newsdoc.models import Attribution, DateHeader, Dateline, Diagnostic, Party, Span
from newsdoc.parsers.date_header import head_lines
from newsdoc.pipeline import ORDER_DATES, Item
from newsdoc.quoting.names import apposed_label, is_town
from newsdoc.quoting.transcripts import is_exchange, line_labels

__all__ = ["DatelineParser"]

_HEAD_LINES = 6
_HEAD_CHARS = 3000
_MIN_LEAD = 20
"""A dateline without an agency must open a story: at least this many characters follow."""

_NOT_PLACES = word_set("places", "not_places")
"""Lead-ins in capitals that open furniture or labels, not a place."""
_SENTENCE_LEADS = word_set("places", "sentence_leads")
"""Title-case words that open a sentence's adverbial, never a place name."""
_CAPS_PLACE = regex.compile(
    r"(?P<place>[\p{Lu}][\p{Lu}\p{M}'’.\-]{0,24}(?:[ \u00a0][\p{Lu}][\p{Lu}\p{M}'’.\-]{0,24}){0,3})"
    r"(?![\p{Ll}\p{N}])",
    regex.VERSION1,
)
_TITLE_PLACE = regex.compile(
    r"(?P<place>[\p{Lu}][\p{Ll}\p{M}'’\-]{1,24}(?:[ \u00a0][\p{Lu}][\p{Ll}\p{M}'’\-]{1,24}){0,2})"
    r"(?![\p{L}\p{N}])",
    regex.VERSION1,
)
_REGION = regex.compile(
    r",[ \u00a0]{1,2}(?P<region>[\p{Lu}][\p{L}\p{M}.'’\-]{0,20}"
    r"(?:[ \u00a0][\p{Lu}][\p{L}\p{M}.'’\-]{0,20}){0,2})(?![\p{L}\p{N}])",
    regex.VERSION1,
)
_AGENCY = regex.compile(
    r"[ \u00a0]{0,2}\((?P<agency>[\p{L}\p{N}][\p{L}\p{N} .&'’/\-]{0,40})\)", regex.VERSION1
)
_TERMINATOR = regex.compile(
    r"[ \u00a0]{0,2}(?:(?:--|[-–—])(?=\s|\p{Lu}|[\"“‘'])|:(?=\s))", regex.VERSION1
)
_SPACES = regex.compile(r"[ \t\u00a0]*")
_CLOSING_MARKS = "(-–—:"
"""What a dateline ends with: its agency's parenthesis, or a dash or a colon (a dateline
needs one of them, see ``_plausible``)."""


class DatelineParser:
    """Finds the story's dateline and its wire credit (see the module docstring)."""

    name = "dateline"
    order = ORDER_DATES
    claims = True

    def parse(self, doc: Document) -> Iterator[Item]:
        """Yield at most one :class:`Dateline`, with its credit and any diagnostics."""
        reference = doc.reference_date()
        for start, line in _candidate_starts(doc):
            items = _read_dateline(doc, start, line, reference)
            if items:
                yield from items
                return


def _candidate_starts(doc: Document) -> Iterator[tuple[int, Line]]:
    headers = doc.items_of(DateHeader)
    for line in head_lines(doc.text, _HEAD_LINES, _HEAD_CHARS):
        for header in headers:
            span = header.span
            if span is not None and line.start <= span.end < line.end:
                # An inline header ("date 2022-03-08 MOSCOW, …") leaves the dateline after it.
                after = _SPACES.match(doc.text, span.end, line.end)
                yield (after.end() if after else span.end), line
        start = line.start + len(line.text) - len(line.text.lstrip())
        yield start, line


def _after_blanks(text: str, pos: int, end: int) -> int:
    """``pos`` moved over up to two spaces (the ``[ \u00a0]{0,2}`` the patterns allow)."""
    for _ in range(2):
        if pos < end and text[pos] in " \u00a0":
            pos += 1
    return pos


def _read_dateline(doc: Document, start: int, line: Line, reference: dt.date | None) -> list[Item]:
    text, end_of_line = doc.text, line.end
    rest = text[start:end_of_line]
    if not any(mark in rest for mark in _CLOSING_MARKS):
        return []  # no agency and no terminator can follow: most lines end here, cheaply
    timeout = doc.options.regex_timeout
    options = doc.options
    place = ""
    caps = False
    pos = start
    found = match_date(text, start, end_of_line, options=options, reference=reference)
    if text.startswith("(", start, end_of_line):
        found = None  # "(Acme News) —": an outlet's tag opening the story, with no place
    elif found is not None and not isinstance(found.value, dt.datetime) and found.timezone is None:
        # "March 8 (Reuters) -": a dateline without a place.
        pos = found.end
    else:
        found = None
        place_match = _CAPS_PLACE.match(text, start, end_of_line, timeout=timeout)
        if place_match is not None and len(place_match["place"]) >= 2:
            caps = True
        else:
            place_match = _TITLE_PLACE.match(text, start, end_of_line, timeout=timeout)
        if place_match is None or weekday_number(place_match["place"]) is not None:
            return []
        pos = place_match.end()
        found = _date_after(doc, pos, end_of_line, reference)
        # Each pattern below opens with a character checked first: most lines fail there.
        if found is None and text.startswith(",", pos, end_of_line):
            region = _REGION.match(text, pos, end_of_line, timeout=timeout)
            if (
                region is not None
                and match_date(text, region.start("region"), end_of_line, options=options) is None
            ):
                pos = region.end()
                found = _date_after(doc, pos, end_of_line, reference)
        place = text[start:pos]
        if found is not None:
            pos = found.end
    agency_match = None
    mark = _after_blanks(text, pos, end_of_line)
    if text.startswith("(", mark, end_of_line):
        agency_match = _AGENCY.match(text, pos, end_of_line, timeout=timeout)
        if agency_match is not None:
            pos = agency_match.end()
            mark = _after_blanks(text, pos, end_of_line)
    terminator = None
    if mark < end_of_line and text[mark] in "-–—:":
        terminator = _TERMINATOR.match(text, pos, end_of_line, timeout=timeout)
        if terminator is not None:
            pos = terminator.end()
    if not _plausible(doc, place, caps, found, agency_match, terminator, pos, end_of_line):
        return []
    span = Span(start=start, end=pos)
    if not doc.is_free(span):
        return []
    raw = text[start:pos]
    items: list[Item] = []
    agency: str | None = None
    if agency_match is not None:
        name = agency_match["agency"].strip()
        agency = canonical_agency(name, options)
        party = (
            Party(name=agency, kind="agency")
            if agency is not None
            else Party(name=_outlet_name(name), kind="organization")
        )
        items.append(
            Attribution(
                kind="wire" if agency is not None else "other",
                span=span,
                raw=raw,
                parties=(party,),
            )
        )
    date = _date_value(found)
    if found is not None and date is None:
        items.append(
            Diagnostic(
                code="year-less-date",
                message=f"the dateline {raw!r} gives no year and the text has no date header "
                "or reference date (ParseOptions.reference_date); its date was left empty",
                span=Span(start=found.start, end=found.end),
            )
        )
    location = place.strip() or None
    items.insert(0, Dateline(span=span, raw=raw, location=location, date=date, agency=agency))
    if found is not None and found.has_year and date is not None and not doc.items_of(DateHeader):
        items.append(DateHeader(span=span, raw=raw, value=date))
    return items


def _date_after(doc: Document, pos: int, end: int, reference: dt.date | None) -> FoundDate | None:
    if pos >= end or doc.text[pos] not in ", \u00a0":
        return None  # the lead is a comma or a space
    start = _date_start(doc.text, pos, end)
    if start is None:
        return None
    found = match_date(doc.text, start, end, options=doc.options, reference=reference)
    # A time in a dateline means the match ran into the story ("March 8 10:45 …").
    if found is None or isinstance(found.value, dt.datetime) or found.timezone is not None:
        return None
    return found


def _date_start(text: str, pos: int, end: int) -> int | None:
    """Where a date after a place starts: past an optional comma and one or two spaces
    (``,?[ \u00a0]{1,2}``), or ``None`` when no space follows. Plain string tests here
    spare a pattern call on every line that opens with a place."""
    if pos < end and text[pos] == ",":
        pos += 1
    start = _after_blanks(text, pos, end)
    return start if start > pos else None


def _date_value(found: FoundDate | None) -> dt.date | None:
    if found is None or found.value is None:
        return None
    value = found.value
    return value.date() if isinstance(value, dt.datetime) else value


def _plausible(
    doc: Document,
    place: str,
    caps: bool,
    found: FoundDate | None,
    agency: regex.Match[str] | None,
    terminator: regex.Match[str] | None,
    pos: int,
    end_of_line: int,
) -> bool:
    """Whether the pieces read make a dateline rather than a sentence or furniture."""
    if agency is None and terminator is None:
        return False
    if agency is not None and (
        not _tag_like(agency["agency"]) or apposed_label(agency["agency"].strip())
    ):
        return False  # "Sen. Ana Lind (Vt.)" or "(D-Ore.)": a legislator, not an outlet
    if agency is not None and _is_date(agency["agency"].strip(), doc):
        return False  # "Today (May 18), the agency said": a date in brackets, not an outlet
    if agency is not None and terminator is None and _opens_lower(doc.text, pos, end_of_line):
        return False  # "Acme Motors India (AMI) said": an acronym in the prose
    if not place and found is None and agency is not None:
        # "(Acme News) —" or "(Acme News)The mayor said": the outlet's tag opens the story.
        if agency["agency"].strip().upper() in _NOT_PLACES:
            return False  # "(Updated) The mayor …": a furniture label, not an outlet
        return terminator is not None or _opens_upper(doc.text, pos, end_of_line)
    if not place:
        # "March 8 (Reuters) -": without a place only a known agency makes it a dateline.
        return (
            agency is not None
            and canonical_agency(agency["agency"], doc.options) is not None
            and found is not None
        )
    head = place.split(",")[0].strip().rstrip(".")
    if head.upper() in _NOT_PLACES:
        return False
    if not caps and head.split()[0].lower() in _SENTENCE_LEADS:
        return False  # "On Sunday, Sen. Ana Lind (Vt.)" opens a sentence, not a place
    colon = terminator is not None and terminator.group().strip() == ":"
    known_town = colon and is_town(head)
    if not caps and found is None and (agency is None or colon) and not known_town:
        # a title-case place with no date must be a known town before a colon: "Mumbai:",
        # "Pune (Acme):"; "Jane Roe: …" is a speaker, "Jane Roe (Acme): …" a round-up's
        # contributor, and "Vienna —" reads like a sentence
        return False
    if (
        agency is not None
        and not caps
        and found is None
        and terminator is None
        and not doc.text[pos:end_of_line].strip()
        and canonical_agency(agency["agency"], doc.options) is None
        and not is_town(head)
    ):
        # a title-case word and an unknown tag alone on a line, "Actors (Supporting)",
        # "Writers (Staff)", is a label with a qualifier; a dateline opens a story, so
        # when nothing follows on the line its place must be a known town
        return False
    if agency is None:
        lead = doc.text[pos:end_of_line].strip()
        if len(lead) < _MIN_LEAD:
            return False
        if found is None and colon and _in_transcript(doc.text, place.strip()):
            return False
    return True


def _opens_lower(text: str, pos: int, end: int) -> bool:
    """Whether the text after ``pos`` on the line goes on with a lower-case word."""
    rest = text[pos:end].lstrip()
    return rest[:1].islower()


def _opens_upper(text: str, pos: int, end: int) -> bool:
    """Whether the story goes on at ``pos`` with a capital, glued or after a space."""
    rest = text[pos:end].lstrip()
    return rest[:1].isupper()


def _in_transcript(text: str, label: str) -> bool:
    """Whether ``label`` is one of a transcript's speaker labels (``REPORTER: …``): the
    lines opening with a label in capitals and a colon, furniture labels aside, make an
    exchange."""
    labels = line_labels(text)
    for furniture in [name for name in labels if name.upper() in _NOT_PLACES]:
        del labels[furniture]
    return label in labels and is_exchange(labels)


_CAMEL_PART = regex.compile(r"\p{Lu}\p{Ll}{2,}")


def _outlet_name(name: str) -> str:
    """An outlet's tag as words: ``HawaiiNewsNow`` → ``Hawaii News Now``.

    Sites glue their brand into one token in datelines; it splits only when every part
    is a capitalised word of three letters or more, so ``McClatchy`` stays whole.
    """
    parts = _CAMEL_PART.findall(name)
    if len(parts) >= 2 and "".join(parts) == name:
        return " ".join(parts)
    return name


def _is_date(name: str, doc: Document) -> bool:
    """Whether a bracketed tag is all a date (``May 18``, ``18 May``), which a sentence
    adds after a time word: ``Today (May 18), …``."""
    found = match_date(name, 0, len(name), options=doc.options)
    return found is not None and found.end == len(name)


def _tag_like(name: str) -> bool:
    """An agency or outlet tag is a short name, each word capitalised or a known agency;
    one letter is none (``(c) Acme``: a copyright sign)."""
    words = name.split()
    if not 1 <= len(words) <= 4 or not any(char.isalpha() for char in name):
        return False  # "Team (1-0):" is a record, not a tag
    if len(name.strip()) == 1:
        return False
    return all(word[:1].isupper() or word[:1].isdigit() for word in words if len(word) > 3)
