"""Byte-order marks and strict decoding, shared by text and HTML input."""

from __future__ import annotations

import codecs

from newsdoc.errors import InputDecodeError

__all__ = ["decode_strictly", "split_bom", "text_codec"]

# UTF-32 first: its little-endian mark begins with UTF-16's
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def split_bom(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark at the start of ``data`` names, and the mark's length."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def text_codec(name: str) -> str:
    """The canonical name of the text encoding ``name``, or ``LookupError`` for a name
    Python does not know or a codec that is not a text encoding (``rot13``, ``base64``,
    ``zlib``)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise LookupError(f"unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError(f"{name!r} is not a text encoding")
    return info.name


def decode_strictly(
    data: bytes,
    encoding: str,
    skipped: int,
    source: str | None,
    what: str,
    hint: str | None = None,
) -> str:
    """``data`` decoded as ``encoding``, or :class:`~newsdoc.errors.InputDecodeError`
    naming the first undecodable byte (``skipped`` bytes, a mark, came before ``data``);
    the message reads ``cannot decode {what}: …``, then ``; {hint}`` when given."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputDecodeError(
            f"cannot decode {what}: {error.reason}",
            offset=skipped + error.start,
            source=source,
            hint=hint,
        ) from None
