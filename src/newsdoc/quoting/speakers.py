"""Speaker mentions: reading a subject phrase and resolving short forms.

A subject phrase is the text next to a cue: ``Russian presidential aide Vladimir
Medinsky, head of the Russian delegation`` gives the name ``Vladimir Medinsky`` with the
role ``Russian presidential aide``; ``A member of the delegation, Anna Kovac,`` gives
``Anna Kovac`` with the role ``A member of the delegation``. Introductory phrases
(``Meanwhile,``, ``After the meeting,``) and adverbs (``also``, ``further``) are dropped.

Pronouns (``he``, ``she``, ``they``, ``it``), surnames (``Medinsky``) and role descriptions
(``the minister``) are resolved to the nearest compatible full name earlier in the
article. Compatibility comes from data: given names by gender, gendered honorifics
(``Mr``, ``Ms``) and the pronouns already used for the person. ``he``/``she`` goes first to
the speaker quoted last when that is near (``“…,” he added``), and a pronoun in a
sentence-opening subordinate clause to the subject after the comma (``Although he said
…, Isaac left``). Initials count as a given name (``J.C. Chandor``). Organisations (``CNN``,
``the ministry``) and unnamed sources (``a spokesperson``, ``officials``) are speakers
too. A pronoun with no compatible antecedent stays unresolved (``kind="unnamed"``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache
from sys import intern
from typing import NamedTuple

import regex

from newsdoc.lexicon import load, word_set, word_tuple
from newsdoc.models import Span, Speaker, build, span_of

_FUNCTION_WORDS: dict[str, list[str]] = load("function_words")

__all__ = [
    "DETERMINERS",
    "QUANTIFIERS",
    "SUBJECT_PRONOUNS",
    "Entities",
    "Mention",
    "apposed_label",
    "introductory",
    "is_town",
    "opens_adjunct",
    "read_subject",
]

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.\-]*|[,()<>]")
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
_SUBJECT_OPENING = 4
"""How far into its sentence a name may start and still be the sentence's subject."""
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,4}")
"""A first name printed as initials: ``J.``, ``J.C.``."""
_RUN = regex.compile(
    r"(?<![\p{L}\p{N}’'\-])(?:\p{Lu}\.(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}’'\-]*\.?)"
    r"(?:[ \u00a0](?:(?:de|da|del|van|von|der|bin|al|la|le|di)[ \u00a0])?"
    r"(?:\p{Lu}\.(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}’'\-]*\.?)){0,5}"
)

