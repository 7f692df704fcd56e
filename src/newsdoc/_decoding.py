"""Byte-order marks and strict decoding, shared by text and HTML input."""

from __future__ import annotations

import codecs

from newsdoc.errors import InputDecodeError

__all__ = ["decode_strictly", "split_bom"]

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


def decode_strictly(data: bytes, encoding: str, skipped: int, source: str | None, what: str) -> str:
    """``data`` decoded as ``encoding``, or :class:`~newsdoc.errors.InputDecodeError`
    naming the first undecodable byte (``skipped`` bytes, a mark, came before ``data``);
    the message reads ``cannot decode {what}: …``."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputDecodeError(
            f"cannot decode {what}: {error.reason}",
            offset=skipped + error.start,
            source=source,
        ) from None
