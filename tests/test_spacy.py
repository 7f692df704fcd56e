"""newsdoc.spacy: items as span groups on a blank English pipeline (no model download)."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import newsdoc
from newsdoc import Annotation, Article, Span
from newsdoc.spacy import GROUPS, PREFIX, add_spans, article_of, to_spacy, unaligned

STORY = (
    "Updated: 08 Mar 2022\n\n"
    "PORTVILLE, March 8 (Acme News) - "
    '"We are ready," Jane Roe said on Tuesday. The mayor said the bridge would reopen.\n\n'
    "What comes next\n\n"
    "Residents cheered.\n\n"
    "Fixing the bridge, one bolt at a time #Portville @acmenews\n\n"
    "— River Desk (@riverdesk) March 8, 2022\n\n"
    "(Reporting by John Doe; Editing by Mary Major)"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def story() -> Article:
    return newsdoc.parse(STORY)


@pytest.fixture
def doc(nlp: Language, story: Article) -> Doc:
    return to_spacy(story, nlp)


def _group(doc: Doc, name: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in doc.spans[PREFIX + name]]


def test_every_group_is_set_with_the_prefix(doc: Doc) -> None:
    assert {PREFIX + group for group in GROUPS} <= set(doc.spans)


def test_each_item_lands_on_its_own_text(story: Article, doc: Doc) -> None:
    placed = 0
    for group in GROUPS:
        for span in doc.spans[PREFIX + group]:
            item = span._.newsdoc
            start, end = (
                (item.content.start, item.content.end)
                if group == "quote_contents"
                else (
                    item.span.start,
                    item.span.end,
                )
            )
            # expand alignment: the span covers the item, and starts and ends on its tokens
            assert span.start_char <= start < end <= span.end_char
            assert story.text[start:end] in span.text
            placed += 1
    assert placed > 10
    assert unaligned(doc) == ()


def test_quotes_speakers_and_cues(doc: Doc) -> None:
    assert _group(doc, "quotes") == [
        ('"We are ready,"', "DIRECT"),
        ("the bridge would reopen", "INDIRECT"),
    ]
    assert _group(doc, "quote_contents") == [
        ("We are ready,", "DIRECT"),
        ("the bridge would reopen", "INDIRECT"),
    ]
    assert _group(doc, "speakers") == [("Jane Roe", "SPEAKER"), ("The mayor", "SPEAKER")]
    assert _group(doc, "cues") == [("said", "CUE"), ("said", "CUE")]


def test_dates_headings_posts_and_credits(doc: Doc) -> None:
    assert _group(doc, "date_header") == [("Updated: 08 Mar 2022", "DATE_HEADER")]
    assert _group(doc, "dateline") == [("PORTVILLE, March 8 (Acme News) -", "DATELINE")]
    assert ("What comes next", "HEADING") in _group(doc, "blocks")
    assert ("Residents cheered.", "BODY") in _group(doc, "blocks")
    [(post_text, platform)] = _group(doc, "posts")
    assert platform == "TWITTER"
    assert post_text.startswith("Fixing the bridge")
    assert _group(doc, "post_entities") == [("#Portville", "HASHTAG"), ("@acmenews", "MENTION")]
    credits = _group(doc, "credits")
    assert ("(Reporting by John Doe; Editing by Mary Major)", "REPORTING") in credits
    assert ("(Reporting by John Doe; Editing by Mary Major)", "EDITING") in credits


def test_the_extension_gives_each_span_its_own_item(story: Article, doc: Doc) -> None:
    quote = doc.spans["newsdoc_quotes"][1]
    content = doc.spans["newsdoc_quote_contents"][1]
    # an indirect quote and its content share their offsets, yet each span has its item
    assert (quote.start_char, quote.end_char) == (content.start_char, content.end_char)
    assert quote._.newsdoc == story.quotes[1]
    assert content._.newsdoc == story.quotes[1]
    speaker = doc.spans["newsdoc_speakers"][1]._.newsdoc
    assert (speaker.name, speaker.role) == ("Jane Roe", "The mayor")
    assert doc.spans["newsdoc_cues"][0]._.newsdoc.lemma == "say"
    [entity, mention] = [span._.newsdoc for span in doc.spans["newsdoc_post_entities"]]
    assert (entity.value, mention.value) == ("Portville", "acmenews")
    assert doc.spans["newsdoc_posts"][0]._.newsdoc.handle == "riverdesk"
    assert doc.spans["newsdoc_dateline"][0]._.newsdoc.location == "PORTVILLE"
    assert doc._.newsdoc == story
    # a span made by the user answers None
    assert doc[0:2]._.newsdoc is None
    assert doc[0:2]._.newsdoc_speaker is None


def test_a_quote_finds_its_speaker_and_back(doc: Doc) -> None:
    quotes = doc.spans["newsdoc_quotes"]
    assert [quote._.newsdoc_speaker.text for quote in quotes] == ["Jane Roe", "The mayor"]
    speaker = doc.spans["newsdoc_speakers"][0]
    assert speaker._.newsdoc_quote.text == '"We are ready,"'
    assert doc.spans["newsdoc_cues"][1]._.newsdoc_speaker.text == "The mayor"
    assert doc.spans["newsdoc_quote_contents"][0]._.newsdoc_quote == quotes[0]
    assert quotes[0]._.newsdoc_quote == quotes[0]
    assert doc.spans["newsdoc_blocks"][0]._.newsdoc_speaker is None


def test_a_quote_without_a_speaker_in_the_text(nlp: Language) -> None:
    article = newsdoc.parse('The answer was plain: "It is too late."')
    doc = to_spacy(article, nlp)
    [quote] = doc.spans["newsdoc_quotes"]
    assert quote.text == '"It is too late."'
    assert quote._.newsdoc_speaker is None
    assert len(doc.spans["newsdoc_speakers"]) == 0


def test_an_offset_inside_a_token_expands_to_the_whole_token(nlp: Language) -> None:
    text = "Acme Widgets rose sharply."
    article = Article(
        text=text,
        annotations=(Annotation(span=Span(start=2, end=9), raw=text[2:9], label="ticker"),),
    )
    doc = to_spacy(article, nlp)
    [span] = doc.spans["newsdoc_annotations"]
    assert (span.text, span.label_) == ("Acme Widgets", "ticker")
    assert span._.newsdoc.raw == "me Widg"


def test_an_item_no_token_can_hold_is_counted_not_raised(nlp: Language) -> None:
    text = "Acme rose."
    article = Article(
        text=text,
        annotations=(
            Annotation(span=Span(start=4, end=4), raw="", label="empty"),
            Annotation(span=Span(start=0, end=4), raw="Acme", label="ticker"),
        ),
    )
    doc = to_spacy(article, nlp)
    assert _group(doc, "annotations") == [("Acme", "ticker")]
    assert unaligned(doc) == ("newsdoc_annotations:0",)
    assert doc.spans["newsdoc_annotations"][0]._.newsdoc.label == "ticker"


def test_an_article_with_nothing_found_gives_empty_groups(nlp: Language) -> None:
    article = Article(text="   ")
    doc = to_spacy(article, nlp)
    assert all(len(doc.spans[PREFIX + group]) == 0 for group in GROUPS)
    assert unaligned(doc) == ()
    assert article_of(doc) == article


def test_a_doc_of_another_text_is_refused(nlp: Language, story: Article) -> None:
    doc = nlp.make_doc(STORY.replace("Jane Roe", "Jane Ray"))
    at = STORY.index("Roe") + 1
    with pytest.raises(ValueError, match=f"first differ at character {at} ") as raised:
        add_spans(doc, story)
    assert "'ay said" in str(raised.value)
    assert "'oe said" in str(raised.value)
    shorter = nlp.make_doc(STORY[:30])
    with pytest.raises(ValueError, match="first differ at character 30 "):
        add_spans(shorter, story)


def test_add_spans_on_a_doc_of_the_pipeline(nlp: Language, story: Article) -> None:
    doc = nlp(STORY)
    assert add_spans(doc, story) is doc
    assert doc.spans["newsdoc_speakers"][0].text == "Jane Roe"
    again = to_spacy(story, nlp, run_pipeline=True)
    assert _group(again, "quotes") == _group(doc, "quotes")


def test_a_second_prefix_keeps_a_second_article(nlp: Language, story: Article) -> None:
    bare = Article(text=story.text)
    doc = to_spacy(story, nlp)
    add_spans(doc, bare, prefix="plain_")
    assert len(doc.spans["plain_quotes"]) == 0
    assert doc.spans["newsdoc_quotes"][0]._.newsdoc == story.quotes[0]
    assert article_of(doc, "plain_") == bare
    assert article_of(doc) == story


def test_add_spans_again_replaces_the_groups(nlp: Language, story: Article) -> None:
    doc = to_spacy(story, nlp)
    add_spans(doc, Article(text=story.text))
    assert len(doc.spans["newsdoc_quotes"]) == 0
    assert article_of(doc) == Article(text=story.text)


def test_the_doc_stays_serialisable(nlp: Language, story: Article, doc: Doc) -> None:
    copies = [
        Doc(nlp.vocab).from_bytes(doc.to_bytes()),
        pickle.loads(pickle.dumps(doc)),
    ]
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    copies += DocBin().from_bytes(stored.to_bytes()).get_docs(spacy.blank("en").vocab)
    for copy in copies:
        quote = copy.spans["newsdoc_quotes"][0]
        assert quote._.newsdoc == story.quotes[0]
        assert quote._.newsdoc_speaker.text == "Jane Roe"
        assert copy._.newsdoc == story
        assert unaligned(copy) == ()


def test_to_spacy_is_a_lazy_name_of_the_package() -> None:
    assert newsdoc.to_spacy is to_spacy
    assert "to_spacy" in newsdoc.__all__


def test_without_spacy_the_functions_say_how_to_install_it() -> None:
    code = (
        "import sys\n"
        "sys.modules['spacy'] = None\n"
        "import newsdoc, newsdoc.spacy\n"
        "try:\n"
        "    newsdoc.to_spacy(newsdoc.parse('Calm day.'), None)\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "newsdoc.spacy needs spaCy: pip install 'newsdoc[spacy]'"


def test_a_doc_read_back_in_a_new_process_answers_its_extensions(doc: Doc, tmp_path: Path) -> None:
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    path = tmp_path / "docs.spacy"
    stored.to_disk(path)
    code = (
        "import sys, spacy, newsdoc.spacy\n"
        "from spacy.tokens import DocBin\n"
        "[doc] = DocBin().from_disk(sys.argv[1]).get_docs(spacy.blank('en').vocab)\n"
        "quote = doc.spans['newsdoc_quotes'][0]\n"
        "print(quote._.newsdoc.speaker.name, '|', quote._.newsdoc_speaker.text)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Jane Roe | Jane Roe"
