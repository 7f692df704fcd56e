"""Coreference: who a short mention of a speaker stands for.

Pronouns (``he``, ``she``, ``they``, ``it``), surnames (``Roe``) and role descriptions
(``the minister``) are resolved to the nearest compatible full name earlier in the
article. Compatibility comes from data: given names by gender, gendered honorifics
(``Mr``, ``Ms``) and the pronouns already used for the person. ``he``/``she`` goes first to
a person opening the pronoun's own sentence, then to the speaker quoted last when that is
near (``“…,” he added``), and a pronoun in a sentence-opening subordinate clause to the
subject after the comma (``Although he said …, Ivo left``). ``they``/``it`` go to the
organisation or plural source quoted last, unless a person was quoted since.
Coordinated given names share the surname after them (``Kevin, Ana and Tom Roe``).

Skipped: a pronoun with no compatible antecedent stays unresolved (``kind="unnamed"``);
first-person pronouns and ``you`` are never resolved.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from sys import intern

import regex

from newsdoc.lexicon import word_tuple
from newsdoc.models import Span, Speaker, build, span_of
from newsdoc.quoting.mentions import (
    AUTHORED,
    COLLECTIVE_HEADS,
    DETERMINERS,
    Mention,
    first_preposition,
    read_subject,
)
from newsdoc.quoting.names import (
    NAME_RUN,
    NAME_SUFFIXES,
    bare,
    in_headline,
    name_words,
    particle_surname,
    run_of,
    states,
    surnames,
)
from newsdoc.quoting.text import ABBREVIATIONS, last_words
from newsdoc.quoting.trace import note_choice

__all__ = ["Entities"]

_SPEAKER_REACH = 1500
"""How far back, in characters, the last quoted speaker stays the pronoun's referent."""


_CLAUSE_REACH = 200


_SUBORDINATE = regex.compile(
    r"(?:Although|Though|While|When|As|After|Before|Because|If|Since|Once)[ \u00a0]$"
)


_SIBLINGS = regex.compile(r"(?:\p{Lu}\p{Ll}+,?[ \u00a0]+)+(?:and|&)[ \u00a0]+$")
"""Given names coordinated before a full name: ``Kevin, Andrew and`` before ``Luis
Malta`` (the surname is shared)."""


_SIBLINGS_REACH = 80


_GIVEN = regex.compile(r"\p{Lu}\p{Ll}+")


_SENTENCE_BACK = regex.compile(r"(?:[.!?][\"”’)]*[ \t\u00a0]+|\n)(?=\S)", flags=regex.REVERSE)
"""The end of the sentence before, searched backwards from a pronoun."""


_SENTENCE_REACH = 400


_ABBREVIATION_REACH = 6
"""How far back from a full stop an abbreviation (``Capt``, ``Supt``) starts."""
_INITIALS = regex.compile(r"\p{Lu}{2,3}")
"""A speaker label that may be a person's initials: ``TS``, ``JRR``."""
_SUBJECT_OPENING = 4
"""How far into its sentence a name may start and still be the sentence's subject."""