_INTRO = word_set("quoting", "introductory_words")
DETERMINERS = word_set("quoting", "determiners")
_SOURCE_DETERMINERS = word_set("quoting", "source_determiners")
_PREPOSITIONS = word_set("quoting", "prepositions")
_ADVERBS = word_set("quoting", "subject_adverbs")
_FUNCTION_CAPS = word_set("quoting", "capitalised_function_words")
_VERBISH = frozenset(_FUNCTION_WORDS["clause_markers"] + _FUNCTION_WORDS["not_in_subject"])
_TIME_WORDS = frozenset(_FUNCTION_WORDS["time_words"])
_TIME_OPENERS = frozenset(_FUNCTION_WORDS["time_adjunct_openers"])
_TIME_NOUNS = frozenset(_FUNCTION_WORDS["time_nouns"])
QUANTIFIERS = frozenset(_FUNCTION_WORDS["quantifiers"])
"""Number words and quantifiers, which open a counted source (``Two officials``)."""
_OPENERS = frozenset(_FUNCTION_WORDS["sentence_openers"]) | QUANTIFIERS | _TIME_WORDS
_PARTICIPLE_OBJECTS = DETERMINERS | _PREPOSITIONS | word_set("quoting", "particle_objects")
"""Words after which a capitalised ``-ing``/``-ed`` word is a participle taking an object
or complement (``Heading into``, ``Citing an``, ``Looking ahead``), not a modifier of a
noun (``Polling averages``)."""
_DESCRIBED_WORDS = 8
"""The longest counted source read as a description (``Two people briefed on the talks``)."""
_SUBORDINATING = word_set("quoting", "subordinators")
_CONCESSIVE = word_set("quoting", "concessive_words")
"""Words opening an introductory phrase, as prepositions do (``Despite the vote,``)."""
_PARTY_LABEL = regex.compile(r"[RD]\.?|[RDI]-\p{Lu}[\p{L}.]*")
"""A party and state after a legislator's name: ``R-Utah``, ``D-N.J.``, ``R``."""
SUBJECT_PRONOUNS = word_set("quoting", "subject_pronouns")
"""The pronouns that may be a clause's subject."""
_DEMONYM_SUFFIXES = word_tuple("quoting", "demonym_suffixes")


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention read from a subject phrase, before resolution."""

    start: int
    end: int
    name: str
    kind: str
    role: str | None = None
    form: str = "name"
    """``name`` (a full name), ``short`` (one word), ``pronoun`` or ``description``."""
    gender: str | None = None


@cache
def _words() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], dict[str, str | None], dict[str, str]
]:
    data = load("honorifics")
    names = load("given_names")
    given: dict[str, str] = {}
    for gender in ("male", "female"):
        for name in names[gender]:
            given[name.lower()] = gender
    return (
        frozenset(data["roles"]),
        frozenset(data["organizations"]),
        frozenset(data["unnamed"]),
        {key.lower().rstrip("."): value for key, value in data["honorifics"].items()},
        given,
    )


@cache
def _states() -> frozenset[str]:
    """Countries and seats of power that speak as states (``Russia said``)."""
    data = load("places")
    return frozenset([*data["countries"], *data["capitals"], *data["institutions"]])


@cache
def _towns() -> frozenset[str]:
    places = load("places")
    return frozenset([*places["cities"], *places["capitals"]])


def is_town(name: str) -> bool:
    """Whether ``name`` is a town that opens datelines (``Mumbai``, ``New Delhi``): a
    place where a story was filed, never a speaker."""
    return name in _towns()


@cache
def _companies() -> frozenset[str]:
    """Platforms and companies that speak as organisations (``Twitter said``)."""
    return frozenset(load("honorifics")["companies"])


def _bare(word: str) -> str:
    return word.lower().rstrip(".").removesuffix("’s").removesuffix("'s")


@cache
def _titles() -> frozenset[str]:
    roles, _orgs, _unnamed, honorifics, _given = _words()
    return roles | frozenset(honorifics)


_TITLE_CACHE: dict[str, bool] = {}
_TITLE_CACHE_SIZE = 4096


def _is_title(word: str) -> bool:
    known = _TITLE_CACHE.get(word)
    if known is None:
        if len(_TITLE_CACHE) >= _TITLE_CACHE_SIZE:
            _TITLE_CACHE.clear()  # bounded: hostile input cannot grow it without limit
        known = _TITLE_CACHE[word] = _bare(word) in _titles()
    return known


def _is_demonym(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(_DEMONYM_SUFFIXES) and len(word) > 4


def gender_of(first: str, title: str | None = None) -> str | None:
    """The gender a given name or honorific implies, if any."""
    _roles, _orgs, _unnamed, honorifics, given = _words()
    if title is not None:
        found = honorifics.get(title.lower().rstrip("."))
        if found:
            return found
    return given.get(first.lower())


_SUBJECTS: dict[str, Mention | None] = {}
_SUBJECTS_SIZE = 4096


def read_subject(text: str, start: int, end: int) -> Mention | None:
    """Read the speaker in the subject phrase ``text[start:end]``."""
    # the reading depends on the phrase alone, and phrases recur (``he``, ``the
    # minister``, a surname): it is kept with offsets relative to the phrase
    phrase = text[start:end]
    if phrase in _SUBJECTS:
        found = _SUBJECTS[phrase]
    else:
        if len(_SUBJECTS) >= _SUBJECTS_SIZE:
            _SUBJECTS.clear()  # bounded: hostile input cannot grow it without limit
        found = _SUBJECTS[phrase] = _read_subject(phrase, 0, len(phrase))
    if found is None or start == 0:
        return found
    return Mention(
        found.start + start,
        found.end + start,
        found.name,
        found.kind,
        found.role,
        found.form,
        found.gender,
    )


def _read_subject(text: str, start: int, end: int) -> Mention | None:
    parts: list[list[tuple[int, int, str]]] = [[]]
    depth = 0
    tag = False
    for match in _TOKEN.finditer(text, start, end):
        token = match.group()
        # markup left in the text (<b>Brandt</b>, <tweet author="…">) is passed over;
        # a phrase that starts inside a tag keeps only what follows its end
        if token == "<":
            tag = True
        elif token == ">":
            if not tag:
                parts = [[]]
            tag = False
        elif tag:
            continue
        elif token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth < 0:
                # a closing parenthesis opened before the phrase ends a part, as a
                # comma does: "(Reuters) - Officials" starts afresh after it
                depth = 0
                if parts[-1]:
                    parts.append([])
        elif depth:
            continue
        elif token == ",":
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append((match.start(), match.end(), token))
    # "X, R-Ky., said" and "Unions, including the AFL-CIO, have said": neither an
    # apposed party label, nor an example, nor the auxiliary left after it names the
    # speaker
    parts = [
        part
        for part in parts
        if part
        and not _apposed_label(part)
        and part[0][2].lower() != "including"
        and not all(token[2].lower() in _ADVERBS for token in part)
    ]
    while len(parts) > 1 and introductory(parts[0]):
        parts.pop(0)
    if len(parts) > 1 and parts[-1][0][2] in _SUBORDINATING and len(parts[-1]) > 1:
        # "…, Va., where restructuring experts say": the clause before the cue opens
        # at its subordinator, and what comes before it is another clause's
        parts = [parts[-1][1:]]
    if not parts:
        return None
    if len(parts) > 3:
        parts = parts[-3:]
    mentions = [_read_part(text, part) for part in parts]
    first = mentions[0]
    last = mentions[-1]
    if (
        len(mentions) > 1
        and last is not None
        and last.form in {"name", "short", "pronoun"}
        and (last.form == "pronoun" or first is None or first.form not in {"name", "short"})
    ):
        # the part right before the cue names the speaker: "X, he said, is …"
        described = (first is not None and first.form == "description") or (
            first is None and parts[0][0][2].lower() in DETERMINERS
        )
        if described and last.form != "pronoun":
            role = text[parts[0][0][0] : parts[0][-1][1]]
            return Mention(last.start, last.end, last.name, last.kind, role, last.form, last.gender)
        return last
    if first is not None and first.form in {"name", "short", "pronoun"}:
        return first
    for mention, _part in zip(mentions[1:], parts[1:], strict=False):
        if mention is not None and (
            mention.form == "name" or (first is None and mention.form == "short")
        ):
            described = first is not None or parts[0][0][2].lower() in DETERMINERS
            printed = text[parts[0][0][0] : parts[0][-1][1]] if described else None
            return Mention(
                mention.start,
                mention.end,
                mention.name,
                "person",
                printed,
                mention.form,
                mention.gender,
            )
    return first


def _without_time_adjunct(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``tokens`` without a time adjunct closing them: ``The government on Monday``,
    ``Police late last night``, ``The firm earlier this week``, ``The mayor yesterday``
    all name the subject before the adjunct. A phrase that is all adjunct stays whole."""
    cut = len(tokens)
    while cut > 1 and tokens[cut - 1][2].lower() in _TIME_NOUNS:
        cut -= 1
    nouns = cut
    if nouns == len(tokens):
        return tokens
    while cut > 1 and tokens[cut - 1][2].lower() in _TIME_OPENERS:
        cut -= 1
    if cut == nouns and not (nouns == len(tokens) - 1 and tokens[-1][2].lower() in _DEICTIC_DAYS):
        return tokens  # "The Day", "The Week": a title, not a time adjunct
    if cut == 1 and tokens[0][2].lower() in DETERMINERS:
        return tokens  # "The next morning": no subject stands before the adjunct
    return tokens[:cut]


