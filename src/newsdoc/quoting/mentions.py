"""Mentions: the speaker a subject phrase names, read from the phrase alone.

A subject phrase is the text next to a cue: ``Ruritanian presidential aide Ivo Brandt,
head of the delegation`` gives the name ``Ivo Brandt`` with the role ``Ruritanian
presidential aide``; ``A member of the delegation, Anna Kovac,`` gives ``Anna Kovac`` with
the role ``A member of the delegation``.

Handles: introductory phrases and clauses (``Meanwhile,``, ``After the meeting,``,
``Heading into the debate,``), adverbs and auxiliaries before the cue (``also``, ``has``),
time adjuncts closing the subject (``The council on Monday``), apposed party labels
(``Tom Roe, R-Utah,``), pronouns (``he``, ``she's``), named sources (``a group called the
Fund for Peace``), counted and described sources (``Two people briefed on the talks``,
``a spokeswoman for the mayor``), organisations (``the ministry``, ``ACME``), and names
after capitals that modify them (``The Quill spokesman`` is a description).

Skipped: phrases longer than twelve words, phrases holding a verb or clause marker, and
adjuncts (``despite being …``): they name nobody, and :func:`read_subject` returns
``None``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from newsdoc.lexicon import load, word_set
from newsdoc.quoting.names import (
    MAX_PARTICLES,
    NAME_SUFFIXES,
    PARTICLES,
    all_titles,
    apposed_label,
    bare,
    companies,
    gender_of,
    is_title,
    name_words,
    split_title,
    states,
)

__all__ = [
    "AUTHORED",
    "COLLECTIVE_HEADS",
    "DETERMINERS",
    "QUANTIFIERS",
    "SUBJECT_PRONOUNS",
    "Mention",
    "first_preposition",
    "introductory",
    "opens_adjunct",
    "read_subject",
]

_FUNCTION_WORDS: dict[str, list[str]] = load("function_words")


_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.\-]*|[,()<>]")


_INTRO = word_set("quoting", "introductory_words")


DETERMINERS = word_set("quoting", "determiners")


_SOURCE_DETERMINERS = word_set("quoting", "source_determiners")
_POSSESSIVES = _SOURCE_DETERMINERS - {"a", "an"}


_PREPOSITIONS = word_set("quoting", "prepositions")


_ADVERBS = word_set("quoting", "subject_adverbs")


_FUNCTION_CAPS = word_set("quoting", "capitalised_function_words")


_VERBISH = frozenset(_FUNCTION_WORDS["clause_markers"] + _FUNCTION_WORDS["not_in_subject"])


_TIME_WORDS = frozenset(_FUNCTION_WORDS["time_words"])


_TIME_OPENERS = frozenset(_FUNCTION_WORDS["time_adjunct_openers"])


_TIME_NOUNS = frozenset(_FUNCTION_WORDS["time_nouns"])
_TIME_LEAD = (_TIME_OPENERS - {"early", "late"}) | _TIME_NOUNS | _TIME_WORDS
"""Words of a time phrase that may open a subject before a title: ``Last month``,
``On Monday``, ``Earlier this week``; not ``early`` and ``late``, which also qualify a
role (``early retiree``, ``the late senator``)."""


QUANTIFIERS = frozenset(_FUNCTION_WORDS["quantifiers"])
"""Number words and quantifiers, which open a counted source (``Two officials``)."""


_OPENERS = frozenset(_FUNCTION_WORDS["sentence_openers"]) | QUANTIFIERS | _TIME_WORDS


_IMPERATIVES = frozenset(_FUNCTION_WORDS["imperatives"])
"""Verbs opening an instruction (``Get to know …``, ``Thank you, that helps``): a phrase
they open has no subject."""


_PARTICLE_OBJECTS = DETERMINERS | word_set("quoting", "particle_objects")
_PARTICIPLE_OBJECTS = _PARTICLE_OBJECTS | _PREPOSITIONS
"""Words after which a capitalised ``-ing``/``-ed`` word is a participle taking an object
or complement (``Heading into``, ``Citing an``, ``Looking ahead``, ``Placing something``),
not a modifier of a noun (``Polling averages``)."""
_SHORT_PARTICIPLE = 5
"""The length of the shortest participles (``Using``, ``Asked``). Names as short end in
the same letters (``Ewing``), and only an object or a determiner after one, never a
preposition (``Ewing of the council``), makes it a participle (``Using this lever``)."""


_DESCRIBED_WORDS = 8
"""The longest counted source read as a description (``Two people briefed on the talks``)."""


_SUBORDINATING = word_set("quoting", "subordinators")


_CONCESSIVE = word_set("quoting", "concessive_words")
"""Words opening an introductory phrase, as prepositions do (``Despite the vote,``)."""


SUBJECT_PRONOUNS = word_set("quoting", "subject_pronouns")
"""The pronouns that may be a clause's subject."""


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
    rule: str = ""
    """The name of the rule of :data:`PHRASE_RULES` that read the mention (empty for a
    mention built by a quote frame)."""


