"""Plugins through the real entry-point machinery, with a distribution built in tmp_path."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Annotation, PluginError
from newsdoc.cli import main
from newsdoc.plugins import ENTRY_POINT_GROUP, available_plugins, load_plugin

PLUGIN_MODULE = """
from newsdoc import Annotation, ORDER_PLUGINS
import regex

_TICKER = regex.compile(r"\\$[A-Z]{1,5}\\b")


class TickerParser:
    name = "ticker"
    order = ORDER_PLUGINS
    claims = False

    def parse(self, doc):
        for match in doc.finditer(_TICKER):
            yield Annotation(
                span=doc.span(match.start(), match.end()),
                raw=match.group(),
                label="ticker",
                data={"symbol": match.group()[1:]},
            )


class Misnamed(TickerParser):
    name = "something_else"


NOT_A_PARSER = 42


def broken_factory():
    raise RuntimeError("no configuration found")
"""


@pytest.fixture
def plugin_distribution(tmp_path: Path) -> Iterator[Path]:
    """Install a tiny distribution with four entry points by putting it on sys.path."""
    (tmp_path / "newsdoc_ticker_demo.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    dist_info = tmp_path / "newsdoc_ticker_demo-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: newsdoc-ticker-demo\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist_info / "entry_points.txt").write_text(
        textwrap.dedent(
            f"""\
            [{ENTRY_POINT_GROUP}]
            ticker = newsdoc_ticker_demo:TickerParser
            misnamed = newsdoc_ticker_demo:Misnamed
            not_a_parser = newsdoc_ticker_demo:NOT_A_PARSER
            broken = newsdoc_ticker_demo:broken_factory
            missing_module = newsdoc_no_such_module:Parser
            """
        ),
        encoding="utf-8",
    )
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("newsdoc_ticker_demo", None)


@pytest.mark.usefixtures("plugin_distribution")
def test_installed_plugins_are_listed_but_never_active_by_default() -> None:
    assert {"ticker", "misnamed", "not_a_parser", "broken"} <= set(available_plugins())
    article = newsdoc.parse("Shares of $ACME rose.")
    assert article.annotations == ()


@pytest.mark.usefixtures("plugin_distribution")
def test_a_plugin_used_by_name_adds_annotations() -> None:
    article = newsdoc.parse("Shares of $ACME rose.", plugins=["ticker"])
    assert article.annotations == (
        Annotation(
            span=newsdoc.Span(start=10, end=15),
            raw="$ACME",
            label="ticker",
            data={"symbol": "ACME"},
            parser="ticker",
        ),
    )
    assert load_plugin("ticker").name == "ticker"


@pytest.mark.usefixtures("plugin_distribution")
def test_cli_plugin_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("Shares of $ACME rose.", encoding="utf-8")
    assert main(["parse", "--plugin", "ticker", str(path)]) == 0
    article = newsdoc.Article.model_validate_json(capsys.readouterr().out)
    assert [item.raw for item in article.annotations] == ["$ACME"]


@pytest.mark.usefixtures("plugin_distribution")
def test_unknown_name_lists_installed_plugins() -> None:
    with pytest.raises(PluginError, match=r"no newsdoc plugin named 'tickr'.*ticker"):
        newsdoc.parse("text", plugins=["tickr"])


@pytest.mark.usefixtures("plugin_distribution")
@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("misnamed", r"gives a parser named 'something_else'"),
        ("not_a_parser", r"is not a parser"),
        ("broken", r"could not be built: RuntimeError: no configuration found"),
        ("missing_module", r"could not be loaded: ModuleNotFoundError"),
    ],
)
def test_broken_plugins_raise_clear_errors(name: str, message: str) -> None:
    with pytest.raises(PluginError, match=message):
        load_plugin(name)


def test_a_bare_string_for_plugins_is_rejected() -> None:
    with pytest.raises(TypeError, match="list of names"):
        newsdoc.parse("text", plugins="ticker")
