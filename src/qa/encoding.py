"""Bytes → text: which encoding a Chinese text file is in.

Most files are UTF-8 (or carry a BOM), and GBK/GB18030 is the next most common: both are tried
first, in C, as before. Only what is left — Big5, UTF-16 without a BOM, a file that is valid in
both GB18030 and Big5 — is read each of those ways, and the reading with the most common Chinese
characters wins (charset-normalizer is asked when no strict reading is clean). A reading counts
only when it is plainly Chinese: ASCII read as UTF-16 comes out as Han characters too (`ll` is
U+6C6C 汬), but not as the common ones.
"""

from __future__ import annotations

import codecs

# The hundred most frequent Chinese characters (charset-normalizer's list) and the Traditional
# forms of those that differ: real text has a third or more of its Han characters among them,
# bytes decoded in the wrong encoding about one in a hundred.
COMMON_HAN = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
    "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实"
    "這個們來爲為國說時會對於過發後裏裡種經麼學現當沒動還進樣開從實"
)
MIN_COMMON_SHARE = 0.1
SAMPLE_CHARS = 4000
# What charset-normalizer may choose from: Big5 as Windows writes it (cp950) or with the Hong
# Kong additions, and UTF-16 either way round. GB18030 is there to be compared with Big5.
CANDIDATES = ["gb18030", "cp950", "big5hkscs", "utf_16_le", "utf_16_be"]
STRICT_CANDIDATES = ("cp950", "big5hkscs", "utf-16-le", "utf-16-be")


def decode_bytes(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 (a superset of GBK/GB2312), then
    Big5 or UTF-16 without a BOM as detected.

    Returns None for data that is binary or reads as Chinese in none of them.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    gb = None
    if b"\x00" not in data[:8192]:
        text = _strict(data, "utf-8")
        if text is not None:
            return text
        gb = _strict(data, "gb18030")
        if gb is not None and _plausible(gb) and not _could_be_big5(data, gb):
            return gb
    detected = _detect(data)
    if detected is not None and (gb is None or common_share(detected) > common_share(gb)):
        return detected
    # GB18030 decodes almost any byte string; Latin-1 or binary data comes out as rare symbols
    # and unassigned code points rather than common Han characters and punctuation.
    return gb if gb is not None and _plausible(gb) else None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _could_be_big5(data: bytes, gb: str) -> bool:
    """GB2312's common characters sit where Big5 has characters too: ask only when the GB18030
    reading is unconvincing and the opening bytes are valid Big5 as well."""
    if common_share(gb) >= MIN_COMMON_SHARE:
        return False
    try:
        codecs.getincrementaldecoder("cp950")().decode(data[: SAMPLE_CHARS * 2], final=False)
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str | None:
    """The reading that looks most like Chinese: Big5 and UTF-16 either way round, decoded strictly
    and compared by their share of common characters; charset-normalizer (among `CANDIDATES`)
    only when none of them is clean."""
    readings = [text for encoding in STRICT_CANDIDATES if (text := _strict(data, encoding)) is not None]
    chinese = [text for text in readings if _plausible(text) and common_share(text) >= MIN_COMMON_SHARE]
    if not chinese:
        from charset_normalizer import from_bytes  # imported here: most corpora never need it

        best = from_bytes(data, cp_isolation=CANDIDATES).best()
        text = str(best) if best is not None else ""
        chinese = [text] if text and _plausible(text) and common_share(text) >= MIN_COMMON_SHARE else []
    return max(chinese, key=common_share, default=None)


def common_share(text: str) -> float:
    """Of the Han characters in the text's opening, the share among the most common ones."""
    sample = text[:SAMPLE_CHARS]
    han = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    return sum(c in COMMON_HAN for c in han) / len(han) if han else 0.0


def _plausible(text: str) -> bool:
    sample = text[:SAMPLE_CHARS]
    good = sum(1 for c in sample if c.isspace() or c.isascii() or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
               or "\uff00" <= c <= "\uffef" or c in "“”‘’…—·")
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    return good / max(len(sample), 1) > 0.9 and han > 0
