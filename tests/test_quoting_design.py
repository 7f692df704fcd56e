"""The quoting package's rule tables, one row per rule, and the limits that keep its
functions readable."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsdoc
from newsdoc.quoting import indirect, mentions
from rule_docs import docstring

QUOTING = Path(newsdoc.__file__).parent / "quoting"
MAX_FUNCTION_LINES = 60


def _recording(
    table: tuple[tuple[str, Callable[..., Any]], ...], fired: list[str]
) -> tuple[tuple[str, Callable[..., Any]], ...]:
    """The rule table with each rule noting its name in ``fired`` when it decides."""

    def wrap(name: str, rule: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(*args: Any) -> Any:
            result = rule(*args)
            if result is not None:
                fired.append(name)
            return result

        return recorded

    return tuple((name, wrap(name, rule)) for name, rule in table)


# text, reported content, speaker, frame
VERB_FRAME_ROWS = [
    (
        "The pier reopens on Monday, said Ana Roe.",
        "The pier reopens on Monday",
        "Ana Roe",
        "inverted",
    ),
    (
        "The plan, Ana Roe said, would pass easily in the spring.",
        "The plan, Ana Roe said, would pass easily in the spring",
        "Ana Roe",
        "interrupting",
    ),
    (
        "The mine was safe for all the workers, the regulators said.",
        "The mine was safe for all the workers",
        "the regulators",
        "trailing",
    ),
    (
        "The mine was safe for all the workers, the regulators said in a statement on Monday.",
        "The mine was safe for all the workers",
        "the regulators",
        "trailing",
    ),
    (
        "Ana Roe said that the mine was safe for all workers.",
        "the mine was safe for all workers",
        "Ana Roe",
        "forward",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "frame"), VERB_FRAME_ROWS)
def test_each_verb_frame_reads_its_form(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str, speaker: str, frame: str
) -> None:
    fired: list[str] = []
    monkeypatch.setattr(indirect, "VERB_FRAMES", _recording(indirect.VERB_FRAMES, fired))
    [quote] = newsdoc.parse(text).quotes
    assert quote.kind == "indirect"
    assert quote.text == content
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert fired == [frame]


# phrase, speaker name, role, part rule
PART_ROWS = [
    ("He quoted Psalm 9, which", "Psalm 9", None, "relative-antecedent"),
    ("The head of the board, Ana Roe,", "Ana Roe", "The head of the board", "name-before-cue"),
    ("Ana Roe, the mayor,", "Ana Roe", None, "named-first"),
    (
        "A member of the delegation, Marko Petrov, and others",
        "Marko Petrov",
        "A member of the delegation",
        "name-in-apposition",
    ),
    ("Still, over the past days, the city council", "the city council", None, "after-adjunct"),
]


@pytest.mark.parametrize(("phrase", "name", "role", "rule"), PART_ROWS)
def test_each_part_rule_chooses_its_part(
    monkeypatch: pytest.MonkeyPatch, phrase: str, name: str, role: str | None, rule: str
) -> None:
    fired: list[str] = []
    monkeypatch.setattr(mentions, "PART_RULES", _recording(mentions.PART_RULES, fired))
    monkeypatch.setattr(mentions, "_SUBJECTS", {})  # no reading kept from another test
    mention = mentions.read_subject(phrase, 0, len(phrase))
    assert mention is not None
    assert (mention.name, mention.role) == (name, role)
    assert fired == [rule]


def test_every_rule_table_row_is_tested_and_documented() -> None:
    assert list(dict.fromkeys(row[-1] for row in VERB_FRAME_ROWS)) == [
        name for name, _rule in indirect.VERB_FRAMES
    ]
    assert [row[-1] for row in PART_ROWS] == [name for name, _rule in mentions.PART_RULES]
    for _name, rule in (*indirect.VERB_FRAMES, *mentions.PART_RULES):
        assert "``" in docstring(rule), rule.__name__


def _long_functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]


def test_no_quoting_function_is_longer_than_the_limit() -> None:
    offenders = [entry for path in sorted(QUOTING.glob("*.py")) for entry in _long_functions(path)]
    assert offenders == [], "split these into named steps or rules: " + "; ".join(offenders)


def test_the_limit_check_sees_a_long_function(tmp_path: Path) -> None:
    body = "\n".join(f"    x{number} = {number}" for number in range(MAX_FUNCTION_LINES))
    path = tmp_path / "long.py"
    path.write_text(f"def long() -> None:\n{body}\n", encoding="utf-8")
    assert _long_functions(path) == [f"long.py:1 long ({MAX_FUNCTION_LINES + 1} lines)"]
