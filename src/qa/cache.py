"""The index cache: a readable folder per corpus content + settings, written atomically.

The key covers the corpus bytes, the tokeniser and BM25 settings, the engine's source and the
format version, so a changed file, another corpus or another engine simply misses; a folder that
fails to load is reported, removed and rebuilt; only the most recently used indexes are kept.
Nothing is unpickled: JSON for the passages, .npz for the matrix.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import CacheError
from .index import BM25Index
from .models import Article, Document, Passage

FORMAT_VERSION = 4
KEEP_INDEXES = 8


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("qa", appauthor=False)) / "index"


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """Hash of the engine's own source: a change to cleaning or tokenising must not be served an
    index an older engine built (the format version alone is only bumped by hand)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(fingerprint: str, settings_key: str) -> str:
    raw = f"qa-index-v{FORMAT_VERSION}\n{engine_fingerprint()}\n{fingerprint}\n{settings_key}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _document_to_json(document: Document) -> dict[str, Any]:
    data = asdict(document)
    data["articles"] = [asdict(a) for a in document.articles]
    return data


def _document_from_json(data: dict[str, Any]) -> Document:
    articles = tuple(Article(**{**a, "reporters": tuple(a["reporters"]), "sections": tuple(a["sections"])})
                     for a in data.pop("articles"))
    return Document(**{**data, "authors": tuple(data["authors"]), "articles": articles})


def _passage_from_json(data: dict[str, Any]) -> Passage:
    return Passage(**{**data, "sentences": tuple(tuple(s) for s in data["sentences"])})


def save(folder: Path, key: str, documents: list[Document], passages: list[Passage],
         index: BM25Index, words: list[str], article_index: BM25Index) -> Path:
    """Write to a temporary sibling folder, then rename it into place: readers never see half a cache."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / key
    tmp = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=folder))
    try:
        (tmp / "documents.json").write_text(
            json.dumps([_document_to_json(d) for d in documents], ensure_ascii=False), encoding="utf-8")
        (tmp / "passages.json").write_text(
            json.dumps([asdict(p) for p in passages], ensure_ascii=False), encoding="utf-8")
        (tmp / "words.json").write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
        index.save(tmp)
        (tmp / "articles").mkdir()
        article_index.save(tmp / "articles")
        manifest = {"format": FORMAT_VERSION, "key": key, "documents": len(documents), "passages": len(passages)}
        (tmp / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target, ignore_errors=True)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    prune(folder, keep={key})
    return target


def prune(folder: Path, keep: set[str], limit: int = KEEP_INDEXES) -> None:
    """Remove all but the `limit` most recently used indexes: every edited corpus or upgraded
    engine leaves an index behind that nothing will ask for again."""
    entries = [p for p in folder.iterdir() if p.is_dir() and (p / "manifest.json").exists()]
    entries.sort(key=lambda p: (p.name in keep, (p / "manifest.json").stat().st_mtime), reverse=True)
    for stale in entries[limit:]:
        shutil.rmtree(stale, ignore_errors=True)


def load(folder: Path, key: str) -> tuple[list[Document], list[Passage], BM25Index, list[str], BM25Index] | None:
    """The cached corpus, None when there is none; CacheError when one exists but is unusable."""
    target = folder / key
    if not target.is_dir():
        return None
    try:
        manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT_VERSION or manifest.get("key") != key:
            raise CacheError(f"cache {target} is from another format or corpus")
        documents = [_document_from_json(d) for d in json.loads((target / "documents.json").read_text("utf-8"))]
        passages = [_passage_from_json(p) for p in json.loads((target / "passages.json").read_text("utf-8"))]
        words = json.loads((target / "words.json").read_text(encoding="utf-8"))
        index = BM25Index.load(target)
        article_index = BM25Index.load(target / "articles")
        if index.n_docs != len(passages) or manifest.get("passages") != len(passages):
            raise CacheError(f"cache {target} is truncated: passage counts disagree")
        with contextlib.suppress(OSError):  # marks it recently used, for prune(); a read-only cache is fine
            os.utime(target / "manifest.json")
        return documents, passages, index, words, article_index
    except CacheError:
        raise
    except Exception as exc:  # any damage: truncated JSON, bad npz, missing file …
        raise CacheError(f"cache {target} is corrupt ({type(exc).__name__}: {exc})") from exc


def discard(folder: Path, key: str) -> None:
    shutil.rmtree(folder / key, ignore_errors=True)
