"""The index cache: a readable folder per corpus content + settings, written atomically.

The key covers the corpus bytes, the tokeniser and BM25 settings and the format version, so a
changed file, another corpus or an older format simply misses; a folder that fails to load is
reported, removed and rebuilt. Nothing is unpickled: JSON for the passages, .npz for the matrix.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .errors import CacheError
from .index import BM25Index
from .models import Article, Document, Passage

FORMAT_VERSION = 4


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("qa", appauthor=False)) / "index"


def cache_key(fingerprint: str, settings_key: str) -> str:
    raw = f"qa-index-v{FORMAT_VERSION}\n{fingerprint}\n{settings_key}"
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
    return target


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
        return documents, passages, index, words, article_index
    except CacheError:
        raise
    except Exception as exc:  # any damage: truncated JSON, bad npz, missing file …
        raise CacheError(f"cache {target} is corrupt ({type(exc).__name__}: {exc})") from exc


def discard(folder: Path, key: str) -> None:
    shutil.rmtree(folder / key, ignore_errors=True)
