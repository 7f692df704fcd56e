"""The example plugin, used through the installed entry point."""

from __future__ import annotations

import subprocess
import sys

import newsdoc
from newsdoc.plugins import available_plugins

TEXT = (
    "Shares of Acme Corp (NYSE: ACME) rose 4% after the deal, while Vodafone "
    "(LSE:VOD.L) fell. The year (2022) was quiet."
)


def test_the_entry_point_is_installed_but_not_active() -> None:
    assert "stock_ticker" in available_plugins()
    assert newsdoc.parse(TEXT).annotations == ()


def test_tickers_come_back_as_annotations() -> None:
    article = newsdoc.parse(TEXT, plugins=["stock_ticker"])
    found = [(a.raw, a.data["exchange"], a.data["symbol"]) for a in article.annotations]
    assert found == [("(NYSE: ACME)", "NYSE", "ACME"), ("(LSE:VOD.L)", "LSE", "VOD.L")]
    for annotation in article.annotations:
        assert annotation.parser == "stock_ticker"
        assert annotation.span is not None
        assert TEXT[annotation.span.start : annotation.span.end] == annotation.raw


def test_the_cli_takes_the_plugin_by_name() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsdoc", "parse", "--plugin", "stock_ticker", "-"],
        input=TEXT.encode(),
        capture_output=True,
        check=True,
    )
    article = newsdoc.Article.model_validate_json(result.stdout)
    assert [a.data["symbol"] for a in article.annotations] == ["ACME", "VOD.L"]
