from pathlib import Path

from xqgraph.nlp import Segmenter, default_cache_dir


def test_cache_goes_where_the_user_says(tmp_path: Path) -> None:
    seg = Segmenter([("润杨道", "ns")], cache_dir=tmp_path)
    assert (tmp_path / "jieba.cache").is_file()
    tokens = seg.tokens("实施润杨道建设", offset=10)
    assert [(t.text, t.start, t.end) for t in tokens][:2] == [("实施", 10, 12), ("润杨道", 12, 15)]
    assert tokens[1].tag == "ns"


def test_a_relative_cache_dir_works(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    Segmenter([("润杨道", "ns")], cache_dir=Path("rel"))  # jieba wrote rel/rel/tmp… before, and failed
    assert (tmp_path / "rel" / "jieba.cache").is_file()


def test_default_cache_dir_honours_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XQGRAPH_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("XQGRAPH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "xqgraph"


def test_private_tokenizers_do_not_share_words(tmp_path: Path) -> None:
    a = Segmenter([("国家自主创新", "nz")], cache_dir=tmp_path)
    b = Segmenter(cache_dir=tmp_path)
    assert [t.text for t in a.tokens("国家自主创新")] == ["国家自主创新"]
    assert [t.text for t in b.tokens("国家自主创新")] != ["国家自主创新"]


# -- the faster best-path search cuts exactly as jieba does ---------------------------------------------

import io  # noqa: E402

import jieba  # noqa: E402
import pytest  # noqa: E402
from hypothesis import assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from xqgraph.nlp.tokenizer import FastTokenizer  # noqa: E402

# characters of words that overlap in many ways (国家, 家园, 园区, 区域 …), rare ones, letters, digits, marks
_ALPHABET = "国家自主创新示范区园域西青杨柳镇发展改革开放经济社会计划就业万人亿元的了和在是中华人民共和国天津市" \
            "沽淀垡畈圩嘎查abcXYZ0123456789.%-_+# ，。、：；（）\n"


@pytest.fixture(scope="module")
def tokenizers(tmp_path_factory: pytest.TempPathFactory) -> tuple[jieba.Tokenizer, FastTokenizer]:
    cache = tmp_path_factory.mktemp("jieba")
    pair = (jieba.Tokenizer(), FastTokenizer())
    for tk in pair:
        tk.tmp_dir, tk.cache_file = str(cache), str(cache / "jieba.cache")
        tk.initialize()
    return pair


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.booleans())
def test_fast_tokenizer_cuts_like_jieba(tokenizers, text: str, hmm: bool) -> None:
    plain, fast = tokenizers
    assert fast.lcut(text, HMM=hmm) == plain.lcut(text, HMM=hmm)


def _with_dictionary(cls: type, freqs: dict[str, int]) -> jieba.Tokenizer:
    """A tokenizer of class *cls* whose dictionary is *freqs* alone (word: frequency)."""
    tk = cls()
    data = "".join(f"{word} {freq}\n" for word, freq in freqs.items()).encode()
    tk.FREQ, tk.total = tk.gen_pfdict(io.BytesIO(data))
    tk.initialized = True
    return tk


# tiny dictionaries with small frequencies: many exact ties between paths, prefixes that are not words
# (frequency 0) and characters no word begins with
@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(alphabet="甲乙丙丁", min_size=1, max_size=3), st.integers(0, 4), min_size=1),
       st.text(alphabet="甲乙丙丁戊", max_size=12))
def test_fast_tokenizer_cuts_like_jieba_on_any_dictionary(freqs: dict[str, int], text: str) -> None:
    assume(sum(freqs.values()) > 0)  # a dictionary of no counts at all breaks jieba itself (log 0)
    plain, fast = _with_dictionary(jieba.Tokenizer, freqs), _with_dictionary(FastTokenizer, freqs)
    assert fast.lcut(text, HMM=False) == plain.lcut(text, HMM=False)


def test_fast_tokenizer_breaks_ties_as_jieba_does() -> None:
    """Equal frequencies make 甲乙+丙 and 甲+乙丙 score exactly the same: jieba's max() takes the longer first word."""
    freqs = {"甲": 10, "乙": 10, "丙": 10, "甲乙": 10, "乙丙": 10}
    assert _with_dictionary(jieba.Tokenizer, freqs).lcut("甲乙丙", HMM=False) == ["甲乙", "丙"]
    assert _with_dictionary(FastTokenizer, freqs).lcut("甲乙丙", HMM=False) == ["甲乙", "丙"]


@pytest.mark.parametrize("freqs", [{"甲": 4, "甲乙": 1}, {"甲": 4, "甲乙": 1, "乙丙": 0}],
                         ids=["no word begins with 乙", "乙 begins only a word of no count"])
def test_fast_tokenizer_counts_a_lone_character_once(freqs: dict[str, int]) -> None:
    """A character that is no word alone counts as frequency 1: here 甲乙 (1/5) beats 甲 + 乙 (4/5 × 1/5)."""
    assert _with_dictionary(jieba.Tokenizer, freqs).lcut("甲乙", HMM=False) == ["甲乙"]
    assert _with_dictionary(FastTokenizer, freqs).lcut("甲乙", HMM=False) == ["甲乙"]


def test_fast_tokenizer_follows_added_words() -> None:
    """An added word raises the dictionary's total, which moves every score: none may be reused."""
    freqs = {"甲": 100, "乙": 100, "甲乙": 1}  # 甲 + 乙 is likelier than 甲乙 while the total is small
    plain, fast = _with_dictionary(jieba.Tokenizer, freqs), _with_dictionary(FastTokenizer, freqs)
    assert fast.lcut("甲乙", HMM=False) == plain.lcut("甲乙", HMM=False) == ["甲", "乙"]
    for tk in (plain, fast):
        tk.add_word("丁", freq=100_000)  # now two words cost more than one rare one
    assert fast.lcut("甲乙", HMM=False) == plain.lcut("甲乙", HMM=False) == ["甲乙"]


def test_fast_tokenizer_falls_back_for_a_dag_it_did_not_make(tokenizers) -> None:
    plain, fast = tokenizers
    sentence = "国家自主创新示范区"
    dag = plain.get_DAG(sentence)
    fast.get_DAG("国家")  # the fast tokenizer's own DAG, of another sentence, is waiting: it must not be used
    route_plain: dict = {}
    route_fast: dict = {}
    plain.calc(sentence, dag, route_plain)
    fast.calc(sentence, dag, route_fast)
    assert route_fast == route_plain