_SUBJECTS: dict[str, Mention | None] = {}


_SUBJECTS_SIZE = 4096
MAX_PARTS = 3
_ABBREVIATION_CHARS = 3
"""A capitalised word this short before a full stop may be an abbreviation (``Md.``)."""
_MONTH_ABBREVIATIONS = word_set("quoting", "month_abbreviations")
"""Comma-parted parts of a subject phrase read, counted back from the cue."""


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
        found.rule,
    )


def _read_subject(text: str, start: int, end: int) -> Mention | None:
    """The speaker a subject phrase names: the phrase is cut into its comma-parted parts,
    each part read by :data:`PHRASE_RULES`, and the speaker chosen among the parts by
    :data:`PART_RULES`."""
    if _instruction(text, start, end):
        return None
    parts = _parts(text, start, end)
    if not parts:
        return None
    mentions = [_read_part(text, part) for part in parts]
    for _name, rule in PART_RULES:
        mention = rule(text, parts, mentions)
        if mention is not None:
            return mention
    return mentions[0]


def _tokens_in_parts(text: str, start: int, end: int) -> list[list[Token]]:
    """The words of ``text[start:end]`` cut at commas; what is in parentheses or inside
    markup left in the text (``<b>Brandt</b>``) is passed over, and a closing parenthesis
    opened before the phrase ends a part as a comma does (``(Reuters) - Officials``)."""
    parts: list[list[Token]] = [[]]
    depth = 0
    tag = False
    for match in _TOKEN.finditer(text, start, end):
        token = match.group()
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
    return parts


_IMPERATIVE_LEAD = regex.compile(r"[^\p{L}]{0,3}(\p{Lu}\p{Ll}+)(?![\p{L}’'-])")


_INSTRUCTION_WORDS = 6
"""The longest phrase an opening imperative makes an instruction of; a longer one may
name a speaker further on (``Consider the claims by Ana Roe, who argues …``)."""


def _instruction(text: str, start: int, end: int) -> bool:
    """Whether the phrase is a short one opening a sentence with a capitalised imperative
    (``Get to know``, ``- Take a break``, ``Thank you, that``): an instruction or a tip,
    with no subject. Mid-sentence (``founder of Visit Ruritania``) it is a name."""
    lead = _IMPERATIVE_LEAD.match(text, start, end)
    if lead is None or lead.group(1).lower() not in _IMPERATIVES:
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0")
    opens = not before or before[-1] in '.!?\n\r"”’)'
    return opens and len(text[start:end].split()) <= _INSTRUCTION_WORDS


def _parts(text: str, start: int, end: int) -> list[list[Token]]:
    """The parts of a subject phrase that may name its speaker, at most the last
    :data:`MAX_PARTS`: not an apposed party label (``X, R-Ky., said``), an example
    (``Unions, including the AFL-CIO, have said``), a lone adverb, an introductory
    part, nor what comes before a subordinator (``…, Va., where experts say``); an
    example followed by ``who`` is the speaker (``Unions, including Ana Roe, who said``)."""
    cut = [part for part in _tokens_in_parts(text, start, end) if part]
    if (
        len(cut) > 1
        and len(cut[-1]) == 1
        and cut[-1][0][2].lower() == "who"
        and cut[-2][0][2].lower() == "including"
        and len(cut[-2]) > 1
    ):
        # "Democrats, including Sen. Ann Roe, who said": the relative clause tells of
        # the example right before it
        return [cut[-2][1:]]
    parts = [
        part
        for part in cut
        if not _apposed_label(part)
        and part[0][2].lower() != "including"
        and not all(token[2].lower() in _ADVERBS for token in part)
    ]
    # a lone relative pronoun tells of the part before it, introductory or not
    relative = bool(parts) and len(parts[-1]) == 1 and parts[-1][0][2].lower() in _SUBJECT_RELATIVES
    while len(parts) > 1 + relative and introductory(parts[0]):
        parts.pop(0)
    if len(parts) > 1 and parts[-1][0][2] in _SUBORDINATING and len(parts[-1]) > 1:
        parts = [parts[-1][1:]]
    return parts[-MAX_PARTS:]


_NAMED_FORMS = frozenset({"name", "short", "pronoun"})
# "which" and "who": the relative pronouns that follow a name and open a clause as its
# subject (the charter, which says; Ana Roe, who said), not "whom" nor "that"
_SUBJECT_RELATIVES = word_set("quoting", "relative_pronouns") & word_set(
    "quoting", "relative_pronouns_after_name"
)


