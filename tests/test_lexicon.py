"""Word lists are lexicon data: the typed loaders, and a guard against word sets in code."""

from __future__ import annotations

import ast
import json
from importlib.resources import files
from pathlib import Path

import pytest

import newsdoc
from newsdoc.lexicon import LexiconError, load, word_set, word_tuple

QUOTING = Path(newsdoc.__file__).parent / "quoting"
MIN_WORDS = 3
"""A literal collection of this many words or more is a word list."""
CODE_VOCABULARY = frozenset(
    {
        # Mention forms and block kinds: values the code itself defines and compares
        "name",
        "short",
        "pronoun",
        "description",
        "body",
        "heading",
        "caption",
        # sections of the cue lexicon
        "stance",
        "evidence",
        "belief",
        "speech",
        # possessive endings, an orthographic rule
        "’s",
        "'s",
        "s’",
    }
)


def _literal_words(node: ast.AST) -> list[str]:
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        elements = node.elts
    elif isinstance(node, ast.Dict):
        elements = [key for key in node.keys if key is not None]
    else:
        return []
    return [
        element.value
        for element in elements
        if isinstance(element, ast.Constant)
        and isinstance(element.value, str)
        and any(character.isalpha() for character in element.value)
    ]


def _word_lists_in(path: Path) -> list[tuple[int, list[str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        # __all__ and __slots__ list names, not words
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id in {"__all__", "__slots__"}
            for target in node.targets
        ):
            skipped.add(id(node.value))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        words = _literal_words(node)
        if len(words) >= MIN_WORDS and not set(words) <= CODE_VOCABULARY:
            found.append((getattr(node, "lineno", 0), words))
    return found


def test_quoting_keeps_its_word_lists_in_the_lexicon() -> None:
    offenders = [
        f"{path.name}:{line}: {words[:4]}"
        for path in sorted(QUOTING.glob("*.py"))
        for line, words in _word_lists_in(path)
    ]
    assert offenders == [], "move these word lists to lexicon/quoting.json: " + "; ".join(offenders)


def test_the_guard_finds_a_word_list(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(
        '__all__ = ["a", "b", "c"]\n'
        'FORMS = ("name", "short", "pronoun")\n'
        'def f(word):\n    return word in {"alpha", "beta", "gamma"}\n',
        encoding="utf-8",
    )
    assert _word_lists_in(module) == [(4, ["alpha", "beta", "gamma"])]


def test_every_quoting_entry_says_what_it_is_for() -> None:
    data = load("quoting")
    entries = {key: value for key, value in data.items() if not key.startswith("_")}
    assert len(entries) > 30
    for key, entry in entries.items():
        assert entry["about"].strip(), key
        words = entry["words"]
        assert words, key
        assert len(set(words)) == len(words), f"{key} repeats a word"
        assert all(word == word.strip() and word for word in words), key


def test_word_set_and_tuple_read_an_entry() -> None:
    assert "said" not in word_set("quoting", "subject_pronouns")
    assert {"he", "she", "they"} <= word_set("quoting", "subject_pronouns")
    suffixes = word_tuple("quoting", "demonym_suffixes")
    assert isinstance(suffixes, tuple)
    assert "Ukrainian".endswith(suffixes)
    # a plain list entry of an older lexicon reads the same way
    raw = json.loads(files("newsdoc.lexicon").joinpath("function_words.json").read_text("utf-8"))
    assert word_set("function_words", "quantifiers") == frozenset(raw["quantifiers"])


@pytest.mark.parametrize("key", ["no_such_list", "_comment"])
def test_a_missing_or_malformed_entry_is_a_clear_error(key: str) -> None:
    with pytest.raises(LexiconError, match=key):
        word_set("quoting", key)