_LEADING_CONJUNCTIONS = word_set("quoting", "leading_conjunctions")
_COORDINATORS = word_set("quoting", "coordinators")
_DEICTIC_DAYS = word_set("quoting", "deictic_days")


def _read_part(text: str, tokens: list[tuple[int, int, str]]) -> Mention | None:
    roles, orgs, unnamed, _honorifics, given = _words()
    while len(tokens) > 1 and tokens[0][2].lower() in _INTRO and tokens[0][2][:1].isupper():
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0][2].lower() in _LEADING_CONJUNCTIONS:
        tokens = tokens[1:]
    if tokens and opens_adjunct(tokens[0][2]):
        return None  # "despite being the U.S. envoy": an adjunct holds no subject
    while len(tokens) > 1 and (tokens[-1][2].lower() in _ADVERBS or _ly_adverb(tokens[-1][2])):
        tokens = tokens[:-1]
    tokens = _without_time_adjunct(tokens)
    if not tokens or len(tokens) > 12:
        return None
    if any(token[2] in _VERBISH for token in tokens):
        return None
    named = _named_source(text, tokens, roles, orgs, unnamed)
    if named is not None:
        return named
    if len(tokens) == 1:
        # "he" or "he’s" ("he’s said"): the contraction is "has" or "is"
        word = tokens[0][2].removesuffix("’s").removesuffix("'s")
        if word.lower() in SUBJECT_PRONOUNS:
            start = tokens[0][0]
            return Mention(start, start + len(word), word, "person", None, "pronoun")
    runs: list[tuple[int, int, bool]] = []  # token index range, usable
    index = 0
    while index < len(tokens):
        word = tokens[index][2]
        if word[:1].isupper() and not (
            (index == 0 and (word in _FUNCTION_CAPS or _not_a_name(tokens, given)))
            or word.lower() in _TIME_WORDS
        ):
            begin = index
            while (
                index + 1 < len(tokens)
                and tokens[index + 1][2][:1].isupper()
                and tokens[index + 1][2].lower() not in _TIME_WORDS
            ):
                if tokens[index][2].endswith(("’s", "'s")):
                    break
                index += 1
            back = begin - 1
            while back > 0 and tokens[back][2].lower() in DETERMINERS:
                back -= 1
            previous = tokens[back][2].lower() if back >= 0 else ""
            possessive = tokens[index][2].endswith(("’s", "'s", "s’"))
            subject = previous not in _PREPOSITIONS and not possessive
            if not subject and not possessive:
                # "President of Ukraine Petro Melnyk": a person named after the place
                person = _person_in_run(tokens, begin, index + 1, given)
                if person >= 0:
                    begin, subject = person, True
            if begin == 0 == index and _common_noun(word, roles, unnamed):
                # "Lawyers for the family": a sentence-initial capital, not a name
                subject = False
            runs.append((begin, index + 1, subject))
        index += 1
    usable = [run for run in runs if run[2]]
    if (
        tokens[0][2].lower() in QUANTIFIERS
        and len(tokens) <= _DESCRIBED_WORDS
        and tokens[-1][2].lower() not in _PREPOSITIONS
    ):
        # "Two people briefed on the talks", "One Republican", "Another": a described,
        # counted source, whatever capitals follow
        return _described(
            text, tokens, "organization" if _bare(tokens[-1][2]) in orgs else "unnamed"
        )
    if (
        usable == [(0, 1, True)]
        and len(tokens) > 1
        and _lower_head(tokens[1:])
        and tokens[0][2].lower() not in given
        and tokens[0][2].lower() not in SUBJECT_PRONOUNS
        and tokens[0][2].lower() not in _NOT_MODIFIERS
        and tokens[0][2].lower() not in _PREPOSITIONS
        and _plural_phrase([token[2] for token in tokens[1:]])
    ):
        # "Small groups of protesters", "Tovey aides": a capital that opens the phrase
        # modifies the noun after it
        return _described(
            text, tokens, "organization" if _bare(tokens[-1][2]) in orgs else "unnamed"
        )
    if usable and _is_title(tokens[usable[-1][1] - 1][2]) and not _is_title(tokens[-1][2]):
        usable = []
    if usable and usable[-1][1] < len(tokens):
        # "The Ohio governor", "Harlan spokesman", "The Harbour Watch average
        # of polls": capitals modifying a lower-case role or source noun
        after_run = tokens[usable[-1][1] :]
        link = _first_preposition([token[2] for token in after_run])
        head = after_run[link - 1][2] if link else tokens[-1][2]
        opener = tokens[0][2]
        if (
            head.islower()
            and not any(token[2].endswith("ed") for token in after_run[: link or None])
            and (_is_title(head) or _bare(head) in unnamed)
            and tokens[-1][2] not in _PREPOSITIONS
            and tokens[-1][2] not in _COORDINATORS
            and (opener[:1].isupper() or opener in DETERMINERS or opener in QUANTIFIERS)
            and opener.lower() not in SUBJECT_PRONOUNS
        ):
            return _described(text, tokens)
    if usable and _is_title(tokens[usable[-1][1] - 1][2]):
        return _described(text, tokens)
    if usable:
        begin, stop, _ = usable[-1]
        run = tokens[begin:stop]
        role_end, title = split_title([token[2] for token in run])
        name_tokens = run[role_end:]
        lead = tokens[0][0]
        has_det = tokens[0][2].lower() in DETERMINERS
        role_start = tokens[1][0] if has_det and len(tokens) > 1 else lead
        role_stop = name_tokens[0][0]
        role = text[role_start:role_stop].strip(" ,") or None
        name_start, name_end = name_tokens[0][0], name_tokens[-1][1]
        name = text[name_start:name_end].removesuffix("’s").removesuffix("'s")
        words = [token[2] for token in name_tokens]
        if _all_titles(words):
            return _described(text, tokens)
        lowered = {_bare(word) for word in words}
        is_org = (
            has_det
            or bool(lowered & orgs)
            or any(len(word) > 1 and word.isupper() and word.isalpha() for word in words)
            # a country speaks as a state; "Jordan said" is more often a person
            or (name in _states() and (len(words) > 1 or words[0].lower() not in given))
            or name in _companies()
        )
        if is_org and not (title or words[0].lower() in given):
            begin_org = tokens[0][0] if has_det else name_start
            return Mention(begin_org, name_end, text[begin_org:name_end], "organization", role)
        gender = gender_of(words[0], title)
        form = "name" if len(words) > 1 else "short"
        return Mention(name_start, name_end, name, "person", role, form, gender)
    head = _bare(tokens[-1][2])
    if tokens[0][2].lower() in DETERMINERS:
        # the head noun comes before a complement: "a spokeswoman for the senator"
        for index in range(2, len(tokens)):
            if tokens[index][2].lower() in _PREPOSITIONS:
                if _bare(tokens[index - 1][2]) in roles or _bare(tokens[index - 1][2]) in unnamed:
                    head = _bare(tokens[index - 1][2])
                break
    if tokens[0][2][:1].isupper() and _common_noun(tokens[0][2], roles, unnamed):
        # "Lawyers for the family", "Officials in Kyiv": a described source
        return _described(text, tokens)
    if tokens[0][2].lower() == "the" and len(tokens) <= 5 and head not in orgs:
        return _described(text, tokens)
    if tokens[0][2].lower() in {"a", "an"} and 2 <= len(tokens) <= _DESCRIBED_WORDS:
        # "a narrator in the Harlan ad": an indefinite noun phrase brings in a source
        words = [token[2] for token in tokens]
        link = _first_preposition(words[1:])
        noun = words[link] if link else words[-1]
        if noun.isalpha() and noun.islower() and link != 0:
            return _described(text, tokens, "organization" if _bare(noun) in orgs else "unnamed")
    if (
        tokens[0][2].lower() in _SOURCE_DETERMINERS
        and 2 <= len(tokens) <= 5
        and tokens[-1][2].isalpha()
        and tokens[-1][2].islower()
    ):
        # "her rival", "a campaign aide", "his lawyers": a described, unnamed source
        return _described(text, tokens, "organization" if head in orgs else "unnamed")
    if head in orgs:
        return _described(text, tokens, "organization")
    if head in roles or head in unnamed:
        return _described(text, tokens)
    return None


