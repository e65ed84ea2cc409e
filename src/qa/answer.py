"""Retriever: the engine's public face (being written; see docs/ENGINE-API.md for the contract)."""

from __future__ import annotations

# The full API is documented in docs/ENGINE-API.md. Implementation lands shortly.
