"""Documents that say other numbers in the same words are not copies; a quote comes from a
document that holds it verbatim."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from qa import Retriever
from qa.dedup import numbers_conflict
from qa.text import fold_for_index

# Each clause names the city, so a clause stands in a few reports only (not boilerplate).
TEMPLATE = ("{year}年{month}月，{city}新增就业岗位{jobs}个，同比增长百分之{rate}。"
            "{city}人社局表示，{city}第{quarter}季度将继续开展招聘活动。")
CITIES = ["杭州", "成都", "武汉", "西安", "长沙", "南京", "苏州", "郑州", "济南", "青岛", "合肥", "福州", "厦门", "南昌", "昆明", "贵阳", "南宁", "太原", "石家庄", "沈阳", "大连", "长春", "哈尔滨", "兰州", "西宁", "银川", "乌鲁木齐", "拉萨", "海口", "呼和浩特", "宁波", "温州", "无锡", "常州", "徐州", "洛阳", "宜昌", "襄阳", "株洲", "赣州", "泉州", "佛山", "东莞", "珠海", "汕头", "桂林", "柳州", "遵义", "绵阳", "宝鸡"]
DISTRICTS = ["东城", "西城", "南湖", "北塘", "新港", "高新", "经开", "滨江", "临港", "江北", "城东", "城西", "河西", "湖滨", "开元", "龙泉", "金山", "石门", "白云", "青山"]
RATES = "一二三四五六七八九十"


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def months(tmp_path_factory) -> Retriever:
    folder = _write(tmp_path_factory.mktemp("months"), {
        "july.txt": "2021年7月，本市新增就业岗位3000个，同比增长百分之五。",
        "aug.txt": "2021年8月，本市新增就业岗位5000个，同比增长百分之九。",
    })
    return Retriever.from_path(folder, use_cache=False)


def test_reports_with_other_figures_are_not_copies(months):
    assert [d.duplicate_of for d in months.documents] == [None, None]
    assert all(p.duplicate_of is None for p in months.passages)


def test_julys_figure_is_quoted_from_july(months):
    answer = months.ask("2021年7月本市新增就业岗位多少个")
    best = answer.hits[0]
    assert best.doc_id == "july" and "3000个" in best.quote and best.also_in == ()
    for hit in answer.hits:  # every quote stands verbatim in its own document
        assert hit.quote in months.document(hit.doc_id).text
        assert all(hit.quote in months.document(other).text for other in hit.also_in)


def test_a_copy_that_lost_its_digits_is_still_a_copy():
    """000 is 001 without punctuation and digits: absent numbers disagree with nothing."""
    twin = fold_for_index("2021年7月，本市新增就业岗位3000个，同比增长百分之五。")
    stripped = fold_for_index("年月，本市新增就业岗位个，同比增长百分之五。")
    assert not numbers_conflict(stripped, twin)
    assert numbers_conflict(twin, fold_for_index("2021年7月，本市新增就业岗位3000个，同比增长百分之九。"))
    assert numbers_conflict(twin, fold_for_index("２０２１年７月，本市新增就业岗位５０００个，同比增长百分之五。"))


def test_the_bundled_corpus_keeps_its_real_copy(retriever):
    rows = {row["doc_id"][:3]: row for row in retriever.sources()}
    assert rows["000"]["duplicate_of"] == rows["001"]["doc_id"]


def _templated(count: int, seed: int = 7) -> dict[str, str]:
    """`count` monthly reports, about six per place (city and district): enough that each place's
    clauses stand in a few reports, not in so many that they count as boilerplate."""
    rng = random.Random(seed)
    places = [f"{city}市{district}区" for district in DISTRICTS for city in CITIES][: max(1, count // 6)]
    files = {}
    for n in range(count):
        fields = {"year": rng.choice([2019, 2020, 2021, 2022]), "month": rng.randint(1, 12),
                  "city": rng.choice(places), "jobs": rng.randrange(1000, 90000, 100),
                  "rate": rng.choice(RATES), "quarter": rng.choice("一二三四")}
        files[f"report_{n:05d}.txt"] = "就业简报\n\n" + TEMPLATE.format(**fields)
    return files


def test_templated_reports_are_not_merged(tmp_path):
    files = _templated(300)
    retriever = Retriever.from_path(_write(tmp_path / "reports", files), use_cache=False)
    distinct = len(set(files.values()))
    marked = sum(d.duplicate_of is not None for d in retriever.documents)
    assert marked == len(files) - distinct  # only files with the very same text are copies
    for passage in retriever.passages:
        if passage.duplicate_of:
            twin = retriever.passage(passage.duplicate_of)
            assert not numbers_conflict(fold_for_index(passage.text), fold_for_index(twin.text))


def test_a_copy_with_its_digits_lost_still_collapses_into_its_original(retriever):
    hit = retriever.ask("江欣苑社区位于哪里").hits[0]
    assert hit.doc_id.startswith("001") and any(d.startswith("000") for d in hit.also_in)
    copied = [p for p in retriever.passages if p.doc_id.startswith("000")]
    assert sum(p.duplicate_of is not None for p in copied) * 2 >= len(copied)


def test_a_copy_is_not_named_beside_a_passage_whose_figures_it_contradicts(tmp_path):
    """A copy's passage may span two of the original's (it lost the stops its sentences ended on);
    the neighbour that answers better is named with it only if the copy says the same numbers."""
    original = ("东湖新区管委会介绍，东湖新区今年建成社区服务中心一座，覆盖居民两万多人，群众反映良好。\n\n"
                "东湖新区今年新增就业岗位3000个，同比增长百分之五，高校毕业生占一半以上。\n")
    copy = ("东湖新区管委会介绍，东湖新区今年建成社区服务中心一座，覆盖居民两万多人，群众反映良好，"
            "东湖新区今年新增就业岗位5000个，同比增长百分之九，高校毕业生占一半以上\n")
    folder = _write(tmp_path / "pair", {"a_original.txt": original, "b_copy.txt": copy})
    retriever = Retriever.from_path(folder, use_cache=False)
    assert retriever.passages[-1].duplicate_of is not None  # the copy's one passage is linked
    for hit in retriever.ask("东湖新区今年新增就业岗位多少个").hits:
        assert hit.quote in retriever.document(hit.doc_id).text
        if "3000" in hit.quote:
            assert hit.also_in == ()


def test_a_copy_that_lost_its_enumeration_commas_is_still_a_copy(retriever):
    """000 writes 礼义仁智信 where 001 lists 礼、义、仁、智、信: every passage of the copy but its page
    lines (date, editor, source, title, reporters) links to the original, and a question typed as the
    copy writes it quotes the original's count (45个), which the copy lost."""
    copied = [p for p in retriever.passages if p.doc_id.startswith("000")]
    unlinked = [p.text for p in copied if p.duplicate_of is None]
    assert all(len(text) < 40 for text in unlinked), unlinked
    answer = retriever.ask("江欣苑社区搞了礼义仁智信那些自治组织和文化协会，一共有多少个啊")
    assert answer.answered and "45个" in answer.hits[0].quote


