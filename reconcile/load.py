"""Read a version of a story from a path or standard input and decode it to text."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from reconcile.errors import InputError
from reconcile.model import Source

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_bytes(path: str) -> bytes:
    """Return the raw bytes of ``path``, or of standard input when ``path`` is ``-``."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a text file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode ``data`` to text with the byte-order mark removed.

    Without ``encoding`` the bytes must be UTF-8, unless a UTF-16/32 byte-order mark says
    otherwise. NUL bytes outside such an encoding mean binary content and are refused.
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        bom_encoding = None
        body = data
    else:
        bom_encoding, body = _strip_bom(data)
        encoding = bom_encoding or "utf-8"
    if (
        bom_encoding in (None, "utf-8")
        and encoding.replace("_", "-").lower()
        in (
            "utf-8",
            "utf8",
        )
        and b"\x00" in body
    ):
        offset = body.index(b"\x00")
        raise InputError(f"{path}: binary content (NUL byte at offset {offset}), not text")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        start = exc.start + (len(data) - len(body))
        raise InputError(
            f"{path}: not valid {encoding} (byte 0x{data[start]:02x} at offset {start}); "
            "pass --encoding to name the right one"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise InputError(f"{path}: binary content (NUL character), not text")
    # CR and CRLF stay as they are: offsets must slice the text a reader decodes themselves,
    # so the segmenter treats every newline convention as a line break instead.
    return text


def _strip_bom(data: bytes) -> tuple[str | None, bytes]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, data[len(bom) :]
    return None, data


def load(path: str, *, encoding: str | None = None) -> Source:
    """Read and decode the version at ``path`` (``-`` for standard input)."""
    data = read_bytes(path)
    name = "<stdin>" if path == "-" else path
    return Source(path=name, text=decode(data, name, encoding))