def _part_name_before_cue(
    text: str, parts: list[list[Token]], mentions: list[Mention | None]
) -> Mention | None:
    """The part right before the cue names the speaker when the first part does not:
    ``The head of the board, Ana Roe, said`` (the description kept as her role), ``X,
    he said, is …``."""
    first, last = mentions[0], mentions[-1]
    if not (
        len(mentions) > 1
        and last is not None
        and last.form in _NAMED_FORMS
        and (last.form == "pronoun" or first is None or first.form not in {"name", "short"})
    ):
        return None
    described = (first is not None and first.form == "description") or (
        first is None and parts[0][0][2].lower() in DETERMINERS
    )
    if described and last.form != "pronoun":
        return replace(last, role=text[parts[0][0][0] : parts[0][-1][1]])
    return last


def _part_named_first(
    _text: str, _parts: list[list[Token]], mentions: list[Mention | None]
) -> Mention | None:
    """The first part names a person or is a pronoun: ``Ana Roe, the mayor, said``."""
    first = mentions[0]
    return first if first is not None and first.form in _NAMED_FORMS else None


def _part_name_in_apposition(
    text: str, parts: list[list[Token]], mentions: list[Mention | None]
) -> Mention | None:
    """A later part gives the name a description opened: ``A member of the delegation,
    Marko Petrov, and others said`` → Marko Petrov."""
    first = mentions[0]
    for mention in mentions[1:]:
        if mention is not None and (
            mention.form == "name" or (first is None and mention.form == "short")
        ):
            described = first is not None or parts[0][0][2].lower() in DETERMINERS
            printed = text[parts[0][0][0] : parts[0][-1][1]] if described else None
            kind = "organization" if mention.kind == "organization" else "person"
            return replace(mention, kind=kind, role=printed)
    return None


def _part_after_adjunct(
    _text: str, parts: list[list[Token]], mentions: list[Mention | None]
) -> Mention | None:
    """An opening adjunct names nobody: ``Still, over the past days, the city council
    said`` → the city council."""
    first, last = mentions[0], mentions[-1]
    if (
        first is None
        and last is not None
        and last.kind == "organization"
        and parts[0][0][2].lower() in _PREPOSITIONS
    ):
        return last
    return None


def _part_relative_antecedent(
    text: str, parts: list[list[Token]], mentions: list[Mention | None]
) -> Mention | None:
    """A relative pronoun alone before the cue tells of the noun phrase ending the part
    before it, not of that part's subject: ``He quoted Psalm 9, which says`` → Psalm 9,
    ``Critics cited the charter, which states`` → the charter, ``She met Ana Roe, who
    said`` → Ana Roe; past an apposition (``He cited Ana Roe, a historian, who wrote``)
    to the name it describes."""
    if len(parts) < 2 or len(parts[-1]) != 1 or parts[-1][0][2].lower() not in _SUBJECT_RELATIVES:
        return None
    before = parts[-2]
    if len(parts) > 2 and before[0][2].lower() in DETERMINERS:
        described = _antecedent(text, parts[-3])
        if described is not None and described.kind == "person" and described.form == "name":
            return replace(described, role=text[before[0][0] : before[-1][1]])
    return _antecedent(text, before)


def _antecedent(text: str, part: list[Token]) -> Mention | None:
    """The speaker named by the noun phrase ending ``part``, when the part is more than
    that phrase: a name read from it (its modifiers left as they are read, ``the
    agency's Ana Roe`` → Ana Roe), or the whole phrase when the reading drops a number
    from its end (``Psalm 9``) or nothing reads it but it opens on a determiner."""
    phrase = _trailing_noun_phrase(part)
    if phrase is None or phrase[0] is part[0]:
        return None  # the part is the noun phrase: the other rules read it
    end = phrase[-1][1]
    mention = _read_part(text, phrase)
    numbered = phrase[-1][2][:1].isdigit()
    if mention is not None and (mention.end == end or not numbered):
        return mention
    if numbered or (mention is None and phrase[0][2].lower() in DETERMINERS):
        return replace(_described(text, phrase), rule="relative-antecedent")
    return None


def _trailing_noun_phrase(tokens: list[Token]) -> list[Token] | None:
    """The noun phrase ending ``tokens``: a run of capitalised words and numbers
    (``Psalm 9``, ``Ana van der Berg``), with the determiner before it, or a determiner
    and the few lower-case words after it (``the old charter``)."""
    index = len(tokens)
    while index > 0 and _in_capital_run(tokens, index - 1):
        index -= 1
    if index == len(tokens):
        # lower case: back to the determiner opening the phrase
        for back in range(len(tokens) - 1, max(-1, len(tokens) - 1 - SHORT_DESCRIPTION_WORDS), -1):
            word = tokens[back][2].lower()
            if word in DETERMINERS:
                return tokens[back:]
            if word in _PREPOSITIONS or not word.isalpha():
                return None
        return None
    while index < len(tokens) and tokens[index][2] in PARTICLES:
        index += 1  # a run cannot open on a particle
    if index > 0 and tokens[index - 1][2].lower() in DETERMINERS:
        index -= 1
    return tokens[index:] if index < len(tokens) else None


