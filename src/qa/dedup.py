"""Near-duplicate linking across documents, fast enough for 100k passages.

Two copies of an article rarely split into the same passages (000 lost its quotes and digits, so
its sentences end elsewhere), and they differ in a few words (000 has 治村规约 where 001 has
治村规划). So passages are compared by their clauses: the Han characters between two commas,
folded to Simplified, which survive the loss of digits and quotation marks. A passage most of
whose clauses stand in another document is a copy, linked to the passage it shares most with.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np

from .text import HAN_CHARS, fold_for_index

# Clauses end at these marks; the enumeration comma (、) is read both ways (`clauses_of_folded`).
_CLAUSE_SPLIT_RE = re.compile(r"[，,。！？!?；;：:、\s]+")
_LIST_SPLIT_RE = re.compile(r"[，,。！？!?；;：:\s]+")  # the same, 、 joining the items it lists
_NON_HAN_NON_BREAK_RE = re.compile(rf"[^{HAN_CHARS}，,。！？!?；;：:、\s]+")
MIN_CLAUSE_CHARS = 6
MIN_CONTAINMENT = 0.5
MAX_CLAUSE_PASSAGES = 20  # a clause found in more passages is boilerplate, not evidence
LINK_BLOCK = 16384  # passages whose twin is sought at once (bounds the pair matrix in memory)


_MARK_RE = re.compile(r"[^\w\s]|\d")


def clauses(text: str) -> set[str]:
    """Han-only, Simplified keys of the passage's clauses (whole-text conversion: one OpenCC call)."""
    return clauses_of_folded(fold_for_index(text))


def clauses_of_folded(folded: str) -> set[str]:
    """`clauses` of text already through `fold_for_index` (the build folds each passage once).

    The characters that are neither Han nor a clause break are dropped from the whole text first,
    then it is split: one `sub` instead of one per clause. A clause of no Han characters vanishes
    either way (its breaks merge), and every other clause keeps exactly its Han characters.
    A list's items are keys (省党代表、人大代表 in the original), and so is the whole list with its 、
    dropped: a copy stripped of its marks writes 礼义仁智信 where the original lists 礼、义、仁、智、信,
    and an item cut at each 、 stands in neither. Both ways, a list two pages of one template differ
    in (分布于尼泊尔、朝鲜… against 分布于匈牙利、印度…) weighs as several clauses they do not share,
    not one beside their shared 为菊科蒿属的植物.
    """
    kept = _NON_HAN_NON_BREAK_RE.sub("", folded)
    keys = {key for key in _CLAUSE_SPLIT_RE.split(kept) if len(key) >= MIN_CLAUSE_CHARS}
    if "、" in kept:
        keys.update(key.replace("、", "") for key in _LIST_SPLIT_RE.split(kept)
                    if len(key) - key.count("、") >= MIN_CLAUSE_CHARS)
    return keys


@cache
def _bmp_marks() -> np.ndarray:
    """Which of the 65,536 BMP code points `_MARK_RE` matches: one regex pass, on first use."""
    table = np.zeros(0x10000, dtype=bool)
    table[[match.start() for match in _MARK_RE.finditer("".join(map(chr, range(0x10000))))]] = True
    return table


def form_scores(texts: list[str]) -> list[float]:
    """Each text's share of punctuation and digits (`_MARK_RE`): of two copies, the one that kept
    them is the better-formed one. Scored a block of documents at once (the build's 1000).

    `_MARK_RE` matches one character at a time and looks at nothing around it, so a table of the
    code points it matches, looked up for all the texts' characters in one array, counts the same
    marks as a `findall` per text (~6× faster at 10k documents).
    """
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    marks = _bmp_marks()[np.minimum(codes, 0xFFFF)]
    for i in np.flatnonzero(codes > 0xFFFF).tolist():  # emoji and rare Han: by the regex itself
        marks[i] = _MARK_RE.match(chr(codes[i])) is not None
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    ends = np.cumsum(lengths)
    total = np.concatenate(([0], np.cumsum(marks, dtype=np.int64)))
    counts = (total[ends] - total[ends - lengths]).tolist()
    return [count / length if length else 0.0 for count, length in zip(counts, lengths.tolist(), strict=True)]


def clause_keys(folded: str) -> list[int]:
    """`clauses_of_folded` as integers, so the build moves and compares 8 bytes a clause, not a str.

    Python's str hash is the same in this process and in the workers it forks (they inherit its
    secret); two different clauses sharing a 64-bit hash is a chance of about 1 in 10^10 at 100k passages.
    """
    return [hash(key) for key in clauses_of_folded(folded)]


# Numbers as they are written: digits (after NFKC, so full-width digits too) and Chinese numerals.
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?")
_NUMERALS = "零〇一二三四五六七八九十百千万亿两兩萬億"
_NUMERALS_RE = re.compile(f"[{_NUMERALS}]+")
_SKELETON_DROP_RE = re.compile(rf"[^{HAN_CHARS}]|[{_NUMERALS}]")
Signature = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]


