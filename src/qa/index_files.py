"""An index folder: one .npy file an array, the settings and shape as JSON; no pickle.

Loading maps the arrays rather than reading them, so a cache opens in the time it takes to read
its vocabulary; what a map cannot check lazily (lengths, order, ranges, finite values) is checked
here, once, and reported as ValueError.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from .index import BM25Index, BM25Params, Columns
from .terms import TermTable, save_terms

# The arrays of an index folder, each its own .npy file so that loading maps them (np.load of an
# .npz reads every array out of the zip, CRC-checked and copied: 1.6 s of a 100k-passage load).
ARRAYS = ("data", "indices", "indptr", "idf", "base")


def save_index(index: BM25Index, folder: Path, *, vocab: bool = True) -> None:
    """Write the arrays (one .npy each), the settings and shape (and the vocabulary unless
    another index shares it)."""
    for name in ARRAYS:
        np.save(folder / f"bm25.{name}.npy", np.ascontiguousarray(getattr(index, name)), allow_pickle=False)
    if vocab:
        save_terms(folder, index.vocab)
    header = {"params": index.params.__dict__, "shape": list(index.shape), "nnz": int(len(index.data))}
    (folder / "bm25.json").write_text(json.dumps(header), encoding="utf-8")


def load_index(folder: Path, vocab: Mapping[str, int] | None = None) -> BM25Index:
    """Map an index folder's arrays; `vocab` is the shared vocabulary when the folder holds none.

    Mapping reads nothing until a query touches a column, so every array's length is checked
    against the header here (a truncated .npy fails to map), and ValueError says what is wrong.
    """
    header = json.loads((folder / "bm25.json").read_text(encoding="utf-8"))
    params = BM25Params(**header["params"])
    n, width = (int(x) for x in header["shape"])
    nnz = int(header["nnz"])
    # Plain views of the maps: slicing an np.memmap runs Python code (its __array_finalize__) per slice.
    arrays = {name: np.load(folder / f"bm25.{name}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
              for name in ARRAYS}
    expected = {"data": nnz, "indices": nnz, "indptr": width + 1, "idf": width, "base": width}
    for name, length in expected.items():
        if arrays[name].shape != (length,):
            raise ValueError(f"bm25.{name}.npy holds {arrays[name].shape} values, not ({length},)")
    indptr = arrays["indptr"]
    if int(indptr[0]) != 0 or int(indptr[-1]) != nnz or (np.diff(indptr) < 0).any():
        raise ValueError("bm25.indptr.npy does not span the matrix in order")
    # A row out of range would be an IndexError on every question, a NaN an empty answer.
    # Each check is one pass, no copy (min and max carry a NaN through).
    indices, data = arrays["indices"], arrays["data"]
    if nnz and (int(indices.min()) < 0 or int(indices.max()) >= n):
        raise ValueError("bm25.indices.npy points outside the matrix")
    if not all(np.isfinite(values.min()) and np.isfinite(values.max())
               for values in (data, arrays["idf"], arrays["base"]) if len(values)):
        raise ValueError("the index holds a value that is not a finite number")
    if vocab is None:
        vocab = TermTable.load(folder, width)
    if len(vocab) != width:
        raise ValueError("index files disagree on the vocabulary size")
    columns = Columns(indptr, arrays["indices"], arrays["data"], (n, width))
    return BM25Index(columns, vocab, arrays["idf"], arrays["base"], params)
