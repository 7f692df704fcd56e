"""Quotation and attribution finding: marks, cues, speakers, indirect speech.

:func:`find_quotes` runs over the paragraphs of a :class:`~newsdoc.document.Document`
and returns its quotes and diagnostics; the modules hold the parts:

* :mod:`~newsdoc.quoting.marks` pairs quotation marks inside a paragraph;
* :mod:`~newsdoc.quoting.cues` reads the cue lexicon;
* :mod:`~newsdoc.quoting.mentions` reads the speaker a subject phrase names;
* :mod:`~newsdoc.quoting.names` reads what a capitalised run of words names;
* :mod:`~newsdoc.quoting.coreference` resolves short mentions to the person meant;
* :mod:`~newsdoc.quoting.extract` finds direct and partial quotes;
* :mod:`~newsdoc.quoting.dashes` finds direct speech set off by dashes;
* :mod:`~newsdoc.quoting.indirect` finds indirect speech.
"""

from __future__ import annotations

import bisect
from collections import Counter

import regex

from newsdoc.document import Document
from newsdoc.models import Block, Diagnostic, Quote, Speaker
from newsdoc.quoting.coreference import Entities
from newsdoc.quoting.cues import locate_cues, using_cues
from newsdoc.quoting.dashes import dash_quotes
from newsdoc.quoting.extract import (
    Found,
    Groups,
    Paragraph,
    built_quotes,
    direct_quotes,
    handed_on,
    lead_in_speaker,
    resolve_speakers,
)
from newsdoc.quoting.indirect import colon_quote, indirect_quotes
from newsdoc.quoting.marks import segments
from newsdoc.quoting.mentions import Mention
from newsdoc.quoting.text import end_before_space, sentence_starts
from newsdoc.quoting.transcripts import Turn, transcript_turns

__all__ = ["find_quotes"]

_BLANK_LINES = regex.compile(r"\n[ \t\r\u00a0]*\n\s*")
_LINE_BREAKS = regex.compile(r"\n\s*")
_LONG_LINE = 160
_LINE_GAP = regex.compile(r"[ \t\u00a0]*[\n\r]\s*")
"""Only whitespace with a line break (``\n``, ``\r`` or both) between two paragraphs."""
_QUOTED_KINDS = frozenset({"body", "heading", "caption"})
_INITIALS_KEPT = 2
"""A transcript label this short is a speaker's initials (``TS``), never a surname in
capitals to be title-cased (``HOLM`` is Holm)."""
_ANY_MARK = regex.compile(r"([\"“”„«»‘’‚])\1*+|''|``")


def _regions(doc: Document) -> list[tuple[int, int]]:
    blocks = doc.items_of(Block)
    if blocks:
        return [(b.span.start, b.span.end) for b in blocks if b.kind in _QUOTED_KINDS]
    found: list[tuple[int, int]] = []
    text = doc.text
    for region in doc.free_regions():
        # Paragraphs are blank-line separated; a text whose lines are long paragraphs
        # separated by single line breaks is split on every line break instead.
        lines = text.count("\n", region.start, region.end) + 1
        pattern = _BLANK_LINES
        if (region.end - region.start) / lines > _LONG_LINE and not _BLANK_LINES.search(
            text, region.start, region.end
        ):
            pattern = _LINE_BREAKS
        position = region.start
        for gap in pattern.finditer(text, region.start, region.end):
            found.append((position, gap.start()))
            position = gap.end()
        found.append((position, region.end))
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    return start, end_before_space(text, start, end)


def _turn_quotes(
    text: str, turns: list[Turn], others: list[Quote], entities: Entities
) -> list[Quote]:
    """Each transcript turn as the label's words, with the colon as cue; a turn over
    several paragraphs shares a group."""
    taken = [quote.group for quote in others if quote.group is not None]
    first_group = max(taken) + 1 if taken else 0
    paragraphs = Counter(turn.number for turn in turns)
    found: list[Quote] = []
    for turn in turns:
        start, end = turn.label
        label = text[start:end]
        # initials keep their capitals ("TS", not "Ts") when they name no one in the text
        words = [label] if len(label) <= _INITIALS_KEPT else label.title().split()
        mention = Mention(
            start, end, " ".join(words), "person", None, "name" if len(words) > 1 else "short"
        )
        group = first_group + turn.number if paragraphs[turn.number] > 1 else None
        speaker = entities.resolve(text, mention)
        found.append(colon_quote(text, turn.colon, turn.content, speaker, group))
    return found


def find_quotes(doc: Document) -> tuple[list[Quote], list[Diagnostic]]:
    """Every direct, partial and indirect quote in ``doc``'s paragraphs, in text order,
    with the cues of ``doc.options.cues`` added to the lexicon."""
    with using_cues(doc.options.cues):
        return _find_quotes(doc)


