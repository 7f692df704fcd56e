"""Plugins are fenced: they cannot claim a block's text, silence the built-in parsers with
one huge claim, speak under another parser's name, or replace a built-in parser by name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsdoc
from newsdoc import (
    ORDER_EMBEDS,
    ORDER_PLUGINS,
    Attribution,
    Diagnostic,
    Document,
    Party,
    Pipeline,
    PluginError,
)
from newsdoc.pipeline import WIDE_CLAIM_MIN_TEXT, WIDE_CLAIM_SHARE, Item
from newsdoc.testing import check_invariants

BODY = (
    "The harbour in Port Elwin reopened on Monday after a week of repairs to the old pier. "
    '"We are glad to be back," said Jane Roe, who runs the ferry office. '
    "Traders said the first boats left before dawn and returned full by noon.\n\n"
    "Photo: Jan Novak/AP"
)


MARKER = Party(name="Marker Plugin", kind="organization")


class Claimer:
    """Claims one span of the text as a credit; the span is given as shares of the text."""

    claims = True

    def __init__(self, name: str, order: int, start: float, end: float) -> None:
        self.name = name
        self.order = order
        self.share = (start, end)

    def parse(self, doc: Document) -> Iterator[Item]:
        start, end = (int(share * len(doc.text)) for share in self.share)
        yield Attribution(
            kind="other", span=doc.span(start, end), raw=doc.text[start:end], parties=(MARKER,)
        )


def marked(article: newsdoc.Article) -> list[Attribution]:
    """The credits the test plugins made."""
    return [credit for credit in article.attributions if credit.parties == (MARKER,)]


class Impostor:
    """Emits a diagnostic under the name of a built-in parser."""

    name = "impostor"
    order = ORDER_PLUGINS
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        yield Diagnostic(code="made-up", message="not mine to say", parser="quotes")


def test_a_late_plugin_cannot_claim_text_a_block_holds() -> None:
    article = newsdoc.parse(BODY, plugins=[Claimer("late", ORDER_PLUGINS, 0.1, 0.3)])
    assert marked(article) == []
    (conflict,) = [d for d in article.diagnostics if d.code == "claim-conflict"]
    assert conflict.parser == "late"
    check_invariants(article)


def test_an_early_plugin_may_claim_text_before_the_blocks_take_it() -> None:
    article = newsdoc.parse(BODY, plugins=[Claimer("early", ORDER_EMBEDS - 1, 0.0, 0.2)])
    (claimed,) = marked(article)
    assert claimed.span is not None
    assert claimed.span.start == 0
    assert all(block.span.start >= claimed.span.end for block in article.blocks)
    check_invariants(article)


def test_a_plugin_cannot_claim_most_of_the_text() -> None:
    article = newsdoc.parse(BODY, plugins=[Claimer("greedy", 0, 0.0, 1.0)])
    (wide,) = [d for d in article.diagnostics if d.code == "wide-claim"]
    assert wide.parser == "greedy"
    assert marked(article) == []
    # the built-in parsers still read the text
    assert "Jane Roe" in [quote.speaker.name for quote in article.quotes if quote.speaker]
    assert any(credit.kind == "photo" for credit in article.attributions)
    check_invariants(article)


def test_a_plugin_claim_just_under_the_share_is_kept() -> None:
    assert len(BODY) >= WIDE_CLAIM_MIN_TEXT
    article = newsdoc.parse(BODY, plugins=[Claimer("modest", 0, 0.0, WIDE_CLAIM_SHARE - 0.01)])
    assert not [d for d in article.diagnostics if d.code == "wide-claim"]
    assert len(marked(article)) == 1


def test_a_short_text_may_be_one_plugin_item() -> None:
    text = "Photo: Jan Novak/AP"
    assert len(text) < WIDE_CLAIM_MIN_TEXT
    article = newsdoc.parse(text, plugins=[Claimer("whole", 0, 0.0, 1.0)])
    assert len(marked(article)) == 1


def test_built_in_parsers_may_claim_a_whole_text() -> None:
    text = "Photo: Jan Novak/AP " * 20
    article = newsdoc.parse(text.strip())
    assert not [d for d in article.diagnostics if d.code == "wide-claim"]


def test_a_diagnostic_names_the_parser_that_emitted_it() -> None:
    article = newsdoc.parse("Quiet day.", plugins=[Impostor()])
    (diagnostic,) = [d for d in article.diagnostics if d.code == "made-up"]
    assert diagnostic.parser == "impostor"


def test_a_plugin_named_like_a_built_in_parser_is_refused() -> None:
    with pytest.raises(PluginError, match="'quotes' has the name of a built-in parser"):
        newsdoc.parse("Quiet day.", plugins=[Claimer("quotes", ORDER_PLUGINS, 0.0, 0.1)])


def test_replacing_a_built_in_parser_on_purpose_still_works() -> None:
    pipeline = Pipeline.default().add(Claimer("quotes", ORDER_PLUGINS, 0.0, 0.1))
    assert pipeline.names.count("quotes") == 1
    assert pipeline.parse(BODY).quotes == ()
