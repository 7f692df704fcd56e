"""The credit-line parser: every surface form it handles, the ones it skips, and
properties over synthetic articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

import newsdoc
from newsdoc.document import Document
from newsdoc.models import Attribution, Party
from newsdoc.options import ParseOptions
from newsdoc.parsers.credits import CreditParser
from newsdoc.testing import Marked, check_invariants, marked
from newsdoc.testing.strategies._sample import Sample
from newsdoc.testing.strategies.credits import credit_samples

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def A(name: str) -> tuple[str, str]:  # noqa: N802 - reads like a table column
    return (name, "agency")


def P(name: str) -> tuple[str, str]:  # noqa: N802
    return (name, "person")


def O(name: str) -> tuple[str, str]:  # noqa: N802, E743
    return (name, "organization")


def _credits(text: str, options: ParseOptions | None = None) -> list[Attribution]:
    return [
        item
        for item in CreditParser().parse(Document(text, options))
        if isinstance(item, Attribution)
    ]


def _summary(items: list[Attribution]) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [
        (item.kind, item.raw, [(party.name, party.kind) for party in item.parties])
        for item in items
    ]


# Each row: a marked text (⟦c:…⟧ around every credit span) and the expected (kind, parties)
# per credited role, in text order.
CASES = [
    ("Officials met on Monday.\n\n⟦c:(With ANI input)⟧", [("wire", [A("ANI")])]),
    ("The talks ended. ⟦c:(With inputs from PTI)⟧", [("wire", [A("PTI")])]),
    ("The talks ended.\n⟦c:(With agency inputs)⟧", [("wire", [])]),
    ("The talks ended.\n⟦c:With inputs from Reuters⟧", [("wire", [A("Reuters")])]),
    ("The minister left on Monday.⟦c:-PTI⟧", [("wire", [A("PTI")])]),
    ("The minister left on Monday. ⟦c:— IANS⟧", [("wire", [A("IANS")])]),
    ("The minister left on Monday. ⟦c:(IANS)⟧", [("wire", [A("IANS")])]),
    ("They were sent back to the US. ⟦c:PTI⟧", [("wire", [A("PTI")])]),
    ("The vote passed.\n\n⟦c:UNI⟧\n", [("wire", [A("UNI")])]),
    ("Aid arrives.\n⟦c:(Agencies)⟧", [("wire", [])]),
    (
        "A man walks past a shop in Lviv. ⟦c:(AP Photo/Ilse Kovalczyk)⟧",
        [("photo", [A("AP"), P("Ilse Kovalczyk")])],
    ),
    (
        "A scene from the film. ⟦c:(AP Photo/Northway Films, Marek Pellow, File)⟧AP2014",
        [("photo", [A("AP"), O("Northway Films"), P("Marek Pellow")])],
    ),
    (
        "Expand | Collapse ⟦c:(Photo: Reuters/Odile Quist)⟧ Vials in a lab.",
        [("photo", [A("Reuters"), P("Odile Quist")])],
    ),
    ("Crowds in the square.\n⟦c:Photo: Reuters⟧", [("photo", [A("Reuters")])]),
    (
        "Crowds in the square. ⟦c:REUTERS/Tarun Szabo⟧",
        [("photo", [A("Reuters"), P("Tarun Szabo")])],
    ),
    (
        "Crowds in the square. ⟦c:REUTERS/Tarun Szabo/File Photo⟧",
        [("photo", [A("Reuters"), P("Tarun Szabo")])],
    ),
    (
        "Fans cheer. ⟦c:Mandatory Credit: Yaro Thorne-USA TODAY Sports - RTR4AB12⟧",
        [("photo", [P("Yaro Thorne"), O("USA TODAY Sports")])],
    ),
    (
        "Photograph: ⟦c:Photograph: Bette Ostrander/AFP⟧",
        [("photo", [P("Bette Ostrander"), A("AFP")])],
    ),
    (
        "Nothing more to say.⟦c:Featured image via Casimir Ravensworth/Getty Images⟧",
        [("image", [P("Casimir Ravensworth"), A("Getty Images")])],
    ),
    ("Shares rose.\n\n⟦c:Main image credit: Getty⟧", [("image", [A("Getty Images")])]),
    ("⟦c:(Image: ANI/AP)⟧", [("image", [A("ANI"), A("AP")])]),
    ("⟦c:(Screenshot: YouTube)⟧ The family gives an update.", [("image", [O("YouTube")])]),
    ("⟦c:Illustration by Dunya Szabo⟧", [("image", [P("Dunya Szabo")])]),
    ("The storm passed.\n⟦c:Video: Reuters⟧", [("video", [A("Reuters")])]),
    (
        "He spoke.\n\n⟦c:(Reporting by Eamon Quist; Editing by Odile Thorne)⟧",
        [("reporting", [P("Eamon Quist")]), ("editing", [P("Odile Thorne")])],
    ),
    (
        (
            "⟦c:Reporting by Ilse Pellow in Quito and Marek Szabo in Lima; Additional reporting "
            "by Bette Quist; Writing by Yaro Thorne; Editing by Tarun Ostrander⟧"
        ),
        [
            # additional reporting is a role credited on its own
            ("reporting", [P("Ilse Pellow"), P("Marek Szabo")]),
            ("reporting", [P("Bette Quist")]),
            ("writing", [P("Yaro Thorne")]),
            ("editing", [P("Tarun Ostrander")]),
        ],
    ),
    ("⟦c:By Odile Kovalczyk⟧\n\nThe council met.", [("writing", [P("Odile Kovalczyk")])]),
    (
        "⟦c:By Odile Kovalczyk and Eamon Pellow, Associated Press⟧\nText.",
        [("writing", [P("Odile Kovalczyk"), P("Eamon Pellow"), A("AP")])],
    ),
    (
        "The end.\n\n⟦c:Follow Dunya R. Quist on Twitter @dunyaq⟧",
        [("writing", [P("Dunya R. Quist")])],
    ),
    ("The end.\n\n⟦c:Follow Thorne on Twitter⟧", [("writing", [P("Thorne")])]),
    ("The end.\n\n⟦c:© 2022 Reuters⟧", [("copyright", [A("Reuters")])]),
    ("The end.\n\n⟦c:© Reuters⟧", [("copyright", [A("Reuters")])]),
    ("The end.\n\n⟦c:(c) 2022 Reuters⟧", [("copyright", [A("Reuters")])]),
    (
        "The end.\n\n⟦c:(C) Copyright 2021 The Associated Press. All rights reserved.⟧",
        [("copyright", [A("AP")])],
    ),
    (
        (
            "The end.\n⟦c:Copyright 2022 The Associated Press. All rights reserved. This material "
            "may not be published, broadcast, rewritten or redistributed.⟧"
        ),
        [("copyright", [A("AP")])],
    ),
    (
        "The end.\n⟦c:Copyright 2019 Harbour Evening News. All rights reserved.⟧",
        [("copyright", [O("Harbour Evening News")])],
    ),
    (
        (
            "Prices rose. ⟦c:(This story has not been edited by Harbour Times staff and is "
            "auto-generated from a syndicated feed.)⟧"
        ),
        [("other", [O("Harbour Times")])],
    ),
    (
        "The end.\n\n⟦c:This article was originally published on Harbour Review.⟧",
        [("other", [O("Harbour Review")])],
    ),
    # a blog feed's footer names the site the post came from
    (
        "The end.\n\n⟦c:The post Pier reopens after the storm appeared first on Harbour Review.⟧",
        [("other", [O("Harbour Review")])],
    ),
    # a copyright label with "by" and an owner with an initial
    ("The end.\n\n⟦c:copyright by: Ilse P. Pellow⟧", [("copyright", [P("Ilse P. Pellow")])]),
    # those named before a "supplied" mark gave the picture, agency or not
    (
        "The end.\n\n⟦c:HARBOUR POLICE DEPT./CONTRIBUTED IMAGE⟧",
        [("photo", [O("HARBOUR POLICE DEPT")])],
    ),
    ("The boat at the pier. ⟦c:Ilse Pellow/Submitted photo⟧", [("photo", [P("Ilse Pellow")])]),
    # a notice naming its writer credits them too; sources named together are parted
    (
        (
            "The end.\n\n⟦c:This article was written by Ilse Pellow and originally published "
            "at Harbour Review / Gold Desk⟧"
        ),
        [("other", [O("Harbour Review"), O("Gold Desk")]), ("writing", [P("Ilse Pellow")])],
    ),
    (
        "The end.\n\n⟦c:This story was written by the desk and first appeared on Harbour Review.⟧",
        [("other", [O("Harbour Review")])],
    ),
    (
        (
            "⟦c:Written or reviewed by a board-certified physician. See Example.com's Medical "
            "Review Board.⟧\n\nText."
        ),
        [("other", [O("Example.com Medical Review Board")])],
    ),
    ("The minister spoke.\n\nNothing else.\n\n⟦c:op⟧\n", [("other", [])]),
    # an outlet tag in square brackets on a line of its own closes an excerpt
    (
        "The controller feels solid.\n⟦c:[Acme Daily]⟧\nThe games lag.",
        [("other", [O("Acme Daily")])],
    ),
    ("The controller feels solid.\n⟦c:[ACN]⟧\nThe games lag.", [("other", [O("ACN")])]),
    # a writer on a line of their own with outlet and desk
    (
        "The talks ended.\n⟦c:Jane Roe, Acme Daily diplomatic correspondent⟧\nThe saga goes on.",
        [("writing", [P("Jane Roe")])],
    ),
    (
        "The talks ended.\n⟦c:Jo Park, health editor⟧\nThe saga goes on.",
        [("writing", [P("Jo Park")])],
    ),
    (
        "The end.\n\n⟦c:This article has been adapted from its original source.⟧",
        [("other", [])],
    ),
    # contribution lines: outlets' possessives and role phrases dropped, agencies wired
    (
        "The talks ended.\n\n⟦c:Acme News' Jo Park contributed to this report.⟧",
        [("reporting", [P("Jo Park")])],
    ),
    (
        (
            "The talks ended.\n\n⟦c:Acme Press writers Ann Lee, Bo Diaz and Cy Hale contributed "
            "to this report.⟧"
        ),
        [("reporting", [P("Ann Lee"), P("Bo Diaz"), P("Cy Hale")])],
    ),
    (
        "The talks ended.\n\n⟦c:Jo Park contributed reporting from Hong Kong.⟧",
        [("reporting", [P("Jo Park")])],
    ),
    (
        (
            "The talks ended on Monday. ⟦c:Acme News’ Jo Park and The Associated Press "
            "contributed to this report.⟧"
        ),
        [("reporting", [P("Jo Park")]), ("wire", [A("AP")])],
    ),
    ("The talks ended.\n\n⟦c:Reuters contributed to this report.⟧", [("wire", [A("Reuters")])]),
    (
        "The talks ended.\n\n⟦c:Northport Wire's Jo Park contributed to the report.⟧",
        [("reporting", [P("Jo Park")])],
    ),
    ("The talks ended.\n\n⟦c:With reporting by Jo Park.⟧", [("reporting", [P("Jo Park")])]),
    # source lines: agencies only are wired, other sources are organisations
    ("The talks ended.\n\n⟦c:Source: Reuters, PTI⟧", [("wire", [A("Reuters"), A("PTI")])]),
    (
        "The talks ended.\n\n⟦c:Sources: Acme Daily; Harbour TV⟧",
        [("other", [O("Acme Daily"), O("Harbour TV")])],
    ),
    ("The talks ended.\n\n⟦c:(Source: Example Social)⟧", [("other", [O("Example Social")])]),
    (
        "The talks ended.\n\n⟦c:Sources: Acme Daily/Harbour TV⟧",
        [("other", [O("Acme Daily"), O("Harbour TV")])],
    ),
    # courtesy credits, alone or closing a caption line
    (
        "The comet was bright.\n\n⟦c:Courtesy of Northport Observatory⟧",
        [("photo", [O("Northport Observatory")])],
    ),
    ("The comet was bright.\n\n⟦c:Video courtesy: Harbour TV⟧", [("video", [O("Harbour TV")])]),
    (
        "The comet was bright.\n\nThe comet over the bay ⟦c:Courtesy of Jo Park⟧",
        [("photo", [P("Jo Park")])],
    ),
    # photo widgets flattened into a caption line
    (
        "The pier was shut.\n\n⟦c:Image copyright Acme Images⟧ Image caption Crowds gather",
        [("image", [O("Acme Images")])],
    ),
    (
        "The pier was shut.\n\nFlood damage in the valley ⟦c:Photo : iStock⟧",
        [("photo", [A("iStock")])],
    ),
    ("The pier was shut.\n\nThe senator speaks. | ⟦c:AP Photo⟧", [("photo", [A("AP")])]),
    ("The pier was shut.\n\n⟦c:© AP Photo / Jan Novak⟧", [("photo", [A("AP"), P("Jan Novak")])]),
    (
        "The pier was shut.\n\nA boat at dusk ⟦c:(AFP/Getty)⟧",
        [("photo", [A("AFP"), A("Getty Images")])],
    ),
    # copyright notices with a circled c, in lower case, or naming only a site
    (
        "The pier was shut.\n\n⟦c:Copyright ⓒ example.co.kr 무단전재 및 재배포 금지⟧",
        [("copyright", [O("example.co.kr")])],
    ),
    (
        "The pier was shut.\n\n⟦c:copyright Example Gallery 2031 - ISSN: 1234-5678⟧",
        [("copyright", [O("Example Gallery")])],
    ),
    # picture labels in the languages of news pages, alone or closing a caption sentence
    (
        "The pier was shut.\n\n⟦c:Foto: Jana Roe/dpa⟧\n\nIt rained.",
        [("photo", [P("Jana Roe"), A("dpa")])],
    ),
    ("The pier was shut.\n\n⟦c:(Foto: dpa)⟧\n\nIt rained.", [("photo", [A("dpa")])]),
    (
        "The pier was shut.\n\nThe harbour at dawn. ⟦c:Zdjęcie: PAP/Jan Kos⟧\n\nIt rained.",
        [("photo", [A("PAP"), P("Jan Kos")])],
    ),
    ("The pier was shut.\n\n⟦c:Фото: ТАСС⟧\n\nIt rained.", [("photo", [A("TASS")])]),
    ("The pier was shut.\n\n⟦c:写真：共同⟧\n\nIt rained.", [("photo", [A("Kyodo")])]),
    ("The pier was shut.\n\n⟦c:Grafik: Jana Roe⟧\n\nIt rained.", [("image", [P("Jana Roe")])]),
    ("The pier was shut.\n\n⟦c:Crédit photo : AFP⟧\n\nIt rained.", [("photo", [A("AFP")])]),
    # a source label credits a source: an agency wires the story
    ("The pier was shut.\n\n⟦c:Quelle: dpa⟧\n\nIt rained.", [("wire", [A("dpa")])]),
    # agencies after "with" in the languages of news pages, and one in lower case
    ("Die Fähre fährt wieder. ⟦c:(mit dpa)⟧\n\nIt rained.", [("wire", [A("dpa")])]),
    ("Le port rouvre. ⟦c:(avec AFP et Reuters)⟧", [("wire", [A("AFP"), A("Reuters")])]),
    ("The pier was shut.\n\n⟦c:Mit Material von dpa und AFP⟧", [("wire", [A("dpa"), A("AFP")])]),
    ("Die Fähre fährt wieder ab Montag. ⟦c:(dpa)⟧\n\nIt rained.", [("wire", [A("dpa")])]),
    # a composite picture's credit
    (
        "The pier was shut.\n\nThe mayor and the pier. ⟦c:Composite: Acme Design/Getty Images⟧",
        [("image", [O("Acme Design"), A("Getty Images")])],
    ),
    # a picture its subject supplied names no one; an agency's photo in brackets
    ("The pier was shut.\n\n⟦c:Picture: Supplied⟧\n\nIt rained.", [("photo", [])]),
    ("Rescuers at the pier. ⟦c:(AP Photo)⟧\n\nIt rained.", [("photo", [A("AP")])]),
    # bylines with a role word, a bar before the role, a desk or news service
    ("⟦c:Words by Jana Roe⟧\n\nThe pier was shut.", [("writing", [P("Jana Roe")])]),
    ("⟦c:Posted by Jana Roe⟧\n\nThe pier was shut.", [("writing", [P("Jana Roe")])]),
    ("⟦c:Words: Jana Roe⟧\n\nThe pier was shut.", [("writing", [P("Jana Roe")])]),
    ("⟦c:Jana Roe | Staff Writer⟧\n\nThe pier was shut.", [("writing", [P("Jana Roe")])]),
    (
        "⟦c:Harbour Correspondent⟧\n\nThe pier was shut.",
        [("writing", [O("Harbour Correspondent")])],
    ),
    ("⟦c:Acme News Service⟧\n\nThe pier was shut.", [("writing", [O("Acme News Service")])]),
    # bylines in the languages of news pages
    (
        "⟦c:Von Jana Roe und Ben Lee, dpa⟧\n\nThe pier was shut on Monday.",
        [("writing", [P("Jana Roe"), P("Ben Lee"), A("dpa")])],
    ),
    (
        "⟦c:Por Ana Roe y Ben Lee⟧\n\nThe pier was shut.",
        [("writing", [P("Ana Roe"), P("Ben Lee")])],
    ),
    ("⟦c:Texto: Ana Roe⟧\n\nThe pier was shut.", [("writing", [P("Ana Roe")])]),
    ("⟦c:Автор: Иван Петров⟧\n\nThe pier was shut.", [("writing", [P("Иван Петров")])]),
    # "and" inside a name opened by "The", and a company suffix after a comma
    (
        "The pier was shut.\n\n⟦c:Photo: The Globe and Anchor⟧",
        [("photo", [O("The Globe and Anchor")])],
    ),
    ("The pier was shut.\n\n⟦c:Photo: Acme, Inc.⟧", [("photo", [O("Acme, Inc")])]),
    # a company form closing a name without a comma, in any case but a two-letter one in
    # capitals only, since "as" and "co" are words and "Sa" may be a surname
    ("The pier was shut.\n\n⟦c:(Image credit: Acme plc)⟧", [("image", [O("Acme plc")])]),
    (
        "The pier was shut.\n\n⟦c:Foto: Acme Media GmbH/dpa⟧",
        [("photo", [O("Acme Media GmbH"), A("dpa")])],
    ),
    ("The pier was shut.\n\n⟦c:Photo: Acme AG⟧", [("photo", [O("Acme AG")])]),
    # an agency printed in lower case, which only a credit's label vouches for
    ("The pier was shut.\n\n⟦c:(Image: getty)⟧", [("image", [A("Getty Images")])]),
    ("The pier was shut.\n\n⟦c:Photo: reuters⟧", [("photo", [A("Reuters")])]),
    # a stock library's contributor, named by a lower-case user name before the library
    ("The pier was shut.\n\n⟦c:Photo: jdoe/iStock⟧", [("photo", [P("jdoe"), A("iStock")])]),
    (
        "The pier was shut.\n\n⟦c:(Image: ana_roe / Getty Images)⟧",
        [("image", [P("ana_roe"), A("Getty Images")])],
    ),
    # "&" joins the words of one company's name
    (
        "The pier was shut.\n\n⟦c:© 2031 Acme Jones & Company, Inc. All Rights Reserved.⟧",
        [("copyright", [O("Acme Jones & Company")])],
    ),
    (
        "The pier was shut.\n\n⟦c:Photo: Ana Sa/Acme Wire⟧",
        [("photo", [P("Ana Sa"), O("Acme Wire")])],
    ),
    # a copyright owner of an agency and a photographer, who may print the surname in
    # capitals
    (
        "The pier was shut.\n\n⟦c:© AFP/Ilse PELLOW⟧",
        [("copyright", [A("AFP"), P("Ilse PELLOW")])],
    ),
    # a copyright notice closing a line of prose after its sentence
    (
        "Boats left the harbour on Monday. ⟦c:© Reuters/Odile Quist⟧\n\nIt rained.",
        [("copyright", [A("Reuters"), P("Odile Quist")])],
    ),
    ("港の船が出た。⟦c:(c)AFP/Ilse PELLOW⟧", [("copyright", [A("AFP"), P("Ilse PELLOW")])]),
    ("The tide was high. ⟦c:copyright by: Ilse Pellow⟧", [("copyright", [P("Ilse Pellow")])]),
    # a picture credited to a web address
    (
        "The pier was shut.\n\n⟦c:Photo Credit: www.example.com/HarbourTrust⟧\n\nIt rained.",
        [("photo", [O("www.example.com/HarbourTrust")])],
    ),
    ("The pier was shut.\n\n⟦c:Image: example.org⟧", [("image", [O("example.org")])]),
    # an agency in capitals closing a caption line without a stop
    (
        "The pier was shut.\n\nMap of the flooded valley ⟦c:AFP⟧\n\nIt rained.",
        [("wire", [A("AFP")])],
    ),
    # an agency whose name opens in lower case is still named
    ("The pier was shut. ⟦c:(Credit: iStock)⟧", [("photo", [A("iStock")])]),
    # an agency followed by words that name no one is the agency
    ("The pier was shut. ⟦c:(Photo Credit: PTI File Photo)⟧", [("photo", [A("PTI")])]),
    ("The pier was shut. ⟦c:(Photo: Reuters File)⟧", [("photo", [A("Reuters")])]),
    # a copyright mark opening a labelled credit's names is no part of them
    ("The comet was bright. ⟦c:(Image: © Acme Lab)⟧", [("image", [P("Acme Lab")])]),
    (
        "The comet was bright. ⟦c:(Photo: © 2021 Jo Park/NASA)⟧",
        [("photo", [P("Jo Park"), O("NASA")])],
    ),
    # a second label, a licence or a long organisation inside a labelled credit
    (
        "The comet was bright.\n\n⟦c:Image credit: ESA/NASA, Acknowledgement: Jo Park⟧",
        [("image", [O("ESA"), O("NASA"), P("Jo Park")])],
    ),
    (
        "The comet was bright.\n\n⟦c:Photo Credit: Jo Park via Example cc⟧",
        [("photo", [P("Jo Park"), P("Example")])],
    ),
    # a sharer's user name before the site, in lower case as user names often are
    (
        "The comet was bright.\n\n⟦c:Photo Credit: jo_park via Example cc⟧",
        [("photo", [P("jo_park"), P("Example")])],
    ),
    (
        "The comet was bright.\n\n⟦c:Photo credit: Commander-in-Chief of the Harbour Guard⟧",
        [("photo", [P("Commander-in-Chief of the Harbour Guard")])],
    ),
    (
        "The comet.\n\n⟦c:Photo credit: Commander-in-Chief of the Armed Forces of Ruritania⟧",
        [("photo", [P("Commander-in-Chief of the Armed Forces of Ruritania")])],
    ),
    ("The comet was bright.\n\n⟦c:Credit to Example Wire⟧", [("other", [O("Example Wire")])]),
    (
        "The talks ended.\n\n⟦c:Sources: Acme Wire/Reuters/Example Social⟧",
        [("other", [O("Acme Wire"), A("Reuters"), O("Example Social")])],
    ),
    # a role label with a colon, a reprint notice, a photo credit in a spaced bracket
    (
        "The talks ended.\n\n⟦c:Written by: Jo Park, Ann Lee⟧",
        [("writing", [P("Jo Park"), P("Ann Lee")])],
    ),
    (
        "The talks ended.\n\n⟦c:Reprinted with permission from Acme Daily.⟧",
        [("other", [O("Acme Daily")])],
    ),
    (
        "The pier was shut.\n\nThe mayor, right, with Jo Park ⟦c:( REUTERS/Ann Lee/Reuters )⟧",
        [("photo", [A("Reuters"), P("Ann Lee")])],
    ),
    # image labels, licence and standards notices
    (
        "The pier was shut.\n\n⟦c:Cover image: an artist's impression of the bridge⟧",
        [("image", [])],
    ),
    (
        "The pier was shut.\n\n⟦c:Main image: the harbour at dawn (Jo Park)⟧",
        [("image", [P("Jo Park")])],
    ),
    ("The pier was shut.\n\n⟦c:Featured image by Acme Photos⟧", [("image", [O("Acme Photos")])]),
    (
        (
            "The pier was shut.\n\n⟦c:Content created by the Example Foundation is available "
            "without charge to any eligible news publisher.⟧"
        ),
        [("other", [O("Example Foundation")])],
    ),
    ("The pier was shut.\n\n⟦c:Our Standards: The Example Trust Principles.⟧", [("other", [])]),
    # a role label on its line and the names on the next
    ("The pier was shut.\n\n⟦c:Edited by\n\nJo Park⟧", [("editing", [P("Jo Park")])]),
    (
        "The pier was shut.\n\n⟦c:Reporting by:\nJo Park and Ann Lee⟧\n\nIt rained.",
        [("reporting", [P("Jo Park"), P("Ann Lee")])],
    ),
    # staff and desk bylines on a line of their own
    (
        "Harbour plan approved\n\n⟦c:Reuters Staff⟧\n\nThe council met.",
        [("writing", [A("Reuters")])],
    ),
    (
        "Harbour plan approved\n\n⟦c:National Desk⟧\n\nThe council met.",
        [("writing", [O("National Desk")])],
    ),
    # contributed-by lines: the person or outlet, not its site
    (
        "The talks ended.\n\n⟦c:Contributed by Jo Park of www.example.org.⟧",
        [("writing", [P("Jo Park")])],
    ),
    (
        "The talks ended.\n\n⟦c:Contributed by Jo Park of Acme Reports.⟧",
        [("writing", [P("Jo Park")])],
    ),
]


def _expected(
    sample: Marked, expected: list[tuple[str, list[tuple[str, str]]]]
) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The summary a case should give: the marked credit's kind, text and parties (a
    case with no marked credit expects none)."""
    spans = sample.spans["c"]
    return [
        (kind, sample.text[span.start : span.end], parties)
        for span in spans
        for kind, parties in (expected if len(spans) == 1 else [])
    ]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_credit_forms(source: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    sample = marked(source)
    found = _credits(sample.text)
    assert _summary(found) == _expected(sample, expected)
    assert all(item.span in sample.spans["c"] for item in found)


_PROSE = "The council met on Monday to weigh the plan for the harbour.\n\n" * 6


@pytest.mark.parametrize(
    ("source", "expected"), [case for case in CASES if "⟦c:op⟧" not in case[0]]
)
def test_credit_forms_deep_in_a_long_text(
    source: str, expected: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    # Lines away from the text's first and last four are skipped unless a cheap test says
    # a rule may read them: each form must still be found there.
    sample = marked(_PROSE + source + "\n\n" + _PROSE)
    assert _summary(_credits(sample.text)) == _expected(sample, expected)


NOT_CREDITS = [
    "The getty museum and the reuters building reopened on Monday, the council said.",
    "Reuters reported that the deal fell through, according to AFP.",
    "The spokesman declined to comment to Reuters.",
    "She told the Associated Press on Monday that she would run.",
    "He posted a photo: the image showed a cat on the roof.",
    "Photo: Protesters march through the old town on Monday evening.",
    "By the end of the year, the crowd had left the square.",
    "By Monday, the river had burst its banks.",
    "Copyright law in the country is complex.",
    "Follow us on Twitter & Instagram",
    "In this image released by Northway Films, two actors appear in a scene.",
    "Video of the incident spread quickly online.",
    "He said that reporting by local media was wrong.",
    "The report, with inputs gathered from farmers, was released on Friday.",
    "They went to the pool and then to the map room.",
    "Jacob said the meeting went well. He met AP",
    "c) the third option would cost the most",
    # brackets holding a stage direction, a link label or an editor's insertion
    "The crowd rose.\n[Applause]\nThe speech went on.",
    "The crowd rose.\n[Read All Comments]\nThe speech went on.",
    "The crowd rose.\n[More…]\nThe speech went on.",
    "The crowd rose.\n[the mayor]\nThe speech went on.",
    # an apposition and a sentence with a comma are no byline
    "The talks ended.\nJane Roe, a former reporter\nThe saga goes on.",
    "The talks ended.\nTickets, the box office says\nThe saga goes on.",
    # a bracketed link to a graphic credits nobody
    "Prices fell.\n(Graphic: Fuel prices in 2026 - here)\nPrices rose.",
    # contributions that are prose, not a credit for the report
    "The fund grew.\n\nJo Park contributed $500 to the fund.",
    "The fund grew.\n\nShe contributed to this report's success.",
    "The fund grew.\n\nResidents contributed.",
    "Jo Park contributed to this report, the editor said, before the vote in May.",
    # sources, courtesies and contributions in prose name no credit
    "The talks ended.\n\nSource: a person close to the talks",
    "The talks ended.\n\nThe source said the talks would resume on Monday.",
    "The talks ended.\n\nIt was a courtesy of the house to them.",
    "The talks ended.\n\nContributed by the team",
    # a label word or a repeated phrase in prose is no widget credit
    "The talks ended.\n\nHe looked at the photo: it shows a cat",
    "The talks ended.\n\nShe said no no",
    "The talks ended.\n\nThe index rose sharply (Monday/Tuesday)",
    "The talks ended.\n\nThe staff\n\nHe cleared his desk",
    "The talks ended.\n\nTalks with the AP\n\nIt rained.",
    "The talks ended.\n\nThey met the head of NATO\n\nIt rained.",
    "The talks ended.\n\nMay 4 -- Harbour Arena, Northport, PA\n\nIt rained.",
    "The talks ended.\n\nCLICK HERE TO GET THE HARBOUR NEWS APP\n\nIt rained.",
    "The talks ended.\n\nFollow the Harbour Trust on Twitter",
    "The talks ended.\n\nThe cover image shows a bridge.",
    "The talks ended.\n\nEdited by\n\nthe desk",
    "The talks ended.\n\nWritten by\n\nThe council met again on Tuesday.",
    "The talks ended.\n\nThe post appeared first on Monday in the paper, and many read it.",
    "The talks ended.\n\nHe said it was all handout/submitted",
    # a copyright mark inside prose, "(c)" numbering a list item, or copyright as a topic
    "The talks ended.\n\nWe all know © Acme is big.",
    "The talks ended.\n\nThe options are (a) wait, (b) go. (c) Leave Now",
    "The talks ended.\n\nIt rained in May. Copyright Law Changed",
    # a role word or a bar in prose, a brand's photo, a user's post
    "The talks ended.\n\nThe story by Jana Roe was read by many.",
    "The talks ended.\n\nHome | News | Sport",
    "The talks ended.\n\nJana Roe | Harbour Times",
    "The talks ended.\n\nThey met. (Harbour Photo)",
    "The talks ended.\n\nHe was a reporter",
    # "with" before someone who is no agency
    "The talks ended.\n\nEr ging los. (mit Freunden)",
    "The talks ended.\n\nHe left. (with his wife)",
    "The talks ended.\n\nMit Freunden ging er los.",
    # a label or a byline word of another language before prose
    "The talks ended.\n\nFoto: Die Brücke im Morgenlicht mit vielen Booten am Ufer",
    "The talks ended.\n\nQuelle: eigene Recherche",
    "The talks ended.\n\nText: the pier was closed today",
    "The talks ended.\n\nVon Montag an gilt die Regel.",
    "The talks ended.\n\nPar ailleurs, le port reste fermé.",
    "The talks ended.\n\nvon der Leyen spoke",
    # a video link is not a picture credit
    "The talks ended.\n\nVideo: example.com/clip",
]


@pytest.mark.parametrize("text", NOT_CREDITS)
def test_prose_is_not_a_credit(text: str) -> None:
    assert _credits(text) == []


def test_dateline_wire_is_left_to_the_dateline_parser() -> None:
    text = "WASHINGTON (Reuters) - Scientists unveiled a map on Monday."
    assert _credits(text) == []
    credits = newsdoc.parse(text).attributions
    assert [(c.kind, c.raw) for c in credits if c.kind == "wire"] in (
        [],
        [("wire", "WASHINGTON (Reuters) -")],
    )
    assert all(c.raw != "(Reuters)" for c in credits)


def test_credits_inside_claimed_text_are_skipped() -> None:
    text = "Intro.\n\nQuoted post (AP Photo/Ilse Quist)\n\nThe end."
    start = text.index("Quoted")
    end = text.index("\n\nThe end")
    claim = newsdoc.Span(start=start, end=end) if hasattr(newsdoc, "Span") else None
    assert claim is not None
    assert list(CreditParser().parse(Document(text, claims=[claim]))) == []
    assert len(_credits(text)) == 1


def test_seed_document_gives_its_two_credits() -> None:
    text = (SEEDS / "000_2e2d49f80a362eee.txt").read_text(encoding="utf-8")
    credits = newsdoc.parse(text).attributions
    assert _summary(list(credits)) == [
        ("wire", "(With ANI input)", [A("ANI")]),
        ("image", "(Image: ANI/AP)", [A("ANI"), A("AP")]),
    ]


def test_user_agencies_extend_the_lexicon() -> None:
    options = ParseOptions(agencies={"HWN": "Harbour Wire"})
    text = "The vote passed. (HWN)"
    assert _credits(text) == []
    assert _summary(_credits(text, options)) == [("wire", "(HWN)", [("Harbour Wire", "agency")])]


def test_crlf_and_offsets() -> None:
    text = "Line one.\r\n\r\n(With PTI inputs)\r\n"
    (credit,) = _credits(text)
    assert credit.raw == "(With PTI inputs)"
    assert text[credit.span.start : credit.span.end] == credit.raw
    assert credit.parties == (Party(name="PTI", kind="agency"),)


def test_adversarial_input_is_fast_and_safe() -> None:
    nasty = "(" + "Photo: " * 2000 + "a/" * 3000 + " by " * 2000 + "(With " * 1000
    article = newsdoc.parse(nasty + "\n" + "A/B " * 5000)
    check_invariants(article)


@given(credit_samples())
def test_synthetic_articles_give_exactly_their_credits(sample: Sample) -> None:
    assert tuple(_credits(sample.text)) == sample.items


@given(credit_samples())
def test_synthetic_articles_end_to_end(sample: Sample) -> None:
    article = newsdoc.parse(sample.text)
    check_invariants(article)
    assert {item.span for item in article.attributions} >= {
        item.span for item in sample.items if isinstance(item, Attribution)
    }


@given(credit_samples())
def test_a_prefix_shifts_every_credit(sample: Sample) -> None:
    prefix = "The council met again.\n\n"
    shifted = _credits(prefix + sample.text)
    assert [(c.kind, c.raw, c.span.start - len(prefix)) for c in shifted] == [
        (c.kind, c.raw, c.span.start) for c in sample.items if isinstance(c, Attribution)
    ]


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Enlarge this image toggle caption Jo Park/AP Jo Park/AP", [P("Jo Park"), A("AP")]),
        ("Credit: Northport University Credit: Northport University", [O("Northport University")]),
    ],
)
def test_a_credit_printed_twice_by_a_photo_widget_gives_two_credits(
    line: str, parties: list[tuple[str, str]]
) -> None:
    text = f"The pier was shut.\n\n{line}"
    found = _summary(_credits(text))
    copy = line[len(line) // 2 + 1 :] if line.startswith("Credit") else "Jo Park/AP"
    assert found == [("photo", copy, parties), ("photo", copy, parties)]
    first, second = (item.span.start for item in _credits(text))
    assert second > first


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # a byline run into the date header after the standfirst
        (
            (
                "Harbour repairs begin. The pier will reopen in spring, officials say. Jo Park "
                "Updated Nov 3, 2031 | 10:12 AM IST\n\nThe council met."
            ),
            "Jo Park",
        ),
        ("Harbour repairs begin\n\nJo Park Updated Nov 3, 2031\n\nThe council met.", "Jo Park"),
        # a bar between the name and the date
        ("Harbour repairs begin\n\nJo Park | Updated: Nov 3, 2031\n\nThe council met.", "Jo Park"),
        # the first line's title-case words before the date are its headline
        ("Harbour Repairs Begin Updated Nov 3, 2031\n\nThe council met.", None),
        ("The pier will reopen. Monday Updated Nov 3, 2031\n\nThe council met.", None),
    ],
)
def test_a_name_run_into_the_date_header_is_the_writer(text: str, writer: str | None) -> None:
    article = newsdoc.parse(text)
    assert article.date_header is not None
    credits = [(c.kind, c.raw) for c in article.attributions]
    assert credits == ([("writing", writer)] if writer else [])


