"""Line bounds by bisection agree with scanning the text for the nearest breaks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdoc._line_breaks import line_bounds


def _scanned(text: str, start: int, end: int) -> tuple[int, int]:
    first = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    ends = [index for index in (text.find("\n", end), text.find("\r", end)) if index >= 0]
    return first, min(ends, default=len(text))


def test_an_offset_inside_a_middle_line() -> None:
    assert line_bounds("one\ntwo three\r\nfour", 6) == (4, 13)


def test_a_span_over_two_lines_gives_both() -> None:
    assert line_bounds("one\ntwo\nthree", 1, 5) == (0, 7)


@given(st.text(alphabet="ab \n\r", max_size=40), st.data())
def test_bisection_agrees_with_scanning(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert line_bounds(text, start, end) == _scanned(text, start, end)