def _described(text: str, tokens: list[tuple[int, int, str]], kind: str = "unnamed") -> Mention:
    """The whole phrase ``tokens`` as a described source (``a spokeswoman for the
    senator``, ``Two people briefed on the talks``)."""
    start, end = tokens[0][0], tokens[-1][1]
    return Mention(start, end, text[start:end], kind, None, "description")


_NOT_MODIFIERS = word_set("quoting", "not_modifiers")
"""Capitalised sentence openers that head no noun phrase: ``To varying degrees``."""


def _plural_phrase(words: list[str]) -> bool:
    """Whether lower-case words after a capital make a plural noun phrase with no verb in
    it: ``groups of protesters``, ``aides``; not ``now``, ``as``, ``went on to``,
    ``unleashed a series of``."""
    if any(word.endswith("ed") or word in _VERBISH for word in words):
        return False
    link = _first_preposition(words)
    if link == 0:
        return False  # "Hundreds of workers" has no capital to modify; "Preys on our …"
    head = words[link - 1] if link is not None else words[-1]
    if head in _COLLECTIVE_HEADS:
        return True
    return len(head) > 3 and head.isalpha() and head.endswith("s") and not head.endswith("ss")


_LY_NOUNS = word_set("quoting", "ly_nouns")


def _named_source(
    text: str,
    tokens: list[tuple[int, int, str]],
    roles: frozenset[str],
    orgs: frozenset[str],
    unnamed: frozenset[str],
) -> Mention | None:
    """The name given to a described source: ``A group called the Fund for Peace``,
    ``a man named Ivo Brandt``; the description is its role."""
    if len(tokens) < 4 or tokens[0][2].lower() not in DETERMINERS:
        return None
    for index in range(2, min(len(tokens) - 1, 4)):
        if tokens[index][2] not in _NAMING:
            continue
        named = tokens[index + 1 :]
        if not any(token[2][:1].isupper() for token in named):
            return None
        head = _bare(tokens[index - 1][2])
        if head in orgs:
            kind = "organization"
        elif head in roles or head in unnamed:
            kind = "person"
        else:
            return None
        role = text[tokens[0][0] : tokens[index - 1][1]]
        start, end = named[0][0], named[-1][1]
        gender = gender_of(named[0][2]) if kind == "person" else None
        form = "name" if len(named) > 1 else "short"
        return Mention(start, end, text[start:end], kind, role, form, gender)
    return None