def test_an_agency_run_into_the_date_header_wires_the_story() -> None:
    article = newsdoc.parse(
        "Harbour repairs begin\n\nPTI | Updated: Nov 3, 2031\n\nThe council met."
    )
    assert article.date_header is not None
    assert [(c.kind, c.raw, [p.name for p in c.parties]) for c in article.attributions] == [
        ("wire", "PTI", ["PTI"])
    ]


def test_each_line_of_widget_credits_gives_its_own_two_credits() -> None:
    # the duplicate check looks at the line's own credits only
    line = "Enlarge this image toggle caption Jo Park/AP Jo Park/AP\n"
    found = _credits("The pier was shut.\n\n" + line * 12)
    assert len(found) == 24
    assert [item.raw for item in found] == ["Jo Park/AP"] * 24
    assert len({item.span.start for item in found}) == 24


@pytest.mark.parametrize(
    ("unit", "names"),
    [("(Image: Acme/Wire) ", ["Acme", "Wire"]), ("(With Acme inputs)\n", ["Acme"])],
)
def test_a_repeated_credit_shares_its_parties(unit: str, names: list[str]) -> None:
    # one tuple of parties per list of names: repeated credits take no more memory each
    found = _credits("The pier was shut.\n\n" + unit * 5)
    assert len(found) == 5
    assert all(item.parties is found[0].parties for item in found)
    assert [party.name for party in found[0].parties] == names