def _find_quotes(doc: Document) -> tuple[list[Quote], list[Diagnostic]]:
    """The stages, in order: paragraphs with their quotation marks (and the names they
    introduce), then per paragraph the direct quotes, dash speech, indirect speech and
    speaker resolution, then transcript turns."""
    text = doc.text
    cues = locate_cues(text)
    if not cues and ":" not in text and _ANY_MARK.search(text) is None:
        # every stage needs a cue word, a quotation mark or a speaker's colon
        return [], []
    entities = Entities()
    bounds = [
        (start, end)
        for start, end in (_trimmed(text, *region) for region in _regions(doc))
        if start < end
    ]
    transcript = transcript_turns(text, bounds)
    paragraphs = _paragraphs(text, bounds, transcript.paragraphs, cues, entities)
    quotes, diagnostics = _paragraph_quotes(text, paragraphs, cues, entities)
    if transcript.turns:
        quotes.extend(_turn_quotes(text, transcript.turns, quotes, entities))
    quotes.sort(key=lambda quote: (quote.span.start, quote.span.end))
    return quotes, diagnostics


def _paragraphs(
    text: str,
    bounds: list[tuple[int, int]],
    turns: frozenset[int] | set[int],
    cues: list[tuple[int, int, str]],
    entities: Entities,
) -> list[Paragraph]:
    """Stage 1: each paragraph with its sentences and paired quotation marks; the names
    printed in them are recorded in ``entities`` for coreference."""
    starts = [cue[0] for cue in cues]
    # one pass finds every quotation mark; paragraphs without one skip the pairing
    mark_positions = [match.start() for match in _ANY_MARK.finditer(text)]
    paragraphs: list[Paragraph] = []
    run_start = run_end = -1
    for number, (start, end) in enumerate(bounds):
        # paragraphs parted only by line breaks are scanned for names in one pass (a
        # name never runs over a line break)
        if run_end >= 0 and not (
            run_end <= start and _LINE_GAP.fullmatch(text, run_end, start) is not None
        ):
            entities.scan(text, run_start, run_end)
            run_start = -1
        if run_start < 0:
            run_start = start
        run_end = end
        mark = bisect.bisect_left(mark_positions, start)
        # a transcript's marks wrap the transcript, not quotations of its own
        has_mark = mark < len(mark_positions) and mark_positions[mark] < end and number not in turns
        marks = segments(text, start, end) if has_mark else []
        first = bisect.bisect_left(starts, start)
        # sentence bounds matter only where a quotation, a cue or a colon may attribute
        quiet = not (first < len(starts) and starts[first] < end) and text.find(":", start, end) < 0
        sentences = sentence_starts(text, start, end) if marks or not quiet else [start]
        paragraphs.append(Paragraph(start, end, sentences, marks, quiet, number in turns))
    if run_start >= 0:
        entities.scan(text, run_start, run_end)
    return paragraphs


def _paragraph_quotes(
    text: str,
    paragraphs: list[Paragraph],
    cues: list[tuple[int, int, str]],
    entities: Entities,
) -> tuple[list[Quote], list[Diagnostic]]:
    """Stages 2 to 5, paragraph by paragraph, in text order: a paragraph's speakers are
    resolved before the next paragraph is read, so that the people it quoted are known
    to the paragraphs after it."""
    starts = [cue[0] for cue in cues]
    found: list[Found] = []
    reported_all: list[Quote] = []
    diagnostics: list[Diagnostic] = []
    groups = Groups()
    previous: Paragraph | None = None
    handed: Speaker | None = None
    for position, paragraph in enumerate(paragraphs):
        if paragraph.quiet and not paragraph.marks:
            # nothing here can quote or attribute: only the paragraph order matters
            groups = Groups(None, groups.next)
            previous, handed = paragraph, None
            continue
        if previous is not None and handed is None:
            handed = lead_in_speaker(text, previous, entities)
        quoted = direct_quotes(text, paragraphs, position, entities, groups)
        mine = cues[
            bisect.bisect_left(starts, paragraph.start) : bisect.bisect_left(starts, paragraph.end)
        ]
        # the paragraph's reported speech is read before its quotations' speakers are
        # resolved, so that "X said …, saying … She added, “…”" finds X
        reported = _reported_speech(text, paragraph, quoted.spans(), mine, entities)
        resolved = resolve_speakers(text, paragraph, quoted, reported, handed, entities)
        found.extend(resolved)
        reported_all.extend(reported)
        diagnostics.extend(quoted.diagnostics)
        groups = quoted.groups
        previous, handed = paragraph, handed_on(resolved, reported)
    return built_quotes(text, found) + reported_all, diagnostics


def _reported_speech(
    text: str,
    paragraph: Paragraph,
    covered: list[tuple[int, int]],
    cues: list[tuple[int, int, str]],
    entities: Entities,
) -> list[Quote]:
    """Stages 3 and 4: speech set off by dashes, then indirect speech, in a paragraph
    whose ``covered`` spans hold its quotations and whose cue words are ``cues``."""
    if not cues and text.find(":", paragraph.start, paragraph.end) < 0:
        return []
    dashed: list[Quote] = []
    if cues and not paragraph.marks and not paragraph.turn:
        dashed = dash_quotes(text, paragraph, entities)
        if dashed:
            covered = [(quote.span.start, quote.span.end) for quote in dashed]
            # a dash quote's cue is spent: it attributes nothing else
            spent = {quote.cue.span.start for quote in dashed if quote.cue is not None}
            cues = [cue for cue in cues if cue[0] not in spent]
    return dashed + indirect_quotes(text, paragraph, covered, entities, cues)
