"""Settings, read from the environment only at the entry points and passed in from there."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ConfigError

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
_TOKEN_RE = re.compile(r"^\d{5,12}:[A-Za-z0-9_-]{30,50}$")


@dataclass(frozen=True)
class Settings:
    """Everything tunable, with the defaults we measured to work best (see docs/EVALUATION.md)."""

    corpus: Path | None = None
    cache_dir: Path | None = None
    use_cache: bool = True
    k: int = 3
    max_question_chars: int = 500

    # Retrieval knobs (the index cache is keyed by all of them; docs/EVALUATION.md has the ablation).
    convert_script: bool = True  # OpenCC t2s on corpus and question
    segmenter: str = "rjieba"  # "rjieba" (jieba-rs, same dictionary, fast) or "jieba"
    jieba_mode: str = "search"  # "precise" or "search" (adds sub-words of long words)
    bigrams: bool = True  # add overlapping Han-character bigrams
    question_stopwords: bool = True  # drop 什么/哪些/多少/吗/呢 … from questions only
    user_dict: bool = True  # corpus-derived user dictionary (quoted terms, names)
    title_field: bool = True  # index the article title with each passage
    bm25: str = "okapi"  # rank_bm25 variant: "okapi", "plus" or "l"
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25
    # The operating point of the answerability model: answer when P(the best hit answers) is at
    # least this; 0 takes the fitted default (qa/resources/answerability.json, docs/EVALUATION.md).
    answer_threshold: float = 0.0
    build_workers: int = 0  # processes for building a large index; 0 = one per CPU core
    follow_links: bool = False  # follow symlinks that lead outside the corpus folder (QA_FOLLOW_LINKS)

    telegram_token: str | None = None
    telegram_api_base_url: str = DEFAULT_API_BASE_URL
    allowed_chat_ids: frozenset[int] = field(default_factory=frozenset)
    rate_limit_per_minute: int = 20
    flood_max_retries: int = 3
    webhook_url: str | None = None
    webhook_port: int = 8443
    log_question_text: bool = True

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number between 0 and 1, got {raw!r}") from None
    if not 0.0 <= value < 1.0:
        raise ConfigError(f"{name} must be a number between 0 and 1, got {raw!r}")
    return value


def _at_least_one(env: Mapping[str, str], name: str, default: int) -> int:
    """A count that must be positive: QA_K=0 is refused here exactly as `--k 0` is by the CLI."""
    value = _int(env, name, default)
    if value < 1:
        raise ConfigError(f"{name} must be at least 1, got {value}")
    return value


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


def parse_chat_ids(raw: str) -> frozenset[int]:
    """`ALLOWED_CHAT_IDS=12345,-100987` → frozenset; a typo is an error, never a silently open bot."""
    ids = set()
    for part in raw.replace(" ", "").split(","):
        if not part:
            continue
        try:
            ids.add(int(part))
        except ValueError:
            raise ConfigError(f"ALLOWED_CHAT_IDS must be a comma list of chat ids, got {part!r}") from None
    return frozenset(ids)


def validate_token(token: str | None) -> str:
    """Return the token if it looks like a Bot API token; the error never repeats the token itself."""
    if not token or not token.strip():
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set: put it in the environment or in .env")
    token = token.strip()
    if not _TOKEN_RE.match(token):
        raise ConfigError("TELEGRAM_BOT_TOKEN is malformed: expected <digits>:<35 letters, digits, - or _>")
    return token


def from_env(env: Mapping[str, str]) -> Settings:
    """Build Settings from a mapping (os.environ, or a dict in tests); nothing here reads globals."""
    corpus = env.get("QA_CORPUS", "").strip()
    cache_dir = env.get("QA_CACHE_DIR", "").strip()
    base_url = env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL
    return Settings(
        corpus=Path(corpus).expanduser() if corpus else None,
        cache_dir=Path(cache_dir).expanduser() if cache_dir else None,
        use_cache=not _bool(env, "QA_NO_CACHE", False),
        follow_links=_bool(env, "QA_FOLLOW_LINKS", False),
        k=_at_least_one(env, "QA_K", 3),
        max_question_chars=_at_least_one(env, "QA_MAX_QUESTION_CHARS", 500),
        answer_threshold=_float(env, "QA_ANSWER_THRESHOLD", 0.0),
        telegram_token=(env.get("TELEGRAM_BOT_TOKEN") or "").strip() or None,
        telegram_api_base_url=base_url,
        allowed_chat_ids=parse_chat_ids(env.get("ALLOWED_CHAT_IDS", "")),
        rate_limit_per_minute=_int(env, "RATE_LIMIT_PER_MINUTE", 20),
        flood_max_retries=_int(env, "FLOOD_MAX_RETRIES", 3),
        webhook_url=env.get("WEBHOOK_URL", "").strip() or None,
        webhook_port=_int(env, "WEBHOOK_PORT", 8443),
        log_question_text=_bool(env, "LOG_QUESTION_TEXT", True),
    )
