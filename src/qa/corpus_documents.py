"""A corpus's files → its raw documents, in order, each read by the reader its type names.

Where a file's reading is `loading.py` (and a BEIR corpus.jsonl's, `read_beir.py`), this decides
which reader each file gets, gives each its document id, and names the file types qa cannot read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .corpus_paths import doc_ids, is_beir, path_doc_id
from .errors import EmptyCorpus
from .loading import BINARY_SUFFIXES, DEFERRED, SUPPORTED_SUFFIXES, RawDocument, Warn, read_document
from .read_beir import iter_beir
from .sanitize import shown

__all__ = ["iter_documents", "load_documents", "load_file"]

# What to do instead, for the unsupported types people try most.
_INSTEAD = {".doc": "save it as .docx", ".wps": "save it as .docx", ".rtf": "save it as .docx",
            ".jsonl": "a BEIR corpus.jsonl is read when it is the corpus path itself"}


def load_file(path: Path, root: Path, warn: Warn, doc_id: str | None = None) -> RawDocument | None:
    """One file → a raw document, read by the reader its suffix names; an unsupported type is
    named in a warning (`unsupported …`), never passed over in silence. `doc_id` as `doc_ids`
    gave it (else its path without suffix)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        instead = f" ({_INSTEAD[suffix]})" if suffix in _INSTEAD else ""
        warn(f"skipped {shown(path)}: unsupported file type {suffix}{instead}")
        return None
    return read_document(path, doc_id or path_doc_id(path, root), warn)


def iter_documents(root: Path, files: list[Path], warn: Warn, *, defer: bool = False) -> Iterator[RawDocument]:
    """The corpus's documents as they are read (the build structures the first while it reads
    the rest); nothing is raised for an empty corpus, unlike `load_documents`.

    `defer`: PDF and Word files come as `deferred` placeholders (path and id only), for the
    build's workers to read (`read_deferred`): parsing a PDF costs far more than cleaning its
    text, and would otherwise run on one core while the others wait.
    """
    ids = doc_ids(root, [file for file in files if not (is_beir(file) and len(files) == 1)])
    for file in files:
        if is_beir(file) and len(files) == 1:
            yield from iter_beir(file, warn)
            continue
        if defer and file.suffix.lower() in BINARY_SUFFIXES:
            doc: RawDocument | None = RawDocument(ids[file], "", str(file), kind=DEFERRED)
        else:
            doc = load_file(file, root, warn, ids[file])
        if doc is not None:
            yield doc


def load_documents(root: Path, files: list[Path], warn: Warn) -> list[RawDocument]:
    docs = list(iter_documents(root, files, warn))
    if not docs:
        raise EmptyCorpus(f"no readable document in {root}")
    return docs