_NAMING = word_set("quoting", "naming_words")


def _not_a_name(tokens: list[tuple[int, int, str]], given: dict[str, str]) -> bool:
    """Whether the capitalised word opening a phrase names nobody: a sentence opener
    (``Another``, ``Overall``, ``Twelve``, ``Monday``), an adverb (``Initially``) or a
    participle opening a phrase (``Heading into the debate``). Capitals open every
    sentence, so a word that is no given name must look like a name to be read as one."""
    lowered = tokens[0][2].lower()
    # "Twenty-seven" opens as "twenty" does
    if lowered in _INTRO or lowered.partition("-")[0] in _OPENERS:
        return True
    if lowered in given:
        return False
    if len(lowered) > 4 and _ly_adverb(lowered):
        return True
    return (
        len(tokens) > 1
        and len(lowered) > 5
        and lowered.endswith(("ing", "ed"))
        and tokens[1][2] in _PARTICIPLE_OBJECTS
    )


def opens_adjunct(word: str) -> bool:
    """Whether a lower-case word opens an adjunct, which holds no subject: ``despite``,
    ``in``, ``of``."""
    return word in _PREPOSITIONS or word in _CONCESSIVE


def introductory(part: list[tuple[int, int, str]]) -> bool:
    """Whether a comma-delimited part opening a sentence only introduces its clause:
    ``Meanwhile,``, ``After the vote,``, ``Initially,``, ``Heading into the debate,``."""
    return bool(part) and (part[0][2].lower() in _INTRO or _introductory(part))