def _sentence_end_before(text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The bounds of the last sentence end in ``text[floor:end]`` that is followed by
    more text: a full stop closing a title (``Ms. Vole``) ends no sentence."""
    back = _SENTENCE_BACK.search(text, floor, end)
    while back is not None and _after_abbreviation(text, back.start()):
        back = _SENTENCE_BACK.search(text, floor, back.start())
    return None if back is None else (back.start(), back.end())


def _after_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation (``Ms.``, ``Dr.``)."""
    if not text.startswith(".", stop):
        return False
    words = last_words(text, max(0, stop - _ABBREVIATION_REACH), stop, 1)
    return bool(words) and words[0][1] == stop and words[0][2].lower() in ABBREVIATIONS


def _collective(mention: Mention) -> bool:
    """Whether a speaker mention may be referred to as ``they``: an organisation, a pair
    of people, or a plural description (``lawyers for the family``, ``two people close
    to the talks``)."""
    if mention.kind == "organization":
        return True
    if mention.form != "description":
        return False
    if mention.rule == "named-pair":
        return True  # "Ana Roe and Ben Lee said …": "they" said it too
    words = mention.name.lower().split()
    link = first_preposition(words)
    noun = words[link - 1] if link else words[-1]
    return noun in COLLECTIVE_HEADS or (noun.endswith("s") and not noun.endswith("ss"))


_APPOSITION = regex.compile(
    r",[ \u00a0]+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.-]*(?:’s|'s))[ \u00a0]+"
    r"((?:[\p{L}-]+[ \u00a0]+){0,4}?)(\p{Ll}[\p{Ll}-]+)(?=[,.;)])"
)
"""A description set off after a name, ending in its head noun: ``, the finance
minister,`` ``, a Republican strategist.`` ``, Acme's chief executive,``. A head with a
complement (``, the president of the bank,``) names a post of that body, which a bare
``the president`` later in the article seldom means: it is left out."""


_APPOSITION_REACH = 80


_ROLE_BEFORE_REACH = 40
"""How far before a name its role and the role's qualifiers are read (``finance
minister``, ``Republican strategist``)."""


@dataclass(slots=True)
class _Described:
    """The role nouns printed around a name and the words that qualify them."""

    roles: set[str] = field(default_factory=set)
    qualifiers: set[str] = field(default_factory=set)
    """As printed: ``Republican`` and ``finance`` keep their case (see ``_conflicts``)."""


def _described_roles(text: str, start: int, end: int, name_start: int, name_end: int) -> _Described:
    """The role nouns printed around a name in ``text[start:end]``: the lower-case word
    right before it (``finance minister Ida Berg``) and the head noun of a description
    set off after it (``Ida Berg, the finance minister,``), for a later ``the minister``.
    Words outside the role lexicon (``farmer`` is in it, ``rain`` is not) are skipped."""
    roles = name_words()[0]
    found = _Described()
    # the words right before the name, read backwards: the role, then what qualifies it
    lower_before = name_start - 2 >= start and text[name_start - 2].islower()
    words = (
        last_words(text, max(start, name_start - _ROLE_BEFORE_REACH), name_start, 3)
        if lower_before and text[name_start - 1] == " "
        else []
    )
    if words and words[-1][1] < name_start and text[words[-1][1] : name_start].isspace():
        role = words[-1][2]
        if role in roles:
            found.roles.add(role)
            qualifiers = []
            for earlier, later in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
                if not text[earlier[1] : later[0]].isspace():
                    break  # punctuation ends the noun phrase
                qualifiers.append(earlier[2].removesuffix("’s").removesuffix("'s"))
            found.qualifiers.update(qualifiers)
    if name_end < end and text[name_end] == ",":
        after = _APPOSITION.match(text, name_end, min(end, name_end + _APPOSITION_REACH))
        if after is not None and after.group(2) in roles:
            found.roles.add(after.group(2))
            found.qualifiers.update(after.group(1).split())
    found.qualifiers = {word for word in found.qualifiers if word.lower() not in DETERMINERS}
    return found


def _conflicts(printed: set[str], known: set[str]) -> bool:
    """Whether the words qualifying a role description contradict those printed with
    the person's role: ``the Democratic nominee`` is not ``Republican nominee Tom
    Lake``, ``the foreign minister`` not ``defence minister Ivo Dal``, while ``the
    Russian envoy`` is ``Russia's envoy``. Capitalised words (parties, nationalities)
    are compared with capitalised ones, lower-case with lower-case; a side that has none
    of a case does not conflict."""
    for upper in (True, False):
        mine = {_stem(word) for word in printed if word[:1].isupper() is upper}
        theirs = {_stem(word) for word in known if word[:1].isupper() is upper}
        if mine and theirs and not mine & theirs:
            return True
    return False


_STEM = 5
"""Qualifiers agree on their first letters: a country and its adjective (``Russia``,
``Russian``; ``Ukraine``, ``Ukrainian``) are one qualifier."""


def _stem(word: str) -> str:
    return word.lower()[:_STEM]


def _add_full(entity: _Entity, start: int, end: int) -> None:
    if (start, end) not in entity.seen:
        entity.seen.add((start, end))
        bisect.insort(entity.mentions, (start, end))


@dataclass(slots=True)
class _Entity:
    name: str
    span: tuple[int, int]
    """Where the name was first met (the Span is built only when a speaker needs it)."""
    gender: str | None
    roles: set[str] = field(default_factory=set)
    described: set[str] = field(default_factory=set)
    """Role nouns of a description around the name (``Ida Berg, the finance minister``),
    weaker evidence than a title printed in the name (``Minister Ida Berg``)."""
    qualifiers: set[str] = field(default_factory=set)
    """The words printed with a described role (``Republican``, ``finance``)."""
    kind: str = "person"
    speaker: bool = False
    mentions: list[tuple[int, int]] = field(default_factory=list)
    """Offsets of the full-name mentions, in text order."""
    seen: set[tuple[int, int]] = field(default_factory=set)


_INTRODUCING = word_tuple("quoting", "document_introducers")
"""Words before a document noun that bring a speaker's text in (``in a statement``)."""


def _honorific_gender(role: str | None) -> str | None:
    """The gender a printed honorific implies (``Mr.`` → male, ``Ms`` → female); a
    surname that is also a given name (``Warren``) implies none."""
    if not role:
        return None
    honorifics = name_words()[3]
    return honorifics.get(role.split()[-1].lower().rstrip("."))


class Entities:
    """The people named in an article, in order of mention, for resolving short forms."""

    def __init__(self) -> None:
        self._positions: list[int] = []
        self._mentions: list[_Entity] = []
        # speakers noted next to cues, kept apart from the scanned mentions so that
        # recording one never shifts the long scanned list
        self._noted_positions: list[int] = []
        self._noted: list[_Entity] = []
        # every person of a surname, the last named last: a surname alone is the last
        # one (see _surnamed), an honorific picks one of them by gender (Mrs. Lind)
        self._by_surname: dict[str, list[_Entity]] = {}
        self._by_name: dict[str, _Entity] = {}
        self._by_first: dict[str, _Entity] = {}
        # organisations and plural sources noted next to cues, for a later "they"
        self._collective_positions: list[int] = []
        self._collective: list[Mention] = []

    def scan(self, text: str, start: int, end: int) -> None:
        """Record the full names (given name + surname, or title + name) in a paragraph."""
        by_name = self._by_name
        surnamed = self._surnamed
        positions = self._positions
        mentions = self._mentions
        for match in NAME_RUN.finditer(text, start, end):
            group = match.group()
            run = run_of(group)
            base = match.start() + run.lead
            if run.single:
                # one capitalised word: only a further mention of a known person counts
                entity = by_name.get(run.name) or surnamed(run.bare)
                if entity is not None:
                    positions.append(base)
                    mentions.append(entity)
                continue
            if not run.name:
                continue
            name = run.name
            name_start = base + run.offset
            entity = by_name.get(name)
            if entity is None and run.bare:
                entity = surnamed(run.bare)
                if entity is not None and run.gender and entity.gender not in (run.gender, None):
                    entity = self._of_gender(run.bare, run.gender)
            if entity is None:
                if not run.new:
                    continue
                if name.count(" ") > 1 and in_headline(text, start, end, name_start):
                    # a title-case headline runs every capital together: "Nora
                    # Quill Goes After Ben Tovey" names its first two words' person
                    name = " ".join(name.split()[:2])
                    if name in by_name:
                        continue
                entity = _Entity(name, (name_start, name_start + len(name)), None)
                entity.gender = run.gender
                self._siblings(text, max(start, name_start - _SIBLINGS_REACH), name_start, name)
                self._register(entity)
            if run.full:
                _add_full(entity, name_start, name_start + len(name))
            if run.roles:
                entity.roles.update(run.roles)
            described = _described_roles(text, start, end, name_start, name_start + len(name))
            if described.roles:
                entity.described.update(described.roles)
                entity.qualifiers.update(described.qualifiers)
            positions.append(base)
            mentions.append(entity)

    def _surnamed(self, surname: str) -> _Entity | None:
        """The person of ``surname`` named last."""
        people = self._by_surname.get(surname)
        return people[-1] if people else None

    def _of_gender(self, surname: str, gender: str) -> _Entity | None:
        """The person of ``surname`` last named whose gender an honorific's agrees with:
        after Ana Lind and Ben Lind, ``Mrs. Lind`` is Ana Lind."""
        for entity in reversed(self._by_surname.get(surname, ())):
            if entity.gender in (gender, None):
                return entity
        return None

    def _siblings(self, text: str, start: int, end: int, name: str) -> None:
        """Record ``Kevin Malta`` and ``Andrew Malta`` for the given names printed in
        ``start:end`` as ``Kevin, Andrew and`` before the full name ``name``."""
        words = name.split()
        if len(words) != 2 or end - start < 8:
            return
        tail = text[end - 8 : end]  # the coordination ends right before the name
        if "and" not in tail and "&" not in tail:
            return
        given = name_words()[4]
        if words[0].lower() not in given:
            return
        found = _SIBLINGS.search(text, start, end)
        if found is None:
            return
        siblings = []
        for match in reversed(list(_GIVEN.finditer(text, found.start(), found.end()))):
            gender = given.get(match.group().lower())
            if gender is None:
                break  # "Tovey, Kevin and Luis Malta": only the given names next to it
            siblings.append((match, gender))
        for match, gender in reversed(siblings):
            full = f"{match.group()} {words[1]}"
            if full in self._by_name:
                continue
            entity = _Entity(full, match.span(), gender)
            self._register(entity)
            self._positions.append(match.start())
            self._mentions.append(entity)

    def first_person(self, text: str, start: int, end: int) -> Mention | None:
        """The first person named in ``text[start:end]`` that the scan recorded, as
        printed: the subject a participle hangs on when the sentence opens with a time
        or place (``Last week State Department official David Hollis revealed …``)."""
        positions = self._positions
        index = bisect.bisect_left(positions, start)
        while index < len(positions) and positions[index] < end:
            if self._mentions[index].kind == "person":
                run = NAME_RUN.match(text, positions[index], end)
                if run is not None:
                    mention = read_subject(text, run.start(), run.end())
                    if mention is not None and mention.kind == "person":
                        return mention
            index += 1
        return None

    def _record(self, position: int, entity: _Entity) -> None:
        if not self._noted_positions or self._noted_positions[-1] <= position:
            self._noted_positions.append(position)
            self._noted.append(entity)
            return
        index = bisect.bisect_right(self._noted_positions, position)
        self._noted_positions.insert(index, position)
        self._noted.insert(index, entity)

    def _register(self, entity: _Entity) -> None:
        self._by_name[entity.name] = entity
        words = entity.name.split()
        if len(words) > 2 and bare(words[-1]) in NAME_SUFFIXES:
            words = words[:-1]  # "Patrick Corlin Jr." is Corlin for short
        if words:
            for surname in surnames(words):
                self._by_surname.setdefault(surname, []).append(entity)
            self._by_first[bare(words[0])] = entity

    def note(self, mention: Mention) -> None:
        """Record a named speaker found next to a cue (a name the scan may have missed),
        or an organisation or plural source that a later ``they`` may stand for."""
        if _collective(mention):
            if not self._collective_positions or self._collective_positions[-1] < mention.start:
                self._collective_positions.append(mention.start)
                self._collective.append(mention)
            return
        if mention.kind != "person" or mention.form not in {"name", "short"}:
            return
        if mention.form == "short":
            known = self._fitting(mention)
            if known is not None:
                known.speaker = True
                self._record(mention.start, known)
            return
        entity = self._by_name.get(mention.name)
        if entity is None:
            entity = _Entity(mention.name, (mention.start, mention.end), mention.gender)
            self._register(entity)
        entity.speaker = True
        _add_full(entity, mention.start, mention.end)
        if mention.role:
            entity.roles.update(bare(word) for word in mention.role.split())
        self._record(mention.start, entity)

    def resolve(self, text: str, mention: Mention) -> Speaker:
        """The :class:`Speaker` for a mention, short forms resolved where possible."""
        speaker, rule = self._resolve(text, mention)
        note_choice(mention, rule)
        return speaker

    def _resolve(self, text: str, mention: Mention) -> tuple[Speaker, str]:
        """The speaker of ``mention`` and the name of the resolution rule that chose it."""
        span = span_of(mention.start, mention.end)
        # the same few mentions ("he", "Roe") recur in every article: share their strings
        raw = intern(text[mention.start : mention.end])
        if mention.kind == "organization" and mention.name in states():
            # "Jordan said" after "Ana Jordan": the person named in the article, not the state
            entity = self._surnamed(bare(mention.name))
            if entity is not None:
                return self._speaker(span, raw, entity, mention.role), "state-as-surname"
        if mention.kind == "person" and particle_surname(mention.name.split()):
            # "Van der Berg said" after "Anna van der Berg": the surname with its particle
            entity = self._surnamed(bare(mention.name))
            if entity is not None:
                return self._speaker(span, raw, entity, mention.role), "surname"
        if mention.form == "name" or mention.kind == "organization":
            speaker = build(
                Speaker,
                span=span,
                raw=raw,
                name=intern(mention.name),
                kind=mention.kind,
                role=mention.role,
                antecedent=None,
            )
            return speaker, "as-printed"
        if mention.form == "short":
            entity = self._fitting(mention)
            if entity is not None:
                return self._speaker(span, raw, entity, mention.role), "surname"
            entity = self._initialled(raw) if _INITIALS.fullmatch(raw) else None
            if entity is not None:
                return self._speaker(span, raw, entity, mention.role), "initials"
            speaker = build(
                Speaker,
                span=span,
                raw=raw,
                name=intern(mention.name),
                kind="person",
                role=mention.role,
            )
            return speaker, "unknown-short-name"
        if mention.form == "pronoun":
            return self._resolve_pronoun(text, mention, span, raw)
        return self._resolve_description(text, mention, span, raw)

    def _resolve_pronoun(
        self, text: str, mention: Mention, span: Span, raw: str
    ) -> tuple[Speaker, str]:
        """``he``/``she``: the cataphor, the sentence's subject, then the last speaker or
        the nearest compatible person; ``they``/``it``: the group quoted last."""
        word = mention.name.lower()
        if word in {"he", "she"}:
            gender = "male" if word == "he" else "female"
            rules: tuple[tuple[str, Callable[[], _Entity | None]], ...] = (
                ("cataphor", lambda: self._cataphor(text, mention.start, mention.end, gender)),
                ("sentence-subject", lambda: self._sentence_subject(text, mention.start, gender)),
                ("last-speaker-or-nearest", lambda: self._pronoun(mention.start, gender)),
            )
            for rule, find in rules:
                entity = find()
                if entity is not None:
                    entity.gender = gender
                    return self._speaker(span, raw, entity, None), rule
        if word in {"they", "it"}:
            group = self._group_before(mention.start, singular=word == "it")
            if group is not None:
                speaker = build(
                    Speaker,
                    span=span,
                    raw=raw,
                    name=group.name,
                    kind=group.kind,
                    antecedent=span_of(group.start, group.end),
                )
                return speaker, "group"
        return build(Speaker, span=span, raw=raw, name=raw, kind="unnamed"), "unresolved-pronoun"

    def _resolve_description(
        self, text: str, mention: Mention, span: Span, raw: str
    ) -> tuple[Speaker, str]:
        """``the minister``: the nearest person holding the role, else the speaker last
        quoted; any other description is its own speaker."""
        words = [bare(word) for word in mention.name.split()]
        _roles, orgs, unnamed, _honorifics, _given = name_words()
        if len(words) == 2 and words[0] == "the" and words[1] in AUTHORED:
            author = self._author_before(text, span, raw, mention.start, words[1])
            if author is not None:
                return author, "document-author"
        if words and words[0] == "the" and words[-1] not in orgs:
            wanted = set(words[1:])
            entity = self._nearest(mention.start, lambda e: words[-1] in e.roles, wanted)
            if entity is not None:
                return self._speaker(span, raw, entity, mention.name), "role-holder"
            printed = set(mention.name.split()[1:-1])
            entity = self._nearest(
                mention.start,
                lambda e: words[-1] in e.described and not _conflicts(printed, e.qualifiers),
            )
            if entity is not None:
                return self._speaker(span, raw, entity, mention.name), "role-described"
            if words[-1] not in unnamed and not any(
                word[:1].isupper() for word in mention.name.split()[1:]
            ):
                # "the minister" with no minister named yet is the speaker last quoted;
                # "the Mill Town Evening Leader" is a proper name, nobody's role
                entity = self._nearest(mention.start, lambda e: e.speaker)
                if entity is not None:
                    return self._speaker(span, raw, entity, mention.name), "role-last-speaker"
        return build(Speaker, span=span, raw=raw, name=raw, kind=mention.kind), "description"

    def _author_before(
        self, text: str, span: Span, raw: str, position: int, noun: str
    ) -> Speaker | None:
        """For ``the statement`` or ``the letter``, the speaker quoted last before it, a
        person or a body, when near and when that speaker's attribution brought the
        text in: ``The army said in a statement … “…,” the statement said`` is the
        army's; a statement nobody was said to issue stays its own speaker."""
        person = bisect.bisect_left(self._noted_positions, position) - 1
        group = bisect.bisect_left(self._collective_positions, position) - 1
        person_at = self._noted_positions[person] if person >= 0 else -1
        group_at = self._collective_positions[group] if group >= 0 else -1
        last = max(person_at, group_at)
        if last < 0 or position - last > _SPEAKER_REACH:
            return None
        # the text must come in with the speaker's own sentence
        stops = [
            at
            for at in (text.find(". ", last, position), text.find("\n", last, position))
            if at >= 0
        ]
        window = text[last : min(stops) if stops else position]
        if not any(f"{article} {noun}" in window for article in _INTRODUCING):
            return None
        if person_at > group_at:
            return self._speaker(span, raw, self._noted[person], None)
        body = self._collective[group]
        return build(
            Speaker,
            span=span,
            raw=raw,
            name=body.name,
            kind=body.kind,
            antecedent=span_of(body.start, body.end),
        )

    def _group_before(self, position: int, *, singular: bool) -> Mention | None:
        """The organisation or plural source that ``they`` at ``position`` stands for, or
        with ``singular`` the organisation ``it`` stands for: the one last noted as a
        speaker, when near and after any person quoted since."""
        index = bisect.bisect_left(self._collective_positions, position) - 1
        if singular:
            while index >= 0 and self._collective[index].kind != "organization":
                index -= 1
        if index < 0:
            return None
        group = self._collective[index]
        if position - group.start > _SPEAKER_REACH:
            return None
        person = bisect.bisect_left(self._noted_positions, position) - 1
        if person >= 0 and self._noted_positions[person] > group.start:
            return None  # a person was quoted in between: "they" is not plainly the group
        return group

    def _cataphor(self, text: str, start: int, end: int, gender: str) -> _Entity | None:
        """The person a pronoun in a sentence-initial subordinate clause points forward
        to: ``Although he said …, Isaac stopped short``."""
        lead = _SUBORDINATE.search(text, max(0, start - 12), start)
        if lead is None:
            return None
        before = text[max(0, lead.start() - 2) : lead.start()]
        if lead.start() > 0 and not (before.endswith("\n") or before in {". ", "? ", "! "}):
            return None
        comma = text.find(",", end, min(len(text), end + _CLAUSE_REACH))
        if comma < 0:
            return None
        position = comma + 1
        while position < min(len(text), comma + 4) and text[position] in '”"’ \u00a0':
            position += 1  # past a closing mark and the space: ``“…,” Lind``
        run = NAME_RUN.match(text, position)
        if run is None:
            return None
        name = run.group().removesuffix("’s").removesuffix("'s")
        entity = self._by_name.get(name) or self._short(name.split()[-1])
        if entity is None or entity.gender not in (gender, None):
            return None
        return entity

    def _sentence_subject(self, text: str, position: int, gender: str) -> _Entity | None:
        """The person opening the sentence that holds the pronoun, when compatible: in
        ``Yet Hollis has amended it — “…,” he said`` the subject is the speaker, not a
        person quoted earlier or named in between. A pronoun opening its sentence looks
        to the subject of the sentence before (``Ivo Petrov sat down. He said …``)."""
        floor = max(0, position - _SENTENCE_REACH)
        # the pronoun's first letter is kept in reach of the pattern's look-ahead
        back = _sentence_end_before(text, floor, position + 1)
        if back is not None and back[1] == position:
            if not text[position].isupper():
                return None  # "“…?” he asks": the quotation opens the sentence
            back = _sentence_end_before(text, floor, back[0])
        if back is None:
            return None
        start = back[1]
        index = bisect.bisect_left(self._positions, start)
        if index >= len(self._positions):
            return None
        at = self._positions[index]
        if at >= position or at - start > _SUBJECT_OPENING:
            return None
        entity = self._mentions[index]
        if entity.kind != "person" or entity.gender not in (gender, None):
            return None
        return entity

    def _pronoun(self, position: int, gender: str) -> _Entity | None:
        """The person ``he``/``she`` at ``position`` stands for: the speaker quoted last,
        when near and not of the other gender (news prose keeps its current speaker as
        the pronoun's referent), else the nearest mention of a compatible person."""
        noted = bisect.bisect_left(self._noted_positions, position) - 1
        if noted >= 0 and position - self._noted_positions[noted] < _SPEAKER_REACH:
            last = self._noted[noted]
            if last.gender in (gender, None):
                return last
        return self._nearest(
            position, lambda e: e.gender == gender or (e.gender is None and e.speaker)
        )

    def knows(self, name: str) -> bool:
        """Whether ``name`` is a person the article names in full, by full name or
        surname (``Ana Roe``, ``Roe``)."""
        return name in self._by_name or bare(name) in self._by_surname

    def _fitting(self, mention: Mention) -> _Entity | None:
        """The person a surname or given name stands for, unless an honorific of the
        other gender rules them out (``Mr. Lind`` is not Ana Lind)."""
        entity = self._short(mention.name)
        if entity is None:
            return None
        honorific = _honorific_gender(mention.role)
        if honorific is not None and entity.gender not in (None, honorific):
            return None
        return entity

    def _initialled(self, letters: str) -> _Entity | None:
        """The one person named in full whose words open with ``letters``: ``TS`` for
        Thomas Sund, the label an interview gives its guest's turns; ``None`` when no
        person, or more than one, has those initials."""
        found = [
            entity
            for name, entity in self._by_name.items()
            if entity.kind == "person"
            and "".join(word[0] for word in name.split()).upper() == letters
        ]
        return found[0] if len(found) == 1 else None

    def _short(self, word: str) -> _Entity | None:
        lookup = bare(word)
        return self._surnamed(lookup) or self._by_first.get(lookup)

    def _speaker(self, span: Span, raw: str, entity: _Entity, role: str | None) -> Speaker:
        index = bisect.bisect_left(entity.mentions, (span.start, -1))
        start, end = entity.mentions[index - 1] if index else entity.span
        same = start == span.start and end == span.end
        return build(
            Speaker,
            span=span,
            raw=raw,
            name=entity.name,
            kind="person",
            role=role,
            antecedent=None if same else span_of(start, end),
        )

    def _nearest(
        self, position: int, accept: object, wanted: set[str] | None = None
    ) -> _Entity | None:
        scanned = bisect.bisect_left(self._positions, position) - 1
        noted = bisect.bisect_left(self._noted_positions, position) - 1
        best: _Entity | None = None
        best_score = -1
        for _step in range(39):
            # walk back through both lists merged; at one offset a noted speaker counts
            # as the later mention
            if noted >= 0 and (
                scanned < 0 or self._noted_positions[noted] >= self._positions[scanned]
            ):
                entity = self._noted[noted]
                noted -= 1
            elif scanned >= 0:
                entity = self._mentions[scanned]
                scanned -= 1
            else:
                break
            if not accept(entity):  # type: ignore[operator]
                continue
            if wanted is None:
                return entity
            score = len(wanted & entity.roles)
            if score > best_score:
                best, best_score = entity, score
        return best
