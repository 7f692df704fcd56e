"""Published dates from HTML pages against htmldate and trafilatura, without gold.

    python benchmarks/html_dates.py --shared ../shared [--show 20]

For every page of the wide corpus (``corpus/wide/html``) it reads the published day with
``newsdoc.parse_html``, ``htmldate.find_date(original_date=True)`` and trafilatura's
metadata, then prints the share of pages each one dates (coverage) and, on the pages
where htmldate and trafilatura agree, the share where newsdoc gives the same day
(agreement) or another day (disagreement), and on the pages whose URL path names a day,
the share where newsdoc gives that day (url_agreement; the URL is the publisher's own
record, though newsdoc reads it too when the markup is silent). ``--show`` lists pages
where newsdoc differs from the two agreeing tools, to read. The pages are read at run
time; nothing of them is kept.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path
from typing import Any

import newsdoc
from newsdoc.html.page_dates import url_date


def _tools() -> tuple[Any, Any]:
    import htmldate  # the html extra brings both, through trafilatura
    import trafilatura

    return htmldate, trafilatura


def _newsdoc_day(html: bytes, url: str | None) -> str | None:
    article = newsdoc.parse_html(html, url=url)
    published = article.metadata.published if article.metadata else None
    if published is None:
        return None
    return published.day.isoformat()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--show", type=int, default=0)
    arguments = parser.parse_args(argv)
    htmldate, trafilatura = _tools()
    wide = arguments.shared / "corpus/wide"
    urls = {}
    for line in (wide / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        urls[record["id"]] = record.get("url")
    pages = sorted((wide / "html").glob("*.html.gz"))
    ours = theirs = traf = agreed = same = other = missing = 0
    url_pages = url_same = 0
    seconds = 0.0
    differing: list[str] = []
    for path in pages:
        page_id = path.name.split(".")[0]
        html = gzip.decompress(path.read_bytes())
        url = urls.get(page_id)
        start = time.perf_counter()
        day = _newsdoc_day(html, url)
        seconds += time.perf_counter() - start
        text = html.decode("utf-8", "replace")
        reference = htmldate.find_date(text, original_date=True, url=url)
        metadata = trafilatura.extract_metadata(text, default_url=url)
        traf_day = metadata.date if metadata is not None else None
        ours += day is not None
        in_url = url_date(url)
        if in_url is not None:
            url_pages += 1
            url_same += day == in_url.isoformat()
        theirs += reference is not None
        traf += traf_day is not None
        if reference is not None and reference == traf_day:
            agreed += 1
            if day == reference:
                same += 1
            elif day is None:
                missing += 1
                differing.append(f"{page_id}: none vs {reference}")
            else:
                other += 1
                differing.append(f"{page_id}: {day} vs {reference}")
    count = len(pages)
    for row in differing[: arguments.show]:
        print(row)
    print(
        f"html_dates pages={count} coverage={ours / count:.3f} htmldate={theirs / count:.3f} "
        f"trafilatura={traf / count:.3f} agreed_pages={agreed} agreement={same / agreed:.3f} "
        f"disagreement={other / agreed:.3f} missing={missing / agreed:.3f} "
        f"url_pages={url_pages} url_agreement={url_same / max(url_pages, 1):.3f} "
        f"ms_per_page={1000 * seconds / count:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