def _introductory(part: list[tuple[int, int, str]]) -> bool:
    """Whether a comma-delimited part opening a subject phrase only introduces the
    clause: a lone adverb or opener (``Initially,``) or a participial phrase
    (``Heading into the debate,``)."""
    word = part[0][2]
    if not word[:1].isupper():
        return False
    lowered = word.lower()
    if lowered in _PREPOSITIONS or lowered in _CONCESSIVE:
        return True  # "Under the new program,", "Despite the rain,"
    given = _words()[4]
    if len(part) == 1:
        return _not_a_name(part, given)
    # "Another diplomat," is a subject; "Heading into the debate," is not
    return lowered not in _OPENERS and _not_a_name(part, given)


def _apposed_label(part: list[tuple[int, int, str]]) -> bool:
    """Whether a comma-delimited part is only a legislator's party and state (``Mitch
    McConnell, R-Ky., said``) or a state after a town (``of Ashton, Md., said``): an
    apposition, never the speaker."""
    return len(part) == 1 and apposed_label(part[0][2])


def apposed_label(word: str) -> bool:
    """Whether a word is a party and state (``R-Ky.``, ``D``) or a US state as wire
    copy abbreviates it (``Md.``, ``Vt.``), printed after a name or a town."""
    return _PARTY_LABEL.fullmatch(word) is not None or word in _state_abbreviations()


@cache
def _state_abbreviations() -> frozenset[str]:
    return frozenset(load("places")["state_abbreviations"])


def _ly_adverb(word: str) -> bool:
    """Whether a word closing a subject phrase is an adverb (``reportedly``); names
    (``Kelly``) and nouns (``family``) that end in ``-ly`` are not."""
    return word.endswith("ly") and word.islower() and word not in _LY_NOUNS


def _common_noun(word: str, roles: frozenset[str], unnamed: frozenset[str]) -> bool:
    """Whether a capitalised word is a role or source noun (``Lawyers``, ``Officials``)."""
    bare = _bare(word)
    singular = bare[:-1] if bare.endswith("s") else bare
    return bare in unnamed or bare in _COLLECTIVE_HEADS or singular in roles


def _person_in_run(
    tokens: list[tuple[int, int, str]], begin: int, end: int, given: dict[str, str]
) -> int:
    """Where a given name and surname close the capitalised run ``tokens[begin:end]``
    after other words (``Ukraine Petro Melnyk``), or -1."""
    for index in range(begin + 1, end - 1):
        if tokens[index][2].lower() in given:
            return index
    return -1


_COLLECTIVE_HEADS = word_set("quoting", "collective_heads")


def _collective(mention: Mention) -> bool:
    """Whether a speaker mention may be referred to as ``they``: an organisation, or a
    plural description (``lawyers for the family``, ``two people close to the talks``)."""
    if mention.kind == "organization":
        return True
    if mention.form != "description":
        return False
    words = mention.name.lower().split()
    link = _first_preposition(words)
    noun = words[link - 1] if link else words[-1]
    return noun in _COLLECTIVE_HEADS or (noun.endswith("s") and not noun.endswith("ss"))


def _lower_head(tokens: list[tuple[int, int, str]]) -> bool:
    """Whether the words up to the first preposition are lower-case: the head of a noun
    phrase whose complement may hold names (``observers in Virginia``)."""
    words = [token[2] for token in tokens]
    link = _first_preposition(words)
    return all(word.islower() for word in words[:link])


def _first_preposition(words: list[str]) -> int | None:
    """The index of the first preposition in ``words``: the head noun of a phrase comes
    right before it (``groups`` in ``groups of protesters``)."""
    return next((index for index, word in enumerate(words) if word in _PREPOSITIONS), None)


def _add_full(entity: _Entity, start: int, end: int) -> None:
    if (start, end) not in entity.seen:
        entity.seen.add((start, end))
        bisect.insort(entity.mentions, (start, end))


def split_title(words: list[str]) -> tuple[int, str | None]:
    """How many leading words of a capitalised run are titles or roles
    (``Ukrainian Foreign Minister`` in ``Ukrainian Foreign Minister Anna Kovac``), and
    the gendered honorific among them, if any."""
    honorifics = _words()[3]
    role_end = 0
    title: str | None = None
    for position, word in enumerate(words[:-1]):
        bare = word.lower().rstrip(".")
        if bare in honorifics:
            role_end = position + 1
            title = word
        elif _is_title(word):
            role_end = position + 1
    if role_end == 0 and len(words) > 2 and _is_demonym(words[0]):
        role_end = 1
    return role_end, title


def _all_titles(words: list[str]) -> bool:
    return any(_is_title(word) for word in words) and all(
        _is_title(word) or _is_demonym(word) for word in words
    )


class _Run(NamedTuple):
    """What a capitalised run says on its own, wherever it is printed: a run recurs
    (``Ned Tovey``, ``White House``), so it is read once and kept."""

    single: bool
    name: str
    """The name without titles (empty when the run holds only titles)."""
    bare: str
    """For one word, or one word after titles: the lookup form of that word."""
    offset: int = 0
    """Where the name starts inside the run."""
    new: bool = False
    """Whether the run introduces a person not met before."""
    full: bool = False
    gender: str | None = None
    roles: frozenset[str] = frozenset()
    lead: int = 0
    """Characters of sentence-opening function words before the run proper
    (``Yet`` in ``Yet Hollis``)."""


