"""Synthetic articles with credit lines whose attributions are known by construction.

:func:`credit_samples` draws a :class:`Sample`: paragraphs of plain prose with credit lines
of every kind placed between them (on their own lines) or appended to a paragraph
(``… said. (IANS)``), and the exact :class:`~newsdoc.models.Attribution` items a correct
credit parser must return, in text order.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import strategies as st

from newsdoc.models import Attribution, AttributionKind, Party, Span
from newsdoc.testing.strategies._sample import Sample

__all__ = ["credit_samples"]

_FIRST = ("Ilse", "Marek", "Odile", "Tarun", "Yaro", "Bette", "Casimir", "Dunya", "Eamon")
_LAST = ("Kovalczyk", "Ostrander", "Pellow", "Quist", "Ravensworth", "Szabo", "Thorne")
_CITIES = ("Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn")
_WIRES = ("PTI", "ANI", "IANS", "UNI", "AFP", "Reuters", "Xinhua", "TASS", "Yonhap", "Kyodo")
_PHOTO_SOURCES = (("AP", "AP"), ("Reuters", "Reuters"), ("AFP", "AFP"), ("EPA", "EPA"))
_WORDS = (
    "council", "river", "schools", "budget", "members", "week", "plan", "town", "market",
    "farmers", "road", "water", "season", "team", "report", "office", "vote", "harbour",
)  # fmt: skip

# A credit template: (text, [(kind, parties)]) built from drawn names.
_Credit = tuple[str, list[tuple[AttributionKind, tuple[Party, ...]]]]


def _agency(name: str) -> Party:
    return Party(name=name, kind="agency")


def _person(name: str) -> Party:
    return Party(name=name, kind="person")


@st.composite
def _name(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_LAST))}"


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=10))
    return "The " + " ".join(words) + draw(st.sampled_from((".", ".", "!", "?")))


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(_sentence(), min_size=1, max_size=4)))


@st.composite
def _own_line_credit(draw: st.DrawFn) -> _Credit:
    """A credit printed on a line of its own."""
    wire = draw(st.sampled_from(_WIRES))
    name, other, third = draw(_name()), draw(_name()), draw(_name())
    printed, canonical = draw(st.sampled_from(_PHOTO_SOURCES))
    year = draw(st.integers(min_value=1990, max_value=2030))
    city = draw(st.sampled_from(_CITIES))
    handle = draw(st.from_regex(r"[a-z][a-z0-9_]{2,12}", fullmatch=True))
    # additional reporting is credited on its own, unless it repeats the first reporter
    additional: list[tuple[AttributionKind, tuple[Party, ...]]] = (
        [("reporting", (_person(other),))] if other != name else []
    )
    options: list[Callable[[], _Credit]] = [
        lambda: (f"(With {wire} input)", [("wire", (_agency(wire),))]),
        lambda: (f"(With inputs from {wire})", [("wire", (_agency(wire),))]),
        lambda: ("(With agency inputs)", [("wire", ())]),
        lambda: (wire, [("wire", (_agency(wire),))]),
        lambda: (
            f"(Photo: {printed}/{name})",
            [("photo", (_agency(canonical), _person(name)))],
        ),
        lambda: (f"Photo: {printed}", [("photo", (_agency(canonical),))]),
        lambda: (f"(Image: {wire}/AP)", [("image", (_agency(wire), _agency("AP")))]),
        lambda: (
            f"Featured image via {name}/Getty Images",
            [("image", (_person(name), _agency("Getty Images")))],
        ),
        lambda: ("Main image credit: Getty", [("image", (_agency("Getty Images"),))]),
        lambda: (
            "(Screenshot: YouTube)",
            [("image", (Party(name="YouTube", kind="organization"),))],
        ),
        lambda: (f"Video: {printed}", [("video", (_agency(canonical),))]),
        lambda: (
            f"(Reporting by {name}; Editing by {other})",
            [("reporting", (_person(name),)), ("editing", (_person(other),))],
        ),
        lambda: (
            f"Reporting by {name} in {city}; Additional reporting by {other}; Editing by {third}",
            [("reporting", (_person(name),)), *additional, ("editing", (_person(third),))],
        ),
        lambda: (f"By {name}", [("writing", (_person(name),))]),
        lambda: (f"Follow {name} on Twitter @{handle}", [("writing", (_person(name),))]),
        lambda: (f"© {year} Reuters", [("copyright", (_agency("Reuters"),))]),
        lambda: ("© Reuters", [("copyright", (_agency("Reuters"),))]),
        lambda: (
            (
                f"Copyright {year} The Associated Press. All rights reserved. This material may "
                "not be published, broadcast, rewritten or redistributed."
            ),
            [("copyright", (_agency("AP"),))],
        ),
    ]
    return draw(st.sampled_from(options))()


@st.composite
def _inline_credit(draw: st.DrawFn) -> tuple[str, str, _Credit]:
    """A credit appended to a paragraph: (separator, credit text, expectation)."""
    wire = draw(st.sampled_from(_WIRES))
    name = draw(_name())
    options: list[Callable[[], tuple[str, str, _Credit]]] = [
        lambda: (" ", f"({wire})", (f"({wire})", [("wire", (_agency(wire),))])),
        lambda: ("", f"-{wire}", (f"-{wire}", [("wire", (_agency(wire),))])),
        lambda: (" ", f"(AP Photo/{name})", ("", [("photo", (_agency("AP"), _person(name)))])),
        lambda: (" ", f"REUTERS/{name}", ("", [("photo", (_agency("Reuters"), _person(name)))])),
        lambda: (
            " ",
            f"(With inputs from {wire})",
            ("", [("wire", (_agency(wire),))]),
        ),
    ]
    return draw(st.sampled_from(options))()


@st.composite
def credit_samples(draw: st.DrawFn) -> Sample:
    """Prose paragraphs with credit lines of every kind, and the attributions they give."""
    parts: list[str] = []
    items: list[Attribution] = []
    length = 0

    def emit(text: str) -> int:
        nonlocal length
        parts.append(text)
        start = length
        length += len(text)
        return start

    def expect(
        start: int, text: str, roles: list[tuple[AttributionKind, tuple[Party, ...]]]
    ) -> None:
        span = Span(start=start, end=start + len(text))
        for kind, parties in roles:
            items.append(Attribution(span=span, raw=text, kind=kind, parties=parties))

    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        if parts:
            emit("\n\n")
        emit(draw(_paragraph()))
        choice = draw(st.sampled_from(("none", "none", "line", "inline")))
        if choice == "line":
            text, roles = draw(_own_line_credit())
            emit("\n\n")
            expect(emit(text), text, roles)
        elif choice == "inline":
            separator, text, (_, roles) = draw(_inline_credit())
            emit(separator)
            expect(emit(text), text, roles)
    return Sample(text="".join(parts), items=tuple(items))
