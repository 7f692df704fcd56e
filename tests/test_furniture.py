"""Corpus-aware furniture: lines learned from a corpus the test builds, and their use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.cli import main
from newsdoc.furniture import MAX_FURNITURE_CHARACTERS, LearnedFurniture, learn_furniture
from newsdoc.testing import check_invariants

BOILERPLATE = "Sign in to join the conversation"
MENU = "Harbour Gazette home"


def story(number: int, extra: str = "") -> str:
    """One invented story of a site that prints the same two lines on every page."""
    return (
        f"{MENU}\n\n"
        f"The harbour council met for the {number}th time on Monday and agreed to repair "
        f"pier number {number} before the winter storms arrive, its chair said.\n\n"
        f"Repairs to pier {number}\n\n"
        f"Work starts in week {number}, the clerk added, and should last a month while "
        "the ferry runs from the old quay.\n\n"
        f"{extra}{BOILERPLATE}"
    )


CORPUS = [story(number) for number in range(1, 7)]


def test_lines_printed_on_many_pages_are_learned() -> None:
    learned = learn_furniture(CORPUS)
    assert set(learned.lines) == {BOILERPLATE, MENU}
    assert learned.counts == {BOILERPLATE: 6, MENU: 6}
    assert learned.documents == 6
    assert learned.copies == 0


def test_a_line_below_the_threshold_is_not_learned() -> None:
    corpus = [*CORPUS, story(7, "Ferry times change in May\n\n"), story(8)]
    corpus[0] = story(1, "Ferry times change in May\n\n")
    assert "Ferry times change in May" not in learn_furniture(corpus).lines
    assert "Ferry times change in May" in learn_furniture(corpus, min_documents=2).lines


def test_a_document_counts_a_line_once() -> None:
    repeated = "\n\n".join(["Read the full story"] * 5)
    corpus = [repeated + "\n\n" + story(1), story(2)]
    assert "Read the full story" not in learn_furniture(corpus, min_documents=2).lines


def test_long_lines_are_prose_and_never_learned() -> None:
    long_line = "The harbour " + "and the pier " * 20
    assert len(long_line.strip()) > MAX_FURNITURE_CHARACTERS
    corpus = [f"{long_line}\n\nStory {number} ends here." for number in range(5)]
    assert learn_furniture(corpus).lines == ()


def test_copies_of_a_story_do_not_make_its_headings_furniture() -> None:
    wire = story(9)
    learned = learn_furniture([wire, wire, wire, wire])
    assert learned.copies == 3
    assert learned.lines == ()  # one story counted once is under any threshold


def test_min_share_raises_the_threshold_with_the_corpus() -> None:
    corpus = [*CORPUS, *(f"Story {n} of another site, the desk said." for n in range(20))]
    assert BOILERPLATE in learn_furniture(corpus).lines
    assert learn_furniture(corpus, min_share=0.5).lines == ()


def test_lines_are_ordered_by_count_then_first_seen() -> None:
    corpus = [*CORPUS, f"{BOILERPLATE}\n\nA page of its own, the desk said."]
    assert learn_furniture(corpus).lines == (BOILERPLATE, MENU)
    assert learn_furniture(CORPUS).lines == (MENU, BOILERPLATE)


def test_learned_lines_become_furniture_blocks() -> None:
    text = CORPUS[0]
    before = newsdoc.parse(text)
    assert MENU in [block.raw for block in before.headings]
    after = newsdoc.parse(text, options=learn_furniture(CORPUS).options())
    check_invariants(after)
    kinds = {block.raw: block.kind for block in after.blocks}
    assert kinds[MENU] == "furniture"
    assert kinds[BOILERPLATE] == "furniture"
    assert kinds["Repairs to pier 1"] == "heading"  # the story's own heading stays
    assert BOILERPLATE not in after.body_text


def test_options_add_to_the_furniture_a_base_already_has() -> None:
    base = newsdoc.ParseOptions(furniture=frozenset({"  Print this page "}), strict=True)
    assert base.furniture == frozenset({"Print this page"})
    options = learn_furniture(CORPUS).options(base)
    assert options.furniture == {"Print this page", BOILERPLATE, MENU}
    assert options.strict


def test_a_saved_list_loads_back_the_same(tmp_path: Path) -> None:
    learned = learn_furniture(CORPUS)
    path = tmp_path / "furniture.json"
    learned.save(path)
    assert LearnedFurniture.load(path) == learned


def test_a_plain_json_array_of_lines_loads_too(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text(json.dumps([MENU]), encoding="utf-8")
    assert LearnedFurniture.load(path).lines == (MENU,)


def test_a_file_that_holds_no_list_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"lines": 3}', encoding="utf-8")
    with pytest.raises(ValueError, match="lines"):
        LearnedFurniture.load(path)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: learn_furniture("one text"), TypeError, "iterable of texts"),
        (lambda: learn_furniture(["a", 3]), TypeError, "document 1: expected str"),  # type: ignore[list-item]
        (lambda: learn_furniture(CORPUS, min_documents=0), ValueError, "min_documents"),
        (lambda: learn_furniture(CORPUS, min_share=1.5), ValueError, "min_share"),
    ],
)
def test_bad_input_is_refused_clearly(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


def test_parse_many_can_learn_first() -> None:
    results = list(newsdoc.parse_many(CORPUS, learn_furniture=True))
    assert len(results) == len(CORPUS)
    for result in results:
        assert isinstance(result, newsdoc.Article)
        assert MENU not in [block.raw for block in result.headings]


def test_parse_many_learning_needs_a_sequence() -> None:
    with pytest.raises(TypeError, match="reads the texts twice"):
        newsdoc.parse_many(iter(CORPUS), learn_furniture=True)


_LINES = st.sampled_from(["Menu", "Sign in", "Share this", "Harbour news", "Ferry times"])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(_LINES, max_size=4), min_size=1, max_size=8),
    st.integers(min_value=1, max_value=4),
)
def test_every_learned_line_recurs_in_enough_documents(
    pages: list[list[str]], min_documents: int
) -> None:
    corpus = ["\n".join(lines) for lines in pages]
    learned = learn_furniture(corpus, min_documents=min_documents)
    for line in {line for lines in pages for line in lines}:
        documents = sum(line in lines for lines in pages)
        assert (line in learned.lines) == (documents >= min_documents)
        if line in learned.lines:
            assert learned.counts[line] == documents


# --------------------------------------------------------------------------- CLI


def _corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number, text in enumerate(CORPUS):
        (folder / f"story-{number}.txt").write_text(text, encoding="utf-8")
    return folder


def test_the_command_learns_saves_and_applies_furniture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus_dir(tmp_path)
    saved = tmp_path / "furniture.json"
    status = main(["parse", "--learn-furniture", "--save-furniture", str(saved), str(folder)])
    out, err = capsys.readouterr()
    assert status == 0
    assert "learned 2 furniture lines from 6 documents" in err
    assert set(LearnedFurniture.load(saved).lines) == {BOILERPLATE, MENU}
    for line in out.splitlines():
        article = newsdoc.Article.model_validate_json(line)
        assert MENU not in [block.raw for block in article.headings]
    # a later run reads the saved list back and gives the same articles
    assert main(["parse", "--furniture", str(saved), str(folder)]) == 0
    assert capsys.readouterr().out == out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--learn-furniture", "-"], "standard input only once"),
        (["--save-furniture", "x.json", "a.txt"], "--save-furniture needs --learn-furniture"),
        (["--learn-furniture", "--min-documents", "0", "a.txt"], "--min-documents"),
        (["--furniture", "missing.json", "a.txt"], "cannot read --furniture missing.json"),
        (["--learn-furniture", "page.html"], "not HTML pages"),
    ],
)
def test_the_command_refuses_what_it_cannot_do(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", *arguments]) == 2
    assert message in capsys.readouterr().err