_NAME_SUFFIXES = word_set("quoting", "name_suffixes")
_RUNS: dict[str, _Run] = {}
_RUN_OPENERS = word_set("quoting", "run_openers")
_RUNS_SIZE = 8192


_HEADLINE_CHARS = 200
_HEADLINE_WORD = regex.compile(r"\p{L}{2,}")


def _in_headline(text: str, start: int, end: int, position: int) -> bool:
    """Whether the line of ``text[start:end]`` holding ``position`` is a short line in
    title case, as headlines are: nearly every word capitalised (a list of names in a
    sentence has its lower-case ``and`` and verb)."""
    line_start = text.rfind("\n", start, position) + 1 or start
    line_end = text.find("\n", position, end)
    if line_end < 0:
        line_end = end
    if line_end - line_start > _HEADLINE_CHARS:
        return False
    words = _HEADLINE_WORD.findall(text, line_start, line_end)
    capitals = sum(1 for word in words if word[0].isupper())
    return len(words) >= 4 and capitals >= 0.9 * len(words)


def _read_run(group: str) -> _Run:
    if len(_RUNS) >= _RUNS_SIZE:
        _RUNS.clear()  # bounded: hostile input cannot grow it without limit
    if " " not in group and "\u00a0" not in group:
        name = group.removesuffix("’s").removesuffix("'s").rstrip(".")
        run = _RUNS[group] = _Run(True, name, _bare(group))
        return run
    _roles, orgs, _unnamed, _honorifics, given = _words()
    words = group.split()
    ends = [
        index
        for index, word in enumerate(words[:-1])
        if word.endswith(".") and len(word) > 2 and "." not in word[:-1] and not _is_title(word)
    ]
    if ends:
        # "Monday. Yet Nord": a run read across a full stop starts afresh after it
        lead = sum(len(word) + 1 for word in words[: ends[-1] + 1])
        inner = _RUNS.get(group[lead:]) or _read_run(group[lead:])
        run = _RUNS[group] = inner._replace(lead=lead + inner.lead)
        return run
    if len(words) > 1 and words[0] in _RUN_OPENERS:
        # a sentence-opening conjunction or adverb is no part of the name after it
        lead = len(words[0]) + 1
        inner = _RUNS.get(group[lead:]) or _read_run(group[lead:])
        run = _RUNS[group] = inner._replace(lead=lead + inner.lead)
        return run
    skip, title = split_title(words)
    rest = words[skip:]
    if not rest:
        run = _RUNS[group] = _Run(False, "", "")
        return run
    offset = sum(len(word) + 1 for word in words[:skip])
    name = group[offset:].removesuffix("’s").removesuffix("'s")
    name = name.rstrip(".") if not name.endswith(" Jr.") else name
    first = rest[0]
    new = len(rest) >= 2 or bool(title)
    if new:
        initials = _INITIALS.fullmatch(first) is not None and not _is_title(rest[-1])
        new = bool(first.lower() in given or title or skip or initials) and not (
            {_bare(word) for word in rest} & orgs
        )
    run = _RUNS[group] = _Run(
        False,
        name,
        _bare(rest[0]) if len(rest) == 1 else "",
        offset,
        new,
        len(rest) > 1 or bool(title),
        gender_of(first, title) if new else None,
        frozenset(_bare(word) for word in words[:skip]),
    )
    return run


@dataclass(slots=True)
class _Entity:
    name: str
    span: tuple[int, int]
    """Where the name was first met (the Span is built only when a speaker needs it)."""
    gender: str | None
    roles: set[str] = field(default_factory=set)
    kind: str = "person"
    speaker: bool = False
    mentions: list[tuple[int, int]] = field(default_factory=list)
    """Offsets of the full-name mentions, in text order."""
    seen: set[tuple[int, int]] = field(default_factory=set)