def _in_capital_run(tokens: list[Token], index: int) -> bool:
    word = tokens[index][2]
    if word[:1].isupper() or word[:1].isdigit():
        return True
    # a particle stands between capitalised words (de la Cruz)
    return word in PARTICLES and index > 0 and tokens[index - 1][2][:1].isupper()


PART_RULES: tuple[
    tuple[str, Callable[[str, list[list[Token]], list[Mention | None]], Mention | None]], ...
] = (
    ("relative-antecedent", _part_relative_antecedent),
    ("name-before-cue", _part_name_before_cue),
    ("named-first", _part_named_first),
    ("name-in-apposition", _part_name_in_apposition),
    ("after-adjunct", _part_after_adjunct),
)
"""How the speaker is chosen among the comma-parted parts of a subject phrase, in order;
when none decides, the first part's reading stands (``the council, which met``)."""


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


Token = tuple[int, int, str]
"""A word of a subject phrase: start, end, text."""

MAX_SUBJECT_WORDS = 12
"""A subject phrase longer than this is a clause, not a speaker."""
SHORT_DESCRIPTION_WORDS = 5
"""The longest ``the …`` or ``her …`` phrase read as a description of its own (``the
city's mayor``, ``her campaign aide``)."""


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A subject phrase trimmed to its subject, with what the rules ask of it."""

    text: str
    tokens: list[Token]
    roles: frozenset[str]
    orgs: frozenset[str]
    unnamed: frozenset[str]
    given: dict[str, str]
    runs: list[tuple[int, int]]
    """Token ranges of the capitalised runs that may be the subject."""
    named_runs: list[tuple[int, int]]
    """``runs``, or none when the last run ends in a title the phrase goes beyond
    (``Police Chief of the county``)."""

    def described(self, kind: str = "unnamed") -> Mention:
        return _described(self.text, self.tokens, kind)

    def kind_by(self, noun: str) -> str:
        """``organization`` when ``noun`` is an organisation word, else ``unnamed``."""
        return "organization" if bare(noun) in self.orgs else "unnamed"


def _trimmed(tokens: list[Token]) -> list[Token] | None:
    """The subject left of a phrase once openers, adverbs and a time adjunct are dropped
    (``But the council also`` → ``the council``), or ``None`` when the phrase holds no
    subject: an adjunct (``despite being the envoy``), a clause, or too many words."""
    while len(tokens) > 1 and tokens[0][2].lower() in _INTRO and tokens[0][2][:1].isupper():
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0][2].lower() in _LEADING_CONJUNCTIONS:
        tokens = tokens[1:]
    if tokens and opens_adjunct(tokens[0][2]):
        return None
    while len(tokens) > 1 and (tokens[-1][2].lower() in _ADVERBS or _ly_adverb(tokens[-1][2])):
        tokens = tokens[:-1]
    tokens = _without_time_adjunct(tokens)
    if not tokens or len(tokens) > MAX_SUBJECT_WORDS:
        return None
    if any(token[2] in _VERBISH for token in tokens):
        return None
    return tokens


def _name_continues(tokens: list[Token], index: int) -> int:
    """How many words after ``tokens[index]`` carry a capitalised run on: one for a
    capitalised word, or the particles and the capitalised word after them (``Anna van
    der Berg``); 0 when the run ends."""
    for step in range(1, MAX_PARTICLES + 2):
        if index + step >= len(tokens):
            return 0
        word = tokens[index + step][2]
        if word[:1].isupper():
            return step if word.lower() not in _TIME_WORDS else 0
        if word not in PARTICLES:
            return 0
    return 0


def _capital_runs(
    tokens: list[Token], roles: frozenset[str], unnamed: frozenset[str], given: dict[str, str]
) -> list[tuple[int, int]]:
    """The runs of capitalised words that may be the subject: not after a preposition
    (``the mayor of Dunmore``) unless a person closes the run (``President of Ruritania Ivo
    Brandt``), not possessive (``Roe's lawyer``), not a sentence opener (``The``, ``Heading``)
    nor a capitalised common noun opening the phrase (``Lawyers for the family``)."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        word = tokens[index][2]
        if word[:1].isupper() and not (
            (index == 0 and (word in _FUNCTION_CAPS or _not_a_name(tokens, given)))
            or word.lower() in _TIME_WORDS
        ):
            begin = index
            while not tokens[index][2].endswith(("’s", "'s")):
                step = _name_continues(tokens, index)
                if not step:
                    break
                index += step
            back = begin - 1
            while back > 0 and tokens[back][2].lower() in DETERMINERS:
                back -= 1
            previous = tokens[back][2].lower() if back >= 0 else ""
            possessive = tokens[index][2].endswith(("’s", "'s", "s’"))
            subject = previous not in _PREPOSITIONS and not possessive
            if not subject and not possessive:
                person = _person_in_run(tokens, begin, index + 1, given)
                if person >= 0:
                    begin, subject = person, True
            if begin == 0 == index and _common_noun(word, roles, unnamed):
                subject = False
            if subject:
                runs.append((begin, index + 1))
        index += 1
    return runs


def _phrase(text: str, tokens: list[Token]) -> _Phrase | None:
    trimmed = _trimmed(tokens)
    if trimmed is None:
        return None
    roles, orgs, unnamed, _honorifics, given = name_words()
    runs = _capital_runs(trimmed, roles, unnamed, given)
    named_runs = runs
    if runs and is_title(trimmed[runs[-1][1] - 1][2]) and not is_title(trimmed[-1][2]):
        named_runs = []
    return _Phrase(text, trimmed, roles, orgs, unnamed, given, runs, named_runs)


def _rule_named_source(phrase: _Phrase) -> Mention | None:
    """A described source given its name: ``a group called the Peace Fund``, ``a man
    named Ivo Brandt`` → the name, with the description as its role."""
    return _named_source(phrase.text, phrase.tokens, phrase.roles, phrase.orgs, phrase.unnamed)


AUTHORED = word_set("quoting", "authored_documents")
"""Nouns for a text that speaks for its author (``statement``, ``letter``)."""
_AUTHOR_LINKS = frozenset({"by", "from"})


def _rule_authored_document(phrase: _Phrase) -> Mention | None:
    """A text whose author is named after ``by`` or ``from`` speaks for that author:
    ``the statement by Ana Roe`` → Ana Roe, ``a letter from the Harbour Fund`` → the
    fund, with the author's own title as the role."""
    tokens = phrase.tokens
    if tokens[0][2].lower() not in DETERMINERS:
        return None
    for index in range(2, min(len(tokens) - 1, SHORT_DESCRIPTION_WORDS)):
        if tokens[index][2] not in _AUTHOR_LINKS:
            continue
        if bare(tokens[index - 1][2]) not in AUTHORED:
            return None
        author = _read_subject(phrase.text, tokens[index + 1][0], tokens[-1][1])
        if author is None or author.form not in {"name", "short"}:
            return None
        return author
    return None


_CONTRACTED_SPEAKERS = word_set("quoting", "contracted_speakers")


def _rule_pronoun(phrase: _Phrase) -> Mention | None:
    """A subject pronoun alone, with a contracted auxiliary: ``he``, ``she’s`` (``she’s
    said``: the contraction is ``has``), ``they’re``, ``I’ve``; a contracted one may lead
    lower-case words up to the cue (``I’m here to tell``, ``she’s going to argue``)."""
    start, _end, word = phrase.tokens[0]
    bare_word = word
    for apostrophe in ("’", "'"):
        bare_word = bare_word.split(apostrophe, 1)[0]
    if bare_word.lower() not in SUBJECT_PRONOUNS:
        return None
    if len(phrase.tokens) > 1 and (
        bare_word == word
        or bare_word.lower() not in _CONTRACTED_SPEAKERS
        or any(token[2][:1].isupper() for token in phrase.tokens[1:])
    ):
        return None
    return Mention(start, start + len(bare_word), bare_word, "person", None, "pronoun")


def _rule_counted_source(phrase: _Phrase) -> Mention | None:
    """A counted source, whatever capitals follow: ``Two people briefed on the talks``,
    ``One Republican``, ``Another``."""
    tokens = phrase.tokens
    if (
        tokens[0][2].lower() in QUANTIFIERS
        and len(tokens) <= _DESCRIBED_WORDS
        and tokens[-1][2].lower() not in _PREPOSITIONS
    ):
        return phrase.described(phrase.kind_by(tokens[-1][2]))
    return None


def _rule_capital_modifier(phrase: _Phrase) -> Mention | None:
    """A capital opening the phrase that modifies the plural noun after it: ``Small
    groups of protesters``, ``Roe aides``."""
    tokens = phrase.tokens
    opener = tokens[0][2].lower()
    if (
        phrase.runs == [(0, 1)]
        and len(tokens) > 1
        and _lower_head(tokens[1:])
        and opener not in phrase.given
        and opener not in SUBJECT_PRONOUNS
        and opener not in _NOT_MODIFIERS
        and opener not in _PREPOSITIONS
        and _plural_phrase([token[2] for token in tokens[1:]])
    ):
        return phrase.described(phrase.kind_by(tokens[-1][2]))
    return None


def _capitalised_modifier_head(phrase: _Phrase) -> str | None:
    """The lower-case head noun that the phrase's last capitalised run modifies (``The
    Ruritanian governor`` → ``governor``), or ``None`` when the run is not a modifier."""
    tokens, runs = phrase.tokens, phrase.named_runs
    if not runs or runs[-1][1] >= len(tokens):
        return None
    after_run = tokens[runs[-1][1] :]
    link = first_preposition([token[2] for token in after_run])
    head = after_run[link - 1][2] if link else tokens[-1][2]
    opener = tokens[0][2]
    if (
        head.islower()
        and not any(token[2].endswith("ed") for token in after_run[: link or None])
        and tokens[-1][2] not in _PREPOSITIONS
        and tokens[-1][2] not in _COORDINATORS
        and (opener[:1].isupper() or opener in DETERMINERS or opener in QUANTIFIERS)
        and opener.lower() not in SUBJECT_PRONOUNS
    ):
        return head
    return None


def _rule_capitals_before_role(phrase: _Phrase) -> Mention | None:
    """Capitals modifying a lower-case role or source noun: ``The Ruritanian governor``,
    ``Roe spokesman``, ``The Harbour Watch average of polls``."""
    head = _capitalised_modifier_head(phrase)
    if head is not None and (is_title(head) or bare(head) in phrase.unnamed):
        return phrase.described()
    return None


def _rule_capitals_before_organisation(phrase: _Phrase) -> Mention | None:
    """Capitals modifying a lower-case organisation noun: the whole phrase is the
    organisation (``the Lopez campaign``, ``Harbour Town council``)."""
    head = _capitalised_modifier_head(phrase)
    if head is None or bare(head) not in phrase.orgs:
        return None
    # "Roe and his team" joins a person to a group: the person is the speaker
    between = phrase.tokens[phrase.named_runs[-1][1] :]
    if any(token[2] in _COORDINATORS or token[2] in _SOURCE_DETERMINERS for token in between):
        return None
    return phrase.described("organization")


def _rule_possessive_modifier(phrase: _Phrase) -> Mention | None:
    """A possessive before capitals and a lower-case noun describes someone by their
    relation, never names a body: ``his Ruritanian counterpart``, ``her Harbour Town
    colleague``."""
    opener = phrase.tokens[0][2].lower()
    if opener not in _POSSESSIVES:
        return None
    head = _capitalised_modifier_head(phrase)
    return phrase.described(phrase.kind_by(head)) if head is not None else None


def _rule_title_run(phrase: _Phrase) -> Mention | None:
    """A capitalised run that ends in a title, naming nobody: ``The Prime Minister``,
    ``Deputy Mayor``."""
    runs = phrase.named_runs
    if not runs:
        return None
    last = phrase.tokens[runs[-1][1] - 1][2]
    # "The Associated Press": a word that is a title and an organisation ends a name
    if is_title(last) and bare(last) not in phrase.orgs:
        return phrase.described()
    return None


def _rule_name(phrase: _Phrase) -> Mention | None:
    """The last capitalised run, titles split off as its role: ``Foreign Minister Anna
    Kovac`` → Anna Kovac (role Foreign Minister); an organisation when a determiner,
    an organisation word, an acronym, a state or a company says so (``the Lopez
    Foundation``, ``ACME``)."""
    if not phrase.named_runs:
        return None
    text, tokens = phrase.text, phrase.tokens
    begin, stop = phrase.named_runs[-1]
    role_end, title = split_title([token[2] for token in tokens[begin:stop]])
    name_tokens = tokens[begin + role_end : stop]
    opens_with_det = tokens[0][2].lower() in DETERMINERS
    has_det = opens_with_det and not (
        # "this week Ida Berg", "The finance minister Ida Berg": the determiner opens
        # the time, or the role noun right before the name, not the name itself
        (begin > 1 and tokens[1][2].lower() in _TIME_NOUNS)
        or (
            begin > 1
            and tokens[begin - 1][2] in phrase.roles
            and (stop - begin > 1 or tokens[begin][2].lower() in phrase.given)
        )
    )
    lead = 1 if opens_with_det and len(tokens) > 1 else 0
    while lead < begin and tokens[lead][2].lower().rstrip(",") in _TIME_LEAD | DETERMINERS:
        lead += 1  # "Last month President Ivo Brandt": the time is no part of the role
    role_start = tokens[lead][0]
    role = text[role_start : name_tokens[0][0]].strip(" ,") or None
    if role is not None and _holds_pronoun(role):
        role = None  # "He said Vale mentioned …": a clause before the name, no title
    name_start, name_end = name_tokens[0][0], name_tokens[-1][1]
    name = text[name_start:name_end].removesuffix("’s").removesuffix("'s")
    if name.endswith(".") and _sentence_period(name):
        # "— Julia A. Diaz Lopez." signs off with the sentence's full stop
        name, name_end = name[:-1], name_end - 1
    words = [token[2] for token in name_tokens]
    if all_titles(words):
        return phrase.described()
    if _names_organisation(phrase, name, words, has_det) and not (
        title or words[0].lower() in phrase.given
    ):
        begin_org = tokens[0][0] if has_det else name_start
        return Mention(begin_org, name_end, text[begin_org:name_end], "organization", role)
    form = "name" if len(words) > 1 else "short"
    return Mention(name_start, name_end, name, "person", role, form, gender_of(words[0], title))


def _holds_pronoun(role: str) -> bool:
    """Whether the words before a name hold a subject pronoun (``He said``, ``She told
    them``), which no title does; an acronym is no pronoun (``IT Minister``)."""
    return any(
        word.lower() in SUBJECT_PRONOUNS and not (word.isupper() and len(word) > 1)
        for word in role.split()
    )


def _sentence_period(name: str) -> bool:
    """Whether the full stop closing a name ends the sentence rather than an initial or
    an abbreviation (``J.``, ``Jr.``, ``Md.``, ``U.S.``, ``Sept.``)."""
    last = name.rsplit(maxsplit=1)[-1]
    return (
        len(last) > _ABBREVIATION_CHARS
        and "." not in last[:-1]  # "U.S.", "E.U.", "J.C."
        and bare(last) not in NAME_SUFFIXES
        and last[:-1].lower() not in _MONTH_ABBREVIATIONS
    )


def _names_organisation(phrase: _Phrase, name: str, words: list[str], has_det: bool) -> bool:
    """Whether a name is an organisation's: after a determiner, holding an organisation
    word or an acronym, a state (``Ruritania``; a one-word given name is more often a
    person), or a company."""
    return (
        has_det
        or bool({bare(word) for word in words} & phrase.orgs)
        or any(len(word) > 1 and word.isupper() and word.isalpha() for word in words)
        or (name in states() and (len(words) > 1 or words[0].lower() not in phrase.given))
        or name in companies()
    )


def _head_noun(phrase: _Phrase) -> str:
    """The phrase's head noun: its last word, or for ``a spokeswoman for the senator`` the
    role or source noun before the first preposition."""
    tokens = phrase.tokens
    head = bare(tokens[-1][2])
    if tokens[0][2].lower() in DETERMINERS:
        for index in range(2, len(tokens)):
            if tokens[index][2].lower() in _PREPOSITIONS:
                before = bare(tokens[index - 1][2])
                if before in phrase.roles or before in phrase.unnamed:
                    head = before
                break
    return head


def _rule_capitalised_role_noun(phrase: _Phrase) -> Mention | None:
    """A capitalised role or source noun opening the phrase: ``Lawyers for the family``,
    ``Officials in the capital``."""
    word = phrase.tokens[0][2]
    if word[:1].isupper() and _common_noun(word, phrase.roles, phrase.unnamed):
        return phrase.described()
    return None


def _rule_definite_description(phrase: _Phrase) -> Mention | None:
    """A short definite description that is not an organisation: ``the minister``, ``the
    city's mayor``."""
    tokens = phrase.tokens
    if (
        tokens[0][2].lower() == "the"
        and len(tokens) <= SHORT_DESCRIPTION_WORDS
        and _head_noun(phrase) not in phrase.orgs
    ):
        return phrase.described()
    return None


def _rule_indefinite_description(phrase: _Phrase) -> Mention | None:
    """An indefinite noun phrase with a lower-case head, bringing in a source: ``a
    narrator in the Roe ad``, ``an aide``."""
    tokens = phrase.tokens
    if tokens[0][2].lower() not in {"a", "an"} or not 2 <= len(tokens) <= _DESCRIBED_WORDS:
        return None
    words = [token[2] for token in tokens]
    link = first_preposition(words[1:])
    noun = words[link] if link else words[-1]
    if noun.isalpha() and noun.islower() and link != 0:
        return phrase.described(phrase.kind_by(noun))
    return None


def _rule_possessive_description(phrase: _Phrase) -> Mention | None:
    """A short phrase opened by a possessive or indefinite determiner: ``her rival``, ``a
    campaign aide``, ``his lawyers``."""
    tokens = phrase.tokens
    last = tokens[-1][2]
    if (
        tokens[0][2].lower() in _SOURCE_DETERMINERS
        and 2 <= len(tokens) <= SHORT_DESCRIPTION_WORDS
        and last.isalpha()
        and last.islower()
    ):
        head = _head_noun(phrase)
        return phrase.described("organization" if head in phrase.orgs else "unnamed")
    return None


def _rule_organisation_noun(phrase: _Phrase) -> Mention | None:
    """A phrase whose head is an organisation word: ``the city council``, ``state
    media``."""
    if _head_noun(phrase) in phrase.orgs:
        return phrase.described("organization")
    return None


def _rule_role_noun(phrase: _Phrase) -> Mention | None:
    """A phrase whose head is a role or source noun: ``senior officials``, ``critics``."""
    head = _head_noun(phrase)
    if head in phrase.roles or head in phrase.unnamed:
        return phrase.described()
    return None


_PAIR_NAME_WORDS = (2, 3)
"""Words of each full name in a pair of names (``Ana Roe and Ben Lee``)."""


def _rule_named_pair(phrase: _Phrase) -> Mention | None:
    """Two people named in full and joined by ``and`` or ``&`` speak together: ``Ana Roe
    and Ben Lee said`` → the pair as printed, not the second name alone."""
    tokens = phrase.tokens
    joins = [index for index, token in enumerate(tokens) if token[2] in {"and", "&"}]
    if len(joins) != 1:
        return None
    left, right = tokens[: joins[0]], tokens[joins[0] + 1 :]
    for side in (left, right):
        if not _PAIR_NAME_WORDS[0] <= len(side) <= _PAIR_NAME_WORDS[1]:
            return None
        if side[0][2].lower() not in phrase.given or not all(t[2][:1].isupper() for t in side):
            return None
    start, end = left[0][0], right[-1][1]
    return Mention(start, end, phrase.text[start:end], "person", None, "description")


PHRASE_RULES: tuple[tuple[str, Callable[[_Phrase], Mention | None]], ...] = (
    ("named-pair", _rule_named_pair),
    ("named-source", _rule_named_source),
    ("authored-document", _rule_authored_document),
    ("pronoun", _rule_pronoun),
    ("counted-source", _rule_counted_source),
    ("capital-modifier", _rule_capital_modifier),
    ("capitals-before-role", _rule_capitals_before_role),
    ("capitals-before-organisation", _rule_capitals_before_organisation),
    ("possessive-modifier", _rule_possessive_modifier),
    ("title-run", _rule_title_run),
    ("name", _rule_name),
    ("capitalised-role-noun", _rule_capitalised_role_noun),
    ("definite-description", _rule_definite_description),
    ("indefinite-description", _rule_indefinite_description),
    ("possessive-description", _rule_possessive_description),
    ("organisation-noun", _rule_organisation_noun),
    ("role-noun", _rule_role_noun),
)
"""How a trimmed subject phrase is read, in order: the first rule that gives a mention
decides, and its name is the mention's :attr:`Mention.rule`."""


def _read_part(text: str, tokens: list[Token]) -> Mention | None:
    phrase = _phrase(text, tokens)
    if phrase is None:
        return None
    for name, rule in PHRASE_RULES:
        mention = rule(phrase)
        if mention is not None:
            return replace(mention, rule=name)
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
    link = first_preposition(words)
    if link == 0:
        return False  # "Hundreds of workers" has no capital to modify; "Feeds on old …"
    head = words[link - 1] if link is not None else words[-1]
    if head in COLLECTIVE_HEADS:
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
        head = bare(tokens[index - 1][2])
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
    if len(tokens) < 2 or len(lowered) < _SHORT_PARTICIPLE or not lowered.endswith(("ing", "ed")):
        return False
    if len(lowered) == _SHORT_PARTICIPLE:
        return tokens[1][2] in _PARTICLE_OBJECTS
    return tokens[1][2] in _PARTICIPLE_OBJECTS


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
    given = name_words()[4]
    if len(part) == 1:
        return _not_a_name(part, given)
    # "Another diplomat," is a subject; "Heading into the debate," is not
    return lowered not in _OPENERS and _not_a_name(part, given)


def _apposed_label(part: list[tuple[int, int, str]]) -> bool:
    """Whether a comma-delimited part is only a legislator's party and state (``Mitch
    Roe, R-Ky., said``) or a state after a town (``of Dunmore, Vt., said``): an
    apposition, never the speaker."""
    return len(part) == 1 and apposed_label(part[0][2])


def _ly_adverb(word: str) -> bool:
    """Whether a word closing a subject phrase is an adverb (``reportedly``); names
    (``Kelly``) and nouns (``family``) that end in ``-ly`` are not."""
    return word.endswith("ly") and word.islower() and word not in _LY_NOUNS


def _common_noun(word: str, roles: frozenset[str], unnamed: frozenset[str]) -> bool:
    """Whether a capitalised word is a role or source noun (``Lawyers``, ``Officials``)."""
    lookup = bare(word)
    singular = lookup[:-1] if lookup.endswith("s") else lookup
    return lookup in unnamed or lookup in COLLECTIVE_HEADS or singular in roles


def _person_in_run(
    tokens: list[tuple[int, int, str]], begin: int, end: int, given: dict[str, str]
) -> int:
    """Where a given name and surname close the capitalised run ``tokens[begin:end]``
    after other words (``Ukraine Petro Melnyk``), or -1."""
    for index in range(begin + 1, end - 1):
        if tokens[index][2].lower() in given:
            return index
    return -1


COLLECTIVE_HEADS = word_set("quoting", "collective_heads")


def _lower_head(tokens: list[tuple[int, int, str]]) -> bool:
    """Whether the words up to the first preposition are lower-case: the head of a noun
    phrase whose complement may hold names (``observers in Virginia``)."""
    words = [token[2] for token in tokens]
    link = first_preposition(words)
    return all(word.islower() for word in words[:link])


def first_preposition(words: list[str]) -> int | None:
    """The index of the first preposition in ``words``: the head noun of a phrase comes
    right before it (``groups`` in ``groups of protesters``)."""
    return next((index for index, word in enumerate(words) if word in _PREPOSITIONS), None)
