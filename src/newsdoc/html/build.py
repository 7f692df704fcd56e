"""Putting a page's article together: main text through the pipeline, markup merged in."""

from __future__ import annotations

from collections.abc import Sequence

from newsdoc.html.authors import PageAuthors
from newsdoc.html.credits import caption_credits
from newsdoc.html.decode import compile_xpath, load_fragment, load_page_tree
from newsdoc.html.embeds import find_embeds
from newsdoc.html.extract import (
    MAX_EXTRACTED_ELEMENTS,
    extract_blocks,
    main_text,
    plain_blocks,
)
from newsdoc.html.merge import merge_metadata, merge_posts
from newsdoc.html.metadata import read_metadata
from newsdoc.html.page_dates import page_published
from newsdoc.html.subheadings import subheaded_blocks
from newsdoc.models import Article, Attribution, Diagnostic
from newsdoc.options import ParseOptions
from newsdoc.pipeline import Pipeline

__all__ = ["build_article"]


def build_article(
    html: str,
    *,
    url: str | None,
    options: ParseOptions,
    pipeline: Pipeline,
    diagnostics: Sequence[Diagnostic] = (),
) -> Article:
    """The article of one decoded page (see :func:`newsdoc.html.parse_html`);
    ``diagnostics`` are what decoding the page reported."""
    diagnostics = list(diagnostics)
    tree, cut = load_page_tree(html)
    diagnostics += cut
    if tree is None:
        diagnostics.append(
            Diagnostic(code="html-no-markup", message="the page holds no HTML to read")
        )
    size = int(compile_xpath("count(//*)")(tree)) if tree is not None else 0
    if size > MAX_EXTRACTED_ELEMENTS:
        diagnostics.append(
            Diagnostic(
                code="html-large-page",
                message=f"the page has {size} elements; its text was taken from headings, "
                "paragraphs and list items without main-content detection",
            )
        )
        blocks = plain_blocks(tree)
    else:
        blocks = extract_blocks(tree, url=url)
    text = main_text(blocks)
    if tree is not None and not text:
        diagnostics.append(
            Diagnostic(
                code="html-no-main-text",
                message="no main text was found in the page; only its markup was read",
            )
        )
    article = pipeline.parse(text, options)
    embeds = find_embeds(tree, options, load_fragment)
    page = read_metadata(tree, options, url)
    credits = caption_credits(tree, text, options, article.attributions, page.authors.names)
    titles = [title for title in (page.title, article.metadata.title) if title]
    page_urls = [address for address in (url, page.canonical_url) if address]
    subheaded = subheaded_blocks(tree, blocks, article.blocks, titles, page_urls)
    metadata = merge_metadata(
        article.metadata,
        title=page.title,
        title_source=page.title_source,
        authors=page.authors,
        canonical_url=page.canonical_url or url,
        published=page.published,
        updated=page.updated,
    )
    dated = page_published(
        metadata.published, metadata.updated, tree, url or metadata.canonical_url
    )
    if dated is not metadata.published:
        metadata = metadata.model_copy(update={"published": dated})
    return Article(
        text=article.text,
        metadata=metadata,
        date_header=article.date_header,
        dateline=article.dateline,
        blocks=subheaded,
        quotes=article.quotes,
        social_posts=merge_posts(article.social_posts, embeds),
        attributions=(*article.attributions, *credits, *_wired(page.authors)),
        annotations=article.annotations,
        diagnostics=(*diagnostics, *article.diagnostics),
    )


def _wired(authors: PageAuthors) -> list[Attribution]:
    """A ``wire`` credit for each agency the page names as an author (``dpa``), printed
    as the page gives it."""
    return [
        Attribution(kind="wire", parties=(party,), printed=printed)
        for printed, party in authors.agencies
    ]