def test_two_fishes_counted_in_one_template_are_not_copies():
    """Encyclopedia pages on two species share their wording and differ in their counts, item by item
    (臀鳍硬棘2枚、软条11~12枚 against 臀鳍硬棘3枚、软条14至16枚): compared item by item, the numbers
    disagree (臀鳍硬棘枚 says 2 and 3)."""
    one = fold_for_index("背鳍硬棘9枚、软条13枚；臀鳍硬棘2枚、软条11~12枚。体长可达45公分。为热带沿海洄游性鱼类。")
    other = fold_for_index("背鳍硬棘9枚、软条13至15枚；臀鳍硬棘3枚、软条14至16枚。体长可达2公尺。为热带沿海洄游性鱼类。")
    assert numbers_conflict(one, other)


def _beir(folder: Path, rows: list[tuple[str, str, str]]) -> Path:
    import json

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    path.write_text("".join(json.dumps({"_id": i, "title": t, "text": x}, ensure_ascii=False) + "\n"
                            for i, t, x in rows), encoding="utf-8")
    return path


def test_two_pages_of_one_template_about_different_things_are_not_copies(tmp_path):
    """五丝马鲅 and 四指马鲅 share their template's clauses (为辐鳍鱼纲鲈形目马鲅科的其中一个种, 为热带沿海洄游性
    鱼类…) and are two fishes: neither page names the other's subject, so neither is a copy, and a
    question about one is answered from its own page. A page copied under its own title still is."""
    template = ("为辐鳍鱼纲鲈形目马鲅科的其中一个种。本鱼分布于印度太平洋海域的浅水地带。本鱼体延长而侧扁，头中大而圆钝。"
                "为热带沿海洄游性鱼类，常群栖息在内湾、河口及沙泥质海床，以无脊椎动物为食，并常成群涌向潮间带觅食。")
    rows = [("A", "五丝马鲅", "五丝马鲅，又称五丝多指马鲅，俗名午仔，" + template),
            ("B", "四指马鲅", "四指马鲅，或四丝马鲅，也称为印度鲑，俗名马友鱼，" + template),
            ("C", "四指马鲅", "四指马鲅，或四丝马鲅，也称为印度鲑，俗名马友鱼，" + template)]
    retriever = Retriever.from_path(_beir(tmp_path / "fish", rows), use_cache=False)
    linked = {p.doc_id for p in retriever.passages if p.duplicate_of}
    assert "A" not in linked and ("B" in linked or "C" in linked)
    hit = retriever.search("五丝马鲅又称什么", k=1)[0]
    assert hit.doc_id == "A" and "五丝多指马鲅" in hit.quote