class Entities:
    """The people named in an article, in order of mention, for resolving short forms."""

    def __init__(self) -> None:
        self._positions: list[int] = []
        self._mentions: list[_Entity] = []
        # speakers noted next to cues, kept apart from the scanned mentions so that
        # recording one never shifts the long scanned list
        self._noted_positions: list[int] = []
        self._noted: list[_Entity] = []
        self._by_surname: dict[str, _Entity] = {}
        self._by_name: dict[str, _Entity] = {}
        self._by_first: dict[str, _Entity] = {}
        # organisations and plural sources noted next to cues, for a later "they"
        self._collective_positions: list[int] = []
        self._collective: list[Mention] = []

    def scan(self, text: str, start: int, end: int) -> None:
        """Record the full names (given name + surname, or title + name) in a paragraph."""
        by_name = self._by_name
        by_surname = self._by_surname
        positions = self._positions
        mentions = self._mentions
        for match in _RUN.finditer(text, start, end):
            group = match.group()
            run = _RUNS.get(group)
            if run is None:
                run = _read_run(group)
            base = match.start() + run.lead
            if run.single:
                # one capitalised word: only a further mention of a known person counts
                entity = by_name.get(run.name) or by_surname.get(run.bare)
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
                entity = by_surname.get(run.bare)
            if entity is None:
                if not run.new:
                    continue
                if name.count(" ") > 1 and _in_headline(text, start, end, name_start):
                    # a title-case headline runs every capital together: "Hillary
                    # Harlan Goes After Ned Tovey" names its first two words' person
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
            positions.append(base)
            mentions.append(entity)

    def _siblings(self, text: str, start: int, end: int, name: str) -> None:
        """Record ``Kevin Malta`` and ``Andrew Malta`` for the given names printed in
        ``start:end`` as ``Kevin, Andrew and`` before the full name ``name``."""
        words = name.split()
        if len(words) != 2 or end - start < 8:
            return
        tail = text[end - 8 : end]  # the coordination ends right before the name
        if "and" not in tail and "&" not in tail:
            return
        given = _words()[4]
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
                run = _RUN.match(text, positions[index], end)
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
        if len(words) > 2 and _bare(words[-1]) in _NAME_SUFFIXES:
            words = words[:-1]  # "Patrick Corlin Jr." is Corlin for short
        if words:
            self._by_surname[_bare(words[-1])] = entity
            self._by_first[_bare(words[0])] = entity

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
            known = self._short(mention.name)
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
            entity.roles.update(_bare(word) for word in mention.role.split())
        self._record(mention.start, entity)

    def resolve(self, text: str, mention: Mention) -> Speaker:
        """The :class:`Speaker` for a mention, short forms resolved where possible."""
        span = span_of(mention.start, mention.end)
        # the same few mentions ("he", "Tovey") recur in every article: share their strings
        raw = intern(text[mention.start : mention.end])
        if mention.kind == "organization" and mention.name in _states():
            # "Malta said" after "Luis Malta": the person named in the article, not the state
            entity = self._by_surname.get(_bare(mention.name))
            if entity is not None:
                return self._speaker(span, raw, entity, mention.role)
        if mention.form == "name" or mention.kind == "organization":
            return build(
                Speaker,
                span=span,
                raw=raw,
                name=intern(mention.name),
                kind=mention.kind,
                role=mention.role,
                antecedent=None,
            )
        if mention.form == "short":
            entity = self._short(mention.name)
            if entity is not None:
                return self._speaker(span, raw, entity, mention.role)
            return build(
                Speaker,
                span=span,
                raw=raw,
                name=intern(mention.name),
                kind="person",
                role=mention.role,
            )
        if mention.form == "pronoun":
            word = mention.name.lower()
            if word in {"he", "she"}:
                gender = "male" if word == "he" else "female"
                entity = (
                    self._cataphor(text, mention.start, mention.end, gender)
                    or self._sentence_subject(text, mention.start, gender)
                    or self._pronoun(mention.start, gender)
                )
                if entity is not None:
                    entity.gender = gender
                    return self._speaker(span, raw, entity, None)
            if word in {"they", "it"}:
                group = self._group_before(mention.start, singular=word == "it")
                if group is not None:
                    return build(
                        Speaker,
                        span=span,
                        raw=raw,
                        name=group.name,
                        kind=group.kind,
                        antecedent=span_of(group.start, group.end),
                    )
            return build(Speaker, span=span, raw=raw, name=raw, kind="unnamed")
        words = [_bare(word) for word in mention.name.split()]
        _roles, orgs, _unnamed, _honorifics, _given = _words()
        if words and words[0] == "the" and words[-1] not in orgs:
            wanted = set(words[1:])
            entity = self._nearest(mention.start, lambda e: words[-1] in e.roles, wanted)
            if (
                entity is None
                and words[-1] not in _unnamed
                and not any(word[:1].isupper() for word in mention.name.split()[1:])
            ):
                # "the minister" with no minister named yet is the speaker last quoted;
                # "the Mill Town Evening Leader" is a proper name, nobody's role
                entity = self._nearest(mention.start, lambda e: e.speaker)
            if entity is not None:
                return self._speaker(span, raw, entity, mention.name)
        return build(
            Speaker,
            span=span,
            raw=raw,
            name=raw,
            kind=mention.kind,
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
        run = _RUN.match(text, position)
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
        person quoted earlier or named in between."""
        back = _SENTENCE_BACK.search(text, max(0, position - _SENTENCE_REACH), position)
        if back is None:
            return None
        start = back.end()
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

    def _short(self, word: str) -> _Entity | None:
        bare = _bare(word)
        return self._by_surname.get(bare) or self._by_first.get(bare)

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
