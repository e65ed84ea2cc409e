"""A parallel build killed (SIGKILL) or stopped (SIGTERM) leaves no worker alive."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# A build with two forked workers that never finish their first block: the test, not the corpus
# size, decides when the parent dies.
SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from qa import build
    from qa.config import Settings
    from qa.params import ARTICLE_PARAMS

    def stuck(state, raws):
        time.sleep(600)

    build.structure_block = stuck
    corpus = Path(sys.argv[1])
    files = sorted(corpus.glob("*.txt"))
    build.build_corpus(corpus, files, Settings(build_workers=2), article_params=ARTICLE_PARAMS,
                       note=print, min_parallel_chars=0, block_sizes=(1, 64))
""")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parallel builds are Linux-only")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm"])
def test_workers_die_with_their_parent(tmp_path, how):
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text("北京是中国的首都。" * 20, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        assert _wait(lambda: len(_children(parent.pid)) >= 2, 60), "the build never started its workers"
        workers = _children(parent.pid)
        time.sleep(0.5)  # let the workers run their initialiser
        os.kill(parent.pid, how)
        parent.wait(timeout=30)
        assert _wait(lambda: not any(_alive(w) for w in workers), 10), [w for w in workers if _alive(w)]
    finally:
        for pid in {parent.pid, *workers, *_children(parent.pid)}:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        parent.wait(timeout=10)
    if how == signal.SIGTERM:
        assert parent.returncode == 128 + signal.SIGTERM  # the handler ran: clean-up code did too