def numeric_signature(folded: str) -> Signature:
    """Each clause that holds a number, by its wording without the numbers (its skeleton), mapped
    to its digit runs and its Chinese-numeral runs: `2021年7月` → {"年月": (("2021", "7"), ())},
    `同比增长百分之五` → {"同比增长分之": ((), ("百", "五"))}. Text already through `fold_for_index`."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for clause in _CLAUSE_SPLIT_RE.split(folded):
        digits, numerals = _DIGITS_RE.findall(clause), _NUMERALS_RE.findall(clause)
        skeleton = _SKELETON_DROP_RE.sub("", clause)
        if (digits or numerals) and skeleton:
            have = found.setdefault(skeleton, ([], []))
            have[0].extend(digits)
            have[1].extend(numerals)
    return {key: (tuple(sorted(d)), tuple(sorted(n))) for key, (d, n) in found.items()}


def numbers_conflict(a: str, b: str) -> bool:
    """Do two passages (folded) say different numbers in the same words? `2021年7月…3000个` and
    `2021年8月…5000个` do: they are two reports, not two copies of one. Only numbers present on
    both sides count: 000 lost its digits, and a copy without them disagrees with nothing."""
    mine, theirs = numeric_signature(a), numeric_signature(b)
    for skeleton in mine.keys() & theirs.keys():
        (digits_a, numerals_a), (digits_b, numerals_b) = mine[skeleton], theirs[skeleton]
        if numerals_a != numerals_b or (digits_a and digits_b and digits_a != digits_b):
            return True
    return False


def find_copies(doc_of: Sequence[str], score: Mapping[str, float], keys: np.ndarray,
                sizes: np.ndarray) -> dict[int, int]:
    """Copied passage → its canonical twin (by position), given each passage's document and clauses.

    `keys` holds every passage's `clause_keys`, one passage after another, `sizes[i]` of them for
    passage i. A passage with at least two clauses is a copy when at least half of them stand in
    one other document (the one holding most of them, ties to the smaller doc id); it links to that
    document's passage sharing most clauses with it (ties to the earlier passage), provided that
    document is the better-formed one (`form_scores`, then the smaller id: a strict order, so two
    copies never point at each other). A clause found in more than MAX_CLAUSE_PASSAGES passages
    is boilerplate and counts for nothing.

    Counting shared clauses is two sparse products (passage × clause times clause × document, and
    passage × clause times its transpose), so 11 M passage pairs at 100k cost C time, not Python's.
    """
    n = len(doc_of)
    names = sorted(set(doc_of))  # column order is doc-id order, so "first column" breaks ties
    column = {name: i for i, name in enumerate(names)}
    doc = np.fromiter(map(column.__getitem__, doc_of), dtype=np.int64, count=n)
    form = np.array([score[name] for name in names], dtype=np.float64)
    sizes = np.asarray(sizes, dtype=np.int64)
    has = _clause_matrix(keys, sizes, n)
    if has is None:
        return {}
    rows, best_doc = _copying_rows(has, doc, sizes, len(names))
    return _unchained(_twins(has, rows, best_doc, doc, form))


def _clause_matrix(keys: np.ndarray, sizes: np.ndarray, n: int) -> Any:
    """Passage × clause (sparse, CSR), the clauses that are evidence only: found in at least two
    passages and at most MAX_CLAUSE_PASSAGES. None when no clause is."""
    _, clause = np.unique(np.asarray(keys, dtype=np.int64), return_inverse=True)
    owner = np.repeat(np.arange(n, dtype=np.int64), sizes)
    postings = np.bincount(clause)[clause] if len(clause) else clause
    evidence = (postings >= 2) & (postings <= MAX_CLAUSE_PASSAGES)  # a clause only one passage has links nothing
    if not evidence.any():
        return None
    from scipy import sparse  # only a build links copies: answering from a cache imports no scipy

    owner, clause = owner[evidence], clause[evidence]
    return sparse.csr_matrix((np.ones(len(owner), np.int32), (owner, clause)), shape=(n, int(clause.max()) + 1))


def _copying_rows(has: Any, doc: np.ndarray, sizes: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """The passages that are copies, and per passage the other document holding most of its
    clauses (-1 where it is no copy): at least MIN_CONTAINMENT of them, and two clauses at least."""
    from scipy import sparse

    n = has.shape[0]
    in_doc = sparse.csr_matrix((np.ones(n, np.int32), (np.arange(n), doc)), shape=(n, width))
    clause_in = (has.T @ in_doc).tocsr()
    clause_in.data[:] = 1
    found = (has @ clause_in).tocoo()  # rows come out in order
    row, col, count = found.row.astype(np.int64), found.col.astype(np.int64), found.data.astype(np.int64)
    keep = (col != doc[row]) & (sizes[row] >= 2)
    row, count, col = _row_best(row[keep], count[keep], col[keep], width)
    copy = count >= MIN_CONTAINMENT * sizes[row]
    rows, target_doc = row[copy], col[copy]
    best_doc = np.full(n, -1, dtype=np.int64)
    best_doc[rows] = target_doc
    return rows, best_doc


def _twins(has: Any, rows: np.ndarray, best_doc: np.ndarray, doc: np.ndarray, form: np.ndarray) -> dict[int, int]:
    """Each copy → the passage of its best document sharing most clauses with it, kept only where
    that document is canonical (better formed, else the smaller id). Done LINK_BLOCK rows at a time."""
    n = has.shape[0]
    links: dict[int, int] = {}
    by_clause = has.T.tocsr()
    for lo in range(0, len(rows), LINK_BLOCK):
        part = rows[lo : lo + LINK_BLOCK]
        shared = (has[part] @ by_clause).tocoo()
        row, other, count = part[shared.row], shared.col.astype(np.int64), shared.data.astype(np.int64)
        keep = doc[other] == best_doc[row]
        row, _, other = _row_best(row[keep], count[keep], other[keep], n)
        mine, theirs = doc[row], doc[other]
        wins = (form[theirs] > form[mine]) | ((form[theirs] == form[mine]) & (theirs < mine))
        links.update(zip(row[wins].tolist(), other[wins].tolist(), strict=True))
    return links


def _unchained(links: dict[int, int]) -> dict[int, int]:
    """The links with every chain followed to its end: a canonical passage never points elsewhere."""
    for index, target in sorted(links.items()):
        seen = {index}
        while target in links and target not in seen:
            seen.add(target)
            target = links[target]
        links[index] = target
    return links


def _row_best(row: np.ndarray, count: np.ndarray, col: np.ndarray, width: int) -> tuple[np.ndarray, ...]:
    """Per row (rows sorted): the column with the highest count, ties to the smaller column."""
    if not len(row):
        return row, count, col
    value = count * width + (width - 1 - col)
    starts = np.flatnonzero(np.diff(row, prepend=-1))
    top = np.maximum.reduceat(value, starts)
    return row[starts], top // width, width - 1 - top % width


def named_apart(links: dict[int, int], doc_of: Sequence[str], titles: Sequence[str | None],
                norms: Sequence[str]) -> dict[int, int]:
    """The links, less those between two articles under different titles whose twin's article never
    names the copy's subject: two encyclopedia pages of one template share their wording (为辐鳍鱼纲鲈形目
    …的其中一个种, 为台湾日治时期行政区划) and are about different things (五丝马鲅 and 四指马鲅, 嘉义厅 and
    盐水港厅). A copy keeps its original's title (000 and 001's 解码新时代党群关系方程式), or is named in it.
    `titles` are the passages' article titles (None for a line searched by none), `norms` their folded
    texts; titles and texts are compared by their Han characters, letters and digits."""
    if not links:
        return links
    keys: dict[str | None, str] = {}  # a title's key, once per title (its folding is the costly part)
    said: dict[str, str] = {}  # an article's words, built only for the twins a differing title asks of
    passages_of: dict[str, list[int]] = {}

    def key(title: str | None) -> str:
        if title not in keys:
            keys[title] = _title_key(title)
        return keys[title]

    kept = {}
    for copy, twin in links.items():
        mine, theirs = key(titles[copy]), key(titles[twin])
        if mine and theirs and mine != theirs:
            doc = doc_of[twin]
            if doc not in said:
                if not passages_of:
                    for i, name in enumerate(doc_of):
                        passages_of.setdefault(name, []).append(i)
                said[doc] = _WORDS_ONLY.sub("", "\n".join(norms[i] for i in passages_of[doc]))
            if mine not in said[doc]:
                continue
        kept[copy] = twin
    return kept


_WORDS_ONLY = re.compile(rf"[^{HAN_CHARS}0-9a-z]+")


def _title_key(title: str | None) -> str:
    """A title as compared: folded, its Han characters, letters and digits only."""
    return _WORDS_ONLY.sub("", fold_for_index(title)) if title else ""


def copied_documents(doc_of: list[str], links: dict[int, int]) -> dict[str, str]:
    """Document → the document it copies: at least half of its passages link there (the one
    most of them link to; a tie goes to the one linked first, in passage order).

    Counted with numpy over (document, target document) pairs: a Counter per document took a
    third of a second at 100k passages, in the job that runs beside the counting.
    """
    if not links:
        return {}
    number: dict[str, int] = {}
    doc = np.fromiter((number.setdefault(name, len(number)) for name in doc_of), dtype=np.int64, count=len(doc_of))
    names, width = list(number), len(number)
    source = doc[np.fromiter(links.keys(), dtype=np.int64, count=len(links))]
    target = doc[np.fromiter(links.values(), dtype=np.int64, count=len(links))]
    pairs, first, count = np.unique(source * width + target, return_index=True, return_counts=True)
    mine, theirs = pairs // width, pairs % width
    order = np.lexsort((first, -count, mine))  # per document: most links, then linked first
    best = order[np.flatnonzero(np.diff(mine[order], prepend=-1))]
    passages = np.bincount(doc, minlength=width)
    copies = best[count[best] / passages[mine[best]] >= 0.5]
    return {names[m]: names[t] for m, t in zip(mine[copies].tolist(), theirs[copies].tolist(), strict=True)}
