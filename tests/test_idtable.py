"""The numpy hash table behind pair lookups answers like a dict, through collisions and growth."""

from __future__ import annotations

import numpy as np

from qa.idtable import IdTable


def test_lookups_equal_a_dict_through_collisions_and_growth():
    rng = np.random.default_rng(5)
    table, reference = IdTable(bits=2), {}
    for size in (0, 1, 3, 50, 1000, 20_000):  # a 4-slot table has to grow many times
        keys = np.unique(rng.integers(0, 1 << 42, size + 10))
        keys = np.array([k for k in keys.tolist() if k not in reference][:size], dtype=np.int64)
        ids = np.arange(len(reference), len(reference) + len(keys), dtype=np.int32)
        table.add(keys, ids)
        reference.update(zip(keys.tolist(), ids.tolist(), strict=True))
        assert len(table) == len(reference)
        probe = np.concatenate((np.fromiter(reference, dtype=np.int64, count=len(reference)),
                                rng.integers(0, 1 << 42, 500), np.zeros(0, np.int64)))
        expected = [reference.get(k, -1) for k in probe.tolist()]
        got = table.get(probe)
        assert got.dtype == np.int32 and got.tolist() == expected


def test_keys_that_share_a_slot_are_all_found():
    table = IdTable(bits=4)
    keys = np.arange(0, 7, dtype=np.int64) << 60  # multiplied by the odd constant, still close in the top bits
    table.add(keys, np.arange(7, dtype=np.int32))
    assert table.get(keys).tolist() == list(range(7))
    assert table.get(np.array([1, 2, 3], dtype=np.int64)).tolist() == [-1, -1, -1]
    assert table.get(np.zeros(0, dtype=np.int64)).tolist() == []
